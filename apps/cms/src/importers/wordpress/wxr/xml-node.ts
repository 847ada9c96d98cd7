/**
 * The small element tree the WXR reader builds for one top-level entry of the channel (an <item>,
 * <wp:author>, <wp:category> …). Names use WordPress' usual prefixes (wp:, content:, excerpt:, dc:)
 * whatever prefixes the file declares, so the mapping code can say `child(item, 'wp:post_id')`.
 */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Text of a child element, trimmed; '' when absent. */
export function textOf(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}

/** Text of a child element exactly as written (post bodies keep their line breaks). */
export function rawTextOf(node: XmlNode, name: string): string {
  return child(node, name)?.text ?? '';
}

/**
 * A very small XML writer for the feeds and sitemaps. Everything that reaches the output goes through
 * `escapeXml`, so a title with "&", "<" or quotes, or text pasted with control characters, can never
 * break the document: XML parsers stop at the first error, and one bad article would empty a feed.
 */

export type XmlAttributes = Record<string, string | number | undefined>;

export interface XmlElement {
  name: string;
  attributes: XmlAttributes;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string | number | null | undefined | false;

// Characters XML 1.0 forbids even as references: C0 controls other than tab, LF and CR, the two
// non-characters U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value made safe for XML: the five special characters escaped, forbidden ones dropped. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** An element; `false`, `null` and `undefined` children are skipped so optional parts read naturally. */
export function el(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children };
}

function renderAttributes(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value!)}"`)
    .join('');
}

function renderNode(node: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const open = `${node.name}${renderAttributes(node.attributes)}`;
  const children = node.children.filter(
    (child): child is XmlElement | string | number =>
      child !== null && child !== undefined && child !== false,
  );
  if (children.length === 0) {
    out.push(`${indent}<${open}/>`);
    return;
  }
  if (children.every((child) => typeof child !== 'object')) {
    out.push(`${indent}<${open}>${children.map((child) => escapeXml(child)).join('')}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${open}>`);
  for (const child of children) {
    if (typeof child === 'object') renderNode(child, depth + 1, out);
    else out.push(`${indent}  ${escapeXml(child)}`);
  }
  out.push(`${indent}</${node.name}>`);
}

/** A complete UTF-8 document with its declaration. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderNode(root, 0, out);
  return `${out.join('\n')}\n`;
}

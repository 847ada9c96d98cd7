/** Strapi "blocks" as the importer produces them; images stay pending until their file is uploaded. */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<ListItemNode | ListNode>;
}

/** An image found in the body: the WordPress attachment (when known) and where its file was. */
export interface ImageSource {
  src: string;
  attachmentId: string;
  alt: string;
  caption: string;
}
export interface PendingImageBlock {
  type: 'image';
  source: ImageSource;
}

export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; language?: string; children: TextNode[] }
  | ListNode
  | PendingImageBlock;

export type Marks = Omit<TextNode, 'type' | 'text'>;

/** All text of blocks, in order (for excerpts and checks): inline runs joined as written, blocks by a space. */
export function blocksText(blocks: Array<Block | ListItemNode | InlineNode>): string {
  const textOf = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { type, text, children } = node as { type?: unknown; text?: unknown; children?: unknown };
    if (typeof text === 'string') return text;
    if (!Array.isArray(children)) return '';
    const inline =
      type === 'link' ||
      type === 'paragraph' ||
      type === 'heading' ||
      type === 'quote' ||
      type === 'list-item';
    return children.map(textOf).join(inline ? '' : ' ');
  };
  return blocks.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

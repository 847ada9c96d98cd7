// A tiny builder for Strapi 5 "blocks" rich text, so the demo articles read like prose in the
// source instead of deeply nested JSON. The node shapes mirror what Strapi's blocks validator
// accepts (paragraph, heading, list, quote, code; inline text and link nodes).

export interface TextNode {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  code?: true;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
  // The admin's blocks editor always writes these two (empty unless an editor sets them), and
  // Strapi's types require them; the seed writes links exactly as an editor would.
  rel: string;
  target: string;
}

export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export interface HeadingBlock {
  type: 'heading';
  level: 2 | 3;
  children: InlineNode[];
}

export interface ListItemBlock {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: ListItemBlock[];
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export interface CodeBlock {
  type: 'code';
  language?: string;
  children: TextNode[];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock;

// Inline markup kept deliberately small: **bold**, *italic*, `code` and [label](url).
// Anything else is plain text, so a stray character can never produce a broken node.
const INLINE_PATTERN = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Turns one line of light markup into Strapi inline nodes. */
export function inline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let cursor = 0;
  for (const match of source.matchAll(INLINE_PATTERN)) {
    const start = match.index ?? 0;
    if (start > cursor) nodes.push({ type: 'text', text: source.slice(cursor, start) });
    const [, bold, italic, code, label, url] = match;
    if (bold !== undefined) nodes.push({ type: 'text', text: bold, bold: true });
    else if (italic !== undefined) nodes.push({ type: 'text', text: italic, italic: true });
    else if (code !== undefined) nodes.push({ type: 'text', text: code, code: true });
    else if (label !== undefined && url !== undefined) {
      nodes.push({ type: 'link', url, children: [{ type: 'text', text: label }], rel: '', target: '' });
    }
    cursor = start + match[0].length;
  }
  if (cursor < source.length) nodes.push({ type: 'text', text: source.slice(cursor) });
  // Strapi rejects paragraphs without children; an empty string still needs one text node.
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

export const p = (source: string): ParagraphBlock => ({ type: 'paragraph', children: inline(source) });

export const h2 = (source: string): HeadingBlock => ({ type: 'heading', level: 2, children: inline(source) });

export const h3 = (source: string): HeadingBlock => ({ type: 'heading', level: 3, children: inline(source) });

const list = (format: ListBlock['format'], items: string[]): ListBlock => ({
  type: 'list',
  format,
  children: items.map((item) => ({ type: 'list-item', children: inline(item) })),
});

export const ul = (items: string[]): ListBlock => list('unordered', items);

export const ol = (items: string[]): ListBlock => list('ordered', items);

export const quote = (source: string): QuoteBlock => ({ type: 'quote', children: inline(source) });

export const code = (text: string, language?: string): CodeBlock => ({
  type: 'code',
  ...(language ? { language } : {}),
  children: [{ type: 'text', text }],
});

/** All the words a reader sees in a body, in order (used for reading time and tests). */
export function plainText(blocks: Block[]): string {
  const fromInline = (nodes: InlineNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : fromInline(node.children))).join('');
  return blocks
    .map((block) => {
      if (block.type === 'list') return block.children.map((item) => fromInline(item.children)).join('\n');
      if (block.type === 'code') return block.children.map((node) => node.text).join('');
      return fromInline(block.children);
    })
    .join('\n');
}

export const wordCount = (blocks: Block[]): number =>
  plainText(blocks)
    .split(/\s+/)
    .filter((word) => word.length > 0).length;

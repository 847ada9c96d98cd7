import type { Block, HeadingBlock, ImageBlock, RichTextBlocks } from '@newsroom/cms-client';

/**
 * Preparation of an article body (Strapi "blocks") before it is rendered: stable anchor ids for headings
 * and the table of contents built from the same ids, so the two can never disagree.
 */

export interface TocEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface PreparedBody {
  blocks: RichTextBlocks;
  toc: TocEntry[];
}

/** The property prepareBody() adds to each heading block and the renderer reads as its id. */
export const ANCHOR_PROP = 'anchorId';

/** The anchor id prepareBody() gave a heading. */
export function anchorOf(block: HeadingBlock): string | undefined {
  const id = block[ANCHOR_PROP];
  return typeof id === 'string' ? id : undefined;
}

/** Ids already used by the page layout; a heading never takes one. */
const RESERVED_IDS = ['top', 'main-content', 'article-title', 'toc', 'share'];

type Inline = { type?: unknown; text?: unknown; children?: unknown };

/** The visible text of a block's inline children (text nodes and the text inside links). */
export function plainText(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return children
    .map((node: Inline) => {
      if (typeof node?.text === 'string') return node.text;
      return plainText(node?.children);
    })
    .join('');
}

/** "Sleep & Recovery: 5 tips" → "sleep-recovery-5-tips"; accents are folded ("Año" → "ano"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Strapi stores body images with a path ("/uploads/x.jpg"); the browser and the image optimiser need the
 * public media origin in front of it.
 */
function withAbsoluteImage(block: ImageBlock, mediaBaseUrl: string): ImageBlock {
  const { url } = block.image;
  if (!url.startsWith('/') || url.startsWith('//')) return block;
  return { ...block, image: { ...block.image, url: `${mediaBaseUrl}${url}` } };
}

export function prepareBody(blocks: RichTextBlocks, mediaBaseUrl: string): PreparedBody {
  const used = new Set(RESERVED_IDS);
  const toc: TocEntry[] = [];
  const prepared = blocks.map((block): Block => {
    if (block.type === 'image') return withAbsoluteImage(block, mediaBaseUrl);
    if (block.type !== 'heading') return block;
    const text = plainText(block.children).trim();
    const base = slugify(text) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    if ((block.level === 2 || block.level === 3) && text !== '') toc.push({ id, text, level: block.level });
    return { ...block, [ANCHOR_PROP]: id };
  });
  return { blocks: prepared, toc };
}

/** A table of contents helps only when there is something to skip between. */
export const MIN_TOC_ENTRIES = 3;

/** True for links that leave the site (they get rel="noopener noreferrer" and open in place). */
export function isExternalUrl(url: string, siteUrl: string): boolean {
  if (/^(?:mailto|tel):/i.test(url)) return false;
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return false;
  try {
    return new URL(url, siteUrl).origin !== new URL(siteUrl).origin;
  } catch {
    return true;
  }
}

/** Only http(s), mailto, tel, relative paths and in-page anchors are rendered as links. */
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return /^(?:https?|mailto|tel):/i.test(trimmed);
  return true;
}

import { parseDocument } from 'htmlparser2';
import { isComment, isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, ImageSource, InlineNode, ListItemNode, ListNode, Marks, TextNode } from './blocks';

/**
 * HTML (after shortcode expansion) → Strapi blocks, with htmlparser2's DOM. One function per kind of
 * element; the table of what becomes what is in README "Moving from WordPress" and in
 * tests/wordpress-import/html-to-blocks.test.ts.
 */

export interface ConvertContext {
  /** Classic-editor content: WordPress' wpautop turns blank lines into paragraphs, single newlines into breaks. */
  autop: boolean;
  warn(message: string): void;
  /** The address a link should point to (rewritten for imported posts), or null to keep only its text. */
  rewriteLink(href: string): string | null;
  /** The attachment behind an <img> (by wp-image-N class or uploads path), '' when unknown. */
  attachmentIdOf(src: string, className: string): string;
  /** An attachment's file and texts, for [gallery]. */
  attachment(id: string): { src: string; alt: string; caption: string } | null;
}

const INLINE_MARKS: Record<string, keyof Marks> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  del: 'strikethrough',
  strike: 'strikethrough',
  code: 'code',
  kbd: 'code',
  tt: 'code',
  samp: 'code',
};
const INLINE_PLAIN = new Set([
  'span',
  'font',
  'small',
  'big',
  'mark',
  'abbr',
  'acronym',
  'sup',
  'sub',
  'q',
  'time',
  'label',
  'bdi',
  'bdo',
  'dfn',
  'var',
  'data',
  'wbr',
]);
/** Dropped with their content, reported once per post by kind. */
const DROPPED: Record<string, string> = {
  script: 'script removed',
  noscript: '',
  style: '',
  template: '',
  form: 'form removed',
  input: '',
  button: '',
  select: '',
  textarea: '',
  svg: 'inline SVG removed',
  canvas: 'canvas removed',
  map: '',
  object: 'embedded object removed',
  head: '',
  title: '',
  meta: '',
  link: '',
};
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'wp-embed']);

export function htmlToBlocks(html: string, ctx: ConvertContext): Block[] {
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const converter = new Converter(ctx);
  return converter.blocks(document.children);
}

class Converter {
  private readonly reported = new Set<string>();

  constructor(private readonly ctx: ConvertContext) {}

  private warnOnce(message: string) {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.ctx.warn(message);
  }

  blocks(nodes: AnyNode[]): Block[] {
    const out: Block[] = [];
    let run: AnyNode[] = [];
    const flush = () => {
      if (run.length > 0) out.push(...this.paragraphs(run));
      run = [];
    };
    for (const node of nodes) {
      if (isText(node)) {
        run.push(node);
      } else if (isComment(node)) {
        this.gutenbergComment(node.data);
      } else if (isTag(node)) {
        if (this.isInline(node)) run.push(node);
        else {
          flush();
          out.push(...this.block(node));
        }
      }
    }
    flush();
    return out;
  }

  /** `<!-- wp:latest-posts /-->`: a dynamic block rendered by PHP at view time; nothing to import. */
  private gutenbergComment(data: string) {
    const text = data.trim();
    if (!text.startsWith('wp:') || !text.endsWith('/')) return;
    const name = text.slice(3).split(/\s/)[0] ?? '';
    this.warnOnce(`dynamic block wp:${name} dropped (WordPress renders it at view time)`);
  }

  private isInline(node: Element): boolean {
    const name = node.name;
    if (name === 'br') return true;
    if (name === 'a' || INLINE_MARKS[name] || INLINE_PLAIN.has(name)) {
      // An inline element wrapping an image or a block (e.g. <a><img></a>) is treated as a container.
      return !hasBlockDescendant(node);
    }
    return false;
  }

  private block(node: Element): Block[] {
    const name = node.name;
    if (name in DROPPED) {
      const message = DROPPED[name];
      if (message) this.warnOnce(message);
      return [];
    }
    if (EMBEDS.has(name)) return this.embed(node);
    switch (name) {
      case 'p':
        return this.paragraphs(node.children);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // The page title is the article's h1: a body h1 becomes a section heading.
        const level = Math.max(2, Number(name.slice(1))) as 2 | 3 | 4 | 5 | 6;
        const children = this.inlineFlat(node.children, { collapse: true });
        return children.length > 0 ? [{ type: 'heading', level, children }] : [];
      }
      case 'ul':
      case 'ol':
        return this.list(node);
      case 'blockquote': {
        const children = this.inlineFlat(node.children, { collapse: !this.ctx.autop });
        return children.length > 0 ? [{ type: 'quote', children }] : [];
      }
      case 'pre':
        return this.code(node);
      case 'img':
        return this.image(node, '');
      case 'figure':
        return this.figure(node);
      case 'wp-caption':
        return this.caption(node);
      case 'wp-gallery':
        return this.gallery(node);
      case 'table':
        return this.table(node);
      case 'hr':
        return [];
      case 'dl':
        return this.blocks(node.children);
      default:
        // div, section, article, header, footer, dt/dd, details, center, unknown elements: their content.
        return this.blocks(node.children);
    }
  }

  // ---- paragraphs and inline content ----------------------------------------------------------

  /** One or more paragraphs from inline content (several when wpautop blank lines or images split it). */
  private paragraphs(nodes: AnyNode[]): Block[] {
    const out: Block[] = [];
    let run: AnyNode[] = [];
    const flush = () => {
      for (const children of this.splitParagraphs(this.inline(run, {}))) {
        out.push(paragraphOrLink(children));
      }
      run = [];
    };
    for (const node of nodes) {
      if (isTag(node) && !this.isInline(node)) {
        flush();
        out.push(...this.block(node));
      } else if (isComment(node)) {
        this.gutenbergComment(node.data);
      } else {
        run.push(node);
      }
    }
    flush();
    return out;
  }

  /** Inline nodes, whitespace handled per editor mode, blank lines split into paragraphs (wpautop). */
  private splitParagraphs(nodes: InlineNode[]): InlineNode[][] {
    const paragraphs: InlineNode[][] = [[]];
    for (const node of nodes) {
      if (node.type === 'text' && this.ctx.autop && /\n[ \t]*\n/.test(node.text)) {
        const parts = node.text.split(/\n[ \t]*\n\s*/);
        parts.forEach((part, i) => {
          if (i > 0) paragraphs.push([]);
          if (part) (paragraphs[paragraphs.length - 1] as InlineNode[]).push({ ...node, text: part });
        });
      } else {
        (paragraphs[paragraphs.length - 1] as InlineNode[]).push(node);
      }
    }
    return paragraphs
      .map((children) => tidy(children, !this.ctx.autop))
      .filter((children) => children.length > 0);
  }

  /** Inline content as one run (headings, quotes, list items): block children are joined by line breaks. */
  private inlineFlat(nodes: AnyNode[], { collapse }: { collapse: boolean }): InlineNode[] {
    const out: InlineNode[] = [];
    for (const node of nodes) {
      if (isTag(node) && !this.isInline(node) && !(node.name in DROPPED)) {
        if (node.name === 'img' || EMBEDS.has(node.name)) {
          this.warnOnce(`${node.name} inside a heading, quote or list item dropped`);
          continue;
        }
        const inner = this.inlineFlat(node.children, { collapse });
        if (inner.length > 0) {
          if (out.length > 0) out.push({ type: 'text', text: '\n' });
          out.push(...inner);
        }
      } else if (isTag(node) && node.name in DROPPED) {
        const message = DROPPED[node.name];
        if (message) this.warnOnce(message);
      } else {
        out.push(...this.inline([node], {}));
      }
    }
    return tidy(out, collapse);
  }

  private inline(nodes: AnyNode[], marks: Marks): InlineNode[] {
    const out: InlineNode[] = [];
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data) out.push({ type: 'text', text: node.data, ...marks });
      } else if (isTag(node)) {
        if (node.name in DROPPED) {
          const message = DROPPED[node.name];
          if (message) this.warnOnce(message);
        } else if (node.name === 'br') {
          out.push({ type: 'text', text: '\n', ...marks });
        } else if (node.name === 'a') {
          out.push(...this.link(node, marks));
        } else {
          const mark = INLINE_MARKS[node.name];
          out.push(...this.inline(node.children, mark ? { ...marks, [mark]: true } : marks));
        }
      }
    }
    return out;
  }

  private link(node: Element, marks: Marks): InlineNode[] {
    const texts = this.inline(node.children, marks).flatMap((child) =>
      child.type === 'link' ? child.children : [child],
    );
    const href = node.attribs.href?.trim() ?? '';
    if (!href || href.startsWith('#')) return texts;
    const url = this.ctx.rewriteLink(href);
    if (url === null) return texts;
    return texts.length > 0 ? [{ type: 'link', url, children: texts }] : [];
  }

  // ---- lists, code, quotes ---------------------------------------------------------------------

  private list(node: Element): Block[] {
    const list = this.listNode(node);
    return list.children.length > 0 ? [list] : [];
  }

  private listNode(node: Element): ListNode {
    const format = node.name === 'ol' ? 'ordered' : 'unordered';
    const children: Array<ListItemNode | ListNode> = [];
    for (const item of node.children) {
      if (!isTag(item)) continue;
      if (item.name === 'ul' || item.name === 'ol') {
        const nested = this.listNode(item);
        if (nested.children.length > 0) children.push(nested);
        continue;
      }
      const own = item.children.filter((c) => !(isTag(c) && (c.name === 'ul' || c.name === 'ol')));
      const nested = item.children.filter(
        (c): c is Element => isTag(c) && (c.name === 'ul' || c.name === 'ol'),
      );
      const inline = this.inlineFlat(own, { collapse: true });
      children.push({
        type: 'list-item',
        children: inline.length > 0 ? inline : [{ type: 'text', text: '' }],
      });
      for (const sub of nested) {
        const list = this.listNode(sub);
        if (list.children.length > 0) children.push(list);
      }
    }
    return { type: 'list', format, children };
  }

  private code(node: Element): Block[] {
    const text = textContent(node).replace(/^\n/, '').replace(/\s+$/, '');
    if (!text) return [];
    const codeElement = node.children.find((c): c is Element => isTag(c) && c.name === 'code');
    const className = `${node.attribs.class ?? ''} ${codeElement?.attribs.class ?? ''}`;
    const language = /(?:^|\s)(?:language|lang)-([\w+-]+)/.exec(className)?.[1];
    return [{ type: 'code', ...(language ? { language } : {}), children: [{ type: 'text', text }] }];
  }

  // ---- media -----------------------------------------------------------------------------------

  private image(img: Element, caption: string): Block[] {
    const src = img.attribs.src?.trim() ?? '';
    if (!src || src.startsWith('data:')) {
      if (src.startsWith('data:')) this.warnOnce('inline data: image dropped');
      return [];
    }
    const source: ImageSource = {
      src,
      attachmentId: this.ctx.attachmentIdOf(src, img.attribs.class ?? ''),
      alt: img.attribs.alt?.trim() ?? '',
      caption,
    };
    return [{ type: 'image', source }];
  }

  private figure(node: Element): Block[] {
    const figcaption = findFirst(node, (el) => el.name === 'figcaption');
    const caption = figcaption ? collapse(textContent(figcaption)) : '';
    const img = findFirst(node, (el) => el.name === 'img');
    const table = findFirst(node, (el) => el.name === 'table');
    if (img && !table) return this.image(img, caption);
    const rest = node.children.filter((c) => c !== figcaption);
    const blocks = this.blocks(rest);
    if (caption)
      blocks.push({ type: 'paragraph', children: [{ type: 'text', text: caption, italic: true }] });
    return blocks;
  }

  /** [caption]<a><img></a> Text[/caption]: the image, captioned by the text beside it. */
  private caption(node: Element): Block[] {
    const img = findFirst(node, (el) => el.name === 'img');
    const caption = collapse(textContent(node));
    if (!img) return caption ? [{ type: 'paragraph', children: [{ type: 'text', text: caption }] }] : [];
    return this.image(img, caption);
  }

  private gallery(node: Element): Block[] {
    const ids = (node.attribs['data-ids'] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const out: Block[] = [];
    for (const id of ids) {
      const attachment = this.ctx.attachment(id);
      if (!attachment) {
        this.ctx.warn(`gallery image ${id} is not in the export; dropped`);
        continue;
      }
      out.push({
        type: 'image',
        source: { src: attachment.src, attachmentId: id, alt: attachment.alt, caption: attachment.caption },
      });
    }
    return out;
  }

  /** Iframes, video/audio and [embed]: blocks cannot hold them; a link to the same content instead. */
  private embed(node: Element): Block[] {
    const source =
      node.attribs['data-url'] ??
      node.attribs.src ??
      findFirst(node, (el) => el.name === 'source' && Boolean(el.attribs.src))?.attribs.src ??
      '';
    const url = watchUrl(source.trim());
    if (!url) {
      this.warnOnce(`${node.name} without a usable address dropped`);
      return [];
    }
    this.ctx.warn(`${node.name === 'wp-embed' ? 'embed' : node.name} replaced by a link to ${url}`);
    const title = node.attribs.title?.trim();
    return [
      {
        type: 'paragraph',
        children: [{ type: 'link', url, children: [{ type: 'text', text: title || url }] }],
      },
    ];
  }

  // ---- tables ----------------------------------------------------------------------------------

  /** Blocks have no tables: a list, one item per row, each cell labelled by its column header. */
  private table(node: Element): Block[] {
    const rows = findAll(node, (el) => el.name === 'tr').map((tr) =>
      tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')),
    );
    if (rows.length === 0) return [];
    const first = rows[0] as Element[];
    const inThead = findFirst(node, (el) => el.name === 'thead') !== null;
    const hasHeader = first.length > 1 && (inThead || first.every((cell) => cell.name === 'th'));
    const headers = hasHeader ? first.map((cell) => collapse(textContent(cell))) : [];
    const body = hasHeader ? rows.slice(1) : rows;
    const items: ListItemNode[] = body
      .map((cells) =>
        cells
          .map((cell, i) => {
            const value = collapse(textContent(cell));
            const label = headers[i];
            return label && value ? `${label}: ${value}` : value;
          })
          .filter(Boolean)
          .join(hasHeader ? '; ' : ' · '),
      )
      .filter(Boolean)
      .map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] }));
    this.ctx.warn(`table (${body.length} rows) converted to a list`);
    const out: Block[] = [];
    const caption = findFirst(node, (el) => el.name === 'caption');
    if (caption && collapse(textContent(caption))) {
      out.push({
        type: 'paragraph',
        children: [{ type: 'text', text: collapse(textContent(caption)), bold: true }],
      });
    }
    if (items.length > 0) out.push({ type: 'list', format: 'unordered', children: items });
    return out;
  }
}

// ---- helpers -------------------------------------------------------------------------------------

const BLOCK_INSIDE_INLINE = new Set([
  'img',
  'p',
  'div',
  'figure',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'iframe',
  'video',
  'audio',
  'section',
]);

function hasBlockDescendant(node: Element): boolean {
  return findFirst(node, (el) => BLOCK_INSIDE_INLINE.has(el.name)) !== null;
}

function findFirst(node: Element, test: (el: Element) => boolean): Element | null {
  for (const c of node.children) {
    if (!isTag(c)) continue;
    if (test(c)) return c;
    const found = findFirst(c, test);
    if (found) return found;
  }
  return null;
}

function findAll(node: Element, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (!isTag(c)) continue;
    if (test(c)) out.push(c);
    else findAll(c, test, out);
  }
  return out;
}

function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) {
    if (node.name in DROPPED) return '';
    if (node.name === 'br') return '\n';
    return node.children.map(textContent).join('');
  }
  return '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const sameMarks = (a: TextNode, b: TextNode) =>
  Boolean(a.bold) === Boolean(b.bold) &&
  Boolean(a.italic) === Boolean(b.italic) &&
  Boolean(a.underline) === Boolean(b.underline) &&
  Boolean(a.strikethrough) === Boolean(b.strikethrough) &&
  Boolean(a.code) === Boolean(b.code);

/**
 * Whitespace as a browser would show it: runs collapse to one space (a newline survives only as a
 * line break: from <br>, or from wpautop content when `collapseNewlines` is false), no space at the
 * start or end, neighbouring texts with the same marks merged, empty texts gone.
 */
function tidy(nodes: InlineNode[], collapseNewlines: boolean): InlineNode[] {
  const squash = (text: string, breakMarker: boolean) => {
    const t = breakMarker
      ? text
      : collapseNewlines
        ? text.replace(/\s+/g, ' ')
        : text.replace(/[ \t\r\f]*\n[ \t\r\f\n]*/g, '\n').replace(/[ \t\r\f]+/g, ' ');
    return t;
  };
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'link') {
      const children = tidy(node.children, true) as TextNode[];
      if (children.length > 0) merged.push({ ...node, children });
      continue;
    }
    const text = squash(node.text, node.text === '\n');
    const last = merged[merged.length - 1];
    if (last && last.type === 'text' && sameMarks(last, node)) last.text += text;
    else merged.push({ ...node, text });
  }
  // Trim the edges, drop empties, and spaces around line breaks.
  for (const node of merged) if (node.type === 'text') node.text = node.text.replace(/ *\n */g, '\n');
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  return merged
    .filter((node) => node.type === 'link' || node.text !== '')
    .map((node) => (node.type === 'text' ? stripFalseMarks(node) : node));
}

function stripFalseMarks(node: TextNode): TextNode {
  const out: TextNode = { type: 'text', text: node.text };
  for (const mark of ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const)
    if (node[mark]) out[mark] = true;
  return out;
}

const URL_ONLY = /^https?:\/\/\S+$/;

/** A paragraph that is nothing but a URL is WordPress' auto-embed: make it a link. */
function paragraphOrLink(children: InlineNode[]): Block {
  const only = children[0];
  if (children.length === 1 && only?.type === 'text' && URL_ONLY.test(only.text)) {
    return {
      type: 'paragraph',
      children: [{ type: 'link', url: only.text, children: [{ type: 'text', text: only.text }] }],
    };
  }
  return { type: 'paragraph', children };
}

/** Embed player addresses → the page a reader can open (YouTube/Vimeo), others unchanged; http(s) only. */
function watchUrl(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const youtube =
    /(?:^|\.)youtube(?:-nocookie)?\.com$/.test(url.hostname) && url.pathname.startsWith('/embed/');
  if (youtube) return `https://www.youtube.com/watch?v=${url.pathname.slice('/embed/'.length).split('/')[0]}`;
  if (url.hostname === 'player.vimeo.com' && url.pathname.startsWith('/video/')) {
    return `https://vimeo.com/${url.pathname.slice('/video/'.length).split('/')[0]}`;
  }
  return url.toString();
}

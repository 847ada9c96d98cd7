import { parseShortcodes, type ShortcodeNode } from './shortcodes';

/**
 * Shortcodes → HTML for the block converter. Layout wrappers are unwrapped to their content, content
 * modules become ordinary HTML, media become the importer's own elements (<wp-caption>, <wp-gallery>,
 * <wp-embed>, read by html-to-blocks.ts), and builder-only modules are dropped with a warning.
 */

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Divi layout and text containers: only their content matters. */
const DIVI_WRAPPERS = new Set([
  'et_pb_section',
  'et_pb_fullwidth_section',
  'et_pb_row',
  'et_pb_row_inner',
  'et_pb_column',
  'et_pb_column_inner',
  'et_pb_text',
  'et_pb_fullwidth_text',
  'et_pb_post_content',
]);
/** Divi modules that hold a title and some text. */
const DIVI_TITLED = new Set([
  'et_pb_blurb',
  'et_pb_cta',
  'et_pb_toggle',
  'et_pb_accordion_item',
  'et_pb_tab',
  'et_pb_testimonial',
]);
/** Divi containers of titled items (accordion → items). */
const DIVI_GROUPS = new Set(['et_pb_accordion', 'et_pb_tabs']);
/** Sharing and follow buttons (Monarch, Divi): the site has its own share links. */
const SHARE_BUTTONS = new Set([
  'et_social_share',
  'et_social_follow',
  'et_pb_social_media_follow',
  'et_pb_social_media_follow_network',
]);

export interface ExpandContext {
  warn(message: string): void;
}

export function expandShortcodes(input: string, ctx: ExpandContext): string {
  return expand(parseShortcodes(input), ctx);
}

function expand(nodes: ShortcodeNode[] | null, ctx: ExpandContext): string {
  if (!nodes) return '';
  return nodes.map((node) => (node.kind === 'text' ? node.text : expandOne(node, ctx))).join('');
}

function expandOne(node: Extract<ShortcodeNode, { kind: 'shortcode' }>, ctx: ExpandContext): string {
  const { name, attrs, content } = node;
  const inner = () => expand(content, ctx);
  const block = (html: string) => `\n\n${html}\n\n`;

  if (DIVI_WRAPPERS.has(name)) return block(inner());
  if (DIVI_GROUPS.has(name)) return block(inner());
  if (DIVI_TITLED.has(name)) {
    const title = attrs.title ?? attrs.author ?? '';
    return block(`${title ? `<h3>${escapeText(title)}</h3>` : ''}\n\n${inner()}`);
  }
  if (name === 'et_pb_image' || name === 'et_pb_fullwidth_image') {
    if (!attrs.src) return '';
    return block(
      `<figure><img src="${escapeAttribute(attrs.src)}" alt="${escapeAttribute(attrs.alt ?? '')}"></figure>`,
    );
  }
  if (name === 'et_pb_button') {
    if (!attrs.button_url || !attrs.button_text) return '';
    return block(
      `<p><a href="${escapeAttribute(attrs.button_url)}">${escapeText(attrs.button_text)}</a></p>`,
    );
  }
  if (name === 'et_pb_video' && attrs.src) return block(embedElement(attrs.src));
  if (name === 'et_pb_gallery' && attrs.gallery_ids) return block(galleryElement(attrs.gallery_ids));
  if (SHARE_BUTTONS.has(name)) {
    ctx.warn(`share/follow buttons [${name}] dropped (the site has its own share links)`);
    return '';
  }
  if (name.startsWith('et_pb_')) {
    ctx.warn(`Divi module [${name}] dropped (builder-only, no equivalent in articles)`);
    return '';
  }
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return block(`<wp-caption>${inner()}</wp-caption>`);
    case 'gallery':
      if (attrs.ids) return block(galleryElement(attrs.ids));
      ctx.warn('[gallery] without ids dropped (it listed the images attached to the post)');
      return '';
    case 'embed':
      return block(embedElement((attrs.src ?? inner()).trim()));
    case 'video':
    case 'audio': {
      const src = attrs.src ?? attrs.mp4 ?? attrs.mp3 ?? attrs.webm ?? attrs.ogg ?? attrs.m4a ?? '';
      if (!src) {
        ctx.warn(`[${name}] without a source dropped`);
        return '';
      }
      return block(embedElement(src));
    }
  }
  if (content) {
    ctx.warn(`unknown shortcode [${name}] removed, its content kept`);
    return inner();
  }
  ctx.warn(`unknown shortcode [${name}] dropped`);
  return '';
}

const galleryElement = (ids: string) => `<wp-gallery data-ids="${escapeAttribute(ids)}"></wp-gallery>`;
const embedElement = (url: string) => `<wp-embed data-url="${escapeAttribute(url)}"></wp-embed>`;

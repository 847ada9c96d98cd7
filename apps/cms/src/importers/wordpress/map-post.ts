import { createHash } from 'node:crypto';
import { blocksText, expandShortcodes, htmlToBlocks, type Block, type ConvertContext } from './content';
import { toSlug } from './slugs';
import { oldPathOf, postPermalinkShapes, sitePaths } from './urls';
import type { ExportIndex, WxrItem } from './wxr';
import { languageOf, uploadsPathOf } from './wxr/scan';

/**
 * One WordPress post → what the writer stores, with no database access: pure and unit-tested.
 * Decisions (status, locale, category, SEO, links) and their warnings are made here.
 */

export interface MappingOptions {
  /** Locale of posts whose language the export does not give (--locale). */
  defaultLocale: string;
  /** Locales the CMS has; a post in another language is skipped. */
  locales: string[];
}

export interface MappedPost {
  wpId: string;
  title: string;
  locale: string;
  /** Translation group ('' when none): posts of one group become locales of one document. */
  group: string;
  status: 'published' | 'draft';
  slug: string;
  excerpt: string;
  body: Block[];
  seo: { metaTitle?: string; metaDescription?: string } | null;
  coverAttachmentId: string;
  authorLogin: string;
  categorySlug: string;
  tagSlugs: string[];
  /** Categories beyond the first, kept as tags (an article has one category). */
  extraCategorySlugs: string[];
  publishedAt: Date | null;
  /** Normalised old addresses that should redirect to the article (published posts only). */
  oldPaths: string[];
  warnings: string[];
  /** Changes whenever anything the writer stores changes (--update compares it). */
  checksum: string;
}

export type MapResult =
  | { action: 'import'; post: MappedPost }
  | { action: 'skip'; wpId: string; title: string; reason: string; report: boolean };

export const TITLE_MAX = 160;
export const EXCERPT_MAX = 320;
export const META_TITLE_MAX = 70;
export const META_DESCRIPTION_MAX = 160;

export function mapPost(item: WxrItem, index: ExportIndex, options: MappingOptions): MapResult {
  const title = decodeTitle(item.title) || `(untitled post ${item.id})`;
  const skip = (reason: string, report = true): MapResult => ({
    action: 'skip',
    wpId: item.id,
    title,
    reason,
    report,
  });

  if (!/^\d+$/.test(item.id)) {
    return skip('the item has no usable <wp:post_id>; it could not be recognised on a later run');
  }
  switch (item.status) {
    case 'private':
      return skip('private post not imported (only its author could read it)');
    case 'trash':
      return skip('post in the trash not imported');
    case 'auto-draft':
    case 'inherit':
      return skip(`"${item.status}" item not imported`, false);
  }
  const warnings: string[] = [];
  let status: 'published' | 'draft';
  if (item.status === 'publish') status = 'published';
  else if (item.status === 'draft' || item.status === 'pending') status = 'draft';
  else if (item.status === 'future') {
    status = 'draft';
    warnings.push(
      `scheduled for ${item.dateGmt || item.dateLocal} in WordPress; imported as a draft (publish it when due)`,
    );
  } else {
    status = 'draft';
    warnings.push(`unknown status "${item.status}"; imported as a draft`);
  }
  if (item.password) {
    if (status === 'published') warnings.push('was password-protected; imported as a draft');
    status = 'draft';
  }

  const { language, group } = languageOf(item);
  const locale = language || options.defaultLocale;
  if (!options.locales.includes(locale)) {
    return skip(`language "${locale}" is not a locale of the CMS (${options.locales.join(', ')})`);
  }

  if (title.length > TITLE_MAX) warnings.push(`title shortened to ${TITLE_MAX} characters`);
  const slug = toSlug(item.slug || title) || `post-${item.id}`;

  const body = convertBody(item.content, index, options, (message) => warnings.push(message));
  const excerpt = makeExcerpt(item.excerpt, body);

  const categories = item.terms.filter((term) => term.domain === 'category').map((term) => term.slug);
  const [categorySlug = '', ...extraCategorySlugs] = orderCategories(
    categories,
    item.meta.get('_yoast_wpseo_primary_category'),
    index,
  );
  for (const slugOfCategory of [categorySlug, ...extraCategorySlugs]) {
    const parent = index.categories.get(slugOfCategory)?.parentSlug;
    if (slugOfCategory && parent) {
      warnings.push(
        `category "${slugOfCategory}" is under "${parent}" in WordPress; categories are flat here`,
      );
    }
  }
  if (extraCategorySlugs.length > 0) {
    warnings.push(
      `one category per article: kept "${categorySlug}", ${extraCategorySlugs.map((s) => `"${s}"`).join(', ')} added as tags`,
    );
  }
  const tagSlugs = item.terms.filter((term) => term.domain === 'post_tag').map((term) => term.slug);

  const coverAttachmentId = item.meta.get('_thumbnail_id')?.trim() ?? '';
  if (coverAttachmentId && !index.attachments.has(coverAttachmentId)) {
    warnings.push(`featured image ${coverAttachmentId} is not in the export`);
  }

  const seo = mapSeo(item, title, index.channel.title, warnings);
  const publishedAt = status === 'published' ? parseWpDate(item.dateGmt, item.dateLocal) : null;
  if (status === 'published' && !publishedAt) {
    warnings.push(`publication date "${item.dateGmt || item.dateLocal}" unreadable; dated at import time`);
  }

  const oldPaths =
    status === 'published'
      ? unique([
          ...(item.link ? [oldPathOf(item.link, index.hosts)] : []),
          ...postPermalinkShapes(item.id, item.slug, item.dateLocal),
        ]).filter((path): path is string => Boolean(path) && path !== sitePaths.article(locale, slug))
      : [];

  const post: Omit<MappedPost, 'checksum'> = {
    wpId: item.id,
    title: title.slice(0, TITLE_MAX),
    locale,
    group,
    status,
    slug,
    excerpt,
    body,
    seo,
    coverAttachmentId: index.attachments.has(coverAttachmentId) ? coverAttachmentId : '',
    authorLogin: item.creator,
    categorySlug,
    tagSlugs,
    extraCategorySlugs,
    publishedAt,
    oldPaths,
    warnings,
  };
  const { warnings: _w, ...stored } = post;
  const checksum = createHash('sha256').update(JSON.stringify(stored)).digest('hex');
  return { action: 'import', post: { ...post, checksum } };
}

export function convertBody(
  content: string,
  index: ExportIndex,
  options: MappingOptions,
  warn: (message: string) => void,
): Block[] {
  const isGutenberg = content.includes('<!-- wp:');
  const html = expandShortcodes(content, { warn });
  const ctx: ConvertContext = {
    autop: !isGutenberg,
    warn,
    rewriteLink: (href) => rewriteLink(href, index, options),
    attachmentIdOf: (src, className) => attachmentIdOf(src, className, index),
    attachment: (id) => {
      const attachment = index.attachments.get(id);
      return attachment ? { src: attachment.url, alt: attachment.alt, caption: attachment.caption } : null;
    },
  };
  return htmlToBlocks(html, ctx);
}

/** Links to other posts of the export go to their new address; javascript: and the like are dropped. */
export function rewriteLink(href: string, index: ExportIndex, options: MappingOptions): string | null {
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && !['http', 'https', 'mailto', 'tel', 'ftp'].includes(scheme)) return null;
  const path = oldPathOf(trimmed, index.hosts);
  if (path) {
    const postId = index.postsByOldPath.get(path);
    const post = postId ? index.posts.get(postId) : undefined;
    if (post && post.status === 'publish') {
      const locale = post.language || options.defaultLocale;
      return sitePaths.article(locale, toSlug(post.slug) || `post-${post.id}`);
    }
  }
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!scheme && !absolute.startsWith('/') && !absolute.startsWith('https:')) return null;
  try {
    // Strapi accepts only links that parse as URLs; a broken one keeps its text.
    new URL(absolute, 'https://relative.invalid');
    if (/\s/.test(absolute)) return null;
  } catch {
    return null;
  }
  return absolute;
}

const SIZE_SUFFIX = /-\d+x\d+(?=\.[a-z0-9]+$)/i;

function attachmentIdOf(src: string, className: string, index: ExportIndex): string {
  const byClass = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(className)?.[1];
  if (byClass && index.attachments.has(byClass)) return byClass;
  const path = uploadsPathOf(src);
  if (!path) return '';
  return (
    index.attachmentsByPath.get(path) ?? index.attachmentsByPath.get(path.replace(SIZE_SUFFIX, '')) ?? ''
  );
}

function orderCategories(slugs: string[], primaryTermId: string | undefined, index: ExportIndex): string[] {
  const usable = slugs.filter((slug) => slug && slug !== 'uncategorized');
  const list = usable.length > 0 ? usable : slugs.filter(Boolean);
  const primary = primaryTermId
    ? [...index.categories.values()].find((category) => category.termId === primaryTermId.trim())?.slug
    : undefined;
  if (primary && list.includes(primary)) return [primary, ...list.filter((slug) => slug !== primary)];
  return list;
}

function mapSeo(item: WxrItem, title: string, siteName: string, warnings: string[]): MappedPost['seo'] {
  const rawTitle = item.meta.get('_yoast_wpseo_title') ?? item.meta.get('rank_math_title') ?? '';
  const rawDescription =
    item.meta.get('_yoast_wpseo_metadesc') ?? item.meta.get('rank_math_description') ?? '';
  const metaTitle = fillSeoVariables(rawTitle, title, siteName);
  const metaDescription = fillSeoVariables(rawDescription, title, siteName);
  if (!metaTitle && !metaDescription) return null;
  if (metaTitle.length > META_TITLE_MAX) warnings.push(`SEO title shortened to ${META_TITLE_MAX} characters`);
  if (metaDescription.length > META_DESCRIPTION_MAX) {
    warnings.push(`meta description shortened to ${META_DESCRIPTION_MAX} characters`);
  }
  return {
    ...(metaTitle ? { metaTitle: shorten(metaTitle, META_TITLE_MAX) } : {}),
    ...(metaDescription ? { metaDescription: shorten(metaDescription, META_DESCRIPTION_MAX) } : {}),
  };
}

/** Yoast (%%title%%) and Rank Math (%title%) snippet variables; unknown ones are removed. */
export function fillSeoVariables(template: string, title: string, siteName: string): string {
  const values: Record<string, string> = { title, sitename: siteName, sep: '–', sitedesc: '' };
  return template
    .replace(/%%?([a-z_]+)%%?/gi, (_match, name: string) => values[name.toLowerCase()] ?? '')
    .replace(/\s*–\s*$/, '')
    .replace(/^\s*–\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function makeExcerpt(raw: string, body: Block[]): string {
  const fromExcerpt = raw ? blocksText(htmlToBlocks(raw, plainContext)) : '';
  const text = fromExcerpt || blocksText(body.filter((block) => block.type === 'paragraph'));
  return shorten(text, EXCERPT_MAX) || '…';
}

const plainContext: ConvertContext = {
  autop: true,
  warn: () => undefined,
  rewriteLink: () => null,
  attachmentIdOf: () => '',
  attachment: () => null,
};

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "2023-05-12 09:30:00" (GMT, else local time read as UTC) → Date; null when WordPress left none. */
export function parseWpDate(gmt: string, local: string): Date | null {
  const value = gmt || local;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Titles arrive with entities the visual editor wrote (&amp;, &#8217;): decode, no tags. */
function decodeTitle(raw: string): string {
  return blocksText(htmlToBlocks(raw.replace(/\n/g, ' '), plainContext)).slice(0, 400);
}

const unique = <T>(values: T[]) => [...new Set(values)];

import { oldPathOf, postPermalinkShapes, siteHosts } from '../urls';
import { parsePhpArray } from './php-serialized';
import {
  toAuthor,
  toCategory,
  toItem,
  toTag,
  toTerm,
  type WxrAuthor,
  type WxrCategory,
  type WxrItem,
  type WxrTag,
} from './entries';
import { readWxr, type ChannelInfo } from './reader';

export interface AttachmentInfo {
  id: string;
  url: string;
  /** Path under wp-content/uploads ("2023/05/photo.jpg"), from _wp_attached_file or the URL. */
  uploadsPath: string;
  alt: string;
  caption: string;
  title: string;
}

export interface PostInfo {
  id: string;
  type: string;
  status: string;
  slug: string;
  /** Language code from Polylang/WPML, '' when the export has none. */
  language: string;
  /** Translation group key, '' when the post has no translations. */
  group: string;
}

/**
 * What the first pass learns about the whole export, small enough to keep in memory (a few hundred
 * bytes per post): taxonomy, authors, attachments, posts by id and by old address, translation groups.
 * The first pass also proves the file is complete, well-formed WXR before anything is written.
 */
export interface ExportIndex {
  channel: ChannelInfo;
  hosts: Set<string>;
  authors: Map<string, WxrAuthor>;
  categories: Map<string, WxrCategory>;
  tags: Map<string, WxrTag>;
  /** term id → translation group key (Polylang term_translations). */
  termGroups: Map<string, string>;
  attachments: Map<string, AttachmentInfo>;
  /** uploads path ("2023/05/photo.jpg") → attachment id, for images referenced by URL in bodies. */
  attachmentsByPath: Map<string, string>;
  posts: Map<string, PostInfo>;
  /** Normalised old address → post id, for rewriting links between imported posts. */
  postsByOldPath: Map<string, string>;
  /** Items per post type, for the report. */
  itemTypes: Map<string, number>;
}

const UPLOADS_MARKER = '/wp-content/uploads/';

export function uploadsPathOf(url: string): string {
  const at = url.indexOf(UPLOADS_MARKER);
  if (at < 0) return '';
  const rest = url.slice(at + UPLOADS_MARKER.length).split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** Language and translation group of an item, from Polylang terms or WPML's export meta. */
export function languageOf(item: WxrItem): { language: string; group: string } {
  const polylangLanguage = item.terms.find((term) => term.domain === 'language')?.slug ?? '';
  const polylangGroup = item.terms.find((term) => term.domain === 'post_translations')?.slug ?? '';
  const wpmlLanguage = item.meta.get('_wpml_import_language_code')?.trim() ?? '';
  const wpmlGroup = item.meta.get('_wpml_import_translation_group')?.trim() ?? '';
  return {
    language: (polylangLanguage || wpmlLanguage).toLowerCase(),
    group: polylangGroup ? `pll:${polylangGroup}` : wpmlGroup ? `wpml:${wpmlGroup}` : '',
  };
}

export async function scanExport(file: string): Promise<ExportIndex> {
  const index: ExportIndex = {
    channel: { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '' },
    hosts: new Set(),
    authors: new Map(),
    categories: new Map(),
    tags: new Map(),
    termGroups: new Map(),
    attachments: new Map(),
    attachmentsByPath: new Map(),
    posts: new Map(),
    postsByOldPath: new Map(),
    itemTypes: new Map(),
  };
  const links: Array<[string, string]> = [];

  index.channel = await readWxr(file, (node) => {
    switch (node.name) {
      case 'wp:author': {
        const author = toAuthor(node);
        if (author.login) index.authors.set(author.login, author);
        return;
      }
      case 'wp:category': {
        const category = toCategory(node);
        if (category.slug) index.categories.set(category.slug, category);
        return;
      }
      case 'wp:tag': {
        const tag = toTag(node);
        if (tag.slug) index.tags.set(tag.slug, tag);
        return;
      }
      case 'wp:term': {
        const term = toTerm(node);
        if (term.taxonomy === 'term_translations') {
          for (const termId of parsePhpArray(term.description)?.values() ?? []) {
            index.termGroups.set(termId, `pllt:${term.slug}`);
          }
        }
        return;
      }
      case 'item':
        indexItem(index, toItem(node), links);
        return;
    }
  });

  index.hosts = siteHosts([index.channel.baseSiteUrl, index.channel.baseBlogUrl, index.channel.link]);
  for (const [link, id] of links) {
    const path = oldPathOf(link, index.hosts);
    if (path && !index.postsByOldPath.has(path)) index.postsByOldPath.set(path, id);
  }
  return index;
}

function indexItem(index: ExportIndex, item: WxrItem, links: Array<[string, string]>) {
  index.itemTypes.set(item.type, (index.itemTypes.get(item.type) ?? 0) + 1);
  if (!item.id) return;
  if (item.type === 'attachment') {
    const uploadsPath = item.meta.get('_wp_attached_file')?.trim() || uploadsPathOf(item.attachmentUrl);
    index.attachments.set(item.id, {
      id: item.id,
      url: item.attachmentUrl,
      uploadsPath,
      alt: item.meta.get('_wp_attachment_image_alt')?.trim() ?? '',
      caption: item.excerpt,
      title: item.title,
    });
    if (uploadsPath) index.attachmentsByPath.set(uploadsPath, item.id);
    return;
  }
  if (item.type !== 'post') return;
  const { language, group } = languageOf(item);
  index.posts.set(item.id, {
    id: item.id,
    type: item.type,
    status: item.status,
    slug: item.slug,
    language,
    group,
  });
  if (item.link) links.push([item.link, item.id]);
  if (item.guid) links.push([item.guid, item.id]);
  for (const path of postPermalinkShapes(item.id, item.slug, item.dateLocal)) {
    if (!index.postsByOldPath.has(path)) index.postsByOldPath.set(path, item.id);
  }
}

import { children, rawTextOf, textOf, type XmlNode } from './xml-node';

/** Typed views of WXR entries: only the fields the importer uses. */

export interface WxrAuthor {
  id: string;
  login: string;
  displayName: string;
}

export interface WxrCategory {
  termId: string;
  slug: string;
  parentSlug: string;
  name: string;
  description: string;
}

export interface WxrTag {
  termId: string;
  slug: string;
  name: string;
}

/** <wp:term>: other taxonomies (Polylang's language and translation groups, menus …). */
export interface WxrTerm {
  termId: string;
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  parentSlug: string;
}

export interface WxrItemTerm {
  domain: string;
  slug: string;
  name: string;
}

export interface WxrItem {
  id: string;
  type: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  slug: string;
  creator: string;
  content: string;
  excerpt: string;
  /** "YYYY-MM-DD HH:MM:SS" in UTC; empty for drafts WordPress never dated. */
  dateGmt: string;
  /** The same in the site's time zone (used for date-based permalinks). */
  dateLocal: string;
  modifiedGmt: string;
  parentId: string;
  password: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Map<string, string>;
}

export function toAuthor(node: XmlNode): WxrAuthor {
  const login = textOf(node, 'wp:author_login');
  return {
    id: textOf(node, 'wp:author_id'),
    login,
    displayName: textOf(node, 'wp:author_display_name') || login,
  };
}

export function toCategory(node: XmlNode): WxrCategory {
  return {
    termId: textOf(node, 'wp:term_id'),
    slug: textOf(node, 'wp:category_nicename'),
    parentSlug: textOf(node, 'wp:category_parent'),
    name: textOf(node, 'wp:cat_name'),
    description: textOf(node, 'wp:category_description'),
  };
}

export function toTag(node: XmlNode): WxrTag {
  return {
    termId: textOf(node, 'wp:term_id'),
    slug: textOf(node, 'wp:tag_slug'),
    name: textOf(node, 'wp:tag_name'),
  };
}

export function toTerm(node: XmlNode): WxrTerm {
  return {
    termId: textOf(node, 'wp:term_id'),
    taxonomy: textOf(node, 'wp:term_taxonomy'),
    slug: textOf(node, 'wp:term_slug'),
    name: textOf(node, 'wp:term_name'),
    description: textOf(node, 'wp:term_description'),
    parentSlug: textOf(node, 'wp:term_parent'),
  };
}

const NO_DATE = '0000-00-00 00:00:00';

export function toItem(node: XmlNode): WxrItem {
  const meta = new Map<string, string>();
  for (const entry of children(node, 'wp:postmeta')) {
    meta.set(textOf(entry, 'wp:meta_key'), rawTextOf(entry, 'wp:meta_value'));
  }
  const date = (name: string) => {
    const value = textOf(node, name);
    return value === NO_DATE ? '' : value;
  };
  return {
    id: textOf(node, 'wp:post_id'),
    type: textOf(node, 'wp:post_type') || 'post',
    status: textOf(node, 'wp:status'),
    title: rawTextOf(node, 'title').trim(),
    link: textOf(node, 'link'),
    guid: textOf(node, 'guid'),
    slug: textOf(node, 'wp:post_name'),
    creator: textOf(node, 'dc:creator'),
    content: rawTextOf(node, 'content:encoded'),
    excerpt: rawTextOf(node, 'excerpt:encoded').trim(),
    dateGmt: date('wp:post_date_gmt'),
    dateLocal: date('wp:post_date'),
    modifiedGmt: date('wp:post_modified_gmt'),
    parentId: textOf(node, 'wp:post_parent'),
    password: textOf(node, 'wp:post_password'),
    attachmentUrl: textOf(node, 'wp:attachment_url'),
    terms: children(node, 'category').map((term) => ({
      domain: term.attributes.domain ?? '',
      slug: term.attributes.nicename ?? '',
      name: term.text.trim(),
    })),
    meta,
  };
}

// The app's own types. Nothing outside this package sees Strapi's wire format.
import type { Block } from './blocks';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface Image {
  url: string; // absolute URL
  alternativeText: string;
  width: number;
  height: number;
}

/** Strapi "blocks" rich text, validated node by node (see blocks.ts). */
export type RichTextBlocks = Block[];

export interface Category {
  documentId: string;
  locale: Locale;
  name: string;
  slug: string;
  description: string | null;
}

export interface Author {
  documentId: string;
  name: string;
  slug: string;
  bio: string | null;
  avatar: Image | null;
}

/** A tag in one locale: the name is translated, the slug (and documentId) shared by every locale. */
export interface Tag {
  documentId: string;
  locale: Locale;
  name: string;
  slug: string;
}

/** An old address the site answers with a permanent redirect (308) to `to`. */
export interface Redirect {
  documentId: string;
  from: string;
  to: string;
}

export interface Seo {
  metaTitle: string | null;
  metaDescription: string | null;
  shareImage: Image | null;
}

/** What listings need. */
export interface ArticleSummary {
  documentId: string;
  locale: Locale;
  title: string;
  slug: string;
  excerpt: string;
  /** ISO date the article first went out; re-publishing a correction leaves it alone. */
  publishedAt: string;
  /** ISO date of the last change (a correction, a re-publish): for "updated" notes and sitemaps. */
  updatedAt: string;
  readingTimeMinutes: number;
  cover: Image | null;
  category: Pick<Category, 'documentId' | 'name' | 'slug'> | null;
  author: Pick<Author, 'documentId' | 'name' | 'slug'> | null;
}

/** The qualified person who checked an article, with what qualifies them. */
export interface Reviewer {
  documentId: string;
  name: string;
  slug: string;
  credentials: string | null;
}

/** A medical review: who, when, and when the next one is due (ISO dates, YYYY-MM-DD). */
export interface Review {
  reviewer: Reviewer;
  lastReviewedAt: string | null;
  nextReviewDue: string | null;
}

/** What the article page needs. */
export interface Article extends ArticleSummary {
  /** Null when nobody has reviewed the article. */
  review: Review | null;
  /**
   * ISO date of the last change an editor marked as mattering to readers, when it came after the
   * first publication; typo fixes never set it. The page shows "Updated on" and dateModified from it.
   */
  materiallyUpdatedAt: string | null;
  body: RichTextBlocks;
  seo: Seo | null;
  tags: Tag[];
  /** Other locales in which this article exists, with their slugs (for the locale switcher and hreflang). */
  translations: Array<{ locale: Locale; slug: string }>;
}

/** The "help now" banner at the top of every page of one language. */
export interface HelpBanner {
  locale: Locale;
  message: string;
  /** As written by the editor, for display. */
  phoneNumber: string | null;
  /** The same number for a tel: link (digits and a leading +). */
  phoneHref: string | null;
  link: { url: string; text: string } | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** Published articles of one locale first published in one month (UTC): one or more sitemap files. */
export interface SitemapMonth {
  locale: string;
  /** YYYY-MM */
  month: string;
  count: number;
  lastModified: string | null;
}

/** What a sitemap needs of an article: slugs and dates, never content. */
export interface SitemapArticle {
  documentId: string;
  slug: string;
  updatedAt: string | null;
  firstPublishedAt: string | null;
  /** The other published translations. */
  localizations: Array<{ locale: string; slug: string }>;
}

export interface SitemapSections {
  sections: Array<{
    kind: 'category' | 'author' | 'tag';
    slug: string;
    locale: string;
    count: number;
    lastModified: string | null;
  }>;
  home: Array<{ locale: string; lastModified: string | null }>;
}

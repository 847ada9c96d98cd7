import type { Locale } from './domain';

/**
 * Cache tag names, shared by the fetchers (which attach them to every request), by `tagsForWebhook`
 * (which names the tags to revalidate when Strapi reports a change) and by the cache front (the same
 * names are its surrogate keys).
 *
 * The rule: a change revalidates the tags of the fetches that SHOW the changed content, and nothing
 * else. For one article, that is its page in every locale (`article:<documentId>`, and the slug lookup
 * `article-slug:<locale>:<slug>`), the listings of its locale (`articles:<locale>`: home and page n,
 * feed, search), its section listings (`category:`, `author:`, `tag:`), and the sitemap file of the
 * month it was first published in (`sitemap:<YYYY-MM>`) plus the sitemap index (`sitemap`). Every
 * other article page keeps its cache.
 *
 * Listings are tagged by locale and section, not by the articles they hold: a publish shifts every
 * page boundary of the listings it enters, so all their pages n are stale at once anyway.
 *
 * `articles` is still carried by every fetch that contains article data, but article events no longer
 * revalidate it: only changes that show on every article (a category, author or tag renamed, an image
 * replaced) do. Related and previous/next links on OTHER article pages follow on their time-based
 * revalidation (hourly); see docs/architecture.md "Honest cache tags".
 *
 * Changed in the scale work (names kept; meanings narrowed): `articles:<locale>` is now carried by
 * listings only (not by article pages); `sections:<locale>`, `sitemap`, `sitemap:<YYYY-MM>` are new.
 */
export const cacheTags = {
  /** Every fetch made by this client. Revalidating it refreshes the whole site. */
  all: 'cms',
  /** Every fetch whose result contains article data. Revalidated by taxonomy and media changes only. */
  articles: 'articles',
  /** The listings of one locale: home and its pages n, the locale's feed, search results. */
  articlesIn: (locale: Locale | string) => `articles:${locale}`,
  /** One article document in every locale: its page's content, related and adjacent articles. */
  article: (documentId: string) => `article:${documentId}`,
  /** The slug → document lookup of an article page (a new slug, or one that stops resolving). */
  articleSlug: (locale: Locale | string, slug: string) => `article-slug:${locale}:${slug}`,
  /**
   * Every category, author and tag listing of a locale. Revalidated when an article leaves a
   * listing and Strapi's payload does not name its sections (unpublish and delete send none).
   */
  sectionsIn: (locale: Locale | string) => `sections:${locale}`,
  categories: 'categories',
  /** Category slugs are shared by all locales, so one tag covers every translation. */
  category: (slugOrDocumentId: string) => `category:${slugOrDocumentId}`,
  authors: 'authors',
  author: (slugOrDocumentId: string) => `author:${slugOrDocumentId}`,
  tags: 'tags',
  tag: (slugOrDocumentId: string) => `tag:${slugOrDocumentId}`,
  /** The sitemap index and its file of home, section, author and tag pages. */
  sitemap: 'sitemap',
  /** The sitemap files of the articles first published in one month (UTC), every locale. */
  sitemapMonth: (month: string) => `sitemap:${month}`,
  /** The help-now banner, shown on every page (each locale's pages carry it). */
  helpBanner: 'help-banner',
  /** The redirect rules (old addresses → new ones); only the site's redirect table carries it. */
  redirects: 'redirects',
} as const;

/** "YYYY-MM" (UTC) of an ISO date, as the CMS groups sitemap files; null for a missing or bad date. */
export function sitemapMonthOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 7);
}

export type CacheTags = typeof cacheTags;

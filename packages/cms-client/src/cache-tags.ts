import type { Locale } from './domain';

/**
 * Cache tag names, shared by the fetchers (which attach them to every request) and by
 * `tagsForWebhook` (which names the tags to revalidate when Strapi reports a change).
 *
 * The rule behind the scheme: a fetch carries a tag for every kind of content its result contains,
 * and a change to some content revalidates every tag that may contain it. Article data embeds
 * category, author and tag names, so a change to those revalidates `articles` too.
 */
export const cacheTags = {
  /** Every fetch made by this client. Revalidating it refreshes the whole site. */
  all: 'cms',
  /** Every fetch whose result contains articles: listings, pages, search, related, feeds, sitemap. */
  articles: 'articles',
  /** The same, limited to one locale. */
  articlesIn: (locale: Locale | string) => `articles:${locale}`,
  /** Fetches made on behalf of one article document (related and adjacent articles). */
  article: (documentId: string) => `article:${documentId}`,
  /** The article-page fetch: its document id is unknown until the answer arrives, its slug is not. */
  articleSlug: (locale: Locale | string, slug: string) => `article-slug:${locale}:${slug}`,
  categories: 'categories',
  /** Category slugs are shared by all locales, so one tag covers every translation. */
  category: (slugOrDocumentId: string) => `category:${slugOrDocumentId}`,
  authors: 'authors',
  author: (slugOrDocumentId: string) => `author:${slugOrDocumentId}`,
  tags: 'tags',
  tag: (slugOrDocumentId: string) => `tag:${slugOrDocumentId}`,
  /** The redirect rules (old addresses → new ones); only the site's redirect table carries it. */
  redirects: 'redirects',
} as const;

export type CacheTags = typeof cacheTags;

import qs from 'qs';
import type { Locale } from './domain';
import {
  articleSelection,
  articleSummarySelection,
  authorSelection,
  categorySelection,
  helpBannerSelection,
  tagSelection,
} from './populate';
import type { SearchTerm } from './search-terms';

// Pure functions from a call's parameters to the exact Strapi REST path and query string.
// Nothing here performs I/O, so every URL the client can request is unit-testable.

/** Strapi's `rest.maxLimit`: a larger pageSize is silently capped, so we never ask for more. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 12;

export type PublicationStatus = 'published' | 'draft';

type Params = Record<string, unknown>;

function toPath(resource: string, params: Params): string {
  return `/api/${resource}?${qs.stringify(params, { encodeValuesOnly: true })}`;
}

/**
 * Published content is ordered by first publication (firstPublishedAt): Strapi stamps publishedAt
 * anew on every publish, and ordering by it would move a corrected article to the top of the news.
 * Drafts have no publication date of their own, so previews order by the last edit instead. The
 * documentId tie-break keeps pages and previous/next stable when two articles share a timestamp
 * (bulk imports publish in the same millisecond).
 *
 * No publishedAt fallback in the sort: the REST API cannot sort by "firstPublishedAt, else
 * publishedAt", and a second sort key would not place a null there anyway (PostgreSQL sorts nulls
 * first in descending order, SQLite last). The CMS makes the fallback unnecessary: every publish
 * stamps firstPublishedAt, and on start-up Strapi fills it from publishedAt for entries published
 * before the feature was on. The mapper still falls back for display.
 */
function dateField(status: PublicationStatus): 'firstPublishedAt' | 'updatedAt' {
  return status === 'draft' ? 'updatedAt' : 'firstPublishedAt';
}

function newestFirst(status: PublicationStatus): string[] {
  return [`${dateField(status)}:desc`, 'documentId:desc'];
}

/** Published is Strapi's default; only a preview has to say otherwise. */
function statusParam(status: PublicationStatus): Params {
  return status === 'draft' ? { status: 'draft' } : {};
}

export function clampPage(page: number | undefined): number {
  return page !== undefined && Number.isFinite(page) && page >= 1 ? Math.floor(page) : 1;
}

export function clampPageSize(pageSize: number | undefined): number {
  if (pageSize === undefined || !Number.isFinite(pageSize)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize)));
}

export interface ArticleListQuery {
  locale: Locale;
  page?: number;
  pageSize?: number;
  category?: string;
  tag?: string;
  author?: string;
}

/** `selection`: the card's fields (listings) or the whole article (full-text feeds). */
export function articleListPath(
  query: ArticleListQuery,
  status: PublicationStatus,
  selection: typeof articleSummarySelection | typeof articleSelection = articleSummarySelection,
): string {
  const filters: Params = {};
  if (query.category) filters.category = { slug: { $eq: query.category } };
  if (query.tag) filters.tags = { slug: { $eq: query.tag } };
  if (query.author) filters.author = { slug: { $eq: query.author } };
  return toPath('articles', {
    ...selection,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    locale: query.locale,
    sort: newestFirst(status),
    pagination: { page: clampPage(query.page), pageSize: clampPageSize(query.pageSize) },
    ...statusParam(status),
  });
}

/** Step one of an article page: which document has this slug in this locale (nothing else). */
export function articleIdBySlugPath(locale: Locale, slug: string, status: PublicationStatus): string {
  return toPath('articles', {
    fields: ['slug'],
    filters: { slug: { $eq: slug } },
    locale,
    pagination: { page: 1, pageSize: 1 },
    ...statusParam(status),
  });
}

/** Step two: the whole article, by document (so the fetch can be tagged with it). */
export function articleByDocumentIdPath(
  locale: Locale,
  documentId: string,
  status: PublicationStatus,
): string {
  return toPath('articles', {
    ...articleSelection,
    filters: { documentId: { $eq: documentId } },
    locale,
    pagination: { page: 1, pageSize: 1 },
    ...statusParam(status),
  });
}

/** The parts of an article that related/adjacent lookups depend on. */
export interface ArticleAnchor {
  documentId: string;
  locale: Locale;
  /** The domain's date: the first publication. */
  publishedAt: string;
  updatedAt: string;
  category: { documentId: string } | null;
  tags: Array<{ documentId: string }>;
}

/** Null when the article has neither a category nor tags: nothing can be related to it. */
export function relatedArticlesPath(
  article: ArticleAnchor,
  limit: number,
  status: PublicationStatus,
): string | null {
  const anyOf: Params[] = [];
  if (article.category) anyOf.push({ category: { documentId: { $eq: article.category.documentId } } });
  if (article.tags.length > 0) {
    anyOf.push({ tags: { documentId: { $in: article.tags.map((tag) => tag.documentId) } } });
  }
  if (anyOf.length === 0) return null;
  return toPath('articles', {
    ...articleSummarySelection,
    filters: { documentId: { $ne: article.documentId }, $or: anyOf },
    locale: article.locale,
    sort: newestFirst(status),
    pagination: { page: 1, pageSize: clampPageSize(limit) },
    ...statusParam(status),
  });
}

/**
 * `previous` is the article first published just before this one (older), `next` the one just after
 * (newer), in the same order as the listings.
 */
export function adjacentArticlePath(
  article: ArticleAnchor,
  direction: 'previous' | 'next',
  status: PublicationStatus,
): string {
  const field = dateField(status);
  const date = status === 'draft' ? article.updatedAt : article.publishedAt;
  const beyond = direction === 'previous' ? '$lt' : '$gt';
  const order = direction === 'previous' ? 'desc' : 'asc';
  return toPath('articles', {
    ...articleSummarySelection,
    filters: {
      $or: [
        { [field]: { [beyond]: date } },
        { [field]: { $eq: date }, documentId: { [beyond]: article.documentId } },
      ],
    },
    locale: article.locale,
    sort: [`${field}:${order}`, `documentId:${order}`],
    pagination: { page: 1, pageSize: 1 },
    ...statusParam(status),
  });
}

export function articleSearchPath(
  locale: Locale,
  terms: SearchTerm[],
  page: number | undefined,
  pageSize: number | undefined,
  status: PublicationStatus,
): string {
  // Every word must appear somewhere (title, excerpt or, when safe, body): more words, fewer results.
  const everyWord = terms.map((term) => ({
    $or: [
      { title: { $containsi: term.text } },
      { excerpt: { $containsi: term.text } },
      ...(term.searchBody ? [{ body: { $containsi: term.text } }] : []),
    ],
  }));
  return toPath('articles', {
    ...articleSummarySelection,
    filters: { $and: everyWord },
    locale,
    sort: newestFirst(status),
    pagination: { page: clampPage(page), pageSize: clampPageSize(pageSize) },
    ...statusParam(status),
  });
}

/**
 * The CMS's ranked full-text search (GET /api/search, published articles only): same card fields as
 * the listings, ordered by relevance, then recency.
 */
export function rankedSearchPath(
  locale: Locale,
  query: string,
  page: number | undefined,
  pageSize: number | undefined,
): string {
  return `/api/search?${qs.stringify(
    {
      q: query,
      ...articleSummarySelection,
      locale,
      pagination: { page: clampPage(page), pageSize: clampPageSize(pageSize) },
    },
    { encodeValuesOnly: true },
  )}`;
}

/** Articles per sitemap file, as the CMS's /api/sitemap/articles pages them (5,000 URLs a file). */
export const SITEMAP_PAGE_SIZE = 5000;

export function sitemapMonthsPath(): string {
  return '/api/sitemap/months';
}

export function sitemapArticlesPath(locale: Locale, month: string, page: number): string {
  return `/api/sitemap/articles?${qs.stringify({ locale, month, page: clampPage(page) })}`;
}

export function sitemapSectionsPath(): string {
  return '/api/sitemap/sections';
}

export function categoryListPath(locale: Locale, page: number): string {
  return toPath('categories', {
    ...categorySelection,
    locale,
    sort: ['name:asc'],
    pagination: { page, pageSize: MAX_PAGE_SIZE },
  });
}

export function categoryBySlugPath(locale: Locale, slug: string): string {
  return toPath('categories', {
    ...categorySelection,
    filters: { slug: { $eq: slug } },
    locale,
    pagination: { page: 1, pageSize: 1 },
  });
}

export function authorListPath(page: number): string {
  return toPath('authors', {
    ...authorSelection,
    sort: ['name:asc'],
    pagination: { page, pageSize: MAX_PAGE_SIZE },
  });
}

export function authorBySlugPath(slug: string): string {
  return toPath('authors', {
    ...authorSelection,
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  });
}

export function tagListPath(locale: Locale, page: number): string {
  return toPath('tags', {
    ...tagSelection,
    locale,
    sort: ['name:asc'],
    pagination: { page, pageSize: MAX_PAGE_SIZE },
  });
}

export function tagBySlugPath(locale: Locale, slug: string): string {
  return toPath('tags', {
    ...tagSelection,
    filters: { slug: { $eq: slug } },
    locale,
    pagination: { page: 1, pageSize: 1 },
  });
}

/** The help-now banner of a locale (a single type: one entry, 404 when none is published). */
export function helpBannerPath(locale: Locale, status: PublicationStatus): string {
  return toPath('help-banner', { ...helpBannerSelection, locale, ...statusParam(status) });
}

/** All published articles of a locale, one maxLimit page at a time (sitemaps, feeds). */
export function articleIndexPath(locale: Locale, page: number, status: PublicationStatus): string {
  return articleListPath({ locale, page, pageSize: MAX_PAGE_SIZE }, status);
}

/** Every published redirect rule, one page at a time (the whole table is read and cached at once). */
export function redirectListPath(page: number): string {
  return toPath('redirects', {
    fields: ['from', 'to'],
    sort: ['id:asc'],
    pagination: { page, pageSize: MAX_PAGE_SIZE },
  });
}

import { cacheTags } from './cache-tags';
import type { Article, ArticleSummary, Author, Category, Locale, Page, Tag } from './domain';
import { CmsError } from './errors';
import { parseWith, requestJson, type HttpConfig } from './http';
import { toArticle, toArticleSummary, toAuthor, toCategory, toTag, type MapContext } from './mappers';
import {
  adjacentArticlePath,
  articleBySlugPath,
  articleIndexPath,
  articleListPath,
  articleSearchPath,
  authorBySlugPath,
  authorListPath,
  categoryBySlugPath,
  categoryListPath,
  clampPageSize,
  relatedArticlesPath,
  tagBySlugPath,
  tagListPath,
  type ArticleListQuery,
  type PublicationStatus,
} from './query';
import {
  articleDataSchema,
  articleSummaryDataSchema,
  authorDataSchema,
  categoryDataSchema,
  listResponseSchema,
  tagDataSchema,
} from './schemas';
import { toSearchTerms } from './search-terms';

export interface CmsClientOptions {
  /** Strapi origin, e.g. http://127.0.0.1:1337. A trailing slash is fine. */
  baseUrl: string;
  /** Origin for relative /uploads URLs (a CDN or the public CMS address); defaults to baseUrl. */
  mediaBaseUrl?: string;
  /** API token; required for drafts. */
  token?: string;
  /** 'draft' reads unpublished versions (preview) and bypasses caches; needs a token. */
  status?: PublicationStatus;
  fetch?: typeof fetch;
  /** Passed as init.next.revalidate (ignored outside Next). */
  revalidateSeconds?: number;
  /** Default 8000. A slower answer is abandoned with CmsUnavailableError. */
  timeoutMs?: number;
}

export interface CmsClient {
  /** Newest first. category/tag/author are slugs. */
  listArticles(params: ArticleListQuery): Promise<Page<ArticleSummary>>;
  getArticleBySlug(locale: Locale, slug: string): Promise<Article | null>;
  /** Same category or a shared tag, newest first, without the article itself. */
  getRelatedArticles(article: Article, limit?: number): Promise<ArticleSummary[]>;
  /** previous = published just before (older), next = published just after (newer). */
  getAdjacentArticles(
    article: Article,
  ): Promise<{ previous: ArticleSummary | null; next: ArticleSummary | null }>;
  /** Every article of a locale, newest first (sitemaps, feeds). */
  listAllArticles(locale: Locale): Promise<ArticleSummary[]>;
  searchArticles(params: {
    locale: Locale;
    query: string;
    page?: number;
    pageSize?: number;
  }): Promise<Page<ArticleSummary>>;
  listCategories(locale: Locale): Promise<Category[]>;
  getCategoryBySlug(locale: Locale, slug: string): Promise<Category | null>;
  listAuthors(): Promise<Author[]>;
  getAuthorBySlug(slug: string): Promise<Author | null>;
  listTags(): Promise<Tag[]>;
  getTagBySlug(slug: string): Promise<Tag | null>;
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_RELATED_LIMIT = 3;
/** A guard against a CMS that keeps reporting more pages: 500 × 100 entries is far beyond this site. */
const MAX_PAGES = 500;

const summaryList = listResponseSchema(articleSummaryDataSchema);
const articleList = listResponseSchema(articleDataSchema);
const categoryList = listResponseSchema(categoryDataSchema);
const authorList = listResponseSchema(authorDataSchema);
const tagList = listResponseSchema(tagDataSchema);

function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function checkOrigin(name: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new CmsError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CmsError(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  return trimTrailingSlash(value);
}

function emptyPage<T>(pageSize: number): Page<T> {
  return { items: [], page: 1, pageSize, pageCount: 0, total: 0 };
}

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const baseUrl = checkOrigin('baseUrl', options.baseUrl);
  const status: PublicationStatus = options.status ?? 'published';
  if (status === 'draft' && !options.token) {
    // Without a token the CMS must refuse drafts; failing here makes the misconfiguration obvious.
    throw new CmsError('Reading drafts needs an API token: pass `token` together with status "draft"');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new CmsError('timeoutMs must be a positive number');
  if (!options.fetch && typeof globalThis.fetch !== 'function') {
    throw new CmsError('No fetch implementation: pass `fetch`');
  }

  const http: HttpConfig = {
    baseUrl,
    token: options.token,
    // The global is looked up per call: Next instruments it, and this module may load before that.
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    timeoutMs,
    revalidateSeconds: options.revalidateSeconds,
    noStore: status === 'draft',
  };
  const ctx: MapContext = {
    mediaBaseUrl: options.mediaBaseUrl ? checkOrigin('mediaBaseUrl', options.mediaBaseUrl) : baseUrl,
    includeDrafts: status === 'draft',
  };
  const articleTags = (locale: Locale, ...extra: string[]) => [
    cacheTags.all,
    cacheTags.articles,
    cacheTags.articlesIn(locale),
    ...extra,
  ];

  async function fetchSummaries(path: string, tags: string[]) {
    return parseWith(summaryList, await requestJson(http, path, tags), path);
  }

  function toPage(response: Awaited<ReturnType<typeof fetchSummaries>>): Page<ArticleSummary> {
    const { page, pageSize, pageCount, total } = response.meta.pagination;
    return {
      items: response.data.map((entry) => toArticleSummary(entry, ctx)),
      page,
      pageSize,
      pageCount,
      total,
    };
  }

  /** Follows Strapi's pagination to the end, de-duplicating by documentId in case content moves meanwhile. */
  async function collectAll<T extends { documentId: string }>(
    load: (page: number) => Promise<{ items: T[]; pageCount: number }>,
  ): Promise<T[]> {
    const byId = new Map<string, T>();
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const { items, pageCount } = await load(page);
      for (const item of items) if (!byId.has(item.documentId)) byId.set(item.documentId, item);
      if (page >= pageCount || items.length === 0) break;
    }
    return [...byId.values()];
  }

  return {
    async listArticles(params) {
      const extra = [
        ...(params.category ? [cacheTags.category(params.category)] : []),
        ...(params.tag ? [cacheTags.tag(params.tag)] : []),
        ...(params.author ? [cacheTags.author(params.author)] : []),
      ];
      return toPage(
        await fetchSummaries(articleListPath(params, status), articleTags(params.locale, ...extra)),
      );
    },

    async getArticleBySlug(locale, slug) {
      const path = articleBySlugPath(locale, slug, status);
      const body = await requestJson(http, path, articleTags(locale, cacheTags.articleSlug(locale, slug)));
      const entry = parseWith(articleList, body, path).data[0];
      return entry ? toArticle(entry, ctx) : null;
    },

    async getRelatedArticles(article, limit = DEFAULT_RELATED_LIMIT) {
      const path = relatedArticlesPath(article, limit, status);
      if (path === null) return [];
      const response = await fetchSummaries(
        path,
        articleTags(article.locale, cacheTags.article(article.documentId)),
      );
      return toPage(response).items;
    },

    async getAdjacentArticles(article) {
      const tags = articleTags(article.locale, cacheTags.article(article.documentId));
      const [older, newer] = await Promise.all([
        fetchSummaries(adjacentArticlePath(article, 'previous', status), tags),
        fetchSummaries(adjacentArticlePath(article, 'next', status), tags),
      ]);
      return { previous: toPage(older).items[0] ?? null, next: toPage(newer).items[0] ?? null };
    },

    async listAllArticles(locale) {
      return collectAll(async (page) =>
        toPage(await fetchSummaries(articleIndexPath(locale, page, status), articleTags(locale))),
      );
    },

    async searchArticles(params) {
      const terms = toSearchTerms(params.query);
      if (terms.length === 0) return emptyPage(clampPageSize(params.pageSize));
      const path = articleSearchPath(params.locale, terms, params.page, params.pageSize, status);
      return toPage(await fetchSummaries(path, articleTags(params.locale)));
    },

    async listCategories(locale) {
      const tags = [cacheTags.all, cacheTags.categories];
      return collectAll(async (page) => {
        const path = categoryListPath(locale, page);
        const response = parseWith(categoryList, await requestJson(http, path, tags), path);
        return { items: response.data.map(toCategory), pageCount: response.meta.pagination.pageCount };
      });
    },

    async getCategoryBySlug(locale, slug) {
      const path = categoryBySlugPath(locale, slug);
      const body = await requestJson(http, path, [
        cacheTags.all,
        cacheTags.categories,
        cacheTags.category(slug),
      ]);
      const entry = parseWith(categoryList, body, path).data[0];
      return entry ? toCategory(entry) : null;
    },

    async listAuthors() {
      const tags = [cacheTags.all, cacheTags.authors];
      return collectAll(async (page) => {
        const path = authorListPath(page);
        const response = parseWith(authorList, await requestJson(http, path, tags), path);
        return {
          items: response.data.map((entry) => toAuthor(entry, ctx)),
          pageCount: response.meta.pagination.pageCount,
        };
      });
    },

    async getAuthorBySlug(slug) {
      const path = authorBySlugPath(slug);
      const body = await requestJson(http, path, [cacheTags.all, cacheTags.authors, cacheTags.author(slug)]);
      const entry = parseWith(authorList, body, path).data[0];
      return entry ? toAuthor(entry, ctx) : null;
    },

    async listTags() {
      const tags = [cacheTags.all, cacheTags.tags];
      return collectAll(async (page) => {
        const path = tagListPath(page);
        const response = parseWith(tagList, await requestJson(http, path, tags), path);
        return { items: response.data.map(toTag), pageCount: response.meta.pagination.pageCount };
      });
    },

    async getTagBySlug(slug) {
      const path = tagBySlugPath(slug);
      const body = await requestJson(http, path, [cacheTags.all, cacheTags.tags, cacheTags.tag(slug)]);
      const entry = parseWith(tagList, body, path).data[0];
      return entry ? toTag(entry) : null;
    },
  };
}

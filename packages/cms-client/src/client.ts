import { cacheTags } from './cache-tags';
import type { Article, ArticleSummary, Author, Category, Locale, Page, Redirect, Tag } from './domain';
import { parseWith, requestJson } from './http';
import { toArticle, toArticleSummary, toAuthor, toCategory, toTag } from './mappers';
import { resolveOptions, type CmsClientOptions } from './options';
import { collectAllPages, emptyPage } from './paginate';
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
  redirectListPath,
  tagListPath,
  type ArticleListQuery,
} from './query';
import {
  articleDataSchema,
  articleSummaryDataSchema,
  authorDataSchema,
  categoryDataSchema,
  listResponseSchema,
  redirectDataSchema,
  tagDataSchema,
} from './schemas';
import { toSearchTerms } from './search-terms';

export type { CmsClientOptions };

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
  /** Every published redirect rule, as stored (the site resolves chains and loops). */
  listRedirects(): Promise<Redirect[]>;
}

export const DEFAULT_RELATED_LIMIT = 3;

const summaryList = listResponseSchema(articleSummaryDataSchema);
const articleList = listResponseSchema(articleDataSchema);
const categoryList = listResponseSchema(categoryDataSchema);
const authorList = listResponseSchema(authorDataSchema);
const tagList = listResponseSchema(tagDataSchema);
const redirectList = listResponseSchema(redirectDataSchema);

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const { status, http, map: ctx } = resolveOptions(options);
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
      return collectAllPages(async (page) =>
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
      return collectAllPages(async (page) => {
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
      return collectAllPages(async (page) => {
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
      return collectAllPages(async (page) => {
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

    async listRedirects() {
      // Its own tag only: a redirect change refreshes the redirect table and nothing else.
      const tags = [cacheTags.all, cacheTags.redirects];
      return collectAllPages(async (page) => {
        const path = redirectListPath(page);
        const response = parseWith(redirectList, await requestJson(http, path, tags), path);
        return {
          items: response.data.map(({ documentId, from, to }) => ({ documentId, from, to })),
          pageCount: response.meta.pagination.pageCount,
        };
      });
    },
  };
}

import { cacheTags } from './cache-tags';
import type {
  Article,
  ArticleSummary,
  Author,
  Category,
  HelpBanner,
  Locale,
  Page,
  Redirect,
  SitemapArticle,
  SitemapMonth,
  SitemapSections,
  Tag,
} from './domain';
import { CmsResponseError } from './errors';
import { parseWith, requestJson } from './http';
import { toArticle, toArticleSummary, toAuthor, toCategory, toHelpBanner, toTag } from './mappers';
import { resolveOptions, type CmsClientOptions } from './options';
import { collectAllPages, emptyPage } from './paginate';
import {
  adjacentArticlePath,
  articleByDocumentIdPath,
  articleIdBySlugPath,
  articleIndexPath,
  articleListPath,
  articleSearchPath,
  authorBySlugPath,
  authorListPath,
  categoryBySlugPath,
  categoryListPath,
  clampPageSize,
  helpBannerPath,
  rankedSearchPath,
  relatedArticlesPath,
  sitemapArticlesPath,
  sitemapMonthsPath,
  sitemapSectionsPath,
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
  helpBannerDataSchema,
  singleResponseSchema,
  documentIdList,
  listResponseSchema,
  redirectDataSchema,
  sitemapArticlesSchema,
  sitemapMonthsSchema,
  sitemapSectionsSchema,
  tagDataSchema,
} from './schemas';
import { articleSelection } from './populate';
import { toSearchQuery, toSearchTerms } from './search-terms';

export type { CmsClientOptions };

export interface CmsClient {
  /** Newest first. category/tag/author are slugs. */
  listArticles(params: ArticleListQuery): Promise<Page<ArticleSummary>>;
  /** The same list with each whole article (body, tags…): for full-text feeds. Same cache tags. */
  listFullArticles(params: ArticleListQuery): Promise<Page<Article>>;
  getArticleBySlug(locale: Locale, slug: string): Promise<Article | null>;
  /** Same category or a shared tag, newest first, without the article itself. */
  getRelatedArticles(article: Article, limit?: number): Promise<ArticleSummary[]>;
  /** previous = published just before (older), next = published just after (newer). */
  getAdjacentArticles(
    article: Article,
  ): Promise<{ previous: ArticleSummary | null; next: ArticleSummary | null }>;
  /**
   * Every article of a locale, newest first, 100 per request. Fails (never truncates) past 50,000:
   * large sites read the sitemap slices below instead.
   */
  listAllArticles(locale: Locale): Promise<ArticleSummary[]>;
  /** Published articles per locale and month of first publication (UTC): the sitemap's files. */
  listSitemapMonths(): Promise<SitemapMonth[]>;
  /** One file of a month (up to SITEMAP_PAGE_SIZE articles, oldest first): slugs and dates only. */
  listSitemapArticles(params: { locale: Locale; month: string; page: number }): Promise<SitemapArticle[]>;
  /** Category, author and tag pages that list something, per locale, and each locale's newest change. */
  listSitemapSections(): Promise<SitemapSections>;
  /** Ranked by relevance (the CMS's full-text index): title, excerpt, body; whole words first. */
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
  /** Tag names are translated; slugs are shared by every locale. */
  listTags(locale: Locale): Promise<Tag[]>;
  getTagBySlug(locale: Locale, slug: string): Promise<Tag | null>;
  /** The published "help now" banner of a locale; null when there is none or it is empty. */
  getHelpBanner(locale: Locale): Promise<HelpBanner | null>;
  /** Every published redirect rule, as stored (the site resolves chains and loops). */
  listRedirects(): Promise<Redirect[]>;
}

export const DEFAULT_RELATED_LIMIT = 3;

const summaryList = listResponseSchema(articleSummaryDataSchema);
const articleList = listResponseSchema(articleDataSchema);
const categoryList = listResponseSchema(categoryDataSchema);
const authorList = listResponseSchema(authorDataSchema);
const tagList = listResponseSchema(tagDataSchema);
const helpBannerResponse = singleResponseSchema(helpBannerDataSchema);
const redirectList = listResponseSchema(redirectDataSchema);

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const { status, http, map: ctx } = resolveOptions(options);
  // What each fetch is tagged with follows cache-tags.ts: listings by locale or section, an
  // article's page by its document, never one tag for everything.
  const listingTags = (locale: Locale) => [cacheTags.all, cacheTags.articles, cacheTags.articlesIn(locale)];
  const sectionTags = (locale: Locale, section: string) => [
    cacheTags.all,
    cacheTags.articles,
    cacheTags.sectionsIn(locale),
    section,
  ];
  const articlePageTags = (documentId: string) => [
    cacheTags.all,
    cacheTags.articles,
    cacheTags.article(documentId),
  ];

  /** A listing is tagged by its sections (category, tag, author) or, without any, by its locale. */
  function listTags(params: ArticleListQuery): string[] {
    const sections = [
      ...(params.category ? [cacheTags.category(params.category)] : []),
      ...(params.tag ? [cacheTags.tag(params.tag)] : []),
      ...(params.author ? [cacheTags.author(params.author)] : []),
    ];
    return sections.length > 0
      ? [...new Set(sections.flatMap((section) => sectionTags(params.locale, section)))]
      : listingTags(params.locale);
  }

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
      return toPage(await fetchSummaries(articleListPath(params, status), listTags(params)));
    },

    async listFullArticles(params) {
      const path = articleListPath(params, status, articleSelection);
      const response = parseWith(articleList, await requestJson(http, path, listTags(params)), path);
      const { page, pageSize, pageCount, total } = response.meta.pagination;
      return { items: response.data.map((entry) => toArticle(entry, ctx)), page, pageSize, pageCount, total };
    },

    async getArticleBySlug(locale, slug) {
      // Two requests, so the page's content is tagged with its document: an edit of any translation
      // (which changes this page's language links) then refreshes this page, and nothing else does.
      const lookupPath = articleIdBySlugPath(locale, slug, status);
      const lookup = parseWith(
        documentIdList,
        await requestJson(http, lookupPath, [cacheTags.all, cacheTags.articleSlug(locale, slug)]),
        lookupPath,
      );
      const documentId = lookup.data[0]?.documentId;
      if (!documentId) return null;
      const path = articleByDocumentIdPath(locale, documentId, status);
      const entry = parseWith(articleList, await requestJson(http, path, articlePageTags(documentId)), path)
        .data[0];
      // A cached lookup can outlive a slug change: the article now lives at another URL.
      return entry && entry.slug === slug ? toArticle(entry, ctx) : null;
    },

    async getRelatedArticles(article, limit = DEFAULT_RELATED_LIMIT) {
      const path = relatedArticlesPath(article, limit, status);
      if (path === null) return [];
      const response = await fetchSummaries(path, articlePageTags(article.documentId));
      return toPage(response).items;
    },

    async getAdjacentArticles(article) {
      const tags = articlePageTags(article.documentId);
      const [older, newer] = await Promise.all([
        fetchSummaries(adjacentArticlePath(article, 'previous', status), tags),
        fetchSummaries(adjacentArticlePath(article, 'next', status), tags),
      ]);
      return { previous: toPage(older).items[0] ?? null, next: toPage(newer).items[0] ?? null };
    },

    async listAllArticles(locale) {
      return collectAllPages(async (page) =>
        toPage(await fetchSummaries(articleIndexPath(locale, page, status), listingTags(locale))),
      );
    },

    async listSitemapMonths() {
      const path = sitemapMonthsPath();
      const body = await requestJson(http, path, [cacheTags.all, cacheTags.sitemap]);
      return parseWith(sitemapMonthsSchema, body, path).data;
    },

    async listSitemapArticles({ locale, month, page }) {
      const path = sitemapArticlesPath(locale, month, page);
      const body = await requestJson(http, path, [cacheTags.all, cacheTags.sitemapMonth(month)]);
      return parseWith(sitemapArticlesSchema, body, path).data;
    },

    async listSitemapSections() {
      const path = sitemapSectionsPath();
      const body = await requestJson(http, path, [cacheTags.all, cacheTags.sitemap]);
      return parseWith(sitemapSectionsSchema, body, path).data;
    },

    async searchArticles(params) {
      const terms = toSearchTerms(params.query);
      // Nothing to look for (blank, or punctuation only): the CMS would answer 400.
      if (terms.length === 0 || !/[\p{L}\p{N}]/u.test(params.query)) {
        return emptyPage(clampPageSize(params.pageSize));
      }
      // Published: the CMS's ranked full-text search. Drafts are not in that index, so a preview
      // keeps the plain filter search (newest first) over the draft rows.
      const path =
        status === 'published'
          ? rankedSearchPath(params.locale, toSearchQuery(params.query), params.page, params.pageSize)
          : articleSearchPath(params.locale, terms, params.page, params.pageSize, status);
      return toPage(await fetchSummaries(path, listingTags(params.locale)));
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

    async listTags(locale) {
      const tags = [cacheTags.all, cacheTags.tags];
      return collectAllPages(async (page) => {
        const path = tagListPath(locale, page);
        const response = parseWith(tagList, await requestJson(http, path, tags), path);
        return { items: response.data.map(toTag), pageCount: response.meta.pagination.pageCount };
      });
    },

    async getHelpBanner(locale) {
      const path = helpBannerPath(locale, status);
      let body: unknown;
      try {
        body = await requestJson(http, path, [cacheTags.all, cacheTags.helpBanner]);
      } catch (error) {
        // A single type answers 404 until it is published in that locale: no banner.
        if (error instanceof CmsResponseError && error.status === 404) return null;
        throw error;
      }
      return toHelpBanner(parseWith(helpBannerResponse, body, path).data);
    },

    async getTagBySlug(locale, slug) {
      const path = tagBySlugPath(locale, slug);
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

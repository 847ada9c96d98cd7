import type { Article, ArticleSummary, Category, CmsClient, Page } from '@newsroom/cms-client';

/** Test data in the app's domain shape, with overridable fields. */

export const MEDIA = 'http://127.0.0.1:1337';

export function summary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    documentId: 'doc-1',
    locale: 'en',
    title: 'Walking groups return this spring',
    slug: 'walking-groups-return',
    excerpt: 'Weekly walks restart in three neighbourhoods.',
    publishedAt: '2026-03-03T09:30:00.000Z',
    updatedAt: '2026-03-04T10:00:00.000Z',
    readingTimeMinutes: 4,
    cover: {
      url: `${MEDIA}/uploads/walk.jpg`,
      alternativeText: 'People walking in a park',
      width: 1200,
      height: 800,
    },
    category: { documentId: 'cat-1', name: 'Community', slug: 'community' },
    author: { documentId: 'auth-1', name: 'Ana Ruiz', slug: 'ana-ruiz' },
    ...overrides,
  };
}

export function article(overrides: Partial<Article> = {}): Article {
  return {
    ...summary(),
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'The first walk leaves at nine.' }] }],
    seo: null,
    tags: [{ documentId: 'tag-1', locale: 'en', name: 'Wellbeing', slug: 'wellbeing' }],
    translations: [],
    review: null,
    materiallyUpdatedAt: null,
    ...overrides,
  };
}

export function category(overrides: Partial<Category> = {}): Category {
  return {
    documentId: 'cat-1',
    locale: 'en',
    name: 'Community',
    slug: 'community',
    description: 'Local groups and events.',
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return {
    items,
    page: 1,
    pageSize: 10,
    pageCount: items.length > 0 ? 1 : 0,
    total: items.length,
    ...overrides,
  };
}

/** A client whose every method is a jest mock with an empty-but-valid default answer. */
export function fakeClient(overrides: Partial<Record<keyof CmsClient, jest.Mock>> = {}) {
  const client = {
    listArticles: jest.fn(async () => page<ArticleSummary>([])),
    listFullArticles: jest.fn(async () => page<Article>([])),
    getArticleBySlug: jest.fn(async () => null),
    getRelatedArticles: jest.fn(async () => []),
    getAdjacentArticles: jest.fn(async () => ({ previous: null, next: null })),
    listAllArticles: jest.fn(async () => []),
    searchArticles: jest.fn(async () => page<ArticleSummary>([])),
    listCategories: jest.fn(async () => [category()]),
    getCategoryBySlug: jest.fn(async () => null),
    listAuthors: jest.fn(async () => []),
    getAuthorBySlug: jest.fn(async () => null),
    listTags: jest.fn(async () => []),
    getTagBySlug: jest.fn(async () => null),
    getHelpBanner: jest.fn(async () => null),
    listRedirects: jest.fn(async () => []),
    listSitemapMonths: jest.fn(async () => []),
    listSitemapArticles: jest.fn(async () => []),
    listSitemapSections: jest.fn(async () => ({ sections: [], home: [] })),
    ...overrides,
  };
  return client;
}

/** The digest Next gives notFound(): a page that throws it answers 404. */
export const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

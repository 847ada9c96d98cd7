import {
  adjacentArticlePath,
  articleByDocumentIdPath,
  articleIdBySlugPath,
  rankedSearchPath,
  articleIndexPath,
  articleListPath,
  articleSearchPath,
  authorBySlugPath,
  authorListPath,
  categoryBySlugPath,
  categoryListPath,
  helpBannerPath,
  relatedArticlesPath,
  tagBySlugPath,
  tagListPath,
  type ArticleAnchor,
} from '../src/query';
import { toSearchTerms } from '../src/search-terms';

const SUMMARY_FIELDS =
  'fields[0]=title&fields[1]=slug&fields[2]=excerpt&fields[3]=locale&fields[4]=firstPublishedAt&fields[5]=publishedAt&fields[6]=updatedAt&fields[7]=readingTimeMinutes';
const SUMMARY =
  SUMMARY_FIELDS +
  '&populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText&populate[cover][fields][2]=width&populate[cover][fields][3]=height' +
  '&populate[category][fields][0]=name&populate[category][fields][1]=slug' +
  '&populate[author][fields][0]=name&populate[author][fields][1]=slug';
// By first publication: a re-published correction keeps its place.
const NEWEST = 'sort[0]=firstPublishedAt:desc&sort[1]=documentId:desc';

const anchor: ArticleAnchor = {
  documentId: 'doc1',
  locale: 'en',
  publishedAt: '2026-01-02T00:00:00.000Z',
  updatedAt: '2026-01-03T00:00:00.000Z',
  category: { documentId: 'cat1' },
  tags: [{ documentId: 't1' }, { documentId: 't2' }],
};

const cases: Array<[string, string | null, string]> = [
  [
    'first page of a locale',
    articleListPath({ locale: 'en' }, 'published'),
    `/api/articles?${SUMMARY}&locale=en&${NEWEST}&pagination[page]=1&pagination[pageSize]=12`,
  ],
  [
    'a category page in Spanish',
    articleListPath({ locale: 'es', page: 2, pageSize: 10, category: 'services' }, 'published'),
    `/api/articles?${SUMMARY}&filters[category][slug][$eq]=services&locale=es&${NEWEST}&pagination[page]=2&pagination[pageSize]=10`,
  ],
  [
    'a tag and author filter',
    articleListPath({ locale: 'en', tag: 'drop-in', author: 'maya' }, 'published'),
    `/api/articles?${SUMMARY}&filters[tags][slug][$eq]=drop-in&filters[author][slug][$eq]=maya&locale=en&${NEWEST}&pagination[page]=1&pagination[pageSize]=12`,
  ],
  [
    'drafts ordered by last edit (preview)',
    articleListPath({ locale: 'en' }, 'draft'),
    `/api/articles?${SUMMARY}&locale=en&sort[0]=updatedAt:desc&sort[1]=documentId:desc&pagination[page]=1&pagination[pageSize]=12&status=draft`,
  ],
  [
    'an article page (by document)',
    articleByDocumentIdPath('en', 'hello-world', 'published'),
    `/api/articles?${SUMMARY_FIELDS}&fields[8]=body` +
      '&fields[9]=lastReviewedAt&fields[10]=nextReviewDue&fields[11]=materiallyUpdatedAt' +
      '&populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText&populate[cover][fields][2]=width&populate[cover][fields][3]=height' +
      '&populate[category][fields][0]=name&populate[category][fields][1]=slug&populate[author][fields][0]=name&populate[author][fields][1]=slug' +
      '&populate[tags][fields][0]=name&populate[tags][fields][1]=slug&populate[tags][fields][2]=locale' +
      '&populate[reviewedBy][fields][0]=name&populate[reviewedBy][fields][1]=slug&populate[reviewedBy][fields][2]=credentials' +
      '&populate[seo][fields][0]=metaTitle&populate[seo][fields][1]=metaDescription' +
      '&populate[seo][populate][shareImage][fields][0]=url&populate[seo][populate][shareImage][fields][1]=alternativeText' +
      '&populate[seo][populate][shareImage][fields][2]=width&populate[seo][populate][shareImage][fields][3]=height' +
      '&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale&populate[localizations][fields][2]=publishedAt' +
      '&filters[documentId][$eq]=hello-world&locale=en&pagination[page]=1&pagination[pageSize]=1',
  ],
  [
    'the help-now banner',
    helpBannerPath('es', 'published'),
    '/api/help-banner?fields[0]=message&fields[1]=phoneNumber&fields[2]=linkUrl&fields[3]=linkText&fields[4]=locale&locale=es',
  ],
  [
    'related articles',
    relatedArticlesPath(anchor, 3, 'published'),
    `/api/articles?${SUMMARY}&filters[documentId][$ne]=doc1&filters[$or][0][category][documentId][$eq]=cat1` +
      `&filters[$or][1][tags][documentId][$in][0]=t1&filters[$or][1][tags][documentId][$in][1]=t2&locale=en&${NEWEST}&pagination[page]=1&pagination[pageSize]=3`,
  ],
  [
    'the previous (older) article',
    adjacentArticlePath(anchor, 'previous', 'published'),
    `/api/articles?${SUMMARY}&filters[$or][0][firstPublishedAt][$lt]=2026-01-02T00:00:00.000Z` +
      `&filters[$or][1][firstPublishedAt][$eq]=2026-01-02T00:00:00.000Z&filters[$or][1][documentId][$lt]=doc1&locale=en&${NEWEST}&pagination[page]=1&pagination[pageSize]=1`,
  ],
  [
    'the next (newer) article',
    adjacentArticlePath(anchor, 'next', 'published'),
    `/api/articles?${SUMMARY}&filters[$or][0][firstPublishedAt][$gt]=2026-01-02T00:00:00.000Z` +
      '&filters[$or][1][firstPublishedAt][$eq]=2026-01-02T00:00:00.000Z&filters[$or][1][documentId][$gt]=doc1&locale=en' +
      '&sort[0]=firstPublishedAt:asc&sort[1]=documentId:asc&pagination[page]=1&pagination[pageSize]=1',
  ],
  [
    'the previous article in preview, by last edit',
    adjacentArticlePath(anchor, 'previous', 'draft'),
    `/api/articles?${SUMMARY}&filters[$or][0][updatedAt][$lt]=2026-01-03T00:00:00.000Z` +
      '&filters[$or][1][updatedAt][$eq]=2026-01-03T00:00:00.000Z&filters[$or][1][documentId][$lt]=doc1&locale=en' +
      '&sort[0]=updatedAt:desc&sort[1]=documentId:desc&pagination[page]=1&pagination[pageSize]=1&status=draft',
  ],
  [
    'a two-word search',
    articleSearchPath('en', toSearchTerms('  Peer   Support '), 1, 10, 'published'),
    `/api/articles?${SUMMARY}&filters[$and][0][$or][0][title][$containsi]=peer&filters[$and][0][$or][1][excerpt][$containsi]=peer` +
      '&filters[$and][0][$or][2][body][$containsi]=peer&filters[$and][1][$or][0][title][$containsi]=support' +
      `&filters[$and][1][$or][1][excerpt][$containsi]=support&filters[$and][1][$or][2][body][$containsi]=support&locale=en&${NEWEST}&pagination[page]=1&pagination[pageSize]=10`,
  ],
  [
    'a search word that would match the blocks JSON skips the body',
    articleSearchPath('es', toSearchTerms('text'), 1, 10, 'published'),
    `/api/articles?${SUMMARY}&filters[$and][0][$or][0][title][$containsi]=text&filters[$and][0][$or][1][excerpt][$containsi]=text&locale=es&${NEWEST}&pagination[page]=1&pagination[pageSize]=10`,
  ],
  [
    'the sitemap index, one maxLimit page',
    articleIndexPath('es', 3, 'published'),
    `/api/articles?${SUMMARY}&locale=es&${NEWEST}&pagination[page]=3&pagination[pageSize]=100`,
  ],
  [
    'an article page (slug lookup)',
    articleIdBySlugPath('es', 'hola', 'published'),
    '/api/articles?fields[0]=slug&filters[slug][$eq]=hola&locale=es&pagination[page]=1&pagination[pageSize]=1',
  ],
  [
    'a ranked search',
    rankedSearchPath('en', 'Sleep well', 2, 10),
    `/api/search?q=Sleep well&${SUMMARY}&locale=en&pagination[page]=2&pagination[pageSize]=10`,
  ],
  [
    'categories of a locale',
    categoryListPath('es', 1),
    '/api/categories?fields[0]=name&fields[1]=slug&fields[2]=description&fields[3]=locale&locale=es&sort[0]=name:asc&pagination[page]=1&pagination[pageSize]=100',
  ],
  [
    'one category',
    categoryBySlugPath('en', 'services'),
    '/api/categories?fields[0]=name&fields[1]=slug&fields[2]=description&fields[3]=locale&filters[slug][$eq]=services&locale=en&pagination[page]=1&pagination[pageSize]=1',
  ],
  [
    'authors',
    authorListPath(2),
    '/api/authors?fields[0]=name&fields[1]=slug&fields[2]=bio&populate[avatar][fields][0]=url&populate[avatar][fields][1]=alternativeText' +
      '&populate[avatar][fields][2]=width&populate[avatar][fields][3]=height&sort[0]=name:asc&pagination[page]=2&pagination[pageSize]=100',
  ],
  [
    'one author',
    authorBySlugPath('maya-lindqvist'),
    '/api/authors?fields[0]=name&fields[1]=slug&fields[2]=bio&populate[avatar][fields][0]=url&populate[avatar][fields][1]=alternativeText' +
      '&populate[avatar][fields][2]=width&populate[avatar][fields][3]=height&filters[slug][$eq]=maya-lindqvist&pagination[page]=1&pagination[pageSize]=1',
  ],
  [
    'tags',
    tagListPath('es', 1),
    '/api/tags?fields[0]=name&fields[1]=slug&fields[2]=locale&locale=es&sort[0]=name:asc&pagination[page]=1&pagination[pageSize]=100',
  ],
  [
    'one tag',
    tagBySlugPath('es', 'drop-in'),
    '/api/tags?fields[0]=name&fields[1]=slug&fields[2]=locale&filters[slug][$eq]=drop-in&locale=es&pagination[page]=1&pagination[pageSize]=1',
  ],
];

describe('query building', () => {
  it.each(cases)('builds %s', (_label, path, expected) => {
    expect(path).not.toBeNull();
    expect(decodeURIComponent(path!)).toBe(expected);
  });

  it.each(cases)('never asks for populate=* (%s)', (_label, path) => {
    expect(decodeURIComponent(path!)).not.toMatch(/populate(\[[^\]]*\])*=\*|populate=true/);
  });

  it('encodes values but keeps the bracket syntax readable for Strapi', () => {
    const path = articleIdBySlugPath('en', 'a b&c=d', 'published');
    expect(path).toContain('filters[slug][$eq]=a%20b%26c%3Dd');
  });

  it('clamps page and page size to what Strapi will honour', () => {
    expect(
      decodeURIComponent(articleListPath({ locale: 'en', page: 0, pageSize: 500 }, 'published')),
    ).toContain('pagination[page]=1&pagination[pageSize]=100');
    expect(
      decodeURIComponent(articleListPath({ locale: 'en', page: Number.NaN, pageSize: 2.7 }, 'published')),
    ).toContain('pagination[page]=1&pagination[pageSize]=2');
  });

  it('has nothing to ask for when an article has neither category nor tags', () => {
    expect(relatedArticlesPath({ ...anchor, category: null, tags: [] }, 3, 'published')).toBeNull();
  });
});

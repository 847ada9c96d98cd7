import {
  findQueryProblem,
  queryProblemMessage,
  type ModelLookup,
  type SchemaModel,
} from '../src/document-middlewares/query-guard';

/** A schema shaped like ours: articles have drafts, categories do not; both are localized. */
const MODELS: Record<string, SchemaModel> = {
  'api::article.article': {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      readingTimeMinutes: { type: 'integer' },
      category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' },
      cover: { type: 'media' },
      seo: { type: 'component', component: 'shared.seo' },
    },
  },
  'api::category.category': {
    options: { draftAndPublish: false },
    attributes: {
      name: { type: 'string' },
      articles: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' },
    },
  },
  'plugin::upload.file': {
    attributes: { name: { type: 'string' }, related: { type: 'relation', relation: 'morphToMany' } },
  },
  'shared.seo': { attributes: { metaTitle: { type: 'string' } } },
};
const lookup: ModelLookup = (uid) => MODELS[uid];
const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const check = (uid: string, params: unknown, publicCaller = true) =>
  findQueryProblem(lookup, uid, params, { publicCaller });

describe('query guard: relations into drafts', () => {
  it.each<[string, string, unknown, string, string]>([
    ['a filter', CATEGORY, { filters: { articles: { title: { $eq: 'x' } } } }, 'filters', 'articles'],
    ['a bare id', CATEGORY, { filters: { articles: 3 } }, 'filters', 'articles'],
    [
      '$or',
      CATEGORY,
      { filters: { $or: [{ name: 'a' }, { articles: { title: 'x' } }] } },
      'filters',
      'articles',
    ],
    ['$not', CATEGORY, { filters: { $not: { articles: { id: 1 } } } }, 'filters', 'articles'],
    [
      'a nested path',
      ARTICLE,
      { filters: { category: { articles: { title: 'x' } } } },
      'filters',
      'category.articles',
    ],
    ['translations', ARTICLE, { filters: { localizations: { title: 'x' } } }, 'filters', 'localizations'],
    [
      'a dotted key',
      ARTICLE,
      { filters: { 'category.articles': { title: 'x' } } },
      'filters',
      'category.articles',
    ],
    [
      'a polymorphic relation',
      ARTICLE,
      { filters: { cover: { related: { id: 1 } } } },
      'filters',
      'cover.related',
    ],
    ['a string sort', CATEGORY, { sort: 'name:asc,articles.title:desc' }, 'sort', 'articles'],
    [
      'an array sort',
      ARTICLE,
      { sort: ['title', 'category.articles.title:asc'] },
      'sort',
      'category.articles',
    ],
    ['an object sort', CATEGORY, { sort: [{ articles: { title: 'asc' } }] }, 'sort', 'articles'],
    [
      'a populate filter',
      ARTICLE,
      { populate: { category: { filters: { articles: { title: 'x' } } } } },
      'populate.category.filters',
      'articles',
    ],
    [
      'a nested populate sort',
      CATEGORY,
      { populate: { articles: { populate: { category: { sort: 'articles.title' } } } } },
      'populate.articles.category.sort',
      'articles',
    ],
  ])('refuses %s for public callers', (_label, uid, params, parameter, path) => {
    expect(check(uid, params)).toEqual({ kind: 'draft-relation', parameter, path });
    expect(check(uid, params, false)).toBeNull();
  });

  it.each<[string, string, unknown]>([
    ['own fields', ARTICLE, { filters: { title: { $containsi: 'x' } }, sort: 'title:asc' }],
    ['a relation without drafts', ARTICLE, { filters: { category: { name: 'x' } }, sort: 'category.name' }],
    ['a populate of drafts without filters', CATEGORY, { populate: { articles: true } }],
    ['a populate filter on own fields', CATEGORY, { populate: { articles: { filters: { title: 'x' } } } }],
    ['a component', ARTICLE, { filters: { seo: { metaTitle: 'x' } } }],
    ['a prototype key', ARTICLE, { filters: { ['__proto__']: { title: 'x' }, constructor: 1 } }],
  ])('allows %s', (_label, uid, params) => {
    expect(check(uid, params)).toBeNull();
  });
});

describe('query guard: operator values', () => {
  it.each<[string, unknown]>([
    ['$between with one value', { title: { $between: 'a' } }],
    ['$between with three values', { title: { $between: ['a', 'b', 'c'] } }],
    ['an operator object as a value', { title: { $eq: { $eq: 1 } } }],
    ['an array for $eq', { title: { $eq: ['a'] } }],
    ['text for a number', { readingTimeMinutes: { $gt: 'abc' } }],
    ['an exponent for a number', { readingTimeMinutes: { $lt: '1e400' } }],
    ['text in a number list', { id: { $in: ['1', 'x'] } }],
    ['a bad value under $not', { readingTimeMinutes: { $not: { $eq: 'x' } } }],
    ['an object for $null', { title: { $null: { a: 1 } } }],
  ])('refuses %s, for every caller', (_label, filters) => {
    for (const publicCaller of [true, false]) {
      expect(check(ARTICLE, { filters }, publicCaller)).toMatchObject({ kind: 'bad-value' });
    }
  });

  it.each<[string, unknown]>([
    ['a string', { title: 'x' }],
    ['$between with two values', { readingTimeMinutes: { $between: ['1', '5'] } }],
    ['$in with one value', { id: { $in: '3' } }],
    ['a decimal number', { readingTimeMinutes: { $gte: '2.5' } }],
    ['$null', { title: { $null: 'true' } }],
  ])('accepts %s', (_label, filters) => {
    expect(check(ARTICLE, { filters })).toBeNull();
  });

  it('never repeats the value in its message', () => {
    const problem = check(ARTICLE, { filters: { readingTimeMinutes: { $eq: 'secret-word' } } });
    expect(problem && queryProblemMessage(problem)).not.toContain('secret-word');
  });
});

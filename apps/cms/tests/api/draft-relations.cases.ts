import fc from 'fast-check';
import { DRAFT_MARKER } from '../helpers/fixtures';
import { api } from '../helpers/strapi';
import { suite } from './context';

/**
 * No public answer may depend on draft content, including through relation filters, sorts and
 * populate filters (the joins behind them reach draft rows). The property: for any generated query
 * shape, asking with a word that exists only in a draft gives exactly the same bytes as asking with a
 * word that exists nowhere.
 */

/** Text that exists only in draft rows of the fixtures (never in a published row). */
const DRAFT_WORDS = [
  'embargoed-report',
  'se-buscan-voluntarios',
  DRAFT_MARKER,
  'Embargoed',
  'Volunteers wanted UNPUBLISHED',
  'Borrador',
];
const NOWHERE_WORD = 'qzx-nowhere-word';

type Node = 'article' | 'category' | 'author' | 'tag' | 'file';

/** The public relation graph and each type's text fields. */
const GRAPH: Record<Node, { relations: Array<[string, Node]>; text: string[] }> = {
  article: {
    relations: [
      ['category', 'category'],
      ['author', 'author'],
      ['tags', 'tag'],
      ['localizations', 'article'],
      ['cover', 'file'],
    ],
    text: ['title', 'slug', 'excerpt'],
  },
  category: {
    relations: [
      ['articles', 'article'],
      ['localizations', 'category'],
    ],
    text: ['name', 'slug', 'description'],
  },
  author: {
    relations: [
      ['articles', 'article'],
      ['avatar', 'file'],
    ],
    text: ['name', 'slug', 'bio'],
  },
  tag: { relations: [['articles', 'article']], text: ['name', 'slug'] },
  file: { relations: [], text: ['name', 'alternativeText'] },
};
const ROOTS: Array<[string, Node]> = [
  ['articles', 'article'],
  ['categories', 'category'],
  ['authors', 'author'],
  ['tags', 'tag'],
];
const OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$contains',
  '$containsi',
  '$notContains',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$in',
  '$notIn',
] as const;
// Not $lt/$gt…: an ordering compares the word with published values, so two absent words can differ.

type Filter = Record<string, unknown>;
type Shape = (word: string) => Filter;

/** A path from `from` through 0–3 relations to a text field, with an operator comparing it to the word. */
function condition(from: Node): fc.Arbitrary<Shape> {
  const leaf = fc
    .tuple(fc.constantFrom(...GRAPH[from].text), fc.constantFrom(...OPERATORS))
    .map(([field, operator]): Shape => (word) => ({
      [field]: { [operator]: operator.endsWith('In') || operator === '$in' ? [word] : word },
    }));
  const relations = GRAPH[from].relations;
  if (relations.length === 0) return leaf;
  const hop: fc.Arbitrary<Shape> = fc
    .constantFrom(...relations)
    .chain(([name, target]) => condition(target).map((inner): Shape => (word) => ({ [name]: inner(word) })));
  return fc.oneof({ weight: 1, arbitrary: leaf }, { weight: 2, arbitrary: hop });
}

/** Wraps a condition in $and / $or / $not (arrays and objects), sometimes next to a harmless sibling. */
function wrapped(from: Node): fc.Arbitrary<Shape> {
  return fc
    .tuple(condition(from), fc.array(fc.constantFrom('$and', '$or', '$not', 'sibling'), { maxLength: 3 }))
    .map(
      ([inner, wrappers]): Shape =>
        (word) =>
          wrappers.reduce<Filter>((filter, wrapper) => {
            if (wrapper === '$not') return { $not: filter };
            if (wrapper === 'sibling') return { ...filter, documentId: { $notNull: true } };
            return { [wrapper]: [filter, { documentId: { $null: true } }] };
          }, inner(word)),
    );
}

interface Query {
  root: string;
  build: (word: string) => Record<string, unknown>;
}

const query: fc.Arbitrary<Query> = fc
  .tuple(fc.constantFrom(...ROOTS), fc.constantFrom('en', 'es'), fc.boolean())
  .chain(([[root, node], locale, throughPopulate]) => {
    const populated = GRAPH[node].relations.filter(([name]) => name !== 'cover' && name !== 'avatar');
    if (throughPopulate && populated.length > 0) {
      return fc.constantFrom(...populated).chain(([relation, target]) =>
        wrapped(target).map((shape): Query => ({
          root,
          build: (word) => ({ locale, populate: { [relation]: { filters: shape(word) } } }),
        })),
      );
    }
    return wrapped(node).map((shape): Query => ({
      root,
      build: (word) => ({ locale, filters: shape(word) }),
    }));
  });

/** Strapi's bracket notation: {filters: {a: {$eq: ['x']}}} → "filters[a][$eq][0]=x". */
function toQueryString(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => toQueryString(item, `${prefix}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      toQueryString(child, prefix ? `${prefix}[${key}]` : key),
    );
  }
  return [`${prefix}=${encodeURIComponent(String(value))}`];
}
const urlOf = (root: string, params: Record<string, unknown>) =>
  `/api/${root}?${toQueryString(params).join('&')}`;

/** Counterexamples print as the query they send, with WORD where the word goes. */
const printable = (q: Query): Query =>
  Object.assign(q, {
    [fc.toStringMethod]: () => urlOf(q.root, q.build('WORD')),
  });

describe('no public answer depends on draft content', () => {
  it('gives the same bytes for a draft-only word as for a word that exists nowhere (fast-check)', async () => {
    const seen = { refused: 0, answered: 0 };
    await fc.assert(
      fc.asyncProperty(
        query.map(printable),
        fc.constantFrom(...DRAFT_WORDS),
        async ({ root, build }, draftWord) => {
          const [draft, nowhere] = await Promise.all([
            api().get(urlOf(root, build(draftWord))),
            api().get(urlOf(root, build(NOWHERE_WORD))),
          ]);
          expect(draft.status).toBeLessThan(500);
          expect(draft.status).toBe(nowhere.status);
          expect(draft.text).toBe(nowhere.text);
          seen[draft.status === 400 ? 'refused' : 'answered'] += 1;
        },
      ),
      {
        numRuns: Number(process.env.FC_RUNS ?? 150),
        seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31),
      },
    );
    console.log(`draft property: ${seen.answered} shapes answered, ${seen.refused} refused`);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.answered).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    ['categories by their articles', '/api/categories?filters[articles][title][$containsi]=x'],
    ['authors by their articles', '/api/authors?filters[articles][slug][$eq]=x'],
    ['tags by their articles', '/api/tags?filters[articles][excerpt][$contains]=x'],
    ['a relation given as a bare id', '/api/categories?filters[articles][$eq]=1'],
    ['a relation with $null', '/api/categories?filters[articles][id][$null]=true'],
    ['article → category → articles', '/api/articles?filters[category][articles][title][$containsi]=x'],
    ['article → tags → articles', '/api/articles?filters[tags][articles][slug][$startsWith]=e'],
    ['draft translations', '/api/articles?filters[localizations][title][$containsi]=x'],
    ['draft translations by slug', '/api/articles?filters[localizations][slug][$eq]=x'],
    ['inside $or', '/api/categories?filters[$or][0][articles][title][$containsi]=x'],
    ['inside $and', '/api/tags?filters[$and][0][articles][title][$containsi]=x'],
    ['inside $not', '/api/authors?filters[$not][articles][title][$containsi]=x'],
    ['a deep $not/$or', '/api/categories?filters[$not][$or][0][$and][0][articles][slug][$eq]=x'],
    ['a logical operator under the relation', '/api/categories?filters[articles][$or][0][title][$eq]=x'],
    ['a sort through articles', '/api/categories?sort=articles.title:asc'],
    ['a sort as an array', '/api/authors?sort[0]=articles.slug:desc'],
    ['a sort as an object', '/api/tags?sort[articles][title]=asc'],
    ['a sort as an array of objects', '/api/categories?sort[0][articles][title]=asc'],
    ['a sort among others', '/api/categories?sort=name:asc,articles.title:desc'],
    ['a sort through translations', '/api/articles?sort=localizations.title:asc'],
    ['a sort article → author → articles', '/api/articles?sort=author.articles.title:asc'],
    [
      'a populate filter through a relation',
      '/api/categories?populate[articles][filters][localizations][title][$containsi]=x',
    ],
    [
      'a populate filter article → category → articles',
      '/api/articles?populate[category][filters][articles][title][$containsi]=x',
    ],
    ['a populate sort through a relation', '/api/articles?populate[author][sort]=articles.title:asc'],
    [
      'a nested populate filter',
      '/api/articles?populate[tags][populate][articles][filters][category][articles][slug][$eq]=x',
    ],
    [
      'one document by id',
      () => `/api/categories/${suite.fixtures.category.documentId}?filters[articles][title][$containsi]=x`,
    ],
  ])('refuses a public filter or sort on %s with a 400 that names the path', async (_label, url) => {
    const res = await api().get(typeof url === 'function' ? url() : url);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error.message).toMatch(/reaches a content type with drafts/);
  });

  it.each([
    ['articles by category', '/api/articles?filters[category][slug][$eq]=recovery'],
    ['articles by tag', '/api/articles?filters[tags][slug][$eq]=peer-support'],
    ['articles by author avatar name', '/api/articles?filters[author][avatar][name][$containsi]=x'],
    ['articles by a populated category', '/api/articles?populate[category][filters][slug][$eq]=recovery'],
    ['categories by translation', '/api/categories?filters[localizations][name][$containsi]=recu'],
    [
      'populated articles filtered by their own title',
      '/api/categories?populate[articles][filters][title][$containsi]=a',
    ],
    ['articles sorted by category name', '/api/articles?sort=category.name:asc'],
  ])('still answers %s (paths that never reach a draft)', async (_label, url) => {
    const res = await api().get(url);
    expect(res.status).toBe(200);
  });

  it('lets the preview token filter through articles (it may read drafts anyway)', async () => {
    const res = await api()
      .get('/api/categories?filters[articles][slug][$eq]=embargoed-report&status=draft')
      .set('Authorization', `Bearer ${suite.previewToken}`)
      .expect(200);
    expect(res.body.data).toHaveLength(1);
  });
});

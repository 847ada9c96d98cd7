import type { Core } from '@strapi/strapi';
import { backfillFirstPublishedAt } from '../src/database/first-published-at';
import { createMissingQueryIndexes, OBSOLETE_INDEXES, QUERY_INDEXES } from '../src/database/query-indexes';
import { dialectOf, rowsOf, type KnexLike } from '../src/database/sql';
import { ensureSearchIndex } from '../src/search/search-index';
import { createFixtures, paragraph } from './helpers/fixtures';
import { api, startStrapi, stopStrapi, strapiInstance } from './helpers/strapi';

/**
 * The scale work on a real Strapi (SQLite here, PostgreSQL with `pnpm test:postgres`): the index
 * migration, the start-up back-fill of firstPublishedAt, the full-text index kept in sync by the
 * document service, ranked search and the sitemap slices.
 */

const ARTICLE = 'api::article.article';
let coverId: number;
let categoryId: string;

const knex = () => strapiInstance().db.connection as unknown as KnexLike;
const articles = () => strapiInstance().documents(ARTICLE);

beforeAll(async () => {
  const strapi = await startStrapi();
  const fixtures = await createFixtures(strapi);
  coverId = fixtures.coverId;
  categoryId = fixtures.category.documentId;
}, 120_000);

afterAll(stopStrapi);

interface Draft {
  title: string;
  excerpt?: string;
  body?: string;
  locale?: string;
  documentId?: string;
}

let counter = 0;
async function publish(article: Draft): Promise<string> {
  counter += 1;
  const locale = article.locale ?? 'en';
  const data = {
    title: article.title,
    slug: `scale-${counter}`,
    excerpt: article.excerpt ?? 'A short summary.',
    body: paragraph(article.body ?? 'Nothing to see.'),
  };
  const draft = article.documentId
    ? await articles().update({ documentId: article.documentId, locale, data })
    : await articles().create({ locale, data: { ...data, cover: coverId, category: categoryId } });
  await articles().publish({ documentId: draft!.documentId, locale });
  return draft!.documentId;
}

async function search(q: string, extra: Record<string, unknown> = {}) {
  const started = Date.now();
  const res = await api()
    .get('/api/search')
    .query({ q, 'fields[0]': 'title', ...extra })
    .expect(200);
  console.log(`search "${q}": ${Date.now() - started} ms`);
  return res.body as {
    data: Array<{ documentId: string; title: string }>;
    meta: { pagination: { total: number; page: number; pageSize: number; pageCount: number } };
  };
}
const titles = async (q: string, extra: Record<string, unknown> = {}) =>
  (await search(q, extra)).data.map((entry) => entry.title);

describe('database indexes', () => {
  const indexNames = async () =>
    dialectOf(knex()) === 'sqlite'
      ? rowsOf<{ name: string }>(await knex().raw(`SELECT name FROM sqlite_master WHERE type = 'index'`)).map(
          (row) => row.name,
        )
      : rowsOf<{ indexname: string }>(
          await knex().raw(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`),
        ).map((row) => row.indexname);

  it('creates every index of the migration on a fresh database', async () => {
    const names = await indexNames();
    for (const index of QUERY_INDEXES) expect(names).toContain(index.name);
    for (const name of OBSOLETE_INDEXES) expect(names).not.toContain(name);
  });

  it('drops the index the listing indexes replace, and is idempotent', async () => {
    await knex().raw(`CREATE INDEX articles_published_at_idx ON articles (published_at)`);
    expect(await createMissingQueryIndexes(knex())).toEqual([]);
    expect(await indexNames()).not.toContain('articles_published_at_idx');
  });
});

describe('firstPublishedAt back-fill at start-up', () => {
  it("replaces Strapi's whole-table migration with our set-based one", () => {
    const hook = strapiInstance().hook('strapi::content-types.afterSync') as unknown as {
      getHandlers(): Array<(...args: unknown[]) => unknown>;
    };
    const sources = hook.getHandlers().map((handler) => Function.prototype.toString.call(handler));
    // The core handler (which calls the first-published-at migration) is wrapped, not registered as is.
    expect(sources.some((source) => /firstPublishedAt\.enable/.test(source))).toBe(false);
  });

  it('stamps published documents that lack the date, and only those', async () => {
    const strapi: Core.Strapi = strapiInstance();
    const stamped = await publish({ title: 'Back-fill candidate' });
    const draftOnly = await articles().create({
      locale: 'en',
      data: {
        title: 'Never published',
        slug: 'never-published-bf',
        excerpt: 'x',
        body: paragraph('x'),
        cover: coverId,
      },
    });
    await knex().raw(`UPDATE articles SET first_published_at = NULL WHERE document_id IN (?, ?)`, [
      stamped,
      draftOnly.documentId,
    ]);

    const filled = await backfillFirstPublishedAt(strapi, strapi.contentTypes as never);
    expect(filled).toBeGreaterThanOrEqual(2);
    const rows = rowsOf<{ document_id: string; published_at: unknown; first_published_at: unknown }>(
      await knex().raw(
        `SELECT document_id, published_at, first_published_at FROM articles WHERE document_id IN (?, ?)`,
        [stamped, draftOnly.documentId],
      ),
    );
    const published = rows.find((row) => row.document_id === stamped && row.published_at !== null)!;
    for (const row of rows.filter((r) => r.document_id === stamped)) {
      expect(new Date(row.first_published_at as string).getTime()).toBe(
        new Date(published.published_at as string).getTime(),
      );
    }
    expect(
      rows.filter((r) => r.document_id === draftOnly.documentId).map((r) => r.first_published_at),
    ).toEqual([null]);
    // Idempotent: nothing left to do.
    expect(await backfillFirstPublishedAt(strapi, strapi.contentTypes as never)).toBe(0);
  });
});

describe('full-text index kept in sync by the document service', () => {
  it('finds a published article by a word of its title, excerpt or body', async () => {
    await publish({
      title: 'Harbourmaster retires',
      excerpt: 'Quayside farewell.',
      body: 'The lighthousekeeper waved.',
    });
    expect(await titles('harbourmaster')).toEqual(['Harbourmaster retires']);
    expect(await titles('quayside')).toEqual(['Harbourmaster retires']);
    expect(await titles('lighthousekeeper')).toEqual(['Harbourmaster retires']);
  });

  it('follows update + publish, unpublish, publish again and delete', async () => {
    const id = await publish({ title: 'Zebracrossing survey' });
    expect(await titles('zebracrossing')).toEqual(['Zebracrossing survey']);

    // A draft edit is not public: the index keeps the published text.
    await articles().update({ documentId: id, locale: 'en', data: { title: 'Pelicancrossing survey' } });
    expect(await titles('pelicancrossing')).toEqual([]);
    expect(await titles('zebracrossing')).toEqual(['Zebracrossing survey']);

    await articles().publish({ documentId: id, locale: 'en' });
    expect(await titles('pelicancrossing')).toEqual(['Pelicancrossing survey']);
    expect(await titles('zebracrossing')).toEqual([]);

    await articles().unpublish({ documentId: id, locale: 'en' });
    expect(await titles('pelicancrossing')).toEqual([]);

    await articles().publish({ documentId: id, locale: 'en' });
    expect(await titles('pelicancrossing')).toEqual(['Pelicancrossing survey']);

    await articles().delete({ documentId: id, locale: '*' });
    expect(await titles('pelicancrossing')).toEqual([]);
  });

  it('keeps locales apart', async () => {
    const id = await publish({ title: 'Gardening club', body: 'Allotment news.' });
    await publish({
      documentId: id,
      locale: 'es',
      title: 'Club de jardinería',
      body: 'Noticias del huerto.',
    });
    expect(await titles('huerto', { locale: 'es' })).toEqual(['Club de jardinería']);
    expect(await titles('huerto', { locale: 'en' })).toEqual([]);
    expect(await titles('allotment')).toEqual(['Gardening club']);
    // Diacritics are folded on SQLite; PostgreSQL's simple parser keeps them, so search as written.
    expect(await titles('jardinería', { locale: 'es' })).toEqual(['Club de jardinería']);
  });

  it('never indexes drafts', async () => {
    await articles().create({
      locale: 'en',
      data: {
        title: 'Secret quokka plan',
        slug: 'quokka',
        excerpt: 'quokka',
        body: paragraph('quokka'),
        cover: coverId,
      },
    });
    expect((await search('quokka')).meta.pagination.total).toBe(0);
  });

  it('rebuilds a missing or incomplete index from the published rows', async () => {
    await publish({ title: 'Wombat census' });
    const table = dialectOf(knex()) === 'sqlite' ? 'article_search_fts' : 'article_search';
    await knex().raw(`DROP TABLE ${table}`);
    expect(await ensureSearchIndex(knex())).toBe('created');
    expect(await titles('wombat')).toEqual(['Wombat census']);
    expect(await ensureSearchIndex(knex())).toBe('current');
  });
});

describe('ranked search', () => {
  beforeAll(async () => {
    // Oldest first, so recency alone would put them in the reverse order of relevance.
    await publish({ title: 'Notes from the allotment', body: 'We talked about marmalade recipes.' });
    await publish({ title: 'Winter market', excerpt: 'Jars of marmalade and bread.' });
    await publish({ title: 'Marmalade competition results' });
    await publish({ title: 'Marmaladeless breakfast', body: 'A fragment only.' });
    await publish({ title: 'Orange harvest', body: 'The marmalade jam stall and the jam marmalade swap.' });
    await publish({ title: 'Cooking class', body: 'Jam then marmalade, side by side.' });
  });

  it('puts title above excerpt above body, whole words above fragments', async () => {
    expect(await titles('marmalade')).toEqual([
      'Marmalade competition results',
      'Winter market',
      'Cooking class',
      'Orange harvest',
      'Notes from the allotment',
      'Marmaladeless breakfast',
    ]);
  });

  it('puts the words as a phrase above the same words apart, then the newest', async () => {
    expect(await titles('jam marmalade')).toEqual(['Orange harvest', 'Cooking class']);
    expect(await titles('marmalade jam')).toEqual(['Orange harvest', 'Cooking class']);
  });

  it('pages with totals like the article list', async () => {
    const page2 = await search('marmalade', { 'pagination[page]': '2', 'pagination[pageSize]': '4' });
    expect(page2.meta.pagination).toEqual({ page: 2, pageSize: 4, pageCount: 2, total: 6 });
    expect(page2.data.map((entry) => entry.title)).toEqual([
      'Notes from the allotment',
      'Marmaladeless breakfast',
    ]);
  });

  it('answers in the same shape as /api/articles, with fields and populate', async () => {
    const res = await api()
      .get('/api/search')
      .query({ q: 'marmalade competition', 'fields[0]': 'slug', 'populate[category][fields][0]': 'slug' })
      .expect(200);
    expect(res.body.data[0]).toEqual({
      id: expect.any(Number),
      documentId: expect.any(String),
      slug: expect.any(String),
      category: { id: expect.any(Number), documentId: categoryId, slug: 'recovery' },
    });
  });

  it.each([
    ['no q', {}],
    ['an empty q', { q: '' }],
    ['a blank q', { q: '   ' }],
    ['a q of punctuation only', { q: '"*()-' }],
    ['a q over 100 characters', { q: 'a'.repeat(101) }],
    ['q given twice', { q: ['one', 'two'] }],
    ['an unknown locale', { q: 'jam', locale: 'fr' }],
    ['page 0', { q: 'jam', 'pagination[page]': '0' }],
    ['a page that is not a number', { q: 'jam', 'pagination[page]': 'two' }],
    ['a page size over 100', { q: 'jam', 'pagination[pageSize]': '101' }],
    ['an unknown pagination key', { q: 'jam', 'pagination[start]': '5' }],
    ['an unknown parameter', { q: 'jam', sort: 'title:asc' }],
    ['a private field', { q: 'jam', 'fields[0]': 'createdBy' }],
    ['an unknown field', { q: 'jam', 'fields[0]': 'nope' }],
  ])('rejects %s with 400', async (_label, query) => {
    const res = await api().get('/api/search').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toEqual(expect.any(String));
  });

  it.each([
    ['FTS5 syntax', 'marmalade OR NOT "jam'],
    ['SQL', "marmalade'; DROP TABLE articles; --"],
    ['a prefix star', 'marm*'],
  ])('treats %s as plain words', async (_label, q) => {
    const res = await api().get('/api/search').query({ q });
    expect(res.status).toBe(200);
  });
});

describe('sitemap slices', () => {
  it('counts published articles per locale and month, and lists a month with translations', async () => {
    const months = (await api().get('/api/sitemap/months').expect(200)).body.data as Array<{
      locale: string;
      month: string;
      count: number;
    }>;
    const total = rowsOf<{ n: number | string }>(
      await knex().raw(`SELECT count(*) AS n FROM articles WHERE published_at IS NOT NULL`),
    )[0]!.n;
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(Number(total));

    const en = months.find((m) => m.locale === 'en')!;
    const listed = (
      await api().get('/api/sitemap/articles').query({ locale: 'en', month: en.month }).expect(200)
    ).body.data as Array<{ slug: string; localizations: Array<{ locale: string; slug: string }> }>;
    expect(listed.length).toBe(en.count);
    const translated = listed.find((entry) => entry.slug === 'drop-in-centre-opens')!;
    expect(translated.localizations).toEqual([{ locale: 'es', slug: 'abre-centro-de-dia' }]);
    expect(listed.map((entry) => entry.slug)).not.toContain('embargoed-report');
  });

  it('lists sections that have published articles', async () => {
    const { sections, home } = (await api().get('/api/sitemap/sections').expect(200)).body.data;
    expect(sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'category', slug: 'recovery', locale: 'en' }),
        expect.objectContaining({ kind: 'tag', slug: 'peer-support', locale: 'es' }),
        expect.objectContaining({ kind: 'author', slug: 'ana-ruiz', locale: 'en' }),
      ]),
    );
    expect(home.map((h: { locale: string }) => h.locale)).toEqual(['en', 'es']);
  });

  it.each([
    ['/api/sitemap/articles', {}],
    ['/api/sitemap/articles', { locale: 'en' }],
    ['/api/sitemap/articles', { locale: 'fr', month: '2026-01' }],
    ['/api/sitemap/articles', { locale: 'en', month: '2026-13' }],
    ['/api/sitemap/articles', { locale: 'en', month: '2026-1' }],
    ['/api/sitemap/articles', { locale: 'en', month: '2026-01', page: '0' }],
    ['/api/sitemap/articles', { locale: 'en', month: '2026-01', page: '1e3' }],
    ['/api/sitemap/articles', { locale: 'en', month: '2026-01', extra: '1' }],
    ['/api/sitemap/months', { locale: 'en' }],
    ['/api/sitemap/sections', { page: '1' }],
  ])('GET %s with %j is a 400', async (path, query) => {
    expect((await api().get(path).query(query)).status).toBe(400);
  });
});

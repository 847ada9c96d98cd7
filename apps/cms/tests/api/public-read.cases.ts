import { api } from '../helpers/strapi';
import { suite } from './context';

interface Item {
  documentId: string;
  locale?: string;
  title?: string;
  slug?: string;
  name?: string;
  [key: string]: unknown;
}
interface ListBody {
  data: Item[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

describe('public read API', () => {
  it('lists published articles of the default locale with pagination meta', async () => {
    const res = await api().get('/api/articles').expect(200);
    const body = res.body as ListBody;
    expect(body.data.map((item) => item.slug).sort()).toEqual(['drop-in-centre-opens', 'volunteers-wanted']);
    expect(body.data.every((item) => item.locale === 'en')).toBe(true);
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
  });

  it('pages through the list', async () => {
    const query = { 'pagination[pageSize]': 1, 'pagination[page]': 2, sort: 'slug:asc' };
    const body = (await api().get('/api/articles').query(query).expect(200)).body as ListBody;
    expect(body.data.map((item) => item.slug)).toEqual(['volunteers-wanted']);
    expect(body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
  });

  it.each([
    ['en', 'drop-in-centre-opens', 'A new drop-in centre opens'],
    ['es', 'abre-centro-de-dia', 'Abre un nuevo centro de día'],
  ])('finds an article by its %s slug', async (locale, slug, title) => {
    const res = await api().get('/api/articles').query({ locale, 'filters[slug][$eq]': slug }).expect(200);
    const [article, ...rest] = (res.body as ListBody).data;
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({ title, slug, locale, documentId: suite.fixtures.published.documentId });
  });

  it('serves the Spanish translation under the same documentId', async () => {
    const { documentId } = suite.fixtures.published;
    const en = (await api().get(`/api/articles/${documentId}`).expect(200)).body.data as Item;
    const es = (await api().get(`/api/articles/${documentId}`).query({ locale: 'es' }).expect(200)).body
      .data as Item;
    expect(en).toMatchObject({ documentId, locale: 'en', slug: 'drop-in-centre-opens' });
    expect(es).toMatchObject({ documentId, locale: 'es', slug: 'abre-centro-de-dia' });
  });

  it('does not find a slug in the wrong locale', async () => {
    const res = await api()
      .get('/api/articles')
      .query({ locale: 'es', 'filters[slug][$eq]': 'drop-in-centre-opens' });
    expect(res.status).toBe(200);
    expect((res.body as ListBody).data).toEqual([]);
  });

  it('populates relations only when asked', async () => {
    const plain = (
      await api().get('/api/articles').query({ 'filters[slug][$eq]': 'drop-in-centre-opens' }).expect(200)
    ).body as ListBody;
    for (const relation of ['category', 'author', 'tags', 'cover', 'seo', 'localizations']) {
      expect(plain.data[0]).not.toHaveProperty(relation);
    }

    const populated = (
      await api()
        .get('/api/articles')
        .query({
          'filters[slug][$eq]': 'drop-in-centre-opens',
          'populate[category][fields][0]': 'slug',
          'populate[author][fields][0]': 'name',
          'populate[tags][fields][0]': 'slug',
          'populate[cover][fields][0]': 'url',
        })
        .expect(200)
    ).body as ListBody;
    expect(populated.data[0]).toMatchObject({
      category: { slug: 'recovery' },
      author: { name: 'Ana Ruiz' },
      tags: [{ slug: 'peer-support' }],
      cover: { url: '/uploads/harbour_test.jpg' },
    });
    expect(populated.data[0]).not.toHaveProperty('seo');
  });

  it('gives a category its name in each locale and keeps the slug', async () => {
    const en = (await api().get('/api/categories').query({ locale: 'en' }).expect(200)).body as ListBody;
    const es = (await api().get('/api/categories').query({ locale: 'es' }).expect(200)).body as ListBody;
    expect(en.data).toEqual([expect.objectContaining({ name: 'Recovery', slug: 'recovery' })]);
    expect(es.data).toEqual([expect.objectContaining({ name: 'Recuperación', slug: 'recovery' })]);
  });

  it('serves authors, which are not translated', async () => {
    const authors = (await api().get('/api/authors').expect(200)).body as ListBody;
    expect(authors.data).toEqual([expect.objectContaining({ slug: 'ana-ruiz', name: 'Ana Ruiz' })]);
  });

  it('serves tags per locale: translated names, one shared slug and document', async () => {
    const en = (await api().get('/api/tags').query({ locale: 'en' }).expect(200)).body as ListBody;
    const es = (await api().get('/api/tags').query({ locale: 'es' }).expect(200)).body as ListBody;
    const byDefault = (await api().get('/api/tags').expect(200)).body as ListBody;
    const documentId = suite.fixtures.tag.documentId;
    expect(en.data).toEqual([
      expect.objectContaining({ documentId, name: 'Peer support', slug: 'peer-support' }),
    ]);
    expect(es.data).toEqual([
      expect.objectContaining({ documentId, name: 'Apoyo entre iguales', slug: 'peer-support' }),
    ]);
    expect(byDefault.data).toEqual(en.data);
  });

  it("populates a Spanish article's tags in Spanish and an English article's in English", async () => {
    for (const [locale, name] of [
      ['es', 'Apoyo entre iguales'],
      ['en', 'Peer support'],
    ] as const) {
      const res = await api()
        .get(`/api/articles/${suite.fixtures.published.documentId}`)
        .query({
          locale,
          'populate[tags][fields][0]': 'name',
          'populate[tags][fields][1]': 'slug',
          'populate[tags][fields][2]': 'locale',
        })
        .expect(200);
      expect(res.body.data.tags).toEqual([expect.objectContaining({ name, slug: 'peer-support', locale })]);
    }
  });

  it('answers 404 for an unknown document', async () => {
    await api().get('/api/articles/no-such-document').expect(404);
  });
});

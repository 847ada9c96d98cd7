import { isPlaceholderSlug, slugify } from '../../src/document-middlewares/slugs';
import { paragraph } from '../helpers/fixtures';
import { adminLogin, CM, fullAccessToken } from '../helpers/admin-session';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const ARTICLE = 'api::article.article';

describe('slugs write themselves', () => {
  it.each([
    ['Hello world', 'hello-world'],
    ['¿Qué es la recuperación?', 'que-es-la-recuperacion'],
    ['  Sleep & anxiety: 5 tips  ', 'sleep-and-anxiety-5-tips'],
    ['Ñandú', 'nandu'],
  ])('slugify(%j) → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['article', 'article', true],
    ['article-12', 'article', true],
    ['articles-on-sleep', 'article', false],
    ['tag', 'tag', true],
  ])('%s is the placeholder of %s: %s', (slug, model, expected) => {
    expect(isPlaceholderSlug(slug, model)).toBe(expected);
  });

  it('fills a missing slug, or the admin placeholder, from the title; numbers a taken one', async () => {
    const articles = strapiInstance().documents(ARTICLE);
    const base = { excerpt: 'x', body: paragraph('Body.'), cover: suite.fixtures.coverId };
    const a = await articles.create({ locale: 'en', data: { ...base, title: 'Walking helps' } as never });
    const b = await articles.create({
      locale: 'en',
      data: { ...base, title: 'Walking helps', slug: 'article' },
    });
    const c = await articles.create({
      locale: 'en',
      data: { ...base, title: 'Walking helps', slug: 'article-3' },
    });
    expect([a.slug, b.slug, c.slug]).toEqual(['walking-helps', 'walking-helps-2', 'walking-helps-3']);
    // Slugs are per language: the same words in Spanish are free.
    const es = await articles.update({
      documentId: a.documentId,
      locale: 'es',
      data: { ...base, title: 'Walking helps', slug: 'article' },
    });
    expect(es?.slug).toBe('walking-helps');
    for (const doc of [a, b, c]) await articles.delete({ documentId: doc.documentId });
  });

  it('through the REST API: a POST without a slug gets one from the title', async () => {
    const token = await fullAccessToken();
    const res = await api()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'Night walks and sleep',
          excerpt: 'x',
          body: paragraph('Body.'),
          cover: suite.fixtures.coverId,
        },
      });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('night-walks-and-sleep');
    const tag = await api()
      .post('/api/tags')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Night owls' } });
    expect(tag.status).toBe(201);
    expect(tag.body.data.slug).toBe('night-owls');
  });

  it('in the admin: a tag or category created from inside an article keeps no "tag"/"category" slug', async () => {
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const tag = await api()
      .post(`${CM}/api::tag.tag`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ name: 'Relapse prevention', slug: 'tag' });
    expect(tag.status).toBe(201);
    expect(tag.body.data.slug).toBe('relapse-prevention');
    const category = await api()
      .post(`${CM}/api::category.category?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ name: 'Family support', slug: 'category-1' });
    expect(category.status).toBe(201);
    expect(category.body.data.slug).toBe('family-support');
    const article = await api()
      .post(`${CM}/${ARTICLE}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title: 'Asking for help at work', slug: 'article', excerpt: 'x', body: paragraph('Body.') });
    expect(article.status).toBe(201);
    expect(article.body.data.slug).toBe('asking-for-help-at-work');
  });

  it('never rewrites the address of a published article', async () => {
    const articles = strapiInstance().documents(ARTICLE);
    const updated = await articles.update({
      documentId: suite.fixtures.published.documentId,
      locale: 'en',
      data: { slug: suite.fixtures.published.slugEn },
    });
    expect(updated?.slug).toBe(suite.fixtures.published.slugEn);
  });
});

describe('a taken slug is refused on save, in plain words', () => {
  const count = (
    uid: 'api::article.article' | 'api::tag.tag' | 'api::category.category' | 'api::author.author',
  ) => strapiInstance().db.query(uid).count();

  it.each([
    [
      'an English article',
      ARTICLE,
      'en',
      () => ({ title: 'Copy', slug: suite.fixtures.published.slugEn }),
      /another article in English/,
    ],
    [
      'a Spanish article',
      ARTICLE,
      'es',
      () => ({ title: 'Copia', slug: suite.fixtures.published.slugEs }),
      /another article in Spanish/,
    ],
    // A draft: Strapi itself checks uniqueness only at publish.
    [
      'a draft article',
      ARTICLE,
      'en',
      () => ({ title: 'Copy', slug: suite.fixtures.draftOnly.slug }),
      /already used/,
    ],
    [
      'a category',
      'api::category.category',
      'en',
      () => ({ name: 'Copy', slug: suite.fixtures.category.slug }),
      /another category/,
    ],
    ['a tag', 'api::tag.tag', 'en', () => ({ name: 'Copy', slug: suite.fixtures.tag.slug }), /another tag/],
    [
      'an author',
      'api::author.author',
      'en',
      () => ({ name: 'Copy', slug: suite.fixtures.author.slug }),
      /another author/,
    ],
  ] as const)(
    'creating %s with a slug in use → 400, nothing created',
    async (_label, uid, locale, data, message) => {
      const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
      const before = await count(uid);
      const res = await api()
        .post(`${CM}/${uid}?locale=${locale}`)
        .set('Authorization', `Bearer ${jwt}`)
        .send({ ...data(), excerpt: 'x', body: paragraph('Body.') });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.details.errors[0].path).toEqual(['slug']);
      expect(await count(uid)).toBe(before);
    },
  );

  it('renaming an article to a slug in use → 400 through the REST API, nothing changed', async () => {
    const token = await fullAccessToken();
    const { documentId } = suite.fixtures.edited;
    const before = await strapiInstance()
      .db.query(ARTICLE)
      .findMany({ where: { documentId }, select: ['slug'] });
    const res = await api()
      .put(`/api/articles/${documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { slug: suite.fixtures.published.slugEn } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /already used by another article in English \("A new drop-in centre opens"\)/,
    );
    expect(
      await strapiInstance()
        .db.query(ARTICLE)
        .findMany({ where: { documentId }, select: ['slug'] }),
    ).toEqual(before);
  });
});

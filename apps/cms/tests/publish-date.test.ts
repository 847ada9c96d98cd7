import { randomBytes } from 'node:crypto';
import { createFixtures, paragraph } from './helpers/fixtures';
import { api, startStrapi, stopStrapi, strapiInstance } from './helpers/strapi';

/**
 * An editor corrects a typo in a published article and publishes again. Strapi 5 stamps publishedAt
 * anew on every publish, so readers must be given firstPublishedAt (config/features.ts): the date
 * the article first went out, which a re-publish leaves alone, and the order the news is listed in.
 */

const ARTICLE = 'api::article.article';
const EDITOR = { email: 'editor@example.org', password: `Aa1${randomBytes(12).toString('base64url')}` };

interface PublicArticle {
  documentId: string;
  slug: string;
  title: string;
  publishedAt: string;
  firstPublishedAt: string | null;
}

let coverId: number;
let adminJwt: string;
let writeToken: string;

beforeAll(async () => {
  const strapi = await startStrapi({ ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password });
  coverId = (await createFixtures(strapi)).coverId;
  const login = await api().post('/admin/login').send(EDITOR).expect(200);
  adminJwt = login.body.data.token;
  const token = await strapi.service('admin::api-token').create({
    name: 'Integration with write access',
    type: 'full-access',
    lifespan: null,
    description: '',
  });
  writeToken = token.accessKey;
}, 120_000);

afterAll(stopStrapi);

/** What a reader's request (no token) gets for one article. */
async function readerView(slug: string, locale = 'en'): Promise<PublicArticle> {
  const res = await api()
    .get('/api/articles')
    .query({
      locale,
      'filters[slug][$eq]': slug,
      fields: ['slug', 'title', 'publishedAt', 'firstPublishedAt'],
    })
    .expect(200);
  expect(res.body.data).toHaveLength(1);
  return res.body.data[0];
}

/** The given articles in the order the news lists them (the site's sort: first publication). */
async function newsOrder(slugs: string[], sortField = 'firstPublishedAt'): Promise<string[]> {
  const res = await api()
    .get('/api/articles')
    .query({
      locale: 'en',
      'filters[slug][$in]': slugs,
      sort: [`${sortField}:desc`, 'documentId:desc'],
      'fields[0]': 'slug',
    })
    .expect(200);
  return (res.body.data as PublicArticle[]).map((article) => article.slug);
}

/** Timestamps have millisecond resolution: wait until the clock has moved past one. */
async function clockPast(iso: string) {
  while (Date.now() <= Date.parse(iso)) await new Promise((resolve) => setImmediate(resolve));
}

async function publishNew(slug: string, locale = 'en', documentId?: string): Promise<PublicArticle> {
  const articles = strapiInstance().documents(ARTICLE);
  const data = { title: `Title of ${slug}`, slug, excerpt: 'Short summary.', body: paragraph('Body.') };
  const draft = documentId
    ? await articles.update({ documentId, locale, data })
    : await articles.create({ locale, data: { ...data, cover: coverId } });
  await articles.publish({ documentId: draft!.documentId, locale });
  return readerView(slug, locale);
}

const asEditor = (req: ReturnType<ReturnType<typeof api>['post']>) =>
  req.set('Authorization', `Bearer ${adminJwt}`);
const contentManager = (documentId: string, action: string) =>
  `/content-manager/collection-types/${ARTICLE}/${documentId}/actions/${action}?locale=en`;

const corrected = 'Corrected title';

const republishers: Array<[string, (documentId: string) => Promise<unknown>]> = [
  [
    "the admin's Publish button",
    // The edit form sends the fields of its schema, and firstPublishedAt is not one of them.
    (documentId) =>
      asEditor(api().post(contentManager(documentId, 'publish')))
        .send({ title: corrected })
        .expect(200),
  ],
  [
    'the document service (update, then publish)',
    async (documentId) => {
      const articles = strapiInstance().documents(ARTICLE);
      await articles.update({ documentId, locale: 'en', data: { title: corrected } });
      await articles.publish({ documentId, locale: 'en' });
    },
  ],
  [
    'a REST PUT with a write token (saves and publishes in one go)',
    (documentId) =>
      api()
        .put(`/api/articles/${documentId}`)
        .set('Authorization', `Bearer ${writeToken}`)
        .send({ data: { title: corrected } })
        .expect(200),
  ],
  [
    'a REST PUT that sends the article back whole, firstPublishedAt included',
    async (documentId) => {
      const current = await api().get(`/api/articles/${documentId}`).expect(200);
      await api()
        .put(`/api/articles/${documentId}`)
        .set('Authorization', `Bearer ${writeToken}`)
        .send({ data: { title: corrected, firstPublishedAt: current.body.data.firstPublishedAt } })
        .expect(200);
    },
  ],
  [
    'unpublish, correct, then publish again',
    async (documentId) => {
      await asEditor(api().post(contentManager(documentId, 'unpublish')))
        .send({})
        .expect(200);
      await asEditor(api().post(contentManager(documentId, 'publish')))
        .send({ title: corrected })
        .expect(200);
    },
  ],
];

describe('re-publishing a corrected article', () => {
  it.each(republishers.map(([label, republish], i) => [label, i, republish] as const))(
    'keeps its date and its place in the news: %s',
    async (_label, i, republish) => {
      const older = await publishNew(`older-${i}`);
      // Stamped by the first publish, a moment before publishedAt.
      expect(Date.parse(older.firstPublishedAt!)).toBeLessThanOrEqual(Date.parse(older.publishedAt));
      await clockPast(older.publishedAt);
      const newer = await publishNew(`newer-${i}`);
      expect(await newsOrder([older.slug, newer.slug])).toEqual([newer.slug, older.slug]);

      await clockPast(newer.publishedAt);
      await republish(older.documentId);

      const after = await readerView(older.slug);
      expect(after.title).toBe(corrected);
      expect(after.firstPublishedAt).toBe(older.firstPublishedAt);
      expect(await newsOrder([older.slug, newer.slug])).toEqual([newer.slug, older.slug]);
      // It really was published again: by the latest publish it would now be the newest story.
      expect(Date.parse(after.publishedAt)).toBeGreaterThan(Date.parse(newer.publishedAt));
      expect(await newsOrder([older.slug, newer.slug], 'publishedAt')).toEqual([older.slug, newer.slug]);
    },
  );

  it('gives a translation its own first date, untouched when the other language is re-published', async () => {
    const english = await publishNew('harbour-walk');
    await clockPast(english.publishedAt);
    const spanish = await publishNew('paseo-del-puerto', 'es', english.documentId);
    expect(Date.parse(spanish.firstPublishedAt!)).toBeGreaterThan(Date.parse(english.firstPublishedAt!));

    await clockPast(spanish.publishedAt);
    await republishers[0]![1](english.documentId);
    expect((await readerView('harbour-walk')).firstPublishedAt).toBe(english.firstPublishedAt);
    expect((await readerView('paseo-del-puerto', 'es')).firstPublishedAt).toBe(spanish.firstPublishedAt);
  });
});

describe('drafts', () => {
  it('have no first date until published, and readers cannot reach them by sorting or filtering on it', async () => {
    const title = 'Embargoed until Monday';
    const draft = await strapiInstance()
      .documents(ARTICLE)
      .create({
        locale: 'en',
        data: { title, slug: 'embargoed', excerpt: 'x', body: paragraph('x'), cover: coverId },
      });
    const rows = await strapiInstance()
      .db.query(ARTICLE)
      .findMany({ where: { documentId: draft.documentId }, select: ['firstPublishedAt'] });
    expect(rows).toEqual([{ firstPublishedAt: null }]);

    const res = await api()
      .get('/api/articles')
      .query({
        status: 'draft',
        'filters[firstPublishedAt][$null]': 'true',
        sort: 'firstPublishedAt:desc',
        'fields[0]': 'title',
      })
      .expect(200);
    expect(JSON.stringify(res.body)).not.toContain(title);
  });
});

describe('articles published before the feature was switched on', () => {
  it('get their latest publication date as first date on the next start', async () => {
    const article = await publishNew('before-the-flag');
    await strapiInstance()
      .db.query(ARTICLE)
      .updateMany({ where: { documentId: article.documentId }, data: { firstPublishedAt: null } });
    expect((await readerView('before-the-flag')).firstPublishedAt).toBeNull();

    // What Strapi runs on every start, right after it has synchronised the database schema.
    const strapi = strapiInstance();
    await strapi
      .hook('strapi::content-types.afterSync')
      .call({ oldContentTypes: strapi.contentTypes, contentTypes: strapi.contentTypes });
    expect((await readerView('before-the-flag')).firstPublishedAt).toBe(article.publishedAt);
  });
});

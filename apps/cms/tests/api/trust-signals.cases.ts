import { COVER_ALT_MESSAGE } from '../../src/document-middlewares/cover-alt-text';
import { paragraph } from '../helpers/fixtures';
import { adminLogin, CM, fullAccessToken } from '../helpers/admin-session';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const ARTICLE = 'api::article.article';

async function newArticle(title: string, extra: Record<string, unknown> = {}) {
  const articles = strapiInstance().documents(ARTICLE);
  const draft = await articles.create({
    locale: 'en',
    data: { title, excerpt: 'x', body: paragraph('Body.'), cover: suite.fixtures.coverId, ...extra } as never,
  });
  await articles.publish({ documentId: draft.documentId, locale: 'en' });
  return draft;
}

describe('medical review', () => {
  let reviewer: { documentId: string };
  beforeAll(async () => {
    reviewer = await strapiInstance()
      .documents('api::author.author')
      .create({ data: { name: 'Dr Lena Ortiz', credentials: 'Consultant Psychiatrist' } as never });
  });

  it('shows reviewer (with credentials), review date and next review due to the public', async () => {
    const article = await newArticle('Reviewed advice on sleep', {
      reviewedBy: reviewer.documentId,
      lastReviewedAt: '2026-10-01',
      nextReviewDue: '2027-10-01',
    });
    const res = await api()
      .get(`/api/articles/${article.documentId}`)
      .query({
        fields: ['title', 'lastReviewedAt', 'nextReviewDue'],
        populate: { reviewedBy: { fields: ['name', 'slug', 'credentials'] } },
      })
      .expect(200);
    expect(res.body.data).toMatchObject({
      lastReviewedAt: '2026-10-01',
      nextReviewDue: '2027-10-01',
      reviewedBy: { name: 'Dr Lena Ortiz', slug: 'dr-lena-ortiz', credentials: 'Consultant Psychiatrist' },
    });
  });

  it('lets an editor sort the admin list by next review due (overdue first)', async () => {
    await newArticle('Due soon', { nextReviewDue: '2020-01-01' });
    await newArticle('Due later', { nextReviewDue: '2031-01-01' });
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const res = await api()
      .get(`${CM}/${ARTICLE}`)
      .query({ sort: 'nextReviewDue:ASC', locale: 'en', 'filters[nextReviewDue][$notNull]': true })
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    const dates: string[] = res.body.results.map((row: { nextReviewDue: string }) => row.nextReviewDue);
    expect(dates[0]).toBe('2020-01-01');
    expect(dates).toEqual([...dates].sort());
  });

  it.each([
    ['a review date that is not a date', { lastReviewedAt: 'last tuesday' }],
    ['a due date that is not a date', { nextReviewDue: '2026-13-45' }],
    ['a reviewer that does not exist', { reviewedBy: 'no-such-author-document' }],
  ])('refuses %s with 400 and changes nothing', async (_label, data) => {
    const token = await fullAccessToken();
    const { documentId } = suite.fixtures.published;
    const before = await strapiInstance()
      .db.query(ARTICLE)
      .findMany({ where: { documentId }, orderBy: 'id' });
    const res = await api()
      .put(`/api/articles/${documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data });
    expect(res.status).toBe(400);
    expect(
      await strapiInstance().db.query(ARTICLE).findMany({ where: { documentId }, orderBy: 'id' }),
    ).toEqual(before);
  });

  it('refuses credentials longer than 120 characters', async () => {
    const token = await fullAccessToken();
    const res = await api()
      .put(`/api/authors/${suite.fixtures.author.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { credentials: 'x'.repeat(121) } });
    expect(res.status).toBe(400);
  });
});

describe('"Updated on": a material update, not every save', () => {
  it('stamps materiallyUpdatedAt only when the editor ticks the box; a typo fix leaves it', async () => {
    const article = await newArticle('Changing guidance on caffeine');
    const articles = strapiInstance().documents(ARTICLE);
    const before = Date.now();
    const marked = await articles.update({
      documentId: article.documentId,
      locale: 'en',
      data: { excerpt: 'New advice.', materialUpdate: true } as never,
    });
    const stamped = (marked as { materiallyUpdatedAt: string }).materiallyUpdatedAt;
    expect(Date.parse(stamped)).toBeGreaterThanOrEqual(before - 1000);
    expect((marked as { materialUpdate: boolean }).materialUpdate).toBe(false);

    const typo = await articles.update({
      documentId: article.documentId,
      locale: 'en',
      data: { excerpt: 'New advice!', materialUpdate: false, materiallyUpdatedAt: stamped } as never,
    });
    expect((typo as { materiallyUpdatedAt: string }).materiallyUpdatedAt).toBe(stamped);
    await articles.publish({ documentId: article.documentId, locale: 'en' });
    const res = await api()
      .get(`/api/articles/${article.documentId}`)
      .query({ fields: ['materiallyUpdatedAt'] })
      .expect(200);
    expect(res.body.data.materiallyUpdatedAt).toBe(stamped);
  });

  it('works from the admin edit view (the box is sent with the form)', async () => {
    const article = await newArticle('Admin material update');
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const res = await api()
      .put(`${CM}/${ARTICLE}/${article.documentId}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title: 'Admin material update', materialUpdate: true });
    expect(res.status).toBe(200);
    expect(res.body.data.materiallyUpdatedAt).toEqual(expect.any(String));
    expect(res.body.data.materialUpdate).toBe(false);
  });
});

describe('cover alt text', () => {
  it('refuses to publish an article whose cover has no description, in plain words', async () => {
    const strapi = strapiInstance();
    const bare = await strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'no-alt.jpg',
        hash: 'no_alt_test',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 1,
        width: 10,
        height: 10,
        url: '/uploads/no_alt_test.jpg',
        provider: 'local',
      },
    });
    const articles = strapi.documents(ARTICLE);
    const draft = await articles.create({
      locale: 'en',
      data: { title: 'Cover without alt', excerpt: 'x', body: paragraph('Body.'), cover: bare.id } as never,
    });
    await expect(articles.publish({ documentId: draft.documentId, locale: 'en' })).rejects.toThrow(
      COVER_ALT_MESSAGE,
    );
    expect(
      await strapi.db
        .query(ARTICLE)
        .count({ where: { documentId: draft.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);

    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const res = await api()
      .post(`${CM}/${ARTICLE}/${draft.documentId}/actions/publish?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(COVER_ALT_MESSAGE);

    await strapi.db
      .query('plugin::upload.file')
      .update({ where: { id: bare.id }, data: { alternativeText: 'A cup of tea' } });
    await articles.publish({ documentId: draft.documentId, locale: 'en' });
  });
});

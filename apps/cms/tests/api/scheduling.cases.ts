import { paragraph } from '../helpers/fixtures';
import { adminLogin } from '../helpers/admin-session';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const ARTICLE = 'api::article.article';

async function schedule(jwt: string, data: Record<string, unknown>) {
  return api().post('/publisher/actions').set('Authorization', `Bearer ${jwt}`).send({ data });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

const publishedCount = (documentId: string, locale: string) =>
  strapiInstance()
    .db.query(ARTICLE)
    .count({ where: { documentId, locale, publishedAt: { $notNull: true } } });

describe('scheduled publishing and unpublishing (strapi-plugin-publisher on Strapi cron)', () => {
  it('an editor schedules one language; at that time it is published through the normal path and the site is told', async () => {
    const articles = strapiInstance().documents(ARTICLE);
    const draft = await articles.create({
      locale: 'en',
      data: {
        title: 'Scheduled story',
        slug: 'scheduled-story',
        excerpt: 'x',
        body: paragraph('Body.'),
        cover: suite.fixtures.coverId,
      },
    });
    await articles.update({
      documentId: draft.documentId,
      locale: 'es',
      data: { title: 'Historia programada', excerpt: 'x', body: paragraph('Cuerpo.') },
    });
    const jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const executeAt = new Date(Date.now() + 2_000);
    const res = await schedule(jwt, {
      executeAt: executeAt.toISOString(),
      mode: 'publish',
      entityId: draft.documentId,
      entitySlug: ARTICLE,
      locale: 'en',
    });
    expect(res.status).toBeLessThan(300);
    suite.listener.clear();

    const waited = await waitUntil(async () => (await publishedCount(draft.documentId, 'en')) === 1);
    console.log(
      `scheduled publish ran ${Date.now() - executeAt.getTime()} ms after its time (waited ${waited} ms)`,
    );
    expect(await publishedCount(draft.documentId, 'es')).toBe(0);
    await suite.listener.waitFor(
      (hook) => hook.body.event === 'entry.publish' && hook.body.entry?.documentId === draft.documentId,
      10_000,
    );
    await api().get(`/api/articles/${draft.documentId}`).expect(200);

    const unpublish = await schedule(jwt, {
      executeAt: new Date(Date.now() + 1_500).toISOString(),
      mode: 'unpublish',
      entityId: draft.documentId,
      entitySlug: ARTICLE,
      locale: 'en',
    });
    expect(unpublish.status).toBeLessThan(300);
    await waitUntil(async () => (await publishedCount(draft.documentId, 'en')) === 0);
    await api().get(`/api/articles/${draft.documentId}`).expect(404);
  }, 30_000);

  it.each([
    ['the public', undefined],
    ['the read-only preview token', () => suite.previewToken],
  ])('%s cannot create or list schedules through the REST API (403/401)', async (_label, token) => {
    const actions = () =>
      strapiInstance()
        .db.query('plugin::publisher.action')
        .count({ where: { entityId: suite.fixtures.published.documentId } });
    const before = await actions();
    const request = api().post('/api/publisher/actions');
    if (token) request.set('Authorization', `Bearer ${token()}`);
    const res = await request.send({
      data: {
        executeAt: new Date(Date.now() + 60_000).toISOString(),
        mode: 'unpublish',
        entityId: suite.fixtures.published.documentId,
        entitySlug: ARTICLE,
      },
    });
    expect([401, 403]).toContain(res.status);
    expect(await actions()).toBe(before);
  });
});

import { KEEP_PER_DOCUMENT } from '../../src/revision-history';
import { adminLogin, CM } from '../helpers/admin-session';
import { paragraph } from '../helpers/fixtures';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const ARTICLE = 'api::article.article';
const HISTORY = '/revision-history';

interface Version {
  id: number;
  action: string;
  published: boolean;
  author: string;
  changed: string[];
  createdAt: string;
}

async function versions(jwt: string, documentId: string, locale = 'en'): Promise<Version[]> {
  const res = await api()
    .get(`${HISTORY}/${ARTICLE}/${documentId}?locale=${locale}`)
    .set('Authorization', `Bearer ${jwt}`)
    .expect(200);
  return res.body.data as Version[];
}

describe('revision history', () => {
  let jwt: string;
  let documentId: string;
  beforeAll(async () => {
    jwt = await adminLogin(suite.adminEmail, suite.adminPassword);
    const created = await api()
      .post(`${CM}/${ARTICLE}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        title: 'History: first words',
        excerpt: 'x',
        body: paragraph('Body.'),
        cover: suite.fixtures.coverId,
      })
      .expect(201);
    documentId = created.body.data.documentId;
  });

  it('keeps a version of every save and publish: who, when, what changed', async () => {
    await api()
      .put(`${CM}/${ARTICLE}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title: 'History: better words' })
      .expect(200);
    await api()
      .post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({})
      .expect(200);
    const list = await versions(jwt, documentId);
    // The admin's publish saves first; a save that changed nothing is not a version.
    expect(list.map((v) => v.action).slice(0, 3)).toEqual(['publish', 'update', 'create']);
    expect(list[0]).toMatchObject({ published: true, author: expect.stringContaining(suite.adminEmail) });
    expect(list[1]!.changed).toEqual(['title']);
    expect(Date.parse(list[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('undoes a bad edit: restoring the version before it brings the content back', async () => {
    await api()
      .put(`${CM}/${ARTICLE}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title: 'History: oops', excerpt: 'deleted by mistake' })
      .expect(200);
    const [bad, good] = await versions(jwt, documentId);
    expect(bad!.changed).toEqual(['excerpt', 'title']);
    const res = await api()
      .post(`${HISTORY}/restore/${good!.id}`)
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    expect(res.body.data.published).toBe(true);
    const draft = await strapiInstance()
      .documents(ARTICLE)
      .findOne({ documentId, locale: 'en', status: 'draft' });
    expect(draft).toMatchObject({ title: 'History: better words', excerpt: 'x' });
    const [latest] = await versions(jwt, documentId);
    expect(latest!.action).toBe('restore');
  });

  it('undoes an accidental unpublish: restoring the last published version publishes it again', async () => {
    await api()
      .post(`${CM}/${ARTICLE}/${documentId}/actions/unpublish?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({})
      .expect(200);
    await api().get(`/api/articles/${documentId}`).expect(404);
    const [unpublished, beforeIt] = await versions(jwt, documentId);
    expect(unpublished).toMatchObject({ action: 'unpublish', published: false });
    expect(beforeIt!.published).toBe(true);
    await api().post(`${HISTORY}/restore/${beforeIt!.id}`).set('Authorization', `Bearer ${jwt}`).expect(200);
    const res = await api().get(`/api/articles/${documentId}`).expect(200);
    expect(res.body.data.title).toBe('History: better words');
  });

  it(`keeps the newest ${KEEP_PER_DOCUMENT} versions per document and language`, async () => {
    const articles = strapiInstance().documents(ARTICLE);
    for (let i = 0; i < KEEP_PER_DOCUMENT + 5; i += 1) {
      await articles.update({ documentId, locale: 'en', data: { excerpt: `Edit ${i}` } });
    }
    const list = await versions(jwt, documentId);
    expect(list).toHaveLength(KEEP_PER_DOCUMENT);
    expect(list[0]).toMatchObject({ action: 'update', author: 'Scheduled job / system' });
  }, 60_000);

  it.each([
    ['no session', '', `${HISTORY}/${ARTICLE}/x`, 'get', 401],
    ['a type without history', 'jwt', `${HISTORY}/api::tag.tag/x`, 'get', 400],
    ['an unknown version', 'jwt', `${HISTORY}/restore/999999`, 'post', 404],
    ['a version id that is not a number', 'jwt', `${HISTORY}/restore/abc`, 'post', 400],
    ['restore without a session', '', `${HISTORY}/restore/1`, 'post', 401],
  ] as const)('refuses %s (%s)', async (_label, auth, path, method, status) => {
    const request = api()[method](path);
    if (auth) request.set('Authorization', `Bearer ${jwt}`);
    expect((await request.send({})).status).toBe(status);
  });
});

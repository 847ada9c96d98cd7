import type { UID } from '@strapi/strapi';
import {
  CONTENT_APIS,
  PUBLIC_CONTENT_ACTIONS,
  ensurePublicPermissions,
} from '../../src/bootstrap/public-permissions';
import { api, strapiInstance } from '../helpers/strapi';
import { suite } from './context';

const COUNTED: UID.Schema[] = [
  'api::article.article',
  'api::category.category',
  'api::author.author',
  'api::tag.tag',
  'plugin::upload.file',
  'plugin::users-permissions.user',
  'admin::user',
];

/** Row counts of everything a write could touch, plus the published article as it is now. */
async function snapshot() {
  const strapi = strapiInstance();
  const counts = await Promise.all(COUNTED.map((uid) => strapi.db.query(uid).count()));
  const article = await strapi.db.query('api::article.article').findMany({
    where: { documentId: suite.fixtures.published.documentId },
    select: ['title', 'slug', 'publishedAt'],
  });
  return { counts: Object.fromEntries(COUNTED.map((uid, i) => [uid, counts[i]])), article };
}

type Method = 'post' | 'put' | 'delete';
const body = { data: { title: 'Defaced', name: 'Defaced', slug: 'defaced', excerpt: 'x', body: [] } };

describe('the public cannot change anything', () => {
  const published = () => suite.fixtures.published.documentId;

  it.each<[string, Method, () => string]>([
    ['create an article', 'post', () => '/api/articles'],
    ['update an article', 'put', () => `/api/articles/${published()}`],
    ['update an article translation', 'put', () => `/api/articles/${published()}?locale=es`],
    ['delete an article', 'delete', () => `/api/articles/${published()}`],
    ['create a category', 'post', () => '/api/categories'],
    ['update a category', 'put', () => `/api/categories/${suite.fixtures.category.documentId}`],
    ['delete a category', 'delete', () => `/api/categories/${suite.fixtures.category.documentId}`],
    ['create an author', 'post', () => '/api/authors'],
    ['delete an author', 'delete', () => `/api/authors/${suite.fixtures.author.documentId}`],
    ['create a tag', 'post', () => '/api/tags'],
    ['update a tag', 'put', () => `/api/tags/${suite.fixtures.tag.documentId}`],
    ['upload a file', 'post', () => '/api/upload'],
    ['delete a file', 'delete', () => `/api/upload/files/${suite.fixtures.coverId}`],
    ['create a user', 'post', () => '/api/users'],
    ['change the help banner', 'put', () => '/api/help-banner'],
    ['delete the help banner', 'delete', () => '/api/help-banner'],
  ])('anonymous: %s → 403, nothing changed', async (_label, method, path) => {
    const before = await snapshot();
    const res = await api()[method](path()).send(body);
    expect(res.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it.each<[string, Method, () => string]>([
    ['create an article', 'post', () => '/api/articles'],
    ['update an article', 'put', () => `/api/articles/${published()}`],
    ['delete an article', 'delete', () => `/api/articles/${published()}`],
    ['create a tag', 'post', () => '/api/tags'],
  ])('read-only preview token: %s → 403, nothing changed', async (_label, method, path) => {
    const before = await snapshot();
    const res = await api()[method](path()).set('Authorization', `Bearer ${suite.previewToken}`).send(body);
    expect(res.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses self-registration (the site has no reader accounts)', async () => {
    const before = await snapshot();
    const res = await api()
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.org', password: 'Intruder123' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await snapshot()).toEqual(before);
  });
});

describe('role permissions', () => {
  const contentPermissions = async (type: string) => {
    const strapi = strapiInstance();
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
    const rows: Array<{ action: string }> = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id }, select: ['action'] });
    return rows
      .map((row) => row.action)
      .filter((action) => CONTENT_APIS.some((api) => action.startsWith(`api::${api}.`)))
      .sort();
  };
  const expectedPublic = [...PUBLIC_CONTENT_ACTIONS].sort();

  it('Public may only find and findOne; Authenticated gets nothing', async () => {
    expect(PUBLIC_CONTENT_ACTIONS).toEqual(expect.arrayContaining(['api::help-banner.help-banner.find']));
    expect(PUBLIC_CONTENT_ACTIONS).not.toContain('api::help-banner.help-banner.findOne');
    expect(await contentPermissions('public')).toEqual(expectedPublic);
    expect(await contentPermissions('authenticated')).toEqual([]);
  });

  it('restores the policy on the next start after someone widened it in the admin', async () => {
    const strapi = strapiInstance();
    const publicRole = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const authenticated = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::tag.tag.create', role: publicRole.id } });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::tag.tag.delete', role: authenticated.id } });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { action: 'api::tag.tag.find', role: publicRole.id } });
    expect(await contentPermissions('public')).not.toEqual(expectedPublic);

    await ensurePublicPermissions(strapi);

    expect(await contentPermissions('public')).toEqual(expectedPublic);
    expect(await contentPermissions('authenticated')).toEqual([]);
    await api().get('/api/tags').expect(200);
    await api()
      .post('/api/tags')
      .send({ data: { name: 'x', slug: 'x' } })
      .expect(403);
  });
});

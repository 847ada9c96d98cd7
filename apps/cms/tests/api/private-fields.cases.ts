import { api } from '../helpers/strapi';
import { keysDeep, PRIVATE_KEYS, suite } from './context';

const privateKeysIn = (body: unknown) => PRIVATE_KEYS.filter((key) => keysDeep(body).has(key));

describe('private fields never appear in responses', () => {
  const deepArticle =
    'populate[author][populate]=*&populate[category][populate]=*&populate[tags][populate]=*' +
    '&populate[cover]=true&populate[seo][populate]=*&populate[localizations]=true';

  it.each([
    ['articles, populate=*', () => '/api/articles?populate=*'],
    ['articles, every relation two levels deep', () => `/api/articles?${deepArticle}`],
    [
      'one article, every relation',
      () => `/api/articles/${suite.fixtures.published.documentId}?${deepArticle}`,
    ],
    ['categories with their articles', () => '/api/categories?populate[articles][populate]=*'],
    ['authors with avatar and articles', () => '/api/authors?populate=*'],
    ['tags with their articles', () => '/api/tags?populate[articles][populate]=*'],
  ])('%s', async (_label, path) => {
    const anonymous = await api().get(path()).expect(200);
    const withToken = await api()
      .get(path())
      .set('Authorization', `Bearer ${suite.previewToken}`)
      .expect(200);
    expect(privateKeysIn(anonymous.body)).toEqual([]);
    expect(privateKeysIn(withToken.body)).toEqual([]);
    // The admin account's e-mail is the one piece of editor data that could tie content to a person.
    expect(JSON.stringify(anonymous.body)).not.toContain(suite.adminEmail);
  });

  it.each([
    ['/api/users', 403],
    ['/api/users/me', 403],
    ['/api/users-permissions/roles', 403],
    ['/api/upload/files', 403],
    ['/admin/users', 401],
    ['/admin/api-tokens', 401],
    ['/admin/webhooks', 401],
  ])('%s is closed to the public (%i)', async (path, status) => {
    const res = await api().get(path);
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body)).not.toContain(suite.adminEmail);
    expect(privateKeysIn(res.body)).toEqual([]);
  });
});

import { api } from '../helpers/strapi';
import { keysDeep, PRIVATE_KEYS, suite } from './context';

const privateKeysIn = (body: unknown) => PRIVATE_KEYS.filter((key) => keysDeep(body).has(key));

describe('query validation', () => {
  it.each([
    ['a filter on createdBy', 'filters[createdBy][id][$eq]=1'],
    ['a filter on an editor e-mail', `filters[updatedBy][email][$eq]=${suite.adminEmail}`],
    ['a private field inside $or', 'filters[$or][0][createdBy][id]=1'],
    ['a password hash through relations', 'filters[author][articles][createdBy][password][$startsWith]=$2'],
    ['a private field of a related category', 'filters[category][createdBy][email][$eq]=x'],
    ['a sort on an editor e-mail', 'sort=createdBy.email:asc'],
    ['a sort on updatedBy', 'sort[0]=updatedBy.email'],
    ['populating createdBy', 'populate[createdBy]=true'],
    ['selecting createdBy', 'fields[0]=createdBy'],
  ])('rejects %s with 400 and reveals nothing', async (_label, query) => {
    const res = await api().get(`/api/articles?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(privateKeysIn(res.body)).toEqual([]);
  });

  it.each([
    ['an unknown operator', 'filters[title][$fake]=1'],
    ['a raw SQL operator', 'filters[title][$raw]=1'],
    ['an unknown field in a filter', 'filters[nope][$eq]=1'],
    ['an unknown query key', 'foo=bar'],
    ['populating an unknown relation', 'populate[nope]=true'],
    ['sorting on an unknown field', 'sort=nope:asc'],
    ['selecting an unknown field', 'fields[0]=nope'],
    ['an unknown status', 'status=archived'],
  ])('rejects %s with 400', async (_label, query) => {
    const res = await api().get(`/api/articles?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400 });
  });

  it('caps a page size above the maximum at 100', async () => {
    const res = await api().get('/api/articles?pagination[pageSize]=1000').expect(200);
    expect(res.body.meta.pagination.pageSize).toBe(100);
  });

  it('caps an offset limit above the maximum at 100', async () => {
    const res = await api().get('/api/articles?pagination[limit]=1000').expect(200);
    expect(res.body.meta.pagination.limit).toBe(100);
  });

  it.each([
    'pagination[page]=-1',
    'pagination[page]=0',
    'pagination[page]=abc',
    'pagination[page]=1.5',
    'pagination[page]=1e400',
    'pagination[page]=99999999999999999999',
    'pagination[page]=9007199254740993',
    'pagination[pageSize]=0',
    'pagination[pageSize]=-5',
    'pagination[pageSize]=99999999999999999999999',
    'pagination[start]=-1',
    'pagination[start]=99999999999999999999',
    'pagination[limit]=-1',
    'pagination[limit]=0',
    'pagination[page]=2&pagination[start]=10',
    'page=abc',
    'pageSize=0',
    'pagination=5',
  ])('answers %s with a 4xx or a clamped page, never a server error', async (query) => {
    const res = await api().get(`/api/articles?${query}`);
    expect(res.status).toBeLessThan(500);
    if (res.status === 200) {
      const { pageSize, limit } = res.body.meta.pagination;
      expect(pageSize ?? limit).toBeGreaterThan(0);
      expect(pageSize ?? limit).toBeLessThanOrEqual(100);
      expect(res.body.data.length).toBeLessThanOrEqual(100);
    } else {
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });

  it.each([
    ['articles', 'fr'],
    ['articles', 'xx'],
    ['articles', 'zz-ZZ'],
    ['articles', 'EN'],
    ['articles', ''],
    ['articles', '../../etc/passwd'],
    ['articles', 'en;drop table articles'],
    ['articles', 'x'.repeat(100)],
    ['categories', 'fr'],
    ['tags', 'fr'],
    ['authors', 'de'],
  ])('answers /api/%s?locale=%s with a 400 that names the configured locales', async (type, locale) => {
    const res = await api().get(`/api/${type}?locale=${encodeURIComponent(locale)}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error.message).toMatch(/Invalid locale: expected one of .*\ben\b.*\bes\b/);
  });

  it.each(['locale[0]=en', 'locale[$ne]=en'])(
    'answers %s (not a single locale) with a 400',
    async (query) => {
      expect((await api().get(`/api/articles?${query}`)).status).toBe(400);
    },
  );

  it.each(['en', 'es'])('answers a configured locale (%s) with its articles', async (locale) => {
    const res = await api().get(`/api/articles?locale=${locale}`).expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const article of res.body.data) expect(article.locale).toBe(locale);
  });
});

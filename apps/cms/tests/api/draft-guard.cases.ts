import { DRAFT_MARKER } from '../helpers/fixtures';
import { api } from '../helpers/strapi';
import { suite } from './context';

/** Everything that exists only in drafts: if any of it appears in a response, a draft leaked. */
const DRAFT_ONLY_TEXT = [DRAFT_MARKER, 'embargoed-report', 'se-buscan-voluntarios'];
const leakedText = (body: unknown) => DRAFT_ONLY_TEXT.filter((text) => JSON.stringify(body).includes(text));

describe('drafts never reach the public API', () => {
  const draftOnly = () => suite.fixtures.draftOnly.documentId;
  const edited = () => suite.fixtures.edited.documentId;

  it.each<[string, () => string, number]>([
    ['a list asking for drafts', () => '/api/articles?status=draft', 200],
    [
      'a draft-only slug with status=draft',
      () => '/api/articles?status=draft&filters[slug][$eq]=embargoed-report',
      200,
    ],
    ['a filter on unpublished rows', () => '/api/articles?filters[publishedAt][$null]=true', 200],
    ['drafts in Spanish', () => '/api/articles?status=draft&locale=es', 200],
    ['drafts in every locale', () => '/api/articles?status=draft&locale=*', 200],
    ['a draft-only document by id', () => `/api/articles/${draftOnly()}?status=draft`, 404],
    ['an edited document by id', () => `/api/articles/${edited()}?status=draft`, 200],
    ['a draft translation by id', () => `/api/articles/${edited()}?status=draft&locale=es`, 404],
    [
      'draft translations through localizations',
      () => '/api/articles?populate=localizations&status=draft',
      200,
    ],
    ['a search for draft text', () => `/api/articles?_q=${DRAFT_MARKER}&status=draft`, 200],
    [
      'publication filter "never published"',
      () => '/api/articles?publicationFilter=never-published&status=draft',
      200,
    ],
    ['hasPublishedVersion=false', () => '/api/articles?hasPublishedVersion=false&status=draft', 200],
    ['an invalid status value', () => '/api/articles?status=drafts', 400],
    ['status given twice', () => '/api/articles?status=published&status=draft', 400],
    ['a category populating its articles', () => '/api/categories?populate=articles&status=draft', 200],
    [
      'a category filtering populated articles to drafts',
      () => '/api/categories?populate[articles][filters][publishedAt][$null]=true',
      200,
    ],
    [
      'an author filtering populated articles to drafts',
      () => '/api/authors?populate[articles][filters][publishedAt][$null]=true',
      200,
    ],
    ['an author populating its articles', () => '/api/authors?populate=articles&status=draft', 200],
    ['a tag populating its articles', () => '/api/tags?populate=articles&status=draft', 200],
    [
      'a tag populating articles and their translations',
      () => '/api/tags?populate[articles][populate]=localizations&status=draft',
      200,
    ],
    [
      'a nested populate back to articles',
      () => '/api/articles?populate[author][populate][articles]=true&status=draft',
      200,
    ],
    [
      'a category by id populating drafts',
      () => `/api/categories/${suite.fixtures.category.documentId}?populate=articles&status=draft`,
      200,
    ],
  ])('%s: no draft in the answer', async (_label, path, status) => {
    const res = await api().get(path());
    expect(res.status).toBe(status);
    expect(leakedText(res.body)).toEqual([]);
  });

  it('shows the published title of an article whose newer draft is unpublished', async () => {
    const res = await api().get(`/api/articles/${edited()}?status=draft`).expect(200);
    expect(res.body.data.title).toBe(suite.fixtures.edited.publishedTitle);
  });

  it('rejects a bad token instead of falling back to public access', async () => {
    const res = await api().get('/api/articles?status=draft').set('Authorization', 'Bearer not-a-real-token');
    expect(res.status).toBe(401);
    expect(leakedText(res.body)).toEqual([]);
  });
});

describe('the read-only preview token reads drafts', () => {
  const withToken = (path: string) => api().get(path).set('Authorization', `Bearer ${suite.previewToken}`);

  it('lists drafts, including never-published ones', async () => {
    const res = await withToken('/api/articles?status=draft').expect(200);
    const titles = (res.body.data as Array<{ title: string }>).map((article) => article.title);
    expect(titles).toEqual(
      expect.arrayContaining([`Embargoed report ${DRAFT_MARKER}`, `Volunteers wanted ${DRAFT_MARKER}`]),
    );
  });

  it('reads a draft-only document by id, in each locale it exists in', async () => {
    const en = await withToken(`/api/articles/${suite.fixtures.draftOnly.documentId}?status=draft`).expect(
      200,
    );
    expect(en.body.data.slug).toBe('embargoed-report');
    const es = await withToken(
      `/api/articles/${suite.fixtures.edited.documentId}?status=draft&locale=es`,
    ).expect(200);
    expect(es.body.data.slug).toBe('se-buscan-voluntarios');
  });

  it('follows the draft status into populated relations', async () => {
    const res = await withToken('/api/categories?populate=articles&status=draft').expect(200);
    expect(leakedText(res.body)).toEqual(expect.arrayContaining([DRAFT_MARKER, 'embargoed-report']));
  });

  it('still gets published content when it does not ask for drafts', async () => {
    const res = await withToken('/api/articles').expect(200);
    expect(leakedText(res.body)).toEqual([]);
  });
});

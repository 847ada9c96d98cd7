import { WRITE_METHODS, type OpenApiDocument } from '../src/documentation/public-openapi';
import { OPENAPI_JSON_PATH } from '../src/documentation/openapi-route';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { api, startStrapi, stopStrapi, strapiInstance } from './helpers/strapi';

/**
 * The OpenAPI document of the public REST API, as a frontend developer fetches it: it must describe
 * exactly what an anonymous client can do (read the five content types) and nothing it cannot.
 */

const PUBLIC_URL = 'http://cms.newsroom.test';
const CONTENT_TYPES = [
  ['articles', 'Article'],
  ['categories', 'Category'],
  ['authors', 'Author'],
  ['tags', 'Tag'],
  ['redirects', 'Redirect'],
] as const;
/** Single types: one entry, read at one path. */
const SINGLE_TYPES = [['help-banner', 'Help-banner']] as const;

let doc: OpenApiDocument;
let fixtures: Fixtures;

beforeAll(async () => {
  const strapi = await startStrapi({ PUBLIC_URL });
  fixtures = await createFixtures(strapi);
  await strapi.documents('api::help-banner.help-banner').create({
    locale: 'en',
    data: { message: 'Call the example line', phoneNumber: '555 0100' },
    status: 'published',
  });
  const res = await api().get(OPENAPI_JSON_PATH);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  doc = res.body as OpenApiDocument;
}, 120_000);

afterAll(stopStrapi);

describe('the OpenAPI document', () => {
  it('is an OpenAPI 3 document about this API, served from PUBLIC_URL', () => {
    expect(doc).toMatchObject({
      openapi: expect.stringMatching(/^3\./),
      info: { title: 'newsroom public API' },
    });
    expect(doc.servers).toEqual([{ url: `${PUBLIC_URL}/api`, description: expect.any(String) }]);
    // No template leftovers from the plugin's defaults.
    expect(JSON.stringify(doc.info)).not.toMatch(/YOUR_TERMS_OF_SERVICE_URL|something\.io|mywebsite/);
  });

  it('states that public filters and sorts may not follow a relation into drafts (a 400)', () => {
    const description = String(doc.info.description);
    expect(description).toMatch(/may not follow a relation into articles/);
    expect(description).toContain('filters[category][articles]');
    expect(description).toContain('sort=articles.title');
    expect(description).toMatch(/whole numbers in digits/);
  });

  it.each(CONTENT_TYPES)('documents reading %s: the list and one entry by documentId', (plural, tag) => {
    expect(doc.paths[`/${plural}`]?.get).toMatchObject({ tags: [tag] });
    expect(doc.paths[`/${plural}/{id}`]?.get).toMatchObject({ tags: [tag] });
  });

  it('documents the content APIs, the help banner, search and the sitemap slices, and nothing else', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        ...CONTENT_TYPES.flatMap(([plural]) => [`/${plural}`, `/${plural}/{id}`]),
        '/search',
        '/sitemap/months',
        '/sitemap/articles',
        '/sitemap/sections',
        ...SINGLE_TYPES.map(([name]) => `/${name}`),
      ].sort(),
    );
  });

  it('documents no write operation', () => {
    const writes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => (WRITE_METHODS as readonly string[]).includes(method.toLowerCase()))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(writes).toEqual([]);
    expect(Object.keys(doc.components?.schemas ?? {}).filter((name) => name.endsWith('Request'))).toEqual([]);
  });

  it('asks for no credentials and lists no private field', () => {
    expect(doc.security).toEqual([]);
    expect(JSON.stringify(doc.components)).not.toMatch(/"(createdBy|updatedBy)"/);
  });

  it('every documented operation answers an anonymous reader with 200', async () => {
    const redirect = await strapiInstance()
      .documents('api::redirect.redirect')
      .create({ data: { from: '/?p=1', to: '/en' }, status: 'published' });
    const ids: Record<string, string> = {
      articles: fixtures.published.documentId,
      categories: fixtures.category.documentId,
      authors: fixtures.author.documentId,
      tags: fixtures.tag.documentId,
      redirects: redirect.documentId,
    };
    const answers: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Required query parameters are documented with an example that works.
        const required = ((operation as { parameters?: Array<Record<string, unknown>> }).parameters ?? [])
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => `${String(p.name)}=${encodeURIComponent(String(p.example))}`);
        const url =
          `/api${path.replace('{id}', ids[path.split('/')[1] ?? ''] ?? 'unknown')}` +
          (required.length > 0 ? `?${required.join('&')}` : '');
        const res = await api()[method as 'get'](url);
        answers.push(`${method.toUpperCase()} ${url} → ${res.status}`);
      }
    }
    // Two per content type, one per single type, plus search and the three sitemap slices.
    expect(answers).toHaveLength(CONTENT_TYPES.length * 2 + SINGLE_TYPES.length + 4);
    for (const answer of answers) expect(answer).toMatch(/→ 200$/);
  });
});

describe("our types, not the generator's bare strings", () => {
  const param = (name: string) =>
    (doc.paths['/articles']?.get as { parameters: Array<Record<string, unknown>> }).parameters.find(
      (p) => p.name === name,
    ) as { schema: { enum?: string[] }; example?: unknown; description?: string };

  it('says that category and tag names follow the locale while slugs are shared', () => {
    const description = String(doc.info.description);
    expect(description).toMatch(/Categories and tags are translated too/);
    expect(description).toMatch(/`slug` and `documentId` are the same in every locale/);
    expect((doc.paths['/tags']?.get as { parameters: unknown[] }).parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'locale' })]),
    );
  });

  it('locale is an enum of the configured locales (and *), with an example', () => {
    expect(param('locale').schema.enum).toEqual(['en', 'es', '*']);
    expect(param('locale').example).toBe('es');
  });

  it.each(['filters', 'populate', 'sort', 'fields'])('%s says what we accept, with an example', (name) => {
    expect(param(name).description).toBeTruthy();
    expect(param(name).example).toBeDefined();
  });

  it('the article body is described node by node (Strapi blocks), with an example', () => {
    const schemas = doc.components!.schemas as Record<string, Record<string, unknown>>;
    expect((schemas.Article!.properties as Record<string, unknown>).body).toEqual({
      $ref: '#/components/schemas/Blocks',
    });
    expect(schemas.Blocks!.example).toBeDefined();
    const text = JSON.stringify(schemas.BlocksBlock);
    for (const type of ['paragraph', 'heading', 'quote', 'code', 'image'])
      expect(text).toContain(`"${type}"`);
    expect(JSON.stringify(schemas.BlocksList)).toContain('"ordered"');
  });
});

describe('the documentation page', () => {
  it.each(['/documentation', '/documentation/v1.0.0'])(
    '%s is public, and its Swagger UI loads every asset from whichever host served it (no PUBLIC_URL, no inline script)',
    async (path) => {
      // Opened at another host than PUBLIC_URL (127.0.0.1 while PUBLIC_URL says localhost).
      const res = await api().get(path).set('Host', '127.0.0.1:1337');
      expect(res.status).toBe(200);
      expect(res.text).toContain('swagger-ui');
      expect(res.text).not.toContain(PUBLIC_URL);
      // The CSP allows scripts from 'self' only: every script is a file.
      expect(res.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      const assets = [...res.text.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        expect(asset).toMatch(/^\/(?:plugins\/)?documentation\//);
        const served = await api().get(asset);
        expect(`${asset} → ${served.status}`).toBe(`${asset} → 200`);
      }
      // The start script loads the document from the same host and sends "Try it out" calls there.
      const init = await api().get('/documentation/swagger-init.js').expect(200);
      expect(init.headers['content-type']).toMatch(/javascript/);
      expect(init.text).toContain(`url: "${OPENAPI_JSON_PATH}"`);
      expect(init.text).toContain('window.location.origin');
    },
  );

  it('keeps the JSON behind the same password when an administrator protects the documentation', async () => {
    const store = strapiInstance().store({ type: 'plugin', name: 'documentation', key: 'config' });
    const before = await store.get();
    await store.set({ value: { restrictedAccess: true, password: 'not-a-real-hash' } });
    try {
      const res = await api().get(OPENAPI_JSON_PATH);
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain('/articles');
    } finally {
      await store.set({ value: before });
    }
  });
});

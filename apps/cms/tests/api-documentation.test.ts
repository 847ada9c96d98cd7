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

let doc: OpenApiDocument;
let fixtures: Fixtures;

beforeAll(async () => {
  const strapi = await startStrapi({ PUBLIC_URL });
  fixtures = await createFixtures(strapi);
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

  it('documents the five content APIs, search and the sitemap slices, and nothing else', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        ...CONTENT_TYPES.flatMap(([plural]) => [`/${plural}`, `/${plural}/{id}`]),
        '/search',
        '/sitemap/months',
        '/sitemap/articles',
        '/sitemap/sections',
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
    // Two per content type, plus search and the three sitemap slices.
    expect(answers).toHaveLength(CONTENT_TYPES.length * 2 + 4);
    for (const answer of answers) expect(answer).toMatch(/→ 200$/);
  });
});

describe('the documentation page', () => {
  it('is public, and its Swagger UI loads every asset from the CMS itself', async () => {
    const res = await api().get('/documentation/v1.0.0');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
    const assets = [...res.text.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset.startsWith(`${PUBLIC_URL}/plugins/documentation/`)).toBe(true);
      const served = await api().get(asset.slice(PUBLIC_URL.length));
      expect(`${asset} → ${served.status}`).toBe(`${asset} → 200`);
    }
  });

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

/**
 * @jest-environment node
 */
import { revalidateTag } from 'next/cache';
import { tagsForWebhook } from '@newsroom/cms-client';
import * as route from '@/app/api/revalidate/route';
import { MAX_BODY_BYTES } from '@/lib/webhook-limits';

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }));
jest.mock('@/lib/env', () => ({ env: () => ({ revalidateSecret: 'webhook-secret-for-tests-0123' }) }));

const mockedRevalidate = revalidateTag as jest.MockedFunction<typeof revalidateTag>;
const SECRET = 'webhook-secret-for-tests-0123';

const publishEvent = {
  event: 'entry.publish',
  model: 'article',
  uid: 'api::article.article',
  entry: {
    documentId: 'k2v8x1',
    slug: 'walking-groups-return',
    locale: 'en',
    publishedAt: '2026-03-03T09:30:00.000Z',
    firstPublishedAt: '2026-02-27T09:30:00.000Z',
    category: { documentId: 'c1', slug: 'community' },
    author: { documentId: 'au1', slug: 'maya' },
    tags: [{ documentId: 't1', slug: 'sleep' }],
    localizations: [{ slug: 'vuelven-los-paseos', locale: 'es' }],
  },
};

function post(body: string, authorization?: string) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (authorization !== undefined) headers.set('authorization', authorization);
  return route.POST(new Request('http://localhost/api/revalidate', { method: 'POST', headers, body }));
}

beforeEach(() => mockedRevalidate.mockClear());

describe('POST /api/revalidate', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong secret', 'Bearer not-the-secret'],
    ['the secret with another scheme', `Basic ${SECRET}`],
    ['the secret without a scheme', SECRET],
    ['an empty bearer token', 'Bearer '],
    ['the secret plus extra characters', `Bearer ${SECRET}x`],
  ])('answers 401 and revalidates nothing for %s', async (_label, authorization) => {
    const res = await post(JSON.stringify(publishEvent), authorization);
    expect(res.status).toBe(401);
    expect(mockedRevalidate).not.toHaveBeenCalled();
  });

  it.each([
    ['a body that is not JSON', '{"event": '],
    ['JSON that is not an object', '"hello"'],
    [
      'an event without an entry',
      JSON.stringify({ event: 'entry.publish', model: 'article', uid: 'api::article.article' }),
    ],
    ['an entry without a documentId', JSON.stringify({ ...publishEvent, entry: { slug: 'x' } })],
    ['no event name', JSON.stringify({ model: 'article' })],
    ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].flatMap((name): Array<[string, string]> => [
      [`uid ${name}`, JSON.stringify({ ...publishEvent, uid: name })],
      [`event ${name}`, JSON.stringify({ ...publishEvent, event: name })],
      [`uid api::${name}`, JSON.stringify({ ...publishEvent, uid: `api::${name}` })],
    ]),
    ['model __proto__', JSON.stringify({ ...publishEvent, model: '__proto__' })],
    [
      'a __proto__ key holding the uid',
      '{"event":"entry.publish","model":"article","__proto__":{"uid":"api::article.article"},"entry":{"documentId":"a"}}',
    ],
  ])('answers 400 and revalidates nothing for %s', async (_label, body) => {
    const res = await post(body, `Bearer ${SECRET}`);
    expect(res.status).toBe(400);
    expect(mockedRevalidate).not.toHaveBeenCalled();
  });

  it('revalidates exactly the pages that show the edited article, with the "max" profile', async () => {
    const res = await post(JSON.stringify(publishEvent), `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    const { revalidated } = (await res.json()) as { revalidated: string[] };
    expect([...revalidated].sort()).toEqual([...new Set(tagsForWebhook(publishEvent))].sort());
    // Honest tags: its pages (every locale), its locale's listings, its sections, its sitemap month.
    // Not `articles`, which every other article page carries, nor the other locale's listings.
    expect(revalidated).toEqual([
      'articles:en',
      'article:k2v8x1',
      'article-slug:en:walking-groups-return',
      'category:community',
      'author:maya',
      'tag:sleep',
      'sitemap',
      'sitemap:2026-02',
    ]);
    expect(mockedRevalidate.mock.calls).toEqual(revalidated.map((tag) => [tag, 'max']));
    expect(new Set(revalidated).size).toBe(revalidated.length);
  });

  it('accepts the bearer scheme in any case', async () => {
    const res = await post(JSON.stringify(publishEvent), `bearer ${SECRET}`);
    expect(res.status).toBe(200);
  });

  it('only handles POST (Next answers 405 for the other methods)', () => {
    expect(Object.keys(route).filter((name) => /^[A-Z]+$/.test(name))).toEqual(['POST']);
  });

  it('accepts the large payload of an author with a long archive (every article with its body)', async () => {
    const body = { type: 'paragraph', children: [{ type: 'text', text: 'word '.repeat(1500) }] };
    const articles = Array.from({ length: 400 }, (_, i) => ({
      documentId: `a${i}`,
      slug: `s-${i}`,
      body: [body],
    }));
    const authorUpdate = {
      event: 'entry.update',
      model: 'author',
      uid: 'api::author.author',
      entry: { documentId: 'au1', slug: 'maya', name: 'Maya', articles },
    };
    const text = JSON.stringify(authorUpdate);
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await post(text, `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    expect(mockedRevalidate).toHaveBeenCalled();
  });

  it('answers 413 and revalidates nothing for a body past the cap', async () => {
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const res = await post(JSON.stringify({ ...publishEvent, padding }), `Bearer ${SECRET}`);
    expect(res.status).toBe(413);
    expect(mockedRevalidate).not.toHaveBeenCalled();
  });
});

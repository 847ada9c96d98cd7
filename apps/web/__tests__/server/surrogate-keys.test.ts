/**
 * @jest-environment node
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exposeSurrogateKeys,
  markSharedCacheUnavailable,
  pathnameOfCacheKey,
  recordEntryTags,
  recordTags,
  sharedCacheControl,
  surrogateKeys,
  type SurrogateKeyState,
} from '@/server/surrogate-keys.mjs';

const REQUEST_STATE_KEY = Symbol.for('newsroom.request-state');
const requestState = new AsyncLocalStorage<SurrogateKeyState>();
(globalThis as Record<symbol, unknown>)[REQUEST_STATE_KEY] = requestState;

/** What a page does while it renders: record tags (as the cache handler does), then answer. */
type Page = (res: import('node:http').ServerResponse) => void;
let server: Server;
let origin: string;
const pages = new Map<string, Page>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const state: SurrogateKeyState = {};
    exposeSurrogateKeys(req, res, state);
    requestState.run(state, () => pages.get(new URL(req.url!, 'http://x').pathname)!(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ISR = 's-maxage=3600, stale-while-revalidate=31532400';

describe('exposeSurrogateKeys (server.mjs)', () => {
  it('names the recorded tags in `xkey`, without Next implicit tags, and drops the internal header', async () => {
    pages.set('/en', (res) => {
      recordTags(['cms', 'articles:en', '_N_T_/en/layout']);
      recordTags(['articles:en', 'category:services']);
      res.setHeader('x-next-cache-tags', 'cms,articles:en');
      res.setHeader('Cache-Control', ISR);
      res.end('home');
    });
    const response = await fetch(`${origin}/en`);
    expect(response.headers.get('xkey')).toBe('cms articles:en category:services');
    expect(response.headers.get('x-next-cache-tags')).toBeNull();
  });

  it('gives shared caches seconds instead of an hour (they are not purged)', async () => {
    const response = await fetch(`${origin}/en`);
    expect(response.headers.get('cache-control')).toBe('s-maxage=10, stale-while-revalidate=30');
  });

  it.each([
    ['a private answer (draft mode)', 'private, no-cache, no-store, max-age=0, must-revalidate', 200],
    ['a no-store answer', 'no-store', 200],
    ['no Cache-Control at all', undefined, 200],
    ['an error', ISR, 500],
  ])('adds no `xkey` to %s', async (_label, cacheControl, status) => {
    pages.set('/x', (res) => {
      recordTags(['cms', 'articles']);
      if (cacheControl) res.setHeader('Cache-Control', cacheControl);
      res.statusCode = status;
      res.end('x');
    });
    expect((await fetch(`${origin}/x`)).headers.get('xkey')).toBeNull();
  });

  it('adds no `xkey` when the shared cache was unreachable (the page may be a stale local copy)', async () => {
    pages.set('/y', (res) => {
      recordTags(['cms']);
      markSharedCacheUnavailable();
      res.setHeader('Cache-Control', ISR);
      res.end('y');
    });
    expect((await fetch(`${origin}/y`)).headers.get('xkey')).toBeNull();
  });

  it("falls back to the page's last known tags when this request saw no cache read", async () => {
    requestState.run({}, () =>
      recordEntryTags('/_next-route-cache/app_page/abc123/$/en/news/a-story', ['cms', 'article:doc1']),
    );
    pages.set('/en/news/a-story', (res) => {
      res.setHeader('Cache-Control', ISR);
      res.end('story');
    });
    expect((await fetch(`${origin}/en/news/a-story?_rsc=1`)).headers.get('xkey')).toBe('cms article:doc1');
  });
});

describe('pieces', () => {
  it.each([
    ['/_next-route-cache/app_page/abc/$/en/news/x', '/en/news/x'],
    ['/_next-route-cache/app_page/abc/$/index', '/'],
    ['/en/news/x', undefined],
    [undefined, undefined],
  ])('pathnameOfCacheKey(%j) → %j', (key, expected) => {
    expect(pathnameOfCacheKey(key)).toBe(expected);
  });

  it.each([
    ['s-maxage=3600, stale-while-revalidate=31532400', 's-maxage=10, stale-while-revalidate=30'],
    ['s-maxage=5', 's-maxage=5'],
    ['public, max-age=300', 'public, max-age=300'],
    ['private, no-store', 'private, no-store'],
  ])('sharedCacheControl(%j) → %j', (value, expected) => {
    expect(sharedCacheControl(value)).toBe(expected);
  });

  it.each([
    ['an implicit path tag', '_N_T_/en/page'],
    ['an empty tag', ''],
    ['a tag with a space (would split into two keys)', 'tag:two words'],
    ['a tag with a comma', 'a,b'],
    ['not a string', 42],
  ])('drops %s from the surrogate keys', (_label, tag) => {
    expect(surrogateKeys(['cms', tag])).toEqual(['cms']);
  });
});

/**
 * @jest-environment node
 */
import {
  createRedirectTable,
  isCandidate,
  normalizeRedirectPath,
  resolveRedirects,
} from '@/server/redirects.mjs';

describe('normalizeRedirectPath', () => {
  it.each([
    ['/2024/03/14/slug/', '', '/2024/03/14/slug'],
    ['//2024//03/slug', '', '/2024/03/slug'],
    ['/caf%C3%A9/', '', '/café'],
    ['/', '?p=12', '/?p=12'],
    ['/', '?utm_source=x&p=12', '/?p=12'],
    ['/category/news/', '?utm_source=mail', '/category/news'],
    ['/bad%E0%A4%A', '', '/bad%E0%A4%A'],
  ])('%s%s → %s', (pathname, search, expected) => {
    expect(normalizeRedirectPath(pathname, search)).toBe(expected);
  });
});

describe('resolveRedirects', () => {
  it('follows chains to their end so a reader gets one redirect', () => {
    const { table, dropped } = resolveRedirects([
      { from: '/a', to: '/b' },
      { from: '/b/', to: '/c' },
      { from: '/c', to: '/en/news/c' },
    ]);
    expect(Object.fromEntries(table)).toEqual({ '/a': '/en/news/c', '/b': '/en/news/c', '/c': '/en/news/c' });
    expect(dropped).toEqual([]);
  });

  it.each([
    ['a rule to itself', [{ from: '/a', to: '/a/' }], ['/a']],
    [
      'a two-rule loop',
      [
        { from: '/a', to: '/b' },
        { from: '/b', to: '/a' },
      ],
      ['/a', '/b'],
    ],
    [
      'a loop further down a chain',
      [
        { from: '/x', to: '/a' },
        { from: '/a', to: '/b' },
        { from: '/b', to: '/a' },
      ],
      ['/x', '/a', '/b'],
    ],
  ])('drops %s', (_label, rules, expected) => {
    const { table, dropped } = resolveRedirects(rules);
    expect(dropped.sort()).toEqual(expected.sort());
    for (const from of expected) expect(table.has(from)).toBe(false);
  });

  it('keeps absolute targets as they are and ignores malformed rules', () => {
    const { table } = resolveRedirects([
      { from: '/old', to: 'https://elsewhere.example/page' },
      { from: 'no-slash', to: '/x' },
      { from: '/n', to: 42 as unknown as string },
    ]);
    expect(Object.fromEntries(table)).toEqual({ '/old': 'https://elsewhere.example/page' });
  });
});

describe('createRedirectTable', () => {
  const table = async (entries: Array<[string, string]>) => {
    const t = createRedirectTable({ load: async () => entries, log: { error: () => undefined } });
    await t.ready(1000);
    return t;
  };

  it('finds a rule by path, ignoring trailing slashes and unrelated query strings', async () => {
    const t = await table([
      ['/2024/03/slug', '/en/news/slug'],
      ['/?p=7', '/en/news/seven'],
    ]);
    expect(t.find('/2024/03/slug/')).toBe('/en/news/slug');
    expect(t.find('/2024/03/slug/?utm_source=x')).toBe('/en/news/slug');
    expect(t.find('/?p=7')).toBe('/en/news/seven');
    expect(t.find('/?p=8')).toBeNull();
    expect(t.find('/en/news/slug')).toBeNull();
  });

  it('keeps the last good table when a refresh fails, and never waits again after the first load', async () => {
    let calls = 0;
    const t = createRedirectTable({
      load: async () => {
        calls += 1;
        if (calls > 1) throw new Error('CMS down');
        return [['/old', '/new']];
      },
      refreshMs: 0,
      log: { error: () => undefined },
    });
    await t.ready(1000);
    expect(t.find('/old')).toBe('/new');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(t.find('/old')).toBe('/new');
    const started = Date.now();
    await t.ready(1000);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('does not hold requests longer than asked when the first load hangs', async () => {
    const t = createRedirectTable({
      load: () => new Promise(() => undefined),
      log: { error: () => undefined },
    });
    const started = Date.now();
    await t.ready(50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(t.find('/x')).toBeNull();
  });
});

describe('isCandidate', () => {
  it.each([
    ['GET', '/2024/03/slug/', true],
    ['HEAD', '/?p=1', true],
    ['POST', '/?p=1', false],
    ['GET', '/_next/static/chunk.js', false],
    ['GET', '/api/revalidate', false],
  ])('%s %s → %s', (method, url, expected) => {
    expect(isCandidate(method, url)).toBe(expected);
  });
});

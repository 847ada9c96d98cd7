/**
 * @jest-environment node
 */
import { CmsUnavailableError } from '@newsroom/cms-client';
import { GET } from '@/app/api/search/route';
import { cms } from '@/lib/cms';
import { SEARCH_RATE_LIMIT } from '@/lib/rate-limit';
import { fakeClient, page, summary } from '../fixtures';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  connection: jest.fn(async () => {}),
}));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

let clientNumber = 0;
/** Each call comes from a new address unless one is given, so the rate limit stays out of the way. */
function search(query: string, address = `10.1.0.${++clientNumber}`) {
  return GET(
    new Request(`http://localhost:3000/api/search?${query}`, {
      headers: { 'x-newsroom-client-address': address },
    }),
  );
}

let client: ReturnType<typeof fakeClient>;
beforeEach(() => {
  client = fakeClient({
    searchArticles: jest.fn(async () => page([summary()], { total: 1 })),
  });
  mockedCms.mockResolvedValue(client as never);
});

describe('GET /api/search', () => {
  it('answers one page of matches as JSON, cacheable for a minute', async () => {
    const res = await search('locale=es&q=%20%20paseo%20%20grupo%20&page=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(client.searchArticles).toHaveBeenCalledWith({
      locale: 'es',
      query: 'paseo grupo',
      page: 2,
      pageSize: 10,
    });
    const body = await res.json();
    expect(body).toMatchObject({ query: 'paseo grupo', page: 2, total: 1 });
    expect(body.items[0]).toMatchObject({
      slug: 'walking-groups-return',
      title: 'Walking groups return this spring',
    });
  });

  it.each([
    ['no locale', 'q=walk'],
    ['an unknown locale', 'locale=fr&q=walk'],
    ['no q', 'locale=en'],
    ['q over 100 characters', `locale=en&q=${'a'.repeat(101)}`],
    ['101 emoji', `locale=en&q=${encodeURIComponent('😀'.repeat(101))}`],
    ['page 0', 'locale=en&q=walk&page=0'],
    ['page not a number', 'locale=en&q=walk&page=two'],
    ['page absurdly large', 'locale=en&q=walk&page=100000'],
  ])('rejects %s with 400 and never asks the CMS', async (_label, query) => {
    const res = await search(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await res.json()).error).toEqual(expect.any(String));
    expect(client.searchArticles).not.toHaveBeenCalled();
  });

  it('accepts exactly 100 characters (after trimming and collapsing spaces)', async () => {
    const res = await search(`locale=en&q=${encodeURIComponent(`  ${'a'.repeat(100)}   `)}`);
    expect(res.status).toBe(200);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '%20%20%20'],
    ['only symbols', encodeURIComponent('%_*?.+^$()[]{}|\\/')],
    ['a LIKE wildcard', '%25'],
    ['control characters', encodeURIComponent('\u0000\u0007\u001b')],
    ['zero-width characters', encodeURIComponent('\u200b\u200d\ufeff')],
  ])('answers a clean empty result for %s, without asking the CMS', async (_label, q) => {
    const res = await search(`locale=en&q=${q}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ total: 0, pageCount: 0, items: [] });
    expect(client.searchArticles).not.toHaveBeenCalled();
  });

  it.each([
    ['SQL', "'; DROP TABLE articles; --"],
    ['regex metacharacters', 'walk.*(group|[a-z]+)?'],
    ['unicode', 'ánimo 😀 日本'],
    ['HTML', '<script>alert(1)</script>'],
  ])('passes %s to the CMS as plain words', async (_label, q) => {
    const res = await search(`locale=en&q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(client.searchArticles).toHaveBeenCalledWith(expect.objectContaining({ query: q }));
  });

  it('is a 503 with Retry-After when the CMS is unreachable', async () => {
    client.searchArticles.mockRejectedValue(new CmsUnavailableError('down'));
    const res = await search('locale=en&q=walk');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it(`refuses a client past ${SEARCH_RATE_LIMIT.capacity} quick searches with 429 and Retry-After`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SEARCH_RATE_LIMIT.capacity; i++)
      statuses.push((await search('locale=en&q=walk', '10.9.9.9')).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await search('locale=en&q=walk', '10.9.9.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    // Someone else is not affected.
    expect((await search('locale=en&q=walk', '10.9.9.10')).status).toBe(200);
  });
});

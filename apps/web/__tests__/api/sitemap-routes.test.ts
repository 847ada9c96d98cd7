/**
 * @jest-environment node
 */
import { CmsUnavailableError } from '@newsroom/cms-client';
import robots from '@/app/robots';
import { GET as sitemapPartRoute } from '@/app/sitemap/[part]/route';
import { GET as sitemapRoute } from '@/app/sitemap.xml/route';
import { cms } from '@/lib/cms';
import { fakeClient, summary } from '../fixtures';
import { parseXml } from '../xml';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));
// connection() only marks the route as per-request; outside a real request it would throw.
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  connection: jest.fn(async () => {}),
}));
const mockedCms = cms as jest.MockedFunction<typeof cms>;
const SITE = 'http://localhost:3000';

function withArticles(count: number) {
  const articles = Array.from({ length: count }, (_, i) =>
    summary({ documentId: `d${i}`, slug: `story-${i}`, author: null, category: null }),
  );
  mockedCms.mockResolvedValue(
    fakeClient({
      listAllArticles: jest.fn(async (locale: string) => (locale === 'en' ? articles : [])),
      listCategories: jest.fn(async () => []),
    }) as never,
  );
}

const partReq = (part: string) =>
  sitemapPartRoute(new Request(`${SITE}/sitemap/${part}`), { params: Promise.resolve({ part }) });

describe('sitemap routes', () => {
  it('/sitemap.xml is the URL set itself for a small site; parts do not exist', async () => {
    withArticles(3);
    const res = await sitemapRoute();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const urls = parseXml(await res.text(), ['url']).urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls).toEqual(expect.arrayContaining([`${SITE}/en`, `${SITE}/es`, `${SITE}/en/news/story-0`]));
    expect((await partReq('1.xml')).status).toBe(404);
  });

  it('past 5,000 URLs, /sitemap.xml is an index and /sitemap/<n>.xml serve the parts', async () => {
    withArticles(6000);
    const index = parseXml(await (await sitemapRoute()).text(), ['sitemap']).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${SITE}/sitemap/1.xml`,
      `${SITE}/sitemap/2.xml`,
    ]);
    const second = await partReq('2.xml');
    expect(second.status).toBe(200);
    const urls = parseXml(await second.text(), ['url']).urlset.url;
    expect(urls.length).toBe(6000 + 2 - 5000);
    for (const bad of ['3.xml', '0.xml', '1', 'x.xml', '01.xml'])
      expect((await partReq(bad)).status).toBe(404);
  });

  it('is a 503 while the CMS is unreachable', async () => {
    mockedCms.mockResolvedValue(
      fakeClient({ listAllArticles: jest.fn().mockRejectedValue(new CmsUnavailableError('down')) }) as never,
    );
    expect((await sitemapRoute()).status).toBe(503);
  });
});

describe('robots.txt', () => {
  it('points to the sitemap and keeps crawlers out of the API, preview and status pages', () => {
    const rules = robots();
    expect(rules.sitemap).toBe(`${SITE}/sitemap.xml`);
    const [rule] = [rules.rules].flat();
    expect(rule!.allow).toBe('/');
    expect(rule!.disallow).toEqual(expect.arrayContaining(['/api/', '/en/status/', '/es/status/']));
  });
});

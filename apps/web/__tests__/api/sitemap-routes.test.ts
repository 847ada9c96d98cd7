/**
 * @jest-environment node
 */
import { CmsUnavailableError } from '@newsroom/cms-client';
import robots from '@/app/robots';
import { GET as sitemapPartRoute } from '@/app/sitemap/[part]/route';
import { GET as sitemapRoute } from '@/app/sitemap.xml/route';
import { cms } from '@/lib/cms';
import { fakeClient } from '../fixtures';
import { parseXml } from '../xml';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));
// connection() only marks the route as per-request; outside a real request it would throw.
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  connection: jest.fn(async () => {}),
}));
const mockedCms = cms as jest.MockedFunction<typeof cms>;
const SITE = 'http://localhost:3000';

function withMonths(count: number) {
  mockedCms.mockResolvedValue(
    fakeClient({
      listSitemapMonths: jest.fn(async () => [
        { locale: 'en', month: '2026-03', count, lastModified: '2026-03-09T10:00:00.000Z' },
      ]),
      listSitemapArticles: jest.fn(async ({ page }: { page: number }) =>
        Array.from({ length: Math.min(5000, count - (page - 1) * 5000) }, (_, i) => ({
          documentId: `d${i}`,
          slug: `story-${page}-${i}`,
          updatedAt: '2026-03-04T10:00:00.000Z',
          firstPublishedAt: '2026-03-01T10:00:00.000Z',
          localizations: [],
        })),
      ),
      listCategories: jest.fn(async () => []),
    }) as never,
  );
}

const partReq = (part: string) =>
  sitemapPartRoute(new Request(`${SITE}/sitemap/${part}`), { params: Promise.resolve({ part }) });

describe('sitemap routes', () => {
  it('/sitemap.xml is the index of the pages file and the month files', async () => {
    withMonths(6000);
    const res = await sitemapRoute();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const index = parseXml(await res.text(), ['sitemap']).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${SITE}/sitemap/pages.xml`,
      `${SITE}/sitemap/en-2026-03.xml`,
      `${SITE}/sitemap/en-2026-03-2.xml`,
    ]);
  });

  it('serves each file of the index, and 404 for any other name', async () => {
    withMonths(6000);
    const pages = parseXml(await (await partReq('pages.xml')).text(), ['url']).urlset.url;
    expect(pages.map((u: { loc: string }) => u.loc)).toEqual(
      expect.arrayContaining([`${SITE}/en`, `${SITE}/es`]),
    );
    const second = await partReq('en-2026-03-2.xml');
    expect(second.status).toBe(200);
    expect(parseXml(await second.text(), ['url']).urlset.url).toHaveLength(1000);
    for (const bad of [
      'en-2026-03-3.xml',
      'en-2026-04.xml',
      'fr-2026-03.xml',
      '1.xml',
      'x',
      'pages',
      '../etc.xml',
    ])
      expect((await partReq(bad)).status).toBe(404);
  });

  it('is a 503 while the CMS is unreachable', async () => {
    mockedCms.mockResolvedValue(
      fakeClient({
        listSitemapMonths: jest.fn().mockRejectedValue(new CmsUnavailableError('down')),
      }) as never,
    );
    expect((await sitemapRoute()).status).toBe(503);
    expect((await partReq('en-2026-03.xml')).status).toBe(503);
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

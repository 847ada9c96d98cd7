/**
 * @jest-environment node
 */
import { CmsUnavailableError } from '@newsroom/cms-client';
import { GET as categoryFeed } from '@/app/[locale]/category/[slug]/feed.xml/route';
import { GET as localeFeed } from '@/app/[locale]/feed.xml/route';
import { cms } from '@/lib/cms';
import { article, category, fakeClient, MEDIA, page } from '../fixtures';
import { parseXml } from '../xml';

jest.mock('@/lib/cms', () => ({ cms: jest.fn() }));
// connection() only marks the route as per-request; outside a real request it would throw.
jest.mock('next/server', () => ({
  ...jest.requireActual('next/server'),
  connection: jest.fn(async () => {}),
}));
const mockedCms = cms as jest.MockedFunction<typeof cms>;

const SITE = 'http://localhost:3000';
const req = new Request(`${SITE}/en/feed.xml`);
const ctx = <T>(params: T) => ({ params: Promise.resolve(params) });

describe('GET /[locale]/feed.xml', () => {
  it('is RSS of the 20 latest articles in that language, with absolute URLs', async () => {
    const client = fakeClient({
      listFullArticles: jest.fn(async () => page([article({ title: 'Walks & talks' })])),
    });
    mockedCms.mockResolvedValue(client as never);
    const res = await localeFeed(req, ctx({ locale: 'es' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(client.listFullArticles).toHaveBeenCalledWith({ locale: 'es', page: 1, pageSize: 20 });
    const { rss } = parseXml(await res.text(), ['item']);
    expect(rss.channel.link).toBe(`${SITE}/es`);
    expect(rss.channel.language).toBe('es-ES');
    expect(rss.channel['atom:link']['@href']).toBe(`${SITE}/es/feed.xml`);
    expect(rss.channel.item[0].title).toBe('Walks & talks');
    expect(rss.channel.item[0].link).toBe(`${SITE}/en/news/walking-groups-return`);
  });

  it('carries each article’s full text (content:encoded) with absolute links and images, and no script', async () => {
    const body = [
      {
        type: 'paragraph' as const,
        children: [
          { type: 'text' as const, text: 'Read ' },
          {
            type: 'link' as const,
            url: '/en/news/other',
            children: [{ type: 'text' as const, text: 'this <one>' }],
          },
        ],
      },
      {
        type: 'paragraph' as const,
        children: [
          {
            type: 'link' as const,
            url: 'javascript:alert(1)',
            children: [{ type: 'text' as const, text: 'not a link' }],
          },
        ],
      },
      {
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, text: '<script>alert(1)</script>' }],
      },
      {
        type: 'image' as const,
        image: { url: '/uploads/garden.jpg', alternativeText: 'A garden', width: 800, height: 600 },
      },
    ];
    mockedCms.mockResolvedValue(
      fakeClient({ listFullArticles: jest.fn(async () => page([article({ body })])) }) as never,
    );
    const xml = await (await localeFeed(req, ctx({ locale: 'en' }))).text();
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const { rss } = parseXml(xml, ['item']);
    const html: string = rss.channel.item[0]['content:encoded'];
    expect(html).toContain(`<a href="${SITE}/en/news/other">this &lt;one&gt;</a>`);
    expect(html).toContain(`<img src="${MEDIA}/uploads/garden.jpg" alt="A garden" width="800" height="600">`);
    expect(html).toContain('not a link');
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('is a 404 for a language the site does not have, without asking the CMS', async () => {
    const client = fakeClient();
    mockedCms.mockResolvedValue(client as never);
    expect((await localeFeed(req, ctx({ locale: 'fr' }))).status).toBe(404);
    expect(client.listFullArticles).not.toHaveBeenCalled();
  });

  it('is a 503 with Retry-After while the CMS is unreachable', async () => {
    mockedCms.mockResolvedValue(
      fakeClient({ listFullArticles: jest.fn().mockRejectedValue(new CmsUnavailableError('down')) }) as never,
    );
    const res = await localeFeed(req, ctx({ locale: 'en' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
  });
});

describe('GET /[locale]/category/[slug]/feed.xml', () => {
  it('lists the section’s latest articles under the section’s name and link', async () => {
    const client = fakeClient({
      getCategoryBySlug: jest.fn(async () => category()),
      listFullArticles: jest.fn(async () => page([article()])),
    });
    mockedCms.mockResolvedValue(client as never);
    const res = await categoryFeed(req, ctx({ locale: 'en', slug: 'community' }));
    expect(res.status).toBe(200);
    expect(client.listFullArticles).toHaveBeenCalledWith({
      locale: 'en',
      page: 1,
      pageSize: 20,
      category: 'community',
    });
    const { rss } = parseXml(await res.text(), ['item']);
    expect(rss.channel.title).toBe('Newsroom: Community');
    expect(rss.channel.description).toBe('Local groups and events.');
    expect(rss.channel.link).toBe(`${SITE}/en/category/community`);
    expect(rss.channel['atom:link']['@href']).toBe(`${SITE}/en/category/community/feed.xml`);
  });

  it.each([
    ['an unknown section', 'no-such-section'],
    ['a slug that cannot exist', 'bad slug<>'],
  ])('is a 404 for %s', async (_label, slug) => {
    mockedCms.mockResolvedValue(fakeClient() as never);
    expect((await categoryFeed(req, ctx({ locale: 'en', slug }))).status).toBe(404);
  });
});

/**
 * @jest-environment node
 */
import {
  latest,
  MAX_URLS_PER_SITEMAP,
  sitemapPart,
  sitemapPartCount,
  sitemapRoot,
  type SitemapEntry,
} from '@/lib/sitemap';
import { parseXml } from '../xml';

const SITE = 'https://news.example.org';
const urls = { part: (n: number) => `${SITE}/sitemap/${n}.xml` };

/** n entries, each with a different day as lastmod and a Spanish alternate. */
function generated(n: number): SitemapEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    url: `${SITE}/en/news/story-${i}`,
    lastModified: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
    alternates: {
      en: `${SITE}/en/news/story-${i}`,
      es: `${SITE}/es/news/historia-${i}`,
      'x-default': `${SITE}/en/news/story-${i}`,
    },
  }));
}

const locs = (xml: string) => (parseXml(xml, ['url']).urlset.url as Array<{ loc: string }>).map((u) => u.loc);

describe('sitemap documents', () => {
  it('is one URL set with lastmod and hreflang alternates while it fits in a file', () => {
    const entries = generated(3);
    const doc = parseXml(sitemapRoot(entries, urls), ['url', 'xhtml:link']);
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const [first] = doc.urlset.url;
    expect(first.loc).toBe(`${SITE}/en/news/story-0`);
    expect(first.lastmod).toBe('2020-01-01T00:00:00.000Z');
    expect(first['xhtml:link']).toEqual([
      { '@rel': 'alternate', '@hreflang': 'en', '@href': `${SITE}/en/news/story-0` },
      { '@rel': 'alternate', '@hreflang': 'es', '@href': `${SITE}/es/news/historia-0` },
      { '@rel': 'alternate', '@hreflang': 'x-default', '@href': `${SITE}/en/news/story-0` },
    ]);
    expect(sitemapPart(entries, 1)).toBeNull();
  });

  it(`splits 12,000 URLs into an index of three files of at most ${MAX_URLS_PER_SITEMAP}`, () => {
    const entries = generated(12_000);
    expect(sitemapPartCount(entries.length)).toBe(3);

    const index = parseXml(sitemapRoot(entries, urls), ['sitemap']).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([1, 2, 3].map(urls.part));
    // Each file's lastmod is the newest change inside it.
    expect(index.sitemap.map((s: { lastmod: string }) => s.lastmod)).toEqual([
      entries[4999]!.lastModified,
      entries[9999]!.lastModified,
      entries[11_999]!.lastModified,
    ]);

    const parts = [1, 2, 3].map((n) => locs(sitemapPart(entries, n)!));
    expect(parts.map((p) => p.length)).toEqual([5000, 5000, 2000]);
    // Every URL exactly once, in order.
    expect(parts.flat()).toEqual(entries.map((e) => e.url));
    expect(sitemapPart(entries, 0)).toBeNull();
    expect(sitemapPart(entries, 4)).toBeNull();
    expect(sitemapPart(entries, 1.5)).toBeNull();
  });

  it('switches to an index exactly past the limit', () => {
    expect(parseXml(sitemapRoot(generated(MAX_URLS_PER_SITEMAP), urls))).toHaveProperty('urlset');
    expect(parseXml(sitemapRoot(generated(MAX_URLS_PER_SITEMAP + 1), urls))).toHaveProperty('sitemapindex');
  });

  it('escapes URLs and leaves out dates it cannot read', () => {
    const xml = sitemapRoot([{ url: `${SITE}/en/search?q=a&page=2`, lastModified: 'yesterday' }], urls);
    const [entry] = parseXml(xml, ['url']).urlset.url;
    expect(entry.loc).toBe(`${SITE}/en/search?q=a&page=2`);
    expect(entry).not.toHaveProperty('lastmod');
  });

  it('latest() picks the newest valid date', () => {
    expect(latest(['2026-01-02T00:00:00Z', undefined, 'junk', '2026-03-01T00:00:00Z'])).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(latest([undefined])).toBeUndefined();
  });
});

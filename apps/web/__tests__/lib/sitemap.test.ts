/**
 * @jest-environment node
 */
import { latest, renderSitemapIndex, renderUrlSet, type SitemapEntry } from '@/lib/sitemap';
import { parseXml } from '../xml';

const SITE = 'https://news.example.org';

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
  it('is a URL set with lastmod and hreflang alternates', () => {
    const entries = generated(3);
    const doc = parseXml(renderUrlSet(entries), ['url', 'xhtml:link']);
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
    expect(locs(renderUrlSet(entries))).toHaveLength(3);
  });

  it('is an index of files with their lastmod', () => {
    const index = parseXml(
      renderSitemapIndex([
        { url: `${SITE}/sitemap/pages.xml`, lastModified: '2026-01-02T00:00:00Z' },
        { url: `${SITE}/sitemap/en-2026-01.xml` },
      ]),
      ['sitemap'],
    ).sitemapindex;
    expect(index.sitemap).toEqual([
      { loc: `${SITE}/sitemap/pages.xml`, lastmod: '2026-01-02T00:00:00.000Z' },
      { loc: `${SITE}/sitemap/en-2026-01.xml` },
    ]);
  });

  it('escapes URLs and leaves out dates it cannot read', () => {
    const xml = renderUrlSet([{ url: `${SITE}/en/search?q=a&page=2`, lastModified: 'yesterday' }]);
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

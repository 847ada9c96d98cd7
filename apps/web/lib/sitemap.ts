import { el, renderXmlDocument, type XmlElement } from './xml';

/**
 * sitemap.xml documents (sitemaps.org 0.9, with xhtml:link hreflang alternates). Pure functions over a
 * list of entries, so splitting and escaping are tested without a CMS.
 *
 * Up to MAX_URLS_PER_SITEMAP entries, /sitemap.xml is the list itself. Past that it becomes a sitemap
 * index naming /sitemap/1.xml, /sitemap/2.xml … each holding at most that many entries. (The protocol
 * allows 50,000; smaller files are quicker for crawlers to fetch and for this server to build.)
 */
export const MAX_URLS_PER_SITEMAP = 5000;

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** ISO 8601. */
  lastModified?: string;
  /** hreflang → absolute URL of each language version (including this one) and x-default. */
  alternates?: Record<string, string>;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** W3C datetime in UTC, or nothing for a value that is not a date. */
function lastmod(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The latest of some ISO dates (undefined when there is none). */
export function latest(dates: Array<string | undefined>): string | undefined {
  let best: number | undefined;
  for (const iso of dates) {
    const time = iso ? new Date(iso).getTime() : NaN;
    if (Number.isFinite(time) && (best === undefined || time > best)) best = time;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}

function urlElement(entry: SitemapEntry): XmlElement {
  const modified = lastmod(entry.lastModified);
  return el(
    'url',
    {},
    el('loc', {}, entry.url),
    modified && el('lastmod', {}, modified),
    ...Object.entries(entry.alternates ?? {}).map(([hreflang, href]) =>
      el('xhtml:link', { rel: 'alternate', hreflang, href }),
    ),
  );
}

export function renderUrlSet(entries: SitemapEntry[]): string {
  return renderXmlDocument(
    el('urlset', { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS }, ...entries.map(urlElement)),
  );
}

export function renderSitemapIndex(files: Array<{ url: string; lastModified?: string }>): string {
  return renderXmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      ...files.map((file) => {
        const modified = lastmod(file.lastModified);
        return el('sitemap', {}, el('loc', {}, file.url), modified && el('lastmod', {}, modified));
      }),
    ),
  );
}

/** How many files the entries need; 1 means no index. */
export function sitemapPartCount(total: number, max = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(total / max));
}

export interface SitemapUrls {
  /** Absolute URL of part n (1-based). */
  part: (n: number) => string;
}

/** What /sitemap.xml serves: the URL set when it fits in one file, otherwise the index of the parts. */
export function sitemapRoot(entries: SitemapEntry[], urls: SitemapUrls, max = MAX_URLS_PER_SITEMAP): string {
  const parts = sitemapPartCount(entries.length, max);
  if (parts === 1) return renderUrlSet(entries);
  return renderSitemapIndex(
    Array.from({ length: parts }, (_, i) => ({
      url: urls.part(i + 1),
      lastModified: latest(entries.slice(i * max, (i + 1) * max).map((entry) => entry.lastModified)),
    })),
  );
}

/** Part n of a split sitemap, or null when there is no such part (or the sitemap is not split). */
export function sitemapPart(entries: SitemapEntry[], n: number, max = MAX_URLS_PER_SITEMAP): string | null {
  const parts = sitemapPartCount(entries.length, max);
  if (parts === 1 || !Number.isInteger(n) || n < 1 || n > parts) return null;
  return renderUrlSet(entries.slice((n - 1) * max, n * max));
}

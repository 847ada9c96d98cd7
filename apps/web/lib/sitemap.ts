import { el, renderXmlDocument, type XmlElement } from './xml';

/**
 * sitemap.xml documents (sitemaps.org 0.9, with xhtml:link hreflang alternates). Pure functions over a
 * list of entries, so escaping is tested without a CMS. Which entries go in which file is
 * lib/sitemap-entries.ts: never more than MAX_URLS_PER_SITEMAP per file (the protocol allows 50,000;
 * smaller files are quicker for crawlers to fetch and for this server to build).
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

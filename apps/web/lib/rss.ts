import { el, renderXmlDocument } from './xml';

/**
 * RSS 2.0 documents. Pure: the route handlers gather the articles and absolute URLs, this only writes
 * them, which keeps the escaping and date rules testable without a server.
 */

export interface RssItem {
  title: string;
  /** Absolute URL of the article. */
  url: string;
  /** Stable across slug changes, so feed readers never show a renamed article twice. */
  guid: string;
  description: string;
  /** ISO 8601. */
  publishedAt: string;
  author?: string | null;
  categories?: string[];
  image?: { url: string; width: number; height: number } | null;
  /** The whole article as an HTML fragment with absolute URLs (`content:encoded`). */
  contentHtml?: string;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed mirrors (the home page or the section). */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  feedUrl: string;
  description: string;
  /** e.g. "en-GB". */
  language: string;
  /** Absolute URL of a square PNG shown by feed readers. */
  imageUrl?: string;
  items: RssItem[];
}

/** RFC 822 dates, as RSS requires: "Tue, 03 Mar 2026 09:30:00 GMT". */
export function rfc822(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toUTCString();
}

/** The newest publication date in the feed, which is when its content last changed. */
function newest(items: RssItem[]): string | undefined {
  const times = items.map((item) => new Date(item.publishedAt).getTime()).filter(Number.isFinite);
  return times.length > 0 ? new Date(Math.max(...times)).toUTCString() : undefined;
}

function item(entry: RssItem) {
  return el(
    'item',
    {},
    el('title', {}, entry.title),
    el('link', {}, entry.url),
    el('guid', { isPermaLink: 'false' }, entry.guid),
    el('description', {}, entry.description),
    entry.contentHtml && el('content:encoded', {}, entry.contentHtml),
    rfc822(entry.publishedAt) && el('pubDate', {}, rfc822(entry.publishedAt)!),
    entry.author && el('dc:creator', {}, entry.author),
    ...(entry.categories ?? []).map((name) => el('category', {}, name)),
    entry.image &&
      el('media:content', {
        url: entry.image.url,
        medium: 'image',
        width: entry.image.width,
        height: entry.image.height,
      }),
  );
}

export function buildRssFeed(channel: RssChannel): string {
  const updated = newest(channel.items);
  return renderXmlDocument(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:media': 'http://search.yahoo.com/mrss/',
      },
      el(
        'channel',
        {},
        el('title', {}, channel.title),
        el('link', {}, channel.link),
        el('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
        el('description', {}, channel.description),
        el('language', {}, channel.language),
        updated && el('lastBuildDate', {}, updated),
        channel.imageUrl &&
          el(
            'image',
            {},
            el('url', {}, channel.imageUrl),
            el('title', {}, channel.title),
            el('link', {}, channel.link),
          ),
        ...channel.items.map(item),
      ),
    ),
  );
}

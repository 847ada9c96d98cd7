/**
 * Addresses: where imported content lives on the new site, and the old WordPress addresses that
 * must redirect there. Redirect sources are stored normalised (see normalizeOldPath) so the site can
 * look a request up with the same function.
 */

export const sitePaths = {
  article: (locale: string, slug: string) => `/${locale}/news/${slug}`,
  category: (locale: string, slug: string) => `/${locale}/category/${slug}`,
  tag: (locale: string, slug: string) => `/${locale}/tag/${slug}`,
  author: (locale: string, slug: string) => `/${locale}/author/${slug}`,
  feed: (locale: string) => `/${locale}/feed.xml`,
};

/** Query parameters of WordPress' plain permalinks (`/?p=12`, `/?cat=3` …), kept in redirect sources. */
export const PERMALINK_QUERY_KEYS = ['p', 'page_id', 'cat', 'tag', 'author', 'feed'] as const;

/**
 * "/2023/05/Caf%C3%A9/" → "/2023/05/Café"; "/?p=12" stays. Percent-escapes are decoded, repeated and
 * trailing slashes removed, a query string kept only for a plain-permalink key.
 */
export function normalizeOldPath(pathname: string, search = ''): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Keep a malformed escape as written.
  }
  path = `/${path.split('/').filter(Boolean).join('/')}`;
  const params = new URLSearchParams(search);
  for (const key of PERMALINK_QUERY_KEYS) {
    const value = params.get(key);
    if (value) return `${path}?${key}=${value}`;
  }
  return path;
}

/** The hosts an old link may use (the export's site and blog URLs, with or without www). */
export function siteHosts(urls: string[]): Set<string> {
  const hosts = new Set<string>();
  for (const url of urls) {
    try {
      const host = new URL(url).host.toLowerCase();
      hosts.add(host);
      hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`);
    } catch {
      // not a URL
    }
  }
  return hosts;
}

/** The normalised old path of a link to the WordPress site, or null for a link elsewhere. */
export function oldPathOf(href: string, hosts: Set<string>): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, 'http://relative.invalid');
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.host !== 'relative.invalid' && !hosts.has(url.host.toLowerCase())) return null;
  if (url.host === 'relative.invalid' && !trimmed.startsWith('/')) return null;
  return normalizeOldPath(url.pathname, url.search);
}

const pad = (n: string) => n.padStart(2, '0');

/** The permalink shapes WordPress sites commonly use for a post, besides its own <link>. */
export function postPermalinkShapes(id: string, slug: string, dateLocal: string): string[] {
  const paths = [`/?p=${id}`];
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(dateLocal);
  if (match && slug) {
    const [, year, month, day] = match as unknown as [string, string, string, string];
    paths.push(`/${year}/${pad(month)}/${pad(day)}/${slug}`, `/${year}/${pad(month)}/${slug}`);
  }
  return paths.map((path) => normalizeOldPath(...splitQuery(path)));
}

function splitQuery(path: string): [string, string] {
  const at = path.indexOf('?');
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

import type { Locale } from '@newsroom/cms-client';

/** Every URL the site links to is built here, so a route can move in one place. */

const withPage = (base: string, page: number) => (page > 1 ? `${base}/page/${page}` : base);

export const paths = {
  home: (locale: Locale, page = 1) => withPage(`/${locale}`, page),
  category: (locale: Locale, slug: string, page = 1) =>
    withPage(`/${locale}/category/${encodeURIComponent(slug)}`, page),
  author: (locale: Locale, slug: string, page = 1) =>
    withPage(`/${locale}/author/${encodeURIComponent(slug)}`, page),
  tag: (locale: Locale, slug: string, page = 1) =>
    withPage(`/${locale}/tag/${encodeURIComponent(slug)}`, page),
  article: (locale: Locale, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`,
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  categoryFeed: (locale: Locale, slug: string) => `/${locale}/category/${encodeURIComponent(slug)}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  /** One file of the sitemap index: `pages` or `<locale>-<YYYY-MM>[-<n>]` (lib/sitemap-entries.ts). */
  sitemapFile: (name: string) => `/sitemap/${name}.xml`,
  search: (locale: Locale, query = '', page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('page', String(page));
    const qs = params.toString();
    return `/${locale}/search${qs ? `?${qs}` : ''}`;
  },
};

/** A listing route with its page number taken out, so pagination can link to any page of it. */
export type PagedPath = (page: number) => string;

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}

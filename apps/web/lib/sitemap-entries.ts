import { SITEMAP_PAGE_SIZE, type CmsClient, type Locale } from '@newsroom/cms-client';
import { hreflangMap } from './alternates';
import { isSiteLocale, SITE_LOCALES as LOCALES } from './i18n';
import { absoluteUrl, paths } from './paths';
import { latest, type SitemapEntry } from './sitemap';

/**
 * The sitemap as files a crawler can fetch one by one, each built from one or two small cached CMS
 * reads (slugs and dates only; the CMS's /api/sitemap/* endpoints), never one request per article:
 *
 * - `pages`: each language's home page, every category page, and the author and tag pages that list
 *   something — with hreflang alternates;
 * - `<locale>-<YYYY-MM>[-<n>]`: the articles of one language first published in that month (UTC),
 *   5,000 per file. An article never changes month, so a publish or an edit refreshes only its
 *   month's file (cache tag `sitemap:<YYYY-MM>`) and the index (`sitemap`).
 */

export const PAGES_FILE = 'pages';

/** A month file's name: `en-2026-03`, or `en-2026-03-2` for its second 5,000 articles. */
export interface MonthFile {
  locale: Locale;
  month: string;
  part: number;
}

const FILE = /^([a-z]{2})-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,3}))?$/;

export function monthFileName({ locale, month, part }: MonthFile): string {
  return part === 1 ? `${locale}-${month}` : `${locale}-${month}-${part}`;
}

/** The inverse of monthFileName, or null for anything else (`-1` is never written, so not accepted). */
export function parseMonthFileName(name: string): MonthFile | null {
  const match = FILE.exec(name);
  if (!match || !isSiteLocale(match[1])) return null;
  return { locale: match[1], month: match[2]!, part: match[3] ? Number(match[3]) : 1 };
}

/** Every file of the sitemap with its newest change: the index. */
export async function sitemapFiles(
  client: CmsClient,
): Promise<Array<{ name: string; lastModified?: string }>> {
  const [months, { home }] = await Promise.all([client.listSitemapMonths(), client.listSitemapSections()]);
  const files: Array<{ name: string; lastModified?: string }> = [
    { name: PAGES_FILE, lastModified: latest(home.map((h) => h.lastModified ?? undefined)) },
  ];
  for (const month of months) {
    if (!isSiteLocale(month.locale)) continue;
    const parts = Math.max(1, Math.ceil(month.count / SITEMAP_PAGE_SIZE));
    for (let part = 1; part <= parts; part += 1) {
      files.push({
        name: monthFileName({ locale: month.locale, month: month.month, part }),
        lastModified: month.lastModified ?? undefined,
      });
    }
  }
  return files;
}

/** The articles of one month file, or null when the CMS has no such file (a 404). */
export async function monthFileEntries(
  client: CmsClient,
  siteUrl: string,
  file: MonthFile,
): Promise<SitemapEntry[] | null> {
  const months = await client.listSitemapMonths();
  const known = months.find((m) => m.locale === file.locale && m.month === file.month);
  if (!known || (file.part - 1) * SITEMAP_PAGE_SIZE >= known.count) return null;
  const articles = await client.listSitemapArticles({
    locale: file.locale,
    month: file.month,
    page: file.part,
  });
  const url = (path: string) => absoluteUrl(path, siteUrl);
  return articles.map((article) => {
    const versions: Partial<Record<Locale, string>> = {
      [file.locale]: url(paths.article(file.locale, article.slug)),
    };
    for (const translation of article.localizations) {
      if (isSiteLocale(translation.locale))
        versions[translation.locale] = url(paths.article(translation.locale, translation.slug));
    }
    return {
      url: versions[file.locale]!,
      lastModified: article.updatedAt ?? undefined,
      alternates: hreflangMap(versions),
    };
  });
}

/** One page in each language it exists in. */
interface PageGroup {
  versions: Partial<Record<Locale, { path: string; lastModified?: string }>>;
  /** Overrides x-default (the home pages point it at "/", which picks the reader's language). */
  xDefault?: string;
}

/** Home, category, author and tag pages, grouped by language for their hreflang alternates. */
export async function pageEntries(client: CmsClient, siteUrl: string): Promise<SitemapEntry[]> {
  const [{ sections, home }, categories] = await Promise.all([
    client.listSitemapSections(),
    Promise.all(LOCALES.map(async (locale) => ({ locale, list: await client.listCategories(locale) }))),
  ]);
  const groups = new Map<string, PageGroup>();
  const add = (key: string, locale: Locale, path: string, lastModified?: string, xDefault?: string) => {
    const group = groups.get(key) ?? { versions: {}, xDefault };
    group.versions[locale] = { path, lastModified };
    groups.set(key, group);
  };
  const newest = (kind: string, slug: string, locale: Locale) =>
    sections.find((s) => s.kind === kind && s.slug === slug && s.locale === locale)?.lastModified ??
    undefined;

  for (const locale of LOCALES) {
    const lastModified = home.find((h) => h.locale === locale)?.lastModified ?? undefined;
    add('home', locale, paths.home(locale), lastModified, '/');
  }
  // Every category has a page in each language it is translated into, even before its first article.
  for (const { locale, list } of categories) {
    for (const category of list) {
      add(
        `category:${category.slug}`,
        locale,
        paths.category(locale, category.slug),
        newest('category', category.slug, locale),
      );
    }
  }
  // Author and tag pages exist in every language but are only worth indexing where they list something.
  for (const section of sections) {
    if (section.kind === 'category' || !isSiteLocale(section.locale) || section.count === 0) continue;
    const path =
      section.kind === 'author'
        ? paths.author(section.locale, section.slug)
        : paths.tag(section.locale, section.slug);
    add(`${section.kind}:${section.slug}`, section.locale, path, section.lastModified ?? undefined);
  }

  const url = (path: string) => absoluteUrl(path, siteUrl);
  const entries: SitemapEntry[] = [];
  for (const group of groups.values()) {
    const absolute = Object.fromEntries(
      Object.entries(group.versions).map(([locale, version]) => [locale, url(version.path)]),
    ) as Partial<Record<Locale, string>>;
    const alternates = hreflangMap(absolute, group.xDefault && url(group.xDefault));
    for (const locale of LOCALES) {
      const version = group.versions[locale];
      if (version) entries.push({ url: url(version.path), lastModified: version.lastModified, alternates });
    }
  }
  return entries;
}

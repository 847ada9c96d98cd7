import { LOCALES, type ArticleSummary, type CmsClient, type Locale } from '@newsroom/cms-client';
import { hreflangMap } from './alternates';
import { absoluteUrl, paths } from './paths';
import { latest, type SitemapEntry } from './sitemap';

/**
 * Everything a search engine should index, in every language: each home page, section, author and tag
 * page that has something to show, and every published article. Language versions of the same page
 * are grouped so each entry lists its hreflang alternates. All reads go through the tagged CMS client,
 * so a publish refreshes the sitemap like any page.
 */

/** One page in each language it exists in. */
interface PageGroup {
  versions: Partial<Record<Locale, { path: string; lastModified?: string }>>;
  /** Overrides x-default (the home pages point it at "/", which picks the reader's language). */
  xDefault?: string;
}

/** At most this many tag lookups at a time, so a large tag list never floods the CMS. */
const TAG_LOOKUP_CONCURRENCY = 6;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

function newestChange(articles: ArticleSummary[]): string | undefined {
  return latest(articles.map((article) => article.updatedAt));
}

function groupBy<K>(
  articles: ArticleSummary[],
  key: (a: ArticleSummary) => K | undefined,
): Map<K, ArticleSummary[]> {
  const map = new Map<K, ArticleSummary[]>();
  for (const article of articles) {
    const k = key(article);
    if (k === undefined) continue;
    map.set(k, [...(map.get(k) ?? []), article]);
  }
  return map;
}

function addVersion(
  groups: Map<string, PageGroup>,
  key: string,
  locale: Locale,
  version: { path: string; lastModified?: string },
  xDefault?: string,
) {
  const group = groups.get(key) ?? { versions: {}, xDefault };
  group.versions[locale] = version;
  groups.set(key, group);
}

export async function collectSitemapEntries(client: CmsClient, siteUrl: string): Promise<SitemapEntry[]> {
  const [perLocale, authors, tags] = await Promise.all([
    Promise.all(
      LOCALES.map(async (locale) => {
        const [articles, categories] = await Promise.all([
          client.listAllArticles(locale),
          client.listCategories(locale),
        ]);
        return { locale, articles, categories };
      }),
    ),
    client.listAuthors(),
    client.listTags(),
  ]);

  // Tag pages list articles by a relation listings do not carry; one small request per tag and
  // language tells whether the page has anything on it and when it last changed.
  const tagNewest = await mapLimited(
    LOCALES.flatMap((locale) => tags.map((tag) => ({ locale, tag }))),
    TAG_LOOKUP_CONCURRENCY,
    async ({ locale, tag }) => {
      const page = await client.listArticles({ locale, tag: tag.slug, page: 1, pageSize: 1 });
      return { locale, slug: tag.slug, total: page.total, lastModified: page.items[0]?.updatedAt };
    },
  );

  const groups = new Map<string, PageGroup>();
  for (const { locale, articles, categories } of perLocale) {
    addVersion(
      groups,
      'home',
      locale,
      { path: paths.home(locale), lastModified: newestChange(articles) },
      '/',
    );

    const byCategory = groupBy(articles, (a) => a.category?.slug);
    for (const category of categories) {
      addVersion(groups, `category:${category.slug}`, locale, {
        path: paths.category(locale, category.slug),
        lastModified: newestChange(byCategory.get(category.slug) ?? []),
      });
    }

    // Author and tag pages exist in every language but are only worth indexing where they list something.
    const byAuthor = groupBy(articles, (a) => a.author?.slug);
    for (const author of authors) {
      const own = byAuthor.get(author.slug);
      if (!own) continue;
      addVersion(groups, `author:${author.slug}`, locale, {
        path: paths.author(locale, author.slug),
        lastModified: newestChange(own),
      });
    }
    for (const tag of tagNewest.filter((t) => t.locale === locale && t.total > 0)) {
      addVersion(groups, `tag:${tag.slug}`, locale, {
        path: paths.tag(locale, tag.slug),
        lastModified: tag.lastModified,
      });
    }

    // Translations of an article share its documentId.
    for (const article of articles) {
      addVersion(groups, `article:${article.documentId}`, locale, {
        path: paths.article(locale, article.slug),
        lastModified: article.updatedAt,
      });
    }
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

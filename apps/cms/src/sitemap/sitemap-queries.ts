import { dialectOf, rowsOf, toIso, type Dialect, type KnexLike } from '../database/sql';

/**
 * Read-only queries behind /api/sitemap/*: what the site's sitemaps need, in slices it can cache one
 * by one, straight from the indexed columns (slugs and dates only, never bodies).
 *
 * Articles are grouped into months of first publication (UTC), per locale: an article stays in its
 * month for good (firstPublishedAt never changes), so editing or publishing it touches one month's
 * file, and the month can be named from a webhook payload without asking the CMS. A month with more
 * than SITEMAP_PAGE_SIZE articles is split into pages, ordered by first publication.
 */

export const SITEMAP_PAGE_SIZE = 5000;
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthOf = (dialect: Dialect) =>
  dialect === 'sqlite'
    ? `strftime('%Y-%m', first_published_at / 1000, 'unixepoch')`
    : `to_char(first_published_at, 'YYYY-MM')`;

/** [start, end) of a month as bindings comparable with the stored dates. */
function monthRange(dialect: Dialect, month: string): [number | string, number | string] {
  const [, year, mm] = MONTH.exec(month)!;
  const start = Date.UTC(Number(year), Number(mm) - 1, 1);
  const end = Date.UTC(Number(year), Number(mm), 1);
  return dialect === 'sqlite' ? [start, end] : [new Date(start).toISOString(), new Date(end).toISOString()];
}

export interface SitemapMonth {
  locale: string;
  month: string;
  count: number;
  lastModified: string | null;
}

/** Every (locale, month) with published articles: how many, and the newest change among them. */
export async function sitemapMonths(knex: KnexLike): Promise<SitemapMonth[]> {
  const dialect = dialectOf(knex);
  const rows = rowsOf<{ locale: string; month: string; n: number | string; modified: unknown }>(
    await knex.raw(
      `SELECT locale, ${monthOf(dialect)} AS month, count(*) AS n, max(updated_at) AS modified
       FROM articles WHERE published_at IS NOT NULL AND first_published_at IS NOT NULL
       GROUP BY locale, ${monthOf(dialect)} ORDER BY locale, month`,
    ),
  );
  return rows.map((row) => ({
    locale: row.locale,
    month: row.month,
    count: Number(row.n),
    lastModified: toIso(row.modified),
  }));
}

export interface SitemapArticle {
  documentId: string;
  slug: string;
  updatedAt: string | null;
  firstPublishedAt: string | null;
  /** The other published translations of the same document. */
  localizations: Array<{ locale: string; slug: string }>;
}

/** One page (1-based) of a locale's articles first published in a month, oldest first. */
export async function sitemapArticles(
  knex: KnexLike,
  params: { locale: string; month: string; page: number },
): Promise<SitemapArticle[]> {
  const dialect = dialectOf(knex);
  const [start, end] = monthRange(dialect, params.month);
  const rows = rowsOf<{
    document_id: string;
    slug: string;
    updated_at: unknown;
    first_published_at: unknown;
  }>(
    await knex.raw(
      `SELECT document_id, slug, updated_at, first_published_at FROM articles
       WHERE published_at IS NOT NULL AND locale = ? AND first_published_at >= ? AND first_published_at < ?
       ORDER BY first_published_at, document_id LIMIT ? OFFSET ?`,
      [params.locale, start, end, SITEMAP_PAGE_SIZE, (params.page - 1) * SITEMAP_PAGE_SIZE],
    ),
  );
  const others = new Map<string, Array<{ locale: string; slug: string }>>();
  const ids = rows.map((row) => row.document_id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const translations = rowsOf<{ document_id: string; locale: string; slug: string }>(
      await knex.raw(
        `SELECT document_id, locale, slug FROM articles
         WHERE published_at IS NOT NULL AND locale <> ? AND document_id IN (${chunk.map(() => '?').join(', ')})`,
        [params.locale, ...chunk],
      ),
    );
    for (const row of translations) {
      others.set(row.document_id, [
        ...(others.get(row.document_id) ?? []),
        { locale: row.locale, slug: row.slug },
      ]);
    }
  }
  return rows.map((row) => ({
    documentId: row.document_id,
    slug: row.slug,
    updatedAt: toIso(row.updated_at),
    firstPublishedAt: toIso(row.first_published_at),
    localizations: (others.get(row.document_id) ?? []).sort((a, b) => a.locale.localeCompare(b.locale)),
  }));
}

export interface SitemapSection {
  kind: 'category' | 'author' | 'tag';
  slug: string;
  locale: string;
  count: number;
  lastModified: string | null;
}

const SECTION_LINKS = [
  { kind: 'category', link: 'articles_category_lnk', key: 'category_id', table: 'categories' },
  { kind: 'author', link: 'articles_author_lnk', key: 'author_id', table: 'authors' },
  { kind: 'tag', link: 'articles_tags_lnk', key: 'tag_id', table: 'tags' },
] as const;

/**
 * Every category, author and tag page that lists something, per locale, with its newest change; and
 * each locale's newest change (the home pages). One grouped query per kind.
 */
export async function sitemapSections(
  knex: KnexLike,
): Promise<{ sections: SitemapSection[]; home: Array<{ locale: string; lastModified: string | null }> }> {
  const dialect = dialectOf(knex);
  // SQLite would otherwise read each article's table row (with its body) to learn it is published.
  const articles = dialect === 'sqlite' ? 'articles a INDEXED BY articles_published_by_id_idx' : 'articles a';
  const sections: SitemapSection[] = [];
  for (const { kind, link, key, table } of SECTION_LINKS) {
    const rows = rowsOf<{ slug: string; locale: string; n: number | string; modified: unknown }>(
      await knex.raw(
        `SELECT t.slug AS slug, a.locale AS locale, count(*) AS n, max(a.updated_at) AS modified
         FROM ${link} l JOIN ${articles} ON a.id = l.article_id JOIN ${table} t ON t.id = l.${key}
         WHERE a.published_at IS NOT NULL AND t.slug IS NOT NULL
         GROUP BY t.slug, a.locale ORDER BY t.slug, a.locale`,
      ),
    );
    for (const row of rows) {
      sections.push({
        kind,
        slug: row.slug,
        locale: row.locale,
        count: Number(row.n),
        lastModified: toIso(row.modified),
      });
    }
  }
  const home = rowsOf<{ locale: string; modified: unknown }>(
    await knex.raw(
      `SELECT locale, max(updated_at) AS modified FROM articles WHERE published_at IS NOT NULL GROUP BY locale ORDER BY locale`,
    ),
  ).map((row) => ({ locale: row.locale, lastModified: toIso(row.modified) }));
  return { sections, home };
}

import { dialectOf, quote, rowsOf, type Dialect, type KnexLike } from './sql';

export type { KnexLike } from './sql';

export interface QueryIndex {
  name: string;
  table: string;
  /** Column names; a trailing " DESC" orders that key descending. */
  columns: readonly string[];
  /** A partial index's predicate (same SQL on SQLite and PostgreSQL). */
  where?: string;
}

/**
 * Indexes for the queries the site and the admin really make (the SQL Strapi 5.54 generates, see
 * docs/architecture.md "Scale"). Strapi itself creates only primary keys, foreign-key indexes and
 * `(document_id, locale, published_at)`.
 *
 * - Listings: `WHERE published_at IS NOT NULL AND locale = ? ORDER BY first_published_at DESC,
 *   document_id DESC, id` with LIMIT/OFFSET. The partial index holds published rows only, in that
 *   order, so page 1 reads 12 index entries and page n skips entries without sorting; counts of a
 *   locale are answered from it without touching the table.
 * - Previews (drafts) sort by updated_at the same way.
 * - Category/tag/author pages join the link tables from the taxonomy side: `(category_id,
 *   article_id)` answers "the articles of this category" from the index alone.
 * - The start-up back-fill of first_published_at looks for rows that lack it: a partial index of
 *   exactly those rows (normally empty) makes that a lookup instead of a scan.
 */
export const QUERY_INDEXES: readonly QueryIndex[] = [
  { name: 'articles_slug_locale_idx', table: 'articles', columns: ['slug', 'locale'] },
  { name: 'articles_document_id_locale_idx', table: 'articles', columns: ['document_id', 'locale'] },
  { name: 'categories_slug_locale_idx', table: 'categories', columns: ['slug', 'locale'] },
  { name: 'authors_slug_idx', table: 'authors', columns: ['slug'] },
  { name: 'tags_slug_idx', table: 'tags', columns: ['slug'] },
  {
    name: 'articles_published_listing_idx',
    table: 'articles',
    // updated_at and slug make it covering for the sitemap's month counts and month files.
    columns: ['locale', 'first_published_at DESC', 'document_id DESC', 'id', 'updated_at', 'slug'],
    where: 'published_at IS NOT NULL',
  },
  {
    // "Is this article row published, in which locale, first published and changed when": joins by
    // id (search results, sitemap sections) answered from the index instead of the table rows, whose
    // bodies sit before locale and first_published_at (reading those columns walks the body pages).
    name: 'articles_published_by_id_idx',
    table: 'articles',
    columns: ['id', 'locale', 'first_published_at', 'document_id', 'updated_at', 'published_at'],
    where: 'published_at IS NOT NULL',
  },
  {
    // The admin's list view: drafts of a locale sorted by title.
    name: 'articles_draft_title_idx',
    table: 'articles',
    columns: ['locale', 'title'],
    where: 'published_at IS NULL',
  },
  {
    name: 'articles_draft_listing_idx',
    table: 'articles',
    columns: ['locale', 'updated_at DESC', 'document_id DESC', 'id'],
    where: 'published_at IS NULL',
  },
  {
    name: 'articles_unstamped_idx',
    table: 'articles',
    columns: ['document_id', 'locale'],
    where: 'first_published_at IS NULL',
  },
  {
    name: 'articles_category_lnk_by_category_idx',
    table: 'articles_category_lnk',
    columns: ['category_id', 'article_id'],
  },
  {
    name: 'articles_author_lnk_by_author_idx',
    table: 'articles_author_lnk',
    columns: ['author_id', 'article_id'],
  },
  { name: 'articles_tags_lnk_by_tag_idx', table: 'articles_tags_lnk', columns: ['tag_id', 'article_id'] },
];

/**
 * Indexes an earlier migration created that now do harm: with only `published_at`, SQLite's planner
 * picks it for `published_at IS NULL` (the admin's list of drafts) and sorts 100,000 rows; the partial
 * indexes above serve every query it served.
 */
export const OBSOLETE_INDEXES = ['articles_published_at_idx'] as const;

async function indexExists(knex: KnexLike, dialect: Dialect, name: string): Promise<boolean> {
  const result =
    dialect === 'sqlite'
      ? await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?`, [name])
      : await knex.raw(
          `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?`,
          [name],
        );
  return rowsOf(result).length > 0;
}

const columnName = (column: string) => column.replace(/ DESC$/, '');
const columnSql = (column: string) =>
  column.endsWith(' DESC') ? `${quote(columnName(column))} DESC` : quote(column);
/** Columns a partial index's predicate mentions (all of them must exist too). */
const predicateColumns = (where: string | undefined) => (where ? [/^(\w+)/.exec(where)![1]!] : []);

/**
 * Create each missing index; skip those that exist and those whose table or column does not exist
 * yet. Returns the names it created. Safe to run any number of times, on SQLite and PostgreSQL.
 */
export async function createMissingQueryIndexes(knex: KnexLike): Promise<string[]> {
  const dialect = dialectOf(knex);
  const created: string[] = [];
  for (const name of OBSOLETE_INDEXES) {
    if (await indexExists(knex, dialect, name)) await knex.raw(`DROP INDEX ${quote(name)}`);
  }
  for (const index of QUERY_INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const needed = [...index.columns.map(columnName), ...predicateColumns(index.where)];
    const columnsPresent = await Promise.all(
      needed.map((column) => knex.schema.hasColumn(index.table, column)),
    );
    if (columnsPresent.includes(false)) continue;
    if (await indexExists(knex, dialect, index.name)) continue;
    await knex.raw(
      `CREATE INDEX ${quote(index.name)} ON ${quote(index.table)} (${index.columns.map(columnSql).join(', ')})` +
        (index.where ? ` WHERE ${index.where}` : ''),
    );
    created.push(index.name);
  }
  // Fresh statistics let both planners pick these indexes (cheap: sampled on both databases).
  if (created.length > 0) {
    if (dialect === 'sqlite') {
      await knex.raw('PRAGMA analysis_limit = 400');
      await knex.raw('ANALYZE');
    } else {
      await knex.raw('ANALYZE articles');
    }
  }
  return created;
}

/** For the after-sync hook: same work, logged through Strapi's logger. */
export async function ensureQueryIndexes(db: {
  connection: unknown;
  logger?: { info(message: string): void };
}) {
  const created = await createMissingQueryIndexes(db.connection as KnexLike);
  if (created.length > 0) db.logger?.info(`[database] created indexes ${created.join(', ')}`);
}

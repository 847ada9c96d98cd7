/**
 * Indexes for the lookups the site makes on every page build: an article by slug in a locale, the
 * newest published articles, an article's other locales (same document_id), a category by slug,
 * authors and tags by slug. Strapi creates none of these itself.
 */
export const QUERY_INDEXES = [
  { name: 'articles_slug_locale_idx', table: 'articles', columns: ['slug', 'locale'] },
  { name: 'articles_published_at_idx', table: 'articles', columns: ['published_at'] },
  { name: 'articles_document_id_locale_idx', table: 'articles', columns: ['document_id', 'locale'] },
  { name: 'categories_slug_locale_idx', table: 'categories', columns: ['slug', 'locale'] },
  { name: 'authors_slug_idx', table: 'authors', columns: ['slug'] },
  { name: 'tags_slug_idx', table: 'tags', columns: ['slug'] },
] as const;

/** The slice of Knex these helpers use; Strapi passes a Knex instance or transaction. */
export interface KnexLike {
  raw(sql: string, bindings?: readonly unknown[]): Promise<unknown>;
  schema: {
    hasTable(table: string): Promise<boolean>;
    hasColumn(table: string, column: string): Promise<boolean>;
  };
  client: { config: { client?: unknown } };
}

type Dialect = 'sqlite' | 'postgres';

function dialectOf(knex: KnexLike): Dialect {
  const client = String(knex.client.config.client ?? '');
  if (/sqlite/.test(client)) return 'sqlite';
  if (/^(pg|postgres|postgresql)$/.test(client)) return 'postgres';
  throw new Error(`query indexes: unsupported database client "${client}" (expected SQLite or PostgreSQL)`);
}

/** Rows come back as an array (SQLite) or inside `{ rows }` (PostgreSQL). */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? rows : [];
}

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

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Create each missing index; skip those that exist and those whose table or column does not exist
 * yet. Returns the names it created. Safe to run any number of times, on SQLite and PostgreSQL.
 */
export async function createMissingQueryIndexes(knex: KnexLike): Promise<string[]> {
  const dialect = dialectOf(knex);
  const created: string[] = [];
  for (const index of QUERY_INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const columnsPresent = await Promise.all(
      index.columns.map((column) => knex.schema.hasColumn(index.table, column)),
    );
    if (columnsPresent.includes(false)) continue;
    if (await indexExists(knex, dialect, index.name)) continue;
    await knex.raw(
      `CREATE INDEX ${quote(index.name)} ON ${quote(index.table)} (${index.columns.map(quote).join(', ')})`,
    );
    created.push(index.name);
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

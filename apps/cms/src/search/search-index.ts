import { dialectOf, rowsOf, type Dialect, type KnexLike } from '../database/sql';

/**
 * The full-text index of published articles, in the database's own engine:
 * - SQLite: `article_search_fts`, an FTS5 table without a copy of the text (contentless, with
 *   delete support), one row per published article row (rowid = articles.id), columns title,
 *   excerpt and body (the text of the blocks, without the JSON around it);
 * - PostgreSQL: `article_search` (article_id, document) with a GIN index, where `document` is one
 *   tsvector whose lexemes are weighted A (title), B (excerpt), C (body).
 * Locale, publication date and documentId are read from `articles` by primary key at query time, so
 * a direct date change (the seed back-dating an article) is never stale in the index.
 *
 * Kept in sync by the document middleware in ./sync.ts; built here in one INSERT … SELECT that the
 * database runs by itself (no rows pass through Node), when the index is missing or its row count
 * does not match the published articles (content loaded behind Strapi's back, e.g. bench/).
 */

export const SQLITE_INDEX = 'article_search_fts';
export const POSTGRES_INDEX = 'article_search';

/** The text of a blocks body: every "text" value, space-separated (links, lists and quotes included). */
const bodyText = (dialect: Dialect, column: string) =>
  dialect === 'sqlite'
    ? `(SELECT group_concat(j.value, ' ') FROM json_tree(${column}) j WHERE j.key = 'text' AND j.type = 'text')`
    : `(SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(${column}::jsonb, 'strict $.**.text') t)`;

const pgDocument = (alias: string) =>
  `setweight(to_tsvector('simple', coalesce(${alias}.title, '')), 'A') ||
   setweight(to_tsvector('simple', coalesce(${alias}.excerpt, '')), 'B') ||
   setweight(to_tsvector('simple', coalesce(${bodyText('postgres', `${alias}.body`)}, '')), 'C')`;

/** Insert the published rows chosen by `where` (SQL over alias `a`, with bindings). */
async function insertRows(knex: KnexLike, dialect: Dialect, where: string, bindings: unknown[]) {
  if (dialect === 'sqlite') {
    await knex.raw(
      `INSERT INTO ${SQLITE_INDEX} (rowid, title, excerpt, body)
       SELECT a.id, coalesce(a.title, ''), coalesce(a.excerpt, ''), coalesce(${bodyText('sqlite', 'a.body')}, '')
       FROM articles a WHERE a.published_at IS NOT NULL AND (${where})`,
      bindings,
    );
  } else {
    await knex.raw(
      `INSERT INTO ${POSTGRES_INDEX} (article_id, document)
       SELECT a.id, ${pgDocument('a')} FROM articles a WHERE a.published_at IS NOT NULL AND (${where})
       ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document`,
      bindings,
    );
  }
}

async function createIndex(knex: KnexLike, dialect: Dialect) {
  if (dialect === 'sqlite') {
    await knex.raw(
      `CREATE VIRTUAL TABLE ${SQLITE_INDEX} USING fts5(title, excerpt, body, content = '',
         contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`,
    );
  } else {
    await knex.raw(
      `CREATE TABLE ${POSTGRES_INDEX} (article_id integer PRIMARY KEY, document tsvector NOT NULL)`,
    );
    await knex.raw(`CREATE INDEX ${POSTGRES_INDEX}_document_idx ON ${POSTGRES_INDEX} USING GIN (document)`);
  }
}

async function indexRowCount(knex: KnexLike, dialect: Dialect): Promise<number | null> {
  const table = dialect === 'sqlite' ? SQLITE_INDEX : POSTGRES_INDEX;
  if (!(await knex.schema.hasTable(table))) return null;
  // A contentless FTS5 table keeps one docsize row per indexed row.
  const sql =
    dialect === 'sqlite'
      ? `SELECT count(*) AS n FROM ${SQLITE_INDEX}_docsize`
      : `SELECT count(*) AS n FROM ${POSTGRES_INDEX}`;
  return Number(rowsOf<{ n: number | string }>(await knex.raw(sql))[0]?.n ?? 0);
}

async function publishedRowCount(knex: KnexLike): Promise<number> {
  const rows = rowsOf<{ n: number | string }>(
    await knex.raw(`SELECT count(*) AS n FROM articles WHERE published_at IS NOT NULL`),
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Create the index if it is missing and (re)fill it when it does not hold one row per published
 * article. Idempotent; returns what it did, for the log.
 */
export async function ensureSearchIndex(
  knex: KnexLike,
): Promise<'created' | 'rebuilt' | 'current' | 'skipped'> {
  if (!(await knex.schema.hasTable('articles'))) return 'skipped';
  const dialect = dialectOf(knex);
  const indexed = await indexRowCount(knex, dialect);
  if (indexed !== null && indexed === (await publishedRowCount(knex))) return 'current';
  if (indexed !== null) {
    await knex.raw(`DROP TABLE ${dialect === 'sqlite' ? SQLITE_INDEX : POSTGRES_INDEX}`);
  }
  await createIndex(knex, dialect);
  await insertRows(knex, dialect, '1 = 1', []);
  return indexed === null ? 'created' : 'rebuilt';
}

/** Ids of the published rows of some documents (before an action replaces them). */
export async function publishedRowIds(knex: KnexLike, documentIds: string[]): Promise<number[]> {
  if (documentIds.length === 0) return [];
  const rows = rowsOf<{ id: number }>(
    await knex.raw(
      `SELECT id FROM articles WHERE published_at IS NOT NULL AND document_id IN (${documentIds.map(() => '?').join(', ')})`,
      documentIds,
    ),
  );
  return rows.map((row) => Number(row.id));
}

/**
 * Bring the index up to date for some documents: drop the rows that were published before the action
 * (`previousIds`), index the published rows there are now.
 */
export async function reindexDocuments(knex: KnexLike, documentIds: string[], previousIds: number[]) {
  if (documentIds.length === 0) return;
  const dialect = dialectOf(knex);
  const currentIds = await publishedRowIds(knex, documentIds);
  const stale = [...new Set([...previousIds, ...currentIds])];
  if (stale.length > 0) {
    const table = dialect === 'sqlite' ? SQLITE_INDEX : POSTGRES_INDEX;
    const key = dialect === 'sqlite' ? 'rowid' : 'article_id';
    await knex.raw(`DELETE FROM ${table} WHERE ${key} IN (${stale.map(() => '?').join(', ')})`, stale);
  }
  if (currentIds.length > 0) {
    await insertRows(knex, dialect, `a.id IN (${currentIds.map(() => '?').join(', ')})`, currentIds);
  }
}

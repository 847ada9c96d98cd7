import { dialectOf, rowsOf, type Dialect, type KnexLike } from '../database/sql';
import { POSTGRES_INDEX, SQLITE_INDEX } from './search-index';

/**
 * Ranked full-text search over published articles of one locale.
 *
 * A result must contain every word, each as a whole word or as the start of a word ("sleep" finds
 * "sleepless"). Results are ordered by tier, then phrase, then recency:
 *   0  every word, whole, in the title        4  every word in the title, some only as a fragment
 *   1  … in the excerpt                      5  … in the excerpt
 *   2  … in the body                         6  … in the body
 *   3  every word whole, spread over fields  7  anything else that matched
 * Within a tier, articles containing the words as a phrase (in the order typed, adjacent) come
 * first, then the newest first publication, then documentId (a stable order for pagination).
 */

type Field = 'title' | 'excerpt' | 'body';
const FIELDS: Field[] = ['title', 'excerpt', 'body'];
const PG_WEIGHT: Record<Field, string> = { title: 'A', excerpt: 'B', body: 'C' };

interface Queries {
  loose: string;
  whole: string;
  phrase: string | null;
  wholeIn: (field: Field) => string;
  prefixIn: (field: Field) => string;
}

/** FTS5 MATCH strings. Terms are letters and digits only (search-terms.ts), quoted anyway. */
function sqliteQueries(terms: string[]): Queries {
  const q = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const all = (suffix: string) => terms.map((t) => `${q(t)}${suffix}`).join(' AND ');
  return {
    loose: all('*'),
    whole: all(''),
    phrase: terms.length > 1 ? q(terms.join(' ')) : null,
    wholeIn: (field) => `{${field}} : (${all('')})`,
    prefixIn: (field) => `{${field}} : (${all('*')})`,
  };
}

/** to_tsquery('simple', …) strings; weights A/B/C restrict a lexeme to title/excerpt/body. */
function postgresQueries(terms: string[]): Queries {
  const all = (suffix: string) => terms.map((t) => `'${t}'${suffix}`).join(' & ');
  return {
    loose: all(':*'),
    whole: all(''),
    phrase: terms.length > 1 ? terms.map((t) => `'${t}'`).join(' <-> ') : null,
    wholeIn: (field) => all(`:${PG_WEIGHT[field]}`),
    prefixIn: (field) => all(`:*${PG_WEIGHT[field]}`),
  };
}

function sql(dialect: Dialect, queries: Queries) {
  const bindings: string[] = [];
  const matches =
    dialect === 'sqlite'
      ? (query: string) => {
          bindings.push(query);
          return `f.rowid IN (SELECT rowid FROM ${SQLITE_INDEX} WHERE ${SQLITE_INDEX} MATCH ?)`;
        }
      : (query: string) => {
          bindings.push(query);
          return `f.document @@ to_tsquery('simple', ?)`;
        };
  const tiers = [
    ...FIELDS.map((field) => queries.wholeIn(field)),
    queries.whole,
    ...FIELDS.map((field) => queries.prefixIn(field)),
  ];
  const tier = `CASE ${tiers.map((query, i) => `WHEN ${matches(query)} THEN ${i}`).join(' ')} ELSE ${tiers.length} END`;
  const phrase = queries.phrase === null ? '0' : `CASE WHEN ${matches(queries.phrase)} THEN 0 ELSE 1 END`;
  const from =
    dialect === 'sqlite'
      ? // CROSS JOIN keeps the full-text match as the outer loop (left to itself, SQLite walks every
        // article of the locale and runs the MATCH once per row: seconds at 100,000 articles), and the
        // covering index by id answers locale, date and documentId without reading the table rows.
        `FROM ${SQLITE_INDEX} f CROSS JOIN articles a INDEXED BY articles_published_by_id_idx ON a.id = f.rowid
         WHERE ${SQLITE_INDEX} MATCH ?`
      : `FROM ${POSTGRES_INDEX} f JOIN articles a ON a.id = f.article_id WHERE f.document @@ to_tsquery('simple', ?)`;
  const where = `${from} AND a.locale = ? AND a.published_at IS NOT NULL`;
  return { tier, phrase, where, rankBindings: bindings };
}

export interface SearchPage {
  documentIds: string[];
  total: number;
}

export async function searchPublishedArticles(
  knex: KnexLike,
  params: { locale: string; terms: string[]; offset: number; limit: number },
): Promise<SearchPage> {
  if (params.terms.length === 0 || !params.terms.every((term) => /^[\p{L}\p{N}]+$/u.test(term))) {
    throw new Error('search terms must be non-empty runs of letters and digits (see toTerms)');
  }
  const dialect = dialectOf(knex);
  const queries = dialect === 'sqlite' ? sqliteQueries(params.terms) : postgresQueries(params.terms);
  const { tier, phrase, where, rankBindings } = sql(dialect, queries);
  const filter = [queries.loose, params.locale];

  const [countResult, pageResult] = [
    await knex.raw(`SELECT count(*) AS n ${where}`, filter),
    await knex.raw(
      `SELECT a.document_id AS document_id, ${tier} AS tier, ${phrase} AS phrase ${where}
       ORDER BY tier, phrase, a.first_published_at DESC, a.document_id DESC
       LIMIT ? OFFSET ?`,
      [...rankBindings, ...filter, params.limit, params.offset],
    ),
  ];
  return {
    total: Number(rowsOf<{ n: number | string }>(countResult)[0]?.n ?? 0),
    documentIds: rowsOf<{ document_id: string }>(pageResult).map((row) => row.document_id),
  };
}

/**
 * The few raw-SQL helpers shared by the index, search and sitemap modules. Strapi passes a Knex
 * instance (or transaction) to migrations and exposes one as `strapi.db.connection`.
 */

/** The slice of Knex these helpers use. */
export interface KnexLike {
  raw(sql: string, bindings?: readonly unknown[]): Promise<unknown>;
  schema: {
    hasTable(table: string): Promise<boolean>;
    hasColumn(table: string, column: string): Promise<boolean>;
  };
  client: { config: { client?: unknown } };
}

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(knex: KnexLike): Dialect {
  const client = String(knex.client.config.client ?? '');
  if (/sqlite/.test(client)) return 'sqlite';
  if (/^(pg|postgres|postgresql)$/.test(client)) return 'postgres';
  throw new Error(`unsupported database client "${client}" (expected SQLite or PostgreSQL)`);
}

/** Rows come back as an array (SQLite) or inside `{ rows }` (PostgreSQL). */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Dates as the database stores them: SQLite (Strapi's better-sqlite3 client) keeps epoch
 * milliseconds, PostgreSQL a timestamp. Either way this gives an ISO string (or null).
 */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date =
    value instanceof Date
      ? value
      : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A date as a binding for a comparison with a stored date column. */
export function dateBinding(dialect: Dialect, iso: string): number | string {
  return dialect === 'sqlite' ? Date.parse(iso) : iso;
}

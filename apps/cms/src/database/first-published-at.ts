import type { Core } from '@strapi/strapi';
import { quote, rowsOf, type KnexLike } from './sql';

/**
 * Strapi's own back-fill of `firstPublishedAt` (config/features.ts) runs on every start, for every
 * draft-and-publish type, and reads the whole table — bodies included — into memory in one query
 * (`@strapi/core` dist/migrations/first-published-at.js). At 100,000 articles that exhausts Node's
 * default heap and Strapi does not boot.
 *
 * This replaces that step with one UPDATE per type that the database runs without sending rows to
 * Node: every row (draft or published) that has no first_published_at, and whose document has a
 * published version in the same locale, gets that version's date. Rows that already have a date are
 * left alone, so it is idempotent and, in normal operation (nothing missing), a single index lookup
 * (`articles_unstamped_idx`).
 */

type Handler = (context: AfterSyncContext) => Promise<unknown> | unknown;
interface Hook {
  getHandlers(): Handler[];
  register(handler: Handler): unknown;
  delete(handler: Handler): unknown;
}
interface ContentTypeLike {
  uid?: string;
  attributes?: Record<string, unknown>;
  pluginOptions?: { i18n?: { localized?: boolean } };
}
interface AfterSyncContext {
  oldContentTypes?: Record<string, ContentTypeLike>;
  contentTypes: Record<string, ContentTypeLike>;
}

/** The core after-sync handler is the one that calls the first-published-at migration. */
const isCoreMigrationHandler = (handler: Handler) =>
  /firstPublishedAt/.test(Function.prototype.toString.call(handler));

/** Content types as the core handler sees them, minus firstPublishedAt: its loop then skips them. */
function withoutFirstPublishedAt(contentTypes: AfterSyncContext['contentTypes']) {
  return Object.fromEntries(
    Object.entries(contentTypes).map(([uid, type]) => {
      if (!type.attributes || !('firstPublishedAt' in type.attributes)) return [uid, type];
      const { firstPublishedAt: _skipped, ...attributes } = type.attributes;
      return [uid, { ...type, attributes }];
    }),
  );
}

/**
 * Called from register(): wraps the core after-sync migrations so they skip their first-published-at
 * step (the i18n and draft-and-publish steps still run as before), and registers the set-based
 * back-fill in its place. Returns false when the core handler was not found (a Strapi upgrade changed
 * it): the back-fill still runs, and the log says so.
 */
export function replaceFirstPublishedAtBackfill(strapi: Core.Strapi): boolean {
  const hook = strapi.hook('strapi::content-types.afterSync') as unknown as Hook;
  const core = hook.getHandlers().find(isCoreMigrationHandler);
  if (core) {
    hook.delete(core);
    hook.register((context) =>
      core({ ...context, contentTypes: withoutFirstPublishedAt(context.contentTypes) }),
    );
  } else {
    strapi.log.warn(
      '[database] Strapi core first-published-at migration not found; check after upgrading Strapi',
    );
  }
  hook.register(async ({ contentTypes }) => {
    const started = Date.now();
    const filled = await backfillFirstPublishedAt(strapi, contentTypes);
    if (filled > 0)
      strapi.log.info(`[database] firstPublishedAt set on ${filled} rows in ${Date.now() - started} ms`);
  });
  return Boolean(core);
}

/** Returns the number of rows it stamped. */
export async function backfillFirstPublishedAt(
  strapi: Core.Strapi,
  contentTypes: AfterSyncContext['contentTypes'],
): Promise<number> {
  const knex = strapi.db.connection as unknown as KnexLike;
  let total = 0;
  for (const [uid, type] of Object.entries(contentTypes)) {
    if (!type.attributes || !('firstPublishedAt' in type.attributes)) continue;
    const meta = strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0]);
    const column = (attribute: string) =>
      quote((meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute);
    const table = quote(meta.tableName);
    const localized = 'locale' in meta.attributes;
    const sameLocale = localized
      ? `AND p.${column('locale')} IS NOT DISTINCT FROM ${table}.${column('locale')}`
      : '';
    const source = `FROM ${table} p WHERE p.${column('documentId')} = ${table}.${column('documentId')} ${sameLocale}
      AND p.${column('publishedAt')} IS NOT NULL`;
    // COALESCE keeps a date a sibling row already has (the published row of a partly stamped pair).
    const result = await knex.raw(
      `UPDATE ${table} SET ${column('firstPublishedAt')} = (
         SELECT COALESCE(MIN(p.${column('firstPublishedAt')}), MIN(p.${column('publishedAt')})) ${source})
       WHERE ${column('firstPublishedAt')} IS NULL AND EXISTS (SELECT 1 ${source})`,
    );
    total += changedRows(result);
  }
  return total;
}

/** better-sqlite3 reports `{ changes }`, pg `{ rowCount }`. */
function changedRows(result: unknown): number {
  const value = result as { changes?: number; rowCount?: number } | undefined;
  return Number(value?.changes ?? value?.rowCount ?? rowsOf(result).length ?? 0);
}

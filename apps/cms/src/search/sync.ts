import type { Core, Modules } from '@strapi/strapi';
import type { KnexLike } from '../database/sql';
import { publishedRowIds, reindexDocuments } from './search-index';

const ARTICLE = 'api::article.article';
/** Every document-service action that can change which article rows are published, or their text. */
const WRITE_ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);

type Transaction = <T>(work: (scope: { trx: KnexLike }) => Promise<T>) => Promise<T>;

/**
 * Keeps the full-text index (search-index.ts) in step with published articles: after any write to an
 * article document (any locale), its index rows are replaced by its published rows as they are now.
 * Runs in the action's transaction when there is one, so a failed write leaves the index alone.
 */
export function syncSearchIndex(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const transaction = strapi.db.transaction.bind(strapi.db) as unknown as Transaction;
  return async (context, next) => {
    if (context.uid !== ARTICLE || !WRITE_ACTIONS.has(context.action)) return next();
    const given = (context.params as { documentId?: unknown } | undefined)?.documentId;
    const before = typeof given === 'string' ? [given] : [];
    const previousIds = await transaction(({ trx }) => publishedRowIds(trx, before));
    const result = await next();
    const produced = (result as { documentId?: unknown } | null | undefined)?.documentId;
    const documentIds = [...new Set([...before, ...(typeof produced === 'string' ? [produced] : [])])];
    try {
      await transaction(({ trx }) => reindexDocuments(trx, documentIds, previousIds));
    } catch (error) {
      // The write itself succeeded; an editor must not see it fail. The next start rebuilds an index
      // whose row count is off (search-index.ts).
      strapi.log.error(`[search] could not reindex ${documentIds.join(', ')}: ${(error as Error).message}`);
    }
    return result;
  };
}

import type { Core, Modules, UID } from '@strapi/strapi';
import { changedFields, takeSnapshot } from './snapshot';
import { KEEP_PER_DOCUMENT, revisions } from './store';

/** The types whose history is kept: what editors write and publish. */
export const HISTORY_TYPES: UID.ContentType[] = ['api::article.article', 'api::help-banner.help-banner'];
const RECORDED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);

interface RequestState {
  state?: {
    user?: { firstname?: string | null; lastname?: string | null; email?: string };
    auth?: { strategy?: { name?: string } };
  };
}

/** Who is acting: the admin signed in, an API token, or nobody (a scheduled job, a script). */
export function currentAuthor(strapi: Core.Strapi): string {
  const request = strapi.requestContext.get() as RequestState | undefined;
  const user = request?.state?.user;
  if (user?.email) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
    return name ? `${name} <${user.email}>` : user.email;
  }
  if (request?.state?.auth?.strategy?.name === 'content-api-token') return 'API token';
  return 'Scheduled job / system';
}

/** The languages an action touched: the one asked for, or every language of the document. */
async function localesOf(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locale: unknown) {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, select: ['locale'] })) as Array<{
    locale: string;
  }>;
  return [...new Set(rows.map((row) => row.locale))];
}

/**
 * Every save, publish, unpublish and discard of an article or the help banner keeps a version of that
 * language: the draft's content after the action, whether it was published, who acted and which fields
 * changed since the previous version. The newest 50 per document and language are kept. Recording
 * never fails the editor's action: a problem is logged.
 */
export function recordRevisions(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    const uid = context.uid as UID.ContentType;
    if (!HISTORY_TYPES.includes(uid) || !RECORDED_ACTIONS.has(context.action)) return result;
    try {
      const params = context.params as { documentId?: string; locale?: unknown };
      const documentId =
        params.documentId ?? (result as { documentId?: string } | null | undefined)?.documentId;
      if (!documentId) return result;
      const action = (strapi.requestContext.get() as { state?: { revisionAction?: string } } | undefined)
        ?.state?.revisionAction;
      for (const locale of await localesOf(strapi, uid, documentId, params.locale)) {
        await saveRevision(strapi, uid, documentId, locale, action ?? context.action);
      }
    } catch (error) {
      strapi.log.error(`[history] could not record a version: ${(error as Error).message}`);
    }
    return result;
  };
}

export async function saveRevision(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  locale: string,
  action: string,
): Promise<void> {
  const data = await takeSnapshot(strapi, uid, documentId, locale);
  if (!data) return;
  const published =
    (await strapi.db.query(uid).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) >
    0;
  const scope = { uid, document_id: documentId, locale };
  // Inside the editor's transaction when there is one (SQLite would wait forever on a second writer).
  await strapi.db.transaction(async ({ trx }) => {
    const table = () => revisions(strapi).transacting(trx);
    const previous = await table().where(scope).orderBy('id', 'desc').first();
    const changed = changedFields(
      previous ? (JSON.parse(previous.data) as Record<string, unknown>) : null,
      data,
    );
    // A save that changed nothing (the admin saves before it publishes) is not a version.
    if (previous && action === 'update' && changed.length === 0) return;
    await table().insert({
      ...scope,
      action,
      published,
      author: currentAuthor(strapi),
      changed: JSON.stringify(changed),
      data: JSON.stringify(data),
      created_at: new Date(),
    });
    const keep = await table().where(scope).orderBy('id', 'desc').limit(KEEP_PER_DOCUMENT).select('id');
    const oldestKept = keep[keep.length - 1]?.id;
    if (keep.length === KEEP_PER_DOCUMENT && oldestKept !== undefined) {
      await table().where(scope).andWhere('id', '<', oldestKept).delete();
    }
  });
}

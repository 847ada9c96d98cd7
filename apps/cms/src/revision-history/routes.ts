import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { HISTORY_TYPES } from './record';
import { revisions, toRevision, type RevisionRow } from './store';

interface Ability {
  can(action: string, subject?: string): boolean;
}
interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { userAbility?: Ability; revisionAction?: string };
  body: unknown;
}

const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';
const PUBLISH = 'plugin::content-manager.explorer.publish';

function allowed(ctx: Ctx, action: string, uid: string) {
  if (!ctx.state.userAbility?.can(action, uid))
    throw new errors.ForbiddenError('You may not do this on this content.');
}

function historyType(uid: unknown): UID.ContentType {
  if (typeof uid !== 'string' || !HISTORY_TYPES.includes(uid as UID.ContentType))
    throw new errors.ValidationError('No history is kept for this content type.');
  return uid as UID.ContentType;
}

/**
 * Admin routes (signed-in admins only, checked against the content manager's permissions):
 * - GET  /revision-history/:uid/:documentId?locale=en → the versions of one language, newest first;
 * - POST /revision-history/restore/:id → the draft takes that version's content again (a version that
 *   was published is published again), recorded as a new "restore" version.
 */
export function registerRevisionRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/revision-history',
    routes: [
      {
        method: 'GET',
        path: '/:uid/:documentId',
        handler: async (ctx: Ctx) => {
          const uid = historyType(ctx.params.uid);
          allowed(ctx, READ, uid);
          const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : 'en';
          const rows = (await revisions(strapi)
            .where({ uid, document_id: ctx.params.documentId, locale })
            .orderBy('id', 'desc')) as RevisionRow[];
          ctx.body = { data: rows.map(toRevision) };
        },
        config: { policies: [] },
      },
      {
        method: 'POST',
        path: '/restore/:id',
        handler: async (ctx: Ctx) => {
          const id = Number(ctx.params.id);
          if (!Number.isInteger(id) || id < 1) throw new errors.ValidationError('Unknown version.');
          const row = (await revisions(strapi).where({ id }).first()) as RevisionRow | undefined;
          if (!row) throw new errors.NotFoundError('This version no longer exists.');
          const uid = historyType(row.uid);
          allowed(ctx, UPDATE, uid);
          const republish = Boolean(row.published);
          if (republish) allowed(ctx, PUBLISH, uid);
          // Both history types use draft and publish.
          const documents = strapi.documents(uid as 'api::article.article');
          ctx.state.revisionAction = 'restore';
          await documents.update({
            documentId: row.document_id,
            locale: row.locale,
            data: JSON.parse(row.data) as never,
          });
          if (republish) await documents.publish({ documentId: row.document_id, locale: row.locale });
          ctx.body = { data: { restored: toRevision(row), published: republish } };
        },
        config: { policies: [] },
      },
    ],
  } as never);
}

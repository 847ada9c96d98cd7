import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findQueryProblem, queryProblemMessage, type ModelLookup } from './query-guard';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Query parameters that select rows by publication state; meaningless once status is forced. */
const PUBLICATION_PARAMS = ['publicationFilter', 'hasPublishedVersion'];

interface RequestState {
  state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } } };
}

/**
 * Strapi 5 lets any caller of the REST API ask for drafts (`?status=draft`), and a populated relation
 * follows the root's status. This document-service middleware closes that for every read made while
 * serving an HTTP request, whatever controller or populate path is involved:
 * - admin routes (the content manager) are left alone;
 * - requests authenticated by an API token (`content-api-token`, e.g. the site's preview token) keep
 *   the status they asked for;
 * - everything else — Public, users-permissions JWTs, unknown callers — reads published versions only,
 *   and may not filter or sort through a relation into a type with drafts (see query-guard.ts: those
 *   joins would reach draft rows), which is a 400.
 * Malformed operator values are a 400 for every caller outside the admin (query-guard.ts).
 * Reads outside a request (bootstrap, seed, lifecycle code) are not affected.
 */
export function publishedOnlyForPublic(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (READ_ACTIONS.has(context.action)) {
      const request = strapi.requestContext.get() as RequestState | undefined;
      if (request && !isAdminRoute(request)) {
        const lookup: ModelLookup = (uid) => strapi.getModel(uid as never) as ReturnType<ModelLookup>;
        const publicCaller = mustReadPublished(request);
        const problem = findQueryProblem(lookup, context.uid, context.params, { publicCaller });
        if (problem) throw new errors.ValidationError(queryProblemMessage(problem));
      }
      if (request && mustReadPublished(request) && !leftToStrictValidation(strapi, context.params)) {
        const params: Record<string, unknown> = {
          ...(context.params as Record<string, unknown>),
          status: 'published',
        };
        for (const key of PUBLICATION_PARAMS) delete params[key];
        context.params = params as typeof context.params;
      }
    }
    return next();
  };
}

/**
 * A status that is neither "draft" nor "published" is a client error: with strict params on, Strapi
 * answers it with a 400, so leave it for that check. Without strict params Strapi would read it as
 * "draft", so it is forced like any other value.
 */
function leftToStrictValidation(strapi: Core.Strapi, params: unknown): boolean {
  const status = (params as { status?: unknown } | undefined)?.status;
  const valid =
    status === undefined || status === null || status === '' || status === 'draft' || status === 'published';
  return !valid && strapi.config.get('api.documents.strictParams') === true;
}

function isAdminRoute(request: RequestState): boolean {
  return request.state?.route?.info?.type === 'admin';
}

function mustReadPublished(request: RequestState): boolean {
  if (isAdminRoute(request)) return false;
  return request.state?.auth?.strategy?.name !== 'content-api-token';
}

import type { Modules } from '@strapi/strapi';

/**
 * firstPublishedAt (config/features.ts) is stamped by an entry's first publish and must never come
 * from a write. Strapi turns any value given in `data` (even the current one) into null, and the next
 * publish then stamps a new date: a script or integration that reads an article and writes it back
 * whole would re-date it and move it to the top of the news. Dropping the key before Strapi sees it
 * keeps the stored date; on create it also stops a client from backdating an entry.
 */
export const keepFirstPublishedAt: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const params = context.params as { data?: unknown } | undefined;
  const data = params?.data;
  if (data && typeof data === 'object' && !Array.isArray(data) && 'firstPublishedAt' in data) {
    const { firstPublishedAt: _fromClient, ...rest } = data as Record<string, unknown>;
    context.params = { ...params, data: rest } as typeof context.params;
  }
  return next();
};

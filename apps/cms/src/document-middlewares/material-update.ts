import type { Modules } from '@strapi/strapi';

const ARTICLE_UID = 'api::article.article';

/**
 * "Updated on" must mean something: it moves only when an editor says the change matters to readers.
 * Ticking `materialUpdate` on a save stamps `materiallyUpdatedAt` with the time of that save and
 * clears the tick, so the next save (a typo fix) leaves the date alone. Without the tick a save keeps
 * whatever date the article had (the admin sends the stored value back; scripts may set one).
 */
export const stampMaterialUpdate: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === ARTICLE_UID && (context.action === 'create' || context.action === 'update')) {
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (data && typeof data === 'object' && !Array.isArray(data) && 'materialUpdate' in data) {
      const ticked = data.materialUpdate === true || data.materialUpdate === 'true';
      context.params = {
        ...params,
        data: {
          ...data,
          materialUpdate: false,
          ...(ticked ? { materiallyUpdatedAt: new Date().toISOString() } : {}),
        },
      } as unknown as typeof context.params;
    }
  }
  return next();
};

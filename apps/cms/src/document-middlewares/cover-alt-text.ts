import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const ARTICLE_UID = 'api::article.article';

export const COVER_ALT_MESSAGE =
  'The cover image has no description (alt text). Open it in the Media Library, describe what it ' +
  'shows in "Alternative text", then publish again.';

/**
 * Readers who use a screen reader hear the cover's alt text. An article cannot be published while its
 * cover has none (drafts may be saved without, as the image is often chosen before it is described).
 * The cover is shared by all translations, so any draft row of the document tells.
 */
export function requireCoverAltText(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE_UID || context.action !== 'publish') return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();
    const draft = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, publishedAt: null },
      populate: { cover: { select: ['alternativeText'] } },
    })) as { cover?: { alternativeText?: string | null } | null } | null;
    const cover = draft?.cover;
    if (cover && !cover.alternativeText?.trim()) {
      throw new errors.ValidationError(COVER_ALT_MESSAGE, {
        errors: [{ path: ['cover'], message: COVER_ALT_MESSAGE, name: 'ValidationError' }],
      });
    }
    return next();
  };
}

import type { UID } from '@strapi/strapi';
import { readEnv } from './env';

interface PreviewTarget {
  documentId: string;
  locale?: string | null;
  status?: 'draft' | 'published' | null;
}

/**
 * Where the content manager's "Open preview" button points: the site's draft-mode route, which checks
 * the secret, turns on Next's draft mode and redirects to the article page in the given locale.
 * Only articles have a page of their own; other types get no preview (null hides the button).
 */
export async function buildPreviewUrl(uid: UID.ContentType, target: PreviewTarget): Promise<string | null> {
  const env = readEnv();
  if (!env.WEB_PREVIEW_URL || !env.PREVIEW_SECRET || uid !== 'api::article.article') return null;

  const locale = target.locale ?? 'en';
  const status = target.status ?? 'draft';
  const article = await strapi.documents('api::article.article').findOne({
    documentId: target.documentId,
    locale,
    status,
    fields: ['slug'],
  });
  if (!article?.slug) return null;

  const url = new URL('/api/preview', env.WEB_PREVIEW_URL);
  url.search = new URLSearchParams({
    secret: env.PREVIEW_SECRET,
    locale,
    slug: String(article.slug),
    status,
    documentId: target.documentId,
  }).toString();
  return url.toString();
}

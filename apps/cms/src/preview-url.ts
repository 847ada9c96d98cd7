import type { UID } from '@strapi/strapi';
import { readEnv } from './env';

// Not [::1]: CSP source expressions cannot name an IPv6 address, so it could not be framed.
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1'];
const isLoopback = (hostname: string) => LOOPBACK_HOSTS.includes(hostname);

/**
 * The origins the admin's preview may frame: the site's, and — when the site is on this machine — the
 * same port under the other loopback names, since the admin may be opened at any of them.
 */
export function previewOrigins(webPreviewUrl: string): string[] {
  const url = new URL(webPreviewUrl);
  if (!isLoopback(url.hostname)) return [url.origin];
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
}

/**
 * The site's address as seen from an admin opened at `adminHostname`. The preview frame gets Next's
 * draft-mode cookie from the site; a browser keeps it only if the frame is the same site as the admin
 * page (localhost and 127.0.0.1 are different sites). So a site on a loopback name is addressed under
 * the loopback name the admin was opened at; anything else is left as configured.
 */
export function previewBaseFor(webPreviewUrl: string, adminHostname: string | undefined): string {
  const url = new URL(webPreviewUrl);
  const admin = adminHostname?.toLowerCase();
  if (admin && isLoopback(url.hostname) && isLoopback(admin)) url.hostname = admin;
  return url.toString();
}

/** The host name the current admin request came in on (the preview handler runs inside it). */
function adminHostname(): string | undefined {
  const ctx = strapi.requestContext.get() as { request?: { hostname?: string } } | undefined;
  return ctx?.request?.hostname;
}

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

  const url = new URL('/api/preview', previewBaseFor(env.WEB_PREVIEW_URL, adminHostname()));
  url.search = new URLSearchParams({
    secret: env.PREVIEW_SECRET,
    locale,
    slug: String(article.slug),
    status,
    documentId: target.documentId,
  }).toString();
  return url.toString();
}

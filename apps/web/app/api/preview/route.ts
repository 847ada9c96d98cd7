import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { isLocale } from '@newsroom/cms-client';
import { env } from '@/lib/env';
import { paths } from '@/lib/paths';
import { safeRelativePath } from '@/lib/safe-redirect';
import { secretMatches } from '@/lib/secret';

/**
 * Strapi's "Open preview" button lands here:
 *   /api/preview?secret=…&locale=en&slug=my-story   or   /api/preview?secret=…&url=/en/news/my-story
 * A good secret turns on Next's draft mode (a cookie) and sends the editor to the page, which then reads
 * drafts with the preview token. The target is always a path on this site.
 */
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/i;

const plain = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

function targetFrom(params: URLSearchParams): string | null {
  const url = params.get('url');
  if (url !== null) return safeRelativePath(url);
  const locale = params.get('locale');
  const slug = params.get('slug');
  if (locale && slug && isLocale(locale) && SLUG.test(slug)) return paths.article(locale, slug);
  return null;
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const config = env();
  if (!secretMatches(params.get('secret'), config.previewSecret)) return plain('Invalid preview secret', 401);
  // Without a token the pages could not read drafts; say so instead of showing published content as a preview.
  if (!config.previewApiToken) return plain('Preview is not configured: set PREVIEW_API_TOKEN', 503);

  const target = targetFrom(params);
  if (!target) return plain('Give either url=/a/path/on/this/site or locale and slug', 400);

  (await draftMode()).enable();
  redirect(target);
}

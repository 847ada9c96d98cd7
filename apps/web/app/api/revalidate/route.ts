import { revalidateTag } from 'next/cache';
import { CmsPayloadError, tagsForWebhook } from '@newsroom/cms-client';
import { env } from '@/lib/env';
import { bearerToken, secretMatches } from '@/lib/secret';
import { MAX_BODY_BYTES } from '@/lib/webhook-limits';

/**
 * Strapi's webhook lands here on every create, update, publish, unpublish and delete. The payload names
 * the entry; the client turns it into every cache tag that shows that entry (its page, listings, its
 * category, both locales …). 'max' marks them stale: the next reader gets the old page once while the
 * new one renders, and if the CMS is down at that moment the old page stays up instead of an error.
 */

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(bearerToken(request.headers.get('authorization')), env().revalidateSecret)) {
    return json({ error: 'unauthorized' }, 401);
  }

  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json({ error: 'payload too large' }, 413);

  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return json({ error: 'body is not valid JSON' }, 400);
  }

  let tags: string[];
  try {
    tags = tagsForWebhook(payload);
  } catch (error) {
    if (error instanceof CmsPayloadError)
      return json({ error: `unexpected webhook payload: ${error.message}` }, 400);
    throw error;
  }

  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, 'max');
  return json({ revalidated: unique }, 200);
}

import { CmsUnavailableError } from '@newsroom/cms-client';

/**
 * Answers shared by the XML and JSON route handlers. Their content changes on publish (the CMS fetches
 * behind them are tagged and revalidated by the webhook); the short browser/proxy lifetime bounds how
 * long a copy outside this server can lag behind.
 */
export const PUBLIC_SHORT_CACHE = 'public, max-age=300';

export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, {
    headers: { 'Content-Type': `${contentType}; charset=utf-8`, 'Cache-Control': PUBLIC_SHORT_CACHE },
  });
}

export function plainResponse(
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * A route handler has no stale page to fall back on: when the CMS cannot be reached and nothing is
 * cached, say "try again later" with a 503 instead of a 500. Anything else is a real bug and is rethrown.
 */
export async function unlessCmsUnavailable(render: () => Promise<Response>): Promise<Response> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof CmsUnavailableError)
      return plainResponse('The content service is unavailable; please try again shortly.', 503, {
        'Retry-After': '60',
      });
    throw error;
  }
}

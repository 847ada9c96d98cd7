import { connection } from 'next/server';
import { CmsUnavailableError, isLocale } from '@newsroom/cms-client';
import { cms } from '@/lib/cms';
import { clientKey } from '@/lib/client-key';
import { searchRateLimiter } from '@/lib/rate-limit';
import { runSearch } from '@/lib/search';
import { MAX_SEARCH_LENGTH, normalizeSearchQuery, searchLength } from '@/lib/search-query';

/**
 * GET /api/search?locale=en&q=walk&page=1 — one page of results as JSON, for the live search on the
 * search page. The browser only ever receives the page of matches it asked for.
 *
 *   200 { query, page, pageCount, total, items }   (a query with no letter or digit: total 0)
 *   400 { error }   unknown locale, missing q, q over 100 characters, bad page
 *   429 { error }   Retry-After: too many searches from this client
 *   503 { error }   Retry-After: the CMS cannot be reached
 *
 * Results may be cached for a minute by the browser or a proxy (they change only on publish); errors
 * are never cached.
 */
const PAGE = /^[1-9][0-9]{0,3}$/;

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

export async function GET(request: Request): Promise<Response> {
  await connection();
  const decision = searchRateLimiter().take(clientKey(request.headers));
  if (!decision.allowed) {
    return json({ error: 'too many searches, slow down' }, 429, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }

  const params = new URL(request.url).searchParams;
  const locale = params.get('locale');
  if (!isLocale(locale)) return json({ error: 'locale must be one of the site languages' }, 400);
  const raw = params.get('q');
  if (raw === null) return json({ error: 'q is required' }, 400);
  const query = normalizeSearchQuery(raw);
  if (searchLength(query) > MAX_SEARCH_LENGTH)
    return json({ error: `q must be at most ${MAX_SEARCH_LENGTH} characters` }, 400);
  const pageParam = params.get('page') ?? '1';
  if (!PAGE.test(pageParam)) return json({ error: 'page must be a whole number from 1 to 9999' }, 400);

  try {
    const results = await runSearch(await cms(), locale, query, Number(pageParam));
    return json(results, 200, { 'Cache-Control': 'public, max-age=60' });
  } catch (error) {
    if (error instanceof CmsUnavailableError)
      return json({ error: 'search is unavailable, try again shortly' }, 503, { 'Retry-After': '60' });
    throw error;
  }
}

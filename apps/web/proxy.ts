import { NextResponse, type NextRequest } from 'next/server';
import { clientKey } from './lib/client-key';
import { isSiteLocale, t } from './lib/i18n';
import { negotiateLocale } from './lib/negotiate-locale';
import { searchRateLimiter } from './lib/rate-limit';

/**
 * Runs for two kinds of request only (see the matcher), so cached pages are served without extra work:
 *
 * - The bare root has no language of its own: send readers to the one their browser asks for.
 * - The search page renders per request and asks the CMS each time. It shares the JSON route's rate
 *   limit, so going through the page (no JavaScript) is no way around it.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') return chooseLanguage(request);
  return limitSearch(request);
}

function chooseLanguage(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  // Caches must keep one redirect per language preference, not one for everybody.
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

function limitSearch(request: NextRequest) {
  // Only a language's search page; /api/search counts for itself and must not be charged twice.
  const locale = request.nextUrl.pathname.split('/')[1];
  if (!isSiteLocale(locale)) return NextResponse.next();
  const decision = searchRateLimiter().take(clientKey(request.headers));
  if (decision.allowed) return NextResponse.next();
  return new NextResponse(t(locale).searchTooMany, {
    status: 429,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(decision.retryAfterSeconds),
    },
  });
}

// Matchers must be literals; a unit test checks the languages listed here are the site's.
export const config = {
  matcher: ['/', '/:locale(en|es)/search'],
};

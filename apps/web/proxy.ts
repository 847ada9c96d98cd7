import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/negotiate-locale';

/**
 * The bare root has no language of its own: send readers to the one their browser asks for. Only "/"
 * passes through here (see the matcher), so cached pages are served without any extra work.
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  // Caches must keep one redirect per language preference, not one for everybody.
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: '/',
};

import type { Locale } from '@newsroom/cms-client';
import { localeFrom, slugFrom } from './locale';
import { pageNumberFrom } from './pagination';

/**
 * Params of a section, author or tag listing's page n (`/[locale]/<kind>/[slug]/page/[n]`): an unknown
 * locale, a malformed slug or page number is a 404, and page 1 redirects to `firstPage`.
 */
export async function pagedListingParams(
  params: Promise<{ locale: string; slug: string; n: string }>,
  firstPage: (locale: Locale, slug: string) => string,
): Promise<{ locale: Locale; slug: string; page: number }> {
  const raw = await params;
  const locale = localeFrom(raw.locale);
  const slug = slugFrom(raw.slug);
  return { locale, slug, page: pageNumberFrom(raw.n, firstPage(locale, slug)) };
}

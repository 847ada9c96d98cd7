import type { Article, Locale } from '@newsroom/cms-client';
import { FALLBACK_LOCALE, SITE_LOCALES as LOCALES } from './i18n';
import { paths } from './paths';

/** Where the locale switcher sends a reader for each language, and whether that is the same content. */
export interface LocaleLink {
  locale: Locale;
  href: string;
  /** False when the page has no version in that language and the link falls back to its home page. */
  sameContent: boolean;
  /** What has no version in that language, for the switcher's note ("this article / page is only in…"). */
  missing?: 'article' | 'page';
}

/** For pages that exist in every language (listings of shared slugs): the same path in each locale. */
export function samePageIn(pathFor: (locale: Locale) => string): LocaleLink[] {
  return LOCALES.map((locale) => ({ locale, href: pathFor(locale), sameContent: true }));
}

/** An article links to its translation when there is one, otherwise to that language's home page. */
export function articleLocaleLinks(article: Pick<Article, 'locale' | 'slug' | 'translations'>): LocaleLink[] {
  return LOCALES.map((locale) => {
    if (locale === article.locale)
      return { locale, href: paths.article(locale, article.slug), sameContent: true };
    const translation = article.translations.find((tr) => tr.locale === locale);
    return translation
      ? { locale, href: paths.article(locale, translation.slug), sameContent: true }
      : { locale, href: paths.home(locale), sameContent: false, missing: 'article' };
  });
}

/**
 * hreflang annotations for one piece of content: each language version, plus `x-default` for readers
 * whose language is neither (the default-language version, or a language chooser such as "/").
 * Undefined when there is only one version: a page cannot be an alternate of itself alone.
 */
export function hreflangMap(
  versions: Partial<Record<Locale, string>>,
  xDefault?: string,
): Record<string, string> | undefined {
  const present = LOCALES.filter((locale) => versions[locale] !== undefined);
  if (present.length < 2) return undefined;
  const map: Record<string, string> = Object.fromEntries(
    present.map((locale) => [locale, versions[locale]!]),
  );
  const fallback = xDefault ?? versions[FALLBACK_LOCALE];
  if (fallback) map['x-default'] = fallback;
  return map;
}

/** hreflang alternates for metadata: only real versions of the same content. */
export function hreflangAlternates(
  links: LocaleLink[],
  xDefault?: string,
): Record<string, string> | undefined {
  return hreflangMap(
    Object.fromEntries(links.filter((link) => link.sameContent).map((link) => [link.locale, link.href])),
    xDefault,
  );
}

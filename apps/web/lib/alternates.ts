import type { Article, Locale } from '@newsroom/cms-client';
import { SITE_LOCALES as LOCALES } from './i18n';
import { paths } from './paths';

/** Where the locale switcher sends a reader for each language, and whether that is the same content. */
export interface LocaleLink {
  locale: Locale;
  href: string;
  /** False when the page has no version in that language and the link falls back to its home page. */
  sameContent: boolean;
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
      : { locale, href: paths.home(locale), sameContent: false };
  });
}

/** hreflang alternates for metadata: only real versions of the same content. */
export function hreflangAlternates(links: LocaleLink[]): Record<string, string> {
  return Object.fromEntries(links.filter((link) => link.sameContent).map((link) => [link.locale, link.href]));
}

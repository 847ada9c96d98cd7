import type { Metadata } from 'next';
import type { Locale } from '@newsroom/cms-client';
import { hreflangAlternates, type LocaleLink } from './alternates';
import { t } from './i18n';

const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', es: 'es_ES' };

interface PageMetadataInput {
  locale: Locale;
  title: string;
  description?: string | null;
  /** This page's own path: the canonical URL. */
  path: string;
  localeLinks: LocaleLink[];
}

/** Title, description, canonical URL, hreflang links and Open Graph basics for a page. */
export function pageMetadata({ locale, title, description, path, localeLinks }: PageMetadataInput): Metadata {
  const text = t(locale);
  const summary = description?.trim() || text.siteTagline;
  return {
    title,
    description: summary,
    alternates: { canonical: path, languages: hreflangAlternates(localeLinks) },
    openGraph: {
      type: 'website',
      siteName: text.siteName,
      title,
      description: summary,
      url: path,
      locale: OG_LOCALE[locale],
    },
  };
}

export { OG_LOCALE };

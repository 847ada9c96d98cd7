import type { Metadata } from 'next';
import type { Image, Locale } from '@newsroom/cms-client';
import { hreflangAlternates, type LocaleLink } from './alternates';
import { LOGO_PATH } from './feeds';
import { t } from './i18n';
import { paths } from './paths';

const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', es: 'es_ES' };

/** public/logo.png: the share image of pages that have none of their own. */
export const LOGO = { url: LOGO_PATH, width: 512, height: 512 } as const;

export interface FeedLink {
  url: string;
  title: string;
}

export interface PageMetadataInput {
  locale: Locale;
  title: string;
  description?: string | null;
  /** This page's own path: the canonical URL (made absolute with the layout's metadataBase). */
  path: string;
  localeLinks: LocaleLink[];
  /** Page 2 onwards of a listing has no equivalent in the other language: no hreflang there. */
  page?: number;
  /** Overrides the x-default alternate (the home page points it at "/", the language chooser). */
  xDefault?: string;
  /** Feeds announced in addition to the language's main feed (a section's own feed). */
  feeds?: FeedLink[];
  /** Share image; the site logo when the page has none. */
  image?: Image | null;
  /** Search results: followed, not indexed. */
  noIndex?: boolean;
}

/** The language's main RSS feed, announced in every page's head. */
export function mainFeed(locale: Locale): FeedLink {
  const text = t(locale);
  return { url: paths.feed(locale), title: text.feedTitle(text.latestNews) };
}

/**
 * Title, description, canonical URL, hreflang alternates with x-default, RSS links, Open Graph and the
 * Twitter card for a page. Relative URLs become absolute through `metadataBase` (SITE_URL).
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, title, path } = input;
  const text = t(locale);
  const description = input.description?.trim() || text.siteTagline;
  const image = input.image
    ? {
        url: input.image.url,
        width: input.image.width,
        height: input.image.height,
        alt: input.image.alternativeText || undefined,
      }
    : { ...LOGO, alt: text.siteName };
  const languages = (input.page ?? 1) > 1 ? undefined : hreflangAlternates(input.localeLinks, input.xDefault);
  return {
    title,
    description,
    alternates: {
      canonical: path,
      ...(languages ? { languages } : {}),
      types: { 'application/rss+xml': [mainFeed(locale), ...(input.feeds ?? [])] },
    },
    openGraph: {
      type: 'website',
      siteName: text.siteName,
      title,
      description,
      url: path,
      locale: OG_LOCALE[locale],
      alternateLocale: input.localeLinks
        .filter((link) => link.sameContent && link.locale !== locale)
        .map((link) => OG_LOCALE[link.locale]),
      images: [image],
    },
    twitter: {
      // A large card only for a real picture; the square logo reads better as a small one.
      card: input.image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

export { OG_LOCALE };

import type { Article, Locale } from '@newsroom/cms-client';
import { languageTag, t } from './i18n';
import { LOGO } from './metadata';
import { absoluteUrl, paths } from './paths';

/**
 * schema.org JSON-LD for search engines: NewsArticle and BreadcrumbList on articles, WebSite with a
 * SearchAction on the home page. Every URL is absolute, from SITE_URL.
 */

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/**
 * JSON for a <script> element. JSON.stringify leaves "<" alone, so a title containing "</script>" would
 * end the element early and let the rest be read as HTML; escaping "<", ">" and "&" as \u escapes keeps
 * the same JSON value. U+2028/U+2029 are escaped too, for consumers that treat the text as JavaScript.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function publisherLd(locale: Locale, siteUrl: string): JsonLd {
  return {
    '@type': 'Organization',
    name: t(locale).siteName,
    url: absoluteUrl('/', siteUrl),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(LOGO.url, siteUrl),
      width: LOGO.width,
      height: LOGO.height,
    },
  };
}

/**
 * The page the article lives on. A medically reviewed article's page is also a MedicalWebPage carrying
 * who reviewed it and when (schema.org puts `reviewedBy`/`lastReviewed` on WebPage, not on Article);
 * the article itself stays a NewsArticle.
 */
function articlePageLd(article: Article, url: string, siteUrl: string): JsonLd {
  const review = article.review;
  if (!review) return { '@type': 'WebPage', '@id': url };
  const { reviewer } = review;
  return {
    '@type': ['WebPage', 'MedicalWebPage'],
    '@id': url,
    reviewedBy: {
      '@type': 'Person',
      name: reviewer.name,
      url: absoluteUrl(paths.author(article.locale, reviewer.slug), siteUrl),
      ...(reviewer.credentials ? { jobTitle: reviewer.credentials } : {}),
    },
    lastReviewed: review.lastReviewedAt ?? undefined,
  };
}

export function newsArticleLd(article: Article, siteUrl: string): JsonLd {
  const locale = article.locale;
  const url = absoluteUrl(paths.article(locale, article.slug), siteUrl);
  const image = article.seo?.shareImage ?? article.cover;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: articlePageLd(article, url, siteUrl),
    url,
    headline: article.title,
    description: article.seo?.metaDescription?.trim() || article.excerpt || undefined,
    datePublished: article.publishedAt,
    // Moves only with a change an editor marked as material, not with every typo fix.
    dateModified: article.materiallyUpdatedAt ?? article.publishedAt,
    inLanguage: languageTag(locale),
    author: article.author
      ? [
          {
            '@type': 'Person',
            name: article.author.name,
            url: absoluteUrl(paths.author(locale, article.author.slug), siteUrl),
          },
        ]
      : [publisherLd(locale, siteUrl)],
    publisher: publisherLd(locale, siteUrl),
    image: image
      ? [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }]
      : undefined,
    articleSection: article.category?.name,
    keywords: article.tags.length > 0 ? article.tags.map((tag) => tag.name) : undefined,
    timeRequired: `PT${article.readingTimeMinutes}M`,
  };
}

export interface BreadcrumbItem {
  name: string;
  /** Site path; made absolute here. */
  path: string;
}

export function breadcrumbLd(items: BreadcrumbItem[], siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path, siteUrl),
    })),
  };
}

/** The search box search engines may show under the site's name: the template is the search page URL. */
export function websiteLd(locale: Locale, siteUrl: string): JsonLd {
  const text = t(locale);
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${absoluteUrl(paths.home(locale), siteUrl)}#website`,
    name: text.siteName,
    description: text.siteTagline,
    url: absoluteUrl(paths.home(locale), siteUrl),
    inLanguage: languageTag(locale),
    publisher: publisherLd(locale, siteUrl),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(paths.search(locale), siteUrl)}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

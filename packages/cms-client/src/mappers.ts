import { isLocale } from './locales';
import type {
  Article,
  ArticleSummary,
  Author,
  Category,
  HelpBanner,
  Image,
  Review,
  RichTextBlocks,
  Tag,
} from './domain';
import { blocksToPlainText, estimateReadingMinutes } from './reading-time';
import type {
  ArticleData,
  ArticleSummaryData,
  AuthorData,
  CategoryData,
  HelpBannerData,
  MediaData,
  TagData,
} from './schemas';

// From validated Strapi data to the app's domain types: absolute media URLs, nulls turned into the
// defaults the pages expect, translations reduced to locales the site serves.

export interface MapContext {
  /** Origin prepended to relative upload URLs such as /uploads/x.jpg. No trailing slash. */
  mediaBaseUrl: string;
  /** In preview, unpublished translations are still worth linking to. */
  includeDrafts: boolean;
}

export function absoluteMediaUrl(url: string, mediaBaseUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  return `${mediaBaseUrl}${url.startsWith('/') ? '' : '/'}${url}`;
}

/**
 * An image without known dimensions cannot be laid out without a jump, and the domain type promises
 * them, so it is treated as absent rather than given made-up numbers.
 */
export function toImage(media: MediaData | null | undefined, ctx: MapContext): Image | null {
  if (!media || media.width == null || media.height == null) return null;
  return {
    url: absoluteMediaUrl(media.url, ctx.mediaBaseUrl),
    // Empty alt marks the image as decorative; only used when the editor left it blank.
    alternativeText: media.alternativeText ?? '',
    width: media.width,
    height: media.height,
  };
}

function toLink(link: { documentId: string; name: string; slug: string } | null | undefined) {
  return link ? { documentId: link.documentId, name: link.name, slug: link.slug } : null;
}

function toSummary(data: ArticleSummaryData, ctx: MapContext, body: RichTextBlocks | null): ArticleSummary {
  const excerpt = data.excerpt ?? '';
  return {
    documentId: data.documentId,
    locale: data.locale,
    title: data.title,
    slug: data.slug,
    excerpt,
    // Readers see when the article first went out, not when a correction was last published.
    // Drafts (preview only) of a published article show that same date; a draft that was never
    // published has none yet, and its last edit is the closest truth.
    publishedAt: data.firstPublishedAt ?? data.publishedAt ?? data.updatedAt,
    updatedAt: data.updatedAt,
    readingTimeMinutes:
      data.readingTimeMinutes ?? estimateReadingMinutes(body ? blocksToPlainText(body) : excerpt),
    cover: toImage(data.cover, ctx),
    category: toLink(data.category),
    author: toLink(data.author),
  };
}

export function toArticleSummary(data: ArticleSummaryData, ctx: MapContext): ArticleSummary {
  return toSummary(data, ctx, null);
}

export function toArticle(data: ArticleData, ctx: MapContext): Article {
  const body: RichTextBlocks = data.body ?? [];
  const seen = new Set<string>([data.locale]);
  const translations: Article['translations'] = [];
  for (const localization of data.localizations) {
    const { locale, slug, publishedAt } = localization;
    if (!isLocale(locale) || seen.has(locale)) continue;
    if (!ctx.includeDrafts && publishedAt === null) continue;
    seen.add(locale);
    translations.push({ locale, slug });
  }
  const summary = toSummary(data, ctx, body);
  return {
    ...summary,
    body,
    tags: data.tags.map(toTag),
    review: toReview(data),
    materiallyUpdatedAt: laterThan(data.materiallyUpdatedAt, summary.publishedAt),
    seo: data.seo
      ? {
          metaTitle: data.seo.metaTitle ?? null,
          metaDescription: data.seo.metaDescription ?? null,
          shareImage: toImage(data.seo.shareImage, ctx),
        }
      : null,
    translations,
  };
}

function toReview(data: ArticleData): Review | null {
  const reviewer = data.reviewedBy;
  if (!reviewer) return null;
  return {
    reviewer: {
      documentId: reviewer.documentId,
      name: reviewer.name,
      slug: reviewer.slug,
      credentials: reviewer.credentials?.trim() || null,
    },
    lastReviewedAt: data.lastReviewedAt ?? null,
    nextReviewDue: data.nextReviewDue ?? null,
  };
}

/** `date` when it is a valid date after `reference` (an update before the first publication is none). */
function laterThan(date: string | null | undefined, reference: string): string | null {
  if (!date) return null;
  const time = Date.parse(date);
  return Number.isFinite(time) && time > Date.parse(reference) ? date : null;
}

/** Digits and a leading + for a tel: link; null when fewer than three digits remain. */
export function telHref(phoneNumber: string): string | null {
  const digits = phoneNumber.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : null;
}

/** Only http(s) links are kept: anything else (javascript:, data:) is dropped, not rendered. */
function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Null when there is nothing to show: the banner is off without a message. */
export function toHelpBanner(data: HelpBannerData): HelpBanner | null {
  const message = data.message?.trim();
  if (!message) return null;
  const phoneNumber = data.phoneNumber?.trim() || null;
  const url = safeHttpUrl(data.linkUrl);
  return {
    locale: data.locale,
    message,
    phoneNumber,
    phoneHref: phoneNumber ? telHref(phoneNumber) : null,
    link: url ? { url, text: data.linkText?.trim() || url } : null,
  };
}

export function toCategory(data: CategoryData): Category {
  return {
    documentId: data.documentId,
    locale: data.locale,
    name: data.name,
    slug: data.slug,
    description: data.description ?? null,
  };
}

export function toAuthor(data: AuthorData, ctx: MapContext): Author {
  return {
    documentId: data.documentId,
    name: data.name,
    slug: data.slug,
    bio: data.bio ?? null,
    avatar: toImage(data.avatar, ctx),
  };
}

export function toTag(data: TagData): Tag {
  return { documentId: data.documentId, locale: data.locale, name: data.name, slug: data.slug };
}

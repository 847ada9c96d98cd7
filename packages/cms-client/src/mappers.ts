import { isLocale } from './locales';
import type { Article, ArticleSummary, Author, Category, Image, RichTextBlocks, Tag } from './domain';
import { blocksToPlainText, estimateReadingMinutes } from './reading-time';
import type {
  ArticleData,
  ArticleSummaryData,
  AuthorData,
  CategoryData,
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
  return {
    ...toSummary(data, ctx, body),
    body,
    tags: data.tags.map(toTag),
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

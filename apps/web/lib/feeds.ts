import type { Article, ArticleSummary, Locale } from '@newsroom/cms-client';
import { prepareBody } from './blocks';
import { blocksToHtml } from './blocks-html';
import { languageTag } from './i18n';
import { absoluteUrl, paths } from './paths';
import { buildRssFeed, type RssItem } from './rss';

/** Feeds list the latest 20 articles: enough for a reader that polls daily, small enough to fetch often. */
export const FEED_SIZE = 20;

/** The square logo feed readers show beside the feed's name (public/logo.png). */
export const LOGO_PATH = '/logo.png';

/** A guid that survives a slug change: the CMS document and its language, under the site's host. */
export function articleGuid(article: Pick<ArticleSummary, 'documentId' | 'locale'>, siteUrl: string): string {
  return `tag:${new URL(siteUrl).hostname},2026:article/${article.locale}/${article.documentId}`;
}

/**
 * One feed item. A whole `Article` (with its body) also carries the full text as `content:encoded`;
 * `mediaUrl` is the public origin of the CMS uploads its images are served from.
 */
export function feedItem(article: ArticleSummary | Article, siteUrl: string, mediaUrl?: string): RssItem {
  const fullText =
    'body' in article
      ? blocksToHtml(prepareBody(article.body, mediaUrl ?? siteUrl).blocks, siteUrl)
      : undefined;
  return {
    contentHtml: fullText,
    title: article.title,
    url: absoluteUrl(paths.article(article.locale, article.slug), siteUrl),
    guid: articleGuid(article, siteUrl),
    description: article.excerpt,
    publishedAt: article.publishedAt,
    author: article.author?.name,
    categories: article.category ? [article.category.name] : [],
    image: article.cover,
  };
}

interface ArticleFeedInput {
  locale: Locale;
  siteUrl: string;
  title: string;
  description: string;
  /** The page the feed mirrors, and the feed's own path. */
  pagePath: string;
  feedPath: string;
  /** Whole articles make a full-text feed; summaries a feed of excerpts. */
  articles: Array<ArticleSummary | Article>;
  /** Public origin of the CMS uploads (body images). */
  mediaUrl?: string;
}

export function articleFeed(input: ArticleFeedInput): string {
  return buildRssFeed({
    title: input.title,
    link: absoluteUrl(input.pagePath, input.siteUrl),
    feedUrl: absoluteUrl(input.feedPath, input.siteUrl),
    description: input.description,
    language: languageTag(input.locale),
    imageUrl: absoluteUrl(LOGO_PATH, input.siteUrl),
    items: input.articles
      .slice(0, FEED_SIZE)
      .map((article) => feedItem(article, input.siteUrl, input.mediaUrl)),
  });
}

// Public surface of @newsroom/cms-client. Everything else in src/ is an implementation detail.

export { createCmsClient, DEFAULT_RELATED_LIMIT } from './client';
export { DEFAULT_TIMEOUT_MS } from './options';
export { CircuitBreaker } from './circuit-breaker';
export type { CircuitBreakerOptions, CircuitState } from './circuit-breaker';
export type { CmsClient, CmsClientOptions } from './client';
export { cacheTags, sitemapMonthOf } from './cache-tags';
export type { CacheTags } from './cache-tags';
export { tagsForWebhook } from './webhook-tags';
export {
  CmsError,
  CmsUnavailableError,
  CmsResponseError,
  CmsValidationError,
  CmsPayloadError,
} from './errors';
export { LOCALES, DEFAULT_LOCALE, isLocale } from './locales';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SITEMAP_PAGE_SIZE } from './query';
export type { ArticleListQuery, PublicationStatus } from './query';
export { MAX_QUERY_LENGTH } from './search-terms';
export { blockSchema, blocksSchema } from './blocks';
export type {
  Block,
  HeadingBlock,
  ImageBlock,
  InlineNode,
  LinkNode,
  ListBlock,
  ListItemNode,
  TextNode,
} from './blocks';
export type {
  Article,
  ArticleSummary,
  Author,
  Category,
  HelpBanner,
  Image,
  Locale,
  Page,
  Review,
  Reviewer,
  RichTextBlocks,
  Redirect,
  Seo,
  SitemapArticle,
  SitemapMonth,
  SitemapSections,
  Tag,
} from './domain';

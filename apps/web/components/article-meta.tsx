import Link from 'next/link';
import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { formatDate, t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

/**
 * Byline, date and reading time, in that order, as one quiet line. On the article page, "Updated on"
 * follows the date when an editor marked a change as material.
 */
export function ArticleMeta({
  article,
  locale,
  linkAuthor = true,
  updatedOn = null,
}: {
  article: ArticleSummary;
  locale: Locale;
  linkAuthor?: boolean;
  updatedOn?: string | null;
}) {
  const text = t(locale);
  return (
    <p className="article-meta">
      {article.author && (
        <span className="article-meta__author">
          {text.by}{' '}
          {linkAuthor ? (
            <Link href={paths.author(locale, article.author.slug)}>{article.author.name}</Link>
          ) : (
            article.author.name
          )}
        </span>
      )}
      <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
      {updatedOn && (
        <span className="article-meta__updated">
          {text.updatedOn} <time dateTime={updatedOn}>{formatDate(updatedOn, locale)}</time>
        </span>
      )}
      <span>{text.readingTime(article.readingTimeMinutes)}</span>
    </p>
  );
}

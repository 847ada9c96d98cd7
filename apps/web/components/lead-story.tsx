import Link from 'next/link';
import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { ArticleMeta } from './article-meta';
import { ResponsiveImage } from './responsive-image';

/** The newest article, given room at the top of the home page. Its image is the page's largest paint. */
export function LeadStory({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const text = t(locale);
  return (
    <article className="lead-story" aria-labelledby="lead-story-title">
      {article.cover && (
        <ResponsiveImage
          className="lead-story__image"
          src={article.cover.url}
          alt={article.cover.alternativeText}
          width={article.cover.width}
          height={article.cover.height}
          sizes="(min-width: 72rem) 42rem, (min-width: 48rem) 58vw, 100vw"
          lcp
        />
      )}
      <div className="lead-story__text">
        <p className="kicker">
          <span>{text.leadStory}</span>
          {article.category && (
            <>
              {' · '}
              <Link href={paths.category(locale, article.category.slug)}>{article.category.name}</Link>
            </>
          )}
        </p>
        <h2 id="lead-story-title" className="lead-story__title">
          <Link href={paths.article(locale, article.slug)}>{article.title}</Link>
        </h2>
        {article.excerpt && <p className="lead-story__excerpt">{article.excerpt}</p>}
        <ArticleMeta article={article} locale={locale} />
      </div>
    </article>
  );
}

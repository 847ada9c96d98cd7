import Link from 'next/link';
import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { ArticleMeta } from './article-meta';
import { ResponsiveImage } from './responsive-image';

interface ArticleCardProps {
  article: ArticleSummary;
  locale: Locale;
  /** Cards sit under the page's h1 (h2) or under a section heading (h3). */
  headingLevel?: 2 | 3;
  /** Hide the section link on the section's own page. */
  showCategory?: boolean;
  /** This card's image is the page's largest paint. */
  lcp?: boolean;
}

/**
 * One article in a listing. The title is the link; the image is decorative here (the title says what the
 * article is) unless the editor wrote alt text. The section and author get their own links: links inside
 * links are not allowed, so the card is not one big link.
 */
export function ArticleCard({
  article,
  locale,
  headingLevel = 2,
  showCategory = true,
  lcp = false,
}: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  const href = paths.article(locale, article.slug);
  return (
    <article className="article-card">
      {article.cover && (
        <ResponsiveImage
          className="article-card__image"
          src={article.cover.url}
          alt={article.cover.alternativeText}
          width={article.cover.width}
          height={article.cover.height}
          sizes="(min-width: 64rem) 14rem, (min-width: 40rem) 30vw, 100vw"
          lcp={lcp}
        />
      )}
      <div className="article-card__text">
        {showCategory && article.category && (
          <p className="kicker">
            <Link href={paths.category(locale, article.category.slug)}>
              <span className="visually-hidden">{t(locale).category}: </span>
              {article.category.name}
            </Link>
          </p>
        )}
        <Heading className="article-card__title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {article.excerpt && <p className="article-card__excerpt">{article.excerpt}</p>}
        <ArticleMeta article={article} locale={locale} />
      </div>
    </article>
  );
}

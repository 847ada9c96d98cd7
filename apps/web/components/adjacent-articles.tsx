import Link from 'next/link';
import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';

interface AdjacentArticlesProps {
  locale: Locale;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

/** The article published just before and just after this one. */
export function AdjacentArticles({ locale, previous, next }: AdjacentArticlesProps) {
  if (!previous && !next) return null;
  const text = t(locale);
  return (
    <nav className="adjacent" aria-label={text.adjacentNav}>
      <ul>
        {previous && (
          <li className="adjacent__previous">
            <span className="adjacent__label">{text.previousArticle}</span>
            <Link href={paths.article(locale, previous.slug)} rel="prev">
              {previous.title}
            </Link>
          </li>
        )}
        {next && (
          <li className="adjacent__next">
            <span className="adjacent__label">{text.nextArticle}</span>
            <Link href={paths.article(locale, next.slug)} rel="next">
              {next.title}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

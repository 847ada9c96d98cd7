import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { ArticleCard } from './article-card';

interface ArticleListProps {
  articles: ArticleSummary[];
  locale: Locale;
  headingLevel?: 2 | 3;
  showCategory?: boolean;
  /** The first card's image is the page's largest paint (a listing without a lead story): load it first. */
  firstIsLcp?: boolean;
}

export function ArticleList({
  articles,
  locale,
  headingLevel = 2,
  showCategory = true,
  firstIsLcp = false,
}: ArticleListProps) {
  if (articles.length === 0) return <p className="empty-state">{t(locale).noArticles}</p>;
  return (
    <ul className="article-list">
      {articles.map((article, index) => (
        <li key={article.documentId}>
          <ArticleCard
            article={article}
            locale={locale}
            headingLevel={headingLevel}
            showCategory={showCategory}
            lcp={firstIsLcp && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}

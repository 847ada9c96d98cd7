import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { ArticleCard } from './article-card';

interface ArticleListProps {
  articles: ArticleSummary[];
  locale: Locale;
  headingLevel?: 2 | 3;
  showCategory?: boolean;
}

export function ArticleList({ articles, locale, headingLevel = 2, showCategory = true }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty-state">{t(locale).noArticles}</p>;
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.documentId}>
          <ArticleCard
            article={article}
            locale={locale}
            headingLevel={headingLevel}
            showCategory={showCategory}
          />
        </li>
      ))}
    </ul>
  );
}

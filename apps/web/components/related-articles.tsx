import type { ArticleSummary, Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { ArticleList } from './article-list';

export function RelatedArticles({ articles, locale }: { articles: ArticleSummary[]; locale: Locale }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t(locale).related}</h2>
      <ArticleList articles={articles} locale={locale} headingLevel={3} />
    </section>
  );
}

import type { ReactNode } from 'react';
import type { ArticleListQuery, Category, Locale } from '@newsroom/cms-client';
import { ArticleList } from '@/components/article-list';
import { ListingHeader } from '@/components/listing-header';
import { PageShell } from '@/components/page-shell';
import { Pagination } from '@/components/pagination';
import type { LocaleLink } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { assertPageExists, PAGE_SIZE } from '@/lib/pagination';

interface ListingInput {
  locale: Locale;
  page: number;
  title: string;
  description?: string | null;
  /** Which articles: by section, tag or author slug. */
  filter: Pick<ArticleListQuery, 'category' | 'tag' | 'author'>;
  hrefFor: (page: number) => string;
  localeLinks: LocaleLink[];
  categories: Pick<Category, 'slug' | 'name'>[];
  currentCategory?: string;
  /** Extra content under the title (an author's photo and bio). */
  intro?: ReactNode;
}

/** A section, tag or author page: title, the matching articles newest first, and real pagination. */
export async function renderListing(input: ListingInput) {
  const { locale, page } = input;
  const client = await cms();
  const listing = await client.listArticles({ locale, page, pageSize: PAGE_SIZE, ...input.filter });
  assertPageExists(page, listing.pageCount);

  return (
    <PageShell
      locale={locale}
      categories={input.categories}
      localeLinks={input.localeLinks}
      currentCategory={input.currentCategory}
    >
      <ListingHeader
        title={t(locale).pageTitle(input.title, page)}
        description={page === 1 ? input.description : null}
      >
        {page === 1 && input.intro}
      </ListingHeader>
      <section className="listing">
        <ArticleList
          articles={listing.items}
          locale={locale}
          showCategory={!input.filter.category}
          firstIsLcp
        />
      </section>
      <Pagination locale={locale} page={page} pageCount={listing.pageCount} hrefFor={input.hrefFor} />
    </PageShell>
  );
}

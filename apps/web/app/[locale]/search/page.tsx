import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from '@newsroom/cms-client';
import { ArticleList } from '@/components/article-list';
import { ListingHeader } from '@/components/listing-header';
import { PageShell } from '@/components/page-shell';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { samePageIn } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { localeFrom } from '@/lib/locale';
import { PAGE_SIZE } from '@/lib/pagination';
import { paths } from '@/lib/paths';

/**
 * /[locale]/search?q=…&page=n. The one page rendered per request (it depends on the query string);
 * identical searches still share the cached CMS answer. Kept out of search engines.
 */
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

async function resolve({ params, searchParams }: Props) {
  const locale = localeFrom((await params).locale);
  const raw = await searchParams;
  const query = first(raw.q).trim().slice(0, 100);
  const pageParam = first(raw.page);
  if (pageParam !== '' && !/^[1-9][0-9]{0,5}$/.test(pageParam)) notFound();
  return { locale, query, page: pageParam === '' ? 1 : Number(pageParam) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, query } = await resolve(props);
  const text = t(locale);
  return {
    title: query ? `${text.searchTitle}: ${query}` : text.searchTitle,
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage(props: Props) {
  const { locale, query, page } = await resolve(props);
  const client = await cms();
  const [categories, results] = await Promise.all([
    client.listCategories(locale),
    query ? client.searchArticles({ locale, query, page, pageSize: PAGE_SIZE }) : null,
  ]);
  if (results && page > 1 && page > results.pageCount) notFound();
  return (
    <PageShell
      locale={locale}
      categories={categories}
      localeLinks={samePageIn((l: Locale) => paths.search(l, query))}
    >
      <ListingHeader title={t(locale).searchTitle}>
        <SearchForm locale={locale} query={query} id="search-page-query" label={t(locale).searchTitle} />
      </ListingHeader>
      <section className="listing" aria-live="polite">
        <SearchSummary locale={locale} query={query} total={results?.total ?? 0} />
        {results && results.total > 0 && <ArticleList articles={results.items} locale={locale} />}
      </section>
      {results && (
        <Pagination
          locale={locale}
          page={page}
          pageCount={results.pageCount}
          hrefFor={(n) => paths.search(locale, query, n)}
        />
      )}
    </PageShell>
  );
}

function SearchSummary({ locale, query, total }: { locale: Locale; query: string; total: number }) {
  const text = t(locale);
  if (!query) return <p className="search-summary">{text.searchPrompt}</p>;
  return (
    <p className="search-summary">
      {total > 0 ? text.searchResults(query, total) : text.searchNoResults(query)}
    </p>
  );
}

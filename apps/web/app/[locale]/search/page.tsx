import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from '@newsroom/cms-client';
import { LiveSearch } from '@/components/live-search';
import { PageShell } from '@/components/page-shell';
import { samePageIn } from '@/lib/alternates';
import { cms } from '@/lib/cms';
import { t } from '@/lib/i18n';
import { localeFrom } from '@/lib/locale';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { runSearch } from '@/lib/search';
import { normalizeSearchQuery, truncateSearchQuery } from '@/lib/search-query';

/**
 * /[locale]/search?q=…&page=n. Rendered per request (it reads the query string), never cached as a
 * page; identical searches still share the cached CMS answer. The results are in the HTML, so the page
 * works without JavaScript and its URL can be shared; the live-search island takes over in the
 * browser. A query over 100 characters is cut (a pasted URL still works); proxy.ts rate-limits the page
 * together with /api/search. Kept out of search engines.
 */
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

async function resolve({ params, searchParams }: Props) {
  const locale = localeFrom((await params).locale);
  const raw = await searchParams;
  const query = truncateSearchQuery(normalizeSearchQuery(first(raw.q)));
  const pageParam = first(raw.page);
  if (pageParam !== '' && !/^[1-9][0-9]{0,3}$/.test(pageParam)) notFound();
  return { locale, query, page: pageParam === '' ? 1 : Number(pageParam) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, query, page } = await resolve(props);
  const text = t(locale);
  return pageMetadata({
    locale,
    title: text.pageTitle(query ? `${text.searchTitle}: ${query}` : text.searchTitle, page),
    path: paths.search(locale, query, page),
    localeLinks: samePageIn((l: Locale) => paths.search(l, query)),
    // Result pages stay out of search engines; the search page itself (the form) is a real page.
    noIndex: query !== '',
  });
}

export default async function SearchPage(props: Props) {
  const { locale, query, page } = await resolve(props);
  const client = await cms();
  const [categories, results] = await Promise.all([
    client.listCategories(locale),
    runSearch(client, locale, query, page),
  ]);
  if (page > 1 && page > results.pageCount) notFound();
  return (
    <PageShell
      locale={locale}
      categories={categories}
      localeLinks={samePageIn((l: Locale) => paths.search(l, query))}
    >
      {/* A new query or page from a link starts the island afresh, with the server's results. */}
      <LiveSearch key={`${query}\n${page}`} locale={locale} initial={results} />
    </PageShell>
  );
}

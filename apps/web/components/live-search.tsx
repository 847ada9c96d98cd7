'use client';

import { useEffect, useState, type FormEvent } from 'react';
import useSWR from 'swr';
import type { Locale } from '@newsroom/cms-client';
import { t } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { fetchSearch, type SearchRequestError } from '@/lib/search-fetcher';
import {
  isSearchable,
  normalizeSearchQuery,
  searchApiPath,
  SEARCH_DEBOUNCE_MS,
  truncateSearchQuery,
  type SearchResponse,
} from '@/lib/search-query';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { ArticleList } from './article-list';
import { ListingHeader } from './listing-header';
import { Pagination } from './pagination';
import { SearchForm } from './search-form';

interface LiveSearchProps {
  locale: Locale;
  /** What the server rendered for the URL's query (query '' when there is none). */
  initial: SearchResponse;
}

const RESULTS_ID = 'search-results';

const emptyResults = (query: string): SearchResponse => ({
  query,
  page: 1,
  pageCount: 0,
  total: 0,
  items: [],
});

/**
 * The search page's form and results. The server renders both for the query in the URL, so the page
 * works without JavaScript; here, results follow the reader's typing (after a short pause, or at once
 * on Enter) through /api/search, the previous results stay up while the next load, the count is
 * announced to screen readers, and the address bar keeps a shareable URL.
 */
export function LiveSearch({ locale, initial }: LiveSearchProps) {
  const text = t(locale);
  const [input, setInput] = useState(initial.query);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const typed = truncateSearchQuery(normalizeSearchQuery(input));
  const settled = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const query = submitted === typed ? typed : settled;
  const isInitial = query === initial.query;
  const page = isInitial ? initial.page : 1;
  const key = isSearchable(query) ? searchApiPath(locale, query, page) : null;

  const { data, error, isValidating } = useSWR<SearchResponse, SearchRequestError>(key, fetchSearch, {
    keepPreviousData: true,
    // The server already rendered these results: no request for them on load. (Never the empty page's
    // "no query" answer: kept as previous data, it would read "No articles match “”" while loading.)
    fallbackData: isInitial && key !== null ? initial : undefined,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
    shouldRetryOnError: false,
  });

  useEffect(() => {
    const url = paths.search(locale, query, page);
    if (`${window.location.pathname}${window.location.search}` !== url)
      window.history.replaceState(null, '', url);
  }, [locale, query, page]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(typed);
  }

  const results = key === null ? (query === '' ? null : emptyResults(query)) : data;
  const failed = key !== null && error !== undefined;
  let summary: string;
  if (failed) summary = error.status === 429 ? text.searchTooMany : text.searchFailed;
  else if (query === '' || results === null) summary = text.searchPrompt;
  // Loading another query: a previous count stays up, but never a previous "no articles match".
  else if (results === undefined || (results.total === 0 && results.query !== query))
    summary = text.searching;
  else
    summary =
      results.total > 0
        ? text.searchResults(results.query, results.total)
        : text.searchNoResults(results.query);
  const busy = key !== null && isValidating;

  return (
    <>
      <ListingHeader title={text.searchTitle}>
        <SearchForm
          locale={locale}
          id="search-page-query"
          label={text.searchTitle}
          value={input}
          onValueChange={setInput}
          onSubmit={onSubmit}
          controls={RESULTS_ID}
        />
      </ListingHeader>
      <section id={RESULTS_ID} className="listing search-results" aria-busy={busy}>
        <p className="search-summary" role="status" aria-live="polite" aria-atomic="true">
          {summary}
        </p>
        {busy && (
          <p className="search-busy" aria-hidden="true">
            {text.searching}
          </p>
        )}
        {!failed && results && results.total > 0 && (
          <>
            <ArticleList articles={results.items} locale={locale} />
            <Pagination
              locale={locale}
              page={results.page}
              pageCount={results.pageCount}
              hrefFor={(n) => paths.search(locale, results.query, n)}
            />
          </>
        )}
      </section>
    </>
  );
}

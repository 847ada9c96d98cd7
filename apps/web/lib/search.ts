import 'server-only';
import type { CmsClient, Locale } from '@newsroom/cms-client';
import { PAGE_SIZE } from './pagination';
import { isSearchable, type SearchResponse } from './search-query';

/**
 * One search, for the page and the JSON route alike. `query` must already be normalized and within
 * the length limit. Queries without a letter or digit never reach the CMS.
 */
export async function runSearch(
  client: CmsClient,
  locale: Locale,
  query: string,
  page: number,
): Promise<SearchResponse> {
  if (!isSearchable(query)) return { query, page, pageCount: 0, total: 0, items: [] };
  const results = await client.searchArticles({ locale, query, page, pageSize: PAGE_SIZE });
  return { query, page, pageCount: results.pageCount, total: results.total, items: results.items };
}

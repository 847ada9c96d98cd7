import type { SearchResponse } from './search-query';

/** A failed call to /api/search; `status` tells "slow down" (429) from "not working" (anything else). */
export class SearchRequestError extends Error {
  override name = 'SearchRequestError';
  constructor(readonly status: number) {
    super(`search answered HTTP ${status}`);
  }
}

/** SWR's fetcher for the live search. Network failures surface as status 0. */
export async function fetchSearch(url: string): Promise<SearchResponse> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new SearchRequestError(0);
  }
  if (!response.ok) throw new SearchRequestError(response.status);
  return (await response.json()) as SearchResponse;
}

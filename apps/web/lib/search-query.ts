import type { ArticleSummary, Locale } from '@newsroom/cms-client';

/**
 * What a search query may be, shared by the search page, the JSON route and the live-search island.
 * No value imports from the CMS client here: this module ships to browsers (a unit test checks that
 * the length limit equals the client's own).
 */

/** Longest query, in characters. The page trims longer ones; the JSON route answers 400. */
export const MAX_SEARCH_LENGTH = 100;

/** Debounce between the last keystroke and the request. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * Unicode NFC; control characters become spaces and invisible format characters go; runs of whitespace
 * collapse; trimmed. Lengths are counted and cut by code point so an emoji is never split in half.
 */
export function normalizeSearchQuery(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\p{Cc}/gu, ' ')
      // Invisible format characters (zero-width space, direction marks) would make "walk" and "wa\u200Blk" differ.
      .replace(/\p{Cf}/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function searchLength(query: string): number {
  return Array.from(query).length;
}

export function truncateSearchQuery(query: string): string {
  return Array.from(query).slice(0, MAX_SEARCH_LENGTH).join('').trim();
}

/**
 * A query with no letter or digit ("%", "***", "'; --") cannot match a word: it gets an empty result
 * without asking the CMS.
 */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/** The JSON answer of /api/search. */
export interface SearchResponse {
  query: string;
  page: number;
  pageCount: number;
  total: number;
  items: ArticleSummary[];
}

export function searchApiPath(locale: Locale, query: string, page = 1): string {
  const params = new URLSearchParams({ locale, q: query });
  if (page > 1) params.set('page', String(page));
  return `/api/search?${params.toString()}`;
}

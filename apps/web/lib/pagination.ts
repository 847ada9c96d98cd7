import { notFound, permanentRedirect } from 'next/navigation';

/** Articles per listing page. The lead story on the home page counts as one of them. */
export const PAGE_SIZE = 10;

const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/**
 * Reads the `[n]` of a `/page/[n]` route. Anything that is not a plain positive number is a 404, and
 * `/page/1` is the listing itself, so it redirects there (one URL per page of content).
 */
export function pageNumberFrom(raw: string, firstPagePath: string): number {
  if (!PAGE_NUMBER.test(raw)) notFound();
  const page = Number(raw);
  if (page === 1) permanentRedirect(firstPagePath);
  return page;
}

/** A page past the last one is a real 404 (page 1 always exists, even when the listing is empty). */
export function assertPageExists(page: number, pageCount: number): void {
  if (page > 1 && page > pageCount) notFound();
}

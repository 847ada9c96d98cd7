import { CmsResponseError } from './errors';
import type { Page } from './domain';

/**
 * A guard against a CMS that keeps reporting more pages. Reaching it is an error, never a silently
 * shortened list: callers with more than 50,000 entries must read in slices (the sitemap does).
 */
const MAX_PAGES = 500;

export function emptyPage<T>(pageSize: number): Page<T> {
  return { items: [], page: 1, pageSize, pageCount: 0, total: 0 };
}

/**
 * Follows Strapi's pagination to the last page. De-duplicates by documentId because content published
 * while we page shifts offsets. Any failing page rejects the whole call: a partial sitemap is worse
 * than the previous complete one.
 */
export async function collectAllPages<T extends { documentId: string }>(
  load: (page: number) => Promise<{ items: T[]; pageCount: number }>,
): Promise<T[]> {
  const byId = new Map<string, T>();
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { items, pageCount } = await load(page);
    for (const item of items) if (!byId.has(item.documentId)) byId.set(item.documentId, item);
    if (page >= pageCount || items.length === 0) return [...byId.values()];
  }
  throw new CmsResponseError(200, `More than ${MAX_PAGES} pages to collect: read this list in slices`);
}

import type { Page } from './domain';

/** A guard against a CMS that keeps reporting more pages: 500 × 100 entries is far beyond this site. */
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
    if (page >= pageCount || items.length === 0) break;
  }
  return [...byId.values()];
}

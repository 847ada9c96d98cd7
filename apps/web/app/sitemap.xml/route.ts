import { connection } from 'next/server';
import { unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';
import { sitemapIndexXml } from '@/lib/sitemap-response';

/**
 * /sitemap.xml: the index of the sitemap files (/sitemap/pages.xml and one file per language and month
 * of first publication). Built per request (so `next build` never needs the CMS) from two small
 * tagged, cached CMS reads.
 */
export async function GET() {
  await connection();
  return unlessCmsUnavailable(async () => xmlResponse(await sitemapIndexXml()));
}

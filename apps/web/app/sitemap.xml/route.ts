import { connection } from 'next/server';
import { unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';
import { sitemapRootXml } from '@/lib/sitemap-response';

/**
 * /sitemap.xml: every page worth indexing, or — past 5,000 URLs — the index of /sitemap/<n>.xml.
 * Built per request (so `next build` never needs the CMS) from tagged, cached CMS reads.
 */
export async function GET() {
  await connection();
  return unlessCmsUnavailable(async () => xmlResponse(await sitemapRootXml()));
}

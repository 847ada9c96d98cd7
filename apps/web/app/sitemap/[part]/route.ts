import { connection } from 'next/server';
import { plainResponse, unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';
import { sitemapPartXml } from '@/lib/sitemap-response';

const PART = /^([1-9][0-9]{0,4})\.xml$/;

/** /sitemap/<n>.xml: one file of a split sitemap. 404 for a part that does not exist. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  await connection();
  const match = PART.exec((await params).part);
  if (!match) return plainResponse('Not found', 404);
  return unlessCmsUnavailable(async () => {
    const xml = await sitemapPartXml(Number(match[1]));
    return xml === null ? plainResponse('Not found', 404) : xmlResponse(xml);
  });
}

import { connection } from 'next/server';
import { plainResponse, unlessCmsUnavailable, xmlResponse } from '@/lib/route-responses';
import { sitemapFileXml } from '@/lib/sitemap-response';

const FILE = /^([a-z0-9-]{1,40})\.xml$/;

/** /sitemap/<name>.xml: one file named by the index. 404 for a file that does not exist. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  await connection();
  const match = FILE.exec((await params).part);
  if (!match) return plainResponse('Not found', 404);
  return unlessCmsUnavailable(async () => {
    const xml = await sitemapFileXml(match[1]!);
    return xml === null ? plainResponse('Not found', 404) : xmlResponse(xml);
  });
}

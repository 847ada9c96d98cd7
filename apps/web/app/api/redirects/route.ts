import { connection } from 'next/server';
import { CmsUnavailableError } from '@newsroom/cms-client';
import { cms } from '@/lib/cms';
import { resolveRedirects } from '@/server/redirects.mjs';

/**
 * GET /api/redirects — the site's redirect table, resolved (chains followed, loops dropped), for the
 * server's in-memory lookup (server/redirects.mjs), which polls it every few seconds over loopback.
 * The rules come from the CMS through Next's data cache (tag `redirects`, refreshed by the webhook),
 * so polling costs no CMS request.
 *
 *   200 { redirects: [[from, to], …], dropped: [from, …] }
 *   503 { error } the CMS cannot be reached and nothing is cached
 */
const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

export async function GET(): Promise<Response> {
  await connection();
  try {
    const rules = await (await cms()).listRedirects();
    const { table, dropped } = resolveRedirects(rules);
    if (dropped.length > 0)
      console.warn(`[redirects] loops or over-long chains ignored: ${dropped.join(', ')}`);
    return json({ redirects: [...table], dropped }, 200);
  } catch (error) {
    if (error instanceof CmsUnavailableError) return json({ error: 'the CMS cannot be reached' }, 503);
    throw error;
  }
}

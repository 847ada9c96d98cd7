import { getHtml } from './cms-api';
import { waitFor } from './server-process';

/**
 * How long after an editor's click readers see the change: every page is polled over plain HTTP (no
 * cookies, so no preview) until its condition holds, all in parallel. The deadline is well past the
 * 2-second target so a slow page reports its real figure instead of a bare timeout.
 */
export type PageCheck = (page: { status: number; html: string }) => boolean;

export async function msUntilVisible(
  since: number,
  checks: Record<string, { url: string; check: PageCheck }>,
  { timeoutMs = 15_000 } = {},
): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, { url, check }]) => {
      const ms = await waitFor(
        `${name} (${url})`,
        async () => (check(await getHtml(url)) ? Date.now() - since : undefined),
        { timeoutMs, intervalMs: 50 },
      );
      return [name, ms] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** True when the HTML has a link to this path on the site. */
export const linksTo = (html: string, path: string) => html.includes(`href="${path}"`);

/** Requests each URL twice so the site has rendered and cached it: what follows measures revalidation. */
export async function warmUp(urls: string[]): Promise<void> {
  for (const url of urls) {
    await getHtml(url);
    await getHtml(url);
  }
}

/**
 * Waits until every page shows what the test expects before acting (e.g. a set-up publish has reached
 * the cached listings: a revalidated page is served stale once while it renders again).
 */
export async function untilPagesShow(
  checks: Record<string, { url: string; check: PageCheck }>,
): Promise<void> {
  await msUntilVisible(Date.now(), checks, { timeoutMs: 30_000 });
}

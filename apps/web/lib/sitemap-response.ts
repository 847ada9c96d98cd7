import { cms } from './cms';
import { env } from './env';
import { absoluteUrl, paths } from './paths';
import { sitemapPart, sitemapRoot } from './sitemap';
import { collectSitemapEntries } from './sitemap-entries';

/** The two sitemap routes share one list of entries, gathered from the (cached) CMS reads. */
async function entries() {
  const { siteUrl } = env();
  return { siteUrl, list: await collectSitemapEntries(await cms(), siteUrl) };
}

export async function sitemapRootXml(): Promise<string> {
  const { siteUrl, list } = await entries();
  return sitemapRoot(list, { part: (n) => absoluteUrl(paths.sitemapPart(n), siteUrl) });
}

export async function sitemapPartXml(part: number): Promise<string | null> {
  return sitemapPart((await entries()).list, part);
}

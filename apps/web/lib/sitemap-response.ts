import { cms } from './cms';
import { env } from './env';
import { absoluteUrl, paths } from './paths';
import { renderSitemapIndex, renderUrlSet } from './sitemap';
import {
  monthFileEntries,
  PAGES_FILE,
  pageEntries,
  parseMonthFileName,
  sitemapFiles,
} from './sitemap-entries';

/** /sitemap.xml: the index of every file (sitemap-entries.ts), with each file's newest change. */
export async function sitemapIndexXml(): Promise<string> {
  const { siteUrl } = env();
  const files = await sitemapFiles(await cms());
  return renderSitemapIndex(
    files.map((file) => ({
      url: absoluteUrl(paths.sitemapFile(file.name), siteUrl),
      lastModified: file.lastModified,
    })),
  );
}

/** /sitemap/<name>.xml, or null when there is no such file. */
export async function sitemapFileXml(name: string): Promise<string | null> {
  const { siteUrl } = env();
  if (name === PAGES_FILE) return renderUrlSet(await pageEntries(await cms(), siteUrl));
  const file = parseMonthFileName(name);
  if (!file) return null;
  const entries = await monthFileEntries(await cms(), siteUrl, file);
  return entries === null ? null : renderUrlSet(entries);
}

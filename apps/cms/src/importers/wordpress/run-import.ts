import type { Core } from '@strapi/strapi';
import { mapPost, type MappingOptions } from './map-post';
import { MediaLibrary } from './media';
import { createProgress, type Progress } from './progress';
import { ImportReport } from './report';
import { sitePaths } from './urls';
import { Records } from './writer/records';
import { Redirects } from './writer/redirects';
import { Taxonomy } from './writer/taxonomy';
import { writePost, type WriteContext } from './writer/posts';
import { readWxr, scanExport, toItem, type ExportIndex } from './wxr';

export interface ImportOptions {
  file: string;
  dryRun?: boolean;
  update?: boolean;
  mediaDir?: string;
  /** Locale of posts the export does not tag with a language. */
  locale?: string;
  fetchTimeoutMs?: number;
  /** The first pass, when the caller already made it (the CLI checks the file before booting Strapi). */
  index?: ExportIndex;
  progress?: Progress;
}

/** Tries a post again when SQLite reports the database busy (the running CMS was writing). */
const BUSY_RETRIES = 3;

/**
 * The whole import: first pass (validates the file, indexes taxonomy, attachments, translation
 * groups and old addresses), then one post at a time in file order. Never throws for one bad post:
 * it is reported and the rest goes on.
 */
export async function runImport(strapi: Core.Strapi, options: ImportOptions): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const locales = await cmsLocales(strapi);
  const defaultLocale = options.locale ?? 'en';
  if (!locales.includes(defaultLocale)) {
    throw new Error(`--locale ${defaultLocale} is not a locale of the CMS (${locales.join(', ')})`);
  }
  const index = options.index ?? (await scanExport(options.file));
  const report = new ImportReport();
  for (const [type, n] of index.itemTypes)
    if (type !== 'post' && type !== 'attachment') report.otherTypes.set(type, n);

  const site = siteKey(index);
  const records = new Records(strapi, site);
  await records.preload();
  const redirects = new Redirects(strapi, report, dryRun);
  const taxonomy = new Taxonomy(strapi, records, redirects, index, report, defaultLocale, dryRun);
  const media = new MediaLibrary(strapi, records, {
    mediaDir: options.mediaDir,
    fetchTimeoutMs: options.fetchTimeoutMs,
  });
  const groups = new Map<string, string[]>();
  for (const post of index.posts.values()) {
    if (post.group) groups.set(post.group, [...(groups.get(post.group) ?? []), post.id]);
  }
  const ctx: WriteContext = {
    strapi,
    index,
    records,
    media,
    taxonomy,
    redirects,
    report,
    dryRun,
    update: options.update ?? false,
    groups,
  };
  const mapping: MappingOptions = { defaultLocale, locales };
  const progress = options.progress ?? createProgress();
  let changedSinceImport = 0;
  let published = 0;

  progress.start(index.posts.size);
  try {
    await readWxr(options.file, async (node) => {
      if (node.name !== 'item') return;
      const item = toItem(node);
      if (item.type !== 'post') return;
      const result = mapPost(item, index, mapping);
      if (result.action === 'skip') {
        report.count('posts', 'skipped');
        if (result.report) report.warn(result.wpId, result.title, result.reason);
        progress.tick(result.title);
        return;
      }
      const { post } = result;
      const warnings: string[] = [];
      try {
        let outcome: Awaited<ReturnType<typeof writePost>> | undefined;
        for (let attempt = 1; outcome === undefined; attempt++) {
          try {
            warnings.length = 0;
            outcome = await writePost(ctx, post, (message) => warnings.push(message));
          } catch (error) {
            if (attempt >= BUSY_RETRIES || !isBusy(error)) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
          }
        }
        report.count('posts', outcome);
        if (post.status === 'published') published += 1;
        if (outcome === 'unchanged') {
          const known = await records.get('post', post.wpId);
          if (known?.checksum && known.checksum !== post.checksum) changedSinceImport += 1;
          return;
        }
        for (const message of [...post.warnings, ...warnings]) report.warn(post.wpId, post.title, message);
      } catch (error) {
        report.count('posts', 'failed');
        for (const message of post.warnings) report.warn(post.wpId, post.title, message);
        report.warn(post.wpId, post.title, `NOT imported: ${describeError(error)}`);
      } finally {
        progress.tick(post.title);
      }
    });
    if (published > 0) {
      await redirects.ensure('/feed', sitePaths.feed(defaultLocale));
      await redirects.ensure('/?feed=rss2', sitePaths.feed(defaultLocale));
    }
  } finally {
    progress.stop();
    await media.dispose();
  }
  if (changedSinceImport > 0 && !options.update) {
    report.warn(
      '',
      'export',
      `${changedSinceImport} post(s) changed in WordPress since they were imported; --update applies the changes`,
    );
  }
  if (!dryRun) {
    redirects.announce();
    await webhooksDelivered(strapi);
  }
  return report;
}

async function cmsLocales(strapi: Core.Strapi): Promise<string[]> {
  const service = strapi.plugin('i18n').service('locales') as { find(): Promise<Array<{ code: string }>> };
  return (await service.find()).map((locale) => locale.code);
}

function siteKey(index: ExportIndex): string {
  for (const url of [index.channel.baseSiteUrl, index.channel.baseBlogUrl, index.channel.link]) {
    try {
      return new URL(url).host.toLowerCase().replace(/^www\./, '');
    } catch {
      // try the next one
    }
  }
  return 'wordpress';
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT' ||
    /database is locked/i.test(String((error as Error).message))
  );
}

/** Validation errors name the field; anything else its message. */
function describeError(error: unknown): string {
  const details = (error as { details?: { errors?: Array<{ path?: string[]; message?: string }> } }).details;
  const first = details?.errors?.[0];
  if (first) return `${first.path?.join('.') ?? ''}: ${first.message ?? ''}`.replace(/^: /, '');
  return error instanceof Error ? error.message : String(error);
}

interface WebhookQueue {
  running: number;
  queue: unknown[];
}

/** The site hears of every change through Strapi's webhook queue: wait until it has sent them all. */
async function webhooksDelivered(strapi: Core.Strapi, timeoutMs = 60_000): Promise<void> {
  const runner = strapi.get('webhookRunner') as { queue?: WebhookQueue } | undefined;
  const queue = runner?.queue;
  if (!queue) return;
  const deadline = Date.now() + timeoutMs;
  while ((queue.running > 0 || queue.queue.length > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

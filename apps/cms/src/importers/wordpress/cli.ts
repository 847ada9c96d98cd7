import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { runImport } from './run-import';
import { scanExport, WxrError } from './wxr';

export const USAGE = `usage: npm run import:wordpress -- <export.xml> [--dry-run] [--media-dir DIR] [--locale en|es] [--update]

  <export.xml>     the file from WordPress: Tools → Export → All content
  --dry-run        read everything, write nothing, print the same report
  --media-dir DIR  a copy of wp-content/uploads (images are read from it instead of downloaded)
  --locale CODE    language of posts the export does not tag (default en; Polylang/WPML tags win)
  --update         re-import posts that changed in WordPress since the last import`;

export interface CliArgs {
  file: string;
  dryRun: boolean;
  update: boolean;
  mediaDir?: string;
  locale: string;
}

export class UsageError extends Error {}

/** Arguments → options; paths are resolved against `cwd` (where the user ran npm). */
export function parseArgs(argv: string[], cwd: string): CliArgs {
  const args: Partial<CliArgs> & { dryRun: boolean; update: boolean; locale: string } = {
    dryRun: false,
    update: false,
    locale: 'en',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--update') args.update = true;
    else if (arg === '--media-dir') args.mediaDir = path.resolve(cwd, value());
    else if (arg.startsWith('--media-dir='))
      args.mediaDir = path.resolve(cwd, arg.slice('--media-dir='.length));
    else if (arg === '--locale') args.locale = value();
    else if (arg.startsWith('--locale=')) args.locale = arg.slice('--locale='.length);
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file) throw new UsageError(`one export file at a time (got ${args.file} and ${arg})`);
    else args.file = path.resolve(cwd, arg);
  }
  if (!args.file) throw new UsageError('the export file is missing');
  if (!/^[a-z]{2}(-[A-Za-z]{2})?$/.test(args.locale))
    throw new UsageError(`--locale ${args.locale} is not a locale code`);
  if (args.mediaDir && !fs.statSync(args.mediaDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--media-dir ${args.mediaDir} is not a directory`);
  }
  return args as CliArgs;
}

/**
 * The command: checks the arguments and the whole file BEFORE starting Strapi, so bad input changes
 * nothing; then boots Strapi in this process (same .env and database as the CMS, not listening),
 * imports, prints the report. Exit codes: 0 done, 1 bad file or failure, 2 bad arguments,
 * 3 done but some posts could not be imported.
 */
export async function main(
  argv: string[],
  io: { cwd: string; boot: () => Promise<Core.Strapi> },
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`error: ${error.message}`);
    console.error(USAGE);
    return error.message ? 2 : 0;
  }
  const started = Date.now();
  let index;
  try {
    console.error(`[import] reading ${args.file} …`);
    index = await scanExport(args.file);
  } catch (error) {
    if (error instanceof WxrError) {
      console.error(`error: ${args.file}: ${error.message}. Nothing was imported.`);
      return 1;
    }
    throw error;
  }
  console.error(
    `[import] ${index.posts.size} posts, ${index.attachments.size} attachments, ${index.categories.size} categories, ` +
      `${index.tags.size} tags, ${index.authors.size} authors in "${index.channel.title}"; starting the CMS …`,
  );
  const strapi = await io.boot();
  try {
    const report = await runImport(strapi, { ...args, index });
    console.log(report.format({ dryRun: args.dryRun, seconds: (Date.now() - started) / 1000 }));
    return report.get('posts', 'failed') > 0 ? 3 : 0;
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await strapi.destroy();
  }
}

#!/usr/bin/env node
// `npm run import:wordpress -- <export.xml> [--dry-run] [--media-dir DIR] [--locale en] [--update]`
// Compiles the app (incrementally), lets the importer check its arguments and the whole export file,
// then boots Strapi in this process — same .env and database as the CMS, HTTP server not started —
// and imports through the document service, so lifecycle hooks and the site's webhook run as for an
// edit in the admin. Works whether or not the CMS is running. See src/importers/wordpress/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm and pnpm run scripts from the package folder; paths on the command line are the user's.
const userCwd = process.env.INIT_CWD || process.cwd();
process.chdir(appDir);
// The importer must never load the demo newsroom into an empty database, and the CMS's info logs
// would bury the progress bar. Values from .env do not override these (dotenv keeps existing ones).
process.env.SEED_DEMO_CONTENT = 'false';
process.env.LOG_LEVEL ??= 'warn';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';

const require = createRequire(path.join(appDir, 'package.json'));
const { createStrapi } = require('@strapi/strapi');

// The TypeScript compile runs in a child process: its memory (several hundred MB) is gone before the
// import starts, so the importer's footprint is Strapi's plus one post at a time.
// tsconfig.json's outDir.
function compileInChild() {
  const script = `require('@strapi/strapi').compileStrapi({ appDir: process.cwd() })`;
  execFileSync(process.execPath, ['-e', script], { cwd: appDir, stdio: ['ignore', 'inherit', 'inherit'] });
  return path.join(appDir, 'dist');
}

let exitCode = 1;
try {
  const distDir = compileInChild();
  const { main } = require(path.join(distDir, 'src', 'importers', 'wordpress', 'index.js'));
  exitCode = await main(process.argv.slice(2), {
    cwd: userCwd,
    boot: () => createStrapi({ appDir, distDir }).load(),
  });
} catch (error) {
  console.error('[import] failed:', error);
}
process.exit(exitCode);

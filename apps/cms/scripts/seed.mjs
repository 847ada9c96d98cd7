#!/usr/bin/env node
// `pnpm --filter cms seed`: load the demo newsroom into the configured database, then exit.
// Compiles the app (incrementally), boots Strapi without its HTTP server, and runs a forced seed:
// it runs even when articles already exist or SEED_DEMO_CONTENT=false, and skips every entry that
// is already there, so it completes a partial seed and never duplicates anything.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
const require = createRequire(path.join(appDir, 'package.json'));
const { compileStrapi, createStrapi } = require('@strapi/strapi');

let strapi;
let exitCode = 0;
try {
  const { distDir } = await compileStrapi({ appDir });
  strapi = await createStrapi({ appDir, distDir }).load();
  const { seedDemoContent } = require(path.join(distDir, 'src', 'bootstrap', 'seed.js'));
  await seedDemoContent(strapi, { force: true });
} catch (error) {
  console.error('[seed] failed:', error);
  exitCode = 1;
} finally {
  await strapi?.destroy();
}
process.exit(exitCode);

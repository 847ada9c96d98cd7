// Starts the site from Next's standalone output (the web Docker image) with the same production server
// as everywhere else: server.mjs, with its real 503s and complete error pages.
//
// Next's own standalone server.js cannot be used (it has no 503 handling), and server.mjs cannot load
// next.config.ts there: the standalone folder has no TypeScript compiler. So this launcher does what
// server.js does — hand Next the configuration serialised at build time — after the two checks that
// next.config.ts would have made at start:
//   1. the environment is valid and holds real secrets (apps/web/lib/env.ts, compiled to
//      runtime/env.js when the image is built), so a production server with a missing or placeholder
//      secret refuses to start with a message naming the variable;
//   2. CMS_MEDIA_URL is the image host the build allowed (the image optimiser's allow-list is fixed at
//      build time, from the CMS_MEDIA_URL build argument).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const distDir = process.env.NEXT_DIST_DIR || '.next';

function fail(message) {
  console.error(message);
  process.exit(1);
}

const built = JSON.parse(
  readFileSync(new URL(`./${distDir}/required-server-files.json`, import.meta.url), 'utf8'),
).config;

let env;
try {
  env = require('./runtime/env.js').parseEnv(process.env, { requireSecrets: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const media = new URL(env.cmsMediaUrl);
const allowedHosts = (built.images?.remotePatterns ?? []).map(
  (pattern) => `${pattern.protocol}://${pattern.hostname}${pattern.port ? `:${pattern.port}` : ''}`,
);
if (!allowedHosts.includes(`${media.protocol.replace(':', '')}://${media.host}`)) {
  fail(
    `Invalid environment for the web app:\n  - CMS_MEDIA_URL is ${env.cmsMediaUrl}, but this build only ` +
      `optimises images from ${allowedHosts.join(', ') || 'nowhere'}; rebuild the image with ` +
      `--build-arg CMS_MEDIA_URL=${media.origin}`,
  );
}

// next.config.ts installs the Redis cache handler when REDIS_URL is set; the build that serialised this
// configuration may not have had it, so decide here, at start, as next.config.ts would.
if (env.redisUrl) {
  built.cacheHandler = fileURLToPath(new URL('./cache-handler.mjs', import.meta.url));
  built.cacheMaxMemorySize = 0;
}

process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(built);
await import('./server.mjs');

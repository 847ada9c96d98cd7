import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { parseEnv } from './lib/env';

/** Hosts on which the image optimiser must be allowed to fetch from a local address (a CMS on this machine). */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export default function config(phase: string): NextConfig {
  // Validating here makes `next build` and `next start` stop with a message that names the bad variable,
  // before a single request is served. Secrets are only demanded of a production server.
  const env = parseEnv(process.env, { requireSecrets: phase === PHASE_PRODUCTION_SERVER });
  const media = new URL(env.cmsMediaUrl);

  return {
    // The e2e suite builds into its own directory so it never clobbers a developer's build.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // Also writes <distDir>/standalone: the server with only the files it needs, which the Docker image
    // runs through server.mjs (see docker/web-standalone.sh). `node server.mjs` here is unaffected.
    output: 'standalone',
    reactStrictMode: true,
    poweredByHeader: false,
    // Without REDIS_URL: the file-system cache, minus per-URL 404s and empty CMS answers (kept in memory
    // only), so random URLs cannot fill the disk (server/disk-cache-handler.cjs).
    // With REDIS_URL (the scaled shape): pages and tag state shared by every instance through Redis, with a
    // local copy as fallback (cache-handler.mjs); Next's own in-memory cache would only hide revalidations
    // made by other instances, hence size 0. Next stores the path relative to the build.
    ...(env.redisUrl
      ? { cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
      : { cacheHandler: path.resolve(process.cwd(), 'server/disk-cache-handler.cjs') }),
    transpilePackages: ['@newsroom/cms-client'],
    experimental: {
      // A branded 404 for URLs that match no route at all (the root layout sits under [locale]).
      globalNotFound: true,
    },
    images: {
      // Only Strapi's uploads on the configured media origin can go through the optimiser.
      remotePatterns: [
        {
          protocol: media.protocol.replace(':', '') as 'http' | 'https',
          hostname: media.hostname,
          port: media.port,
          pathname: '/uploads/**',
          search: '',
        },
      ],
      // Next 16 refuses to optimise images from local addresses (SSRF guard). A CMS on this very machine
      // is the normal local set-up; any other private address must be allowed deliberately.
      dangerouslyAllowLocalIP: LOOPBACK.test(media.hostname),
      formats: ['image/avif', 'image/webp'],
    },
  };
}

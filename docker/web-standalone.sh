#!/bin/sh
# Assembles the site's runtime folder from a `next build` (output: 'standalone'), the way the web Docker
# image runs it. Used by apps/web/Dockerfile and by e2e/tests/deployment-web-standalone.test.ts, so the
# test runs exactly what the image runs.
#
#   sh docker/web-standalone.sh OUT_DIR [DIST_DIR]     (from the repository root, after `next build`)
#
# OUT_DIR/apps/web then holds server.mjs + start-standalone.mjs; start with `node start-standalone.mjs`
# there (set NEXT_DIST_DIR when DIST_DIR is not .next).
set -eu

out=$1
dist=${2:-.next}
web=apps/web

[ -d "$web/$dist/standalone" ] || { echo "no $web/$dist/standalone: run next build first (output: 'standalone')" >&2; exit 1; }
mkdir -p "$out"

# Server code and the node_modules files it uses, as traced by Next.
cp -R "$web/$dist/standalone/." "$out/"
# What the standalone output leaves to a CDN: browser assets and public files.
cp -R "$web/$dist/static" "$out/$web/$dist/static"
if [ -d "$web/public" ]; then cp -R "$web/public" "$out/$web/public"; fi

# The production server with its status handling, and its launcher.
cp "$web/server.mjs" "$out/$web/server.mjs"
# (Into the folder: the trace may already have put server/disk-cache-handler.cjs there.)
mkdir -p "$out/$web/server" && cp -R "$web/server/." "$out/$web/server/"
cp docker/start-standalone.mjs "$out/$web/start-standalone.mjs"

# The shared cache handler of the scaled shape (start-standalone.mjs installs it when REDIS_URL is set).
# Next loads it by path at run time, so its file tracing does not see it: copy it and what it imports.
cp "$web/cache-handler.mjs" "$out/$web/cache-handler.mjs"
mkdir -p "$out/$web/node_modules/@fortedigital" "$out/$web/node_modules/@redis"
cp -RL "$web/node_modules/@fortedigital/nextjs-cache-handler" "$out/$web/node_modules/@fortedigital/"
cp -RL "$web/node_modules/@redis/client" "$out/$web/node_modules/@redis/"
redis_client=$(cd "$web/node_modules/@redis/client" && pwd -P)
cp -RL "$redis_client/../../cluster-key-slot" "$out/$web/node_modules/cluster-key-slot"
# The handler reads next/constants.js, an entry point the traced `next` does not include.
cp "$web/node_modules/next/constants.js" "$out/$web/node_modules/next/constants.js"

# The environment check the launcher runs: lib/env.ts as JavaScript, with zod (Next bundles zod into
# its page chunks, so the traced node_modules do not have it).
out_abs=$(cd "$out" && pwd)
(cd "$web" && node_modules/.bin/tsc lib/env.ts --outDir "$out_abs/$web/runtime" --module commonjs \
  --moduleResolution node --target es2022 --strict --skipLibCheck --types node)
cp -RL "$web/node_modules/zod" "$out/$web/node_modules/zod"

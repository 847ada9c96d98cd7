# Shared helpers for the top-level scripts. Sourced, not executed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PNPM_VERSION=$(node -p "require('$ROOT/package.json').packageManager.split('@')[1]")
export STRAPI_TELEMETRY_DISABLED=true NEXT_TELEMETRY_DISABLED=1

log() { printf '\033[1m[newsroom]\033[0m %s\n' "$*"; }

# pnpm itself: use the pinned version from the registry when this machine has no (or another) pnpm.
pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(command pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    command pnpm "$@"
  else
    npx -y "pnpm@$PNPM_VERSION" "$@"
  fi
}

# better-sqlite3 compiles from source here; point node-gyp at the running Node's headers when present.
use_local_node_headers() {
  local nd
  nd=$(dirname "$(dirname "$(node -p process.execPath)")")
  if [ -f "$nd/include/node/node.h" ]; then export npm_config_nodedir=$nd; fi
}

install_dependencies() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then echo "newsroom needs Node.js 20 or newer (found $(node -v))" >&2; exit 1; fi
  use_local_node_headers
  log "installing dependencies (pnpm $PNPM_VERSION, frozen lockfile)"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=silent)
  # A failed native rebuild leaves no binary behind; say so here rather than deep inside Strapi.
  (cd "$ROOT/apps/cms" && node -e "new (require('better-sqlite3'))(':memory:').close()") ||
    { echo "better-sqlite3 is not usable: its native build failed (needs python3, make, g++ and Node headers)" >&2; exit 1; }
}

# Hash of the files that feed a build, so unchanged sources are not rebuilt on every start. The
# documentation plugin rewrites its OpenAPI file under src/extensions on every start: not a source.
sources_hash() {
  local existing=() path
  for path in "$@"; do [ -e "$ROOT/$path" ] && existing+=("$path"); done
  (cd "$ROOT" && find "${existing[@]}" -type f -not -path '*/node_modules/*' -not -path '*/.next*' \
    -not -path '*/src/extensions/documentation/*' -print0 |
    sort -z | xargs -0 sha1sum | sha1sum | cut -c1-40)
}

wait_for_http() { # url seconds
  local url=$1 deadline=$(( $(date +%s) + $2 ))
  until node -e "fetch(process.argv[1]).then(r => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))" "$url"; do
    if [ "$(date +%s)" -ge "$deadline" ]; then return 1; fi
    sleep 0.5
  done
}

# `strapi build` (admin panel + server code) only when its sources changed since the last build.
build_cms_if_changed() {
  local stamp="$ROOT/.cache/cms-build" hash
  mkdir -p "$ROOT/.cache"
  hash=$(sources_hash apps/cms/src apps/cms/config apps/cms/database apps/cms/package.json apps/cms/tsconfig.json)
  if [ ! -f "$ROOT/apps/cms/dist/build/index.html" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
    log "building the Strapi admin panel and server code (about a minute the first time)"
    (cd "$ROOT/apps/cms" && pnpm strapi build)
    echo "$hash" >"$stamp"
  fi
}

# Debian packages: installs the missing ones when running as root with apt-get, otherwise names them and
# fails. Arguments: package names.
install_system_packages() {
  [ $# -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing system packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    echo "Missing system packages: $*. Install them (e.g. sudo apt-get install -y $*) and run again." >&2
    exit 1
  fi
}

# The packages of the cache front (`npm run start:front`, its e2e test): Varnish with the xkey vmod, Redis.
missing_front_packages() {
  command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ] || echo varnish
  compgen -G '/usr/lib/*/varnish/vmods/libvmod_xkey.so' >/dev/null || echo varnish-modules
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || echo redis-server
}

# What both start commands do before starting servers: install, write local configuration, build what
# changed (Strapi's admin and server code, the site).
prepare_local_system() { # cms_port web_port
  local cms_port=$1 web_port=$2 web_hash
  mkdir -p "$ROOT/.cache"
  install_dependencies
  log "preparing local configuration (secrets are generated once, kept in apps/cms/.env and apps/web/.env.local)"
  (cd "$ROOT/apps/cms" && PORT=$cms_port WEB_PORT=$web_port node scripts/ensure-env.mjs)
  node "$ROOT/scripts/write-web-env.mjs" --cms-port "$cms_port" --web-port "$web_port"
  build_cms_if_changed
  web_hash=$(sources_hash apps/web/app apps/web/components apps/web/lib apps/web/public apps/web/next.config.ts apps/web/package.json packages/cms-client/src apps/web/.env.local)
  if [ ! -f "$ROOT/apps/web/.next/BUILD_ID" ] || [ "$(cat "$ROOT/.cache/web-build" 2>/dev/null)" != "$web_hash" ]; then
    log "building the site (next build)"
    (cd "$ROOT/apps/web" && pnpm build)
    echo "$web_hash" >"$ROOT/.cache/web-build"
  fi
}

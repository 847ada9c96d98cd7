#!/usr/bin/env bash
# `npm run start:front`: the scaled shape on one machine. The same system as `npm start` (Strapi on
# SQLite with demo content), plus Redis as the shared Next cache, two web instances, and Varnish in front
# of them. Readers use the front; Ctrl-C stops everything. Ports (all on 127.0.0.1 except as noted):
#   FRONT_PORT 8080 (the front: the only address readers need)   CMS_PORT 1337
#   WEB_PORT 3000 and WEB_PORT_2 (default WEB_PORT + 1)          REDIS_PORT 6379
# Needs Debian's varnish, varnish-modules and redis-server: installed when run as root, otherwise named.
source "$(dirname "$0")/lib.sh"
CMS_PORT=${CMS_PORT:-1337}
WEB_PORT=${WEB_PORT:-3000}
WEB_PORT_2=${WEB_PORT_2:-$((WEB_PORT + 1))}
REDIS_PORT=${REDIS_PORT:-6379}
FRONT_PORT=${FRONT_PORT:-8080}
for name in CMS_PORT WEB_PORT WEB_PORT_2 REDIS_PORT FRONT_PORT; do
  value=${!name}
  if ! [[ $value =~ ^[0-9]{2,5}$ ]] || [ "$value" -gt 65535 ]; then
    echo "$name must be a port number, got \"$value\"" >&2
    exit 2
  fi
done
port_taken() { node -e "const s=require('net').createServer().once('error',()=>process.exit(0)).listen($1,'127.0.0.1',()=>s.close(()=>process.exit(1)))"; }
for name in CMS_PORT WEB_PORT WEB_PORT_2 REDIS_PORT FRONT_PORT; do
  if port_taken "${!name}"; then echo "port ${!name} ($name) is already in use; choose another with $name=…" >&2; exit 2; fi
done

# shellcheck disable=SC2207
missing=($(missing_front_packages))
install_system_packages "${missing[@]+"${missing[@]}"}"

# The generated env files keep `npm start`'s addresses (one web instance on WEB_PORT); the addresses of this
# shape (the webhook and preview through the front, SITE_URL = the front) are given to the processes below.
prepare_local_system "$CMS_PORT" "$WEB_PORT"

# varnishd compiles the configuration as an unprivileged user when started as root, so the VCL and the
# generated backends live in a world-readable temporary folder: the checkout itself may sit below a
# folder only its owner can enter.
STATE=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-front.XXXXXX")
chmod 755 "$STATE" && mkdir -p "$STATE/redis"
install -m 644 "$ROOT/docker/varnish/default.vcl" "$STATE/default.vcl"
FRONT_PURGE_SECRET=$(node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))")
export FRONT_PURGE_SECRET

pids=()
stop_all() {
  trap - INT TERM EXIT
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$STATE"
}
trap stop_all INT TERM EXIT

log "starting Redis on port $REDIS_PORT (the shared Next cache; kept in memory only)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$STATE/redis" \
  --maxmemory 256mb --maxmemory-policy allkeys-lru --loglevel warning &
pids+=($!)

log "starting Strapi on port $CMS_PORT"
# The webhook goes through the front, which hands it to a healthy web instance.
(cd "$ROOT/apps/cms" && PORT=$CMS_PORT LOG_LEVEL=${LOG_LEVEL:-info} \
  WEB_REVALIDATE_URL="http://127.0.0.1:$FRONT_PORT/api/revalidate" WEB_PREVIEW_URL="http://localhost:$FRONT_PORT" \
  exec node_modules/.bin/strapi start) &
pids+=($!)
wait_for_http "http://127.0.0.1:$CMS_PORT/_health" 180 || { echo "Strapi did not start (see the log above)" >&2; exit 1; }

for port in "$WEB_PORT" "$WEB_PORT_2"; do
  log "starting a web instance on port $port"
  (cd "$ROOT/apps/web" && NODE_ENV=production PORT=$port WEB_HOST=127.0.0.1 TRUST_PROXY=true \
    SITE_URL="http://localhost:$FRONT_PORT" REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    FRONT_PURGE_URL="http://127.0.0.1:$FRONT_PORT/" exec node server.mjs) &
  pids+=($!)
done
for port in "$WEB_PORT" "$WEB_PORT_2"; do
  wait_for_http "http://127.0.0.1:$port/robots.txt" 120 || { echo "A web instance did not start (see the log above)" >&2; exit 1; }
done

log "starting Varnish on port $FRONT_PORT"
node "$ROOT/docker/varnish/write-backends.mjs" "$STATE/front-backends.vcl" \
  --web "127.0.0.1:$WEB_PORT" --web "127.0.0.1:$WEB_PORT_2"
# Its C compiler runs as the unprivileged user as well: system folders first on PATH.
PATH="/usr/bin:/bin:$PATH" varnishd -F -a "127.0.0.1:$FRONT_PORT" -f "$STATE/default.vcl" -p "vcl_path=$STATE" \
  -n "$STATE/varnish" -s malloc,256m -T none &
pids+=($!)
wait_for_http "http://127.0.0.1:$FRONT_PORT/en" 60 || { echo "Varnish did not start (see the log above)" >&2; exit 1; }

admin_email=$(grep -E '^ADMIN_EMAIL=' "$ROOT/apps/cms/.env" | cut -d= -f2-)
admin_password=$(grep -E '^ADMIN_PASSWORD=' "$ROOT/apps/cms/.env" | cut -d= -f2-)
cat <<MSG

  newsroom is running behind its cache front (Ctrl-C stops it)

  Site (readers)       http://localhost:$FRONT_PORT/en   ·   http://localhost:$FRONT_PORT/es
                       Varnish → web instances on ports $WEB_PORT and $WEB_PORT_2 → Redis on port $REDIS_PORT
  Strapi admin         http://localhost:$CMS_PORT/admin
    log in as          $admin_email
    password           $admin_password      (from apps/cms/.env; change it there or in the admin)
  REST API             http://localhost:$CMS_PORT/api/articles?locale=en

MSG
wait -n "${pids[@]}"

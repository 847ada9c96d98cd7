#!/usr/bin/env bash
# Command 1 of the README: install, build what changed, and run Strapi (SQLite, demo content) and the
# Next.js site in production mode. Ctrl-C stops both. Safe to run again: the database and secrets are kept.
source "$(dirname "$0")/lib.sh"
CMS_PORT=${CMS_PORT:-1337}
WEB_PORT=${WEB_PORT:-3000}

prepare_local_system "$CMS_PORT" "$WEB_PORT"

pids=()
stop_all() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_all INT TERM EXIT

log "starting Strapi on port $CMS_PORT"
(cd "$ROOT/apps/cms" && PORT=$CMS_PORT LOG_LEVEL=${LOG_LEVEL:-info} exec node_modules/.bin/strapi start) &
pids+=($!)
wait_for_http "http://127.0.0.1:$CMS_PORT/_health" 180 || { echo "Strapi did not start (see the log above)" >&2; exit 1; }

log "starting the site on port $WEB_PORT"
(cd "$ROOT/apps/web" && NODE_ENV=production PORT=$WEB_PORT exec node server.mjs) &
pids+=($!)
wait_for_http "http://127.0.0.1:$WEB_PORT/en" 120 || { echo "The site did not start (see the log above)" >&2; exit 1; }

# The login Strapi used: ADMIN_EMAIL/ADMIN_PASSWORD from the shell win over apps/cms/.env (dotenv never
# overrides the environment); see apps/cms/scripts/admin-login.mjs.
{ read -r admin_email; read -r admin_password; read -r admin_source; } < <(node "$ROOT/apps/cms/scripts/admin-login.mjs" "$ROOT/apps/cms/.env")
if [ "$admin_source" = environment ]; then admin_where="from ADMIN_EMAIL/ADMIN_PASSWORD in your shell"; else admin_where="from apps/cms/.env"; fi
# The administrator's login (a Super Admin, separate from the editor): the shell's values win too.
superadmin_email=${SUPERADMIN_EMAIL:-$(grep -E '^SUPERADMIN_EMAIL=' "$ROOT/apps/cms/.env" | cut -d= -f2-)}
superadmin_password=${SUPERADMIN_PASSWORD:-$(grep -E '^SUPERADMIN_PASSWORD=' "$ROOT/apps/cms/.env" | cut -d= -f2-)}
cat <<MSG

  newsroom is running (Ctrl-C stops it)

  Site (readers)       http://localhost:$WEB_PORT/en   ·   http://localhost:$WEB_PORT/es
  Strapi admin         http://localhost:$CMS_PORT/admin
    editor login       $admin_email   password $admin_password
                       (writing and publishing; $admin_where; set when the account was first created)
    administrator      $superadmin_email   password $superadmin_password
                       (settings, roles, content types: for whoever runs the system)
  REST API             http://localhost:$CMS_PORT/api/articles?locale=en

MSG
wait -n "${pids[@]}"

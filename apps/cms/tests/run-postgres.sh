#!/usr/bin/env bash
# Runs the CMS test suite against PostgreSQL: a private, throw-away cluster on a free loopback port
# (trust auth, socket in its own directory), always stopped and deleted at the end, pass or fail.
# Each test file creates and drops its own database in it (tests/helpers/strapi.ts).
# Extra arguments go to Jest, e.g. `pnpm test:postgres tests/api.test.ts`.
set -euo pipefail

APP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/initdb" ] && PG_BIN=$candidate; done
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found (install the postgresql package or set PG_BIN)" >&2
  exit 1
fi

PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-pg.XXXXXX")
PG_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

# initdb refuses to run as root: run the server as the postgres user, in a directory it owns.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT INT TERM

echo "[test:postgres] starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null

cd "$APP_DIR"
status=0
DATABASE_CLIENT=postgres DATABASE_HOST=127.0.0.1 DATABASE_PORT=$PG_PORT DATABASE_USERNAME=postgres \
  DATABASE_PASSWORD='' DATABASE_SSL=false \
  npx jest --runInBand "$@" || status=$?
if [ "$status" -ne 0 ] && [ -s "$PG_DIR/server.log" ]; then
  echo "[test:postgres] last lines of the PostgreSQL log:" >&2
  tail -n 20 "$PG_DIR/server.log" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Command 2 of the README: install, then run every suite — lint and type checks, unit, API (SQLite and
# PostgreSQL) and end-to-end. Every suite runs even when an earlier one fails; the exit code is non-zero
# if any failed. Per-suite Jest results go to artifacts/results/, browser screenshots to artifacts/e2e/.
source "$(dirname "$0")/lib.sh"
RESULTS="$ROOT/artifacts/results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

install_dependencies
bash "$ROOT/scripts/provision.sh"

failed=()
timings=()
run_suite() { # name, command...
  local name=$1 started
  shift
  started=$(date +%s)
  log "suite: $name"
  if (cd "$ROOT" && "$@"); then :; else failed+=("$name"); fi
  timings+=("$name $(($(date +%s) - started))s")
}
jest_out() { echo "--json" "--outputFile=$RESULTS/$1.json"; }

run_suite lint pnpm lint
run_suite typecheck pnpm -r typecheck
run_suite cms-client pnpm --filter @newsroom/cms-client test $(jest_out cms-client)
run_suite web pnpm --filter web test $(jest_out web)
run_suite api-sqlite pnpm --filter cms test $(jest_out api-sqlite)
run_suite api-postgres pnpm --filter cms test:postgres $(jest_out api-postgres)
build_cms_if_changed
run_suite e2e pnpm --filter e2e test $(jest_out e2e)

log "time per suite: ${timings[*]}"
node "$ROOT/scripts/summarise-results.mjs" "$RESULTS" "${failed[@]+"${failed[@]}"}"

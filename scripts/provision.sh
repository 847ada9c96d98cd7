#!/usr/bin/env bash
# Installs the system packages the test suites need (Chromium, PostgreSQL server binaries) when they are
# missing. Needs root and apt-get; elsewhere it explains what to install and fails.
source "$(dirname "$0")/lib.sh"
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "The tests need these system packages: ${need[*]}. Install them (e.g. sudo apt-get install -y ${need[*]}) and run again." >&2
  exit 1
fi

#!/usr/bin/env bash
# Installs the system packages the test suites need (Chromium, PostgreSQL server binaries, Varnish with
# varnish-modules and Redis for the cache front) when they are missing. Needs root and apt-get; elsewhere
# it explains what to install and fails.
source "$(dirname "$0")/lib.sh"
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
for package in $(missing_front_packages); do need+=("$package"); done
install_system_packages "${need[@]+"${need[@]}"}"

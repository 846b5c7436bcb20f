#!/usr/bin/env bash
# Make sure the programs the test suite starts (on 127.0.0.1 only) are installed:
# a Redis server for the distributed crawl tests.  Installs Debian's package when
# missing and we are root (as on CI and the development machines).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing redis-server (Debian package) for the distributed-crawl tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq redis-server >/dev/null
  exit 0
fi
echo "redis-server is needed by the tests: install it (e.g. 'apt-get install redis-server')" >&2
exit 1

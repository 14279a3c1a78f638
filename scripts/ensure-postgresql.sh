#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries are on the machine for the server tests (they
# start a throwaway cluster: server/postgres/throwaway-cluster.ts): Debian's postgresql,
# installed with apt-get when missing and we are allowed to. Without it those tests run
# on PGlite only, and say so.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing Debian's postgresql for the server tests…" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    # The package starts a cluster of its own; the tests start theirs.
    $sudo service postgresql stop >/dev/null 2>&1 || true
    exit 0
  fi
fi
echo "PostgreSQL not found: the server tests run on PGlite only (sudo apt-get install -y postgresql)." >&2

#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries are on the machine for the server tests (they start
# a throwaway cluster: server/postgres/throwaway-cluster.ts): Debian's postgresql, installed
# with apt-get when missing and we are allowed to. Without it those tests run on PGlite only.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
if bash "$(dirname "$0")/apt-install.sh" postgresql; then
  # The package starts a cluster of its own; the tests start theirs.
  service postgresql stop >/dev/null 2>&1 || true
  exit 0
fi
echo "PostgreSQL not found: the server tests run on PGlite only (sudo apt-get install -y postgresql)." >&2

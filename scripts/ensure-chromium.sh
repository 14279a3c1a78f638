#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests: $CHROMIUM_PATH, or Debian's
# /usr/bin/chromium, installed with apt-get when missing and we are allowed to.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
if bash "$(dirname "$0")/apt-install.sh" chromium && [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
echo "Chromium not found: install it with 'sudo apt-get install -y chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1

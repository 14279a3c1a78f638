#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests: $CHROMIUM_PATH, or Debian's
# /usr/bin/chromium, installed with apt-get when missing and we are allowed to.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing Debian's chromium for the browser tests (about 30 s)…" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
    [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
  fi
fi
echo "Chromium not found: install it with 'sudo apt-get install -y chromium', or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1

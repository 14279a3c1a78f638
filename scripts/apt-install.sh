#!/usr/bin/env bash
# Installs Debian packages with apt-get, as root or through password-less sudo; exits 1 (saying
# nothing) when neither is possible, so the caller can say what to do instead.
# Usage: bash scripts/apt-install.sh <package>…
set -euo pipefail
command -v apt-get >/dev/null 2>&1 || exit 1
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || exit 1
  sudo="sudo -n"
fi
echo "Installing Debian's $* (apt-get)…" >&2
$sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2

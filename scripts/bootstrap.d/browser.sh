#!/usr/bin/env bash
# Tools for the headless-browser check of the HTML report (tests/browser/): Debian's chromium,
# node and npm, and playwright-core pinned by tests/browser/package-lock.json. Idempotent and
# non-interactive: installs only what is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in chromium chromium-driver; do
  installed "$p" || missing+=("$p")
done
# The machine may already have node (e.g. a nodejs that bundles npm): use it when present.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "browser.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$root/tests/browser"
if [ ! -d node_modules/playwright-core ]; then
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1  # we drive Debian's chromium, never a downloaded one
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
fi

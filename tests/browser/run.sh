#!/usr/bin/env bash
# Checks a stemma HTML report in headless Chromium: no console errors, no network, no dialogs;
# saves a screenshot. usage: tests/browser/run.sh REPORT.html SCREENSHOT.png
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html SCREENSHOT.png" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "run.sh: playwright-core missing; run scripts/bootstrap.d/browser.sh" >&2
  exit 2
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "run.sh: ${CHROMIUM:-/usr/bin/chromium} missing; run scripts/bootstrap.d/browser.sh" >&2
  exit 2
fi
exec node "$here/check_report.mjs" "$1" "$2"

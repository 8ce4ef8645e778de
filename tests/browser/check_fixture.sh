#!/usr/bin/env bash
# Renders the unit tests' hostile fixture report and checks it in headless Chromium.
# usage: tests/browser/check_fixture.sh PATH/TO/stemma_report_test OUTDIR
# Writes OUTDIR/fixture_report.html and OUTDIR/fixture_report.png.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 STEMMA_REPORT_TEST OUTDIR" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$2"
STEMMA_REPORT_OUT="$2/fixture_report.html" "$1" \
  --gtest_filter=HtmlReportTest.WritesFixtureReportWhenAsked >/dev/null
exec "$here/run.sh" "$2/fixture_report.html" "$2/fixture_report.png"

# The unit tests' hostile fixture report (script tags, attribute breakouts, javascript: URLs in
# every field) loads in headless Chromium with no dialog, console error or network request.
source "$(dirname "$0")/lib.sh"
bash "$STEMMA_SOURCE_DIR/tests/browser/check_fixture.sh" \
  "$STEMMA_BUILD_DIR/src/report/stemma_report_test" "${STEMMA_BUILD_DIR:-$WORK}/browser-fixture"
echo ok

# The report of the demo corpus loads in headless Chromium with no console errors, no network
# requests and no dialogs (the demo has a hostile title); the screenshot stays in the build dir.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$STEMMA" run -o "$WORK/run"
shot="${STEMMA_BUILD_DIR:-$WORK}/report-demo.png"
bash "$STEMMA_SOURCE_DIR/tests/browser/run.sh" "$WORK/run/report.html" "$shot"
[ -s "$shot" ] || fail "no screenshot at $shot"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$WORK/run/report.html" || fail "hostile title not escaped"
if grep -q '<script>alert(1)' "$WORK/run/report.html"; then fail "hostile title rendered as markup"; fi
echo ok

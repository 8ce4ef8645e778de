# Helpers for the end-to-end shell tests (sourced, not a test itself).
set -euo pipefail
: "${STEMMA:?STEMMA must point at the stemma binary}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE CMD...: runs CMD, capturing stdout/stderr in $WORK/out and $WORK/err.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$WORK/err" >&2; fail "exit $got, want $want: $*"; }
}
expect_stderr() { grep -qF -- "$1" "$WORK/err" || { cat "$WORK/err" >&2; fail "stderr lacks: $1"; }; }
expect_stdout() { grep -qF -- "$1" "$WORK/out" || { cat "$WORK/out" >&2; fail "stdout lacks: $1"; }; }

#!/usr/bin/env bash
# Scores stemma's HTML extraction on the scrapinghub (and newspaper) dev sets.
# Usage: scripts/eval/extract_scrapinghub.sh [newspaper]
# Builds bench/extract standalone (Release) into build-extract-bench, runs extract_eval, scores
# with ../shared/corpora/extraction/score.py. Prints F1 and the throughput line.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${STEMMA_SHARED_DIR:-$ROOT/../shared}
CORP=$SHARED/corpora/extraction
BUILD=${BUILD:-$ROOT/build-extract-bench}
OUT=${OUT:-/tmp/stemma-extract-eval}
mkdir -p "$OUT"
cmake -S "$ROOT/bench/extract" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target extract_eval -j2 >/dev/null
run() {  # name html_dir truth
  "$BUILD/extract_eval" "$2" --url-map "$3" > "$OUT/$1.jsonl" 2> "$OUT/$1.speed"
  echo "== $1"
  python3 "$CORP/score.py" "$3" "$OUT/$1.jsonl" --csv "$OUT/$1.csv" --n-bootstrap 200
  cat "$OUT/$1.speed"
}
run scrapinghub "$CORP/scrapinghub/html" "$CORP/scrapinghub/ground-truth.json"
if [[ "${1:-}" == newspaper ]]; then
  for v in newspaper3k newspaper4k; do
    run "$v" "$CORP/newspaper/$v/html" "$CORP/newspaper/$v/ground-truth.json"
  done
fi

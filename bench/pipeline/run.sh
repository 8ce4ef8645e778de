#!/usr/bin/env bash
# Whole-pipeline figures on ../shared/corpora/news: ingest into the store (MB/s, docs/s, peak
# RSS), then analyze (extract, facts, reuse, stories) and the report.
# usage: bench/pipeline/run.sh [BUILD_DIR] [FILES...]   (default: every articles-*.jsonl.zst)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
shift || true
stemma="$build/src/cli/stemma"
corpus="$root/../shared/corpora/news"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$corpus"/articles-0*.jsonl.zst)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bytes=0
for f in "${files[@]}"; do
  case "$f" in
    *.zst) n=$(zstdcat "$f" | wc -c) ;;
    *) n=$(wc -c <"$f") ;;
  esac
  bytes=$((bytes + n))
done
step() {  # step NAME CMD...: prints wall, CPU and peak RSS of one command
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  read -r wall user sys rss <"$work/time"
  echo "$name: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s, peak RSS $((rss / 1024)) MB"
  tail -1 "$work/$name.out"
}
echo "corpus: ${#files[@]} files, $((bytes / 1000000)) MB of JSONL"
step ingest "$stemma" ingest --db "$work/s.db" "${files[@]}"
read -r wall user sys rss <"$work/time"
docs=$(sqlite3 "$work/s.db" 'SELECT count(*) FROM raw_documents')
echo "ingest: $(echo "scale=1; $bytes / 1000000 / $wall" | bc) MB/s wall," \
  "$(echo "scale=1; $bytes / 1000000 / ($user + $sys)" | bc) MB/s per CPU second," \
  "$(echo "scale=0; $docs / $wall" | bc) docs/s wall"
step analyze "$stemma" analyze --db "$work/s.db"
step report "$stemma" report --db "$work/s.db" -o "$work/report.html"

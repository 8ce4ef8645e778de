#!/usr/bin/env bash
# Incremental analysis on ../shared/corpora/news: analyze all but the last N articles, ingest
# the last N, analyze again (the figure: stories updated from the saved index), then rebuild the
# stories from scratch on a copy and compare the two clusterings (B-cubed).
# usage: bench/pipeline/incremental.sh [BUILD_DIR] [N]   (default: build, 1000)
#        KEEP=DIR keeps the stores (DIR/base.db: analysed without the last N) for reruns
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
added=${2:-1000}
stemma="$build/src/cli/stemma"
shared=${STEMMA_SHARED_DIR:-$root/../shared}
[ -d "$shared" ] || shared=/work/shared
corpus="$shared/corpora/news"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${KEEP:-}

zstdcat "$corpus"/articles-0*.jsonl.zst >"$work/all.jsonl"
head -n "-$added" "$work/all.jsonl" >"$work/base.jsonl"
tail -n "$added" "$work/all.jsonl" >"$work/added.jsonl"
rm "$work/all.jsonl"
step() {  # step NAME CMD...: wall, CPU and peak RSS of one command, then its phase lines
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
    cat "$work/$name.err" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  echo "$name: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s, peak RSS $((rss / 1024)) MB"
  grep -E "^(analyzed|update|timings|stories timings):" "$work/$name.out" | sed 's/^/  /' || true
}
echo "base: $(wc -l <"$work/base.jsonl") articles, then +$added"
"$stemma" ingest --db "$work/s.db" "$work/base.jsonl" >/dev/null
step analyze-base "$stemma" analyze --db "$work/s.db"
if [ -n "$keep" ]; then mkdir -p "$keep" && cp "$work/s.db" "$keep/base.db" && cp "$work/added.jsonl" "$keep/"; fi
"$stemma" ingest --db "$work/s.db" "$work/added.jsonl" >/dev/null
step analyze-added "$stemma" analyze --db "$work/s.db"
cp "$work/s.db" "$work/full.db"
step analyze-rebuilt "$stemma" analyze --db "$work/full.db" --rebuild
# Nothing changes, nothing to do:
"$stemma" ingest --db "$work/full.db" "$work/added.jsonl" >/dev/null
step analyze-again "$stemma" analyze --db "$work/full.db"

python3 - "$work/s.db" "$work/full.db" <<'PY'
import json, sqlite3, sys
def clusters(path):
    of = {}
    for sid, docs in sqlite3.connect(path).execute("SELECT story_id, documents FROM stories"):
        for d in json.loads(docs):
            of[d] = sid
    return of
inc, full = clusters(sys.argv[1]), clusters(sys.argv[2])
def members(of):
    m = {}
    for d, s in of.items():
        m.setdefault(s, set()).add(d)
    return m
mi, mf = members(inc), members(full)
docs = [d for d in full if d in inc]
p = sum(len(mi[inc[d]] & mf[full[d]]) / len(mi[inc[d]]) for d in docs) / len(docs)
r = sum(len(mi[inc[d]] & mf[full[d]]) / len(mf[full[d]]) for d in docs) / len(docs)
print(f"incremental vs rebuilt stories: {len(mi)} vs {len(mf)} stories, "
      f"B-cubed P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f} over {len(docs)} documents")
PY

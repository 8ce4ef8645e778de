#!/usr/bin/env bash
# `stemma analyze` extends the saved reuse graph and stories: documents ingested later join the stories of the
# first run, only changed stories get new claims, and the result matches a one-shot run.
source "$(dirname "$0")/lib.sh"
DEMO="$STEMMA_SOURCE_DIR/examples/demo"
mkdir -p "$WORK/corpus"
cp -r "$DEMO/html" "$DEMO/archive" "$WORK/corpus/"
cd "$WORK"

expect_exit 0 "$STEMMA" ingest --db inc.db corpus
expect_exit 0 "$STEMMA" analyze --db inc.db --rebuild-below 0 --rebuild-fraction 10
expect_stdout "stories built from scratch"
cp -r "$DEMO/feeds" "$DEMO/scrapes" "$DEMO/exports" corpus/
expect_exit 0 "$STEMMA" ingest --db inc.db corpus
expect_exit 0 "$STEMMA" analyze --db inc.db --rebuild-below 0 --rebuild-fraction 10
expect_stdout "update: reuse over pairs with a new document; stories updated incrementally, 15 documents added"
expect_exit 0 "$STEMMA" export --db inc.db --format json -o inc.json
# Nothing new: stories stand as they are.
expect_exit 0 "$STEMMA" analyze --db inc.db --rebuild-below 0 --rebuild-fraction 10
grep -q "^update:" out && fail "a run with nothing new touched the stories"

expect_exit 0 "$STEMMA" ingest --db full.db corpus
expect_exit 0 "$STEMMA" analyze --db full.db
expect_exit 0 "$STEMMA" export --db full.db --format json -o full.json

# An edited document invalidates the saved index: the next analysis rebuilds.
sed -i 's/Pier 7/Pier Seven/' corpus/html/*.html
expect_exit 0 "$STEMMA" ingest --db inc.db corpus
expect_exit 0 "$STEMMA" analyze --db inc.db --rebuild-below 0 --rebuild-fraction 10
expect_stdout "stories built from scratch"

python3 - inc.json full.json <<'PY'
import json, sys
inc, full = (json.load(open(p)) for p in sys.argv[1:3])
def groups(r):
    return sorted(sorted(s["documents"]) for s in r["stories"])
def contradictions(r):
    return sorted((c["kind"], c["value"], tuple(sorted(c["documents"])),
                   tuple(sorted(c["contradicted_by"]))) for c in r["claims"] if c["contradicted_by"])
def edges(r):
    return sorted((e["source"], e["target"], e["relation"]) for e in r["reuse"])
assert edges(inc) == edges(full), (edges(inc), edges(full))
assert groups(inc) == groups(full), (groups(inc), groups(full))
assert len(groups(full)) == 7, groups(full)
assert contradictions(inc) == contradictions(full)
assert contradictions(full), "the demo's planted contradictions are missing"
ids = [c["id"] for c in inc["claims"]]
assert len(ids) == len(set(ids)), "claim ids collide after an incremental update"
PY
echo OK

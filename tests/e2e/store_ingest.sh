# Ingest is idempotent, keeps the seeds intact, reports bad records and keeps the rest.
source "$(dirname "$0")/lib.sh"
SEEDS="$STEMMA_SHARED_DIR/seeds"
DB="$WORK/s.db"

expect_exit 0 "$STEMMA" ingest --db "$DB" "$SEEDS"
expect_stdout "ingested: 5 new, 0 updated, 0 unchanged, 0 rejected"
for f in "$SEEDS"/*.txt; do
  id=$(basename "$f" .txt)
  sqlite3 "$DB" "SELECT writefile('$WORK/got', content) FROM raw_documents WHERE doc_id='$id'" >/dev/null
  cmp -s "$f" "$WORK/got" || fail "seed $id not stored intact"
done
expect_exit 0 "$STEMMA" ingest --db "$DB" "$SEEDS"
expect_stdout "ingested: 0 new, 0 updated, 5 unchanged, 0 rejected"

# One broken JSONL line is reported with file:line and skipped; the others land.
printf '%s\n' '{"id":"a","text":"Alpha harbour story."}' '{"id":"b","text":' \
  '{"id":"c","text":"Gamma harbour story."}' >"$WORK/feed.jsonl"
: >"$WORK/empty.txt"
expect_exit 1 "$STEMMA" ingest --db "$DB" "$WORK/feed.jsonl" "$WORK/empty.txt"
expect_stderr "$WORK/feed.jsonl:2:"
expect_stderr "$WORK/empty.txt: empty file"
expect_stdout "ingested: 2 new"
[ "$(sqlite3 "$DB" 'SELECT count(*) FROM raw_documents')" = 7 ] || fail "want 7 raw documents"

# Analyze extracts only new documents.
expect_exit 0 "$STEMMA" analyze --db "$DB"
expect_stdout "analyzed: 7 documents (7 newly extracted)"
cp "$WORK/out" "$WORK/first_analyze"
expect_exit 0 "$STEMMA" analyze --db "$DB"
expect_stdout "analyzed: 7 documents (0 newly extracted)"
# Nothing new: the corpus-level results are kept, not recomputed, and say the same.
results() { grep -o '[0-9]* reuse edges, [0-9]* stories, [0-9]* claims' "$1"; }
[ "$(results "$WORK/out")" = "$(results "$WORK/first_analyze")" ] \
  || fail "second analyze changed the results: $(results "$WORK/out")"

# Exports in every format.
expect_exit 0 "$STEMMA" export --db "$DB" --format jsonl -o "$WORK/docs.jsonl"
[ "$(wc -l <"$WORK/docs.jsonl")" = 7 ] || fail "jsonl export wants 7 lines"
expect_exit 0 "$STEMMA" export --db "$DB" --format csv -o "$WORK/docs.csv"
head -1 "$WORK/docs.csv" | grep -q '^id,source,title' || fail "csv header"
expect_exit 0 "$STEMMA" export --db "$DB" --format graphml -o "$WORK/g.graphml"
grep -q '<node id="000_890a9cc5f77017a7">' "$WORK/g.graphml" || fail "graphml node"
expect_exit 0 "$STEMMA" export --db "$DB" --format json
python3 -c 'import json,sys; r=json.load(sys.stdin); assert len(r["documents"])==7' <"$WORK/out"
expect_exit 0 "$STEMMA" search --db "$DB" gamma
expect_stdout "c	"
echo ok

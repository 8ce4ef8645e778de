# kill -9 in the middle of an ingest leaves the store as it was before the batch.
source "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
printf '{"id":"first","text":"The first record, committed before the crash."}\n' >"$WORK/one.jsonl"
expect_exit 0 "$STEMMA" ingest --db "$DB" "$WORK/one.jsonl"
python3 - "$WORK/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(200000):
        f.write(json.dumps({"id": f"r{i}", "text": f"Record {i} about the Port Esker ferry " * 20}) + "\n")
PY
"$STEMMA" ingest --db "$DB" "$WORK/big.jsonl" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  sleep 0.05
  [ -f "$DB-wal" ] && [ "$(stat -c %s "$DB-wal")" -gt 1000000 ] && break
done
kill -0 "$pid" 2>/dev/null || fail "ingest finished before it could be killed; enlarge the input"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
count=$(sqlite3 "$DB" 'SELECT count(*) FROM raw_documents')
[ "$count" = 1 ] || fail "store has $count documents after kill -9, want 1"
echo ok

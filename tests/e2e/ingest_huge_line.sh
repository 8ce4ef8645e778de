# A 2 GB single JSONL line on stdin is rejected without being buffered; its neighbours land.
source "$(dirname "$0")/lib.sh"
{
  printf '{"id":"before","text":"Before the flood."}\n{"id":"huge","text":"'
  head -c 2G /dev/zero | tr '\0' a
  printf '"}\n{"id":"after","text":"After the flood."}\n'
} | /usr/bin/time -f "%M" -o "$WORK/rss" "$STEMMA" ingest --db "$WORK/t.db" - >"$WORK/out" 2>"$WORK/err" \
  && fail "exit 0, want 1"
expect_stderr "stdin:2: line exceeds 67108864 bytes"
expect_stdout "ingested: 2 new, 0 updated, 0 unchanged, 1 rejected"
rss_kb=$(tail -1 "$WORK/rss")
[ "$rss_kb" -lt 400000 ] || fail "peak RSS ${rss_kb} KB: the line was buffered"
echo ok

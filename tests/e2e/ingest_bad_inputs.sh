# Every kind of bad input is named on stderr as file:line or file@offset with a reason, skipped,
# and the rest of the batch lands; the exit code is 1.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
: >empty.txt
head -c 5000 /dev/urandom >garbage.html
printf '%s\n' '{"id":"ok1","text":"Fine record."}' '{"id":"x","text":"broken' \
  '{"id":"ok2","text":"Another fine record."}' >feed.jsonl
printf '%s\n' '{"id":"z1","text":"Zeta record one."}' '{"id":"z2","text":"Zeta record two."}' \
  | gzip -c | head -c 50 >trunc.jsonl.gz
printf 'id,title,text\n1,A,"Alpha text"\n2,B\n3,C,"Gamma text"\n' >rows.csv
python3 - <<'PY'
w = open("lie.warc", "wb")
def rec(uri, body, lie=None):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    n = len(http) if lie is None else lie
    w.write(b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
            b"\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response"
            b"\r\nContent-Length: " + str(n).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
rec(b"http://a.example/1", b"<html><body><p>First page text here.</p></body></html>")
rec(b"http://a.example/2", b"<html><body><p>Second page text.</p></body></html>", lie=5)
rec(b"http://a.example/3", b"<html><body><p>Third page text.</p></body></html>")
PY
python3 -c 'print("{\"id\":\"big\",\"text\":\"" + "a" * 3000 + "\"}"); print("{\"id\":\"small\",\"text\":\"Small one.\"}")' >long.jsonl

expect_exit 1 "$STEMMA" ingest --db t.db --max-record-bytes 2000 empty.txt garbage.html feed.jsonl \
  trunc.jsonl.gz rows.csv lie.warc long.jsonl
expect_stderr "empty.txt: empty file"
expect_stderr "garbage.html: binary content"
expect_stderr "feed.jsonl:2: broken JSON"
expect_stderr "trunc.jsonl.gz@50: truncated gzip stream"
expect_stderr "rows.csv:3: row has 2 columns, header has 3"
expect_stderr "lie.warc@275: Content-Length 5 is not followed by the record separator"
expect_stderr "long.jsonl:1: line exceeds 2000 bytes"
ids=$(sqlite3 t.db 'SELECT group_concat(doc_id, " ") FROM (SELECT doc_id FROM raw_documents ORDER BY doc_id)')
[ "$ids" = "1 3 http://a.example/1 http://a.example/3 ok1 ok2 small z1" ] || fail "stored: $ids"

# stdin works, in a pipe, with no progress noise on stderr.
printf '{"id":"piped","text":"From a pipe."}\n' | "$STEMMA" ingest --db t.db - >out 2>err
[ ! -s err ] || fail "stderr not quiet in a pipe: $(cat err)"
grep -q "ingested: 1 new" out || fail "stdin ingest"
echo ok

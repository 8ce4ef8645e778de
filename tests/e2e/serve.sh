# `stemma serve` answers on 127.0.0.1 only, serves the UI and the JSON API.
source "$(dirname "$0")/lib.sh"
DB="$WORK/s.db"
printf '{"id":"a","title":"Quay ferry","text":"The Quayside ferry resumed service on Monday."}\n' \
  >"$WORK/feed.jsonl"
expect_exit 0 "$STEMMA" ingest --db "$DB" "$WORK/feed.jsonl"
expect_exit 0 "$STEMMA" analyze --db "$DB"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$STEMMA" serve --db "$DB" --port "$PORT" >"$WORK/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 50); do
  grep -q "127.0.0.1:$PORT" <(ss -ltn 2>/dev/null) && break
  curl -s "http://127.0.0.1:$PORT/api/stats" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/api/search?q=ferry" | grep -q '"id":"a"' || fail "search API"
curl -sf "http://127.0.0.1:$PORT/" | grep -q "<title>stemma</title>" || fail "web UI"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/documents/missing")
[ "$code" = 404 ] || fail "missing document gives $code, want 404"
# Bound to loopback only: the listening socket's address is 127.0.0.1.
if command -v ss >/dev/null; then
  ss -ltn | grep -q "127.0.0.1:$PORT" || fail "not listening on 127.0.0.1:$PORT"
  ss -ltn | grep -q "0.0.0.0:$PORT" && fail "listening on all interfaces"
fi
echo ok

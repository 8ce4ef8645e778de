#!/usr/bin/env bash
# Wall time and peak RSS of one `stemma serve` process answering one request.
# Usage: bench/server/measure.sh STEMMA_BINARY STORE.db PORT 'PATH?QUERY'
# The server is started fresh for every request, so peak RSS is what that request cost
# (plus the idle server). Prints: route, curl seconds, HTTP status, body bytes, max RSS kB.
set -euo pipefail
bin=$1 db=$2 port=$3 route=$4
log=$(mktemp)
/usr/bin/time -v "$bin" serve --db "$db" --port "$port" >"$log" 2>&1 &
timer=$!
for _ in $(seq 100); do  # wait for the listener; "/" is the static page, cheap in every version
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done
read -r secs status bytes < <(curl -s -o /dev/null -w '%{time_total} %{http_code} %{size_download}\n' \
  "http://127.0.0.1:$port$route")
server=$(pgrep -P "$timer")
kill "$server"
wait "$timer" || true
rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$log")
rm -f "$log"
printf '%-45s %8ss  %s  %9s B  %8s kB\n' "$route" "$secs" "$status" "$bytes" "$rss"

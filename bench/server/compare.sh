#!/usr/bin/env bash
# Byte-for-byte comparison of two `stemma serve` binaries over one store.
# Usage: bench/server/compare.sh OLD_BINARY NEW_BINARY STORE.db [ROUTE...]
set -euo pipefail
old=$1 new=$2 db=$3
shift 3
routes=("$@")
pids=()
"$old" serve --db "$db" --port 18481 >/dev/null 2>&1 & pids+=($!)
"$new" serve --db "$db" --port 18482 >/dev/null 2>&1 & pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for port in 18481 18482; do
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done
differ=0
for route in "${routes[@]}"; do
  a=$(curl -s -w ' %{http_code}' "http://127.0.0.1:18481$route" | sha256sum)
  b=$(curl -s -w ' %{http_code}' "http://127.0.0.1:18482$route" | sha256sum)
  verdict=same
  [[ "$a" == "$b" ]] || { verdict=DIFFER; differ=1; }
  printf '%-7s %-45s %s bytes\n' "$verdict" "$route" "$(curl -s "http://127.0.0.1:18482$route" | wc -c)"
done
exit $differ

#!/usr/bin/env bash
# Builds the ingest fuzz targets with libFuzzer + ASan into $1 and runs each briefly
# (FUZZ_SECONDS, default 15). Exits non-zero when a target crashes or fails to build.
set -euo pipefail
out=${1:?usage: run.sh BUILD_DIR}
seconds=${FUZZ_SECONDS:-15}
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out/obj" "$out/corpus"
cxx=${CXX_FUZZ:-clang++}
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer
       -I"$src/include" -I"$src/src" -I/usr/include/uchardet)
libs=(-lsimdjson -lcsv -lz -lzstd -licuuc -licudata -luchardet -lxxhash -lcld2)

# Objects are rebuilt when their source, any header or this script is newer.
newest_header=$(ls -t "$src"/src/ingest/*.h "$src"/src/extract/*.h "$src"/include/stemma/*.h "$src"/tests/fuzz/*.h "$0" | head -1)
objs=()
for f in "$src"/src/ingest/*.cc "$src"/src/util/*.cc "$src"/src/extract/*.cc; do
  case "$f" in *_test.cc|*_fuzz.cc|*_bench.cc) continue ;; esac
  o="$out/obj/$(basename "$(dirname "$f")")_$(basename "$f" .cc).o"
  if [ ! -f "$o" ] || [ "$f" -nt "$o" ] || [ "$newest_header" -nt "$o" ]; then
    "$cxx" "${flags[@]}" -c "$f" -o "$o"
  fi
  objs+=("$o")
done

# Small seed inputs so the fuzzers start from the shape of real records.
seed() { mkdir -p "$out/corpus/$1"; printf '%b' "$3" > "$out/corpus/$1/$2"; }
seed jsonl a '{"id":"x","text":"hello","author":["a","b"],"url":"u"}\n{"html":"<p>x</p>"}\n'
seed jsonl b '{"text":"caf\\u00e9"}\r\n\n[1]\n{"text":'
seed csv a 'id,title,text\n1,"a, b","multi\nline ""q"""\n2,x\n'
seed warc a 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: 47\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n\r\n'
seed warc b 'WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 99\r\n\r\nshort\r\n\r\nWARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n'
seed charset a '\x81<meta charset="windows-1251"><p>\xcf\xf0\xe8</p>'
seed charset b '\x00\xff\xfeh\x00i\x00'
seed charset c '\x02caf\xe9 na\xefve'
seed html a '<html><head><title>T</title><meta property="og:site_name" content="S"></head><body><nav><a href=x>Home</a></nav><article><h1>H</h1><p>Para &amp; text.</p></article></body></html>'
seed html b '<div><div><p>Deep <b>bold<i>x</div></p><script>var a="</div>"</script><!-- c'

status=0
for target in jsonl csv warc charset html; do
  bin="$out/${target}_fuzz"
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "$src/tests/fuzz/${target}_fuzz.cc" "${objs[@]}" \
    "${libs[@]}" -o "$bin"
  mkdir -p "$out/corpus/$target.run"
  echo "== $target: ${seconds}s"
  if ! (cd "$out" && "$bin" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -print_final_stats=0 "$out/corpus/$target.run" "$out/corpus/$target" \
        > "$out/$target.log" 2>&1); then
    echo "FAILED: $target (see $out/$target.log)"
    tail -40 "$out/$target.log"
    status=1
  else
    grep -E '^#[0-9]+.*DONE|Done [0-9]+ runs' "$out/$target.log" | tail -1 || true
  fi
done
exit $status

# The stateless commands stream their inputs: extract, facts and reuse, with no store.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
cat >feed.jsonl <<'JSONL'
{"id":"w1","published":"2031-04-09","title":"Ferry strike in Port Esker ends after 9 days","text":"The Quayside ferry strike in Port Esker ended last Thursday after nine days, the Valdorian Ferry Union said. Around 1,200 commuters had been stranded each morning. \"We are glad to be back at sea,\" said captain Oskar Lind."}
JSONL
expect_exit 0 "$STEMMA" extract --format jsonl feed.jsonl
python3 - "$WORK/out" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert len(docs) == 1 and docs[0]["id"] == "w1" and docs[0]["title"].startswith("Ferry strike"), docs
assert docs[0]["published"].startswith("2031-04-09") and "nine days" in docs[0]["text"]
PY
expect_exit 0 "$STEMMA" extract --format json feed.jsonl
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))[0]["id"] == "w1"' "$WORK/out"
expect_exit 0 "$STEMMA" extract --format text feed.jsonl
expect_stdout "Ferry strike in Port Esker ends"

expect_exit 0 "$STEMMA" facts feed.jsonl
python3 - "$WORK/out" <<'PY'
import json, sys
facts = [json.loads(l) for l in open(sys.argv[1])]
def find(kind, pred):
    return any(f["kind"] == kind and pred(f) for f in facts)
assert find("date", lambda f: f["value"] == "2031-04-03"), "last Thursday before 2031-04-09"
assert find("quantity", lambda f: f["value"] in ("1200", "1200.0") and "commuter" in f.get("counts", ""))
assert find("quote", lambda f: "Oskar Lind" in f.get("speaker", ""))
# The headline's facts say so, with offsets (in characters) into the title.
title = "Ferry strike in Port Esker ends after 9 days"
head = [f for f in facts if f.get("field") == "title"]
assert any(f["kind"] == "location" and f["value"] == "Port Esker" for f in head), head
assert any(title[f["begin"]:f["end"]] == f["text"] for f in head), head
for f in facts:
    assert f["document"] == "w1" and 0 <= f["begin"] < f["end"]
PY

# reuse: an exact copy under another id is a duplicate edge.
sed 's/"id":"w1"/"id":"w2"/' feed.jsonl >copy.jsonl
expect_exit 0 "$STEMMA" reuse feed.jsonl copy.jsonl
python3 - "$WORK/out" <<'PY'
import json, sys
edges = [json.loads(l) for l in open(sys.argv[1])]
assert len(edges) == 1 and edges[0]["relation"] == "duplicate", edges
assert {edges[0]["source"], edges[0]["target"]} == {"w1", "w2"} and edges[0]["passages"]
PY

# Files are streamed (read more than once), stdin is held in memory: the same edges, with
# character (not byte) offsets either way.
printf '{"id":"c1","text":"Caf\\u00e9 owners in the fictional port of Esker said the new ferry timetable would hurt trade in winter, when the harbour is quiet."}\n' >cafe.jsonl
sed 's/"c1"/"c2"/' cafe.jsonl >cafe2.jsonl
expect_exit 0 "$STEMMA" reuse cafe.jsonl cafe2.jsonl
cp "$WORK/out" streamed.jsonl
expect_exit 0 "$STEMMA" reuse - cafe2.jsonl <cafe.jsonl
cmp -s "$WORK/out" streamed.jsonl || fail "streaming and in-memory reuse differ"
python3 - "$WORK/out" <<'PY'
import json, sys
edge = json.loads(open(sys.argv[1]).readline())
text = json.loads(open("cafe.jsonl").readline())["text"]
p = edge["passages"][0]
assert text[p["source_begin"]:p["source_end"]].endswith("harbour is quiet"), (edge, text)
PY
echo ok

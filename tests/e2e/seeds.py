"""The five seed articles through `stemma run`: what ../shared/seeds/EXPECTED.md says a good
analysis finds (per-document metadata, noise stripped, flags, reuse, stories, claims, facts)."""
import json
import os
import subprocess
import sys
import tempfile

STEMMA = os.environ["STEMMA"]
SEEDS = os.path.join(os.environ["STEMMA_SHARED_DIR"], "seeds")
IDS = {p[:3]: p[:-4] for p in os.listdir(SEEDS) if p.endswith(".txt")}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


with tempfile.TemporaryDirectory() as out:
    run = subprocess.run([STEMMA, "run", SEEDS, "-o", out], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"stemma run failed ({run.returncode}): {run.stderr}")
    report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))

docs = {d["id"]: d for d in report["documents"]}
check(sorted(docs) == sorted(IDS.values()), f"document ids: {sorted(docs)}")
d = {k: docs.get(v, {}) for k, v in IDS.items()}
flags = {k: {f["kind"] for f in v.get("flags", [])} for k, v in d.items()}

# Per document: title, byline, published, outlet / origin, noise, flags.
check((d["000"].get("title") or "").startswith("North Korea's Kim Joins Anti-Western Summit"),
      "000 title")
check(d["000"].get("byline") == "Zanele Mokoena", "000 byline from the author box")
check("author-bio-separated" in flags["000"], "000 author bio flagged")
check("repeated-headline" in flags["000"], "000 repeated headline flagged")
check(not d["001"].get("title"), "001 has no title")
check((d["001"].get("published") or "").startswith("2025-09-02"), "001 published 2025-09-02")
check(not d["002"].get("title") and not d["002"].get("published"), "002 has no title or date")
check((d["003"].get("title") or "").startswith("Live updates: North Korean leader offers"),
      "003 title")
check("Charles Langston" not in (d["003"].get("title") or ""), "003 title without injection")
check(not d["003"].get("byline"), "003 has no real byline")
check({"injected-text", "date-contradiction"} <= flags["003"], "003 flags")
t3 = d["003"].get("text", "")
for noise in ["veryGood!", "Current:Home", "Ethermac View", "Charles Langston"]:
    check(noise not in t3, f"003 noise left: {noise}")
check(d["004"].get("title") == "Geopolitics is moving North Korea's way", "004 title")
check(d["004"].get("byline") == "M. K. Bhadrakumar", "004 byline")
check((d["004"].get("published") or "").startswith("2024-01-24"), "004 published")
check(d["004"].get("outlet") == "Global Research", "004 outlet")
check(d["004"].get("republished_from") == "Indian Punchline", "004 republished from")
t4 = d["004"].get("text", "")
check("](" not in t4, "004 markdown link syntax left")
check("original source of this article" not in t4.lower(), "004 republication notice left")

# Reuse: 002 -> 001 rewrite, and no edge between unrelated seeds.
edges = {(e["source"], e["target"], e["relation"]) for e in report["reuse"]}
check((IDS["002"], IDS["001"], "rewrite") in edges, f"002 -> 001 rewrite: {edges}")
others = {e for e in edges if e[:2] not in {(IDS["002"], IDS["001"])}}
check(not others, f"unexpected edges: {others}")

# Stories: {000, 001, 002} (the train trip to Beijing) and {003} (the Vostochny summit); 004 is
# its own story but refers back to 003's.
stories = [s for s in report["stories"]]
members = sorted(sorted(x[:3] for x in s["documents"]) for s in stories)
check(["000", "001", "002"] in members, f"story {{000,001,002}}: {members}")
check(["003"] in members, f"story {{003}}: {members}")
story_003 = [s for s in stories if [x[:3] for x in s["documents"]] == ["003"]]
check(bool(story_003) and IDS["004"] in story_003[0]["related_documents"], "004 related to 003")

# Claims: copies count once; independent texts count twice; a rewrite's addition is alone.
claims = report["claims"]
def claim(pred):
    return [c for c in claims if pred(c)]
soldiers = claim(lambda c: "2,000" in c["text"] and "soldier" in c["text"])
check(any(sorted(x[:3] for x in c["documents"]) == ["001", "002"] and c["independent_sources"] == 1
          for c in soldiers), f"about 2,000 soldiers: 2 documents, 1 source: {soldiers}")
tuesday = claim(lambda c: c["kind"] == "date" and c["value"] == "2025-09-02"
                and {x[:3] for x in c["documents"]} >= {"000", "002"})
check(any(c["independent_sources"] == 2 for c in tuesday), "Tuesday 2025-09-02: 2 sources")
treaty = claim(lambda c: "June 2024" in c["text"] and [x[:3] for x in c["documents"]] == ["001"])
check(any(c["single_source"] for c in treaty), "June 2024 treaty single-source in 001")

# Facts: resolved dates, quantities, merged aliases, quoted speakers.
facts = report["facts"]
def has_fact(doc, kind, pred):
    return any(f["document"] == IDS[doc] and f["kind"] == kind and pred(f) for f in facts)
check(has_fact("004", "date", lambda f: f["text"].lower().endswith("last thursday")
               and f["value"] == "2024-01-18"), "004 last Thursday -> 2024-01-18")
check(has_fact("002", "quantity", lambda f: f["value"] in ("2000", "2000.0")
               and "soldier" in f.get("counts", "")), "002 around 2,000 soldiers")
check(has_fact("002", "quantity", lambda f: f["value"] in ("26", "26.0")
               and "leader" in f.get("counts", "")), "002 26 world leaders")
choe = {f["value"] for f in facts if f["kind"] == "person" and "Choe" in f["text"]}
check(len(choe) == 1, f"Choe Son Hui / Choe Son-hui merged: {choe}")
speakers = {(f["document"][:3], f.get("speaker", "")) for f in facts if f["kind"] == "quote"}
for doc, name in [("002", "Jenny Town"), ("003", "Matthew Miller"), ("004", "Dmitry Peskov"),
                  ("004", "Pranay Vaddi")]:
    check(any(dd == doc and name in s for dd, s in speakers), f"{doc} quote by {name}")

if failures:
    print("FAILED:\n- " + "\n- ".join(failures))
    sys.exit(1)
print("ok")

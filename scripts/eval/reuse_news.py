#!/usr/bin/env python3
"""Exact and near duplicates in the real news corpus: reuse_cli against the exact reference
(scripts/eval/reuse_reference.py, word 5-gram Jaccard, equal to brute force).

Goal (issue 6): recall >= 0.99 of exact pairs, >= 0.95 of near pairs (J >= 0.8), precision of
our duplicate/near-duplicate edges >= 0.99 (their reference Jaccard is >= 0.8).

Usage: scripts/eval/reuse_news.py [FILE.jsonl[.zst] ...] [--cli PATH] [-v]
Default files: articles-recovery-covid19 + articles-04 (11,805 articles).
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NEWS = os.path.join(ROOT, "../shared/corpora/news")
sys.path.insert(0, HERE)
import reuse_reference  # noqa: E402


def read(files):
    for f in files:
        if f.endswith(".zst"):
            data = subprocess.run(["zstd", "-dc", f], capture_output=True, check=True).stdout
        else:
            data = open(f, "rb").read()
        for line in data.decode("utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-reuse/bench/reuse/reuse_cli"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    files = args.files or [os.path.join(NEWS, "articles-recovery-covid19.jsonl.zst"),
                           os.path.join(NEWS, "articles-04.jsonl.zst")]
    docs = [{"id": d["id"], "text": d["text"], "published": d.get("published") or "",
             "domain": d.get("domain") or d.get("outlet") or ""} for d in read(files)]
    payload = "".join(json.dumps({k: d[k] for k in ("id", "text", "published")}) + "\n"
                      for d in docs)

    t0 = time.time()
    ref_out = subprocess.run([sys.executable, os.path.join(HERE, "reuse_reference.py")],
                             input=payload.encode(), capture_output=True, check=True)
    ref = json.loads(ref_out.stdout)
    t1 = time.time()
    cli = subprocess.run([args.cli], input=payload.encode(), capture_output=True, check=True)
    t2 = time.time()
    edges = [json.loads(l) for l in cli.stdout.decode().splitlines() if l.strip()]
    dup = {frozenset((e["source"], e["target"])): e for e in edges
           if e["relation"] in ("duplicate", "near-duplicate")}

    exact = {frozenset(p) for p in ref["exact"]}
    near = {frozenset((p["a"], p["b"])) for p in ref["pairs"]}
    r_exact = len(exact & dup.keys()) / max(1, len(exact))
    r_near = len(near & dup.keys()) / max(1, len(near))
    # Precision: the reference Jaccard of every pair we call (near-)duplicate.
    by_id = {d["id"]: d for d in docs}
    sets = {}

    def ref_j(a, b):
        for x in (a, b):
            if x not in sets:
                sets[x] = reuse_reference.shingles(by_id[x]["text"])
        sa, sb = sets[a], sets[b]
        inter = len(sa & sb)
        return inter / max(1, len(sa) + len(sb) - inter)

    js = {p: ref_j(*sorted(p)) for p in dup}
    good = sum(1 for j in js.values() if j >= 0.8)
    close = sum(1 for j in js.values() if j >= 0.7)
    cross = sum(1 for p in dup if len({by_id[x]["domain"] for x in p}) == 2)
    print(f"docs {len(docs)}  reference {t1 - t0:.1f}s  reuse_cli {t2 - t1:.1f}s "
          f"({cli.stderr.decode().strip().splitlines()[-2]})")
    print(f"exact pairs {len(exact)}: recall {r_exact:.4f}")
    print(f"near pairs (J>=0.8) {len(near)}: recall {r_near:.4f}")
    print(f"our duplicate/near-duplicate edges {len(dup)} ({cross} cross-outlet): "
          f"precision {good / max(1, len(dup)):.4f} (J>=0.7: {close / max(1, len(dup)):.4f})")
    if args.verbose:
        for p in sorted(near - dup.keys(), key=sorted)[:30]:
            print("missed", sorted(p))
        for p, j in sorted(js.items(), key=lambda x: x[1])[:30]:
            if j < 0.8:
                print("extra", sorted(p), dup[p]["relation"], round(j, 3))
    ok = r_exact >= 0.99 and r_near >= 0.95 and good / max(1, len(dup)) >= 0.99
    print("goal", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

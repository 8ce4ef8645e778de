#!/usr/bin/env python3
"""BBC duplicate gold: recall of exact and near-duplicate pairs, precision of our
duplicate/near-duplicate edges.

Gold (../shared/gold/reuse/bbc-duplicates.json): exact = identical after whitespace collapse;
near = word 5-gram Jaccard >= 0.8 on title + blank line + text. Goal (issue 6): recall >= 0.99
exact, >= 0.95 near, precision >= 0.99.

Usage: scripts/eval/reuse_bbc.py [--cli build-reuse/bench/reuse/reuse_cli] [-v]
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(ROOT, "../shared/gold/reuse")


def pairs_of_groups(groups):
    out = set()
    for g in groups:
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                out.add(frozenset((g[i], g[j])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-reuse/bench/reuse/reuse_cli"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    gold = json.load(open(os.path.join(GOLD, "bbc-duplicates.json")))
    docs = [json.loads(l) for l in gzip.open(os.path.join(GOLD, "bbc.jsonl.gz"), "rt", encoding="utf-8")]
    payload = "".join(json.dumps({"id": d["id"], "text": d["title"] + "\n\n" + d["text"]}) + "\n"
                      for d in docs)
    t0 = time.time()
    out = subprocess.run([args.cli], input=payload.encode(), capture_output=True, check=True)
    elapsed = time.time() - t0
    edges = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    dup = {frozenset((e["source"], e["target"])): e for e in edges
           if e["relation"] in ("duplicate", "near-duplicate")}
    anything = {frozenset((e["source"], e["target"])) for e in edges}

    exact = pairs_of_groups(gold["exact"]["groups"])
    near = {frozenset((p["a"], p["b"])) for p in gold["near"]["pairs"]}
    near_only = near - exact
    r_exact = len(exact & dup.keys()) / len(exact)
    r_exact_dup = sum(1 for p in exact if p in dup and dup[p]["relation"] == "duplicate") / len(exact)
    r_near = len(near & dup.keys()) / len(near)
    r_near_only = len(near_only & dup.keys()) / max(1, len(near_only))
    precision = len(dup.keys() & near) / max(1, len(dup))
    print(f"docs {len(docs)}  edges {len(edges)}  run {elapsed:.2f}s (incl. JSON I/O)")
    print(f"exact pairs {len(exact)}: recall {r_exact:.3f} (as 'duplicate': {r_exact_dup:.3f})")
    print(f"near pairs  {len(near)} (J>=0.8, incl. exact): recall {r_near:.3f}; "
          f"the {len(near_only)} with J<1: {r_near_only:.3f}")
    print(f"duplicate/near-duplicate edges {len(dup)}: precision vs gold near {precision:.3f}")
    print(f"gold near pairs linked by any relation: {len(near & anything) / len(near):.3f}")
    if args.verbose:
        for p in sorted(near - dup.keys(), key=sorted):
            print("missed", sorted(p))
        for p in sorted(dup.keys() - near, key=sorted):
            e = dup[p]
            print("extra", e["source"], e["target"], e["relation"], round(e["score"], 3))
    ok = r_exact >= 0.99 and r_near >= 0.95 and precision >= 0.99
    print("goal", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

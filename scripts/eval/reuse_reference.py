#!/usr/bin/env python3
"""Brute-force-equivalent reference for near duplicates: every pair of documents whose word
5-gram Jaccard similarity is >= a threshold, computed exactly.

Words are the \\w+ runs of the lowercased text; a text with fewer than 5 words is one shingle
(the definition of ../shared/gold/reuse/bbc-duplicates.json). Candidates come from a prefix
filter (shingles ordered rarest first; two sets with J >= t must share one of the first
|A| - ceil(t|A|) + 1 shingles of each), then every candidate is checked with the full Jaccard,
so the result equals the all-pairs brute force. `--check` verifies that claim on a sample by
comparing with a literal all-pairs loop.

Input: JSONL {id, text} on stdin. Output: JSON {"pairs": [{"a","b","jaccard"}], "exact": [[a,b]]}
where exact = identical after whitespace collapse.
"""
import argparse
import collections
import hashlib
import json
import math
import re
import sys

WORD = re.compile(r"\w+")


def shingles(text, n=5):
    words = WORD.findall(text.lower())
    if len(words) < n:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i:i + n])) for i in range(len(words) - n + 1)}


def near_pairs(ids, sets, threshold):
    freq = collections.Counter()
    for s in sets:
        freq.update(s)
    index = collections.defaultdict(list)
    candidates = set()
    for d, s in enumerate(sets):
        if not s:
            continue
        ordered = sorted(s, key=lambda h: (freq[h], h))
        prefix = len(s) - math.ceil(threshold * len(s)) + 1
        for h in ordered[:prefix]:
            for other in index[h]:
                candidates.add((other, d))
            index[h].append(d)
    out = []
    for a, b in candidates:
        sa, sb = sets[a], sets[b]
        inter = len(sa & sb)
        j = inter / (len(sa) + len(sb) - inter)
        if j >= threshold:
            out.append({"a": ids[a], "b": ids[b], "jaccard": round(j, 4)})
    return out


def brute_force(ids, sets, threshold):
    out = []
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            sa, sb = sets[a], sets[b]
            if not sa or not sb:
                continue
            inter = len(sa & sb)
            j = inter / (len(sa) + len(sb) - inter)
            if j >= threshold:
                out.append((ids[a], ids[b]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--check", type=int, default=0,
                    help="also run a literal all-pairs loop on the first N documents and compare")
    args = ap.parse_args()
    ids, sets, exact_groups = [], [], collections.defaultdict(list)
    for line in sys.stdin:
        if not line.strip():
            continue
        d = json.loads(line)
        ids.append(d["id"])
        sets.append(shingles(d["text"]))
        key = hashlib.sha1(" ".join(d["text"].split()).encode()).hexdigest()
        exact_groups[key].append(d["id"])
    pairs = near_pairs(ids, sets, args.threshold)
    exact = [[g[i], g[j]] for g in exact_groups.values() if len(g) > 1
             for i in range(len(g)) for j in range(i + 1, len(g))]
    if args.check:
        n = min(args.check, len(ids))
        brute = {frozenset(p) for p in brute_force(ids[:n], sets[:n], args.threshold)}
        sub = set(ids[:n])
        filt = {frozenset((p["a"], p["b"])) for p in pairs if p["a"] in sub and p["b"] in sub}
        print(f"check on {n} docs: brute force {len(brute)} pairs, prefix filter {len(filt)}, "
              f"equal: {brute == filt}", file=sys.stderr)
    json.dump({"threshold": args.threshold, "n_docs": len(ids), "pairs": pairs, "exact": exact},
              sys.stdout)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fake/legit pairs (FakeNewsAMT + Celebrity, dev): is each fake in its real article's story,
and is at least one contradiction between the two reported? Usage:
  scripts/eval/stories_fakenews.py [--driver PATH] [--facts fallback|real|none]
"""
import argparse
import os

from stories_common import DEFAULT_DRIVER, SHARED, run_driver
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=DEFAULT_DRIVER)
    ap.add_argument("--gold", default=os.path.join(SHARED, "gold/stories/fakenewsamt-dev.jsonl"))
    ap.add_argument("--facts", default="fallback")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    pairs = {}
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pairs.setdefault(d["pair_id"], {})[d["label"]] = d["id"]
    out = run_driver(args.driver, args.gold, ["--facts", args.facts] + args.extra)
    story_of = {}
    for s in out["stories"]:
        for doc in s["documents"]:
            story_of[doc] = s["id"]
    contradicting = set()
    for c in out["claims"]:
        for a in c["documents"]:
            for b in c["contradicted_by"]:
                contradicting.add((a, b))
                contradicting.add((b, a))
    together = contradicted = 0
    for pair in pairs.values():
        fake, legit = pair["fake"], pair["legit"]
        together += story_of.get(fake) == story_of.get(legit)
        contradicted += (fake, legit) in contradicting
    n = len(pairs)
    print("pairs %d; fake in its real article's story: %.1f%%; pairs with a contradiction: %.1f%%"
          % (n, 100.0 * together / n, 100.0 * contradicted / n))
    print("stories %d, claims %d" % (out["story_count"], out["claim_count"]))


if __name__ == "__main__":
    main()

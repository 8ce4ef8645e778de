#!/usr/bin/env python3
"""Fake/legit pairs (FakeNewsAMT + Celebrity, dev): is each fake in its real article's story,
and is at least one contradiction between the two reported? Usage:
  scripts/eval/stories_fakenews.py [--driver PATH] [--facts fallback|real|none]
  scripts/eval/stories_fakenews.py --pairs [--show RULE] ...
  scripts/eval/stories_fakenews.py --cli build/src/cli/stemma   (what `stemma run` reports)
--pairs runs the contradiction rules on document pairs directly (no clustering, as if each pair
were one story) and compares the fake/real pairs with two controls of real/real pairs: each real
article against a random other real article of its domain, and against the real article of its
domain that shares the most capitalised words with it (the hardest control: same celebrity).
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile

from stories_common import DEFAULT_DRIVER, SHARED, run_cli, run_driver


def names(text):
    return set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]{2,}", text[:3000]))


def control_pairs(legit):
    """(random same-domain, most-names-shared same-domain) real/real pairs."""
    rng = random.Random(8)
    by_domain = collections.defaultdict(list)
    for d in legit:
        by_domain[d["domain"]].append(d)
    randoms, nearest = [], []
    for d in legit:
        others = [o for o in by_domain[d["domain"]] if o["id"] != d["id"]]
        randoms.append((d["id"], rng.choice(others)["id"]))
        mine = names(d["text"])
        best = max(others, key=lambda o: (len(mine & names(o["text"])), o["id"]))
        nearest.append((d["id"], best["id"]))
    return randoms, nearest


def run_pairs(args, docs_path, groups):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        for pairs in groups.values():
            for a, b in pairs:
                f.write("%s\t%s\n" % (a, b))
        tsv = f.name
    cmd = [args.driver, "--facts", args.facts, "--pair-contradictions", tsv, docs_path]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    os.unlink(tsv)
    if proc.returncode != 0:
        sys.exit("driver failed: %s\n%s" % (" ".join(cmd), proc.stderr))
    sys.stderr.write(proc.stderr)
    found = {}
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        found[(r["a"], r["b"])] = r["contradictions"]
    print("%-28s %6s %8s   rules (pairs)" % ("pairs", "count", "with"))
    for name, pairs in groups.items():
        hit = 0
        rules = collections.Counter()
        for a, b in pairs:
            cs = found.get((a, b), [])
            hit += bool(cs)
            for r in {"%s:%s" % (c["kind"], c["value"].split(":")[0])
                      if c["kind"] == "statement" else c["kind"] for c in cs}:
                rules[r] += 1
            if args.show and cs and name.startswith(args.show):
                print("--", a, b)
                for c in cs:
                    print("   [%s %s] %s: %s" % (c["kind"], c["value"], c["document"],
                                               c["text"][:220]))
        print("%-28s %6d %7.1f%%   %s" % (name, len(pairs), 100.0 * hit / max(1, len(pairs)),
                                        ", ".join("%s %d" % kv for kv in rules.most_common())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=DEFAULT_DRIVER)
    ap.add_argument("--gold", default=os.path.join(SHARED, "gold/stories/fakenewsamt-dev.jsonl"))
    ap.add_argument("--facts", default="fallback")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--show", default="", help="with --pairs: print the hits of this group")
    ap.add_argument("--cli", help="stemma binary: score `stemma run` instead of the driver")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    pairs = {}
    legit = []
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pairs.setdefault(d["pair_id"], {})[d["label"]] = d["id"]
            if d["label"] == "legit":
                legit.append(d)
    if args.pairs:
        randoms, nearest = control_pairs(legit)
        run_pairs(args, args.gold, {
            "fake/real": [(p["fake"], p["legit"]) for p in pairs.values()],
            "control real/real random": randoms,
            "control real/real nearest": nearest,
        })
        return
    if args.cli:
        out = run_cli(args.cli, args.gold)
        out["story_count"], out["claim_count"] = len(out["stories"]), len(out["claims"])
    else:
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

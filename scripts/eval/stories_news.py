#!/usr/bin/env python3
"""Sanity check and timing on the real news corpus: how many of the corpus's near-duplicate
groups (duplicates.json, found independently by dupes.py) end up in a single story, with no
reuse edges given. Usage:
  scripts/eval/stories_news.py [--driver PATH] [--facts fallback|real]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

from stories_common import DEFAULT_DRIVER, SHARED


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=DEFAULT_DRIVER)
    ap.add_argument("--facts", default="fallback")
    args = ap.parse_args()
    news = os.path.join(SHARED, "corpora", "news")
    files = sorted(glob.glob(os.path.join(news, "articles-*.jsonl.zst")))
    with tempfile.TemporaryFile() as out:
        zstd = subprocess.Popen(["zstd", "-dc"] + files, stdout=subprocess.PIPE)
        proc = subprocess.run([args.driver, "--facts", args.facts, "--no-claims", "-"],
                              stdin=zstd.stdout, stdout=out, check=False)
        zstd.wait()
        if proc.returncode != 0:
            sys.exit("driver failed")
        out.seek(0)
        result = json.load(out)
    story_of = {d: s["id"] for s in result["stories"] for d in s["documents"]}
    sizes = sorted((len(s["documents"]) for s in result["stories"]), reverse=True)
    with open(os.path.join(news, "duplicates.json"), encoding="utf-8") as f:
        dupes = json.load(f)
    for key in ("near_groups", "exact_groups"):
        groups = dupes[key]
        whole = sum(len({story_of.get(a["id"]) for a in g["articles"]}) == 1 for g in groups)
        print("%s: %d of %d groups in one story (%.1f%%)" % (key, whole, len(groups),
                                                            100.0 * whole / len(groups)))
    print("documents %d, stories %d, largest stories %s, singletons %d; stories %.1fs" % (
        result["documents"], result["story_count"], sizes[:5], sizes.count(1),
        result["stories_seconds"]))


if __name__ == "__main__":
    main()

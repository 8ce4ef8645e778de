#!/usr/bin/env python3
"""False-positive check for the text path on clean real news.

The articles in ../shared/corpora/news/sample-1000.jsonl are already clean text, so a good
cleaner keeps nearly every word and raises few flags. Prints the share of words kept and how
often each flag fires (each one there is most likely a false positive, except true repeats).

Usage: scripts/eval/extract_news_text.py [BUILD_DIR]   (default build-extract-bench, built by
scripts/eval/extract_scrapinghub.sh)
"""
import json
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("STEMMA_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
WORD = re.compile(r"\w+")


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build-extract-bench")
    sample = os.path.join(SHARED, "corpora", "news", "sample-1000.jsonl")
    run = subprocess.run([os.path.join(build, "extract_eval"), sample], capture_output=True,
                         text=True, check=True)
    source = {}
    with open(sample, encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            source[o["id"]] = o
    kept, flags = [], {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        before = len(WORD.findall(source[o["id"]]["text"]))
        after = len(WORD.findall(o["text"]))
        kept.append(after / max(before, 1))
        for f in o["flags"]:
            flags[f["kind"]] = flags.get(f["kind"], 0) + 1
    print("articles    %d" % len(kept))
    print("words kept  mean %.4f, median %.4f, articles under 90%%: %d"
          % (statistics.mean(kept), statistics.median(kept), sum(k < 0.9 for k in kept)))
    for kind, n in sorted(flags.items()):
        print("flag %-20s %d" % (kind, n))
    print(run.stderr.strip())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Select the articles for the news NER gold (scripts/eval/gold/ner_news_entities.tsv).

Deterministic: reads every /work/shared/corpora/news/articles-*.jsonl.zst in sorted order,
keeps articles of 150..700 words (whitespace-separated; so one annotator can read all 40 in the
time available) that are not in the quote gold (quote_articles.tsv) and whose id was not seen
before in the pool (exact duplicates are listed once), then draws 40 with
random.Random(SEED).sample. The first 20 drawn are the tuning split, the last 20 the held-out
split (decided before any result was seen).

Usage: ner_news_select.py [--corpus DIR]   -> prints "split<TAB>file<TAB>id" lines
"""
import argparse
import glob
import json
import os
import random
import subprocess

SEED = 20261207
COUNT = 40
MIN_WORDS, MAX_WORDS = 150, 700
HERE = os.path.dirname(os.path.abspath(__file__))


def quote_ids():
    with open(os.path.join(HERE, "quote_articles.tsv"), encoding="utf-8") as fh:
        return {line.rstrip("\n").split("\t")[2] for line in fh if line.strip()}


def candidates(corpus, skip):
    seen = set()
    for path in sorted(glob.glob(os.path.join(corpus, "articles-*.jsonl.zst"))):
        proc = subprocess.Popen(["zstd", "-dc", path], stdout=subprocess.PIPE)
        for line in proc.stdout:
            rec = json.loads(line)
            if rec["id"] in skip or rec["id"] in seen:
                continue
            seen.add(rec["id"])
            words = len((rec.get("text") or "").split())
            if MIN_WORDS <= words <= MAX_WORDS:
                yield os.path.basename(path), rec["id"]
        proc.wait()


def select(corpus):
    pool = list(candidates(corpus, quote_ids()))
    picked = random.Random(SEED).sample(pool, COUNT)
    return [("tune" if i < COUNT // 2 else "test", f, i_d) for i, (f, i_d) in enumerate(picked)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpora/news")
    args = ap.parse_args()
    for split, f, i_d in select(args.corpus):
        print(f"{split}\t{f}\t{i_d}")


if __name__ == "__main__":
    main()

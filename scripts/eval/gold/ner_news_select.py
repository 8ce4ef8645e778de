#!/usr/bin/env python3
"""Select the articles for the news NER gold (scripts/eval/gold/ner_news_entities.tsv).

Deterministic: reads every /work/shared/corpora/news/articles-*.jsonl.zst in sorted order,
keeps articles of 150..700 words (whitespace-separated; so one annotator can read all 40 in the
time available) that are not in the quote gold (quote_articles.tsv) and whose id was not seen
before in the pool (exact duplicates are listed once), then draws 40 with
random.Random(SEED).sample. The first 20 drawn are the tuning split, the last 20 the held-out
split (decided before any result was seen).

With --train: training articles for the NER model (never scored) from the same pool minus
those 40, drawn as TRAIN_DRAWS says: train1 / train2, then train3 .. train6, then train7 ..
train12, then train13 .. train18, then train19 .. train24, then train25 .. train30, 40 each.

Usage: ner_news_select.py [--corpus DIR] [--train]   -> prints "split<TAB>file<TAB>id" lines
"""
import argparse
import glob
import json
import os
import random
import subprocess

SEED = 20261207
COUNT = 40
# Training articles (--train): the same pool minus the 40 gold articles above, drawn in turn
# with these seeds (each draw also minus the earlier ones), 40 articles per split so that
# annotators can work side by side. The second draw was added when the first proved quick to
# annotate; it leaves the first unchanged.
TRAIN_DRAWS = [(20261208, ("train1", "train2")),
               (20261209, ("train3", "train4", "train5", "train6")),
               (20261210, ("train7", "train8", "train9", "train10", "train11", "train12")),
               (20261211, ("train13", "train14", "train15", "train16", "train17", "train18")),
               (20261212, ("train19", "train20", "train21", "train22", "train23", "train24")),
               (20261213, ("train25", "train26", "train27", "train28", "train29", "train30"))]
TRAIN_SPLIT_SIZE = 40
MIN_WORDS, MAX_WORDS = 150, 700
HERE = os.path.dirname(os.path.abspath(__file__))


# Quote gold splits added after a draw was made are left out of that draw's exclusions, so each
# draw stays the one that was annotated: dev6 came after the 40 gold articles were drawn, dev7
# and dev8 after the first four training draws, dev9 and dev10 after the fifth.
LATER_QUOTE_SPLITS = {"dev6", "dev7", "dev8", "dev9", "dev10"}
_ROUND12 = {"dev7", "dev8", "dev9", "dev10"}
LATER_THAN_TRAIN_DRAW = {20261208: _ROUND12, 20261209: _ROUND12, 20261210: _ROUND12,
                         20261211: _ROUND12, 20261212: {"dev9", "dev10"}}


def quote_ids(later=frozenset()):
    """Ids of the quote gold articles, without those of the splits in `later`."""
    with open(os.path.join(HERE, "quote_articles.tsv"), encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    return {r[2] for r in rows if r[0] not in later}


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
    pool = list(candidates(corpus, quote_ids(LATER_QUOTE_SPLITS)))
    picked = random.Random(SEED).sample(pool, COUNT)
    return [("tune" if i < COUNT // 2 else "test", f, i_d) for i, (f, i_d) in enumerate(picked)]


def select_train(corpus):
    taken = {i_d for _, _, i_d in select(corpus)}
    rows = []
    for seed, splits in TRAIN_DRAWS:
        skip = quote_ids(LATER_THAN_TRAIN_DRAW.get(seed, frozenset()))
        pool = [c for c in candidates(corpus, skip) if c[1] not in taken]
        picked = random.Random(seed).sample(pool, TRAIN_SPLIT_SIZE * len(splits))
        rows += [(splits[i // TRAIN_SPLIT_SIZE], f, i_d) for i, (f, i_d) in enumerate(picked)]
        taken |= {i_d for _, i_d in picked}
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpora/news")
    ap.add_argument("--train", action="store_true",
                    help="print the training articles (train1 .. train30) instead")
    args = ap.parse_args()
    for split, f, i_d in (select_train if args.train else select)(args.corpus):
        print(f"{split}\t{f}\t{i_d}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""GUM text with our CoNLL-2003 annotation, in the wikigold.jsonl format (training data).

GUM (../shared/gold/facts/ner/gum.jsonl) marks every noun phrase in its own scheme, so it is no
NER training data as it stands. ner_gum_conll_{news,interview,voyage}.jsonl hold our own
annotation of its tokens (PER/ORG/LOC/MISC names only, wikigold's conventions; see
ner_news_README.md): one record per mention, {doc, sent, tok_start, tok_end, type, text}.
This script joins them with GUM's tokens and prints one wikigold-style sentence per line
(only documents that were annotated; GUM's own entities dropped), for
`facts_train --extra FILE`.

Usage: gum_conll.py [--ner-dir ../shared/gold/facts/ner] > /tmp/gum_conll.jsonl
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def joined(ner_dir):
    """Yields GUM's sentences of the annotated documents with our entities (wikigold format)."""
    mentions = {}
    for path in sorted(glob.glob(os.path.join(HERE, "ner_gum_conll_*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                m = json.loads(line)
                mentions.setdefault(m["doc"], {}).setdefault(m["sent"], []).append(m)
    bad = 0
    with open(os.path.join(ner_dir, "gum.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["doc"] not in mentions:
                continue
            tokens = rec["tokens"]
            starts, at = [], 0
            for t in tokens:  # character offsets in "tokens joined by single spaces"
                starts.append(at)
                at += len(t) + 1
            entities = []
            for m in mentions[rec["doc"]].get(rec["sent"], []):
                a, b = m["tok_start"], m["tok_end"]
                if not 0 <= a < b <= len(tokens) or " ".join(tokens[a:b]) != m["text"]:
                    bad += 1
                    continue
                entities.append({"type": m["type"], "start": starts[a],
                                 "end": starts[b - 1] + len(tokens[b - 1]),
                                 "tok_start": a, "tok_end": b, "text": m["text"]})
            yield {"corpus": rec["corpus"] + "-conll", "doc": rec["doc"], "sent": rec["sent"],
                   "tokens": tokens, "text": " ".join(tokens), "entities": entities}
    if bad:
        print(f"gum_conll.py: {bad} mentions do not match GUM's tokens, left out",
              file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner-dir", default="/work/shared/gold/facts/ner")
    args = ap.parse_args()
    for rec in joined(args.ner_dir):
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()

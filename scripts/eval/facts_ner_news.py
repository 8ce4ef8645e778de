#!/usr/bin/env python3
"""Named entities on news text against the hand gold in scripts/eval/gold/ner_news_*.

Runs the facts stage (bench/facts facts_cli: JSONL {id, text, published} in, facts out with
UTF-8 byte offsets) on the 40 gold news articles (ner_news_articles.tsv; splits tune and test,
see gold/README.md), converts byte offsets to code-point offsets (the unit of the gold), and
scores the person / organization / location facts: entity-level precision, recall and F1 per
type and overall, a mention counting only with the exact span and type (CoNLL style).

`--errors` lists the errors of the tune split only, never of held-out articles (so rules are
not fitted to them): "FP"/"FN" = spurious/missed span, "ORG->LOC" = right span, gold type ->
predicted type.

Usage: facts_ner_news.py [--cli build/bench/facts/facts_cli] [--split tune|test|all]
                         [--errors] [--context N] [--corpus DIR] [--ner-model MODEL]
                         [--ids TSV]
`--ner-model` runs the CLI with that NER model (facts_cli --ner-model); `--ids` scores only the
articles whose id is the last tab-separated field of a line of TSV (cross-validation of
facts_train --news-gold on halves of the tune split: bench/facts/news_dev.sh).
Exit status 0 always (figures are reported, not asserted) unless the CLI fails.
"""
import argparse
import json
import os
import subprocess
import sys

from gold_corpus import byte_to_char, load_articles

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(HERE, "gold", "ner_news_entities.jsonl")
ARTICLES = os.path.join(HERE, "gold", "ner_news_articles.tsv")
KINDS = {"person": "PER", "organization": "ORG", "location": "LOC"}
TYPES = ("PER", "ORG", "LOC")


def run_cli(cli, docs, model=None):
    """docs: list of {id, text, published}; returns {id: {(begin, end, type)}} in code points."""
    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    res = subprocess.run([cli] + (["--ner-model", model] if model else []), input=payload.encode("utf-8"), stdout=subprocess.PIPE,
                         check=True)
    texts = {d["id"]: d["text"] for d in docs}
    out = {d["id"]: set() for d in docs}
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        rec = json.loads(line)
        table = byte_to_char(texts[rec["id"]])
        for f in rec["facts"]:
            if f["kind"] in KINDS:
                out[rec["id"]].add((table[f["begin"]], table[f["end"]], KINDS[f["kind"]]))
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(split, ids, gold, system):
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, predicted, gold
    for i in ids:
        g, s = gold.get(i, set()), system.get(i, set())
        for t in TYPES:
            gt = {x for x in g if x[2] == t}
            st = {x for x in s if x[2] == t}
            counts[t][0] += len(gt & st)
            counts[t][1] += len(st)
            counts[t][2] += len(gt)
    print(f"split {split}: {len(ids)} articles")
    print("  type   P      R      F1     (tp / pred / gold)")
    total = [0, 0, 0]
    for t in TYPES:
        c = counts[t]
        total = [a + b for a, b in zip(total, c)]
        print("  %s  %.3f  %.3f  %.3f  (%d / %d / %d)" % ((t,) + prf(*c) + tuple(c)))
    print("  ALL  %.3f  %.3f  %.3f  (%d / %d / %d)" % (prf(*total) + tuple(total)))


def list_errors(ids, gold, system, texts, context):
    rows = []
    for i in ids:
        g, s = gold.get(i, set()), system.get(i, set())
        gspan = {(b, e): t for b, e, t in g}
        sspan = {(b, e): t for b, e, t in s}
        text = texts[i]
        for (b, e) in sorted(set(gspan) | set(sspan)):
            gt, st = gspan.get((b, e)), sspan.get((b, e))
            if gt == st:
                continue
            kind = "%s->%s" % (gt, st) if gt and st else ("FN " + gt if gt else "FP " + st)
            ctx = ""
            if context:
                ctx = "  | " + (text[max(0, b - context):b] + "[" + text[b:e] + "]" +
                                text[e:e + context]).replace("\n", " ")
            rows.append((kind, i, text[b:e], ctx))
    for kind, i, surf, ctx in sorted(rows):
        print(f"{kind:9} {i:24} {surf!r}{ctx}")
    print(f"{len(rows)} errors")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", default=os.path.join(REPO, "build", "bench", "facts", "facts_cli"))
    ap.add_argument("--split", default="all", choices=["tune", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="list tune-split errors")
    ap.add_argument("--context", type=int, default=40, help="characters of context per error")
    ap.add_argument("--corpus", default="/work/shared/corpora/news")
    ap.add_argument("--ner-model", help="NER model file for the CLI (default: embedded)")
    ap.add_argument("--ids", help="score only the articles listed (last field of each line)")
    args = ap.parse_args()

    with open(ARTICLES, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    if args.ids:
        with open(args.ids, encoding="utf-8") as fh:
            keep = {line.rstrip("\n").split("\t")[-1] for line in fh if line.strip()}
        rows = [r for r in rows if r[2] in keep]
    recs = load_articles(args.corpus, [(f, i) for _, f, i in rows])
    missing = [i for _, _, i in rows if i not in recs]
    if missing:
        sys.exit("articles not found in the corpus: " + " ".join(missing))
    gold = {}
    with open(GOLD, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["id"] not in recs:  # outside --ids
                continue
            if recs[g["id"]]["text"][g["begin"]:g["end"]] != g["text"]:
                sys.exit("gold offsets do not match the corpus text: %r" % g)
            gold.setdefault(g["id"], set()).add((g["begin"], g["end"], g["type"]))
    splits = ["tune", "test"] if args.split == "all" else [args.split]
    docs = [{"id": i, "text": recs[i]["text"], "published": recs[i].get("published") or ""}
            for s, _, i in rows if s in splits]
    system = run_cli(args.cli, docs, args.ner_model)
    for s in splits:
        score(s, [i for sp, _, i in rows if sp == s], gold, system)
    if args.errors:
        if "tune" not in splits:
            print("--errors lists the tune split only")
        else:
            ids = [i for sp, _, i in rows if sp == "tune"]
            list_errors(ids, gold, system, {i: recs[i]["text"] for i in ids}, args.context)


if __name__ == "__main__":
    main()

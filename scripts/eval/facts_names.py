#!/usr/bin/env python3
"""Counts suspicious person/organisation names (and quote speakers) the facts stage produces on
real news, so that changes to the entity rules can be compared before/after (issue 7).

    python3 scripts/eval/facts_names.py --cli build-ent/bench/facts/facts_cli \
        --articles /tmp/ent2k.jsonl [--samples 20] [--dump names.tsv]

The articles file is JSONL {id, text, published} (e.g. the first 2,000 lines of
../shared/corpora/news/articles-02.jsonl.zst). A name is counted once per document. Classes:

  lower      a person mention whose text has a lower-case word that is not a name particle
             ("Hillary Clinton wasn", "Conservatives nor Labour", "of State Denise Merrill")
  common     a person name with a word that the corpus itself writes lower case >= 95% of the
             time mid-sentence and that is not a known given name ("Paul Ends His")
  repeated   a name with the same word twice ("Nancy Pelosi Nancy")
  glued      a person name made of two names: a word seen only as a surname of other full
             names followed by a word seen as a given name or the start of another name
             ("Giuliani Trump", "Obama Neville Chamberlain")

These are heuristics (some flagged names are fine); read the samples. Python stdlib only.
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PARTICLES = {
    "de", "del", "della", "da", "di", "dos", "das", "do", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "bin", "bint", "ibn", "al", "el", "y", "e", "ben", "abu", "st", "mc",
    "bon", "dei", "zu", "af", "ul", "ud",
}
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def run_cli(cli, articles):
    with open(articles, "rb") as f:
        out = subprocess.run([cli], stdin=f, capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def word_case_stats(texts):
    """lower-cased word -> [lower-case count, capitalised count] for mid-sentence words."""
    stats = collections.defaultdict(lambda: [0, 0])
    for text in texts:
        prev = "."
        for m in WORD.finditer(text):
            w = m.group(0)
            gap = text[max(0, m.start() - 3):m.start()]
            start = prev.endswith((".", "?", "!", ":", "\"", "“")) or "\n" in gap or any(
                c in gap for c in ".?!:\"“")
            if not start:
                stats[w.lower()][0 if w[0].islower() else 1] += 1
            prev = w
    return stats


def classify(values, stats, given, surnames):
    """Flag classes for one (kind, value, surface) triple set; returns {class: [...]}."""
    out = collections.defaultdict(list)
    for kind, value, surface, doc in values:
        words = value.split()
        lw = [w.lower().strip(".") for w in words]
        if len(set(lw)) < len(lw) and not any(len(w) <= 2 for w in lw):
            out["repeated"].append((kind, value, surface, doc))
        if kind != "person" or len(words) < 2:
            continue
        sw = WORD.findall(surface)
        if any(w[0].islower() and re.split(r"[-'’]", w.lower())[0] not in PARTICLES
               for w in sw[1:]):
            out["lower"].append((kind, value, surface, doc))
        common = False
        for w in lw:
            lo, up = stats.get(w, (0, 0))
            if lo >= 10 and lo >= 19 * up and w not in given and w not in PARTICLES:
                common = True
        if common:
            out["common"].append((kind, value, surface, doc))
        for k in range(len(lw) - 1):
            if lw[k] in surnames and lw[k] not in given and lw[k + 1] in given:
                out["glued"].append((kind, value, surface, doc))
                break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-ent/bench/facts/facts_cli"))
    ap.add_argument("--articles", default="/tmp/ent2k.jsonl")
    ap.add_argument("--samples", type=int, default=15)
    ap.add_argument("--dump", help="write every flagged (class, kind, value, surface) here")
    args = ap.parse_args()
    texts = {}
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d.get("text", "")
    results = run_cli(args.cli, args.articles)
    stats = word_case_stats(texts.values())
    values, speakers = set(), set()
    first_words, last_words = collections.Counter(), collections.Counter()
    for r in results:
        for f in r["facts"]:
            if f["kind"] in ("person", "organization"):
                values.add((f["kind"], f["value"], f["text"], r["id"]))
            if f["kind"] == "person" and f["text"] == f["value"] and " " in f["value"]:
                words = f["value"].lower().split()
                first_words[words[0]] += 1
                last_words[words[-1]] += 1
            if f["kind"] == "quote" and f.get("speaker"):
                speakers.add((f["speaker"], r["id"]))
    given = {w for w, c in first_words.items() if c >= 2 and c >= last_words[w]}
    surnames = {w for w, c in last_words.items() if c >= 2 and first_words[w] == 0}
    # One entry per (document, value): the longest surface carrying it.
    best = {}
    for kind, value, surface, doc in values:
        key = (kind, value, doc)
        if key not in best or len(surface) > len(best[key]):
            best[key] = surface
    flat = [(k[0], k[1], s, k[2]) for k, s in best.items()]
    flagged = classify(flat, stats, given, surnames)
    person_values = {(k[1], k[2]) for k in best if k[0] == "person"}
    bad_values = {(v[1], v[3]) for c in flagged.values() for v in c}
    bad_speakers = {s for s in speakers if s in bad_values}
    print(f"documents {len(results)}  person/org names (per document) {len(best)}  "
          f"persons {len(person_values)}")
    for c in ("lower", "common", "repeated", "glued"):
        print(f"{c:9s} {len(flagged[c]):5d}")
    print(f"any       {len(bad_values):5d}   quote speakers flagged {len(bad_speakers)} "
          f"of {len(speakers)}")
    rng = random.Random(7)
    for c in ("lower", "common", "repeated", "glued"):
        items = sorted(flagged[c])
        for kind, value, surface, _ in rng.sample(items, min(args.samples, len(items))):
            print(f"  {c:8s} {kind[0]} {value!r:40s} <- {surface!r}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for c, items in sorted(flagged.items()):
                for kind, value, surface, doc in sorted(items):
                    f.write(f"{c}\t{kind}\t{value}\t{surface}\t{doc}\n")


if __name__ == "__main__":
    main()

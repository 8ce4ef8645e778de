#!/usr/bin/env python3
"""Entity-level NER scores of the whole facts stage (tagger + alias gazetteer + rules) on the
held-out part of wikigold: every 5th document (in file order), the split facts_train leaves out.

    python3 scripts/eval/facts_ner.py [--cli build-facts/stemma/bench/facts/facts_cli]
        [--test-every 5] [--errors N] [--corpus wikigold|gum-news|gum-conll]
        [--dev K --ner-model MODEL] [--errors N [--context BYTES]]

Errors: "FP"/"FN" = spurious/missed span, "ORG->LOC" = right span, gold type -> predicted type.

--dev K scores the documents facts_train --dev K holds out (index % 5 == K) instead of the
test split, with a model trained without them (facts_train --dev K --out MODEL; passed to
facts_cli --ner-model): that is how stage rules are tuned (bench/facts/dev_stage.sh).

--corpus gum-news scores held-out GUM news documents instead (not used in training); GUM marks
every mention, so its gold is reduced to the capitalised runs inside person/place/organization
mentions (the same reduction facts_train --gum uses).

--corpus gum-conll scores all 57 GUM documents (news, interviews, travel guides) against our own
CoNLL-2003 annotation of their text (scripts/eval/gold/ner_gum_conll_*.jsonl, made by hand
before any stemma output was seen; gold/gum_conll.py joins it with GUM's tokens). The shipped
model is not trained on it, so every document counts as held out.

Each held-out document is run as one text (sentences joined by newlines, tokens as in the gold,
space-separated). Exact span + type matches count; MISC is not scored. Python stdlib only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("STEMMA_SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))
KINDS = {"person": "PER", "organization": "ORG", "location": "LOC"}


def default_cli():
    for p in ("build-facts/stemma/bench/facts/facts_cli", "build-facts/bench/facts/facts_cli",
              "build/bench/facts/facts_cli"):
        if os.path.exists(os.path.join(ROOT, p)):
            return os.path.join(ROOT, p)
    return "facts_cli"


GUM_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}


def capitalised(tok):
    return bool(tok) and (tok[0].isupper() or ord(tok[0]) >= 0x80)


def gum_entities(r):
    """Capitalised runs inside GUM person/place/organization mentions, as wikigold entities."""
    toks, out = r["tokens"], []
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t) + 1
    for e in r["entities"]:
        t = GUM_TYPES.get(e["type"])
        if not t:
            continue
        a, b = e["tok_start"], e["tok_end"]
        i = a
        while i < b:
            if not capitalised(toks[i]) or (i == 0 and b - a > 1 and not capitalised(toks[i + 1])):
                i += 1
                continue
            j = i + 1
            while j < b and (capitalised(toks[j]) or (toks[j] in ("of", "de", "and") and
                                                      j + 1 < b and capitalised(toks[j + 1]))):
                j += 1
            text = " ".join(toks[i:j])
            out.append({"type": t, "start": starts[i], "end": starts[i] + len(text), "text": text})
            i = j
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=default_cli())
    ap.add_argument("--test-every", type=int, default=5)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--corpus", default="wikigold", choices=["wikigold", "gum-news", "gum-conll"])
    ap.add_argument("--dev", type=int, default=0)
    ap.add_argument("--ner-model")
    ap.add_argument("--context", type=int, default=0,
                    help="with --errors: also print this many bytes of text either side")
    args = ap.parse_args()
    docs = collections.OrderedDict()
    if args.corpus == "gum-conll":
        sys.path.insert(0, os.path.join(HERE, "gold"))
        from gum_conll import joined
        for r in joined(os.path.join(SHARED, "gold/facts/ner")):
            docs.setdefault(r["doc"], []).append(r)
        args.test_every, args.dev = 1, 0  # never trained on: every document is held out
    else:
        name = "wikigold.jsonl" if args.corpus == "wikigold" else "gum.jsonl"
        with open(os.path.join(SHARED, "gold/facts/ner", name), encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if args.corpus == "gum-news":
                    if r["corpus"] != "gum-news":
                        continue
                    r["entities"] = gum_entities(r)
                docs.setdefault(r["doc"], []).append(r)
    inputs, golds = [], []
    for index, (doc, sents) in enumerate(docs.items()):
        if index % args.test_every != args.dev:
            continue
        text, gold = "", set()
        for s in sents:
            base = len(text.encode("utf-8"))
            for e in s["entities"]:
                if e["type"] in ("PER", "ORG", "LOC"):
                    b = base + len(s["text"][:e["start"]].encode("utf-8"))
                    gold.add((b, b + len(e["text"].encode("utf-8")), e["type"]))
            text += s["text"] + "\n"
        inputs.append(json.dumps({"id": doc, "text": text}))
        golds.append((text, gold))
    cmd = [args.cli] + (["--ner-model", args.ner_model] if args.ner_model else [])
    run = subprocess.run(cmd, input="\n".join(inputs) + "\n", capture_output=True,
                         text=True, check=True)
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    errors = []
    for (text, gold), line in zip(golds, run.stdout.splitlines()):
        pred = {(f["begin"], f["end"], KINDS[f["kind"]]) for f in json.loads(line)["facts"]
                if f["kind"] in KINDS}
        for t in ("PER", "ORG", "LOC"):
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p)
            counts[t][2] += len(g)
        raw = text.encode("utf-8")
        spans = {}
        for x in pred | gold:
            spans.setdefault((x[0], x[1]), [None, None])[0 if x in gold else 1] = x[2]
        for x in sorted(pred ^ gold):
            if len(errors) >= args.errors:
                break
            g, p = spans[(x[0], x[1])]
            if g and p and x in pred:
                continue  # a type confusion is listed once, from the gold side
            kind = ("%s->%s" % (g, p) if g and p else "FP" if x in pred else "FN")
            lo = max(0, x[0] - args.context)
            ctx = raw[lo:x[1] + args.context].decode(errors="replace").replace("\n", " | ")
            errors.append((kind, x[2], raw[x[0]:x[1]].decode(), ctx) if args.context else
                          (kind, x[2], raw[x[0]:x[1]].decode()))
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    for name, c in list(counts.items()) + [("ALL", total)]:
        p = c[0] / c[1] if c[1] else 0.0
        r = c[0] / c[2] if c[2] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print("%-4s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)" % (name, p, r, f, c[2], c[1]))
    for e in errors:
        print("  " + " ".join(["%s", "%s", "%r", "  [%s]"][:len(e)]) % e)


if __name__ == "__main__":
    main()

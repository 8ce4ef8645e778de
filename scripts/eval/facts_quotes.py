#!/usr/bin/env python3
"""Quote detection and speaker attribution against the hand gold in scripts/eval/gold/.

Runs the facts stage (bench/facts facts_cli: JSONL {id, text, published} in, facts out with
UTF-8 byte offsets) on the 440 gold articles (splits dev, dev2, .., dev10, test and test2; see
gold/README.md), converts byte offsets to code-point offsets (the unit of the gold),
and scores the `quote` facts:

- detection: a system quote is correct if it overlaps a gold quote (precision); a gold quote
  is found if some system quote overlaps it (recall). Overlap, not exact span, so a quote split
  in two or one missing a trailing comma still counts.
- speaker (end to end): a system quote with a non-empty speaker is correct if it overlaps a
  gold quote whose speaker matches (precision); a gold quote with a non-empty speaker is correct
  if some overlapping system quote has a matching speaker (recall). Names match after
  normalising case, punctuation, leading articles and titles; a surname-only name matches the
  full name (same last word and one name's words contained in the other's).

Also checks the quote speakers listed in /work/shared/seeds/EXPECTED.md.

Usage: facts_quotes.py [--cli build-quotes/bench/facts/facts_cli] [--dump-train PATH]
                       [--split dev|dev2|..|dev10|fresh|tune|test|test2|heldout|all] [--errors]
                       [--corpus DIR] [--seeds DIR]
`tune` is dev + dev2 + ... + dev8 (the tuning splits; dev5 since round 10, dev6 since round 11,
dev7 and dev8 since round 12), `fresh` is dev9 + dev10 (the splits no rule or model has seen;
dev7 + dev8 until they joined `tune` in round 12),
`heldout` is test + test2. `--errors` lists errors on the tuning splits (dev..dev8, tune) only,
never on held-out articles (so rules are not fitted to them). `--dump-train PATH` writes the tuning
articles with their gold quotes for bench/facts/quote_train (the quote speaker ranker's trainer)
and exits.
Exit status 0 always (figures are reported, not asserted) unless the CLI fails.
"""
import argparse
import json
import os
import re
import subprocess
import sys

from gold_corpus import byte_to_char, load_articles

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(HERE, "gold", "quote_speakers.jsonl")
ARTICLES = os.path.join(HERE, "gold", "quote_articles.tsv")

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
          "governor", "president", "gen", "general", "prof", "professor", "sir", "dame", "rev",
          "judge", "justice", "mayor", "lt", "col", "adm", "sgt", "capt", "former", "vice"}
ARTICLES_WORDS = {"a", "an", "the"}
# the only splits the quote ranker is trained on
TUNING = {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"}

# (seed file prefix, published date, quote start, expected speaker substring) from
# /work/shared/seeds/EXPECTED.md, the same cases as src/facts/seeds_test.cc.
SEED_CASES = [
    ("002", "", "This is Kim Jong Un", "Jenny Town"),
    ("002", "", "Not only does it reinforce", "Jenny Town"),
    ("003", "", "Comrade Putin", "Kim Jong Un"),
    ("003", "", "full and unconditional support", "Kim Jong Un"),
    ("003", "", "an international pariah", "Matthew Miller"),
    ("004", "2024-01-24", "drastically", "Pranay Vaddi"),
    ("004", "2024-01-24", "What we", "Pranay Vaddi"),
    ("004", "2024-01-24", "And I say", "Pranay Vaddi"),
    ("004", "2024-01-24", "How could that improve", "Pranay Vaddi"),
    ("004", "2024-01-24", "is our very important partner", "Dmitry Peskov"),
    ("004", "2024-01-24", "it is clear that", "Stalin"),
    ("004", "2024-01-24", "would be incapable", "Stalin"),
    ("004", "2024-01-24", "Our confrontation with the Americans", "Andrey Sushentsov"),
    ("004", "2024-01-24", "did not want war", "Kim"),
]


def name_words(name):
    s = re.sub(r"[^\w\s]", " ", (name or "").lower().replace("\u2019s", "").replace("'s", ""))
    words = s.split()
    while words and words[0] in ARTICLES_WORDS:
        words = words[1:]
    k = 0
    while k < len(words) - 1 and words[k] in TITLES:  # titles go, unless nothing else is left
        k += 1
    return words[k:]


def same_speaker(system, gold):
    a, b = name_words(system), name_words(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def run_cli(cli, docs):
    """docs: list of {id, text, published}; returns {id: [facts]} with code-point offsets."""
    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    res = subprocess.run([cli], input=payload.encode("utf-8"), stdout=subprocess.PIPE,
                         check=True)
    texts = {d["id"]: d["text"] for d in docs}
    out = {}
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        rec = json.loads(line)
        table = byte_to_char(texts[rec["id"]])
        facts = []
        for f in rec["facts"]:
            f = dict(f)
            f["begin"], f["end"] = table[f["begin"]], table[f["end"]]
            facts.append(f)
        out[rec["id"]] = facts
    return out


def prf(correct_p, total_p, correct_r, total_r):
    p = correct_p / total_p if total_p else 0.0
    r = correct_r / total_r if total_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, system, ids, errors):
    det_p = det_pc = det_r = det_rc = 0
    spk_p = spk_pc = spk_r = spk_rc = 0
    matched = matched_ok = 0
    for i in ids:
        g = [q for q in gold if q["id"] == i]
        s = [f for f in system.get(i, []) if f["kind"] == "quote"]

        def overlaps(a, b):
            return a["begin"] < b["end"] and b["begin"] < a["end"]

        for sq in s:
            hits = [gq for gq in g if overlaps(sq, gq)]
            det_p += 1
            det_pc += bool(hits)
            if sq.get("speaker"):
                spk_p += 1
                ok = any(same_speaker(sq["speaker"], gq["speaker"]) for gq in hits)
                spk_pc += ok
                if errors and not ok:
                    what = "FP-quote" if not hits else "gold=" + repr(hits[0]["speaker"])
                    print(f"  P-err {i} {sq['begin']} {sq.get('speaker')!r} {what} "
                          f"{sq.get('text', '')[:40]!r}")
        for gq in g:
            hits = [sq for sq in s if overlaps(sq, gq)]
            det_r += 1
            det_rc += bool(hits)
            if errors and not hits:
                print(f"  missed {i} {gq['begin']} {gq['prefix']!r}")
            if not gq["speaker"]:
                continue
            spk_r += 1
            ok = any(same_speaker(sq.get("speaker", ""), gq["speaker"]) for sq in hits)
            spk_rc += ok
            if hits:
                matched += 1
                matched_ok += ok
            if errors and hits and not ok:
                print(f"  R-err {i} {gq['begin']} gold={gq['speaker']!r} "
                      f"sys={[sq.get('speaker', '') for sq in hits]} {gq['prefix']!r}")
    return {
        "detection": prf(det_pc, det_p, det_rc, det_r),
        "speaker": prf(spk_pc, spk_p, spk_rc, spk_r),
        "counts": dict(gold_quotes=det_r, system_quotes=det_p, gold_with_speaker=spk_r,
                       system_with_speaker=spk_p, speaker_accuracy_on_found=(
                           round(matched_ok / matched, 3) if matched else 0.0)),
    }


def seeds_check(cli, seeds_dir):
    docs = []
    for prefix, published in sorted({(c[0], c[1]) for c in SEED_CASES}):
        name = next(n for n in sorted(os.listdir(seeds_dir)) if n.startswith(prefix + "_"))
        with open(os.path.join(seeds_dir, name), encoding="utf-8") as fh:
            docs.append({"id": prefix, "text": fh.read(), "published": published})
    facts = run_cli(cli, docs)
    passed = 0
    for prefix, _, start, expected in SEED_CASES:
        got = next((f.get("speaker", "") for f in facts[prefix]
                    if f["kind"] == "quote" and f["text"].startswith(start)), "<no such quote>")
        ok = expected in got
        passed += ok
        if not ok:
            print(f"  seed {prefix} {start!r}: expected {expected!r}, got {got!r}")
    return passed, len(SEED_CASES)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(REPO, "build-quotes/bench/facts/facts_cli"))
    ap.add_argument("--corpus", default="/work/shared/corpora/news")
    ap.add_argument("--seeds", default="/work/shared/seeds")
    ap.add_argument("--split", choices=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7",
                                        "dev8", "dev9", "dev10", "fresh", "tune", "test",
                                        "test2", "heldout", "all"],
                    default="all")
    ap.add_argument("--errors", action="store_true",
                    help="list every error on the tuning splits (dev..dev8, tune)")
    ap.add_argument("--dump-train", metavar="PATH",
                    help="write the tuning articles (dev..dev8) with their gold quotes "
                    "as JSONL (UTF-8 byte offsets) for bench/facts/quote_train, then exit")
    args = ap.parse_args()

    with open(GOLD, encoding="utf-8") as fh:
        gold = [json.loads(l) for l in fh if l.strip()]
    with open(ARTICLES, encoding="utf-8") as fh:
        arts = [l.rstrip("\n").split("\t") for l in fh if l.strip()]
    recs = load_articles(args.corpus, [(f, i) for _, f, i in arts])
    for q in gold:  # the gold must still line up with the corpus text
        t = recs[q["id"]]["text"]
        if not t[q["begin"]:q["end"]].startswith(q["prefix"]):
            sys.exit(f"gold misaligned: {q['id']} {q['begin']}")
    docs = [{"id": i, "text": recs[i]["text"], "published": recs[i].get("published") or ""}
            for _, _, i in arts]
    if args.dump_train:  # tuning splits only: the ranker never sees held-out gold
        with open(args.dump_train, "w", encoding="utf-8") as out:
            for (sp, _, i), d in zip(arts, docs):
                if sp not in TUNING:
                    continue
                text = d["text"]
                offs = [0]
                for ch in text:
                    offs.append(offs[-1] + len(ch.encode("utf-8")))
                quotes = [{"begin": offs[q["begin"]], "end": offs[q["end"]],
                           "speaker": q["speaker"]} for q in gold if q["id"] == i]
                out.write(json.dumps(dict(d, split=sp, gold=quotes), ensure_ascii=False) + "\n")
        return
    system = run_cli(args.cli, docs)

    splits = (["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
               "fresh", "tune", "test", "test2", "heldout", "all"]
              if args.split == "all" else [args.split])
    members = {"all": {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                       "dev10", "test", "test2"},
               "fresh": {"dev9", "dev10"},
               "heldout": {"test", "test2"},
               "tune": {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"}}
    result = {}
    for sp in splits:
        ids = [i for s, _, i in arts if s in members.get(sp, {sp})]
        # never list held-out errors; with --split all, list each tuning split's (not tune's again)
        show = args.errors and sp in TUNING | {"tune"} and (
            sp == args.split or (args.split == "all" and sp != "tune"))
        if show:
            print(f"== errors, split {sp}")
        r = score(gold, system, ids, show)
        result[sp] = r
        d, s = r["detection"], r["speaker"]
        print(f"{sp:7s} detection P {d[0]:.3f} R {d[1]:.3f} F1 {d[2]:.3f} | "
              f"speaker P {s[0]:.3f} R {s[1]:.3f} F1 {s[2]:.3f} | {r['counts']}")
    passed, total = seeds_check(args.cli, args.seeds)
    print(f"seeds: {passed}/{total} quote speakers as in EXPECTED.md")


if __name__ == "__main__":
    main()

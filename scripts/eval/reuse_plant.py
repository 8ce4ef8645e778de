#!/usr/bin/env python3
"""Planted copies with PAN-style obfuscation, scored with the PAN plagdet measure.

Takes real articles (../shared/corpora/news/sample-1000.jsonl), plants passages of source
articles (50-250 words) into other host articles with obfuscation:
  none  : verbatim copy
  low   : ~10% of words touched (deletions, insertions, synonym swaps, adjacent swaps)
  high  : ~30% of words touched, plus one sentence of padding inserted mid-passage
and runs reuse_cli over sources + suspicious documents + distractor articles + the unmodified
hosts (pairs a host already forms with other articles are real, unplanted reuse: ignored). Aligned passages
of edges between a suspicious document and a source are the detections; the planted passages
are the cases. Measures (Potthast et al., PAN 2010), over characters (bytes) of both documents:
precision, recall, granularity, plagdet = F1 / log2(1 + granularity). Goal (issue 6): >= 0.9.

Usage: scripts/eval/reuse_plant.py [--cases 300] [--seed 7] [--cli PATH]
"""
import argparse
import collections
import json
import math
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, "../shared/corpora/news/sample-1000.jsonl")

# A small hand-made synonym table (common English words), both directions.
SYNONYMS = dict(p.split(":") for p in (
    "said:stated big:large small:little begin:start quick:fast help:assist show:display "
    "buy:purchase end:finish get:obtain important:significant many:numerous people:persons "
    "use:employ often:frequently also:additionally but:however about:roughly need:require "
    "try:attempt enough:sufficient main:primary told:informed ask:request house:home "
    "job:position plan:scheme city:town country:nation law:statute money:funds").split())
SYNONYMS.update({v: k for k, v in list(SYNONYMS.items())})


def obfuscate(words, level, rng, vocabulary):
    if level == "none":
        return list(words)
    rate = 0.1 if level == "low" else 0.3
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 4:
            continue  # deletion
        if r < rate / 2:
            out.append(w)
            out.append(rng.choice(vocabulary))  # insertion
            continue
        if r < 3 * rate / 4 and w.lower() in SYNONYMS:
            out.append(SYNONYMS[w.lower()])
            continue
        out.append(w)
    i = 0
    while i + 1 < len(out):
        if rng.random() < rate / 4:
            out[i], out[i + 1] = out[i + 1], out[i]  # adjacent word swap
            i += 2
        else:
            i += 1
    if level == "high" and len(out) > 20:
        mid = len(out) // 2
        out[mid:mid] = [rng.choice(vocabulary) for _ in range(15)]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-reuse/bench/reuse/reuse_cli"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles = [json.loads(l) for l in open(SAMPLE, encoding="utf-8")]
    articles = [a for a in articles if len(a["text"].split()) >= 300]
    rng.shuffle(articles)
    vocabulary = [w for a in articles[:50] for w in a["text"].split() if w.isalpha()]

    sources = articles[:args.cases]
    hosts = articles[args.cases:2 * args.cases]
    distractors = articles[2 * args.cases:2 * args.cases + 200]
    docs, cases = [], []
    levels = ["none", "low", "high"]
    for k, (src, host) in enumerate(zip(sources, hosts)):
        level = levels[k % 3]
        src_text = src["text"]
        spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", src_text)]
        length = rng.randint(50, 250)
        start = rng.randint(0, len(spans) - length)
        s_begin, s_end = spans[start][0], spans[start + length - 1][1]
        planted = " ".join(obfuscate(src_text[s_begin:s_end].split(), level, rng, vocabulary))
        paragraphs = host["text"].split("\n\n")
        at = rng.randint(0, len(paragraphs))
        before = "\n\n".join(paragraphs[:at])
        prefix = before + ("\n\n" if before else "")
        rest = "\n\n".join(paragraphs[at:])
        text = prefix + planted + ("\n\n" + rest if rest else "")
        susp_id = f"susp-{k}"
        docs.append({"id": susp_id, "text": text})
        enc = lambda s: len(s.encode("utf-8"))  # noqa: E731 (byte offsets, like stemma)
        cases.append({"susp": susp_id, "src": src["id"], "level": level,
                      "s": (enc(src_text[:s_begin]), enc(src_text[:s_end])),
                      "p": (enc(prefix), enc(prefix) + enc(planted))})
    for a in sources + distractors:
        docs.append({"id": a["id"], "text": a["text"]})
    # The unmodified hosts too: reuse they already share with other articles (same-story wire
    # copies in real news) is not a planted case, and detections of it are not counted.
    for k, host in enumerate(hosts):
        docs.append({"id": f"host-{k}", "text": host["text"]})

    payload = "".join(json.dumps(d) + "\n" for d in docs)
    if os.environ.get("REUSE_PLANT_DUMP"):
        with open(os.environ["REUSE_PLANT_DUMP"], "w") as f:
            f.write(payload)
        with open(os.environ["REUSE_PLANT_DUMP"] + ".cases", "w") as f:
            json.dump(cases, f)
    out = subprocess.run([args.cli], input=payload.encode(), capture_output=True, check=True)
    edges = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    # Detections: (susp, src, src_range, susp_range) from edges that involve a suspicious doc.
    baseline = set()
    for e in edges:
        for x, y in ((e["source"], e["target"]), (e["target"], e["source"])):
            if x.startswith("host-"):
                baseline.add(("susp-" + x[5:], y))
    detections = []
    for e in edges:
        if ((e["source"], e["target"]) in baseline or (e["target"], e["source"]) in baseline
                or e["source"].startswith("host-") or e["target"].startswith("host-")):
            continue
        for p in e["passages"]:
            if e["target"].startswith("susp-") and not e["source"].startswith("susp-"):
                detections.append((e["target"], e["source"], (p["source_begin"], p["source_end"]),
                                   (p["target_begin"], p["target_end"])))
            elif e["source"].startswith("susp-") and not e["target"].startswith("susp-"):
                detections.append((e["source"], e["target"], (p["target_begin"], p["target_end"]),
                                   (p["source_begin"], p["source_end"])))

    def chars(susp, src, s, p):
        return {("s", src, i) for i in range(*s)} | {("p", susp, i) for i in range(*p)}

    case_chars = [chars(c["susp"], c["src"], c["s"], c["p"]) for c in cases]
    det_chars = [chars(*d) for d in detections]
    by_pair = collections.defaultdict(list)
    for i, d in enumerate(detections):
        by_pair[(d[0], d[1])].append(i)

    def report(selected):
        rec_sum, gran, detected = 0.0, [], 0
        for ci in selected:
            c = cases[ci]
            hits = [di for di in by_pair[(c["susp"], c["src"])] if det_chars[di] & case_chars[ci]]
            covered = set().union(*(det_chars[di] & case_chars[ci] for di in hits)) if hits else set()
            rec_sum += len(covered) / len(case_chars[ci])
            if hits:
                detected += 1
                gran.append(len(hits))
        recall = rec_sum / max(1, len(selected))
        sel_pairs = {(cases[ci]["susp"], cases[ci]["src"]): ci for ci in selected}
        sel_susp = {cases[ci]["susp"] for ci in selected}
        prec_sum, n_det = 0.0, 0
        for di, d in enumerate(detections):
            if d[0] not in sel_susp:
                continue
            n_det += 1
            ci = sel_pairs.get((d[0], d[1]))
            if ci is not None:
                prec_sum += len(det_chars[di] & case_chars[ci]) / len(det_chars[di])
        precision = prec_sum / n_det if n_det else 1.0
        granularity = sum(gran) / len(gran) if gran else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        plagdet = f1 / math.log2(1 + granularity)
        return precision, recall, granularity, plagdet, detected

    print(f"{len(cases)} planted cases, {len(docs)} documents, {len(edges)} edges")
    print(f"{'level':6s} {'prec':>6s} {'recall':>6s} {'gran':>6s} {'plagdet':>7s} detected")
    for level in levels + ["all"]:
        sel = [i for i, c in enumerate(cases) if level == "all" or c["level"] == level]
        p, r, g, pd, det = report(sel)
        print(f"{level:6s} {p:6.3f} {r:6.3f} {g:6.3f} {pd:7.3f} {det}/{len(sel)}")
        if os.environ.get("REUSE_PLANT_DUMP") and level != "all":
            missed = [cases[i]["susp"] for i in sel
                      if not any(det_chars[d] & case_chars[i]
                                 for d in by_pair[(cases[i]["susp"], cases[i]["src"])])]
            print("   missed:", " ".join(missed[:12]))
    p, r, g, pd, det = report(range(len(cases)))
    print("goal", "MET" if pd >= 0.9 else "NOT MET")
    return 0 if pd >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())

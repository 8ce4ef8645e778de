#!/usr/bin/env python3
"""Compares stemma's extracted metadata (title, byline, date, language) with newspaper4k's
expected metadata (../shared/corpora/extraction/newspaper/newspaper4k/metadata/*.json).

Usage: scripts/eval/extract_metadata.py PREDICTIONS.jsonl
(PREDICTIONS from: build-extract-bench/extract_eval .../newspaper4k/html --url-map .../ground-truth.json)
The expectations are newspaper's own output (weak gold): read the mismatches, not just the rate.
"""
import ast
import json
import os
import sys


def norm(s):
    return " ".join(str(s or "").split()).lower()


def main():
    shared = os.environ.get("STEMMA_SHARED_DIR",
                            os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    meta_dir = os.path.join(shared, "corpora/extraction/newspaper/newspaper4k/metadata")
    preds = {}
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            preds[o["id"]] = o
    fields = {"title": 0, "byline": 0, "published": 0, "language": 0}
    totals = dict.fromkeys(fields, 0)
    for name in sorted(os.listdir(meta_dir)):
        doc_id = name[:-5]
        if doc_id not in preds:
            continue
        with open(os.path.join(meta_dir, name), encoding="utf-8") as fh:
            exp = json.load(fh)
        p = preds[doc_id]
        try:
            authors = ast.literal_eval(exp.get("authors") or "[]")
        except (ValueError, SyntaxError):
            authors = []
        checks = {
            "title": (norm(exp.get("title")), norm(p["title"])),
            "byline": (norm(", ".join(authors)), norm(p["byline"])),
            "published": (str(exp.get("publish_date") or "")[:10], p["published"][:10]),
            "language": (exp.get("language") or "", p["language"]),
        }
        for field, (want, got) in checks.items():
            if not want or want == "none":
                continue
            totals[field] += 1
            ok = want == got or (field == "byline" and got and (want in got or got in want))
            fields[field] += ok
            if not ok:
                print("%-28s %-9s want %-40.40r got %.40r" % (doc_id[:28], field, want, got))
    for field in fields:
        print("%-9s %d/%d" % (field, fields[field], totals[field]))


if __name__ == "__main__":
    main()

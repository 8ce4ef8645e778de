#!/usr/bin/env python3
"""Runs the stories driver over the five seed articles (raw text, no extraction) and prints the
stories, related documents and the claims EXPECTED.md names. Usage:
  scripts/eval/stories_seeds.py [--driver PATH] [--facts real|fallback] [driver flags...]
  scripts/eval/stories_seeds.py --cli build/src/cli/stemma   (`stemma run` on the seeds folder)
"""
import argparse
import glob
import json
import os
import tempfile

from stories_common import DEFAULT_DRIVER, SHARED, run_cli, run_driver


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=DEFAULT_DRIVER)
    ap.add_argument("--facts", default="real")
    ap.add_argument("--cli", help="stemma binary: `stemma run` on the seeds folder instead")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    if args.cli:
        report(run_cli(args.cli, os.path.join(SHARED, "seeds")))
        return
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for path in sorted(glob.glob(os.path.join(SHARED, "seeds", "[0-9]*.txt"))):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            doc = {"id": os.path.basename(path)[:3], "text": text}
            if doc["id"] == "001":
                doc["published"] = "2025-09-02"
            tmp.write(json.dumps(doc) + "\n")
    try:
        out = run_driver(args.driver, tmp.name, ["--facts", args.facts] + args.extra)
    finally:
        os.unlink(tmp.name)
    report(out)


def report(out):
    for s in out["stories"]:
        print("%s %s related=%s dates=%s..%s title=%r" % (
            s["id"], s["documents"], s["related_documents"], s["first_date"], s["last_date"],
            s["title"][:70]))
    for c in out["claims"]:
        t = c["text"].lower()
        if any(k in t for k in ("2,000", "crossed", "treaty", "26 ")):
            print("  claim %s %s=%s docs=%s independent=%d contradicted_by=%s | %s" % (
                c["id"], c["kind"], c["value"], c["documents"], c["independent_sources"],
                c["contradicted_by"], c["text"][:90]))


if __name__ == "__main__":
    main()

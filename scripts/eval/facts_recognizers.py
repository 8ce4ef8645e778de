#!/usr/bin/env python3
"""Score stemma's date/number/unit facts against the Recognizers-Text gold.

    python3 scripts/eval/facts_recognizers.py [--cli PATH/facts_cli] [--gold PATH]
        [--drop-not-supported any|dotnet|none] [--errors N] [--suite datetime]

Runs facts_cli (bench/facts) over every case's input with the case's reference date as
`published`, maps facts to the scorer's prediction format and runs
../shared/gold/facts/score_recognizers.py (byte offsets). Python stdlib only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("STEMMA_SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))

TEMPERATURE = {"C", "F"}
AGE_UNITS = {"years old": "Year", "months old": "Month", "weeks old": "Week", "days old": "Day"}
CURRENCY_UNIT = {"USD": "Dollar", "EUR": "Euro", "GBP": "Pound", "JPY": "Japanese yen",
                 "CNY": "Chinese yuan", "Cent": "Cent", "Penny": "Penny"}


def default_cli():
    for p in ("build-facts/stemma/bench/facts/facts_cli", "build-facts/bench/facts/facts_cli",
              "build/bench/facts/facts_cli"):
        if os.path.exists(os.path.join(ROOT, p)):
            return os.path.join(ROOT, p)
    return "facts_cli"


def to_prediction(fact):
    kind, counts = fact["kind"], fact.get("counts", "")
    p = {"start": fact["begin"], "end": fact["end"], "value": fact["value"]}
    if kind == "date":
        p["type"] = "date"
    elif kind == "money":
        p["type"] = "currency"
        p["unit"] = CURRENCY_UNIT.get(counts, counts)
    elif kind == "quantity" and counts == "percent":
        p["type"] = "percentage"
        p["value"] = fact["value"] + "%"
    elif kind == "quantity" and counts in TEMPERATURE:
        p["type"] = "temperature"
        p["unit"] = counts
    elif kind == "quantity" and counts in AGE_UNITS:
        p["type"] = "age"
        p["unit"] = AGE_UNITS[counts]
    elif kind == "quantity" and counts and counts[0].isupper() and " " not in counts.strip():
        p["type"] = "dimension"
        p["unit"] = counts
    elif kind in ("number", "quantity"):
        p["type"] = "number"
    else:
        return None
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=default_cli())
    ap.add_argument("--gold", default=os.path.join(
        SHARED, "gold/facts/recognizers/recognizers_en.jsonl"))
    ap.add_argument("--drop-not-supported", default="any")
    ap.add_argument("--errors", default="0")
    ap.add_argument("--suite", action="append")
    args = ap.parse_args()
    cases = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    lines = []
    for c in cases:
        ref = c.get("reference_datetime") or ""
        lines.append(json.dumps({"id": c["id"], "text": c["input"], "published": ref}))
    run = subprocess.run([args.cli], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True)
    outs = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    if len(outs) != len(cases):
        sys.exit("facts_cli returned %d lines for %d cases" % (len(outs), len(cases)))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for c, o in zip(cases, outs):
            found = [p for p in (to_prediction(f) for f in o["facts"]) if p]
            fh.write(json.dumps({"id": c["id"], "input": c["input"], "found": found}) + "\n")
        pred_path = fh.name
    cmd = [sys.executable, os.path.join(SHARED, "gold/facts/score_recognizers.py"), args.gold,
           pred_path, "--byte-offsets", "--drop-not-supported", args.drop_not_supported,
           "--errors", args.errors]
    for s in args.suite or []:
        cmd += ["--suite", s]
    subprocess.run(cmd, check=True)
    os.unlink(pred_path)


if __name__ == "__main__":
    main()

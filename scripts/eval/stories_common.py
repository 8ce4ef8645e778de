"""Shared helpers for the stories evaluation scripts (python3 stdlib only)."""
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("STEMMA_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
_CANDIDATES = [
    os.path.join(ROOT, "build-stories", "bench", "stories", "stories_eval"),
    os.path.join(ROOT, "build-stories-bench", "stemma", "bench", "stories", "stories_eval"),
    os.path.join(ROOT, "build", "bench", "stories", "stories_eval"),
]
DEFAULT_DRIVER = next((c for c in _CANDIDATES if os.path.exists(c)), _CANDIDATES[0])


def run_driver(driver, path, extra):
    cmd = [driver] + extra + [path]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit("driver failed: %s\n%s" % (" ".join(cmd), proc.stderr))
    sys.stderr.write(proc.stderr)
    return json.loads(proc.stdout)


def run_cli(stemma, path):
    """`stemma run PATH -o TMP` (a fresh store), returns report.json as parsed JSON."""
    import tempfile
    with tempfile.TemporaryDirectory() as out:
        cmd = [stemma, "run", path, "-o", out]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit("stemma failed: %s\n%s" % (" ".join(cmd), proc.stderr))
        with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
            return json.load(f)


def bcubed(predicted, gold):
    """B-cubed precision, recall, F1. predicted/gold: dict item -> cluster label."""
    pred_members, gold_members = {}, {}
    for item, label in predicted.items():
        pred_members.setdefault(label, set()).add(item)
    for item, label in gold.items():
        gold_members.setdefault(label, set()).add(item)
    p = r = 0.0
    for item in gold:
        pc = pred_members[predicted[item]]
        gc = gold_members[gold[item]]
        inter = len(pc & gc)
        p += inter / len(pc)
        r += inter / len(gc)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

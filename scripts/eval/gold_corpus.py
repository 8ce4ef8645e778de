#!/usr/bin/env python3
"""Shared by the hand-gold scorers (facts_quotes.py, facts_ner_news.py): read the gold's
articles from the zstd JSONL corpus at run time (the repo holds ids and offsets, never the
text) and map the facts stage's UTF-8 byte offsets to the code-point offsets of the gold."""
import json
import os
import subprocess


def load_articles(corpus, wanted):
    """{id: record} for the wanted (file, id) pairs, reading each corpus file once."""
    by_file = {}
    for f, i in wanted:
        by_file.setdefault(f, set()).add(i)
    out = {}
    for f, ids in sorted(by_file.items()):
        proc = subprocess.Popen(["zstd", "-dc", os.path.join(corpus, f)], stdout=subprocess.PIPE)
        for line in proc.stdout:
            if not any(i.encode() in line[:200] for i in ids):
                continue
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
        proc.stdout.close()
        proc.wait()
    return out


def byte_to_char(text):
    """List mapping each UTF-8 byte offset (0..len) to its code-point offset."""
    table = []
    for ci, ch in enumerate(text):
        table.extend([ci] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table

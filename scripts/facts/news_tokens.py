#!/usr/bin/env python3
"""Writes case-preserving tokens of the news corpus text, one paragraph per line, for
training word vectors (scripts/facts/build_clusters.py). Output stays outside the repo.

    zstd -dc ../shared/corpora/news/articles-0[1-4].jsonl.zst | \
        python3 scripts/facts/news_tokens.py > /tmp/news.tok

Tokens approximate src/facts/tokenize.cc: words with inner hyphens/apostrophes, the
possessive 's as its own token, numbers mapped to 0 per digit, punctuation one character each.
"""
import json
import re
import sys

TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|(?:['\u2019](?![st]\b)|-)(?=[^\W\d_]))*"
                   r"|['\u2019][sS]\b|\d+(?:[.,]\d+)*|\S", re.UNICODE)
DIGIT = re.compile(r"\d")


def main():
    seen = set()
    out = sys.stdout
    for line in sys.stdin:
        try:
            text = json.loads(line).get("text") or ""
        except ValueError:
            continue
        key = hash(text[:500])
        if key in seen:  # exact duplicates (syndication) would overweight their words
            continue
        seen.add(key)
        for para in text.split("\n"):
            toks = TOKEN.findall(para)
            if len(toks) < 3:
                continue
            out.write(" ".join(DIGIT.sub("0", t) for t in toks))
            out.write("\n")


if __name__ == "__main__":
    main()

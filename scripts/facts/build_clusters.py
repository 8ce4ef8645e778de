#!/usr/bin/env python3
"""Builds src/facts/data/clusters.bin (word -> cluster ids for the NER tagger) from fastText
skip-gram vectors trained on the news corpus. Needs python3-numpy and fasttext (Debian); only
for retraining, not at build or test time. Steps (see bench/facts/README.md):

    zstd -dc ../shared/corpora/news/articles-0[1-4].jsonl.zst | \
        python3 scripts/facts/news_tokens.py > /tmp/news.tok
    fasttext skipgram -input /tmp/news.tok -output /tmp/news -dim 100 -ws 3 -epoch 5 \
        -minCount 5 -minn 0 -maxn 0 -thread 2
    python3 scripts/facts/mine_gazetteer.py < /tmp/news.tok > /tmp/gaz.tsv
    python3 scripts/facts/build_clusters.py /tmp/news.vec /tmp/gaz.tsv src/facts/data/clusters.bin

Format ("SCLU1\\n", little-endian): uint32 count, then count x (uint32 word hash, uint32
cluster ids). The hash is FNV-1a 64 of the word's UTF-8 bytes (case kept) shifted right by 16
and truncated (as LexiconHash in src/facts/tagger.cc but case-sensitive); the ids pack the
clusters of three independent spherical k-means runs: (c64 << 20) | (c256 << 11) | c1024,
each id + 1 so 0 means "no cluster", plus gazetteer bits from mine_gazetteer.py counts in
bits 27-31 (see WordClusters::Gaz in src/facts/tagger.h). No words are stored.
"""
import struct
import sys

import numpy as np

LEVELS = (64, 256, 1024)


def fnv_hash(word):
    h = 1469598103934665603
    for b in word.encode("utf-8"):
        h ^= b
        h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return (h >> 16) & 0xFFFFFFFF


def gaz_bits(counts):
    """Bit k: cue k (person, place, organisation) seen 3+ times and in 30%+ of the cues;
    bits 3-4: total cues 3+ / 20+ / 100+."""
    total = sum(counts)
    if total < 3:
        return 0
    bits = 0
    for k, c in enumerate(counts):
        if c >= 3 and c >= 0.3 * total:
            bits |= 1 << k
    mag = 3 if total >= 100 else 2 if total >= 20 else 1
    return bits | (mag << 3) if bits else 0


def kmeans(x, k, iters, seed):
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), k, replace=False)].copy()
    assign = None
    for it in range(iters):
        best = np.empty(len(x), dtype=np.int32)
        for a in range(0, len(x), 20000):
            best[a:a + 20000] = np.argmax(x[a:a + 20000] @ centers.T, axis=1)
        moved = len(x) if assign is None else int(np.sum(best != assign))
        assign = best
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / (np.linalg.norm(v) + 1e-9)
            else:
                centers[c] = x[rng.integers(len(x))]
        print(f"k={k} iter {it}: {moved} moved", file=sys.stderr)
        if moved < len(x) // 1000:
            break
    return assign


def main():
    vec_path, gaz_path, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 150000
    words, vecs = [], []
    if vec_path == "-":  # gazetteer bits only
        write(out_path, add_gazetteer({}, gaz_path))
        return
    with open(vec_path, encoding="utf-8", errors="replace") as f:
        header = f.readline().split()
        dim = int(header[1])
        for line in f:  # fastText writes words by descending frequency
            parts = line.rstrip("\n").rstrip(" ").split(" ")
            if len(parts) != dim + 1 or parts[0] == "</s>":
                continue
            words.append(parts[0])
            vecs.append([float(v) for v in parts[1:]])
            if len(words) >= limit:
                break
    x = np.asarray(vecs, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    print(f"{len(words)} words, dim {dim}", file=sys.stderr)
    ids = np.zeros(len(words), dtype=np.uint64)
    shift = (20, 11, 0)
    for level, (k, s) in enumerate(zip(LEVELS, shift)):
        assign = kmeans(x, k, 25, 7 + level)
        ids |= (assign.astype(np.uint64) + 1) << np.uint64(s)
    entries = {}
    for w, c in zip(words, ids):
        entries.setdefault(fnv_hash(w), int(c))  # on a hash collision the frequent word wins
    write(out_path, add_gazetteer(entries, gaz_path))


def add_gazetteer(entries, gaz_path):
    if gaz_path != "-":
        added = 0
        with open(gaz_path, encoding="utf-8") as f:
            for line in f:
                w, *c = line.rstrip("\n").split("\t")
                c = [int(v) for v in c]
                bits = gaz_bits(c)
                if bits:
                    h = fnv_hash(w)
                    added += h not in entries
                    entries[h] = entries.get(h, 0) | (bits << 27)
        print(f"gazetteer: {added} words without a cluster", file=sys.stderr)
    return entries


def write(out_path, entries):
    with open(out_path, "wb") as out:
        out.write(b"SCLU1\n")
        out.write(struct.pack("<I", len(entries)))
        for h in sorted(entries):
            out.write(struct.pack("<II", h, entries[h]))
    print(f"wrote {out_path}: {len(entries)} words", file=sys.stderr)


if __name__ == "__main__":
    main()

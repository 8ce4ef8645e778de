#!/usr/bin/env python3
"""Builds src/facts/data/clusters.bin (word -> cluster ids for the NER tagger) from fastText
skip-gram vectors trained on the news corpus. Needs python3-numpy and fasttext (Debian); only
for retraining, not at build or test time. Steps (see bench/facts/README.md):

    zstd -dc ../shared/corpora/news/articles-0[1-4].jsonl.zst | \
        python3 scripts/facts/news_tokens.py > /tmp/news.tok
    fasttext skipgram -input /tmp/news.tok -output /tmp/news -dim 100 -ws 3 -epoch 5 \
        -minCount 5 -minn 0 -maxn 0 -thread 2
    python3 scripts/facts/mine_gazetteer.py < /tmp/news.tok > /tmp/gaz.tsv
    python3 scripts/facts/wordnet_gazetteer.py > /tmp/wordnet.tsv
    python3 scripts/facts/build_clusters.py /tmp/news.vec /tmp/gaz.tsv src/facts/data/clusters.bin \
        --wordnet /tmp/wordnet.tsv

or, to add or replace only the WordNet bits of an existing table (no vectors needed):

    python3 scripts/facts/build_clusters.py --base src/facts/data/clusters.bin \
        --wordnet /tmp/wordnet.tsv src/facts/data/clusters.bin

Format ("SCLU2\\n", little-endian): uint32 count, then count x (uint32 word hash, uint32
cluster ids, uint32 WordNet bits); the older "SCLU1\\n" has no WordNet column. The hash is
FNV-1a 64 of the word's UTF-8 bytes (case kept) shifted right by 16
and truncated (as LexiconHash in src/facts/tagger_tables.cc but case-sensitive); the ids pack the
clusters of three independent spherical k-means runs: (c64 << 20) | (c256 << 11) | c1024,
each id + 1 so 0 means "no cluster", plus gazetteer bits from mine_gazetteer.py counts in
bits 27-31 (see WordClusters::Gaz in src/facts/tagger.h). No words are stored.
"""
import struct
import sys

np = None  # numpy, imported only when clustering vectors

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


def read_table(path):
    """(ids, wordnet bits) by hash from an existing clusters.bin."""
    data = open(path, "rb").read()
    v2 = data[:6] == b"SCLU2\n"
    assert v2 or data[:6] == b"SCLU1\n", path
    size = 12 if v2 else 8
    (count,) = struct.unpack_from("<I", data, 6)
    ids, wn = {}, {}
    for k in range(count):
        h, c = struct.unpack_from("<II", data, 10 + size * k)
        if c:
            ids[h] = c
        if v2:
            (w,) = struct.unpack_from("<I", data, 18 + size * k)
            if w:
                wn[h] = w
    return ids, wn


def read_wordnet(path):
    wn = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, bits = line.rstrip("\n").split("\t")
            h = fnv_hash(w)
            wn[h] = wn.get(h, 0) | int(bits)
    print(f"wordnet: {len(wn)} words", file=sys.stderr)
    return wn


def main():
    args = sys.argv[1:]
    wordnet_path = base_path = None
    if "--wordnet" in args:
        k = args.index("--wordnet")
        wordnet_path = args[k + 1]
        del args[k:k + 2]
    if "--base" in args:
        k = args.index("--base")
        base_path = args[k + 1]
        del args[k:k + 2]
    wn = read_wordnet(wordnet_path) if wordnet_path else {}
    if base_path:  # keep the ids of an existing table, replace its WordNet bits
        entries, _ = read_table(base_path)
        write(args[0], entries, wn)
        return
    vec_path, gaz_path, out_path = args[0], args[1], args[2]
    limit = int(args[3]) if len(args) > 3 else 150000
    words, vecs = [], []
    if vec_path == "-":  # gazetteer bits only
        write(out_path, add_gazetteer({}, gaz_path), wn)
        return
    global np
    import numpy as np
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
    write(out_path, add_gazetteer(entries, gaz_path), wn)


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


def write(out_path, entries, wn):
    keys = sorted(set(entries) | set(wn))
    with open(out_path, "wb") as out:
        out.write(b"SCLU2\n")
        out.write(struct.pack("<I", len(keys)))
        for h in keys:
            out.write(struct.pack("<III", h, entries.get(h, 0), wn.get(h, 0)))
    print(f"wrote {out_path}: {len(keys)} words ({len(wn)} with WordNet bits)", file=sys.stderr)


if __name__ == "__main__":
    main()

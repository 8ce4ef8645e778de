#!/usr/bin/env python3
"""Name-type evidence from WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet) for the
NER tagger: prints `word<TAB>bits` lines that build_clusters.py folds into clusters.bin as the
table's WordNet bits (see WordClusters::Wn in src/facts/tagger.h). Needs only python3 and
wordnet-base, and only to rebuild clusters.bin (not at build or test time):

    python3 scripts/facts/wordnet_gazetteer.py > /tmp/wordnet.tsv

Classes come from the hypernym closure (@ and @i links) of each synset: person, location
(place, body of water, geological formation), organisation, structure (buildings, stations).
Bits 0-15: for the 7.7k instance synsets (proper names, e.g. Mississippi_River), the class of
each name token by position: 4 x class for a one-word name, the first, the last and an inner
token of a longer name (case kept: "Mississippi", "River"). Bits 16-19: the word (lower-cased
noun lemma, also stored capitalised) is a common noun of that class, e.g. "university",
"league", "river", "senator" (any of its first three senses). Bit 20: the word is a WordNet common noun (only stored
with other bits). Bit 21: a capitalised adjective of a place ("French", "Texan").
"""
import collections
import sys

WN = "/usr/share/wordnet/data.noun"
# Root synsets (WordNet 3.0 offsets) of the classes, in bit order.
ROOTS = (
    ("person", {"00007846"}),                                    # person.n.01
    ("location", {"00027167", "09225146", "09287968"}),         # location, body_of_water,
                                                                 # geological_formation
    ("organisation", {"08008335", "08164585"}),                 # organization, administration
    ("structure", {"04341686", "03315023"}),                    # structure, facility
)


def parse(path):
    hypernyms, lemmas, instance = {}, {}, set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            offset, n_words = parts[0], int(parts[3], 16)
            words = [parts[4 + 2 * k] for k in range(n_words)]
            k = 4 + 2 * n_words
            n_ptrs = int(parts[k])
            ups = []
            for p in range(n_ptrs):
                sym, target, pos = parts[k + 1 + 4 * p: k + 4 + 4 * p]
                if pos == "n" and sym in ("@", "@i"):
                    ups.append(target)
                    if sym == "@i":
                        instance.add(offset)
            hypernyms[offset] = ups
            lemmas[offset] = words
    return hypernyms, lemmas, instance


def classes_of(offset, hypernyms, memo):
    """Bit set of the classes whose root is in the hypernym closure (iterative walk)."""
    if offset in memo:
        return memo[offset]
    bits, seen, stack = 0, set(), [offset]
    while stack:
        o = stack.pop()
        if o in seen:
            continue
        seen.add(o)
        for c, (_, roots) in enumerate(ROOTS):
            if o in roots:
                bits |= 1 << c
        stack.extend(hypernyms.get(o, ()))
    memo[offset] = bits
    return bits


def sense_rank(index_path="/usr/share/wordnet/index.noun"):
    """lemma -> synset offsets in sense order."""
    out = {}
    with open(index_path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            n = int(parts[2])
            out[parts[0]] = parts[-n:]
    return out


def main():
    hypernyms, lemmas, instance = parse(WN)
    memo = {}
    bits = collections.defaultdict(int)
    for offset in instance:
        cls = classes_of(offset, hypernyms, memo)
        if not cls:
            continue
        for lemma in lemmas[offset]:
            lemma = lemma.split("(")[0]  # adjective markers like (a)
            toks = [t for t in lemma.replace("_", " ").split() if t]
            for c in range(len(ROOTS)):
                if not cls & (1 << c):
                    continue
                if len(toks) == 1:
                    bits[toks[0]] |= 1 << c
                    continue
                bits[toks[0]] |= 1 << (4 + c)
                bits[toks[-1]] |= 1 << (8 + c)
                for t in toks[1:-1]:
                    bits[t] |= 1 << (12 + c)
    for lemma, offsets in sense_rank().items():
        if "_" in lemma:
            continue
        common = [o for o in offsets if o not in instance]
        if not common:
            continue
        cls = 0
        for o in common[:3]:
            cls |= classes_of(o, hypernyms, memo)
        forms = {lemma, lemma[:1].upper() + lemma[1:]}
        for w in forms:
            bits[w] |= (cls << 16) | (1 << 20)
    # Adjectives of origin ("French", "Texan"): capitalised adjectives whose pertainym is a
    # place.
    with open("/usr/share/wordnet/data.adj", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            n_words = int(parts[3], 16)
            words = [parts[4 + 2 * k].split("(")[0] for k in range(n_words)]
            k = 4 + 2 * n_words
            targets = [parts[k + 2 + 4 * p] for p in range(int(parts[k]))
                       if parts[k + 1 + 4 * p] == "\\" and parts[k + 3 + 4 * p] == "n"]
            if not any(classes_of(t, hypernyms, memo) & 2 for t in targets):
                continue
            for w in words:
                if w[:1].isupper() and "_" not in w:
                    bits[w] |= 1 << 21
    for w in sorted(bits):
        if w and bits[w] & ~(1 << 20):  # bit 20 alone: the spelling lexicon knows common words
            print(f"{w}\t{bits[w]}")


if __name__ == "__main__":
    main()

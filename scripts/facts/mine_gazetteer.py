#!/usr/bin/env python3
"""Mines name-type evidence for capitalised words from unlabelled news tokens (the output of
scripts/facts/news_tokens.py): how often a word occurs in contexts that mark a person ("Mr.
X", "said X Y ,", "X Y , 00 ,"), a place ("in X , Y", "X-based", "city of X", "northern X")
or an organisation ("X Inc", "X Party", "X spokesman"). Prints `word<TAB>per<TAB>loc<TAB>org`
counts for words seen in such contexts at least twice; build_clusters.py folds them into
clusters.bin. Needs only python3.

    python3 scripts/facts/mine_gazetteer.py < /tmp/news.tok > /tmp/gaz.tsv
"""
import collections
import sys

TITLES_ABBR = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
               "Rev", "Prof", "Adm", "Maj", "Cmdr", "Lt"}
TITLES = {"President", "Senator", "Representative", "Governor", "Judge", "Secretary",
          "Chancellor", "Minister", "Pope", "King", "Queen", "Prince", "Princess", "Lord", "Sir",
          "General", "Officer", "Detective", "Coach", "Mayor", "Speaker", "Ambassador",
          "Chairman", "Chairwoman", "Professor", "Dame", "Lady", "Sheriff", "Pastor",
          "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Rev.", "Attorney", "Rabbi",
          "Cardinal", "Bishop", "Archbishop", "Commissioner", "Councilman", "Councilwoman",
          "Congressman", "Congresswoman", "Lawmaker", "Sergeant", "Captain", "Lieutenant",
          "Colonel", "Admiral"}
PLACE_HEAD = {"city", "town", "village", "state", "capital", "province", "country", "region",
              "island", "suburb", "county", "port", "republic", "district", "kingdom"}
PLACE_VERB = {"born", "lives", "lived", "traveled", "travelled", "flew", "moved", "visit",
              "trip", "arrived", "headquartered", "based", "located"}
PLACE_ADJ = {"northern", "southern", "eastern", "western", "central", "northeastern",
             "northwestern", "southeastern", "southwestern", "downtown", "rural"}
ORG_TAIL = {"Inc", "Corp", "Co", "Ltd", "LLC", "Group", "Party", "University", "Institute",
            "Foundation", "Association", "Council", "Committee", "Bank", "Agency", "Company",
            "Corporation", "Commission", "Department", "Ministry", "Airlines", "Motors",
            "Technologies", "Holdings", "Club", "FC", "College", "Society", "Union", "Network",
            "Times", "News", "Post", "Journal", "Press", "Records", "Entertainment", "Studios",
            "Systems", "Partners", "Capital", "Fund", "Board", "Office", "Center", "Centre",
            "Federation", "League", "Organization", "Organisation", "Alliance", "Coalition",
            "Trust", "Authority", "Service", "Services", "Administration", "Bureau"}
ORG_NEXT = {"spokesman", "spokeswoman", "spokesperson", "officials", "executives",
            "shares", "employees", "CEO", "stock", "chief", "subsidiary", "headquarters",
            "board", "lawmakers", "leadership"}


def cap(w):
    return w[:1].isupper()


def main():
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for line in sys.stdin:
        t = line.split()
        n = len(t)
        for i in range(1, n):
            w = t[i]
            if not cap(w):
                continue
            p = t[i - 1]
            nx = t[i + 1] if i + 1 < n else ""
            nx2 = t[i + 2] if i + 2 < n else ""
            # persons
            if w in ORG_TAIL or w in ORG_NEXT:
                pass
            elif p in TITLES or (p == "." and i >= 2 and t[i - 2] in TITLES_ABBR):
                counts[w][0] += 1
                if cap(nx) and nx not in ORG_TAIL:
                    counts[nx][0] += 1
            elif p == "said" and cap(nx) and nx2 in (",", "."):
                counts[w][0] += 1
                counts[nx][0] += 1
            if nx == "," and nx2.isdigit() and i + 3 < n and t[i + 3] == "," and cap(p):
                counts[w][0] += 1
                counts[p][0] += 1
            # places
            if p in ("in", "from") and nx == "," and cap(nx2) and nx2 not in TITLES:
                counts[w][1] += 1
                counts[nx2][1] += 1
            elif p in PLACE_ADJ or (p == "of" and i >= 2 and t[i - 2] in PLACE_HEAD):
                counts[w][1] += 1
            elif p in ("in", "to") and i >= 2 and t[i - 2] in PLACE_VERB:
                counts[w][1] += 1
            if w.endswith("-based") and len(w) > 7:
                counts[w[:-6]][1] += 1
            # organisations
            if nx in ORG_TAIL:
                counts[w][2] += 1
            elif nx in ORG_NEXT or (nx == "'s" and nx2 in ORG_NEXT):
                counts[w][2] += 1
    for w, c in counts.items():
        if sum(c) >= 2:
            print(f"{w}\t{c[0]}\t{c[1]}\t{c[2]}")


if __name__ == "__main__":
    main()

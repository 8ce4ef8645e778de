#!/usr/bin/env python3
"""Writes the place-name list used to train the NER model (--places of facts_train) from the
Debian iso-codes package (ISO 3166-1 countries and ISO 3166-2 subdivisions), one per line.

    python3 scripts/eval/facts_places.py > /tmp/places.txt
"""
import json
import sys

names = set()
for name, key in (("iso_3166-1.json", "3166-1"), ("iso_3166-2.json", "3166-2")):
    with open("/usr/share/iso-codes/json/" + name, encoding="utf-8") as fh:
        for entry in json.load(fh)[key]:
            for field in ("name", "common_name", "official_name"):
                if field in entry:
                    names.add(entry[field])
sys.stdout.write("\n".join(sorted(names)) + "\n")

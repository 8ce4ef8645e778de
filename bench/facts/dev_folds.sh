#!/bin/sh
# Mean tagger-alone P+O+L F1 over the four dev folds (facts_train --dev 1..4; the test split is
# never used), and over the shuffle seeds in $SEEDS (default: 42 only; e.g. SEEDS="42 7 13"
# averages 12 runs, which halves the run-to-run noise of comparing two variants).
# Usage: [SEEDS="42 7 13"] bench/facts/dev_folds.sh BUILD_DIR [extra facts_train arguments]
build=$1
shift
places=$(mktemp)
python3 scripts/eval/facts_places.py > "$places"
for seed in ${SEEDS:-42}; do
  for k in 1 2 3 4; do
    "$build/bench/facts/facts_train" --ner-dir ../shared/gold/facts/ner \
      --lexicon /usr/share/dict/american-english --places "$places" --dev $k --seed $seed \
      "$@" 2>/dev/null
  done
done | awk '{split($4,f,"="); s[$2]+=f[2]; n[$2]++}
  END {for (t in s) printf "%s %.3f  ", t, s[t]/n[t]; print ""}'
rm -f "$places"

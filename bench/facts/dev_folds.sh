#!/bin/sh
# Mean tagger-alone P+O+L F1 over the four dev folds (facts_train --dev 1..4; the test split is
# never used). Usage: bench/facts/dev_folds.sh BUILD_DIR [extra facts_train arguments]
build=$1
shift
places=$(mktemp)
python3 scripts/eval/facts_places.py > "$places"
for k in 1 2 3 4; do
  "$build/bench/facts/facts_train" --ner-dir ../shared/gold/facts/ner \
    --lexicon /usr/share/dict/american-english --places "$places" --dev $k "$@" 2>/dev/null
done | awk '{split($4,f,"="); s[$2]+=f[2]; n[$2]++}
  END {for (t in s) printf "%s %.3f  ", t, s[t]/n[t]; print ""}'
rm -f "$places"

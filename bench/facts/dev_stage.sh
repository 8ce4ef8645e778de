#!/bin/sh
# Whole-stage (tagger + aliases + rules) F1 on the four dev folds: for K = 1..4 (and each seed
# in $SEEDS, default 42) trains a model without fold K (facts_train --dev K; the test split is
# never used) and scores fold K with scripts/eval/facts_ner.py --dev K through facts_cli.
# Prints the mean F1 per type. PLACES=0 trains without the place word list (--places).
# Usage: [SEEDS=...] [PLACES=0] bench/facts/dev_stage.sh BUILD_DIR [train args]
build=$1
shift
tmp=$(mktemp -d)
places=""
if [ "${PLACES:-1}" != 0 ]; then
  python3 scripts/eval/facts_places.py > "$tmp/places"
  places="--places $tmp/places"
fi
for seed in ${SEEDS:-42}; do
  for k in 1 2 3 4; do
    "$build/bench/facts/facts_train" --ner-dir ../shared/gold/facts/ner \
      --lexicon /usr/share/dict/american-english $places --dev $k --seed $seed \
      --out "$tmp/model" "$@" > /dev/null 2>&1
    python3 scripts/eval/facts_ner.py --cli "$build/bench/facts/facts_cli" --dev $k \
      --ner-model "$tmp/model"
  done
done | awk '{split($4,f,"="); s[$1]+=f[2]; n[$1]++}
  END {for (t in s) printf "%s %.3f  ", t, s[t]/n[t]; print ""}'
rm -rf "$tmp"

#!/bin/sh
# News dev figure of facts_train --news-gold: 2-fold cross-validation on the tune split of the
# news NER gold (scripts/eval/gold/ner_news_*; the test split is never used). For each half
# (odd / even rows of the tune list) and each seed in $SEEDS (default 42): trains on wikigold
# (test split left out) + the other tune half as news gold + the extra facts_train arguments,
# scores the half through facts_cli (scripts/eval/facts_ner_news.py --ids). NEWS=0 leaves the
# tune half out of training (the baseline). Prints micro P/R/F1 per type over all runs.
# Usage: [SEEDS=...] [NEWS=0] bench/facts/news_dev.sh BUILD_DIR [facts_train args]
build=$1
shift
tmp=$(mktemp -d)
python3 scripts/eval/facts_places.py > "$tmp/places"
grep '^tune' scripts/eval/gold/ner_news_articles.tsv | awk 'NR % 2 == 1' > "$tmp/half1"
grep '^tune' scripts/eval/gold/ner_news_articles.tsv | awk 'NR % 2 == 0' > "$tmp/half2"
for seed in ${SEEDS:-42}; do
  for half in 1 2; do
    other=$((3 - half))
    news=""
    if [ "${NEWS:-1}" != 0 ]; then
      news="--news-gold scripts/eval/gold/ner_news_entities.jsonl --news-ids $tmp/half$other"
    fi
    # shellcheck disable=SC2086
    "$build/bench/facts/facts_train" --ner-dir ../shared/gold/facts/ner \
      --lexicon /usr/share/dict/american-english --places "$tmp/places" --seed "$seed" \
      --out "$tmp/model" $news "$@" > /dev/null 2>&1
    python3 scripts/eval/facts_ner_news.py --cli "$build/bench/facts/facts_cli" --split tune \
      --ids "$tmp/half$half" --ner-model "$tmp/model"
  done
done | awk '$1 ~ /^(PER|ORG|LOC|ALL)$/ {gsub(/[()\/]/, " "); tp[$1] += $5; pr[$1] += $6; go[$1] += $7}
  END {for (t in tp) {p = tp[t] / pr[t]; r = tp[t] / go[t];
       printf "%s P=%.3f R=%.3f F1=%.3f  ", t, p, r, 2 * p * r / (p + r)}; print ""}'
rm -rf "$tmp"

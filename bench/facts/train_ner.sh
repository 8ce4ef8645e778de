#!/bin/bash
# Trains the shipped NER model (src/facts/data/ner.model): wikigold without its test split,
# plus the hand-annotated news training splits train1..train$NEWS_SPLITS (default 24: the shipped
# model; train25..train30 measured no dev gain, bench/facts/README.md "Round 13"), as
# bench/facts/README.md describes ("Round 9b"). The news gold's tune split is not trained on,
# so it stays a dev set.
# The place word list (--places) comes from scripts/eval/facts_places.py through a temporary
# file (a <(...) kept in a shell array is closed before use: see "Round 9b").
# Rebuild afterwards: the model is embedded in the binary.
# Usage: [NEWS_SPLITS=N] bench/facts/train_ner.sh BUILD_DIR [OUT] [extra facts_train args]
set -euo pipefail
build=$1
out=${2:-src/facts/data/ner.model}
shift $(($# < 2 ? $# : 2))
news=()
for i in $(seq 1 "${NEWS_SPLITS:-24}"); do
  news+=(--news-gold "scripts/eval/gold/ner_news_train${i}_entities.jsonl")
done
news+=(--news-ids scripts/eval/gold/ner_news_train_articles.tsv)
places=$(mktemp)
trap 'rm -f "$places"' EXIT
python3 scripts/eval/facts_places.py > "$places"
"$build/bench/facts/facts_train" --ner-dir ../shared/gold/facts/ner \
  --lexicon /usr/share/dict/american-english \
  --places "$places" --clusters src/facts/data/clusters.bin --ensemble 8 --out "$out" \
  "${news[@]}" --news-outside misc --news-rate 0.05 --min-weight 0.1 "$@"

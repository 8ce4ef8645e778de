// Training labels from hand-annotated news (scripts/eval/gold/ner_news_*_entities.jsonl):
// mentions given as code-point offsets into an article become per-token BIO tags of the NER
// tagger (facts_train --news-gold). Training-only; nothing at run time calls this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/tagger.h"

namespace stemma::facts {

// One gold mention: [begin, end) in code points, `base` the B- tag (1 PER, 3 ORG, 5 LOC).
struct GoldMention {
  size_t begin = 0;
  size_t end = 0;
  uint8_t base = 0;
};

// What tokens outside every mention get, since the news gold marks no MISC names.
enum class OutsideLabel : uint8_t {
  kOutside,         // O
  kUnknownCapital,  // capitalised tokens not opening a sentence: unknown; the rest O
  kOutsideOrMisc,   // every token: kOutsideOrMisc
};

// Per-token tags of `tt` (a tokenised article): B-/I- for tokens a mention covers whole,
// kUnknownTag for tokens a mention covers in part and for a "The" just before an ORG/LOC
// mention (wikigold keeps it inside the name, the news gold outside), `outside` elsewhere.
std::vector<uint8_t> LabelNewsTokens(const TokenizedText& tt, std::span<const GoldMention> gold,
                                     OutsideLabel outside);

}  // namespace stemma::facts

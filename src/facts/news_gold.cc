// Hand-annotated news mentions -> per-token tagger labels (see news_gold.h).
#include "facts/news_gold.h"

namespace stemma::facts {
namespace {

// Byte offset of every code point of `text` (and of its end): entry k is code point k.
std::vector<size_t> CodePointBytes(std::string_view text) {
  std::vector<size_t> out;
  out.reserve(text.size() + 1);
  for (size_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) out.push_back(b);
  }
  out.push_back(text.size());
  return out;
}

uint8_t OutsideTag(const TokenizedText& tt, size_t i, OutsideLabel outside) {
  switch (outside) {
    case OutsideLabel::kOutside:
      return 0;
    case OutsideLabel::kUnknownCapital:
      return tt.tokens[i].capitalized && !tt.tokens[i].sentence_start ? kUnknownTag : 0;
    case OutsideLabel::kOutsideOrMisc:
      return kOutsideOrMisc;
  }
  return 0;
}

}  // namespace

std::vector<uint8_t> LabelNewsTokens(const TokenizedText& tt, std::span<const GoldMention> gold,
                                     OutsideLabel outside) {
  const size_t n = tt.tokens.size();
  std::vector<uint8_t> tags(n);
  for (size_t i = 0; i < n; ++i) tags[i] = OutsideTag(tt, i, outside);
  const std::vector<size_t> bytes = CodePointBytes(tt.text);
  for (const GoldMention& m : gold) {
    if (m.begin >= m.end || m.end >= bytes.size()) continue;
    const size_t b = bytes[m.begin], e = bytes[m.end];
    bool first = true;
    for (size_t i = 0; i < n; ++i) {
      const Token& t = tt.tokens[i];
      if (t.end <= b || t.begin >= e) continue;
      if (t.begin < b || t.end > e) {
        tags[i] = kUnknownTag;  // the mention starts or ends inside this token
        first = false;
        continue;
      }
      tags[i] = first ? m.base : static_cast<uint8_t>(m.base + 1);
      if (first && m.base != 1 && i > 0 && tt.Text(i - 1) == "The") tags[i - 1] = kUnknownTag;
      first = false;
    }
  }
  return tags;
}

}  // namespace stemma::facts

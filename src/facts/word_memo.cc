// Per-thread memo of the NER tagger's per-word lookups and word-only weight sums.
#include "facts/word_memo.h"

#include <cstring>
#include <vector>

#include "facts/tagger_hash.h"

namespace stemma::facts::word_memo {
namespace {

constexpr int kSlotBits = 14;  // 16,384 slots of 80 bytes: the L2 cache holds them

}  // namespace

Entry* Slot(uint64_t model, std::string_view word) {
  if (word.size() > kMaxWord) return nullptr;
  thread_local std::vector<Entry> slots(size_t{1} << kSlotBits);
  Entry& e = slots[(MixRaw(kFnvOffset, word) * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
  if (e.model != model || e.len != word.size() ||
      std::memcmp(e.text, word.data(), word.size()) != 0) {
    e.model = model;
    e.known = 0;
    e.len = static_cast<uint8_t>(word.size());
    std::memcpy(e.text, word.data(), word.size());
  }
  return &e;
}

}  // namespace stemma::facts::word_memo

// Averaged-perceptron named-entity tagger (BIO over PER/ORG/LOC/MISC) with hashed features.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stemma::facts {

inline constexpr int kNumTags = 9;
// Tag ids: 0 = O, then B-/I- pairs for PER, ORG, LOC, MISC.
inline constexpr const char* kTagNames[kNumTags] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                    "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

// Open-addressing map from a non-zero 64-bit key to an index, built once (read-only lookups
// without the pointer chasing of std::unordered_map).
class FlatIndex {
 public:
  void Build(const std::vector<uint64_t>& keys);
  // Index of `key` in the vector given to Build, or -1.
  int64_t Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    if (key == 0) key = 1;  // 0 marks an empty slot
    size_t mask = slots_.size() - 1;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i].index;
      if (slots_[i].key == 0) return -1;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    int64_t index = -1;
  };
  std::vector<Slot> slots_;
  int shift_ = 64;
};

// Word-list classes of a lower-cased word: bit 1 = listed as a proper name, bit 2 = listed as
// a common word (from a spelling dictionary; see data/ATTRIBUTION.md).
class Lexicon {
 public:
  void Add(std::string_view word, uint8_t flags);
  uint8_t Flags(std::string_view word) const;
  void Serialize(std::string* out) const;
  bool Load(std::string_view data, size_t* pos);
  bool empty() const { return classes_.empty() && flags_.empty(); }

 private:
  std::unordered_map<uint32_t, uint8_t> classes_;  // hash of the lower-cased word -> flags
  FlatIndex index_;                                // frozen copy for lookups after Load
  std::vector<uint8_t> flags_;
};

// Hashed features of token i given the two previous tags. Writes at most kMaxFeatures.
inline constexpr int kMaxFeatures = 32;
int TaggerFeatures(const std::vector<std::string_view>& words, size_t i, int prev, int prev2,
                   const Lexicon& lexicon, uint64_t* out);

class NerTagger {
 public:
  using Weights = std::array<float, kNumTags>;

  // The model embedded in the binary (src/facts/data/ner.model); empty model if missing.
  static const NerTagger& Default();

  // Parses a serialized model; false on malformed input.
  bool Load(std::string_view data);
  std::string Serialize(float min_abs_weight) const;

  // Greedy left-to-right tagging of one sentence. Lower-case tokens after an O are O
  // without scoring (names are capitalised), which keeps tagging cheap.
  void Tag(const std::vector<std::string_view>& words, std::vector<uint8_t>* tags) const;

  // Training: one perceptron update for a sentence with gold tags; call Average() at the end.
  void TrainSentence(const std::vector<std::string_view>& words, const std::vector<uint8_t>& gold);
  void Average();
  bool empty() const { return weights_.empty() && frozen_weights_.empty(); }
  Lexicon* mutable_lexicon() { return &lexicon_; }

 private:
  int Predict(const uint64_t* feats, int n) const;

  Lexicon lexicon_;
  std::unordered_map<uint64_t, Weights> weights_;
  // After Load: the same weights in a flat index (used by Predict when non-empty).
  FlatIndex frozen_index_;
  std::vector<Weights> frozen_weights_;
  // Training state for averaging.
  std::unordered_map<uint64_t, Weights> totals_;
  std::unordered_map<uint64_t, std::array<int64_t, kNumTags>> stamps_;
  int64_t instances_ = 0;
};

}  // namespace stemma::facts

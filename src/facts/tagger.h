// Averaged-perceptron named-entity tagger (BIO over PER/ORG/LOC/MISC) with hashed features,
// Viterbi decoding and a second, document-level pass.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stemma::facts {

inline constexpr int kNumTags = 9;
// Tag ids: 0 = O, then B-/I- pairs for PER, ORG, LOC, MISC.
inline constexpr const char* kTagNames[kNumTags] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                    "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

// Training gold labels resolved against the prediction (NerTagger::TrainSentence).
inline constexpr uint8_t kUnknownTag = 255;     // any tag: follow the prediction
inline constexpr uint8_t kOutsideOrMisc = 254;  // O or MISC: follow a MISC prediction, else O

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

// Open-addressing table from a 64-bit feature key to its weights (weight * 1000 as int16), one
// 32-byte slot per key so a lookup touches one cache line. A 128 KB presence bitmap in front
// (one bit per key hash, set for every stored key) answers most lookups of absent features from
// the L2 cache, without touching the megabytes of slots; it never changes an answer.
class WeightTable {
 public:
  struct alignas(32) Slot {
    uint64_t key = 0;  // 0 marks an empty slot
    int16_t w[kNumTags] = {};
  };
  void Build(const std::vector<Slot>& entries);
  bool empty() const { return slots_.empty(); }
  // Adds to `sum` the weights of the keys of `keys` whose bit is set in `include` (absent keys
  // add nothing): first the bitmap for every key, starting the load of every key's slot (most
  // keys looked up are stored), then the probes of those the bitmap may hold.
  void AddWeights(const uint64_t* keys, int n, uint64_t include, int32_t* sum) const;

 private:
  static constexpr int kPresenceBits = 20;
  static uint64_t Hash(uint64_t key) { return (key == 0 ? 1 : key) * 0x9E3779B97F4A7C15ull; }
  // Bits 8.. of the hash (the slot index takes the top bits).
  bool MayHold(uint64_t h) const {
    const uint64_t bit = (h >> 8) & ((uint64_t{1} << kPresenceBits) - 1);
    return !present_.empty() && (present_[bit >> 6] >> (bit & 63)) & 1;
  }
  std::vector<Slot> slots_;
  std::vector<uint64_t> present_;
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

// Word clusters and name-context evidence learned from unlabelled news (data/clusters.bin,
// built by scripts/facts/build_clusters.py): a case-sensitive word hash -> packed ids of three
// k-means clusterings of skip-gram vectors (64, 256 and 1024 clusters; each id + 1, 0 =
// unknown) and gazetteer bits (the word often follows person / place / organisation cues);
// format SCLU2 adds per word 32 bits of WordNet name classes (scripts/facts/wordnet_gazetteer.py).
class WordClusters {
 public:
  // The table embedded in the binary; empty if missing or malformed.
  static const WordClusters& Default();

  // Accepts format SCLU1 (ids only) and SCLU2 (ids and WordNet bits).
  bool Load(std::string_view data);
  bool empty() const { return count_ == 0; }
  // Packed ids of `word` (exact case, else ASCII-lower-cased), 0 if unknown.
  uint32_t Find(std::string_view word) const { return static_cast<uint32_t>(FindAll(word)); }
  // Ids in the low 32 bits, WordNet bits in the high 32 bits (same lookup as Find).
  uint64_t FindAll(std::string_view word) const;
  static constexpr uint32_t kBoundary = 0xFFFFFFFF;  // before/after the sentence
  static uint32_t C64(uint32_t ids) { return (ids >> 20) & 127; }
  // Bits 0-2: person / place / organisation cues; bits 3-4: how often (0 = never, 3 = 100+).
  static uint32_t Gaz(uint32_t ids) { return ids >> 27; }
  static uint32_t C256(uint32_t ids) { return (ids >> 11) & 511; }
  static uint32_t C1024(uint32_t ids) { return ids & 2047; }
  // WordNet classes (bit c: 0 person, 1 location, 2 organisation, 3 structure) of `all`
  // (a FindAll result): the word as a one-word name, as the first / last / an inner token of
  // a longer name, as a common noun of the class (its head word: "university", "river"),
  // whether it is a WordNet common noun at all, and whether it is an adjective of origin.
  static uint32_t WnSingle(uint64_t all) { return (all >> 32) & 15; }
  static uint32_t WnFirst(uint64_t all) { return (all >> 36) & 15; }
  static uint32_t WnLast(uint64_t all) { return (all >> 40) & 15; }
  static uint32_t WnInner(uint64_t all) { return (all >> 44) & 15; }
  static uint32_t WnHead(uint64_t all) { return (all >> 48) & 15; }
  static uint32_t WnNoun(uint64_t all) { return (all >> 52) & 1; }
  // A capitalised adjective of a place ("French", "Texan").
  static uint32_t WnOrigin(uint64_t all) { return (all >> 53) & 1; }

 private:
  struct Slot {
    uint32_t hash = 0;  // 0 = empty
    uint32_t ids = 0;
    uint32_t wn = 0;
  };
  uint64_t Lookup(uint32_t hash) const;
  std::vector<Slot> slots_;
  size_t count_ = 0;
  int shift_ = 64;
};
std::string_view EmbeddedClusters();

// The word tables the features read (besides the lexicon), and optional per-token caches
// of cluster and lexicon lookups for the sentence (kUnset / kUnsetFlags until looked up; a
// word is the neighbour of up to four scored tokens, so this saves most lookups).
struct FeatureTables {
  static constexpr uint64_t kUnset = ~0ull;
  static constexpr uint8_t kUnsetFlags = 0xFF;
  const WordClusters* clusters = nullptr;
  uint64_t* cache = nullptr;         // FindAll results
  uint8_t* lexicon_cache = nullptr;  // Lexicon::Flags results
  uint64_t memo_model = 0;           // non-zero: look words up in word_memo under this model id
};

// Hashed features of token i that do not depend on the previous tag (at most kMaxFeatures),
// and the bases of the features conjoined with the previous tag (kPrevFeatures of them; the
// key for previous tag p is PrevFeature(base, p)). With one, that is the plain transition
// weight: more (previous tag x word shape) cost 0.4 F1 less than they cost in speed.
inline constexpr int kMaxFeatures = 64;
inline constexpr int kPrevFeatures = 1;
// `votes` (may be null) holds per token the document-level vote class (see DocumentVotes).
// `word_only` (may be null) gets a bit per feature of `out` that depends on words[i] alone
// (its text, lexicon classes and clusters), not on its position or neighbours.
using Words = std::span<const std::string_view>;
int TaggerFeatures(Words words, size_t i, const uint8_t* votes, const Lexicon& lexicon,
                   const FeatureTables& tables, uint64_t* out, uint64_t* prev_bases,
                   uint64_t* word_only = nullptr);

// Document-level label votes: for each token that may be a name, the entity class its other
// occurrences (same text) in the document got in a first tagging pass: 0 = no other
// occurrence, else 1 + majority class (0 = O, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC), plus 8 when
// they all agree. `tags` are the first-pass tags of `words`.
void DocumentVotes(Words words, std::span<const uint8_t> tags, std::vector<uint8_t>* votes);
inline uint64_t PrevFeature(uint64_t base, int prev) {
  return (base ^ (static_cast<uint64_t>(prev + 1) * 0x9E3779B97F4A7C15ull)) * 1099511628211ull;
}

class NerTagger {
 public:
  using Weights = std::array<float, kNumTags>;

  // The model embedded in the binary (src/facts/data/ner.model); empty model if missing.
  static const NerTagger& Default();
  // Tools only (facts_cli --ner-model, for dev-fold scoring of the whole stage): makes Default()
  // use this serialized model from now on. Call before any tagging; not thread-safe. False
  // (and no change) if malformed.
  static bool SetDefaultModel(std::string_view data);

  // Parses a serialized model; false on malformed input.
  bool Load(std::string_view data);
  std::string Serialize(float min_abs_weight) const;

  // Viterbi tagging of one sentence (first-order, BIO-consistent). Only tokens that start
  // with a capital, digit or non-ASCII byte, and up to two lower-case tokens after one while
  // the best path is inside a name ("Bank of England"), are scored; the rest are O, which
  // keeps tagging cheap.
  void Tag(Words words, std::vector<uint8_t>* tags) const;

  // Two-pass tagging of a whole document (sentences start at `starts`, ascending, first 0):
  // sentence-by-sentence, then again with the label votes of each word's other occurrences
  // as features, so a name is typed consistently across the document.
  void TagDocument(Words words, const std::vector<size_t>& starts,
                   std::vector<uint8_t>* tags) const;

  // Training: one perceptron update for a sentence with gold tags; call Average() at the end.
  // `votes` (may be null): document votes as in TagDocument's second pass; `rate` scales
  // the update (lower for less trusted data). Gold kUnknownTag / kOutsideOrMisc: see above.
  void TrainSentence(Words words, const std::vector<uint8_t>& gold, const uint8_t* votes = nullptr,
                     float rate = 1.0f);
  void Average();
  // Adds scale x the (trained, not loaded) weights of `other`: averaging taggers trained on
  // different sentence orders gives a steadier model (facts_train --ensemble).
  void Blend(const NerTagger& other, float scale);
  bool empty() const { return weights_.empty() && frozen_.empty(); }
  Lexicon* mutable_lexicon() { return &lexicon_; }
  // Word classes of the model (Lexicon::Flags: 1 proper name, 2 common word, 4 place word).
  const Lexicon& lexicon() const { return lexicon_; }
  // Cluster table used for features (default: the embedded one; null: no cluster features).
  // Must outlive the tagger and be the same at training and tagging time.
  void set_clusters(const WordClusters* clusters) {
    tables_.clusters = clusters;
    model_id_ = NewModelId();
  }

 private:
  // A process-wide unique id, taken whenever the model or its tables change (keys the
  // per-thread word sums of ScoreToken).
  static uint64_t NewModelId();
  // Adds the weights of `feats` to scores.
  void Score(const uint64_t* feats, int n, float* scores) const;
  // Sets out[p] to the weights of the transitions from previous tag p (keys PrevFeature(base,
  // p)); memoised per thread for the last model and base.
  void Transitions(uint64_t base, float (*out)[kNumTags]) const;
  // Score for the features of token `word`, `word_only` marking those of the word alone: their
  // sum is memoised in word_memo (exact: integer sums, added before the float scale).
  void ScoreToken(std::string_view word, const uint64_t* feats, int n, uint64_t word_only,
                  float* scores) const;
  // Viterbi over `words` with the current weights.
  // Per-token first-pass scores (static features only) kept for the second pass.
  struct EmitCache {
    float* emit;          // kNumTags per token
    uint64_t* bases;      // kPrevFeatures per token
    uint64_t* shape_key;  // the shape feature key, for the vote features
    uint8_t* valid;       // 1 where the token was scored in the first pass
    bool fill;            // true: first pass (fill), false: second pass (reuse)
  };
  void Decode(Words words, const uint8_t* votes, uint8_t* tags, EmitCache* cache) const;
  void Update(uint64_t key, int tag, float delta);

  Lexicon lexicon_;
  FeatureTables tables_{&WordClusters::Default()};
  std::unordered_map<uint64_t, Weights> weights_;
  // After Load: the same weights in a flat index (used by Predict when non-empty).
  WeightTable frozen_;
  uint64_t model_id_ = NewModelId();
  // Training state for averaging.
  std::unordered_map<uint64_t, Weights> totals_;
  std::unordered_map<uint64_t, std::array<int64_t, kNumTags>> stamps_;
  int64_t instances_ = 0;
};

}  // namespace stemma::facts

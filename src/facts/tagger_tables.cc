// The tagger's lookup tables: the frozen open-addressing indexes, the word lexicon and the
// word clusters, with their serialised forms.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "facts/tagger.h"
#include "facts/tagger_hash.h"

namespace stemma::facts {

void FlatIndex::Build(const std::vector<uint64_t>& keys) {
  size_t size = 16;
  shift_ = 60;
  while (size < keys.size() * 2) {
    size *= 2;
    --shift_;
  }
  slots_.assign(size, Slot{});
  for (size_t k = 0; k < keys.size(); ++k) {
    uint64_t key = keys[k] ? keys[k] : 1;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & (size - 1)) {
      if (slots_[i].key == 0 || slots_[i].key == key) {
        slots_[i] = Slot{key, static_cast<int64_t>(k)};
        break;
      }
    }
  }
}

void WeightTable::Build(const std::vector<Slot>& entries) {
  size_t size = 16;
  shift_ = 60;
  while (size * 2 < entries.size() * 3) {  // load factor at most 2/3
    size *= 2;
    --shift_;
  }
  slots_.assign(size, Slot{});
  present_.assign((size_t{1} << kPresenceBits) / 64, 0);
  for (const Slot& e : entries) {
    uint64_t key = e.key ? e.key : 1;
    const uint64_t bit = (Hash(key) >> 8) & ((uint64_t{1} << kPresenceBits) - 1);
    present_[bit >> 6] |= uint64_t{1} << (bit & 63);
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & (size - 1)) {
      if (slots_[i].key == 0 || slots_[i].key == key) {
        slots_[i] = e;
        slots_[i].key = key;
        break;
      }
    }
  }
}

void WeightTable::AddWeights(const uint64_t* keys, int n, uint64_t include, int32_t* sum) const {
  if (slots_.empty()) return;
  uint64_t cand_key[kMaxFeatures];
  size_t cand_slot[kMaxFeatures];
  int m = 0;
  for (int k = 0; k < n; ++k) {
    if (!(include >> k & 1)) continue;
    const uint64_t key = keys[k] ? keys[k] : 1;
    const uint64_t h = Hash(key);
    cand_key[m] = key;
    cand_slot[m] = h >> shift_;
    __builtin_prefetch(&slots_[cand_slot[m]]);
    m += MayHold(h);  // most keys are stored: no branch
  }
  // Eight weights at once (integer sums: the order does not change them), the ninth apart.
  using I16x8 = int16_t __attribute__((vector_size(16)));
  using I32x8 = int32_t __attribute__((vector_size(32)));
  static_assert(kNumTags == 9);
  I32x8 acc = {};
  int32_t last = 0;
  const size_t mask = slots_.size() - 1;
  for (int c = 0; c < m; ++c) {
    for (size_t i = cand_slot[c];; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.key == cand_key[c]) {
        I16x8 w;
        std::memcpy(&w, s.w, sizeof(w));
        acc += __builtin_convertvector(w, I32x8);
        last += s.w[8];
        break;
      }
      if (s.key == 0) break;
    }
  }
  for (int t = 0; t < 8; ++t) sum[t] += acc[t];
  sum[8] += last;
}

uint32_t LexiconHash(std::string_view w) { return static_cast<uint32_t>(Mix(kFnvOffset, w) >> 16); }

void Lexicon::Add(std::string_view word, uint8_t flags) { classes_[LexiconHash(word)] |= flags; }

uint8_t Lexicon::Flags(std::string_view word) const {
  if (!flags_.empty()) {
    int64_t k = index_.Find(LexiconHash(word));
    return k < 0 ? 0 : flags_[k];
  }
  if (classes_.empty()) return 0;
  auto it = classes_.find(LexiconHash(word));
  return it == classes_.end() ? 0 : it->second;
}

void Lexicon::Serialize(std::string* out) const {
  uint32_t count = static_cast<uint32_t>(classes_.size());
  out->append(reinterpret_cast<const char*>(&count), 4);
  for (const auto& [hash, flags] : classes_) {
    out->append(reinterpret_cast<const char*>(&hash), 4);
    out->push_back(static_cast<char>(flags));
  }
}

bool Lexicon::Load(std::string_view data, size_t* pos) {
  classes_.clear();
  if (*pos + 4 > data.size()) return false;
  uint32_t count;
  std::memcpy(&count, data.data() + *pos, 4);
  *pos += 4;
  if (count > (data.size() - *pos) / 5) return false;
  classes_.reserve(count);
  for (uint32_t k = 0; k < count; ++k) {
    uint32_t hash;
    std::memcpy(&hash, data.data() + *pos, 4);
    classes_[hash] = static_cast<uint8_t>(data[*pos + 4]);
    *pos += 5;
  }
  std::vector<uint64_t> keys;
  keys.reserve(classes_.size());
  flags_.clear();
  for (const auto& [hash, flags] : classes_) {
    keys.push_back(hash);
    flags_.push_back(flags);
  }
  index_.Build(keys);
  classes_.clear();
  return true;
}

uint64_t WordClusters::Lookup(uint32_t hash) const {
  if (hash == 0) hash = 1;
  size_t mask = slots_.size() - 1;
  for (size_t i = (hash * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0) return 0;
    if (s.hash == hash) return (static_cast<uint64_t>(s.wn) << 32) | s.ids;
  }
}

uint64_t WordClusters::FindAll(std::string_view word) const {
  if (count_ == 0) return 0;
  uint64_t all = Lookup(static_cast<uint32_t>(MixRaw(kFnvOffset, word) >> 16));
  if (static_cast<uint32_t>(all) != 0) return all;
  bool upper = false;
  for (unsigned char c : word) upper |= c >= 'A' && c <= 'Z';
  if (!upper) return all;
  // No cluster for this spelling: the lower-cased word's ids (and its WordNet bits unless
  // this spelling has its own).
  uint64_t lower = Lookup(static_cast<uint32_t>(Mix(kFnvOffset, word) >> 16));
  return (all >> 32 ? all : lower) | static_cast<uint32_t>(lower);
}

bool WordClusters::Load(std::string_view data) {
  slots_.clear();
  count_ = 0;
  if (data.size() < 10) return false;
  const bool v2 = data.substr(0, 6) == "SCLU2\n";
  if (!v2 && data.substr(0, 6) != "SCLU1\n") return false;
  const size_t entry = v2 ? 12 : 8;
  uint32_t count;
  std::memcpy(&count, data.data() + 6, 4);
  if (count > (data.size() - 10) / entry) return false;
  size_t size = 16;
  shift_ = 60;
  while (size * 2 < static_cast<size_t>(count) * 3) {  // load factor at most 2/3
    size *= 2;
    --shift_;
  }
  slots_.assign(size, Slot{});
  for (uint32_t k = 0; k < count; ++k) {
    const char* e = data.data() + 10 + entry * k;
    Slot slot;
    std::memcpy(&slot.hash, e, 4);
    std::memcpy(&slot.ids, e + 4, 4);
    if (v2) std::memcpy(&slot.wn, e + 8, 4);
    if (slot.hash == 0) slot.hash = 1;
    if (slot.ids == 0 && slot.wn == 0) continue;
    for (size_t i = (slot.hash * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & (size - 1)) {
      if (slots_[i].hash == 0 || slots_[i].hash == slot.hash) {
        slots_[i] = slot;
        break;
      }
    }
  }
  count_ = count;
  return true;
}

const WordClusters& WordClusters::Default() {
  static const WordClusters* clusters = [] {
    auto* c = new WordClusters();
    c->Load(EmbeddedClusters());
    return c;
  }();
  return *clusters;
}

}  // namespace stemma::facts

// Averaged perceptron tagger: features, greedy decoding, training updates and the model format.
#include "facts/tagger.h"

#include <cmath>
#include <cstring>

#include "facts/facts_internal.h"

namespace stemma::facts {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= (c >= 'A' && c <= 'Z') ? c + 32 : c;
    h *= kFnvPrime;
  }
  return h;
}
uint64_t MixRaw(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}
uint64_t Seed(uint64_t id) { return (kFnvOffset ^ (id * 0x9E3779B97F4A7C15ull)) * kFnvPrime; }

// Word shape, compressed: "Choe" -> "Xx", "NIS" -> "X", "2,000" -> "d,d", "Son-hui" -> "Xx-x".
void Shape(std::string_view w, char* buf, size_t cap) {
  size_t n = 0;
  char last = 0;
  for (unsigned char c : w) {
    char s = (c >= 'A' && c <= 'Z')   ? 'X'
             : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80              ? 'u'
                                      : static_cast<char>(c);
    if (s != last && n + 1 < cap) buf[n++] = s;
    last = s;
  }
  buf[n] = '\0';
}

constexpr std::string_view kStart = "<s>";
constexpr std::string_view kEnd = "</s>";

}  // namespace

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

int TaggerFeatures(const std::vector<std::string_view>& words, size_t i, int prev, int prev2,
                   const Lexicon& lexicon, uint64_t* out) {
  int n = 0;
  std::string_view w = words[i];
  std::string_view p1 = i >= 1 ? words[i - 1] : kStart;
  std::string_view p2 = i >= 2 ? words[i - 2] : kStart;
  std::string_view n1 = i + 1 < words.size() ? words[i + 1] : kEnd;
  std::string_view n2 = i + 2 < words.size() ? words[i + 2] : kEnd;
  char shape[16], shape_p[16], shape_n[16];
  Shape(w, shape, sizeof(shape));
  Shape(p1, shape_p, sizeof(shape_p));
  Shape(n1, shape_n, sizeof(shape_n));
  out[n++] = Seed(1);
  out[n++] = Mix(Seed(2), w);
  out[n++] = MixRaw(Seed(3), w);
  out[n++] = MixRaw(Seed(4), shape);
  out[n++] = Mix(Seed(5), w.substr(w.size() > 3 ? w.size() - 3 : 0));
  out[n++] = Mix(Seed(6), w.substr(0, 3));
  out[n++] = Mix(Seed(7), p1);
  out[n++] = Mix(Seed(8), n1);
  out[n++] = Mix(Seed(9), p2);
  out[n++] = Mix(Seed(10), n2);
  out[n++] = Seed(11) + static_cast<uint64_t>(prev);
  out[n++] = Seed(12) + static_cast<uint64_t>(prev * 16 + prev2);
  out[n++] = Mix(Seed(13) + static_cast<uint64_t>(prev), w);
  out[n++] = MixRaw(MixRaw(Seed(14), shape_p), shape);
  out[n++] = MixRaw(MixRaw(Seed(15), shape), shape_n);
  out[n++] = MixRaw(Seed(16) + static_cast<uint64_t>(prev), shape);
  out[n++] = Mix(Mix(Seed(17), p1), w);
  out[n++] = Mix(Mix(Seed(18), w), n1);
  out[n++] = Seed(19) + (i == 0 ? 1 : 0);
  out[n++] = Mix(Seed(20), w.substr(w.size() > 2 ? w.size() - 2 : 0));
  out[n++] = MixRaw(Seed(21), shape_n) + static_cast<uint64_t>(prev);
  out[n++] = Mix(Seed(27), w.substr(w.size() > 4 ? w.size() - 4 : 0));
  out[n++] = Mix(Mix(Seed(28), p1), n1);
  out[n++] = MixRaw(Mix(Seed(29), p1), shape);
  if (!lexicon.empty()) {
    uint64_t lw = lexicon.Flags(w), lp = i >= 1 ? lexicon.Flags(p1) : 4;
    uint64_t ln = i + 1 < words.size() ? lexicon.Flags(n1) : 4;
    out[n++] = MixRaw(Seed(22) + lw, shape);
    out[n++] = Seed(23) + lw * 8 + lp;
    out[n++] = Seed(24) + lw * 8 + ln;
    out[n++] = Seed(25) + lw * 16 + static_cast<uint64_t>(prev);
    out[n++] = Mix(Seed(26) + lw, w.substr(w.size() > 3 ? w.size() - 3 : 0));
  }
  return n;
}

int NerTagger::Predict(const uint64_t* feats, int n) const {
  float scores[kNumTags] = {0};
  if (!frozen_weights_.empty()) {
    for (int k = 0; k < n; ++k) {
      int64_t at = frozen_index_.Find(feats[k]);
      if (at < 0) continue;
      const Weights& w = frozen_weights_[at];
      for (int t = 0; t < kNumTags; ++t) scores[t] += w[t];
    }
    int best = 0;
    for (int t = 1; t < kNumTags; ++t) {
      if (scores[t] > scores[best]) best = t;
    }
    return best;
  }
  for (int k = 0; k < n; ++k) {
    auto it = weights_.find(feats[k]);
    if (it == weights_.end()) continue;
    for (int t = 0; t < kNumTags; ++t) scores[t] += it->second[t];
  }
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (scores[t] > scores[best]) best = t;
  }
  return best;
}

void NerTagger::Tag(const std::vector<std::string_view>& words, std::vector<uint8_t>* tags) const {
  tags->assign(words.size(), 0);
  uint64_t feats[kMaxFeatures];
  int prev = 0, prev2 = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    unsigned char c = words[i].empty() ? 0 : static_cast<unsigned char>(words[i][0]);
    bool maybe_name = (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9');
    int tag = 0;
    if (maybe_name || prev != 0) {
      int n = TaggerFeatures(words, i, prev, prev2, lexicon_, feats);
      tag = Predict(feats, n);
      // An I- tag must continue an entity of the same type.
      if (tag % 2 == 0 && tag != 0 && prev != tag && prev != tag - 1) tag -= 1;
    }
    (*tags)[i] = static_cast<uint8_t>(tag);
    prev2 = prev;
    prev = tag;
  }
}

void NerTagger::TrainSentence(const std::vector<std::string_view>& words,
                              const std::vector<uint8_t>& gold) {
  uint64_t feats[kMaxFeatures];
  int prev = 0, prev2 = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    ++instances_;
    int n = TaggerFeatures(words, i, prev, prev2, lexicon_, feats);
    int guess = Predict(feats, n);
    int truth = gold[i];
    if (truth == 255) truth = guess;  // unknown label: no update, follow the prediction
    if (guess != truth) {
      for (int k = 0; k < n; ++k) {
        Weights& w = weights_[feats[k]];
        Weights& tot = totals_[feats[k]];
        auto& st = stamps_[feats[k]];
        for (int t : {truth, guess}) {
          tot[t] += static_cast<float>(instances_ - st[t]) * w[t];
          st[t] = instances_;
          w[t] += t == truth ? 1.0f : -1.0f;
        }
      }
    }
    prev2 = prev;
    prev = truth;  // teacher forcing
  }
}

void NerTagger::Average() {
  for (auto& [key, w] : weights_) {
    Weights& tot = totals_[key];
    auto& st = stamps_[key];
    for (int t = 0; t < kNumTags; ++t) {
      tot[t] += static_cast<float>(instances_ - st[t]) * w[t];
      w[t] = instances_ ? tot[t] / static_cast<float>(instances_) : 0;
    }
  }
  totals_.clear();
  stamps_.clear();
}

// Format: "SNER2\n", the lexicon (uint32 count, then uint32 hash + uint8 flags each), uint32
// count, then per feature: uint64 key, uint16 mask, int16 per set bit
// (weight * 1000, little-endian as on every platform we build for).
std::string NerTagger::Serialize(float min_abs_weight) const {
  std::string out = "SNER2\n";
  lexicon_.Serialize(&out);
  std::string body;
  uint32_t count = 0;
  for (const auto& [key, w] : weights_) {
    uint16_t mask = 0;
    int16_t q[kNumTags];
    for (int t = 0; t < kNumTags; ++t) {
      float v = std::round(w[t] * 1000.0f);
      if (std::fabs(w[t]) < min_abs_weight || v == 0) continue;
      v = std::fmax(-32767.0f, std::fmin(32767.0f, v));
      q[t] = static_cast<int16_t>(v);
      mask |= static_cast<uint16_t>(1u << t);
    }
    if (!mask) continue;
    ++count;
    body.append(reinterpret_cast<const char*>(&key), 8);
    body.append(reinterpret_cast<const char*>(&mask), 2);
    for (int t = 0; t < kNumTags; ++t) {
      if (mask & (1u << t)) body.append(reinterpret_cast<const char*>(&q[t]), 2);
    }
  }
  out.append(reinterpret_cast<const char*>(&count), 4);
  out += body;
  return out;
}

bool NerTagger::Load(std::string_view data) {
  weights_.clear();
  if (data.size() < 10 || data.substr(0, 6) != "SNER2\n") return false;
  size_t pos = 6;
  if (!lexicon_.Load(data, &pos) || pos + 4 > data.size()) return false;
  uint32_t count;
  std::memcpy(&count, data.data() + pos, 4);
  pos += 4;
  weights_.reserve(count);
  for (uint32_t k = 0; k < count; ++k) {
    if (pos + 10 > data.size()) return false;
    uint64_t key;
    uint16_t mask;
    std::memcpy(&key, data.data() + pos, 8);
    std::memcpy(&mask, data.data() + pos + 8, 2);
    pos += 10;
    Weights w{};
    for (int t = 0; t < kNumTags; ++t) {
      if (!(mask & (1u << t))) continue;
      if (pos + 2 > data.size()) return false;
      int16_t q;
      std::memcpy(&q, data.data() + pos, 2);
      pos += 2;
      w[t] = static_cast<float>(q) / 1000.0f;
    }
    weights_.emplace(key, w);
  }
  std::vector<uint64_t> keys;
  keys.reserve(weights_.size());
  frozen_weights_.clear();
  for (const auto& [key, w] : weights_) {
    keys.push_back(key);
    frozen_weights_.push_back(w);
  }
  frozen_index_.Build(keys);
  weights_.clear();
  return true;
}

const NerTagger& NerTagger::Default() {
  static const NerTagger* tagger = [] {
    auto* t = new NerTagger();
    t->Load(EmbeddedNerModel());
    return t;
  }();
  return *tagger;
}

}  // namespace stemma::facts

// The tagger's training updates and averaging, the model format, and the default model.
#include <cmath>
#include <cstring>

#include "facts/facts_internal.h"
#include "facts/tagger.h"

namespace stemma::facts {

void NerTagger::Update(uint64_t key, int tag, float delta) {
  Weights& w = weights_[key];
  Weights& tot = totals_[key];
  auto& st = stamps_[key];
  tot[tag] += static_cast<float>(instances_ - st[tag]) * w[tag];
  st[tag] = instances_;
  w[tag] += delta;
}

void NerTagger::TrainSentence(Words words, const std::vector<uint8_t>& gold_in,
                              const uint8_t* votes, float rate) {
  std::vector<uint8_t> guess(words.size(), 0);
  Decode(words, votes, guess.data(), nullptr);
  std::vector<uint8_t> gold = gold_in;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i] == kUnknownTag) gold[i] = guess[i];
    if (gold[i] == kOutsideOrMisc) gold[i] = guess[i] >= 7 ? guess[i] : 0;  // no MISC in gold
  }
  instances_ += static_cast<int64_t>(words.size());
  if (guess == gold) return;
  uint64_t feats[kMaxFeatures], bases[kPrevFeatures];
  for (size_t i = 0; i < words.size(); ++i) {
    int g = gold[i], p = guess[i];
    int gp = i ? gold[i - 1] : 0, pp = i ? guess[i - 1] : 0;
    if (g == p && gp == pp) continue;
    int nf = TaggerFeatures(words, i, votes, lexicon_, tables_, feats, bases);
    if (g != p) {
      for (int k = 0; k < nf; ++k) {
        Update(feats[k], g, rate);
        Update(feats[k], p, -rate);
      }
    }
    for (int k = 0; k < kPrevFeatures; ++k) {
      Update(PrevFeature(bases[k], gp), g, rate);
      Update(PrevFeature(bases[k], pp), p, -rate);
    }
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

void NerTagger::Blend(const NerTagger& other, float scale) {
  for (const auto& [key, w] : other.weights_) {
    Weights& mine = weights_[key];
    for (int t = 0; t < kNumTags; ++t) mine[t] += scale * w[t];
  }
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
  model_id_ = NewModelId();
  if (data.size() < 10 || data.substr(0, 6) != "SNER2\n") return false;
  size_t pos = 6;
  if (!lexicon_.Load(data, &pos) || pos + 4 > data.size()) return false;
  uint32_t count;
  std::memcpy(&count, data.data() + pos, 4);
  pos += 4;
  if (count > (data.size() - pos) / 10) return false;
  std::vector<WeightTable::Slot> entries;
  entries.reserve(count);
  for (uint32_t k = 0; k < count; ++k) {
    if (pos + 10 > data.size()) return false;
    uint64_t key;
    uint16_t mask;
    std::memcpy(&key, data.data() + pos, 8);
    std::memcpy(&mask, data.data() + pos + 8, 2);
    pos += 10;
    int16_t q[kNumTags] = {0};
    for (int t = 0; t < kNumTags; ++t) {
      if (!(mask & (1u << t))) continue;
      if (pos + 2 > data.size()) return false;
      std::memcpy(&q[t], data.data() + pos, 2);
      pos += 2;
    }
    WeightTable::Slot& slot = entries.emplace_back();
    slot.key = key;
    std::memcpy(slot.w, q, sizeof(q));
  }
  frozen_.Build(entries);
  return true;
}

namespace {
NerTagger*& DefaultTagger() {
  static NerTagger* tagger = [] {
    auto* t = new NerTagger();
    t->Load(EmbeddedNerModel());
    return t;
  }();
  return tagger;
}
}  // namespace

const NerTagger& NerTagger::Default() { return *DefaultTagger(); }

bool NerTagger::SetDefaultModel(std::string_view data) {
  auto* t = new NerTagger();
  if (!t->Load(data)) {
    delete t;
    return false;
  }
  delete DefaultTagger();
  DefaultTagger() = t;
  return true;
}

}  // namespace stemma::facts

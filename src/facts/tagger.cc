// Averaged perceptron tagger: features, greedy decoding, training updates and the model format.
#include "facts/tagger.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
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

bool MaybeName(std::string_view w) {
  unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9');
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

int VoteFeatures(Words words, size_t i, const uint8_t* votes, uint64_t shape_key, uint64_t* out) {
  if (!votes) return 0;
  int n = 0;
  uint64_t vw = votes[i], vp = i >= 1 ? votes[i - 1] : 0;
  uint64_t vn = i + 1 < words.size() ? votes[i + 1] : 0;
  if (vw) {
    out[n++] = Seed(50) + vw;
    out[n++] = ((Seed(51) + vw) ^ shape_key) * kFnvPrime;
    out[n++] = Seed(52) + vw * 32 + vp;
    out[n++] = Seed(53) + vw * 32 + vn;
  }
  if (vp || vn) out[n++] = Seed(54) + vp * 32 + vn;
  return n;
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

int TaggerFeatures(Words words, size_t i, const uint8_t* votes, const Lexicon& lexicon,
                   const FeatureTables& tables, uint64_t* out, uint64_t* prev_bases) {
  const WordClusters* clusters = tables.clusters;
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
  out[n++] = MixRaw(MixRaw(Seed(14), shape_p), shape);
  out[n++] = MixRaw(MixRaw(Seed(15), shape), shape_n);
  out[n++] = Mix(Mix(Seed(17), p1), w);
  out[n++] = Mix(Mix(Seed(18), w), n1);
  out[n++] = Seed(19) + (i == 0 ? 1 : 0);
  out[n++] = Mix(Seed(20), w.substr(w.size() > 2 ? w.size() - 2 : 0));
  out[n++] = Mix(Mix(Seed(28), p1), n1);
  out[n++] = MixRaw(Mix(Seed(29), p1), shape);
  out[n++] = MixRaw(Mix(Seed(30), n1), shape);
  out[n++] = Mix(Seed(31), w.substr(0, 2));
  out[n++] = Mix(Seed(33), w.substr(w.size() > 1 ? w.size() - 1 : 0));
  out[n++] = MixRaw(MixRaw(MixRaw(Seed(34), shape_p), shape), shape_n);
  uint64_t lw = 0;
  if (!lexicon.empty()) {
    auto flags = [&](size_t k) -> uint64_t {
      if (!tables.lexicon_cache) return lexicon.Flags(words[k]);
      uint8_t& c = tables.lexicon_cache[k];
      if (c == FeatureTables::kUnsetFlags) c = lexicon.Flags(words[k]);
      return c;
    };
    lw = flags(i);
    uint64_t lp = i >= 1 ? flags(i - 1) : 8, ln = i + 1 < words.size() ? flags(i + 1) : 8;
    uint64_t lp2 = i >= 2 ? flags(i - 2) : 8, ln2 = i + 2 < words.size() ? flags(i + 2) : 8;
    out[n++] = MixRaw(Seed(22) + lw, shape);
    out[n++] = Seed(23) + lw * 16 + lp;
    out[n++] = Seed(24) + lw * 16 + ln;
    out[n++] = Mix(Seed(26) + lw, w.substr(w.size() > 3 ? w.size() - 3 : 0));
    out[n++] = Seed(39) + (lw * 16 + lp) * 16 + ln;
    out[n++] = MixRaw(Seed(40) + ln, shape_n) + lw * 131;
    out[n++] = MixRaw(Seed(41) + lp, shape_p) + lw * 131;
    out[n++] = Seed(42) + lp2 * 16 + lp;
    out[n++] = Seed(43) + ln * 16 + ln2;
    out[n++] = Mix(Seed(44) + lw, p1);
    out[n++] = Mix(Seed(45) + lw, n1);
  }
  if (clusters && !clusters->empty()) {
    using C = WordClusters;
    auto find = [&](size_t k) {
      if (!tables.cache) return clusters->FindAll(words[k]);
      if (tables.cache[k] == FeatureTables::kUnset) tables.cache[k] = clusters->FindAll(words[k]);
      return tables.cache[k];
    };
    const uint64_t aw = find(i), ap = i >= 1 ? find(i - 1) : 0;
    const uint64_t an = i + 1 < words.size() ? find(i + 1) : 0;
    uint32_t cw = static_cast<uint32_t>(aw);
    uint32_t cp = i >= 1 ? static_cast<uint32_t>(ap) : C::kBoundary;
    uint32_t cn = i + 1 < words.size() ? static_cast<uint32_t>(an) : C::kBoundary;
    out[n++] = Seed(60) + C::C1024(cw);
    out[n++] = Seed(61) + C::C256(cw);
    out[n++] = Seed(62) + C::C64(cw);
    out[n++] = Seed(64) + C::C256(cp);
    out[n++] = Seed(65) + C::C256(cn);
    out[n++] = Seed(66) + C::C1024(cp);
    out[n++] = Seed(67) + C::C1024(cn);
    out[n++] = Seed(68) + C::C64(cp) * 256 + C::C64(cw);
    out[n++] = Seed(69) + C::C64(cn) * 256 + C::C64(cw);
    // Gazetteer bits of the word, and of each neighbour paired with the word's.
    uint32_t gw = C::Gaz(cw), gp = cp == C::kBoundary ? 32 : C::Gaz(cp) & 7;
    uint32_t gn = cn == C::kBoundary ? 32 : C::Gaz(cn) & 7;
    out[n++] = Seed(70) + gw;
    out[n++] = Seed(72) + gp * 64 + (gw & 7);
    out[n++] = Seed(73) + gn * 64 + (gw & 7);
    out[n++] = Seed(78) + C::C256(cp) * 1024 + C::C256(cw);
    out[n++] = Seed(79) + C::C256(cn) * 1024 + C::C256(cw);
    // WordNet: the word's name classes by position, its head-noun class (with common-noun and
    // adjective-of-origin bits), the head-noun classes of the two words either side ("the
    // University of X", "X River"), and its one-word-name class with its news cue bits.
    out[n++] = Seed(80) + ((aw >> 32) & 0xFFFF);
    out[n++] = Seed(81) + C::WnHead(aw) * 4 + C::WnNoun(aw) * 2 + C::WnOrigin(aw);
    out[n++] = Seed(82) + (i >= 1 ? C::WnHead(ap) : 16) * 32 + C::WnHead(aw);
    out[n++] = Seed(83) + (i + 1 < words.size() ? C::WnHead(an) : 16) * 32 + C::WnHead(aw);
    const uint64_t ap2 = i >= 2 ? find(i - 2) : 0;
    const uint64_t an2 = i + 2 < words.size() ? find(i + 2) : 0;
    out[n++] = Seed(84) + (i >= 2 ? C::WnHead(ap2) : 16) * 32 + C::WnHead(ap);
    out[n++] = Seed(85) + (i + 2 < words.size() ? C::WnHead(an2) : 16) * 32 + C::WnHead(an);
    out[n++] = Seed(88) + C::WnSingle(aw) * 16 + (gw & 7);
  }
  n += VoteFeatures(words, i, votes, out[3], out + n);
  prev_bases[0] = Seed(11);
  return n;
}

void NerTagger::Score(const uint64_t* feats, int n, float* scores) const {
  if (!frozen_.empty()) {
    for (int k = 0; k < n; ++k) frozen_.Prefetch(feats[k]);
    int32_t sum[kNumTags] = {0};
    for (int k = 0; k < n; ++k) {
      const int16_t* w = frozen_.Find(feats[k]);
      if (w == nullptr) continue;
      for (int t = 0; t < kNumTags; ++t) sum[t] += w[t];
    }
    for (int t = 0; t < kNumTags; ++t) scores[t] += static_cast<float>(sum[t]) * 0.001f;
    return;
  }
  for (int k = 0; k < n; ++k) {
    auto it = weights_.find(feats[k]);
    if (it == weights_.end()) continue;
    for (int t = 0; t < kNumTags; ++t) scores[t] += it->second[t];
  }
}

namespace {


// I-X may only follow B-X or I-X.
bool Allowed(int prev, int tag) {
  return tag == 0 || tag % 2 == 1 || prev == tag || prev == tag - 1;
}

}  // namespace

void NerTagger::Decode(Words words, const uint8_t* votes, uint8_t* tags, EmitCache* cache) const {
  const size_t n = words.size();
  // back[i][t]: best previous tag; score[t]: best path score ending in t at the current token.
  std::vector<std::array<uint8_t, kNumTags>> back(n);
  float score[kNumTags], next[kNumTags];
  for (int t = 0; t < kNumTags; ++t) score[t] = t == 0 ? 0.0f : -1e30f;
  uint64_t feats[kMaxFeatures], bases[kPrevFeatures];
  thread_local std::vector<uint64_t> cluster_cache;
  thread_local std::vector<uint8_t> lexicon_cache;
  cluster_cache.assign(n, FeatureTables::kUnset);
  lexicon_cache.assign(n, FeatureTables::kUnsetFlags);
  FeatureTables tables = tables_;
  tables.cache = cluster_cache.data();
  tables.lexicon_cache = lexicon_cache.data();
  // The pure transition weights (prev_bases[0] is the same for every token).
  float transition[kNumTags][kNumTags] = {};
  bool have_transition = false;
  size_t since_name = 3;
  for (size_t i = 0; i < n; ++i) {
    since_name = MaybeName(words[i]) ? 0 : since_name + 1;
    // A lower-case word is scored only while the best path so far is inside a name.
    if (since_name > 0) {
      int best = 0;
      for (int t = 1; t < kNumTags; ++t) {
        if (score[t] > score[best]) best = t;
      }
      if (best == 0) since_name = 3;
    }
    if (since_name > 2) {
      // Forced O: carry the best path.
      int best = 0;
      for (int t = 1; t < kNumTags; ++t) {
        if (score[t] > score[best]) best = t;
      }
      back[i].fill(static_cast<uint8_t>(best));
      float s = score[best];
      for (int t = 0; t < kNumTags; ++t) score[t] = t == 0 ? s : -1e30f;
      continue;
    }
    float emit[kNumTags] = {0};
    if (cache && !cache->fill && cache->valid[i]) {
      // Second pass: the first pass's scores plus the vote features.
      std::memcpy(emit, &cache->emit[i * kNumTags], sizeof(emit));
      std::memcpy(bases, &cache->bases[i * kPrevFeatures], sizeof(bases));
      int nf = VoteFeatures(words, i, votes, cache->shape_key[i], feats);
      Score(feats, nf, emit);
    } else {
      int nf = TaggerFeatures(words, i, votes, lexicon_, tables, feats, bases);
      Score(feats, nf, emit);
      if (cache && cache->fill) {
        std::memcpy(&cache->emit[i * kNumTags], emit, sizeof(emit));
        std::memcpy(&cache->bases[i * kPrevFeatures], bases, sizeof(bases));
        cache->shape_key[i] = feats[3];
        cache->valid[i] = 1;
      }
    }
    for (int t = 0; t < kNumTags; ++t) next[t] = -1e30f;
    for (int p = 0; p < kNumTags; ++p) {
      if (score[p] <= -1e29f) continue;
      if (!have_transition) {
        for (int q = 0; q < kNumTags; ++q) {
          uint64_t key = PrevFeature(bases[0], q);
          Score(&key, 1, transition[q]);
        }
        have_transition = true;
      }
      float trans[kNumTags];
      std::memcpy(trans, transition[p], sizeof(trans));
      uint64_t pf[kPrevFeatures];
      for (int k = 1; k < kPrevFeatures; ++k) pf[k - 1] = PrevFeature(bases[k], p);
      if (kPrevFeatures > 1) Score(pf, kPrevFeatures - 1, trans);
      for (int t = 0; t < kNumTags; ++t) {
        if (!Allowed(p, t)) continue;
        float s = score[p] + emit[t] + trans[t];
        if (s > next[t]) {
          next[t] = s;
          back[i][t] = static_cast<uint8_t>(p);
        }
      }
    }
    std::memcpy(score, next, sizeof(score));
  }
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (score[t] > score[best]) best = t;
  }
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<uint8_t>(best);
    best = back[i][best];
  }
}

void NerTagger::Tag(Words words, std::vector<uint8_t>* tags) const {
  tags->assign(words.size(), 0);
  Decode(words, nullptr, tags->data(), nullptr);
}

void DocumentVotes(Words words, std::span<const uint8_t> tags, std::vector<uint8_t>* votes) {
  const size_t n = words.size();
  votes->assign(n, 0);
  // (hash of the text, class) of every token that may be a name, sorted to group occurrences.
  std::vector<std::pair<uint64_t, uint64_t>> keyed;
  for (size_t i = 0; i < n; ++i) {
    if (!MaybeName(words[i])) continue;
    int cls = tags[i] == 0 ? 0 : (tags[i] + 1) / 2;
    keyed.emplace_back(MixRaw(kFnvOffset, words[i]), static_cast<uint64_t>(i * 8 + cls));
  }
  std::sort(keyed.begin(), keyed.end());
  for (size_t a = 0; a < keyed.size();) {
    size_t b = a + 1;
    while (b < keyed.size() && keyed[b].first == keyed[a].first) ++b;
    if (b - a > 1) {
      int counts[5] = {0};
      for (size_t k = a; k < b; ++k) ++counts[keyed[k].second % 8];
      for (size_t k = a; k < b; ++k) {
        int own = static_cast<int>(keyed[k].second % 8);
        --counts[own];
        int best = 0;
        for (int c = 1; c < 5; ++c) {
          if (counts[c] > counts[best]) best = c;
        }
        bool unanimous = counts[best] == static_cast<int>(b - a - 1);
        (*votes)[keyed[k].second / 8] = static_cast<uint8_t>(1 + best + (unanimous ? 8 : 0));
        ++counts[own];
      }
    }
    a = b;
  }
}

void NerTagger::TagDocument(Words words, const std::vector<size_t>& starts,
                            std::vector<uint8_t>* tags) const {
  const size_t n = words.size();
  tags->assign(n, 0);
  // First-pass scores of every scored token, reused by the second pass.
  std::vector<float> emit(n * kNumTags);
  std::vector<uint64_t> bases(n * kPrevFeatures), shape_key(n);
  std::vector<uint8_t> valid(n, 0);
  for (size_t s = 0; s < starts.size(); ++s) {
    size_t end = s + 1 < starts.size() ? starts[s + 1] : n;
    EmitCache cache{emit.data() + starts[s] * kNumTags, bases.data() + starts[s] * kPrevFeatures,
                    shape_key.data() + starts[s], valid.data() + starts[s], true};
    Decode(words.subspan(starts[s], end - starts[s]), nullptr, tags->data() + starts[s], &cache);
  }
  std::vector<uint8_t> votes;
  DocumentVotes(words, *tags, &votes);
  for (size_t s = 0; s < starts.size(); ++s) {
    size_t end = s + 1 < starts.size() ? starts[s + 1] : n;
    // Only sentences where some word's other occurrences disagree with its first-pass class
    // can change much: the rest keep their first-pass tags.
    bool any = false;
    for (size_t i = starts[s]; i < end && !any; ++i) {
      int own = (*tags)[i] == 0 ? 0 : ((*tags)[i] + 1) / 2;
      any = votes[i] != 0 && (votes[i] & 7) - 1 != own;
    }
    if (any) {
      EmitCache cache{emit.data() + starts[s] * kNumTags, bases.data() + starts[s] * kPrevFeatures,
                      shape_key.data() + starts[s], valid.data() + starts[s], false};
      Decode(words.subspan(starts[s], end - starts[s]), votes.data() + starts[s],
             tags->data() + starts[s], &cache);
    }
  }
}

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
    if (gold[i] == 255) gold[i] = guess[i];  // unknown label: follow the prediction
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

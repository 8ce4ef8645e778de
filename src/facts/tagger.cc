// Averaged perceptron tagger: scoring, Viterbi decoding and the document-level second pass.
#include "facts/tagger.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "facts/tagger_hash.h"
#include "facts/word_memo.h"

namespace stemma::facts {
namespace {

bool MaybeName(std::string_view w) {
  unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9');
}

}  // namespace

uint64_t NerTagger::NewModelId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void NerTagger::Score(const uint64_t* feats, int n, float* scores) const {
  if (!frozen_.empty()) {
    int32_t sum[kNumTags] = {0};
    frozen_.AddWeights(feats, n, ~uint64_t{0}, sum);
    for (int t = 0; t < kNumTags; ++t) scores[t] += static_cast<float>(sum[t]) * 0.001f;
    return;
  }
  for (int k = 0; k < n; ++k) {
    auto it = weights_.find(feats[k]);
    if (it == weights_.end()) continue;
    for (int t = 0; t < kNumTags; ++t) scores[t] += it->second[t];
  }
}

void NerTagger::ScoreToken(std::string_view word, const uint64_t* feats, int n, uint64_t word_only,
                           float* scores) const {
  word_memo::Entry* memo = frozen_.empty() ? nullptr : word_memo::Slot(model_id_, word);
  if (memo == nullptr) {
    Score(feats, n, scores);
    return;
  }
  int32_t sum[kNumTags] = {0};
  if (memo->known & word_memo::kSum) {
    std::memcpy(sum, memo->sum, sizeof(sum));
  } else {
    frozen_.AddWeights(feats, n, word_only, sum);
    std::memcpy(memo->sum, sum, sizeof(sum));
    memo->known |= word_memo::kSum;
  }
  frozen_.AddWeights(feats, n, ~word_only, sum);
  for (int t = 0; t < kNumTags; ++t) scores[t] += static_cast<float>(sum[t]) * 0.001f;
}

void NerTagger::Transitions(uint64_t base, float (*out)[kNumTags]) const {
  thread_local uint64_t memo_model = 0, memo_base = 0;
  thread_local float memo[kNumTags][kNumTags];
  if (frozen_.empty() || memo_model != model_id_ || memo_base != base) {
    std::memset(out, 0, sizeof(memo));
    for (int q = 0; q < kNumTags; ++q) {
      uint64_t key = PrevFeature(base, q);
      Score(&key, 1, out[q]);
    }
    if (frozen_.empty()) return;
    memo_model = model_id_;
    memo_base = base;
    std::memcpy(memo, out, sizeof(memo));
  }
  std::memcpy(out, memo, sizeof(memo));
}

namespace {

// I-X may only follow B-X or I-X.
bool Allowed(int prev, int tag) {
  return tag == 0 || tag % 2 == 1 || prev == tag || prev == tag - 1;
}

using F8 = float __attribute__((vector_size(32)));
using I8 = int32_t __attribute__((vector_size(32)));
static_assert(kNumTags == 9);

// Allowed(p, t) for tags t = 0-7 as lane masks, per previous tag p.
struct AllowedLanes {
  I8 lanes[kNumTags];
  AllowedLanes() {
    for (int p = 0; p < kNumTags; ++p) {
      for (int t = 0; t < 8; ++t) lanes[p][t] = Allowed(p, t) ? -1 : 0;
    }
  }
};

// The best tag (the first on ties) of a score vector.
int BestTag(const float* score) {
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (score[t] > score[best]) best = t;
  }
  return best;
}

}  // namespace

void NerTagger::Decode(Words words, const uint8_t* votes, uint8_t* tags, EmitCache* cache) const {
  const size_t n = words.size();
  // back[i][t]: best previous tag; score[t]: best path score ending in t at the current token.
  thread_local std::vector<std::array<uint8_t, kNumTags>> back;
  back.assign(n, {});
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
  if (!frozen_.empty()) tables.memo_model = model_id_;
  // The pure transition weights (prev_bases[0] is the same for every token).
  float transition[kNumTags][kNumTags] = {};
  bool have_transition = false;
  size_t since_name = 3;
  bool only_o = true;  // score[1..] are all -1e30 (after a forced O)
  for (size_t i = 0; i < n; ++i) {
    since_name = MaybeName(words[i]) ? 0 : since_name + 1;
    // A lower-case word is scored only while the best path so far is inside a name.
    if (since_name > 0) {
      const int best = only_o && score[0] >= -1e30f ? 0 : BestTag(score);
      if (best == 0) since_name = 3;
      if (since_name > 2) {
        // Forced O: carry the best path.
        back[i].fill(static_cast<uint8_t>(best));
        float s = score[best];
        for (int t = 0; t < kNumTags; ++t) score[t] = t == 0 ? s : -1e30f;
        only_o = true;
        continue;
      }
    }
    only_o = false;
    float emit[kNumTags] = {0};
    if (cache && !cache->fill && cache->valid[i]) {
      // Second pass: the first pass's scores plus the vote features.
      std::memcpy(emit, &cache->emit[i * kNumTags], sizeof(emit));
      std::memcpy(bases, &cache->bases[i * kPrevFeatures], sizeof(bases));
      int nf = VoteFeatures(words, i, votes, cache->shape_key[i], feats);
      Score(feats, nf, emit);
    } else {
      uint64_t word_only = 0;
      int nf = TaggerFeatures(words, i, votes, lexicon_, tables, feats, bases, &word_only);
      ScoreToken(words[i], feats, nf, word_only, emit);
      if (cache && cache->fill) {
        std::memcpy(&cache->emit[i * kNumTags], emit, sizeof(emit));
        std::memcpy(&cache->bases[i * kPrevFeatures], bases, sizeof(bases));
        cache->shape_key[i] = feats[3];
        cache->valid[i] = 1;
      }
    }
    static const AllowedLanes kAllowed;
    // Tags 0-7 eight at once (each lane computes the scalar (score + emit) + trans), tag 8 apart.
    F8 emit8, next8 = F8{} - 1e30f;
    I8 back8 = {};
    std::memcpy(&emit8, emit, sizeof(emit8));
    next[8] = -1e30f;
    back[i][8] = 0;
    for (int p = 0; p < kNumTags; ++p) {
      if (score[p] <= -1e29f) continue;
      if (!have_transition) {
        Transitions(bases[0], transition);
        have_transition = true;
      }
      float trans[kNumTags];
      std::memcpy(trans, transition[p], sizeof(trans));
      uint64_t pf[kPrevFeatures];
      for (int k = 1; k < kPrevFeatures; ++k) pf[k - 1] = PrevFeature(bases[k], p);
      if (kPrevFeatures > 1) Score(pf, kPrevFeatures - 1, trans);
      F8 trans8;
      std::memcpy(&trans8, trans, sizeof(trans8));
      const F8 s8 = score[p] + emit8 + trans8;
      const I8 better = (s8 > next8) & kAllowed.lanes[p];
      next8 = better ? s8 : next8;
      back8 = better ? I8{} + p : back8;
      const float s = score[p] + emit[8] + trans[8];
      if (Allowed(p, 8) && s > next[8]) {
        next[8] = s;
        back[i][8] = static_cast<uint8_t>(p);
      }
    }
    std::memcpy(next, &next8, sizeof(next8));
    for (int t = 0; t < 8; ++t) back[i][t] = static_cast<uint8_t>(back8[t]);
    std::memcpy(score, next, sizeof(score));
  }
  int best = BestTag(score);
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
  // Occurrences of every token that may be a name, grouped by the hash of their text (an
  // open-addressing table of groups), with each group's class counts.
  struct Group {
    uint64_t hash;
    int counts[5];
    int size;
  };
  thread_local std::vector<uint32_t> table;  // group index + 1 (0 = empty)
  thread_local std::vector<Group> groups;
  thread_local std::vector<uint32_t> group_of;  // per token: group index + 1 (0 = none)
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  table.assign(cap, 0);
  groups.clear();
  group_of.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!MaybeName(words[i])) continue;
    const uint64_t h = MixRaw(kFnvOffset, words[i]);
    size_t slot = ((h * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
    while (table[slot] != 0 && groups[table[slot] - 1].hash != h) slot = (slot + 1) & (cap - 1);
    if (table[slot] == 0) {
      groups.push_back(Group{h, {0, 0, 0, 0, 0}, 0});
      table[slot] = static_cast<uint32_t>(groups.size());
    }
    Group& g = groups[table[slot] - 1];
    ++g.counts[tags[i] == 0 ? 0 : (tags[i] + 1) / 2];
    ++g.size;
    group_of[i] = table[slot];
  }
  for (size_t i = 0; i < n; ++i) {
    if (group_of[i] == 0 || groups[group_of[i] - 1].size < 2) continue;
    const Group& g = groups[group_of[i] - 1];
    int counts[5];
    std::memcpy(counts, g.counts, sizeof(counts));
    --counts[tags[i] == 0 ? 0 : (tags[i] + 1) / 2];
    int best = 0;
    for (int c = 1; c < 5; ++c) {
      if (counts[c] > counts[best]) best = c;
    }
    bool unanimous = counts[best] == g.size - 1;
    (*votes)[i] = static_cast<uint8_t>(1 + best + (unanimous ? 8 : 0));
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

}  // namespace stemma::facts

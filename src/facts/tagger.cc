// Averaged perceptron tagger: scoring, Viterbi decoding and the document-level second pass.
#include "facts/tagger.h"

#include <algorithm>
#include <cstring>

#include "facts/tagger_hash.h"

namespace stemma::facts {
namespace {

bool MaybeName(std::string_view w) {
  unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9');
}

}  // namespace

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

}  // namespace stemma::facts

// Saving and loading the story index, so that `analyze` adds new documents to the stories of the
// previous run instead of clustering the whole store again.
#include <algorithm>

#include "stories/cluster.h"
#include "stories/similarity.h"
#include "stories/state_io.h"
#include "stories/story_index.h"

namespace stemma::stories {
namespace {

constexpr uint32_t kMagic = 0x53544d53;  // "SMTS"
constexpr uint32_t kVersion = 2;

}  // namespace

void Vocabulary::Save(StateWriter* out) const {
  std::vector<const std::string*> keys(df_.size(), nullptr);
  for (const auto& [key, id] : ids_) keys[id] = &key;
  out->U32(documents_);
  out->U32(static_cast<uint32_t>(df_.size()));
  for (size_t id = 0; id < df_.size(); ++id) {
    out->Str(keys[id] ? *keys[id] : std::string());
    out->Str(display_[id]);
    out->U32(df_[id]);
  }
}

bool Vocabulary::Load(StateReader* in) {
  documents_ = in->U32();
  const uint32_t n = in->Count(12);
  ids_.clear();
  ids_.reserve(n);
  df_.resize(n);
  display_.resize(n);
  for (uint32_t id = 0; id < n && in->ok(); ++id) {
    ids_.emplace(in->Str(), id);
    display_[id] = in->Str();
    df_[id] = in->U32();
  }
  return in->ok() && ids_.size() == n;
}

void StoryClusterer::Save(StateWriter* out) const {
  out->U32(static_cast<uint32_t>(stories_.size()));
  for (const StoryState& s : stories_) {
    out->Vector(s.sum);
    out->Ints(s.members);
    out->I32(s.first_day);
    out->I32(s.last_day);
    out->U32((s.alive ? 1u : 0u) | (s.has_copies ? 2u : 0u));
  }
  // Postings keep their order (candidate ranking breaks ties by story, but lists hold the dead).
  out->U32(static_cast<uint32_t>(postings_.size()));
  for (const auto& [term, list] : postings_) {
    out->U32(term);
    out->Ints(list);
  }
  out->U32(static_cast<uint32_t>(copy_parent_.size()));
  for (const auto& [doc, parent] : copy_parent_) out->I32(doc), out->I32(parent);
  out->U32(static_cast<uint32_t>(profiles_.size()));
  for (const auto& [doc, profile] : profiles_) {
    out->I32(doc);
    out->Vector(profile.first);
    out->I32(profile.second);
  }
}

bool StoryClusterer::Load(StateReader* in) {
  const uint32_t n = in->Count(20);
  stories_.assign(n, StoryState{});
  story_of_.clear();
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    StoryState& s = stories_[i];
    s.sum = in->Vector();
    s.normalised = s.sum;
    Normalise(&s.normalised);
    s.members = in->Ints();
    s.first_day = in->I32();
    s.last_day = in->I32();
    const uint32_t bits = in->U32();
    s.alive = bits & 1u;
    s.has_copies = bits & 2u;
    if (s.alive == s.members.empty()) in->Fail();  // live stories have members, dead ones none
    for (int doc : s.members) story_of_[doc] = static_cast<int>(i);
  }
  postings_.clear();
  for (uint32_t i = 0, terms = in->Count(8); i < terms && in->ok(); ++i) {
    const uint32_t term = in->U32();
    postings_[term] = in->Ints();
  }
  copy_parent_.clear();
  for (uint32_t i = 0, links = in->Count(8); i < links && in->ok(); ++i) {
    const int doc = in->I32();
    copy_parent_[doc] = in->I32();
  }
  profiles_.clear();
  for (uint32_t i = 0, docs = in->Count(12); i < docs && in->ok(); ++i) {
    const int doc = in->I32();
    SparseVector vector = in->Vector();
    profiles_[doc] = {std::move(vector), in->I32()};
  }
  changed_.assign(stories_.size(), 0);
  if (!in->ok()) return false;
  // Indexes that point outside the state would be read out of bounds later: refuse them.
  for (const auto& [term, list] : postings_) {
    for (int story : list) {
      if (story < 0 || static_cast<size_t>(story) >= stories_.size()) return false;
    }
  }
  for (const auto& [doc, parent] : copy_parent_) {
    if (!profiles_.count(doc) || !profiles_.count(parent)) return false;
  }
  for (const auto& [doc, story] : story_of_) {
    if (!profiles_.count(doc)) return false;
  }
  return true;
}

bool StoryClusterer::Within(size_t documents, size_t terms) const {
  auto term_ok = [&](const SparseVector& v) {
    return std::all_of(v.begin(), v.end(), [&](const TermWeight& t) { return t.term < terms; });
  };
  for (const StoryState& s : stories_) {
    if (!term_ok(s.sum)) return false;
  }
  for (const auto& [doc, profile] : profiles_) {
    if (doc < 0 || static_cast<size_t>(doc) >= documents || !term_ok(profile.first)) return false;
  }
  return true;
}

std::string StoryIndex::Save() const {
  StateWriter out;
  out.U32(kMagic);
  out.U32(kVersion);
  out.U32(static_cast<uint32_t>(vector_terms_));
  vocabulary_.Save(&out);
  clusterer_.Save(&out);
  out.U32(static_cast<uint32_t>(ids_.size()));
  for (size_t i = 0; i < ids_.size(); ++i) {
    out.Str(ids_[i]);
    out.Vector(profiles_[i].vector);
    out.I32(profiles_[i].anchor_day);
  }
  out.U32(static_cast<uint32_t>(unique_owner_.size()));
  for (const auto& [term, doc] : unique_owner_) out.U32(term), out.U32(doc);
  return out.Take();
}

bool StoryIndex::Load(std::string_view bytes) {
  StateReader in(bytes);
  if (in.U32() != kMagic || in.U32() != kVersion || in.U32() != vector_terms_) return false;
  if (!vocabulary_.Load(&in) || !clusterer_.Load(&in)) return false;
  const uint32_t n = in.Count(16);
  ids_.assign(n, std::string());
  profiles_.assign(n, DocumentProfile{});
  index_of_.clear();
  for (uint32_t i = 0; i < n && in.ok(); ++i) {
    ids_[i] = in.Str();
    profiles_[i].vector = in.Vector();
    profiles_[i].anchor_day = in.I32();
    index_of_.try_emplace(ids_[i], i);
  }
  unique_owner_.clear();
  for (uint32_t i = 0, terms = in.Count(8); i < terms && in.ok(); ++i) {
    const uint32_t term = in.U32(), doc = in.U32();
    if (term >= vocabulary_.size() || doc >= n) in.Fail();
    unique_owner_[term] = doc;
  }
  if (!in.ok() || !in.done()) return false;
  // Every document the clusterer knows must be one of ours, and every term a known one.
  if (!clusterer_.Within(n, vocabulary_.size())) return false;
  for (size_t i = 0; i < n; ++i) {
    if (clusterer_.StoryOf(static_cast<int>(i)) < 0) return false;
    for (const TermWeight& t : profiles_[i].vector) {
      if (t.term >= vocabulary_.size()) return false;
    }
  }
  return true;
}

}  // namespace stemma::stories

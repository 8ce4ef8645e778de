#include "stories/cluster.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace stemma::stories {
namespace {

SparseVector Heaviest(const SparseVector& v, size_t n) {
  SparseVector top = v;
  KeepTop(&top, n);
  return top;
}

using LeadCounts = std::vector<std::pair<uint32_t, int>>;

// The lead of more than half of the members that have one, and of at least half of all
// members; kNoTerm if none.
uint32_t DominantLead(const LeadCounts& leads, size_t members) {
  int with_lead = 0;
  for (const auto& [term, n] : leads) with_lead += n;
  for (const auto& [term, n] : leads) {
    if (2 * n > with_lead && 2 * static_cast<size_t>(n) >= members) return term;
  }
  return kNoTerm;
}

// Adds `delta` members with lead `term` (sorted by term; entries that reach 0 go).
void AddLead(LeadCounts* leads, uint32_t term, int delta) {
  auto it = std::lower_bound(leads->begin(), leads->end(), std::make_pair(term, INT32_MIN));
  if (it == leads->end() || it->first != term) it = leads->insert(it, {term, 0});
  it->second += delta;
  if (it->second <= 0) leads->erase(it);
}

// Whether fewer than a quarter of the members with a lead in `leads` have `term`.
bool Rare(const LeadCounts& leads, uint32_t term) {
  int with_lead = 0, with_term = 0;
  for (const auto& [t, n] : leads) {
    with_lead += n;
    if (t == term) with_term = n;
  }
  return 4 * with_term < with_lead;
}

}  // namespace

double StoryClusterer::TimeFactor(int day, int first, int last) const {
  if (day == kNoDay || first == kNoDay) return 1.0;
  const int gap = day < first ? first - day : (day > last ? day - last : 0);
  if (gap <= options_.close_days) return 1.1;
  if (gap <= options_.far_days) return 1.0;
  return gap > 365 ? 0.15 : 0.25;  // another moment: only near-copies still join
}

void StoryClusterer::CountLead(StoryState* s, const SparseVector& vector, int delta) const {
  if (!s->leads_valid) return;
  if (vocabulary_ == nullptr) {
    s->leads_valid = false;  // counted once a vocabulary tells the markers
    return;
  }
  const uint32_t lead = LeadOf(vector, *vocabulary_);
  if (lead != kNoTerm) AddLead(&s->leads, lead, delta);
}

const LeadCounts& StoryClusterer::Leads(int story) const {
  const StoryState& s = stories_[story];
  if (!s.leads_valid) {
    s.leads.clear();
    if (vocabulary_ != nullptr) {
      for (int d : s.members) {
        auto p = profiles_.find(d);
        if (p == profiles_.end()) continue;
        const uint32_t lead = LeadOf(p->second.first, *vocabulary_);
        if (lead != kNoTerm) AddLead(&s.leads, lead, 1);
      }
    }
    s.leads_valid = true;
  }
  return s.leads;
}

double StoryClusterer::LeadFactor(const LeadCounts& a, size_t a_members, const LeadCounts& b,
                                  size_t b_members) const {
  if (options_.lead_conflict >= 1.0 || a.empty() || b.empty()) return 1.0;
  const uint32_t lead_a = DominantLead(a, a_members), lead_b = DominantLead(b, b_members);
  if (lead_a == kNoTerm || lead_b == kNoTerm || lead_a == lead_b) return 1.0;
  return Rare(a, lead_b) && Rare(b, lead_a) ? options_.lead_conflict : 1.0;
}

double StoryClusterer::LeadFactor(int doc, int story) const {
  auto p = profiles_.find(doc);
  if (vocabulary_ == nullptr || p == profiles_.end() || story < 0 ||
      static_cast<size_t>(story) >= stories_.size()) {
    return 1.0;
  }
  const uint32_t lead = LeadOf(p->second.first, *vocabulary_);
  if (lead == kNoTerm) return 1.0;
  LeadCounts rest = Leads(story);
  size_t members = stories_[story].members.size();
  if (StoryOf(doc) == story) {  // without `doc` itself
    --members;
    for (auto& [term, n] : rest) n -= term == lead;
  }
  return LeadFactor({{lead, 1}}, 1, rest, members);
}

std::vector<int> StoryClusterer::Candidates(const SparseVector& vector, size_t limit) const {
  const SparseVector query = Heaviest(vector, options_.query_terms);
  // Dense scratch scores indexed by story: no hashing or allocation per posting.
  score_.resize(stories_.size(), 0.0f);
  touched_.clear();
  for (const TermWeight& t : query) {
    auto it = postings_.find(t.term);
    if (it == postings_.end() || it->second.size() > options_.max_postings) continue;
    for (int story : it->second) {
      if (!stories_[story].alive) continue;
      if (score_[story] == 0.0f) touched_.push_back(story);
      score_[story] += t.weight;
    }
  }
  std::vector<std::pair<float, int>> ranked;
  ranked.reserve(touched_.size());
  for (int story : touched_) {
    ranked.push_back({score_[story], story});
    score_[story] = 0.0f;
  }
  const size_t n = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::vector<int> result;
  for (size_t i = 0; i < n; ++i) result.push_back(ranked[i].second);
  return result;
}

double StoryClusterer::Similarity(const DocumentProfile& profile, int story,
                                  bool time_penalty) const {
  const StoryState& s = stories_[story];
  double sim = Dot(profile.vector, s.normalised);
  if (time_penalty) {
    sim *= TimeFactor(profile.anchor_day, s.first_day, s.last_day);
    // Only where time cannot tell two events apart: a document or story with no date.
    if (vocabulary_ != nullptr && (profile.anchor_day == kNoDay || s.first_day == kNoDay)) {
      const uint32_t lead = LeadOf(profile.vector, *vocabulary_);
      if (lead != kNoTerm) sim *= LeadFactor({{lead, 1}}, 1, Leads(story), s.members.size());
    }
  }
  return sim;
}

void StoryClusterer::Index(int story, const SparseVector& before) {
  const SparseVector& now = stories_[story].sum;
  size_t i = 0;
  for (const TermWeight& t : now) {
    while (i < before.size() && before[i].term < t.term) ++i;
    if (i < before.size() && before[i].term == t.term) continue;
    postings_[t.term].push_back(story);
  }
}

void StoryClusterer::AddToStory(int story, int doc, const SparseVector& vector, int day) {
  StoryState& s = stories_[story];
  SparseVector before = std::move(s.sum);
  s.sum = AddVectors(before, vector, 1.0f);
  KeepTop(&s.sum, options_.centroid_terms);
  s.normalised = s.sum;
  Normalise(&s.normalised);
  Index(story, before);
  if (s.members.empty()) {
    s.leads.clear();
    s.leads_valid = true;
  }
  s.members.push_back(doc);
  s.units_valid = false;
  CountLead(&s, vector, 1);
  s.has_copies |= copy_parent_.count(doc) > 0;
  if (changed_.size() <= static_cast<size_t>(story)) changed_.resize(story + 1, 0);
  changed_[story] = 1;
  if (day != kNoDay) {
    s.first_day = s.first_day == kNoDay ? day : std::min(s.first_day, day);
    s.last_day = s.last_day == kNoDay ? day : std::max(s.last_day, day);
  }
  story_of_[doc] = story;
}

int StoryClusterer::Add(int doc, const DocumentProfile& profile) {
  profiles_[doc] = {profile.vector, profile.anchor_day};
  int best = -1;
  double best_sim = options_.join_threshold;
  for (int story : Candidates(profile.vector, options_.max_candidates)) {
    const double sim = Similarity(profile, story, true);
    if (sim >= best_sim) best = story, best_sim = sim;
  }
  if (best < 0) {
    best = static_cast<int>(stories_.size());
    stories_.emplace_back();
  }
  AddToStory(best, doc, profile.vector, profile.anchor_day);
  return best;
}

void StoryClusterer::Replace(int doc, const SparseVector& vector) {
  const int story = StoryOf(doc);
  if (story < 0) return;
  SparseVector& old = profiles_[doc].first;
  StoryState& s = stories_[story];
  SparseVector before = std::move(s.sum);
  s.sum = AddVectors(AddVectors(before, old, -1.0f), vector, 1.0f);
  KeepTop(&s.sum, options_.centroid_terms);
  s.normalised = s.sum;
  Normalise(&s.normalised);
  Index(story, before);
  s.units_valid = false;
  CountLead(&s, old, -1);
  CountLead(&s, vector, 1);
  if (changed_.size() <= static_cast<size_t>(story)) changed_.resize(story + 1, 0);
  changed_[story] = 1;
  old = vector;
}

void StoryClusterer::MoveTo(int doc, int other) {
  const int from = StoryOf(doc), to = StoryOf(other);
  if (from < 0 || to < 0 || from == to) return;
  const auto& [vector, day] = profiles_[doc];
  StoryState& old = stories_[from];
  old.members.erase(std::remove(old.members.begin(), old.members.end(), doc), old.members.end());
  old.sum = AddVectors(old.sum, vector, -1.0f);
  old.normalised = old.sum;
  Normalise(&old.normalised);
  old.units_valid = false;
  CountLead(&old, vector, -1);
  if (old.members.empty()) old.alive = false;
  if (day != kNoDay && (day == old.first_day || day == old.last_day)) {
    // The story's dates are its remaining members' (a copy moved out takes its date along).
    old.first_day = old.last_day = kNoDay;
    for (int d : old.members) {
      auto p = profiles_.find(d);
      const int member_day = p == profiles_.end() ? kNoDay : p->second.second;
      if (member_day == kNoDay) continue;
      old.first_day = old.first_day == kNoDay ? member_day : std::min(old.first_day, member_day);
      old.last_day = old.last_day == kNoDay ? member_day : std::max(old.last_day, member_day);
    }
  }
  // Both stories changed: the one left behind may now reach other stories.
  if (changed_.size() <= static_cast<size_t>(from)) changed_.resize(from + 1, 0);
  changed_[from] = 1;
  AddToStory(to, doc, vector, day);
}

double StoryClusterer::SimilarityWithout(int doc, int story) const {
  auto p = profiles_.find(doc);
  if (p == profiles_.end() || story < 0 || static_cast<size_t>(story) >= stories_.size()) return 0;
  const StoryState& s = stories_[story];
  const SparseVector& vector = p->second.first;
  if (StoryOf(doc) != story) return Dot(vector, s.normalised);
  if (s.members.size() <= 1) return 0;
  SparseVector rest = AddVectors(s.sum, vector, -1.0f);
  Normalise(&rest);
  return Dot(vector, rest);
}

int StoryClusterer::CopyRoot(int doc) const {
  auto it = copy_parent_.find(doc);
  while (it != copy_parent_.end() && it->second != doc) {
    auto up = copy_parent_.find(it->second);
    if (up != copy_parent_.end()) it->second = up->second;  // path halving, no recursion
    doc = it->second;
    it = copy_parent_.find(doc);
  }
  return doc;
}

void StoryClusterer::LinkCopies(int doc, int other) {
  if (doc == other || StoryOf(doc) < 0 || StoryOf(other) < 0) return;
  copy_parent_.try_emplace(doc, doc);
  copy_parent_.try_emplace(other, other);
  const int a = CopyRoot(doc), b = CopyRoot(other);
  if (a != b) copy_parent_[std::max(a, b)] = std::min(a, b);
  for (int d : {doc, other}) {
    StoryState& s = stories_[StoryOf(d)];
    s.has_copies = true;
    s.units_valid = false;
    if (changed_.size() < stories_.size()) changed_.resize(stories_.size(), 0);
    changed_[StoryOf(d)] = 1;
  }
}

const SparseVector& StoryClusterer::UnitSum(int story, size_t* units) const {
  const StoryState& s = stories_[story];
  if (!s.has_copies) {
    *units = s.members.size();
    return s.sum;
  }
  if (!s.units_valid) {
    // Members grouped by copy root: each group adds its normalised sum once.
    std::vector<std::pair<int, int>> by_root;  // root, member
    by_root.reserve(s.members.size());
    for (int d : s.members) by_root.push_back({CopyRoot(d), d});
    std::sort(by_root.begin(), by_root.end());
    SparseVector total, group;
    size_t count = 0;
    for (size_t i = 0; i < by_root.size();) {
      group.clear();
      size_t j = i;
      for (; j < by_root.size() && by_root[j].first == by_root[i].first; ++j) {
        auto p = profiles_.find(by_root[j].second);
        if (p != profiles_.end()) group = AddVectors(group, p->second.first, 1.0f);
      }
      Normalise(&group);
      total = AddVectors(total, group, 1.0f);
      ++count;
      i = j;
    }
    KeepTop(&total, options_.centroid_terms);
    s.unit_sum = std::move(total);
    s.units = count;
    s.units_valid = true;
  }
  *units = s.units;
  return s.unit_sum;
}

void StoryClusterer::Absorb(int into, int from) {
  StoryState& a = stories_[into];
  StoryState& b = stories_[from];
  SparseVector before = std::move(a.sum);
  a.sum = AddVectors(before, b.sum, 1.0f);
  KeepTop(&a.sum, options_.centroid_terms);
  a.normalised = a.sum;
  Normalise(&a.normalised);
  Index(into, before);
  for (int doc : b.members) story_of_[doc] = into;
  a.members.insert(a.members.end(), b.members.begin(), b.members.end());
  a.units_valid = false;
  if (a.leads_valid && b.leads_valid) {
    for (const auto& [term, n] : b.leads) AddLead(&a.leads, term, n);
  } else {
    a.leads_valid = false;
  }
  a.has_copies |= b.has_copies;
  if (b.first_day != kNoDay) {
    a.first_day = a.first_day == kNoDay ? b.first_day : std::min(a.first_day, b.first_day);
    a.last_day = a.last_day == kNoDay ? b.last_day : std::max(a.last_day, b.last_day);
  }
  b = StoryState{};
  b.alive = false;
}

double StoryClusterer::LinkSimilarity(int x, int y, bool average_link, bool use_time) const {
  const StoryState& a = stories_[x];
  const StoryState& b = stories_[y];
  // Average link: the mean cosine between members of the two stories (sums of unit vectors).
  double sim = 0;
  if (average_link) {
    size_t na = 0, nb = 0;
    const SparseVector& sa = UnitSum(x, &na);
    const SparseVector& sb = UnitSum(y, &nb);
    sim = na == 0 || nb == 0 ? 0 : Dot(sa, sb) / (static_cast<double>(na) * nb);
  } else {
    sim = Dot(a.normalised, b.normalised);
  }
  if (use_time && a.first_day != kNoDay && b.first_day != kNoDay) {
    const int mid = a.first_day + (a.last_day - a.first_day) / 2;
    sim *= TimeFactor(mid, b.first_day, b.last_day);
  }
  if (use_time && (a.first_day == kNoDay || b.first_day == kNoDay)) {
    sim *= LeadFactor(Leads(x), a.members.size(), Leads(y), b.members.size());
  }
  return sim;
}

int StoryClusterer::Merge(double threshold, bool average_link, bool use_time,
                          bool only_changed) {
  // Best-first rounds: all candidate pairs above the threshold, most similar first, each story
  // merged at most once per round; only stories touched in a round are looked at again.
  std::vector<char> dirty(stories_.size(), 1);
  if (only_changed) {
    changed_.resize(stories_.size(), 0);
    dirty = changed_;
  }
  changed_.assign(stories_.size(), 0);
  int merges = 0;
  for (int round = 0; round < 64; ++round) {
    std::vector<std::tuple<double, int, int>> pairs;
    for (size_t s = 0; s < stories_.size(); ++s) {
      if (!dirty[s] || !stories_[s].alive) continue;
      for (int c : Candidates(stories_[s].normalised, options_.max_candidates)) {
        if (c == static_cast<int>(s)) continue;
        const double sim = LinkSimilarity(static_cast<int>(s), c, average_link, use_time);
        if (sim >= threshold) pairs.emplace_back(sim, std::min<int>(s, c), std::max<int>(s, c));
      }
    }
    if (pairs.empty()) break;
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    std::fill(dirty.begin(), dirty.end(), 0);
    // A story merges only through its best pair of the round (pairs come best first), so a
    // blocked best match is retried next round instead of settling for a worse one.
    std::vector<char> seen(stories_.size(), 0);
    for (const auto& [sim, x, y] : pairs) {
      if (!stories_[x].alive || !stories_[y].alive) continue;
      if (seen[x] || seen[y]) {
        seen[x] = seen[y] = 1;
        dirty[x] = dirty[y] = 1;  // look again next round, against the merged story
        continue;
      }
      const bool keep_x = stories_[x].members.size() >= stories_[y].members.size();
      const int into = keep_x ? x : y;
      Absorb(into, keep_x ? y : x);
      seen[x] = seen[y] = dirty[into] = 1;
      ++merges;
    }
  }
  return merges;
}

std::vector<std::vector<int>> StoryClusterer::Stories() const {
  std::vector<std::vector<int>> out;
  for (const StoryState& s : stories_) {
    if (!s.alive || s.members.empty()) continue;
    std::vector<int> members = s.members;
    std::sort(members.begin(), members.end());
    out.push_back(std::move(members));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
  return out;
}

int StoryClusterer::StoryOf(int doc) const {
  auto it = story_of_.find(doc);
  return it == story_of_.end() ? -1 : it->second;
}

}  // namespace stemma::stories

// Online story clustering: each document joins the most similar existing story above a
// threshold or opens a new one; a merge pass then joins stories whose centroids agree.
//
// Candidate stories come from an inverted index over the heaviest terms of each story centroid,
// so a document is compared with a few dozen stories, never with every document. Adding a batch
// later (Add after Merge) continues from the current state: no full recompute.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "stories/similarity.h"

namespace stemma::stories {

struct ClusterOptions {
  double join_threshold = 0.40;   // document-to-centroid cosine to join a story
  double merge_threshold = 0.20;  // mean member-to-member cosine to merge two stories
  int close_days = 3;             // dates this close count as the same moment
  int far_days = 45;              // beyond this, similarity is damped (different event)
  size_t centroid_terms = 150;
  size_t query_terms = 20;
  size_t max_candidates = 24;
  size_t max_postings = 500;  // terms in more story centroids than this are too common to use
  // Similarity factor between a document or story about one person and a story about another
  // (lead-person markers, TermCounts::lead) when one side has no date: two events of one kind
  // happen to different people. With dates on both sides, the dates decide.
  double lead_conflict = 0.5;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(ClusterOptions options = {}) : options_(options) {}

  // The vocabulary that tells lead-person marker terms (Vocabulary::IsLead); without one, or
  // with lead_conflict >= 1, leads are ignored. Must outlive the calls that follow.
  void SetVocabulary(const Vocabulary* vocabulary) { vocabulary_ = vocabulary; }

  // Assigns document `doc` (an index chosen by the caller) and returns its story index.
  int Add(int doc, const DocumentProfile& profile);
  // Gives `doc` a new vector (its terms were re-weighed), updating its story's centroid.
  void Replace(int doc, const SparseVector& vector);
  // Puts `doc` into the story of `other` (a copy goes with its source).
  void MoveTo(int doc, int other);
  // Cosine of `doc`'s vector to the centroid of `story` without `doc` itself (0 when `doc` is
  // its only member), dates ignored.
  double SimilarityWithout(int doc, int story) const;
  // lead_conflict when `doc` and the rest of `story` are about different people, else 1.
  double LeadFactor(int doc, int story) const;
  // Records that `doc` and `other` share one text (a copy, rewrite or republication): for the
  // average link of Merge they count as one member (their normalised mean), so a padded rewrite
  // and its source do not vote twice. Marks their stories as changed.
  void LinkCopies(int doc, int other);
  // Merges stories whose members are similar on average (or whose centroids are, when not
  // `average_link`), most similar pairs first; returns how many merges happened. Without
  // `use_time`, dates are ignored (for grouping stories of the same kind into topics). With
  // `only_changed`, only stories that gained documents since the last Merge are looked at first.
  int Merge(double threshold, bool average_link = true, bool use_time = true,
            bool only_changed = false);
  // Live stories as lists of document indexes, in order of their first document.
  std::vector<std::vector<int>> Stories() const;
  int StoryOf(int doc) const;

  // Mean cosine between the members of two live stories (copies counted once), with the time
  // penalty applied or not.
  double AverageLink(int x, int y, bool use_time) const {
    return LinkSimilarity(x, y, /*average_link=*/true, use_time);
  }
  // Similarity of a profile to a live story, with the time penalty applied or not.
  double Similarity(const DocumentProfile& profile, int story, bool time_penalty) const;
  // Live stories whose centroids share heavy terms with `vector` (best first).
  std::vector<int> Candidates(const SparseVector& vector, size_t limit) const;
  const SparseVector& Centroid(int story) const { return stories_[story].normalised; }
  // Internal story indexes ever created (dead ones included); ids stay stable across runs.
  size_t story_slots() const { return stories_.size(); }
  bool Alive(int story) const { return stories_[story].alive && !stories_[story].members.empty(); }
  // Persistence between runs (story_state.cc); Load returns false on malformed input.
  void Save(StateWriter* out) const;
  bool Load(StateReader* in);
  // True when every document index is below `documents` and every term id below `terms`.
  bool Within(size_t documents, size_t terms) const;

 private:
  struct StoryState {
    SparseVector sum;         // sum of member vectors, pruned to centroid_terms
    SparseVector normalised;  // `sum` normalised
    std::vector<int> members;
    int first_day = kNoDay;
    int last_day = kNoDay;
    bool alive = true;
    bool has_copies = false;            // some members are linked by LinkCopies
    mutable bool units_valid = false;   // cache of UnitSum
    mutable SparseVector unit_sum;
    mutable size_t units = 0;
    mutable bool leads_valid = false;  // `leads` holds the members' counts
    mutable std::vector<std::pair<uint32_t, int>> leads;  // marker term, members with it
  };
  // Updates a story's lead counts (when valid) for a member vector joining (+1) or leaving (-1).
  void CountLead(StoryState* s, const SparseVector& vector, int delta) const;
  // Lead-person markers of a story's members with their counts (sorted by term), kept up to
  // date as members come and go, computed once after Load.
  const std::vector<std::pair<uint32_t, int>>& Leads(int story) const;
  // lead_conflict when `a` (of `a_members` members) and `b` are about different people, else 1.
  double LeadFactor(const std::vector<std::pair<uint32_t, int>>& a, size_t a_members,
                    const std::vector<std::pair<uint32_t, int>>& b, size_t b_members) const;
  double TimeFactor(int day, int first, int last) const;
  double LinkSimilarity(int x, int y, bool average_link, bool use_time) const;
  // Sum of a story's members with copies collapsed (see LinkCopies) and the number of units.
  const SparseVector& UnitSum(int story, size_t* units) const;
  int CopyRoot(int doc) const;
  void AddToStory(int story, int doc, const SparseVector& vector, int day);
  void Absorb(int into, int from);
  void Index(int story, const SparseVector& before);

  ClusterOptions options_;
  const Vocabulary* vocabulary_ = nullptr;
  std::vector<StoryState> stories_;
  std::unordered_map<uint32_t, std::vector<int>> postings_;
  std::unordered_map<int, int> story_of_;
  std::unordered_map<int, std::pair<SparseVector, int>> profiles_;  // doc -> vector, day
  mutable std::unordered_map<int, int> copy_parent_;  // doc -> doc, union-find (path halving)
  std::vector<char> changed_;  // per story: gained documents since the last Merge
  mutable std::vector<float> score_;  // Candidates() scratch (not thread-safe)
  mutable std::vector<int> touched_;
};

}  // namespace stemma::stories

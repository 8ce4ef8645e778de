#include "stories/claims.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "stories/claim_view.h"
#include "stories/similarity.h"

namespace stemma::stories {

using internal::ClaimClass;
using internal::ClassOf;
using internal::Compatible;
using internal::FactView;
using internal::FirstSentenceEnd;
using internal::IsSpaceByte;
using internal::MakeView;
using internal::MarkSentenceNeighbours;
using internal::MentionsSurname;
using internal::Rivals;
using internal::SentenceBounds;
using internal::StatesCompatible;
using internal::SubjectMatch;
using internal::Supports;

namespace {

constexpr size_t kMaxFactsPerDocument = 400;
constexpr size_t kMaxIndexScan = 400;
constexpr size_t kMaxClaimText = 300;  // bytes of the sentence quoted as a claim's text

struct Group {
  size_t first;  // index of the first FactView
  std::vector<size_t> members;
  std::vector<int> docs;  // sorted unique
};

size_t Utf8Floor(std::string_view text, size_t i) {
  while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

size_t Utf8Ceil(std::string_view text, size_t i) {
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// Moves `s` forward to the start of a word when it falls inside one (and past spaces); keeps it
// when the word runs to `e` (a single very long token: cut it rather than return nothing).
size_t SnapStart(std::string_view text, size_t s, size_t e) {
  size_t i = s;
  if (i > 0 && i < e && !IsSpaceByte(text[i - 1]) && !IsSpaceByte(text[i])) {
    while (i < e && !IsSpaceByte(text[i])) ++i;
    if (i == e) return s;
  }
  while (i < e && IsSpaceByte(text[i])) ++i;
  return i < e ? i : s;
}

// Moves `e` back to the end of a word when it falls inside one.
size_t SnapEnd(std::string_view text, size_t s, size_t e) {
  if (e >= text.size() || e <= s || IsSpaceByte(text[e]) || IsSpaceByte(text[e - 1])) return e;
  size_t i = e;
  while (i > s && !IsSpaceByte(text[i - 1])) --i;
  return i > s ? i : e;
}

void InsertSorted(std::vector<int>* v, int x) {
  auto it = std::lower_bound(v->begin(), v->end(), x);
  if (it == v->end() || *it != x) v->insert(it, x);
}

// Keeps a contradiction only when it holds both ways: document d contradicts a claim of
// documents A only if some claim of the same class stated by d is contradicted by a document of
// A. A one-way link means the reverse check found d's claim compatible with something A states
// ("275 killed" against "at least 525" while the same sentence says "2,001 injured"), or the
// two versions were never compared from the other side; on 10,000 news articles 29 of 112
// links were one-way, nearly all of them false.
void KeepMutualContradictions(const std::vector<Group>& groups, const std::vector<FactView>& views,
                              std::vector<std::vector<int>>* against_of) {
  std::set<std::tuple<int, int, int>> links;  // (class, claiming document, contradicting one)
  for (size_t i = 0; i < groups.size(); ++i) {
    const int cls = static_cast<int>(views[groups[i].first].cls);
    for (int a : groups[i].docs) {
      for (int d : (*against_of)[i]) links.emplace(cls, a, d);
    }
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    const int cls = static_cast<int>(views[groups[i].first].cls);
    std::vector<int>& against = (*against_of)[i];
    against.erase(std::remove_if(against.begin(), against.end(),
                                 [&](int d) {
                                   return std::none_of(groups[i].docs.begin(), groups[i].docs.end(),
                                                       [&](int a) {
                                                         return links.count({cls, d, a}) > 0;
                                                       });
                                 }),
                  against.end());
  }
}

// The claim stated by the members of `g`: the head's sentence and value, its documents and
// independent sources.
Claim MakeClaim(const Group& g, const std::vector<FactView>& views, const StoryInput& story,
                const ProvenanceIndex& provenance) {
  const FactView& head = views[g.first];
  Claim c;
  c.story = story.id;
  c.kind = head.fact->kind;
  c.text = SentenceAround(FactSource(*head.fact, *story.documents[head.doc]), head.fact->begin,
                          head.fact->end, kMaxClaimText);
  c.value = head.cls == ClaimClass::kQuote ? head.fact->speaker : head.fact->value;
  std::vector<Statement> support;
  for (size_t m : g.members) {
    const FactView& v = views[m];
    // A headline sits in no copied passage: only whole copies share its statement.
    if (v.fact->in_title) {
      support.push_back({&story.documents[v.doc]->id, SIZE_MAX, SIZE_MAX});
    } else {
      support.push_back({&story.documents[v.doc]->id, v.fact->begin, v.fact->end});
    }
  }
  for (int d : g.docs) c.documents.push_back(story.documents[d]->id);
  c.independent_sources = CountIndependentSources(provenance, support);
  c.single_source = c.independent_sources == 1;
  return c;
}

// The members of `g` that state its head's fact. A group holds every statement that cannot
// contradict its head (so none of them is a rival version), but "more than 40 cents" does not
// state "80 cents", nor "in 2014" the deadline "Dec. 31, 2014": the others go to groups of
// their own in `unsupported`, which are claims with no rivals.
Group SupportOf(const Group& g, const std::vector<FactView>& views,
                std::vector<Group>* unsupported) {
  const FactView& head = views[g.first];
  Group out{g.first, {}, {}};
  const size_t own = unsupported->size();  // where this group's split-off groups start
  for (size_t m : g.members) {
    const FactView& v = views[m];
    Group* into = &out;
    if (m != g.first && !Supports(head, v)) {
      into = nullptr;
      for (size_t k = own; k < unsupported->size() && into == nullptr; ++k) {
        const FactView& other = views[(*unsupported)[k].first];
        if (SubjectMatch(other, v) >= 1 && Supports(other, v)) into = &(*unsupported)[k];
      }
      if (into == nullptr) into = &unsupported->emplace_back(Group{m, {}, {}});
    }
    into->members.push_back(m);
    InsertSorted(&into->docs, v.doc);
  }
  return out;
}

}  // namespace

bool UpdateNotDispute(const Document& a, const Document& b) {
  constexpr int kUpdateDays = 2;
  if (!a.outlet.empty() && a.outlet == b.outlet) return true;
  const int da = ParseIsoDay(a.published), db = ParseIsoDay(b.published);
  return da != kNoDay && db != kNoDay && std::abs(da - db) > kUpdateDays;
}

std::string SentenceAround(std::string_view text, size_t begin, size_t end, size_t max_bytes) {
  auto [s, e] = SentenceBounds(text, begin, end);
  // The sentence scan stops after 600 bytes, possibly mid-word: snap both ends to words.
  s = SnapStart(text, s, e);
  e = SnapEnd(text, s, e);
  if (e - s > max_bytes) {
    // A window that keeps the fact in its first third, then shrunk inwards to whole words
    // (ASCII spaces never occur inside a UTF-8 sequence, so this is also UTF-8 safe).
    const size_t mid = std::clamp(begin, s, e);
    size_t ns = mid > s + max_bytes / 3 ? mid - max_bytes / 3 : s;
    if (e - ns < max_bytes) ns = e - max_bytes;
    ns = Utf8Ceil(text, ns);
    size_t ne = Utf8Floor(text, std::min(e, ns + max_bytes));
    ns = SnapStart(text, ns, ne);
    ne = SnapEnd(text, ns, ne);
    s = ns, e = ne;
  }
  while (e > s && IsSpaceByte(text[e - 1])) --e;
  std::string out(text.substr(s, e - s));
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

std::vector<Claim> BuildStoryClaims(const StoryInput& story, const ProvenanceIndex& provenance) {
  std::vector<FactView> views;
  for (size_t d = 0; d < story.documents.size(); ++d) {
    const Document& document = *story.documents[d];
    const int published = ParseIsoDay(document.published);
    const size_t lede_end = FirstSentenceEnd(document.text);
    size_t taken = 0;
    for (const Fact* f : story.facts[d]) {
      if (ClassOf(f->kind) == ClaimClass::kNone || taken >= kMaxFactsPerDocument) continue;
      ++taken;
      views.push_back(
          MakeView(f, static_cast<int>(d), FactSource(*f, document), published, lede_end));
    }
  }
  MarkSentenceNeighbours(&views);
  MarkSentencePersons(story, &views);
  std::vector<Group> groups;
  std::unordered_map<std::string, std::vector<size_t>> index;  // subject word -> groups
  std::vector<size_t> candidates;
  auto gather = [&](const FactView& v) {
    candidates.clear();
    for (const std::string& w : v.subject) {
      auto it = index.find(w);
      if (it == index.end()) continue;
      for (size_t k = 0; k < it->second.size() && k < kMaxIndexScan; ++k) {
        candidates.push_back(it->second[it->second.size() - 1 - k]);
      }
    }
    if (v.subject.empty()) {
      auto it = index.find("");
      if (it != index.end()) {
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  };
  for (size_t i = 0; i < views.size(); ++i) {
    const FactView& v = views[i];
    gather(v);
    size_t best = SIZE_MAX;
    for (size_t g : candidates) {
      const FactView& head = views[groups[g].first];
      if (SubjectMatch(head, v) >= 1 && Compatible(head, v)) {
        best = g;
        break;
      }
    }
    if (best == SIZE_MAX) {
      best = groups.size();
      groups.push_back(Group{i, {}, {}});
      if (v.subject.empty()) index[""].push_back(best);
      for (const std::string& w : v.subject) index[w].push_back(best);
    }
    groups[best].members.push_back(i);
    InsertSorted(&groups[best].docs, v.doc);
  }
  std::vector<std::vector<size_t>> views_of(story.documents.size());
  for (size_t i = 0; i < views.size(); ++i) views_of[views[i].doc].push_back(i);
  std::vector<Claim> claims;
  claims.reserve(groups.size());
  std::vector<std::vector<int>> against_of(groups.size());  // documents contradicting each group
  std::vector<Group> unsupported;  // statements of a group that do not state its head's fact
  for (const Group& g : groups) {
    const FactView& head = views[g.first];
    claims.push_back(MakeClaim(SupportOf(g, views, &unsupported), views, story, provenance));
    // Contradictions: groups about the same subject with an incompatible value. Only the first
    // statement of each is compared: comparing the first four of each found 45 more contradicted
    // claims on 10,000 news articles, nearly all tallies of different moments.
    gather(head);
    std::vector<int> against;
    for (size_t o : candidates) {
      const Group& other = groups[o];
      if (&other == &g) continue;
      const FactView& oh = views[other.first];
      if (!Rivals(head, oh, story)) continue;
      // Both dates stated by this claim's own documents: two events, not rival versions.
      bool both = false;
      for (int d : g.docs) {
        both = both ||
               (head.cls == ClaimClass::kDate && StatesCompatible(views, views_of[d], oh, head));
      }
      if (both) continue;
      for (int d : other.docs) {
        if (std::binary_search(g.docs.begin(), g.docs.end(), d)) continue;
        if (StatesCompatible(views, views_of[d], head, oh)) continue;
        // A document that names the other version's speaker most likely credits them too; the
        // differing speaker is then a misreading of who said it (ours), not a rival attribution.
        if (head.cls == ClaimClass::kQuote &&
            MentionsSurname(story.documents[d]->text, head.fact->speaker)) {
          continue;
        }
        InsertSorted(&against, d);
      }
    }
    against_of[claims.size() - 1] = std::move(against);
  }
  KeepMutualContradictions(groups, views, &against_of);
  for (size_t i = 0; i < claims.size(); ++i) {
    for (int d : against_of[i]) claims[i].contradicted_by.push_back(story.documents[d]->id);
  }
  for (const Group& g : unsupported) claims.push_back(MakeClaim(g, views, story, provenance));
  return claims;
}

}  // namespace stemma::stories

// Rules on the final mentions (see entity_rules.h): edges the tagger cut off, and one type
// per surface text across the document.
#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <utility>

#include "facts/entity_checks.h"
#include "facts/entity_cues.h"
#include "facts/entity_rules.h"
#include "facts/entity_words.h"
#include "facts/news_names.h"

namespace stemma::facts {

void ExtendNameEdges(const TokenizedText& tt, std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  // "Raywick, Ky.": a state abbreviation after a place and a comma is a place, with its period.
  size_t added = 0;
  for (size_t k = 0, count = mentions->size(); k < count && added < 64; ++k) {
    const Mention& m = (*mentions)[k];
    size_t i = m.last + 1;
    if (m.type != 'L' || i + 1 >= n || tt.Text(m.last) != "," || !IsStateAbbreviation(tt.Text(i)) ||
        tt.Text(i + 1) != "." || !tt.Adjacent(i + 1) ||
        (k + 1 < count && (*mentions)[k + 1].first <= i)) {
      continue;
    }
    Mention state{i, i + 1, 'L', ""};
    state.canonical = CanonicalName(tt.Text(i), &state.type);
    mentions->push_back(std::move(state));
    ++added;
  }
  if (added) {
    std::sort(mentions->begin(), mentions->end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
  for (Mention& m : *mentions) {
    if (m.last <= m.first) continue;
    // "Vox.com", "Tarnpost.co.uk": an organisation's web address is its name.
    if (m.type == 'O' && DomainEnd(tt, m.last) > m.last) {
      m.last = DomainEnd(tt, m.last);
      Rename(tt, &m);
      continue;
    }
    if (m.type == 'L' && m.last == m.first + 1 && m.last < n && tt.Text(m.last) == "." &&
        tt.Adjacent(m.last) && IsStateAbbreviation(tt.Text(m.first))) {
      ++m.last;
      continue;
    }
    // "Ada Voss Jr.": the period of a generational suffix (the canonical name stays without).
    if (m.type == 'P' && m.last < n && tt.Text(m.last) == "." && tt.Adjacent(m.last) &&
        (tt.Lower(m.last - 1) == "jr" || tt.Lower(m.last - 1) == "sr")) {
      ++m.last;
    }
    // "the 65th Air Division", "the 93d Tarn Volunteers": an ordinal right before an
    // organisation is part of its name; a plain number too before a military unit ("65 Air
    // Division").
    if (m.type != 'O' || m.first < 1 || !tt.tokens[m.first].space_before) continue;
    size_t number = m.first - 1;
    if (IsOrdinalSuffix(tt.Lower(number)) && number >= 1 && tt.Adjacent(number)) --number;
    if (tt.tokens[number].kind != TokenKind::kNumber ||
        (number + 1 == m.first &&
         (!IsMilitaryUnit(tt.Lower(m.last - 1)) || tt.Text(number).size() > 3))) {
      continue;
    }
    m.first = number;
    Rename(tt, &m);
  }
}

void TypeMentionsByMajority(const TokenizedText& tt, std::vector<Mention>* mentions,
                            const std::vector<TypeCue>* cues) {
  std::vector<Mention>& ms = *mentions;
  if (ms.size() < 2) return;
  // Mentions grouped by surface: sorted by (hash, surface), so no per-name allocation.
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(ms.size());
  for (size_t k = 0; k < ms.size(); ++k) {
    order.emplace_back(std::hash<std::string_view>()(Surface(tt, ms[k])), k);
  }
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    int c = Surface(tt, ms[x.second]).compare(Surface(tt, ms[y.second]));
    return c != 0 ? c < 0 : x.second < y.second;
  });
  auto slot = [](char type) { return type == 'P' ? 0 : type == 'O' ? 1 : 2; };
  for (size_t g = 0; g < order.size();) {
    std::string_view surface = Surface(tt, ms[order[g].second]);
    size_t end = g + 1;
    while (end < order.size() && order[end].first == order[g].first &&
           Surface(tt, ms[order[end].second]) == surface) {
      ++end;
    }
    std::array<uint32_t, 3> count = {0, 0, 0};  // P, O, L
    std::array<size_t, 3> first = {0, 0, 0};    // the earliest mention of each type
    for (size_t q = end; q-- > g;) {
      int t = slot(ms[order[q].second].type);
      ++count[t];
      first[t] = order[q].second;
    }
    int best = 0;
    for (int t = 1; t < 3; ++t) best = count[t] > count[best] ? t : best;
    bool strict = true;
    for (int t = 0; t < 3; ++t) strict = strict && (t == best || count[t] < count[best]);
    char cued = 0;
    for (const TypeCue& c : cues ? *cues : std::vector<TypeCue>()) {
      if (c.surface == surface) cued = c.type;
    }
    if (cued) {
      best = slot(cued);
      strict = true;
    }
    if (strict && count[best] < end - g) {
      Mention winner = ms[first[best]];
      if (cued && (count[best] == 0 || winner.type != cued)) {
        winner.type = cued;  // no mention of the cue's type left to take the name from
        winner.canonical = CanonicalName(surface, &winner.type);
      }
      for (size_t q = g; q < end; ++q) {
        Mention& m = ms[order[q].second];
        if (slot(m.type) == best) continue;
        m.type = winner.type;
        m.canonical = winner.canonical;
      }
    }
    g = end;
  }
}

}  // namespace stemma::facts

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stories/claim_view.h"
#include "stories/contradiction_tokens.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

// Count nouns of a quantity: content words, with the usual words for people folded together
// ("140 people" and "410 residents" count the same kind of thing).
std::vector<std::string> CountWords(std::string_view counts) {
  std::vector<Word> words;
  ContentWords(counts, &words);
  std::vector<std::string> out;
  bool people = false;
  for (size_t i = 0; i + 6 <= counts.size(); ++i) {
    people |= counts.compare(i, 6, "people") == 0 || counts.compare(i, 6, "People") == 0;
  }
  if (people) out.push_back("person");
  for (const Word& w : words) {
    if (out.size() >= 8) break;
    std::string f = FoldPlural(w.lower);
    if (f == "resident" || f == "inhabitant" || f == "individual" || f == "citizen" ||
        f == "persons" || f == "person") {
      f = "person";
    }
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> Folded(std::string_view text, size_t limit) {
  std::vector<Word> words;
  ContentWords(text, &words);
  std::vector<std::string> out;
  for (const Word& w : words) {
    if (out.size() >= limit) break;
    out.push_back(FoldPlural(w.lower));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsDateWord(const std::string& w) {
  static const char* const kWords[] = {
      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday",  "sunday",
      "january",   "february", "march",     "april",    "june",   "july",      "august",
      "september", "october",  "november",  "december", "today",  "yesterday", "tomorrow",
      "morning",   "evening",  "night",     "early",    "late",   "month",     "earlier",
      "later",     "next",     "ago"};
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(std::begin(kWords), std::end(kWords));
    std::sort(v.begin(), v.end());
    return v;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), std::string_view(w));
}

// Sentence bounds around [begin, end) in text.
std::pair<size_t, size_t> SentenceBounds(std::string_view text, size_t begin, size_t end) {
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  size_t s = begin;
  while (s > 0 && begin - s < 600) {
    const char c = text[s - 1];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && s < text.size() && text[s] == ' ')) {
      break;
    }
    --s;
  }
  size_t e = end;
  while (e < text.size() && e - end < 600) {
    const char c = text[e];
    ++e;
    if (c == '\n') {
      --e;
      break;
    }
    if ((c == '.' || c == '!' || c == '?') && (e == text.size() || text[e] == ' ')) break;
  }
  while (s < e && (text[s] == ' ' || text[s] == '"')) ++s;
  return {s, e};
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

namespace {

// Words that hedge a figure rather than say what happened to it ("nearly 200", "an estimated
// $215 billion").
bool IsHedge(std::string_view lower) {
  static const std::string_view kHedges[] = {"approximately", "almost",   "nearly",  "roughly",
                                             "estimated",     "least",    "fewer",   "less",
                                             "some",          "up",       "upwards", "total",
                                             "average",       "combined", "another", "additional"};
  return std::find(std::begin(kHedges), std::end(kHedges), lower) != std::end(kHedges);
}

// Whether `between` holds a comma that separates clauses, not one inside a figure ("2,000").
bool ClauseComma(std::string_view between) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = between.find(','); i != std::string_view::npos; i = between.find(',', i + 1)) {
    if (i == 0 || i + 1 == between.size() || !digit(between[i - 1]) || !digit(between[i + 1])) {
      return true;
    }
  }
  return false;
}

// Whether word `w` follows a figure other than the one at [fb, fe): it is what that figure
// counts ("as the attack began, 140 guests and 30 employees were inside": "guests" is 140's, no
// predicate of 30).
bool CountedByOtherFigure(std::string_view text, const Word& w, size_t fb, size_t fe) {
  size_t q = static_cast<size_t>(w.surface.data() - text.data());
  while (q > 0 && text[q - 1] == ' ') --q;
  if (q > fb && q <= fe) return false;  // the figure itself
  size_t b = q;
  while (b > 0 && IsWordByte(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == q) return false;
  if (text[q - 1] >= '0' && text[q - 1] <= '9') return true;
  return NumberWordValue(AsciiLower(text.substr(b, q - b))) >= 0;
}

// Prepositions that are no stopwords ("until 14 May", "amid 200 protests"): they link a figure
// to its predicate, they are none.
bool IsPreposition(std::string_view lower) {
  static const std::string_view kPrepositions[] = {"until",  "till",    "amid",
                                                   "toward", "towards", "despite"};
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), lower) !=
         std::end(kPrepositions);
}

// One form for a regular verb's inflections: "asked" / "ask", "losing" / "lose", "planned" /
// "plans" (the last letter of a doubled consonant and a final "e" go too).
std::string VerbStem(std::string w) {
  if (w.size() > 5 && w.ends_with("ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && w.ends_with("ed")) {
    w.resize(w.size() - 2);
  } else if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) {
    w.resize(w.size() - 1);
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  if (w.size() > 3 && w.back() == w[w.size() - 2] && w.back() != 'l' && w.back() != 's') {
    w.pop_back();
  }
  return w;
}

}  // namespace

// Content words (folded, sorted, unique; no date words; at most 40) within 120 bytes either
// side of [fb, fe) inside the sentence [s, e), and the capitalised ones among them (not the
// sentence's first word, not calendar words): what a number is stated about, and by whom.
// `near`: the lowercase content words among the kNearWords nearest either side, not counted
// words (`subject`): the predicate a number goes with ("killed four", "give hundreds ...
// approval"). `context` may be null (dates need only the names and `near`), and `names` with
// it.
void WordsAround(std::string_view text, size_t s, size_t e, size_t fb, size_t fe,
                 const std::vector<std::string>& subject, std::vector<std::string>* context,
                 std::vector<std::string>* names, std::vector<std::string>* near, FactView* own) {
  constexpr size_t kNearWords = 3;
  constexpr size_t kOwnWords = 2;
  const size_t ws = std::max(s, fb > 120 ? fb - 120 : 0), we = std::min(e, fe + 120);
  std::vector<Word> words;
  ContentWords(text.substr(s, e - s), &words);  // sentence starts are never capitalised words
  size_t first_after = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const size_t at = static_cast<size_t>(w.surface.data() - text.data());
    if (at >= fe && first_after == words.size()) first_after = i;
    if (!((at >= ws && at < fb) || (at >= fe && at < we))) continue;
    if (names == nullptr) continue;
    std::string folded = FoldPlural(w.lower);
    if (w.capitalised && !IsCalendarWord(w.lower)) names->push_back(folded);
    if (context != nullptr && context->size() < 40 && !IsDateWord(folded)) {
      context->push_back(std::move(folded));
    }
  }
  const auto take = [&](size_t i) {
    const Word& w = words[i];
    if (w.capitalised) return;
    std::string folded = FoldPlural(w.lower);
    if (IsDateWord(folded) || std::binary_search(subject.begin(), subject.end(), folded)) return;
    near->push_back(std::move(folded));
  };
  size_t last_before = first_after;  // words before the number end where those after begin
  while (last_before > 0 &&
         static_cast<size_t>(words[last_before - 1].surface.data() - text.data()) >= fb) {
    --last_before;
  }
  for (size_t i = last_before, n = 0; i-- > 0 && n < kNearWords; ++n) take(i);
  for (size_t i = first_after, n = 0; i < words.size() && n < kNearWords; ++i, ++n) take(i);
  if (own != nullptr) {
    // The number's own predicate: the nearest lowercase words, however many names between.
    // Not names (a sentence's first word included; every word of a headline-cased line is
    // capitalised: "Fire That Forced 410 People From Their Homes"), hedges ("nearly 200"),
    // other figures, or the counted words (as CountWords names them: "residents" counts as
    // "person").
    const auto take_own = [&](size_t i, std::vector<std::string>* side) {
      const Word& w = words[i];
      const char c = w.surface[0];
      if ((c >= 'A' && c <= 'Z' && !w.headline_case) || (c >= '0' && c <= '9') ||
          IsHedge(w.lower) || IsPreposition(w.lower) || CountedByOtherFigure(text, w, fb, fe)) {
        return;
      }
      std::string folded = FoldPlural(w.lower);
      const std::vector<std::string> counted = CountWords(w.lower);
      // Units of a rate ("an hour", "a year") say how it is measured, not what happened.
      const bool unit = folded == "hour" || folded == "year" || folded == "week" || folded == "day";
      if (unit || IsDateWord(folded) ||
          std::binary_search(subject.begin(), subject.end(), folded) ||
          (!counted.empty() &&
           std::binary_search(subject.begin(), subject.end(), counted.back()))) {
        return;
      }
      side->push_back(VerbStem(folded));
    };
    // A figure's predicate is in its own clause: "relief to small businesses, supporting 51
    // million jobs" / "payments to small businesses, and that it had saved 30 million jobs"
    // share no deed. Dates mark where their phrase ends below.
    const bool figure = own->cls != ClaimClass::kDate;
    const auto at_of = [&](size_t i) {
      return static_cast<size_t>(words[i].surface.data() - text.data());
    };
    for (size_t i = last_before; i-- > 0 && own->own_before.size() < kOwnWords;) {
      const size_t end = at_of(i) + words[i].surface.size();
      if (figure && ClauseComma(text.substr(end, fb - std::min(fb, end)))) break;
      take_own(i, &own->own_before);
    }
    // A date with its predicate before it ends its phrase at a comma: "During a rally in
    // Marrow on Monday, presumptive nominee Ilse Brun said" dates the rally, not the nominee.
    const bool phrase_ends = own->cls == ClaimClass::kDate && !own->own_before.empty();
    for (size_t i = first_after; i < words.size() && own->own_after.size() < kOwnWords; ++i) {
      const size_t at = at_of(i);
      if (phrase_ends && text.substr(fe, at - std::min(at, fe)).find(',') != std::string::npos) {
        own->phrase_ended = true;
        break;
      }
      if (figure && ClauseComma(text.substr(fe, at - std::min(at, fe)))) break;
      take_own(i, &own->own_after);
    }
    std::sort(own->own_before.begin(), own->own_before.end());
    std::sort(own->own_after.begin(), own->own_after.end());
  }
  for (auto* list : {context, names, near}) {
    if (list == nullptr) continue;
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

// The `n` bytes before `begin` (fewer at the start of `text`), ASCII-lowercased.
std::string LowerBefore(std::string_view text, size_t begin, size_t n) {
  begin = std::min(begin, text.size());
  return AsciiLower(text.substr(begin > n ? begin - n : 0, std::min(begin, n)));
}

}  // namespace stemma::stories::internal

// ExtractFacts: tokenise once, then dates, numbers, entities, quotes over the same tokens.
#include <algorithm>

#include "facts/facts_internal.h"

namespace stemma {
namespace {

bool IsCalendarWord(std::string_view w) {
  static const char* kWords[] = {"monday",   "tuesday",  "wednesday", "thursday", "friday",
                                 "saturday", "sunday",   "january",   "february", "march",
                                 "april",    "june",     "july",      "august",   "september",
                                 "october",  "november", "december"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool HasYear(std::string_view text) {
  int digits = 0;
  for (char c : text) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

// Date facts keep the calendar date as value ("2025-09-02TMO" -> "2025-09-02") so that articles
// compare; `counts`, unused for dates, says what a resolved relative date was anchored to, and
// marks the date taken as the reference when the document had no publication date.
void NoteDateAnchors(facts::CivilDate reference, bool inferred, std::vector<Fact>* dates) {
  std::string ref = reference.valid() ? facts::FormatDate(reference) : "";
  bool marked = false;
  for (Fact& f : *dates) {
    if (f.value.size() == 13 && f.value[10] == 'T' && f.value[11] >= 'A') f.value.resize(10);
    // "several years" is P3Y by convention, not by the text.
    std::string_view t = f.text;
    for (std::string_view vague : {"several ", "Several ", "few ", "Few ", "a few ", "A few ",
                                   "some ", "Some ", "a couple ", "A couple "}) {
      if (t.substr(0, vague.size()) == vague) f.approximate = true;
    }
    if (ref.empty() || f.value.empty() || f.value[0] < '0' || f.value[0] > '9') continue;
    if (inferred && !marked && f.value == ref) {
      f.counts = "reference date (no trusted publication date)";
      marked = true;
    } else if (!HasYear(f.text)) {
      f.counts = "relative to " + ref + (inferred ? " (inferred reference)" : " (published)");
    }
  }
}

}  // namespace

std::vector<Fact> ExtractFacts(const Document& document) {
  using namespace facts;  // NOLINT: the stage's own internals
  std::vector<Fact> out;
  // Bounded work: very long texts are cut at 16 MB (articles are far smaller).
  constexpr size_t kMaxBytes = 16u << 20;
  std::string_view text = document.text;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  TokenizedText tt;
  Tokenize(text, &tt);

  // A page date the content contradicts (a scrape or re-upload stamp) anchors nothing.
  const bool page_date_contradicted =
      std::any_of(document.flags.begin(), document.flags.end(),
                  [](const Flag& f) { return f.kind == "date-contradiction"; });
  CivilDate reference =
      page_date_contradicted ? CivilDate{} : ParseIsoDate(document.published);
  bool inferred = false;
  if (!reference.valid()) {
    // No publication date: take the first full date in the story (a dateline or "On <date>").
    reference = InferReferenceDate(tt);
    inferred = reference.valid();
  }
  Claimed claimed(tt.tokens.size(), 0);
  ExtractDates(tt, reference, &out, &claimed);
  NoteDateAnchors(reference, inferred, &out);
  ExtractNumbers(tt, &out, &claimed);

  std::vector<Mention> mentions = FindEntities(tt, claimed);
  // A lone weekday or month name is a date word even when no reference date resolves it.
  std::erase_if(mentions, [&](const Mention& m) {
    return m.last - m.first == 1 && IsCalendarWord(tt.Lower(m.first));
  });
  for (const Mention& m : mentions) {
    Fact f;
    f.kind = m.type == 'P' ? "person" : m.type == 'L' ? "location" : "organization";
    f.begin = tt.tokens[m.first].begin;
    f.end = tt.tokens[m.last - 1].end;
    f.text = std::string(text.substr(f.begin, f.end - f.begin));
    f.value = m.canonical;
    out.push_back(std::move(f));
  }
  ExtractQuotes(tt, mentions, &out);

  for (Fact& f : out) f.document = document.id;
  std::stable_sort(out.begin(), out.end(), [](const Fact& a, const Fact& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace stemma

// ExtractFacts: tokenise once, then dates, numbers, entities, quotes over the same tokens.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <string_view>
#include <unordered_map>

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
    } else if (!HasYear(f.text) && f.counts.empty()) {  // not an offset from a named date
      f.counts = "relative to " + ref + (inferred ? " (inferred reference)" : " (published)");
    }
  }
}

// Title case ("Harbour Fire Destroys 14 Warehouses"): most words capitalised, so capitals say
// nothing about names and the tagger would read the whole line as one.
// Short function words ("for", "to") may stay lower case, so only words of 4+ bytes count.
bool IsTitleCase(const facts::TokenizedText& tt) {
  int words = 0, capitalised = 0;
  for (const facts::Token& t : tt.tokens) {
    if (t.kind != facts::TokenKind::kWord || t.end - t.begin < 4) continue;
    ++words;
    capitalised += t.capitalized;
  }
  return words >= 3 && capitalised * 5 >= words * 4;
}

const char* EntityKind(char type) {
  return type == 'P' ? "person" : type == 'L' ? "location" : "organization";
}

// A word of four or more capitals ("EXCLUSIVE", "WATCH").
bool HasShoutedWord(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = (c >= 'A' && c <= 'Z') ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

// Headlines quote titles and catchwords ('Friends' reunion, 'miracle baby'), put years before
// nouns ("2012 Election ...") and number places and things ("Pier 7", "Apollo 11"): only quotes
// of three words or more, no bare years and no number right after a capitalised word.
bool KeepHeadlineFact(const Fact& f, std::string_view title) {
  if (f.kind == "quote") {
    int words = 0;
    bool in_word = false;
    for (char c : f.text) {
      const bool space = c == ' ' || c == '\t' || c == '\n';
      words += !space && !in_word;
      in_word = !space;
    }
    return words >= 3;
  }
  if (f.kind == "quantity" || f.kind == "number") {
    const bool year =
        f.value.size() == 4 && (f.value.starts_with("19") || f.value.starts_with("20"));
    if (year) return false;
    size_t w = f.begin;  // the word before: "Pier" in "Pier 7"
    if (w == 0 || title[w - 1] != ' ') return true;
    --w;
    while (w > 0 && title[w - 1] != ' ') --w;
    return !(title[w] >= 'A' && title[w] <= 'Z' && w + 1 < f.begin - 1);
  }
  return true;
}

// The body's mention for a headline name: the same surface, or a surname of a body person
// ("Romney" -> the body's "Mitt Romney").
const facts::Mention* BodyMention(
    const std::unordered_map<std::string_view, const facts::Mention*>& body_names,
    const std::vector<facts::Mention>& mentions, std::string_view surface) {
  auto it = body_names.find(surface);
  if (it != body_names.end()) return it->second;
  if (surface.find(' ') != std::string_view::npos) return nullptr;
  for (const facts::Mention& m : mentions) {
    const std::string_view name = m.canonical;
    if (m.type == 'P' && name.size() > surface.size() && name.ends_with(surface) &&
        name[name.size() - surface.size() - 1] == ' ') {
      return &m;
    }
  }
  return nullptr;
}

bool IsNameByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Entity facts for the body's names found verbatim (at word boundaries) in `title`, longest
// names first, never overlapping.
void FindBodyNames(std::string_view title,
                   const std::unordered_map<std::string_view, const facts::Mention*>& body_names,
                   std::vector<Fact>* out) {
  std::vector<std::pair<std::string_view, const facts::Mention*>> names(body_names.begin(),
                                                                        body_names.end());
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
  });
  std::vector<std::pair<size_t, size_t>> taken;
  for (const auto& [surface, mention] : names) {
    if (surface.size() < 2) continue;
    for (size_t at = title.find(surface); at != std::string_view::npos;
         at = title.find(surface, at + 1)) {
      const size_t end = at + surface.size();
      if ((at > 0 && IsNameByte(title[at - 1])) || (end < title.size() && IsNameByte(title[end]))) {
        continue;
      }
      bool overlaps = false;
      for (const auto& [b, e] : taken) overlaps |= at < e && end > b;
      if (overlaps) continue;
      taken.emplace_back(at, end);
      Fact f;
      f.kind = EntityKind(mention->type);
      f.begin = at;
      f.end = end;
      f.text = std::string(surface);
      f.value = mention->canonical;
      out->push_back(std::move(f));
    }
  }
}

void AppendEntities(const facts::TokenizedText& tt, const std::vector<facts::Mention>& mentions,
                    std::vector<Fact>* out) {
  for (const facts::Mention& m : mentions) {
    Fact f;
    f.kind = EntityKind(m.type);
    f.begin = tt.tokens[m.first].begin;
    f.end = tt.tokens[m.last - 1].end;
    f.text = std::string(tt.text.substr(f.begin, f.end - f.begin));
    f.value = m.canonical;
    out->push_back(std::move(f));
  }
}

// Dates, numbers, entities and quotes of one tokenised text; returns the entity mentions.
std::vector<facts::Mention> ExtractFrom(const facts::TokenizedText& tt, facts::CivilDate reference,
                                        bool inferred, std::vector<Fact>* out) {
  using namespace facts;  // NOLINT: the stage's own internals
  Claimed claimed(tt.tokens.size(), 0);
  std::vector<Fact> dates;
  ExtractDates(tt, reference, &dates, &claimed);
  NoteDateAnchors(reference, inferred, &dates);
  out->insert(out->end(), std::make_move_iterator(dates.begin()),
              std::make_move_iterator(dates.end()));
  ExtractNumbers(tt, out, &claimed);
  std::vector<Mention> mentions = FindEntities(tt, claimed);
  // A lone weekday or month name is a date word even when no reference date resolves it.
  std::erase_if(mentions, [&](const Mention& m) {
    return m.last - m.first == 1 && IsCalendarWord(tt.Lower(m.first));
  });
  AppendEntities(tt, mentions, out);
  ExtractQuotes(tt, mentions, out);
  return mentions;
}

}  // namespace

std::vector<Fact> ExtractFacts(const Document& document) {
  using namespace facts;  // NOLINT: the stage's own internals
  std::vector<Fact> out;
  // Bounded work: very long texts are cut at 16 MB (articles are far smaller), headlines at 4 KB.
  constexpr size_t kMaxBytes = 16u << 20;
  constexpr size_t kMaxTitleBytes = 4096;
  std::string_view text = document.text;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  TokenizedText tt;
  Tokenize(text, &tt);

  // A page date the content contradicts (a scrape or re-upload stamp) anchors nothing.
  const bool page_date_contradicted =
      std::any_of(document.flags.begin(), document.flags.end(),
                  [](const Flag& f) { return f.kind == "date-contradiction"; });
  CivilDate reference = page_date_contradicted ? CivilDate{} : ParseIsoDate(document.published);
  bool inferred = false;
  if (!reference.valid()) {
    // No publication date: take the first full date in the story (a dateline or "On <date>").
    reference = InferReferenceDate(tt);
    inferred = reference.valid();
  }
  const std::vector<Mention> mentions = ExtractFrom(tt, reference, inferred, &out);

  // The headline states the article's main claim ("... kills 14"): its facts too, marked
  // `in_title`. Its names take the body's canonical forms; a title-case headline keeps only
  // the names the body has.
  std::string_view title = document.title;
  if (title.size() > kMaxTitleBytes) title = title.substr(0, kMaxTitleBytes);
  if (!title.empty()) {
    TokenizedText headline;
    Tokenize(title, &headline);
    std::vector<Fact> title_facts;
    ExtractFrom(headline, reference, inferred, &title_facts);
    const bool title_case = IsTitleCase(headline);
    std::unordered_map<std::string_view, const Mention*> body_names;
    for (const Mention& m : mentions) {
      const size_t b = tt.tokens[m.first].begin, e = tt.tokens[m.last - 1].end;
      body_names.try_emplace(text.substr(b, e - b), &m);
    }
    // Capitals of a title-case headline mark no names: the body's names are looked up in it
    // instead of the tagger's runs ("Edwina Talbot Rejects Harbour Levy").
    if (title_case) {
      std::erase_if(title_facts, [](const Fact& f) { return IsEntityKind(f.kind); });
      FindBodyNames(title, body_names, &title_facts);
    }
    for (Fact& f : title_facts) {
      if (IsEntityKind(f.kind) && !title_case) {
        const Mention* body = BodyMention(body_names, mentions, f.text);
        if (body != nullptr) {
          f.kind = EntityKind(body->type);
          f.value = body->canonical;
        } else if (HasShoutedWord(f.text)) {
          continue;  // "ABOUT TOWN: ...", "EXCLUSIVE": a rubric, not a name
        }
      }
      if (!KeepHeadlineFact(f, title)) continue;
      f.in_title = true;
      out.push_back(std::move(f));
    }
  }

  for (Fact& f : out) f.document = document.id;
  // Headline facts first, then the body's in text order (indices sorted, so each fact moves
  // once).
  std::vector<uint32_t> order(out.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&out](uint32_t x, uint32_t y) {
    const Fact& a = out[x];
    const Fact& b = out[y];
    if (a.in_title != b.in_title) return a.in_title;
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Fact> sorted;
  sorted.reserve(out.size());
  for (uint32_t k : order) sorted.push_back(std::move(out[k]));
  return sorted;
}

}  // namespace stemma

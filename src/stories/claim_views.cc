#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "stories/claim_view.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

namespace {

constexpr int kRecentDays = 31;

}  // namespace

ClaimClass ClassOf(const std::string& kind) {
  if (kind == "number" || kind == "quantity") return ClaimClass::kQuantity;
  if (kind == "money") return ClaimClass::kMoney;
  if (kind == "date") return ClaimClass::kDate;
  if (kind == "quote" || kind == "attribution") return ClaimClass::kQuote;
  return ClaimClass::kNone;
}

// Where the first sentence of `text` ends (bytes).
size_t FirstSentenceEnd(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size() && IsSpaceByte(text[begin])) ++begin;
  return SentenceBounds(text, begin, begin).second;
}

// `published`: the document's publication day (kNoDay when unknown); `lede_end`: where the first
// sentence of its text ends. Both are worked out once per document.
FactView MakeView(const Fact* fact, int doc, std::string_view text, int published,
                  size_t lede_end) {
  FactView v;
  v.fact = fact;
  v.doc = doc;
  v.cls = ClassOf(fact->kind);
  const auto [s, e] = SentenceBounds(text, fact->begin, fact->end);
  v.sentence = s;
  const size_t fb = std::clamp(fact->begin, s, e), fe = std::clamp(fact->end, fb, e);
  // Content words within 120 bytes either side of the fact, inside its sentence.
  const auto window = [&]() {
    const size_t ws = std::max(s, fb > 120 ? fb - 120 : 0), we = std::min(e, fe + 120);
    std::string w(text.substr(ws, fb - ws));
    w += ' ';
    w += text.substr(fe, we - fe);
    std::vector<std::string> words = Folded(w, 40);
    std::erase_if(words, IsDateWord);
    return words;
  };
  switch (v.cls) {
    case ClaimClass::kQuantity:
    case ClaimClass::kMoney: {
      v.number = std::strtod(fact->value.c_str(), nullptr);
      v.bound = BoundBefore(text, fact->begin);
      v.margin = MarginBefore(text, fact->begin) || ShortOf(text, fact->end);
      v.reference = DistanceReference(*fact, text);
      v.partial = PartialCount(text, fact->begin, fact->end);
      v.label = NamesSomething(text, s, fb) || DayOfMonth(text, s, fb, v.number);
      v.aside = v.label || Conversion(text, s, fb) || Rate(text, fb) || Forecast(text, s, fb) ||
                fact->counts.ends_with("points") || fact->counts.ends_with("point") ||
                TableLike(text, s, e) || Hypothetical(text, s, e, fb, fe, true);
      v.combined = CombinedCount(text, fact->begin, fact->end);
      v.listed = Coordinated(text, s, e, fb, fe);
      v.tally = RunningTally(text, s, e, fb);
      v.floor_only = fact->approximate ? PluralMagnitude(fact->text) : 0;
      v.lead = fact->in_title || s <= lede_end;
      v.dated = published != kNoDay;
      v.period = RelativePeriod(text.substr(s, e - s));
      v.rate = RatePeriod(text, fe, e);
      v.span = SpanOfYears(text.substr(s, e - s));
      v.counted_of = fact->counts.empty() ? "" : CountedOf(text, fe, e);
      v.subject =
          fact->counts.empty() ? Folded(text.substr(fe, e - fe), 3) : CountWords(fact->counts);
      WordsAround(text, s, e, fb, fe, v.subject, &v.context, &v.names, &v.near, &v);
      break;
    }
    case ClaimClass::kDate: {
      v.day = ParseIsoDay(fact->value);
      v.precision = fact->value.size() >= 10 ? 2 : (fact->value.size() >= 7 ? 1 : 0);
      v.shape = ShapeOf(fact->value);
      v.weekday = BareWeekday(fact->text);
      v.ahead = v.day != kNoDay && published != kNoDay && v.day > published;
      v.recent =
          v.day != kNoDay && published != kNoDay && std::abs(v.day - published) <= kRecentDays;
      v.names_instance = v.precision == 0 && YearNamesInstance(text, fb, fe);
      v.ordinal = OccasionOrdinal(text, s, e, fb, fe);
      // "9/11" names the attacks, whatever year a document's date fills in.
      v.scheduled = ScheduledDate(text, fb, fe) || DateStamp(text, fb, fe) ||
                    fact->text == "9/11" || fact->text == "9-11" || TableLike(text, s, e) ||
                    Hypothetical(text, s, e, fb, fe, false);
      v.extended = ExtendedDate(text, fb);
      v.subject = window();
      {
        WordsAround(text, s, e, fb, fe, {}, nullptr, &v.names, &v.near, &v);
        // Who did it is often the sentence's first word ("Duncan first sought treatment").
        std::vector<Word> first;
        ContentWords(text.substr(s, std::min<size_t>(e - s, 40)), &first);
        if (!first.empty() && first[0].surface.data() == text.data() + s &&
            first[0].surface[0] >= 'A' && first[0].surface[0] <= 'Z' &&
            !IsCalendarWord(first[0].lower) && !IsTitleWord(first[0].lower)) {
          std::string folded = FoldPlural(first[0].lower);
          const auto at = std::lower_bound(v.names.begin(), v.names.end(), folded);
          if (at == v.names.end() || *at != folded) v.names.insert(at, std::move(folded));
        }
      }
      break;
    }
    case ClaimClass::kQuote:
      v.subject = Folded(fact->text, 40);
      v.speaker = Folded(fact->speaker, 6);
      break;
    case ClaimClass::kNone:
      break;
  }
  return v;
}

// Sets `listed` and `dates` of the number views from the other facts of their sentence (a
// document's facts come kind by kind, not in text order).
void MarkSentenceNeighbours(std::vector<FactView>* views) {
  const auto number = [](const FactView& v) {
    return v.cls == ClaimClass::kQuantity || v.cls == ClaimClass::kMoney;
  };
  const auto key = [&](size_t k) {
    const FactView& v = (*views)[k];
    return std::make_tuple(v.doc, v.fact->in_title, v.sentence);
  };
  std::vector<size_t> order(views->size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return key(x) < key(y); });
  for (size_t i = 0, j; i < order.size(); i = j) {
    // order[i, j): the facts of one sentence (same document, same source, same start).
    for (j = i + 1; j < order.size() && key(order[j]) == key(order[i]); ++j) {
    }
    for (size_t a = i; a < j; ++a) {
      FactView& x = (*views)[order[a]];
      if (!number(x)) continue;
      for (size_t b = i; b < j; ++b) {
        const FactView& y = (*views)[order[b]];
        if (b == a) continue;
        if (y.cls == ClaimClass::kDate) x.dates.push_back(y.fact->value);
        if (number(y) && y.fact->counts == x.fact->counts && y.number != x.number) {
          x.listed = true;
        }
      }
    }
  }
}

// Sets `persons` and `sentence_text` of the date views from the person facts of the story's
// documents: who a sentence tells of, when its capitalised words are shared names of things
// ("the FBI", "War") rather than of people.
void MarkSentencePersons(const StoryInput& story, std::vector<FactView>* views) {
  for (FactView& v : *views) {
    if (v.cls != ClaimClass::kDate) continue;
    const Document& document = *story.documents[v.doc];
    const std::string_view text = FactSource(*v.fact, document);
    const auto [s, e] = SentenceBounds(text, v.fact->begin, v.fact->end);
    v.sentence_text = text.substr(s, e - s);
    for (const Fact* f : story.facts[v.doc]) {
      if (f->kind != "person" || f->in_title != v.fact->in_title || f->begin < s || f->end > e) {
        continue;
      }
      // The surname: the last word, not a suffix ("Donald Trump Jr." -> "trump").
      std::string_view name = f->text;
      std::string last;
      for (int k = 0; k < 2 && last.empty(); ++k) {
        while (!name.empty() && !IsWordByte(static_cast<unsigned char>(name.back()))) {
          name.remove_suffix(1);
        }
        const size_t space = name.find_last_of(' ');
        last = AsciiLower(space == std::string_view::npos ? name : name.substr(space + 1));
        if (last == "jr" || last == "sr" || last == "ii" || last == "iii") {
          last.clear();
          name = space == std::string_view::npos ? std::string_view() : name.substr(0, space);
        }
      }
      if (last.size() >= 2) v.persons.push_back(std::move(last));
    }
    std::sort(v.persons.begin(), v.persons.end());
    v.persons.erase(std::unique(v.persons.begin(), v.persons.end()), v.persons.end());
  }
}

}  // namespace stemma::stories::internal

// Fact views for claims (internal to src/stories): what BuildStoryClaims needs to know of each
// number, date or quote fact, the text checks that fill it in, and the subject and value tests
// that group views into claims and find rival versions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/util.h"
#include "stories/claims.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

enum class ClaimClass { kQuantity, kMoney, kDate, kQuote, kNone };

// What a date fact's value is: a calendar date, a duration ("P3W"), a clock time ("T04:20"), an
// interval ("2011-01-01/...") or a period. Only values of one shape are comparable.
// A week, quarter or season ("2012-W24", "2014-Q3", "2013-SU") is a period of its own shape:
// its prefix says nothing of a month.
enum class DateShape { kCalendar, kDuration, kClock, kInterval, kPeriod };

struct FactView {
  const Fact* fact = nullptr;
  int doc = 0;
  ClaimClass cls = ClaimClass::kNone;
  std::vector<std::string> subject;  // folded content words, sorted, unique
  std::vector<std::string> speaker;  // quotes: folded speaker words
  std::vector<std::string> context;  // quantities: words of the sentence around the number
  std::vector<std::string> names;    // quantities: capitalised words among them (not the first)
  std::vector<std::string> near;     // numbers, dates: lowercase words right before and after
  // Numbers: the two lowercase content words nearest before the number and nearest after its
  // counted words, each side sorted: the number's own predicate ("killed 89 people"). Dates:
  // the same around the date ("sought treatment Sept. 25").
  std::vector<std::string> own_before, own_after;
  bool phrase_ended = false;  // dates: own_after stopped at a comma (see WordsAround)
  double number = 0;
  int day = kNoDay;
  int precision = 0;  // dates: 0 year, 1 month, 2 day
  DateShape shape = DateShape::kCalendar;
  int weekday = -1;       // dates stated only as a weekday name ("on Monday"): 0 = Monday
  int bound = 0;          // numbers: +1 "more than / at least N", -1 "up to / fewer than N"
  bool margin = false;    // numbers: a margin ("led X by 2,000 votes", "three votes short of")
  std::string reference;  // distances: the place measured from ("south of Boston")
  bool partial = false;   // counts: a part added to others ("four other senators")
  // Numbers: a name ("Route 94"), a conversion ("50 km (30 miles)"), a rate or share ("one in
  // 10", "three of four"), a forecast or points, percentage points included (poll leads, scores,
  // index and rate moves: they differ by poll, game and hour).
  bool aside = false;
  bool label = false;     // numbers: part of a name ("Radio Five", "COVID-19"), see NamesSomething
  bool combined = false;  // counts: several kinds together ("dozens of planes, ships and ...")
  bool tally = false;     // counts: a moment's tally of a running count, see RunningTally
  int ordinal = 0;        // dates: the occasion's ordinal ("the first debate"), see OccasionOrdinal
  // Dates: not when something happened: a plan or deadline (ScheduledDate), a stamp (DateStamp),
  // "9/11", or a date in a table run into the text.
  bool scheduled = false;
  bool extended = false;  // dates: an end moved by an extension, see ExtendedDate
  size_t sentence = 0;    // where its sentence begins (bytes into its source)
  // Numbers: another number of the same unit in the sentence ("47 percent for X, 38 percent for
  // Y"): each is about its own neighbour, not the unit.
  bool listed = false;
  std::vector<std::string> dates;  // numbers: values of the dates stated in its sentence
  std::string_view period;         // numbers: the sentence's relative period, see RelativePeriod
  std::string_view rate;           // numbers: the period it is a rate per, see RatePeriod
  bool span = false;               // numbers: a sum over a span of years, see SpanOfYears
  std::string counted_of;          // counts: what their units are of, see CountedOf
  int floor_only = 0;  // "hundreds", "thousands": at least the value, below this many times it
  // Numbers: in the headline or the first sentence, which two reports of one event both give
  // to the event itself (so the predicate may be paraphrased: "410 residents spent the night" /
  // "the evacuation of 140 people").
  bool lead = false;
  bool dated = false;  // its document has a publication day
  // Dates: after the document's publication day, a schedule of the story itself ("closed until
  // 14 May"), not background ("the 1992 explosion").
  bool ahead = false;
  // Dates: within kRecentDays of the document's publication day.
  bool recent = false;
  // Dates: the surnames (last words, lowercased) of the persons the facts stage found in the
  // sentence, sorted, and the sentence itself; see MarkSentencePersons.
  std::vector<std::string> persons;
  std::string_view sentence_text;
  // Dates: a bare year naming which one of a kind ("the 2010 election cycle", "the 2010 law"),
  // not when something happened (a deadline year, "by 2030", is a plan: see ScheduledDate).
  bool names_instance = false;
};

// claim_words.cc: the words of a fact's sentence.
std::vector<std::string> CountWords(std::string_view counts);
std::vector<std::string> Folded(std::string_view text, size_t limit);
bool IsDateWord(const std::string& w);
std::pair<size_t, size_t> SentenceBounds(std::string_view text, size_t begin, size_t end);
bool IsSpaceByte(char c);
void WordsAround(std::string_view text, size_t s, size_t e, size_t fb, size_t fe,
                 const std::vector<std::string>& subject, std::vector<std::string>* context,
                 std::vector<std::string>* names, std::vector<std::string>* near,
                 FactView* own = nullptr);
std::string LowerBefore(std::string_view text, size_t begin, size_t n);

// claim_number_cues.cc: what a number is in its sentence (a bound, a margin, a part, a name, ...).
int PluralMagnitude(std::string_view text);
std::string_view RelativePeriod(std::string_view sentence);
std::string_view RatePeriod(std::string_view text, size_t end, size_t e);
bool SpanOfYears(std::string_view sentence);
std::string CountedOf(std::string_view text, size_t end, size_t e);
int BoundBefore(std::string_view text, size_t begin);
bool MarginBefore(std::string_view text, size_t begin);
bool PartialCount(std::string_view text, size_t begin, size_t end);
bool NamesSomething(std::string_view text, size_t s, size_t begin);
bool Rate(std::string_view text, size_t begin);
bool Forecast(std::string_view text, size_t s, size_t begin);
bool ShortOf(std::string_view text, size_t end);
bool Conversion(std::string_view text, size_t s, size_t begin);
bool CombinedCount(std::string_view text, size_t begin, size_t end);
bool RunningTally(std::string_view text, size_t s, size_t e, size_t begin);
bool TableLike(std::string_view text, size_t s, size_t e);
std::string DistanceReference(const Fact& fact, std::string_view text);

// claim_figure_clauses.cc: what a figure's clause says of it (hypothetical, coordinated, a day).
bool DayOfMonth(std::string_view text, size_t s, size_t begin, double value);
bool Hypothetical(std::string_view text, size_t s, size_t e, size_t begin, size_t end,
                  bool subject);
bool Coordinated(std::string_view text, size_t s, size_t e, size_t begin, size_t end);

// claim_date_cues.cc: what a date is in its sentence (a shape, a plan, a stamp, an occasion).
DateShape ShapeOf(std::string_view value);
int BareWeekday(std::string_view text);
bool YearNamesInstance(std::string_view text, size_t begin, size_t end);
bool ScheduledDate(std::string_view text, size_t begin, size_t end);
bool ExtendedDate(std::string_view text, size_t begin);
bool DateStamp(std::string_view text, size_t begin, size_t end);
int OccasionOrdinal(std::string_view text, size_t s, size_t e, size_t fb, size_t fe);

// claim_views.cc: building the views.
ClaimClass ClassOf(const std::string& kind);
size_t FirstSentenceEnd(std::string_view text);
FactView MakeView(const Fact* fact, int doc, std::string_view text, int published, size_t lede_end);
void MarkSentenceNeighbours(std::vector<FactView>* views);
void MarkSentencePersons(const StoryInput& story, std::vector<FactView>* views);

// claim_subjects.cc: whether two views are about the same subject.
int SubjectMatch(const FactView& a, const FactView& b);

// claim_compatible.cc: whether two values can both hold.
bool Compatible(const FactView& a, const FactView& b);
bool Supports(const FactView& head, const FactView& v);
bool StatesCompatible(const std::vector<FactView>& views, const std::vector<size_t>& of_doc,
                      const FactView& head, const FactView& rival);

// claim_rivals.cc: rival versions of one statement.
bool MentionsSurname(std::string_view text, std::string_view speaker);
bool Rivals(const FactView& a, const FactView& b, const StoryInput& story);

}  // namespace stemma::stories::internal

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "stories/claim_view.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

DateShape ShapeOf(std::string_view value) {
  if (!value.empty() && value[0] == 'P') return DateShape::kDuration;
  if (value.size() > 5 && value[4] == '-' && value[5] >= 'A' && value[5] <= 'Z') {
    return DateShape::kPeriod;
  }
  if (!value.empty() && value[0] == 'T') return DateShape::kClock;
  if (value.find('/') != std::string_view::npos) return DateShape::kInterval;
  return DateShape::kCalendar;
}

// 0-6 when `text` names a weekday and carries no day number or month ("early on Tuesday"),
// else -1: such a date was resolved by the facts stage from a reference date and may be off
// by a week (a future "on Monday" read as the past one).
int BareWeekday(std::string_view text) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  std::string lower;
  for (char c : text) {
    if (c >= '0' && c <= '9') return -1;
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  int found = -1;
  for (int d = 0; d < 7; ++d) {
    if (lower.find(kDays[d]) != std::string::npos) found = d;
  }
  if (found < 0) return -1;
  std::vector<Word> words;
  ContentWords(text, &words);
  for (const Word& w : words) {
    if (IsCalendarWord(w.lower) && w.lower != kDays[found]) return -1;  // a month too
  }
  return found;
}

// Whether the year at text[begin, end) modifies the noun after it ("the 2012 election cycle",
// "a 1992 gas explosion"): a lowercase word that is no stopword ("in 2009 and", "2010 was")
// follows right after one space.
bool YearNamesInstance(std::string_view text, size_t begin, size_t end) {
  if (end - begin != 4 || end + 2 > text.size() || text[end] != ' ') return false;
  size_t e = end + 1;
  while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
  if (e == end + 1 || (e < text.size() && IsWordByte(static_cast<unsigned char>(text[e])))) {
    return false;
  }
  return !IsStopword(text.substr(end + 1, e - end - 1));
}

// Whether the date at [begin, end) is when something is scheduled or due ("trial is set for June
// 17", "the vote scheduled for Monday", "must redraw the lines by Aug. 1", "the Nov. 20
// deadline", "set to expire April 19"): a plan, which an outcome or another plan on another day
// does not contradict (a cue in the 40 bytes before the date).
bool ScheduledDate(std::string_view text, size_t begin, size_t end) {
  const std::string before = LowerBefore(text, begin, 40);
  for (std::string_view cue :
       {"scheduled", "slated", "planned for", " due ", "deadline", "expire", "postpone"}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  // "must redraw the lines by Aug. 1", "has set a pretrial conference for March 31".
  if (before == "by " || before.ends_with(" by ") ||
      (before.ends_with(" for ") && before.find(" set ") != std::string::npos)) {
    return true;
  }
  // "a 5 p.m. Friday deadline", "the Nov. 20 deadline".
  return AsciiLower(text.substr(std::min(end, text.size()), 10)).starts_with(" deadline");
}

// Whether the date at `begin` is an end moved by an extension ("extended the order through May
// 14", a cue in the 40 bytes before it): the end before the extension ("an order effective until
// June 10") was the plan too, not a rival version of it.
bool ExtendedDate(std::string_view text, size_t begin) {
  return LowerBefore(text, begin, 40).find("extend") != std::string::npos;
}

namespace {

// Whether the full date at [begin, end) ("January 30, 2020") closes a photo caption: a place of
// capitalised words between commas right before it and the sentence's full stop right after it
// ("Senate impeachment trial in Washington, U.S., January 30, 2020.").
bool CaptionStamp(std::string_view text, size_t begin, size_t end) {
  const std::string_view date = text.substr(begin, end - begin);
  if (end >= text.size() || text[end] != '.' || date.find(", ") == std::string_view::npos ||
      begin < 4 || text.substr(begin - 2, 2) != ", ") {
    return false;
  }
  const size_t comma = text.rfind(", ", begin - 3);
  if (comma == std::string_view::npos || comma + 4 >= begin || begin - comma > 40) return false;
  const std::string_view place = text.substr(comma + 2, begin - 2 - comma - 2);
  for (size_t i = 0; i < place.size(); ++i) {
    const bool starts_word = i == 0 || place[i - 1] == ' ';
    if (starts_word && !(place[i] >= 'A' && place[i] <= 'Z')) return false;
  }
  const size_t word = text.rfind(' ', comma);  // the place's first name: "Washington"
  const char first = word == std::string_view::npos ? text[0] : text[std::min(word + 1, comma)];
  return !place.empty() && first >= 'A' && first <= 'Z';
}

}  // namespace

// Whether the date at [begin, end) stamps a source rather than dating an event: in parentheses
// ("49 percent (June 2012)", a video's "(JANUARY 28, 2014)"), a tweet's signature ("— Name
// (@handle) February 9, 2019"), a photo caption's closing date, a week of a weekly series ("the
// week ending May 16"), the moment a tally was taken ("as of Feb. 6"), or an edition or issue
// ("the August 29, 2017, print edition", "the May 2 issue").
bool DateStamp(std::string_view text, size_t begin, size_t end) {
  end = std::min(end, text.size());
  if (begin > 0 && text[begin - 1] == '(' && end < text.size() && text[end] == ')') return true;
  const std::string before = LowerBefore(text, begin, 40);
  // "Appeared in the August 29, 2017, print edition": the date of an edition or an issue.
  std::string_view after = text.substr(end, std::min<size_t>(text.size() - end, 32));
  const auto skip = [&] {
    while (!after.empty() && (after[0] == ',' || after[0] == ' ')) after.remove_prefix(1);
  };
  skip();
  if (after.size() > 4 &&
      std::all_of(after.begin(), after.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    after.remove_prefix(4);  // the year of "August 29, 2017, print edition"
    skip();
  }
  const std::string next = AsciiLower(after);
  if (next.starts_with("print edition") || next.starts_with("edition") ||
      next.starts_with("issue ") || next.starts_with("issue.") || next.starts_with("issue,")) {
    return true;
  }
  return CaptionStamp(text, begin, end) || before.find("(@") != std::string::npos ||
         before.ends_with("week ending ") || before.ends_with("weeks ending ") ||
         before.ends_with("as of ");
}

// The ordinal of the occasion a date is given for, from the words around it within its
// sentence: "the first of three debates ... October 3" / "the final debate on October 22" are
// two occasions. 1 first (also "initial", "opening"), 2 second, 3 third, 9 final, 0 none.
int OccasionOrdinal(std::string_view text, size_t s, size_t e, size_t fb, size_t fe) {
  const size_t ws = std::max(s, fb > 120 ? fb - 120 : 0), we = std::min(e, fe + 60);
  const std::string lower = AsciiLower(text.substr(ws, we - ws));
  int found = 0;
  for (size_t i = 0, j; i < lower.size(); i = j + 1) {
    j = i;
    while (j < lower.size() && lower[j] >= 'a' && lower[j] <= 'z') ++j;
    const std::string_view x = std::string_view(lower).substr(i, j - i);
    const int ordinal = (x == "first" || x == "initial" || x == "initially" || x == "opening") ? 1
                        : x == "second"                                                        ? 2
                        : x == "third"                                                         ? 3
                        : x == "final"                                                         ? 9
                                                                                               : 0;
    if (ordinal == 0) continue;
    if (found != 0 && found != ordinal) return 0;  // two occasions named: no single ordinal
    found = ordinal;
  }
  return found;
}

}  // namespace stemma::stories::internal

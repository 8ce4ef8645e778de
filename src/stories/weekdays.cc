#include "stories/weekdays.h"

#include <string_view>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// 0 = Monday for days since 1970-01-01 (a Thursday).
int WeekdayOf(int day) { return ((day % 7) + 7 + 3) % 7; }

}  // namespace

std::vector<Fact> ResolveWeekdays(const Document& document, const std::vector<const Fact*>& facts,
                                  int story_day, size_t limit) {
  std::vector<Fact> out;
  if (story_day == kNoDay || ParseIsoDay(document.published) != kNoDay) return out;
  const std::string_view text = document.text;
  for (size_t i = 0; i < text.size() && out.size() < limit; ++i) {
    if (text[i] < 'F' || text[i] > 'W' || (i > 0 && IsLetter(text[i - 1]))) continue;
    for (size_t w = 0; w < std::size(kWeekdays); ++w) {
      const std::string_view name = kWeekdays[w];
      if (text.compare(i, name.size(), name) != 0) continue;
      const size_t end = i + name.size();
      if (end < text.size() && IsLetter(text[end]) && text[end] != 's') break;
      bool covered = false;
      for (const Fact* f : facts) {
        covered |= f->kind == "date" && !f->in_title && f->begin < end && f->end > i;
      }
      if (covered) break;
      const int back = (WeekdayOf(story_day) - static_cast<int>(w) + 7) % 7;
      Fact fact;
      fact.document = document.id;
      fact.kind = "date";
      fact.text = std::string(name);
      fact.begin = i;
      fact.end = end;
      fact.value = FormatIsoDay(story_day - back);
      fact.counts = "relative to the story date " + FormatIsoDay(story_day);
      out.push_back(std::move(fact));
      break;
    }
  }
  return out;
}

}  // namespace stemma::stories

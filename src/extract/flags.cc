#include "extract/flags.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "extract/dates.h"

namespace stemma::extract {
namespace {

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool Letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// "Charles Langston:" at the start of `title` -> "Charles Langston".
std::string TitleNamePrefix(std::string_view title) {
  size_t colon = title.find(':');
  if (colon == std::string_view::npos || colon < 5 || colon > 40) return {};
  std::string_view name = title.substr(0, colon);
  int words = 0;
  bool word_start = true;
  for (char c : name) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!Upper(c)) return {};
      ++words;
      word_start = false;
    } else if (!Letter(c) && c != '.' && c != '-' && c != '\'') {
      return {};
    }
  }
  if (words < 2 || words > 3) return {};
  return std::string(name);
}

bool IsPhotoCaption(std::string_view line) {
  static const char* kMarks[] = {"Photo",    "photo",    "Image",   "image", "Getty",
                                 "Reuters)", "AP)",      "AFP",     "File",  "Credit",
                                 "credit",   "Pictured", "pictured"};
  for (const char* m : kMarks) {
    if (line.find(m) != std::string_view::npos) return true;
  }
  return false;
}

long DayNumber(int y, int m, int d) { return y * 372L + (m - 1) * 31L + (d > 0 ? d - 1 : 0); }

}  // namespace

bool RemoveInjectedName(std::string* title, std::string* text, std::vector<Flag>* flags) {
  std::string name = TitleNamePrefix(*title);
  if (name.empty()) return false;
  // Spliced occurrences: the name glued to a neighbouring word.
  size_t glued = 0;
  for (size_t p = text->find(name); p != std::string::npos; p = text->find(name, p + 1)) {
    size_t e = p + name.size();
    bool left = p > 0 && Letter((*text)[p - 1]);
    bool right = e < text->size() && std::islower(static_cast<unsigned char>((*text)[e]));
    if (left || right) ++glued;
  }
  if (glued == 0) return false;
  std::string cleaned;
  cleaned.reserve(text->size());
  for (size_t p = 0; p < text->size();) {
    if (text->compare(p, name.size(), name) == 0) {
      size_t e = p + name.size();
      if (e < text->size() && (*text)[e] == ':') ++e;
      p = e;
      continue;
    }
    cleaned.push_back((*text)[p++]);
  }
  *text = std::move(cleaned);
  std::string rest = title->substr(name.size() + 1);
  size_t b = rest.find_first_not_of(' ');
  *title = b == std::string::npos ? std::string() : rest.substr(b);
  flags->push_back(
      {"injected-text", "\"" + name + "\" spliced into the title and into words of the text"});
  return true;
}

namespace {

// The year a forward phrase at `at` points to ("will open in 2025"), when it is already past
// at the page's date: close after the phrase, in the same clause, not a past participle
// ("carried in 2008"), else 0.
int ForwardYearAfter(std::string_view sentence, size_t at, int page_year) {
  std::string_view window = sentence.substr(at + 1, 48);
  static const char* kClauseBreaks[] = {",",      "\"",      " who ",   " that ",   " which ",
                                        " when ", " since ", " after ", " before ", " than "};
  for (size_t i = 0; i + 8 <= window.size(); ++i) {
    std::string_view before = window.substr(0, i);
    for (const char* b : kClauseBreaks) {
      if (before.find(b) != std::string_view::npos) return 0;
    }
    std::string_view prep = window.substr(i, 4);
    if (prep != " in " && prep != " by ") continue;
    std::string_view digits = window.substr(i + 4, 4);
    if (digits.size() < 4 || !std::all_of(digits.begin(), digits.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    if (i + 8 < window.size() && std::isalnum(static_cast<unsigned char>(window[i + 8]))) continue;
    if (i >= 2 && window.substr(i - 2, 2) == "ed") continue;  // "signed up in 2013"
    int year = std::stoi(std::string(digits));
    if (year >= 1990 && year < page_year) return year;
  }
  return 0;
}

// A sentence that looks forward ("will", "is planned for", "next") to a year already past at
// the page's date was written before that year: the page date is not when the text was written.
int StaleFutureYear(std::string_view text, int page_year) {
  static const char* kForward[] = {" will ",    " planned for ", " scheduled for ", " is due ",
                                   " are due ", " next meeting", " upcoming "};
  text = text.substr(0, 1 << 20);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(".!?\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view sentence = text.substr(start, end - start);
    start = end + 1;
    for (const char* f : kForward) {
      for (size_t at = sentence.find(f); at != std::string_view::npos;
           at = sentence.find(f, at + 1)) {
        if (int year = ForwardYearAfter(sentence, at, page_year)) return year;
      }
    }
  }
  return 0;
}

}  // namespace

void CheckDateContradiction(std::string_view published, std::string_view text,
                            std::string_view boilerplate, std::vector<Flag>* flags) {
  std::vector<Ymd> page = FindDates(published, 1);
  if (page.empty()) return;
  const Ymd& p = page[0];
  if (int stale = StaleFutureYear(text, p.year)) {
    char buf[160];
    std::snprintf(buf, sizeof(buf),
                  "page dated %04d-%02d-%02d but the text looks forward to %d as still to come",
                  p.year, p.month, p.day, stale);
    flags->push_back({"date-contradiction", buf});
    return;
  }
  long page_day = DayNumber(p.year, p.month, p.day);
  bool found = false, in_furniture = false;
  Ymd latest;
  auto scan = [&](std::string_view part, bool furniture) {
    for (const Ymd& d : FindDates(part, 512)) {
      if (d.day == 0) continue;
      if (d.year == p.year && d.month == p.month && d.day == p.day) continue;  // the stamp itself
      if (!found || latest < d) latest = d;
      found = true;
      in_furniture |= furniture;
    }
  };
  // Furniture line by line, without photo captions: file photos are old by nature.
  boilerplate = boilerplate.substr(0, 1 << 20);
  for (size_t pos = 0; pos < boilerplate.size();) {
    size_t nl = boilerplate.find('\n', pos);
    if (nl == std::string_view::npos) nl = boilerplate.size();
    std::string_view line = boilerplate.substr(pos, nl - pos);
    pos = nl + 1;
    if (!IsPhotoCaption(line)) scan(line, true);
  }
  scan(text.substr(0, 1 << 20), false);
  if (!found || !in_furniture) return;
  long text_day = DayNumber(latest.year, latest.month, latest.day);
  if (page_day - text_day > 365) {
    char buf[160];
    std::snprintf(buf, sizeof(buf),
                  "page dated %04d-%02d-%02d but the latest date the page refers to is "
                  "%04d-%02d-%02d",
                  p.year, p.month, p.day, latest.year, latest.month, latest.day);
    flags->push_back({"date-contradiction", buf});
  }
}

void CheckTopicMismatch(std::string_view byline, std::string_view bio, std::string_view text,
                        std::vector<Flag>* flags) {
  if (bio.empty()) return;
  // Capitalised phrases inside sentences of the bio (not sentence starts, not the author).
  std::vector<std::string> phrases;
  size_t i = 0;
  bool sentence_start = true;
  while (i < bio.size()) {
    if (!Letter(bio[i])) {
      if (bio[i] == '.' || bio[i] == '!' || bio[i] == '?') sentence_start = true;
      ++i;
      continue;
    }
    size_t s = i;
    while (i < bio.size() && (Letter(bio[i]) || bio[i] == '-' || bio[i] == '\'')) ++i;
    bool cap = Upper(bio[s]);
    if (!cap || sentence_start) {
      sentence_start = false;
      continue;
    }
    size_t e = i;
    while (e + 1 < bio.size() && bio[e] == ' ' && Upper(bio[e + 1])) {
      size_t f = e + 1;
      while (f < bio.size() && (Letter(bio[f]) || bio[f] == '-')) ++f;
      e = f;
    }
    i = e;
    std::string phrase(bio.substr(s, e - s));
    if (byline.find(phrase) == std::string_view::npos && phrases.size() < 16)
      phrases.push_back(phrase);
  }
  if (phrases.empty()) return;
  std::string listed;
  for (const auto& ph : phrases) {
    if (text.find(ph) != std::string_view::npos) return;
    if (!listed.empty()) listed += ", ";
    listed += ph;
  }
  flags->push_back(
      {"topic-mismatch", "author bio is about " + listed + "; the text never mentions it"});
}

}  // namespace stemma::extract

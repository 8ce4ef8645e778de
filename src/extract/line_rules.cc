// Line predicates for text scrapes: what a boilerplate, metadata or author line looks like.
#include "extract/line_rules.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "extract/text_cleanup.h"

namespace stemma::extract {

bool StartsWithCi(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

std::string Trim(std::string_view s, std::string_view chars) {
  size_t b = s.find_first_not_of(chars);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(chars);
  return std::string(s.substr(b, e - b + 1));
}

bool EndsSentence(std::string_view s) {
  std::string t = Trim(s, " *_");
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ':') return true;
  return t.size() >= 3 && (t.compare(t.size() - 3, 3, "\xE2\x80\x9D") == 0 ||  // ”
                           t.compare(t.size() - 3, 3, "\xE2\x80\x99") == 0);   // ’
}

size_t WordCount(std::string_view s) { return Words(s).size(); }

bool IsCounter(std::string_view s) {
  if (s.size() > 40 || s.empty() || s.back() != ')') return false;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || open + 2 > s.size() - 1) return false;
  for (size_t i = open + 1; i + 1 < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])) && s[i] != ',' && s[i] != '.') return false;
  }
  return WordCount(s.substr(0, open)) <= 3;
}

// "The original source of this article is X", "Originally published at X" -> X.
std::string RepublishedFrom(std::string_view s) {
  static const char* kMarkers[] = {"the original source of this article is ",
                                   "originally published at ",
                                   "originally published on ",
                                   "originally published in ",
                                   "originally published by ",
                                   "this article was originally published "};
  std::string low = Lower(s);
  for (const char* m : kMarkers) {
    size_t p = low.find(m);
    if (p != std::string::npos) {
      std::string rest = Trim(s.substr(p + strlen(m)), " .:\t");
      if (StartsWithCi(rest, "on ") || StartsWithCi(rest, "at ") || StartsWithCi(rest, "by ")) {
        rest = rest.substr(3);
      }
      return rest.substr(0, 200);
    }
  }
  return {};
}

bool IsLinkListHeader(std::string_view s) {
  if (s.size() > 48) return false;
  static const char* kHeaders[] = {"related",
                                   "ranking",
                                   "recommendation",
                                   "recommendations",
                                   "recommended",
                                   "read more",
                                   "more stories",
                                   "read next",
                                   "you may also like",
                                   "you might also like",
                                   "most popular",
                                   "most read",
                                   "trending",
                                   "popular",
                                   "latest news",
                                   "latest",
                                   "see also",
                                   "hot news",
                                   "top stories",
                                   "editor's picks",
                                   "tags",
                                   "comments",
                                   "leave a comment",
                                   "leave a reply",
                                   "partner news",
                                   "our latest stories",
                                   "latest stories",
                                   "more news",
                                   "related links",
                                   "related articles",
                                   "related stories",
                                   "related posts",
                                   "related news",
                                   "related content",
                                   "recent posts",
                                   "popular posts",
                                   "more from",
                                   "more in",
                                   "also read",
                                   "don't miss"};
  std::string low = Lower(Trim(s, " :#*\t\xC2\xA0"));
  for (const char* h : kHeaders) {
    if (low == h) return true;
  }
  for (const char* p :
       {"related ", "more from ", "most popular ", "more stories ", "latest from "}) {
    if (low.compare(0, strlen(p), p) == 0) return true;
  }
  return false;
}

bool IsSeparator(std::string_view s) {
  std::string t = Trim(s);
  if (t.size() < 3) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return c == '_' || c == '-' || c == '*' || c == '=' || c == ' ';
  });
}

bool IsFooter(std::string_view s) {
  static const char* kPrefixes[] = {"copyright",
                                    "\xC2\xA9",
                                    "disclaimer",
                                    "all rights reserved",
                                    "comment on",
                                    "become a member",
                                    "articles by",
                                    "for media inquiries",
                                    "share this",
                                    "follow us",
                                    "subscribe to",
                                    "sign up for",
                                    "click here",
                                    "related:",
                                    "tags:",
                                    "topics:",
                                    "filed under",
                                    "region:",
                                    "in-depth report:",
                                    "category:",
                                    "categories:"};
  std::string low = Lower(s.substr(0, 64));
  for (const char* p : kPrefixes) {
    if (low.compare(0, strlen(p), p) == 0) return true;
  }
  std::string all = Lower(s);
  return all.find("fair use") != std::string::npos ||
         all.find("copyrighted material") != std::string::npos ||
         all.find("all rights reserved") != std::string::npos;
}

bool IsNameLine(std::string_view s) {
  if (s.size() > 50 || s.empty()) return false;
  auto words = Words(s);
  if (words.size() < 2 || words.size() > 4) return false;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      if (i > start && !std::isupper(static_cast<unsigned char>(s[start]))) return false;
      start = i + 1;
    } else if (!std::isalpha(static_cast<unsigned char>(s[i])) && s[i] != '.' && s[i] != '-' &&
               s[i] != '\'' && !(s[i] & 0x80)) {
      return false;
    }
  }
  return true;
}

bool IsBio(std::string_view s) {
  static const char* kWords[] = {"journalist", "reporter",   "writer",   "correspondent",
                                 "editor",     " covers ",   "based in", "columnist",
                                 "author of",  "contributor"};
  std::string low = Lower(s);
  for (const char* w : kWords) {
    if (low.find(w) != std::string::npos) return true;
  }
  return false;
}

namespace {

// Length of "<digits> of <digits>" at text[i], or 0.
size_t PositionLength(std::string_view t, size_t i) {
  auto digits = [&](size_t at) {
    size_t n = 0;
    while (at + n < t.size() && n < 6 && t[at + n] >= '0' && t[at + n] <= '9') ++n;
    return n;
  };
  const size_t a = digits(i);
  if (a == 0 || t.substr(i + a, 4) != " of ") return 0;
  const size_t b = digits(i + a + 4);
  return b == 0 ? 0 : a + 4 + b;
}

}  // namespace

size_t RemoveGalleryMarkers(std::string* text) {
  static constexpr std::string_view kMarkers[] = {"Hide Caption ", "Show Caption "};
  std::string_view t = *text;
  std::string out;
  size_t removed = 0, copied = 0;
  for (size_t i = t.find(" Caption "); i != std::string_view::npos;
       i = t.find(" Caption ", i + 1)) {
    if (i < 4) continue;
    const size_t start = i - 4;
    bool marker = false;
    for (std::string_view m : kMarkers) marker |= t.substr(start, m.size()) == m;
    if (!marker || start < copied) continue;
    const size_t digits_at = start + kMarkers[0].size();
    const size_t position = PositionLength(t, digits_at);
    if (position == 0) continue;
    size_t end = digits_at + position;
    for (std::string_view tail : {" Photos:", " photos:", " Photo:", " photo:"}) {
      if (t.substr(end, tail.size()) == tail) {
        end += tail.size();
        break;
      }
    }
    while (end < t.size() && t[end] == ' ') ++end;
    size_t keep_to = start;
    while (keep_to > copied && t[keep_to - 1] == ' ') --keep_to;
    out.append(t.substr(copied, keep_to - copied));
    if (!out.empty() && end < t.size() && t[end] != '\n') out.push_back(' ');
    copied = end;
    ++removed;
  }
  if (removed == 0) return 0;
  out.append(t.substr(copied));
  *text = std::move(out);
  return removed;
}

size_t RemoveVideoTeasers(std::string* text) {
  if (text->find("JUST WATCHED ") == std::string::npos) return 0;
  std::string_view t = *text;
  std::string out;
  size_t removed = 0;
  for (size_t begin = 0; begin <= t.size();) {
    size_t end = t.find("\n\n", begin);
    if (end == std::string_view::npos) end = t.size();
    const std::string_view paragraph = t.substr(begin, end - begin);
    if (paragraph.starts_with("JUST WATCHED ") &&
        (paragraph.find("Replay More Videos") != std::string_view::npos ||
         paragraph.find("MUST WATCH") != std::string_view::npos)) {
      ++removed;
    } else {
      if (!out.empty()) out += "\n\n";
      out.append(paragraph);
    }
    begin = end + 2;
  }
  if (removed > 0) *text = std::move(out);
  return removed;
}

size_t RemoveNameTooltips(std::string* text) {
  constexpr size_t kReach = 600;      // bytes of full name and headlines before "MORE"
  constexpr size_t kNameReach = 120;  // bytes of full name before the glued surname
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto letter = [&](char c) { return upper(c) || lower(c); };
  std::string_view t = *text;
  std::string out;
  size_t removed = 0, copied = 0;
  for (size_t m = t.find("MORE"); m != std::string_view::npos; m = t.find("MORE", m + 4)) {
    if (m == 0 || t[m - 1] != ' ' || (m + 4 < t.size() && letter(t[m + 4])) || m < copied) {
      continue;
    }
    // The first glued surname ("McConnellSchumer") whose surname also ends the shown name
    // ("Mitch McConnell Addison ...") a little before it.
    const size_t from = std::max(copied, m > kReach ? m - kReach : 0);
    size_t cut = std::string_view::npos;
    int tries = 0;  // glued words looked up per "MORE": bounded work on hostile text
    for (size_t g = from; g + 1 < m && cut == std::string_view::npos && tries < 8; ++g) {
      // A headline may open with a capital, a digit or a quote mark ("McCain2020 Democrats").
      const char next = t[g + 1];
      if (!lower(t[g]) || !(upper(next) || (next >= '0' && next <= '9') || next == '\'' ||
                            next == '"' || next == '\xE2')) {
        continue;
      }
      ++tries;
      size_t w = g;
      while (w > from && letter(t[w - 1])) --w;
      if (!upper(t[w]) || g + 1 - w < 3) continue;
      const std::string_view surname = t.substr(w, g + 1 - w);
      const size_t look = std::max(from, w > kNameReach ? w - kNameReach : 0);
      const size_t shown = t.substr(look, w - look).find(std::string(surname) + " ");
      if (shown == std::string_view::npos) continue;
      const size_t at = look + shown;
      if (at > 0 && letter(t[at - 1])) continue;  // a whole word
      cut = at + surname.size();
    }
    if (cut == std::string_view::npos) continue;
    out.append(t.substr(copied, cut - copied));
    copied = m + 4;
    ++removed;
  }
  if (removed == 0) return 0;
  out.append(t.substr(copied));
  *text = std::move(out);
  return removed;
}

}  // namespace stemma::extract

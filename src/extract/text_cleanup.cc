// Line-based cleanup of text scrapes: header metadata, link lists, counters, footers, repeats.
#include "extract/text_cleanup.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "extract/dates.h"
#include "extract/line_rules.h"

namespace stemma::extract {
namespace {

constexpr size_t kMaxLines = 1u << 20;

struct Line {
  std::string text;
  bool heading = false;
  bool link_only = false;
  bool drop = false;
  bool link_list = false;  // an item of a "Related"/"Ranking" list
};

bool IsBodyLike(const Line& l) {
  if (l.heading) return false;
  return l.text.size() >= 250 || (l.text.size() >= 80 && EndsSentence(l.text));
}

// "veryGood! (9913)", "Likes (12)": a short label followed by a bare count.

using WordBag = std::unordered_set<std::string>;

WordBag BagOf(std::string_view s) {
  auto w = Words(s);
  return WordBag(w.begin(), w.end());
}

// Share of the words `wa` that occur in `b`.
double Containment(const std::vector<std::string>& wa, const WordBag& b) {
  if (wa.empty()) return 0;
  size_t hit = 0;
  for (const auto& w : wa) hit += b.count(w);
  return static_cast<double>(hit) / wa.size();
}

bool IsBareUrl(std::string_view t) {
  if (!(StartsWithCi(t, "http://") || StartsWithCi(t, "https://") || StartsWithCi(t, "www.")) ||
      t.size() > 2048) {
    return false;
  }
  for (char c : t) {
    if (c == ' ' || c == '\t') return false;
  }
  return true;
}

void ParseHeader(std::vector<Line>& lines, size_t body_start, CleanedText* out) {
  for (size_t i = 0; i < body_start; ++i) {
    Line& l = lines[i];
    std::string_view t = l.text;
    // A line holding the next line plus breadcrumb/site decoration is the page <title>.
    if (i + 1 < lines.size() && lines[i + 1].text.size() >= 20 && !l.heading) {
      size_t at = l.text.find(lines[i + 1].text);
      if (at != std::string::npos && l.text.size() > lines[i + 1].text.size()) {
        std::string suffix =
            Trim(l.text.substr(at + lines[i + 1].text.size()), " -|:\t\xE2\x80\x93\x94");
        if (!suffix.empty() && WordCount(suffix) <= 4 && out->outlet.empty()) out->outlet = suffix;
        l.drop = true;
        out->flags.push_back({"repeated-headline", "page title line repeats the headline"});
        continue;
      }
    }
    // A scrape's source line ("https://example.org/news/2013/...") is the page's address, not
    // its headline.
    if (IsBareUrl(t)) {
      if (out->url.empty()) out->url = std::string(t);
      l.drop = true;
      continue;
    }
    if (StartsWithCi(t, "date:") || StartsWithCi(t, "published:") || StartsWithCi(t, "posted:") ||
        StartsWithCi(t, "updated:") || StartsWithCi(t, "first published:") ||
        StartsWithCi(t, "last updated:")) {
      if (out->published_raw.empty()) out->published_raw = Trim(t.substr(t.find(':') + 1));
      l.drop = true;
      continue;
    }
    if (StartsWithCi(t, "by ") && t.size() <= 100 && !EndsSentence(t)) {
      std::string name = Trim(t.substr(3));
      size_t comma = name.find(',');
      if (comma != std::string::npos && !NormalizeDate(name.substr(comma + 1)).empty()) {
        if (out->published_raw.empty()) out->published_raw = Trim(name.substr(comma + 1));
        name = name.substr(0, comma);
      }
      if (out->byline.empty()) out->byline = name;
      l.drop = true;
      continue;
    }
    size_t comma = l.text.find(',');
    if (comma != std::string::npos && comma < 60 && l.text.size() < 100 &&
        !NormalizeDate(l.text.substr(comma + 1)).empty() &&
        WordCount(l.text.substr(0, comma)) <= 5) {
      if (out->outlet.empty()) out->outlet = Trim(l.text.substr(0, comma));
      if (out->published_raw.empty()) out->published_raw = Trim(l.text.substr(comma + 1));
      l.drop = true;
      continue;
    }
    if (l.link_only || IsFooter(t) || IsSeparator(t)) {
      l.drop = true;
      continue;
    }
    if (out->title.empty() &&
        (l.heading || (l.text.size() <= 200 && !EndsSentence(t) && WordCount(t) >= 3))) {
      out->title = l.text;
      l.drop = true;
      continue;
    }
    if (WordCount(t) <= 4 && !EndsSentence(t)) l.drop = true;  // site names, section labels
  }
}

}  // namespace

CleanedText CleanText(std::string_view content) {
  CleanedText out;
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= content.size()) {
    if (lines.size() >= kMaxLines) {
      out.flags.push_back({"truncated", "text has too many lines; cleaned a prefix"});
      break;
    }
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    std::string t = Trim(raw);
    if (t.empty()) continue;
    Line l;
    if (t[0] == '#') {
      size_t h = t.find_first_not_of('#');
      if (h != std::string::npos && t[h] == ' ') {
        l.heading = true;
        t = t.substr(h + 1);
      }
    }
    if ((t[0] == '-' || t[0] == '*' || t[0] == '+') && t.size() > 1 && t[1] == ' ') t = t.substr(2);
    if (t[0] == '>') t = Trim(t.substr(1));
    if (IsSeparator(t)) continue;
    l.text = StripMarkdownInline(t, &l.link_only);
    if (l.text.empty()) continue;
    lines.push_back(std::move(l));
  }
  size_t body_start = 0;
  while (body_start < lines.size() && !IsBodyLike(lines[body_start])) ++body_start;
  if (body_start == lines.size()) body_start = std::min<size_t>(1, lines.size());
  ParseHeader(lines, body_start, &out);

  std::vector<WordBag> kept_recent;  // the first body lines, for repeat detection
  const WordBag title_bag = BagOf(out.title);
  for (size_t i = body_start; i < lines.size(); ++i) {
    Line& l = lines[i];
    const std::string& t = l.text;
    std::string from = RepublishedFrom(t);
    if (!from.empty()) {
      if (out.republished_from.empty()) out.republished_from = from;
      l.drop = true;
      continue;
    }
    if (IsCounter(t) || IsFooter(t)) {
      l.drop = true;
      continue;
    }
    if (IsLinkListHeader(t)) {
      l.drop = true;
      while (i + 1 < lines.size() && lines[i + 1].text.size() < 200 && !IsBio(lines[i + 1].text) &&
             RepublishedFrom(lines[i + 1].text).empty()) {
        lines[++i].drop = true;
        lines[i].link_list = true;
      }
      continue;
    }
    // Headline, standfirst or caption repeated: a short line mostly made of an earlier one.
    if (t.size() < 300 && !l.heading) {
      const std::vector<std::string> words = Words(t);
      // Only lines of comparable size count: a sentence quoted inside a paragraph is no repeat.
      bool of_title = !out.title.empty() && Containment(words, title_bag) >= 0.8 &&
                      title_bag.size() <= 2 * words.size() + 2;
      bool repeat = of_title;
      for (const auto& prev : kept_recent) {
        if (words.size() >= 5 && prev.size() <= 2 * words.size() &&
            Containment(words, prev) >= 0.75) {
          repeat = true;
        }
      }
      if (repeat) {
        l.drop = true;
        // A headline, standfirst or caption echoed at the top is a scrape artefact worth a flag;
        // later echoes (pull quotes, repeated captions) are just dropped.
        if (of_title || i < body_start + 6) {
          out.flags.push_back({"repeated-headline", t.substr(0, 120)});
        }
        continue;
      }
    }
    if (kept_recent.size() < 8) kept_recent.push_back(BagOf(t));
  }
  // Author box at the end: a name line followed by a bio (or alone as the last line).
  std::vector<size_t> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].drop) kept.push_back(i);
  }
  for (size_t k = kept.size() >= 3 ? kept.size() - 3 : 0; k < kept.size(); ++k) {
    Line& l = lines[kept[k]];
    bool last = k + 1 == kept.size();
    bool bio_next = k + 1 < kept.size() && IsBio(lines[kept[k + 1]].text) && k + 2 >= kept.size();
    if (k > 0 && IsNameLine(l.text) && (bio_next || last)) {
      if (out.byline.empty()) out.byline = l.text;
      l.drop = true;
      if (bio_next) {
        out.author_bio = lines[kept[k + 1]].text;
        lines[kept[k + 1]].drop = true;
        out.flags.push_back({"author-bio-separated", "author box after the body: " + l.text});
      }
      break;
    }
  }
  for (const Line& l : lines) {
    if (l.drop) {
      if (l.link_list && out.boilerplate.size() < (256u << 10)) out.boilerplate += l.text + "\n";
      continue;
    }
    if (!out.text.empty()) out.text += "\n\n";
    out.text += l.text;
  }
  return out;
}

}  // namespace stemma::extract

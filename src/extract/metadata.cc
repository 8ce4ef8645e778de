#include "extract/metadata.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/html_text.h"

namespace stemma::extract {
namespace {

using Json = nlohmann::json;

const std::string* Meta(const Page& page, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    for (const auto& [key, value] : page.metas) {
      if (key == k && !value.empty()) return &value;
    }
  }
  return nullptr;
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.rfind("/", 0) == 0;
}

std::string JsonString(const Json& j) {
  return j.is_string() ? j.get<std::string>() : std::string();
}

// Author names from a JSON-LD author value (string, object, or array of either).
void AuthorNames(const Json& a, std::vector<std::string>* names) {
  auto one = [&](const Json& x) {
    std::string n = x.is_object() && x.contains("name") ? JsonString(x["name"]) : JsonString(x);
    if (!n.empty() && !LooksLikeUrl(n) && names->size() < 8) names->push_back(n);
  };
  if (a.is_array()) {
    for (const auto& x : a) one(x);
  } else {
    one(a);
  }
}

bool IsArticleType(const Json& t) {
  auto check = [](const std::string& s) {
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting";
  };
  if (t.is_string()) return check(t.get<std::string>());
  if (t.is_array()) {
    for (const auto& x : t) {
      if (x.is_string() && check(x.get<std::string>())) return true;
    }
  }
  return false;
}

void ReadJsonLd(const Page& page, HtmlMetadata* m) {
  for (const std::string& src : page.json_ld) {
    Json root = Json::parse(src, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) continue;
    // Breadth-first over objects (bounded; no recursion).
    std::vector<const Json*> queue = {&root};
    for (size_t qi = 0; qi < queue.size() && qi < 512; ++qi) {
      const Json& j = *queue[qi];
      if (j.is_array()) {
        for (const auto& x : j) queue.push_back(&x);
        continue;
      }
      if (!j.is_object()) continue;
      if (j.contains("@graph")) queue.push_back(&j["@graph"]);
      if (!j.contains("@type") || !IsArticleType(j["@type"])) continue;
      if (m->title.empty() && j.contains("headline")) m->title = JsonString(j["headline"]);
      if (m->published.empty() && j.contains("datePublished")) {
        m->published = NormalizeDate(JsonString(j["datePublished"]));
      }
      if (m->byline.empty() && j.contains("author")) {
        std::vector<std::string> names;
        AuthorNames(j["author"], &names);
        for (const auto& n : names) m->byline += (m->byline.empty() ? "" : ", ") + n;
      }
      if (m->outlet.empty() && j.contains("publisher") && j["publisher"].is_object() &&
          j["publisher"].contains("name")) {
        m->outlet = JsonString(j["publisher"]["name"]);
      }
    }
  }
}

// "By Jane Roe | Updated 5:02 PM", "by John Doe and Ann Poe, 3 hours ago" -> names.
std::string CleanByline(std::string s) {
  size_t b = s.find_first_not_of(" \t\n");
  if (b == std::string::npos) return {};
  s = s.substr(b);
  for (const char* by : {"By ", "by ", "BY ", "Von ", "Por ", "Par "}) {
    if (s.compare(0, 3, by) == 0 || s.compare(0, 4, by) == 0) {
      s = s.substr(s.find(' ') + 1);
      break;
    }
  }
  size_t cut = s.find_first_of("|\n0123456789");
  for (const char* stop : {" \xE2\x80\xA2", " \xC2\xB7", " - ", " Updated", " Published", " Posted",
                           " on ", ", Staff", " hours ago", " minutes ago"}) {
    cut = std::min(cut, s.find(stop));
  }
  if (cut != std::string::npos) s = s.substr(0, cut);
  size_t and_pos = s.find(" and ");
  if (and_pos != std::string::npos) s.replace(and_pos, 5, ", ");
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ':')) s.pop_back();
  size_t words = 1;
  for (char c : s) words += c == ' ';
  if (s.size() < 4 || s.size() > 80 || words > 10 || s[0] == '@' ||
      s.find("admin") != std::string::npos) {
    return {};
  }
  return s;
}

}  // namespace

std::string StripSiteSuffix(std::string title, std::string* outlet) {
  static const char* kSeps[] = {" | ",  " - ",       " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                " :: ", " \xC2\xBB "};
  for (const char* sep : kSeps) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 10) {
      std::string suffix = title.substr(p + strlen(sep));
      size_t words = 1;
      for (char c : suffix) words += c == ' ';
      if (words <= 4 && suffix.size() < 40) {
        if (outlet->empty()) *outlet = suffix;
        return title.substr(0, p);
      }
    }
  }
  return title;
}

HtmlMetadata ReadMetadata(const Page& page, const std::string& url) {
  HtmlMetadata m;
  ReadJsonLd(page, &m);
  if (const std::string* t = Meta(page, {"og:title", "twitter:title", "dc.title"});
      t && m.title.empty()) {
    m.title = *t;
  }
  std::string from_title;
  std::string page_title = StripSiteSuffix(page.title, &from_title);
  if (m.title.empty()) m.title = page_title;
  if (m.outlet.empty()) {
    if (const std::string* s =
            Meta(page, {"og:site_name", "application-name", "al:android:app_name"})) {
      m.outlet = *s;
    }
  }
  if (m.outlet.empty()) m.outlet = from_title;
  if (!m.outlet.empty()) {  // "Headline - Outlet" in og:title too
    std::string suffix;
    std::string stripped = StripSiteSuffix(m.title, &suffix);
    if (!suffix.empty() && (m.outlet.find(suffix) != std::string::npos ||
                            suffix.find(m.outlet) != std::string::npos)) {
      m.title = stripped;
    }
  }
  if (!m.byline.empty()) m.byline = CleanByline(m.byline);
  if (m.byline.empty()) {
    const std::string* a = Meta(page, {"author", "article:author", "byl", "dc.creator",
                                       "parsely-author", "sailthru.author"});
    if (a && !LooksLikeUrl(*a)) m.byline = CleanByline(*a);
  }
  if (m.byline.empty()) {
    for (const auto& t : page.author_texts) {
      std::string b = CleanByline(t);
      if (!b.empty()) {
        m.byline = b;
        break;
      }
    }
  }
  if (m.published.empty()) {
    const std::string* d =
        Meta(page, {"article:published_time", "og:published_time", "datepublished", "date",
                    "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
                    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                    "citation_publication_date"});
    if (d) m.published = NormalizeDate(*d);
  }
  for (size_t i = 0; m.published.empty() && i < page.time_values.size(); ++i) {
    m.published = NormalizeDate(page.time_values[i]);
  }
  if (m.published.empty()) m.published = DateFromUrl(url);
  // Double-encoded titles ("&amp;#8216;") are common: decode once more.
  if (m.title.find('&') != std::string::npos) m.title = DecodeHtml(m.title);
  m.canonical_url = page.canonical;
  if (m.canonical_url.empty()) {
    if (const std::string* u = Meta(page, {"og:url"})) m.canonical_url = *u;
  }
  if (m.published.empty()) m.published = DateFromUrl(m.canonical_url);
  return m;
}

}  // namespace stemma::extract

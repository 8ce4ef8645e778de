// Tag names to ids, and class/id boilerplate hints.
#include <string>
#include <string_view>
#include <vector>

#include "extract/page.h"

namespace stemma::extract {
namespace {

struct TagName {
  std::string_view name;
  Tag tag;
};

constexpr TagName kTags[] = {
    {"html", Tag::kHtml},
    {"body", Tag::kBody},
    {"div", Tag::kDiv},
    {"p", Tag::kP},
    {"h1", Tag::kH1},
    {"h2", Tag::kH2},
    {"h3", Tag::kH3},
    {"h4", Tag::kH4},
    {"h5", Tag::kH5},
    {"h6", Tag::kH6},
    {"ul", Tag::kUl},
    {"ol", Tag::kOl},
    {"li", Tag::kLi},
    {"dl", Tag::kDl},
    {"dt", Tag::kDt},
    {"dd", Tag::kDd},
    {"table", Tag::kTable},
    {"tr", Tag::kTr},
    {"td", Tag::kTd},
    {"th", Tag::kTh},
    {"blockquote", Tag::kBlockquote},
    {"pre", Tag::kPre},
    {"article", Tag::kArticle},
    {"main", Tag::kMain},
    {"section", Tag::kSection},
    {"header", Tag::kHeader},
    {"footer", Tag::kFooter},
    {"nav", Tag::kNav},
    {"aside", Tag::kAside},
    {"form", Tag::kForm},
    {"figure", Tag::kFigure},
    {"figcaption", Tag::kFigcaption},
    {"a", Tag::kA},
    {"br", Tag::kBr},
    {"hr", Tag::kHr},
    {"span", Tag::kSpan},
    {"time", Tag::kTime},
    // Block-level containers without their own id.
    {"address", Tag::kOtherBlock},
    {"center", Tag::kOtherBlock},
    {"details", Tag::kOtherBlock},
    {"dialog", Tag::kOtherBlock},
    {"fieldset", Tag::kOtherBlock},
    {"hgroup", Tag::kOtherBlock},
    {"menu", Tag::kOtherBlock},
    {"summary", Tag::kOtherBlock},
    {"tbody", Tag::kOtherBlock},
    {"thead", Tag::kOtherBlock},
    {"tfoot", Tag::kOtherBlock},
    {"caption", Tag::kOtherBlock},
    {"legend", Tag::kOtherBlock},
    {"dir", Tag::kOtherBlock},
    {"picture", Tag::kOtherBlock},
    // Void elements: never pushed.
    {"img", Tag::kVoid},
    {"meta", Tag::kVoid},
    {"link", Tag::kVoid},
    {"input", Tag::kVoid},
    {"area", Tag::kVoid},
    {"base", Tag::kVoid},
    {"col", Tag::kVoid},
    {"embed", Tag::kVoid},
    {"param", Tag::kVoid},
    {"source", Tag::kVoid},
    {"track", Tag::kVoid},
    {"wbr", Tag::kVoid},
    {"keygen", Tag::kVoid},
    // Subtrees whose text is never article text.
    {"svg", Tag::kSkip},
    {"math", Tag::kSkip},
    {"select", Tag::kSkip},
    {"button", Tag::kSkip},
    {"object", Tag::kSkip},
    {"canvas", Tag::kSkip},
    {"audio", Tag::kSkip},
    {"video", Tag::kSkip},
    {"map", Tag::kSkip},
    {"head", Tag::kSkip},
    {"label", Tag::kSkip},
};

bool Has(const std::string& s, std::string_view word) { return s.find(word) != std::string::npos; }

// Words bucketed by first byte, so one scan of a class string tests them all.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) buckets_[static_cast<unsigned char>(w[0])].push_back(w);
  }
  bool FoundIn(const std::string& s) const {
    for (size_t i = 0; i < s.size(); ++i) {
      for (std::string_view w : buckets_[static_cast<unsigned char>(s[i])]) {
        if (s.compare(i, w.size(), w) == 0) return true;
      }
    }
    return false;
  }

 private:
  std::vector<std::string_view> buckets_[256];
};

// True when `word` occurs as a whole token (split on non-alphanumerics) in `s`.
bool HasToken(const std::string& s, std::string_view word) {
  size_t pos = 0;
  while ((pos = s.find(word, pos)) != std::string::npos) {
    bool left = pos == 0 || !isalnum(static_cast<unsigned char>(s[pos - 1]));
    size_t r = pos + word.size();
    bool right = r >= s.size() || !isalnum(static_cast<unsigned char>(s[r]));
    if (left && right) return true;
    pos = r;
  }
  return false;
}

}  // namespace

Tag TagFromName(std::string_view name) {
  if (name.empty() || name.size() > 10) return Tag::kOther;
  for (const TagName& t : kTags) {
    if (name == t.name) return t.tag;
  }
  return Tag::kOther;
}

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kOther:
    case Tag::kA:
    case Tag::kSpan:
    case Tag::kTime:
    case Tag::kVoid:
    case Tag::kSkip:
    case Tag::kBr:
      return false;
    default:
      return true;
  }
}

bool IsBylineClass(std::string_view cls) {
  if (cls.empty() || cls.size() > 256) return false;
  std::string s;
  for (char c : cls) s.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  if (Has(s, "bio") || Has(s, "avatar") || Has(s, "image") || Has(s, "photo") || Has(s, "img") ||
      Has(s, "title") || Has(s, "box")) {
    return false;
  }
  return Has(s, "byline") || HasToken(s, "author") || HasToken(s, "author-name") ||
         HasToken(s, "authors") || HasToken(s, "article-author");
}

int ClassIdHint(Tag tag, std::string_view cls, std::string_view id) {
  int hint = 0;
  switch (tag) {
    case Tag::kNav:
    case Tag::kAside:
    case Tag::kFooter:
      return -2;
    case Tag::kHeader:
    case Tag::kFigcaption:
      hint = -1;
      break;
    case Tag::kArticle:
      hint = 2;
      break;
    case Tag::kMain:
      hint = 1;
      break;
    default:
      break;
  }
  if (cls.empty() && id.empty()) return hint;
  if (tag == Tag::kHtml || tag == Tag::kBody) return 0;
  // <article> class lists are CMS taxonomy ("tag-x category-y"): never boilerplate by class.
  if (tag == Tag::kArticle) return hint;
  std::string s;
  s.reserve(cls.size() + id.size() + 1);
  for (char c : cls.substr(0, 512))
    s.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  s.push_back(' ');
  for (char c : id.substr(0, 256))
    s.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  static constexpr std::string_view kNegative[] = {
      "comment",      "footer",     "sidebar",      "share",       "social",     "related",
      "cookie",       "newsletter", "breadcrumb",   "promo",       "navigation", "navbar",
      "menu",         "widget",     "recommend",    "subscri",     "advert",     "sponsor",
      "outbrain",     "taboola",    "popup",        "modal",       "masthead",   "byline",
      "author-bio",   "authorbio",  "pagination",   "pager",       "signup",     "disqus",
      "skip-link",    "trending",   "most-popular", "mostpopular", "read-more",  "readmore",
      "more-stories", "tags",       "toolbar",      "caption",     "credit",     "dateline",
      "timestamp",    "print-only", "login",        "banner",      "rating",     "follow",
      "meta",         "gallery"};
  // Text a reader never sees in place: hover cards, screen-reader-only labels.
  static constexpr std::string_view kInvisible[] = {
      "tooltip",         "popover",        "rollover",      "hovercard", "sr-only",
      "visually-hidden", "visuallyhidden", "screen-reader", "offscreen"};
  static constexpr std::string_view kStrongPositive[] = {"content", "body",  "text",     "prose",
                                                         "tweet",   "embed", "instagram"};
  static constexpr std::string_view kPositive[] = {"article", "content", "story", "body",
                                                   "post",    "entry",   "text",  "main",
                                                   "blog",    "prose",   "column"};
  static const WordSet negative(kNegative), strong_positive(kStrongPositive), positive(kPositive),
      invisible(kInvisible);
  if (invisible.FoundIn(s)) return kInvisibleHint;
  // Embedded posts (tweets, instagram) quoted by the article are part of it.
  bool strong_pos = strong_positive.FoundIn(s) && !Has(s, "comment");
  if (negative.FoundIn(s)) return strong_pos ? 1 : (hint < 0 ? -2 : -1);
  static constexpr std::string_view kNegTokens[] = {
      "nav", "ad",     "ads",      "adv",    "aside", "foot",  "hide",  "hidden",
      "tag", "topics", "keywords", "author", "date",  "print", "source"};
  for (std::string_view w : kNegTokens) {
    if (HasToken(s, w)) return strong_pos ? 1 : -1;
  }
  if (positive.FoundIn(s)) return hint > 0 ? hint : 1;
  return hint;
}

}  // namespace stemma::extract

// The flat page model the HTML path builds: element nodes, text blocks and raw metadata.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stemma::extract {

enum class Tag : uint8_t {
  kOther,
  kHtml,
  kBody,
  kDiv,
  kP,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kTable,
  kTr,
  kTd,
  kTh,
  kBlockquote,
  kPre,
  kArticle,
  kMain,
  kSection,
  kHeader,
  kFooter,
  kNav,
  kAside,
  kForm,
  kFigure,
  kFigcaption,
  kA,
  kBr,
  kHr,
  kSpan,
  kTime,
  kOtherBlock,
  kVoid,
  kSkip,
};

Tag TagFromName(std::string_view lower_name);
bool IsBlockTag(Tag tag);
inline bool IsHeading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

struct Node {
  int32_t parent = -1;
  uint32_t end = 0;        // one past the last descendant's index (pre-order subtree range)
  int32_t block_anc = -1;  // nearest self-or-ancestor block-level element
  int32_t neg_anc = -1;    // nearest self-or-ancestor with a negative hint
  Tag tag = Tag::kOther;
  int8_t hint = 0;  // from class/id/tag: <0 boilerplate, >0 article-like
  bool hidden = false;
  bool in_link = false;
  uint32_t text_chars = 0;  // subtree totals (filled by FinalizeTotals)
  uint32_t link_chars = 0;
  uint32_t p_count = 0;  // paragraph-like blocks in the subtree
  float score = 0;
  uint32_t name_hash = 0;
};

struct Block {
  uint32_t begin = 0, end = 0;  // byte range in Page::arena
  int32_t node = -1;            // the block-level element holding the text
  Tag kind = Tag::kOther;
  uint32_t chars = 0;  // code points
  uint32_t link_chars = 0;
  uint32_t commas = 0;
};

struct Page {
  std::vector<Node> nodes;
  std::vector<Block> blocks;
  std::string arena;
  // Metadata seen while parsing.
  std::string title;
  std::vector<std::pair<std::string, std::string>> metas;  // lower-cased key -> content
  std::vector<std::string> json_ld;
  std::vector<std::string> time_values;   // <time datetime>, itemprop=datePublished
  std::vector<std::string> author_texts;  // rel=author / itemprop=author / class*=byline text
  std::string canonical;
  std::string lang;  // <html lang>
  bool truncated = false;

  std::string_view BlockText(const Block& b) const {
    return std::string_view(arena).substr(b.begin, b.end - b.begin);
  }
};

// Parses `html` into `page` in one pass with an explicit element stack (no recursion).
void BuildPage(std::string_view html, Page* page);

// Class/id hint for an element: negative for boilerplate, positive for article containers,
// kInvisibleHint for text never shown in place (hover cards, screen-reader labels).
constexpr int kInvisibleHint = -3;
int ClassIdHint(Tag tag, std::string_view cls, std::string_view id);

// A visible byline element: class "byline", "author", "author-name" (not bios or avatars).
bool IsBylineClass(std::string_view cls);

}  // namespace stemma::extract

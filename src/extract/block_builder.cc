// One pass over the tokens: an explicit open-element stack, text blocks and metadata.
#include <algorithm>

#include "extract/html_text.h"
#include "extract/html_tokenizer.h"
#include "extract/page.h"

namespace stemma::extract {
namespace {

constexpr size_t kMaxNodes = 1u << 20;   // ~40 MB of nodes; real pages use < 50k
constexpr size_t kMaxBlocks = 1u << 20;  // ~30 MB of blocks
constexpr size_t kEndTagSearch = 512;    // how deep an end tag may look for its start tag
constexpr size_t kMaxMetaText = 64 * 1024;

bool ContainsCi(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (EqualsIgnoreCase(hay.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

uint32_t NameHash(std::string_view name) {
  uint32_t h = 2166136261u;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

bool HiddenByAttrs(const HtmlToken& t) {
  if (HasAttr(t, "hidden")) return true;
  std::string_view style = FindAttr(t, "style");
  if (!style.empty()) {
    std::string compact;
    for (char c : style.substr(0, 256)) {
      if (c != ' ') compact.push_back(static_cast<char>(c | 0x20));
    }
    if (compact.find("display:none") != std::string::npos ||
        compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

class Builder {
 public:
  explicit Builder(Page* page) : page_(page) {
    page_->nodes.clear();
    page_->blocks.clear();
    page_->arena.clear();
    Node root;
    root.tag = Tag::kHtml;
    root.block_anc = 0;
    page_->nodes.push_back(root);
    stack_.push_back(0);
  }

  void Run(std::string_view html) {
    HtmlTokenizer tok(html);
    HtmlToken t;
    while (tok.Next(&t)) {
      switch (t.type) {
        case TokenType::kText:
          OnText(t.text);
          break;
        case TokenType::kRawText:
          OnRawText(t);
          break;
        case TokenType::kStartTag:
          OnStart(t);
          break;
        case TokenType::kEndTag:
          OnEnd(t.name);
          break;
      }
    }
    Flush();
    while (!stack_.empty()) Pop();
  }

 private:
  Node& Top() { return page_->nodes[stack_.back()]; }

  void Flush() {
    Page& p = *page_;
    if (cur_.chars > 0 && p.blocks.size() >= kMaxBlocks) {
      p.truncated = true;
      p.arena.resize(cur_.begin);
    } else if (cur_.chars > 0) {
      cur_.end = static_cast<uint32_t>(p.arena.size());
      while (cur_.end > cur_.begin && p.arena[cur_.end - 1] == ' ') --cur_.end;
      p.blocks.push_back(cur_);
      p.arena.push_back('\n');
    } else {
      p.arena.resize(cur_.begin);
    }
    cur_ = Block();
    cur_.begin = static_cast<uint32_t>(p.arena.size());
    last_space_ = true;
  }

  void Pop() {
    int32_t idx = stack_.back();
    stack_.pop_back();
    Node& n = page_->nodes[idx];
    n.end = static_cast<uint32_t>(page_->nodes.size());
    if (!author_open_.empty() && author_open_.back().first == idx) {
      size_t start = author_open_.back().second;
      author_open_.pop_back();
      if (start < page_->arena.size() && page_->author_texts.size() < 16) {
        std::string s =
            page_->arena.substr(start, std::min<size_t>(200, page_->arena.size() - start));
        std::replace(s.begin(), s.end(), '\n', ' ');
        page_->author_texts.push_back(std::move(s));
      }
    }
  }

  void OnText(std::string_view raw) {
    const Node& top = Top();
    if (top.hidden) return;
    Page& p = *page_;
    if (cur_.chars == 0 && cur_.node < 0) cur_.node = top.block_anc;
    size_t before = p.arena.size();
    AppendHtmlText(raw, !in_pre_, &last_space_, &p.arena);
    uint32_t added = 0;
    for (size_t i = before; i < p.arena.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(p.arena[i]);
      if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n') ++added;
      if (c == ',') ++cur_.commas;
    }
    if (added == 0) return;
    if (cur_.chars == 0) {
      cur_.node = top.block_anc;
      cur_.kind = p.nodes[top.block_anc].tag;
    }
    cur_.chars += added;
    // A link showing its own URL is text the author chose to print, not navigation.
    std::string_view shown = std::string_view(p.arena).substr(before);
    bool url_text = shown.find("http") <= 1 || shown.find("www.") <= 1;
    if (top.in_link && !url_text) cur_.link_chars += added;
  }

  void OnRawText(const HtmlToken& t) {
    Page& p = *page_;
    if (t.name == "title") {
      if (p.title.empty() && !in_svg_) p.title = DecodeHtml(t.text.substr(0, 2048));
    } else if (t.name == "script") {
      if (last_script_ld_ && p.json_ld.size() < 16) {
        p.json_ld.emplace_back(t.text.substr(0, kMaxMetaText * 16));
      }
    } else if (t.name == "noscript" || t.name == "template" || t.name == "iframe") {
      // Skipped: usually tracking pixels or duplicated markup.
    }
  }

  void OnMeta(const HtmlToken& t) {
    std::string_view key = FindAttr(t, "property");
    if (key.empty()) key = FindAttr(t, "name");
    if (key.empty()) key = FindAttr(t, "itemprop");
    std::string_view content = FindAttr(t, "content");
    if (key.empty() || content.empty() || page_->metas.size() >= 256) return;
    std::string k(key.substr(0, 64));
    for (char& c : k) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    page_->metas.emplace_back(std::move(k), DecodeHtml(content.substr(0, 4096)));
  }

  void OnStart(const HtmlToken& t) {
    Tag tag = TagFromName(t.name);
    last_script_ld_ = false;
    if (tag == Tag::kHtml && page_->lang.empty()) page_->lang = FindAttr(t, "lang").substr(0, 16);
    if (t.name == "meta") return OnMeta(t);
    if (t.name == "link") {
      if (EqualsIgnoreCase(FindAttr(t, "rel"), "canonical") && page_->canonical.empty()) {
        page_->canonical = DecodeHtml(FindAttr(t, "href").substr(0, 2048));
      }
      return;
    }
    if (t.name == "script") {
      last_script_ld_ = ContainsCi(FindAttr(t, "type"), "ld+json");
      return;  // raw text token follows; not an element on the stack
    }
    if (t.name == "style" || t.name == "noscript" || t.name == "template" || t.name == "iframe" ||
        t.name == "title" || t.name == "textarea" || t.name == "xmp" || t.name == "noembed" ||
        t.name == "noframes") {
      return;
    }
    std::string_view itemprop = FindAttr(t, "itemprop");
    if (tag == Tag::kTime || EqualsIgnoreCase(itemprop, "datePublished")) {
      std::string_view dt = FindAttr(t, "datetime");
      if (dt.empty()) dt = FindAttr(t, "content");
      if (!dt.empty() && page_->time_values.size() < 32)
        page_->time_values.emplace_back(dt.substr(0, 64));
    }
    if (IsBlockTag(tag) || tag == Tag::kBr) Flush();
    if (tag == Tag::kBr || tag == Tag::kHr || tag == Tag::kVoid) return;
    if (t.self_closing && tag != Tag::kOther) return;
    CloseImplied(tag);
    if (page_->nodes.size() >= kMaxNodes) {
      page_->truncated = true;
      return;
    }
    const int32_t parent_idx = stack_.back();
    const Node& parent = page_->nodes[parent_idx];
    Node n;
    n.parent = parent_idx;
    n.tag = tag;
    n.name_hash = NameHash(t.name);
    int32_t idx = static_cast<int32_t>(page_->nodes.size());
    n.block_anc = IsBlockTag(tag) ? idx : parent.block_anc;
    n.hint = static_cast<int8_t>(ClassIdHint(tag, FindAttr(t, "class"), FindAttr(t, "id")));
    n.neg_anc = n.hint < 0 ? idx : parent.neg_anc;
    n.hidden = parent.hidden || tag == Tag::kSkip || n.hint == kInvisibleHint || HiddenByAttrs(t);
    n.in_link = parent.in_link || tag == Tag::kA;
    std::string_view rel = FindAttr(t, "rel");
    if ((EqualsIgnoreCase(itemprop, "author") || EqualsIgnoreCase(rel, "author") ||
         IsBylineClass(FindAttr(t, "class"))) &&
        author_open_.size() < 8) {
      author_open_.emplace_back(idx, page_->arena.size());
    }
    if (t.name == "svg") in_svg_ = true;
    page_->nodes.push_back(n);
    stack_.push_back(idx);
    if (tag == Tag::kPre) in_pre_ = true;
  }

  void CloseImplied(Tag tag) {
    Tag top = Top().tag;
    if (top == Tag::kP && (IsBlockTag(tag) && tag != Tag::kBr)) {
      Pop();
      return;
    }
    if (tag == Tag::kLi || tag == Tag::kTd || tag == Tag::kTh || tag == Tag::kTr ||
        tag == Tag::kDt || tag == Tag::kDd || tag == Tag::kA || tag == Tag::kP) {
      // Find an open sibling of the same kind before its list/table/row boundary.
      size_t limit = std::min<size_t>(stack_.size() - 1, 16);
      for (size_t k = 0; k < limit; ++k) {
        Tag open = page_->nodes[stack_[stack_.size() - 1 - k]].tag;
        bool same =
            open == tag ||
            ((tag == Tag::kTd || tag == Tag::kTh) && (open == Tag::kTd || open == Tag::kTh)) ||
            ((tag == Tag::kDt || tag == Tag::kDd) && (open == Tag::kDt || open == Tag::kDd));
        if (same) {
          for (size_t j = 0; j <= k; ++j) Pop();
          return;
        }
        if (open == Tag::kUl || open == Tag::kOl || open == Tag::kTable || open == Tag::kDl ||
            (open == Tag::kTr && tag != Tag::kTr) || IsBlockTag(open)) {
          return;
        }
      }
    }
  }

  void OnEnd(std::string_view name) {
    Tag tag = TagFromName(name);
    if (tag == Tag::kBr) {
      Flush();
      return;
    }
    if (tag == Tag::kVoid || tag == Tag::kHr) return;
    size_t limit = std::min(stack_.size() - 1, kEndTagSearch);
    for (size_t k = 0; k < limit; ++k) {
      const Node& n = page_->nodes[stack_[stack_.size() - 1 - k]];
      if (n.tag == tag && (tag != Tag::kOther || n.name_hash == NameHash(name))) {
        if (IsBlockTag(tag) || k > 0) Flush();
        for (size_t j = 0; j <= k; ++j) {
          if (page_->nodes[stack_.back()].tag == Tag::kPre) in_pre_ = false;
          Pop();
        }
        if (name == "svg") in_svg_ = false;
        return;
      }
      if (tag == Tag::kP && IsBlockTag(n.tag)) break;  // stray </p>
    }
    if (tag == Tag::kP) Flush();
  }

  Page* page_;
  std::vector<int32_t> stack_;
  std::vector<std::pair<int32_t, size_t>> author_open_;
  Block cur_;
  bool last_space_ = true;
  bool in_pre_ = false;
  bool in_svg_ = false;
  bool last_script_ld_ = false;
};

}  // namespace

void BuildPage(std::string_view html, Page* page) {
  Builder b(page);
  b.Run(html);
}

}  // namespace stemma::extract

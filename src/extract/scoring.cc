// Readability-style container scoring on blocks, then jusText-style block filtering.
#include "extract/scoring.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "extract/line_rules.h"
#include "extract/text_cleanup.h"

namespace stemma::extract {
namespace {

float LinkDensity(const Node& n) {
  return n.text_chars == 0 ? 0.f : static_cast<float>(n.link_chars) / n.text_chars;
}

void FinalizeTotals(Page* page) {
  auto& nodes = page->nodes;
  for (const Block& b : page->blocks) {
    Node& n = nodes[b.node];
    n.text_chars += b.chars;
    n.link_chars += b.link_chars;
    if (b.chars >= 40 && b.link_chars * 2 < b.chars) ++n.p_count;
  }
  for (size_t i = nodes.size(); i-- > 1;) {
    Node& parent = nodes[nodes[i].parent];
    parent.text_chars += nodes[i].text_chars;
    parent.link_chars += nodes[i].link_chars;
    parent.p_count += nodes[i].p_count;
  }
}

void ScoreContainers(Page* page) {
  auto& nodes = page->nodes;
  for (const Block& b : page->blocks) {
    if (b.chars < 25 || b.link_chars * 2 > b.chars) continue;
    const Node& holder = nodes[b.node];
    if (holder.hidden || holder.tag == Tag::kFigcaption) continue;
    float s = 1.f + std::min<float>(b.commas, 4.f) + std::min(b.chars / 100.f, 3.f);
    int32_t c = (b.kind == Tag::kP || b.kind == Tag::kLi || b.kind == Tag::kTd ||
                 b.kind == Tag::kBlockquote || b.kind == Tag::kDd || IsHeading(b.kind))
                    ? holder.parent
                    : b.node;
    if (c < 0) continue;
    nodes[c].score += s;
    int32_t g = nodes[c].parent;
    if (g >= 0) nodes[g].score += s / 2;
    if (g >= 0 && nodes[g].parent >= 0) nodes[nodes[g].parent].score += s / 3;
  }
}

int32_t PickTop(const Page& page) {
  const auto& nodes = page.nodes;
  int32_t best = 0;
  float best_score = -1;
  for (size_t i = 1; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.score <= 0 || n.hidden) continue;
    float s = (n.score + 0.5f * std::min<uint32_t>(n.p_count, 20)) * (1.f - LinkDensity(n));
    if (n.hint > 0) s *= 1.f + 0.15f * n.hint;
    if (n.hint < 0 || n.neg_anc >= 0) s *= 0.2f;
    if (s > best_score) {
      best_score = s;
      best = static_cast<int32_t>(i);
    }
  }
  // Climb while an ancestor holds substantially more paragraph text (article split in parts);
  // single-child wrappers in between are skipped.
  int32_t cur = best;
  for (int guard = 0; guard < 12 && cur > 0; ++guard) {
    int32_t p = nodes[cur].parent;
    if (p <= 0) break;
    const Node& pn = nodes[p];
    const Node& bn = nodes[best];
    if (pn.neg_anc >= 0 && bn.neg_anc < 0) break;
    uint32_t own = bn.p_count, par = pn.p_count;
    if (par > own + std::max<uint32_t>(1, own / 4) && LinkDensity(pn) < 0.35f &&
        pn.text_chars < bn.text_chars * 3) {
      best = p;
    } else if (par != own) {
      break;
    }
    cur = p;
  }
  return best;
}

bool IsBoilerLine(std::string_view s) {
  static const char* kLines[] = {"advertisement",
                                 "continue reading",
                                 "read more",
                                 "share",
                                 "share this",
                                 "share this article",
                                 "related",
                                 "comments",
                                 "sponsored",
                                 "click here",
                                 "subscribe",
                                 "newsletter",
                                 "advert",
                                 "ad",
                                 "text size",
                                 "post navigation",
                                 "print",
                                 "email",
                                 "share on facebook",
                                 "share on twitter",
                                 "tweet",
                                 "story continues below advertisement",
                                 "supported by"};
  if (s.size() > 40) return false;
  std::string low;
  for (char c : s) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  while (!low.empty() && (low.back() == ':' || low.back() == '.' || low.back() == ' '))
    low.pop_back();
  for (const char* w : kLines) {
    if (low == w) return true;
  }
  return false;
}

// "Updated at 1:23 p.m.", "Published 05/10/2018 - by ...": page furniture, not prose.
// (Bare dates stay: several sites print them as part of the article.)
bool IsDatelineBlock(std::string_view s) {
  if (s.size() > 100) return false;
  static const char* kStarts[] = {
      "updated",      "published",        "posted",       "last updated",     "publicado",
      "atualizado",   "veröffentlicht",   "aktualisiert", "publié",           "mis à jour",
      "reading time", "tempo de leitura", "lesezeit",     "temps de lecture", "tiempo de lectura"};
  static const char* kInside[] = {"publicado por", "posted by",  "published by", "posted on",
                                  "written by",    "categoria:", "category:",    "filed under"};
  std::string low;
  for (char c : s.substr(0, 20))
    low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const char* w : kStarts) {
    if (low.compare(0, strlen(w), w) == 0) return true;
  }
  if (s.size() < 160) {
    std::string all;
    for (char c : s) all.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (const char* w : kInside) {
      if (all.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

bool SameText(std::string_view a, std::string_view b) {
  auto norm = [](std::string_view s) {
    std::string o;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) o.push_back(std::tolower(c));
    }
    return o;
  };
  std::string na = norm(a), nb = norm(b);
  if (na.empty()) return false;
  if (na == nb || (nb.size() > 20 && nb.find(na) == 0 && na.size() > nb.size() / 2) ||
      (na.size() > 20 && nb.find(na) != std::string::npos)) {
    return true;
  }
  // A shortened headline: nearly all of its words are title words.
  std::vector<std::string> wa = Words(a), wb = Words(b);
  if (wa.size() < 4) return false;
  size_t hit = 0;
  for (const auto& w : wa) hit += std::find(wb.begin(), wb.end(), w) != wb.end();
  return hit * 10 >= wa.size() * 8;
}

struct CollectState {
  uint32_t teaser_lo = 0, teaser_hi = 0;  // the section a "Related"/"Most popular" heading opens
  size_t out_size = 0;
};

bool KeepBlock(const Page& pg, const std::vector<std::pair<uint32_t, uint32_t>>& ranges,
               std::string_view title, bool respect_neg, const Block& b, CollectState* st) {
  const auto& nodes = pg.nodes;
  uint32_t node = static_cast<uint32_t>(b.node);
  const std::pair<uint32_t, uint32_t>* in = nullptr;
  for (const auto& r : ranges) {
    if (node >= r.first && node < r.second) in = &r;
  }
  if (in == nullptr) return false;
  const Node& n = nodes[node];
  if (n.hidden) return false;
  if (respect_neg && n.neg_anc >= static_cast<int32_t>(in->first)) return false;
  std::string_view text = pg.BlockText(b);
  if (node >= st->teaser_lo && node < st->teaser_hi) return false;
  if (st->out_size > 200 && IsLinkListHeader(text)) {
    // Climb from the heading to the smallest container holding more than the heading.
    int32_t sec = b.node;
    while (nodes[sec].parent >= static_cast<int32_t>(in->first) &&
           nodes[sec].text_chars < b.chars + 30) {
      sec = nodes[sec].parent;
    }
    if (static_cast<uint32_t>(sec) != in->first) {
      st->teaser_lo = static_cast<uint32_t>(sec);
      st->teaser_hi = nodes[sec].end;
    }
    return false;
  }
  float ld = b.chars ? static_cast<float>(b.link_chars) / b.chars : 0.f;
  if (ld > 0.8f && b.chars < 300) return false;
  if (IsBoilerLine(text) || IsDatelineBlock(text)) return false;
  if (IsHeading(b.kind) && SameText(text, title)) return false;
  return b.kind != Tag::kH1;
}

// Joins the kept blocks; left-out link blocks (teasers, related lists) go to *dropped.
std::string Collect(const Page& pg, const std::vector<std::pair<uint32_t, uint32_t>>& ranges,
                    std::string_view title, bool respect_neg, std::string* dropped) {
  std::string out;
  CollectState st;
  for (const Block& b : pg.blocks) {
    std::string_view text = pg.BlockText(b);
    if (KeepBlock(pg, ranges, title, respect_neg, b, &st)) {
      if (!out.empty()) out += "\n\n";
      out.append(text);
      st.out_size = out.size();
    } else if (dropped != nullptr && b.link_chars * 2 > b.chars && dropped->size() < (256u << 10)) {
      dropped->append(text);
      dropped->push_back('\n');
    }
  }
  return out;
}

}  // namespace

std::string SelectMainText(Page* page, std::string_view title, std::string* boilerplate) {
  if (page->blocks.empty()) return {};
  FinalizeTotals(page);
  ScoreContainers(page);
  const int32_t top = PickTop(*page);
  const auto& nodes = page->nodes;
  const uint32_t lo = static_cast<uint32_t>(top), hi = nodes[top].end;
  // Siblings of the top candidate that look like article text join it.
  const int32_t parent = nodes[top].parent;
  const float top_score = nodes[top].score;
  std::vector<std::pair<uint32_t, uint32_t>> ranges = {{lo, hi}};
  if (parent >= 0) {
    for (uint32_t i = static_cast<uint32_t>(parent) + 1; i < nodes[parent].end; i = nodes[i].end) {
      if (i == lo || nodes[i].parent != parent) continue;
      const Node& s = nodes[i];
      if (s.hint < 0 || s.hidden) continue;
      bool good = s.score >= top_score * 0.3f && LinkDensity(s) < 0.25f;
      if (good) ranges.emplace_back(i, s.end);
      if (s.end <= i) break;
    }
  }
  bool respect_neg = true;
  std::string out = Collect(*page, ranges, title, true, nullptr);
  if (out.size() < 200) {
    std::string loose = Collect(*page, ranges, title, false, nullptr);
    if (loose.size() > out.size() * 2) respect_neg = false;
  }
  if (boilerplate != nullptr) boilerplate->clear();
  return Collect(*page, ranges, title, respect_neg, boilerplate);
}

}  // namespace stemma::extract

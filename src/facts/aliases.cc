// Alias table parsing, alias keys and phrase matching over tokens.
#include "facts/aliases.h"

namespace stemma::facts {
namespace {

// Lower-cases ASCII and turns curly apostrophes into straight ones, into *out (reused buffer).
void LowerNormalizedInto(std::string_view s, std::string* out_ptr) {
  std::string& out = *out_ptr;
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x99' || s[i + 2] == '\x98')) {
      out += '\'';
      i += 2;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    out += c;
  }
}

std::string LowerNormalized(std::string_view s) {
  std::string out;
  LowerNormalizedInto(s, &out);
  return out;
}

bool AllCaps(std::string_view s) {
  bool any = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any = true;
  }
  return any;
}

}  // namespace

std::string AliasKey(std::string_view surface) {
  std::string s = LowerNormalized(surface);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '.') continue;
    if (c == '-' || c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) {
    out.resize(out.size() - 2);
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

void AliasTable::Parse(std::string_view tsv) {
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) continue;
    Entry e;
    e.surface = std::string(line.substr(0, t1));
    e.canonical = std::string(line.substr(t1 + 1, t2 - t1 - 1));
    std::string_view type = line.substr(t2 + 1);
    e.type = type.empty() ? 'O' : type[0];
    e.exact_case = AllCaps(e.surface) && e.surface.size() <= 6;
    TokenizedText tt;
    std::string_view surface = e.surface;
    if (surface.rfind("the ", 0) == 0) surface.remove_prefix(4);  // matched without "the"
    Tokenize(surface, &tt);
    for (size_t k = 0; k < tt.tokens.size(); ++k) e.tokens.push_back(LowerNormalized(tt.Text(k)));
    if (e.tokens.empty()) continue;
    size_t index = entries_.size();
    by_key_.emplace(AliasKey(e.surface), index);
    by_first_token_[e.tokens[0]].push_back(index);
    entries_.push_back(std::move(e));
  }
}

const AliasTable& AliasTable::Default() {
  static const AliasTable* table = [] {
    auto* t = new AliasTable();
    t->Parse(EmbeddedAliases());
    return t;
  }();
  return *table;
}

const AliasTable::Entry* AliasTable::Find(std::string_view surface) const {
  auto it = by_key_.find(AliasKey(surface));
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

size_t AliasTable::MatchAt(const TokenizedText& tt, size_t i, const Entry** entry) const {
  // Aliases start with a capital or a digit ("the" is dropped).
  if (!tt.tokens[i].capitalized && tt.tokens[i].kind != TokenKind::kNumber) return 0;
  thread_local std::string first, other;
  LowerNormalizedInto(tt.Lower(i), &first);
  auto it = by_first_token_.find(first);
  if (it == by_first_token_.end()) return 0;
  size_t best = 0;
  for (size_t index : it->second) {
    const Entry& e = entries_[index];
    size_t n = e.tokens.size();
    if (best >= n || i + n > tt.tokens.size()) continue;
    bool ok = true;
    bool capital = false;
    for (size_t k = 0; k < n && ok; ++k) {
      if (k > 0 && tt.tokens[i + k].sentence_start)
        ok = false;
      else {
        LowerNormalizedInto(tt.Lower(i + k), &other);
        ok = other == e.tokens[k];
      }
      capital = capital || tt.tokens[i + k].capitalized;
    }
    if (!ok || (!capital && n == 1)) continue;
    if (e.exact_case && !AllCaps(tt.Text(i))) continue;
    best = n;
    *entry = &e;
  }
  return best;
}

}  // namespace stemma::facts

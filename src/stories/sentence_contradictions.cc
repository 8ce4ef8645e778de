#include "stories/sentence_contradictions.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr size_t kMinTokens = 5;
constexpr size_t kMaxTokens = 80;  // longer sentences: only the first 80 tokens compared
constexpr size_t kMinContentWords = 4;
constexpr size_t kMaxPosting = 300;   // content words in more sentences are not used to align
constexpr size_t kMaxHunkTokens = 4;  // a swapped name or number: a small replacement
constexpr size_t kMaxSentenceBytes = 600;
constexpr size_t kMaxNegationEdit = 3;  // tokens on either side of an edit that flips polarity

struct Token {
  std::string lower;
  bool capitalised = false;  // not the first token of its sentence
  bool number = false;
  bool clock = false;    // a number next to ':'
  bool ranking = false;  // "No." before a number
};

struct Sentence {
  size_t begin = 0, end = 0;         // bytes in the document text
  std::vector<std::string> content;  // folded content words, sorted unique
};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
         c >= 0x80;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Splits one sentence into tokens; digits keep their inner separators ("2,000", "3.5").
void Tokenize(std::string_view s, std::vector<Token>* out) {
  size_t i = 0;
  while (i < s.size() && out->size() < kMaxTokens) {
    if (!IsWordByte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < s.size() && (IsWordByte(static_cast<unsigned char>(s[i])) ||
                            ((s[i] == ',' || s[i] == '.') && i > b && IsDigit(s[i - 1]) &&
                             i + 1 < s.size() && IsDigit(s[i + 1])))) {
      ++i;
    }
    Token t;
    std::string_view w = s.substr(b, i - b);
    // Curly apostrophe (U+2019) as a plain one, so "didn’t" reads like "didn't".
    for (size_t k = 0; k < w.size(); ++k) {
      if (k + 2 < w.size() && w.compare(k, 3, "\xE2\x80\x99") == 0) {
        t.lower.push_back('\'');
        k += 2;
        continue;
      }
      const char c = w[k];
      if (c == ',') continue;
      t.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    while (!t.lower.empty() && t.lower.back() == '\'') t.lower.pop_back();
    while (!t.lower.empty() && t.lower.front() == '\'') t.lower.erase(0, 1);
    if (t.lower.empty()) continue;
    // Only a bare number: "200ft" against "60m" compares units, not counts.
    t.number =
        std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return IsDigit(c) || c == '.'; });
    // "No." as in "the No. 5 seed" is not a negation.
    t.ranking = t.lower == "no" && i < s.size() && s[i] == '.';
    if (t.number) {
      // A clock time ("3:30", "11: 26 pm") is not a count: left to the date facts.
      size_t before = b, after = i;
      while (before > 0 && s[before - 1] == ' ') --before;
      while (after < s.size() && s[after] == ' ') ++after;
      t.clock = (before > 0 && s[before - 1] == ':') || (after < s.size() && s[after] == ':');
    }
    t.capitalised = !out->empty() && w[0] >= 'A' && w[0] <= 'Z';
    out->push_back(std::move(t));
  }
}

bool IsNegation(const Token& t) {
  if (t.ranking) return false;
  const std::string& w = t.lower;
  static const std::set<std::string_view> kWords = {
      "not", "no", "never", "cannot", "nobody", "nothing", "none", "neither", "nor", "without",
      "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "hasnt",
      "havent", "hadnt", "couldnt", "shouldnt", "wouldnt",
      // "didn ’ t" with a spaced apostrophe leaves the stem alone.
      "didn", "doesn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "couldn", "shouldn",
      "wouldn"};
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) return true;
  return kWords.count(w) > 0;
}

// Antonyms: each form maps to (group, side); two forms of one group on opposite sides clash.
const std::unordered_map<std::string, std::pair<int, int>>& Antonyms() {
  static const auto* const kMap = [] {
    struct Pair {
      const char* a;
      const char* b;
    };
    // Space-separated forms of each side.
    static const Pair kPairs[] = {
        {"rise rises rose risen rising", "fall falls fell fallen falling"},
        {"win wins won winning", "lose loses lost losing"},
        {"increase increases increased increasing", "decrease decreases decreased decreasing"},
        {"confirm confirms confirmed confirming", "deny denies denied denying"},
        {"approve approves approved approving approval",
         "reject rejects rejected rejecting rejection"},
        {"accept accepts accepted accepting", "refuse refuses refused refusing"},
        {"alive survived survives", "dead died dies killed"},
        {"guilty convicted", "innocent acquitted"},
        {"true", "false"},
        {"legal", "illegal"},
        {"allow allows allowed allowing", "ban bans banned banning forbid forbids forbade"},
        {"support supports supported supporting", "oppose opposes opposed opposing"},
        {"higher", "lower"},
        {"more", "fewer less"},
        {"best", "worst"},
        {"success successful succeeded", "failure failed unsuccessful"},
        {"open opened opens reopened", "closed close closes shut"},
        {"positive", "negative"},
        {"gain gains gained", "loss losses"},
        {"boost boosted boosts", "cut cuts slashed"},
        {"arrested", "released freed"},
        {"male", "female"},
        {"friend friends", "enemy enemies"},
        {"agree agrees agreed", "disagree disagrees disagreed"},
        {"safe", "dangerous unsafe"},
        {"pass passed passes", "blocked vetoed"},
        {"start started starts begin began", "end ended ends stopped"},
        {"before", "after"},
        {"love loves loved", "hate hates hated"},
        {"include includes included", "exclude excludes excluded"},
    };
    auto* map = new std::unordered_map<std::string, std::pair<int, int>>();
    for (size_t g = 0; g < std::size(kPairs); ++g) {
      for (int side = 0; side < 2; ++side) {
        std::string_view forms = side == 0 ? kPairs[g].a : kPairs[g].b;
        size_t i = 0;
        while (i < forms.size()) {
          const size_t sp = std::min(forms.find(' ', i), forms.size());
          map->emplace(std::string(forms.substr(i, sp - i)),
                       std::make_pair(static_cast<int>(g), side));
          i = sp + 1;
        }
      }
    }
    return map;
  }();
  return *kMap;
}

// A capitalised token that can name someone or something (not a weekday, month or job title).
bool IsName(const Token& t) {
  return t.capitalised && !t.number && t.lower.size() >= 3 && !IsCalendarWord(t.lower) &&
         !IsTitleWord(t.lower) && !IsStopword(t.lower);
}

void SplitSentences(std::string_view text, size_t max_sentences, std::vector<Sentence>* out) {
  std::vector<Word> words;
  size_t s = 0;
  const auto flush = [&](size_t e) {
    while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r' ||
                     text[s] == '"')) {
      ++s;
    }
    const std::string_view raw = text.substr(s, e - s);
    const bool url =
        raw.find("://") != std::string_view::npos || raw.find("www.") != std::string_view::npos;
    if (e > s && e - s <= kMaxSentenceBytes && out->size() < max_sentences && !url) {
      Sentence sent;
      sent.begin = s;
      sent.end = e;
      words.clear();
      ContentWords(raw, &words);
      for (const Word& w : words) sent.content.push_back(FoldPlural(w.lower));
      std::sort(sent.content.begin(), sent.content.end());
      sent.content.erase(std::unique(sent.content.begin(), sent.content.end()), sent.content.end());
      if (sent.content.size() >= kMinContentWords) out->push_back(std::move(sent));
    }
    s = e;
  };
  for (size_t i = 0; i < text.size() && out->size() < max_sentences; ++i) {
    const char c = text[i];
    if (c == '\n') {
      flush(i);
    } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' ||
                                                      text[i + 1] == '\n' || text[i + 1] == '"')) {
      flush(i + 1);
    } else if (i - s > kMaxSentenceBytes * 2) {
      s = i;  // a run-on block without punctuation: skip it
    }
  }
  flush(text.size());
}

struct Hunk {
  size_t a_begin, a_end, b_begin, b_end;  // token ranges that differ
};

// Differing token ranges of two sentences after a longest-common-subsequence alignment.
void Diff(const std::vector<Token>& a, const std::vector<Token>& b, std::vector<int>* table,
          std::vector<Hunk>* hunks) {
  hunks->clear();
  const size_t n = a.size(), m = b.size(), w = m + 1;
  table->assign((n + 1) * w, 0);
  auto at = [&](size_t i, size_t j) -> int& { return (*table)[i * w + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) =
          a[i].lower == b[j].lower ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  size_t i = 0, j = 0;
  Hunk open{SIZE_MAX, 0, 0, 0};
  while (i < n || j < m) {
    if (i < n && j < m && a[i].lower == b[j].lower) {
      if (open.a_begin != SIZE_MAX) {
        open.a_end = i, open.b_end = j;
        hunks->push_back(open);
        open.a_begin = SIZE_MAX;
      }
      ++i, ++j;
      continue;
    }
    if (open.a_begin == SIZE_MAX) open = Hunk{i, i, j, j};
    if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      ++j;
    } else {
      ++i;
    }
  }
  if (open.a_begin != SIZE_MAX) hunks->push_back(Hunk{open.a_begin, n, open.b_begin, m});
}

// Whether `word` occurs as a whole word in `lower_text` (a lowercased document).
bool ContainsWord(const std::string& lower_text, const std::string& word) {
  const auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
  };
  for (size_t at = lower_text.find(word); at != std::string::npos;
       at = lower_text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !is_letter(lower_text[at - 1])) &&
        (end == lower_text.size() || !is_letter(lower_text[end]))) {
      return true;
    }
  }
  return false;
}

// "Rait" / "Raite", "Jon" / "John", "Opteron" / "Opteron(TM)": one name spelt two ways.
bool SpellingVariant(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.compare(0, a.size(), a) == 0) return true;
  if (b.size() - a.size() > 1) return false;
  // One edit apart (substitution or insertion).
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  const size_t skip = a.size() == b.size() ? 1 : 0;
  return a.compare(i + skip, std::string_view::npos, b, i + 1, std::string_view::npos) == 0;
}

// Whether `name` spells the initials of the capitalised tokens in [b, e): "AFC" for
// "American Football Conference".
bool Acronym(const std::vector<Token>& tokens, size_t b, size_t e, std::string_view name) {
  std::string initials;
  for (size_t i = b; i < e; ++i) {
    if (tokens[i].capitalised || i == 0) initials.push_back(tokens[i].lower[0]);
  }
  return initials.size() >= 2 && initials == name;
}

// More than half of the tokens capitalised: a headline in title case.
bool IsHeadline(const std::vector<Token>& tokens) {
  size_t caps = 1;  // the first token
  for (size_t i = 1; i < tokens.size(); ++i) caps += tokens[i].capitalised;
  return caps * 2 > tokens.size();
}

// A weekday or month name in or next to tokens [b, e): a date or timestamp, left to the date
// facts.
bool NearCalendarWord(const std::vector<Token>& tokens, size_t b, size_t e) {
  for (size_t i = b > 0 ? b - 1 : 0; i < std::min(e + 1, tokens.size()); ++i) {
    if (IsCalendarWord(tokens[i].lower)) return true;
  }
  return false;
}

// The rule by which two aligned sentences contradict each other, or nullptr.
const char* Contradiction(const std::vector<Token>& a, const std::vector<Token>& b, bool numbers,
                          const std::string& lower_a, const std::string& lower_b,
                          std::vector<int>* table, std::vector<Hunk>* hunks) {
  // Headlines capitalise every word: no name signal there.
  if (a.size() < kMinTokens || b.size() < kMinTokens) return nullptr;
  const bool names = !IsHeadline(a) && !IsHeadline(b);
  Diff(a, b, table, hunks);
  int negations = 0;
  for (const Token& t : a) negations += IsNegation(t);
  for (const Token& t : b) negations += IsNegation(t);
  const bool flipped = negations % 2 == 1;
  const auto& antonyms = Antonyms();
  for (const Hunk& h : *hunks) {
    const size_t na = h.a_end - h.a_begin, nb = h.b_end - h.b_begin;
    // Negation: polarity differs and a negation word is a local edit ("has not approved"), not
    // part of a different clause ("..., he said he did not think charges would be filed").
    if (flipped && na <= kMaxNegationEdit && nb <= kMaxNegationEdit) {
      int neg_a = 0, neg_b = 0;
      for (size_t i = h.a_begin; i < h.a_end; ++i) neg_a += IsNegation(a[i]);
      for (size_t j = h.b_begin; j < h.b_end; ++j) neg_b += IsNegation(b[j]);
      if ((neg_a + neg_b) % 2 == 1) return "negation";
    }
    // Antonyms anywhere in a replacement or a one-sided edit ("rose" -> "fell").
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      auto ia = antonyms.find(a[i].lower);
      if (ia == antonyms.end()) continue;
      for (size_t j = h.b_begin; j < h.b_end; ++j) {
        auto ib = antonyms.find(b[j].lower);
        if (ib != antonyms.end() && ib->second.first == ia->second.first &&
            ib->second.second != ia->second.second) {
          return "antonym";
        }
      }
    }
    if (na == 0 || nb == 0 || na > kMaxHunkTokens || nb > kMaxHunkTokens) continue;
    // A name replaced by another in the same place, neither found in the other sentence.
    std::string_view name_a_text, name_b_text;
    bool name_a = false, name_b = false, num_a = false, num_b = false;
    for (size_t i = h.a_begin; i < h.a_end; ++i) {
      if (IsName(a[i]) && !ContainsWord(lower_b, a[i].lower)) {
        name_a = true;
        name_a_text = a[i].lower;
      }
      num_a |= a[i].number && !a[i].clock;
    }
    for (size_t j = h.b_begin; j < h.b_end; ++j) {
      if (IsName(b[j]) && !ContainsWord(lower_a, b[j].lower)) {
        name_b = true;
        name_b_text = b[j].lower;
      }
      num_b |= b[j].number && !b[j].clock;
    }
    if (name_a && name_b && names && !SpellingVariant(name_a_text, name_b_text) &&
        !Acronym(a, h.a_begin, h.a_end, name_b_text) &&
        !Acronym(b, h.b_begin, h.b_end, name_a_text)) {
      return "entity";
    }
    if (numbers && num_a && num_b && !NearCalendarWord(a, h.a_begin, h.a_end) &&
        !NearCalendarWord(b, h.b_begin, h.b_end)) {
      return "number";
    }
  }
  return nullptr;
}

}  // namespace

std::vector<Claim> SentenceContradictions(const StoryInput& story,
                                          const std::vector<Claim>& fact_claims,
                                          const SentenceContradictionOptions& options) {
  std::vector<Claim> out;
  const size_t docs = std::min(story.documents.size(), options.max_documents);
  if (docs < 2) return out;
  // Document pairs the fact claims already show as contradicting.
  std::set<std::pair<std::string_view, std::string_view>> contradicting;
  for (const Claim& c : fact_claims) {
    for (const std::string& a : c.documents) {
      for (const std::string& b : c.contradicted_by) {
        contradicting.emplace(a, b);
        contradicting.emplace(b, a);
      }
    }
  }
  std::vector<std::vector<Sentence>> sentences(docs);
  std::unordered_map<std::string_view, std::vector<std::pair<int, int>>> postings;
  for (size_t d = 0; d < docs; ++d) {
    SplitSentences(story.documents[d]->text, options.max_sentences, &sentences[d]);
    for (size_t s = 0; s < sentences[d].size(); ++s) {
      for (const std::string& w : sentences[d][s].content) {
        postings[w].emplace_back(static_cast<int>(d), static_cast<int>(s));
      }
    }
  }
  // Lowercased texts, made when a document is first compared.
  std::vector<std::string> lower(docs);
  const auto lowered = [&](size_t d) -> const std::string& {
    if (lower[d].empty()) {
      lower[d] = story.documents[d]->text;
      for (char& c : lower[d]) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return lower[d];
  };
  std::vector<int> table;
  std::vector<Hunk> hunks;
  std::vector<Token> tokens_a, tokens_b;
  std::unordered_map<uint64_t, int> shared;  // (doc, sentence) -> common content words
  std::vector<std::pair<double, int>> best(docs);
  std::vector<size_t> per_pair(docs * docs, 0);
  size_t pairs = 0;
  for (size_t da = 0; da < docs && pairs < options.max_claims_per_story; ++da) {
    const Document& doc_a = *story.documents[da];
    for (size_t sa = 0; sa < sentences[da].size(); ++sa) {
      const Sentence& a = sentences[da][sa];
      shared.clear();
      for (const std::string& w : a.content) {
        const auto it = postings.find(w);
        if (it == postings.end() || it->second.size() > kMaxPosting) continue;
        for (const auto& [d, s] : it->second) {
          if (static_cast<size_t>(d) <= da) continue;
          ++shared[(static_cast<uint64_t>(d) << 32) | static_cast<uint32_t>(s)];
        }
      }
      // Best aligned sentence per other document.
      std::fill(best.begin(), best.end(), std::make_pair(0.0, -1));
      for (const auto& [key, common] : shared) {
        const size_t d = key >> 32, s = key & 0xffffffffu;
        const Sentence& b = sentences[d][s];
        const double j =
            static_cast<double>(common) / (a.content.size() + b.content.size() - common);
        if (j >= options.min_jaccard && j > best[d].first) best[d] = {j, static_cast<int>(s)};
      }
      tokens_a.clear();
      for (size_t db = da + 1; db < docs && pairs < options.max_claims_per_story; ++db) {
        if (best[db].second < 0 || per_pair[da * docs + db] >= options.max_claims_per_pair) {
          continue;
        }
        const Document& doc_b = *story.documents[db];
        if (doc_a.id == doc_b.id) continue;
        const Sentence& b = sentences[db][best[db].second];
        const bool numbers = contradicting.count({doc_a.id, doc_b.id}) == 0;
        if (tokens_a.empty()) {
          Tokenize(std::string_view(doc_a.text).substr(a.begin, a.end - a.begin), &tokens_a);
        }
        tokens_b.clear();
        Tokenize(std::string_view(doc_b.text).substr(b.begin, b.end - b.begin), &tokens_b);
        const char* rule =
            Contradiction(tokens_a, tokens_b, numbers, lowered(da), lowered(db), &table, &hunks);
        if (rule == nullptr) continue;
        ++per_pair[da * docs + db];
        ++pairs;
        for (int side = 0; side < 2; ++side) {
          const Document& self = side == 0 ? doc_a : doc_b;
          const Document& other = side == 0 ? doc_b : doc_a;
          const Sentence& sent = side == 0 ? a : b;
          Claim c;
          c.story = story.id;
          c.kind = "statement";
          c.text = SentenceAround(self.text, sent.begin, sent.begin, 300);
          c.value = rule;
          c.documents = {self.id};
          c.independent_sources = 1;
          c.single_source = true;
          c.contradicted_by = {other.id};
          out.push_back(std::move(c));
        }
      }
    }
  }
  return out;
}

}  // namespace stemma::stories

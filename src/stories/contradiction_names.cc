#include "stories/contradiction_names.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stories/similarity.h"

namespace stemma::stories::internal {

namespace {

// A party or its member ("the Democrat's office"): a description of someone, not a name.
bool IsPartyWord(std::string_view lower) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "s"}) {
    if (lower.size() > suffix.size() + 3 && lower.ends_with(suffix)) {
      lower.remove_suffix(suffix.size());
      break;
    }
  }
  static constexpr std::string_view kParties[] = {
      "democrat", "democratic", "republican",   "gop",         "tory",      "tories",
      "labour",   "liberal",    "conservative", "libertarian", "socialist", "independent"};
  return std::find(std::begin(kParties), std::end(kParties), lower) != std::end(kParties);
}

}  // namespace

// A capitalised token that can name someone or something (not a weekday, month, job title or
// party).
bool IsName(const Token& t) {
  return t.capitalised && !t.number && t.lower.size() >= 3 && !IsCalendarWord(t.lower) &&
         !IsTitleWord(t.lower) && !IsStopword(t.lower) && !IsPartyWord(t.lower);
}

namespace {

// Lowercase Latin-1 letters with accents (UTF-8 C3 xx) as their base letter: "peña" -> "pena".
std::string FoldAccents(std::string_view w) {
  // Base letters of U+00E0..U+00FF (after lowercasing); '?' where there is none.
  static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo?ouuuuyty";
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = w[i];
    if (c == 0xC3 && i + 1 < w.size()) {
      const unsigned char d = static_cast<unsigned char>(w[i + 1]) | 0x20;  // upper -> lower
      if (d >= 0xA0 && d <= 0xBF && kBase[d - 0xA0] != '?') {
        out.push_back(kBase[d - 0xA0]);
        ++i;
        continue;
      }
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

// "Rait" / "Raite", "Jon" / "John", "Opteron" / "Opteron(TM)", "Peña" / "Pena": one name spelt
// two ways.
// Consonants of a name, doubled ones once: "swain" and "swayne" are both "swn".
std::string Consonants(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') continue;
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

}  // namespace

bool SpellingVariant(std::string_view a, std::string_view b) {
  if (FoldAccents(a) == FoldAccents(b)) return true;
  // The same first letter and consonants ("Swain" / "Swayne"): a name written as it sounds.
  if (a.size() >= 4 && b.size() >= 4 && a[0] == b[0] && Consonants(a) == Consonants(b)) {
    return true;
  }
  if (a.size() > b.size()) std::swap(a, b);
  if (b.compare(0, a.size(), a) == 0) return true;
  if (b.size() - a.size() > 1) return false;
  // One edit apart (substitution or insertion).
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  const size_t skip = a.size() == b.size() ? 1 : 0;
  return a.compare(i + skip, std::string_view::npos, b, i + 1, std::string_view::npos) == 0;
}

// Country names that news writes two ways ("America" / "American"): one name, not a swapped
// one. (Party words, "GOP" / "Republican", are no names at all: IsPartyWord.)
bool KnownAlias(std::string_view a, std::string_view b) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"america", "american"}, {"britain", "british"}};
  for (const auto& [x, y] : kPairs) {
    if ((a == x && b == y) || (a == y && b == x)) return true;
  }
  return false;
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

}  // namespace stemma::stories::internal

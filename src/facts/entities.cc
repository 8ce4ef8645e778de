// Named entities: perceptron tagger per sentence, alias gazetteer, canonical names and
// in-document coreference of name parts ("Kim" -> "Kim Jong Un").
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "facts/aliases.h"
#include "facts/entity_cues.h"
#include "facts/entity_rules.h"
#include "facts/facts_internal.h"
#include "facts/name_spans.h"
#include "facts/news_names.h"
#include "facts/tagger.h"
#include "facts/word_set.h"

namespace stemma::facts {
namespace {

// Words that only precede a title: "Prime Minister", "Vice President", "former Governor".
bool IsTitleModifier(std::string_view lower) {
  return lower == "prime" || lower == "vice" || lower == "deputy" || lower == "former" ||
         lower == "acting" || lower == "chief" || lower == "foreign" || lower == "defense" ||
         lower == "defence" || lower == "interior" || lower == "finance" || lower == "state" ||
         lower == "senior" || lower == "us" || lower == "u.s";
}

// Display form of a name: "Son-hui" -> "Son Hui"; other characters kept.
std::string DisplayName(std::string_view surface, char type) {
  std::string out;
  bool word_start = true;
  for (size_t i = 0; i < surface.size(); ++i) {
    char c = surface[i];
    if (c == '\n' || c == '\t') c = ' ';
    if (type == 'P' && c == '-') c = ' ';
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = true;
      continue;
    }
    if (type == 'P' && word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    out += c;
    word_start = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string CanonicalName(std::string_view surface, char* type) {
  if (const AliasTable::Entry* e = AliasTable::Default().Find(surface)) {
    *type = e->type;
    return e->canonical;
  }
  std::string_view s = surface;
  if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s.remove_prefix(4);
  return DisplayName(s, *type);
}

namespace {

// Function words the tagger sometimes takes for one-word names at a sentence start.
bool IsFunctionWord(std::string_view lower) {
  static const WordSet kWords = {
      "i",          "we",     "our",     "you",    "your",    "he",        "she",     "his",
      "her",        "they",   "their",   "it",     "its",     "this",      "that",    "these",
      "those",      "the",    "a",       "an",     "in",      "on",        "at",      "for",
      "but",        "and",    "or",      "if",     "as",      "after",     "before",  "while",
      "when",       "what",   "who",     "how",    "why",     "there",     "here",    "not",
      "no",         "yes",    "so",      "indeed", "however", "meanwhile", "also",    "right",
      "left",       "north",  "south",   "east",   "west",    "western",   "eastern", "today",
      "apparently", "anyway", "instead", "still",  "yet",     "then",      "now",     "thus"};
  return kWords.Contains(lower);
}

bool IsSpeechVerb(std::string_view lower) {
  return lower == "said" || lower == "says" || lower == "told" || lower == "added" ||
         lower == "explained" || lower == "stated";
}

// Sports positions written before a player's name ("RB Tom Quill", "QB Ada Voss"); only in
// capitals, and not "SS" (ships), "PR", "OF" or one letter ("C", "K").
bool IsPositionAbbreviation(std::string_view word) {
  static const WordSet kWords = {"QB", "RB", "WR", "TE",  "OL",  "OT",  "OG", "DL",
                                 "DE", "DT", "LB", "ILB", "OLB", "MLB", "CB", "DB",
                                 "FS", "KR", "GK", "RP",  "RHP", "LHP"};
  return kWords.Contains(word);
}

// Abbreviated titles and party words: no part of a personal name ("Florida Gov").
bool IsAbbreviatedTitle(std::string_view lower) {
  static const WordSet kWords = {"gov",  "sen",  "rep", "mr",  "mrs",        "ms",
                                 "dr",   "gen",  "col", "lt",  "capt",       "sgt",
                                 "prof", "cmdr", "maj", "adm", "republican", "democrat"};
  return kWords.Contains(lower);
}

// First and last words (alias keys) of persons' full names, in order of first appearance.
struct NamePart {
  std::string part;
  std::string full;
  size_t first_token = 0;  // where the full name first appears
  bool last_word = false;
};

std::vector<NamePart> NameParts(const std::vector<Mention>& mentions) {
  std::vector<NamePart> parts;
  std::vector<std::string> seen;
  for (const Mention& m : mentions) {
    if (m.type != 'P' || m.canonical.find(' ') == std::string::npos) continue;
    if (std::find(seen.begin(), seen.end(), m.canonical) != seen.end()) continue;
    seen.push_back(m.canonical);
    std::string key = AliasKey(m.canonical);
    size_t sp = key.find(' '), last_sp = key.rfind(' ');
    // An abbreviated title or a party is no name part ("Gov" of a mis-typed "Florida Gov"),
    // nor is a single letter ("F" of "F-94 Starfire", whose display name splits the hyphen).
    auto usable = [](std::string_view part) {
      return !IsAbbreviatedTitle(part) && part.size() > 1;
    };
    if (usable(key.substr(0, sp))) {
      parts.push_back({key.substr(0, sp), m.canonical, m.first, false});
    }
    if (usable(key.substr(last_sp + 1))) {
      parts.push_back({key.substr(last_sp + 1), m.canonical, m.first, true});
    }
  }
  return parts;
}

// The full name with `lower` (one lower-cased word) as its first or last word, or nullptr.
// A place-typed word only matches a surname (last word): "Montreal" is not "Montreal Victorias".
const std::string* FullNameFor(const std::vector<NamePart>& parts, std::string_view lower,
                               size_t at, bool last_word_only = false) {
  if (lower.size() > 2 && (lower.substr(lower.size() - 2) == "'s")) {
    lower.remove_suffix(2);
  }
  for (const NamePart& p : parts) {
    if (p.part == lower && p.first_token < at && (!last_word_only || p.last_word)) return &p.full;
  }
  return nullptr;
}

// A capitalised run of 2-3 words after a title ("spokesperson Matthew Miller") is a person:
// added when untagged, re-typed when the tagger found exactly that run as something else.
void AddTitledPersons(const TokenizedText& tt, const std::vector<uint8_t>& taken,
                      std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  std::vector<int> mention_of(n, -1);
  for (size_t k = 0; k < mentions->size(); ++k) {
    for (size_t q = (*mentions)[k].first; q < (*mentions)[k].last; ++q) {
      mention_of[q] = static_cast<int>(k);
    }
  }
  auto is_name_word = [&](size_t q) {
    return tt.tokens[q].capitalized && tt.tokens[q].kind == TokenKind::kWord && !taken[q];
  };
  for (size_t i = 1; i < n; ++i) {
    if (!is_name_word(i) || IsFunctionWord(tt.Lower(i))) continue;
    // The title, possibly abbreviated with a period: "Mr. Putin".
    size_t t = i >= 2 && tt.Text(i - 1) == "." && tt.Adjacent(i - 1) ? i - 2 : i - 1;
    if (!IsTitleWord(tt.Lower(t))) continue;
    size_t j = i;
    // Not over an abbreviated rank: "spokesman Rear Adm. Tom Quill" ("Rear" alone is too short).
    while (j < n && j < i + 3 && is_name_word(j) && !IsTitleWord(tt.Lower(j)) &&
           !(j + 1 < n && tt.Text(j + 1) == "." && IsAbbreviatedTitle(tt.Lower(j))) &&
           (j == i || !tt.tokens[j].sentence_start)) {
      ++j;
    }
    // One word suffices after an unambiguous title ("President Putin"; not "General Motors").
    std::string_view title = tt.Lower(t);
    bool strict = title == "president" || title == "mr" || title == "mrs" || title == "ms" ||
                  title == "dr" || title == "senator" || title == "sen" || title == "rep" ||
                  title == "governor" || title == "minister" || title == "chancellor" ||
                  title == "premier" || title == "pope" || title == "mayor" || title == "comrade";
    if (j - i < (strict ? 1u : 2u)) continue;
    int tagged = -1;
    for (size_t q = i; q < j; ++q) tagged = std::max(tagged, mention_of[q]);
    if (tagged >= 0) {
      Mention& m = (*mentions)[tagged];
      if (m.first == i && m.last == j && m.type != 'P') {
        m.type = 'P';
        m.canonical = CanonicalName(tt.Span(i, j), &m.type);
      }
      continue;
    }
    Mention m{i, j, 'P', ""};
    m.canonical = CanonicalName(tt.Span(i, j), &m.type);
    mentions->push_back(std::move(m));
    i = j - 1;
  }
}

// Document-level consistency: a name the tagger found once is the same entity wherever it
// recurs untagged ("Malachowsky ... Malachowsky").
void AddRepeatedMentions(const TokenizedText& tt, std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  std::vector<uint8_t> covered(n, 0);
  std::unordered_map<std::string_view, std::vector<size_t>> by_first;  // first word -> mentions
  for (size_t k = 0; k < mentions->size(); ++k) {
    const Mention& m = (*mentions)[k];
    for (size_t q = m.first; q < m.last; ++q) covered[q] = 1;
    if (m.type == 'P' && m.last - m.first <= 6 && by_first[tt.Text(m.first)].size() < 8) {
      by_first[tt.Text(m.first)].push_back(k);
    }
  }
  const size_t original = mentions->size();
  for (size_t i = 0; i < n; ++i) {
    if (covered[i] || !tt.tokens[i].capitalized) continue;
    auto it = by_first.find(tt.Text(i));
    if (it == by_first.end()) continue;
    for (size_t k : it->second) {
      if (k >= original) continue;
      const Mention src = (*mentions)[k];
      size_t len = src.last - src.first;
      bool same = i + len <= n;
      for (size_t q = 0; same && q < len; ++q) {
        same = !covered[i + q] && tt.Text(i + q) == tt.Text(src.first + q);
      }
      if (!same || (len == 1 && tt.tokens[i].sentence_start && IsFunctionWord(tt.Lower(i)))) {
        continue;
      }
      mentions->push_back(Mention{i, i + len, src.type, src.canonical});
      for (size_t q = i; q < i + len; ++q) covered[q] = 1;
      i += len - 1;
      break;
    }
  }
}

// "George W. Bush", "M. K. Bhadrakumar": a person mention ending in a one-letter initial, or
// followed by one, continues over the period and the following capitalised words.
void ExtendOverInitials(const TokenizedText& tt, std::vector<Mention>* mentions) {
  const size_t n = tt.tokens.size();
  for (size_t k = 0; k < mentions->size(); ++k) {
    Mention& m = (*mentions)[k];
    if (m.type != 'P') continue;
    size_t last = m.last;
    // "John A. Corder" tagged as "John": step onto the initial first.
    if (last + 2 < n && tt.Text(last).size() == 1 && tt.tokens[last].capitalized &&
        !tt.tokens[last].sentence_start && tt.Text(last + 1) == "." && tt.Adjacent(last + 1) &&
        tt.tokens[last + 2].capitalized && tt.tokens[last + 2].kind == TokenKind::kWord) {
      ++last;
    }
    while (last + 1 < n && tt.Lower(last - 1).size() == 1 && tt.tokens[last - 1].capitalized &&
           tt.Text(last) == "." && tt.Adjacent(last) && tt.tokens[last + 1].capitalized &&
           tt.tokens[last + 1].kind == TokenKind::kWord) {
      last += 2;
      while (last < n && last < m.first + 8 && tt.tokens[last].capitalized &&
             tt.tokens[last].kind == TokenKind::kWord && !tt.tokens[last].sentence_start &&
             tt.Lower(last - 1).size() > 1) {
        ++last;
      }
    }
    if (last == m.last) continue;
    m.last = last;
    m.canonical = CanonicalName(tt.Span(m.first, m.last), &m.type);
    // Drop mentions now inside this one.
    size_t j = k + 1;
    while (j < mentions->size() && (*mentions)[j].first < last) ++j;
    mentions->erase(mentions->begin() + static_cast<ptrdiff_t>(k + 1),
                    mentions->begin() + static_cast<ptrdiff_t>(j));
  }
}

// "CHRIS MATTHEWS" after "Chris Matthews": two one-word mentions side by side that resolved
// to the same full name, as its first and last word, are one mention of it; so are two
// halves of a name around a nickname in quotes ("Lewis “Scooter” Libby").
void MergeNameHalves(const TokenizedText& tt, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  size_t kept = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (kept > 0) {
      Mention& a = ms[kept - 1];
      const Mention& b = ms[k];
      if (a.type == 'P' && b.type == 'P' && a.last - a.first == 1 && b.last - b.first == 1 &&
          a.last == b.first && a.canonical == b.canonical) {
        std::string key = AliasKey(a.canonical);
        size_t sp = key.find(' '), last_sp = key.rfind(' ');
        if (sp != std::string::npos && key.substr(0, sp) == tt.Lower(a.first) &&
            key.substr(last_sp + 1) == tt.Lower(b.first)) {
          a.last = b.last;
          continue;
        }
      }
      // 'William Mailes " Cowboy " Cowley': a nickname in quotes between two parts of a
      // name joins them (the canonical name leaves the nickname out).
      if (a.type == 'P' && b.type == 'P' && IsNicknameBetween(tt, a.last, b.first)) {
        std::string name(tt.Span(a.first, a.last));
        name += ' ';
        name += tt.Span(b.first, b.last);
        a.canonical = CanonicalName(name, &a.type);
        a.last = b.last;
        continue;
      }
    }
    ms[kept++] = ms[k];
  }
  ms.resize(kept);
}

}  // namespace

std::vector<Mention> FindEntities(const TokenizedText& tt, const Claimed& claimed) {
  const NerTagger& tagger = NerTagger::Default();
  const AliasTable& aliases = AliasTable::Default();
  const size_t n = tt.tokens.size();
  std::vector<Mention> mentions;
  // 1. Alias phrases (gazetteer) first: they win over the tagger.
  std::vector<uint8_t> taken(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const AliasTable::Entry* e = nullptr;
    size_t len = aliases.MatchAt(tt, i, &e);
    if (len == 0) continue;
    Mention m{i, i + len, e->type, e->canonical};
    mentions.push_back(m);
    for (size_t k = i; k < i + len; ++k) taken[k] = 1;
    i += len - 1;
  }
  // 2. The tagger over the whole document (two passes, sentences of at most 200 tokens).
  std::vector<std::string_view> words;
  std::vector<size_t> starts;
  words.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (i == 0 || tt.tokens[i].sentence_start || i - starts.back() >= 200) starts.push_back(i);
    words.push_back(tt.Text(i));
  }
  std::vector<uint8_t> all_tags;
  tagger.TagDocument(words, starts, &all_tags);
  for (size_t sentence = 0; sentence < starts.size(); ++sentence) {
    const size_t start = starts[sentence];
    const size_t end = sentence + 1 < starts.size() ? starts[sentence + 1] : n;
    for (size_t k = 0; k < end - start; ++k) {
      int tag = all_tags[start + k];
      if (tag == 0 || tag == 8) continue;  // O; MISC ('M') is dropped after the type rules
      size_t j = k + 1;
      while (start + j < end && all_tags[start + j] == tag + 1) ++j;
      size_t first = start + k, last = start + j;
      k = j - 1;
      char type = tag <= 2 ? 'P' : tag <= 4 ? 'O' : tag <= 6 ? 'L' : 'M';
      // Trim "the" and titles ("Prime Minister Najib Razak": a titled name is a person; but
      // "General Motors" keeps its first word).
      while (first < last && tt.Text(first) == "the") ++first;
      size_t named = first;
      while (named < last && (IsTitleWord(tt.Lower(named)) || IsTitleModifier(tt.Lower(named)) ||
                              IsPositionAbbreviation(tt.Text(named)))) {
        ++named;
      }
      if (named > first && type != 'M' && (type == 'P' || last - named >= 2)) {
        first = named;
        type = 'P';
      }
      while (last > first && tt.tokens[last - 1].kind != TokenKind::kWord) --last;
      if (last > first && IsPossessiveS(tt.Lower(last - 1))) {
        --last;
      }
      if (first >= last || !tt.tokens[first].capitalized) continue;
      bool clash = false;
      for (size_t q = first; q < last; ++q) clash = clash || taken[q];
      if (clash) continue;
      std::string_view surface = tt.Span(first, last);
      Mention m{first, last, type, ""};
      if (type != 'M') m.canonical = CanonicalName(surface, &m.type);  // MISC: only if re-typed
      mentions.push_back(std::move(m));
    }
  }
  AddNewsNames(tt, taken, &mentions);
  // A place-typed (or MISC) name ending in an organisation word is an organisation.
  for (Mention& m : mentions) {
    if ((m.type == 'L' || m.type == 'M') && m.last - m.first >= 2 &&
        IsOrganisationHead(tt.Lower(m.last - 1)) && !AliasTable::Default().Find(m.canonical)) {
      if (m.type == 'M') m.canonical = CanonicalName(tt.Span(m.first, m.last), &m.type);
      m.type = 'O';
    }
  }
  std::vector<TypeCue> cues;
  ApplyEntityTypeRules(tt, &mentions, &cues);
  AddTitledPersons(tt, taken, &mentions);
  AddRepeatedMentions(tt, &mentions);
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  ExtendOverInitials(tt, &mentions);
  // 3. Coreference of name parts over the whole document: a one-word mention, or an untagged
  // capitalised word, equal to the first or last word of a person's full name is that person
  // ("Kim" -> "Kim Jong Un", "Vaddi" -> "Pranay Vaddi"); the earliest full name wins.
  // A multi-word mention the tagger typed as a place or organisation whose last word is
  // elsewhere tagged as a person on its own ("Nadia Petrov" ... "Petrov said") is a person.
  // An untagged (or place-typed: places do not speak) capitalised word right before a speech
  // verb ("Petrov said") counts too.
  std::unordered_set<std::string_view> single_persons;
  std::vector<uint8_t> in_mention(n, 0);
  for (const Mention& m : mentions) {
    if (m.type == 'P' && m.last - m.first == 1) single_persons.insert(tt.Lower(m.first));
    for (size_t q = m.first; q < m.last; ++q) {
      in_mention[q] = m.last - m.first == 1 && m.type == 'L' ? 2 : 1;
    }
  }
  for (size_t i = 0; i + 1 < n; ++i) {
    if (in_mention[i] != 1 && tt.tokens[i].capitalized && tt.tokens[i].kind == TokenKind::kWord &&
        IsSpeechVerb(tt.Lower(i + 1)) && !IsFunctionWord(tt.Lower(i))) {
      single_persons.insert(tt.Lower(i));
    }
  }
  for (Mention& m : mentions) {
    if (m.type == 'P' || m.last - m.first < 2 || !single_persons.count(tt.Lower(m.last - 1)) ||
        IsOrganisationHead(tt.Lower(m.last - 1)) || AliasTable::Default().Find(m.canonical) ||
        tt.Text(m.first + 1) == ".") {
      continue;  // "St. Louis" is no person for "Louis"
    }
    m.type = 'P';
    m.canonical = CanonicalName(tt.Span(m.first, m.last), &m.type);
  }
  CleanNameSpans(tt, &mentions);
  std::vector<NamePart> full_names = NameParts(mentions);
  std::vector<Mention> out;
  out.reserve(mentions.size());
  size_t next = 0;
  for (size_t i = 0; i < n; ++i) {
    if (next < mentions.size() && mentions[next].first == i) {
      Mention m = mentions[next++];
      while (next < mentions.size() && mentions[next].first < m.last) ++next;  // overlaps
      i = m.last - 1;
      bool dated = false;
      for (size_t k = m.first; k < m.last; ++k) {
        // "USA TODAY" (news_names.cc) is a newspaper whatever the date scanner took "TODAY" for.
        bool paper = k > m.first && tt.Text(k - 1) == "USA" && tt.Lower(k) == "today";
        dated = dated || (claimed[k] == 1 && !paper);
      }
      if (dated) continue;
      if (m.last - m.first == 1) {
        if (IsFunctionWord(tt.Lower(m.first))) continue;
        if (const std::string* full =
                FullNameFor(full_names, tt.Lower(m.first), m.first, m.type == 'L')) {
          m.type = 'P';
          m.canonical = *full;
        }
      } else if (m.type == 'P') {
        // "Czechoslovak President Klement Gottwald": drop what precedes an inner title.
        for (size_t k = m.last - 1; k > m.first; --k) {
          if (IsTitleWord(tt.Lower(k - 1)) && k < m.last) {
            std::string_view surface = tt.Span(k, m.last);
            m.first = k;
            m.canonical = CanonicalName(surface, &m.type);
            break;
          }
        }
      }
      out.push_back(std::move(m));
      continue;
    }
    const Token& t = tt.tokens[i];
    if (!t.capitalized || t.kind != TokenKind::kWord || full_names.empty() || claimed[i] == 1 ||
        IsFunctionWord(tt.Lower(i))) {
      continue;
    }
    if (const std::string* full = FullNameFor(full_names, tt.Lower(i), i)) {
      out.push_back(Mention{i, i + 1, 'P', *full});
    }
  }
  MergeNameHalves(tt, &out);
  ExtendNameEdges(tt, &out);
  AddOrdinalReferences(tt, claimed, &out);
  TypeMentionsByMajority(tt, &out, &cues);
  return out;
}

}  // namespace stemma::facts

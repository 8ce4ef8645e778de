// "the paper tweeted", "the organization wrote", "the social media giant said": a body noun
// after "the" stands for the outlet, company or group the text named as a sentence's subject
// shortly before, often a name the tagger missed ("USA Today is under fire ...", "That
// afternoon, the A.D.L. issued a warning ..."), or for the name a relative clause hangs on
// ("The Harbour Herald, which ... what the publication calls “...”").
#include <string>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

bool IsBodyNoun(std::string_view w) {
  static const WordSet kBodies = {"paper",    "newspaper", "publication",  "outlet",
                                  "magazine", "company",   "firm",         "giant",
                                  "network",  "website",   "organization", "organisation"};
  return kBodies.Contains(w);
}

std::string Attributor::NameRunAt(size_t a, size_t limit) const {
  const bool after_the = a < limit && tt_.Lower(a) == "the";
  if (after_the) ++a;
  static const WordSet kStop = {
      "the",   "this",  "that",  "these",   "those", "it",    "he",        "she",
      "they",  "we",    "i",     "but",     "and",   "many",  "some",      "in",
      "on",    "at",    "after", "when",    "a",     "an",    "one",       "there",
      "here",  "its",   "his",   "her",     "their", "our",   "if",        "as",
      "while", "for",   "with",  "by",      "from",  "to",    "yet",       "so",
      "also",  "now",   "then",  "earlier", "later", "last",  "meanwhile", "however",
      "still", "since", "both",  "each",    "all",   "most",  "story",     "email",
      "read",  "click", "sign",  "related", "see",   "watch", "photo",     "image"};
  const bool acronym = a + 1 < limit && tt_.Text(a + 1) == "." && tt_.Adjacent(a + 1);  // "A.D.L."
  if (a >= limit || in_quote_[a] || tt_.tokens[a].kind != TokenKind::kWord ||
      !tt_.tokens[a].capitalized || (kStop.Contains(tt_.Lower(a)) && !acronym)) {
    return "";
  }
  size_t e = a;
  bool other = false;  // a word that is not part of a place name
  // Capitalised words, and the periods of an acronym ("A.D.L.").
  while (e < limit && e - a < 8 && !in_quote_[e] && (e == a || !tt_.tokens[e].paragraph_start) &&
         ((tt_.tokens[e].kind == TokenKind::kWord && tt_.tokens[e].capitalized) ||
          (e > a && tt_.Text(e) == "." && tt_.Adjacent(e) &&
           tt_.tokens[e - 1].end - tt_.tokens[e - 1].begin == 1))) {
    int m = mention_at_[e];
    if (PersonAt(e) >= 0) return "";
    if (m < 0 || Type(e) != 'L') other = true;
    if (m >= 0) e = (*mentions_)[m].last - 1;
    ++e;
  }
  if (!other) return "";  // a place alone ("Germany has ..."); "The Washington Free Beacon" is not
  // One untagged capitalised word may be any word opening a sentence ("Based in ..."): only a
  // word the text also writes capitalised inside a sentence is a name ("Amazon").
  if (e == a + 1 && mention_at_[a] < 0 && !after_the) {
    bool name = false;
    const size_t from = a > 800 ? a - 800 : 0;
    for (size_t k = from; k < n_ && k < a + 800 && !name; ++k) {
      name = k != a && !tt_.tokens[k].sentence_start && !in_quote_[k] &&
             tt_.tokens[k].capitalized && tt_.Text(k) == tt_.Text(a);
    }
    if (!name) return "";
  }
  // Its verb (or an apposition) follows: "USA Today is ...", "The Harbour Herald, in its
  // editorial, said".
  if (e >= limit || e == a) return "";
  std::string_view next = tt_.Lower(e);
  bool verb = tt_.tokens[e].kind == TokenKind::kWord && !tt_.tokens[e].capitalized &&
              next != "and" && next != "or" && next != "of" && next != "'s";
  if (!verb && next != ",") return "";
  int m = mention_at_[a];
  if (m >= 0 && Type(a) == 'O' && (*mentions_)[m].last == e) return (*mentions_)[m].canonical;
  return std::string(tt_.Span(a, e));
}

std::string Attributor::BodyAntecedent(size_t the) {
  int sentences = 0;
  for (size_t k = the; k-- > 0 && the - k < 300;) {
    if (in_quote_[k]) continue;
    // "The Harbour Herald, which has sought ... what the publication calls": the name the
    // relative clause hangs on.
    if (sentences == 0 && tt_.Text(k) == "," && k + 1 < the &&
        (tt_.Lower(k + 1) == "which" || tt_.Lower(k + 1) == "that")) {
      size_t a = k;
      while (a > 0 && k - a < 6 && !in_quote_[a - 1] &&
             ((tt_.tokens[a - 1].kind == TokenKind::kWord && tt_.tokens[a - 1].capitalized) ||
              (tt_.Text(a - 1) == "." && tt_.Adjacent(a - 1)))) {
        --a;
      }
      std::string name = a < k ? NameRunAt(a, k + 1) : "";
      if (!name.empty()) return name;
    }
    if (k > 0 && !tt_.tokens[k].sentence_start && !tt_.tokens[k].paragraph_start) continue;
    // The sentence's subject, maybe after an opening phrase and a comma ("That afternoon,").
    size_t a = k;
    while (a < the && tt_.tokens[a].kind == TokenKind::kPunct) ++a;
    std::string name = NameRunAt(a, the);
    if (name.empty()) {
      for (size_t c = a; c < the && c < a + 8 && !in_quote_[c]; ++c) {
        if (tt_.Text(c) == ",") {
          name = NameRunAt(c + 1, the);
          break;
        }
      }
    }
    if (!name.empty()) return name;
    if (++sentences >= 4) break;
  }
  return "";
}

}  // namespace stemma::facts

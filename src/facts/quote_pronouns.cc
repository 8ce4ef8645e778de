// Speaker attribution: the persons a pronoun or a mention may stand for. he/she back to the
// nearest subject-like person, genders, and the checks on a mention (a person, a title only,
// a possessive, a preposition's object, a modifier) the rules share.
#include <algorithm>
#include <unordered_map>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {

std::string Attributor::Pronoun(size_t at, bool inside) {
  // The sentence's subject-like person: not a possessive ("Doe's plan"), preferably not a
  // preposition's object ("a letter from Obama campaign manager Jim Messina"). A sentence
  // opened by the same pronoun ("She said that, unlike Doe, she ...") names its referent
  // further back: the search goes on past it (a few links at most).
  std::string_view word = at < n_ && IsPronoun(tt_.Lower(at)) ? tt_.Lower(at) : "";
  const int want = word.empty() ? 0 : (word == "he" ? 1 : -1);
  int best = -1;
  int fallback = -1;
  int speaking = -1;
  int links = 0;
  size_t limit = at > 600 ? at - 600 : 0;
  for (size_t k = at; k-- > limit;) {
    if (inside || !in_quote_[k]) {
      int m = PersonAt(k);
      if (m >= 0) {
        // Not a person the document's own pronouns or titles give the other gender.
        if (!Possessive(m) && !Modifier(m) && (want == 0 || Gender(m) != -want) && !LinkLine(k)) {
          fallback = m;
          if (!AfterPreposition(m) && !Attributive(m)) best = m;
          if (SpeaksNext(m)) speaking = m;  // "..., Santana said that"
        }
        k = std::max((*mentions_)[m].first, limit);
      }
    }
    if (tt_.tokens[k].sentence_start && !word.empty() && links < 4 && k + 1 < at &&
        (inside || !in_quote_[k]) && tt_.Lower(k) == word) {
      best = fallback = speaking = -1;  // a link of the chain: its persons are not the subject
      ++links;
      continue;
    }
    // A "sentence" opened by a lower-case word was split after an abbreviation ("Sen. Ann
    // Doe, R-Ariz. pressed Roe"): the search goes on to its subject.
    if ((best >= 0 || fallback >= 0) && tt_.tokens[k].sentence_start &&
        !(tt_.tokens[k].kind == TokenKind::kWord && !tt_.tokens[k].capitalized)) {
      break;
    }
  }
  if (speaking >= 0) best = speaking;
  if (best < 0) best = fallback;
  return best >= 0 ? (*mentions_)[best].canonical : "";
}

bool Attributor::Modifier(int m) const {
  size_t j = (*mentions_)[m].last;
  size_t words = 0;
  while (j < n_ && words < 3 && tt_.tokens[j].kind == TokenKind::kWord &&
         !tt_.tokens[j].capitalized && (IsRoleWord(tt_.Lower(j)) || IsOfficeWord(tt_.Lower(j)))) {
    ++j;
    ++words;
  }
  return words > 0 && j < n_ && IsRoleWord(tt_.Lower(j - 1)) && PersonAt(j) >= 0;
}

bool Attributor::Attributive(int m) const {
  // "the Assad regime", "the Obama administration": a name qualifying a noun after "the".
  const Mention& mm = (*mentions_)[m];
  if (mm.first == 0 || mm.last >= n_ || tt_.Lower(mm.first - 1) != "the") return false;
  const Token& next = tt_.tokens[mm.last];
  if (next.kind != TokenKind::kWord || next.capitalized || in_quote_[mm.last]) return false;
  static const WordSet kNotNouns = {"and", "or",   "who",   "which", "that", "is", "was", "has",
                                    "had", "will", "would", "also",  "then", "of", "in"};
  std::string_view w = tt_.Lower(mm.last);
  return !kNotNouns.Contains(w) && !IsCue(w);
}

bool Attributor::LinkLine(size_t k) const {
  // A paragraph opened by capitals and a colon ("SEE ALSO: Speaker Ann Doe nixes meeting",
  // "RELATED: ...") links to another story: its names are not the story's.
  size_t p = k;
  while (p > 0 && !tt_.tokens[p].paragraph_start && k - p < 60) --p;
  if (!tt_.tokens[p].paragraph_start) return false;
  size_t words = 0;
  for (size_t j = p; j < n_ && j < p + 4; ++j) {
    if (tt_.Text(j) == ":") return words > 0;
    if (tt_.tokens[j].kind != TokenKind::kWord) return false;
    for (char c : tt_.Text(j)) {
      if (c >= 'a' && c <= 'z') return false;
    }
    ++words;
  }
  return false;
}

bool Attributor::SpeaksNext(int m) const {
  size_t j = (*mentions_)[m].last;
  static const WordSet kAux = {"also", "has", "had", "have", "then", "later", "previously"};
  for (int skip = 0; skip < 2 && j < n_ && kAux.Contains(tt_.Lower(j)); ++skip) ++j;
  return j < n_ && !in_quote_[j] && IsCueVerb(j);
}

int Attributor::Gender(int m) {
  if (gender_.empty()) ComputeGenders();
  return gender_[static_cast<size_t>(m)];
}

void Attributor::ComputeGenders() {
  // Votes per canonical name: a title ("Mr.", "Ms") and he/his or she/her in a sentence that
  // names only that person (outside quotes). One pass over the document.
  static const WordSet kMale = {"he", "himself"};
  static const WordSet kFemale = {"she", "herself"};
  // A possessive counts only before any other capitalised word: it may point ahead ("Ann Doe
  // tells Radio Nine that if his party loses, Netanyahu ...").
  static const WordSet kMaleOwner = {"his", "him"};
  static const WordSet kFemaleOwner = {"her", "hers"};
  bool clean = false;
  static const WordSet kMaleTitles = {"mr", "sir", "mister", "king", "prince"};
  static const WordSet kFemaleTitles = {"mrs", "ms", "miss", "madam", "dame", "queen", "princess"};
  std::unordered_map<std::string_view, int> votes;
  int only = -1;  // the one person named in the sentence so far; -2 when several
  for (size_t k = 0; k < n_; ++k) {
    if (tt_.tokens[k].sentence_start) only = -1;
    if (in_quote_[k]) continue;
    int m = mention_at_[k];
    if (m >= 0) {
      const Mention& mm = (*mentions_)[m];
      if (only >= 0 && (*mentions_)[only].canonical != mm.canonical) clean = false;
      if (k == mm.first && PersonAt(k) >= 0) {
        size_t t = mm.first;
        std::string_view title = tt_.Lower(t);  // "Mr. Doe" may be one mention
        if (!kMaleTitles.Contains(title) && !kFemaleTitles.Contains(title) && t > 0) {
          title = tt_.Lower(t - 1);
          if (title == "." && t > 1) title = tt_.Lower(t - 2);
        }
        int& v = votes[mm.canonical];
        if (kMaleTitles.Contains(title)) v += 3;
        if (kFemaleTitles.Contains(title)) v -= 3;
        if (only == -1) {
          only = m;
          clean = true;
        } else if (only >= 0 && (*mentions_)[only].canonical != mm.canonical) {
          only = -2;
        }
      }
      continue;
    }
    const Token& t = tt_.tokens[k];
    if (only < 0 || t.kind != TokenKind::kWord) continue;
    if (t.capitalized) clean = false;
    // Pronouns are 2..7 letters starting with h or s: most words stop here.
    const char c = tt_.lower[t.begin];
    if (t.end - t.begin < 2 || t.end - t.begin > 7 || (c != 'h' && c != 's')) continue;
    std::string_view w = tt_.Lower(k);
    if (kMale.Contains(w) || (clean && kMaleOwner.Contains(w))) {
      ++votes[(*mentions_)[only].canonical];
    }
    if (kFemale.Contains(w) || (clean && kFemaleOwner.Contains(w))) {
      --votes[(*mentions_)[only].canonical];
    }
  }
  gender_.assign(mentions_->size(), 0);
  for (size_t i = 0; i < mentions_->size(); ++i) {
    const std::string& name = (*mentions_)[i].canonical;
    auto it = votes.find(name);
    // A common first name counts as two votes ("Natalia Veselnitskaya" is not "he").
    int v = (it != votes.end() ? it->second : 0) + 2 * FirstNameGender(name);
    gender_[i] = static_cast<int8_t>(v > 0 ? 1 : v < 0 ? -1 : 0);
  }
}

int Attributor::PersonAt(size_t k) const {
  int m = mention_at_[k];
  if (m < 0 || TitleOnly(m)) return -1;
  const Mention& mm = (*mentions_)[m];
  if (mm.type == 'P') return Dateline(mm) || Credit(mm) ? -1 : m;
  if (mm.first > 0 && mm.last - mm.first >= 2 && !tt_.tokens[mm.first - 1].capitalized &&
      IsRoleWord(tt_.Lower(mm.first - 1))) {
    return m;
  }
  return -1;
}

bool Attributor::Credit(const Mention& mm) const {
  // "(Erin Doe/Reuters)", "AP Photo/Ann Doe": a slash touching the name.
  if (mm.last < n_ && tt_.Text(mm.last) == "/" && tt_.Adjacent(mm.last)) return true;
  if (mm.first >= 1 && tt_.Text(mm.first - 1) == "/" && tt_.Adjacent(mm.first)) return true;
  // "(Reuters photo: Ann Doe)", "Photo: Ann Doe".
  if (mm.first < 2 || tt_.Text(mm.first - 1) != ":") return false;
  std::string_view w = tt_.Lower(mm.first - 2);
  return w == "photo" || w == "photos" || w == "photograph" || w == "credit" || w == "image";
}

bool Attributor::Dateline(const Mention& mm) const {
  // "LAS VEGAS — ...", "PARIS (Reuters) -": an all-capitals place opening a paragraph.
  if (!tt_.tokens[mm.first].sentence_start || mm.last >= n_) return false;
  std::string_view next = tt_.Text(mm.last);
  if (next != "\xE2\x80\x94" && next != "\xE2\x80\x93" && next != "-" && next != "(" &&
      next != "--") {
    return false;
  }
  std::string_view span = tt_.Span(mm.first, mm.last);
  int letters = 0;
  for (char c : span) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 3;
}

bool Attributor::TitleOnly(int m) const {
  const Mention& mm = (*mentions_)[m];
  return mm.last < n_ && mm.last > mm.first && tt_.Text(mm.last) == "." && tt_.Adjacent(mm.last) &&
         IsTitleAbbreviation(tt_.Lower(mm.last - 1));
}

bool Attributor::AfterPreposition(int m) const {
  // "a political adviser to Trump, told", "a spokesman in Pyongyang promised": an object.
  // Not "by": "criticised by the council, which said" names the speaker.
  // Not "with" either: "with Ann Doe, the union's president, saying: “...”".
  static const WordSet kPrepositions = {"to", "of", "for",   "from", "against", "about", "than",
                                        "in", "at", "under", "like", "into",    "toward"};
  size_t first = (*mentions_)[m].first;
  // "for the Water Authority", "of the liberal Center for Budget Policy" (adjectives only
  // after "the": not "of what Ann Doe calls").
  static const WordSet kNotAdjectives = {"that", "which", "who",  "whom", "and",  "or",
                                         "but",  "as",    "when", "what", "than", "then"};
  size_t adj = first;
  while (adj > 1 && first - adj < 2 && tt_.tokens[adj - 1].kind == TokenKind::kWord &&
         !tt_.tokens[adj - 1].capitalized && tt_.Lower(adj - 1) != "the" &&
         !kNotAdjectives.Contains(tt_.Lower(adj - 1)) && !IsCue(tt_.Lower(adj - 1))) {
    --adj;
  }
  if (adj > 1 && tt_.Lower(adj - 1) == "the") first = adj;
  if (first > 1 && tt_.Lower(first - 1) == "the") --first;
  static const WordSet kPersonWords = {"evangelist", "pastor",  "preacher", "son",
                                       "daughter",   "wife",    "husband",  "father",
                                       "mother",     "brother", "sister"};
  auto IsPersonOrRole = [](std::string_view w) {
    return IsRoleWord(w) || IsPersonNoun(w) || kPersonWords.Contains(w);
  };
  // "the son of evangelist Ann Doe", "an adviser to campaign chairman Ann Doe": role words
  // between the preposition and the name.
  // (An adjective may open them: "the running mate for presumptive nominee Ann Doe"; not a
  // determiner: "Like her husband Bill, who ...".)
  // (Not when a relative clause hangs on the name: "a rebuke from harbour chief Ann Doe, who
  // accused ...".)
  const size_t end = (*mentions_)[m].last;
  const bool relative = end + 1 < n_ && tt_.Text(end) == "," && tt_.Lower(end + 1) == "who";
  if (!relative && first >= 2 && first == (*mentions_)[m].first &&
      tt_.tokens[first - 1].kind == TokenKind::kWord && !tt_.tokens[first - 1].capitalized &&
      IsPersonOrRole(tt_.Lower(first - 1))) {
    static const WordSet kDeterminers = {"the", "a",   "an", "his",  "her",  "their",
                                         "its", "our", "my", "your", "this", "that"};
    size_t p = first - 2;
    if (p > 0 && tt_.tokens[p].kind == TokenKind::kWord && !tt_.tokens[p].capitalized &&
        !kPrepositions.Contains(tt_.Lower(p)) && !kDeterminers.Contains(tt_.Lower(p)) &&
        !kNotAdjectives.Contains(tt_.Lower(p))) {
      --p;
    }
    if (kPrepositions.Contains(tt_.Lower(p))) return true;
  }
  return first > 0 && kPrepositions.Contains(tt_.Lower(first - 1));
}

bool Attributor::Possessive(int m) const {
  const Mention& mm = (*mentions_)[m];
  std::string_view last = tt_.Lower(mm.last - 1);
  if (EndsWithPossessiveS(last)) return true;
  if (mm.last < n_ && tt_.Adjacent(mm.last)) {
    std::string_view next = tt_.Lower(mm.last);
    return next == "'s" || next == "\xE2\x80\x99s" || next == "'" || next == "\xE2\x80\x99";
  }
  return false;
}

}  // namespace stemma::facts

#include "stories/similarity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace stemma::stories {
namespace {

constexpr size_t kMaxWordsPerDocument = 6000;
// Mid-sentence capitalised words are mostly names: the who and where that tell events apart.
constexpr float kNameBoost = 3.0f;
constexpr float kTitleWeight = 2.0f;
// Content words a line needs, all capitalised, to count as a headline-cased line.
constexpr int kHeadlineCaseWords = 3;

constexpr std::string_view kCalendarWords[] = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",     "june",     "july",
    "august",  "september", "october",   "november", "december"};

constexpr std::string_view kStopwords[] = {
    "the",     "and",       "for",       "that",   "with",    "was",     "are",     "his",
    "her",     "has",       "have",      "had",    "not",     "but",     "from",    "this",
    "they",    "their",     "them",      "she",    "him",     "who",     "which",   "what",
    "when",    "where",     "will",      "would",  "could",   "should",  "can",     "may",
    "might",   "been",      "being",     "were",   "its",     "it's",    "our",     "out",
    "about",   "into",      "than",      "then",   "there",   "these",   "those",   "also",
    "said",    "says",      "say",       "told",   "just",    "more",    "most",    "some",
    "such",    "only",      "other",     "over",   "after",   "before",  "all",     "any",
    "each",    "one",       "two",       "new",    "you",     "your",    "how",     "why",
    "because", "while",     "did",       "does",   "doing",   "done",    "get",     "got",
    "very",    "much",      "many",      "like",   "even",    "still",   "now",     "here",
    "well",    "back",      "according", "since",  "through", "during",  "under",   "against",
    "between", "both",      "own",       "same",   "too",     "off",     "again",   "further",
    "once",    "per",       "via",       "upon",   "yet",     "whether", "though",  "although",
    "however", "including", "among",     "around", "across",  "within",  "without", "mr",
    "mrs",     "ms",        "year",      "years",  "week",    "day",     "time",    "people",
    "make",    "made",      "take",      "took",   "going",   "way",     "last",    "first"};

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of a UTF-8 punctuation or space sequence at text[i] that must split words: U+00A0 and
// the General Punctuation block (curly quotes and apostrophes, dashes, ellipsis). 0 if none.
size_t PunctuationLength(std::string_view text, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 1 < text.size() && b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;
  if (i + 2 < text.size() && b(i) == 0xE2 && (b(i + 1) == 0x80 || b(i + 1) == 0x81)) return 3;
  return 0;
}

int DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

int ParseDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

constexpr std::string_view kLeadPrefix = "L:";

char MarkerOfKey(std::string_view key) { return key.starts_with(kLeadPrefix) ? 'L' : 0; }
// A document is about a person named at least this often, and this many times as often as the
// next person.
constexpr int kLeadMentions = 3;
constexpr int kLeadRatio = 2;
// ... and named in the headline or in this many first bytes of the text.
constexpr size_t kLedeBytes = 300;

// Lowercase last word of a person's name ("Vincent Jackson", "WR Jackson" -> "jackson"): the
// forms one document or its copies use for one person mostly share it.
std::string Surname(std::string_view name) {
  while (true) {
    while (!name.empty() && !IsWordByte(static_cast<unsigned char>(name.back()))) {
      name.remove_suffix(1);
    }
    size_t start = name.size();
    while (start > 0 && name[start - 1] != ' ') --start;
    const std::string_view last = name.substr(start);
    if (start == 0 || (last != "Jr" && last != "Sr" && last != "II" && last != "III")) {
      return AsciiLower(last);
    }
    name = name.substr(0, start);
  }
}

bool IsNumberKind(const std::string& kind) {
  return kind == "number" || kind == "quantity" || kind == "money";
}

}  // namespace

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasWholeWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !IsWordByte(static_cast<unsigned char>(text[at - 1]))) &&
        (end == text.size() || !IsWordByte(static_cast<unsigned char>(text[end])))) {
      return true;
    }
  }
  return false;
}

bool IsTitleWord(std::string_view lower) {
  static constexpr std::string_view kTitles[] = {
      "president", "minister",      "prime",    "foreign",    "secretary", "chairman",
      "leader",    "chief",         "director", "ambassador", "senator",   "governor",
      "spokesman", "spokeswoman",   "deputy",   "vice",       "general",   "chancellor",
      "premier",   "commander",     "agency",   "news",       "ministry",  "national",
      "united",    "international", "party",    "council",    "committee", "department",
      "state",     "states",        "central",  "official",   "officials", "government",
      "mayor",     "judge",         "sheriff",  "police"};
  for (std::string_view t : kTitles) {
    if (lower == t) return true;
  }
  return false;
}

bool IsCalendarWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return false;
  char lower[10];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view w(lower, word.size());
  for (std::string_view c : kCalendarWords) {
    if (w == c) return true;
  }
  return false;
}

int ParseIsoDay(std::string_view iso) {
  const int year = ParseDigits(iso, 0, 4);
  if (year < 0) return kNoDay;
  if (iso.size() < 7 || iso[4] != '-') return DaysFromCivil(year, 7, 1);
  const int month = ParseDigits(iso, 5, 2);
  if (month < 1 || month > 12) return kNoDay;
  if (iso.size() < 10 || iso[7] != '-') return DaysFromCivil(year, month, 15);
  const int day = ParseDigits(iso, 8, 2);
  if (day < 1 || day > 31) return kNoDay;
  return DaysFromCivil(year, month, day);
}

std::string FormatIsoDay(int day) {
  if (day == kNoDay) return "";
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe) + era * 400 + (m <= 2);
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", y, m, d);
  return buf;
}

bool IsStopword(std::string_view lower) {
  if (lower.size() < 2 || lower.size() > 10) return false;  // the list's word lengths
  // Open addressing over a power-of-two table at most a quarter full: one hash and about one
  // comparison per word (every word of every text is asked).
  constexpr size_t kSlots = 2048;
  static_assert(std::size(kStopwords) * 4 <= kSlots);
  const auto hash = [](std::string_view w) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h;
  };
  static const std::vector<std::string_view> table = [&] {
    std::vector<std::string_view> t(kSlots);
    for (std::string_view w : kStopwords) {
      size_t i = hash(w) & (kSlots - 1);
      while (!t[i].empty() && t[i] != w) i = (i + 1) & (kSlots - 1);
      t[i] = w;
    }
    return t;
  }();
  for (size_t i = hash(lower) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    if (table[i].empty()) return false;
    if (table[i] == lower) return true;
  }
}

std::string FoldPlural(std::string_view lower) {
  if (lower.size() > 4 && lower.ends_with("ies")) {
    return std::string(lower.substr(0, lower.size() - 3)) + "y";
  }
  if (lower.size() > 3 && lower.back() == 's' && !lower.ends_with("ss") && !lower.ends_with("us") &&
      !lower.ends_with("is")) {
    return std::string(lower.substr(0, lower.size() - 1));
  }
  return std::string(lower);
}

void ContentWords(std::string_view text, std::vector<Word>* out) {
  out->clear();
  bool sentence_start = true;
  // Per line: words kept so far, and content words with a capital / lowercase initial. A line
  // of capitalised content words only ("Woman Killed In Queens Crash") is headline-cased.
  size_t line_first = 0;
  int line_upper = 0, line_lower = 0;
  auto end_line = [&] {
    if (line_upper >= kHeadlineCaseWords && line_lower == 0) {
      for (size_t k = line_first; k < out->size(); ++k) (*out)[k].headline_case = true;
    }
    line_first = out->size();
    line_upper = line_lower = 0;
  };
  size_t i = 0;
  while (i < text.size() && out->size() < kMaxWordsPerDocument) {
    const unsigned char c = text[i];
    if (const size_t n = PunctuationLength(text, i); n > 0) {
      i += n;
      continue;
    }
    if (!IsWordByte(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') {
        sentence_start = true;
      }
      if (c == '\n') end_line();
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size()) {
      const unsigned char b = text[j];
      if (IsWordByte(b) && PunctuationLength(text, j) == 0) {
        ++j;
      } else if ((b == ',' || b == '.') && j > i && IsDigit(text[j - 1]) && j + 1 < text.size() &&
                 IsDigit(text[j + 1])) {
        ++j;  // 2,000 and 3.5 stay one token
      } else {
        break;
      }
    }
    std::string_view surface = text.substr(i, j - i);
    const bool capitalised = c >= 'A' && c <= 'Z' && !sentence_start;
    sentence_start = false;
    i = j;
    if (surface.size() < 3 && !IsDigit(surface[0])) continue;
    std::string lower;
    lower.reserve(surface.size());
    for (unsigned char b : surface) {
      if (b == ',') continue;
      lower.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b);
    }
    if (IsStopword(lower)) continue;
    if (c >= 'A' && c <= 'Z') {
      ++line_upper;
    } else if (c >= 'a' && c <= 'z') {
      ++line_lower;
    }
    out->push_back(Word{surface, std::move(lower), capitalised, false});
  }
  end_line();
}

uint32_t Vocabulary::Id(std::string_view key, std::string_view display) {
  auto it = ids_.find(key);
  if (it == ids_.end()) {
    it = ids_.emplace(std::string(key), static_cast<uint32_t>(df_.size())).first;
    if (marker_.size() == df_.size()) marker_.push_back(MarkerOfKey(key));
    df_.push_back(0);
    display_.emplace_back(display);
  } else if (!display.empty() && display_[it->second].size() > 0 &&
             display_[it->second][0] >= 'a' && display[0] >= 'A' && display[0] <= 'Z') {
    display_[it->second] = std::string(display);  // prefer the capitalised form
  }
  return it->second;
}

void Vocabulary::CountDocument(const std::vector<uint32_t>& unique_terms) {
  ++documents_;
  for (uint32_t t : unique_terms) ++df_[t];
}

char Vocabulary::Marker(uint32_t term) const {
  if (marker_.size() != df_.size()) {
    marker_.assign(df_.size(), 0);
    for (const auto& [key, id] : ids_) marker_[id] = MarkerOfKey(key);
  }
  return term < marker_.size() ? marker_[term] : 0;
}

double Vocabulary::Idf(uint32_t term) const {
  return std::log((documents_ + 1.0) / (df_[term] + 0.5));
}

TermCounts CountTerms(const Document& document, const std::vector<const Fact*>& facts,
                      Vocabulary* vocabulary, bool count_document) {
  std::map<uint32_t, float> counts;
  std::vector<Word> title_words, text_words;
  ContentWords(document.title, &title_words);
  ContentWords(document.text, &text_words);
  // Words capitalised mid-sentence in an ordinary line. In a headline-cased line ("Prince - The
  // Truth Behind His Drug Overdose") every word is capitalised, so only these count as names.
  // Only words of headline-cased lines are looked up (most documents have none or one line).
  std::vector<std::string_view> headline, names;
  for (const std::vector<Word>* words : {&title_words, &text_words}) {
    for (const Word& w : *words) {
      if (w.capitalised && w.headline_case) headline.push_back(w.lower);
    }
  }
  if (!headline.empty()) {
    std::sort(headline.begin(), headline.end());
    for (const std::vector<Word>* words : {&title_words, &text_words}) {
      for (const Word& w : *words) {
        if (w.capitalised && !w.headline_case &&
            std::binary_search(headline.begin(), headline.end(), w.lower)) {
          names.push_back(w.lower);
        }
      }
    }
    std::sort(names.begin(), names.end());
  }
  auto add_words = [&](const std::vector<Word>& words, float weight) {
    for (const Word& w : words) {
      const std::string key = FoldPlural(w.lower);
      // Titles ("Foreign Minister") are capitalised but name no one. Weekday names keep the
      // boost: within a few weeks a shared "Tuesday" is evidence of the same moment.
      const bool boost =
          w.capitalised && !IsTitleWord(w.lower) &&
          (!w.headline_case || std::binary_search(names.begin(), names.end(), w.lower));
      counts[vocabulary->Id(key, w.surface)] += boost ? weight * kNameBoost : weight;
    }
  };
  // The headline says what the story is about, but two events of one kind share its wording
  // ("... checks into rehab"): 3 gained FakeNewsAMT pairs and cost ECB+ events (0.877 -> 0.863).
  add_words(title_words, kTitleWeight);
  add_words(text_words, 1.0f);
  // Surname -> mentions (headline included) and whether one is in the headline or the lede:
  // who a report is about is named there.
  std::map<std::string, std::pair<int, bool>> people;
  for (const Fact* fact : facts) {
    if (fact->kind != "person" || fact->value.size() > 200) continue;
    auto& [mentions, early] = people[Surname(fact->value)];
    ++mentions;
    early |= fact->in_title || fact->begin < kLedeBytes;
  }

  for (const Fact* fact : facts) {
    const Fact& f = *fact;
    // The headline's words are counted above; its facts would count them again.
    if (f.in_title || f.value.empty() || f.value.size() > 200) continue;
    if (IsEntityKind(f.kind)) {
      if (IsCalendarWord(f.value)) continue;  // "Tuesday" tagged as a name
      std::string key = "E:";
      for (unsigned char b : f.value) key.push_back(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      counts[vocabulary->Id(key, f.value)] += 1.0f;
    } else if (f.kind == "date" && f.value.size() >= 7) {
      counts[vocabulary->Id("D:" + f.value.substr(0, 10), f.value.substr(0, 10))] += 0.5f;
    } else if (IsNumberKind(f.kind)) {
      counts[vocabulary->Id("N:" + f.value, f.text)] += 0.5f;
    }
  }
  const std::string* lead = nullptr;
  int lead_count = 0, runner_up = 0;
  bool lead_early = false;
  for (const auto& [surname, seen] : people) {
    const int n = seen.first;
    if (n > lead_count) {
      runner_up = lead_count, lead_count = n, lead = &surname, lead_early = seen.second;
    } else {
      runner_up = std::max(runner_up, n);
    }
  }
  TermCounts result;
  if (lead != nullptr && !lead->empty() && lead_early && lead_count >= kLeadMentions &&
      lead_count >= kLeadRatio * runner_up) {
    result.lead = vocabulary->Id(std::string(kLeadPrefix) + *lead, *lead);
    counts[result.lead] += 1.0f;  // for the document frequencies; Weigh sets its weight
  }
  result.counts.assign(counts.begin(), counts.end());
  if (!count_document) return result;
  std::vector<uint32_t> unique;
  unique.reserve(result.counts.size());
  for (const auto& [term, count] : result.counts) unique.push_back(term);
  vocabulary->CountDocument(unique);
  return result;
}

int AnchorDay(const Document& document, const std::vector<const Fact*>& facts) {
  // A page date contradicted by the content (a scrape or re-upload stamp) anchors nothing, and
  // neither do dates within a week of it: those were resolved from it ("on Wednesday"). The
  // flag's detail may name the content's own date; it then counts like a resolved date.
  int hint = kNoDay;
  bool contradicted = false;
  for (const Flag& flag : document.flags) {
    if (flag.kind != "date-contradiction") continue;
    contradicted = true;
    for (size_t i = 0; i + 10 <= flag.detail.size(); ++i) {
      if (i > 0 && IsDigit(flag.detail[i - 1])) continue;
      const std::string_view candidate = std::string_view(flag.detail).substr(i, 10);
      if (candidate[4] != '-' || candidate[7] != '-') continue;
      if (const int day = ParseIsoDay(candidate); day != kNoDay) hint = day;  // the last one
    }
  }
  const int published = ParseIsoDay(document.published);
  if (published != kNoDay && !contradicted) return published;
  std::map<int, int> frequency;
  for (const Fact* f : facts) {
    if (f->kind != "date" || f->value.size() < 10) continue;
    const int day = ParseIsoDay(f->value);
    if (day == kNoDay) continue;
    if (contradicted && published != kNoDay && std::abs(day - published) <= 7) continue;
    ++frequency[day];
  }
  if (hint != kNoDay) ++frequency[hint];
  int best = contradicted ? kNoDay : published, best_count = 0;
  for (const auto& [day, count] : frequency) {
    if (count > best_count) best = day, best_count = count;
  }
  return best;
}

SparseVector Weigh(const TermCounts& counts, const Vocabulary& vocabulary, size_t max_terms) {
  SparseVector v;
  v.reserve(counts.counts.size());
  const bool drop_unique = vocabulary.documents() >= 3;
  for (const auto& [term, count] : counts.counts) {
    if (term == counts.lead) continue;
    if (drop_unique && vocabulary.DocumentFrequency(term) <= 1) continue;
    const float w = static_cast<float>((1.0 + std::log(count)) * vocabulary.Idf(term));
    if (w > 0) v.push_back({term, w});
  }
  KeepTop(&v, max_terms);
  Normalise(&v);
  if (counts.lead != kNoTerm) {
    const TermWeight marker{counts.lead, kLeadMarkerWeight};
    v.insert(
        std::lower_bound(v.begin(), v.end(), marker,
                         [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; }),
        marker);
  }
  return v;
}

uint32_t LeadOf(const SparseVector& vector, const Vocabulary& vocabulary) {
  for (const TermWeight& t : vector) {
    if (vocabulary.IsLead(t.term)) return t.term;
  }
  return kNoTerm;
}

SparseVector AddVectors(const SparseVector& a, const SparseVector& b, float scale) {
  SparseVector out;
  out.reserve(a.size() + b.size());
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].term < b[j].term)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].term < a[i].term) {
      if (scale > 0) out.push_back({b[j].term, b[j].weight * scale});
      ++j;
    } else {
      const float w = a[i].weight + b[j].weight * scale;
      if (w > 1e-6f) out.push_back({a[i].term, w});
      ++i, ++j;
    }
  }
  return out;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (a[i].term > b[j].term) {
      ++j;
    } else {
      sum += static_cast<double>(a[i++].weight) * b[j++].weight;
    }
  }
  return sum;
}

void KeepTop(SparseVector* v, size_t max_terms) {
  if (v->size() <= max_terms) return;
  std::nth_element(v->begin(), v->begin() + max_terms, v->end(),
                   [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
  v->resize(max_terms);
  std::sort(v->begin(), v->end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
}

void Normalise(SparseVector* v) {
  double norm = 0;
  for (const TermWeight& t : *v) norm += static_cast<double>(t.weight) * t.weight;
  if (norm <= 0) return;
  const float inv = static_cast<float>(1.0 / std::sqrt(norm));
  for (TermWeight& t : *v) t.weight *= inv;
}

}  // namespace stemma::stories

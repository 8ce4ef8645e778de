#include "stories/contradiction_headline.h"

#include <algorithm>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr size_t kMinHeadlineTokens = 4;
constexpr size_t kMaxSlotTokens = 3;  // words per side of the swapped slot

bool IsSlotWord(const Token& t) { return !IsStopword(t.lower) && !IsCalendarWord(t.lower); }

// "stepping" / "step", "approved" / "approves": one word inflected two ways, not two claims.
bool SameWordFamily(const std::string& x, const std::string& y) {
  const size_t shorter = std::min(x.size(), y.size());
  size_t common = 0;
  while (common < shorter && x[common] == y[common]) ++common;
  return common >= 4 && common * 5 >= shorter * 3;
}

// "carolina" for "carolina's" (straight or curly apostrophe), else the word itself.
std::string_view Possessor(std::string_view lower) {
  for (std::string_view s : {"'s", "\xE2\x80\x99s"}) {
    if (lower.size() > s.size() && lower.ends_with(s))
      return lower.substr(0, lower.size() - s.size());
  }
  return lower;
}

// Whether `text` writes `lower` only capitalised, and at least once inside a sentence ("the
// UNC record"): a name. A word capitalised only where a sentence starts ("Despite the costs")
// is not one.
bool WrittenAsName(std::string_view text, const std::string& lower_text, std::string_view lower) {
  if (HasWholeWord(text, lower)) return false;  // also written in lowercase
  const auto word = [](char c) { return IsWordByte(static_cast<unsigned char>(c)); };
  for (size_t at = lower_text.find(lower); at != std::string::npos;
       at = lower_text.find(lower, at + 1)) {
    const size_t end = at + lower.size();
    if ((at > 0 && word(lower_text[at - 1])) ||
        (end < lower_text.size() && word(lower_text[end]))) {
      continue;
    }
    size_t p = at;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p > 0 && std::string_view(".!?\"\n:").find(text[p - 1]) == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string HeadlineSwap(const HeadlineSide& a, const HeadlineSide& b, std::vector<int>* table,
                         std::vector<Hunk>* hunks) {
  const std::vector<Token>& ta = *a.title;
  const std::vector<Token>& tb = *b.title;
  if (ta.size() < kMinHeadlineTokens || tb.size() < kMinHeadlineTokens) return "";
  Diff(ta, tb, table, hunks);
  const Hunk* slot = nullptr;
  for (const Hunk& h : *hunks) {
    const bool content = std::any_of(ta.begin() + h.a_begin, ta.begin() + h.a_end, IsSlotWord) ||
                         std::any_of(tb.begin() + h.b_begin, tb.begin() + h.b_end, IsSlotWord);
    if (!content) continue;  // "the" / "a": the same headline
    if (slot != nullptr) return "";
    slot = &h;
  }
  if (slot == nullptr) return "";
  const size_t na = slot->a_end - slot->a_begin, nb = slot->b_end - slot->b_begin;
  if (na == 0 || nb == 0 || na > kMaxSlotTokens || nb > kMaxSlotTokens) return "";
  // The frame: shared words on each side of the slot. A verdict swapped
  // inside a frame ("EU blocks X" / "EU applauds X") is a rival version; a different ending
  // ("Dairy Building Burns Down" / "Dairy Building Was Uninsured") tells another fact.
  size_t before = 0, after = 0;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (!IsSlotWord(ta[i]) || ta[i].number) continue;
    before += i < slot->a_begin;
    after += i >= slot->a_end;
  }
  if (before == 0 || after == 0) return "";
  // A negation added or dropped is the negation rule's to judge.
  if (std::count_if(ta.begin(), ta.end(), IsNegation) % 2 !=
      std::count_if(tb.begin(), tb.end(), IsNegation) % 2) {
    return "";
  }
  // Only words in the slot: numbers, negations and names changed in place have their own rules
  // (number facts, the negation rule), which also weigh whether the two documents are linked.
  std::string words_a, words_b;
  const auto read_side = [&](const std::vector<Token>& t, size_t begin, size_t end,
                             const HeadlineSide& own, const HeadlineSide& other,
                             std::string* words) {
    bool any = false;
    for (size_t i = begin; i < end; ++i) {
      if (t[i].number || t[i].value >= 0 || t[i].negation || t[i].hyphenated) return false;
      if (!words->empty()) words->push_back(' ');
      words->append(t[i].lower);
      if (!IsSlotWord(t[i])) continue;
      // A name ("Hansbrough sets Carolina's record" / "breaks UNC record") is the entity rules'
      // to judge.
      if (WrittenAsName(own.text, *own.lower_text, Possessor(t[i].lower))) return false;
      // The other article uses this word somewhere: a rewording, not a rival claim.
      if (HasWholeWord(*other.lower_text, t[i].lower) || HasToken(*other.title, t[i].lower)) {
        return false;
      }
      any = true;
    }
    return any;
  };
  if (!read_side(ta, slot->a_begin, slot->a_end, a, b, &words_a) ||
      !read_side(tb, slot->b_begin, slot->b_end, b, a, &words_b)) {
    return "";
  }
  for (size_t i = slot->a_begin; i < slot->a_end; ++i) {
    for (size_t j = slot->b_begin; j < slot->b_end; ++j) {
      if (SameWordFamily(ta[i].lower, tb[j].lower)) return "";
    }
  }
  return words_a + " / " + words_b;
}

}  // namespace stemma::stories

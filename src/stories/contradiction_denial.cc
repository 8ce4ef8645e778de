#include "stories/contradiction_denial.h"

#include <set>
#include <string_view>

#include "stories/similarity.h"

namespace stemma::stories {
namespace {

constexpr size_t kMaxDenied = 10;  // tokens of the denied part after the cue

// The tokens a denial cue denies: [begin, end) after "denied", "dismissed", "debunked", ... up to
// the end of the clause; for "X is false", "X is not true", "the reports were denied", the
// clause before the cue. False when there is no cue. A verb of denial must deny a claim
// ("denied reports", "denied that ...", "denied he was", "denied striking"): "denied him a
// visa", "deny licenses to couples" and "denied charges" (a plea) are something else.
bool DeniedPart(const std::vector<Token>& s, size_t* begin, size_t* end, size_t* cue) {
  static const std::set<std::string_view> kVerbs = {
      "deny",    "denies",    "denied",    "denying", "debunk",  "debunked", "debunks",
      "dismiss", "dismissed", "dismisses", "refute",  "refuted", "refutes"};
  static const std::set<std::string_view> kAdjectives = {"untrue", "false", "fabricated",
                                                         "baseless", "bogus"};
  static const std::set<std::string_view> kClaims = {
      "that",       "reports",     "report",      "claims",      "claim",      "rumors",
      "rumours",    "rumor",       "rumour",      "allegations", "allegation", "accusations",
      "accusation", "speculation", "suggestions", "story",       "stories",    "she",
      "he",         "they",        "we",          "being",       "having"};
  static const std::set<std::string_view> kPassive = {"is", "are", "was", "were", "been", "be"};
  for (size_t i = 0; i < s.size(); ++i) {
    const std::string_view w = s[i].lower;
    *cue = i;
    // "neither confirm nor deny", "refused to deny", "would not deny": no denial.
    bool undecided = false;
    for (size_t k = i; k-- > 0 && i - k <= 2;) {
      const std::string_view w0 = s[k].lower;
      undecided |= w0 == "nor" || w0 == "or" || s[k].negation || w0.starts_with("refus") ||
                   w0.starts_with("declin");
    }
    const bool verb = kVerbs.count(w) > 0 && !undecided;
    // "deny" takes a that-clause and can be passive ("the reports were denied"); "dismiss"
    // ("dismissed the case") and "debunk" need a claim noun.
    const bool deny = w.starts_with("den");
    // "the reports were denied", not "the winner was denied the presidency" (withheld).
    const bool ends_clause = i + 1 == s.size() || s[i + 1].clause_start || s[i + 1].lower == "by";
    if (deny && !undecided && ends_clause && i > 0 && kPassive.count(s[i - 1].lower) > 0) {
      *end = i - 1;
      *begin = *end;
      while (*begin > 0 && *begin + kMaxDenied > *end && !s[*begin].clause_start) --*begin;
      return true;
    }
    size_t after = std::string_view::npos;
    if (verb) {
      // The claim noun may follow an article or a name: "denied the reports".
      for (size_t k = i + 1; k < s.size() && k <= i + 3 && !s[k].clause_start; ++k) {
        const std::string_view next = s[k].lower;
        const bool clause = next == "that" || next == "she" || next == "he" || next == "they" ||
                            next == "we" ||
                            (k == i + 1 && next.size() > 5 && next.ends_with("ing"));
        if ((kClaims.count(next) > 0 && !clause) || (deny && clause)) {
          after = k;
          break;
        }
      }
    } else if (i + 1 < s.size() && w == "record" && s[i + 1].lower == "straight") {
      after = i + 2;
    }
    if (after != std::string_view::npos) {
      *begin = after;
      *end = after;
      while (*end < s.size() && *end < after + kMaxDenied && !s[*end].clause_start) ++*end;
      return true;
    }
    // Predicative only: "the report is false", "it's 100 percent untrue", not "false records".
    const bool not_true = w == "not" && i + 1 < s.size() && s[i + 1].lower == "true";
    bool copula = false;
    for (size_t k = i; k-- > 0 && i - k <= 3 && !copula;) {
      // "it's false", not the possessive of "LaPierre's false claims".
      copula = kPassive.count(s[k].lower) > 0 || s[k].lower == "it's" || s[k].lower == "that's" ||
               s[k].lower == "this's" || s[k].lower == "what's";
    }
    if ((kAdjectives.count(w) > 0 || not_true) && copula) {
      *end = i;
      *begin = i;
      while (*begin > 0 && *begin + kMaxDenied > i && !s[*begin].clause_start) --*begin;
      return true;
    }
  }
  return false;
}

bool ContainsFolded(const std::vector<Token>& s, const std::string& folded) {
  for (const Token& t : s) {
    if (IsContentToken(t) && FoldPlural(t.lower) == folded) return true;
  }
  return false;
}

}  // namespace

bool DeniedInOther(const std::vector<Token>& denial, const std::vector<Token>& statement,
                   std::string* why, size_t min_shared) {
  size_t begin = 0, end = 0, cue = 0, other_begin = 0, other_end = 0, other_cue = 0;
  if (!DeniedPart(denial, &begin, &end, &cue) ||
      DeniedPart(statement, &other_begin, &other_end, &other_cue) || PolarityMarks(statement) > 0) {
    return false;
  }
  // Lowercase content words shared: names alone ("South Sudan") do not say what was denied.
  std::set<std::string> shared;
  for (size_t i = begin; i < end; ++i) {
    // Job titles ("executive vice president") say who, not what.
    if (!IsContentToken(denial[i]) || denial[i].capitalised || IsTitleWord(denial[i].lower)) {
      continue;
    }
    std::string folded = FoldPlural(denial[i].lower);
    if (ContainsFolded(statement, folded)) shared.insert(std::move(folded));
  }
  if (shared.size() < min_shared) return false;
  *why = denial[cue].lower + ":";
  for (const std::string& w : shared) *why += " " + w;
  return true;
}

}  // namespace stemma::stories

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "stories/claim_view.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

namespace {

// A bound and a number on its side of it agree ("more than 1,300" and "1,500"), and so do two
// bounds the same way.
bool WithinBounds(const FactView& a, const FactView& b) {
  if (a.bound != 0 && a.bound == b.bound) return true;
  if (a.bound > 0 && b.number >= a.number) return true;
  if (a.bound < 0 && b.number <= a.number) return true;
  if (b.bound > 0 && a.number >= b.number) return true;
  return b.bound < 0 && a.number <= b.number;
}

// The rounding a figure is written to, in its value's units: "$7.8bn" 0.1 billion, "400
// million" 100 million ("400" rounds to its last non-zero digit), "1,017" 1; 0 when the text
// holds no digits ("six").
double RoundingUnit(const FactView& v) {
  const std::string& text = v.fact->text;
  const size_t first = text.find_first_of("0123456789");
  if (first == std::string::npos || v.number <= 0) return 0;
  double mantissa = 0, scale = 1;
  int decimals = -1, trailing_zeros = 0;
  for (size_t i = first; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') continue;
    if (c == '.' && decimals < 0 && i + 1 < text.size() && text[i + 1] >= '0' &&
        text[i + 1] <= '9') {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (decimals >= 0) {
      ++decimals;
      scale /= 10;
      mantissa += (c - '0') * scale;
    } else {
      mantissa = mantissa * 10 + (c - '0');
      trailing_zeros = c == '0' ? trailing_zeros + 1 : 0;
    }
  }
  if (mantissa <= 0) return 0;
  const double unit = decimals > 0 ? std::pow(10.0, -decimals) : std::pow(10.0, trailing_zeros);
  return unit * v.number / mantissa;  // "7.8" of 7.8e9: the unit times the multiplier
}

// One figure is the other rounded to its own last digit ("$7.8bn" / "$7.85 billion", "$400
// million" / "$391 million"): not two versions. Only for figures of at most two significant
// digits rounded to hundreds or more, so "263" / "270" miners and "10" / "12" councillors
// still differ.
bool RoundedAlike(const FactView& a, const FactView& b) {
  constexpr double kMinUnit = 100;
  const FactView& coarse = RoundingUnit(a) >= RoundingUnit(b) ? a : b;
  const double unit = RoundingUnit(coarse);
  if (unit < kMinUnit || coarse.number / unit >= 100) return false;
  // Half a unit away rounds either way when decimals are written ("7.85" to "7.8"); a round
  // figure is no rounding of one half a unit off ("$300bn" / "$250bn" are two tranches).
  const double gap = std::fabs(a.number - b.number), half = unit / 2;
  return coarse.fact->text.find('.') != std::string::npos ? gap <= half * (1 + 1e-9)
                                                          : gap < half * (1 - 1e-9);
}

// The same words with no year ("last week", "on Sunday", "February 27") in two documents: one
// statement whose date each document filled in from its own.
bool SameYearlessWords(const Fact& a, const Fact& b) {
  if (a.text.size() != b.text.size() || a.text.empty()) return false;
  size_t digits = 0;
  for (size_t i = 0; i < a.text.size(); ++i) {
    const unsigned char x = a.text[i], y = b.text[i];
    if (std::tolower(x) != std::tolower(y)) return false;
    digits = (x >= '0' && x <= '9') ? digits + 1 : 0;
    if (digits >= 4) return false;
  }
  return true;
}

// Whether `text` holds a run of four digits (a year).
bool HasFourDigits(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// A date in words only ("last week", "on Sunday"), resolved against its document's date; not
// "14 May", whose year alone was filled in.
bool IsRelative(const Fact& f) {
  return f.counts.starts_with("relative to ") &&
         std::none_of(f.text.begin(), f.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool Compatible(const FactView& a, const FactView& b) {
  switch (a.cls) {
    case ClaimClass::kQuantity:
    case ClaimClass::kMoney: {
      if (WithinBounds(a, b) || RoundedAlike(a, b)) return true;
      // "hundreds of members" agrees with 300, "tens of thousands" with 56,000.
      if ((a.floor_only == 0) != (b.floor_only == 0)) {
        const FactView& order = a.floor_only ? a : b;
        const FactView& other = a.floor_only ? b : a;
        return other.number >= order.number && other.number < order.floor_only * order.number;
      }
      // "thousands of texts" and "tens of thousands of texts": two ranges that overlap.
      if (a.floor_only != 0 && b.floor_only != 0) {
        return a.number < b.floor_only * b.number && b.number < a.floor_only * a.number;
      }
      // "About 2,000" spans more than "about 2,350": a hedged number of one significant digit
      // is a rounding, "about 10" agrees with 12.
      const auto round_hedged = [](const FactView& v) {
        if (!v.fact->approximate || v.number <= 0) return false;
        const double scale = std::pow(10.0, std::floor(std::log10(v.number)));
        return std::fabs(v.number / scale - std::round(v.number / scale)) < 1e-9;
      };
      const double tol = round_hedged(a) || round_hedged(b)             ? 0.25
                         : (a.fact->approximate || b.fact->approximate) ? 0.15
                                                                        : 0.001;
      return std::fabs(a.number - b.number) <=
             tol * std::max(std::fabs(a.number), std::fabs(b.number));
    }
    case ClaimClass::kDate: {
      // The same relative words ("last week", "on Sunday") in two documents of different days:
      // the same statement, not two dates. Two relative dates resolved against different days
      // ("last week" in April and in May) are mostly two moments of a running story.
      if (SameYearlessWords(*a.fact, *b.fact) ||
          (IsRelative(*a.fact) && IsRelative(*b.fact) && a.fact->counts != b.fact->counts)) {
        return true;
      }
      // "May 19" (year filled in from the document) and "May 19, 2017": the same day.
      if (a.precision == 2 && b.precision == 2 &&
          (!HasFourDigits(a.fact->text) || !HasFourDigits(b.fact->text)) &&
          a.fact->value.compare(4, 6, b.fact->value, 4, 6) == 0) {
        return true;
      }
      // A decade ("199X") holds its years ("1998").
      const size_t xa = a.fact->value.find('X'), xb = b.fact->value.find('X');
      if (xa != std::string::npos || xb != std::string::npos) {
        const size_t n = std::min(xa, xb);
        return a.fact->value.compare(0, n, b.fact->value, 0, n) == 0;
      }
      if (a.day == kNoDay || b.day == kNoDay) return a.fact->value == b.fact->value;
      const size_t n = std::min(a.precision, b.precision) == 2
                           ? 10
                           : (std::min(a.precision, b.precision) == 1 ? 7 : 4);
      if (a.fact->value.compare(0, n, b.fact->value, 0, n) == 0) return true;
      // The same weekday name resolved against different reference dates: a week apart.
      return a.weekday >= 0 && a.weekday == b.weekday && std::abs(a.day - b.day) == 7;
    }
    case ClaimClass::kQuote:
      return a.speaker.empty() || b.speaker.empty() || SortedOverlap(a.speaker, b.speaker) > 0;
    case ClaimClass::kNone:
      return false;
  }
  return false;
}

// Whether `v` states the fact of a claim headed by `head`, not merely a value that cannot
// contradict it (whole news corpus, 60 sampled claims: most wrong supporters were such values).
bool Supports(const FactView& head, const FactView& v) {
  // A bound, a hedge or a rounding is written close to the figure it stands for ("more than
  // 1,300" of 1,500 dead, "$400 million" of $391 million); a figure further off only fails to
  // contradict it ("more than 40 cents higher" / "80 cents", "$100,000" / "$143,000").
  constexpr double kReach = 0.25;
  if (!Compatible(head, v)) return false;
  switch (head.cls) {
    case ClaimClass::kQuantity:
    case ClaimClass::kMoney:
      // A number naming something ("Radio Five Live", "COVID-19") counts nothing.
      if (head.label || v.label) return false;
      // A bare number (a list item, a score, "two of them") says what it counts only in the
      // words after it: the same words, as in a copied sentence.
      if ((head.fact->counts.empty() || v.fact->counts.empty()) &&
          (head.subject.empty() || head.subject != v.subject)) {
        return false;
      }
      // A percentage says nothing of what it measures ("Gap added almost 5 percent" /
      // "Shanghai closed down more than 5 percent"): a name in common near both.
      if (head.fact->counts == "percent" && SortedOverlap(head.names, v.names) == 0) return false;
      // A vague magnitude ("thousands", "tens of thousands") states any figure of its range.
      return head.floor_only != 0 || v.floor_only != 0 ||
             std::fabs(head.number - v.number) <=
                 kReach * std::max(std::fabs(head.number), std::fabs(v.number));
    case ClaimClass::kDate:
      // A date is stated at its precision: "in 2014" does not state the deadline of "Dec. 31,
      // 2014", nor "in October" the day of "Oct. 14". A date in words is stated only where it
      // resolves to the same day: "last week" in April and in May, or "Tuesday" in two reports
      // a fortnight apart, are two moments (copies of one sentence resolve alike).
      return head.precision == v.precision && ((!IsRelative(*head.fact) && !IsRelative(*v.fact)) ||
                                               head.fact->value == v.fact->value);
    case ClaimClass::kQuote:
    case ClaimClass::kNone:
      return true;
  }
  return true;
}

// Whether a document (its views) also states a value compatible with `head` somewhere: then
// it does not contradict `head` (a sentence with several dates mixes their contexts). Dates
// count anywhere in the document; numbers only about a matching subject. `rival`: the value
// `head` is weighed against.
bool StatesCompatible(const std::vector<FactView>& views, const std::vector<size_t>& of_doc,
                      const FactView& head, const FactView& rival) {
  for (size_t i : of_doc) {
    const FactView& v = views[i];
    if (v.cls != head.cls || !Compatible(head, v)) continue;
    if (head.cls != ClaimClass::kDate) {
      if (SubjectMatch(head, v) >= 1) return true;
      continue;
    }
    // A date that agrees with both versions ("until May" with "until 14 May" and "not before
    // 21 May") is evidence of neither.
    if (v.shape == head.shape && !(v.precision < head.precision && Compatible(rival, v))) {
      return true;
    }
  }
  return false;
}

}  // namespace stemma::stories::internal

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stories/claim_view.h"

namespace stemma::stories::internal {

namespace {

// Words of the same predicate two dates must share to be rival versions: a story holds the
// dates of many deeds, and one shared word ("showing" in "a video showing Obama in 1998" / "a
// video in 2008 showing Obama"; "school" in "visits the girls' school in Chibok on April 21" /
// "seized April 15 from a school in Chibok"; "fired" in "inauguration on Jan. 20 and then was
// fired" / "fired two days later, on Jan. 30") is no evidence of one deed. 10,000 news
// articles: contradicting years 16 -> 3 (nearly all dropped ones false); FakeNewsAMT loses one
// pair (2002 / 2003). Days and months too since the eighth session (whole corpus: see
// bench/stories/README.md).
constexpr size_t kDateNear = 2;

// Words of a date's own predicate shared across sides (before one date, after the other): the
// two, a predicate turned around ("In 1995, Congress passed a law" / "a law passed by Congress
// in 1998").
constexpr size_t kCrossWords = 2;

// Unit words that change what a number measures: "square kilometres" vs "kilometres".
std::string Dimension(const std::vector<std::string>& subject) {
  std::string out;
  for (const std::string& w : subject) {
    if (w == "square" || w == "sq" || w == "cubic" || w == "per") out += w;
  }
  return out;
}

// A speaker given by name ("Max Baucus"), not by a description ("another spokesman").
bool IsNamed(std::string_view speaker) {
  return !speaker.empty() && speaker[0] >= 'A' && speaker[0] <= 'Z' &&
         !speaker.starts_with("The ") && !speaker.starts_with("A ") &&
         !speaker.starts_with("An ") && !speaker.starts_with("Another ");
}

// Two numbers stated of one deed share a word of their own predicate on the same side: one of
// the two lowercase words right before the number ("killed 89" / "killed 86"), or right after
// its counted words ("Seven Republicans joined" / "Six Republicans joined"). Numbers of one
// story that share the words around them but not these are of different deeds or groups:
// "laundered more than $30 million" / "funnel $4 million"; "19 crew members ... have tested
// positive" / "normally has some 1,150 crew members"; "activated 500 National Guard troops" /
// "poured in 4,000 National Guard troops". Whole news corpus: 11 of 82 contradicting pairs
// dropped (8 false, 3 updates within hours), none of the real ones.
// A counted phrase that carries what happened ("houses destroyed", "people dead": the facts
// stage appends the outcome of the clause to it) already holds the predicate both share. Two
// first sentences tell the one event their own way ("forced 140 people out of their homes" /
// "Some 410 residents spent the night in the sports hall"); a headline is not exempt, it names
// its occasion in its few words ("Open-top bus, 20,000 fans: Athletic parade the Cup" is no
// rival of "won the Cup ... in front of 28,400 fans"). Only two dated reports (of days close
// together: see DifferentMoments) tell one event: an undated report's opening may tell another
// one ("Nearly 200 migrants are stuck at the border" / an undated "Mexico says it has deported
// nearly 100 migrants" months later).
bool SameOwnPredicate(const FactView& a, const FactView& b) {
  if (a.lead && b.lead && !a.fact->in_title && !b.fact->in_title && a.dated && b.dated) {
    return true;
  }
  for (const std::string& w : a.subject) {
    if (w.ends_with("ed") || w == "dead" || w == "missing") return true;
  }
  return SortedOverlap(a.own_before, b.own_before) > 0 ||
         SortedOverlap(a.own_after, b.own_after) > 0;
}

// One word for the words of a family that name one event in other words, as VerbStem leaves
// them: a closure's end ("shut until 14 May" / "will not reopen before 21 May"), a death ("died
// in 2011" / "was killed in 2011"), a start ("began on" / "started on") and an arrest ("was
// arrested" / "was detained").
std::string_view EventFamily(std::string_view stem) {
  static constexpr std::pair<std::string_view, std::string_view> kFamilies[] = {
      {"shut", "open"},   {"clos", "open"},   {"reopen", "open"},   {"died", "die"},
      {"death", "die"},   {"dead", "die"},    {"kill", "die"},      {"began", "begin"},
      {"begun", "begin"}, {"start", "begin"}, {"detain", "arrest"}, {"closur", "open"}};
  for (const auto& [word, family] : kFamilies) {
    if (stem == word) return family;
  }
  return stem;
}

// Two dates of one deed share a word of the date's own predicate (the two lowercase words
// nearest on a side, words of one event family alike), on the same side as for figures: "the
// case argued on Oct. 2, the first day of the term" and "On April 16 they will begin the last
// sitting of the term" are two deeds of one story. A date with no such word on one side has its
// predicate on the other ("In 1995, Congress passed a law" / "a law passed by Congress in
// 1998"; "the hearing Thursday." / "Wednesday's confirmation hearing"): then either side of the
// other date counts, with both its words (one word across is a noun the two sentences share,
// "visits the girls' school in Chibok on April 21" / "seized April 15 from a school in Chibok";
// "delegate-rich Super Tuesday on March 3" / "the February 22 Nevada caucuses and delegate-rich
// California"); not for a phrase that ends at a comma ("fired two days later, on Jan. 30,
// ostensibly for ..."), whose predicate is before it. Whole news corpus: 6 of 57 contradicting
// pairs dropped, all false.
bool SameDatePredicate(const FactView& a, const FactView& b) {
  const auto family = [](const std::vector<std::string>& side) {
    std::vector<std::string> words;
    for (const std::string& w : side) words.emplace_back(EventFamily(w));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  };
  const std::vector<std::string> a_before = family(a.own_before), a_after = family(a.own_after),
                                 b_before = family(b.own_before), b_after = family(b.own_after);
  if (SortedOverlap(a_before, b_before) > 0 || SortedOverlap(a_after, b_after) > 0) return true;
  const bool one_sided = a_before.empty() || (a_after.empty() && !a.phrase_ended) ||
                         b_before.empty() || (b_after.empty() && !b.phrase_ended);
  return one_sided && (SortedOverlap(a_before, b_after) >= kCrossWords ||
                       SortedOverlap(a_after, b_before) >= kCrossWords);
}

}  // namespace

// How strongly two facts are about the same subject: 0 none, 1 same claim, 2 clearly the same
// subject (strong enough to call different values a contradiction).
int SubjectMatch(const FactView& a, const FactView& b) {
  if (a.cls != b.cls) return 0;
  const size_t overlap = SortedOverlap(a.subject, b.subject);
  const size_t smaller = std::min(a.subject.size(), b.subject.size());
  if (smaller == 0) return a.subject.size() == b.subject.size() && a.cls != ClaimClass::kDate;
  const double coef = static_cast<double>(overlap) / smaller;
  switch (a.cls) {
    case ClaimClass::kQuantity:
    case ClaimClass::kMoney:
      if (overlap == 0 || coef < 0.5 || a.margin != b.margin || a.partial != b.partial ||
          a.combined != b.combined) {
        return 0;
      }
      // "60 miles south of Boston" / "65 miles south of Cambridge": two distances. "12 pages of
      // emails" / "42,000 pages of documents": two counts.
      if (!a.reference.empty() && !b.reference.empty() && a.reference != b.reference) return 0;
      if (!a.counted_of.empty() && !b.counted_of.empty() && a.counted_of != b.counted_of) return 0;
      // Two counted phrases that share only half ("people killed" / "people injured"): two
      // different counts, neither supporting nor contradicting the other.
      if (smaller >= 2 && overlap < 2) return 0;
      // Calling a different number a contradiction also needs the sentences to agree.
      // ... and the same dimension ("70 kilometres" is a distance, "38 square kilometres" an
      // area).
      // ... and a name in common near the numbers: without one, two numbers of one unit in a
      // story are mostly about different people or moments ("scored 26 points" / "needed nine
      // points"; 13 of 14 such contradictions sampled on ECB+ were of that kind).
      // A bare number (no counted noun phrase: an age, a score, a record) needs the same
      // following words.
      // Numbers differ within one story all the time (tolls by day, votes by chamber): four
      // shared content words around both (two gave 3,839 contradicted claims on 10,000 news
      // articles, nearly all sampled ones false; four give about half). A percentage says
      // nothing of what it measures ("rose 3.5 percent" / "gained 0.2 percent"): it also needs
      // two shared names.
      // ... and a word of the same predicate among the three either side ("killed four South
      // Koreans" / "gave hundreds of South Koreans approval"; two for a percentage, whose poll
      // questions differ), unless both open their reports (headline or first sentence), where
      // the event itself is told in other words. 10,000 news articles: 704 contradicted
      // quantities -> 336 with this rule alone, nearly all of the dropped ones sampled false.
      {
        const bool bare = a.fact->counts.empty() || b.fact->counts.empty();
        const size_t names = a.fact->counts == "percent" ? 2 : 1;
        // Opening lines word the event their own way: three shared words there.
        const size_t context = a.lead && b.lead ? 3 : 4;
        // "six states" / "three closely-watched states": a qualified count is a subset.
        const bool same_counted = a.subject == b.subject;
        // Distances from one place locate whatever each sentence names ("Dammartin, 20 miles
        // northeast of Paris" / "a small town 145 miles northeast of Paris"): the place measured
        // from is no name the two have in common.
        size_t shared_names = SortedOverlap(a.names, b.names);
        if (!a.reference.empty() && a.reference == b.reference && shared_names > 0 &&
            std::binary_search(a.names.begin(), a.names.end(),
                               FoldPlural(AsciiLower(a.reference))) &&
            std::binary_search(b.names.begin(), b.names.end(),
                               FoldPlural(AsciiLower(b.reference)))) {
          --shared_names;
        }
        return same_counted && coef >= (bare ? 0.99 : 0.66) &&
                       SortedOverlap(a.context, b.context) >= context &&
                       (SortedOverlap(a.near, b.near) >= names || (a.lead && b.lead)) &&
                       Dimension(a.subject) == Dimension(b.subject) && shared_names >= names &&
                       SameOwnPredicate(a, b)
                   ? 2
                   : 1;
      }
    case ClaimClass::kDate:
      // A duration is not a date; durations, clock times and intervals are too loosely
      // resolved ("about 4.20am", "shortly after 4am") to call a difference a contradiction.
      if (a.shape != b.shape) return 0;
      // A year against a full date is mostly background against event ("last won in 1992").
      // A story holds the dates of many moments ("won in 2010", "the nominee in 2016", "the
      // attack on Sept. 11" / "the shows of Sept. 16"): calling two dates rival versions also
      // needs a word of the same predicate right around both.
      if (a.shape == DateShape::kCalendar && a.precision == b.precision && overlap >= 3 &&
          coef >= 0.4 && (SortedOverlap(a.near, b.near) >= kDateNear || (a.ahead && b.ahead)) &&
          SameDatePredicate(a, b)) {
        return 2;
      }
      if (overlap >= 3 && coef >= 0.5) return 1;
      return (overlap >= 2 || (overlap >= 1 && coef >= 0.5)) ? 1 : 0;
    case ClaimClass::kQuote:
      // Rival speakers only for the same words (five shared, not a show's name or a slogan)
      // said by two named people ("the senators" / "the lawmakers" are one source twice).
      // Indirect speech ("the BBC reports that ...", "according to X") is not: several sources
      // report the same thing.
      // The quote itself, not a longer one that holds its words ("Trump should cancel the
      // meeting" / "In light of this indictment, President Trump should immediately cancel his
      // meeting with Putin"): most words of the longer one shared too.
      if (overlap >= 5 && coef >= 0.7 &&
          overlap * 10 >= 7 * std::max(a.subject.size(), b.subject.size()) &&
          IsNamed(a.fact->speaker) && IsNamed(b.fact->speaker) && a.fact->kind == "quote" &&
          b.fact->kind == "quote") {
        return 2;
      }
      if (overlap >= 3 && coef >= 0.7) return 1;
      return (coef >= 0.5 && overlap >= std::min<size_t>(2, smaller)) ? 1 : 0;
    case ClaimClass::kNone:
      return 0;
  }
  return 0;
}

}  // namespace stemma::stories::internal

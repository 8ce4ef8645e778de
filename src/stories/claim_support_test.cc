// Which documents support a claim, on fictional two-document stories: a value that cannot
// contradict the claim is not yet a statement of it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/claims.h"
#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

using test::AsStory;
using test::At;
using test::Dated;
using ::testing::ElementsAre;

struct Line {
  std::string text, span, value, counts = "", published = "2031-05-20";
};

// The documents of the claim stated by `a` in a story of `a` and `b` (one fact of `kind` each).
std::vector<std::string> Supporters(const std::string& kind, const Line& a, const Line& b) {
  const std::vector<Document> docs = {Dated("a", a.published, a.text),
                                      Dated("b", b.published, b.text)};
  const std::vector<std::vector<Fact>> facts = {{At(docs[0], kind, a.span, a.value, a.counts)},
                                                {At(docs[1], kind, b.span, b.value, b.counts)}};
  for (const Claim& c : BuildStoryClaims(AsStory(docs, facts), ProvenanceIndex(ReuseResult{}))) {
    if (c.value == a.value) return c.documents;
  }
  return {};
}

TEST(ClaimSupportTest, ABoundOrARoundFigureSupportsOnlyAFigureNearIt) {
  const std::string fuel = "Fuel in Marrow now costs ";
  const Line bound{fuel + "more than 40 cents a litre above last spring, the Quellport board said.",
                   "40 cents", "40", "Cent"};
  const Line far{fuel + "80 cents a litre above last spring, the Quellport board said.", "80 cents",
                 "80", "Cent"};
  EXPECT_THAT(Supporters("money", bound, far), ElementsAre("a"));
  const Line near{fuel + "45 cents a litre above last spring, the Quellport board said.",
                  "45 cents", "45", "Cent"};
  EXPECT_THAT(Supporters("money", bound, near), ElementsAre("a", "b"));
  const std::string paid = "The Marrow harbour board paid the Quellport pilots ";
  const Line exact{paid + "$143,000 for the survey.", "$143,000", "143000", "USD"};
  const Line round{paid + "$100,000 for the survey.", "$100,000", "100000", "USD"};
  EXPECT_THAT(Supporters("money", exact, round), ElementsAre("a"));
}

TEST(ClaimSupportTest, ADateSupportsOnlyAtItsOwnPrecision) {
  const Line deadline{
      "The Quellport ferry line must fit new brakes on every Marrow boat by Dec. 31.", "Dec. 31",
      "2031-12-31"};
  const Line year{
      "The Quellport ferry line bought its newest Marrow boat in 2031, with new brakes.", "2031",
      "2031"};
  EXPECT_THAT(Supporters("date", deadline, year), ElementsAre("a"));
  const Line day{
      "The Quellport ferry line must fit new brakes on every Marrow boat by 31 December.",
      "31 December", "2031-12-31"};
  EXPECT_THAT(Supporters("date", deadline, day), ElementsAre("a", "b"));
}

TEST(ClaimSupportTest, RelativeDatesResolvedToDifferentDaysAreTwoMoments) {
  const std::string rel = "relative to 2031-05-20 (published)";
  const Line month{"Marrow inspectors found cracks in the Quellport ferry hull earlier this month.",
                   "earlier this month", "2031-05", rel};
  const Line other{"Marrow inspectors reported cracks in the Quellport ferry hull last month, too.",
                   "last month", "2031-03", "relative to 2031-04-02 (published)", "2031-04-02"};
  EXPECT_THAT(Supporters("date", month, other), ElementsAre("a"));
  const Line same{"Marrow inspectors reported cracks in the Quellport ferry hull last month, too.",
                  "last month", "2031-05", "relative to 2031-06-02 (published)", "2031-06-02"};
  EXPECT_THAT(Supporters("date", month, same), ElementsAre("a", "b"));
  // The same words too: "earlier this month" in April and in May.
  const Line april{month.text, month.span, "2031-04", "relative to 2031-04-20 (published)",
                   "2031-04-20"};
  EXPECT_THAT(Supporters("date", month, april), ElementsAre("a"));
}

TEST(ClaimSupportTest, ANumberNamingSomethingSupportsNothing) {
  const Line a{"Marrow doctors said the Quell-19 strain spread along the coast.", "19", "19",
               "strain"};
  const Line b{"Marrow doctors said the Quell-19 strain spread faster along the coast.", "19", "19",
               "strain"};
  EXPECT_THAT(Supporters("quantity", a, b), ElementsAre("a"));
}

TEST(ClaimSupportTest, ABareNumberSupportsOnlyWithTheSameWordsAfterIt) {
  const std::string list = "The Marrow council list opens with 1 Quellport ferry ";
  const Line fares{list + "fares, then harbour fees.", "1", "1"};
  const Line tickets{list + "tickets, then harbour fees.", "1", "1"};
  EXPECT_THAT(Supporters("number", fares, tickets), ElementsAre("a"));
  EXPECT_THAT(Supporters("number", fares, fares), ElementsAre("a", "b"));
}

TEST(ClaimSupportTest, PercentagesSupportOnlyWithANameInCommon) {
  const Line gap{"Shares of Gap added almost 5 percent on the exchange.", "5 percent", "5",
                 "percent"};
  const Line index{"The gauge of Shanghai fell 5 percent on the exchange.", "5 percent", "5",
                   "percent"};
  EXPECT_THAT(Supporters("quantity", gap, index), ElementsAre("a"));
  const Line again{"Shares of Gap rose 5 percent on the exchange.", "5 percent", "5", "percent"};
  EXPECT_THAT(Supporters("quantity", gap, again), ElementsAre("a", "b"));
}

}  // namespace
}  // namespace stemma::stories

// Claims, contradictions and corroboration on hand-built fictional facts.
#include "stories/claims.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "stemma/util.h"
#include "stories/corroboration.h"
#include "stories/similarity.h"
#include "stories/test_fixtures.h"
#include "stories/timeline.h"

namespace stemma::stories {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Document Doc(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

Fact At(const Document& d, std::string kind, const std::string& span, std::string value,
        std::string counts = "", std::string speaker = "") {
  Fact f;
  f.document = d.id;
  f.kind = std::move(kind);
  f.text = span;
  f.begin = d.text.find(span);
  f.end = f.begin + span.size();
  f.value = std::move(value);
  f.counts = std::move(counts);
  f.speaker = std::move(speaker);
  return f;
}

// Owns documents and facts and presents them as one story.
struct StoryFixture {
  std::vector<Document> docs;
  std::vector<std::vector<Fact>> facts;
  StoryInput Input() const { return test::AsStory(docs, facts); }
};

// One quantity per document ("a", "b", "c", ...): its sentence, the span, value and counts.
struct QuantityLine {
  std::string text, span, value, counts;
};
std::vector<Claim> QuantityClaims(const std::vector<QuantityLine>& lines) {
  StoryFixture s;
  for (size_t i = 0; i < lines.size(); ++i) {
    s.docs.push_back(Doc(std::string(1, static_cast<char>('a' + i)), lines[i].text));
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    s.facts.push_back({At(s.docs[i], "quantity", lines[i].span, lines[i].value, lines[i].counts)});
  }
  return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
}

TEST(ClaimsTest, DifferentNumbersForTheSameThingContradictBothWays) {
  StoryFixture s;
  s.docs = {Doc("a", "The flood in Marrow left 120 houses destroyed, officials said."),
            Doc("b", "Officials in Marrow say 480 houses destroyed by the flood."),
            Doc("c", "Some 120 houses destroyed in Marrow, the mayor confirmed.")};
  s.facts = {{At(s.docs[0], "quantity", "120 houses", "120", "houses destroyed")},
             {At(s.docs[1], "quantity", "480 houses", "480", "houses destroyed")},
             {At(s.docs[2], "quantity", "120 houses", "120", "houses destroyed")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "120");
  EXPECT_THAT(claims[0].documents, ElementsAre("a", "c"));
  EXPECT_EQ(claims[0].independent_sources, 2);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("b"));
  EXPECT_EQ(claims[1].value, "480");
  EXPECT_THAT(claims[1].contradicted_by, ElementsAre("a", "c"));
  EXPECT_TRUE(claims[1].single_source);
}

TEST(ClaimsTest, HeadlineNumberIsAClaimWithTheHeadlineAsItsText) {
  StoryFixture s;
  s.docs = {Doc("a", "Officials in Marrow spoke at noon about the damage."),
            Doc("b", "Officials in Marrow say 480 houses destroyed by the flood.")};
  s.docs[0].title = "Flood in Marrow: 120 houses destroyed, officials report";
  Fact headline;
  headline.document = "a";
  headline.kind = "quantity";
  headline.text = "120 houses";
  headline.begin = s.docs[0].title.find(headline.text);
  headline.end = headline.begin + headline.text.size();
  headline.value = "120";
  headline.counts = "houses destroyed";
  headline.in_title = true;
  s.facts = {{headline}, {At(s.docs[1], "quantity", "480 houses", "480", "houses destroyed")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "120");
  EXPECT_EQ(claims[0].text, "Flood in Marrow: 120 houses destroyed, officials report");
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("b"));
  EXPECT_THAT(claims[1].contradicted_by, ElementsAre("a"));
}

TEST(ClaimsTest, PercentagesNeedTheSameMeasureToContradict) {
  StoryFixture s;
  s.docs = {
      Doc("a", "On Friday the Marrow Exchange index rose 3.5 percent to a record."),
      Doc("b", "On Friday the Marrow Exchange bond yield gained 0.2 percent by noon."),
      Doc("c", "A Quellport Polling survey found 60 percent of Marrow voters back the levy."),
      Doc("d", "A Quellport Polling survey found 70 percent of Marrow voters back the levy.")};
  s.facts = {{At(s.docs[0], "quantity", "3.5 percent", "3.5", "percent")},
             {At(s.docs[1], "quantity", "0.2 percent", "0.2", "percent")},
             {At(s.docs[2], "quantity", "60 percent", "60", "percent")},
             {At(s.docs[3], "quantity", "70 percent", "70", "percent")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  int checked = 0;
  for (const Claim& c : claims) {
    if (c.value == "3.5" || c.value == "0.2") {
      EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
    } else if (c.value == "60") {
      EXPECT_THAT(c.contradicted_by, ElementsAre("d"));
    } else if (c.value == "70") {
      EXPECT_THAT(c.contradicted_by, ElementsAre("c"));
    } else {
      continue;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 4);
}

TEST(ClaimsTest, RelativeDatesOfDocumentsWrittenOnDifferentDaysDoNotContradict) {
  const std::string words = "Harbour officials in Marrow opened the Quellport ferry terminal ";
  StoryFixture relative;
  relative.docs = {Doc("a", words + "last week after repairs."),
                   Doc("b", words + "last week, after repairs.")};
  const std::string week = "last week";
  relative.facts = {
      {At(relative.docs[0], "date", week, "2031-W18", "relative to 2031-05-06 (published)")},
      {At(relative.docs[1], "date", week, "2031-W20", "relative to 2031-05-20 (published)")}};
  for (const Claim& c : BuildStoryClaims(relative.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  // A date in figures is stated, not relative: only its year was filled in.
  StoryFixture stated;
  stated.docs = {Doc("c", words + "on 14 May after repairs."),
                 Doc("d", words + "on 21 May after repairs.")};
  stated.facts = {
      {At(stated.docs[0], "date", "14 May", "2031-05-14", "relative to 2031-05-20 (published)")},
      {At(stated.docs[1], "date", "21 May", "2031-05-21", "relative to 2031-05-22 (published)")}};
  const std::vector<Claim> claims =
      BuildStoryClaims(stated.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("d"));
}

TEST(ClaimsTest, BoundsAgreeWithNumbersOnTheirSide) {
  StoryFixture s;
  const std::string coast = " people across the Quellport coast.";
  s.docs = {Doc("a", "The storm in Marrow killed more than 1,300" + coast),
            Doc("b", "The storm in Marrow killed 1,500" + coast),
            Doc("c", "The storm in Marrow killed 900" + coast)};
  s.facts = {{At(s.docs[0], "quantity", "1,300 people", "1300", "people killed")},
             {At(s.docs[1], "quantity", "1,500 people", "1500", "people killed")},
             {At(s.docs[2], "quantity", "900 people", "900", "people killed")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].documents, ElementsAre("a", "b"));  // 1,500 is more than 1,300
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("c"));
  EXPECT_EQ(claims[1].value, "900");
}

TEST(ClaimsTest, ApproximateNumbersWithinToleranceAgree) {
  StoryFixture s;
  s.docs = {Doc("a", "About 2,000 volunteers joined the clean-up."),
            Doc("b", "Roughly 1,900 volunteers joined the clean-up.")};
  s.facts = {{At(s.docs[0], "quantity", "About 2,000 volunteers", "2000", "volunteers")},
             {At(s.docs[1], "quantity", "Roughly 1,900 volunteers", "1900", "volunteers")}};
  s.facts[0][0].approximate = s.facts[1][0].approximate = true;
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_THAT(claims[0].documents, ElementsAre("a", "b"));
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
}

TEST(ClaimsTest, DifferentCountedThingsAreDifferentClaims) {
  StoryFixture s;
  s.docs = {Doc("a", "Police arrested 40 protesters and 3 journalists near the square."),
            Doc("b", "Police arrested 12 journalists near the square.")};
  s.facts = {{At(s.docs[0], "quantity", "40 protesters", "40", "protesters arrested")},
             {At(s.docs[1], "quantity", "12 journalists", "12", "journalists arrested")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
}

// Two numbers of one unit about different people in one story are not rival versions: a
// contradiction needs a name in common near the numbers.
TEST(ClaimsTest, SameUnitAboutDifferentPeopleIsNoContradiction) {
  StoryFixture s;
  s.docs = {Doc("a", "In the final, Orla Brennick scored 26 points in the second half."),
            Doc("b", "In the final, Tomas Vell scored 9 points in the second half.")};
  s.facts = {{At(s.docs[0], "quantity", "26 points", "26", "points scored")},
             {At(s.docs[1], "quantity", "9 points", "9", "points scored")}};
  std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
  // The same person with two scores is.
  s.docs[1] = Doc("b", "In the final, Orla Brennick scored 9 points in the second half.");
  s.facts[1] = {At(s.docs[1], "quantity", "9 points", "9", "points scored")};
  claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("b"));
}

// Two figures of one story that share the words around them but not their own predicate (the
// lowercase words right before the figure or right after what it counts) are of two deeds.
TEST(ClaimsTest, FiguresOfDifferentDeedsAreNoRivals) {
  // Not the opening lines, which word the event their own way.
  const std::string attended =
      "The count came late. Fewer than 6,200 fans attended the rally of Ida Merrow at the "
      "Dunmore river arena, organisers said.";
  const std::vector<Claim> two_deeds =
      QuantityClaims({{attended, "6,200 fans", "6200", "fans"},
                      {"The count came late. At the rally of Ida Merrow, some 90,000 fans watched "
                       "online from the Dunmore river arena, organisers said.",
                       "90,000 fans", "90000", "fans"}});
  ASSERT_EQ(two_deeds.size(), 2u);
  for (const Claim& c : two_deeds) EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  // The same deed with another figure is a rival version.
  const std::vector<Claim> one_deed =
      QuantityClaims({{attended, "6,200 fans", "6200", "fans"},
                      {"The count came late. At the rally of Ida Merrow, some 9,000 fans attended "
                       "from the Dunmore river arena, organisers said.",
                       "9,000 fans", "9000", "fans"}});
  ASSERT_EQ(one_deed.size(), 2u);
  EXPECT_THAT(one_deed[0].contradicted_by, ElementsAre("b"));
  EXPECT_THAT(one_deed[1].contradicted_by, ElementsAre("a"));
}

// A figure its sentence places in another period ("last month") is an older state, no rival.
TEST(ClaimsTest, FiguresOfDifferentRelativePeriodsAreNoRivals) {
  const std::string now =
      "Work went on. The Tarnby harbour board said that 55 crews repaired the Venn pier walls.";
  const std::vector<Claim> rivals =
      QuantityClaims({{"Work went on. The Tarnby harbour board said that 40 crews repaired the "
                       "Venn pier walls.",
                       "40 crews", "40", "crews"},
                      {now, "55 crews", "55", "crews"}});
  ASSERT_EQ(rivals.size(), 2u);
  EXPECT_THAT(rivals[0].contradicted_by, ElementsAre("b"));
  const std::vector<Claim> earlier =
      QuantityClaims({{"Work went on. The Tarnby harbour board said last month that 40 crews "
                       "repaired the Venn pier walls.",
                       "40 crews", "40", "crews"},
                      {now, "55 crews", "55", "crews"}});
  ASSERT_EQ(earlier.size(), 2u);
  for (const Claim& c : earlier) EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
}

// A rate ("every year", "an hour") and a count, or rates per different periods, are two
// measures; a stretch of time ("for a year") makes no rate.
TEST(ClaimsTest, ARateAndACountAreNoRivals) {
  const auto claims = [](const std::string& a_rest, const std::string& b_rest) {
    return QuantityClaims({{"Work went on. The Tarnby harbour board handles 4,000 ferry permits" +
                                a_rest + ", the clerk said.",
                            "4,000 ferry permits", "4000", "ferry permits"},
                           {"Work went on. The Tarnby harbour board handles 40 ferry permits" +
                                b_rest + ", the clerk said.",
                            "40 ferry permits", "40", "ferry permits"}});
  };
  std::vector<Claim> c = claims(" every year", "");
  ASSERT_EQ(c.size(), 2u);
  for (const Claim& x : c) EXPECT_THAT(x.contradicted_by, IsEmpty()) << x.value;
  c = claims(" every year", " a week");
  ASSERT_EQ(c.size(), 2u);
  for (const Claim& x : c) EXPECT_THAT(x.contradicted_by, IsEmpty()) << x.value;
  c = claims(" every year", " a year");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_THAT(c[0].contradicted_by, ElementsAre("b"));
  c = claims(" for a year", "");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_THAT(c[0].contradicted_by, ElementsAre("b"));
}

// A bare number (no counted noun phrase) contradicts only with the same following words.
TEST(ClaimsTest, BareNumbersNeedTheSameFollowingWords) {
  StoryFixture s;
  s.docs = {Doc("a", "Coach Arlen Fisk said the Harriers finished 35 points clear in March."),
            Doc("b", "Coach Arlen Fisk said the Harriers finished 12 games clear in March.")};
  s.facts = {{At(s.docs[0], "number", "35", "35")}, {At(s.docs[1], "number", "12", "12")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  for (const Claim& c : claims) EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
}

TEST(ClaimsTest, QuotesGroupBySpeakerAndTextAndMisattributionContradicts) {
  StoryFixture s;
  const std::string q = "\"We will rebuild every bridge in the valley before winter\"";
  s.docs = {Doc("a", "Governor Ilse Brun said " + q + " on Monday."),
            Doc("b", "Brun promised: " + q + "."), Doc("c", "Senator Odo Falk said " + q + ".")};
  s.facts = {{At(s.docs[0], "quote", q, "", "", "Ilse Brun")},
             {At(s.docs[1], "quote", q, "", "", "Brun")},
             {At(s.docs[2], "quote", q, "", "", "Odo Falk")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].documents, ElementsAre("a", "b"));
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("c"));
  EXPECT_EQ(claims[1].value, "Odo Falk");
  // A longer quote that holds these words is another quote, not the same one misattributed.
  const std::string longer =
      "\"After this flood we will rebuild every bridge in the valley before winter, and every "
      "school and road and pier in the whole of the Marrow district by spring\"";
  s.docs[2] = Doc("c", "Senator Odo Falk said " + longer + ".");
  s.facts[2] = {At(s.docs[2], "quote", longer, "", "", "Odo Falk")};
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
}

TEST(ClaimsTest, AnOutletReportingAQuoteIsNoRivalSpeaker) {
  // "Marrow Ledger reported the script ... '...'": the outlet reports the words.
  StoryFixture s;
  const std::string q = "\"We will rebuild every bridge in the valley before winter\"";
  s.docs = {Doc("a", "Governor Ilse Brun said " + q + " on Monday."),
            Doc("b", "The Marrow Ledger reported " + q + " on Monday.")};
  s.docs[1].outlet = "Marrow Ledger (Web)";
  s.facts = {{At(s.docs[0], "quote", q, "", "", "Ilse Brun")},
             {At(s.docs[1], "quote", q, "", "", "Marrow Ledger")}};
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  // A name that reports the words relays them, whether or not it is an outlet of the story.
  s.docs[1].outlet = "Quillmoor Post";
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  // Another outlet's name saying the words is still a rival speaker.
  s.docs[1] = Doc("b", "The Marrow Ledger said " + q + " on Monday.");
  s.docs[1].outlet = "Quillmoor Post";
  s.facts[1] = {At(s.docs[1], "quote", q, "", "", "Marrow Ledger")};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("b"));
}

// A speaker read through "he said" or from another sentence may be our misreading; only quotes
// whose sentence names the speaker can be rival attributions. Indirect speech never is: several
// sources report the same thing.
TEST(ClaimsTest, RivalSpeakersNeedTheNameAtTheQuoteAndADirectQuote) {
  StoryFixture s;
  const std::string q = "\"We will rebuild every bridge in the valley before winter\"";
  s.docs = {Doc("a", "Governor Ilse Brun said " + q + " on Monday."),
            Doc("b", "Senator Odo Falk toured the valley. Later he said " + q + ".")};
  s.facts = {{At(s.docs[0], "quote", q, "", "", "Ilse Brun")},
             {At(s.docs[1], "quote", q, "", "", "Odo Falk")}};
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  StoryFixture r;
  const std::string clause = "the bridge over the Marrow valley will reopen before winter";
  r.docs = {Doc("c", "Courier reports that " + clause + ", officials said."),
            Doc("d", "Herald also reports that " + clause + ", officials said.")};
  r.facts = {{At(r.docs[0], "attribution", clause, "reports", "", "Courier")},
             {At(r.docs[1], "attribution", clause, "reports", "", "Herald")}};
  for (const Claim& c : BuildStoryClaims(r.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
}

// A document that names the other speaker near its own version most likely credits them too:
// the differing speaker is a misreading of the attribution, not a rival one.
TEST(ClaimsTest, NoMisattributionWhenTheOtherDocumentNamesTheSpeaker) {
  StoryFixture s;
  const std::string q = "\"We will rebuild every bridge in the valley before winter\"";
  s.docs = {Doc("a", "Governor Ilse Brun said " + q + " on Monday."),
            Doc("b", "Senator Odo Falk stood beside Governor Ilse Brun, who said " + q + ".")};
  s.facts = {{At(s.docs[0], "quote", q, "", "", "Ilse Brun")},
             {At(s.docs[1], "quote", q, "", "", "Odo Falk")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());  // either way
}

// A line repeated by two spokespeople is the organisation's statement, not a rival attribution.
TEST(ClaimsTest, SpokespeopleRepeatingOneLineAreNoMisattribution) {
  StoryFixture s;
  const std::string q = "\"We will rebuild every bridge in the valley before winter\"";
  s.docs = {Doc("a", q + ", campaign spokeswoman Ilse Brun said on Monday."),
            Doc("b", q + ", party spokesman Odo Falk told reporters.")};
  s.facts = {{At(s.docs[0], "quote", q, "", "", "Ilse Brun")},
             {At(s.docs[1], "quote", q, "", "", "Odo Falk")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
}

TEST(CorroborationTest, ExcerptOnlyCollapsesStatementsInsideCopiedPassages) {
  ReuseResult reuse;
  ReuseEdge e;
  e.source = "wire";
  e.target = "blog";
  e.relation = "excerpt";
  e.passages.push_back(Passage{0, 100, 50, 150});
  reuse.edges.push_back(e);
  const ProvenanceIndex index(reuse);
  EXPECT_EQ(index.Root("blog", 60, 70), "wire");
  EXPECT_EQ(index.Root("blog", 10, 20), "blog");
  EXPECT_EQ(index.Root("unknown", 0, 1), "unknown");
  const std::string wire = "wire", blog = "blog";
  EXPECT_EQ(CountIndependentSources(index, {{&wire, 5, 9}, {&blog, 60, 70}}), 1);
  EXPECT_EQ(CountIndependentSources(index, {{&wire, 5, 9}, {&blog, 10, 20}}), 2);
}

TEST(CorroborationTest, ChainsOfCopiesCountOnce) {
  ReuseResult reuse;
  for (const auto& [s, t, r] :
       {std::tuple{"b", "c", "near-duplicate"}, std::tuple{"a", "b", "republication"},
        std::tuple{"c", "d", "duplicate"}}) {
    ReuseEdge e;
    e.source = s, e.target = t, e.relation = r;
    reuse.edges.push_back(e);
  }
  const ProvenanceIndex index(reuse);
  const std::string a = "a", d = "d", x = "x";
  EXPECT_EQ(CountIndependentSources(index, {{&a, 0, 1}, {&d, 0, 1}}), 1);
  EXPECT_EQ(CountIndependentSources(index, {{&a, 0, 1}, {&d, 0, 1}, {&x, 0, 1}}), 2);
}

TEST(TimelineTest, OrdersDatedClaimsAndSkipsYearOnly) {
  std::vector<Claim> claims(4);
  claims[0].kind = "date", claims[0].value = "2030-05-02", claims[0].documents = {"a"};
  claims[1].kind = "date", claims[1].value = "2030-04", claims[1].documents = {"a", "b"};
  claims[2].kind = "date", claims[2].value = "2029", claims[2].documents = {"a"};
  claims[3].kind = "quantity", claims[3].value = "7";
  const std::vector<TimelineEntry> t = BuildTimeline(claims, 10);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].date, "2030-04");
  EXPECT_EQ(t[1].date, "2030-05-02");
  EXPECT_EQ(BuildTimeline(claims, 1).size(), 1u);
}

TEST(SimilarityTest, IsoDaysRoundTripAndRejectGarbage) {
  EXPECT_EQ(FormatIsoDay(ParseIsoDay("2031-09-02")), "2031-09-02");
  EXPECT_EQ(FormatIsoDay(ParseIsoDay("1969-12-31T23:00:00Z")), "1969-12-31");
  EXPECT_EQ(ParseIsoDay("2031-09-02") - ParseIsoDay("2031-08-31"), 2);
  EXPECT_EQ(ParseIsoDay("next week"), kNoDay);
  EXPECT_EQ(ParseIsoDay("2031-13-01"), kNoDay);
  EXPECT_EQ(ParseIsoDay(""), kNoDay);
}

TEST(SimilarityTest, SentenceAroundCutsOnUtf8Boundaries) {
  const std::string text = "First one. Ünïcödé " + std::string(300, 'x') + " end. Last.";
  const std::string s = SentenceAround(text, 12, 20, 50);
  EXPECT_LE(s.size(), 50u);
  EXPECT_EQ(SanitizeUtf8(s), s);
}

TEST(ClaimsTest, ContradictionsHoldBothWaysOrNotAtAll) {
  // The first report gives both figures; the second repeats one of them. Seen from the 480
  // claim nobody disagrees, so the 120 claim is not "contradicted" by the second report either.
  StoryFixture s;
  s.docs = {Doc("a",
                "The flood in Marrow left 120 houses destroyed, officials said on Monday. Later "
                "counts from the officials put it at 480 houses destroyed by the flood in Marrow."),
            Doc("b", "Officials in Marrow say 480 houses destroyed by the flood on Monday.")};
  s.facts = {{At(s.docs[0], "quantity", "120 houses", "120", "houses destroyed"),
              At(s.docs[0], "quantity", "480 houses", "480", "houses destroyed")},
             {At(s.docs[1], "quantity", "480 houses", "480", "houses destroyed")}};
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(claims.size(), 2u);
  for (const Claim& c : claims) EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
}

TEST(ClaimsTest, CountsSharingOnlyHalfTheirWordsAreDifferentClaims) {
  // "At least 40 people killed" and "120 people injured": compatible values, other counts.
  const std::vector<Claim> claims =
      QuantityClaims({{"At least 40 people killed in the Marrow flood, officials said.",
                       "40 people", "40", "people killed"},
                      {"Officials said 120 people injured in the Marrow flood.", "120 people",
                       "120", "people injured"}});
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_THAT(claims[0].documents, ElementsAre("a"));
  EXPECT_THAT(claims[1].documents, ElementsAre("b"));
}

TEST(ClaimsTest, YearsNamingWhichOneAreNoRivalDates) {
  // "the 2030 harbour levy" and "the 2034 harbour levy" are two levies; "in 2030" and "in 2034"
  // for the same deed are rival versions.
  const auto claims_for = [](const std::string& a, const std::string& b) {
    StoryFixture s;
    s.docs = {Doc("a", "Marrow councillors voted for the harbour levy " + a + " after a debate."),
              Doc("b", "Marrow councillors voted for the harbour levy " + b + " after a debate.")};
    s.facts = {{At(s.docs[0], "date", a.substr(a.find_first_of("0123456789"), 4),
                   a.substr(a.find_first_of("0123456789"), 4))},
               {At(s.docs[1], "date", b.substr(b.find_first_of("0123456789"), 4),
                   b.substr(b.find_first_of("0123456789"), 4))}};
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  for (const Claim& c : claims_for("of the 2030 harbour plan", "of the 2034 harbour plan")) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  // Two deadlines ("a 30 percent cut by 2030", "a 20 percent cut by 2020") are two targets.
  for (const Claim& c : claims_for("to cut fees by 2030", "to cut fees by 2034")) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  const std::vector<Claim> rival = claims_for("in 2030", "in 2034");
  ASSERT_EQ(rival.size(), 2u);
  EXPECT_THAT(rival[0].contradicted_by, ElementsAre("b"));
}

TEST(ClaimsTest, AWinningMarginIsNoRivalTotal) {
  // "led by 1,900 votes" is a margin; "with 41,300 votes" a total: neither contradicts.
  const std::string in = "With most precincts in, Ilse Brun ";
  const std::vector<Claim> claims = QuantityClaims(
      {{in + "led Odo Falk in Marrow by 1,900 votes.", "1,900 votes", "1900", "votes"},
       {in + "had 41,300 votes in Marrow.", "41,300 votes", "41300", "votes"},
       {in + "led Odo Falk in Marrow by 2,600 votes.", "2,600 votes", "2600", "votes"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
  // Two margins are still compared with each other.
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("c"));
}

TEST(ClaimsTest, DistancesFromDifferentPlacesAreNoRivals) {
  const std::string campus = "The Marrow campus lies ";
  const std::vector<Claim> claims = QuantityClaims(
      {{campus + "60 miles south of Quellport, near Tarn Bay.", "60 miles", "60", "Mile"},
       {campus + "65 miles south of Ayleford, near Tarn Bay.", "65 miles", "65", "Mile"},
       {campus + "80 miles south of Quellport, near Tarn Bay.", "80 miles", "80", "Mile"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("c"));  // both from Quellport
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
}

TEST(ClaimsTest, APartAddedToOthersIsNoRivalTotal) {
  // "four other councillors joined" counts a part; "nine councillors joined" the total.
  const std::string vote = " joined the Marrow harbour vote on Monday, the clerk said.";
  const std::vector<Claim> claims =
      QuantityClaims({{"Ilse Brun and four other councillors" + vote, "four", "4", "councillors"},
                      {"In all nine councillors" + vote, "nine", "9", "councillors"},
                      {"In all seven councillors" + vote, "seven", "7", "councillors"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, ElementsAre("c"));  // two totals still disagree
}

TEST(ClaimsTest, AHedgedRoundNumberAgreesWithNearbyFigures) {
  // "about 10 councillors" agrees with 12; "about 14" (not a round figure) is no rounding of 17.
  const auto claims_for = [](const std::string& hedged, const std::string& exact) {
    const std::string vote = " councillors backed the Marrow harbour plan on Monday.";
    StoryFixture s;
    s.docs = {Doc("a", "About " + hedged + vote), Doc("b", "Exactly " + exact + vote)};
    s.facts = {{At(s.docs[0], "quantity", hedged, hedged, "councillors")},
               {At(s.docs[1], "quantity", exact, exact, "councillors")}};
    s.facts[0][0].approximate = true;
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  const std::vector<Claim> round = claims_for("10", "12");
  ASSERT_EQ(round.size(), 1u);
  EXPECT_THAT(round[0].documents, ElementsAre("a", "b"));
  EXPECT_EQ(claims_for("14", "17").size(), 2u);
}

TEST(ClaimsTest, AFigureRoundedToItsLastDigitAgreesWithTheExactOne) {
  const auto claims_for = [](const std::string& a, const std::string& a_value, const std::string& b,
                             const std::string& b_value) {
    const std::string aid = " in aid for the Marrow harbour, the council said.";
    StoryFixture s;
    s.docs = {Doc("a", "The council froze " + a + aid), Doc("b", "The council froze " + b + aid)};
    s.facts = {{At(s.docs[0], "money", a, a_value, "aid")},
               {At(s.docs[1], "money", b, b_value, "aid")}};
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  // "$7.8bn" is "$7.85 billion" to one decimal; "$400 million" is $391 million to the hundred.
  EXPECT_EQ(claims_for("$7.8bn", "7800000000", "$7.85 billion", "7850000000").size(), 1u);
  EXPECT_EQ(claims_for("$400 million", "400000000", "$391 million", "391000000").size(), 1u);
  // Beyond the rounding, and small exact counts, still differ.
  EXPECT_EQ(claims_for("$250 million", "250000000", "$400 million", "400000000").size(), 2u);
  EXPECT_EQ(claims_for("$250 billion", "250000000000", "$300bn", "300000000000").size(), 2u);
  EXPECT_EQ(claims_for("$10", "10", "$12", "12").size(), 2u);
}

TEST(ClaimsTest, AMonthAgreeingWithBothDaysIsNoEvidenceOfTwoEvents) {
  // "closed until May" agrees with "until 14 May" and "not before 21 May": the two days still
  // contradict each other.
  const std::string bridge = "The Marrow swing bridge will stay closed to vehicles ";
  StoryFixture s;
  s.docs = {Doc("a", bridge + "until 14 May, the city said."),
            Doc("b", bridge + "until May. " + bridge + "until 14 May, the city said."),
            Doc("c", bridge + "until 21 May, the city said.")};
  const std::string rel = "relative to 2031-03-17 (published)";
  s.facts = {{At(s.docs[0], "date", "14 May", "2031-05-14", rel)},
             {At(s.docs[1], "date", "May", "2031-05", rel),
              At(s.docs[1], "date", "14 May", "2031-05-14", rel)},
             {At(s.docs[2], "date", "21 May", "2031-05-21", rel)}};
  for (Document& d : s.docs) d.published = "2031-03-17";
  bool found = false;
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    if (c.value == "2031-05-14") {
      EXPECT_THAT(c.contradicted_by, ElementsAre("c"));
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(ClaimsTest, AQualifiedCountIsASubsetNotARival) {
  // "six towns" and "three coastal towns" of the same vote: a part, not a rival total.
  const std::string vote = " voted on the Marrow harbour levy on Tuesday, officials said.";
  const std::vector<Claim> claims =
      QuantityClaims({{"Voters in six towns" + vote, "six", "6", "towns"},
                      {"Voters in three coastal towns" + vote, "three", "3", "coastal towns"},
                      {"Voters in eight towns" + vote, "eight", "8", "towns"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[0].contradicted_by, ElementsAre("c"));
  EXPECT_THAT(claims[1].contradicted_by, IsEmpty());
}

TEST(ClaimsTest, ACountOfSeveralKindsIsNoRivalOfOneKind) {
  // "dozens of boats, barges and tugs" counts three kinds together; "five boats" one of them.
  const std::string search = " joined the search for the Marrow ferry off Tarn Bay on Monday.";
  // A listed item may take a word before its plural ("harbour officials").
  const std::vector<Claim> officials = QuantityClaims(
      {{"Nearly 200 boats, harbour officials and pilots" + search, "200", "200", "boats"},
       {"In all nine boats" + search, "nine", "9", "boats"}});
  ASSERT_EQ(officials.size(), 2u);
  EXPECT_THAT(officials[0].contradicted_by, IsEmpty());
  const std::vector<Claim> claims =
      QuantityClaims({{"Some 40 boats, barges and tugs" + search, "40", "40", "boats"},
                      {"In all five boats" + search, "five", "5", "boats"},
                      {"In all nine boats" + search, "nine", "9", "boats"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, ElementsAre("c"));  // two counts of boats still disagree
}

TEST(ClaimsTest, DatesOfTheFirstAndTheFinalOccasionAreNoRivals) {
  const auto claims_for = [](const std::string& a, const std::string& b) {
    StoryFixture s;
    s.docs = {Doc("a", a), Doc("b", b)};
    s.facts = {{At(s.docs[0], "date", "October 3", "2031-10-03")},
               {At(s.docs[1], "date", "October 22", "2031-10-22")}};
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  const std::string first =
      "Ilse Brun will face Odo Falk in the first harbour debate held in "
      "Marrow on October 3, the council said.";
  const std::string last =
      "Ilse Brun will face Odo Falk in the final harbour debate held in "
      "Marrow on October 22, the council said.";
  for (const Claim& c : claims_for(first, last)) EXPECT_THAT(c.contradicted_by, IsEmpty());
  // The same occasion on two dates is a contradiction.
  std::string other = first;
  other.replace(other.find("October 3"), 9, "October 22");
  const std::vector<Claim> rival = claims_for(first, other);
  ASSERT_EQ(rival.size(), 2u);
  EXPECT_THAT(rival[0].contradicted_by, ElementsAre("b"));
  // Deadlines: "must redraw the lines by October 22", "the October 22 deadline".
  for (const std::string& due :
       {std::string("Ilse Brun and Odo Falk must agree on the first harbour debate in Marrow by "
                    "October 22, the council said."),
        std::string("Ilse Brun and Odo Falk face the first harbour debate in Marrow after the "
                    "October 22 deadline, the council said.")}) {
    for (const Claim& c : claims_for(first, due)) EXPECT_THAT(c.contradicted_by, IsEmpty()) << due;
  }
  // A plan and what happened: "the debate is set for October 22" / "held on October 3".
  const std::string planned =
      "Ilse Brun will face Odo Falk in the first harbour debate in "
      "Marrow, which is set for October 22, the council said.";
  for (const Claim& c : claims_for(first, planned)) EXPECT_THAT(c.contradicted_by, IsEmpty());
}

TEST(ClaimsTest, OneOutletsDatesAreNoRivalVersions) {
  // A weekly feature of one outlet names its own dates ("Oct. 17 segment", "Oct. 24 segment").
  StoryFixture s;
  s.docs = {
      Doc("a", "Ilse Brun talks harbour politics in the Marrow Ledger segment aired Oct. 17."),
      Doc("b", "Ilse Brun talks harbour politics in the Marrow Ledger segment aired Oct. 24.")};
  s.facts = {{At(s.docs[0], "date", "Oct. 17", "2031-10-17")},
             {At(s.docs[1], "date", "Oct. 24", "2031-10-24")}};
  const std::vector<Claim> two_outlets =
      BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  ASSERT_EQ(two_outlets.size(), 2u);
  EXPECT_THAT(two_outlets[0].contradicted_by, ElementsAre("b"));
  s.docs[0].outlet = s.docs[1].outlet = "Marrow Ledger";
  s.docs[0].published = "2031-10-20";
  s.docs[1].published = "2031-10-27";
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  // Dates of an event long before both articles are still compared.
  s.docs[0].published = s.docs[1].published = "2033-04-29";
  EXPECT_THAT(BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))[0].contradicted_by,
              ElementsAre("b"));
}

TEST(ClaimsTest, DatesSharingOneWordAreTwoDeeds) {
  // "visits the school on April 21" / "seized April 15 from a school": one shared word, two
  // deeds; "sought treatment Sept. 25" / "sought treatment on Sept. 26": one deed, two dates.
  const auto claims_for = [](const std::string& a, const std::string& a_span, const std::string& b,
                             const std::string& b_span) {
    StoryFixture s;
    s.docs = {Doc("a", a), Doc("b", b)};
    s.facts = {{At(s.docs[0], "date", a_span, "2031-04-21")},
               {At(s.docs[1], "date", b_span, "2031-04-15")}};
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  for (const Claim& c : claims_for("Governor Ilse Brun of Marrow visits the harbour school in "
                                   "Quillmoor on April 21.",
                                   "April 21",
                                   "Families in Marrow said the pupils seized April 15 from a "
                                   "school in Quillmoor were freed.",
                                   "April 15")) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
  const std::vector<Claim> one_deed = claims_for(
      "Ilse Brun of Marrow first sought treatment April 21 at the Quillmoor clinic.", "April 21",
      "Ilse Brun of Marrow first sought treatment April 15 at the Quillmoor clinic.", "April 15");
  ASSERT_EQ(one_deed.size(), 2u);
  EXPECT_THAT(one_deed[0].contradicted_by, ElementsAre("b"));
}

TEST(ClaimsTest, AWeekIsNoRivalOfAMonth) {
  // "this week" (a week value) and "in October" share no calendar prefix to compare.
  StoryFixture s;
  s.docs = {Doc("a", "Ilse Brun wrote a column for the Marrow Ledger about the levy this week."),
            Doc("b", "Ilse Brun wrote a column for the Marrow Ledger about the levy in October.")};
  s.facts = {{At(s.docs[0], "date", "this week", "2031-W24")},
             {At(s.docs[1], "date", "October", "2030-10")}};
  for (const Claim& c : BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}))) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
}

TEST(ClaimsTest, TalliesOfARunningCountAreNoRivals) {
  const std::string outage = " customers in Marrow were without power after the storm";
  const std::vector<Claim> claims = QuantityClaims(
      {{"Some 2,200" + outage + " as of Sunday evening.", "2,200", "2200", "customers"},
       {"Some 17,000" + outage + " on Sunday.", "17,000", "17000", "customers"},
       {"Some 9,000" + outage + " on Sunday.", "9,000", "9000", "customers"}});
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_THAT(claims[0].contradicted_by, IsEmpty());
  EXPECT_THAT(claims[1].contradicted_by, ElementsAre("c"));  // two plain totals still disagree
  // "The worst flood to date drowned 270 sheep" is no running count.
  const std::vector<Claim> record = QuantityClaims(
      {{"The worst flood to date in Marrow drowned 270 sheep in 1992.", "270", "270", "sheep"},
       {"The worst flood in Marrow drowned 263 sheep in 1992.", "263", "263", "sheep"}});
  ASSERT_EQ(record.size(), 2u);
  EXPECT_THAT(record[0].contradicted_by, ElementsAre("b"));
}

TEST(ClaimsTest, NamesConversionsAndSubsetsAreNoRivalCounts) {
  const auto contradicted = [](const std::string& a, const std::string& span_a,
                               const std::string& b, const std::string& span_b,
                               const std::string& counts) {
    const std::vector<Claim> claims =
        QuantityClaims({{a, span_a, span_a.substr(0, span_a.find(' ')), counts},
                        {b, span_b, span_b.substr(0, span_b.find(' ')), counts}});
    return claims.size() == 2 && !claims[0].contradicted_by.empty();
  };
  // The same sentence with two different figures is a contradiction...
  const std::string road = "The Marrow harbour police stopped the van on the coast road ";
  EXPECT_TRUE(contradicted(road + "after 94 miles, the police said.", "94 miles",
                           road + "after 52 miles, the police said.", "52 miles", "Mile"));
  // ... but a road's number names it.
  EXPECT_FALSE(contradicted(road + "near Route 94 miles away, the police said.", "94 miles",
                            road + "near Route 52 miles away, the police said.", "52 miles",
                            "Mile"));
  // A conversion in parentheses follows its own figure.
  const std::string camp = "The Marrow camp lies less than ";
  EXPECT_FALSE(contradicted(
      camp + "50 km (30 miles) from the Tarn border, a witness said.", "30 miles",
      camp + "25 km (15 miles) from the Tarn border, a witness said.", "15 miles", "Mile"));
  // "one in 10 sheep" is a rate, not a count of sheep.
  const std::string flood = "The Marrow flood of 2029 drowned ";
  EXPECT_FALSE(contradicted(flood + "774 sheep on the Tarn farms.", "774 sheep",
                            flood + "one in 10 sheep on the Tarn farms.", "10 sheep", "sheep"));
  // Points differ by poll, game and hour.
  const std::string poll = "Ilse Brun leads Odo Falk in the Marrow mayoral race by ";
  EXPECT_FALSE(contradicted(poll + "13 points, the Ledger poll found.", "13 points",
                            poll + "2 points, the Ledger poll found.", "2 points", "points"));
  // "his first 17 passes" is a part of the game's passes.
  const std::string game = "Ilse Brun completed ";
  EXPECT_FALSE(contradicted(game + "her first 17 passes for Marrow in the Tarn cup final.",
                            "17 passes", game + "all 34 passes for Marrow in the Tarn cup final.",
                            "34 passes", "passes"));
}

TEST(ClaimsTest, StampsAndDatesOfDifferentPeopleAreNoRivals) {
  const auto rivals = [](const std::string& a, const std::string& span_a, const std::string& b,
                         const std::string& span_b) {
    StoryFixture s;
    s.docs = {Doc("a", a), Doc("b", b)};
    s.facts = {{At(s.docs[0], "date", span_a, "2031-06-12")},
               {At(s.docs[1], "date", span_b, "2031-06-10")}};
    const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
    return claims.size() == 2 && !claims[0].contradicted_by.empty();
  };
  // The same deed of the same person on two days is a contradiction...
  EXPECT_TRUE(rivals(
      "Mayor Ilse Brun extended the Marrow harbour curfew to June 12, aides said.", "June 12",
      "Mayor Ilse Brun extended the Marrow harbour curfew to June 10, aides said.", "June 10"));
  // ... also when the doer opens both sentences.
  EXPECT_TRUE(rivals("Brun extended the Marrow harbour curfew to June 12, aides said.", "June 12",
                     "Brun extended the harbour curfew in Tarn to June 10, aides said.",
                     "June 10"));
  // ... two people's deeds are not.
  EXPECT_FALSE(rivals(
      "Mayor Ilse Brun extended the Marrow harbour curfew to June 12, aides said.", "June 12",
      "Mayor Odo Falk extended the Tarn harbour curfew to June 10, aides said.", "June 10"));
  // Stamps date a source: a poll figure's "(June 12)", a tweet's signature, a weekly series.
  EXPECT_FALSE(
      rivals("Support for the Marrow harbour curfew stood at 49 percent (June 12).", "June 12",
             "Support for the Marrow harbour curfew stood at 59 percent (June 10).", "June 10"));
  EXPECT_FALSE(rivals("The Marrow harbour curfew works. - Ilse Brun (@ilsebrun) June 12", "June 12",
                      "The Marrow harbour curfew works. - Ilse Brun (@ilsebrun) June 10",
                      "June 10"));
  EXPECT_FALSE(rivals(
      "Marrow harbour curfew fines rose in the week ending June 12, Ilse Brun said.", "June 12",
      "Marrow harbour curfew fines rose in the week ending June 10, Ilse Brun said.", "June 10"));
  // The moment a tally was taken: "as of June 12".
  EXPECT_FALSE(rivals(
      "Mayor Ilse Brun counted 40 harbour curfew fines as of June 12, aides said.", "June 12",
      "Mayor Ilse Brun counted 40 harbour curfew fines as of June 10, aides said.", "June 10"));
  // Two deadlines of one plan move: "by June 12" / "by June 10".
  EXPECT_FALSE(rivals(
      "Mayor Ilse Brun must lift the Marrow harbour curfew by June 12, aides said.", "June 12",
      "Mayor Ilse Brun must lift the Marrow harbour curfew by June 10, aides said.", "June 10"));
}

TEST(ClaimsTest, TwoVagueMagnitudesAgreeWhenTheyOverlap) {
  const auto claims_for = [](const std::string& a, const std::string& va, const std::string& b,
                             const std::string& vb) {
    const std::string texts =
        " of letters Ilse Brun sent to the Marrow harbour board, the clerk said.";
    StoryFixture s;
    s.docs = {Doc("a", "Thousands" + texts), Doc("b", "Tens of thousands" + texts)};
    s.facts = {{At(s.docs[0], "quantity", a, va, "letters")},
               {At(s.docs[1], "quantity", b, vb, "letters")}};
    s.facts[0][0].approximate = s.facts[1][0].approximate = true;
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  const std::vector<Claim> claims =
      claims_for("Thousands", "1000/10000", "Tens of thousands", "10000/100000");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_THAT(claims[0].documents, ElementsAre("a", "b"));
}

TEST(ClaimsTest, AYearFilledInAndTheAttacksOfNineElevenAreNoRivalDates) {
  const auto claims_for = [](const std::string& a, const std::string& span_a, const std::string& va,
                             const std::string& b, const std::string& span_b,
                             const std::string& vb) {
    StoryFixture s;
    s.docs = {Doc("a", a), Doc("b", b)};
    s.facts = {{At(s.docs[0], "date", span_a, va)}, {At(s.docs[1], "date", span_b, vb)}};
    return BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  };
  // "May 19" took the document's year; "May 19, 2030" says which: the same day.
  const std::vector<Claim> day =
      claims_for("Ilse Brun said the Marrow harbour letter was sent on May 19, aides said.",
                 "May 19", "2031-05-19",
                 "Ilse Brun said the Marrow harbour letter was sent on May 19, 2030, aides said.",
                 "May 19, 2030", "2030-05-19");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_THAT(day[0].documents, ElementsAre("a", "b"));
  // Two different days of the same year are still rivals.
  const std::vector<Claim> rival = claims_for(
      "Ilse Brun said the Marrow harbour letter was sent on May 19, aides said.", "May 19",
      "2031-05-19", "Ilse Brun said the Marrow harbour letter was sent on May 12, aides said.",
      "May 12", "2031-05-12");
  ASSERT_EQ(rival.size(), 2u);
  EXPECT_THAT(rival[0].contradicted_by, ElementsAre("b"));
  // "9/11" names the attacks: no rival of a date the story gives for something else.
  for (const Claim& c : claims_for(
           "Ilse Brun said the Marrow harbour law was passed after 9/11, aides said.", "9/11",
           "2031-09-11", "Ilse Brun said the Marrow harbour law was passed on June 5, aides said.",
           "June 5", "2031-06-05")) {
    EXPECT_THAT(c.contradicted_by, IsEmpty()) << c.value;
  }
}

TEST(ClaimsTest, TablesRunIntoTheTextMakeNoClaimsToContradict) {
  const auto contradicted = [](const std::string& tail) {
    const std::string line = " votes for the harbour plan on the night, the Marrow clerk said";
    const std::vector<Claim> claims =
        QuantityClaims({{"Quellport counted 7" + line + tail, "7 votes", "7", "votes"},
                        {"Quellport counted 9" + line + tail, "9 votes", "9", "votes"}});
    return claims.size() == 2 && !claims[0].contradicted_by.empty();
  };
  EXPECT_TRUE(contradicted("."));
  // The same words in a table run into the text: rows and columns the sentence does not name.
  EXPECT_FALSE(contradicted(": 28 8 0 11 9 0 15 2 0 3 4 1 6 5."));
}

TEST(ClaimsTest, SurvivesHostileTextAndOffsets) {
  // Text of brackets, digits, "by", "as of", tweet marks and invalid UTF-8, a megabyte long, and
  // facts whose offsets sit at its edges or past its end: claims are built, nothing is read out
  // of bounds (run under ASan in the sanitizer build).
  std::string text;
  while (text.size() < (1u << 20))
    text += "(12 by 9/11 as of (@x) 7 \xFF\xC3 dozens of a, b and c ";
  StoryFixture s;
  s.docs = {Doc("a", text), Doc("b", text.substr(0, 5000))};
  std::vector<Fact> facts;
  for (size_t at :
       {size_t{0}, size_t{1}, size_t{4}, text.size() - 1, text.size(), text.size() + 40}) {
    for (const char* kind : {"quantity", "date", "money", "quote"}) {
      Fact f;
      f.document = "a";
      f.kind = kind;
      f.begin = at;
      f.end = at + 3;
      f.text = "12 ";
      f.value = std::string(kind) == "date" ? "2031-09-11" : "12";
      f.counts = "people";
      facts.push_back(f);
    }
  }
  s.facts = {facts, {}};
  for (Fact& f : s.facts[0]) f.document = "a";
  const std::vector<Claim> claims = BuildStoryClaims(s.Input(), ProvenanceIndex(ReuseResult{}));
  EXPECT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_LE(c.text.size(), 400u);
}

}  // namespace
}  // namespace stemma::stories

// Behaviour of ExtractFacts on small fictional texts written for these tests.
#include "stemma/facts.h"

#include <gtest/gtest.h>

#include <random>

#include "facts/facts_test_util.h"

namespace stemma {
namespace {

std::string Value(const std::vector<Fact>& facts, const std::string& kind,
                  const std::string& text) {
  const Fact* f = FindFact(facts, kind, text);
  return f ? f->value : "<missing>";
}

TEST(DatesTest, RelativeToPublication) {
  auto facts = FactsOf(
      "The council met on Tuesday. Its chair spoke last Thursday and again yesterday. "
      "The plan was drafted six years ago and revised in September; a vote is due next month.",
      "2024-01-24");
  EXPECT_EQ(Value(facts, "date", "Tuesday"), "2024-01-23");
  EXPECT_EQ(Value(facts, "date", "last Thursday"), "2024-01-18");
  EXPECT_EQ(Value(facts, "date", "yesterday"), "2024-01-23");
  EXPECT_EQ(Value(facts, "date", "six years ago"), "2018-01-24");
  EXPECT_EQ(Value(facts, "date", "September"), "2023-09");
  EXPECT_EQ(Value(facts, "date", "next month"), "2024-02");
}

TEST(DatesTest, AbsoluteFormsAndDurations) {
  auto facts = FactsOf(
      "The treaty of 27 August 1950 was signed again on Jan. 16, 2024 and logged at "
      "2025-04-10 04:33:59. Talks lasted three weeks in 2011.",
      "2024-01-24");
  EXPECT_EQ(Value(facts, "date", "27 August 1950"), "1950-08-27");
  EXPECT_EQ(Value(facts, "date", "Jan. 16, 2024"), "2024-01-16");
  EXPECT_EQ(Value(facts, "date", "2025-04-10 04:33:59"), "2025-04-10T04:33:59");
  EXPECT_EQ(Value(facts, "date", "three weeks"), "P3W");
  EXPECT_EQ(Value(facts, "date", "2011"), "2011");
}

TEST(DatesTest, ReferenceInferredWhenPublishedIsMissing) {
  auto facts = FactsOf("On March 3, 2021, the ferry sank. Divers had warned about it on Monday.");
  EXPECT_EQ(Value(facts, "date", "March 3, 2021"), "2021-03-03");
  EXPECT_EQ(Value(facts, "date", "Monday"), "2021-03-01");
  // Which reference was used is said in `counts`.
  const Fact* monday = FindFact(facts, "date", "Monday");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->counts, "relative to 2021-03-03 (inferred reference)");
  const Fact* anchor = FindFact(facts, "date", "March 3, 2021");
  ASSERT_NE(anchor, nullptr);
  EXPECT_NE(anchor->counts.find("reference date"), std::string::npos);
}

TEST(DatesTest, RelativeDatesNeedAReference) {
  auto facts = FactsOf("The ferry sank on Monday.");
  EXPECT_EQ(FindFact(facts, "date", "Monday"), nullptr);
}

TEST(DatesTest, ContradictedPageDateIsNoReference) {
  Document doc;
  doc.id = "t";
  doc.published = "2031-06-12T08:00:00";  // a scrape stamp, flagged by extraction
  doc.flags.push_back(Flag{"date-contradiction", "page dated 2031 but the text is from 2027"});
  doc.text = "The ferry sank on Monday.";
  EXPECT_EQ(FindFact(ExtractFacts(doc), "date", "Monday"), nullptr);  // not a Monday of 2031
  doc.text = "On March 3, 2027, the ferry sank. Divers had warned about it on Monday.";
  const std::vector<Fact> facts = ExtractFacts(doc);
  EXPECT_EQ(Value(facts, "date", "Monday"), "2027-03-01");
  const Fact* monday = FindFact(facts, "date", "Monday");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->counts, "relative to 2027-03-03 (inferred reference)");
}

TEST(EntitiesTest, UnresolvedWeekdaysAndMonthsAreNotNames) {
  auto facts = FactsOf(
      "Tuesday brought calm to the fictional harbour of Orrin. September will be busier, "
      "harbour master Ilse Marrow said on Thursday.");
  for (const Fact& f : facts) {
    if (f.kind == "person" || f.kind == "organization" || f.kind == "location") {
      EXPECT_NE(f.text, "Tuesday");
      EXPECT_NE(f.text, "September");
      EXPECT_NE(f.text, "Thursday");
    }
  }
}

TEST(NumbersTest, QuantitiesWithWhatTheyCount) {
  auto facts = FactsOf("Police said about 1,500 protesters were later arrested in the square.");
  const Fact* f = FindFact(facts, "quantity", "1,500");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, "1500");
  EXPECT_TRUE(f->approximate);
  EXPECT_EQ(f->counts, "protesters arrested");
}

TEST(NumbersTest, WordsMoneyPercentAndUnits) {
  auto facts = FactsOf(
      "A dozen boats carried tens of thousands of tonnes of grain worth $5 million, "
      "12.5 percent more than the 302 sacks moved 20 km away. Three hundred and two "
      "volunteers helped.");
  EXPECT_EQ(Value(facts, "quantity", "A dozen"), "12");
  const Fact* tens = FindFact(facts, "quantity", "tens of thousands of tonnes");
  ASSERT_NE(tens, nullptr);
  EXPECT_EQ(tens->value, "10000/100000");
  EXPECT_EQ(tens->counts, "Ton");
  EXPECT_TRUE(tens->approximate);
  const Fact* money = FindFact(facts, "money", "$5 million");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->value, "5000000");
  EXPECT_EQ(money->counts, "USD");
  const Fact* pct = FindFact(facts, "quantity", "12.5 percent");
  ASSERT_NE(pct, nullptr);
  EXPECT_EQ(pct->counts, "percent");
  const Fact* km = FindFact(facts, "quantity", "20 km");
  ASSERT_NE(km, nullptr);
  EXPECT_EQ(km->counts, "Kilometer");
  EXPECT_EQ(Value(facts, "quantity", "Three hundred and two"), "302");
}

TEST(EntitiesTest, SurnamesAndAliasesMerge) {
  auto facts = FactsOf(
      "Mayor Elena Varga of Brookhaven met officials from the U.N. and the United Nations "
      "on Friday. Varga later flew to Geneva.");
  const Fact* full = FindFact(facts, "person", "Elena Varga");
  const Fact* surname = FindFact(facts, "person", "Varga");
  ASSERT_NE(full, nullptr);
  ASSERT_NE(surname, nullptr);
  EXPECT_EQ(surname->value, "Elena Varga");
  EXPECT_EQ(Value(facts, "organization", "U.N."), "United Nations");
  EXPECT_EQ(Value(facts, "organization", "United Nations"), "United Nations");
}

std::string SpeakerOf(const std::vector<Fact>& facts, const std::string& start) {
  for (const Fact& f : facts) {
    if (f.kind == "quote" && f.text.rfind(start, 0) == 0) return f.speaker;
  }
  return "<no quote>";
}

TEST(QuotesTest, SpeakersBeforeAfterAndByPronoun) {
  auto facts = FactsOf(
      "Harbour master Tomas Lindqvist said the pier was \"unsafe for months.\"\n\n"
      "\u201cWe warned everyone,\u201d Lindqvist told reporters. She disagreed.\n\n"
      "Engineer Mara Okafor, who inspected it, spoke next. She said: \u201cThe steel is "
      "sound.\u201d");
  EXPECT_EQ(SpeakerOf(facts, "unsafe for months."), "Tomas Lindqvist");
  EXPECT_EQ(SpeakerOf(facts, "We warned everyone,"), "Tomas Lindqvist");
  EXPECT_EQ(SpeakerOf(facts, "The steel is sound."), "Mara Okafor");
}

TEST(QuotesTest, TitlesAndEmployersBeforeTheSpeaker) {
  auto facts = FactsOf(
      "\"The dam holds,\" said Lt. Col. Rick Varnell. \"We act now,\" Harbour Authority "
      "deputy director Lena Moss said. \"It was close,\" said a retired engineer.");
  EXPECT_EQ(SpeakerOf(facts, "The dam holds,"), "Rick Varnell");
  EXPECT_EQ(SpeakerOf(facts, "We act now,"), "Lena Moss");
  EXPECT_EQ(SpeakerOf(facts, "It was close,"), "a retired engineer");
}

TEST(QuotesTest, LowerCaseRolesBetweenCueAndSpeaker) {
  auto facts = FactsOf(
      "\"We are back at sea,\" said captain Oskar Lindgren. \"Nobody was hurt,\" said harbour "
      "police chief Anna Berglund.");
  EXPECT_EQ(SpeakerOf(facts, "We are back at sea,"), "Oskar Lindgren");
  EXPECT_EQ(SpeakerOf(facts, "Nobody was hurt,"), "Anna Berglund");
}

TEST(EntitiesTest, InitialsBelongToTheName) {
  auto facts = FactsOf("Governor Harold T. Wickham opened the bridge.");
  EXPECT_EQ(Value(facts, "person", "Harold T. Wickham"), "Harold T. Wickham");
}

TEST(QuotesTest, MultiParagraphQuoteAndContinuation) {
  auto facts = FactsOf(
      "\u201cThe river rose overnight,\u201d said Ivo Brandt, the town\u2019s mayor.\n\n"
      "\u201cWe moved the school first.\n\n"
      "\u201cThen the clinic,\u201d he added.");
  const Fact* multi = nullptr;
  for (const Fact& f : facts) {
    if (f.kind == "quote" && f.text.rfind("We moved", 0) == 0) multi = &f;
  }
  ASSERT_NE(multi, nullptr);
  EXPECT_NE(multi->text.find("Then the clinic"), std::string::npos);
  EXPECT_EQ(multi->speaker, "Ivo Brandt");
  EXPECT_EQ(SpeakerOf(facts, "The river rose overnight"), "Ivo Brandt");
}

TEST(QuotesTest, IndirectAttribution) {
  auto facts = FactsOf(
      "According to Nadia Petrov, the bridge will reopen. Petrov said that "
      "repairs cost less than planned.");
  int found = 0;
  for (const Fact& f : facts) {
    if (f.kind == "attribution") {
      EXPECT_EQ(f.speaker, "Nadia Petrov");
      ++found;
    }
  }
  EXPECT_EQ(found, 2);
}

TEST(RobustnessTest, OffsetsMatchTextOnHostileInput) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"\"",  "\u201c", "\u201d", " ",    "\n\n",  "1",      ",",
                                "000", ".",      "Kim",    "said", "last",  "Monday", "$",
                                "%",   "-",      "\xff",   "\xe2", "about", "of",     "January",
                                "31",  "2024",   "'s",     "he"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    int len = static_cast<int>(rng() % 400);
    for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
    for (const Fact& f : FactsOf(text, round % 2 ? "2024-02-29" : "")) {
      ASSERT_LE(f.begin, f.end);
      ASSERT_LE(f.end, text.size());
      ASSERT_EQ(text.substr(f.begin, f.end - f.begin), f.text) << f.kind;
    }
  }
}

TEST(RobustnessTest, LongUnbrokenInputIsBounded) {
  std::string text;
  for (int k = 0; k < 100000; ++k) text += "\u201cA 12 Bb-";
  auto facts = FactsOf(text, "2024-01-01");
  EXPECT_FALSE(facts.empty());
}

}  // namespace
}  // namespace stemma

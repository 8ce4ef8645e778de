// Quotes in single marks (single_quotes.cc): British and tabloid style, with apostrophes that
// must not become quotes. Fictional text written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "facts/facts_internal.h"
#include "facts/quote_test_util.h"
#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Quotes(const std::string& text) {
  return QuoteFactsOf(text, "single-quotes-test");
}

std::vector<std::string> Texts(const std::vector<Fact>& quotes) {
  std::vector<std::string> out;
  for (const Fact& f : quotes) out.push_back(f.text);
  return out;
}

// Number of tokens MarkSingleQuotes made quote marks.
size_t SingleMarks(const std::string& text) {
  facts::TokenizedText tt;
  facts::Tokenize(text, &tt);
  size_t marks = 0;
  for (const facts::Token& t : tt.tokens) marks += t.single_mark != 0;
  return marks;
}

TEST(SingleQuotesTest, CurlyMarksWithTheCueBefore) {
  auto q = Quotes(
      "Harold Vane visited the harbour on Monday.\n\n"
      "Mr Vane told reporters: \u2018We will rebuild the pier by spring. Nobody should doubt "
      "that.\u2019\n\nWork starts next week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We will rebuild the pier by spring. Nobody should doubt that.");
  EXPECT_EQ(q[0].speaker, "Harold Vane");
}

TEST(SingleQuotesTest, StraightMarksWithTheCueAfter) {
  auto q = Quotes(
      "The ferry to Brindle Island was cancelled again.\n\n"
      "'The tide tables were simply wrong,' said Marta Oakhurst, the harbour master.\n\n"
      "'We will refund every ticket.'");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The tide tables were simply wrong,");
  EXPECT_EQ(q[0].speaker, "Marta Oakhurst");
  EXPECT_EQ(q[1].text, "We will refund every ticket.");
  EXPECT_EQ(q[1].speaker, "Marta Oakhurst");  // the next paragraph goes on
}

TEST(SingleQuotesTest, QuoteOverTwoParagraphsIsOne) {
  auto q = Quotes(
      "Speaking from his home in Dunmere, Paul Rendle claimed: 'He even had a row with the "
      "mayor.\n\n'They argued in the corridor for an hour,' he said.\n\nThe council declined "
      "to comment.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text,
            "He even had a row with the mayor.\n\n'They argued in the corridor for an hour,");
  EXPECT_EQ(q[0].speaker, "Paul Rendle");
}

TEST(SingleQuotesTest, ApostrophesAreNotQuotes) {
  const std::string text =
      "Ben O'Brien's band don't play rock 'n' roll any more, it\u2019s said.\n\n"
      "Back in the '90s they met at six o'clock in Jones' car, the Smiths' van or the "
      "drivers\u2019 caf\u00e9, and sang till 'em neighbours complained.\n\n"
      "The class of '05 still talks about the fans' chants.";
  EXPECT_TRUE(Quotes(text).empty());
  EXPECT_EQ(SingleMarks(text), 0u);
}

TEST(SingleQuotesTest, ApostrophesInsideAQuoteDoNotEndIt) {
  auto q = Quotes(
      "Coach Ada Morrow was blunt.\n\n"
      "'The players' wives weren't told, and it's Jones' fault,' said Ada Morrow.\n\n"
      "'Rock 'n' roll was never the problem.'");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The players' wives weren't told, and it's Jones' fault,");
  EXPECT_EQ(q[0].speaker, "Ada Morrow");
  EXPECT_EQ(q[1].text, "Rock 'n' roll was never the problem.");
}

TEST(SingleQuotesTest, ScareQuotesAndNumbers) {
  auto q = Quotes(
      "The minister called the plan 'fragile' but 'workable'.\n\n"
      "A witness said he heard '12 or 15 bangs in ten seconds,' before the lights went out.");
  EXPECT_EQ(Texts(q),
            (std::vector<std::string>{"fragile", "workable", "12 or 15 bangs in ten seconds,"}));
}

TEST(SingleQuotesTest, NestedQuotesKeepTheOuterQuoteWhole) {
  auto q = Quotes(
      "Lena Brask recalled the evening.\n\n"
      "'I said 'please let me out' and nobody moved,' Lena Brask said.\n\n"
      "'He shouted \"stop\" at me twice,' she added.");
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(q[0].text, "I said 'please let me out' and nobody moved,");
  EXPECT_EQ(q[0].speaker, "Lena Brask");
  EXPECT_EQ(q[1].text, "He shouted \"stop\" at me twice,");
  EXPECT_EQ(q[1].speaker, "Lena Brask");
}

TEST(SingleQuotesTest, DoubleMarkDocumentsIgnoreSingleMarks) {
  // Two double-mark quotes: single marks stay apostrophes or nested quotes, as before.
  const std::string text =
      "\"We won't sell the mill,\" said Ada Morrow. \"Not in the '90s, not now.\"\n\n"
      "Her rival called it 'a fantasy' and 'a mistake'.";
  EXPECT_EQ(SingleMarks(text), 0u);
  auto q = Quotes(text);
  EXPECT_EQ(Texts(q),
            (std::vector<std::string>{"We won't sell the mill,", "Not in the '90s, not now."}));
}

TEST(SingleQuotesTest, OneDoubleQuoteAmongSingleQuotes) {
  // A tabloid page with one quote in double marks and the rest in single marks.
  auto q = Quotes(
      "Fans called the show \"a triumph\".\n\n"
      "'It was the best night of my life,' said Ivo Grant.\n\n"
      "'I will never forget it,' he added.");
  EXPECT_EQ(Texts(q), (std::vector<std::string>{"a triumph", "It was the best night of my life,",
                                                "I will never forget it,"}));
}

TEST(SingleQuotesTest, DoubledCurlyMarksActAsDoubleMarks) {
  // Some wire copy writes ‘‘ ... ’’ for double marks; the apostrophes stay apostrophes.
  auto q = Quotes(
      "\u2018\u2018The opinion\u2019s just been published,\u2019\u2019 said Joan Pell, a "
      "spokeswoman for the Marrow County court.\n\nThe judges\u2019 ruling takes effect "
      "today.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The opinion\u2019s just been published,");
  EXPECT_EQ(q[0].speaker, "Joan Pell");
}

TEST(SingleQuotesTest, HostileInputIsBounded) {
  std::vector<std::string> inputs = {
      std::string(10000, '\''),
      "'",
      "a'",
      "'a",
      "x: '",
      "'\n\n'\n\n'",
      "Ends with a mark: 'Quoted",
      "Unbalanced 'one 'two 'three four' five' six'",
  };
  std::string mixed;
  for (int i = 0; i < 20000; ++i) mixed += (i % 3 == 0) ? "'a " : (i % 3 == 1) ? "b' " : "\n\n";
  inputs.push_back(mixed);
  std::string curly;
  for (int i = 0; i < 20000; ++i) curly += "\u2018A\u2019 ";
  inputs.push_back(curly);
  for (const std::string& text : inputs) {
    auto q = Quotes(text);
    EXPECT_LE(q.size(), text.size());
    for (const Fact& f : q) {
      EXPECT_LE(f.begin, f.end);
      EXPECT_LE(f.end, text.size());
    }
  }
}

}  // namespace
}  // namespace stemma

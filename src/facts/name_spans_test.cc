// Cleaning of over-extended name spans (name_spans.cc), on fictional text: the spans are
// built by hand as the tagger sometimes over-extends them.
#include "facts/name_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/mention_test_util.h"
#include "stemma/facts.h"

namespace stemma::facts {
namespace {

// Canonical names after cleaning the given mentions (dropped ones are missing).
std::vector<std::string> Clean(const TokenizedText& tt, std::vector<Mention> mentions) {
  CleanNameSpans(tt, &mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) out.push_back(m.canonical);
  return out;
}

using Names = std::vector<std::string>;

TEST(NameSpansTest, HeadlineWordsDoNotJoinAName) {
  TokenizedText tt;
  Tokenize(
      "Orla Brennick Ends His Run For The Harbour Seat\n\n"
      "The councillor said on Monday that the campaign ends this week.",
      &tt);
  std::vector<uint8_t> title = TitleCaseLines(tt);
  EXPECT_EQ(title[0], 1);
  EXPECT_EQ(title.back(), 0);
  EXPECT_EQ(Clean(tt, {Over(tt, "Orla Brennick Ends His", 'P')}), Names{"Orla Brennick"});
}

TEST(NameSpansTest, HeadlineOfCommonWordsIsNoName) {
  TokenizedText tt;
  Tokenize("Story Continued Below\n\nA quiet week in Dunmere.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Story Continued Below", 'P')}), Names{});
}

TEST(NameSpansTest, NameConfirmedInTheBodyIsKeptOnAHeadline) {
  TokenizedText tt;
  Tokenize(
      "Why Mira Strong Wants The Job\n\n"
      "Mira Strong, a teacher from Dunmere, entered the race on Monday.",
      &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Mira Strong", 'P')}), Names{"Mira Strong"});
}

TEST(NameSpansTest, WordsInCapitalsAreCheckedLikeHeadlines) {
  TokenizedText tt;
  Tokenize("(Video) HARBOUR CHIEF ORLA BRENNICK SAYING: \"We sail at noon.\"", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "ORLA BRENNICK SAYING", 'P')}), Names{"ORLA BRENNICK"});
}

TEST(NameSpansTest, SentencesWithManyNamesAreNoHeadlines) {
  TokenizedText tt;
  Tokenize(
      "The Harbour Board \"certainly\" erred, Dunmere Councillor Mira Strong said on "
      "Brennick FM's \"The Morning Hour.\"",
      &tt);
  std::vector<uint8_t> title = TitleCaseLines(tt);
  EXPECT_EQ(title[0], 0);
}

TEST(NameSpansTest, LowerCaseWordsEndAPersonsName) {
  TokenizedText tt;
  Tokenize(
      "Orla Brennick wasn\xE2\x80\x99t there. Tomas Vell of Dunmere spoke, and Anka Ruud "
      "knew Pieter Osk. Karel de Wit and Adel al-Fassi came too.",
      &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Orla Brennick wasn", 'P'), Over(tt, "Tomas Vell of Dunmere", 'P'),
                       Over(tt, "Anka Ruud knew Pieter Osk", 'P'), Over(tt, "Karel de Wit", 'P'),
                       Over(tt, "Adel al-Fassi", 'P')}),
            (Names{"Orla Brennick", "Tomas Vell", "Anka Ruud", "Karel De Wit", "Adel Al Fassi"}));
}

TEST(NameSpansTest, OrganisationsKeepConnectorsButNotOtherLowerCaseWords) {
  TokenizedText tt;
  Tokenize("The Dunmere Board of Harbours and Ferries met; the Velt Party leaders left.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Dunmere Board of Harbours and Ferries", 'O'),
                       Over(tt, "Velt Party leaders", 'O')}),
            (Names{"Dunmere Board of Harbours and Ferries", "Velt Party"}));
}

TEST(NameSpansTest, CapitalisedPronounsAndAuxiliariesEndAPersonsName) {
  TokenizedText tt;
  Tokenize("Readers saw Orla Brennick Would Not Resign on a poster.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Orla Brennick Would", 'P')}), Names{"Orla Brennick"});
}

TEST(NameSpansTest, InnerTitleAndItsOfPhraseAreDropped) {
  TokenizedText tt;
  Tokenize("Dunmere Secretary of State Orla Brennick signed it.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Dunmere Secretary of State Orla Brennick", 'P')}),
            Names{"Orla Brennick"});
}

TEST(NameSpansTest, RepeatedNamesAreCut) {
  TokenizedText tt;
  Tokenize(
      "Photo: Orla Brennick Orla Brennick at the pier. Speaker Tomas Vell Tomas spoke. "
      "Dunmere Ferries Dunmere Ferries sails.",
      &tt);
  EXPECT_EQ(
      Clean(tt, {Over(tt, "Orla Brennick Orla Brennick", 'P'), Over(tt, "Tomas Vell Tomas", 'P'),
                 Over(tt, "Dunmere Ferries Dunmere Ferries", 'O')}),
      (Names{"Orla Brennick", "Tomas Vell", "Dunmere Ferries"}));
}

TEST(NameSpansTest, AnInitialIsNoArticleOnATitleCaseLine) {
  // A list of names reads as a headline; the initial "A" of "Orla A. Brennick" stays.
  TokenizedText tt;
  Tokenize(
      "Colonel Orla A. Brennick , 3 August 1987 ; Major Tomas Vell , 9 May 1990 .\n\n"
      "The list ends here.",
      &tt);
  ASSERT_EQ(TitleCaseLines(tt)[0], 1);
  EXPECT_EQ(Clean(tt, {Over(tt, "Orla A. Brennick", 'P')}), Names{"Orla A. Brennick"});
}

TEST(NameSpansTest, GoodNamesAndPlacesAreUntouched) {
  TokenizedText tt;
  Tokenize("Mira Anka Strong met Tomas J. Vell in Port Dunmere.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Mira Anka Strong", 'P'), Over(tt, "Tomas J. Vell", 'P'),
                       Over(tt, "Port Dunmere", 'L')}),
            (Names{"Mira Anka Strong", "Tomas J. Vell", "Port Dunmere"}));
}

TEST(NameSpansTest, TheLastLetterOfADottedAcronymIsNoName) {
  // "A.D.L." is tokenised "A.D." + "L": a tagger reading "L" as a person is wrong.
  TokenizedText tt;
  Tokenize("The A.D.L. and L. Marr met in Ost.", &tt);
  size_t l = 0;
  while (tt.Lower(l) != "l") ++l;
  Mention glued;
  glued.first = l;
  glued.last = l + 1;
  glued.type = 'P';
  EXPECT_EQ(Clean(tt, {glued, Over(tt, "L. Marr", 'P')}), (Names{"L. Marr"}));
}

TEST(NameSpansTest, InitialsBeforeAPersonJoinTheName) {
  // The tagger often starts a name at the surname: "W.J." (one token), "T. S." (two pairs).
  TokenizedText tt;
  Tokenize("Tide's W.J. Hennigan met T. S. Orrin and the U.S. Vell team in Ost.", &tt);
  EXPECT_EQ(Clean(tt, {Over(tt, "Hennigan", 'P'), Over(tt, "Orrin", 'P'), Over(tt, "Vell", 'P'),
                       Over(tt, "Ost", 'L')}),
            (Names{"W.J. Hennigan", "T. S. Orrin", "Vell", "Ost"}));
  // A mention starting inside the run ("J. Hennigan") takes the whole run.
  EXPECT_EQ(Clean(tt, {Over(tt, "J. Hennigan", 'P')}), Names{"W.J. Hennigan"});
}

TEST(NameSpansTest, InitialsAfterAPossessiveStartAPerson) {
  TokenizedText tt;
  Tokenize(
      "Oren Falk disputed what Tide\xE2\x80\x99s W.J. Hennigan and Lurie Children's Hospital said.",
      &tt);
  std::vector<Mention> ms = {Over(tt, "Oren Falk", 'P'),
                             Over(tt, "Tide\xE2\x80\x99s W.J. Hennigan", 'O'),
                             Over(tt, "Lurie Children's Hospital", 'O')};
  CleanNameSpans(tt, &ms);
  std::vector<std::string> typed;
  for (const Mention& m : ms) typed.push_back(std::string(1, m.type) + ":" + m.canonical);
  EXPECT_EQ(typed,
            (Names{"P:Oren Falk", "O:Tide", "P:W.J. Hennigan", "O:Lurie Children's Hospital"}));
}

TEST(NameSpansTest, InitialsAlreadyInAnotherMentionStayThere) {
  TokenizedText tt;
  Tokenize("The firm K.B. Orrin said so.", &tt);
  Mention firm = Over(tt, "K.B.", 'O');
  Names names = Clean(tt, {firm, Over(tt, "Orrin", 'P')});
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[1], "Orrin");
}

TEST(NameSpansTest, FindEntitiesDropsHeadlineWordsEndToEnd) {
  Document doc;
  doc.id = "fictional";
  doc.text =
      "Harbour Chief Orla Brennick Ends His Long Run\n\n"
      "Orla Brennick, who ran the Dunmere harbour for 20 years, said on Monday that she would "
      "retire. \"It is time,\" Brennick said.";
  std::vector<Fact> facts = ExtractFacts(doc);
  bool found = false;
  for (const Fact& f : facts) {
    if (f.kind == "person") {
      EXPECT_EQ(f.value.find("Ends"), std::string::npos) << f.value;
      EXPECT_EQ(f.value.find("His"), std::string::npos) << f.value;
      found = found || f.value == "Orla Brennick";
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace stemma::facts

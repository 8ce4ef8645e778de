// News-gold mentions (code points) -> tagger labels, on invented text.
#include "facts/news_gold.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace stemma::facts {
namespace {

// Tokens and their labels, "word/tag" with tag O, B-PER ... or ? (unknown), * (O or MISC).
std::string Labelled(const std::string& text, const std::vector<GoldMention>& gold,
                     OutsideLabel outside) {
  TokenizedText tt;
  Tokenize(text, &tt);
  std::vector<uint8_t> tags = LabelNewsTokens(tt, gold, outside);
  std::string out;
  for (size_t i = 0; i < tags.size(); ++i) {
    out += (i ? " " : "") + std::string(tt.Text(i)) + "/";
    out += tags[i] == kUnknownTag ? "?" : tags[i] == kOutsideOrMisc ? "*" : kTagNames[tags[i]];
  }
  return out;
}

TEST(NewsGoldTest, CodePointOffsetsBecomeTokenTags) {
  // "é" and "—" are several bytes: offsets after them must still land on the right tokens.
  const std::string text = "Zé Quarbin — of the Velmor Guild — met Ostrava Pell.";
  EXPECT_EQ(Labelled(text, {{0, 10, 1}, {20, 32, 3}, {39, 51, 1}}, OutsideLabel::kOutside),
            "Zé/B-PER Quarbin/I-PER —/O of/O the/O Velmor/B-ORG Guild/I-ORG —/O met/O "
            "Ostrava/B-PER Pell/I-PER ./O");
}

TEST(NewsGoldTest, PartTokensAndLeadingTheAreUnknown) {
  // "Brindlecorp" inside the glued "Brindlecorp-owned"; "The" before an organisation.
  const std::string text = "The Daily Lumen said Brindlecorp-owned mills closed.";
  EXPECT_EQ(Labelled(text, {{4, 15, 3}, {21, 32, 3}}, OutsideLabel::kOutside),
            "The/? Daily/B-ORG Lumen/I-ORG said/O Brindlecorp-owned/? mills/O closed/O ./O");
  // Before a person "The" stays outside.
  EXPECT_EQ(Labelled("The Tomsk Varo story.", {{4, 14, 1}}, OutsideLabel::kOutside),
            "The/O Tomsk/B-PER Varo/I-PER story/O ./O");
}

TEST(NewsGoldTest, OutsidePolicies) {
  // "Quenian" is a nationality: no mention in the news gold, maybe MISC to the tagger.
  const std::string text = "Later the Quenian envoy met Dorva Linn.";
  const std::vector<GoldMention> gold = {{28, 38, 1}};
  EXPECT_EQ(Labelled(text, gold, OutsideLabel::kUnknownCapital),
            "Later/O the/O Quenian/? envoy/O met/O Dorva/B-PER Linn/I-PER ./O");
  EXPECT_EQ(Labelled(text, gold, OutsideLabel::kOutsideOrMisc),
            "Later/* the/* Quenian/* envoy/* met/* Dorva/B-PER Linn/I-PER ./*");
}

// A tagger taught that "Quenian" is MISC keeps that under kOutsideOrMisc labels (the news gold
// cannot say MISC), while plain O labels train it away.
TEST(NewsGoldTest, OutsideOrMiscKeepsMiscPredictions) {
  const std::vector<std::string_view> words = {"The", "Quenian", "envoy", "arrived", "."};
  auto trained = [&](uint8_t outside_label) {
    NerTagger tagger;
    tagger.set_clusters(nullptr);
    for (int k = 0; k < 5; ++k) tagger.TrainSentence(words, {0, 7, 0, 0, 0});
    std::vector<uint8_t> news(words.size(), outside_label);
    for (int k = 0; k < 20; ++k) tagger.TrainSentence(words, news);
    tagger.Average();
    std::vector<uint8_t> tags;
    tagger.Tag(words, &tags);
    return static_cast<int>(tags[1]);
  };
  EXPECT_EQ(trained(kOutsideOrMisc), 7);  // B-MISC
  EXPECT_EQ(trained(0), 0);
}

}  // namespace
}  // namespace stemma::facts

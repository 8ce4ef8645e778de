// The five seed articles (read from the shared folder at test time) against EXPECTED.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "stemma/extract.h"

namespace stemma {
namespace {

Document ExtractSeed(const std::string& prefix) {
  std::string dir = std::string(STEMMA_SHARED_DIR) + "/seeds/";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix + "_", 0) == 0 && e.path().extension() == ".txt") {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      RawDocument raw;
      raw.id = e.path().stem().string();
      raw.format = ContentFormat::kText;
      raw.content = ss.str();
      return Extract(raw);
    }
  }
  ADD_FAILURE() << "seed " << prefix << " not found in " << dir;
  return Document();
}

bool HasFlag(const Document& d, const std::string& kind) {
  return std::any_of(d.flags.begin(), d.flags.end(), [&](const Flag& f) { return f.kind == kind; });
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(Seeds, ReframedReportHasAuthorBoxAndRepeatedLines) {
  Document d = ExtractSeed("000");
  EXPECT_EQ(d.title, "North Korea's Kim Joins Anti-Western Summit with China and Russia");
  EXPECT_EQ(d.byline, "Zanele Mokoena");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.outlet, "");
  EXPECT_TRUE(HasFlag(d, "author-bio-separated"));
  EXPECT_TRUE(HasFlag(d, "repeated-headline"));
  EXPECT_TRUE(HasFlag(d, "topic-mismatch"));
  EXPECT_FALSE(Contains(d.text, "Cape Town"));  // the bio is not body text
  EXPECT_FALSE(Contains(d.text, "Zanele Mokoena"));
  EXPECT_FALSE(Contains(d.text, "armored train arrives"));   // caption repeating the standfirst
  EXPECT_FALSE(Contains(d.text, "Kim Joins Anti-Western"));  // headline not repeated in body
  EXPECT_TRUE(Contains(d.text, "Foreign Minister Choe Son Hui"));
  EXPECT_EQ(d.language, "en");
}

TEST(Seeds, PaddedRewriteIsDatedFromItsFirstSentence) {
  Document d = ExtractSeed("001");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.byline, "");
  EXPECT_EQ(d.published, "2025-09-02");
  EXPECT_EQ(d.outlet, "");
  EXPECT_TRUE(d.flags.empty()) << d.flags[0].kind;
  EXPECT_TRUE(Contains(d.text, "26 world leaders"));
  EXPECT_TRUE(Contains(d.text, "\n\n"));
}

TEST(Seeds, BaseReportHasNoMetadata) {
  Document d = ExtractSeed("002");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.byline, "");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.outlet, "");
  EXPECT_TRUE(d.flags.empty()) << d.flags[0].kind;
  EXPECT_TRUE(Contains(d.text, "Jenny Town"));
  EXPECT_TRUE(Contains(d.text, "38 North"));
}

TEST(Seeds, SpamScrapeLosesInjectedNameAndJunk) {
  Document d = ExtractSeed("003");
  EXPECT_EQ(
      d.title,
      "Live updates: North Korean leader offers his country\u2019s support to Russia amid its "
      "war in Ukraine");
  EXPECT_EQ(d.byline, "");
  EXPECT_EQ(d.published, "2025-04-10T04:33:59");
  EXPECT_EQ(d.outlet, "GrowthInsight");
  EXPECT_TRUE(HasFlag(d, "injected-text"));
  EXPECT_TRUE(HasFlag(d, "date-contradiction"));
  EXPECT_FALSE(Contains(d.text, "Charles Langston"));
  EXPECT_TRUE(Contains(d.text, "updates on the meeting between"));
  for (const char* junk : {"Current:Home", "Ethermac View", "veryGood!", "(9913)", "Related",
                           "Ranking", "Recommendation", "Horoscopes Today", "Shrek", "Date:"}) {
    EXPECT_FALSE(Contains(d.text, junk)) << junk;
  }
  EXPECT_TRUE(Contains(d.text, "The U.S. warned that meeting could lead to a deal"));
  EXPECT_TRUE(Contains(d.text, "Comrade Putin"));
}

TEST(Seeds, RepublishedOpEdKeepsOriginAndDropsFooter) {
  Document d = ExtractSeed("004");
  EXPECT_EQ(d.title, "Geopolitics is moving North Korea's way");
  EXPECT_EQ(d.byline, "M. K. Bhadrakumar");
  EXPECT_EQ(d.published, "2024-01-24");
  EXPECT_EQ(d.outlet, "Global Research");
  EXPECT_EQ(d.republished_from, "Indian Punchline");
  EXPECT_FALSE(HasFlag(d, "date-contradiction"));
  EXPECT_FALSE(HasFlag(d, "injected-text"));
  for (const char* junk : {"](", "[", "Region:", "In-depth Report", "Disclaimer", "fair use",
                           "Become a Member", "Copyright", "Comment on Global Research",
                           "The original source", "publications@globalresearch.ca", "**"}) {
    EXPECT_FALSE(Contains(d.text, junk)) << junk;
  }
  EXPECT_TRUE(Contains(d.text, "The Korean Central News Agency reported on a statement"));
  EXPECT_TRUE(Contains(d.text, "an eastern front is opening"));
}

}  // namespace
}  // namespace stemma

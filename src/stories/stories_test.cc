// Behaviour of BuildStories on small fictional fixtures modelled on the seed situations: a base
// report, a rewrite of it, an independent report of the same event, an older summit and a later
// opinion piece that refers back to it.
#include "stemma/stories.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stories/test_fixtures.h"

namespace stemma {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

using ::stemma::test::Dated;

Document Doc(std::string id, std::string published, std::string text) {
  return Dated(std::move(id), std::move(published), std::move(text));
}

using ::stemma::test::At;

const Story* StoryWith(const StoryAnalysis& a, const std::string& doc) {
  for (const Story& s : a.stories) {
    if (std::find(s.documents.begin(), s.documents.end(), doc) != s.documents.end()) return &s;
  }
  return nullptr;
}

const Claim* ClaimWith(const StoryAnalysis& a, const std::string& kind, const std::string& value) {
  for (const Claim& c : a.claims) {
    if (c.kind == kind && c.value == value) return &c;
  }
  return nullptr;
}

struct Fixture {
  std::vector<Document> docs;
  std::vector<Fact> facts;
  ReuseResult reuse;
};

Fixture SeedLike() {
  Fixture f;
  f.docs.push_back(Doc(
      "base", "",
      "Marshal Orvin Tesk of Valdoria crossed the border by train early on Tuesday, heading to "
      "Quelport for the grand harbour parade. Twenty-six foreign leaders are expected at the "
      "Quelport parade, state radio in Valdoria said.\n\nThe spy agency of neighbouring Estrania "
      "says about 2,000 Valdorian soldiers were killed fighting abroad. Analyst Mira Holt of the "
      "Lantern Institute said Tesk wants to be seen beside the Quelport leadership."));
  f.docs.push_back(Doc(
      "rewrite", "2031-09-02",
      "In a journey that many observers found remarkable, Marshal Orvin Tesk of Valdoria crossed "
      "the border by train on Tuesday on his way to Quelport, where the grand harbour parade will "
      "take place. It is reported that twenty-six foreign leaders are expected at the Quelport "
      "parade.\n\nAccording to the spy agency of Estrania, about 2,000 Valdorian soldiers were "
      "killed fighting abroad. Analyst Mira Holt of the Lantern Institute said Tesk wants to be "
      "seen beside the Quelport leadership. Tesk and Dax Kessov signed a mutual defence treaty in "
      "Valdoria in June 2030, a pact that still shapes the region."));
  f.docs.push_back(Doc(
      "reframed", "",
      "Marshal Orvin Tesk joined the Quelport gathering, which Valdorian state radio called a "
      "summit of the free south. Tesk crossed the border by train on Tuesday with foreign "
      "minister Lia Varn. The Quelport harbour parade will show ships and rockets, and Valdoria "
      "praised its Quelport friends."));
  f.docs.push_back(Doc(
      "summit", "2033-04-10",
      "Live updates: Orvin Tesk meets Dax Kessov at the Ostrov launch site. Tesk offered Kessov "
      "full support as the two leaders toured the Ostrov rocket halls on Wednesday. Kessov said "
      "the Ostrov launch site would help Valdoria build satellites. Observers in Estrania warned "
      "that rockets and shells could move between the two countries after the Ostrov summit."));
  f.docs[3].flags.push_back(Flag{"date-contradiction", "page date is later than the content"});
  f.docs.push_back(Doc(
      "opinion", "2031-01-24",
      "Opinion: the ties between Valdoria and Kessov's republic keep deepening. Since their "
      "meeting in September at the Ostrov launch site, Tesk and Kessov have traded visits, "
      "rockets and praise. Foreign minister Lia Varn was received by Kessov last Thursday. "
      "The Ostrov summit was a turning point, and Estrania should plan for a long partnership."));
  const Document& base = f.docs[0];
  const Document& rewrite = f.docs[1];
  const Document& reframed = f.docs[2];
  const Document& summit = f.docs[3];
  const Document& opinion = f.docs[4];
  f.facts = {
      At(base, "date", "Tuesday", "2031-09-02"),
      At(base, "quantity", "about 2,000 Valdorian soldiers", "2000", "Valdorian soldiers killed",
         true),
      At(base, "person", "Orvin Tesk", "Orvin Tesk"),
      At(rewrite, "date", "Tuesday", "2031-09-02"),
      At(rewrite, "quantity", "about 2,000 Valdorian soldiers", "2000", "Valdorian soldiers killed",
         true),
      At(rewrite, "date", "June 2030", "2030-06"),
      At(rewrite, "person", "Orvin Tesk", "Orvin Tesk"),
      At(reframed, "date", "Tuesday", "2031-09-02"),
      At(reframed, "person", "Orvin Tesk", "Orvin Tesk"),
      At(summit, "date", "Wednesday", "2030-09-13"),
      At(summit, "person", "Orvin Tesk", "Orvin Tesk"),
      At(opinion, "date", "in September", "2030-09"),
      At(opinion, "date", "last Thursday", "2031-01-18"),
  };
  ReuseEdge edge;
  edge.source = "base";
  edge.target = "rewrite";
  edge.relation = "rewrite";
  edge.direction_known = true;
  f.reuse.edges.push_back(edge);
  return f;
}

TEST(BuildStoriesTest, GroupsSameEventAndKeepsLaterOpinionRelatedOnly) {
  const Fixture f = SeedLike();
  const StoryAnalysis a = BuildStories(f.docs, f.reuse, f.facts);
  const Story* trip = StoryWith(a, "base");
  const Story* summit = StoryWith(a, "summit");
  ASSERT_NE(trip, nullptr);
  ASSERT_NE(summit, nullptr);
  EXPECT_THAT(trip->documents, UnorderedElementsAre("base", "rewrite", "reframed"));
  EXPECT_THAT(summit->documents, ElementsAre("summit"));
  EXPECT_THAT(summit->related_documents, ::testing::Contains("opinion"));
  EXPECT_EQ(trip->first_date, "2031-09-02");
  EXPECT_FALSE(trip->title.empty());
  EXPECT_EQ(trip->id.rfind("story-", 0), 0u);
}

TEST(BuildStoriesTest, CopiesCollapseIntoOneIndependentSource) {
  const Fixture f = SeedLike();
  const StoryAnalysis a = BuildStories(f.docs, f.reuse, f.facts);
  const Claim* killed = ClaimWith(a, "quantity", "2000");
  ASSERT_NE(killed, nullptr);
  EXPECT_THAT(killed->documents, UnorderedElementsAre("base", "rewrite"));
  EXPECT_EQ(killed->independent_sources, 1);
  EXPECT_TRUE(killed->single_source);
  EXPECT_THAT(killed->text, ::testing::HasSubstr("2,000"));

  const Claim* crossed = ClaimWith(a, "date", "2031-09-02");
  ASSERT_NE(crossed, nullptr);
  EXPECT_THAT(crossed->documents, UnorderedElementsAre("base", "rewrite", "reframed"));
  EXPECT_EQ(crossed->independent_sources, 2);
  EXPECT_FALSE(crossed->single_source);

  const Claim* treaty = ClaimWith(a, "date", "2030-06");
  ASSERT_NE(treaty, nullptr);
  EXPECT_THAT(treaty->documents, ElementsAre("rewrite"));
  EXPECT_TRUE(treaty->single_source);
  EXPECT_TRUE(treaty->contradicted_by.empty());
}

TEST(BuildStoriesTest, TimelineIsOrderedWithSupport) {
  const Fixture f = SeedLike();
  const StoryAnalysis a = BuildStories(f.docs, f.reuse, f.facts);
  const Story* trip = StoryWith(a, "base");
  ASSERT_NE(trip, nullptr);
  ASSERT_EQ(trip->timeline.size(), 2u);
  EXPECT_EQ(trip->timeline[0].date, "2030-06");
  EXPECT_EQ(trip->timeline[1].date, "2031-09-02");
  EXPECT_THAT(trip->timeline[1].event, ::testing::HasSubstr("crossed the border by train"));
  EXPECT_EQ(trip->timeline[1].documents.size(), 3u);
}

TEST(BuildStoriesTest, WithoutReuseEdgesTheRewriteCountsAsItsOwnSource) {
  Fixture f = SeedLike();
  f.reuse.edges.clear();
  const StoryAnalysis a = BuildStories(f.docs, f.reuse, f.facts);
  const Claim* killed = ClaimWith(a, "quantity", "2000");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->independent_sources, 2);
}

// An undated report anchored on a background date it mentions (a title won decades ago) does
// not stretch its story back to that year, nor date its "Saturday" in that year.
TEST(BuildStoriesTest, BackgroundDateOfAnUndatedMemberIsNotTheStoryStart) {
  const std::string body =
      " The Qorvale Herons beat the Lantry Foxes 31-28 in the Brenmoor Cup final at Oskar Field,"
      " with Ilse Varro kicking the winning goal in the last minute before a record crowd.";
  std::vector<Document> docs = {Doc("a", "2031-05-18", "Herons win Brenmoor Cup." + body),
                                Doc("b", "2031-05-18", "Varro goal wins the Brenmoor Cup." + body),
                                Doc("c", "",
                                    "Brenmoor Cup goes to Qorvale." + body +
                                        " The Herons last won the cup on 30 December 1990."
                                        " They parade on Saturday.")};
  std::vector<Fact> facts = {At(docs[2], "date", "30 December 1990", "1990-12-30")};
  ReuseResult reuse;  // c is a near copy of a: it is in a's story whatever its dates say
  reuse.edges.push_back(ReuseEdge{"a", "c", "near-duplicate", 0.9, true, "dates", {}});
  const StoryAnalysis a = BuildStories(docs, reuse, facts);
  const Story* cup = StoryWith(a, "c");
  ASSERT_NE(cup, nullptr);
  ASSERT_EQ(cup->documents.size(), 3u);
  EXPECT_EQ(cup->first_date, "2031-05-18");
  EXPECT_EQ(cup->last_date, "2031-05-18");
  for (const Claim& c : a.claims) {
    if (c.kind == "date" && c.text.find("Saturday") != std::string::npos) {
      EXPECT_EQ(c.value.substr(0, 4), "2031") << c.value;
    }
  }
}

// A story of undated articles dates itself from what they mention ("since 1976"): their
// weekdays get no date from it.
TEST(BuildStoriesTest, WeekdaysOfAStoryWithNoPublishedMemberStayUndated) {
  const std::string body =
      " The Ostrov tax committee of the Brenmoor assembly demanded six years of returns from"
      " Ilse Varro, the Qorvale governor, on Thursday.";
  std::vector<Document> docs = {
      Doc("a", "", "Committee wants Varro returns." + body),
      Doc("b", "", "Varro returns sought." + body + " Since 1976 every governor has shown them.")};
  std::vector<Fact> facts = {At(docs[1], "date", "Since 1976", "1976-01-01/")};
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"a", "b", "near-duplicate", 0.9, true, "dates", {}});
  const StoryAnalysis a = BuildStories(docs, reuse, facts);
  for (const Claim& c : a.claims) {
    EXPECT_FALSE(c.kind == "date" && c.text.find("Thursday") != std::string::npos) << c.value;
  }
}

TEST(BuildStoriesTest, EmptyAndMalformedInputNeverCrash) {
  EXPECT_TRUE(BuildStories({}, {}, {}).stories.empty());
  std::vector<Document> docs = {Doc("a", "not a date", ""), Doc("a", "", "x"),
                                Doc("b", "9999-99-99", std::string(3, '\xff'))};
  Fact wild;
  wild.document = "a";
  wild.kind = "quantity";
  wild.begin = 1000;
  wild.end = 5;
  wild.value = "nan";
  Fact orphan = wild;
  orphan.document = "nobody";
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"a", "a", "duplicate", 1.0, true, "", {}});
  reuse.edges.push_back(ReuseEdge{"zz", "b", "excerpt", 1.0, true, "", {{0, 9, 0, 9}}});
  const StoryAnalysis a = BuildStories(docs, reuse, {wild, orphan});
  size_t placed = 0;
  for (const Story& s : a.stories) placed += s.documents.size();
  EXPECT_EQ(placed, docs.size());
}

}  // namespace
}  // namespace stemma

// Incremental clustering: later batches join existing stories or open new ones.
#include "stories/story_index.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

using ::stemma::test::Dated;

Document Doc(std::string id, std::string published, std::string text) {
  return Dated(std::move(id), std::move(published), std::move(text));
}

const std::string kQuakeA =
    "A strong earthquake struck the coastal town of Perival in Norland, collapsing the Perival "
    "harbour bridge. Mayor Anka Velde said rescue teams from Norland searched the Perival ruins.";
const std::string kQuakeB =
    "An earthquake hit the mountain village of Dostra in Kelvia, burying the Dostra monastery. "
    "Kelvian governor Ivo Marsh sent rescue teams to the Dostra valley after the earthquake.";

TEST(StoryIndexTest, LaterBatchesJoinOrOpenStories) {
  StoryIndex index;
  index.Add({Doc("a1", "2031-03-02", kQuakeA), Doc("b1", "2032-07-19", kQuakeB),
             Doc("x", "2031-05-01", "Quarterly results of the Tessel bakery chain improved.")},
            {});
  StoryClusterer& c = index.clusterer();
  EXPECT_NE(c.StoryOf(0), c.StoryOf(1));
  index.Add({Doc("a2", "2031-03-03",
                 "Rescue teams in Perival, Norland, kept searching the harbour bridge ruins after "
                 "the earthquake, Mayor Anka Velde said."),
             Doc("c1", "2033-01-01",
                 "Voters in Ostmark elect a new parliament as the Ostmark coalition collapses.")},
            {});
  EXPECT_EQ(index.size(), 5u);
  EXPECT_EQ(c.StoryOf(3), c.StoryOf(0));  // same quake, next day
  EXPECT_NE(c.StoryOf(3), c.StoryOf(1));  // not the other quake
  EXPECT_NE(c.StoryOf(4), c.StoryOf(0));
  EXPECT_NE(c.StoryOf(4), c.StoryOf(1));
}

TEST(StoryIndexTest, SameKindOfEventAtAnotherTimeStaysApart) {
  StoryIndex index;
  // Same town, same kind of event, two years apart: a new story, not the old one.
  index.Add({Doc("old", "2029-03-02", kQuakeA), Doc("new", "2031-03-02", kQuakeA + " Again.")},
            {});
  EXPECT_NE(index.clusterer().StoryOf(0), index.clusterer().StoryOf(1));
}

TEST(StoryIndexTest, CopiesFollowTheirSource) {
  StoryIndex index;
  index.Add({Doc("src", "2031-03-02", kQuakeA), Doc("copy", "2031-03-02", kQuakeB)}, {});
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"src", "copy", "excerpt", 0.5, true, "", {}});
  index.ApplyReuse(reuse);
  EXPECT_EQ(index.clusterer().StoryOf(1), index.clusterer().StoryOf(0));
}

}  // namespace
}  // namespace stemma::stories

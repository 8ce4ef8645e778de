// Topic grouping by event-type wording, on fictional fixtures.
#include "stories/topics.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stemma::stories {
namespace {

Document Doc(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

// Two floods in different (fictional) towns, and a chess event held in the first town.
std::vector<Document> Fixture() {
  return {
      Doc("a1", "The river burst its levee and floodwater reached the market in Brindlemoor. "
                "Residents were evacuated overnight as rainfall continued, said Mayor Ottwell."),
      Doc("a2", "Sandbags lined the streets of Brindlemoor after the levee failed. Floodwater "
                "forced residents to evacuate while rainfall kept the river rising."),
      Doc("b1", "In Qualtenby the swollen river topped a levee and floodwater entered homes. "
                "Hundreds of residents were evacuated as rainfall went on, Governor Pemsark said."),
      Doc("b2", "Volunteers filled sandbags in Qualtenby when floodwater crossed the levee and "
                "the river kept rising under heavy rainfall; residents evacuated."),
      Doc("c1", "The grandmaster won the tournament in Brindlemoor with a quiet pawn opening and "
                "a late checkmate, Mayor Ottwell said at the closing ceremony."),
      Doc("c2", "A sharp opening and a checkmate in the final round gave the grandmaster the "
                "tournament title in Brindlemoor; the pawn endgame decided the board."),
  };
}

TEST(MergeTopicsByKindTest, JoinsSameKindOfEventAndKeepsOtherKindsApart) {
  const std::vector<Document> docs = Fixture();
  const std::vector<std::vector<int>> stories = {{0, 1}, {2, 3}, {4, 5}};
  std::vector<int> topic_of = {0, 1, 2};
  KindOptions options;
  options.threshold = 0.15;
  MergeTopicsByKind(docs, stories, options, &topic_of);
  EXPECT_EQ(topic_of[0], topic_of[1]);  // two floods, no shared names
  EXPECT_NE(topic_of[0], topic_of[2]);  // same town and mayor, another kind of event
}

TEST(MergeTopicsByKindTest, OffByDefaultAndSafeOnEmptyInput) {
  const std::vector<Document> docs = Fixture();
  std::vector<int> topic_of = {0, 1, 2};
  MergeTopicsByKind(docs, {{0, 1}, {2, 3}, {4, 5}}, KindOptions{}, &topic_of);
  EXPECT_EQ(topic_of, (std::vector<int>{0, 1, 2}));
  std::vector<int> none;
  KindOptions on;
  on.threshold = 0.1;
  MergeTopicsByKind({}, {}, on, &none);
  EXPECT_TRUE(none.empty());
  // Out-of-range document indexes are ignored, never read.
  std::vector<int> one = {0, 1};
  MergeTopicsByKind(docs, {{0, 99}, {-1, 2}}, on, &one);
  EXPECT_EQ(one.size(), 2u);
}

}  // namespace
}  // namespace stemma::stories

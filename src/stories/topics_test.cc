// Topic grouping by event-type wording, on fictional fixtures.
#include "stories/topics.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "stories/stories_internal.h"
#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

Document Doc(std::string id, std::string text) {
  return test::Dated(std::move(id), "", std::move(text));
}

std::vector<const Document*> Pointers(const std::vector<Document>& docs) {
  std::vector<const Document*> out;
  for (const Document& d : docs) out.push_back(&d);
  return out;
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
  MergeTopicsByKind(Pointers(docs), stories, options, &topic_of);
  EXPECT_EQ(topic_of[0], topic_of[1]);  // two floods, no shared names
  EXPECT_NE(topic_of[0], topic_of[2]);  // same town and mayor, another kind of event
}

// Two kinds of event in one sport: an injury report and a cup final, each with a long tail
// of league background (the same season statistics) after three lines saying what happened.
std::vector<Document> SportFixture() {
  const std::string background =
      "\nThe club has scored goals in every league fixture this season; the standings list "
      "points and draws.";
  return {
      Doc("i1", "Striker Ralvo Denn tore a knee ligament in training.\nThe injury ends his "
                "year; surgery is planned.\nDoctors expect a long recovery from the knee "
                "injury." + background),
      Doc("i2", "A torn knee ligament sidelines striker Ralvo Denn.\nSurgery follows the "
                "training injury.\nHis recovery will take months." + background),
      Doc("f1", "Wendmark Rovers won the cup final after extra time.\nFans celebrated the "
                "trophy in the square.\nThe winning header came late in extra time." +
                    background),
      Doc("f2", "Rovers lift the cup: a late header in extra time won the final.\nThe trophy "
                "parade drew fans.\nCaptain Ilsa Merrow raised the trophy." + background),
  };
}

TEST(MergeTopicsByKindTest, OpeningLinesOutweighSharedBackground) {
  std::vector<Document> docs = Fixture();  // other kinds, so that league words are not common
  for (Document& d : SportFixture()) docs.push_back(std::move(d));
  std::vector<int> topic_of = {0, 1, 2, 3, 4};
  KindOptions options;
  options.threshold = 0.2;  // the link is ~0.32 when the opening lines count like the rest
  MergeTopicsByKind(Pointers(docs), {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}}, options,
                    &topic_of);
  EXPECT_NE(topic_of[3], topic_of[4]);  // an injury and a final are different kinds of event
  EXPECT_EQ(topic_of[0], topic_of[1]);  // the two floods still join
}

TEST(MergeTopicsByKindTest, OffByDefaultAndSafeOnEmptyInput) {
  const std::vector<Document> docs = Fixture();
  std::vector<int> topic_of = {0, 1, 2};
  MergeTopicsByKind(Pointers(docs), {{0, 1}, {2, 3}, {4, 5}}, KindOptions{}, &topic_of);
  EXPECT_EQ(topic_of, (std::vector<int>{0, 1, 2}));
  std::vector<int> none;
  KindOptions on;
  on.threshold = 0.1;
  MergeTopicsByKind({}, {}, on, &none);
  EXPECT_TRUE(none.empty());
  // Out-of-range document indexes are ignored, never read.
  std::vector<int> one = {0, 1};
  MergeTopicsByKind(Pointers(docs), {{0, 99}, {-1, 2}}, on, &one);
  EXPECT_EQ(one.size(), 2u);
}

// The full pipeline (BuildStories) puts the two floods, a year and a half apart, in two stories
// of one topic, and the chess tournament in a topic of its own; topic ids name a member story.
TEST(AssignTopicsTest, FullBuildGroupsStoriesOfOneKind) {
  std::vector<Document> docs = Fixture();
  const char* dates[] = {"2024-03-01", "2024-03-01", "2025-09-10",
                         "2025-09-11", "2024-06-20", "2024-06-20"};
  for (size_t i = 0; i < docs.size(); ++i) docs[i].published = dates[i];
  // The chess event moves to another town, so no shared names tie it to a flood.
  docs[4].text = "The grandmaster won the tournament in Vellowby with a quiet pawn opening and "
                 "a late checkmate, organiser Dunmere said at the closing ceremony.";
  docs[5].text = "A sharp opening and a checkmate in the final round gave the grandmaster the "
                 "tournament title in Vellowby; the pawn endgame decided the board.";
  const StoryAnalysis analysis = BuildStories(docs, ReuseResult{}, {});
  std::map<std::string, std::string> story_of, topic_of;
  std::set<std::string> story_ids;
  for (const Story& story : analysis.stories) {
    story_ids.insert(story.id);
    for (const std::string& d : story.documents) {
      story_of[d] = story.id;
      topic_of[d] = story.topic;
    }
  }
  EXPECT_EQ(story_of["a1"], story_of["a2"]);
  EXPECT_NE(story_of["a1"], story_of["b1"]);  // two floods: two events
  EXPECT_EQ(topic_of["a1"], topic_of["b1"]);  // of one kind
  EXPECT_NE(topic_of["a1"], topic_of["c1"]);  // the chess event is another kind
  for (const auto& [doc, topic] : topic_of) {
    ASSERT_EQ(topic.rfind("topic-", 0), 0u) << topic;
    EXPECT_TRUE(story_ids.count("story-" + topic.substr(6))) << topic;
  }
}

TEST(AssignTopicsTest, EachStoryItsOwnTopicWhenTurnedOff) {
  std::vector<Document> docs = Fixture();
  StoryOptions options;
  options.topic_threshold = 0;
  const auto detail = BuildStoriesDetailed(docs, ReuseResult{}, {}, options);
  for (const Story& story : detail.analysis.stories) EXPECT_EQ(story.topic, TopicId(story.id));
  EXPECT_EQ(detail.topics.size(), detail.analysis.stories.size());
}

}  // namespace
}  // namespace stemma::stories

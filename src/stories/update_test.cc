// Incremental stories: a saved state plus new documents gives what a user expects (new documents
// join the right stories, untouched stories keep their claims), and a bad state means a rebuild.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "stemma/stories.h"
#include "stories/test_fixtures.h"

namespace stemma {
namespace {

using ::stemma::test::Dated;

Document Doc(std::string id, std::string published, std::string text) {
  return Dated(std::move(id), std::move(published), std::move(text));
}

// Fictional events; each has a distinct place, people and date.
const char* const kQuake =
    "A strong earthquake struck the coastal town of Perival in Norland, collapsing the Perival "
    "harbour bridge. Mayor Anka Velde said rescue teams from Norland searched the Perival ruins.";
const char* const kQuakeFollow =
    "Rescue teams in Perival, Norland, kept searching the harbour bridge ruins after the "
    "earthquake, Mayor Anka Velde said. The Perival harbour stays closed.";
const char* const kElection =
    "Voters in Ostmark elect a new parliament as the Ostmark coalition of Brun Tally collapses. "
    "Brun Tally conceded in the Ostmark capital of Selvik.";
const char* const kBakery =
    "Quarterly results of the Tessel bakery chain improved, Tessel chief Oda Primm said in "
    "Vantor, where the Tessel ovens are made.";

// A store in memory: documents, their facts, and the stories an update wrote.
struct MemoryStore {
  std::vector<Document> documents;
  std::vector<Fact> facts;
  std::map<std::string, Story> stories;
  std::map<std::string, std::vector<Claim>> claims;  // by story
  std::string state;

  StatusOr<StoryUpdate> Update(const StoryUpdatePolicy& policy) {
    auto update = UpdateStories(
        state, documents, {},
        [&](const std::vector<std::string>& ids) {
          std::vector<Fact> out;
          for (const Fact& f : facts) {
            if (std::find(ids.begin(), ids.end(), f.document) != ids.end()) out.push_back(f);
          }
          return StatusOr<std::vector<Fact>>(out);
        },
        [&](const std::vector<std::string>& ids) {
          std::vector<Story> out;
          for (const std::string& id : ids) {
            if (stories.count(id)) out.push_back(stories[id]);
          }
          return StatusOr<std::vector<Story>>(out);
        },
        policy);
    if (!update.ok()) return update;
    if (update->full) stories.clear(), claims.clear();
    for (const std::string& id : update->removed) stories.erase(id), claims.erase(id);
    for (const std::string& id : update->claims_replaced) claims.erase(id);
    for (const Story& s : update->stories) stories[s.id] = s;
    for (const Claim& c : update->claims) claims[c.story].push_back(c);
    state = update->state;
    return update;
  }

  std::string StoryOf(const std::string& doc) const {
    for (const auto& [id, s] : stories) {
      if (std::find(s.documents.begin(), s.documents.end(), doc) != s.documents.end()) return id;
    }
    return "";
  }
};

StoryUpdatePolicy AlwaysIncremental() {
  StoryUpdatePolicy p;
  p.min_indexed = 0;
  p.max_added_fraction = 100;
  return p;
}

TEST(UpdateStoriesTest, NewDocumentsJoinOldStoriesAndOnlyChangedStoriesAreRecomputed) {
  MemoryStore store;
  store.documents = {Doc("quake-1", "2031-03-02", kQuake), Doc("vote-1", "2031-03-02", kElection),
                     Doc("bakery-1", "2031-03-02", kBakery)};
  store.facts = {test::At(store.documents[0], "location", "Perival", "Perival"),
                 test::At(store.documents[0], "date", "Perival harbour bridge", "2031-03-01"),
                 test::At(store.documents[1], "person", "Brun Tally", "Brun Tally")};
  auto first = store.Update(AlwaysIncremental());
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->full);
  EXPECT_EQ(first->total_stories, 3u);
  const std::string quake_story = store.StoryOf("quake-1");
  const std::string vote_story = store.StoryOf("vote-1");
  const std::vector<Claim> vote_claims = store.claims[vote_story];

  store.documents.push_back(Doc("quake-2", "2031-03-03", kQuakeFollow));
  store.facts.push_back(test::At(store.documents.back(), "location", "Perival", "Perival"));
  store.facts.push_back(test::At(store.documents.back(), "date", "harbour bridge", "2031-03-01"));
  auto second = store.Update(AlwaysIncremental());
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_FALSE(second->full);
  EXPECT_EQ(second->added_documents, 1u);
  EXPECT_EQ(store.StoryOf("quake-2"), quake_story);  // joined the old story, same id
  EXPECT_EQ(second->stories_recomputed, 1u);         // only the quake story
  EXPECT_EQ(second->claims_replaced, std::vector<std::string>{quake_story});
  ASSERT_EQ(store.claims[vote_story].size(), vote_claims.size());  // untouched claims stay
  // The quake's date claim now has both documents behind it.
  bool two = false;
  for (const Claim& c : store.claims[quake_story]) {
    two |= c.kind == "date" && c.value == "2031-03-01" && c.documents.size() == 2;
  }
  EXPECT_TRUE(two);

  // Nothing new: nothing recomputed, same stories.
  auto third = store.Update(AlwaysIncremental());
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->added_documents, 0u);
  EXPECT_EQ(third->stories_recomputed, 0u);
  EXPECT_EQ(store.stories.size(), 3u);
}

// A later event with the same people opens a story of its own but joins the earlier story's
// topic; an unrelated one starts a topic of its own.
TEST(UpdateStoriesTest, NewStoriesInheritTheTopicOfTheStoryTheyAreMostLike) {
  MemoryStore store;
  store.documents = {Doc("quake-1", "2031-03-02", kQuake), Doc("vote-1", "2031-03-02", kElection),
                     Doc("bakery-1", "2031-03-02", kBakery)};
  ASSERT_TRUE(store.Update(AlwaysIncremental()).ok());
  const Story vote = store.stories[store.StoryOf("vote-1")];
  ASSERT_FALSE(vote.topic.empty());

  store.documents.push_back(
      Doc("vote-2", "2034-06-10",
          "Ostmark votes again: Brun Tally leads the Ostmark coalition back into parliament, "
          "and Brun Tally celebrated in Selvik, the Ostmark capital."));
  store.documents.push_back(
      Doc("chess-1", "2034-06-10",
          "The grandmaster Ivo Quell won the Harlen chess open with a late checkmate in Dunmere."));
  auto update = store.Update(AlwaysIncremental());
  ASSERT_TRUE(update.ok()) << update.status().message();
  ASSERT_FALSE(update->full);
  const Story& vote2 = store.stories[store.StoryOf("vote-2")];
  EXPECT_NE(vote2.id, vote.id);  // two elections years apart: two stories
  EXPECT_EQ(vote2.topic, vote.topic);
  const Story& chess = store.stories[store.StoryOf("chess-1")];
  EXPECT_EQ(chess.topic, "topic-" + chess.id.substr(6));
  EXPECT_EQ(store.stories[store.StoryOf("bakery-1")].topic,
            "topic-" + store.StoryOf("bakery-1").substr(6));
}

TEST(UpdateStoriesTest, IncrementalEqualsFullBuildOnTheSameDocuments) {
  MemoryStore incremental, full;
  const std::vector<Document> all = {
      Doc("quake-1", "2031-03-02", kQuake), Doc("vote-1", "2031-03-02", kElection),
      Doc("bakery-1", "2031-03-02", kBakery), Doc("quake-2", "2031-03-03", kQuakeFollow)};
  incremental.documents.assign(all.begin(), all.begin() + 3);
  ASSERT_TRUE(incremental.Update(AlwaysIncremental()).ok());
  incremental.documents = all;
  ASSERT_TRUE(incremental.Update(AlwaysIncremental()).ok());
  full.documents = all;
  ASSERT_TRUE(full.Update(AlwaysIncremental()).ok());
  ASSERT_EQ(incremental.stories.size(), full.stories.size());
  for (const Document& d : all) {
    const Story& a = incremental.stories[incremental.StoryOf(d.id)];
    const Story& b = full.stories[full.StoryOf(d.id)];
    EXPECT_EQ(a.documents, b.documents) << d.id;
  }
}

TEST(UpdateStoriesTest, DamagedOrStaleStateMeansAFullBuild) {
  MemoryStore store;
  store.documents = {Doc("quake-1", "2031-03-02", kQuake), Doc("vote-1", "2031-03-02", kElection)};
  ASSERT_TRUE(store.Update(AlwaysIncremental()).ok());
  const std::string good = store.state;
  ASSERT_FALSE(good.empty());
  // Truncated, bit-flipped and foreign states never crash and fall back to a full build.
  for (std::string bad : {good.substr(0, good.size() / 2), std::string("not a state"),
                          std::string(good.size(), '\xff')}) {
    store.state = bad;
    auto update = store.Update(AlwaysIncremental());
    ASSERT_TRUE(update.ok());
    EXPECT_TRUE(update->full);
    EXPECT_EQ(update->total_stories, 2u);
  }
  for (size_t at = 12; at < good.size(); at += good.size() / 40 + 1) {
    store.state = good;
    store.state[at] = static_cast<char>(store.state[at] ^ 0x5a);
    auto update = store.Update(AlwaysIncremental());
    ASSERT_TRUE(update.ok());
    EXPECT_EQ(update->total_stories, 2u);
  }
  // A document the state knows is gone: rebuild without it.
  store.state = good;
  store.documents.pop_back();
  auto update = store.Update(AlwaysIncremental());
  ASSERT_TRUE(update.ok());
  EXPECT_TRUE(update->full);
  EXPECT_EQ(update->total_stories, 1u);
}

TEST(UpdateStoriesTest, DefaultPolicyRebuildsSmallIndexes) {
  MemoryStore store;
  store.documents = {Doc("quake-1", "2031-03-02", kQuake)};
  ASSERT_TRUE(store.Update({}).ok());
  store.documents.push_back(Doc("quake-2", "2031-03-03", kQuakeFollow));
  auto update = store.Update({});
  ASSERT_TRUE(update.ok());
  EXPECT_TRUE(update->full);  // a one-document index is cheaper to rebuild than to trust
  EXPECT_EQ(store.StoryOf("quake-1"), store.StoryOf("quake-2"));
}

}  // namespace
}  // namespace stemma

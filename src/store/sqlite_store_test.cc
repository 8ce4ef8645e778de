#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "stemma/store.h"
#include "stemma/util.h"
#include "store/analysis_rows.h"
#include "store/schema.h"

namespace stemma {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stemma_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "s.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> Open() {
    auto store = OpenSqliteStore(path_);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return std::move(store).value();
  }

  static RawDocument Raw(const std::string& id, const std::string& content) {
    RawDocument raw;
    raw.id = id;
    raw.source = id + ".txt";
    raw.content = content;
    raw.content_hash = ContentHash(content);
    return raw;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, ReingestingTheSameDocumentAddsNothingButCopiesAreKept) {
  auto store = Open();
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(*store->AddRaw(Raw("a", "first text")), AddResult::kAdded);
  EXPECT_EQ(*store->AddRaw(Raw("a", "first text")), AddResult::kUnchanged);
  EXPECT_EQ(*store->AddRaw(Raw("copy", "first text")), AddResult::kAdded);
  EXPECT_EQ(*store->AddRaw(Raw("a", "second text")), AddResult::kUpdated);
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(*store->CountPendingRaw(), 2u);
}

TEST_F(StoreTest, AbortedBatchLeavesStoreAsBefore) {
  {
    auto store = Open();
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(store->AddRaw(Raw("kept", "kept text")).ok());
    ASSERT_TRUE(store->CommitBatch().ok());
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(store->AddRaw(Raw("lost", "lost text")).ok());
    store->AbortBatch();
  }
  auto store = Open();
  EXPECT_EQ(*store->CountPendingRaw(), 1u);
}

TEST_F(StoreTest, UncommittedBatchIsInvisibleAfterCrash) {
  // A child process opens a batch, writes, and dies without committing (as kill -9 would).
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = OpenSqliteStore(path_);
    if (!store.ok() || !(*store)->BeginBatch().ok()) _exit(3);
    (void)(*store)->AddRaw(Raw("ghost", "never committed"));
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0);
  auto store = Open();
  EXPECT_EQ(*store->CountPendingRaw(), 0u);
}

TEST_F(StoreTest, ExtractedDocumentsFactsAndAnalysisRoundTrip) {
  auto store = Open();
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddRaw(Raw("d1", "<p>Harbour fire in Port Esker</p>")).ok());
  Document doc;
  doc.id = "d1";
  doc.title = "Harbour fire";
  doc.text = "A fire broke out in Port Esker harbour on Monday.";
  doc.flags = {{"injected-text", "name \"X\" spliced"}};
  Fact fact{"d1", "location", "Port Esker", 20, 30, "Port Esker", "", "", false};
  Fact headline{"d1", "quantity", "fire", 8, 12, "1", "", "fire", false, /*in_title=*/true};
  ASSERT_TRUE(store->SaveExtracted({doc}, {fact, headline}).ok());
  ReuseResult reuse;
  reuse.edges.push_back({"d1", "d2", "excerpt", 0.5, true, "dates", {{0, 10, 5, 15}}});
  reuse.clusters.push_back({{"d1", "d2"}, "d1"});
  StoryAnalysis stories;
  stories.stories.push_back({"story-1",
                             "Harbour fire",
                             "2026-01-01",
                             "2026-01-02",
                             {"d1"},
                             {},
                             {{"2026-01-01", "fire", {"d1"}}},
                             "topic-1"});
  stories.claims.push_back(
      {"claim-1", "story-1", "number", "40 evacuated", "40", {"d1"}, 1, {}, true});
  StoryUpdate update;
  update.full = true;
  update.stories = stories.stories;
  update.claims = stories.claims;
  ASSERT_TRUE(store->SaveStoryUpdate(reuse, update).ok());
  ASSERT_TRUE(store->CommitBatch().ok());

  EXPECT_EQ(*store->CountPendingRaw(), 0u);
  auto analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok()) << analysis.status().message();
  ASSERT_EQ(analysis->documents.size(), 1u);
  EXPECT_EQ(analysis->documents[0].flags[0].detail, "name \"X\" spliced");
  ASSERT_EQ(analysis->facts.size(), 2u);
  // The headline's fact keeps its mark (its offsets point into the title) and comes first.
  EXPECT_TRUE(analysis->facts[0].in_title);
  EXPECT_EQ(analysis->facts[0].begin, 8u);
  EXPECT_FALSE(analysis->facts[1].in_title);
  EXPECT_EQ(analysis->facts[1].begin, 20u);
  ASSERT_EQ(analysis->reuse.edges.size(), 1u);
  EXPECT_EQ(analysis->reuse.edges[0].passages[0].target_end, 15u);
  EXPECT_EQ(analysis->reuse.clusters[0].original, "d1");
  EXPECT_EQ(analysis->stories.stories[0].timeline[0].documents[0], "d1");
  EXPECT_EQ(analysis->stories.stories[0].topic, "topic-1");
  EXPECT_TRUE(analysis->stories.claims[0].single_source);

  auto hits = store->Search("esker", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, "d1");
}

TEST_F(StoreTest, PagesFollowTheFullLoadOrderAndCountTheWholeList) {
  auto store = Open();
  std::vector<Document> docs;
  for (const char* id : {"m", "b", "z", "a", "k"}) {
    Document d;
    d.id = id;
    d.title = std::string("Fictional ") + id;
    d.text = std::string("Text of ") + id;
    docs.push_back(d);
  }
  StoryUpdate update;
  update.full = true;
  for (const char* id : {"story-10", "story-2", "story-1", "odd"}) {
    Story s;
    s.id = id;
    s.title = id;
    s.documents = {"a", "b"};
    s.timeline = {{"2026-01-01", "x", {"a"}}};
    s.topic = s.id == "story-2" ? "" : "topic-1";
    update.stories.push_back(s);
  }
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveExtracted(docs, {}).ok());
  ASSERT_TRUE(store->SaveStoryUpdate({}, update).ok());
  ASSERT_TRUE(store->CommitBatch().ok());

  auto all = *store->LoadAnalysis();
  auto page = store->LoadDocumentPage(1, 3, /*with_text=*/false);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 5u);
  ASSERT_EQ(page->items.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(page->items[i].id, all.documents[i + 1].id);
    EXPECT_EQ(page->items[i].title, all.documents[i + 1].title);
    EXPECT_TRUE(page->items[i].text.empty());
  }
  EXPECT_EQ(store->LoadDocumentPage(4, 9, true)->items.at(0).text, "Text of z");
  EXPECT_TRUE(store->LoadDocumentPage(5, 9, true)->items.empty());
  EXPECT_TRUE(store->LoadDocumentPage(0, 0, true)->items.empty());
  // An offset or limit beyond int64 must not wrap into SQLite's "negative means none".
  EXPECT_TRUE(store->LoadDocumentPage(UINT64_MAX, 1, true)->items.empty());
  EXPECT_EQ(store->LoadDocumentPage(2, UINT64_MAX, true)->items.size(), 3u);

  auto stories = store->LoadStoryPage(1, 2);
  ASSERT_TRUE(stories.ok());
  EXPECT_EQ(stories->total, 4u);
  ASSERT_EQ(stories->items.size(), 2u);
  EXPECT_EQ(stories->items[0].id, all.stories.stories[1].id);
  EXPECT_EQ(stories->items[1].id, all.stories.stories[2].id);
  EXPECT_EQ(stories->items[1].timeline.size(), 1u);
  auto topical = store->LoadTopicStories();
  ASSERT_TRUE(topical.ok());
  ASSERT_EQ(topical->size(), 3u);  // story-2 has no topic
  EXPECT_EQ((*topical)[2].id, "story-10");
  EXPECT_EQ((*topical)[2].documents.size(), 2u);

  auto texts = store->LoadDocumentTexts({"k", "missing", "k"});
  ASSERT_TRUE(texts.ok());
  EXPECT_EQ(texts->size(), 1u);
  EXPECT_EQ(texts->at("k"), "Text of k");
  EXPECT_FALSE(store->LoadDocument("missing")->has_value());
  EXPECT_EQ(store->LoadDocument("z")->value().text, "Text of z");
  EXPECT_EQ(*store->CountFacts(), 0u);
  EXPECT_EQ(store->LoadClaimPage(0, 10)->total, 0u);
  EXPECT_EQ(store->LoadReusePage(0, 10)->total, 0u);
}

TEST_F(StoreTest, ReextractedDocumentReplacesItsSearchEntry) {
  auto store = Open();
  Document doc;
  doc.id = "d1";
  doc.text = "The lighthouse keeper retired.";
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveExtracted({doc}, {}).ok());
  doc.text = "The ferry captain retired.";
  ASSERT_TRUE(store->SaveExtracted({doc}, {}).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_TRUE(store->Search("lighthouse", 10)->empty());
  ASSERT_EQ(store->Search("ferry", 10)->size(), 1u);
  ASSERT_EQ(store->LoadDocuments()->size(), 1u);
}

TEST_F(StoreTest, CorpusAnalysisIsCurrentUntilNewDocumentsArrive) {
  auto store = Open();
  EXPECT_FALSE(*store->CorpusAnalysisCurrent());
  Document doc;
  doc.id = "d1";
  doc.text = "The tide came in.";
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveExtracted({doc}, {}).ok());
  EXPECT_FALSE(*store->CorpusAnalysisCurrent());
  StoryUpdate nothing;
  nothing.full = true;
  ASSERT_TRUE(store->SaveStoryUpdate({}, nothing).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_TRUE(*store->CorpusAnalysisCurrent());
  doc.id = "d2";
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveExtracted({doc}, {}).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_FALSE(*store->CorpusAnalysisCurrent());
}

TEST_F(StoreTest, BadSearchSyntaxIsAnErrorNotACrash) {
  auto store = Open();
  auto hits = store->Search("\"unbalanced", 10);
  EXPECT_FALSE(hits.ok());
}

TEST_F(StoreTest, NewerSchemaIsRefused) {
  { Open(); }
  {
    auto raw = OpenSqliteStore(path_);
    ASSERT_TRUE(raw.ok());
  }
  // Bump the version behind stemma's back.
  std::string cmd = "sqlite3 '" + path_ + "' 'PRAGMA user_version=99'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto store = OpenSqliteStore(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer than this stemma"), std::string::npos);
}

}  // namespace
}  // namespace stemma

namespace stemma {
namespace {

Story MakeStory(const std::string& id, std::vector<std::string> documents) {
  Story s;
  s.id = id;
  s.title = id + " title";
  s.documents = std::move(documents);
  return s;
}

Claim MakeClaim(const std::string& id, const std::string& story) {
  Claim c;
  c.id = id;
  c.story = story;
  c.kind = "date";
  c.value = "2031-03-01";
  c.documents = {"a"};
  c.independent_sources = 1;
  return c;
}

TEST_F(StoreTest, StoryUpdatesReplaceOnlyWhatChangedAndKeepTheirState) {
  auto store = Open();
  StoryUpdate full;
  full.full = true;
  full.stories = {MakeStory("story-1", {"a"}), MakeStory("story-2", {"b"}),
                  MakeStory("story-3", {"c"})};
  full.claims = {MakeClaim("claim-1-1", "story-1"), MakeClaim("claim-2-1", "story-2"),
                 MakeClaim("claim-3-1", "story-3")};
  full.state = std::string("\0binary\xff state", 14);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveStoryUpdate({}, full).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(*store->LoadStoryState(), full.state);

  // story-2 merged into story-1 (new claims), story-3 only gained a related document.
  StoryUpdate delta;
  delta.removed = {"story-2"};
  delta.stories = {MakeStory("story-1", {"a", "b"}), MakeStory("story-3", {"c"})};
  delta.stories[1].related_documents = {"d"};
  delta.claims_replaced = {"story-1"};
  delta.claims = {MakeClaim("claim-1-1", "story-1"), MakeClaim("claim-1-2", "story-1")};
  delta.state = "second";
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->SaveStoryUpdate({}, delta).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  auto analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis->stories.stories.size(), 2u);
  EXPECT_EQ(analysis->stories.stories[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(analysis->stories.stories[1].related_documents, std::vector<std::string>{"d"});
  std::vector<std::string> claim_ids;
  for (const Claim& c : analysis->stories.claims) claim_ids.push_back(c.id);
  std::sort(claim_ids.begin(), claim_ids.end());
  EXPECT_EQ(claim_ids, (std::vector<std::string>{"claim-1-1", "claim-1-2", "claim-3-1"}));
  auto some = store->LoadStories({"story-3", "story-2"});
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->size(), 1u);
  EXPECT_EQ((*some)[0].id, "story-3");

  // A changed document invalidates the story index; a new one does not.
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddRaw(Raw("new", "a new text")).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(*store->LoadStoryState(), "second");
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddRaw(Raw("new", "the new text, edited")).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(*store->LoadStoryState(), "");
}

}  // namespace
}  // namespace stemma

namespace stemma::sqlite {
namespace {

TEST(StateTest, LargeStatesAreKeptInPartsAndReadBackWhole) {
  auto raw = Database::OpenRaw(":memory:");
  ASSERT_TRUE(raw.ok());
  Database db(*raw);
  ASSERT_TRUE(Migrate(db).ok());
  std::string bytes;
  for (int i = 0; i < 1000; ++i) bytes.push_back(static_cast<char>(i * 7));
  ASSERT_TRUE(SaveState(db, "stories", bytes, 64).ok());  // 16 parts
  EXPECT_EQ(*LoadState(db, "stories"), bytes);
  ASSERT_TRUE(SaveState(db, "stories", "short", 64).ok());  // fewer parts: old ones go
  EXPECT_EQ(*LoadState(db, "stories"), "short");
  ASSERT_TRUE(SaveState(db, "stories-other", "x", 64).ok());  // a name sharing the prefix
  EXPECT_EQ(*LoadState(db, "stories"), "short");
  EXPECT_EQ(*LoadState(db, "missing"), "");
}

}  // namespace
}  // namespace stemma::sqlite

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "stemma/report.h"
#include "stemma/server.h"
#include "stemma/util.h"

namespace stemma {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("stemma_api_test_" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    auto store = OpenSqliteStore(path_.string());
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    RawDocument raw;
    raw.id = "hostile";
    raw.content = "x";
    raw.content_hash = ContentHash(raw.content);
    Document doc;
    doc.id = "hostile";
    doc.title = "<script>alert(1)</script> Quayside";
    doc.text = "The Quayside ferry resumed service on Monday.";
    ASSERT_TRUE(store_->BeginBatch().ok());
    ASSERT_TRUE(store_->AddRaw(raw).ok());
    ASSERT_TRUE(store_->SaveExtracted({doc}, {}).ok());
    ASSERT_TRUE(store_->CommitBatch().ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove(path_);
  }
  nlohmann::json Get(const std::string& path, std::map<std::string, std::string> params = {},
                     int want_status = 200) {
    ApiResponse r = HandleApiRequest(*store_, path, params);
    EXPECT_EQ(r.status, want_status) << r.body;
    return nlohmann::json::parse(r.body);
  }
  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
};

TEST_F(ApiTest, SearchFindsDocumentAndReturnsTitleAsData) {
  auto r = Get("/api/search", {{"q", "ferry"}});
  ASSERT_EQ(r["items"].size(), 1u);
  EXPECT_EQ(r["items"][0]["title"], "<script>alert(1)</script> Quayside");
}

TEST_F(ApiTest, BadRequestsGetClearErrors) {
  EXPECT_EQ(Get("/api/search", {}, 400)["error"], "missing q");
  EXPECT_EQ(Get("/api/documents/nope", {}, 404)["error"], "no document nope");
  EXPECT_EQ(Get("/etc/passwd", {}, 404)["error"], "no such route");
  EXPECT_TRUE(Get("/api/search", {{"q", "\"unbalanced"}}, 400).contains("error"));
}

TEST_F(ApiTest, DocumentsArePagedAndDocumentDetailHasText) {
  auto page = Get("/api/documents", {{"limit", "1"}, {"offset", "5"}});
  EXPECT_EQ(page["total"], 1);
  EXPECT_TRUE(page["items"].empty());
  auto doc = Get("/api/documents/hostile");
  EXPECT_EQ(doc["text"], "The Quayside ferry resumed service on Monday.");
}

TEST_F(ApiTest, TopicsListTheirStories) {
  StoryUpdate update;
  update.full = true;
  Story a, b;
  a.id = "story-1", a.title = "Quayside ferry stops", a.documents = {"hostile"};
  b.id = "story-2", b.title = "Quayside ferry again", b.documents = {"hostile"};
  a.topic = b.topic = "topic-1";
  update.stories = {a, b};
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->SaveStoryUpdate(ReuseResult{}, update).ok());
  ASSERT_TRUE(store_->CommitBatch().ok());
  auto topics = Get("/api/topics");
  ASSERT_EQ(topics["total"], 1);
  EXPECT_EQ(topics["items"][0]["id"], "topic-1");
  EXPECT_EQ(topics["items"][0]["stories"], nlohmann::json({"story-1", "story-2"}));
  EXPECT_EQ(Get("/api/stories")["items"][1]["topic"], "topic-1");
  // Pages hold exactly what report.json holds, one page at a time.
  auto report = nlohmann::json::parse(RenderReportJson(*store_->LoadAnalysis()));
  auto page = Get("/api/stories", {{"limit", "1"}, {"offset", "1"}});
  EXPECT_EQ(page["total"], 2);
  ASSERT_EQ(page["items"].size(), 1u);
  EXPECT_EQ(page["items"][0], report["stories"][1]);
  EXPECT_EQ(Get("/api/topics")["items"], report["topics"]);
}

TEST_F(ApiTest, WebUiNeverInjectsDataAsHtml) {
  ApiResponse r = HandleApiRequest(*store_, "/", {});
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body.find("innerHTML"), std::string::npos);
  EXPECT_NE(r.body.find("textContent"), std::string::npos);
}

}  // namespace
}  // namespace stemma

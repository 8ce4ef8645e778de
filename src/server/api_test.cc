#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "report/json_codec.h"
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

// The handler as it was before paged reads: the whole analysis from LoadAnalysis, then a window.
// Every paged route must answer with exactly these bytes.
std::string WholeAnalysisBody(Store& store, const std::string& path,
                              const std::map<std::string, std::string>& params) {
  using json_codec::Json;
  auto size_param = [&](const std::string& key, size_t fallback, size_t max) {
    auto it = params.find(key);
    if (it == params.end()) return fallback;
    char* end = nullptr;
    unsigned long long v = std::strtoull(it->second.c_str(), &end, 10);
    return end == it->second.c_str() ? fallback : std::min<size_t>(v, max);
  };
  const Analysis a = *store.LoadAnalysis();
  const size_t offset = size_param("offset", 0, SIZE_MAX), limit = size_param("limit", 50, 1000);
  auto page = [&](size_t n, auto to_json) {
    size_t b = std::min(offset, n), e = std::min(n, b + limit);
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) items.push_back(to_json(i));
    return json_codec::Dump(Json{{"total", n}, {"offset", b}, {"items", items}});
  };
  std::map<std::string, const std::string*> text_of;
  for (const Document& d : a.documents) text_of[d.id] = &d.text;
  auto text = [&](const std::string& id) {
    return text_of.count(id) ? *text_of[id] : std::string();
  };
  if (path == "/api/stats") {
    return json_codec::Dump({{"documents", a.documents.size()},
                             {"facts", a.facts.size()},
                             {"reuse_edges", a.reuse.edges.size()},
                             {"stories", a.stories.stories.size()},
                             {"claims", a.stories.claims.size()}});
  }
  if (path == "/api/documents") {
    return page(a.documents.size(),
                [&](size_t i) { return json_codec::DocumentJson(a.documents[i], false); });
  }
  if (path.rfind("/api/documents/", 0) == 0) {
    for (const Document& d : a.documents) {
      if ("/api/documents/" + d.id != path) continue;
      Json out = json_codec::DocumentJson(d);
      out["facts"] = Json::array();
      for (const Fact& f : a.facts) {
        if (f.document == d.id) out["facts"].push_back(json_codec::FactJson(f, d.text));
      }
      return json_codec::Dump(out);
    }
    return "not found";
  }
  if (path == "/api/stories") {
    return page(a.stories.stories.size(),
                [&](size_t i) { return json_codec::StoryJson(a.stories.stories[i]); });
  }
  if (path == "/api/claims") {
    return page(a.stories.claims.size(),
                [&](size_t i) { return json_codec::ClaimJson(a.stories.claims[i]); });
  }
  if (path == "/api/topics") {
    const Json all = json_codec::TopicsJson(a.stories.stories);
    return page(all.size(), [&](size_t i) { return all[i]; });
  }
  return page(a.reuse.edges.size(), [&](size_t i) {
    const ReuseEdge& e = a.reuse.edges[i];
    return json_codec::EdgeJson(e, text(e.source), text(e.target));
  });
}

Document Doc(const std::string& id, const std::string& title, const std::string& text) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.title = title;
  d.text = text;
  d.published = "2031-04-0" + std::to_string(id.size() % 9 + 1);
  d.flags = {{"fictional", "test fixture"}};
  return d;
}

// A small analysed store: documents saved out of id order, facts, reuse edges with passages in
// multi-byte text, stories whose ids sort by number, topics and claims.
void SeedAnalysis(Store& store) {
  std::vector<Document> docs = {
      Doc("tern-3", "Tern Bay regatta", "Crème brûlée stalls lined the Tern Bay regatta."),
      Doc("tern-1", "Regatta at Tern Bay", "Crème brûlée stalls lined the Tern Bay regatta, "
                                           "said the harbour master Ōsaka Vell."),
      Doc("tern-2", "", "The Tern Bay regatta drew 4,000 visitors — a record."),
      Doc("quill-9", "Quill Lane fair", "Quill Lane fair opens on 3 May with 12 stalls."),
      Doc("quill-10", "Quill Lane fair opens", "Quill Lane fair opens on 3 May with 12 stalls."),
  };
  std::vector<Fact> facts;
  for (const Document& d : docs) {
    size_t at = d.text.find("Tern");
    if (at == std::string::npos) at = d.text.find("Quill");
    facts.push_back({d.id, "location", d.text.substr(at, 4), at, at + 4, "place", "", "", false});
    size_t end = d.text.size() - 1;
    facts.push_back({d.id, "number", d.text.substr(end - 6, 6), end - 6, end, "6", "", "stalls",
                     true});
  }
  ReuseResult reuse;
  reuse.edges = {{"tern-3", "tern-1", "near-duplicate", 0.9, true, "dates", {{0, 20, 0, 20}}},
                 {"quill-9", "quill-10", "duplicate", 1.0, false, "", {{5, 30, 5, 30}}},
                 {"tern-1", "gone", "excerpt", 0.5, false, "", {{2, 9, 1, 3}}},
                 {"tern-2", "tern-3", "rewrite", 0.4, true, "containment", {}}};
  reuse.clusters = {{{"tern-1", "tern-3"}, "tern-3"}};
  StoryUpdate update;
  update.full = true;
  auto story = [](std::string id, std::string title, std::vector<std::string> documents,
                  std::string topic) {
    Story s;
    s.id = std::move(id), s.title = std::move(title), s.documents = std::move(documents);
    s.topic = std::move(topic);
    s.first_date = "2031-04-01";
    s.timeline = {{"2031-04-01", "opens", {s.documents.front()}}};
    return s;
  };
  update.stories = {story("story-10", "Fair", {"quill-9", "quill-10"}, "topic-2"),
                    story("story-2", "Regatta record", {"tern-2"}, "topic-1"),
                    story("story-1", "Regatta", {"tern-1", "tern-3"}, "topic-1"),
                    story("story-3", "Untopical", {"tern-2"}, "")};
  for (int i = 0; i < 5; ++i) {
    update.claims.push_back({"claim-" + std::to_string(i), "story-1", "number", "claim text",
                             std::to_string(i), {"tern-1", "tern-3"}, 1 + i % 2, {}, i % 2 == 0});
  }
  ASSERT_TRUE(store.BeginBatch().ok());
  ASSERT_TRUE(store.SaveExtracted(docs, facts).ok());
  ASSERT_TRUE(store.SaveStoryUpdate(reuse, update).ok());
  ASSERT_TRUE(store.CommitBatch().ok());
}

TEST_F(ApiTest, EveryPageIsByteIdenticalToAWindowOverTheWholeAnalysis) {
  SeedAnalysis(*store_);
  const std::vector<std::map<std::string, std::string>> windows = {
      {},
      {{"offset", "1"}, {"limit", "2"}},
      {{"offset", "3"}, {"limit", "99999999"}},
      {{"offset", "5"}},
      {{"offset", "6"}, {"limit", "1"}},
      {{"offset", "400"}, {"limit", "5"}},
      {{"limit", "0"}},
      {{"offset", "18446744073709551615"}, {"limit", "18446744073709551615"}},
      {{"offset", "-1"}},
      {{"offset", "x"}, {"limit", "y"}},
  };
  for (const char* path : {"/api/stats", "/api/documents", "/api/stories", "/api/claims",
                           "/api/topics", "/api/reuse", "/api/documents/tern-1",
                           "/api/documents/quill-10", "/api/documents/hostile"}) {
    for (const auto& params : windows) {
      ApiResponse r = HandleApiRequest(*store_, path, params);
      EXPECT_EQ(r.status, 200) << path;
      EXPECT_EQ(r.body, WholeAnalysisBody(*store_, path, params)) << path;
    }
  }
}

TEST_F(ApiTest, OffsetPastTheEndGivesNoItemsAndTheTrueTotal) {
  SeedAnalysis(*store_);
  auto page = Get("/api/claims", {{"offset", "5"}, {"limit", "3"}});
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["offset"], 5);
  EXPECT_TRUE(page["items"].empty());
  page = Get("/api/documents", {{"offset", "18446744073709551615"}});
  EXPECT_EQ(page["total"], 6);
  EXPECT_EQ(page["offset"], 6);  // clamped to the total, as before
  EXPECT_TRUE(page["items"].empty());
}

TEST_F(ApiTest, LimitZeroGivesNoItemsAndHugeLimitsAreClamped) {
  SeedAnalysis(*store_);
  auto page = Get("/api/reuse", {{"limit", "0"}});
  EXPECT_EQ(page["total"], 4);
  EXPECT_TRUE(page["items"].empty());
  StoryUpdate update;
  for (int i = 0; i < 1100; ++i) {
    update.claims.push_back({"claim-x" + std::to_string(i), "story-2", "date", "t", "v",
                              {"tern-2"}, 1, {}, true});
  }
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->SaveStoryUpdate(*store_->LoadReuse(), update).ok());
  ASSERT_TRUE(store_->CommitBatch().ok());
  page = Get("/api/claims", {{"limit", "18446744073709551615"}});
  EXPECT_EQ(page["total"], 1105);
  EXPECT_EQ(page["items"].size(), 1000u);
  EXPECT_EQ(page["items"][999]["id"], "claim-x994");
  EXPECT_EQ(Get("/api/claims", {{"offset", "1000"}, {"limit", "5000"}})["items"].size(), 105u);
}

TEST_F(ApiTest, UnknownAndHostileDocumentIdsAreDataNotSql) {
  const std::vector<std::string> ids = {"it's \"quoted\"; DROP TABLE documents; --", "50%_off",
                                        "Ünïcødé ✓ 名前", std::string(20000, 'k') + "%'"};
  std::vector<Document> docs;
  for (const std::string& id : ids) docs.push_back(Doc(id, "Fictional " + id, "Text of " + id));
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->SaveExtracted(docs, {}).ok());
  ASSERT_TRUE(store_->CommitBatch().ok());
  for (const std::string& id : ids) {
    EXPECT_EQ(Get("/api/documents/" + id)["text"], "Text of " + id);
  }
  for (const std::string& id : {std::string("x' OR '1'='1"), std::string("%"),
                                std::string("hostile%"), std::string("Ünïcødé ✓"),
                                std::string(100000, '\'')}) {
    EXPECT_EQ(Get("/api/documents/" + id, {}, 404)["error"], "no document " + id);
  }
  EXPECT_EQ(Get("/api/stats")["documents"], 5);
}

TEST_F(ApiTest, NeverAnalysedStoreListsNothingInsteadOfFailing) {
  for (const char* path : {"/api/stories", "/api/claims", "/api/reuse", "/api/topics"}) {
    auto page = Get(path);
    EXPECT_EQ(page["total"], 0) << path;
    EXPECT_TRUE(page["items"].empty()) << path;
  }
  auto stats = Get("/api/stats");
  EXPECT_EQ(stats["documents"], 1);
  EXPECT_EQ(stats["facts"], 0);
  EXPECT_EQ(stats["claims"], 0);
}

TEST(ApiEmptyStoreTest, FreshStoreAnswersEveryListEmpty) {
  auto path = std::filesystem::temp_directory_path() /
              ("stemma_api_empty_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  {
    auto store = OpenSqliteStore(path.string());
    ASSERT_TRUE(store.ok());
    for (const char* route : {"/api/documents", "/api/stories", "/api/claims", "/api/reuse",
                              "/api/topics", "/api/stats"}) {
      ApiResponse r = HandleApiRequest(**store, route, {});
      EXPECT_EQ(r.status, 200) << route;
      EXPECT_EQ(r.body, WholeAnalysisBody(**store, route, {})) << route;
    }
  }
  std::filesystem::remove(path);
}

TEST_F(ApiTest, ReusePageCarriesPassagesInCharactersOfBothTexts) {
  SeedAnalysis(*store_);
  auto page = Get("/api/reuse", {{"offset", "0"}, {"limit", "1"}});
  ASSERT_EQ(page["items"].size(), 1u);
  const auto& edge = page["items"][0];
  EXPECT_EQ(edge["source"], "tern-3");
  EXPECT_EQ(edge["target"], "tern-1");
  // Bytes 0..20 of "Crème brûlée stalls" are 17 characters (è, û, é take two bytes each).
  EXPECT_EQ(edge["passages"][0], nlohmann::json({{"source_begin", 0},
                                                 {"source_end", 17},
                                                 {"target_begin", 0},
                                                 {"target_end", 17}}));
  // Bytes 2..9 of the source are characters 2..8; a target with no stored text has none.
  auto gone = Get("/api/reuse", {{"offset", "2"}, {"limit", "1"}})["items"][0];
  EXPECT_EQ(gone["target"], "gone");
  EXPECT_EQ(gone["passages"][0], nlohmann::json({{"source_begin", 2},
                                                 {"source_end", 8},
                                                 {"target_begin", 0},
                                                 {"target_end", 0}}));
  auto report = nlohmann::json::parse(RenderReportJson(*store_->LoadAnalysis()));
  EXPECT_EQ(Get("/api/reuse")["items"], report["reuse"]);
  EXPECT_EQ(Get("/api/claims")["items"], report["claims"]);
}

}  // namespace
}  // namespace stemma

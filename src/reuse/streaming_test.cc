#include "reuse/streaming.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "reuse/pipeline.h"
#include "reuse/test_text.h"
#include "stemma/reuse.h"

namespace stemma {
namespace {

using reuse::testing::FictionalText;

Document Doc(const std::string& id, const std::string& text, const std::string& published = "") {
  Document d;
  d.id = id;
  d.text = text;
  d.published = published;
  return d;
}

// A reworded copy: every ninth word replaced, a made-up sentence inserted every 40 words.
std::string Reword(const std::string& text, uint64_t seed) {
  std::string out, word;
  int count = 0;
  std::string fresh = FictionalText(seed, 400);
  size_t fresh_pos = 0;
  auto next_fresh = [&] {
    size_t end = fresh.find(' ', fresh_pos);
    if (end == std::string::npos) end = fresh.size();
    std::string w = fresh.substr(fresh_pos, end - fresh_pos);
    fresh_pos = end < fresh.size() ? end + 1 : 0;
    return w;
  };
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ') {
      word += text[i];
      continue;
    }
    ++count;
    out += count % 9 == 0 ? next_fresh() : word;
    out += ' ';
    if (count % 40 == 0) out += "Vorlun Kestrade told the Pellmar Herald on Tuesday. ";
    word.clear();
  }
  return out;
}

std::vector<Document> Fixture() {
  std::string story = FictionalText(21, 500);
  std::string long_story =
      FictionalText(22, 300) + "\n\n" + FictionalText(23, 150) + "\n\n" + FictionalText(24, 300);
  std::vector<Document> docs = {
      Doc("wire", story, "2024-03-01"),
      Doc("copy", story, "2024-03-02"),                                      // exact copy
      Doc("near", "Zarnit Daily update\n\n" + story + " Filed by Qeloth."),  // near-duplicate
      Doc("unrelated-1", FictionalText(31, 400)),
      Doc("long", long_story, "2024-02-10"),
      Doc("unrelated-2", FictionalText(32, 250)),
      Doc("excerpt", "Mordane wrote: " + FictionalText(23, 150), "2024-02-12"),  // excerpt
      // rewrite: two paragraphs of the base, reworded, in the other order, with new material
      Doc("rewrite",
          Reword(FictionalText(44, 200), 46) + "\n\n" + FictionalText(45, 150) + "\n\n" +
              Reword(FictionalText(41, 200), 47),
          "2024-04-02"),
      Doc("unrelated-3", FictionalText(33, 350)),
      Doc("rewrite-base",
          FictionalText(41, 200) + "\n\n" + FictionalText(43, 200) + "\n\n" +
              FictionalText(44, 200),
          "2024-04-01"),
  };
  Document repost = Doc("repost", FictionalText(34, 200));
  repost.republished_from = "https://gazette.test/u/1";
  Document origin = Doc("origin", FictionalText(35, 200));
  origin.url = "https://gazette.test/u/1";
  docs.push_back(repost);
  docs.push_back(origin);
  return docs;
}

// Runs the streaming entry point over `docs`, counting the reads.
ReuseResult Stream(const std::vector<Document>& docs, const reuse::ReuseOptions& options,
                   reuse::PipelineStats* stats, int* reads) {
  *reads = 0;
  return reuse::FindReuseStreamingWithOptions(
      [&](const std::function<void(Document &&)>& sink) {
        ++*reads;
        for (const Document& d : docs) sink(Document(d));
      },
      options, nullptr, stats);
}

void ExpectSameResult(const ReuseResult& want, const ReuseResult& got) {
  ASSERT_EQ(want.edges.size(), got.edges.size());
  for (size_t i = 0; i < want.edges.size(); ++i) {
    const ReuseEdge& w = want.edges[i];
    const ReuseEdge& g = got.edges[i];
    EXPECT_EQ(w.source, g.source) << i;
    EXPECT_EQ(w.target, g.target) << i;
    EXPECT_EQ(w.relation, g.relation) << i;
    EXPECT_EQ(w.score, g.score) << i;
    EXPECT_EQ(w.direction_known, g.direction_known) << i;
    EXPECT_EQ(w.direction_reason, g.direction_reason) << i;
    ASSERT_EQ(w.passages.size(), g.passages.size()) << i;
    for (size_t p = 0; p < w.passages.size(); ++p) {
      EXPECT_EQ(w.passages[p].source_begin, g.passages[p].source_begin);
      EXPECT_EQ(w.passages[p].source_end, g.passages[p].source_end);
      EXPECT_EQ(w.passages[p].target_begin, g.passages[p].target_begin);
      EXPECT_EQ(w.passages[p].target_end, g.passages[p].target_end);
    }
  }
  ASSERT_EQ(want.clusters.size(), got.clusters.size());
  for (size_t c = 0; c < want.clusters.size(); ++c) {
    EXPECT_EQ(want.clusters[c].documents, got.clusters[c].documents);
    EXPECT_EQ(want.clusters[c].original, got.clusters[c].original);
  }
}

TEST(FindReuseStreamingTest, SameEdgesAsFindReuseOnEveryKindOfReuse) {
  std::vector<Document> docs = Fixture();
  ReuseResult want = FindReuse(docs);
  std::set<std::string> relations;
  for (const ReuseEdge& e : want.edges) relations.insert(e.relation);
  // The fixture must exercise every relation, or the comparison proves little.
  EXPECT_EQ(relations, (std::set<std::string>{"duplicate", "near-duplicate", "excerpt", "rewrite",
                                              "republication"}));
  int reads = 0;
  ReuseResult got = FindReuseStreaming([&](const std::function<void(Document &&)>& sink) {
    ++reads;
    for (const Document& d : docs) sink(Document(d));
  });
  EXPECT_EQ(reads, 2);
  ExpectSameResult(want, got);
  for (const ReuseEdge& e : got.edges) {
    EXPECT_TRUE(e.source.rfind("unrelated", 0) != 0 && e.target.rfind("unrelated", 0) != 0)
        << e.source << " -> " << e.target;
  }
}

TEST(FindReuseStreamingTest, LargeCollectionPathMatchesToo) {
  // Without the rare 3-gram index of small collections, single-threaded.
  reuse::ReuseOptions options;
  options.small_collection_tokens = 0;
  options.threads = 1;
  std::vector<Document> docs = Fixture();
  reuse::PipelineStats stats;
  int reads = 0;
  ReuseResult got = Stream(docs, options, &stats, &reads);
  ExpectSameResult(reuse::FindReuseWithOptions(docs, options, nullptr), got);
  EXPECT_EQ(reads, 2);
  EXPECT_EQ(stats.deferred_pairs, 0u);
}

TEST(FindReuseStreamingTest, TinyResidentCapTakesMoreReadsButGivesTheSameResult) {
  reuse::ReuseOptions options;
  options.streaming_resident_bytes = 1;  // at most one waiting document at a time
  options.streaming_batch_documents = 2;
  std::vector<Document> docs = Fixture();
  // Interleave the pairs so that several documents wait for partners at once.
  std::vector<Document> shuffled;
  for (size_t i = 0; i < docs.size(); i += 2) shuffled.push_back(docs[i]);
  for (size_t i = 1; i < docs.size(); i += 2) shuffled.push_back(docs[i]);
  reuse::PipelineStats stats;
  int reads = 0;
  ReuseResult got = Stream(shuffled, options, &stats, &reads);
  ExpectSameResult(reuse::FindReuseWithOptions(shuffled, options, nullptr), got);
  EXPECT_GT(reads, 2);
  EXPECT_EQ(static_cast<size_t>(reads), stats.passes);
  EXPECT_GT(stats.deferred_pairs, 0u);
}

TEST(FindReuseStreamingTest, EmptyAndDegenerateInputs) {
  int reads = 0;
  ReuseResult none = FindReuseStreaming([&](const std::function<void(Document &&)>&) { ++reads; });
  EXPECT_TRUE(none.edges.empty());
  EXPECT_TRUE(none.clusters.empty());
  std::vector<Document> docs = {Doc("empty", ""), Doc("punct", "... !!!"), Doc("one", "word")};
  for (int i = 0; i < 300; ++i) docs.push_back(Doc("c" + std::to_string(i), "Same notice."));
  ExpectSameResult(FindReuse(docs), FindReuseStreaming([&](const auto& sink) {
                     for (const Document& d : docs) sink(Document(d));
                   }));
}

TEST(FindReuseStreamingTest, ShorterSecondReadDoesNotCrash) {
  std::vector<Document> docs = Fixture();
  int reads = 0;
  ReuseResult r = FindReuseStreaming([&](const std::function<void(Document &&)>& sink) {
    size_t limit = reads++ == 0 ? docs.size() : docs.size() / 2;
    for (size_t i = 0; i < limit; ++i) sink(Document(docs[i]));
  });
  EXPECT_GE(reads, 2);
  for (const ReuseEdge& e : r.edges) EXPECT_FALSE(e.relation.empty());
}

}  // namespace
}  // namespace stemma

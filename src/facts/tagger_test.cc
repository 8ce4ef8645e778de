// Word-cluster table of the NER tagger: file format, lookups and the embedded table.
#include "facts/tagger.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <tuple>
#include <vector>

namespace stemma::facts {
namespace {

uint32_t FileHash(std::string_view w) {  // as scripts/facts/build_clusters.py
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : w) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<uint32_t>(h >> 16);
}

std::string Table(const std::vector<std::pair<std::string, uint32_t>>& entries) {
  std::string out = "SCLU1\n";
  uint32_t n = static_cast<uint32_t>(entries.size());
  out.append(reinterpret_cast<const char*>(&n), 4);
  for (const auto& [word, ids] : entries) {
    uint32_t h = FileHash(word);
    out.append(reinterpret_cast<const char*>(&h), 4);
    out.append(reinterpret_cast<const char*>(&ids), 4);
  }
  return out;
}

TEST(WordClustersTest, FindsWordsExactlyThenLowerCased) {
  uint32_t zorbly = (3u << 20) | (40u << 11) | 700u | (1u << 27);
  std::string data = Table({{"Zorbly", zorbly}, {"quindle", (5u << 20) | (6u << 11) | 7u}});
  WordClusters table;
  ASSERT_TRUE(table.Load(data));
  uint32_t ids = table.Find("Zorbly");
  EXPECT_EQ(WordClusters::C64(ids), 3u);
  EXPECT_EQ(WordClusters::C256(ids), 40u);
  EXPECT_EQ(WordClusters::C1024(ids), 700u);
  EXPECT_EQ(WordClusters::Gaz(ids), 1u);
  EXPECT_EQ(table.Find("Quindle"), table.Find("quindle"));  // capitalised: lower-case entry
  EXPECT_EQ(table.Find("zorbly"), 0u);                      // no upper-casing fallback
  EXPECT_EQ(table.Find("Blorptastic"), 0u);
  EXPECT_EQ(table.Find(""), 0u);
}

std::string TableV2(const std::vector<std::tuple<std::string, uint32_t, uint32_t>>& entries) {
  std::string out = "SCLU2\n";
  uint32_t n = static_cast<uint32_t>(entries.size());
  out.append(reinterpret_cast<const char*>(&n), 4);
  for (const auto& [word, ids, wn] : entries) {
    uint32_t h = FileHash(word);
    out.append(reinterpret_cast<const char*>(&h), 4);
    out.append(reinterpret_cast<const char*>(&ids), 4);
    out.append(reinterpret_cast<const char*>(&wn), 4);
  }
  return out;
}

TEST(WordClustersTest, ReadsWordNetBitsOfFormat2) {
  using C = WordClusters;
  uint32_t ids = (3u << 20) | (40u << 11) | 700u;
  // "Blorvik": a one-word place name, first word of a longer organisation name; "Quendal":
  // WordNet bits only, its cluster ids come from the lower-cased entry; "zarnet": a common
  // noun heading organisation names.
  std::string data = TableV2({{"Blorvik", ids, (1u << 1) | (1u << 6)},
                              {"Quendal", 0, 1u << 2},
                              {"quendal", ids, 0},
                              {"zarnet", (5u << 20), (4u << 16) | (1u << 20)}});
  WordClusters table;
  ASSERT_TRUE(table.Load(data));
  uint64_t all = table.FindAll("Blorvik");
  EXPECT_EQ(table.Find("Blorvik"), ids);
  EXPECT_EQ(C::WnSingle(all), 2u);
  EXPECT_EQ(C::WnFirst(all), 4u);
  EXPECT_EQ(C::WnLast(all), 0u);
  all = table.FindAll("Quendal");
  EXPECT_EQ(static_cast<uint32_t>(all), ids);  // ids of the lower-cased word
  EXPECT_EQ(C::WnSingle(all), 4u);             // WordNet bits of this spelling
  all = table.FindAll("Zarnet");               // only the lower-cased entry exists
  EXPECT_EQ(C::WnHead(all), 4u);
  EXPECT_EQ(C::WnNoun(all), 1u);
  EXPECT_EQ(table.FindAll("Unknownish"), 0u);
  std::string cut = data.substr(0, data.size() - 5);  // truncated
  EXPECT_FALSE(table.Load(cut));
  EXPECT_TRUE(table.empty());
}

TEST(WordClustersTest, RejectsMalformedData) {
  std::string good = Table({{"Zorbly", 1}});
  WordClusters table;
  EXPECT_FALSE(table.Load(good.substr(0, good.size() - 3)));  // truncated
  EXPECT_TRUE(table.empty());
  EXPECT_EQ(table.Find("Zorbly"), 0u);
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_FALSE(table.Load(bad_magic));
  std::string huge = good;
  uint32_t n = 0xFFFFFFFF;
  std::memcpy(huge.data() + 6, &n, 4);
  EXPECT_FALSE(table.Load(huge));
  EXPECT_FALSE(table.Load(""));
}

TEST(WordClustersTest, EmbeddedTableKnowsCommonWordsAndNames) {
  const WordClusters& table = WordClusters::Default();
  ASSERT_FALSE(table.empty());
  EXPECT_NE(WordClusters::C256(table.Find("the")), 0u);
  EXPECT_NE(WordClusters::Gaz(table.Find("Obama")) & 1u, 0u);    // person cues in the news
  EXPECT_NE(WordClusters::Gaz(table.Find("Florida")) & 2u, 0u);  // place cues
  // WordNet bits (scripts/facts/wordnet_gazetteer.py).
  EXPECT_NE(WordClusters::WnSingle(table.FindAll("Mississippi")) & 2u, 0u);  // a place
  EXPECT_NE(WordClusters::WnLast(table.FindAll("River")) & 2u, 0u);          // "... River" places
  EXPECT_NE(WordClusters::WnHead(table.FindAll("university")) & 4u, 0u);     // heads orgs
  EXPECT_NE(WordClusters::WnHead(table.FindAll("University")) & 4u, 0u);
  EXPECT_NE(WordClusters::WnHead(table.FindAll("river")) & 2u, 0u);
  EXPECT_EQ(WordClusters::WnOrigin(table.FindAll("French")), 1u);
  EXPECT_EQ(WordClusters::WnOrigin(table.FindAll("Florida")), 0u);
}

TEST(NerTaggerTest, SetDefaultModelRejectsMalformedModels) {
  EXPECT_FALSE(NerTagger::SetDefaultModel("not a model"));
  EXPECT_FALSE(NerTagger::Default().empty());  // the embedded model stays
}

}  // namespace
}  // namespace stemma::facts

#include "reuse/provenance.h"

#include <gtest/gtest.h>

namespace stemma::reuse {
namespace {

TEST(ProvenanceTest, CompareDates) {
  EXPECT_EQ(CompareDates("2024-01-02", "2024-01-03"), -1);
  EXPECT_EQ(CompareDates("2024-02-01T00:00:00Z", "2024-01-31"), 1);
  EXPECT_EQ(CompareDates("2024-01-02", "2024-01-02T10:00:00Z"), 0);  // same day, one untimed
  EXPECT_EQ(CompareDates("2024-01-02T09:00:00Z", "2024-01-02T10:00:00Z"), -1);
  EXPECT_EQ(CompareDates("", "2024-01-02"), 0);
  EXPECT_EQ(CompareDates("yesterday", "2024-01-02"), 0);
}

TEST(ProvenanceTest, DeclaredOriginMatchesIdUrlOrOutlet) {
  Document origin;
  origin.id = "o1";
  origin.url = "https://www.example-gazette.test/story/7";
  origin.outlet = "Example Gazette";
  Document copy;
  copy.id = "c1";
  copy.republished_from = "http://example-gazette.test/story/7/";
  EXPECT_TRUE(DeclaresOrigin(copy, origin));
  copy.republished_from = "example gazette";
  EXPECT_TRUE(DeclaresOrigin(copy, origin));
  copy.republished_from = "Other Paper";
  EXPECT_FALSE(DeclaresOrigin(copy, origin));
  EXPECT_FALSE(DeclaresOrigin(origin, copy));
}

TEST(ProvenanceTest, ClustersAndOriginals) {
  std::vector<Document> docs(5);
  for (int i = 0; i < 5; ++i) docs[i].id = "d" + std::to_string(i);
  docs[3].published = "2020-01-01";
  docs[4].published = "2020-01-02";
  std::vector<ReuseEdge> edges(3);
  edges[0] = {"d0", "d1", "rewrite", 0.3, true, "added-material", {}};
  edges[1] = {"d0", "d2", "excerpt", 0.6, true, "containment", {}};
  edges[2] = {"d3", "d4", "duplicate", 1.0, false, "", {}};
  std::vector<ProvenanceCluster> clusters = BuildClusters(docs, edges);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].documents, (std::vector<std::string>{"d0", "d1", "d2"}));
  EXPECT_EQ(clusters[0].original, "d0");
  EXPECT_EQ(clusters[1].original, "d3");  // direction unknown: the earlier one
}

}  // namespace
}  // namespace stemma::reuse

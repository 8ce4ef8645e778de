// Clustering signals on fictional text: capitals in headline-cased lines are not names, and a
// partial copy whose own story is closer to it stays there instead of following its source.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/similarity.h"
#include "stories/story_index.h"
#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

using ::stemma::test::Dated;

float CountOf(const TermCounts& counts, Vocabulary* vocabulary, const std::string& key) {
  const uint32_t id = vocabulary->Id(key, "");
  for (const auto& [term, n] : counts.counts) {
    if (term == id) return n;
  }
  return 0.0f;
}

TEST(HeadlineCaseTest, MarksLinesOfCapitalisedWordsOnly) {
  std::vector<Word> words;
  ContentWords(
      "Harbour Crane Collapses During Storm In Perival\n"
      "A crane fell in Perival, Mayor Anka Velde said.\n"
      "Anka Velde and Ivo Marsh.",
      &words);
  ASSERT_GE(words.size(), 10u);
  for (const Word& w : words) {
    if (w.lower == "collapse" || w.lower == "collapses" || w.lower == "storm" ||
        w.lower == "harbour") {
      EXPECT_TRUE(w.headline_case) << w.lower;
    }
    if (w.lower == "fell" || w.lower == "mayor") {
      EXPECT_FALSE(w.headline_case) << w.lower;
    }
  }
  // The second line has a lowercase content word ("fell"): its names stay names.
  bool velde_in_body = false;
  for (const Word& w : words) {
    if (w.lower == "velde" && !w.headline_case) velde_in_body = w.capitalised;
  }
  EXPECT_TRUE(velde_in_body);
  // A line of three names and stopwords only reads like a headline too.
  EXPECT_TRUE(words.back().headline_case);
  // Fewer than three capitalised words: not a headline.
  ContentWords("Perival Mourns", &words);
  for (const Word& w : words) EXPECT_FALSE(w.headline_case) << w.lower;
}

TEST(HeadlineCaseTest, HeadlineWordsAreBoostedOnlyWhenTheTextNamesThem) {
  Document d = Dated("a", "",
                     "The Tarvel bakery union walked out on Monday. Its leader Orla Quint said "
                     "the strike would last a week.");
  d.title = "Bakers Strike Again As Orla Quint Rejects Offer";
  Vocabulary vocabulary;
  const TermCounts counts = CountTerms(d, {}, &vocabulary);
  // Title weight 2, no name boost for ordinary words of a title-case headline ...
  EXPECT_FLOAT_EQ(CountOf(counts, &vocabulary, "reject"), 2.0f);
  EXPECT_FLOAT_EQ(CountOf(counts, &vocabulary, "offer"), 2.0f);
  // ... ("strike" is also in the text, lowercase: 2 + 1) ...
  EXPECT_FLOAT_EQ(CountOf(counts, &vocabulary, "strike"), 3.0f);
  // ... but a name the text capitalises mid-sentence keeps its boost there (2 x 3 + 3).
  EXPECT_FLOAT_EQ(CountOf(counts, &vocabulary, "quint"), 9.0f);

  // A sentence-case headline keeps the old reading: mid-sentence capitals are names.
  Document e = d;
  e.title = "Bakers strike again as Orla Quint rejects offer";
  Vocabulary other;
  const TermCounts sentence_case = CountTerms(e, {}, &other);
  EXPECT_FLOAT_EQ(CountOf(sentence_case, &other, "quint"), 9.0f);
  EXPECT_FLOAT_EQ(CountOf(sentence_case, &other, "reject"), 2.0f);
}

const char* const kPerival[] = {
    "A strong earthquake struck the coastal town of Perival in Norland, collapsing the Perival "
    "harbour bridge. Mayor Anka Velde said rescue teams searched the Perival ruins.",
    "Rescue teams in Perival kept searching the ruins of the harbour bridge after the Norland "
    "earthquake, Mayor Anka Velde said.",
    "The Perival earthquake destroyed the harbour bridge; Anka Velde asked Norland for more "
    "rescue teams.",
};
const char* const kDostra[] = {
    "An earthquake hit the mountain village of Dostra in Kelvia, burying the Dostra monastery. "
    "Governor Ivo Marsh sent rescue teams to the Dostra valley.",
    "Governor Ivo Marsh said the Dostra monastery was buried by the Kelvia earthquake and rescue "
    "teams were digging in the Dostra valley.",
    "Monks of the Dostra monastery were rescued after the Kelvia earthquake, Ivo Marsh said. Last "
    "year an earthquake struck the coastal town of Perival in Norland.",
};

StoryIndex TwoQuakes() {
  StoryIndex index;
  std::vector<Document> docs;
  for (int i = 0; i < 3; ++i) docs.push_back(Dated("p" + std::to_string(i), "", kPerival[i]));
  for (int i = 0; i < 3; ++i) docs.push_back(Dated("d" + std::to_string(i), "", kDostra[i]));
  index.Add(docs, {});
  return index;
}

TEST(PartialCopyTest, StaysInItsOwnStoryWhenThatStoryIsCloser) {
  StoryIndex index = TwoQuakes();
  StoryClusterer& c = index.clusterer();
  ASSERT_EQ(c.StoryOf(0), c.StoryOf(1));
  ASSERT_EQ(c.StoryOf(3), c.StoryOf(5));
  ASSERT_NE(c.StoryOf(0), c.StoryOf(5));
  // d2 borrows a background sentence from p0: an excerpt, not a report of the Perival quake.
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"p0", "d2", "excerpt", 0.2, true, "", {}});
  index.ApplyReuse(reuse);
  EXPECT_EQ(c.StoryOf(5), c.StoryOf(3));
  EXPECT_NE(c.StoryOf(5), c.StoryOf(0));
  // A whole copy still goes with its source.
  reuse.edges = {ReuseEdge{"p0", "d2", "near-duplicate", 0.9, true, "", {}}};
  index.ApplyReuse(reuse);
  EXPECT_EQ(c.StoryOf(5), c.StoryOf(0));
}

TEST(PartialCopyTest, SimilarityWithoutLeavesTheDocumentOut) {
  StoryIndex index = TwoQuakes();
  const StoryClusterer& c = index.clusterer();
  const int own = c.StoryOf(0);
  EXPECT_GT(c.SimilarityWithout(0, own), 0.1);
  EXPECT_LT(c.SimilarityWithout(0, own), 0.999);  // not its own vector
  EXPECT_LT(c.SimilarityWithout(0, c.StoryOf(3)), c.SimilarityWithout(0, own));
  EXPECT_EQ(c.SimilarityWithout(99, own), 0.0);
  EXPECT_EQ(c.SimilarityWithout(0, -1), 0.0);
  // Alone in its story: nothing else to compare with.
  StoryIndex single;
  single.Add({Dated("x", "", kPerival[0])}, {});
  EXPECT_EQ(single.clusterer().SimilarityWithout(0, single.clusterer().StoryOf(0)), 0.0);
}

}  // namespace
}  // namespace stemma::stories

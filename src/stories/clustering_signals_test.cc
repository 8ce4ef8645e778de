// Clustering signals on fictional text: capitals in headline-cased lines are not names, a
// partial copy whose own story is closer to it stays there instead of following its source,
// undated reports about two different people stay apart, a story's dates are its members'.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stories/similarity.h"
#include "stories/story_index.h"
#include "stories/test_fixtures.h"

namespace stemma::stories {
namespace {

using ::stemma::test::At;
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

// Two arrests of two players of one fictional club, reported without dates: the same words,
// told apart only by who was arrested. Each Ferro report names Brandt once, as background.
const char* const kBrandt[] = {
    "Harbor Hawks linebacker Tomas Brandt was arrested early Sunday on suspicion of drunk "
    "driving, police in Port Ellis said. Brandt was stopped on the coast road. Brandt will "
    "play on Sunday, coach Lena Marsh said.",
    "Police arrested Hawks linebacker Tomas Brandt on suspicion of drunk driving on the coast "
    "road in Port Ellis. Brandt was released on bail. Brandt has not commented, the Harbor "
    "Hawks said.",
    "Tomas Brandt, the Harbor Hawks linebacker, faces a drunk driving charge after police in "
    "Port Ellis stopped him on the coast road. Brandt posted bail. Coach Lena Marsh said "
    "Brandt will play.",
};
const char* const kFerro[] = {
    "Harbor Hawks tackle Emil Ferro was arrested early Sunday on suspicion of drunk driving, "
    "police in Port Ellis said. Ferro was stopped on the coast road. Ferro is the second Hawks "
    "player arrested this season after Tomas Brandt.",
    "Police arrested Hawks tackle Emil Ferro on suspicion of drunk driving on the coast road in "
    "Port Ellis. Ferro was released on bail. Ferro has not commented, the Harbor Hawks said.",
    "Emil Ferro, the Harbor Hawks tackle, faces a drunk driving charge after police in Port "
    "Ellis stopped him on the coast road. Ferro posted bail. Coach Lena Marsh said Ferro will "
    "play.",
};

// Person facts for every mention of each (full name, surname) in the text.
void AddPeople(const Document& d, const std::vector<std::pair<std::string, std::string>>& people,
               std::vector<Fact>* facts) {
  for (const auto& [full, surname] : people) {
    for (size_t at = d.text.find(surname); at != std::string::npos;
         at = d.text.find(surname, at + 1)) {
      Fact f = At(d, "person", surname, full);
      f.begin = at;
      f.end = at + surname.size();
      facts->push_back(f);
    }
  }
}

StoryIndex TwoArrests(double lead_conflict, const std::string& published) {
  ClusterOptions options;
  options.lead_conflict = lead_conflict;
  StoryIndex index(options);
  std::vector<Document> docs;
  std::vector<Fact> facts;
  for (int i = 0; i < 3; ++i) {
    docs.push_back(Dated("b" + std::to_string(i), published, kBrandt[i]));
    AddPeople(docs.back(), {{"Tomas Brandt", "Brandt"}, {"Lena Marsh", "Lena Marsh"}}, &facts);
  }
  for (int i = 0; i < 3; ++i) {
    docs.push_back(Dated("f" + std::to_string(i), published, kFerro[i]));
    AddPeople(docs.back(),
              {{"Emil Ferro", "Ferro"}, {"Tomas Brandt", "Tomas Brandt"}, {"Lena Marsh", "Marsh"}},
              &facts);
  }
  index.Add(docs, facts);
  return index;
}

TEST(LeadPersonTest, UndatedReportsAboutTwoPeopleStayApart) {
  // Without the rule the two arrests are one story: the test below can fail.
  StoryIndex control = TwoArrests(1.0, "");
  ASSERT_EQ(control.clusterer().StoryOf(0), control.clusterer().StoryOf(3));
  StoryIndex index = TwoArrests(0.5, "");
  const StoryClusterer& c = index.clusterer();
  EXPECT_EQ(c.StoryOf(0), c.StoryOf(1));
  EXPECT_EQ(c.StoryOf(0), c.StoryOf(2));
  EXPECT_EQ(c.StoryOf(3), c.StoryOf(4));
  EXPECT_EQ(c.StoryOf(3), c.StoryOf(5));
  EXPECT_NE(c.StoryOf(0), c.StoryOf(3));
  EXPECT_LT(c.LeadFactor(3, c.StoryOf(0)), 1.0);
  EXPECT_EQ(c.LeadFactor(4, c.StoryOf(3)), 1.0);
  // A partial copy of a Brandt report into a Ferro report (the shared background) stays put.
  ReuseResult reuse;
  reuse.edges.push_back(ReuseEdge{"b0", "f0", "excerpt", 0.3, true, "", {}});
  index.ApplyReuse(reuse);
  EXPECT_EQ(c.StoryOf(3), c.StoryOf(4));
  EXPECT_NE(c.StoryOf(3), c.StoryOf(0));
}

TEST(LeadPersonTest, DatesDecideWhenReportsHaveThem) {
  // Reports of one day about different people are one moment (a fiscal deal: one report about
  // the president, one about the speaker); the lead rule is only for undated reports.
  StoryIndex index = TwoArrests(0.5, "2031-03-02");
  EXPECT_EQ(index.clusterer().StoryOf(0), index.clusterer().StoryOf(3));
}

TEST(LeadPersonTest, LeadIsNamedOftenFirstAndAboveEveryoneElse) {
  Vocabulary vocabulary;
  std::vector<Fact> facts;
  Document d = Dated("f", "", kFerro[0]);
  AddPeople(d, {{"Emil Ferro", "Ferro"}, {"Tomas Brandt", "Tomas Brandt"}}, &facts);
  std::vector<const Fact*> pointers;
  for (const Fact& f : facts) pointers.push_back(&f);
  const TermCounts counts = CountTerms(d, pointers, &vocabulary);
  ASSERT_NE(counts.lead, kNoTerm);
  EXPECT_EQ(vocabulary.Display(counts.lead), "ferro");
  const SparseVector v = Weigh(counts, vocabulary, 80);
  EXPECT_EQ(LeadOf(v, vocabulary), counts.lead);
  // Named as often as another person: no lead.
  facts.clear();
  AddPeople(d, {{"Emil Ferro", "Ferro"}, {"Tomas Brandt", "Tomas Brandt"}}, &facts);
  for (int i = 0; i < 2; ++i) facts.push_back(At(d, "person", "Tomas Brandt", "Tomas Brandt"));
  pointers.clear();
  for (const Fact& f : facts) pointers.push_back(&f);
  EXPECT_EQ(CountTerms(d, pointers, &vocabulary).lead, kNoTerm);
}

TEST(StoryDatesTest, MovingADatedDocumentOutTakesItsDateAlong) {
  StoryClusterer c;
  const SparseVector v = {{1, 1.0f}};
  const int day = ParseIsoDay("2031-03-02");
  const int a = c.Add(0, {v, day});
  ASSERT_EQ(c.Add(1, {v, kNoDay}), a);
  const int b = c.Add(2, {v, day + 400});  // another moment: its own story
  ASSERT_NE(b, a);
  c.MoveTo(0, 2);
  // Story `a` is left with its undated member only: a report of any time may join it.
  EXPECT_EQ(c.Add(3, {v, day + 1000}), a);
}

TEST(StoryDatesTest, TheStoryLeftBehindIsLookedAtAgain) {
  StoryClusterer c;
  const SparseVector x = {{1, 1.0f}};
  const SparseVector mixed = {{1, 0.45f}, {5, 0.893f}};
  const SparseVector other = {{9, 1.0f}};
  const int day = ParseIsoDay("2031-03-02");
  const int a = c.Add(0, {mixed, day});
  ASSERT_EQ(c.Add(1, {x, kNoDay}), a);
  const int b = c.Add(2, {other, kNoDay});
  ASSERT_EQ(c.Add(3, {other, kNoDay}), b);
  const int later = c.Add(4, {x, day + 400});  // another moment than story `a`
  ASSERT_NE(later, a);
  EXPECT_EQ(c.Merge(0.2), 0);
  // The dated member leaves: what is left of `a` is undated and may now meet `later`, though
  // only the stories changed since the last Merge are looked at.
  c.MoveTo(0, 2);
  c.Merge(0.2, /*average_link=*/true, /*use_time=*/true, /*only_changed=*/true);
  EXPECT_EQ(c.StoryOf(1), c.StoryOf(4));
  EXPECT_NE(c.StoryOf(1), c.StoryOf(2));
}

}  // namespace
}  // namespace stemma::stories

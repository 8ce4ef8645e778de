// Seed behaviours from ../shared/seeds/EXPECTED.md (the seed texts are read at test time).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "stemma/facts.h"

namespace stemma {
namespace {

Document LoadSeed(const std::string& prefix, const std::string& published) {
  Document doc;
  doc.id = prefix;
  doc.published = published;
  for (const auto& entry : std::filesystem::directory_iterator(STEMMA_SHARED_DIR "/seeds")) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix + "_", 0) == 0 && entry.path().extension() == ".txt") {
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      doc.text = ss.str();
      doc.id = entry.path().stem().string();
    }
  }
  return doc;
}

const Fact* FindFact(const std::vector<Fact>& facts, const std::string& kind,
                     const std::string& text) {
  for (const Fact& f : facts) {
    if (f.kind == kind && f.text == text) return &f;
  }
  return nullptr;
}

// The speaker of the quote whose text starts with `start`.
std::string QuoteSpeaker(const std::vector<Fact>& facts, const std::string& start) {
  for (const Fact& f : facts) {
    if (f.kind == "quote" && f.text.rfind(start, 0) == 0) return f.speaker;
  }
  return "<no such quote>";
}

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(STEMMA_SHARED_DIR "/seeds")) GTEST_SKIP() << "no seeds";
  }
};

TEST_F(SeedsTest, LastThursdayIn004) {
  Document doc = LoadSeed("004", "2024-01-24");
  ASSERT_FALSE(doc.text.empty());
  std::vector<Fact> facts = ExtractFacts(doc);
  const Fact* f = FindFact(facts, "date", "last Thursday");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, "2024-01-18");
  EXPECT_EQ(doc.text.substr(f->begin, f->end - f->begin), "last Thursday");
  EXPECT_EQ(f->document, doc.id);
  const Fact* d = FindFact(facts, "date", "27 August 1950");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "1950-08-27");
  const Fact* j = FindFact(facts, "date", "Jan. 16, 2024");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->value, "2024-01-16");
}

TEST_F(SeedsTest, SoldiersKilledAndWorldLeadersIn002) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("002", ""));
  const Fact* soldiers = FindFact(facts, "quantity", "2,000");
  ASSERT_NE(soldiers, nullptr);
  EXPECT_EQ(soldiers->value, "2000");
  EXPECT_TRUE(soldiers->approximate);
  EXPECT_NE(soldiers->counts.find("soldiers"), std::string::npos) << soldiers->counts;
  EXPECT_NE(soldiers->counts.find("killed"), std::string::npos) << soldiers->counts;
  const Fact* leaders = FindFact(facts, "quantity", "26");
  ASSERT_NE(leaders, nullptr);
  EXPECT_EQ(leaders->value, "26");
  EXPECT_EQ(leaders->counts, "world leaders");
  EXPECT_FALSE(leaders->approximate);
}

TEST_F(SeedsTest, TuesdayResolvesWithThePublicationDate) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("002", "2025-09-02"));
  bool found = false;
  for (const Fact& f : facts) {
    if (f.kind == "date" && f.text.find("Tuesday") != std::string::npos) {
      EXPECT_EQ(f.value, "2025-09-02");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, ReferenceDateInferredFrom001) {
  // 001 has no published date but says "On September 2, 2025"; "six years" stays a duration.
  std::vector<Fact> facts = ExtractFacts(LoadSeed("001", ""));
  const Fact* on = FindFact(facts, "date", "September 2, 2025");
  ASSERT_NE(on, nullptr);
  EXPECT_EQ(on->value, "2025-09-02");
}

TEST_F(SeedsTest, ChoeSpellingsAreOnePerson) {
  std::vector<Fact> a = ExtractFacts(LoadSeed("004", "2024-01-24"));
  std::vector<Fact> b = ExtractFacts(LoadSeed("000", ""));
  const Fact* hyphen = FindFact(a, "person", "Choe Son-hui");
  const Fact* spaced = FindFact(a, "person", "Choe Son Hui");
  ASSERT_NE(hyphen, nullptr);
  ASSERT_NE(spaced, nullptr);
  EXPECT_EQ(hyphen->value, spaced->value);
  const Fact* in000 = FindFact(b, "person", "Choe Son Hui");
  ASSERT_NE(in000, nullptr);
  EXPECT_EQ(in000->value, hyphen->value);
}

TEST_F(SeedsTest, SpyAgencyIsTheNis) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("002", ""));
  bool found = false;
  for (const Fact& f : facts) {
    if (f.kind == "organization" && f.text.find("spy agency") != std::string::npos) {
      EXPECT_EQ(f.value, "National Intelligence Service");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, QuoteSpeakers002) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("002", ""));
  EXPECT_EQ(QuoteSpeaker(facts, "This is Kim Jong Un"), "Jenny Town");
  // The next paragraph's quote has no cue: it continues Jenny Town's.
  EXPECT_EQ(QuoteSpeaker(facts, "Not only does it reinforce"), "Jenny Town");
}

TEST_F(SeedsTest, QuoteSpeakers003) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("003", ""));
  EXPECT_EQ(QuoteSpeaker(facts, "Comrade Putin"), "Kim Jong Un");
  EXPECT_EQ(QuoteSpeaker(facts, "full and unconditional support"), "Kim Jong Un");
  EXPECT_EQ(QuoteSpeaker(facts, "an international pariah"), "Matthew Miller");
}

TEST_F(SeedsTest, QuoteSpeakers004) {
  std::vector<Fact> facts = ExtractFacts(LoadSeed("004", "2024-01-24"));
  EXPECT_EQ(QuoteSpeaker(facts, "drastically"), "Pranay Vaddi");
  EXPECT_EQ(QuoteSpeaker(facts, "What we"), "Pranay Vaddi");                 // "[Vaddi told ..."
  EXPECT_EQ(QuoteSpeaker(facts, "And I say"), "Pranay Vaddi");               // "He added, ..."
  EXPECT_EQ(QuoteSpeaker(facts, "How could that improve"), "Pranay Vaddi");  // "He asked"
  EXPECT_EQ(QuoteSpeaker(facts, "is our very important partner"), "Dmitry Peskov");
  EXPECT_NE(QuoteSpeaker(facts, "it is clear that").find("Stalin"), std::string::npos);
  EXPECT_NE(QuoteSpeaker(facts, "would be incapable").find("Stalin"), std::string::npos);
  EXPECT_EQ(QuoteSpeaker(facts, "Our confrontation with the Americans"), "Andrey Sushentsov");
  EXPECT_NE(QuoteSpeaker(facts, "did not want war").find("Kim"), std::string::npos);
}

}  // namespace
}  // namespace stemma

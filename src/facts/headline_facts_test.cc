// Facts of the headline: marked in_title, offsets into the title, names resolved like the body's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stemma/facts.h"

namespace stemma {
namespace {

std::vector<Fact> Extract(const std::string& title, const std::string& text) {
  Document doc;
  doc.id = "h";
  doc.title = title;
  doc.text = text;
  doc.published = "2026-03-04";
  return ExtractFacts(doc);
}

const Fact* FindTitleFact(const std::vector<Fact>& facts, const std::string& kind) {
  for (const Fact& f : facts) {
    if (f.in_title && f.kind == kind) return &f;
  }
  return nullptr;
}

int CountTitleFacts(const std::vector<Fact>& facts, const std::string& kind) {
  int n = 0;
  for (const Fact& f : facts) n += f.in_title && f.kind == kind;
  return n;
}

TEST(HeadlineFactsTest, NumberOfTheHeadlineWithTitleOffsets) {
  const std::string title = "Harbour fire in Quellport destroys 14 warehouses";
  const auto facts = Extract(title, "Firefighters worked through the night, officials said.");
  const Fact* q = FindTitleFact(facts, "quantity");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, "14");
  EXPECT_EQ(q->counts, "warehouses");
  EXPECT_EQ(title.substr(q->begin, q->end - q->begin), q->text);
  Document doc;
  doc.title = title;
  doc.text = "body";
  EXPECT_EQ(FactSource(*q, doc), title);
  // Headline facts come first, then the body's.
  EXPECT_TRUE(facts.front().in_title);
}

TEST(HeadlineFactsTest, HeadlineNamesTakeTheBodysCanonicalForm) {
  const auto facts = Extract("Talbot rejects harbour levy",
                             "Mayor Edwina Talbot said the levy would not pass. Talbot left.");
  const Fact* p = FindTitleFact(facts, "person");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "Talbot");
  EXPECT_EQ(p->value, "Edwina Talbot");
}

TEST(HeadlineFactsTest, TitleCaseKeepsOnlyNamesTheBodyHas) {
  const auto facts = Extract("Edwina Talbot Rejects Harbour Levy Over Budget Worries",
                             "Edwina Talbot spoke on Tuesday. The levy is off.");
  EXPECT_GE(CountTitleFacts(facts, "person"), 1);
  for (const Fact& f : facts) {
    if (!f.in_title) continue;
    EXPECT_TRUE(f.kind != "organization" && f.kind != "location") << f.kind << " " << f.text;
    if (f.kind == "person") {
      EXPECT_EQ(f.value, "Edwina Talbot");
    }
  }
}

TEST(HeadlineFactsTest, CatchwordQuotesRubricsAndYearsAreNoFacts) {
  const auto facts = Extract("EXCLUSIVE REPORT: Talbot's 'miracle' budget for 2026 wins praise",
                             "The budget passed. \"It is a good day for Quellport,\" Talbot said.");
  EXPECT_EQ(CountTitleFacts(facts, "quote"), 0);
  for (const Fact& f : facts) {
    if (!f.in_title) continue;
    EXPECT_EQ(f.text.find("EXCLUSIVE"), std::string::npos) << f.kind;
    EXPECT_FALSE((f.kind == "quantity" || f.kind == "number") && f.value == "2026");
  }
  const auto numbered = Extract("Fire guts Pier 7 warehouse, 140 evacuated", "Crews left at dawn.");
  for (const Fact& f : numbered) {
    if (f.in_title && (f.kind == "quantity" || f.kind == "number")) {
      EXPECT_EQ(f.value, "140");
    }
  }
  EXPECT_GE(CountTitleFacts(numbered, "quantity") + CountTitleFacts(numbered, "number"), 1);
  const auto quoted = Extract("Talbot: 'The levy is dead and buried'", "Talbot spoke at noon.");
  const Fact* q = FindTitleFact(quoted, "quote");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "The levy is dead and buried");
}

TEST(HeadlineFactsTest, NoTitleNoTitleFactsAndHostileTitlesAreBounded) {
  for (const Fact& f : Extract("", "On Tuesday 40 boats left.")) EXPECT_FALSE(f.in_title);
  const std::string huge(1 << 20, 'A');
  const auto facts = Extract(huge + " 12 ships", "Text.");
  for (const Fact& f : facts) {
    if (f.in_title) {
      EXPECT_LE(f.end, size_t{4096});
    }
  }
}

}  // namespace
}  // namespace stemma

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace stemma::ingest::testing {
namespace {

using ::testing::ElementsAre;

TEST(JsonlTest, FieldsAndFallbacks) {
  ScratchDir dir;
  std::string path = dir.Write(
      "feed.jsonl",
      "{\"id\":\"x1\",\"text\":\"Body one.\",\"url\":\"https://example.invalid/1\","
      "\"headline\":\"Title one\",\"authors\":[\"Ada Quill\",\"Bo Fen\"],\"date\":\"2031-02-03\","
      "\"site\":\"The Fictional Times\"}\n"
      "\n"
      "{\"html\":\"<p>Two</p>\",\"link\":\"https://example.invalid/2\",\"author\":\"Cy Dow\"}\n"
      "{\"body\":\"Three\",\"id\":42}\n"
      "{\"content\":\"Four\"}\r\n");
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 4u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.id, "x1");
  EXPECT_EQ(a.source, path + ":1");
  EXPECT_EQ(a.format, ContentFormat::kText);
  EXPECT_EQ(a.content, "Body one.");
  EXPECT_EQ(a.url, "https://example.invalid/1");
  EXPECT_EQ(a.title, "Title one");
  EXPECT_EQ(a.author, "Ada Quill, Bo Fen");
  EXPECT_EQ(a.published, "2031-02-03");
  EXPECT_EQ(a.outlet, "The Fictional Times");
  EXPECT_EQ(c.docs[1].id, "https://example.invalid/2");
  EXPECT_EQ(c.docs[1].format, ContentFormat::kHtml);
  EXPECT_EQ(c.docs[1].source, path + ":3");
  EXPECT_EQ(c.docs[1].author, "Cy Dow");
  EXPECT_EQ(c.docs[2].id, "42");
  EXPECT_EQ(c.docs[3].id, "feed-5");
  EXPECT_EQ(c.docs[3].content, "Four");
}

TEST(JsonlTest, ConfigurableFieldNames) {
  ScratchDir dir;
  std::string path =
      dir.Write("x.ndjson", "{\"key\":\"k\",\"article\":\"Words\",\"text\":\"no\"}\n");
  IngestOptions options;
  options.fields.id = {"key"};
  options.fields.text = {"article"};
  Collected c = Ingest(path, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "k");
  EXPECT_EQ(c.docs[0].content, "Words");
}

TEST(JsonlTest, BrokenLinesAreReportedWithLineNumbers) {
  ScratchDir dir;
  std::string path = dir.Write("bad.jsonl",
                               "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
                               "{\"id\":\"broken\",\"text\":\"no closing\n"
                               "[1,2,3]\n"
                               "{\"id\":\"notext\",\"title\":\"only a title\"}\n"
                               "{\"id\":\"ok2\",\"text\":\"also fine\"}\n");
  Collected c = Ingest(path);
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_EQ(c.errors[0].where, path + ":2");
  EXPECT_THAT(c.errors[0].reason, ::testing::StartsWith("broken JSON"));
  EXPECT_EQ(c.errors[1].where, path + ":3");
  EXPECT_EQ(c.errors[1].reason, "not a JSON object");
  EXPECT_EQ(c.errors[2].where, path + ":4");
  EXPECT_EQ(c.errors[2].reason, "missing text field");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "ok1");
  EXPECT_EQ(c.docs[1].id, "ok2");
  EXPECT_EQ(c.docs[1].source, path + ":5");
}

TEST(JsonlTest, OverLongLineIsSkippedWithoutLosingTheRest) {
  ScratchDir dir;
  std::string long_text(5000, 'x');
  std::string path = dir.Write("long.jsonl",
                               "{\"id\":\"a\",\"text\":\"short\"}\n"
                               "{\"id\":\"big\",\"text\":\"" +
                                   long_text +
                                   "\"}\n"
                                   "{\"id\":\"b\",\"text\":\"short again\"}\n"
                                   "{\"id\":\"c\",\"text\":\"tail without newline\"}");
  IngestOptions options;
  options.max_record_bytes = 100;
  Collected c = Ingest(path, options);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + ":2: line exceeds 100 bytes"));
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.docs[1].source, path + ":3");
  EXPECT_EQ(c.docs[2].id, "c");
}

TEST(JsonlTest, OverLongLineLongerThanTheReadBufferIsSkipped) {
  ScratchDir dir;
  std::string huge(3 << 20, 'y');  // spans many read chunks
  std::string path = dir.Write(
      "huge.jsonl.zst", Zstd("{\"text\":\"" + huge + "\"}\n{\"id\":\"after\",\"text\":\"t\"}\n"));
  IngestOptions options;
  options.max_record_bytes = 1000;
  Collected c = Ingest(path, options);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + ":1: line exceeds 1000 bytes"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "after");
  EXPECT_EQ(c.docs[0].source, path + ":2");
}

TEST(JsonlTest, TextIsNormalisedToNfcAndEscapesDecoded) {
  ScratchDir dir;
  // "Cafe" + combining acute accent, written as a JSON escape.
  std::string path = dir.Write("nfc.jsonl", "{\"text\":\"Cafe\\u0301 \\\"Lune\\\"\"}\n");
  Collected c = Ingest(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "Caf\xC3\xA9 \"Lune\"");
}

TEST(JsonlTest, InvalidUtf8LineIsRejected) {
  ScratchDir dir;
  std::string path = dir.Write("u.jsonl", "{\"text\":\"bad \xFF byte\"}\n{\"text\":\"good\"}\n");
  Collected c = Ingest(path);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].where, path + ":1");
  ASSERT_EQ(c.docs.size(), 1u);
}

}  // namespace
}  // namespace stemma::ingest::testing

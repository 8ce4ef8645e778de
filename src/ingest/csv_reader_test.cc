#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace stemma::ingest::testing {
namespace {

using ::testing::ElementsAre;

TEST(CsvTest, HeaderQuotedFieldsAndMultilineRecords) {
  ScratchDir dir;
  std::string path = dir.Write("news.csv",
                               "\xEF\xBB\xBFId,Title,Text,Author,Published\r\n"
                               "a1,\"Harbour, closed\",\"Line one\nLine two with \"\"quotes\"\"\","
                               "Ada Quill,2031-01-01\r\n"
                               "\r\n"
                               "a2,Second,Plain body,,\r\n");
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].title, "Harbour, closed");
  EXPECT_EQ(c.docs[0].content, "Line one\nLine two with \"quotes\"");
  EXPECT_EQ(c.docs[0].author, "Ada Quill");
  EXPECT_EQ(c.docs[0].published, "2031-01-01");
  EXPECT_EQ(c.docs[0].source, path + ":2");
  EXPECT_EQ(c.docs[1].id, "a2");
  EXPECT_EQ(c.docs[1].source, path + ":5");
}

TEST(CsvTest, WrongColumnCountIsRejectedWithTheRecordLine) {
  ScratchDir dir;
  std::string path = dir.Write("cols.csv",
                               "id,text\n"
                               "r1,fine\n"
                               "r2,\"two\nlines\",extra\n"
                               "r3\n"
                               "r4,also fine\n");
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + ":3: row has 3 columns, header has 2",
                                            path + ":5: row has 1 columns, header has 2"));
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "r1");
  EXPECT_EQ(c.docs[1].id, "r4");
  EXPECT_EQ(c.docs[1].source, path + ":6");
}

TEST(CsvTest, HtmlColumnAndIdFallback) {
  ScratchDir dir;
  std::string path =
      dir.Write("h.csv", "url,html\nhttps://example.invalid/p,<p>Hi</p>\n,<p>x</p>\n");
  Collected c = Ingest(path);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "https://example.invalid/p");
  EXPECT_EQ(c.docs[0].format, ContentFormat::kHtml);
  EXPECT_EQ(c.docs[1].id, "h-3");
}

TEST(CsvTest, MissingTextColumnIsReportedOnce) {
  ScratchDir dir;
  std::string path = dir.Write("n.csv", "id,title\n1,a\n2,b\n");
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + ":1: CSV header has no text or html column"));
  EXPECT_TRUE(c.docs.empty());
}

TEST(CsvTest, Latin1FieldsAreConverted) {
  ScratchDir dir;
  std::string path = dir.Write("l.csv", "id,text\nx,\"Caf\xE9 na\xEFve \xE0 la cr\xE8me\"\n");
  Collected c = Ingest(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "Caf\xC3\xA9 na\xC3\xAFve \xC3\xA0 la cr\xC3\xA8me");
}

TEST(CsvTest, FieldsStartingWithBomBytesAreNotUtf16) {
  // Found by the fuzzer: "\xFF\xFE" alone once decoded as an empty UTF-16 text.
  ScratchDir dir;
  std::string path = dir.Write("b.csv", "id,text\nq,\xFF\xFE\n");
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "\xC3\xBF\xC3\xBE");  // windows-1252 "ÿþ"
}

TEST(CsvTest, OverLongRecordIsRejected) {
  ScratchDir dir;
  std::string path = dir.Write("big.csv", "id,text\na,\"" + std::string(300, 'z') + "\n" +
                                              std::string(300, 'z') + "\"\nb,small\n");
  IngestOptions options;
  options.max_record_bytes = 400;
  Collected c = Ingest(path, options);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + ":2: record exceeds 400 bytes"));
}

}  // namespace
}  // namespace stemma::ingest::testing

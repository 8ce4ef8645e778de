#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace stemma::ingest::testing {
namespace {

using ::testing::ElementsAre;

// One WARC record with a correct Content-Length unless `length` is given.
std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& extra_headers = "", long length = -1) {
  std::string len = std::to_string(length < 0 ? static_cast<long>(block.size()) : length);
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2031-05-06T07:08:09Z\r\nWARC-Record-ID: <urn:uuid:fict-" + type + ">\r\n" +
         extra_headers + "Content-Length: " + len + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Http(const std::string& body, const std::string& content_type = "text/html",
                 const std::string& status = "200 OK") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + content_type + "\r\nServer: fict\r\n\r\n" +
         body;
}

TEST(WarcTest, ResponseAndResourceRecordsBecomeDocuments) {
  ScratchDir dir;
  std::string warc =
      Record("warcinfo", "", "software: fictional\r\n",
             "Content-Type: application/warc-fields\r\n") +
      Record("request", "https://news.invalid/a", "GET /a HTTP/1.1\r\n\r\n") +
      Record("response", "https://news.invalid/a", Http("<p>Page A</p>")) +
      Record("response", "https://news.invalid/img", Http("\x89PNG....", "image/png")) +
      Record("response", "https://news.invalid/gone",
             Http("<p>Not here</p>", "text/html", "404 Not Found")) +
      Record("resource", "file:///notes.txt", "Plain resource text.",
             "Content-Type: text/plain\r\n") +
      Record("metadata", "https://news.invalid/a", "via: nothing\r\n");
  std::string path = dir.Write("crawl.warc", warc);
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 2u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.id, "https://news.invalid/a");
  EXPECT_EQ(a.url, "https://news.invalid/a");
  EXPECT_EQ(a.fetched_at, "2031-05-06T07:08:09Z");
  EXPECT_EQ(a.format, ContentFormat::kHtml);
  EXPECT_EQ(a.content, "<p>Page A</p>");
  size_t offset = warc.find("WARC/1.0\r\nWARC-Type: response");
  EXPECT_EQ(a.source, path + "@" + std::to_string(offset));
  EXPECT_EQ(c.docs[1].format, ContentFormat::kText);
  EXPECT_EQ(c.docs[1].content, "Plain resource text.");
}

TEST(WarcTest, HttpCharsetAndChunkedBodies) {
  ScratchDir dir;
  std::string chunked =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
      "Transfer-Encoding: chunked\r\n\r\n5\r\n<p>Ca\r\n4\r\nf\xE9</\r\n2\r\np>\r\n0\r\n\r\n";
  std::string path = dir.Write("c.warc", Record("response", "https://news.invalid/c", chunked));
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "<p>Caf\xC3\xA9</p>");
}

TEST(WarcTest, GzipContentEncodingIsUndone) {
  ScratchDir dir;
  std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n" +
      Gzip("Compressed fictional bulletin.");
  std::string path = dir.Write("z.warc", Record("response", "https://news.invalid/z", http));
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty()) << ::testing::PrintToString(c.ErrorStrings());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "Compressed fictional bulletin.");
}

TEST(WarcTest, PerRecordGzipMembers) {
  ScratchDir dir;
  std::string r1 = Record("response", "https://news.invalid/1", Http("<p>One</p>"));
  std::string r2 = Record("response", "https://news.invalid/2", Http("<p>Two</p>"));
  std::string path = dir.Write("c.warc.gz", Gzip(r1) + Gzip(r2));
  Collected c = Ingest(path);
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].content, "<p>Two</p>");
  EXPECT_EQ(c.docs[1].source, path + "@" + std::to_string(r1.size()));
}

TEST(WarcTest, TruncatedLastGzipMemberKeepsEarlierRecords) {
  ScratchDir dir;
  std::string one = Gzip(Record("response", "https://news.invalid/1", Http("<p>One</p>")));
  std::string two = Gzip(Record("response", "https://news.invalid/2", Http("<p>Two</p>")));
  std::string bytes = one + two.substr(0, two.size() / 2);
  std::string path = dir.Write("cut.warc.gz", bytes);
  Collected c = Ingest(path);
  ASSERT_FALSE(c.errors.empty());
  EXPECT_EQ(c.ErrorStrings().back(),
            path + "@" + std::to_string(bytes.size()) + ": truncated gzip stream");
  ASSERT_GE(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "https://news.invalid/1");
}

TEST(WarcTest, ContentLengthNotFollowedBySeparatorIsReportedAndSkipped) {
  ScratchDir dir;
  std::string ok1 = Record("response", "https://news.invalid/1", Http("<p>One</p>"));
  std::string liar = Record("response", "https://news.invalid/liar", Http("<p>Lies</p>"), "", 10);
  std::string ok2 = Record("response", "https://news.invalid/2", Http("<p>Two</p>"));
  std::string path = dir.Write("lie.warc", ok1 + liar + ok2);
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(),
              ElementsAre(path + "@" + std::to_string(ok1.size()) +
                          ": Content-Length 10 is not followed by the record separator"));
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "https://news.invalid/1");
  EXPECT_EQ(c.docs[1].id, "https://news.invalid/2");
  EXPECT_EQ(c.docs[1].source, path + "@" + std::to_string(ok1.size() + liar.size()));
}

TEST(WarcTest, ContentLengthBeyondEndOfFileResynchronises) {
  ScratchDir dir;
  std::string liar =
      Record("response", "https://news.invalid/liar", Http("<p>Lies</p>"), "", 1000000);
  std::string ok = Record("response", "https://news.invalid/ok", Http("<p>Fine</p>"));
  std::string path = dir.Write("eof.warc", liar + ok);
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(),
              ElementsAre(path + "@0: Content-Length 1000000 runs past the end of the file"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "https://news.invalid/ok");
}

TEST(WarcTest, OversizedRecordIsSkippedWithoutBuffering) {
  ScratchDir dir;
  std::string big = Record("response", "https://news.invalid/big", Http(std::string(5000, 'w')));
  std::string ok = Record("response", "https://news.invalid/ok", Http("<p>Small</p>"));
  std::string path = dir.Write("big.warc", big + ok);
  IngestOptions options;
  options.max_record_bytes = 1000;
  Collected c = Ingest(path, options);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + "@0: record exceeds 1000 bytes"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "https://news.invalid/ok");
}

TEST(WarcTest, UnknownExtensionIsSniffedAsWarc) {
  ScratchDir dir;
  std::string path = dir.Write(
      "noext", Gzip(Record("resource", "urn:x", "piped", "Content-Type: text/plain\r\n")));
  Collected c = Ingest(path);  // unknown extension: sniffed like stdin
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "piped");
}

TEST(WarcTest, GarbageBetweenRecordsIsReportedOnce) {
  ScratchDir dir;
  std::string ok1 = Record("resource", "urn:a", "alpha", "Content-Type: text/plain\r\n");
  std::string junk = "this is not a record\nnor is this\n";
  std::string ok2 = Record("resource", "urn:b", "beta", "Content-Type: text/plain\r\n");
  std::string path = dir.Write("j.warc", ok1 + junk + ok2);
  Collected c = Ingest(path);
  EXPECT_THAT(c.ErrorStrings(), ElementsAre(path + "@" + std::to_string(ok1.size()) +
                                            ": expected a WARC/1.x record header"));
  ASSERT_EQ(c.docs.size(), 2u);
}

}  // namespace
}  // namespace stemma::ingest::testing

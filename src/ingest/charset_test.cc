#include "ingest/charset.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace stemma::ingest {
namespace {

TEST(CharsetTest, Utf8PassesThroughAndIsNfc) {
  EXPECT_EQ(DecodeText("plain ascii", "", false), "plain ascii");
  EXPECT_EQ(DecodeText("Caf\xC3\xA9", "", false), "Caf\xC3\xA9");
  EXPECT_EQ(DecodeText("Cafe\xCC\x81", "", false), "Caf\xC3\xA9");  // combining accent composed
}

TEST(CharsetTest, ByteOrderMarks) {
  EXPECT_EQ(DecodeText("\xEF\xBB\xBFhi", "", false), "hi");
  EXPECT_EQ(DecodeText(std::string("\xFF\xFEh\0\xE9\0", 6), "", false), "h\xC3\xA9");
  EXPECT_EQ(DecodeText(std::string("\xFE\xFF\0h\0\xE9", 6), "", false), "h\xC3\xA9");
}

TEST(CharsetTest, LegacyEncodingsAreDetectedWithoutLabels) {
  // Latin-1 / windows-1252 text: curly quotes 0x93/0x94 and an euro sign 0x80.
  std::string cp1252 =
      "The \x93"
      "Caf\xE9 R\xEAve\x94 in the invented town charged \x80 5 for tea.";
  EXPECT_EQ(DecodeText(cp1252, "", false),
            "The \xE2\x80\x9C"
            "Caf\xC3\xA9 R\xC3\xAAve\xE2\x80\x9D in the invented town charged "
            "\xE2\x82\xAC 5 for tea.");
}

TEST(CharsetTest, DeclaredCharsets) {
  EXPECT_EQ(DecodeText("na\xEFve", "iso-8859-1", false), "na\xC3\xAFve");
  EXPECT_EQ(DecodeText("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", false),
            "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // "Привет"
  // Valid UTF-8 wins over a stale single-byte label.
  EXPECT_EQ(DecodeText("Caf\xC3\xA9", "iso-8859-1", false), "Caf\xC3\xA9");
}

TEST(CharsetTest, HtmlMetaAndXmlDeclarations) {
  std::string meta = "<html><head><meta charset=\"windows-1251\"></head><p>\xCC\xE8\xF0</p>";
  EXPECT_EQ(DecodeText(meta, "", true),
            "<html><head><meta charset=\"windows-1251\"></head><p>\xD0\x9C\xD0\xB8\xD1\x80</p>");
  std::string equiv =
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">\xA4";
  EXPECT_EQ(DecodeText(equiv, "", true).substr(equiv.size() - 1), "\xE2\x82\xAC");
  std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><p>\xB1</p>";
  EXPECT_EQ(DecodeText(xml, "", true),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><p>\xC4\x85</p>");
  EXPECT_EQ(CharsetFromContentType("text/html; Charset=\"UTF-8\""), "utf-8");
}

TEST(CharsetTest, InvalidUtf8UnderUtf8LabelIsReplaced) {
  EXPECT_EQ(DecodeText("a\xFF"
                       "b",
                       "utf-8", false),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(CharsetTest, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("ordinary text\r\n\twith tabs"));
  EXPECT_FALSE(LooksBinary(std::string("\xFF\xFEh\0i\0", 6)));
}

TEST(CharsetTest, EncodedFilesThroughIngest) {
  testing::ScratchDir dir;
  dir.Write("latin1.txt", "R\xE9sum\xE9 of the fictional council meeting in Gr\xFCnwald.");
  dir.Write("utf16.txt", std::string("\xFF\xFE"
                                     "A\0\xE9\0",
                                     6));
  dir.Write("meta.html", "<meta charset=koi8-r><p>\xD0\xD2\xC9\xD7\xC5\xD4</p>");
  testing::Collected c = testing::Ingest(dir.path());
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].content,
            "R\xC3\xA9sum\xC3\xA9 of the fictional council meeting in Gr\xC3\xBCnwald.");
  EXPECT_EQ(c.docs[1].content,
            "<meta charset=koi8-r><p>\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</p>");
  EXPECT_EQ(c.docs[2].content, "A\xC3\xA9");
}

}  // namespace
}  // namespace stemma::ingest

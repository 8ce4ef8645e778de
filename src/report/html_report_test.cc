// Tests for the self-contained HTML report: escaping of hostile text, offsets, graphs, page shape.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "report/html_internal.h"
#include "stemma/report.h"

namespace stemma {
namespace {

constexpr char kScriptTitle[] = "<script>alert(1)</script>";
constexpr char kAttrTitle[] = "\"><img src=x onerror=alert(1)>";

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

bool IsValidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80             ? 1
                 : (c & 0xE0) == 0xC0 ? 2
                 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4
                                      : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

Document MakeDoc(std::string id, std::string title, std::string outlet, std::string published,
                 std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.title = std::move(title);
  doc.outlet = std::move(outlet);
  doc.published = std::move(published);
  doc.language = "en";
  doc.text = std::move(text);
  return doc;
}

// A fictional story in which every field a document controls tries to break out of the page.
Analysis HostileAnalysis() {
  Analysis a;
  a.documents.push_back(MakeDoc("wire-1", kScriptTitle, "Gazette of Nowhere", "2031-04-02",
                                "The mayor of Fictiville said the bridge over the Glass River "
                                "would reopen on Friday. Crews worked overnight. <b>bold</b>"));
  a.documents.back().byline = "Ann Example";
  a.documents.back().url = "javascript:alert(1)";
  a.documents.back().flags.push_back({"injected-text", "<img src=x onerror=alert(2)>"});
  a.documents.push_back(MakeDoc("copy\"'<2>", kAttrTitle, "<i>Echo</i> Daily", "2031-04-03",
                                "The mayor of Fictiville said the bridge over the Glass River "
                                "would reopen on Friday. Caf\xC3\xA9 owners cheered."));
  a.documents.back().url = "https://example.invalid/\"onmouseover=alert(3)";
  a.documents.back().flags.push_back({"date-contradiction", "published after its own update"});
  a.documents.push_back(MakeDoc("rewrite-3", "Bridge to reopen, officials say \\N \\G",
                                "Weekly Imaginary", "2031-04-04",
                                "Officials in Fictiville expect the Glass River bridge to reopen "
                                "on Saturday, according to a spokesman."));
  a.documents.push_back(MakeDoc("other-4", "Unrelated bake sale", "Weekly Imaginary", "",
                                "A bake sale raised 300 coins."));

  ReuseEdge copy;
  copy.source = "wire-1";
  copy.target = "copy\"'<2>";
  copy.relation = "near-duplicate";
  copy.score = 0.93;
  copy.direction_known = true;
  copy.direction_reason = "dates";
  copy.passages.push_back({0, 86, 0, 86});
  copy.passages.push_back({5000, 10, SIZE_MAX, 3});  // out of range and inverted
  copy.passages.push_back({1, 2, 109, 110});         // the middle of "é"
  a.reuse.edges.push_back(copy);
  ReuseEdge rewrite;
  rewrite.source = "wire-1";
  rewrite.target = "rewrite-3";
  rewrite.relation = "rewrite\"><script>alert(4)</script>";
  rewrite.score = 0.41;
  rewrite.passages.push_back({0, 40, 0, 45});
  a.reuse.edges.push_back(rewrite);
  a.reuse.edges.push_back({"ghost", "wire-1", "excerpt", 0.5, false, "", {{0, 9, 0, 9}}});
  a.reuse.clusters.push_back({{"wire-1", "copy\"'<2>", "rewrite-3"}, "wire-1"});

  Story story;
  story.id = "s1";
  story.title = kScriptTitle;
  story.first_date = "2031-04-02";
  story.last_date = "2031-04-04";
  story.documents = {"wire-1", "copy\"'<2>", "rewrite-3"};
  story.related_documents = {"other-4"};
  story.timeline.push_back({"2031-04-05", "Bridge reopens (Saturday version)", {"rewrite-3"}});
  story.timeline.push_back({"2031-04-04", kAttrTitle, {"wire-1", "copy\"'<2>"}});
  a.stories.stories.push_back(story);

  Claim reopen{"c1",
               "s1",
               "date",
               "the bridge would reopen on Friday",
               "2031-04-04",
               {"wire-1", "copy\"'<2>"},
               1,
               {"rewrite-3"},
               false};
  Claim saturday{"c2", "s1", "date", kAttrTitle, "2031-04-05", {"rewrite-3"}, 1, {"wire-1"}, true};
  Claim crews{"c3", "s1", "quote", "Crews worked overnight", "", {"wire-1"}, 1, {}, true};
  a.stories.claims = {reopen, saturday, crews};
  return a;
}

TEST(HtmlEscapeTest, EscapesAllFiveCharacters) {
  EXPECT_EQ(html::Escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
}

TEST(HtmlEscapeTest, ReplacesInvalidUtf8AndDropsControls) {
  EXPECT_EQ(html::Escape("ok\xFFz\x01\x7F\tx\n"), "ok\xEF\xBF\xBDz\tx\n");
  EXPECT_EQ(html::Escape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(html::Escape("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(HtmlEscapeTest, TruncatesAtCodePoints) {
  EXPECT_EQ(html::Truncate("h\xC3\xA9llo", 2), "h\xC3\xA9\xE2\x80\xA6");
  EXPECT_EQ(html::Truncate("short", 10), "short");
}

TEST(HtmlEscapeTest, ClampsOffsetsToTextAndCodePoints) {
  const std::string text = "a\xC3\xA9z";  // a é z: bytes 0, 1-2, 3
  size_t begin = 2, end = 99;
  html::ClampToUtf8(text, begin, end);
  EXPECT_EQ(begin, 3u);
  EXPECT_EQ(end, 4u);
  begin = 0, end = 2;
  html::ClampToUtf8(text, begin, end);
  EXPECT_EQ(end, 1u);
  begin = SIZE_MAX, end = 7;
  html::ClampToUtf8(text, begin, end);
  EXPECT_EQ(begin, 4u);
  EXPECT_EQ(end, 4u);
}

TEST(HtmlEscapeTest, DotLabelsCannotEndTheString) {
  const std::string dot = html::DotQuoted("a\"b\\\nc");
  EXPECT_EQ(dot.find('"'), std::string::npos);
  EXPECT_EQ(dot.find('\\'), std::string::npos);
  EXPECT_EQ(dot.find('\n'), std::string::npos);
}

TEST(HtmlReportTest, HostileTextRendersAsText) {
  const std::string page = RenderHtmlReport(HostileAnalysis());
  EXPECT_EQ(page.find(kScriptTitle), std::string::npos);
  EXPECT_EQ(page.find(kAttrTitle), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>bold"), std::string::npos);
  EXPECT_EQ(page.find("<i>Echo"), std::string::npos);
  EXPECT_EQ(page.find("javascript:"), page.find("javascript:alert(1)"));  // only as text
  EXPECT_EQ(page.find("href=\"javascript"), std::string::npos);
  EXPECT_EQ(page.find("\"onmouseover"), std::string::npos);
  EXPECT_EQ(Count(page, "<script"), 1u);  // the page's own script only
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(page.find("&lt;i&gt;Echo&lt;/i&gt; Daily"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(page));
}

TEST(HtmlReportTest, OutOfRangePassagesDoNotCrash) {
  Analysis a = HostileAnalysis();
  a.reuse.edges[0].passages.push_back({SIZE_MAX - 1, SIZE_MAX, SIZE_MAX, 0});
  const std::string page = RenderHtmlReport(a);
  EXPECT_TRUE(IsValidUtf8(page));
  EXPECT_NE(page.find("(empty span)"), std::string::npos);
  EXPECT_NE(page.find("document not available"), std::string::npos);  // the "ghost" source
  // The in-range passage shows the aligned text from both documents.
  EXPECT_GE(Count(page, "The mayor of Fictiville said the bridge"), 2u);
}

TEST(HtmlReportTest, ShowsCorroborationAndLinks) {
  const std::string page = RenderHtmlReport(HostileAnalysis());
  // Two single-source claims and two contradicted ones, in the story and in the claims tab.
  EXPECT_EQ(Count(page, "<span class=\"badge single\">single source</span>"), 4u);
  EXPECT_EQ(Count(page, "<span class=\"badge contra\">contradicted</span>"), 4u);
  EXPECT_NE(page.find("<a class=\"story\" href=\"#story-0\">"), std::string::npos);
  EXPECT_NE(page.find("<tr data-row id=\"doc-1\">"), std::string::npos);
  EXPECT_NE(page.find("href=\"#doc-1\""), std::string::npos);
  // Timeline entries come out in date order whatever order the story lists them in.
  EXPECT_LT(page.find("<time>2031-04-04</time>"), page.find("<time>2031-04-05</time>"));
}

TEST(HtmlReportTest, EmptyAnalysisIsAValidPage) {
  const std::string page = RenderHtmlReport(Analysis{});
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("</html>"), std::string::npos);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(page.find("No stories were found."), std::string::npos);
  EXPECT_EQ(page.find("<svg"), std::string::npos);
  EXPECT_EQ(Count(page, "<section"), Count(page, "</section>"));
}

TEST(HtmlReportTest, StoryWithEdgesGetsAnSvgGraph) {
  const std::string page = RenderHtmlReport(HostileAnalysis());
  const size_t svg = page.find("<svg");
  ASSERT_NE(svg, std::string::npos);
  EXPECT_NE(page.find("</svg>", svg), std::string::npos);
  EXPECT_EQ(page.find("<?xml"), std::string::npos);
  EXPECT_EQ(page.find("<!DOCTYPE svg"), std::string::npos);
  EXPECT_EQ(page.find("<!--"), std::string::npos);
  EXPECT_EQ(page.find(" id=\"node1\""), std::string::npos);  // ids would repeat across graphs
  EXPECT_NE(page.find("<g class=\"graph\"", svg), std::string::npos);  // graphviz
}

TEST(HtmlReportTest, GraphvizLaysOutAndFallbackDrawsEscapedLabels) {
  html::GraphSpec graph;
  graph.nodes.push_back({kScriptTitle, kAttrTitle, false, true});
  graph.nodes.push_back({"B & \"C\" \\", "tip", true, false});
  graph.links.push_back({0, 1, "duplicate", true});
  graph.links.push_back({1, 7, "bogus", false});  // out of range: ignored by the fallback
  const std::string laid_out = html::RenderGraphviz({graph.nodes, {graph.links[0]}});
  ASSERT_FALSE(laid_out.empty());
  EXPECT_EQ(laid_out.rfind("<svg", 0), 0u);
  EXPECT_EQ(laid_out.find(kScriptTitle), std::string::npos);
  EXPECT_NE(laid_out.find("&lt;script&gt;"), std::string::npos);
  const std::string drawn = html::RenderCircularGraph(graph);
  EXPECT_EQ(drawn.rfind("<svg", 0), 0u);
  EXPECT_EQ(drawn.find("<script"), std::string::npos);
  EXPECT_NE(drawn.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(Count(drawn, "<line"), 1u);
}

// Random bytes in every field and random offsets: the page stays valid UTF-8 with one script.
TEST(HtmlReportTest, RandomFieldsNeverBreakThePage) {
  std::mt19937 rng(12345);
  auto bytes = [&rng](size_t max_len) {
    std::string s(rng() % (max_len + 1), '\0');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? "<>&\"'\\\n"[rng() % 7] : rng());
    return s;
  };
  for (int round = 0; round < 20; ++round) {
    Analysis a;
    for (int d = 0; d < 6; ++d) {
      Document doc = MakeDoc(bytes(12), bytes(50), bytes(20), bytes(12), bytes(300));
      doc.url = bytes(30);
      doc.flags.push_back({bytes(10), bytes(40)});
      a.documents.push_back(doc);
    }
    Story story;
    story.id = bytes(5);
    story.title = bytes(40);
    for (int e = 0; e < 8; ++e) {
      const Document& from = a.documents[rng() % 6];
      const Document& to = a.documents[rng() % 6];
      ReuseEdge edge{from.id, to.id, bytes(12), 0.5, rng() % 2 == 0, bytes(8), {}};
      edge.passages.push_back({rng() % 400, rng() % 400, rng() % 400, rng() % 400});
      a.reuse.edges.push_back(edge);
      story.documents.push_back(from.id);
    }
    story.timeline.push_back({bytes(10), bytes(60), {story.documents[0], bytes(6)}});
    a.stories.claims.push_back(
        {"c", story.id, bytes(8), bytes(60), bytes(10), {story.documents[0]}, 1, {bytes(6)}, true});
    a.stories.stories.push_back(story);
    const std::string page = RenderHtmlReport(a);
    ASSERT_TRUE(IsValidUtf8(page)) << round;
    EXPECT_EQ(Count(page, "<script"), 1u) << round;
    EXPECT_NE(page.find("<svg"), std::string::npos) << round;
    EXPECT_NE(page.find("</html>"), std::string::npos) << round;
  }
}

// Writes the hostile fixture's report where STEMMA_REPORT_OUT says, for tests/browser/run.sh.
TEST(HtmlReportTest, WritesFixtureReportWhenAsked) {
  const std::string page = RenderHtmlReport(HostileAnalysis());
  const char* path = std::getenv("STEMMA_REPORT_OUT");
  if (path == nullptr || *path == '\0') GTEST_SKIP() << "STEMMA_REPORT_OUT not set";
  std::ofstream file(path, std::ios::binary);
  file << page;
  file.close();
  EXPECT_TRUE(file.good()) << path;
}

}  // namespace
}  // namespace stemma

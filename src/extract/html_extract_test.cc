// HTML extraction: main text and metadata on small fictional pages, and hostile input.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "extract/html_tokenizer.h"
#include "extract/page.h"
#include "stemma/extract.h"

namespace stemma {
namespace {

Document ExtractHtml(const std::string& html, const std::string& url = "") {
  RawDocument raw;
  raw.id = "t";
  raw.format = ContentFormat::kHtml;
  raw.content = html;
  raw.url = url;
  return Extract(raw);
}

const char kArticle[] = R"(<!doctype html><html lang="en"><head>
<title>Moon Cheese Prices Soar | The Lunar Ledger</title>
<meta property="og:site_name" content="The Lunar Ledger">
<meta property="article:published_time" content="2031-05-06T08:15:00+02:00">
<meta name="author" content="Ada Crater">
<link rel="canonical" href="https://ledger.example/2031/05/06/moon-cheese">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/a">Markets</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/m">Markets</a></div>
<article class="story">
<h1>Moon Cheese Prices Soar</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>Prices of moon cheese rose by a third on Tuesday, traders at the Tranquility Exchange said,
citing a shortage of crater milk after the long lunar night.</p>
<p>&ldquo;We have never seen demand like this,&rdquo; said Ada Crater, a fictional broker, adding
that orders from Mars colonies had doubled since the spring.</p>
<h2>Supply worries</h2>
<p>The exchange expects supply to recover by the next lunar day, when the dairies restart,
according to a statement published on its website.</p>
<ul><li>Crater milk output fell 40 percent, the exchange said.</li>
<li>Mars orders doubled, brokers estimate, compared with last year.</li></ul>
<blockquote>Cheese is the new helium, one analyst wrote in a note to clients.</blockquote>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Moon rocks fall</a></li>
<li><a href="/y">Helium rally ends</a></li></ul></aside>
<div id="comments"><p>First comment! This is a reader comment that should never be body text.</p></div>
<footer><p>Copyright 2031 The Lunar Ledger. All rights reserved.</p></footer>
</body></html>)";

TEST(HtmlExtract, KeepsArticleDropsBoilerplate) {
  Document d = ExtractHtml(kArticle);
  EXPECT_NE(d.text.find("Prices of moon cheese rose by a third"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("\u201CWe have never seen demand"), std::string::npos);
  EXPECT_NE(d.text.find("Supply worries"), std::string::npos);
  EXPECT_NE(d.text.find("Mars orders doubled"), std::string::npos);
  EXPECT_NE(d.text.find("Cheese is the new helium"), std::string::npos);
  for (const char* junk : {"Markets", "Share on Facebook", "Moon rocks fall", "First comment",
                           "All rights reserved", "not text", "color: red"}) {
    EXPECT_EQ(d.text.find(junk), std::string::npos) << junk;
  }
  EXPECT_NE(d.text.find("\n\n"), std::string::npos);
}

TEST(HtmlExtract, ReadsMetadata) {
  Document d = ExtractHtml(kArticle);
  EXPECT_EQ(d.title, "Moon Cheese Prices Soar");
  EXPECT_EQ(d.outlet, "The Lunar Ledger");
  EXPECT_EQ(d.byline, "Ada Crater");
  EXPECT_EQ(d.published, "2031-05-06T08:15:00+02:00");
  EXPECT_EQ(d.canonical_url, "https://ledger.example/2031/05/06/moon-cheese");
  EXPECT_EQ(d.language, "en");
}

TEST(HtmlExtract, JsonLdAndUrlDates) {
  std::string html = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Comet Parade Delayed","datePublished":"2030-01-02",
 "author":[{"@type":"Person","name":"Iris Orbit"},{"@type":"Person","name":"Leo Apogee"}],
 "publisher":{"@type":"Organization","name":"Orbit Daily"}}]}</script></head>
<body><div class="content"><p>The comet parade was delayed by a week because of dust storms,
organisers said on Monday, disappointing thousands of visitors.</p></div></body></html>)";
  Document d = ExtractHtml(html);
  EXPECT_EQ(d.title, "Comet Parade Delayed");
  EXPECT_EQ(d.byline, "Iris Orbit, Leo Apogee");
  EXPECT_EQ(d.published, "2030-01-02");
  EXPECT_EQ(d.outlet, "Orbit Daily");
  Document u = ExtractHtml("<p>Short text about nothing much at all, written for a test.</p>",
                           "https://site.example/news/2029/12/31/story.html");
  EXPECT_EQ(u.published, "2029-12-31");
}

TEST(HtmlExtract, RawFieldsWinOverPage) {
  RawDocument raw;
  raw.format = ContentFormat::kHtml;
  raw.content = kArticle;
  raw.title = "Given Title";
  raw.author = "Given Author";
  raw.published = "March 3, 2032";
  Document d = Extract(raw);
  EXPECT_EQ(d.title, "Given Title");
  EXPECT_EQ(d.byline, "Given Author");
  EXPECT_EQ(d.published, "2032-03-03");
  EXPECT_EQ(d.outlet, "The Lunar Ledger");
}

TEST(HtmlExtract, RepublicationNoticeBecomesProvenance) {
  Document d = ExtractHtml(
      "<article><p>The fictional river festival drew record crowds on Sunday, organisers said, "
      "with boats, lanterns and a parade of painted ducks along the quay.</p>"
      "<p>Tickets for next year go on sale in the spring, the festival committee said.</p>"
      "<p>This article was originally published on The River Courier.</p></article>");
  EXPECT_EQ(d.republished_from, "The River Courier");
  EXPECT_EQ(d.text.find("originally published"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Tickets for next year"), std::string::npos);
}

TEST(HtmlExtract, RepublicationNoticeStyledAsCreditStillCounts) {
  Document d = ExtractHtml(
      "<article><div class=story-body><p>The fictional lantern fair opened on the quay on "
      "Friday, with two hundred stalls and a brass band from the hill villages.</p>"
      "<p>Organisers expect forty thousand visitors over the weekend, the town hall said.</p>"
      "<p class=credit><em>Originally published by Lantern Wire.</em></p></div></article>");
  EXPECT_EQ(d.republished_from, "Lantern Wire");
}

TEST(HtmlExtract, EntitiesAndWhitespace) {
  Document d = ExtractHtml(
      "<div class=article-body><p>Caf&eacute; &amp; bar&nbsp;&nbsp;open   again &#8212; "
      "&#x41;&#66;C said the owner of the fictional place on Main Street.</p></div>");
  EXPECT_EQ(d.text,
            "Caf\u00e9 & bar open again \u2014 ABC said the owner of the fictional place on "
            "Main Street.");
}

TEST(HtmlTokenizer, HandlesBrokenMarkup) {
  extract::HtmlTokenizer tok("<p class='a>b</p><a href=x<b>t</b><!-- open comment <p>z");
  extract::HtmlToken t;
  int n = 0;
  while (tok.Next(&t) && n < 100) ++n;
  EXPECT_LT(n, 100);
}

// Hostile input: each must finish quickly without crashing.
TEST(HtmlHostile, DeepNesting) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div><span>";
  html += "<p>Deep text that is the only paragraph on this page, nested ten thousand levels.</p>";
  Document d = ExtractHtml(html);
  EXPECT_NE(d.text.find("Deep text"), std::string::npos);
  std::string closes = html;
  for (int i = 0; i < 10000; ++i) closes += "</span></div></b></i>";
  ExtractHtml(closes);
}

TEST(HtmlHostile, UnclosedAndStrayTags) {
  std::string html = "<html><body><div><p>one<p>two<li>three<td>four</table></ul></p></p>";
  for (int i = 0; i < 5000; ++i) html += "</div><b><i><p>";
  Document d = ExtractHtml(html);
  SUCCEED();
}

TEST(HtmlHostile, DeeplyNestedJsonLd) {
  std::string json = std::string(200000, '[') + std::string(200000, ']');
  std::string obj;
  for (int i = 0; i < 50000; ++i) obj += "{\"a\":";
  obj += "1" + std::string(50000, '}');
  Document d = ExtractHtml("<script type=\"application/ld+json\">" + json +
                           "</script><script type=\"application/ld+json\">" + obj +
                           "</script><p>Some fictional text about owls and their parliament.</p>");
  EXPECT_NE(d.text.find("owls"), std::string::npos);
}

TEST(HtmlHostile, ScriptOnlyPage) {
  Document d = ExtractHtml("<html><script>document.write('<p>hi</p>')</script><script>");
  EXPECT_EQ(d.text, "");
  EXPECT_FALSE(d.flags.empty());
}

TEST(HtmlHostile, BinaryJunk) {
  std::mt19937 rng(7);
  std::string junk(1 << 20, '\0');
  for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
  for (int i = 0; i < 2000; ++i) junk[rng() % junk.size()] = '<';
  ExtractHtml(junk);
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.content = junk;
  Extract(raw);
  SUCCEED();
}

TEST(TextHostile, PathologicalMarkdownStaysLinear) {
  RawDocument raw;
  raw.format = ContentFormat::kMarkdown;
  raw.content = std::string(2 << 20, '[') + "\n" + std::string(1 << 20, '*') + "\n" +
                std::string(1 << 20, '#');
  auto t0 = std::chrono::steady_clock::now();
  Extract(raw);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 10.0);
}

TEST(HtmlHostile, TwentyMegabytePage) {
  std::string html = "<html><body><div class=article>";
  const std::string para =
      "<p>This fictional paragraph repeats to make a very large page, with commas, words and "
      "<a href='/x'>a link</a> in it.</p><div class=ad>buy</div>\n";
  while (html.size() < (20u << 20)) html += para;
  auto t0 = std::chrono::steady_clock::now();
  Document d = ExtractHtml(html);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GT(d.text.size(), 1000u);
  EXPECT_LT(secs, 20.0);  // generous bound for a loaded CI machine; bench/ has real figures
}

}  // namespace
}  // namespace stemma

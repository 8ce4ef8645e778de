// Text and Markdown scrapes, on fictional fixtures written for these tests.
#include "extract/text_cleanup.h"

#include <gtest/gtest.h>

#include "extract/line_rules.h"
#include "stemma/extract.h"

namespace stemma::extract {
namespace {

TEST(StripMarkdownInline, KeepsLinkTextDropsSyntax) {
  bool link_only = false;
  EXPECT_EQ(StripMarkdownInline("See [the report](https://x.example/r) and **this**.", &link_only),
            "See the report and this.");
  EXPECT_FALSE(link_only);
  EXPECT_EQ(StripMarkdownInline("[Only A Link](#)", &link_only), "Only A Link");
  EXPECT_TRUE(link_only);
  EXPECT_EQ(StripMarkdownInline("![a picture](p.png)*Italic standfirst.*", nullptr),
            "Italic standfirst.");
}

TEST(CleanText, MarkdownHeaderAndFooter) {
  const char* md =
      "# Turnips Win Regional Vegetable Prize\n\n"
      "By [Wanda Furrow](#)\n\n"
      "Village Gazette, March 3, 2031\n\n"
      "Region: [Shire](#)\n\n"
      "The turnip growers of the fictional valley took first prize at the regional show on "
      "Saturday, judges said, after a season of steady rain.\n\n"
      "\"We are delighted,\" said one grower, who asked not to be named.\n\n"
      "Related\n\n- Carrots lose again\n- Leeks on the rise\n\n"
      "The original source of this article is Turnip Times\n\n"
      "Copyright \xC2\xA9 Wanda Furrow, 2031\n\n"
      "**Disclaimer:** The contents of this article are of sole responsibility of the author.\n";
  CleanedText c = CleanText(md);
  EXPECT_EQ(c.title, "Turnips Win Regional Vegetable Prize");
  EXPECT_EQ(c.byline, "Wanda Furrow");
  EXPECT_EQ(c.outlet, "Village Gazette");
  EXPECT_EQ(c.published_raw, "March 3, 2031");
  EXPECT_EQ(c.republished_from, "Turnip Times");
  EXPECT_EQ(c.text,
            "The turnip growers of the fictional valley took first prize at the regional show on "
            "Saturday, judges said, after a season of steady rain.\n\n"
            "\"We are delighted,\" said one grower, who asked not to be named.");
}

TEST(CleanText, SourceLineIsTheAddressNotTheHeadline) {
  const CleanedText c = CleanText(
      "https://valleygazette.example/news/2031/03/turnip-prize\n"
      "Turnips Win Regional Vegetable Prize\n"
      "The turnip growers of the fictional valley took first prize at the regional show on "
      "Saturday, judges said, after a season of steady rain.\n");
  EXPECT_EQ(c.title, "Turnips Win Regional Vegetable Prize");
  EXPECT_EQ(c.url, "https://valleygazette.example/news/2031/03/turnip-prize");
  EXPECT_EQ(c.text.find("https://"), std::string::npos);
  const CleanedText e = CleanText(
      "Turnips Win Regional Vegetable Prize\n"
      "First Published: March 3, 2031 4: 59 PM EDT\n"
      "The turnip growers of the fictional valley took first prize at the regional show on "
      "Saturday, judges said, after a season of steady rain.\n");
  EXPECT_EQ(e.published_raw, "March 3, 2031 4: 59 PM EDT");
  EXPECT_EQ(e.text.find("First Published"), std::string::npos);
  // A sentence that only starts with an address is text.
  const CleanedText d = CleanText(
      "Turnips Win Regional Vegetable Prize\n"
      "www.valleygazette.example has the results of the regional show, judges said on "
      "Saturday after a season of steady rain.\n");
  EXPECT_TRUE(d.url.empty());
  EXPECT_NE(d.text.find("www.valleygazette.example has"), std::string::npos);
}

TEST(GalleryMarkers, PhotoCaptionControlsLeaveTheText) {
  std::string text =
      "The mayor of the fictional port spoke at noon. Hide Caption 1 of 19 Photos: Harbour "
      "week The fleet came in at dawn. Show Caption 12 of 19 Photos: Crowds lined the quay.\n\n"
      "Hide Caption is a button, not a count.";
  EXPECT_EQ(RemoveGalleryMarkers(&text), 2u);
  EXPECT_EQ(text,
            "The mayor of the fictional port spoke at noon. Harbour week The fleet came in at "
            "dawn. Crowds lined the quay.\n\nHide Caption is a button, not a count.");
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "Hide Caption 1 of 2 ";
  EXPECT_EQ(RemoveGalleryMarkers(&many), 100000u);
  EXPECT_TRUE(many.empty());
}

TEST(VideoTeasers, PlayerParagraphsGoAndTheRestStays) {
  std::string text =
      "The mayor of the fictional port spoke at noon.\n\n"
      "JUST WATCHED Harbour week in pictures Replay More Videos ... MUST WATCH Harbour week "
      "in pictures 01:49\n\n"
      "JUST WATCHED Quay repairs Replay More Videos ...\n\n"
      "JUST WATCHED is what the council called its film club.";
  EXPECT_EQ(RemoveVideoTeasers(&text), 2u);
  EXPECT_EQ(text,
            "The mayor of the fictional port spoke at noon.\n\n"
            "JUST WATCHED is what the council called its film club.");
  std::string plain = "No player here.";
  EXPECT_EQ(RemoveVideoTeasers(&plain), 0u);
  EXPECT_EQ(plain, "No player here.");
}

TEST(LineRulesTest, NameTooltipsRunIntoTheTextAreRemoved) {
  std::string text =
      "Harbour Master Ilse Brun Ilse (Isolde) Marta BrunGuild: Marrow pier to reopen Ferry fares "
      "rise again Tarn council backs toll plan MORE (Marrow) said the pier would reopen. Later "
      "Odo Falk Odo Petrus FalkHarbour fees double MORE’s office agreed with Ada Wren Ada Lise "
      "Wren2031 toll plan fails MORE.";
  EXPECT_EQ(RemoveNameTooltips(&text), 3u);
  EXPECT_EQ(text,
            "Harbour Master Ilse Brun (Marrow) said the pier would reopen. Later Odo Falk’s office "
            "agreed with Ada Wren.");
  // A plain capitalised MORE, camel-case words, or a glued word whose surname was not shown
  // stay.
  std::string plain =
      "The sign said MORE FERRIES. The McDonald brothers run YouTube channels. Tarn hosted "
      "Ada WrenFerries Now MORE than ever.";
  const std::string before = plain;
  EXPECT_EQ(RemoveNameTooltips(&plain), 0u);
  EXPECT_EQ(plain, before);
  // Hostile input: a megabyte of MOREs and glued words.
  std::string many;
  for (int i = 0; i < 50000; ++i) many += "Abe AbeCd MORE aBcDeFgH ";
  EXPECT_EQ(RemoveNameTooltips(&many), 50000u);
  EXPECT_EQ(many.substr(0, 20), "Abe aBcDeFgH Abe aBc");
}

TEST(CleanText, CountersAndRepeatedHeadline) {
  const char* txt =
      "Home > News\n"
      "Owls Elect New Parliament\n"
      "Date:2030-02-01 10:00:00\n"
      "The owls of the fictional northern wood elected a new parliament on Monday, ending a "
      "long winter of hooting debates among the older birds.\n"
      "Owls Elect New Parliament\n"
      "Likes! (1234)\n"
      "The new speaker promised shorter nights and fewer mice taxes for every nest.\n";
  CleanedText c = CleanText(txt);
  EXPECT_EQ(c.title, "Owls Elect New Parliament");
  EXPECT_EQ(c.published_raw, "2030-02-01 10:00:00");
  EXPECT_EQ(c.text.find("Likes"), std::string::npos);
  EXPECT_EQ(c.text.find("Home > News"), std::string::npos);
  EXPECT_EQ(c.text.find("Owls Elect"), std::string::npos);
  bool repeated = false;
  for (const auto& f : c.flags) repeated |= f.kind == "repeated-headline";
  EXPECT_TRUE(repeated);
}

TEST(Extract, InjectedNameIsRemoved) {
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.content =
      "Bob Plumtree:Otters open a bakery in the fictional harbour\n"
      "Date:2031-06-01 09:00:00\n"
      "The otters opened a bakery on Bob Plumtreethe harbour front on Sunday, selling fish "
      "pies to visitors on March 2, 2031 and after.\n";
  Document d = Extract(raw);
  EXPECT_EQ(d.title, "Otters open a bakery in the fictional harbour");
  EXPECT_EQ(d.text.find("Plumtree"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("bakery on the harbour front"), std::string::npos) << d.text;
  bool injected = false, contradiction = false;
  for (const auto& f : d.flags) {
    injected |= f.kind == "injected-text";
    contradiction |= f.kind == "date-contradiction";
  }
  EXPECT_TRUE(injected);
  EXPECT_FALSE(contradiction);  // March 2031 is within months of the page date
  EXPECT_EQ(d.published, "2031-06-01T09:00:00");
}

TEST(Extract, OldDatesInAnHonestArticleAreNoContradiction) {
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.published = "2031-09-12";
  raw.content =
      "The fictional harbour town remembered the great flood of September 11, 2001 on Friday, "
      "thirty years after the water reached the market square.\n";
  Document d = Extract(raw);
  EXPECT_EQ(d.published, "2031-09-12");
  EXPECT_TRUE(d.flags.empty()) << d.flags[0].kind;
}

TEST(Extract, RedatedScrapeIsAContradiction) {
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.content =
      "Date:2034-02-01 10:00:00\n"
      "The fictional lighthouse keepers voted on Wednesday to keep the lamp burning all winter, "
      "their union said in a short statement.\n"
      "Related\n- Storm season opens early, March 3, 2031\n- Keepers' picnic recipes\n";
  Document d = Extract(raw);
  ASSERT_FALSE(d.flags.empty());
  EXPECT_EQ(d.flags[0].kind, "date-contradiction");
  EXPECT_EQ(d.text.find("Storm season"), std::string::npos);
}

TEST(Extract, HeadlineWithColonIsNotInjection) {
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.content =
      "Mayor Quill: the fictional town will plant more trees\n"
      "Mayor Quill said on Friday that the town will plant a thousand trees next spring, "
      "paid for by the harbour fund.\n";
  Document d = Extract(raw);
  EXPECT_EQ(d.title, "Mayor Quill: the fictional town will plant more trees");
  EXPECT_TRUE(d.flags.empty());
}

}  // namespace
}  // namespace stemma::extract

namespace stemma {
namespace {

Document ExtractDatedText(const std::string& published, const std::string& content) {
  RawDocument raw;
  raw.format = ContentFormat::kText;
  raw.published = published;
  raw.content = content;
  return Extract(raw);
}

bool HasFlag(const Document& d, const std::string& kind) {
  for (const Flag& f : d.flags) {
    if (f.kind == kind) return true;
  }
  return false;
}

TEST(Extract, TextLookingForwardToAPastYearIsAContradiction) {
  Document d = ExtractDatedText(
      "2036-05-02",
      "The fictional ferry council met on Monday and agreed new fares for the island route. "
      "The next meeting is planned for Orrin in 2033, the council secretary said.\n");
  EXPECT_TRUE(HasFlag(d, "date-contradiction"));
}

TEST(Extract, ForwardLookingYearStillToComeIsNoContradiction) {
  Document d = ExtractDatedText(
      "2031-05-02",
      "The fictional ferry council said the new pier will open in 2033. Fares were last raised "
      "in 2024, when the council will have been thinking of costs.\n");
  EXPECT_FALSE(HasFlag(d, "date-contradiction"));
}

}  // namespace
}  // namespace stemma

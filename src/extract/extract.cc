// Extract(): dispatch by format, then metadata, cleanup and flags.
#include "stemma/extract.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/dates.h"
#include "extract/flags.h"
#include "extract/language.h"
#include "extract/line_rules.h"
#include "extract/metadata.h"
#include "extract/page.h"
#include "extract/scoring.h"
#include "extract/text_cleanup.h"

namespace stemma {
namespace {

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// A dateline in the opening words ("On September 2, 2025, ...", "WASHINGTON, Jan 5, 2024 -").
std::string DatelineDate(std::string_view text) {
  std::string_view head = text.substr(0, 160);
  auto dates = extract::FindDates(head, 1);
  if (dates.empty() || dates[0].day == 0) return {};
  return extract::NormalizeDate(head.substr(dates[0].begin));
}

void ExtractHtml(const RawDocument& raw, Document* doc, std::string* html_lang,
                 std::string* boilerplate) {
  extract::Page page;
  extract::BuildPage(raw.content, &page);
  extract::HtmlMetadata meta = extract::ReadMetadata(page, raw.url);
  doc->title = meta.title;
  doc->byline = meta.byline;
  doc->published = meta.published;
  doc->outlet = meta.outlet;
  doc->canonical_url = meta.canonical_url;
  doc->text = extract::SelectMainText(&page, doc->title, boilerplate);
  html_lang->assign(page.lang.substr(0, page.lang.find_first_of("-_")));
  // "Originally published at ..." notices near the end: provenance, not body.
  size_t tail = doc->text.size() > 3000 ? doc->text.rfind("\n\n", doc->text.size() - 3000) : 0;
  for (size_t p = tail == std::string::npos ? 0 : tail; p < doc->text.size();) {
    size_t e = doc->text.find("\n\n", p);
    if (e == std::string::npos) e = doc->text.size();
    std::string from = extract::RepublishedFrom(std::string_view(doc->text).substr(p, e - p));
    if (!from.empty() && from.size() < 120) {
      doc->republished_from = from;
      doc->text.erase(p, std::min(doc->text.size(), e + 2) - p);
      while (!doc->text.empty() && doc->text.back() == '\n') doc->text.pop_back();
      break;
    }
    p = e + 2;
  }
  // Credit lines are often styled as furniture and left out of the text: look at every block.
  for (size_t i = 0; doc->republished_from.empty() && i < page.blocks.size(); ++i) {
    std::string_view block = page.BlockText(page.blocks[i]);
    if (block.size() > 300) continue;
    std::string from = extract::RepublishedFrom(block);
    if (!from.empty() && from.size() < 120) doc->republished_from = from;
  }
  if (page.truncated) {
    doc->flags.push_back(
        {"truncated", "page has over a million elements or blocks; the rest was flattened"});
  }
  if (doc->text.empty() && !raw.content.empty()) {
    doc->flags.push_back({"no-main-text", "no article text found in the page"});
  }
}

void ExtractText(const RawDocument& raw, Document* doc, std::string* boilerplate) {
  extract::CleanedText c = extract::CleanText(raw.content);
  doc->title = std::move(c.title);
  doc->byline = std::move(c.byline);
  doc->published = extract::NormalizeDate(c.published_raw);
  doc->outlet = std::move(c.outlet);
  doc->republished_from = std::move(c.republished_from);
  if (doc->url.empty()) doc->url = std::move(c.url);
  doc->text = std::move(c.text);
  doc->flags = std::move(c.flags);
  *boilerplate = std::move(c.boilerplate);
  extract::CheckTopicMismatch(doc->byline, c.author_bio, doc->text, &doc->flags);
}

}  // namespace

Document Extract(const RawDocument& raw) {
  Document doc;
  doc.id = raw.id;
  doc.source = raw.source;
  doc.url = raw.url;
  std::string html_lang, boilerplate;
  if (raw.format == ContentFormat::kHtml) {
    ExtractHtml(raw, &doc, &html_lang, &boilerplate);
  } else {
    ExtractText(raw, &doc, &boilerplate);
  }
  extract::RemoveGalleryMarkers(&doc.text);
  extract::RemoveVideoTeasers(&doc.text);
  extract::RemoveNameTooltips(&doc.text);
  extract::RemoveInjectedName(&doc.title, &doc.text, &doc.flags);
  const bool page_dated = !doc.published.empty();
  // Fields given alongside the content win over what the page says.
  if (!Blank(raw.title)) doc.title = raw.title;
  if (!Blank(raw.author)) doc.byline = raw.author;
  if (!Blank(raw.outlet)) doc.outlet = raw.outlet;
  if (!Blank(raw.published)) {
    std::string iso = extract::NormalizeDate(raw.published);
    doc.published = iso.empty() ? doc.published : iso;
  }
  if (page_dated || !Blank(raw.published)) {
    extract::CheckDateContradiction(doc.published, doc.text, boilerplate, &doc.flags);
  }
  if (doc.published.empty()) doc.published = DatelineDate(doc.text);
  if (doc.published.empty() && !raw.url.empty()) doc.published = extract::DateFromUrl(raw.url);
  doc.language = extract::DetectLanguage(doc.text);
  if (doc.language.empty() && html_lang.size() == 2) {
    for (char c : html_lang) doc.language.push_back(static_cast<char>(std::tolower(c)));
  }
  return doc;
}

}  // namespace stemma

// The per-document table and the reuse edges with side-by-side aligned passages.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "report/html_internal.h"

namespace stemma::html {
namespace {

constexpr size_t kMaxDocuments = 5000;
constexpr size_t kMaxEdges = 1500;
constexpr size_t kMaxPassagesPerEdge = 3;
constexpr size_t kMaxPassageChars = 400;

void AppendField(std::string& out, const std::string& value, size_t max_chars) {
  if (value.empty()) {
    out += "<span class=\"muted\">\xE2\x80\x94</span>";
  } else {
    AppendEscaped(out, Truncate(value, max_chars));
  }
}

void AppendDocumentRow(std::string& out, size_t i, const Document& doc, const Story* story,
                       size_t story_index) {
  out += "<tr data-row id=\"doc-" + std::to_string(i) + "\"><td class=\"title\"><b>";
  AppendEscaped(out, Truncate(doc.title.empty() ? "(untitled)" : doc.title, 200));
  out += "</b><div class=\"muted small mono\">";
  AppendEscaped(out, Truncate(doc.id, 160));
  out += "</div>";
  // URLs are shown as text only: never as a link a hostile document could aim anywhere.
  if (!doc.url.empty()) {
    out += "<div class=\"small mono url\">";
    AppendEscaped(out, Truncate(doc.url, 200));
    out += "</div>";
  }
  if (story != nullptr) {
    out += "<div class=\"small\">story: <a class=\"story\" href=\"#story-" +
           std::to_string(story_index) + "\">";
    AppendEscaped(out, Truncate(story->title.empty() ? story->id : story->title, 80));
    out += "</a></div>";
  }
  if (!doc.republished_from.empty()) {
    out += "<div class=\"small\">originally: ";
    AppendEscaped(out, Truncate(doc.republished_from, 200));
    out += "</div>";
  }
  out += "</td><td>";
  AppendField(out, doc.byline, 120);
  out += "</td><td class=\"nowrap\">";
  AppendField(out, doc.published, 32);
  out += "</td><td>";
  AppendField(out, doc.outlet, 80);
  out += "</td><td>";
  AppendField(out, doc.language, 8);
  out += "</td><td>";
  for (const Flag& flag : doc.flags) {
    out += "<div class=\"flagline\"><span class=\"badge flag\">";
    AppendEscaped(out, Truncate(flag.kind, 40));
    out += "</span> <span class=\"small\">";
    AppendEscaped(out, Truncate(flag.detail, 200));
    out += "</span></div>";
  }
  out += "</td></tr>";
}

// One side of an aligned passage: the clamped span, truncated, with its byte range.
void AppendSpan(std::string& out, const Document* doc, size_t begin, size_t end) {
  out += "<div class=\"side\">";
  if (doc == nullptr) {
    out += "<div class=\"muted small\">document not available</div></div>";
    return;
  }
  const std::string_view text = doc->text;
  ClampToUtf8(text, begin, end);
  out += "<div class=\"muted small\"><b>";
  AppendEscaped(out, Truncate(doc->outlet.empty() ? doc->id : doc->outlet, 60));
  out += "</b> \xC2\xB7 bytes " + std::to_string(begin) + "\xE2\x80\x93" + std::to_string(end) +
         "</div><blockquote class=\"passage\">";
  if (begin == end) {
    out += "<span class=\"muted\">(empty span)</span>";
  } else {
    AppendEscaped(out, Truncate(text.substr(begin, end - begin), kMaxPassageChars));
  }
  out += "</blockquote></div>";
}

void AppendEdge(std::string& out, const ReuseEdge& edge, const DocIndex& index) {
  char score[32];
  std::snprintf(score, sizeof(score), "%.2f", edge.score);
  out +=
      "<details class=\"edge card\" data-row><summary><span class=\"badge rel\" "
      "style=\"background:" +
      std::string(RelationColor(edge.relation)) + "\">";
  AppendEscaped(out, Truncate(edge.relation, 40));
  out += "</span> ";
  AppendDocLink(out, index, edge.source);
  out += edge.direction_known ? " <span class=\"arrow\">\xE2\x86\x92</span> "
                              : " <span class=\"arrow\">\xE2\x80\x94</span> ";
  AppendDocLink(out, index, edge.target);
  out += " <span class=\"muted small\">score " + std::string(score);
  if (edge.direction_known) {
    out += ", direction from ";
    AppendEscaped(out, Truncate(edge.direction_reason.empty() ? "?" : edge.direction_reason, 40));
  } else {
    out += ", direction unknown";
  }
  out += "</span></summary>";
  if (edge.passages.empty()) {
    out += "<p class=\"muted small\">No aligned passages recorded.</p>";
  }
  const Document* source = index.Find(edge.source);
  const Document* target = index.Find(edge.target);
  const size_t shown = std::min(edge.passages.size(), kMaxPassagesPerEdge);
  for (size_t p = 0; p < shown; ++p) {
    const Passage& passage = edge.passages[p];
    out += "<div class=\"pair\">";
    AppendSpan(out, source, passage.source_begin, passage.source_end);
    AppendSpan(out, target, passage.target_begin, passage.target_end);
    out += "</div>";
  }
  if (edge.passages.size() > shown) {
    out += "<p class=\"muted small\">+" + std::to_string(edge.passages.size() - shown) +
           " more passages</p>";
  }
  out += "</details>\n";
}

}  // namespace

void AppendDocuments(std::string& out, const Analysis& analysis) {
  const std::vector<Document>& docs = analysis.documents;
  out += "<section id=\"documents\" class=\"tab\" data-tab=\"documents\"><h2>Documents</h2>";
  if (docs.empty()) {
    out += "<p class=\"muted\">No documents.</p></section>\n";
    return;
  }
  const size_t count = std::min(docs.size(), kMaxDocuments);
  if (docs.size() > count) {
    out += "<p class=\"notice\">Showing the first " + std::to_string(count) + " of " +
           std::to_string(docs.size()) + " documents.</p>";
  }
  out +=
      "<table class=\"docs\"><thead><tr><th>Title</th><th>Byline</th><th>Published</th>"
      "<th>Outlet</th><th>Lang</th><th>Flags</th></tr></thead><tbody>";
  const std::vector<Story>& stories = analysis.stories.stories;
  std::unordered_map<std::string_view, size_t> story_of;
  for (size_t s = 0; s < stories.size() && s < kMaxStories; ++s) {
    for (const std::string& id : stories[s].documents) story_of.emplace(id, s);
  }
  for (size_t i = 0; i < count; ++i) {
    const auto it = story_of.find(docs[i].id);
    const Story* story = it == story_of.end() ? nullptr : &stories[it->second];
    AppendDocumentRow(out, i, docs[i], story, story == nullptr ? 0 : it->second);
  }
  out += "</tbody></table></section>\n";
}

void AppendReuse(std::string& out, const Analysis& analysis, const DocIndex& index) {
  const std::vector<ReuseEdge>& edges = analysis.reuse.edges;
  out +=
      "<section id=\"reuse\" class=\"tab\" data-tab=\"reuse\"><h2>Reuse</h2>"
      "<p class=\"muted\">Each edge shows its aligned passages side by side: the source on the "
      "left, the copy on the right.</p>";
  if (edges.empty()) out += "<p class=\"muted\">No reuse between documents was found.</p>";
  const size_t count = std::min(edges.size(), kMaxEdges);
  if (edges.size() > count) {
    out += "<p class=\"notice\">Showing the first " + std::to_string(count) + " of " +
           std::to_string(edges.size()) + " edges.</p>";
  }
  for (size_t i = 0; i < count; ++i) AppendEdge(out, edges[i], index);
  out += "</section>\n";
}

}  // namespace stemma::html

// Internal pieces of the HTML report: escaping, graph drawing and page sections.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stemma/analysis.h"

namespace stemma::html {

// Stories shown on the page (each with an anchor "story-N"); the rest are counted only.
constexpr size_t kMaxStories = 400;
// Documents drawn in one provenance graph; larger stories show the documents with edges first.
constexpr size_t kMaxGraphNodes = 60;

// HTML-escapes & < > " ' (safe in text and in double- or single-quoted attributes); invalid UTF-8
// becomes U+FFFD and control characters other than tab/newline are dropped. The output is also
// valid XML character data and attribute text (the GraphML export uses it).
void AppendEscaped(std::string& out, std::string_view text);
std::string Escape(std::string_view text);

// At most `max_chars` code points of `text` (at a UTF-8 boundary), with "…" when cut.
std::string Truncate(std::string_view text, size_t max_chars);

// Clamps [begin, end) to `text` and to UTF-8 code point boundaries; begin <= end on return.
void ClampToUtf8(std::string_view text, size_t& begin, size_t& end);

// A DOT double-quoted string body for `text`: quotes escaped, backslashes and newlines replaced,
// '&' written as "&amp;" so graphviz renders the text literally.
std::string DotQuoted(std::string_view text);

// Colour for a reuse relation (Okabe-Ito palette); grey for unknown relations.
const char* RelationColor(std::string_view relation);

// Documents by id, for resolving the ids that edges, stories and claims refer to.
struct DocIndex {
  explicit DocIndex(const std::vector<Document>& documents);
  const Document* Find(std::string_view id) const;
  // Index of `id` in documents, or -1.
  long IndexOf(std::string_view id) const;

  const std::vector<Document>& docs;
  std::unordered_map<std::string_view, size_t> by_id;
};

// A link to the document's row in the documents table, labelled with its (truncated) title.
void AppendDocLink(std::string& out, const DocIndex& index, std::string_view id);

// One story's provenance graph as inline SVG: graphviz "dot" layout, or an own circular layout
// when graphviz fails. Empty when the story has no documents.
std::string RenderStoryGraph(const Story& story, const DocIndex& index,
                             const std::vector<const ReuseEdge*>& edges);

// A graph ready to draw: node labels and links between node indices.
struct GraphSpec {
  struct Node {
    std::string label;     // short, unescaped
    std::string tooltip;   // unescaped
    bool related = false;  // refers to the story without being part of it
    bool origin = false;   // copied from, never copied
  };
  struct Link {
    size_t from = 0;
    size_t to = 0;
    std::string relation;
    bool directed = false;
  };
  std::vector<Node> nodes;
  std::vector<Link> links;
};

// The graph laid out by graphviz "dot" as inline SVG (no XML prolog or comments); empty on failure.
std::string RenderGraphviz(const GraphSpec& graph);
// The fallback: nodes on a circle, drawn by hand.
std::string RenderCircularGraph(const GraphSpec& graph);

// Page sections.
void AppendOverview(std::string& out, const Analysis& analysis);
void AppendStories(std::string& out, const Analysis& analysis, const DocIndex& index);
void AppendClaims(std::string& out, const Analysis& analysis, const DocIndex& index);
void AppendDocuments(std::string& out, const Analysis& analysis);
void AppendReuse(std::string& out, const Analysis& analysis, const DocIndex& index);

// A claims table (the claims tab and each story); with `stories`, a column links each claim
// to its story.
void AppendClaimTable(std::string& out, const std::vector<const Claim*>& claims,
                      const DocIndex& index, const std::vector<Story>* stories);

}  // namespace stemma::html

// Provenance graphs as inline SVG: graphviz's "dot" layout, or a circular layout of our own.
#if __has_include(<graphviz/gvc.h>)
#define STEMMA_HAVE_GRAPHVIZ 1
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#else
#define STEMMA_HAVE_GRAPHVIZ 0
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "report/html_internal.h"

namespace stemma::html {
namespace {

constexpr size_t kMaxGraphLinks = 240;

#if STEMMA_HAVE_GRAPHVIZ
// Graphviz reports syntax and layout problems through this hook; the fallback handles failures.
int IgnoreGraphvizMessage(char*) { return 0; }

// Each line quoted on its own, joined by graphviz's centred line break.
std::string DotLabel(std::string_view label) {
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t stop = label.find('\n', start);
    out += DotQuoted(label.substr(start, stop - start));
    if (stop == std::string_view::npos) break;
    out += "\\n";
    start = stop + 1;
  }
  return out;
}

std::string BuildDot(const GraphSpec& graph) {
  std::string dot =
      "digraph G {\n"
      "graph [rankdir=LR, bgcolor=\"transparent\", fontname=\"Helvetica\", nodesep=0.25, "
      "ranksep=0.6, pad=0.1];\n"
      "node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef2f7\", color=\"#5b6b82\", "
      "fontname=\"Helvetica\", fontsize=10, fontcolor=\"#1d2633\", margin=\"0.12,0.05\"];\n"
      "edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7, penwidth=1.6];\n";
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const GraphSpec::Node& node = graph.nodes[i];
    dot += "n" + std::to_string(i) + " [label=\"" + DotLabel(node.label) + "\", tooltip=\"" +
           DotQuoted(node.tooltip) + "\"";
    if (node.related) dot += ", style=\"rounded,dashed,filled\", fillcolor=\"#ffffff\"";
    if (node.origin) dot += ", penwidth=2.4, fillcolor=\"#dcecf7\"";
    dot += "];\n";
  }
  for (const GraphSpec::Link& link : graph.links) {
    dot += "n" + std::to_string(link.from) + " -> n" + std::to_string(link.to) + " [color=\"" +
           RelationColor(link.relation) + "\", fontcolor=\"#333333\", label=\"" +
           DotQuoted(link.relation) + "\"";
    if (!link.directed) dot += ", dir=none, style=dashed";
    dot += "];\n";
  }
  dot += "}\n";
  return dot;
}

// Drops graphviz's generated id="..." attributes: every graph repeats "graph0", "node1", ...
// and a page holds many graphs. Escaped labels never contain a raw quote, so this cannot cut one.
std::string DropIds(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  size_t pos = 0;
  while (pos < svg.size()) {
    const size_t at = svg.find(" id=\"", pos);
    const size_t close = at == std::string_view::npos ? at : svg.find('"', at + 5);
    if (close == std::string_view::npos) {
      out.append(svg.substr(pos));
      break;
    }
    out.append(svg.substr(pos, at - pos));
    pos = close + 1;
  }
  return out;
}

// Keeps the <svg> element only and drops comments (they repeat node names) and ids.
std::string CleanSvg(std::string_view svg) {
  const size_t start = svg.find("<svg");
  const size_t stop = svg.rfind("</svg>");
  if (start == std::string_view::npos || stop == std::string_view::npos || stop < start) {
    return "";
  }
  svg = svg.substr(start, stop + 6 - start);
  std::string out;
  out.reserve(svg.size());
  size_t pos = 0;
  while (pos < svg.size()) {
    const size_t open = svg.find("<!--", pos);
    if (open == std::string_view::npos) {
      out.append(svg.substr(pos));
      break;
    }
    out.append(svg.substr(pos, open - pos));
    const size_t close = svg.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    pos = close + 3;
  }
  return DropIds(out);
}

#endif  // STEMMA_HAVE_GRAPHVIZ

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f", v);
  return buf;
}

}  // namespace

std::string RenderGraphviz(const GraphSpec& graph) {
#if !STEMMA_HAVE_GRAPHVIZ
  return "";
#else
  const std::string dot = BuildDot(graph);
  // Graphviz keeps global state (error hooks, plugin registry): one layout at a time.
  static std::mutex graphviz_mutex;
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  agseterrf(IgnoreGraphvizMessage);
  agseterr(AGMAX);
  // One context for the process, made on first use: a context per graph loaded the plugins for
  // every story, and freeing it left the text-layout plugin's font cache pointing at freed
  // memory for the next graph (ASan, html_report_test).
  static GVC_t* const gvc = gvContext();
  if (gvc == nullptr) return "";
  std::string svg;
  Agraph_t* g = agmemread(dot.c_str());
  if (g != nullptr) {
    if (gvLayout(gvc, g, "dot") == 0) {
      char* data = nullptr;
      unsigned int length = 0;
      if (gvRenderData(gvc, g, "svg", &data, &length) == 0 && data != nullptr) {
        svg = CleanSvg(std::string_view(data, length));
      }
      if (data != nullptr) gvFreeRenderData(data);
      gvFreeLayout(gvc, g);
    }
    agclose(g);
  }
  return svg;
#endif
}

std::string RenderCircularGraph(const GraphSpec& graph) {
  const size_t n = graph.nodes.size();
  const double radius = n <= 1 ? 0.0 : std::max(110.0, 40.0 * static_cast<double>(n) / M_PI);
  const double width = 2 * (radius + 165.0);  // room for labels left and right
  const double height = 2 * (radius + 24.0);
  std::vector<std::pair<double, double>> at(n);
  for (size_t i = 0; i < n; ++i) {
    const double angle = 2 * M_PI * static_cast<double>(i) / static_cast<double>(n) - M_PI / 2;
    at[i] = {width / 2 + radius * std::cos(angle), height / 2 + radius * std::sin(angle)};
  }
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fallback\" width=\"" +
                    Num(width) + "\" height=\"" + Num(height) + "\" viewBox=\"0 0 " + Num(width) +
                    " " + Num(height) + "\" role=\"img\">";
  for (const GraphSpec::Link& link : graph.links) {
    if (link.from >= n || link.to >= n || link.from == link.to) continue;
    auto [x1, y1] = at[link.from];
    auto [x2, y2] = at[link.to];
    const double len = std::max(1.0, std::hypot(x2 - x1, y2 - y1));
    const double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
    const double tx = x2 - ux * 12, ty = y2 - uy * 12;  // stop short of the node's dot
    const std::string color = RelationColor(link.relation);
    out += "<line x1=\"" + Num(x1) + "\" y1=\"" + Num(y1) + "\" x2=\"" + Num(tx) + "\" y2=\"" +
           Num(ty) + "\" stroke=\"" + color + "\" stroke-width=\"1.6\"" +
           (link.directed ? "" : " stroke-dasharray=\"4 3\"") + "><title>";
    AppendEscaped(out, link.relation);
    out += "</title></line>";
    if (link.directed) {
      const double bx = tx - ux * 9, by = ty - uy * 9;
      out += "<polygon fill=\"" + color + "\" points=\"" + Num(tx) + "," + Num(ty) + " " +
             Num(bx - uy * 4) + "," + Num(by + ux * 4) + " " + Num(bx + uy * 4) + "," +
             Num(by - ux * 4) + "\"/>";
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const GraphSpec::Node& node = graph.nodes[i];
    auto [x, y] = at[i];
    const bool right = x >= width / 2;
    out += "<g><title>";
    AppendEscaped(out, node.tooltip);
    out += "</title><circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"" +
           (node.origin ? "8" : "6") + "\" fill=\"" + (node.related ? "#ffffff" : "#0072B2") +
           "\" stroke=\"#1d2633\"/><text x=\"" + Num(x + (right ? 11 : -11)) + "\" y=\"" +
           Num(y + 4) + "\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\"" +
           (right ? "start" : "end") + "\">";
    AppendEscaped(out, Truncate(node.label, 22));
    out += "</text></g>";
  }
  out += "</svg>";
  return out;
}

std::string RenderStoryGraph(const Story& story, const DocIndex& index,
                             const std::vector<const ReuseEdge*>& edges) {
  GraphSpec graph;
  std::unordered_map<std::string_view, size_t> node_of;
  std::unordered_set<std::string_view> related(story.related_documents.begin(),
                                               story.related_documents.end());
  auto add_node = [&](std::string_view id) -> long {
    const auto it = node_of.find(id);
    if (it != node_of.end()) return static_cast<long>(it->second);
    if (graph.nodes.size() >= kMaxGraphNodes) return -1;
    GraphSpec::Node node;
    const Document* doc = index.Find(id);
    const std::string title = doc != nullptr && !doc->title.empty() ? doc->title : std::string(id);
    node.label = Truncate(title, 34);
    if (doc != nullptr && !doc->outlet.empty()) node.label += "\n" + Truncate(doc->outlet, 30);
    if (doc != nullptr && !doc->published.empty()) {
      node.label += (doc->outlet.empty() ? "\n" : " · ") +
                    Truncate(std::string_view(doc->published).substr(0, 10), 10);
    }
    node.tooltip = Truncate(title, 200) + " [" + Truncate(id, 120) + "]";
    node.related = related.count(id) > 0;
    node_of.emplace(id, graph.nodes.size());
    graph.nodes.push_back(std::move(node));
    return static_cast<long>(graph.nodes.size() - 1);
  };
  // Documents with edges first, so a capped graph still shows the copying.
  std::unordered_set<size_t> has_incoming;
  for (const ReuseEdge* edge : edges) {
    if (graph.links.size() >= kMaxGraphLinks) break;
    const long from = add_node(edge->source);
    const long to = add_node(edge->target);
    if (from < 0 || to < 0) continue;
    graph.links.push_back({static_cast<size_t>(from), static_cast<size_t>(to), edge->relation,
                           edge->direction_known});
    if (edge->direction_known) has_incoming.insert(static_cast<size_t>(to));
  }
  for (const GraphSpec::Link& link : graph.links) {
    if (link.directed && has_incoming.count(link.from) == 0) graph.nodes[link.from].origin = true;
  }
  for (const std::string& id : story.documents) add_node(id);
  for (const std::string& id : story.related_documents) add_node(id);
  if (graph.nodes.empty()) return "";
  std::string svg = RenderGraphviz(graph);
  if (svg.empty()) svg = RenderCircularGraph(graph);
  return svg;
}

}  // namespace stemma::html

#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/html_internal.h"
#include "report/json_codec.h"
#include "stemma/report.h"

namespace stemma {
namespace {

// RFC 4180: quote every field, double embedded quotes. A leading = + - @ is prefixed with '
// so that spreadsheet programs never evaluate hostile text as a formula.
std::string CsvField(const std::string& value) {
  std::string out = "\"";
  if (!value.empty() && std::string("=+-@\t\r").find(value[0]) != std::string::npos) out += '\'';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

std::string RenderDocumentsJsonl(const Analysis& analysis) {
  std::map<std::string, std::vector<const Fact*>> facts_by_doc;
  for (const Fact& f : analysis.facts) facts_by_doc[f.document].push_back(&f);
  std::string out;
  for (const Document& d : analysis.documents) {
    json_codec::Json line = json_codec::DocumentJson(d);
    line["facts"] = json_codec::Json::array();
    for (const Fact* f : facts_by_doc[d.id])
      line["facts"].push_back(json_codec::FactJson(*f, FactSource(*f, d)));
    out += json_codec::Dump(line);
    out += '\n';
  }
  return out;
}

std::string RenderDocumentsCsv(const Analysis& analysis) {
  std::string out =
      "id,source,title,byline,published,outlet,language,url,republished_from,flags,text\r\n";
  for (const Document& d : analysis.documents) {
    std::string flags;
    for (const Flag& f : d.flags) flags += (flags.empty() ? "" : ";") + f.kind;
    for (const std::string* field : {&d.id, &d.source, &d.title, &d.byline, &d.published, &d.outlet,
                                     &d.language, &d.url, &d.republished_from}) {
      out += CsvField(*field);
      out += ',';
    }
    out += CsvField(flags) + "," + CsvField(d.text) + "\r\n";
  }
  return out;
}

std::string RenderReuseGraphml(const Analysis& analysis) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
      "  <key id=\"published\" for=\"node\" attr.name=\"published\" attr.type=\"string\"/>\n"
      "  <key id=\"outlet\" for=\"node\" attr.name=\"outlet\" attr.type=\"string\"/>\n"
      "  <key id=\"original\" for=\"node\" attr.name=\"original\" attr.type=\"boolean\"/>\n"
      "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      "  <key id=\"score\" for=\"edge\" attr.name=\"score\" attr.type=\"double\"/>\n"
      "  <key id=\"direction_known\" for=\"edge\" attr.name=\"direction_known\" "
      "attr.type=\"boolean\"/>\n"
      "  <graph id=\"provenance\" edgedefault=\"directed\">\n";
  std::set<std::string> originals;
  for (const ProvenanceCluster& c : analysis.reuse.clusters) originals.insert(c.original);
  std::set<std::string> nodes;
  for (const Document& d : analysis.documents) {
    nodes.insert(d.id);
    out += "    <node id=\"" + html::Escape(d.id) + "\">";
    out += "<data key=\"title\">" + html::Escape(d.title) + "</data>";
    out += "<data key=\"published\">" + html::Escape(d.published) + "</data>";
    out += "<data key=\"outlet\">" + html::Escape(d.outlet) + "</data>";
    out += std::string("<data key=\"original\">") + (originals.count(d.id) ? "true" : "false") +
           "</data></node>\n";
  }
  // Declared origins outside the collection still need a node for the edge to be valid GraphML.
  for (const ReuseEdge& e : analysis.reuse.edges) {
    for (const std::string* end : {&e.source, &e.target}) {
      if (nodes.insert(*end).second) out += "    <node id=\"" + html::Escape(*end) + "\"/>\n";
    }
  }
  size_t n = 0;
  for (const ReuseEdge& e : analysis.reuse.edges) {
    out += "    <edge id=\"e" + std::to_string(n++) + "\" source=\"" + html::Escape(e.source) +
           "\" target=\"" + html::Escape(e.target) + "\">";
    out += "<data key=\"relation\">" + html::Escape(e.relation) + "</data>";
    out += "<data key=\"score\">" + std::to_string(e.score) + "</data>";
    out += std::string("<data key=\"direction_known\">") + (e.direction_known ? "true" : "false") +
           "</data></edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace stemma

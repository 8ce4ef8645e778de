#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "stemma/report.h"

namespace stemma {
namespace {

TEST(GraphmlExport, HostileTextIsEscapedAndOutsideOriginsGetNodes) {
  Analysis a;
  Document d;
  d.id = "doc\"1";
  d.title = "<script>alert('x')</script> & \x01 bad \xFF byte";
  a.documents.push_back(d);
  a.reuse.edges.push_back({"Lantern Wire", "doc\"1", "republication", 1.0, true, "declared", {}});
  std::string xml = RenderReuseGraphml(a);
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
  EXPECT_NE(xml.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_NE(xml.find("bad \xEF\xBF\xBD byte"), std::string::npos);
  EXPECT_NE(xml.find("<node id=\"doc&quot;1\">"), std::string::npos);
  EXPECT_NE(xml.find("<node id=\"Lantern Wire\"/>"), std::string::npos);
}

TEST(CsvExport, FormulaLikeFieldsAreDefused) {
  Analysis a;
  Document d;
  d.id = "=HYPERLINK(\"x\")";
  d.text = "line one\nline \"two\"";
  a.documents.push_back(d);
  std::string csv = RenderDocumentsCsv(a);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos);
  EXPECT_NE(csv.find("\"line one\nline \"\"two\"\"\""), std::string::npos);
}

TEST(JsonReport, StreamedReportIsTheWholeReportDumpedWithIndentOne) {
  // The report is written element by element; its bytes must be those of the whole document
  // dumped at once (the report.json format), with empty sections as "[]" and hostile text kept
  // as escaped strings (a newline inside a title must not shift the indentation).
  Analysis a;
  for (const char* id : {"doc-1", "doc-2"}) {
    Document d;
    d.id = id;
    d.title = "Line one\nline \"two\" \xFF";
    d.text = "The Quillmoor ferry sank.\nNobody was hurt.";
    a.documents.push_back(d);
  }
  a.reuse.edges.push_back({"doc-1", "doc-2", "duplicate", 1.0, true, "earlier", {{0, 4, 0, 4}}});
  Fact f;
  f.document = "doc-1";
  f.kind = "location";
  f.text = "Quillmoor";
  f.begin = 4;
  f.end = 13;
  f.value = "Quillmoor";
  a.facts.push_back(f);
  std::ostringstream streamed;
  WriteReportJson(a, streamed);
  const std::string text = streamed.str();
  const auto whole = nlohmann::ordered_json::parse(text);
  EXPECT_EQ(text, whole.dump(1));
  EXPECT_EQ(text, RenderReportJson(a));
  EXPECT_EQ(whole["documents"].size(), 2u);
  EXPECT_TRUE(whole["stories"].is_array());
  EXPECT_TRUE(whole["stories"].empty());
  EXPECT_EQ(whole["facts"][0]["value"], "Quillmoor");
  // An empty analysis is a valid report too.
  const std::string empty = RenderReportJson(Analysis{});
  EXPECT_EQ(empty, nlohmann::ordered_json::parse(empty).dump(1));
}

}  // namespace
}  // namespace stemma

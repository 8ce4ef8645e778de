#include <gtest/gtest.h>

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

}  // namespace
}  // namespace stemma

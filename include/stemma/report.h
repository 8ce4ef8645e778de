// Output: report.json, exports (JSON/JSONL/CSV/GraphML) and the self-contained HTML report.
#pragma once

#include <ostream>
#include <string>

#include "stemma/analysis.h"

namespace stemma {

// The report.json contract of DESIGN.md; offsets are converted to character offsets.
// WriteReportJson streams it element by element (memory stays that of one element);
// RenderReportJson returns the same bytes as a string.
void WriteReportJson(const Analysis& analysis, std::ostream& out);
std::string RenderReportJson(const Analysis& analysis);

// One self-contained HTML page (inline CSS/JS/SVG, no network); all article text escaped.
std::string RenderHtmlReport(const Analysis& analysis);

// Exports: one JSON object per document per line (with facts), a CSV of documents, and the
// provenance graph as GraphML.
std::string RenderDocumentsJsonl(const Analysis& analysis);
std::string RenderDocumentsCsv(const Analysis& analysis);
std::string RenderReuseGraphml(const Analysis& analysis);

}  // namespace stemma

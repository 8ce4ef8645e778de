// The document types every stage exchanges: raw input records and extracted articles.
#pragma once

#include <string>
#include <vector>

namespace stemma {

// What the input said a document is, before extraction decides what it says.
enum class ContentFormat { kText, kMarkdown, kHtml };

const char* ContentFormatName(ContentFormat format);

// One record as read by ingest: valid UTF-8 (NFC), never empty.
struct RawDocument {
  std::string id;      // stable: file stem, record `id`, or URL
  std::string source;  // where it came from: "path", "path:line" or "path@offset"
  ContentFormat format = ContentFormat::kText;
  std::string content;       // body as given (HTML, Markdown or text), UTF-8
  std::string content_hash;  // hex digest of `content`; identity for idempotent ingest
  // Metadata given alongside the content (JSONL/CSV fields, WARC headers); may be empty.
  std::string url;
  std::string title;
  std::string author;
  std::string published;  // as given; extraction normalises it
  std::string outlet;
  std::string fetched_at;  // e.g. WARC-Date
};

// A suspicious sign found in a document ("injected-text", "date-contradiction", ...).
struct Flag {
  std::string kind;
  std::string detail;
};

// A cleaned article: what a document really says, with its metadata.
struct Document {
  std::string id;
  std::string source;
  std::string title;
  std::string byline;     // authors joined by ", "; empty when unknown
  std::string published;  // ISO 8601 ("YYYY-MM-DD" or full timestamp); empty when unknown
  std::string outlet;
  std::string language;  // ISO 639-1 code; empty when unknown
  std::string url;
  std::string canonical_url;
  std::string republished_from;  // declared original outlet/URL ("originally published at")
  std::string text;              // clean main text, paragraphs separated by "\n\n"
  std::vector<Flag> flags;
};

}  // namespace stemma

// JSON Lines: one object per line, parsed with simdjson; fields looked up by configurable names.
#include <simdjson.h>

#include <string>

#include "ingest/charset.h"
#include "ingest/line_reader.h"
#include "ingest/readers.h"

namespace stemma::ingest {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Appends a scalar value (string or number) as text; false for other types.
bool AppendScalar(element value, std::string* out) {
  switch (value.type()) {
    case element_type::STRING: {
      std::string_view s;
      if (value.get_string().get(s) != simdjson::SUCCESS) {
        return false;
      }
      out->append(s);
      return true;
    }
    case element_type::INT64: {
      int64_t i = 0;
      if (value.get_int64().get(i) != simdjson::SUCCESS) {
        return false;
      }
      out->append(std::to_string(i));
      return true;
    }
    case element_type::UINT64: {
      uint64_t u = 0;
      if (value.get_uint64().get(u) != simdjson::SUCCESS) {
        return false;
      }
      out->append(std::to_string(u));
      return true;
    }
    case element_type::DOUBLE: {
      double d = 0;
      if (value.get_double().get(d) != simdjson::SUCCESS) {
        return false;
      }
      std::string s = std::to_string(d);
      s.erase(s.find_last_not_of('0') + 1);
      if (!s.empty() && s.back() == '.') {
        s.pop_back();
      }
      out->append(s);
      return true;
    }
    default:
      return false;
  }
}

// First field in `names` that holds a usable value; arrays of strings are joined with ", ".
bool GetField(object obj, const std::vector<std::string>& names, std::string* out) {
  out->clear();
  for (const std::string& name : names) {
    element value;
    if (obj.at_key(name).get(value) != simdjson::SUCCESS) {
      continue;
    }
    simdjson::dom::array items;
    if (value.get_array().get(items) == simdjson::SUCCESS) {
      for (element item : items) {
        size_t before = out->size();
        if (before > 0) {
          out->append(", ");
        }
        if (!item.is_string() || !AppendScalar(item, out)) {
          out->resize(before);
        }
      }
    } else {
      AppendScalar(value, out);
    }
    if (!out->empty()) {
      return true;
    }
  }
  return false;
}

}  // namespace

void ReadJsonl(ByteSource& source, ReaderContext& ctx) {
  const IngestOptions& options = ctx.options();
  const FieldNames& fields = options.fields;
  LineReader lines(&source, options.max_record_bytes);
  simdjson::dom::parser parser;
  std::string_view line;
  std::string content;
  while (true) {
    LineReader::Result result = lines.Next(&line);
    if (result == LineReader::Result::kEnd) {
      break;
    }
    uint64_t line_no = lines.line_number();
    if (result == LineReader::Result::kTooLong) {
      ctx.ErrorAtLine(line_no,
                      "line exceeds " + std::to_string(options.max_record_bytes) + " bytes");
      continue;
    }
    if (line_no == 1 && BomLength(line) == 3) {
      line.remove_prefix(3);
    }
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
      continue;  // blank line
    }
    element root;
    auto error = parser.parse(line.data(), line.size(), false).get(root);
    if (error != simdjson::SUCCESS) {
      ctx.ErrorAtLine(line_no, std::string("broken JSON: ") + simdjson::error_message(error));
      continue;
    }
    object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS) {
      ctx.ErrorAtLine(line_no, "not a JSON object");
      continue;
    }
    RawDocument doc;
    if (GetField(obj, fields.html, &content)) {
      doc.format = ContentFormat::kHtml;
    } else if (GetField(obj, fields.text, &content)) {
      doc.format = ContentFormat::kText;
    } else {
      ctx.ErrorAtLine(line_no, "missing text field");
      continue;
    }
    doc.content = NormalizeNfc(content);
    GetField(obj, fields.url, &doc.url);
    GetField(obj, fields.title, &doc.title);
    GetField(obj, fields.author, &doc.author);
    GetField(obj, fields.published, &doc.published);
    GetField(obj, fields.outlet, &doc.outlet);
    if (!GetField(obj, fields.id, &doc.id)) {
      doc.id = doc.url.empty() ? ctx.id_base() + "-" + std::to_string(line_no) : doc.url;
    }
    doc.title = NormalizeNfc(doc.title);
    doc.author = NormalizeNfc(doc.author);
    doc.outlet = NormalizeNfc(doc.outlet);
    doc.source = ctx.path() + ":" + std::to_string(line_no);
    ctx.Emit(std::move(doc));
  }
}

}  // namespace stemma::ingest

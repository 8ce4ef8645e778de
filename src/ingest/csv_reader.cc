// CSV with a header row (libcsv): quoted fields may span lines; records are fed line by line so
// every error names the line the record starts on, and a record's size is bounded.
#include <csv.h>

#include <cctype>
#include <string>
#include <vector>

#include "ingest/charset.h"
#include "ingest/line_reader.h"
#include "ingest/readers.h"

namespace stemma::ingest {
namespace {

std::string Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return "";
  }
  size_t e = s.find_last_not_of(" \t\r\n");
  std::string out(s.substr(b, e - b + 1));
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

class CsvReader {
 public:
  CsvReader(ByteSource& source, ReaderContext& ctx) : source_(source), ctx_(ctx) {
    csv_init(&parser_, 0);
  }
  ~CsvReader() { csv_free(&parser_); }

  void Run();

 private:
  static void OnField(void* data, size_t len, void* self) {
    auto* r = static_cast<CsvReader*>(self);
    if (r->row_size_ == r->row_.size()) {
      r->row_.emplace_back();
    }
    r->row_[r->row_size_].assign(data == nullptr ? "" : static_cast<const char*>(data), len);
    ++r->row_size_;
  }
  static void OnRow(int, void* self) {
    auto* r = static_cast<CsvReader*>(self);
    r->HandleRow();
    r->row_size_ = 0;
    r->at_record_start_ = true;
  }
  void HandleRow();
  // Index of the first header column named in `names`, or -1.
  int Column(const std::vector<std::string>& names) const;
  std::string Field(int column) const {
    return column < 0 ? std::string() : DecodeText(row_[column], "", false, false);
  }

  ByteSource& source_;
  ReaderContext& ctx_;
  csv_parser parser_;
  std::vector<std::string> row_;
  size_t row_size_ = 0;
  std::vector<std::string> header_;
  bool at_record_start_ = true;
  uint64_t record_line_ = 0;
  uint64_t record_bytes_ = 0;
  struct {
    int id, text, html, url, title, author, published, outlet;
  } col_{};
};

int CsvReader::Column(const std::vector<std::string>& names) const {
  for (const std::string& name : names) {
    std::string want = Trimmed(name);
    for (size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == want) {
        return static_cast<int>(i);
      }
    }
  }
  return -1;
}

void CsvReader::HandleRow() {
  if (header_.empty()) {
    for (size_t i = 0; i < row_size_; ++i) {
      header_.push_back(Trimmed(row_[i]));
    }
    const FieldNames& f = ctx_.options().fields;
    col_ = {Column(f.id),    Column(f.text),   Column(f.html),      Column(f.url),
            Column(f.title), Column(f.author), Column(f.published), Column(f.outlet)};
    if (col_.text < 0 && col_.html < 0) {
      ctx_.ErrorAtLine(record_line_, "CSV header has no text or html column");
    }
    return;
  }
  if (row_size_ != header_.size()) {
    ctx_.ErrorAtLine(record_line_, "row has " + std::to_string(row_size_) +
                                       " columns, header has " + std::to_string(header_.size()));
    return;
  }
  if (col_.text < 0 && col_.html < 0) {
    return;  // reported once at the header
  }
  RawDocument doc;
  bool html = col_.html >= 0 && !row_[col_.html].empty();
  if (!html && (col_.text < 0 || row_[col_.text].empty())) {
    ctx_.ErrorAtLine(record_line_, "missing text field");
    return;
  }
  doc.format = html ? ContentFormat::kHtml : ContentFormat::kText;
  doc.content = DecodeText(row_[html ? col_.html : col_.text], "", html, false);
  doc.url = Field(col_.url);
  doc.title = Field(col_.title);
  doc.author = Field(col_.author);
  doc.published = Field(col_.published);
  doc.outlet = Field(col_.outlet);
  doc.id = Field(col_.id);
  if (doc.id.empty()) {
    doc.id = doc.url.empty() ? ctx_.id_base() + "-" + std::to_string(record_line_) : doc.url;
  }
  doc.source = ctx_.path() + ":" + std::to_string(record_line_);
  ctx_.Emit(std::move(doc));
}

void CsvReader::Run() {
  const uint64_t max_bytes = ctx_.options().max_record_bytes;
  LineReader lines(&source_, max_bytes);
  std::string_view line;
  while (true) {
    LineReader::Result result = lines.Next(&line);
    if (result == LineReader::Result::kEnd) {
      break;
    }
    if (lines.line_number() == 1 && BomLength(line) == 3) {
      line.remove_prefix(3);
    }
    if (result == LineReader::Result::kTooLong ||
        (!at_record_start_ && record_bytes_ + line.size() + 1 > max_bytes)) {
      uint64_t where = at_record_start_ ? lines.line_number() : record_line_;
      ctx_.ErrorAtLine(
          where, (result == LineReader::Result::kTooLong ? "line exceeds " : "record exceeds ") +
                     std::to_string(max_bytes) + " bytes");
      csv_free(&parser_);
      csv_init(&parser_, 0);
      row_size_ = 0;
      at_record_start_ = true;
      continue;
    }
    if (at_record_start_) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
        continue;  // blank line
      }
      record_line_ = lines.line_number();
      record_bytes_ = 0;
      at_record_start_ = false;
    }
    record_bytes_ += line.size() + 1;
    csv_parse(&parser_, line.data(), line.size(), OnField, OnRow, this);
    csv_parse(&parser_, "\n", 1, OnField, OnRow, this);
  }
  if (!at_record_start_) {
    if (!source_.error().empty()) {
      return;  // the record is incomplete: the stream was cut
    }
    csv_fini(&parser_, OnField, OnRow, this);
  }
  if (header_.empty() && ctx_.errors() == 0) {
    ctx_.Error(ctx_.path(), "CSV has no header row");
  }
}

}  // namespace

void ReadCsv(ByteSource& source, ReaderContext& ctx) {
  CsvReader reader(source, ctx);
  reader.Run();
}

}  // namespace stemma::ingest

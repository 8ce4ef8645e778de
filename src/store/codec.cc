#include "store/codec.h"

#include <nlohmann/json.hpp>

namespace stemma::codec {
namespace {

using nlohmann::json;

// Parses without throwing: a corrupt column decodes as an empty array.
json ParseArray(const std::string& text) {
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  return value.is_array() ? value : json::array();
}

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string EncodeFlags(const std::vector<Flag>& flags) {
  json out = json::array();
  for (const Flag& f : flags) out.push_back({{"kind", f.kind}, {"detail", f.detail}});
  return Dump(out);
}

std::vector<Flag> DecodeFlags(const std::string& text) {
  std::vector<Flag> flags;
  for (const json& f : ParseArray(text)) {
    flags.push_back({f.value("kind", ""), f.value("detail", "")});
  }
  return flags;
}

std::string EncodePassages(const std::vector<Passage>& passages) {
  json out = json::array();
  for (const Passage& p : passages) {
    out.push_back({p.source_begin, p.source_end, p.target_begin, p.target_end});
  }
  return Dump(out);
}

std::vector<Passage> DecodePassages(const std::string& text) {
  std::vector<Passage> passages;
  for (const json& p : ParseArray(text)) {
    if (!p.is_array() || p.size() != 4) continue;
    passages.push_back(
        {p[0].get<size_t>(), p[1].get<size_t>(), p[2].get<size_t>(), p[3].get<size_t>()});
  }
  return passages;
}

std::string EncodeStrings(const std::vector<std::string>& strings) { return Dump(json(strings)); }

std::vector<std::string> DecodeStrings(const std::string& text) {
  std::vector<std::string> strings;
  for (const json& s : ParseArray(text)) {
    if (s.is_string()) strings.push_back(s.get<std::string>());
  }
  return strings;
}

std::string EncodeTimeline(const std::vector<TimelineEntry>& timeline) {
  json out = json::array();
  for (const TimelineEntry& e : timeline) {
    out.push_back({{"date", e.date}, {"event", e.event}, {"documents", e.documents}});
  }
  return Dump(out);
}

std::vector<TimelineEntry> DecodeTimeline(const std::string& text) {
  std::vector<TimelineEntry> timeline;
  for (const json& e : ParseArray(text)) {
    TimelineEntry entry{e.value("date", ""), e.value("event", ""), {}};
    if (e.contains("documents") && e["documents"].is_array()) {
      for (const json& d : e["documents"]) {
        if (d.is_string()) entry.documents.push_back(d.get<std::string>());
      }
    }
    timeline.push_back(std::move(entry));
  }
  return timeline;
}

}  // namespace stemma::codec

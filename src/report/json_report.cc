#include <algorithm>
#include <ostream>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "report/json_codec.h"
#include "stemma/report.h"
#include "stemma/util.h"

namespace stemma::json_codec {

Json DocumentJson(const Document& d, bool with_text) {
  auto or_null = [](const std::string& s) { return s.empty() ? Json() : Json(s); };
  Json flags = Json::array();
  for (const Flag& f : d.flags) flags.push_back({{"kind", f.kind}, {"detail", f.detail}});
  Json out = {{"id", d.id},
              {"source", d.source},
              {"title", or_null(d.title)},
              {"byline", or_null(d.byline)},
              {"published", or_null(d.published)},
              {"outlet", or_null(d.outlet)},
              {"language", or_null(d.language)},
              {"url", or_null(d.url)},
              {"canonical_url", or_null(d.canonical_url)},
              {"republished_from", or_null(d.republished_from)}};
  if (with_text) out["text"] = d.text;
  out["flags"] = std::move(flags);
  return out;
}

Json FactJson(const Fact& f, const std::string& text) {
  Json out = {{"document", f.document},
              {"kind", f.kind},
              {"text", f.text},
              {"begin", CharOffset(text, f.begin)},
              {"end", CharOffset(text, f.end)},
              {"value", f.value}};
  if (!f.speaker.empty()) out["speaker"] = f.speaker;
  if (!f.counts.empty()) out["counts"] = f.counts;
  if (f.approximate) out["approximate"] = true;
  if (f.in_title) out["field"] = "title";
  return out;
}

Json EdgeJsonCharOffsets(const ReuseEdge& e) {
  Json passages = Json::array();
  for (const Passage& p : e.passages) {
    passages.push_back({{"source_begin", p.source_begin},
                        {"source_end", p.source_end},
                        {"target_begin", p.target_begin},
                        {"target_end", p.target_end}});
  }
  return {{"source", e.source},
          {"target", e.target},
          {"relation", e.relation},
          {"score", e.score},
          {"direction_known", e.direction_known},
          {"direction_reason", e.direction_reason},
          {"passages", std::move(passages)}};
}

Json EdgeJson(const ReuseEdge& e, const std::string& source_text, const std::string& target_text) {
  ReuseEdge chars = e;
  for (Passage& p : chars.passages) {
    p = {CharOffset(source_text, p.source_begin), CharOffset(source_text, p.source_end),
         CharOffset(target_text, p.target_begin), CharOffset(target_text, p.target_end)};
  }
  return EdgeJsonCharOffsets(chars);
}

Json StoryJson(const Story& s) {
  Json timeline = Json::array();
  for (const TimelineEntry& e : s.timeline) {
    timeline.push_back({{"date", e.date}, {"event", e.event}, {"documents", e.documents}});
  }
  return {{"id", s.id},
          {"title", s.title},
          {"first_date", s.first_date},
          {"last_date", s.last_date},
          {"documents", s.documents},
          {"related_documents", s.related_documents},
          {"topic", s.topic},
          {"timeline", std::move(timeline)}};
}

Json ClaimJson(const Claim& c) {
  return {{"id", c.id},
          {"story", c.story},
          {"kind", c.kind},
          {"text", c.text},
          {"value", c.value},
          {"documents", c.documents},
          {"independent_sources", c.independent_sources},
          {"contradicted_by", c.contradicted_by},
          {"single_source", c.single_source}};
}

Json TopicsJson(const std::vector<Story>& stories) {
  Json topics = Json::array();
  std::unordered_map<std::string, size_t> topic_index;
  std::vector<const Story*> lead;  // the largest story of each topic names it
  for (const Story& s : stories) {
    if (s.topic.empty()) continue;
    auto [it, inserted] = topic_index.try_emplace(s.topic, lead.size());
    if (inserted) {
      lead.push_back(&s);
      topics.push_back({{"id", s.topic}, {"stories", Json::array()}});
    } else if (s.documents.size() > lead[it->second]->documents.size()) {
      lead[it->second] = &s;
    }
    topics[it->second]["stories"].push_back(s.id);
  }
  for (size_t t = 0; t < lead.size(); ++t) topics[t]["title"] = lead[t]->title;
  return topics;
}

std::string Dump(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace stemma::json_codec

namespace stemma {
namespace {

// Each document's ancestors: every document its text came from, directly or through copies,
// following the edges whose direction is known.
std::unordered_map<std::string, std::vector<std::string>> Ancestors(const ReuseResult& reuse) {
  std::unordered_map<std::string, std::vector<std::string>> parents;
  for (const ReuseEdge& e : reuse.edges) {
    if (e.direction_known) parents[e.target].push_back(e.source);
  }
  std::unordered_map<std::string, std::vector<std::string>> ancestors;
  for (const auto& [doc, direct] : parents) {
    std::unordered_set<std::string> seen{doc};
    std::vector<std::string> stack(direct.begin(), direct.end());
    std::vector<std::string>& out = ancestors[doc];
    while (!stack.empty()) {  // iterative: copy chains may be long
      std::string next = std::move(stack.back());
      stack.pop_back();
      if (!seen.insert(next).second) continue;
      out.push_back(next);
      auto it = parents.find(next);
      if (it != parents.end()) stack.insert(stack.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin(), out.end());
  }
  return ancestors;
}

}  // namespace

// Writes the report one element at a time: the whole report as one JSON value held ~1 GB and a
// 311 MB string for 10,000 news articles. The bytes are those of dumping it whole with indent 1.
class SectionWriter {
 public:
  explicit SectionWriter(std::ostream& out) : out_(out) { out_ << '{'; }
  ~SectionWriter() { out_ << "\n}"; }

  void Begin(std::string_view name) {
    out_ << (sections_++ == 0 ? "\n \"" : ",\n \"") << name << "\": [";
    elements_ = 0;
  }
  // One element of the open array, indented two levels (strings in JSON hold no raw newline).
  void Element(const json_codec::Json& value) {
    const std::string dumped = json_codec::Dump(value, 1);
    buffer_.assign(elements_++ == 0 ? "\n  " : ",\n  ");
    for (char c : dumped) {
      buffer_.push_back(c);
      if (c == '\n') buffer_.append("  ");
    }
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  }
  void End() { out_ << (elements_ == 0 ? "]" : "\n ]"); }

 private:
  std::ostream& out_;
  std::string buffer_;
  size_t sections_ = 0, elements_ = 0;
};

void WriteReportJson(const Analysis& analysis, std::ostream& out) {
  using json_codec::Json;
  std::unordered_map<std::string, const Document*> documents;
  for (const Document& d : analysis.documents) documents[d.id] = &d;
  static const Document kNone;
  auto document_of = [&](const std::string& id) -> const Document& {
    auto it = documents.find(id);
    return it == documents.end() ? kNone : *it->second;
  };
  auto text_of = [&](const std::string& id) -> const std::string& { return document_of(id).text; };

  SectionWriter report(out);
  report.Begin("documents");
  auto ancestors = Ancestors(analysis.reuse);
  for (const Document& d : analysis.documents) {
    Json doc = json_codec::DocumentJson(d);
    auto it = ancestors.find(d.id);
    doc["ancestors"] = it == ancestors.end() ? Json::array() : Json(it->second);
    report.Element(doc);
  }
  report.End();
  report.Begin("reuse");
  for (const ReuseEdge& e : analysis.reuse.edges) {
    report.Element(json_codec::EdgeJson(e, text_of(e.source), text_of(e.target)));
  }
  report.End();
  report.Begin("provenance");
  for (const ProvenanceCluster& c : analysis.reuse.clusters) {
    report.Element({{"original", c.original}, {"documents", c.documents}});
  }
  report.End();
  report.Begin("stories");
  for (const Story& s : analysis.stories.stories) report.Element(json_codec::StoryJson(s));
  report.End();
  report.Begin("topics");
  for (const Json& topic : json_codec::TopicsJson(analysis.stories.stories)) {
    report.Element(topic);
  }
  report.End();
  report.Begin("facts");
  for (const Fact& f : analysis.facts) {
    report.Element(json_codec::FactJson(f, FactSource(f, document_of(f.document))));
  }
  report.End();
  report.Begin("claims");
  for (const Claim& c : analysis.stories.claims) report.Element(json_codec::ClaimJson(c));
  report.End();
}

std::string RenderReportJson(const Analysis& analysis) {
  std::ostringstream out;
  WriteReportJson(analysis, out);
  return std::move(out).str();
}

}  // namespace stemma

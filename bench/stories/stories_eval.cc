// stories_eval: JSONL {id, text, title?, published?} in, stories/claims JSON out.
//   stories_eval [--facts none|fallback|real] [--reuse none|real] [--topic X] [--topic-kind X]
//                [--join X] [--merge X] [--related X] [--no-claims] [--summary] [FILE|-]
//   stories_eval --pair-contradictions PAIRS.tsv [--facts ...] FILE: runs the claims and the
//                sentence contradictions on each listed document pair ("idA<TAB>idB") as if the
//                two formed one story (no clustering) and prints one JSON line per pair.
// Timing goes to stderr. Used by scripts/eval/stories_*.py and for the corpus speed figure.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "fallback_facts.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"
#include "stories/claims.h"
#include "stories/corroboration.h"
#include "stories/sentence_contradictions.h"
#include "stories/similarity.h"
#include "stories/stories_internal.h"
#include "stories/story_index.h"

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string Field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void PrintPairs(const std::vector<stemma::Document>& docs, const std::vector<stemma::Fact>& facts) {
  using namespace stemma::stories;
  Vocabulary vocabulary;
  std::vector<TermCounts> counts;
  for (const auto& d : docs) {
    std::vector<const stemma::Fact*> mine;
    for (const auto& f : facts) {
      if (f.document == d.id) mine.push_back(&f);
    }
    counts.push_back(CountTerms(d, mine, &vocabulary));
  }
  std::vector<SparseVector> v;
  for (const auto& c : counts) v.push_back(Weigh(c, vocabulary, 80));
  for (size_t i = 0; i < docs.size(); ++i) {
    for (size_t j = i + 1; j < docs.size(); ++j) {
      std::fprintf(stderr, "cos %s %s %.3f\n", docs[i].id.c_str(), docs[j].id.c_str(),
                   Dot(v[i], v[j]));
    }
  }
}

// One JSON line per pair: fact contradictions and statement contradictions between the two.
int ContradictPairs(const std::string& pairs_path, const std::vector<stemma::Document>& docs,
                    const std::vector<stemma::Fact>& facts) {
  using namespace stemma::stories;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < docs.size(); ++i) index[docs[i].id] = i;
  std::unordered_map<std::string, std::vector<const stemma::Fact*>> facts_of;
  for (const auto& f : facts) facts_of[f.document].push_back(&f);
  const stemma::ReuseResult no_reuse;
  const ProvenanceIndex provenance(no_reuse);
  std::ifstream in(pairs_path);
  std::string line;
  double seconds = 0;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const auto a = index.find(line.substr(0, tab)), b = index.find(line.substr(tab + 1));
    if (a == index.end() || b == index.end()) continue;
    StoryInput input;
    input.id = "pair";
    for (size_t d : {a->second, b->second}) {
      input.documents.push_back(&docs[d]);
      input.facts.push_back(facts_of[docs[d].id]);
    }
    const auto t0 = Clock::now();
    const std::vector<stemma::Claim> claims = BuildStoryClaims(input, provenance);
    const std::vector<stemma::Claim> statements = SentenceContradictions(input, claims);
    seconds += Seconds(t0);
    nlohmann::json out = {{"a", docs[a->second].id}, {"b", docs[b->second].id}};
    auto& found = out["contradictions"] = nlohmann::json::array();
    for (const auto* list : {&claims, &statements}) {
      for (const stemma::Claim& c : *list) {
        if (c.contradicted_by.empty()) continue;
        found.push_back({{"kind", c.kind},
                         {"value", c.value},
                         {"text", c.text},
                         {"document", c.documents.front()}});
      }
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  std::fprintf(stderr, "pair contradictions in %.2fs\n", seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string facts_mode = "fallback", reuse_mode = "none", path = "-", pair_path;
  bool summary = false, pairs = false;
  size_t incremental = 0;
  stemma::stories::StoryOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--facts")
      facts_mode = next();
    else if (a == "--reuse")
      reuse_mode = next();
    else if (a == "--topic")
      options.topic_threshold = std::atof(next());
    else if (a == "--topic-kind")
      options.topic_kind_threshold = std::atof(next());
    else if (a == "--join")
      options.cluster.join_threshold = std::atof(next());
    else if (a == "--merge")
      options.cluster.merge_threshold = std::atof(next());
    else if (a == "--related")
      options.related_threshold = std::atof(next());
    else if (a == "--no-claims")
      options.claims = false;
    else if (a == "--summary")
      summary = true;
    else if (a == "--incremental")
      incremental = std::strtoul(next(), nullptr, 10);
    else if (a == "--pair-contradictions")
      pair_path = next();
    else if (a == "--pairs")
      pairs = true;  // print document-to-document cosines (small inputs)
    else
      path = a;
  }
  std::ifstream file;
  if (path != "-") file.open(path);
  std::istream& in = path == "-" ? std::cin : file;
  std::vector<stemma::Document> docs;
  std::string line;
  auto t0 = Clock::now();
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    stemma::Document d;
    d.id = Field(j, "id");
    d.text = Field(j, "text");
    d.title = Field(j, "title");
    d.published = Field(j, "published");
    if (!d.id.empty()) docs.push_back(std::move(d));
  }
  std::fprintf(stderr, "read %zu documents in %.2fs\n", docs.size(), Seconds(t0));
  t0 = Clock::now();
  std::vector<stemma::Fact> facts;
  for (const stemma::Document& d : docs) {
    std::vector<stemma::Fact> f;
    if (facts_mode == "fallback") f = stemma::stories_eval::FallbackFacts(d);
#ifdef STEMMA_STORIES_WITH_FACTS
    if (facts_mode == "real") f = stemma::ExtractFacts(d);
#endif
    facts.insert(facts.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  std::fprintf(stderr, "facts (%s): %zu in %.2fs\n", facts_mode.c_str(), facts.size(), Seconds(t0));
  stemma::ReuseResult reuse;
#ifdef STEMMA_STORIES_WITH_REUSE
  if (reuse_mode == "real") {
    t0 = Clock::now();
    reuse = stemma::FindReuse(docs);
    std::fprintf(stderr, "reuse: %zu edges in %.2fs\n", reuse.edges.size(), Seconds(t0));
  }
#endif
  if (pairs && docs.size() <= 50) PrintPairs(docs, facts);
  if (!pair_path.empty()) return ContradictPairs(pair_path, docs, facts);
  if (incremental > 0 && incremental < docs.size()) {
    // Cluster all but the last N documents, then time adding the last N as a new batch.
    const std::vector<stemma::Document> head(docs.begin(), docs.end() - incremental);
    const std::vector<stemma::Document> tail(docs.end() - incremental, docs.end());
    stemma::stories::StoryIndex index(options.cluster, options.vector_terms);
    t0 = Clock::now();
    index.Add(head, facts);
    const double base = Seconds(t0);
    const size_t before = index.clusterer().Stories().size();
    t0 = Clock::now();
    index.Add(tail, facts);
    const double added = Seconds(t0);
    const size_t after = index.clusterer().Stories().size();
    std::fprintf(stderr, "incremental: %zu docs in %.2fs (%zu stories); +%zu docs in %.2fs (%zu)\n",
                 head.size(), base, before, tail.size(), added, after);
    std::cout << nlohmann::json{{"base_documents", head.size()},  {"base_seconds", base},
                                {"added_documents", tail.size()}, {"added_seconds", added},
                                {"stories_before", before},       {"stories_after", after}}
              << "\n";
    return 0;
  }
  t0 = Clock::now();
  const std::clock_t cpu0 = std::clock();
  const auto detail = stemma::stories::BuildStoriesDetailed(docs, reuse, facts, options);
  const double stories_seconds = Seconds(t0);
  const double stories_cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  std::fprintf(stderr, "stories: %zu stories, %zu claims in %.2fs\n",
               detail.analysis.stories.size(), detail.analysis.claims.size(), stories_seconds);
  nlohmann::json out;
  out["stories_seconds"] = stories_seconds;
  out["stories_cpu_seconds"] = stories_cpu;
  out["documents"] = docs.size();
  out["facts"] = facts.size();
  out["story_count"] = detail.analysis.stories.size();
  out["claim_count"] = detail.analysis.claims.size();
  if (!summary) {
    auto& stories = out["stories"] = nlohmann::json::array();
    for (const auto& s : detail.analysis.stories) {
      nlohmann::json timeline = nlohmann::json::array();
      for (const auto& e : s.timeline) {
        timeline.push_back({{"date", e.date}, {"event", e.event}, {"documents", e.documents}});
      }
      stories.push_back({{"id", s.id},
                         {"title", s.title},
                         {"first_date", s.first_date},
                         {"last_date", s.last_date},
                         {"documents", s.documents},
                         {"related_documents", s.related_documents},
                         {"timeline", timeline}});
    }
    auto& claims = out["claims"] = nlohmann::json::array();
    for (const auto& c : detail.analysis.claims) {
      claims.push_back({{"id", c.id},
                        {"story", c.story},
                        {"kind", c.kind},
                        {"text", c.text},
                        {"value", c.value},
                        {"documents", c.documents},
                        {"independent_sources", c.independent_sources},
                        {"contradicted_by", c.contradicted_by},
                        {"single_source", c.single_source}});
    }
    out["topics"] = detail.topics;
  }
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}

// facts_cli: reads JSONL {id, text, published} on stdin, writes one JSON object per input line:
// {"id", "facts": [{kind, text, begin, end, value, speaker, counts, approximate}]}.
// Offsets are UTF-8 byte offsets. Used by scripts/eval/facts_*.py.
// --ner-model PATH: use that NER model instead of the embedded one (dev-fold scoring).
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "facts/tagger.h"
#include "stemma/facts.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc == 3 && std::string(argv[1]) == "--ner-model") {
    std::ifstream in(argv[2], std::ios::binary);
    std::string model((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!stemma::facts::NerTagger::SetDefaultModel(model)) {
      std::cerr << "bad NER model " << argv[2] << "\n";
      return 2;
    }
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    nlohmann::json in = nlohmann::json::parse(line, nullptr, false);
    if (in.is_discarded() || !in.is_object()) {
      std::cout << "{\"error\":\"bad json\"}\n";
      continue;
    }
    stemma::Document doc;
    doc.id = in.value("id", "");
    doc.text = in.value("text", "");
    if (in.contains("published") && in["published"].is_string()) {
      doc.published = in["published"].get<std::string>();
    }
    nlohmann::json facts = nlohmann::json::array();
    for (const stemma::Fact& f : stemma::ExtractFacts(doc)) {
      nlohmann::json j = {{"kind", f.kind}, {"text", f.text},   {"begin", f.begin},
                          {"end", f.end},   {"value", f.value}, {"approximate", f.approximate}};
      if (!f.speaker.empty()) j["speaker"] = f.speaker;
      if (!f.counts.empty()) j["counts"] = f.counts;
      facts.push_back(std::move(j));
    }
    nlohmann::json outj = {{"id", doc.id}, {"facts", std::move(facts)}};
    std::cout << outj.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}

// extract_eval DIR|FILE|RECORDS.jsonl [--url-map FILE.json] [--repeat N]: runs Extract() on every
// page of DIR and prints one JSON object per page ({id, title, byline, published, outlet, language,
// url, text, flags}); throughput goes to stderr.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "corpus.h"
#include "stemma/extract.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_eval DIR [--url-map ground-truth.json] [--repeat N]\n");
    return 2;
  }
  std::string dir = argv[1];
  int repeat = 1;
  nlohmann::json urls;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::max(1, std::atoi(argv[i + 1]));
    if (std::strcmp(argv[i], "--url-map") == 0) {
      std::ifstream in(argv[i + 1]);
      urls = nlohmann::json::parse(in, nullptr, false);
    }
  }
  std::vector<stemma::bench::Page> pages;
  bool text_file = false;
  bool jsonl = dir.size() > 6 && dir.substr(dir.size() - 6) == ".jsonl";
  std::vector<nlohmann::json> records;
  if (jsonl) {  // JSONL records {id, text, title, author, published, outlet, url}: read as text
    std::ifstream in(dir);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      pages.push_back({j.value("id", std::string()), j["text"].get<std::string>()});
      records.push_back(std::move(j));
    }
    text_file = true;
  } else if (std::filesystem::is_regular_file(dir)) {  // one file: .txt/.md read as text
    stemma::bench::Page p{std::filesystem::path(dir).stem().string(), {}};
    stemma::bench::ReadMaybeGz(dir, &p.html);
    text_file = dir.size() > 4 &&
                (dir.substr(dir.size() - 4) == ".txt" || dir.substr(dir.size() - 3) == ".md");
    pages.push_back(std::move(p));
  } else {
    pages = stemma::bench::LoadHtmlDir(dir);
  }
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.html.size();
  std::vector<stemma::RawDocument> raws;
  for (const auto& p : pages) {
    stemma::RawDocument r;
    r.id = p.id;
    r.source = p.id;
    r.format = text_file ? stemma::ContentFormat::kText : stemma::ContentFormat::kHtml;
    r.content = p.html;
    if (urls.is_object() && urls.contains(p.id) && urls[p.id].contains("url") &&
        urls[p.id]["url"].is_string()) {
      r.url = urls[p.id]["url"].get<std::string>();
    }
    if (jsonl) {
      const nlohmann::json& j = records[raws.size()];
      for (auto [field, dest] : {std::pair{"title", &r.title},
                                 {"author", &r.author},
                                 {"published", &r.published},
                                 {"outlet", &r.outlet},
                                 {"url", &r.url}}) {
        if (j.contains(field) && j[field].is_string()) *dest = j[field].get<std::string>();
      }
    }
    raws.push_back(std::move(r));
  }
  std::vector<stemma::Document> docs(raws.size());
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  for (int k = 0; k < repeat; ++k) {
    for (size_t i = 0; i < raws.size(); ++i) docs[i] = stemma::Extract(raws[i]);
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  for (const auto& d : docs) {
    nlohmann::json j = {{"id", d.id},
                        {"title", d.title},
                        {"byline", d.byline},
                        {"published", d.published},
                        {"outlet", d.outlet},
                        {"language", d.language},
                        {"url", d.url},
                        {"canonical_url", d.canonical_url},
                        {"republished_from", d.republished_from},
                        {"text", d.text}};
    nlohmann::json flags = nlohmann::json::array();
    for (const auto& f : d.flags) flags.push_back({{"kind", f.kind}, {"detail", f.detail}});
    j["flags"] = flags;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  double n = static_cast<double>(pages.size()) * repeat;
  std::fprintf(
      stderr,
      "pages %zu x%d, %.1f MB, cpu %.3f s (wall %.3f s): %.0f pages/s, %.1f MB/s per core\n",
      pages.size(), repeat, bytes / 1e6, secs, wall, n / secs, bytes * repeat / 1e6 / secs);
  return 0;
}

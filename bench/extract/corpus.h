// Loads a folder of HTML pages (.html or .html.gz) for the extraction driver and benchmarks.
#pragma once

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace stemma::bench {

struct Page {
  std::string id;
  std::string html;
};

inline bool ReadMaybeGz(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files transparently
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out->append(buf, n);
  gzclose(f);
  return n >= 0;
}

inline std::vector<Page> LoadHtmlDir(const std::string& dir) {
  std::vector<Page> pages;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    std::string id;
    for (const char* ext : {".html.gz", ".htm.gz", ".html", ".htm"}) {
      std::string x(ext);
      if (name.size() > x.size() && name.compare(name.size() - x.size(), x.size(), x) == 0) {
        id = name.substr(0, name.size() - x.size());
        break;
      }
    }
    if (id.empty()) continue;
    Page p{id, {}};
    if (ReadMaybeGz(e.path().string(), &p.html)) pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.id < b.id; });
  return pages;
}

}  // namespace stemma::bench

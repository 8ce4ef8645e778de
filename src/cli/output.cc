// Shared output helpers of the CLI: error messages, field overrides, atomic file writes.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include "cli/commands.h"

namespace stemma::cli {

void PrintError(const std::string& message) {
  std::fprintf(stderr, "stemma: error: %s\n", message.c_str());
}

bool ApplyFieldOverrides(Options& options) {
  FieldNames& f = options.ingest.fields;
  for (const std::string& spec : options.field_overrides) {
    size_t eq = spec.find('=');
    std::string key = spec.substr(0, eq);
    std::string name = eq == std::string::npos ? "" : spec.substr(eq + 1);
    std::vector<std::string>* target = nullptr;
    if (key == "id") target = &f.id;
    if (key == "text") target = &f.text;
    if (key == "html") target = &f.html;
    if (key == "url") target = &f.url;
    if (key == "title") target = &f.title;
    if (key == "author") target = &f.author;
    if (key == "published") target = &f.published;
    if (key == "outlet") target = &f.outlet;
    if (target == nullptr || name.empty()) {
      PrintError("--field " + spec +
                 ": expected KEY=NAME with KEY one of id, text, html, url, title, author, "
                 "published, outlet");
      return false;
    }
    target->insert(target->begin(), name);
  }
  return true;
}

bool WriteOutputWith(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) write(out);
    out.flush();
    if (!out) {
      PrintError(path + ": cannot write");
      std::filesystem::remove(tmp);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    PrintError(path + ": cannot write: " + ec.message());
    std::filesystem::remove(tmp);
    return false;
  }
  return true;
}

bool WriteOutput(const std::string& path, const std::string& content) {
  return WriteOutputWith(path, [&](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

}  // namespace stemma::cli

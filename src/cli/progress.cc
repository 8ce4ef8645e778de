#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace stemma::cli {

ProgressBar::ProgressBar() : enabled_(::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Update(std::string_view phase, uint64_t done, uint64_t total) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (phase != phase_) {
    phase_ = std::string(phase);
    phase_start_ = now;
  } else if (now - last_draw_ < std::chrono::milliseconds(100) && done != total) {
    return;
  }
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - phase_start_).count();
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  bool bytes = phase_ == "ingest";
  char line[160];
  if (total > 0) {
    double fraction = static_cast<double>(done) / static_cast<double>(total);
    if (fraction > 1) fraction = 1;
    int filled = static_cast<int>(fraction * 30);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(30, '.');
    double eta = rate > 0 ? static_cast<double>(total - std::min(done, total)) / rate : 0;
    if (bytes) {
      std::snprintf(line, sizeof line, "%-8s [%s] %5.1f%% %7.1f MB/s ETA %4.0fs", phase_.c_str(),
                    bar.c_str(), fraction * 100, rate / 1e6, eta);
    } else {
      std::snprintf(line, sizeof line, "%-8s [%s] %llu/%llu %7.1f docs/s ETA %4.0fs",
                    phase_.c_str(), bar.c_str(), static_cast<unsigned long long>(done),
                    static_cast<unsigned long long>(total), rate, eta);
    }
  } else {
    std::snprintf(line, sizeof line, "%-8s ...", phase_.c_str());
  }
  std::fprintf(stderr, "\r\033[K%s", line);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace stemma::cli

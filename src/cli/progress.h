// A progress bar on a terminal (rate and ETA); silent when stderr is not a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace stemma::cli {

class ProgressBar {
 public:
  ProgressBar();
  ~ProgressBar();
  // `unit` is "docs" or "bytes"; total 0 means unknown (no bar, no ETA).
  void Update(std::string_view phase, uint64_t done, uint64_t total);
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::string phase_;
  std::chrono::steady_clock::time_point phase_start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace stemma::cli

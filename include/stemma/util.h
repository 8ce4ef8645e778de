// Small helpers two or more stages share: hashing, UTF-8 offsets, timing, a parallel loop.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace stemma {

// 128-bit XXH3 of `data` as 32 lowercase hex digits.
std::string ContentHash(std::string_view data);

// Number of code points in text[0, byte_offset): for turning byte offsets into character offsets.
size_t CharOffset(std::string_view text, size_t byte_offset);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view data);

// Seconds since `start`, which then moves to now (for phase timings).
inline double LapSeconds(std::chrono::steady_clock::time_point& start) {
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - start).count();
  start = now;
  return seconds;
}

// Runs fn(i) for every i in [0, n) on up to `threads` threads (0: one per core), each index
// exactly once, in no particular order. fn must be safe to run concurrently.
// How many elements two sorted vectors without repeats share (one merge walk): shingle sets in
// reuse, word sets in the stories' claims.
template <typename T>
size_t SortedOverlap(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

template <typename Fn>
void ParallelFor(size_t n, unsigned threads, Fn fn) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, n));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) fn(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace stemma

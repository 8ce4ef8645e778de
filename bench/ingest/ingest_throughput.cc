// Measures IngestPath throughput: stemma_ingest_throughput PATH... prints decoded MB/s,
// compressed MB/s, docs/s and peak RSS (one thread, documents are built and dropped).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "stemma/ingest.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH...\n", argv[0]);
    return 2;
  }
  uint64_t docs = 0, content_bytes = 0, errors = 0, input_bytes = 0;
  stemma::IngestCallbacks callbacks;
  callbacks.on_document = [&](stemma::RawDocument&& d) {
    ++docs;
    content_bytes += d.content.size();
  };
  callbacks.on_error = [&](const stemma::IngestError& e) {
    if (++errors <= 5) std::fprintf(stderr, "%s: %s\n", e.where.c_str(), e.reason.c_str());
  };
  auto start = std::chrono::steady_clock::now();
  for (int i = 1; i < argc; ++i) {
    input_bytes += stemma::InputSize(argv[i]);
    stemma::IngestPath(argv[i], stemma::IngestOptions(), callbacks);
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  // CPU seconds of this (single-threaded) process: the "per core" figure on a busy machine.
  double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  std::printf("docs %llu  errors %llu  wall %.3f s  cpu %.3f s\n",
              static_cast<unsigned long long>(docs), static_cast<unsigned long long>(errors), wall,
              cpu);
  std::printf("input (as stored) %.1f MB: %.1f MB/s per core (%.1f MB/s wall)\n", input_bytes / 1e6,
              input_bytes / 1e6 / cpu, input_bytes / 1e6 / wall);
  std::printf("article text %.1f MB: %.1f MB/s per core; %.0f docs/s per core\n",
              content_bytes / 1e6, content_bytes / 1e6 / cpu, docs / cpu);
  std::printf("peak RSS %.1f MB\n", usage.ru_maxrss / 1024.0);
  return errors == 0 ? 0 : 1;
}

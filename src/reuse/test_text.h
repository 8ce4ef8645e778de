// Deterministic fictional text for the reuse tests: sentences of made-up words.
#pragma once

#include <cstdint>
#include <string>

namespace stemma::reuse::testing {

// `words` pseudo-random words from a fictional vocabulary of ~4,000 words, seeded by `seed`,
// with a full stop every 12 words.
inline std::string FictionalText(uint64_t seed, int words) {
  static const char* kSyllables[] = {"ka",  "lo",  "mir", "zu",  "ten", "bra", "vo",  "shi",
                                     "dun", "pel", "qua", "rix", "oom", "fa",  "gel", "tor"};
  std::string out;
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  for (int w = 0; w < words; ++w) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    int syllables = 2 + static_cast<int>(x % 2);
    uint64_t y = x >> 8;
    if (!out.empty()) out += ' ';
    for (int s = 0; s < syllables; ++s) {
      out += kSyllables[y % 16];
      y >>= 4;
    }
    if (w % 12 == 11) out += '.';
  }
  return out;
}

}  // namespace stemma::reuse::testing

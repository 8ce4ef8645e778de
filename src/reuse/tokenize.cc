#include "reuse/tokenize.h"

#include <array>
#include <limits>
#include <string_view>

namespace stemma::reuse {
namespace {

constexpr uint32_t kFnvOffset = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

inline uint32_t Finish(uint32_t h) {
  h ^= h >> 16;
  h *= 0x7FEB352Du;
  h ^= h >> 15;
  h *= 0x846CA68Bu;
  h ^= h >> 16;
  return h;
}

uint32_t HashWord(std::string_view w) {
  uint32_t h = kFnvOffset;
  for (unsigned char c : w) h = (h ^ c) * kFnvPrime;
  return Finish(h);
}

// Open-addressed set of stopword hashes, built once.
class StopwordSet {
 public:
  StopwordSet() {
    static constexpr std::string_view kWords[] = {
        "a",    "an",    "the",  "of",   "to",   "in",    "and", "or",  "for",   "on",
        "at",   "by",    "with", "from", "as",   "is",    "was", "be",  "are",   "were",
        "it",   "that",  "this", "its",  "his",  "her",   "he",  "she", "they",  "we",
        "i",    "you",   "has",  "have", "had",  "not",   "but", "s",   "their", "which",
        "will", "would", "been", "also", "said", "there", "who", "can", "than",  "more"};
    slots_.fill(0);
    for (std::string_view w : kWords) {
      uint32_t h = HashWord(w) | 1u;
      size_t i = h & kMask;
      while (slots_[i] != 0) i = (i + 1) & kMask;
      slots_[i] = h;
    }
  }
  bool Contains(uint32_t hash) const {
    uint32_t h = hash | 1u;
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  static constexpr size_t kMask = 127;
  std::array<uint32_t, kMask + 1> slots_;
};

const StopwordSet& Stopwords() {
  static const StopwordSet set;
  return set;
}

inline bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a non-ASCII punctuation or space sequence at s[i] (0 when it is a word character):
// U+00A0, U+00AB, U+00BB, U+2000-U+206F (dashes, curly quotes, ellipsis), U+3000-U+303F.
inline size_t UnicodeSeparatorLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (i + 1 >= s.size()) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC2 && (c1 == 0xA0 || c1 == 0xAB || c1 == 0xBB)) return 2;
  if (i + 2 >= s.size()) return 0;
  if (c == 0xE2 && (c1 == 0x80 || c1 == 0x81)) return 3;
  if (c == 0xE3 && c1 == 0x80) return 3;
  return 0;
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<uint32_t>::max());
  }
  const StopwordSet& stop = Stopwords();
  const size_t n = text.size();
  bool sentence_start = true;
  bool quoted = false;
  size_t i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !IsAsciiWordByte(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n') sentence_start = true;
      if (c == '"') {
        // A straight quote after a word character closes a quote; elsewhere it opens one.
        bool after_word = i > 0 && (IsAsciiWordByte(static_cast<unsigned char>(text[i - 1])) ||
                                    text[i - 1] == '.' || text[i - 1] == ',' ||
                                    text[i - 1] == '!' || text[i - 1] == '?');
        quoted = !after_word;
      }
      if (c == '\n') quoted = false;
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t sep = UnicodeSeparatorLength(text, i);
      if (sep != 0) {
        if (sep == 3 && c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80) {
          unsigned char q = static_cast<unsigned char>(text[i + 2]);
          if (q == 0x9C) quoted = true;   // left double quotation mark
          if (q == 0x9D) quoted = false;  // right double quotation mark
        }
        i += sep;
        continue;
      }
    }
    // A word: run of word bytes; digits may be joined by ',' or '.' followed by a digit.
    const size_t begin = i;
    uint32_t h = kFnvOffset;
    bool has_digit = false;
    while (i < n) {
      unsigned char b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        if (IsAsciiWordByte(b)) {
          if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b + 32);
          if (b >= '0' && b <= '9') has_digit = true;
          h = (h ^ b) * kFnvPrime;
          ++i;
          continue;
        }
        bool joined_number = (b == ',' || b == '.') && has_digit && i + 1 < n &&
                             text[i + 1] >= '0' && text[i + 1] <= '9' && i > begin &&
                             text[i - 1] >= '0' && text[i - 1] <= '9';
        if (!joined_number) break;
        if (b == '.') h = (h ^ b) * kFnvPrime;  // "3.5" != "35"; "2,000" == "2000"
        ++i;
        continue;
      }
      if (UnicodeSeparatorLength(text, i) != 0) break;
      h = (h ^ b) * kFnvPrime;
      ++i;
    }
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    size_t len = i - begin;
    t.length = static_cast<uint16_t>(len > 0xFFFF ? 0xFFFF : len);
    t.hash = Finish(h);
    unsigned char first = static_cast<unsigned char>(text[begin]);
    if (has_digit) t.flags |= kNumber;
    if (first >= 'A' && first <= 'Z' && !sentence_start && len > 1) t.flags |= kCapital;
    if (len <= 5 && !has_digit && stop.Contains(t.hash)) t.flags |= kStopword;
    if (quoted) t.flags |= kQuoted;
    out->push_back(t);
    sentence_start = false;
  }
}

uint64_t NormalizedTextHash(const std::vector<Token>& tokens) {
  uint64_t h = 0xCBF29CE484222325ull ^ tokens.size();
  for (const Token& t : tokens) {
    h ^= t.hash;
    h *= 0x100000001B3ull;
    h ^= h >> 31;
  }
  return h;
}

}  // namespace stemma::reuse

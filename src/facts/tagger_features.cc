// The tagger's hashed features of one token: word, affixes, shapes and neighbours, lexicon
// classes, word clusters, gazetteer and WordNet bits, and the document votes.
#include <cstdint>
#include <string_view>

#include "facts/tagger.h"
#include "facts/tagger_hash.h"
#include "facts/word_memo.h"

namespace stemma::facts {
namespace {

uint64_t Seed(uint64_t id) { return (kFnvOffset ^ (id * 0x9E3779B97F4A7C15ull)) * kFnvPrime; }

// Word shape, compressed: "Choe" -> "Xx", "NIS" -> "X", "2,000" -> "d,d", "Son-hui" -> "Xx-x".
void Shape(std::string_view w, char* buf, size_t cap) {
  size_t n = 0;
  char last = 0;
  for (unsigned char c : w) {
    char s = (c >= 'A' && c <= 'Z')   ? 'X'
             : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80              ? 'u'
                                      : static_cast<char>(c);
    if (s != last && n + 1 < cap) buf[n++] = s;
    last = s;
  }
  buf[n] = '\0';
}

// Fills the sentence caches of `tables` (those it has) for token k: its lexicon classes and
// cluster ids, through word_memo when the tables name a model.
void CacheWord(Words words, size_t k, const Lexicon& lexicon, const FeatureTables& tables) {
  const std::string_view w = words[k];
  const WordClusters* clusters = tables.clusters;
  word_memo::Entry* e = tables.memo_model ? word_memo::Slot(tables.memo_model, w) : nullptr;
  if (e == nullptr) {
    if (tables.lexicon_cache) tables.lexicon_cache[k] = lexicon.Flags(w);
    if (tables.cache && clusters) tables.cache[k] = clusters->FindAll(w);
    return;
  }
  if (!(e->known & word_memo::kFlags)) {
    e->flags = lexicon.Flags(w);
    e->known |= word_memo::kFlags;
  }
  if (!(e->known & word_memo::kClusters) && clusters) {
    e->clusters = clusters->FindAll(w);
    e->known |= word_memo::kClusters;
  }
  if (tables.lexicon_cache) tables.lexicon_cache[k] = e->flags;
  if (tables.cache && clusters) tables.cache[k] = e->clusters;
}

constexpr std::string_view kStart = "<s>";
constexpr std::string_view kEnd = "</s>";

}  // namespace

int VoteFeatures(Words words, size_t i, const uint8_t* votes, uint64_t shape_key, uint64_t* out) {
  if (!votes) return 0;
  int n = 0;
  uint64_t vw = votes[i], vp = i >= 1 ? votes[i - 1] : 0;
  uint64_t vn = i + 1 < words.size() ? votes[i + 1] : 0;
  if (vw) {
    out[n++] = Seed(50) + vw;
    out[n++] = ((Seed(51) + vw) ^ shape_key) * kFnvPrime;
    out[n++] = Seed(52) + vw * 32 + vp;
    out[n++] = Seed(53) + vw * 32 + vn;
  }
  if (vp || vn) out[n++] = Seed(54) + vp * 32 + vn;
  return n;
}

int TaggerFeatures(Words words, size_t i, const uint8_t* votes, const Lexicon& lexicon,
                   const FeatureTables& tables, uint64_t* out, uint64_t* prev_bases,
                   uint64_t* word_only) {
  const WordClusters* clusters = tables.clusters;
  int n = 0;
  uint64_t own_mask = 0;
  // A feature of the word alone (its text, lexicon classes, clusters): marked in `word_only`.
  auto own = [&](uint64_t key) {
    own_mask |= uint64_t{1} << n;
    out[n++] = key;
  };
  std::string_view w = words[i];
  std::string_view p1 = i >= 1 ? words[i - 1] : kStart;
  std::string_view p2 = i >= 2 ? words[i - 2] : kStart;
  std::string_view n1 = i + 1 < words.size() ? words[i + 1] : kEnd;
  std::string_view n2 = i + 2 < words.size() ? words[i + 2] : kEnd;
  char shape[16], shape_p[16], shape_n[16];
  Shape(w, shape, sizeof(shape));
  Shape(p1, shape_p, sizeof(shape_p));
  Shape(n1, shape_n, sizeof(shape_n));
  own(Seed(1));
  own(Mix(Seed(2), w));
  own(MixRaw(Seed(3), w));
  own(MixRaw(Seed(4), shape));
  own(Mix(Seed(5), w.substr(w.size() > 3 ? w.size() - 3 : 0)));
  own(Mix(Seed(6), w.substr(0, 3)));
  out[n++] = Mix(Seed(7), p1);
  out[n++] = Mix(Seed(8), n1);
  out[n++] = Mix(Seed(9), p2);
  out[n++] = Mix(Seed(10), n2);
  out[n++] = MixRaw(MixRaw(Seed(14), shape_p), shape);
  out[n++] = MixRaw(MixRaw(Seed(15), shape), shape_n);
  out[n++] = Mix(Mix(Seed(17), p1), w);
  out[n++] = Mix(Mix(Seed(18), w), n1);
  out[n++] = Seed(19) + (i == 0 ? 1 : 0);
  own(Mix(Seed(20), w.substr(w.size() > 2 ? w.size() - 2 : 0)));
  out[n++] = Mix(Mix(Seed(28), p1), n1);
  out[n++] = MixRaw(Mix(Seed(29), p1), shape);
  out[n++] = MixRaw(Mix(Seed(30), n1), shape);
  own(Mix(Seed(31), w.substr(0, 2)));
  own(Mix(Seed(33), w.substr(w.size() > 1 ? w.size() - 1 : 0)));
  out[n++] = MixRaw(MixRaw(MixRaw(Seed(34), shape_p), shape), shape_n);
  uint64_t lw = 0;
  if (!lexicon.empty()) {
    auto flags = [&](size_t k) -> uint64_t {
      if (!tables.lexicon_cache) return lexicon.Flags(words[k]);
      uint8_t& c = tables.lexicon_cache[k];
      if (c == FeatureTables::kUnsetFlags) CacheWord(words, k, lexicon, tables);
      return c;
    };
    lw = flags(i);
    uint64_t lp = i >= 1 ? flags(i - 1) : 8, ln = i + 1 < words.size() ? flags(i + 1) : 8;
    uint64_t lp2 = i >= 2 ? flags(i - 2) : 8, ln2 = i + 2 < words.size() ? flags(i + 2) : 8;
    own(MixRaw(Seed(22) + lw, shape));
    out[n++] = Seed(23) + lw * 16 + lp;
    out[n++] = Seed(24) + lw * 16 + ln;
    own(Mix(Seed(26) + lw, w.substr(w.size() > 3 ? w.size() - 3 : 0)));
    out[n++] = Seed(39) + (lw * 16 + lp) * 16 + ln;
    out[n++] = MixRaw(Seed(40) + ln, shape_n) + lw * 131;
    out[n++] = MixRaw(Seed(41) + lp, shape_p) + lw * 131;
    out[n++] = Seed(42) + lp2 * 16 + lp;
    out[n++] = Seed(43) + ln * 16 + ln2;
    out[n++] = Mix(Seed(44) + lw, p1);
    out[n++] = Mix(Seed(45) + lw, n1);
  }
  if (clusters && !clusters->empty()) {
    using C = WordClusters;
    auto find = [&](size_t k) {
      if (!tables.cache) return clusters->FindAll(words[k]);
      if (tables.cache[k] == FeatureTables::kUnset) CacheWord(words, k, lexicon, tables);
      return tables.cache[k];
    };
    const uint64_t aw = find(i), ap = i >= 1 ? find(i - 1) : 0;
    const uint64_t an = i + 1 < words.size() ? find(i + 1) : 0;
    uint32_t cw = static_cast<uint32_t>(aw);
    uint32_t cp = i >= 1 ? static_cast<uint32_t>(ap) : C::kBoundary;
    uint32_t cn = i + 1 < words.size() ? static_cast<uint32_t>(an) : C::kBoundary;
    own(Seed(60) + C::C1024(cw));
    own(Seed(61) + C::C256(cw));
    own(Seed(62) + C::C64(cw));
    out[n++] = Seed(64) + C::C256(cp);
    out[n++] = Seed(65) + C::C256(cn);
    out[n++] = Seed(66) + C::C1024(cp);
    out[n++] = Seed(67) + C::C1024(cn);
    out[n++] = Seed(68) + C::C64(cp) * 256 + C::C64(cw);
    out[n++] = Seed(69) + C::C64(cn) * 256 + C::C64(cw);
    // Gazetteer bits of the word, and of each neighbour paired with the word's.
    uint32_t gw = C::Gaz(cw), gp = cp == C::kBoundary ? 32 : C::Gaz(cp) & 7;
    uint32_t gn = cn == C::kBoundary ? 32 : C::Gaz(cn) & 7;
    own(Seed(70) + gw);
    out[n++] = Seed(72) + gp * 64 + (gw & 7);
    out[n++] = Seed(73) + gn * 64 + (gw & 7);
    out[n++] = Seed(78) + C::C256(cp) * 1024 + C::C256(cw);
    out[n++] = Seed(79) + C::C256(cn) * 1024 + C::C256(cw);
    // WordNet: the word's name classes by position, its head-noun class (with common-noun and
    // adjective-of-origin bits), the head-noun classes of the two words either side ("the
    // University of X", "X River"), and its one-word-name class with its news cue bits.
    own(Seed(80) + ((aw >> 32) & 0xFFFF));
    own(Seed(81) + C::WnHead(aw) * 4 + C::WnNoun(aw) * 2 + C::WnOrigin(aw));
    out[n++] = Seed(82) + (i >= 1 ? C::WnHead(ap) : 16) * 32 + C::WnHead(aw);
    out[n++] = Seed(83) + (i + 1 < words.size() ? C::WnHead(an) : 16) * 32 + C::WnHead(aw);
    const uint64_t ap2 = i >= 2 ? find(i - 2) : 0;
    const uint64_t an2 = i + 2 < words.size() ? find(i + 2) : 0;
    out[n++] = Seed(84) + (i >= 2 ? C::WnHead(ap2) : 16) * 32 + C::WnHead(ap);
    out[n++] = Seed(85) + (i + 2 < words.size() ? C::WnHead(an2) : 16) * 32 + C::WnHead(an);
    own(Seed(88) + C::WnSingle(aw) * 16 + (gw & 7));
  }
  n += VoteFeatures(words, i, votes, out[3], out + n);
  prev_bases[0] = Seed(11);
  if (word_only) *word_only = own_mask;
  return n;
}

}  // namespace stemma::facts

#include "reuse/minhash.h"

#include <algorithm>

namespace stemma::reuse {
namespace {

constexpr uint32_t kEmpty = 0xFFFFFFFFu;

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ull;
  x ^= x >> 33;
  return x;
}

inline void Offer(uint64_t shingle, Signature* sig) {
  uint64_t h = Mix64(shingle);
  uint32_t bin = static_cast<uint32_t>(h >> 57);            // top 7 bits: 128 bins
  uint32_t value = static_cast<uint32_t>(h) & 0xFFFFFFFEu;  // never kEmpty
  uint32_t& slot = (*sig)[bin];
  if (value < slot) slot = value;
}

// Fills empty bins from non-empty ones chosen by a per-bin pseudo-random probe sequence, so
// that two documents with the same non-empty bins fill the same way (optimal densification).
void Densify(Signature* sig) {
  int filled = 0;
  for (uint32_t v : *sig) filled += v != kEmpty;
  if (filled == 0 || filled == kSignatureSize) return;
  Signature dense = *sig;
  for (int i = 0; i < kSignatureSize; ++i) {
    if ((*sig)[i] != kEmpty) continue;
    for (uint64_t attempt = 1; attempt <= 4096; ++attempt) {
      uint32_t j = static_cast<uint32_t>(Mix64((static_cast<uint64_t>(i) << 32) | attempt) >> 57);
      if ((*sig)[j] != kEmpty) {
        dense[i] = (*sig)[j];
        break;
      }
    }
    for (int j = 0; dense[i] == kEmpty; ++j) dense[i] = (*sig)[(i + j) % kSignatureSize];
  }
  *sig = dense;
}

}  // namespace

bool ComputeSignature(const std::vector<Token>& tokens, Signature* signature) {
  signature->fill(kEmpty);
  if (tokens.empty()) return false;
  if (tokens.size() < static_cast<size_t>(kShingleWords)) {
    Offer(GramHash(tokens.data(), static_cast<int>(tokens.size())), signature);
  } else {
    const size_t last = tokens.size() - kShingleWords;
    for (size_t i = 0; i <= last; ++i) Offer(GramHash(&tokens[i], kShingleWords), signature);
  }
  Densify(signature);
  return true;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  int equal = 0;
  for (int i = 0; i < kSignatureSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kSignatureSize;
}

void ShingleSet(const std::vector<Token>& tokens, int words, std::vector<uint64_t>* out) {
  out->clear();
  if (tokens.empty()) return;
  if (tokens.size() < static_cast<size_t>(words)) {
    out->push_back(GramHash(tokens.data(), static_cast<int>(tokens.size())));
    return;
  }
  out->reserve(tokens.size() - words + 1);
  for (size_t i = 0; i + words <= tokens.size(); ++i) out->push_back(GramHash(&tokens[i], words));
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace stemma::reuse

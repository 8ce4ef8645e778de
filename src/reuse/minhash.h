// MinHash signatures of word shingles (one-permutation hashing with densification).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "reuse/tokenize.h"

namespace stemma::reuse {

constexpr int kSignatureSize = 128;
constexpr int kShingleWords = 5;  // same shingles as the exact near-duplicate reference

using Signature = std::array<uint32_t, kSignatureSize>;

// Signature of the word `kShingleWords`-shingles of `tokens`; a text shorter than one shingle
// counts as one shingle. Returns false (and an all-ones signature) for a text without words.
bool ComputeSignature(const std::vector<Token>& tokens, Signature* signature);

// Fraction of equal slots: an estimate of the shingle-set Jaccard similarity.
double EstimateJaccard(const Signature& a, const Signature& b);

// Sorted distinct shingle hashes (the exact sets the signature estimates; SortedOverlap in
// stemma/util.h counts what two share).
void ShingleSet(const std::vector<Token>& tokens, int words, std::vector<uint64_t>* out);

}  // namespace stemma::reuse

#include "reuse/pair_analysis.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "reuse/classify.h"
#include "reuse/lsh.h"
#include "reuse/ngram_index.h"
#include "reuse/provenance.h"
#include "stemma/util.h"

namespace stemma::reuse {
namespace {

Passage ToBytes(const std::vector<Token>& a, const std::vector<Token>& b, const TokenPassage& p) {
  Passage out;
  out.source_begin = a[p.a_begin].begin;
  out.source_end = TokenEnd(a[p.a_end - 1]);
  out.target_begin = b[p.b_begin].begin;
  out.target_end = TokenEnd(b[p.b_end - 1]);
  return out;
}

double FactDensity(const std::vector<Token>& tokens) {
  if (tokens.empty()) return 0.0;
  size_t facts = 0;
  for (const Token& t : tokens) facts += (t.flags & (kNumber | kCapital)) != 0;
  return static_cast<double>(facts) / tokens.size();
}

PairFeatures Measure(const DocumentSketch& a, const DocumentSketch& b,
                     const std::vector<uint64_t>& shingles_a,
                     const std::vector<uint64_t>& shingles_b, const PairAlignment& alignment) {
  PairFeatures f;
  f.tokens_a = a.tokens.size();
  f.tokens_b = b.tokens.size();
  f.same_text = a.text_hash == b.text_hash && f.tokens_a == f.tokens_b;
  size_t both = SortedOverlap(shingles_a, shingles_b);
  size_t either = shingles_a.size() + shingles_b.size() - both;
  f.jaccard = either == 0 ? 0.0 : static_cast<double>(both) / either;
  f.contained_a = shingles_a.empty() ? 0.0 : static_cast<double>(both) / shingles_a.size();
  f.contained_b = shingles_b.empty() ? 0.0 : static_cast<double>(both) / shingles_b.size();
  f.covered_a = f.tokens_a == 0 ? 0.0 : static_cast<double>(alignment.covered_a) / f.tokens_a;
  f.covered_b = f.tokens_b == 0 ? 0.0 : static_cast<double>(alignment.covered_b) / f.tokens_b;
  f.anchors = alignment.anchors;
  f.weight = alignment.weight;
  size_t shorter = std::min(f.tokens_a, f.tokens_b);
  f.evidence = shorter == 0 ? 0.0 : static_cast<double>(alignment.weight) / shorter;
  f.ordered_facts = alignment.ordered_facts;
  f.shared_facts = alignment.shared_facts;
  f.passages = alignment.passages.size();
  f.chains = alignment.chains;
  f.fact_density_a = FactDensity(a.tokens);
  f.fact_density_b = FactDensity(b.tokens);
  if (!alignment.passages.empty() && f.tokens_a > 0 && f.tokens_b > 0) {
    uint32_t a_begin = alignment.passages.front().a_begin, a_end = 0;
    uint32_t b_begin = alignment.passages.front().b_begin, b_end = 0;
    for (const TokenPassage& p : alignment.passages) {
      a_begin = std::min(a_begin, p.a_begin);
      a_end = std::max(a_end, p.a_end);
      b_begin = std::min(b_begin, p.b_begin);
      b_end = std::max(b_end, p.b_end);
    }
    f.span_a = static_cast<double>(a_end - a_begin) / f.tokens_a;
    f.span_b = static_cast<double>(b_end - b_begin) / f.tokens_b;
  }
  return f;
}

// Decides the edge direction: declared origin, then dates, then what the text suggests.
void Orient(const Document& a, const Document& b, const Verdict& v, ReuseEdge* e) {
  bool a_first = true;
  if (DeclaresOrigin(b, a) != DeclaresOrigin(a, b)) {
    a_first = DeclaresOrigin(b, a);
    e->direction_known = true;
    e->direction_reason = "declared";
  } else if (int cmp = CompareDates(a.published, b.published); cmp != 0) {
    a_first = cmp < 0;
    e->direction_known = true;
    e->direction_reason = "dates";
  } else if (v.source != Side::kUnknown) {
    a_first = v.source == Side::kA;
    e->direction_known = true;
    e->direction_reason = v.reason;
  }
  e->source = a_first ? a.id : b.id;
  e->target = a_first ? b.id : a.id;
}

}  // namespace

void AddDeclaredRepublications(const std::vector<Document>& documents, size_t n,
                               const std::vector<uint64_t>& candidates,
                               const std::vector<uint8_t>& linked_pairs,
                               std::vector<ReuseEdge>* edges) {
  constexpr size_t kMaxOriginsPerDeclaration = 8;
  bool any = false;
  for (size_t d = 0; d < n; ++d) any = any || !documents[d].republished_from.empty();
  if (!any) return;
  // A declaration naming a document (id, URL) links to it; one naming an outlet links only when
  // the set holds a single document of that outlet (else which one is unknown).
  std::unordered_multimap<std::string, size_t> by_locator, by_outlet;
  for (size_t d = 0; d < n; ++d) {
    const Document& doc = documents[d];
    for (const std::string* f : {&doc.id, &doc.url, &doc.canonical_url}) {
      std::string key = NormalizeLocator(*f);
      if (!key.empty()) by_locator.emplace(std::move(key), d);
    }
    std::string outlet = NormalizeLocator(doc.outlet);
    if (!outlet.empty()) by_outlet.emplace(std::move(outlet), d);
  }
  std::unordered_set<uint64_t> linked;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (linked_pairs[i] != 0) linked.insert(candidates[i]);
  }
  for (size_t c = 0; c < n; ++c) {
    std::string declared = NormalizeLocator(documents[c].republished_from);
    if (declared.empty()) continue;
    std::vector<size_t> origins;
    auto [begin, end] = by_locator.equal_range(declared);
    for (auto it = begin; it != end; ++it) {
      if (it->second != c) origins.push_back(it->second);
    }
    if (origins.empty() && by_outlet.count(declared) == 1) {
      size_t o = by_outlet.find(declared)->second;
      if (o != c) origins.push_back(o);
    }
    std::sort(origins.begin(), origins.end());
    origins.erase(std::unique(origins.begin(), origins.end()), origins.end());
    if (origins.size() > kMaxOriginsPerDeclaration) origins.resize(kMaxOriginsPerDeclaration);
    for (size_t o : origins) {
      if (linked.count(PairKey(static_cast<uint32_t>(c), static_cast<uint32_t>(o))) != 0) continue;
      ReuseEdge e;
      e.source = documents[o].id;
      e.target = documents[c].id;
      e.relation = "republication";
      e.score = 1.0;
      e.direction_known = true;
      e.direction_reason = "declared";
      edges->push_back(std::move(e));
    }
  }
}

void AnalysePair(const Document& doc_a, const DocumentSketch& sa,
                 const std::vector<uint64_t>& shingles_a, const Document& doc_b,
                 const DocumentSketch& sb, const std::vector<uint64_t>& shingles_b, uint32_t a,
                 uint32_t b, const AnchorIndex& a_index, const AlignOptions& align,
                 const ClassifyOptions& classify, PairReport* r, ReuseEdge* e) {
  PairAlignment alignment = AlignPair(sa.tokens, a_index, sb.tokens, align);
  r->a = a;
  r->b = b;
  r->features = Measure(sa, sb, shingles_a, shingles_b, alignment);
  r->verdict = Classify(r->features, classify);
  if (r->verdict.relation.empty()) return;
  e->relation = r->verdict.relation;
  e->score = r->verdict.score;
  Orient(doc_a, doc_b, r->verdict, e);
  const bool a_is_source = e->source == doc_a.id;
  for (const TokenPassage& p : alignment.passages) {
    TokenPassage q = a_is_source ? p : TokenPassage{p.b_begin, p.b_end, p.a_begin, p.a_end};
    e->passages.push_back(a_is_source ? ToBytes(sa.tokens, sb.tokens, q)
                                      : ToBytes(sb.tokens, sa.tokens, q));
  }
}

std::vector<uint64_t> GenerateCandidates(const std::vector<Signature>& signatures,
                                         const std::vector<uint8_t>& has_text,
                                         const std::vector<uint64_t>& text_hashes,
                                         std::vector<std::vector<uint64_t>>* grams5,
                                         std::vector<std::vector<uint64_t>>* grams3,
                                         const ReuseOptions& options, PipelineStats* stats) {
  const size_t n = signatures.size();
  std::vector<uint64_t> candidates = LshCandidates(signatures, has_text, 32);
  stats->lsh_pairs = candidates.size();
  {
    std::vector<std::pair<uint64_t, uint32_t>> by_hash;
    for (size_t d = 0; d < n; ++d) {
      if (has_text[d]) by_hash.emplace_back(text_hashes[d], d);
    }
    std::sort(by_hash.begin(), by_hash.end());
    std::vector<uint32_t> group;
    for (size_t i = 0; i < by_hash.size();) {
      group.clear();
      size_t j = i;
      for (; j < by_hash.size() && by_hash[j].first == by_hash[i].first; ++j) {
        group.push_back(by_hash[j].second);
      }
      EmitGroupPairs(group.data(), group.size(), 200, &candidates);
      i = j;
    }
  }
  for (const SharedGramPair& p : SharedGramPairs(*grams5, options.max_document_frequency, 2)) {
    candidates.push_back(p.key);
    ++stats->gram_pairs;
  }
  *grams5 = {};
  if (!grams3->empty()) {
    for (const SharedGramPair& p : SharedGramPairs(*grams3, options.max_document_frequency, 4)) {
      candidates.push_back(p.key);
    }
    *grams3 = {};
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  stats->candidates = candidates.size();
  return candidates;
}

}  // namespace stemma::reuse

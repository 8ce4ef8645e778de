// The quote speaker ranker's model: loading, scoring, the embedded copy and the training trace.
#include "facts/quote_ranker.h"

#include <charconv>
#include <cstdlib>

namespace stemma::facts {
namespace {

thread_local std::vector<TracedQuote>* g_trace = nullptr;

std::string_view NextLine(std::string_view* text) {
  size_t nl = text->find('\n');
  std::string_view line = text->substr(0, nl);
  text->remove_prefix(nl == std::string_view::npos ? text->size() : nl + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

void SetQuoteTrace(std::vector<TracedQuote>* trace) { g_trace = trace; }
std::vector<TracedQuote>* QuoteTrace() { return g_trace; }

bool QuoteRanker::Load(std::string_view text) {
  keys_.clear();
  values_.clear();
  size_ = 0;
  if (NextLine(&text) != "stemma-quote-ranker 1") return false;
  std::unordered_map<uint64_t, float> weights;
  double bonus = 0;
  while (!text.empty()) {
    std::string_view line = NextLine(&text);
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("rule-bonus ", 0) == 0) {
      std::string number(line.substr(11, 40));
      char* end = nullptr;
      bonus = std::strtod(number.c_str(), &end);
      if (number.empty() || end != number.c_str() + number.size() ||
          !(bonus > -1e6 && bonus < 1e6)) {
        return false;
      }
      continue;
    }
    size_t space = line.find(' ');
    if (space != 16 || weights.size() >= (1u << 20)) return false;
    uint64_t id = 0;
    auto [p, ec] = std::from_chars(line.data(), line.data() + 16, id, 16);
    if (ec != std::errc() || p != line.data() + 16) return false;
    // from_chars for floating point is in libstdc++ 11+; strtod needs a terminated copy.
    std::string number(line.substr(space + 1, 40));
    char* end = nullptr;
    double w = std::strtod(number.c_str(), &end);
    if (number.empty() || end != number.c_str() + number.size() || !(w > -1e6 && w < 1e6)) {
      return false;
    }
    weights[id] = static_cast<float>(w);
  }
  // Open addressing, linear probing, at most half full; feature ids are never 0.
  size_t slots = 16;
  while (slots < 2 * weights.size()) slots *= 2;
  keys_.assign(slots, 0);
  values_.assign(slots, 0.0f);
  mask_ = slots - 1;
  for (const auto& [id, w] : weights) {
    if (id == 0) return false;
    size_t h = Slot(id);
    while (keys_[h] != 0) h = (h + 1) & mask_;
    keys_[h] = id;
    values_[h] = w;
  }
  size_ = weights.size();
  rule_bonus_ = bonus;
  return size_ > 0;
}

double QuoteRanker::Score(const std::vector<uint64_t>& features) const {
  double s = 0;
  if (size_ == 0) return 0;
  for (uint64_t f : features) {
    for (size_t h = Slot(f); keys_[h] != 0; h = (h + 1) & mask_) {
      if (keys_[h] == f) {
        s += values_[h];
        break;
      }
    }
  }
  return s;
}

size_t QuoteRanker::Choose(const std::vector<QuoteCandidate>& candidates,
                           const std::string& rule) const {
  size_t best = 0;
  double best_score = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    double s = Score(candidates[i].features) + (candidates[i].name == rule ? rule_bonus_ : 0);
    if (i == 0 || s > best_score) {
      best = i;
      best_score = s;
    }
  }
  return best;
}

namespace {
QuoteRanker& DefaultRanker() {
  static QuoteRanker* ranker = [] {
    auto* r = new QuoteRanker;
    r->Load(EmbeddedQuoteModel());
    return r;
  }();
  return *ranker;
}
}  // namespace

const QuoteRanker& QuoteRanker::Default() { return DefaultRanker(); }

bool QuoteRanker::SetDefaultModel(std::string_view text) { return DefaultRanker().Load(text); }

}  // namespace stemma::facts

// quote_train: trains the quote speaker ranker (src/facts/quote_ranker.h), an averaged
// perceptron over each quote's candidates, on the tuning articles only, and reports
// cross-validated speaker P/R/F1 by article folds for 1..--max-epochs epochs.
//
//   python3 scripts/eval/facts_quotes.py --cli BUILD/bench/facts/facts_cli
//     --dump-train /tmp/quote_tune.jsonl
//   BUILD/bench/facts/quote_train --data /tmp/quote_tune.jsonl [--folds 5] [--max-epochs 15]
//       [--drop 8,9] [--splits dev,dev2] [--eval-split dev3] [--bags 5] [--rule-bonus 0]
//       [--keep 1,2,3,5,6,7]   (rule sources whose answer stands, see RuleSource; -1 = none)
//       [--epochs N --out src/facts/data/quote_ranker.model]
//
// Scoring is the end-to-end speaker measure of scripts/eval/facts_quotes.py over the ranked
// quotes (nested single-mark quotes, which the ranker does not see, are left out).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "facts/quote_ranker.h"
#include "stemma/facts.h"

namespace {

using stemma::facts::QuoteTemplate;
using stemma::facts::TracedQuote;

// Name normalisation of facts_quotes.py: lower case, punctuation and 's dropped, leading
// articles and titles dropped; a surname-only name matches the full name.
std::vector<std::string> NameWords(std::string name) {
  static const std::set<std::string> kTitles = {"mr",        "mrs",      "ms",
                                                "miss",      "dr",       "sen",
                                                "senator",   "rep",      "representative",
                                                "gov",       "governor", "president",
                                                "gen",       "general",  "prof",
                                                "professor", "sir",      "dame",
                                                "rev",       "judge",    "justice",
                                                "mayor",     "lt",       "col",
                                                "adm",       "sgt",      "capt",
                                                "former",    "vice"};
  for (const char* s : {"\xE2\x80\x99s", "'s"}) {
    for (size_t p; (p = name.find(s)) != std::string::npos;) name.erase(p, std::string(s).size());
  }
  std::vector<std::string> words;
  std::string w;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '_' || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  size_t k = 0;
  while (k < words.size() && (words[k] == "a" || words[k] == "an" || words[k] == "the")) ++k;
  while (k + 1 < words.size() && kTitles.count(words[k])) ++k;
  return std::vector<std::string>(words.begin() + static_cast<long>(k), words.end());
}

bool SameSpeaker(const std::string& system, const std::string& gold) {
  auto a = NameWords(system), b = NameWords(gold);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a.back() != b.back()) return false;
  std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  return std::includes(sb.begin(), sb.end(), sa.begin(), sa.end()) ||
         std::includes(sa.begin(), sa.end(), sb.begin(), sb.end());
}

struct GoldQuote {
  size_t begin, end;
  std::string speaker;
};

struct Example {
  std::vector<std::vector<uint64_t>> features;  // per candidate
  std::vector<std::string> names;
  std::vector<char> correct;
  size_t rule = 0;  // the candidate the rules chose
  std::string rule_name;
  bool keep = false;  // the rules' answer stands (its source is in --keep)
};

struct Doc {
  std::string split;
  std::vector<Example> quotes;
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<GoldQuote> gold;
};

struct Counts {
  int p = 0, pc = 0, r = 0, rc = 0;
  void Add(const Counts& o) { p += o.p, pc += o.pc, r += o.r, rc += o.rc; }
  double F1() const {
    double pp = p ? double(pc) / p : 0, rr = r ? double(rc) / r : 0;
    return pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0;
  }
  void Print(const char* label) const {
    double pp = p ? double(pc) / p : 0, rr = r ? double(rc) / r : 0;
    double f = pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0;
    std::printf("%-28s P %.3f R %.3f F1 %.3f  (%d/%d, %d/%d)\n", label, pp, rr, f, pc, p, rc, r);
  }
};

// End-to-end speaker counts for one document given a predicted name per ranked quote.
Counts Score(const Doc& d, const std::vector<std::string>& predicted) {
  Counts c;
  auto overlaps = [](size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; };
  for (size_t i = 0; i < d.spans.size(); ++i) {
    if (predicted[i].empty()) continue;
    ++c.p;
    for (const GoldQuote& g : d.gold) {
      if (overlaps(d.spans[i].first, d.spans[i].second, g.begin, g.end) &&
          SameSpeaker(predicted[i], g.speaker)) {
        ++c.pc;
        break;
      }
    }
  }
  for (const GoldQuote& g : d.gold) {
    if (g.speaker.empty()) continue;
    ++c.r;
    for (size_t i = 0; i < d.spans.size(); ++i) {
      if (overlaps(d.spans[i].first, d.spans[i].second, g.begin, g.end) &&
          SameSpeaker(predicted[i], g.speaker)) {
        ++c.rc;
        break;
      }
    }
  }
  return c;
}

class Perceptron {
 public:
  double Score(const std::vector<uint64_t>& f, bool averaged) const {
    double s = 0;
    for (uint64_t x : f) {
      auto it = w_.find(x);
      if (it == w_.end()) continue;
      s += averaged ? it->second.first - it->second.second / double(c_) : it->second.first;
    }
    return s;
  }
  size_t Best(const Example& e, bool averaged, bool only_correct) const {
    size_t best = e.features.size();
    double bs = 0;
    for (size_t i = 0; i < e.features.size(); ++i) {
      if (only_correct && !e.correct[i]) continue;
      double s = Score(e.features[i], averaged);
      if (best == e.features.size() || s > bs) best = i, bs = s;
    }
    return best;
  }
  void Train(const Example& e) {
    ++c_;
    size_t gold = Best(e, false, true);
    size_t pred = Best(e, false, false);
    if (gold >= e.features.size() || e.correct[pred]) return;
    for (uint64_t x : e.features[gold]) Update(x, 1);
    for (uint64_t x : e.features[pred]) Update(x, -1);
  }
  std::vector<std::pair<uint64_t, double>> Averaged() const {
    std::vector<std::pair<uint64_t, double>> out;
    for (const auto& [k, v] : w_) {
      double a = v.first - v.second / double(c_);
      if (a != 0) out.push_back({k, a});
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  void Update(uint64_t x, double d) {
    auto& v = w_[x];
    v.first += d;
    v.second += d * double(c_);
  }
  std::unordered_map<uint64_t, std::pair<double, double>> w_;  // weight, sum of c * update
  long c_ = 1;
};

// Quotes whose predicted speaker is wrong, with the candidates (for the tuning splits only).
void PrintErrors(const Doc& d, const std::vector<std::string>& predicted) {
  for (size_t i = 0; i < d.quotes.size(); ++i) {
    const Example& e = d.quotes[i];
    size_t k = 0;
    while (k < e.names.size() && e.names[k] != predicted[i]) ++k;
    if (k < e.correct.size() && e.correct[k]) continue;
    std::string gold;
    for (size_t c = 0; c < e.correct.size(); ++c) {
      if (e.correct[c]) gold = e.names[c].empty() ? "<none>" : e.names[c];
    }
    std::printf("  ERR %s %zu: chose '%s' rule '%s' right '%s' | cands:", d.split.c_str(),
                d.spans[i].first, predicted[i].c_str(), e.names[e.rule].c_str(), gold.c_str());
    for (const std::string& n : e.names) std::printf(" [%s]", n.c_str());
    std::printf("\n");
  }
}

// The bagged model: the mean of several averaged perceptrons trained in different orders.
size_t BestOfBag(const std::vector<Perceptron>& bag, const Example& e, double bonus) {
  if (e.keep) return e.rule;
  size_t best = 0;
  double bs = 0;
  for (size_t i = 0; i < e.features.size(); ++i) {
    double s = e.names[i] == e.rule_name ? bonus * double(bag.size()) : 0;
    for (const Perceptron& p : bag) s += p.Score(e.features[i], true);
    if (i == 0 || s > bs) best = i, bs = s;
  }
  return best;
}

std::vector<std::string> Predict(const std::vector<Perceptron>& bag, const Doc& d, double bonus) {
  std::vector<std::string> out;
  for (const Example& e : d.quotes) out.push_back(e.names[BestOfBag(bag, e, bonus)]);
  return out;
}

void TrainEpoch(Perceptron* p, const std::vector<const Example*>& train, std::mt19937* rng) {
  std::vector<const Example*> order = train;
  std::shuffle(order.begin(), order.end(), *rng);
  for (const Example* e : order) p->Train(*e);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, out, eval_split;
  std::set<std::string> only;
  int folds = 5, max_epochs = 15, epochs = 0, show_errors = 0, bags = 5;
  double bonus = 0;  // added to the score of the rules' own answer
  // The rules' answer stands for these sources, as in ExtractQuotes (quotes.cc, Ranked).
  std::set<int> keep_sources = {stemma::facts::kFromAfter,     stemma::facts::kFromBefore,
                                stemma::facts::kFromColon,     stemma::facts::kFromPrevious,
                                stemma::facts::kFromContinued, stemma::facts::kFromNeuter,
                                stemma::facts::kFromSubject};
  std::set<uint32_t> drop;
  bool ranked_only = false;  // train on the quotes the ranker decides only
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--data")
      data = v;
    else if (a == "--out")
      out = v;
    else if (a == "--folds")
      folds = std::stoi(v);
    else if (a == "--max-epochs")
      max_epochs = std::stoi(v);
    else if (a == "--epochs")
      epochs = std::stoi(v);
    else if (a == "--eval-split")
      eval_split = v;
    else if (a == "--bags")
      bags = std::max(1, std::stoi(v));
    else if (a == "--rule-bonus")
      bonus = std::stod(v);
    else if (a == "--train-ranked-only")
      ranked_only = v == "1";
    else if (a == "--keep") {
      keep_sources.clear();
      std::stringstream ss(v);
      for (std::string t; std::getline(ss, t, ',');) keep_sources.insert(std::stoi(t));
    } else if (a == "--errors")
      show_errors = std::stoi(v);  // after that many epochs
    else if (a == "--splits") {
      std::stringstream ss(v);
      for (std::string t; std::getline(ss, t, ',');) only.insert(t);
    } else if (a == "--drop") {
      std::stringstream ss(v);
      for (std::string t; std::getline(ss, t, ',');) drop.insert(std::stoul(t));
    } else {
      std::cerr << "unknown option " << a << "\n";
      return 2;
    }
  }
  std::ifstream in(data);
  if (data.empty() || !in) {
    std::cerr << "usage: quote_train --data FILE [--folds 5] [--max-epochs 15] [--drop T,..] "
                 "[--epochs N --out MODEL]\n";
    return 2;
  }
  std::vector<Doc> docs;
  int no_candidate = 0, quotes = 0;
  int source_counts[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    stemma::Document doc;
    doc.id = j["id"].get<std::string>();
    doc.text = j["text"].get<std::string>();
    doc.published = j.value("published", "");
    std::vector<TracedQuote> trace;
    stemma::facts::SetQuoteTrace(&trace);
    stemma::ExtractFacts(doc);
    stemma::facts::SetQuoteTrace(nullptr);
    Doc d;
    d.split = j.value("split", "");
    if (!only.empty() && !only.count(d.split)) continue;
    for (const auto& g : j["gold"]) {
      d.gold.push_back(
          {g["begin"].get<size_t>(), g["end"].get<size_t>(), g["speaker"].get<std::string>()});
    }
    for (const TracedQuote& t : trace) {
      Example e;
      bool any = false;
      for (const auto& c : t.candidates) {
        std::vector<uint64_t> f;
        for (uint64_t x : c.features) {
          if (!drop.count(QuoteTemplate(x))) f.push_back(x);
        }
        e.features.push_back(std::move(f));
        e.names.push_back(c.name);
        bool ok = false;
        for (const GoldQuote& g : d.gold) {
          if (t.begin < g.end && g.begin < t.end && SameSpeaker(c.name, g.speaker)) ok = true;
        }
        e.correct.push_back(ok);
        any |= ok;
        if (c.name == t.rule) e.rule = e.names.size() - 1;
        e.rule_name = t.rule;
        e.keep = keep_sources.count(static_cast<int>(t.source)) > 0;
      }
      ++source_counts[static_cast<int>(t.source) % 9];
      if (!any && !e.correct.empty()) {
        e.correct[0] = 1;  // no candidate is right: "no speaker" is the best answer
        ++no_candidate;
      }
      ++quotes;
      d.quotes.push_back(std::move(e));
      d.spans.push_back({t.begin, t.end});
    }
    docs.push_back(std::move(d));
  }
  std::printf("quotes by rule source (RuleSource 0..8):");
  for (int k = 0; k < 9; ++k) std::printf(" %d", source_counts[k]);
  std::printf("\n");
  size_t candidates = 0;
  for (const Doc& d : docs) {
    for (const Example& e : d.quotes) candidates += e.names.size();
  }
  std::printf(
      "%zu articles, %d ranked quotes (%.1f candidates each), %d with no right "
      "candidate (target: none)\n",
      docs.size(), quotes, double(candidates) / std::max(quotes, 1), no_candidate);
  Counts rules, oracle;
  for (const Doc& d : docs) {
    std::vector<std::string> r, o;
    for (const Example& e : d.quotes) {
      r.push_back(e.names.empty() ? "" : e.names[e.rule]);
      size_t k = 0;
      while (k < e.correct.size() && !e.correct[k]) ++k;
      o.push_back(k < e.names.size() ? e.names[k] : "");
    }
    rules.Add(Score(d, r));
    oracle.Add(Score(d, o));
  }
  rules.Print("rules alone");
  oracle.Print("oracle (best candidate)");
  // Cross-validation by article.
  // Cross-validation by article (fold = article index % folds), or, with --eval-split S,
  // one run trained on the other splits and scored on S.
  std::vector<Counts> by_epoch(static_cast<size_t>(max_epochs));
  std::map<std::string, std::vector<Counts>> by_split;
  for (const Doc& d : docs) by_split[d.split].resize(static_cast<size_t>(max_epochs));
  Counts rules_eval;
  auto held = [&](size_t i, int fold) {
    if (!eval_split.empty()) return docs[i].split == eval_split;
    return static_cast<int>(i % static_cast<size_t>(folds)) == fold;
  };
  for (int fold = 0; fold < (eval_split.empty() ? folds : 1); ++fold) {
    std::vector<const Example*> train;
    for (size_t i = 0; i < docs.size(); ++i) {
      if (held(i, fold)) continue;
      for (const Example& e : docs[i].quotes) {
        if (!ranked_only || !e.keep) train.push_back(&e);
      }
    }
    std::vector<Perceptron> bag(static_cast<size_t>(bags));
    std::vector<std::mt19937> rngs;
    for (int b = 0; b < bags; ++b) rngs.emplace_back(20261124 + b);
    for (int ep = 0; ep < max_epochs; ++ep) {
      for (int b = 0; b < bags; ++b) TrainEpoch(&bag[b], train, &rngs[b]);
      for (size_t i = 0; i < docs.size(); ++i) {
        if (!held(i, fold)) continue;
        std::vector<std::string> predicted = Predict(bag, docs[i], bonus);
        by_epoch[static_cast<size_t>(ep)].Add(Score(docs[i], predicted));
        by_split[docs[i].split][static_cast<size_t>(ep)].Add(Score(docs[i], predicted));
        if (ep + 1 == show_errors) PrintErrors(docs[i], predicted);
      }
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      if (!held(i, fold)) continue;
      std::vector<std::string> r;
      for (const Example& e : docs[i].quotes) r.push_back(e.names.empty() ? "" : e.names[e.rule]);
      rules_eval.Add(Score(docs[i], r));
    }
  }
  rules_eval.Print(eval_split.empty() ? "rules (all folds)" : ("rules on " + eval_split).c_str());
  for (int ep = 0; ep < max_epochs; ++ep) {
    std::string label = (eval_split.empty() ? "CV epochs " : "on " + eval_split + ", epochs ");
    by_epoch[static_cast<size_t>(ep)].Print((label + std::to_string(ep + 1)).c_str());
  }
  if (eval_split.empty()) {  // the CV predictions of each split's articles
    for (const auto& [split, counts] : by_split) {
      std::printf("  %s:", split.c_str());
      for (const Counts& c : counts) std::printf(" %.3f", c.F1());
      std::printf("\n");
    }
  }
  if (epochs > 0 && !out.empty()) {
    std::vector<const Example*> train;
    for (const Doc& d : docs) {
      for (const Example& e : d.quotes) {
        if (!ranked_only || !e.keep) train.push_back(&e);
      }
    }
    std::map<uint64_t, double> weights;
    for (int b = 0; b < bags; ++b) {
      Perceptron p;
      std::mt19937 rng(20261124 + b);
      for (int ep = 0; ep < epochs; ++ep) TrainEpoch(&p, train, &rng);
      for (const auto& [k, w] : p.Averaged()) weights[k] += w / bags;
    }
    FILE* f = std::fopen(out.c_str(), "w");
    if (!f) return 1;
    std::fprintf(f, "stemma-quote-ranker 1\n");
    std::fprintf(f, "rule-bonus %.6g\n", bonus);
    std::fprintf(f,
                 "# mean of %d averaged perceptrons, %d epochs, %zu tuning articles "
                 "(bench/facts/quote_train)\n",
                 bags, epochs, docs.size());
    for (const auto& [k, w] : weights) {
      std::fprintf(f, "%016llx %.6g\n", static_cast<unsigned long long>(k), w);
    }
    std::fclose(f);
    std::printf("wrote %zu weights to %s\n", weights.size(), out.c_str());
  }
  return 0;
}

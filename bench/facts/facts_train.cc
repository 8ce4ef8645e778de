// facts_train: trains the averaged-perceptron NER tagger from the CC-BY NER gold
// (../shared/gold/facts/ner: wikigold, optionally GUM news/interview/voyage), holds out every
// Nth document for testing, prints entity-level P/R/F1 per type and writes the model.
//
//   facts_train --ner-dir ../shared/gold/facts/ner --out src/facts/data/ner.model
//               [--epochs 5] [--test-every 5] [--gum] [--min-weight 0.05]
//               [--lexicon /usr/share/dict/american-english]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "facts/tagger.h"

namespace {

using stemma::facts::kNumTags;
using stemma::facts::NerTagger;

struct Sentence {
  std::vector<std::string> tokens;
  std::vector<uint8_t> tags;
  bool test = false;
};

int TypeBase(const std::string& type) {
  if (type == "PER" || type == "person") return 1;
  if (type == "ORG" || type == "organization") return 3;
  if (type == "LOC" || type == "place") return 5;
  if (type == "MISC") return 7;
  return -1;
}

bool Capitalized(const std::string& t) {
  return !t.empty() && ((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0x80);
}

// GUM marks every mention; keep the capitalised runs inside person/place/organization mentions.
void LabelGum(const std::vector<std::string>& toks, int base, size_t a, size_t b,
              std::vector<uint8_t>* tags) {
  size_t i = a;
  while (i < b) {
    if (!Capitalized(toks[i]) || (i == 0 && b - a > 1 && !Capitalized(toks[i + 1]))) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < b &&
           (Capitalized(toks[j]) || ((toks[j] == "of" || toks[j] == "de" || toks[j] == "and") &&
                                     j + 1 < b && Capitalized(toks[j + 1])))) {
      ++j;
    }
    (*tags)[i] = static_cast<uint8_t>(base);
    for (size_t k = i + 1; k < j; ++k) (*tags)[k] = static_cast<uint8_t>(base + 1);
    i = j;
  }
}

std::vector<Sentence> Load(const std::string& path, bool gum, int test_every) {
  std::vector<Sentence> out;
  std::ifstream in(path);
  std::string line;
  std::map<std::string, int> doc_index;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    Sentence s;
    for (const auto& t : j["tokens"]) s.tokens.push_back(t.get<std::string>());
    s.tags.assign(s.tokens.size(), 0);
    for (const auto& e : j["entities"]) {
      int base = TypeBase(e["type"].get<std::string>());
      size_t a = e["tok_start"].get<size_t>(), b = e["tok_end"].get<size_t>();
      if (a >= b || b > s.tokens.size()) continue;
      if (base < 0) {
        // GUM events, objects, abstracts: capitalised words there may be MISC names, unknown.
        if (gum) {
          for (size_t k = a; k < b; ++k) {
            if (Capitalized(s.tokens[k]) && s.tags[k] == 0) s.tags[k] = 255;
          }
        }
        continue;
      }
      if (gum) {
        LabelGum(s.tokens, base, a, b, &s.tags);
      } else {
        s.tags[a] = static_cast<uint8_t>(base);
        for (size_t k = a + 1; k < b; ++k) s.tags[k] = static_cast<uint8_t>(base + 1);
      }
    }
    std::string doc = j["doc"].get<std::string>();
    auto it = doc_index.emplace(doc, static_cast<int>(doc_index.size())).first;
    s.test = test_every > 0 && it->second % test_every == 0;
    out.push_back(std::move(s));
  }
  return out;
}

// Entity spans (type base, begin, end) from BIO tags.
std::vector<std::array<int, 3>> Spans(const std::vector<uint8_t>& tags) {
  std::vector<std::array<int, 3>> out;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == 0 || tags[i] == 255) continue;
    int base = tags[i] % 2 == 1 ? tags[i] : tags[i] - 1;
    size_t j = i + 1;
    while (j < tags.size() && tags[j] == base + 1) ++j;
    out.push_back({base, static_cast<int>(i), static_cast<int>(j)});
    i = j - 1;
  }
  return out;
}

void Evaluate(const NerTagger& tagger, const std::vector<Sentence>& data, const char* name) {
  std::map<int, std::array<int, 3>> counts;  // base -> tp, pred, gold
  std::vector<uint8_t> tags;
  for (const Sentence& s : data) {
    if (!s.test) continue;
    std::vector<std::string_view> words(s.tokens.begin(), s.tokens.end());
    tagger.Tag(words, &tags);
    auto gold = Spans(s.tags), pred = Spans(tags);
    for (auto& g : gold) counts[g[0]][2]++;
    for (auto& p : pred) {
      counts[p[0]][1]++;
      if (std::find(gold.begin(), gold.end(), p) != gold.end()) counts[p[0]][0]++;
    }
  }
  std::array<int, 3> all{};
  for (auto& [base, c] : counts) {
    double p = c[1] ? 1.0 * c[0] / c[1] : 0, r = c[2] ? 1.0 * c[0] / c[2] : 0;
    std::printf("%-10s %-5s P=%.3f R=%.3f F1=%.3f (gold %d)\n", name,
                stemma::facts::kTagNames[base] + 2, p, r, p + r ? 2 * p * r / (p + r) : 0, c[2]);
    if (base != 7) {
      for (int k = 0; k < 3; ++k) all[k] += c[k];
    }
  }
  double p = all[1] ? 1.0 * all[0] / all[1] : 0, r = all[2] ? 1.0 * all[0] / all[2] : 0;
  std::printf("%-10s %-5s P=%.3f R=%.3f F1=%.3f (gold %d)\n", name, "P+O+L", p, r,
              p + r ? 2 * p * r / (p + r) : 0, all[2]);
}

}  // namespace

int main(int argc, char** argv) {
  std::string ner_dir = "../shared/gold/facts/ner", out_path;
  int epochs = 5, test_every = 5;
  bool gum = false;
  std::string lexicon_path, places_path;
  float min_weight = 0.05f;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--ner-dir")
      ner_dir = next();
    else if (a == "--out")
      out_path = next();
    else if (a == "--epochs")
      epochs = std::stoi(next());
    else if (a == "--test-every")
      test_every = std::stoi(next());
    else if (a == "--gum")
      gum = true;
    else if (a == "--lexicon")
      lexicon_path = next();
    else if (a == "--places")
      places_path = next();
    else if (a == "--min-weight")
      min_weight = std::stof(next());
    else {
      std::cerr << "unknown argument " << a << "\n";
      return 2;
    }
  }
  std::vector<Sentence> wiki = Load(ner_dir + "/wikigold.jsonl", false, test_every);
  std::vector<Sentence> gum_data;
  if (gum) gum_data = Load(ner_dir + "/gum.jsonl", true, test_every);
  std::vector<const Sentence*> train;
  for (const auto& s : wiki)
    if (!s.test) train.push_back(&s);
  for (const auto& s : gum_data)
    if (!s.test) train.push_back(&s);
  std::fprintf(stderr, "train sentences: %zu\n", train.size());
  NerTagger tagger;
  if (!lexicon_path.empty()) {
    // A spelling dictionary: capitalised entries are names, lower-case ones common words.
    std::ifstream lex(lexicon_path);
    std::string word;
    size_t added = 0;
    while (std::getline(lex, word)) {
      if (word.empty() || word.find('\'') != std::string::npos) continue;
      uint8_t flags = (word[0] >= 'A' && word[0] <= 'Z') ? 1 : 2;
      for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      }
      tagger.mutable_lexicon()->Add(word, flags);
      ++added;
    }
    std::fprintf(stderr, "lexicon words: %zu\n", added);
  }
  if (!places_path.empty()) {
    // Place names (one per line): every capitalised word of a name gets the place flag.
    std::ifstream places(places_path);
    std::string name;
    while (std::getline(places, name)) {
      std::string word;
      for (size_t k = 0; k <= name.size(); ++k) {
        char c = k < name.size() ? name[k] : ' ';
        if (c == ' ' || c == ',' || c == '(' || c == ')') {
          if (word.size() > 2 && word[0] >= 'A' && word[0] <= 'Z') {
            for (char& x : word) {
              if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
            }
            tagger.mutable_lexicon()->Add(word, 4);
          }
          word.clear();
        } else {
          word += c;
        }
      }
    }
  }
  std::mt19937 rng(42);
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(train.begin(), train.end(), rng);
    for (const Sentence* s : train) {
      std::vector<std::string_view> words(s->tokens.begin(), s->tokens.end());
      tagger.TrainSentence(words, s->tags);
    }
  }
  tagger.Average();
  std::string model = tagger.Serialize(min_weight);
  NerTagger loaded;
  loaded.Load(model);
  Evaluate(loaded, wiki, "wikigold");
  if (gum) Evaluate(loaded, gum_data, "gum");
  if (!out_path.empty()) {
    std::ofstream(out_path, std::ios::binary) << model;
    std::fprintf(stderr, "wrote %s (%zu bytes)\n", out_path.c_str(), model.size());
  }
  return 0;
}

// facts_train: trains the averaged-perceptron NER tagger from the CC-BY NER gold
// (../shared/gold/facts/ner: wikigold, optionally GUM news/interview/voyage), holds out every
// Nth document for testing, prints entity-level P/R/F1 per type and writes the model.
//
//   facts_train --ner-dir ../shared/gold/facts/ner --out src/facts/data/ner.model
//               [--epochs 5] [--test-every 5] [--gum] [--min-weight 0.05] [--no-doc]
//               [--gum-rate 0.3] [--dev K] [--seed 42] [--ensemble 1]
//               [--lexicon /usr/share/dict/american-english]
//               [--clusters src/facts/data/clusters.bin | --no-clusters]
//               [--extra FILE]... [--extra-rate 1.0]
// --extra adds training sentences in the wikigold.jsonl format (PER/ORG/LOC/MISC, never held
// out), e.g. our CoNLL annotation of GUM made by scripts/eval/gold/gum_conll.py.
//               [--news-gold ENTITIES.jsonl ...] [--news-ids TSV] [--news-rate 1]
//               [--news-outside o|cap|misc] [--news-corpus ../shared/corpora/news]
// --news-gold (repeatable): hand-annotated news mentions (scripts/eval/gold/ner_news_*.jsonl);
// the articles are read from --news-corpus and tokenised as at run time. --news-ids (repeatable)
// keeps only the articles whose id is the last tab-separated field of a line of one of the TSVs
// (e.g. the tune rows of ner_news_articles.tsv: never train on its test split). --news-outside:
// what tokens outside the news mentions are (O; capitalised ones unknown; O or MISC).
// Every news article is training data (none is held out here).

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "facts/news_gold.h"
#include "facts/tagger.h"
#include "json_lines.h"

namespace {

float gum_rate = 0.3f;    // update scale of GUM sentences (--gum-rate)
float news_rate = 1.0f;   // update scale of news-gold sentences (--news-rate)
float extra_rate = 1.0f;  // update scale of --extra sentences (--extra-rate)
// Sentence::doc offsets per source: wikigold from 0, then GUM, news gold, --extra files.
constexpr int kGumDocs = 100000, kNewsDocs = 200000, kExtraDocs = 300000;
unsigned shuffle_seed = 42;  // --seed: order of the training sentences
// Word clusters for the features: the embedded table unless --clusters / --no-clusters.
const stemma::facts::WordClusters* clusters = &stemma::facts::WordClusters::Default();
void SetTables(stemma::facts::NerTagger* tagger) { tagger->set_clusters(clusters); }

using stemma::facts::kNumTags;
using stemma::facts::NerTagger;

struct Sentence {
  std::vector<std::string> tokens;
  std::vector<uint8_t> tags;
  bool test = false;
  int doc = 0;
  std::vector<uint8_t> votes;  // document votes from a tagger not trained on this document
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

// test_every 0: nothing held out (the --extra files).
std::vector<Sentence> Load(const std::string& path, bool gum, int test_every, int dev,
                           int doc_base) {
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
    // With --dev k the real test documents (index % test_every == 0) are left out altogether
    // and documents with index % test_every == k are held out instead, for tuning.
    if (dev > 0 && test_every > 0 && it->second % test_every == 0) continue;
    s.test = test_every > 0 && it->second % test_every == dev;
    s.doc = it->second + doc_base;
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

void Count(const std::vector<std::array<int, 3>>& gold, const std::vector<std::array<int, 3>>& pred,
           std::map<int, std::array<int, 3>>* counts_out);
void Report(const std::map<int, std::array<int, 3>>& counts, const char* name);

// Gold entities missed and predicted entities not in the gold, one per line (NER_ERRORS=1).
void PrintErrors(const Sentence& s, const std::vector<uint8_t>& pred) {
  auto gold = Spans(s.tags), got = Spans(pred);
  auto text = [&](const std::array<int, 3>& e) {
    std::string t;
    for (int k = e[1]; k < e[2]; ++k) t += (k > e[1] ? " " : "") + s.tokens[k];
    return t;
  };
  for (auto& g : gold) {
    if (std::find(got.begin(), got.end(), g) == got.end()) {
      std::string as = "-";
      for (auto& p : got) {
        if (p[1] < g[2] && g[1] < p[2]) {
          as = std::string(stemma::facts::kTagNames[p[0]] + 2) + ":" + text(p);
        }
      }
      std::printf("MISS %s %s | %s\n", stemma::facts::kTagNames[g[0]] + 2, text(g).c_str(),
                  as.c_str());
    }
  }
  for (auto& p : got) {
    bool overlap = false;
    for (auto& g : gold) overlap |= p[1] < g[2] && g[1] < p[2];
    if (!overlap) std::printf("SPUR %s %s\n", stemma::facts::kTagNames[p[0]] + 2, text(p).c_str());
  }
}

void Evaluate(const NerTagger& tagger, const std::vector<Sentence>& data, const char* name,
              bool doc_level) {
  std::map<int, std::array<int, 3>> counts;  // base -> tp, pred, gold
  std::vector<uint8_t> tags;
  for (size_t a = 0; a < data.size();) {
    size_t b = a + 1;
    while (b < data.size() && data[b].doc == data[a].doc) ++b;
    std::vector<std::string_view> words;
    std::vector<size_t> starts;
    for (size_t k = a; k < b; ++k) {
      starts.push_back(words.size());
      words.insert(words.end(), data[k].tokens.begin(), data[k].tokens.end());
    }
    if (doc_level) {
      tagger.TagDocument(words, starts, &tags);
    } else {
      tags.clear();
      std::vector<uint8_t> one;
      for (size_t k = a; k < b; ++k) {
        tagger.Tag(stemma::facts::Words(words).subspan(starts[k - a], data[k].tokens.size()), &one);
        tags.insert(tags.end(), one.begin(), one.end());
      }
    }
    for (size_t k = a; k < b; ++k) {
      const Sentence& s = data[k];
      if (!s.test) continue;
      std::vector<uint8_t> pred_tags(
          tags.begin() + static_cast<ptrdiff_t>(starts[k - a]),
          tags.begin() + static_cast<ptrdiff_t>(starts[k - a] + s.tokens.size()));
      Count(Spans(s.tags), Spans(pred_tags), &counts);
      if (std::getenv("NER_ERRORS")) PrintErrors(s, pred_tags);
    }
    a = b;
  }
  Report(counts, name);
}

void Count(const std::vector<std::array<int, 3>>& gold, const std::vector<std::array<int, 3>>& pred,
           std::map<int, std::array<int, 3>>* counts_out) {
  auto& counts = *counts_out;
  for (auto& g : gold) counts[g[0]][2]++;
  for (auto& p : pred) {
    counts[p[0]][1]++;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) counts[p[0]][0]++;
  }
}

void Report(const std::map<int, std::array<int, 3>>& counts, const char* name) {
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

// News-gold training articles: (file, id) -> mentions, from one or more entity files.
struct NewsGold {
  std::map<std::pair<std::string, std::string>, std::vector<stemma::facts::GoldMention>> articles;
};

void ReadNewsGold(const std::string& path, const std::set<std::string>& keep, NewsGold* out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    std::string id = j.value("id", ""), file = j.value("file", "");
    if (!keep.empty() && !keep.count(id)) continue;
    int base = TypeBase(j.value("type", ""));
    if (base < 1 || base > 5) continue;
    out->articles[{file, id}].push_back(
        {j["begin"].get<size_t>(), j["end"].get<size_t>(), static_cast<uint8_t>(base)});
  }
}

// Tokenises each article as ExtractFacts does and cuts it into the tagger's sentences
// (sentence starts, at most 200 tokens), labelled from the gold mentions.
void AddNewsArticle(const std::string& text, const std::vector<stemma::facts::GoldMention>& gold,
                    stemma::facts::OutsideLabel outside, int doc, std::vector<Sentence>* out) {
  stemma::facts::TokenizedText tt;
  stemma::facts::Tokenize(text, &tt);
  const std::vector<uint8_t> tags = stemma::facts::LabelNewsTokens(tt, gold, outside);
  const size_t n = tt.tokens.size();
  for (size_t start = 0; start < n;) {
    size_t end = start + 1;
    while (end < n && !tt.tokens[end].sentence_start && end - start < 200) ++end;
    Sentence s;
    s.doc = doc;
    for (size_t i = start; i < end; ++i) s.tokens.emplace_back(tt.Text(i));
    s.tags.assign(tags.begin() + static_cast<ptrdiff_t>(start),
                  tags.begin() + static_cast<ptrdiff_t>(end));
    out->push_back(std::move(s));
    start = end;
  }
}

// The news corpus files (zstd JSONL) are read with ingest's decoder and line reader; every
// line is parsed, and the annotated articles are kept.
std::vector<Sentence> LoadNews(const NewsGold& gold, const std::string& corpus,
                               stemma::facts::OutsideLabel outside) {
  std::vector<Sentence> out;
  std::set<std::string> files;
  for (const auto& [key, mentions] : gold.articles) files.insert(key.first);
  int doc = kNewsDocs;
  for (const std::string& file : files) {
    const std::string path = corpus + "/" + file;
    const std::string error = stemma::bench::ForEachJsonObject(path, [&](const nlohmann::json& j) {
      if (!j.contains("text") || !j["text"].is_string()) return true;
      auto it = gold.articles.find({file, j.value("id", "")});
      if (it != gold.articles.end()) {
        AddNewsArticle(j["text"].get<std::string>(), it->second, outside, doc++, &out);
      }
      return true;
    });
    if (!error.empty()) std::fprintf(stderr, "%s: %s\n", path.c_str(), error.c_str());
  }
  std::fprintf(stderr, "news articles: %d of %zu, sentences %zu\n", doc - kNewsDocs,
               gold.articles.size(), out.size());
  return out;
}

void ReadIds(const std::string& path, std::set<std::string>* ids) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) ids->insert(line.substr(line.rfind('\t') + 1));
  }
}

using WordList = std::vector<std::pair<std::string, uint8_t>>;

// Word classes from a spelling dictionary and place words (read once: the paths may be pipes).
WordList LoadWordLists(const std::string& lexicon_path, const std::string& places_path) {
  WordList out;
  auto lower = [](std::string w) {
    for (char& c : w) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return w;
  };
  if (!lexicon_path.empty()) {
    // A spelling dictionary: capitalised entries are names, lower-case ones common words.
    std::ifstream lex(lexicon_path);
    std::string word;
    while (std::getline(lex, word)) {
      if (word.empty() || word.find('\'') != std::string::npos) continue;
      out.emplace_back(lower(word), (word[0] >= 'A' && word[0] <= 'Z') ? 1 : 2);
    }
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
          if (word.size() > 2 && word[0] >= 'A' && word[0] <= 'Z') out.emplace_back(lower(word), 4);
          word.clear();
        } else {
          word += c;
        }
      }
    }
  }
  std::fprintf(stderr, "word-list entries: %zu\n", out.size());
  return out;
}

void AddWordLists(const WordList& words, NerTagger* tagger) {
  for (const auto& [word, flags] : words) tagger->mutable_lexicon()->Add(word, flags);
}

// Trains `epochs` shuffled passes over `train`; with `votes`, every sentence is seen once
// without and once with its document votes (the tagger's first and second pass).
void Train(const std::vector<const Sentence*>& train_in, int epochs, bool votes,
           NerTagger* tagger) {
  std::vector<const Sentence*> train = train_in;
  std::mt19937 rng(shuffle_seed);
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(train.begin(), train.end(), rng);
    for (const Sentence* s : train) {
      std::vector<std::string_view> words(s->tokens.begin(), s->tokens.end());
      float rate = s->doc >= kExtraDocs  ? extra_rate
                   : s->doc >= kNewsDocs ? news_rate
                   : s->doc >= kGumDocs  ? gum_rate
                                         : 1.0f;
      tagger->TrainSentence(words, s->tags, nullptr, rate);
      if (votes && !s->votes.empty()) {
        tagger->TrainSentence(words, s->tags, s->votes.data(), rate);
      }
    }
  }
  tagger->Average();
}

// Document votes for every training sentence from first-pass taggers trained on the other
// folds (so the votes are as noisy as at run time).
void JackknifeVotes(const std::vector<Sentence*>& train, int folds, int epochs,
                    const WordList& word_lists) {
  for (int f = 0; f < folds; ++f) {
    std::vector<const Sentence*> rest;
    for (const Sentence* s : train) {
      if (s->doc % folds != f) rest.push_back(s);
    }
    NerTagger tagger;
    SetTables(&tagger);
    AddWordLists(word_lists, &tagger);
    Train(rest, epochs, false, &tagger);
    for (size_t a = 0; a < train.size();) {
      size_t b = a + 1;
      while (b < train.size() && train[b]->doc == train[a]->doc) ++b;
      if (train[a]->doc % folds == f) {
        std::vector<std::string_view> words;
        std::vector<uint8_t> tags, one, votes;
        for (size_t k = a; k < b; ++k) {
          words.insert(words.end(), train[k]->tokens.begin(), train[k]->tokens.end());
          std::vector<std::string_view> w(train[k]->tokens.begin(), train[k]->tokens.end());
          tagger.Tag(w, &one);
          tags.insert(tags.end(), one.begin(), one.end());
        }
        stemma::facts::DocumentVotes(words, tags, &votes);
        size_t at = 0;
        for (size_t k = a; k < b; ++k) {
          train[k]->votes.assign(
              votes.begin() + static_cast<ptrdiff_t>(at),
              votes.begin() + static_cast<ptrdiff_t>(at + train[k]->tokens.size()));
          at += train[k]->tokens.size();
        }
      }
      a = b;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string ner_dir = "../shared/gold/facts/ner", out_path;
  int epochs = 5, test_every = 5, dev = 0, ensemble = 1;
  bool gum = false, doc_level = true;
  std::string lexicon_path, places_path;
  std::vector<std::string> extra_paths;
  float min_weight = 0.05f;
  std::string cluster_data;
  stemma::facts::WordClusters own_clusters;
  std::vector<std::string> news_paths;
  std::vector<std::string> news_id_paths;
  std::string news_corpus = "../shared/corpora/news";
  auto news_outside = stemma::facts::OutsideLabel::kOutside;
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
    else if (a == "--gum-rate")
      gum_rate = std::stof(next());
    else if (a == "--extra")
      extra_paths.push_back(next());
    else if (a == "--extra-rate")
      extra_rate = std::stof(next());
    else if (a == "--dev")
      dev = std::stoi(next());
    else if (a == "--ensemble")
      ensemble = std::stoi(next());
    else if (a == "--seed")
      shuffle_seed = static_cast<unsigned>(std::stoul(next()));
    else if (a == "--no-doc")
      doc_level = false;
    else if (a == "--lexicon")
      lexicon_path = next();
    else if (a == "--places")
      places_path = next();
    else if (a == "--no-clusters")
      clusters = nullptr;
    else if (a == "--clusters") {
      std::ifstream in(next(), std::ios::binary);
      cluster_data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      if (!own_clusters.Load(cluster_data)) {
        std::cerr << "bad cluster file\n";
        return 2;
      }
      clusters = &own_clusters;
    } else if (a == "--min-weight")
      min_weight = std::stof(next());
    else if (a == "--news-gold")
      news_paths.push_back(next());
    else if (a == "--news-ids")
      news_id_paths.push_back(next());
    else if (a == "--news-rate")
      news_rate = std::stof(next());
    else if (a == "--news-corpus")
      news_corpus = next();
    else if (a == "--news-outside") {
      std::string v = next();
      using stemma::facts::OutsideLabel;
      news_outside = v == "cap"    ? OutsideLabel::kUnknownCapital
                     : v == "misc" ? OutsideLabel::kOutsideOrMisc
                                   : OutsideLabel::kOutside;
    } else {
      std::cerr << "unknown argument " << a << "\n";
      return 2;
    }
  }
  std::vector<Sentence> wiki = Load(ner_dir + "/wikigold.jsonl", false, test_every, dev, 0);
  std::vector<Sentence> gum_data;
  if (gum) gum_data = Load(ner_dir + "/gum.jsonl", true, test_every, dev, kGumDocs);
  for (size_t k = 0; k < extra_paths.size(); ++k) {
    std::vector<Sentence> more =
        Load(extra_paths[k], false, 0, 0, kExtraDocs + 10000 * static_cast<int>(k));
    std::fprintf(stderr, "%s: %zu sentences\n", extra_paths[k].c_str(), more.size());
    for (auto& s : more) gum_data.push_back(std::move(s));
  }
  std::vector<Sentence> news;
  if (!news_paths.empty()) {
    NewsGold gold;
    std::set<std::string> keep;
    for (const std::string& path : news_id_paths) ReadIds(path, &keep);
    for (const std::string& path : news_paths) ReadNewsGold(path, keep, &gold);
    news = LoadNews(gold, news_corpus, news_outside);
  }
  std::vector<Sentence*> train_docs;  // in document order
  for (auto* source : {&wiki, &gum_data, &news}) {
    for (auto& s : *source)
      if (!s.test) train_docs.push_back(&s);
  }
  const std::vector<const Sentence*> train(train_docs.begin(), train_docs.end());
  std::fprintf(stderr, "train sentences: %zu\n", train.size());
  const WordList word_lists = LoadWordLists(lexicon_path, places_path);
  if (doc_level) JackknifeVotes(train_docs, 5, epochs, word_lists);
  NerTagger tagger;
  SetTables(&tagger);
  AddWordLists(word_lists, &tagger);
  if (ensemble <= 1) {
    Train(train, epochs, doc_level, &tagger);
  } else {
    // Mean of the weights of `ensemble` taggers trained on different sentence orders.
    const unsigned seed0 = shuffle_seed;
    for (int e = 0; e < ensemble; ++e) {
      NerTagger member;
      SetTables(&member);
      AddWordLists(word_lists, &member);
      shuffle_seed = seed0 + 1000u * static_cast<unsigned>(e);
      Train(train, epochs, doc_level, &member);
      tagger.Blend(member, 1.0f / static_cast<float>(ensemble));
    }
    shuffle_seed = seed0;
  }
  std::string model = tagger.Serialize(min_weight);
  NerTagger loaded;
  SetTables(&loaded);
  loaded.Load(model);
  Evaluate(loaded, wiki, "wikigold", doc_level);
  if (gum) Evaluate(loaded, gum_data, "gum", doc_level);
  if (!out_path.empty()) {
    std::ofstream(out_path, std::ios::binary) << model;
    std::fprintf(stderr, "wrote %s (%zu bytes)\n", out_path.c_str(), model.size());
  }
  return 0;
}

#include "stories/sentence_contradictions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "stories/contradiction_edits.h"
#include "stories/contradiction_headline.h"
#include "stories/contradiction_rewritten.h"
#include "stories/contradiction_tokens.h"
#include "stories/similarity.h"

namespace stemma::stories {

using internal::Contradiction;

namespace {

constexpr size_t kMinContentWords = 4;
constexpr size_t kMinHeadlineWords = 3;
constexpr size_t kRewriteCandidates = 2;  // rewritten sentences tried per other document
constexpr int kMinRewriteShared = 3;      // content words a rewrite shares with its original
constexpr size_t kMaxPosting = 300;       // content words in more sentences are not used to align
constexpr size_t kMaxSentenceBytes = 600;

struct Sentence {
  size_t begin = 0, end = 0;         // bytes in the document text
  std::vector<std::string> content;  // folded content words, sorted unique
};

// The sentence ends with a question mark (closing quotes and spaces aside).
bool IsQuestion(const std::string& text, const Sentence& sentence) {
  size_t end = std::min(sentence.end, text.size());
  while (end > sentence.begin) {
    const unsigned char c = static_cast<unsigned char>(text[end - 1]);
    if (c == ' ' || c == '"' || c == '\'' || c == '\n' || c >= 0x80) {
      --end;  // spaces, straight quotes, and the bytes of curly quotes
      continue;
    }
    return c == '?';
  }
  return false;
}

void SplitSentences(std::string_view text, size_t max_sentences, std::vector<Sentence>* out) {
  std::vector<Word> words;
  size_t s = 0, flushed = 0;
  const auto flush = [&](size_t e) {
    while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r' ||
                     text[s] == '"')) {
      ++s;
    }
    const std::string_view raw = text.substr(s, e - s);
    flushed += e > s;
    const bool url =
        raw.find("://") != std::string_view::npos || raw.find("www.") != std::string_view::npos;
    // A line opening with an ellipsis goes on from words left out ("....Transgender individuals
    // to serve in any capacity" continues "will not accept or allow"): what it says is unknown.
    const bool continued = raw.starts_with("\xE2\x80\xA6") || raw.starts_with("..");
    if (e > s && e - s <= kMaxSentenceBytes && out->size() < max_sentences && !url && !continued) {
      Sentence sent;
      sent.begin = s;
      sent.end = e;
      words.clear();
      ContentWords(raw, &words);
      for (const Word& w : words) sent.content.push_back(FoldPlural(w.lower));
      std::sort(sent.content.begin(), sent.content.end());
      sent.content.erase(std::unique(sent.content.begin(), sent.content.end()), sent.content.end());
      // A headline (the first line) may be shorter.
      if (sent.content.size() >= (flushed == 1 ? kMinHeadlineWords : kMinContentWords)) {
        out->push_back(std::move(sent));
      }
    }
    s = e;
  };
  for (size_t i = 0; i < text.size() && out->size() < max_sentences; ++i) {
    const char c = text[i];
    if (c == '\n') {
      flush(i);
    } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' ||
                                                      text[i + 1] == '\n' || text[i + 1] == '"')) {
      flush(i + 1);
    } else if (i - s > kMaxSentenceBytes * 2) {
      s = i;  // a run-on block without punctuation: skip it
    }
  }
  flush(text.size());
}

// Whether a reuse edge joins the two documents (either way).
bool Linked(const ProvenanceIndex& copies, const std::string& a, const std::string& b) {
  const std::vector<std::string>& of_a = copies.Sources(a);
  const std::vector<std::string>& of_b = copies.Sources(b);
  return std::find(of_a.begin(), of_a.end(), b) != of_a.end() ||
         std::find(of_b.begin(), of_b.end(), a) != of_b.end();
}

// A rule's value for the other side of the pair: "negated-predicate: pass / not pass" becomes
// "negated-predicate: not pass / pass", so that each claim names its own words first.
std::string OwnSideFirst(const std::string& value) {
  const size_t colon = value.find(": "), slash = value.find(" / ");
  if (colon == std::string::npos || slash == std::string::npos || slash < colon) return value;
  return value.substr(0, colon + 2) + value.substr(slash + 3) + " / " +
         value.substr(colon + 2, slash - colon - 2);
}

template <typename Side>
std::vector<Claim> MergeSides(const StoryInput& story, const ProvenanceIndex* copies,
                              const std::vector<Side>& sides) {
  // One claim per sentence and rule, in order of first report: a sentence that four copies
  // carry, contradicted by one headline, is one claim of four documents, not four claims.
  std::map<std::pair<std::string_view, std::string_view>, size_t> group_of;
  std::vector<std::vector<const Side*>> groups;
  for (const Side& side : sides) {
    const auto [it, added] = group_of.try_emplace({side.text, side.value}, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(&side);
  }
  std::vector<Claim> out;
  for (const std::vector<const Side*>& group : groups) {
    std::set<size_t> docs, against;
    std::vector<Statement> support;
    for (const Side* side : group) {
      if (docs.insert(side->doc).second) {
        support.push_back({&story.documents[side->doc]->id, side->begin, side->end});
      }
      against.insert(side->against);
    }
    for (size_t d : docs) against.erase(d);
    if (against.empty()) continue;
    Claim c;
    c.story = story.id;
    c.kind = "statement";
    c.text = group.front()->text;
    c.value = group.front()->value;
    for (size_t d : docs) c.documents.push_back(story.documents[d]->id);
    for (size_t d : against) c.contradicted_by.push_back(story.documents[d]->id);
    c.independent_sources = copies == nullptr ? static_cast<int>(docs.size())
                                              : CountIndependentSources(*copies, support);
    c.single_source = c.independent_sources == 1;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Claim> SentenceContradictions(const StoryInput& story,
                                          const std::vector<Claim>& fact_claims,
                                          const SentenceContradictionOptions& options,
                                          const ProvenanceIndex* copies) {
  std::vector<Claim> out;
  const size_t docs = std::min(story.documents.size(), options.max_documents);
  if (docs < 2) return out;
  // Document pairs the fact claims already show as contradicting.
  std::set<std::pair<std::string_view, std::string_view>> contradicting;
  for (const Claim& c : fact_claims) {
    for (const std::string& a : c.documents) {
      for (const std::string& b : c.contradicted_by) {
        contradicting.emplace(a, b);
        contradicting.emplace(b, a);
      }
    }
  }
  std::vector<std::vector<Sentence>> sentences(docs);
  std::unordered_map<std::string_view, std::vector<std::pair<int, int>>> postings;
  for (size_t d = 0; d < docs; ++d) {
    SplitSentences(story.documents[d]->text, options.max_sentences, &sentences[d]);
    for (size_t s = 0; s < sentences[d].size(); ++s) {
      for (const std::string& w : sentences[d][s].content) {
        postings[w].emplace_back(static_cast<int>(d), static_cast<int>(s));
      }
    }
  }
  // Lowercased texts, made when a document is first compared.
  std::vector<std::string> lower(docs);
  const auto lowered = [&](size_t d) -> const std::string& {
    if (lower[d].empty()) {
      lower[d] = AsciiLower(story.documents[d]->text);
    }
    return lower[d];
  };
  // Tokens per sentence, made when a sentence is first compared.
  std::vector<std::vector<std::vector<Token>>> tokens(docs);
  for (size_t d = 0; d < docs; ++d) tokens[d].resize(sentences[d].size());
  const auto tokens_of = [&](size_t d, size_t s) -> const std::vector<Token>& {
    std::vector<Token>& t = tokens[d][s];
    if (t.empty()) {
      const Sentence& sent = sentences[d][s];
      Tokenize(std::string_view(story.documents[d]->text).substr(sent.begin, sent.end - sent.begin),
               &t);
      ReadAsHeadline(&t);
    }
    return t;
  };
  std::vector<int> table;
  std::vector<Hunk> hunks;
  std::vector<size_t> per_pair(docs * docs, 0);
  size_t pairs = 0;
  // One side of a contradicting sentence pair: document `doc`'s sentence (bytes [begin, end) of
  // its text; SIZE_MAX for its headline) contradicted by document `against`.
  struct Side {
    size_t doc, against, begin, end;
    std::string text, value;
  };
  std::vector<Side> sides;
  const auto report = [&](size_t da, std::string text_a, size_t begin_a, size_t end_a, size_t db,
                          std::string text_b, size_t begin_b, size_t end_b,
                          const std::string& value) {
    ++pairs;
    sides.push_back({da, db, begin_a, end_a, std::move(text_a), value});
    sides.push_back({db, da, begin_b, end_b, std::move(text_b), OwnSideFirst(value)});
  };
  // Rival headlines (contradiction_headline.h), between any two documents of the story.
  std::vector<std::vector<Token>> titles(docs);
  for (size_t d = 0; d < docs; ++d) {
    Tokenize(story.documents[d]->title, &titles[d]);
    ReadAsHeadline(&titles[d]);
  }
  for (size_t da = 0; da < docs && pairs < options.max_claims_per_story; ++da) {
    for (size_t db = da + 1; db < docs && pairs < options.max_claims_per_story; ++db) {
      const Document& doc_a = *story.documents[da];
      const Document& doc_b = *story.documents[db];
      if (titles[da].empty() || titles[db].empty() || doc_a.id == doc_b.id ||
          UpdateNotDispute(doc_a, doc_b)) {
        continue;
      }
      const std::string swap =
          HeadlineSwap(HeadlineSide{&titles[da], doc_a.text, &lowered(da)},
                       HeadlineSide{&titles[db], doc_b.text, &lowered(db)}, &table, &hunks);
      if (swap.empty()) continue;
      ++per_pair[da * docs + db];
      report(da, doc_a.title, SIZE_MAX, SIZE_MAX, db, doc_b.title, SIZE_MAX, SIZE_MAX,
             "headline-swap: " + swap);
    }
  }
  std::unordered_map<uint64_t, int> shared;  // (doc, sentence) -> common content words
  std::vector<std::pair<double, int>> best(docs);
  // Per other document, the sentences that share the most of this one (rewrites).
  std::vector<std::array<std::pair<double, int>, kRewriteCandidates>> rewrites(docs);
  for (size_t da = 0; da < docs && pairs < options.max_claims_per_story; ++da) {
    const Document& doc_a = *story.documents[da];
    for (size_t sa = 0; sa < sentences[da].size(); ++sa) {
      const Sentence& a = sentences[da][sa];
      shared.clear();
      for (const std::string& w : a.content) {
        const auto it = postings.find(w);
        if (it == postings.end() || it->second.size() > kMaxPosting) continue;
        for (const auto& [d, s] : it->second) {
          if (static_cast<size_t>(d) <= da) continue;
          ++shared[(static_cast<uint64_t>(d) << 32) | static_cast<uint32_t>(s)];
        }
      }
      // Best aligned sentence per other document.
      std::fill(best.begin(), best.end(), std::make_pair(0.0, -1));
      for (auto& r : rewrites) r.fill(std::make_pair(0.0, -1));
      for (const auto& [key, common] : shared) {
        const size_t d = key >> 32, s = key & 0xffffffffu;
        const Sentence& b = sentences[d][s];
        const double j =
            static_cast<double>(common) / (a.content.size() + b.content.size() - common);
        if (j >= options.min_jaccard && j > best[d].first) best[d] = {j, static_cast<int>(s)};
        // A rewrite: most of the shorter sentence's content words in the other one (headlines,
        // the first sentences, need fewer).
        const bool headlines = sa == 0 && s == 0;
        const double overlap =
            static_cast<double>(common) / std::min(a.content.size(), b.content.size());
        if (common < (headlines ? 2 : kMinRewriteShared) || overlap < options.min_rewrite_overlap) {
          continue;
        }
        const double score = overlap + (headlines ? 1.0 : 0.0) + 0.01 * common;
        auto& slots = rewrites[d];
        if (score <= slots.back().first) continue;
        slots.back() = {score, static_cast<int>(s)};
        std::sort(slots.begin(), slots.end(), std::greater<>());
      }
      for (size_t db = da + 1; db < docs && pairs < options.max_claims_per_story; ++db) {
        if (per_pair[da * docs + db] >= options.max_claims_per_pair) continue;
        const Document& doc_b = *story.documents[db];
        // One outlet's two articles, or two articles published days apart, tell a story as it
        // moves ("the yen rose" on one day, "the yen declined" three weeks later; a bill's
        // chances in two weeks of a fight): updates, not rival versions (as for headlines).
        if (doc_a.id == doc_b.id || UpdateNotDispute(doc_a, doc_b)) continue;
        const bool linked = copies == nullptr || Linked(*copies, doc_a.id, doc_b.id);
        const bool numbers = contradicting.count({doc_a.id, doc_b.id}) == 0;
        const char* rule = nullptr;
        std::string why;
        int sb = best[db].second;
        if (sb >= 0) {
          rule = Contradiction(tokens_of(da, sa), tokens_of(db, sb), numbers,
                               DocumentPair{doc_a.text, doc_b.text, &lowered(da), &lowered(db)},
                               &table, &hunks);
          // "Shouldn't you feel that way?" asks; it does not deny "you should feel that way".
          if (rule != nullptr && std::string_view(rule) == "negation" &&
              (IsQuestion(doc_a.text, a) || IsQuestion(doc_b.text, sentences[db][sb]))) {
            rule = nullptr;
          }
        }
        for (size_t k = 0; rule == nullptr && k < kRewriteCandidates; ++k) {
          sb = rewrites[db][k].second;
          if (sb < 0) break;
          // Rewritten sentences only against a headline: between two body sentences these
          // rules found as many false contradictions on real news as fakes (bench/stories).
          if (sa != 0 && sb != 0) continue;
          rule = RewrittenContradiction(
              tokens_of(da, sa), tokens_of(db, sb), numbers,
              DocumentPair{doc_a.text, doc_b.text, &lowered(da), &lowered(db), sa == 0 && sb == 0,
                           sa == 0 || sb == 0},
              &why);
        }
        // Between independent reports only an antonym edit of one sentence ("profit rose 2%" /
        // "profit fell 2%") is trusted.
        if (rule == nullptr || (!linked && std::string_view(rule) != "antonym")) continue;
        // A sentence dated to another moment ("In 2016, ..." / "last year", "years ago") tells
        // what was, not a rival version of what is.
        if (TimeMarkers(tokens_of(da, sa)) != TimeMarkers(tokens_of(db, sb))) continue;
        ++per_pair[da * docs + db];
        const Sentence& b = sentences[db][sb];
        report(da, SentenceAround(doc_a.text, a.begin, a.begin, 300), a.begin, a.end, db,
               SentenceAround(doc_b.text, b.begin, b.begin, 300), b.begin, b.end,
               why.empty() ? std::string(rule) : std::string(rule) + ": " + why);
      }
    }
  }
  return MergeSides(story, copies, sides);
}

}  // namespace stemma::stories

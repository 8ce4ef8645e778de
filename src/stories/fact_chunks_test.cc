// A story update holds the facts of one chunk of documents at a time; the chunk size must not
// change anything a user sees (stories, claims, ids, the saved index).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stories/test_fixtures.h"
#include "stories/update_chunks.h"

namespace stemma::stories {
namespace {

using ::stemma::test::At;
using ::stemma::test::Dated;

// Fictional events, several reports each, with facts that make claims and anchor days.
struct Event {
  const char* place;
  const char* person;
  const char* what;
  const char* day;
};
const Event kEvents[] = {
    {"Perival", "Anka Velde", "an earthquake collapsed the harbour bridge", "2031-03-02"},
    {"Ostmark", "Brun Tally", "the coalition collapsed before the vote", "2031-04-11"},
    {"Vantor", "Oda Primm", "the Tessel bakery ovens caught fire", "2031-05-20"},
    {"Dunmere", "Ivo Quell", "a late checkmate won the Harlen chess open", "2031-06-07"},
};

struct Corpus {
  std::vector<Document> documents;
  std::vector<Fact> facts;
};

// Reports 0..n-1 spread over the events; report k of an event gives its own casualty count,
// so the stories have agreeing and contradicting claims.
Corpus MakeCorpus(size_t n) {
  Corpus c;
  for (size_t i = 0; i < n; ++i) {
    const Event& e = kEvents[i % 4];
    const std::string count = std::to_string(10 + (i / 4) % 2);
    const std::string text = std::string("In ") + e.place + ", " + e.what + ", " + e.person +
                             " said on Tuesday. " + count + " people were hurt in " + e.place +
                             ", " + e.person + " told reporters in " + e.place + ".";
    c.documents.push_back(
        Dated("doc-" + std::to_string(i), i % 3 == 0 ? "" : e.day, text));
    const Document& d = c.documents.back();
    c.facts.push_back(At(d, "location", e.place, e.place));
    c.facts.push_back(At(d, "person", e.person, e.person));
    c.facts.push_back(At(d, "date", "on Tuesday", e.day));
    c.facts.push_back(At(d, "number", count + " people were hurt", count, "hurt"));
  }
  return c;
}

// A store's fact loader that remembers the largest request.
struct Loader {
  const std::vector<Fact>* facts;
  size_t largest = 0;
  bool fail = false;
  FactLoader Get() {
    return [this](const std::vector<std::string>& ids) -> StatusOr<std::vector<Fact>> {
      if (fail) return Status::Error("store unavailable");
      largest = std::max(largest, ids.size());
      std::vector<Fact> out;
      for (const Fact& f : *facts) {
        if (std::find(ids.begin(), ids.end(), f.document) != ids.end()) out.push_back(f);
      }
      return out;
    };
  }
};

const StoryLoader kNoStories = [](const std::vector<std::string>&) {
  return StatusOr<std::vector<Story>>(std::vector<Story>{});
};

// Everything of an update a user can see, as text.
std::string Dump(const StoryUpdate& u) {
  std::string out = u.state + "\n";
  for (const Story& s : u.stories) {
    out += s.id + "|" + s.title + "|" + s.first_date + "|" + s.last_date + "|" + s.topic + "|";
    for (const std::string& d : s.documents) out += d + ",";
    out += "|";
    for (const std::string& d : s.related_documents) out += d + ",";
    for (const TimelineEntry& t : s.timeline) out += "|" + t.date + " " + t.event;
    out += "\n";
  }
  for (const Claim& c : u.claims) {
    out += c.id + "|" + c.story + "|" + c.kind + "|" + c.text + "|" + c.value + "|" +
           std::to_string(c.independent_sources) + "|";
    for (const std::string& d : c.documents) out += d + ",";
    out += "|";
    for (const std::string& d : c.contradicted_by) out += d + ",";
    out += "\n";
  }
  for (const std::string& id : u.claims_replaced) out += id + ",";
  for (const std::string& id : u.removed) out += id + ";";
  return out;
}

size_t LargestStory(const StoryUpdate& u) {
  size_t largest = 0;
  for (const Story& s : u.stories) largest = std::max(largest, s.documents.size());
  return largest;
}

TEST(StoryFactChunksTest, FullBuildIsTheSameForEveryChunkSize) {
  const Corpus corpus = MakeCorpus(14);
  const StoryOptions options;
  std::string expected;
  for (size_t chunk : {size_t{100000}, size_t{1}, size_t{2}, size_t{5}}) {
    Loader loader{&corpus.facts};
    StoryIndex index(options.cluster, options.vector_terms);
    auto update = RunStoryUpdateInChunks(index, corpus.documents, {}, loader.Get(), kNoStories,
                                         options, chunk);
    ASSERT_TRUE(update.ok()) << update.status().message();
    ASSERT_FALSE(update->claims.empty());
    const std::string dump = Dump(*update);
    if (expected.empty()) expected = dump;
    EXPECT_EQ(dump, expected) << "chunk " << chunk;
    // Facts were asked for a chunk (or one story) at a time.
    EXPECT_LE(loader.largest, std::max(chunk, LargestStory(*update))) << "chunk " << chunk;
  }
}

TEST(StoryFactChunksTest, IncrementalUpdateIsTheSameForEveryChunkSize) {
  const Corpus corpus = MakeCorpus(16);
  const StoryOptions options;
  const std::vector<Document> first(corpus.documents.begin(), corpus.documents.begin() + 10);
  std::string expected;
  for (size_t chunk : {size_t{100000}, size_t{1}, size_t{3}}) {
    Loader loader{&corpus.facts};
    StoryIndex index(options.cluster, options.vector_terms);
    ASSERT_TRUE(
        RunStoryUpdateInChunks(index, first, {}, loader.Get(), kNoStories, options, chunk).ok());
    // The added reports share terms that only one earlier report had: those are weighed anew.
    auto update = RunStoryUpdateInChunks(index, corpus.documents, {}, loader.Get(), kNoStories,
                                         options, chunk);
    ASSERT_TRUE(update.ok()) << update.status().message();
    EXPECT_FALSE(update->full);
    EXPECT_EQ(update->added_documents, 6u);
    const std::string dump = Dump(*update);
    if (expected.empty()) expected = dump;
    EXPECT_EQ(dump, expected) << "chunk " << chunk;
  }
}

TEST(StoryFactChunksTest, IndexAddInChunksEqualsOneGo) {
  // Each report of the first batch has a name of its own; the second batch brings those names
  // again, so the first reports are weighed anew (refetched a chunk at a time).
  const char* const kNames[] = {"Zorvath", "Quillon", "Marbeck", "Tessaly", "Ondrik",
                                "Pellidor", "Varsk", "Hollin", "Ebbersby"};
  Corpus first = MakeCorpus(9), second;
  for (size_t i = 0; i < 9; ++i) {
    first.documents[i].text += std::string(" Witness ") + kNames[i] + " spoke to the press.";
    second.documents.push_back(Dated("later-" + std::to_string(i), "2031-07-01",
                                     std::string(kNames[i]) + " and " + kNames[(i + 1) % 9] +
                                         " opened a gallery in Lirren, " + kNames[i] + " said."));
  }
  auto pointers = [](const Corpus& c) {
    std::vector<const Document*> out;
    for (const Document& d : c.documents) out.push_back(&d);
    return out;
  };
  StoryIndex::FactLists facts_of(9);
  for (const Fact& f : first.facts) facts_of[std::stoul(f.document.substr(4))].push_back(&f);
  const StoryIndex::FactLists no_facts(9);
  std::vector<size_t> refetched;  // sizes of the refetch calls
  const StoryIndex::Refetch refetch = [&](const std::vector<size_t>& docs,
                                          std::vector<const Document*>* out,
                                          StoryIndex::FactLists* out_facts) {
    refetched.push_back(docs.size());
    for (size_t d : docs) {
      out->push_back(d < 9 ? &first.documents[d] : &second.documents[d - 9]);
      out_facts->push_back(d < 9 ? facts_of[d] : std::vector<const Fact*>());
    }
  };
  StoryIndex whole;
  whole.Add(pointers(first), facts_of, &refetch);
  whole.Add(pointers(second), no_facts, &refetch);
  ASSERT_EQ(refetched.size(), 1u);  // the one-go Add refetches in one call
  ASSERT_GE(refetched[0], 5u);

  StoryIndex chunked;
  std::vector<std::pair<size_t, size_t>> asked;
  const StoryIndex::FactChunks chunks = [&](size_t begin, size_t end, StoryIndex::FactLists* out) {
    asked.push_back({begin, end});
    out->assign(facts_of.begin() + begin, facts_of.begin() + end);
    return Status::Ok();
  };
  auto added = chunked.Add(pointers(first), chunks, 4, &refetch);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 0u);
  EXPECT_EQ(asked, (std::vector<std::pair<size_t, size_t>>{{0, 4}, {4, 8}, {8, 9}}));
  const StoryIndex::FactChunks none = [&](size_t begin, size_t end, StoryIndex::FactLists* out) {
    out->resize(end - begin);
    return Status::Ok();
  };
  refetched.clear();
  added = chunked.Add(pointers(second), none, 4, &refetch);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 9u);
  ASSERT_GE(refetched.size(), 2u);
  for (size_t n : refetched) EXPECT_LE(n, 4u);
  EXPECT_EQ(chunked.Save(), whole.Save());
}

TEST(StoryFactChunksTest, AFailingFactStoreFailsTheUpdate) {
  const Corpus corpus = MakeCorpus(6);
  Loader loader{&corpus.facts};
  loader.fail = true;
  const StoryOptions options;
  StoryIndex index(options.cluster, options.vector_terms);
  auto update = RunStoryUpdateInChunks(index, corpus.documents, {}, loader.Get(), kNoStories,
                                       options, 2);
  EXPECT_FALSE(update.ok());
  // A chunk callback that hands out too few lists is an error too, not a crash.
  StoryIndex other;
  std::vector<const Document*> batch = {&corpus.documents[0], &corpus.documents[1]};
  const StoryIndex::FactChunks short_lists = [](size_t, size_t, StoryIndex::FactLists*) {
    return Status::Ok();
  };
  EXPECT_FALSE(other.Add(batch, short_lists, 2).ok());
}

}  // namespace
}  // namespace stemma::stories

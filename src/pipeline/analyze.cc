#include <chrono>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "stemma/extract.h"
#include "stemma/facts.h"
#include "stemma/pipeline.h"
#include "stemma/reuse.h"
#include "stemma/stories.h"
#include "stemma/util.h"

namespace stemma {
namespace {

constexpr size_t kChunk = 256;

// Extracts and finds facts for each chunk in parallel; each chunk is one batch.
Status ExtractPending(Store& store, const PipelineObserver& observer, AnalyzeStats& stats) {
  auto pending = store.CountPendingRaw();
  if (!pending.ok()) return pending.status();
  uint64_t total = *pending;
  if (total == 0) return Status::Ok();
  return store.ForEachPendingRaw(kChunk, [&](std::vector<RawDocument>& chunk) -> Status {
    std::vector<Document> documents(chunk.size());
    std::vector<std::vector<Fact>> facts(chunk.size());
    ParallelFor(chunk.size(), 0, [&](size_t i) {
      documents[i] = Extract(chunk[i]);
      facts[i] = ExtractFacts(documents[i]);
    });
    std::vector<Fact> all_facts;
    for (auto& f : facts) {
      for (auto& fact : f) all_facts.push_back(std::move(fact));
    }
    Status s = store.BeginBatch();
    if (s.ok()) s = store.SaveExtracted(documents, all_facts);
    if (s.ok()) s = store.CommitBatch();
    if (!s.ok()) {
      store.AbortBatch();
      return s;
    }
    stats.extracted += documents.size();
    stats.facts += all_facts.size();
    if (observer.on_progress) observer.on_progress("extract", stats.extracted, total);
    return Status::Ok();
  });
}

constexpr const char* kReuseState = "reuse-documents";

// Reuse over every document, or only the pairs with a new document when the store knows which
// documents its reuse graph already covers (and all of them are still there).
StatusOr<ReuseResult> FindOrUpdateReuse(Store& store, const std::vector<Document>& documents,
                                        const AnalyzeOptions& options, AnalyzeStats& stats) {
  auto covered = store.LoadState(kReuseState);
  if (!covered.ok()) return covered.status();
  std::unordered_set<std::string_view> seen;
  for (size_t begin = 0; begin < covered->size();) {
    size_t end = covered->find('\n', begin);
    if (end == std::string::npos) end = covered->size();
    if (end > begin) seen.insert(std::string_view(*covered).substr(begin, end - begin));
    begin = end + 1;
  }
  std::vector<uint8_t> fresh(documents.size(), 1);
  size_t kept = 0;
  for (size_t d = 0; d < documents.size(); ++d) {
    if (seen.count(documents[d].id)) fresh[d] = 0, ++kept;
  }
  if (seen.empty() || kept != seen.size() || options.rebuild_stories) {
    return FindReuse(documents);  // no saved graph, or documents it knew are gone
  }
  auto previous = store.LoadReuse();
  if (!previous.ok()) return previous.status();
  stats.reuse_incremental = true;
  return UpdateReuse(documents, fresh, *previous);
}

}  // namespace

StatusOr<AnalyzeStats> AnalyzeStore(Store& store, const PipelineObserver& observer,
                                    const AnalyzeOptions& options) {
  AnalyzeStats stats;
  auto clock = std::chrono::steady_clock::now();
  Status s = ExtractPending(store, observer, stats);
  if (!s.ok()) return s;
  stats.extract_seconds = LapSeconds(clock);
  auto current = store.CorpusAnalysisCurrent();
  if (!current.ok()) return current.status();
  // Nothing new since the last analysis: reuse and stories stand as they are.
  if (*current && !options.rebuild_stories) {
    auto counts = store.CountAnalysis();
    if (!counts.ok()) return counts.status();
    stats.documents = counts->documents;
    stats.reuse_edges = counts->reuse_edges;
    stats.stories = counts->stories;
    stats.claims = counts->claims;
    stats.load_seconds = LapSeconds(clock);
    return stats;
  }

  auto documents = store.LoadDocuments();
  if (!documents.ok()) return documents.status();
  auto state = store.LoadStoryState();
  if (!state.ok()) return state.status();
  stats.documents = documents->size();
  stats.load_seconds = LapSeconds(clock);

  if (observer.on_progress) observer.on_progress("reuse", 0, 0);
  auto reuse_or = FindOrUpdateReuse(store, *documents, options, stats);
  if (!reuse_or.ok()) return reuse_or.status();
  ReuseResult reuse = std::move(reuse_or).value();
  stats.reuse_seconds = LapSeconds(clock);
  if (observer.on_progress) observer.on_progress("stories", 0, 0);
  // Stories continue from the saved index: only new documents are clustered, only changed
  // stories get new claims (a full build when there is no usable state).
  auto update = UpdateStories(
      options.rebuild_stories ? std::string() : *state, *documents, reuse,
      [&](const std::vector<std::string>& ids) { return store.LoadFacts(ids); },
      [&](const std::vector<std::string>& ids) { return store.LoadStories(ids); },
      options.stories);
  if (!update.ok()) return update.status();
  stats.stories_seconds = LapSeconds(clock);
  stats.reuse_edges = reuse.edges.size();
  stats.stories_full = update->full;
  stats.stories_added_documents = update->added_documents;
  stats.stories_recomputed = update->stories_recomputed;
  stats.stories_phase_seconds[0] = update->load_seconds;
  stats.stories_phase_seconds[1] = update->add_seconds;
  stats.stories_phase_seconds[2] = update->describe_seconds;
  stats.stories_phase_seconds[3] = update->save_seconds;
  stats.stories_phase_seconds[4] = update->topic_seconds;
  stats.claims = update->claims.size();
  stats.stories = update->total_stories;

  std::string covered;  // the documents the saved reuse graph has seen
  for (const Document& d : *documents) covered.append(d.id).push_back('\n');
  s = store.BeginBatch();
  if (s.ok()) s = store.SaveStoryUpdate(reuse, *update);
  if (s.ok()) s = store.SaveState(kReuseState, covered);
  if (s.ok()) s = store.CommitBatch();
  if (!s.ok()) {
    store.AbortBatch();
    return s;
  }
  stats.save_seconds = LapSeconds(clock);
  return stats;
}

}  // namespace stemma

#include <vector>

#include "stemma/extract.h"
#include "stemma/pipeline.h"
#include "stemma/util.h"

namespace stemma {

uint64_t ForEachExtracted(const std::vector<std::string>& paths, const IngestOptions& options,
                          const PipelineObserver& observer,
                          const std::function<void(Document&&)>& on_document) {
  constexpr size_t kChunk = 256;
  uint64_t rejected = 0;
  std::vector<RawDocument> chunk;
  auto flush = [&] {
    std::vector<Document> documents(chunk.size());
    ParallelFor(chunk.size(), 0, [&](size_t i) { documents[i] = Extract(chunk[i]); });
    for (Document& d : documents) on_document(std::move(d));
    chunk.clear();
  };
  for (const std::string& path : paths) {
    IngestCallbacks callbacks;
    callbacks.on_document = [&](RawDocument&& raw) {
      chunk.push_back(std::move(raw));
      if (chunk.size() >= kChunk) flush();
    };
    callbacks.on_error = [&](const IngestError& error) {
      ++rejected;
      if (observer.on_error) observer.on_error(error);
    };
    (void)IngestPath(path, options, callbacks);
  }
  flush();
  return rejected;
}

}  // namespace stemma

// Everything one analysis run knows: the input to the store, exports and reports.
#pragma once

#include <vector>

#include "stemma/document.h"
#include "stemma/facts.h"
#include "stemma/reuse.h"
#include "stemma/stories.h"

namespace stemma {

struct Analysis {
  std::vector<Document> documents;
  ReuseResult reuse;
  std::vector<Fact> facts;
  StoryAnalysis stories;
};

}  // namespace stemma

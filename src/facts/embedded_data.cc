// The data files of src/facts/data, linked into the binary so `stemma` needs no data path.
#include "facts/facts_internal.h"
#include "facts/quote_ranker.h"
#include "facts/tagger.h"

// .incbin keeps the build free of generated sources; STEMMA_FACTS_DATA_DIR is set by CMake.
#define STEMMA_STR2(x) #x
#define STEMMA_STR(x) STEMMA_STR2(x)
#define STEMMA_EMBED(name, file)                                                     \
  asm(".section .rodata\n"                                                           \
      ".balign 16\n"                                                                 \
      ".global " #name "_begin\n" #name                                              \
      "_begin:\n"                                                                    \
      ".incbin \"" STEMMA_STR(STEMMA_FACTS_DATA_DIR) "/" file                        \
                                                     "\"\n"                          \
                                                     ".global " #name "_end\n" #name \
                                                     "_end:\n"                       \
                                                     ".byte 0\n"                     \
                                                     ".previous\n");                 \
  extern "C" const char name##_begin[];                                              \
  extern "C" const char name##_end[];

STEMMA_EMBED(stemma_facts_aliases, "aliases.tsv")
STEMMA_EMBED(stemma_facts_ner_model, "ner.model")
STEMMA_EMBED(stemma_facts_clusters, "clusters.bin")
STEMMA_EMBED(stemma_facts_quote_ranker, "quote_ranker.model")

namespace stemma::facts {

std::string_view EmbeddedAliases() {
  return std::string_view(stemma_facts_aliases_begin,
                          stemma_facts_aliases_end - stemma_facts_aliases_begin);
}

std::string_view EmbeddedNerModel() {
  return std::string_view(stemma_facts_ner_model_begin,
                          stemma_facts_ner_model_end - stemma_facts_ner_model_begin);
}

std::string_view EmbeddedClusters() {
  return std::string_view(stemma_facts_clusters_begin,
                          stemma_facts_clusters_end - stemma_facts_clusters_begin);
}

std::string_view EmbeddedQuoteModel() {
  return std::string_view(stemma_facts_quote_ranker_begin,
                          stemma_facts_quote_ranker_end - stemma_facts_quote_ranker_begin);
}

}  // namespace stemma::facts

// JSON shapes of stemma's types, shared by report.json, exports and the stateless commands.
#pragma once

#include <nlohmann/json.hpp>

#include "stemma/analysis.h"

namespace stemma::json_codec {

using Json = nlohmann::ordered_json;

// Offsets in the output are character (code point) offsets into the document text (or title).
Json DocumentJson(const Document& document, bool with_text = true);
// `source`: the string the fact's offsets point into (FactSource); a headline fact says
// "field": "title".
Json FactJson(const Fact& fact, const std::string& source);
Json EdgeJson(const ReuseEdge& edge, const std::string& source_text,
              const std::string& target_text);
// For an edge whose passage offsets are already character offsets.
Json EdgeJsonCharOffsets(const ReuseEdge& edge);
Json StoryJson(const Story& story);
Json ClaimJson(const Claim& claim);
// Topics in order of first appearance: {id, stories, title of the largest story}.
Json TopicsJson(const std::vector<Story>& stories);

// Serialises without throwing on invalid UTF-8 (replaced by U+FFFD).
std::string Dump(const Json& value, int indent = -1);

}  // namespace stemma::json_codec

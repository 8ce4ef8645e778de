// JSON encodings of the nested fields the store keeps in single columns.
#pragma once

#include <string>
#include <vector>

#include "stemma/document.h"
#include "stemma/reuse.h"
#include "stemma/stories.h"

namespace stemma::codec {

std::string EncodeFlags(const std::vector<Flag>& flags);
std::vector<Flag> DecodeFlags(const std::string& json);
std::string EncodePassages(const std::vector<Passage>& passages);
std::vector<Passage> DecodePassages(const std::string& json);
std::string EncodeStrings(const std::vector<std::string>& strings);
std::vector<std::string> DecodeStrings(const std::string& json);
std::string EncodeTimeline(const std::vector<TimelineEntry>& timeline);
std::vector<TimelineEntry> DecodeTimeline(const std::string& json);

}  // namespace stemma::codec

// Extraction: raw document -> clean main text plus metadata and flags.
#pragma once

#include "stemma/document.h"

namespace stemma {

// Never fails: hostile input yields an empty or partial Document (with a flag saying why).
Document Extract(const RawDocument& raw);

}  // namespace stemma

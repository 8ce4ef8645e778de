#include "extract/language.h"

#include <cld2/public/compact_lang_det.h>

#include "stemma/util.h"

namespace stemma::extract {

std::string DetectLanguage(std::string_view text) {
  if (text.size() < 20) return {};
  // CLD2 needs valid UTF-8 (guaranteed by ingest); 16 KB is plenty for a verdict.
  size_t n = text.size() < 16384 ? text.size() : 16384;
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  // CLD2 reads out of bounds on invalid UTF-8: never hand it unchecked bytes.
  std::string clean = SanitizeUtf8(text.substr(0, n));
  for (char& c : clean) {
    if (c == '\0') c = ' ';
  }
  bool reliable = false;
  CLD2::Language lang =
      CLD2::DetectLanguage(clean.data(), static_cast<int>(clean.size()), true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return {};
  std::string code = CLD2::LanguageCode(lang);
  if (code.size() > 2 && code != "zh-Hant") code = code.substr(0, 2);
  if (code == "zh-Hant") code = "zh";
  return code;
}

}  // namespace stemma::extract

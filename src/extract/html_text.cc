#include "extract/html_text.h"

#include <algorithm>
#include <cstring>

namespace stemma::extract {
namespace {

struct Entity {
  const char* name;
  uint32_t cp;
};

// Sorted by name (strcmp order) for binary search; the entities news pages actually use.
constexpr Entity kEntities[] = {
    {"AElig", 198},  {"Aacute", 193},  {"Agrave", 192},  {"Auml", 196},    {"Ccedil", 199},
    {"Eacute", 201}, {"Ouml", 214},    {"Uuml", 220},    {"aacute", 225},  {"acirc", 226},
    {"acute", 180},  {"aelig", 230},   {"agrave", 224},  {"amp", 38},      {"apos", 39},
    {"aring", 229},  {"atilde", 227},  {"auml", 228},    {"bdquo", 8222},  {"brvbar", 166},
    {"bull", 8226},  {"ccedil", 231},  {"cent", 162},    {"copy", 169},    {"dagger", 8224},
    {"deg", 176},    {"divide", 247},  {"eacute", 233},  {"ecirc", 234},   {"egrave", 232},
    {"emsp", 8195},  {"ensp", 8194},   {"euml", 235},    {"euro", 8364},   {"frac12", 189},
    {"frac14", 188}, {"frac34", 190},  {"gt", 62},       {"hellip", 8230}, {"iacute", 237},
    {"icirc", 238},  {"iexcl", 161},   {"igrave", 236},  {"iquest", 191},  {"iuml", 239},
    {"laquo", 171},  {"ldquo", 8220},  {"lsaquo", 8249}, {"lsquo", 8216},  {"lt", 60},
    {"mdash", 8212}, {"micro", 181},   {"middot", 183},  {"minus", 8722},  {"nbsp", 160},
    {"ndash", 8211}, {"ntilde", 241},  {"oacute", 243},  {"ocirc", 244},   {"ograve", 242},
    {"oslash", 248}, {"otilde", 245},  {"ouml", 246},    {"para", 182},    {"plusmn", 177},
    {"pound", 163},  {"prime", 8242},  {"quot", 34},     {"raquo", 187},   {"rdquo", 8221},
    {"reg", 174},    {"rsaquo", 8250}, {"rsquo", 8217},  {"sbquo", 8218},  {"sect", 167},
    {"shy", 173},    {"sup2", 178},    {"szlig", 223},   {"thinsp", 8201}, {"times", 215},
    {"trade", 8482}, {"uacute", 250},  {"ucirc", 251},   {"ugrave", 249},  {"uml", 168},
    {"uuml", 252},   {"yacute", 253},  {"yen", 165},     {"zwj", 8205},    {"zwnj", 8204},
};

// Parses an entity at raw[i] == '&'. Returns code point and advances *len, or 0 if none.
uint32_t ParseEntity(std::string_view raw, size_t i, size_t* len) {
  size_t p = i + 1;
  if (p < raw.size() && raw[p] == '#') {
    ++p;
    bool hex = p < raw.size() && (raw[p] == 'x' || raw[p] == 'X');
    if (hex) ++p;
    uint32_t cp = 0;
    size_t digits = 0;
    while (p < raw.size() && digits < 8) {
      char c = raw[p];
      int d = -1;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        d = (c | 0x20) - 'a' + 10;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + d;
      ++p;
      ++digits;
    }
    if (digits == 0) return 0;
    if (p < raw.size() && raw[p] == ';') ++p;
    *len = p - i;
    if (cp == 0) return 0xFFFD;
    return cp;
  }
  size_t start = p;
  while (p < raw.size() && p - start < 8 &&
         (((raw[p] | 0x20) >= 'a' && (raw[p] | 0x20) <= 'z') || (raw[p] >= '0' && raw[p] <= '9'))) {
    ++p;
  }
  if (p == start) return 0;
  char name[10];
  size_t n = p - start;
  memcpy(name, raw.data() + start, n);
  name[n] = '\0';
  const Entity* begin = std::begin(kEntities);
  const Entity* end = std::end(kEntities);
  const Entity* hit = std::lower_bound(
      begin, end, name, [](const Entity& e, const char* key) { return strcmp(e.name, key) < 0; });
  if (hit == end || strcmp(hit->name, name) != 0) return 0;
  if (p < raw.size() && raw[p] == ';') ++p;
  *len = p - i;
  return hit->cp;
}

inline bool IsWs(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendHtmlText(std::string_view raw, bool collapse, bool* last_was_space, std::string* out) {
  size_t i = 0;
  const size_t n = raw.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '&') {
      size_t len = 0;
      uint32_t cp = ParseEntity(raw, i, &len);
      if (cp != 0) {
        i += len;
        bool space = cp == 160 || cp == 8194 || cp == 8195 || cp == 8201;
        if (cp == 173 || cp == 8204 || cp == 8205) continue;  // invisible
        if (collapse && space) {
          if (!*last_was_space) out->push_back(' ');
          *last_was_space = true;
          continue;
        }
        AppendUtf8(cp, out);
        *last_was_space = false;
        continue;
      }
    }
    if (collapse && IsWs(c)) {
      if (!*last_was_space) out->push_back(' ');
      *last_was_space = true;
      ++i;
      continue;
    }
    if (collapse && c == 0xC2 && i + 1 < n && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
      if (!*last_was_space) out->push_back(' ');
      *last_was_space = true;
      i += 2;
      continue;
    }
    // Copy a run of ordinary bytes at once.
    size_t j = i + 1;
    while (j < n) {
      unsigned char d = static_cast<unsigned char>(raw[j]);
      if (d == '&' || d == 0xC2 || (collapse && IsWs(d))) break;
      ++j;
    }
    out->append(raw.data() + i, j - i);
    *last_was_space = false;
    i = j;
  }
}

std::string DecodeHtml(std::string_view raw) {
  std::string out;
  bool last_space = true;
  AppendHtmlText(raw, true, &last_space, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace stemma::extract

// Units, currencies and scale words around numbers.
#include "facts/number_units.h"

namespace stemma::facts {
namespace {

struct Entry {
  std::string_view surface;
  const char* canonical;
};

constexpr Entry kCurrencySymbols[] = {
    {"$", "USD"},           {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
    {"\xC2\xA5", "JPY"},    {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xB9", "INR"},
    {"\xE2\x82\xBD", "RUB"}};
constexpr Entry kCurrencyWords[] = {
    {"usd", "USD"},     {"dollars", "USD"},  {"dollar", "USD"},  {"eur", "EUR"},
    {"euros", "EUR"},   {"euro", "EUR"},     {"gbp", "GBP"},     {"sterling", "GBP"},
    {"yen", "JPY"},     {"jpy", "JPY"},      {"yuan", "CNY"},    {"renminbi", "CNY"},
    {"cny", "CNY"},     {"rubles", "RUB"},   {"roubles", "RUB"}, {"rub", "RUB"},
    {"won", "KRW"},     {"krw", "KRW"},      {"rupees", "INR"},  {"inr", "INR"},
    {"cents", "Cent"},  {"cent", "Cent"},    {"pence", "Penny"}, {"francs", "CHF"},
    {"pesos", "Peso"},  {"chf", "CHF"},      {"cad", "CAD"},     {"aud", "AUD"},
    {"pesetas", "ESP"}, {"guilders", "NLG"}, {"markka", "FIM"},  {"rmb", "CNY"},
    {"lira", "TRY"},    {"rand", "ZAR"},     {"hryvnia", "UAH"}, {"hryvnias", "UAH"}};
// Prefixes written before "$": "C $", "HK $", "US $", "A $".
constexpr Entry kDollarPrefixes[] = {{"us", "USD"}, {"u.s", "USD"}, {"c", "CAD"},
                                     {"ca", "CAD"}, {"hk", "HKD"},  {"a", "AUD"},
                                     {"au", "AUD"}, {"nz", "NZD"},  {"s", "SGD"}};
// "australian dollars", "swiss francs": adjective + currency word.
constexpr Entry kCurrencyAdjectives[] = {
    {"australian", "AUD"}, {"canadian", "CAD"}, {"swiss", "CHF"},     {"dutch", "NLG"},
    {"finnish", "FIM"},    {"hong", "HKD"},     {"singapore", "SGD"}, {"new", "NZD"},
    {"japanese", "JPY"},   {"chinese", "CNY"},  {"russian", "RUB"},   {"indian", "INR"},
    {"mexican", "MXN"},    {"us", "USD"},       {"u.s.", "USD"},      {"american", "USD"},
    {"south", "KRW"},      {"north", "KPW"},    {"brazilian", "BRL"}, {"turkish", "TRY"}};
// Units of measure: surface -> canonical (Recognizers-style names).
constexpr Entry kUnits[] = {{"km", "Kilometer"},
                            {"kilometers", "Kilometer"},
                            {"kilometres", "Kilometer"},
                            {"kilometer", "Kilometer"},
                            {"kilometre", "Kilometer"},
                            {"miles", "Mile"},
                            {"mile", "Mile"},
                            {"metres", "Meter"},
                            {"meters", "Meter"},
                            {"metre", "Meter"},
                            {"meter", "Meter"},
                            {"feet", "Foot"},
                            {"foot", "Foot"},
                            {"ft", "Foot"},
                            {"inches", "Inch"},
                            {"inch", "Inch"},
                            {"cm", "Centimeter"},
                            {"centimeters", "Centimeter"},
                            {"centimetres", "Centimeter"},
                            {"mm", "Millimeter"},
                            {"millimeters", "Millimeter"},
                            {"yards", "Yard"},
                            {"yard", "Yard"},
                            {"kg", "Kilogram"},
                            {"kilograms", "Kilogram"},
                            {"kilogram", "Kilogram"},
                            {"kilos", "Kilogram"},
                            {"grams", "Gram"},
                            {"gram", "Gram"},
                            {"g", "Gram"},
                            {"tons", "Ton"},
                            {"ton", "Ton"},
                            {"tonnes", "Ton"},
                            {"tonne", "Ton"},
                            {"pounds", "Pound"},
                            {"lbs", "Pound"},
                            {"lb", "Pound"},
                            {"ounces", "Ounce"},
                            {"oz", "Ounce"},
                            {"liters", "Liter"},
                            {"litres", "Liter"},
                            {"liter", "Liter"},
                            {"gallons", "Gallon"},
                            {"gallon", "Gallon"},
                            {"barrels", "Barrel"},
                            {"acres", "Acre"},
                            {"acre", "Acre"},
                            {"hectares", "Hectare"},
                            {"mph", "Mile per hour"},
                            {"km/h", "Kilometer per hour"},
                            {"knots", "Knot"},
                            {"mw", "Megawatt"},
                            {"megawatts", "Megawatt"},
                            {"gw", "Gigawatt"},
                            {"kb", "Kilobyte"},
                            {"mb", "Megabyte"},
                            {"gb", "Gigabyte"},
                            {"tb", "Terabyte"},
                            {"megabytes", "Megabyte"},
                            {"gigabytes", "Gigabyte"}};

const char* Find(const Entry* table, size_t n, std::string_view s) {
  for (size_t k = 0; k < n; ++k) {
    if (s == table[k].surface) return table[k].canonical;
  }
  return nullptr;
}

}  // namespace

double ScaleOf(std::string_view w) {
  if (w == "dozen" || w == "dozens") return 12;
  if (w == "thousand" || w == "k") return 1e3;
  if (w == "million" || w == "m" || w == "mn" || w == "millions") return 1e6;
  if (w == "billion" || w == "bn" || w == "b" || w == "billions") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  return 0;
}

const char* UnitOrCurrencyWord(std::string_view w, bool* is_currency) {
  if (const char* c = Find(kCurrencyWords, std::size(kCurrencyWords), w)) {
    *is_currency = true;
    return c;
  }
  *is_currency = false;
  return Find(kUnits, std::size(kUnits), w);
}

const char* CurrencyPrefix(const TokenizedText& tt, size_t i, size_t* number_at) {
  const size_t n = tt.tokens.size();
  auto is_number = [&](size_t k) { return k < n && tt.tokens[k].kind == TokenKind::kNumber; };
  // Every prefix is followed by its number within three tokens ("$ 5", "US $ 5", "u . s $ 5"):
  // most tokens stop here, before the table scans.
  if (!is_number(i + 1) && !is_number(i + 2) && !is_number(i + 3)) return nullptr;
  std::string_view w = tt.Lower(i);
  if (const char* sym = Find(kCurrencySymbols, std::size(kCurrencySymbols), tt.Text(i))) {
    if (!is_number(i + 1)) return nullptr;
    *number_at = i + 1;
    return sym;
  }
  if (w == "usd" || w == "eur" || w == "gbp" || w == "us$" || w == "rmb") {
    if (!is_number(i + 1)) return nullptr;
    *number_at = i + 1;
    return w == "us$" ? "USD" : Find(kCurrencyWords, std::size(kCurrencyWords), w);
  }
  // "US $", "C $", "HK $", "u.s $"
  size_t k = i + 1;
  if (k < n && tt.Text(k) == "." && tt.Adjacent(k)) ++k;
  if (const char* code = Find(kDollarPrefixes, std::size(kDollarPrefixes), w)) {
    if (k < n && tt.Text(k) == "$" && is_number(k + 1)) {
      *number_at = k + 1;
      return code;
    }
  }
  return nullptr;
}

size_t UnitSuffix(const TokenizedText& tt, size_t at, std::string* kind, std::string* counts) {
  const size_t n = tt.tokens.size();
  auto lower = [&](size_t k) { return k < n ? tt.Lower(k) : std::string_view(); };
  size_t k = at;
  // "3-inch", "12-cent": a hyphen joins the number and the unit.
  bool hyphen = lower(k) == "-" && tt.Adjacent(k) && tt.Adjacent(k + 1);
  if (hyphen) ++k;
  std::string_view w = lower(k), w2 = lower(k + 1);
  if (!hyphen && (w == "%" || w == "percent" || w == "pct" || (w == "per" && w2 == "cent"))) {
    *kind = "quantity";
    *counts = "percent";
    return k + (w == "per" ? 2 : 1);
  }
  if (!hyphen && (w == "\xC2\xB0" || w == "degrees" || w == "degree")) {
    std::string_view u = w == "\xC2\xB0" && tt.Adjacent(k + 1) ? w2 : w2;
    if (u == "c" || u == "celsius" || u == "centigrade" || u == "f" || u == "fahrenheit") {
      *kind = "quantity";
      *counts = (u == "f" || u == "fahrenheit") ? "F" : "C";
      return k + 2;
    }
    return at;
  }
  if (!hyphen && (w == "celsius" || w == "fahrenheit")) {
    *kind = "quantity";
    *counts = w == "celsius" ? "C" : "F";
    return k + 1;
  }
  // Ages: "ten months old", "5-year-old".
  if ((w == "years" || w == "year" || w == "months" || w == "month" || w == "weeks" ||
       w == "days") &&
      (w2 == "old" || (w2 == "-" && lower(k + 2) == "old"))) {
    *kind = "quantity";
    *counts = std::string(w.back() == 's' ? w : std::string(w) + "s") + " old";
    return k + (w2 == "old" ? 2 : 3);
  }
  if (w == "year-old" || w == "years-old") {
    *kind = "quantity";
    *counts = "years old";
    return k + 1;
  }
  // Currency adjective + currency word: "australian dollars", "hong kong dollars".
  if (const char* code = Find(kCurrencyAdjectives, std::size(kCurrencyAdjectives), w)) {
    size_t c = k + 1;
    if (w == "hong" || w == "new" || w == "south" || w == "north") ++c;  // kong / zealand / korean
    bool is_currency = false;
    if (UnitOrCurrencyWord(lower(c), &is_currency) && is_currency) {
      *kind = "money";
      *counts = code;
      return c + 1;
    }
  }
  // "square meters", "cubic feet", "metric tons"
  std::string prefix;
  if (w == "square" || w == "sq" || w == "cubic" || w == "metric") {
    prefix = w == "sq" ? "Square " : w == "square" ? "Square " : w == "cubic" ? "Cubic " : "";
    ++k;
    w = lower(k);
  }
  bool is_currency = false;
  const char* unit = UnitOrCurrencyWord(w, &is_currency);
  // Short units written in capitals are usually names ("5 G7"), unless glued to the number.
  if (!unit || (w.size() <= 2 && !tt.Adjacent(k) && tt.tokens[k].capitalized)) return at;
  if (w == "pounds" && ScaleOf(lower(at - 1)) >= 1e6) is_currency = true;  // "361 million pounds"
  if (is_currency) {
    *kind = "money";
    *counts = w == "pounds" ? "GBP" : unit;
    return k + 1;
  }
  *kind = "quantity";
  *counts = prefix + unit;
  ++k;
  if ((lower(k) == "an" || lower(k) == "per" || lower(k) == "a") && lower(k + 1) == "hour") {
    *counts += " per hour";
    k += 2;
  }
  return k;
}

}  // namespace stemma::facts

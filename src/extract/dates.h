// Dates: normalising the many ways pages write them to ISO 8601, and finding them in text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stemma::extract {

struct Ymd {
  int year = 0, month = 0, day = 0;  // day may be 0 when only month and year are known
  size_t begin = 0, end = 0;         // byte range of the match in the searched text
  bool operator<(const Ymd& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
  }
};

// "2025-04-10 04:33:59", "2019-11-18T10:00:00Z", "January 24, 2024", "24 Jan 2024",
// "Tue, 19 Nov 2019 10:00:00 GMT", "2024/01/24"... -> "YYYY-MM-DD[THH:MM[:SS][zone]]", else "".
std::string NormalizeDate(std::string_view s);

// Full dates written in running text ("September 2, 2025", "Jan. 16, 2024", "27 August 1950",
// "2023-09-26"), in order of appearance. At most `limit` results.
std::vector<Ymd> FindDates(std::string_view text, size_t limit = 256);

// A date in a URL path: /2019/11/18/, /2019-11-18/, /20191118/ -> "YYYY-MM-DD", else "".
std::string DateFromUrl(std::string_view url);

// Month number for an English month name or abbreviation (case-insensitive), else 0.
int MonthFromName(std::string_view word);

}  // namespace stemma::extract

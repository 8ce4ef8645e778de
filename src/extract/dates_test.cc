#include "extract/dates.h"

#include <gtest/gtest.h>

namespace stemma::extract {
namespace {

TEST(NormalizeDate, CommonForms) {
  EXPECT_EQ(NormalizeDate("2025-04-10 04:33:59"), "2025-04-10T04:33:59");
  EXPECT_EQ(NormalizeDate("2019-11-18T10:05:00Z"), "2019-11-18T10:05:00Z");
  EXPECT_EQ(NormalizeDate("2019-11-18T10:05:00.000+0100"), "2019-11-18T10:05:00+01:00");
  EXPECT_EQ(NormalizeDate("January 24, 2024"), "2024-01-24");
  EXPECT_EQ(NormalizeDate("Jan. 16, 2024"), "2024-01-16");
  EXPECT_EQ(NormalizeDate("27 August 1950"), "1950-08-27");
  EXPECT_EQ(NormalizeDate("Tue, 19 Nov 2019 10:00:00 GMT"), "2019-11-19T10:00:00Z");
  EXPECT_EQ(NormalizeDate("2024/01/24"), "2024-01-24");
  EXPECT_EQ(NormalizeDate("20191118"), "2019-11-18");
  EXPECT_EQ(NormalizeDate("Sept 3rd, 2023"), "2023-09-03");
}

TEST(NormalizeDate, RejectsNonDates) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("2024-13-40"), "");
  EXPECT_EQ(NormalizeDate("August 2021"), "");  // no day: not a publication date
}

TEST(FindDates, InRunningText) {
  auto d = FindDates("On September 2, 2025, he left; back by 2025-09-26 or in October 2025.");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].year, 2025);
  EXPECT_EQ(d[0].month, 9);
  EXPECT_EQ(d[0].day, 2);
  EXPECT_EQ(d[1].day, 26);
  EXPECT_EQ(d[2].month, 10);
  EXPECT_EQ(d[2].day, 0);
}

TEST(DateFromUrl, PathPatterns) {
  EXPECT_EQ(DateFromUrl("https://x.example/2019/11/18/story/"), "2019-11-18");
  EXPECT_EQ(DateFromUrl("https://x.example/news/2019-11-18-story"), "2019-11-18");
  EXPECT_EQ(DateFromUrl("https://x.example/a/20191118/b"), "2019-11-18");
  EXPECT_EQ(DateFromUrl("http://x.example/fortune/2023-11/17/c_1.htm"), "2023-11-17");
  EXPECT_EQ(DateFromUrl("https://x.example/id/123456789"), "");
}

}  // namespace
}  // namespace stemma::extract

// Opposite words for the contradiction rules: "rose" / "fell", "blocks" / "approves",
// "prepared" / "unprepared". Each word form belongs to one side of one or more pairs.
#pragma once

#include <string_view>
#include <vector>

namespace stemma::stories {

// Where a pair of opposite words counts as a contradiction.
enum class OppositeUse {
  kInPlaceEdit,  // one word replaced by the other in an otherwise identical sentence
  kRewrite,      // rewritten sentences, both words about the same thing
  kHeadline,     // two headlines of one story, even about different things
};

struct AntonymSide {
  int group = 0;
  int side = 0;  // 0 or 1: the two sides of the pair
  // The widest use: "more" / "less" and converse pairs ("win" / "lose": the loser's report says
  // "lose") only as an in-place edit; "rise" / "fall" in rewrites about the same thing;
  // "approve" / "block" also between any two headlines.
  OppositeUse scope = OppositeUse::kHeadline;
};

// The pairs `lower` belongs to (empty for most words).
const std::vector<AntonymSide>& AntonymSides(std::string_view lower);

// Whether `a` and `b` are on opposite sides of one pair whose scope covers `use`.
bool Opposite(std::string_view a, std::string_view b, OppositeUse use);

// "prepared" / "unprepared", "loyal" / "disloyal", "legal" / "illegal": a negating prefix on a
// word of at least five letters (or one of a few listed shorter ones).
bool PrefixOpposite(std::string_view a, std::string_view b);

}  // namespace stemma::stories

#include "stories/contradiction_lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace stemma::stories {
namespace {

constexpr OppositeUse kEdit = OppositeUse::kInPlaceEdit;
constexpr OppositeUse kSameThing = OppositeUse::kRewrite;  // "shares rose" / "bonds fell"
constexpr OppositeUse kAny = OppositeUse::kHeadline;

struct Pair {
  const char* a;  // space-separated forms of each side
  const char* b;
  OppositeUse scope;
};

// Outcome and stance words first (they reverse what happened), then comparatives and generic
// words that only count as an in-place edit of an otherwise identical sentence.
constexpr Pair kPairs[] = {
    {"rise rises rose risen rising soar soars soared soaring surge surged surges jump jumped "
     "jumps climb climbed climbs",
     "fall falls fell fallen falling plunge plunged plunges drop dropped drops slump slumped "
     "sink sank tumble tumbled decline declined declines dip dips dipped",
     kSameThing},
    // Converse pairs: "A beat B to win" = "B lose to A", whatever the word order.
    {"win wins won winning victory victorious", "lose loses lost losing", kEdit},
    {"increase increases increased increasing raise raises raised raising hike hiked hikes",
     "decrease decreases decreased decreasing reduce reduces reduced reducing lowered "
     "lowers lowering cut cuts cutting slash slashed slashes slashing",
     kSameThing},
    {"confirm confirms confirmed confirming admit admits admitted admitting reveal reveals "
     "revealed",
     "deny denies denied denying dismiss dismissed dismisses refute refuted", kAny},
    // Approval and praise against rejection and criticism: one stance pair.
    {"approve approves approved approving approval passed cleared endorse endorsed endorses "
     "backed praise praises praised praising applaud applauds applauded applauding welcome "
     "welcomes welcomed welcoming hail hailed hails",
     "reject rejects rejected rejecting rejection block blocks blocked blocking veto vetoed "
     "halted halts overturned overturns "
     "vetoes oppose opposes opposed opposing criticise criticises criticised criticize "
     "criticizes criticized slam slams slammed blast blasts blasted condemn condemns condemned",
     kAny},
    {"accept accepts accepted accepting",
     "refuse refuses refused refusing decline declines "
     "declined declining",
     kAny},
    {"alive survived survives survive survivor", "dead died dies die killed death", kSameThing},
    {"guilty convicted", "innocent acquitted cleared exonerated", kAny},
    {"legal lawful", "illegal unlawful", kAny},
    {"allow allows allowed allowing permit permits permitted lift lifted lifts",
     "ban bans banned banning forbid forbids forbade prohibit prohibits prohibited", kAny},
    {"support supports supported supporting", "oppose opposes opposed opposing", kAny},
    {"success successful succeeded succeeds succeed",
     "failure failed fails fail unsuccessful "
     "flop flopped",
     kAny},
    {"open opened opens reopened reopen reopens resume resumed resumes resuming",
     "closed close closes shut shuts halt halted halts suspend suspended suspends suspending "
     "pause paused",
     kSameThing},
    {"hire hires hired hiring", "fire fires fired firing sack sacked layoff layoffs", kSameThing},
    {"join joins joined joining stay stays stayed remain remained",
     "leave leaves leaving quit quits quitting exit exits exited", kSameThing},
    {"arrested detained jailed", "released freed", kSameThing},
    {"married marry marries wed engaged", "divorced divorce divorces divorcing", kAny},
    {"together reunited reunite reunites", "split splits splitting separated breakup", kSameThing},
    {"profit profits profitable", "loss losses", kEdit},
    {"gain gains gained", "loss losses", kEdit},
    {"best", "worst", kSameThing},
    {"true", "false", kAny},
    {"genuine authentic", "fake", kAny},
    {"safe", "dangerous unsafe", kSameThing},
    {"agree agrees agreed", "disagree disagrees disagreed", kAny},
    {"love loves loved", "hate hates hated", kSameThing},
    {"strong strength", "weak weakness", kEdit},
    {"friend friends", "enemy enemies", kSameThing},
    {"positive", "negative", kEdit},
    {"boost boosted boosts", "cut cuts slashed", kEdit},
    {"higher", "lower", kEdit},
    {"more", "fewer less", kEdit},
    {"male", "female", kEdit},
    {"start started starts begin began", "end ended ends stopped", kEdit},
    {"before", "after", kEdit},
    {"include includes included", "exclude excludes excluded", kEdit},
};

using SideMap = std::unordered_map<std::string, std::vector<AntonymSide>>;

const SideMap& Map() {
  static const SideMap* const kMap = [] {
    auto* map = new SideMap();
    for (size_t g = 0; g < std::size(kPairs); ++g) {
      for (int side = 0; side < 2; ++side) {
        const std::string_view forms = side == 0 ? kPairs[g].a : kPairs[g].b;
        size_t i = 0;
        while (i < forms.size()) {
          const size_t sp = std::min(forms.find(' ', i), forms.size());
          (*map)[std::string(forms.substr(i, sp - i))].push_back(
              AntonymSide{static_cast<int>(g), side, kPairs[g].scope});
          i = sp + 1;
        }
      }
    }
    return map;
  }();
  return *kMap;
}

}  // namespace

const std::vector<AntonymSide>& AntonymSides(std::string_view lower) {
  static const std::vector<AntonymSide> kNone;
  const SideMap& map = Map();
  const auto it = map.find(std::string(lower));
  return it == map.end() ? kNone : it->second;
}

bool Opposite(std::string_view a, std::string_view b, OppositeUse use) {
  const auto& sa = AntonymSides(a);
  if (sa.empty()) return false;
  for (const AntonymSide& x : sa) {
    for (const AntonymSide& y : AntonymSides(b)) {
      if (x.group == y.group && x.side != y.side && use <= x.scope) return true;
    }
  }
  return false;
}

bool PrefixOpposite(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  // Shorter bases where the prefix clearly negates; longer ones need five letters.
  static const std::string_view kShort[] = {"able", "fair", "true", "safe", "kind", "just",
                                            "wise", "fit",  "well", "sure", "like"};
  for (std::string_view prefix : {"un", "in", "im", "il", "ir", "dis", "non"}) {
    if (b.size() != a.size() + prefix.size() || !b.starts_with(prefix) || !b.ends_with(a)) {
      continue;
    }
    if (prefix == "un" && a.size() >= 5) return true;
    // "in"/"dis" + long words often are not opposites ("inform", "discover", "dismiss").
    if (std::find(std::begin(kShort), std::end(kShort), a) != std::end(kShort)) return true;
    static const std::string_view kListed[] = {
        "possible",  "legal",    "honest",   "loyal",    "agree",    "approve",
        "correct",   "accurate", "complete", "capable",  "proper",   "credible",
        "adequate",  "mature",   "moral",    "regular",  "relevant", "responsible",
        "religious", "violent",  "partisan", "existent", "similar"};
    if (std::find(std::begin(kListed), std::end(kListed), a) != std::end(kListed)) return true;
  }
  return false;
}

}  // namespace stemma::stories

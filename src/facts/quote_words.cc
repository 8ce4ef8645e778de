// Word lists of quote attribution: quote marks, speech verbs, role, office and source nouns,
// abbreviated titles.
#include <bitset>
#include <iterator>
#include <unordered_set>

#include "facts/quote_speakers.h"
#include "facts/word_set.h"

namespace stemma::facts {
bool IsPronoun(std::string_view w) { return w == "he" || w == "she"; }

// Lower-case role words that may sit between a cue and the speaker: "said captain Oskar Lind".
bool IsRoleWord(std::string_view w) {
  static const WordSet kRoles = {
      "captain",     "mayor",        "minister",   "spokesman", "spokeswoman", "spokesperson",
      "director",    "president",    "chief",      "officer",   "professor",   "coach",
      "manager",     "senator",      "governor",   "inspector", "sergeant",    "commander",
      "chairman",    "chairwoman",   "chair",      "secretary", "deputy",      "head",
      "lieutenant",  "general",      "colonel",    "detective", "judge",       "lawyer",
      "analyst",     "economist",    "researcher", "scientist", "engineer",    "councillor",
      "councilor",   "ambassador",   "envoy",      "leader",    "founder",     "executive",
      "prime",       "foreign",      "defence",    "defense",   "fire",        "police",
      "harbour",     "harbor",       "port",       "city",      "state",       "senior",
      "host",        "anchor",       "attorney",   "dean",      "editor",      "adviser",
      "advisor",     "strategist",   "consultant", "candidate", "lawmaker",    "representative",
      "congressman", "congresswoman"};
  return kRoles.Contains(w);
}

// Nouns that describe a person the text names elsewhere ("the billionaire said", "added the
// singer"); unlike an unnamed source ("the official"), they refer back to a name.
bool IsPersonNoun(std::string_view w) {
  static const WordSet kPersons = {
      "nominee",     "billionaire", "mogul",      "tycoon",      "singer",        "actor",
      "actress",     "rapper",      "comedian",   "businessman", "businesswoman", "entrepreneur",
      "bishop",      "sprinter",    "athlete",    "striker",     "midfielder",    "goalkeeper",
      "quarterback", "musician",    "politician", "incumbent",   "frontrunner",   "front-runner",
      "novelist",    "filmmaker",   "star"};
  return kPersons.Contains(w);
}

// Lower-case words of a job title after an organisation's name: "White House press
// secretary Jay Carney", "party campaign chief Ann Doe".
bool IsOfficeWord(std::string_view w) {
  static const WordSet kOffice = {"press",      "communications", "campaign",  "vice",
                                  "assistant",  "managing",       "public",    "political",
                                  "policy",     "security",       "legal",     "media",
                                  "research",   "affairs",        "relations", "national",
                                  "regional",   "communication",  "party",     "union",
                                  "team",       "group",          "marketing", "sales",
                                  "finance",    "financial",      "general",   "operating",
                                  "technology", "science",        "history",   "law",
                                  "economics"};
  return kOffice.Contains(w);
}

// Heads of an unnamed source's phrase: "a BAA spokesman", "An AP report", "one official".
bool IsSourceNoun(std::string_view w) {
  static const WordSet kSources = {
      "spokesperson", "official", "source",   "aide",     "diplomat", "report",   "statement",
      "release",      "letter",   "memo",     "filing",   "study",    "survey",   "poll",
      "witness",      "resident", "expert",   "insider",  "employee", "worker",   "activist",
      "member",       "staffer",  "person",   "man",      "woman",    "observer", "supporter",
      "critic",       "lobbyist", "attorney", "lawmaker", "doctor",   "nurse"};
  return IsRoleWord(w) || kSources.Contains(w);
}

// "the Arizona Democrat", "the President": nouns that stand for the person the text is about
// or for the holder of a title.
bool IsPartyNoun(std::string_view w) {
  static const WordSet kParty = {"republican",    "democrat",  "conservative", "liberal",
                                 "independent",   "president", "senator",      "congressman",
                                 "congresswoman", "governor"};
  return kParty.Contains(w);
}

// Abbreviated titles that the tagger sometimes folds into a name ("Florida Rep." before
// "Debbie ..."): a mention ending in one of these followed by "." is a title, not a person.
bool IsTitleAbbreviation(std::string_view w) {
  static const WordSet kTitles = {"rep", "sen", "gov", "gen", "lt",   "col",  "dr",  "mr",
                                  "mrs", "ms",  "adm", "sgt", "capt", "prof", "rev", "maj"};
  return kTitles.Contains(w);
}

Mark QuoteMark(const TokenizedText& tt, size_t i) {
  if (uint8_t single = tt.tokens[i].single_mark) return single == 1 ? Mark::kOpen : Mark::kClose;
  std::string_view s = tt.Text(i);
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB") return Mark::kOpen;   // “ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB") return Mark::kClose;  // ” »
  if (s != "\"") return Mark::kNone;
  bool space_before = tt.tokens[i].space_before;
  bool space_after = i + 1 >= tt.tokens.size() || tt.tokens[i + 1].space_before;
  if (space_before && !space_after) return Mark::kOpen;
  if (!space_before && space_after) return Mark::kClose;
  return Mark::kEither;
}

bool IsCue(std::string_view w) {
  static constexpr std::string_view kCueList[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "asserted",
      "asserts", "wrote", "writes", "stated", "states", "declared", "explained", "insisted",
      "argued", "warned", "claimed", "asked", "replied", "remarked", "stressed", "emphasized",
      "emphasised", "acknowledged", "continued", "concluded", "announced", "described", "urged",
      "suggested", "commented", "observed", "recalled", "promised", "vowed", "expressed",
      "believes", "believed", "called", "tweeted", "posted", "confirmed", "denied", "admitted",
      "predicted", "testified", "pledged", "reported", "quipped", "saying", "adding", "writing",
      "telling", "noting", "asking", "quipping", "calls", "responded", "countered", "conceded",
      "joked", "boasted", "bragged", "complained", "lamented", "cautioned", "contended",
      "maintained", "answered", "explains", "insists", "argues", "warns", "recounted", "uttered",
      "uttering", "characterized", "characterised", "reports",
      // Features and tabloid copy: "'...,' she revealed", "he gushed".
      "revealed", "laughed", "laughs", "gushed", "gushes", "teased", "mused", "sighed", "shouted",
      "yelled", "screamed", "whispered", "reiterated", "confided", "fumed", "raved", "recalls",
      "admits", "confirms", "continues", "concedes",
      // Present tense of analysis copy ("as Politico declares"), and participles.
      "declares", "concludes", "asserting", "declaring", "insisting", "warning", "arguing",
      "accused", "accusing", "retorted", "retorts", "snapped", "scoffed", "wondered", "demanded",
      "exclaimed", "pleaded", "interjected", "opined", "acknowledges", "observes", "predicts",
      "stresses", "tweets", "asks", "replies", "emailed", "texted", "describing", "maintains"};
  static const std::unordered_set<std::string_view> kCues(std::begin(kCueList), std::end(kCueList));
  // (first letter, last letter) pairs of the cues: most words are ruled out before hashing.
  static const std::bitset<26 * 26> kEnds = [] {
    std::bitset<26 * 26> ends;
    for (std::string_view c : kCueList) ends.set((c.front() - 'a') * 26 + (c.back() - 'a'));
    return ends;
  }();
  if (w.size() < 3 || w.size() > 13) return false;
  char first = w.front(), last = w.back();
  if (first < 'a' || first > 'z' || last < 'a' || last > 'z') return false;
  return kEnds.test((first - 'a') * 26 + (last - 'a')) && kCues.count(w) > 0;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace stemma::facts

namespace stemma::facts {

int FirstNameGender(std::string_view name) {
  // Common first names of people in English-language news whose gender is near certain
  // (ambiguous ones such as Kelly, Kim, Lindsey, Jordan, Taylor, Chris are left out).
  static const WordSet kFemale = {
      "hillary",  "nancy",       "elizabeth", "kamala",    "sarah",     "susan",   "kellyanne",
      "natalia",  "samantha",    "maria",     "anna",      "ann",       "mary",    "patricia",
      "jennifer", "linda",       "barbara",   "margaret",  "lisa",      "karen",   "betsy",
      "nikki",    "michelle",    "melania",   "ivanka",    "dianne",    "amy",     "kirsten",
      "tulsi",    "alexandria",  "ilhan",     "rashida",   "ayanna",    "maxine",  "debbie",
      "chelsea",  "laura",       "kathleen",  "catherine", "christine", "angela",  "theresa",
      "emma",     "olivia",      "sophia",    "jessica",   "ashley",    "emily",   "rachel",
      "rebecca",  "stephanie",   "nicole",    "heather",   "melissa",   "amanda",  "kimberly",
      "deborah",  "donna",       "carol",     "sandra",    "sharon",    "cynthia", "kathy",
      "janet",    "ruth",        "helen",     "julia",     "julie",     "joan",    "judy",
      "martha",   "gloria",      "diane",     "alice",     "jane",      "joyce",   "victoria",
      "carly",    "condoleezza", "madeleine", "valerie",   "loretta",   "sally",   "elaine",
      "gina",     "jill",        "tammy",     "claire",    "lauren",    "megyn",   "katie",
      "andrea",   "christiane",  "marie",     "anne",      "ursula",    "jacinda", "marine",
      "betty",    "dorothy",     "frances",   "evelyn",    "grace",     "hannah",  "kristen",
      "kristi",   "kate",        "katherine", "caroline",  "charlotte", "susana"};
  static const WordSet kMale = {
      "donald", "barack",   "joe",         "joseph",  "bernie",   "mike",     "michael",
      "john",   "james",    "robert",      "william", "bill",     "david",    "richard",
      "thomas", "charles",  "christopher", "daniel",  "matthew",  "mark",     "paul",
      "steven", "steve",    "andrew",      "kenneth", "george",   "brian",    "edward",
      "ronald", "kevin",    "jason",       "jeff",    "jeffrey",  "ryan",     "gary",
      "eric",   "jonathan", "stephen",     "larry",   "justin",   "scott",    "brandon",
      "frank",  "benjamin", "gregory",     "samuel",  "raymond",  "patrick",  "alexander",
      "jack",   "dennis",   "jerry",       "aaron",   "jose",     "adam",     "henry",
      "nathan", "douglas",  "peter",       "walter",  "jeremy",   "harold",   "keith",
      "roger",  "gerald",   "carl",        "sean",    "arthur",   "lawrence", "jesse",
      "bryan",  "bruce",    "albert",      "alan",    "juan",     "wayne",    "roy",
      "ralph",  "randy",    "eugene",      "vincent", "russell",  "louis",    "bobby",
      "philip", "mitt",     "mitch",       "ted",     "marco",    "rand",     "chuck",
      "harry",  "newt",     "rudy",        "rudolph", "beto",     "pete",     "rex",
      "rick",   "reince",   "steny",       "jim",     "tom",      "tim",      "bob",
      "dick",   "jeb",      "vladimir",    "boris",   "emmanuel", "recep",    "sergei",
      "sergey", "dmitry",   "jared",       "brett",   "neil",     "devin",    "jerome",
      "ben",    "jon",      "hakeem",      "andy",    "greg",     "doug",     "ron",
      "don",    "dan",      "matt",        "nick",    "tony",     "anthony",  "fred",
      "ken",    "phil",     "kurt",        "marc",    "herman",   "stan",     "haider",
      "heiko",  "rafael",   "clarence",    "nigel",   "gordon",   "hugo"};
  size_t end = name.find(' ');
  if (end == std::string_view::npos || end > 16) return 0;  // a single word: no first name
  char buf[16];
  for (size_t i = 0; i < end; ++i) {
    char c = name[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view first(buf, end);
  if (kFemale.Contains(first)) return -1;
  if (kMale.Contains(first)) return 1;
  return 0;
}

}  // namespace stemma::facts

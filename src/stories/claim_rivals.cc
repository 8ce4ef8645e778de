#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "stories/claim_view.h"
#include "stories/similarity.h"

namespace stemma::stories::internal {

// Whether `text` holds the last word of `speaker` (a surname, or an organisation's last word)
// as a whole word.
bool MentionsSurname(std::string_view text, std::string_view speaker) {
  const auto word = [](char c) { return IsWordByte(static_cast<unsigned char>(c)); };
  while (!speaker.empty() && !word(speaker.back())) speaker.remove_suffix(1);
  const size_t space = speaker.find_last_of(' ');
  const std::string_view last =
      space == std::string_view::npos ? speaker : speaker.substr(space + 1);
  if (last.size() < 2) return false;
  return HasWholeWord(text, last);
}

namespace {

// Whether the quote's sentence credits it to a spokesperson or press secretary: an
// organisation's line, which several of its spokespeople repeat word for word (a campaign's
// statement from its press secretary and from its party's spokeswoman), not a rival version.
bool SpokespersonLine(const Fact& quote, const Document& document) {
  const std::string_view text = FactSource(quote, document);
  const auto [s, e] = SentenceBounds(text, quote.begin, quote.end);
  const std::string sentence = AsciiLower(text.substr(s, e - s));
  return sentence.find("spokes") != std::string::npos ||
         sentence.find("press secretary") != std::string::npos;
}

// Whether the quote's own sentence names its speaker outside the quote ("..., Warren told the
// AP"). A speaker found through "she said" or an earlier sentence may be our misreading (a
// researcher quoting a witness), and two such readings are no rival attribution.
bool SpeakerNamedAtQuote(const Fact& quote, const Document& document) {
  const std::string_view text = FactSource(quote, document);
  const auto [s, e] = SentenceBounds(text, quote.begin, quote.end);
  const size_t qb = std::clamp(quote.begin, s, e), qe = std::clamp(quote.end, qb, e);
  return MentionsSurname(text.substr(s, qb - s), quote.speaker) ||
         MentionsSurname(text.substr(qe, e - qe), quote.speaker);
}

// Whether the quote's sentence has its speaker report the words ("CNN reported on Wednesday
// that the script ... 'troubling trend'"): a newsroom or reporter relays them, it did not say
// them instead of the other version's speaker.
bool ReportedBySpeaker(const Fact& quote, const Document& document) {
  const std::string_view text = FactSource(quote, document);
  const auto [s, e] = SentenceBounds(text, quote.begin, quote.end);
  const std::string_view sentence = text.substr(s, e - s);
  if (quote.speaker.empty()) return false;
  for (size_t at = sentence.find(quote.speaker); at != std::string_view::npos;
       at = sentence.find(quote.speaker, at + 1)) {
    std::string_view rest = sentence.substr(at + quote.speaker.size());
    if (rest.starts_with(" has") || rest.starts_with(" had")) rest.remove_prefix(4);
    if (rest.starts_with(" reported") || rest.starts_with(" reports")) return true;
  }
  return false;
}

// Whether `words` name a poll or a survey: taken again and again, so a figure or date of one
// says which one it is.
bool NamesAPoll(const std::vector<std::string>& words) {
  return std::binary_search(words.begin(), words.end(), "poll") ||
         std::binary_search(words.begin(), words.end(), "survey");
}

// Whether a date's own predicate is a release that is issued again and again (a poll, a
// survey, an estimate or a forecast: stems as in `own_before`): "a September 2014 Marist poll"
// and "a Marist poll in May 2014" are two polls, "estimates released on March 31" and "its
// estimate on April 17" two estimates.
bool DatesARelease(const FactView& v) {
  for (const auto* side : {&v.own_before, &v.own_after}) {
    for (const std::string& w : *side) {
      if (w == "poll" || w == "survey" || w == "estimat" || w == "forecast") return true;
    }
  }
  return false;
}

// Two numbers of one subject stated about two moments: the sentences place themselves in
// different relative periods ("last month" / none) or only one sums over a span of years ("over
// the next decade", "from 2017-26": a total against one year's figure), each sentence dates itself
// and no date is shared ("killed 274 on Tuesday" / "the 1992 explosion killed 263"), a poll figure
// is dated in one sentence only, or the documents were published days apart or by one outlet (a
// toll updated, not disputed).
bool DifferentMoments(const FactView& a, const FactView& b, const StoryInput& story) {
  if (a.period != b.period || a.rate != b.rate || a.span != b.span) return true;
  if (!a.dates.empty() && !b.dates.empty()) {
    bool shared = false;
    for (const std::string& x : a.dates) {
      for (const std::string& y : b.dates) shared = shared || x == y;
    }
    if (!shared) return true;
  }
  // A poll figure dated in its sentence ("a survey in August found 77%") and one undated ("a
  // poll found 69%"): the undated one may be of any of the polls taken since.
  if (a.dates.empty() != b.dates.empty() && (NamesAPoll(a.context) || NamesAPoll(b.context))) {
    return true;
  }
  return UpdateNotDispute(*story.documents[a.doc], *story.documents[b.doc]);
}

// Whether two dates' sentences tell of different people: each names a person and neither names
// any of the other's (by surname, as a whole word anywhere in its sentence: "Flynn lied in an
// interview on Jan. 24" / "In his interview on Jan. 27, Papadopoulos lied"; "Jones was a veteran
// who died in 2011" / "Ann Bell's father, a veteran who died in 2000"). Shared names of things
// ("the FBI", "War") do not make them one deed. Only persons the facts stage found count: a
// source such as "Police said" or "officials said" names no one.
bool OtherPersons(const FactView& a, const FactView& b) {
  if (a.persons.empty() || b.persons.empty()) return false;
  const std::string a_text = AsciiLower(a.sentence_text), b_text = AsciiLower(b.sentence_text);
  for (const std::string& p : a.persons) {
    if (HasWholeWord(b_text, p)) return false;
  }
  for (const std::string& p : b.persons) {
    if (HasWholeWord(a_text, p)) return false;
  }
  return true;
}

// Whether `speaker` is the outlet of a document of the story: "CNN" for "CNN (Web News)".
bool NamesAnOutlet(std::string_view speaker, const StoryInput& story) {
  if (speaker.empty()) return false;
  for (const Document* d : story.documents) {
    const std::string_view outlet = d->outlet;
    if (outlet.starts_with(speaker) &&
        (outlet.size() == speaker.size() || outlet[speaker.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

}  // namespace

// Two statements of one subject with values that cannot both hold, stated as rival versions
// (not listed figures, not two moments, not two instances, not a misread speaker).
bool Rivals(const FactView& a, const FactView& b, const StoryInput& story) {
  if (SubjectMatch(a, b) < 2 || Compatible(a, b)) return false;
  if ((a.cls == ClaimClass::kQuantity || a.cls == ClaimClass::kMoney) &&
      (a.listed || b.listed || a.tally || b.tally || a.aside || b.aside ||
       DifferentMoments(a, b, story))) {
    return false;
  }
  // "The 2010 election cycle" and "the 2012 election cycle" are two cycles; "the first debate"
  // and "the final debate" two debates; plans and deadlines ("set for June 17", "by Aug. 1")
  // move and differ between the parties to them, and stamps ("(June 2012)", a tweet's date)
  // date a source, not an event, so they are no rival versions; two dates of sentences naming
  // no one in common ("Kemp extended his order to June 12" / "Northam's order until June 10")
  // are two people's deeds, as are dates of sentences naming different persons (see
  // OtherPersons); two polls or estimates are two releases (see DatesARelease); an end moved by
  // an extension and one not are the ends after and before it (see ExtendedDate).
  if (a.cls == ClaimClass::kDate &&
      (a.names_instance || b.names_instance ||
       (a.ordinal != 0 && b.ordinal != 0 && a.ordinal != b.ordinal) || a.scheduled || b.scheduled ||
       a.extended != b.extended ||
       (!a.names.empty() && !b.names.empty() && SortedOverlap(a.names, b.names) == 0) ||
       (DatesARelease(a) && DatesARelease(b)) || OtherPersons(a, b))) {
    return false;
  }
  const Document& doc_a = *story.documents[a.doc];
  const Document& doc_b = *story.documents[b.doc];
  // One outlet's dates of its own weeks in two of its articles are a recurring feature ("Oct. 17
  // segment" / "Oct. 24 segment") or a schedule it updated, not rival versions; its dates of
  // older events ("the email of Sept. 14, 2012" in 2014) are still compared.
  if (a.cls == ClaimClass::kDate && !doc_a.outlet.empty() && doc_a.outlet == doc_b.outlet &&
      a.recent && b.recent) {
    return false;
  }
  if (a.cls != ClaimClass::kQuote) return true;
  // A speaker not named at the quote may be our misreading; a document naming the other
  // version's speaker most likely credits them too (checked per contradicting document in
  // BuildStoryClaims, so the pair is listed both ways or not at all); a line credited to
  // spokespeople is the organisation's.
  // A news outlet of the story ("CNN reported that the script ... the 'troubling trend'")
  // reports the words; it did not say them instead of the other version's speaker.
  return SpeakerNamedAtQuote(*a.fact, doc_a) && SpeakerNamedAtQuote(*b.fact, doc_b) &&
         !MentionsSurname(doc_a.text, b.fact->speaker) && !SpokespersonLine(*a.fact, doc_a) &&
         !SpokespersonLine(*b.fact, doc_b) && !NamesAnOutlet(a.fact->speaker, story) &&
         !NamesAnOutlet(b.fact->speaker, story) && !ReportedBySpeaker(*a.fact, doc_a) &&
         !ReportedBySpeaker(*b.fact, doc_b);
}

}  // namespace stemma::stories::internal

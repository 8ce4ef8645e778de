// The overview, stories (with timeline and provenance graph) and claims sections.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "report/html_internal.h"

namespace stemma::html {
namespace {

constexpr size_t kMaxClaims = 5000;
constexpr size_t kMaxDocsPerCell = 12;
constexpr size_t kOpenStories = 3;    // the first stories start expanded
constexpr size_t kOpenListSize = 12;  // longer timelines and claim lists start collapsed

const char* const kRelations[] = {"duplicate", "near-duplicate", "excerpt", "rewrite",
                                  "republication"};

void AppendStat(std::string& out, size_t value, const char* label, const char* note = "") {
  out += "<div class=\"stat\"><div class=\"value\">" + std::to_string(value) +
         "</div><div class=\"label\">" + label + "</div>";
  if (*note != '\0') out += std::string("<div class=\"note\">") + note + "</div>";
  out += "</div>";
}

void AppendDocList(std::string& out, const std::vector<std::string>& ids, const DocIndex& index) {
  const size_t shown = std::min(ids.size(), kMaxDocsPerCell);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += "<br>";
    AppendDocLink(out, index, ids[i]);
  }
  if (ids.size() > shown) {
    out += "<br><span class=\"muted\">+" + std::to_string(ids.size() - shown) + " more</span>";
  }
}

void AppendDateRange(std::string& out, const Story& story) {
  if (story.first_date.empty() && story.last_date.empty()) {
    out += "<span class=\"dates muted\">undated</span>";
    return;
  }
  out += "<span class=\"dates\">";
  AppendEscaped(out, Truncate(story.first_date, 32));
  if (!story.last_date.empty() && story.last_date != story.first_date) {
    out += " \xE2\x80\x93 ";
    AppendEscaped(out, Truncate(story.last_date, 32));
  }
  out += "</span>";
}

void AppendTimeline(std::string& out, const Story& story, const DocIndex& index) {
  if (story.timeline.empty()) return;
  std::vector<const TimelineEntry*> entries;
  for (const TimelineEntry& entry : story.timeline) entries.push_back(&entry);
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const TimelineEntry* a, const TimelineEntry* b) { return a->date < b->date; });
  out += "<details class=\"sub\"";
  out += entries.size() <= kOpenListSize ? " open>" : ">";
  out += "<summary><h4>Timeline <span class=\"count\">" + std::to_string(entries.size()) +
         "</span></h4></summary><ol class=\"timeline\">";
  for (const TimelineEntry* entry : entries) {
    out += "<li><time>";
    AppendEscaped(out, Truncate(entry->date, 32));
    out += "</time><div class=\"event\">";
    AppendEscaped(out, Truncate(entry->event, 400));
    out += "<div class=\"support\">";
    AppendDocList(out, entry->documents, index);
    out += "</div></div></li>";
  }
  out += "</ol></details>";
}

}  // namespace

void AppendOverview(std::string& out, const Analysis& analysis) {
  const StoryAnalysis& sa = analysis.stories;
  size_t flagged = 0;
  std::map<std::string, size_t> flag_kinds;
  for (const Document& doc : analysis.documents) {
    if (!doc.flags.empty()) ++flagged;
    for (const Flag& flag : doc.flags) ++flag_kinds[Truncate(flag.kind, 40)];
  }
  size_t single = 0, contradicted = 0;
  for (const Claim& claim : sa.claims) {
    if (claim.single_source) ++single;
    if (!claim.contradicted_by.empty()) ++contradicted;
  }
  std::map<std::string, size_t> relations;
  for (const ReuseEdge& edge : analysis.reuse.edges) ++relations[Truncate(edge.relation, 40)];

  out +=
      "<section id=\"overview\" class=\"tab\" data-tab=\"overview\"><h2>Overview</h2>"
      "<div class=\"stats\">";
  AppendStat(out, analysis.documents.size(), "documents");
  AppendStat(out, analysis.reuse.edges.size(), "reuse edges");
  AppendStat(out, analysis.reuse.clusters.size(), "provenance clusters");
  AppendStat(out, sa.stories.size(), "stories");
  AppendStat(out, sa.claims.size(), "claims");
  AppendStat(out, single, "single-source claims");
  AppendStat(out, contradicted, "contradicted claims");
  AppendStat(out, flagged, "flagged documents");
  out += "</div><div class=\"breakdown\"><div><h3>Reuse edges by relation</h3><ul class=\"bars\">";
  for (const char* relation : kRelations) {
    const auto it = relations.find(relation);
    const size_t count = it == relations.end() ? 0 : it->second;
    out +=
        "<li><span class=\"badge rel\" style=\"background:" + std::string(RelationColor(relation)) +
        "\">" + relation + "</span> <b>" + std::to_string(count) + "</b></li>";
    if (it != relations.end()) relations.erase(it);
  }
  for (const auto& [relation, count] : relations) {
    out += "<li><span class=\"badge rel\" style=\"background:#777777\">";
    AppendEscaped(out, relation);
    out += "</span> <b>" + std::to_string(count) + "</b></li>";
  }
  out += "</ul></div><div><h3>Flags by kind</h3>";
  if (flag_kinds.empty()) out += "<p class=\"muted\">No document was flagged.</p>";
  out += "<ul class=\"bars\">";
  for (const auto& [kind, count] : flag_kinds) {
    out += "<li><span class=\"badge flag\">";
    AppendEscaped(out, kind);
    out += "</span> <b>" + std::to_string(count) + "</b></li>";
  }
  out +=
      "</ul></div></div>"
      "<p class=\"muted\">Independent sources count each provenance chain once: copies, "
      "syndications and rewrites collapse into the document they came from.</p></section>\n";
}

void AppendClaimTable(std::string& out, const std::vector<const Claim*>& claims,
                      const DocIndex& index, const std::vector<Story>* stories) {
  const bool show_story = stories != nullptr;
  std::unordered_map<std::string_view, size_t> story_index;
  for (size_t s = 0; show_story && s < stories->size() && s < kMaxStories; ++s) {
    story_index.emplace((*stories)[s].id, s);
  }
  if (claims.empty()) {
    out += "<p class=\"muted\">No claims.</p>";
    return;
  }
  out += "<table class=\"claims\"><thead><tr><th>Claim</th>";
  if (show_story) out += "<th>Story</th>";
  out +=
      "<th class=\"support-col\">Support</th><th>Independent sources</th><th>Contradicted "
      "by</th></tr></thead><tbody>";
  for (const Claim* claim : claims) {
    out += "<tr data-row";
    if (!claim->contradicted_by.empty()) out += " class=\"contradicted\"";
    out += "><td><span class=\"badge kind\">";
    AppendEscaped(out, Truncate(claim->kind, 24));
    out += "</span> ";
    AppendEscaped(out, Truncate(claim->text, 300));
    if (!claim->value.empty()) {
      out += "<div class=\"muted small\">value: <code>";
      AppendEscaped(out, Truncate(claim->value, 120));
      out += "</code></div>";
    }
    out += "</td>";
    if (show_story) {
      out += "<td class=\"small\">";
      const auto it = story_index.find(claim->story);
      if (it == story_index.end()) {
        AppendEscaped(out, Truncate(claim->story, 60));
      } else {
        const Story& story = (*stories)[it->second];
        out += "<a class=\"story\" href=\"#story-" + std::to_string(it->second) + "\">";
        AppendEscaped(out, Truncate(story.title.empty() ? story.id : story.title, 60));
        out += "</a>";
      }
      out += "</td>";
    }
    out += "<td class=\"small\">" + std::to_string(claim->documents.size()) + " document" +
           (claim->documents.size() == 1 ? "" : "s") + "<br>";
    AppendDocList(out, claim->documents, index);
    out += "</td><td><span class=\"badge count\">" + std::to_string(claim->independent_sources) +
           "</span>";
    if (claim->single_source) out += " <span class=\"badge single\">single source</span>";
    out += "</td><td class=\"small\">";
    if (claim->contradicted_by.empty()) {
      out += "<span class=\"muted\">\xE2\x80\x94</span>";
    } else {
      out += "<span class=\"badge contra\">contradicted</span><br>";
      AppendDocList(out, claim->contradicted_by, index);
    }
    out += "</td></tr>";
  }
  out += "</tbody></table>";
}

void AppendClaims(std::string& out, const Analysis& analysis, const DocIndex& index) {
  const std::vector<Claim>& claims = analysis.stories.claims;
  out += "<section id=\"claims\" class=\"tab\" data-tab=\"claims\"><h2>Claims</h2>";
  std::vector<const Claim*> shown;
  for (size_t i = 0; i < claims.size() && i < kMaxClaims; ++i) shown.push_back(&claims[i]);
  if (claims.size() > shown.size()) {
    out += "<p class=\"notice\">Showing the first " + std::to_string(shown.size()) + " of " +
           std::to_string(claims.size()) + " claims; report.json has all of them.</p>";
  }
  AppendClaimTable(out, shown, index, &analysis.stories.stories);
  out += "</section>\n";
}

void AppendStories(std::string& out, const Analysis& analysis, const DocIndex& index) {
  const std::vector<Story>& stories = analysis.stories.stories;
  out += "<section id=\"stories\" class=\"tab\" data-tab=\"stories\"><h2>Stories</h2>";
  if (stories.empty()) out += "<p class=\"muted\">No stories were found.</p>";
  const size_t count = std::min(stories.size(), kMaxStories);
  if (stories.size() > count) {
    out += "<p class=\"notice\">Showing the first " + std::to_string(count) + " of " +
           std::to_string(stories.size()) + " stories.</p>";
  }
  // Which shown stories each document belongs to, to route edges and claims.
  std::unordered_map<std::string_view, std::vector<size_t>> stories_of;
  std::unordered_map<std::string_view, size_t> story_by_id;
  for (size_t s = 0; s < count; ++s) {
    story_by_id.emplace(stories[s].id, s);
    for (const std::string& id : stories[s].documents) stories_of[id].push_back(s);
  }
  std::vector<std::vector<const ReuseEdge*>> edges(count);
  for (const ReuseEdge& edge : analysis.reuse.edges) {
    std::vector<size_t> hit;
    for (const std::string* end : {&edge.source, &edge.target}) {
      const auto it = stories_of.find(*end);
      if (it != stories_of.end()) hit.insert(hit.end(), it->second.begin(), it->second.end());
    }
    std::sort(hit.begin(), hit.end());
    hit.erase(std::unique(hit.begin(), hit.end()), hit.end());
    for (size_t s : hit) edges[s].push_back(&edge);
  }
  std::vector<std::vector<const Claim*>> claims(count);
  for (const Claim& claim : analysis.stories.claims) {
    const auto it = story_by_id.find(claim.story);
    if (it != story_by_id.end()) claims[it->second].push_back(&claim);
  }
  std::unordered_map<std::string_view, std::vector<size_t>> topic_members;
  for (size_t s = 0; s < count; ++s) {
    if (!stories[s].topic.empty()) topic_members[stories[s].topic].push_back(s);
  }
  for (size_t s = 0; s < count; ++s) {
    const Story& story = stories[s];
    size_t contradicted = 0;
    for (const Claim* claim : claims[s]) contradicted += claim->contradicted_by.empty() ? 0 : 1;
    out += "<details class=\"story card\" data-row id=\"story-" + std::to_string(s) + "\"";
    out += s < kOpenStories ? " open>" : ">";
    out += "<summary><span class=\"story-title\">";
    AppendEscaped(out, Truncate(story.title.empty() ? story.id : story.title, 200));
    out += "</span> ";
    AppendDateRange(out, story);
    out += " <span class=\"badge count\">" + std::to_string(story.documents.size()) +
           " docs</span> <span class=\"badge count\">" + std::to_string(claims[s].size()) +
           " claims</span>";
    if (contradicted > 0) {
      out +=
          " <span class=\"badge contra\">" + std::to_string(contradicted) + " contradicted</span>";
    }
    out += "</summary><div class=\"story-body\"><div class=\"story-cols\"><div><h4>Documents</h4>";
    AppendDocList(out, story.documents, index);
    if (!story.related_documents.empty()) {
      out += "<h4>Related (not part of the story)</h4>";
      AppendDocList(out, story.related_documents, index);
    }
    if (const auto it = topic_members.find(story.topic);
        it != topic_members.end() && it->second.size() > 1) {
      out += "<h4>Same topic (other events of this kind, or the same people)</h4><ul>";
      size_t shown = 0;
      for (size_t other : it->second) {
        if (other == s || shown++ >= kOpenListSize) continue;
        out += "<li><a href=\"#story-" + std::to_string(other) + "\">";
        AppendEscaped(out, Truncate(stories[other].title.empty() ? stories[other].id
                                                                 : stories[other].title,
                                    120));
        out += "</a></li>";
      }
      out += "</ul>";
    }
    out += "</div><div><h4>Provenance graph</h4>";
    const std::string svg = RenderStoryGraph(story, index, edges[s]);
    if (edges[s].empty()) out += "<p class=\"muted small\">No reuse between these documents.</p>";
    if (!svg.empty()) out += "<div class=\"graph\">" + svg + "</div>";
    if (story.documents.size() + story.related_documents.size() > kMaxGraphNodes) {
      out += "<p class=\"muted small\">The graph shows " + std::to_string(kMaxGraphNodes) +
             " of the story's documents, those with reuse edges first.</p>";
    }
    out += "</div></div>";
    AppendTimeline(out, story, index);
    out += "<details class=\"sub\"";
    out += claims[s].size() <= kOpenListSize ? " open>" : ">";
    out += "<summary><h4>Claims <span class=\"count\">" + std::to_string(claims[s].size()) +
           "</span></h4></summary>";
    AppendClaimTable(out, claims[s], index, nullptr);
    out += "</details>";
    out += "</div></details>\n";
  }
  out += "</section>\n";
}

}  // namespace stemma::html

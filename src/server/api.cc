#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "report/json_codec.h"
#include "server/web_ui.h"
#include "stemma/report.h"
#include "stemma/server.h"

namespace stemma {
namespace {

using json_codec::Json;

ApiResponse JsonResponse(const Json& body, int status = 200) {
  return {status, "application/json", json_codec::Dump(body)};
}

ApiResponse ErrorResponse(int status, const std::string& message) {
  return JsonResponse(Json{{"error", message}}, status);
}

size_t ParamSize(const std::map<std::string, std::string>& params, const std::string& key,
                 size_t fallback, size_t max) {
  auto it = params.find(key);
  if (it == params.end()) return fallback;
  char* end = nullptr;
  unsigned long long v = std::strtoull(it->second.c_str(), &end, 10);
  if (end == it->second.c_str()) return fallback;
  return std::min<size_t>(static_cast<size_t>(v), max);
}

Json Page(const Json& items, size_t total, size_t offset) {
  return Json{{"total", total}, {"offset", offset}, {"items", items}};
}

}  // namespace

ApiResponse HandleApiRequest(Store& store, const std::string& path,
                             const std::map<std::string, std::string>& params) {
  if (path == "/" || path == "/index.html") return {200, "text/html; charset=utf-8", WebUiPage()};
  if (path == "/api/search") {
    auto q = params.find("q");
    if (q == params.end() || q->second.empty()) return ErrorResponse(400, "missing q");
    auto hits = store.Search(q->second, ParamSize(params, "limit", 20, 200));
    if (!hits.ok()) return ErrorResponse(400, hits.status().message());
    Json items = Json::array();
    for (const SearchHit& h : *hits) {
      items.push_back({{"id", h.id}, {"title", h.title}, {"snippet", h.snippet}});
    }
    return JsonResponse(Page(items, items.size(), 0));
  }
  auto analysis = store.LoadAnalysis();
  if (!analysis.ok()) return ErrorResponse(500, analysis.status().message());
  const Analysis& a = *analysis;
  size_t offset = ParamSize(params, "offset", 0, SIZE_MAX);
  size_t limit = ParamSize(params, "limit", 50, 1000);
  auto window = [&](size_t n) {
    size_t begin = std::min(offset, n);
    return std::make_pair(begin, std::min(n, begin + limit));
  };
  if (path == "/report") return {200, "text/html; charset=utf-8", RenderHtmlReport(a)};
  if (path == "/api/stats") {
    return JsonResponse({{"documents", a.documents.size()},
                         {"facts", a.facts.size()},
                         {"reuse_edges", a.reuse.edges.size()},
                         {"stories", a.stories.stories.size()},
                         {"claims", a.stories.claims.size()}});
  }
  if (path == "/api/documents") {
    auto [b, e] = window(a.documents.size());
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) items.push_back(json_codec::DocumentJson(a.documents[i], false));
    return JsonResponse(Page(items, a.documents.size(), b));
  }
  const std::string kDocPrefix = "/api/documents/";
  if (path.rfind(kDocPrefix, 0) == 0) {
    std::string id = path.substr(kDocPrefix.size());
    for (const Document& d : a.documents) {
      if (d.id != id) continue;
      Json out = json_codec::DocumentJson(d);
      out["facts"] = Json::array();
      for (const Fact& f : a.facts) {
        if (f.document == id) out["facts"].push_back(json_codec::FactJson(f, d.text));
      }
      return JsonResponse(out);
    }
    return ErrorResponse(404, "no document " + id);
  }
  // Lists: only the requested page is rendered, in report.json's shapes.
  if (path == "/api/stories") {
    auto [b, e] = window(a.stories.stories.size());
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) items.push_back(json_codec::StoryJson(a.stories.stories[i]));
    return JsonResponse(Page(items, a.stories.stories.size(), b));
  }
  if (path == "/api/claims") {
    auto [b, e] = window(a.stories.claims.size());
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) items.push_back(json_codec::ClaimJson(a.stories.claims[i]));
    return JsonResponse(Page(items, a.stories.claims.size(), b));
  }
  if (path == "/api/topics") {
    const Json all = json_codec::TopicsJson(a.stories.stories);
    auto [b, e] = window(all.size());
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) items.push_back(all[i]);
    return JsonResponse(Page(items, all.size(), b));
  }
  if (path == "/api/reuse") {
    auto [b, e] = window(a.reuse.edges.size());
    std::unordered_map<std::string_view, const std::string*> text_of;
    for (const Document& d : a.documents) text_of.emplace(d.id, &d.text);
    static const std::string kNoText;
    auto text = [&](const std::string& id) -> const std::string& {
      auto it = text_of.find(id);
      return it == text_of.end() ? kNoText : *it->second;
    };
    Json items = Json::array();
    for (size_t i = b; i < e; ++i) {
      const ReuseEdge& edge = a.reuse.edges[i];
      items.push_back(json_codec::EdgeJson(edge, text(edge.source), text(edge.target)));
    }
    return JsonResponse(Page(items, a.reuse.edges.size(), b));
  }
  return ErrorResponse(404, "no such route");
}

}  // namespace stemma

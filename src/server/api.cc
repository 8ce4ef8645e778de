#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

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

struct PageRequest {
  uint64_t offset = 0;
  uint64_t limit = 0;
};

// The offset echoed back is clamped to the total, as a window over the whole list would be.
Json Page(const Json& items, uint64_t total, uint64_t offset) {
  return Json{{"total", total}, {"offset", std::min(offset, total)}, {"items", items}};
}

template <typename T, typename ToJson>
ApiResponse ListResponse(const StatusOr<ListPage<T>>& page, const PageRequest& request,
                         ToJson to_json) {
  if (!page.ok()) return ErrorResponse(500, page.status().message());
  Json items = Json::array();
  for (const T& item : page->items) items.push_back(to_json(item));
  return JsonResponse(Page(items, page->total, request.offset));
}

ApiResponse Stats(Store& store) {
  auto counts = store.CountAnalysis();
  if (!counts.ok()) return ErrorResponse(500, counts.status().message());
  auto facts = store.CountFacts();
  if (!facts.ok()) return ErrorResponse(500, facts.status().message());
  return JsonResponse({{"documents", counts->documents},
                       {"facts", *facts},
                       {"reuse_edges", counts->reuse_edges},
                       {"stories", counts->stories},
                       {"claims", counts->claims}});
}

ApiResponse Documents(Store& store, const PageRequest& request) {
  return ListResponse(store.LoadDocumentPage(request.offset, request.limit, /*with_text=*/false),
                      request,
                      [](const Document& d) { return json_codec::DocumentJson(d, false); });
}

ApiResponse DocumentDetail(Store& store, const std::string& id) {
  auto document = store.LoadDocument(id);
  if (!document.ok()) return ErrorResponse(500, document.status().message());
  if (!document->has_value()) return ErrorResponse(404, "no document " + id);
  const Document& d = **document;
  auto facts = store.LoadFacts(std::vector<std::string>{id});
  if (!facts.ok()) return ErrorResponse(500, facts.status().message());
  Json out = json_codec::DocumentJson(d);
  out["facts"] = Json::array();
  for (const Fact& f : *facts) out["facts"].push_back(json_codec::FactJson(f, FactSource(f, d)));
  return JsonResponse(out);
}

ApiResponse Topics(Store& store, const PageRequest& request) {
  auto stories = store.LoadTopicStories();
  if (!stories.ok()) return ErrorResponse(500, stories.status().message());
  const Json all = json_codec::TopicsJson(*stories);
  const uint64_t begin = std::min<uint64_t>(request.offset, all.size());
  const uint64_t end = begin + std::min<uint64_t>(request.limit, all.size() - begin);
  Json items = Json::array();
  for (uint64_t i = begin; i < end; ++i) items.push_back(all[i]);
  return JsonResponse(Page(items, all.size(), begin));
}

// Passage offsets are stored in bytes and shown in characters: the page needs the texts of the
// documents its edges name, and only those.
ApiResponse Reuse(Store& store, const PageRequest& request) {
  auto page = store.LoadReusePage(request.offset, request.limit);
  if (!page.ok()) return ErrorResponse(500, page.status().message());
  std::vector<std::string> ids;
  for (const ReuseEdge& e : page->items) {
    ids.push_back(e.source);
    ids.push_back(e.target);
  }
  auto texts = store.LoadDocumentTexts(ids);
  if (!texts.ok()) return ErrorResponse(500, texts.status().message());
  static const std::string kNoText;
  auto text = [&](const std::string& id) -> const std::string& {
    auto it = texts->find(id);
    return it == texts->end() ? kNoText : it->second;
  };
  return ListResponse(page, request, [&](const ReuseEdge& e) {
    return json_codec::EdgeJson(e, text(e.source), text(e.target));
  });
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
  if (path == "/report") {
    auto analysis = store.LoadAnalysis();  // the report shows everything
    if (!analysis.ok()) return ErrorResponse(500, analysis.status().message());
    return {200, "text/html; charset=utf-8", RenderHtmlReport(*analysis)};
  }
  // Every other route reads only what it returns, in report.json's shapes and order.
  const PageRequest page{ParamSize(params, "offset", 0, SIZE_MAX),
                         ParamSize(params, "limit", 50, 1000)};
  if (path == "/api/stats") return Stats(store);
  if (path == "/api/documents") return Documents(store, page);
  const std::string kDocPrefix = "/api/documents/";
  if (path.rfind(kDocPrefix, 0) == 0) return DocumentDetail(store, path.substr(kDocPrefix.size()));
  if (path == "/api/stories") {
    return ListResponse(store.LoadStoryPage(page.offset, page.limit), page, json_codec::StoryJson);
  }
  if (path == "/api/claims") {
    return ListResponse(store.LoadClaimPage(page.offset, page.limit), page, json_codec::ClaimJson);
  }
  if (path == "/api/topics") return Topics(store, page);
  if (path == "/api/reuse") return Reuse(store, page);
  return ErrorResponse(404, "no such route");
}

}  // namespace stemma

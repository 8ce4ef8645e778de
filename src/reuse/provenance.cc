#include "reuse/provenance.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace stemma::reuse {
namespace {

bool IsIsoDay(const std::string& s) {
  if (s.size() < 10) return false;
  for (int i = 0; i < 10; ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return false;
  }
  return true;
}

size_t Find(std::vector<size_t>* parent, size_t x) {
  while ((*parent)[x] != x) {
    (*parent)[x] = (*parent)[(*parent)[x]];
    x = (*parent)[x];
  }
  return x;
}

}  // namespace

std::string NormalizeLocator(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view prefix : {"https://", "http://", "www."}) {
    if (std::string_view(out).substr(0, prefix.size()) == prefix) out.erase(0, prefix.size());
  }
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

int CompareDates(const std::string& a, const std::string& b) {
  if (!IsIsoDay(a) || !IsIsoDay(b)) return 0;
  int day = a.compare(0, 10, b, 0, 10);
  if (day != 0) return day < 0 ? -1 : 1;
  if (a.size() > 10 && b.size() > 10 && a.size() == b.size()) {
    int time = a.compare(b);
    if (time != 0) return time < 0 ? -1 : 1;
  }
  return 0;
}

bool DeclaresOrigin(const Document& copy, const Document& origin) {
  std::string declared = NormalizeLocator(copy.republished_from);
  if (declared.empty() || copy.id == origin.id) return false;
  for (const std::string* field :
       {&origin.id, &origin.url, &origin.canonical_url, &origin.outlet}) {
    std::string value = NormalizeLocator(*field);
    if (!value.empty() && value == declared) return true;
  }
  return false;
}

std::vector<ProvenanceCluster> BuildClusters(const std::vector<Document>& documents,
                                             const std::vector<ReuseEdge>& edges) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < documents.size(); ++i) index.emplace(documents[i].id, i);
  std::vector<size_t> parent(documents.size());
  std::iota(parent.begin(), parent.end(), size_t{0});
  std::vector<uint8_t> in_edge(documents.size(), 0), known_target(documents.size(), 0);
  for (const ReuseEdge& e : edges) {
    auto s = index.find(e.source), t = index.find(e.target);
    if (s == index.end() || t == index.end()) continue;
    in_edge[s->second] = in_edge[t->second] = 1;
    if (e.direction_known) known_target[t->second] = 1;
    size_t rs = Find(&parent, s->second), rt = Find(&parent, t->second);
    if (rs != rt) parent[std::max(rs, rt)] = std::min(rs, rt);
  }
  std::unordered_map<size_t, size_t> cluster_of_root;
  std::vector<ProvenanceCluster> clusters;
  std::vector<std::vector<size_t>> members;
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!in_edge[i]) continue;
    size_t root = Find(&parent, i);
    auto [it, fresh] = cluster_of_root.emplace(root, clusters.size());
    if (fresh) {
      clusters.emplace_back();
      members.emplace_back();
    }
    clusters[it->second].documents.push_back(documents[i].id);
    members[it->second].push_back(i);
  }
  for (size_t c = 0; c < clusters.size(); ++c) {
    std::vector<size_t> roots;
    for (size_t m : members[c]) {
      if (!known_target[m]) roots.push_back(m);
    }
    if (roots.size() == 1) {
      clusters[c].original = documents[roots[0]].id;
      continue;
    }
    // Several candidates (or a cycle): the single earliest dated one, if there is one.
    const Document* earliest = nullptr;
    bool tie = false;
    for (size_t m : (roots.empty() ? members[c] : roots)) {
      const Document& d = documents[m];
      if (!IsIsoDay(d.published)) continue;
      int cmp = earliest == nullptr ? -1 : CompareDates(d.published, earliest->published);
      if (earliest != nullptr && cmp == 0 &&
          d.published.compare(0, 10, earliest->published, 0, 10) == 0) {
        tie = true;
      } else if (cmp < 0) {
        earliest = &d;
        tie = false;
      }
    }
    if (earliest != nullptr && !tie) clusters[c].original = earliest->id;
  }
  return clusters;
}

}  // namespace stemma::reuse

// The self-contained HTML report: page skeleton, inline CSS and JS, and the sections in order.
#include <string>

#include "report/html_internal.h"
#include "stemma/report.h"

namespace stemma {
namespace {

// Nothing may load from anywhere: inline styles and scripts only, images only as data: URLs.
constexpr char kCsp[] =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'";

// Okabe-Ito colours (colour-blind safe) for relations; neutral slate for the page itself.
constexpr char kCss[] = R"css(
:root{--ink:#1d2633;--muted:#5f6b7a;--line:#d9dee5;--bg:#f6f7f9;--card:#fff;--accent:#0072B2;
--contra:#D55E00;--single:#E69F00;--ok:#009E73}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.5;overflow-wrap:break-word;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif}
header{background:#1d2633;color:#fff;padding:18px 28px 0}
header h1{margin:0;font-size:22px;font-weight:650;letter-spacing:.2px}
header .sub{color:#c5cfdb;font-size:13px;margin:2px 0 12px}
nav.bar{display:flex;gap:4px;align-items:flex-end;flex-wrap:wrap}
nav.bar button{background:transparent;border:0;color:#c5cfdb;padding:9px 14px;font:inherit;
font-size:14px;cursor:pointer;border-radius:6px 6px 0 0}
nav.bar button:hover{color:#fff}
nav.bar button.active{background:var(--bg);color:var(--ink);font-weight:600}
.tools{margin-left:auto;display:flex;gap:8px;padding-bottom:8px}
.tools input{padding:6px 10px;border-radius:6px;border:1px solid #44536a;background:#2a3545;
color:#fff;font:inherit;font-size:14px;width:240px}
.tools input::placeholder{color:#9aa7b8}
.tools button{background:#2a3545;color:#dfe6ee;border:1px solid #44536a;border-radius:6px;
padding:5px 10px;font:inherit;font-size:13px;cursor:pointer}
main{max-width:1280px;margin:0 auto;padding:8px 28px 40px}
h2{font-size:19px;margin:22px 0 12px}h3{font-size:15px;margin:14px 0 8px}
h4{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
margin:16px 0 6px}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.stat .value{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums}
.stat .label{color:var(--muted);font-size:13px}
.breakdown{display:grid;grid-template-columns:1fr 1fr;gap:24px}
ul.bars{list-style:none;padding:0;margin:0}ul.bars li{margin:4px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:10px 0;
padding:10px 14px}
details>summary{cursor:pointer;list-style-position:outside}
details.sub{margin-top:8px}details.sub>summary>h4{display:inline-block;margin:10px 0 6px}
h4 .count{background:#e9ecf0;color:var(--ink);border-radius:999px;padding:0 7px;
letter-spacing:0;font-size:12px}
.story-title{font-weight:600;font-size:16px}
.dates{color:var(--muted);font-size:13px;margin:0 6px;font-variant-numeric:tabular-nums}
.story-cols{display:grid;grid-template-columns:minmax(240px,1fr) 2fr;gap:24px}
.graph{overflow:auto;border:1px solid var(--line);border-radius:8px;padding:6px;background:#fbfcfd}
.graph svg{max-width:100%;height:auto}
ol.timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:2px 0 8px 16px}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:8px;width:10px;height:10px;
border-radius:50%;background:var(--accent)}
ol.timeline time{font-weight:600;font-variant-numeric:tabular-nums;font-size:13px}
.support{font-size:13px}
table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);
border-radius:8px;font-size:14px}
th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
background:#f0f2f5;position:sticky;top:0}
th,td{padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:nth-child(even){background:#fafbfc}
tr.contradicted td:first-child{border-left:3px solid var(--contra)}
tr:target{outline:2px solid var(--accent);background:#eaf3fa}
td.title{max-width:420px;overflow-wrap:anywhere}
th.support-col{min-width:230px}table.claims td:first-child{min-width:320px}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600;
white-space:nowrap;vertical-align:1px}
.badge.rel{color:#fff;text-shadow:0 0 2px rgba(0,0,0,.45)}
.badge.flag{background:#fbe3d6;color:#8a3300;border:1px solid #D55E00}
.badge.kind{background:#e6eef6;color:#24435f}
.badge.count{background:#e9ecf0;color:var(--ink)}
.badge.single{background:#fff1d6;color:#7a4f00;border:1px solid var(--single)}
.badge.contra{background:var(--contra);color:#fff}
.muted{color:var(--muted)}.small{font-size:13px}.nowrap{white-space:nowrap}
.mono,code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace;font-size:12px}
.url{color:#3d4b5c;overflow-wrap:anywhere}
a.doc,a.story{color:var(--accent);text-decoration:none}
a.doc:hover,a.story:hover{text-decoration:underline}
.doc.missing{color:var(--muted);font-style:italic}
.arrow{color:var(--muted);margin:0 4px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:10px 0}
blockquote.passage{margin:2px 0 0;padding:8px 12px;border-left:3px solid var(--accent);
background:#f4f8fb;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
.side+.side blockquote.passage{border-left-color:var(--single)}
.notice{background:#fff8e6;border:1px solid #f0d9a0;padding:6px 10px;border-radius:6px}
.hide{display:none!important}
footer{color:var(--muted);font-size:12px;text-align:center;padding:20px}
@media (max-width:800px){.story-cols,.pair,.breakdown{grid-template-columns:1fr}}
@media print{header nav,.tools{display:none}section.tab[hidden]{display:block}}
)css";

// Tabs, a filter box and expand/collapse; without JS every section simply shows.
constexpr char kJs[] = R"js(
(function () {
  'use strict';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('nav.bar button[data-tab]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.tab'));
  var query = document.getElementById('filter');
  function show(name) {
    sections.forEach(function (s) { s.hidden = s.getAttribute('data-tab') !== name; });
    buttons.forEach(function (b) {
      b.classList.toggle('active', b.getAttribute('data-tab') === name);
    });
  }
  function filter() {
    var text = query.value.trim().toLowerCase();
    document.querySelectorAll('[data-row]').forEach(function (row) {
      var hit = text === '' || row.textContent.toLowerCase().indexOf(text) >= 0;
      row.classList.toggle('hide', !hit);
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-tab')); });
  });
  var pending = 0;
  query.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(filter, 150);  // large reports: filter once typing pauses
  });
  function setOpen(open) {
    document.querySelectorAll('section.tab:not([hidden]) details').forEach(function (d) {
      d.open = open;
    });
  }
  document.getElementById('expand').addEventListener('click', function () { setOpen(true); });
  document.getElementById('collapse').addEventListener('click', function () { setOpen(false); });
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a.doc, a.story') : null;
    if (!link) return;
    if (link.classList.contains('doc')) {
      show('documents');
      return;
    }
    show('stories');
    var story = document.getElementById(link.getAttribute('href').slice(1));
    if (story) story.open = true;
  });
  if (/^#doc-\d+$/.test(location.hash)) {
    show('documents');
  } else if (/^#story-\d+$/.test(location.hash)) {
    show('stories');
  } else {
    show('overview');
  }
})();
)js";

void AppendNavButton(std::string& out, const char* tab, const char* label, size_t count) {
  out += std::string("<button type=\"button\" data-tab=\"") + tab + "\">" + label +
         " <span class=\"muted\">" + std::to_string(count) + "</span></button>";
}

}  // namespace

std::string RenderHtmlReport(const Analysis& analysis) {
  const html::DocIndex index(analysis.documents);
  std::string out;
  out.reserve(64 * 1024 + analysis.documents.size() * 600);
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += kCsp;
  out +=
      "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<link rel=\"icon\" href=\"data:,\">\n<title>stemma report</title>\n<style>";
  out += kCss;
  out += "</style></head>\n<body><header><h1>stemma report</h1><div class=\"sub\">";
  out += std::to_string(analysis.documents.size()) + " documents \xC2\xB7 " +
         std::to_string(analysis.reuse.edges.size()) + " reuse edges \xC2\xB7 " +
         std::to_string(analysis.stories.stories.size()) + " stories \xC2\xB7 " +
         std::to_string(analysis.stories.claims.size()) + " claims";
  out +=
      "</div><nav class=\"bar\">"
      "<button type=\"button\" data-tab=\"overview\">Overview</button>";
  AppendNavButton(out, "stories", "Stories", analysis.stories.stories.size());
  AppendNavButton(out, "claims", "Claims", analysis.stories.claims.size());
  AppendNavButton(out, "documents", "Documents", analysis.documents.size());
  AppendNavButton(out, "reuse", "Reuse", analysis.reuse.edges.size());
  out +=
      "<div class=\"tools\"><input id=\"filter\" type=\"search\" placeholder=\"Filter "
      "rows\xE2\x80\xA6\" "
      "aria-label=\"Filter rows\" autocomplete=\"off\">"
      "<button type=\"button\" id=\"expand\">Expand all</button>"
      "<button type=\"button\" id=\"collapse\">Collapse all</button></div></nav></header>\n"
      "<main>\n";
  html::AppendOverview(out, analysis);
  html::AppendStories(out, analysis, index);
  html::AppendClaims(out, analysis, index);
  html::AppendDocuments(out, analysis);
  html::AppendReuse(out, analysis, index);
  out +=
      "</main><footer>Generated by stemma. Self-contained: this page loads nothing from the "
      "network; all article text is shown as plain text.</footer>\n<script>";
  out += kJs;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace stemma

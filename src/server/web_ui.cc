#include "server/web_ui.h"

namespace stemma {

const std::string& WebUiPage() {
  static const std::string kPage = R"html(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>stemma</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:center}
header a{color:#9cc3ff} main{padding:16px 24px;max-width:1100px}
input{font:inherit;padding:6px 10px;width:360px} button{font:inherit;padding:6px 12px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:10px 14px;margin:8px 0}
.muted{color:#5b6473;font-size:13px} pre{white-space:pre-wrap;font:14px/1.5 Georgia,serif}
.flag{display:inline-block;background:#fde7d9;color:#8a3b12;border-radius:4px;padding:0 6px;margin-right:4px;font-size:12px}
</style></head><body>
<header><strong>stemma</strong><span id="stats" class="muted"></span><a href="/report">full report</a></header>
<main>
<form id="f"><input id="q" placeholder="search titles and text (FTS5 syntax)"> <button>Search</button></form>
<div id="results"></div><div id="doc"></div>
</main>
<script>
const $ = (id) => document.getElementById(id);
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text); return e; }
async function get(url) { const r = await fetch(url); return r.json(); }
async function showDoc(id) {
  const d = await get('/api/documents/' + encodeURIComponent(id));
  const box = $('doc'); box.replaceChildren();
  const c = el('div', 'card'); c.append(el('h2', '', d.title || d.id));
  c.append(el('div', 'muted', [d.byline, d.published, d.outlet, d.language].filter(Boolean).join(' | ')));
  (d.flags || []).forEach(f => c.append(el('span', 'flag', f.kind + ': ' + f.detail)));
  c.append(el('pre', '', d.text)); box.append(c);
}
function list(items, withSnippet) {
  const box = $('results'); box.replaceChildren();
  items.forEach(it => { const c = el('div', 'card'); const a = el('a', '', it.title || it.id);
    a.href = '#'; a.addEventListener('click', (e) => { e.preventDefault(); showDoc(it.id); });
    c.append(a, el('div', 'muted', it.id)); if (withSnippet) c.append(el('div', '', it.snippet));
    box.append(c); });
}
$('f').addEventListener('submit', async (e) => { e.preventDefault();
  const r = await get('/api/search?q=' + encodeURIComponent($('q').value));
  if (r.error) { $('results').replaceChildren(el('div', 'card', r.error)); return; }
  list(r.items, true); });
get('/api/stats').then(s => { $('stats').textContent = s.documents + ' documents, ' +
  s.reuse_edges + ' reuse edges, ' + s.stories + ' stories, ' + s.claims + ' claims'; });
get('/api/documents?limit=50').then(r => list(r.items, false));
</script></body></html>
)html";
  return kPage;
}

}  // namespace stemma

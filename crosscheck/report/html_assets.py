"""report.html's inline style and script, and the Content-Security-Policy that allows only these two.

The script only filters and sorts the incidents table; without it the page reads the same (the filter
form stays hidden, the table keeps the report's order).
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --ink: #1d232b; --muted: #5a6572; --line: #d6dbe1; --paper: #ffffff; --band: #f4f6f8;
  --contradict: #a4161a; --update: #8a5a00; --compatible: #2b6a3f; --agree: #1f5f8b; --single: #5a6572; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--line); }
h3 { margin: 0 0 .4rem; font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.day, .claims td:nth-child(3) { white-space: nowrap; }
.claims td:nth-child(5), .claims td:nth-child(6) { text-align: right; white-space: nowrap; }
mark { background: #ffe58a; color: inherit; padding: 0 .1em; font-weight: 600; }
.muted, .small { color: var(--muted); } .small { font-size: .85rem; }
.incident { border-top: 3px solid var(--line); margin-top: 2.5rem; }
details.singles > summary { cursor: pointer; font-weight: 600; margin: .8rem 0 .3rem; }
.incident > h2 { border: 0; margin: .6rem 0 .2rem; }
.rank { color: var(--muted); font-weight: 400; margin-right: .3rem; }
.meta { margin: 0 0 .6rem; color: var(--muted); }
.slot { border: 1px solid var(--line); border-left: 6px solid var(--single); border-radius: 4px;
  padding: .7rem 1rem; margin: 1rem 0; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 1rem; color: #fff; font-size: .75rem;
  font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: var(--single);
  white-space: nowrap; margin: .05rem .1rem .05rem 0; }
.b-single { background: none; color: var(--muted); box-shadow: inset 0 0 0 1px var(--line); }
.v-contradict { border-left-color: var(--contradict); } .b-contradict { background: var(--contradict); }
.v-update { border-left-color: var(--update); } .b-update { background: var(--update); }
.v-compatible { border-left-color: var(--compatible); } .b-compatible { background: var(--compatible); }
.v-agree { border-left-color: var(--agree); } .b-agree { background: var(--agree); }
.summary { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: 4px; padding: .2rem .7rem; min-width: 6rem; }
.summary b { display: block; font-size: 1.2rem; }
#filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin: .8rem 0 .2rem; }
#filters[hidden] { display: none; }
#filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
#filters input, #filters select { font: inherit; padding: .2rem .4rem; min-width: 10rem; }
#filters input { min-width: 18rem; }
caption { text-align: left; caption-side: top; padding: .2rem 0; }
#incidents th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0;
  cursor: pointer; color: inherit; text-align: inherit; width: 100%; }
#incidents th[aria-sort=ascending] button::after { content: " ▲"; }
#incidents th[aria-sort=descending] button::after { content: " ▼"; }
#incidents td:first-child { color: var(--muted); }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
svg.plot { max-width: 100%; height: auto; display: block; margin: .4rem 0; font-size: 12px; }
svg .xt, svg .yt { fill: var(--muted); } svg .xt { text-anchor: middle; } svg .yt { text-anchor: end; }
svg .num { fill: var(--ink); font-size: 11px; font-weight: 600; }
svg .grid { stroke: #e6e9ed; fill: none; } svg .axis { stroke: var(--muted); fill: none; }
svg .bar { fill: #2f5f98; fill-opacity: .85; } svg .edge { stroke: #2f5f98; stroke-width: 2; }
svg .arrow { fill: #2f5f98; } svg .dot { fill: #1d232b; }
svg .approx { fill: #fff; stroke: #1d232b; stroke-width: 2; }
a { color: #1f5f8b; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; } #filters { display: none; }
  .slot { break-inside: avoid; } mark { background: none; text-decoration: underline; }
  .badge { color: #000; border: 1px solid #000; background: none; }
}
""".strip()

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("incidents");
  if (!form || !table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var shown = document.getElementById("shown");
  function keep(row, text, verdict, kind) {
    var words = (row.textContent + " " + (row.getAttribute("data-search") || "")).toLowerCase();
    var verdicts = " " + row.getAttribute("data-verdicts") + " ";
    return (!text || words.indexOf(text) >= 0) &&
      (!verdict || verdicts.indexOf(" " + verdict + " ") >= 0) &&
      (!kind || row.getAttribute("data-kind") === kind);
  }
  function apply() {
    var text = form.elements.q.value.trim().toLowerCase();
    var verdict = form.elements.verdict.value, kind = form.elements.kind.value, count = 0;
    rows.forEach(function (row) {
      row.hidden = !keep(row, text, verdict, kind);
      if (!row.hidden) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " incidents shown";
  }
  function value(row, column) {
    var cell = row.cells[column];
    return cell.getAttribute("data-sort") || cell.textContent.trim();
  }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (head, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = head.textContent;
    head.textContent = "";
    head.appendChild(button);
    button.addEventListener("click", function () {
      var direction = head.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
      head.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
      var numeric = head.classList.contains("num");
      rows.sort(function (a, b) {
        var x = value(a, column), y = value(b, column);
        var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return direction * order || parseFloat(value(a, 0)) - parseFloat(value(b, 0));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
}());
""".strip()


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (
    f"default-src 'none'; style-src '{_sha256(CSS)}'; script-src '{_sha256(SCRIPT)}'; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing may load: no file, no font, no image, no connection; only this page's own style and script."""

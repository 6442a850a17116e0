// Keyboard use of the review pages (documented on each page). Loaded as a file: the CSP allows no inline script.
// Queue: j/n next incident, k/p previous, h/l previous/next figure of it, Enter open it, 1-5 set the verdict
// of the figure in focus (saved at once). Incident page: j/k next/previous figure, 1-5 choose a verdict, s save.
(function () {
  "use strict";
  const verdictKeys = { "1": "agree", "2": "compatible", "3": "update", "4": "contradict", "5": "cannot tell" };
  let index = -1;
  let chipIndex = 0;

  function items() {
    return Array.from(document.querySelectorAll("tr.queue-row, section.cluster"));
  }

  function chips(row) {
    return row ? Array.from(row.querySelectorAll("span.chip")) : [];
  }

  function focusChip(row, step) {
    const all = chips(row);
    all.forEach((el) => el.classList.remove("chip-focused"));
    if (!all.length) return;
    chipIndex = Math.max(0, Math.min(all.length - 1, chipIndex + step));
    all[chipIndex].classList.add("chip-focused");
  }

  function focusItem(step) {
    const all = items();
    if (!all.length) return;
    all.forEach((el) => el.classList.remove("focused"));
    index = Math.max(0, Math.min(all.length - 1, index + step));
    const el = all[index];
    el.classList.add("focused");
    if (el.tagName === "SECTION") el.focus();
    else { chipIndex = 0; all.forEach((row) => chips(row).forEach((c) => c.classList.remove("chip-focused"))); focusChip(el, 0); }
    el.scrollIntoView({ block: "nearest" });
  }

  function say(text) {
    const box = document.getElementById("key-message");
    if (box) box.textContent = text;
  }

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || ""; }
    catch (error) { return ""; }
  }

  function showVerdict(chip, verdict) {
    const shown = verdict || chip.textContent;
    chip.textContent = shown;
    chip.className = chip.className.replace(/\bv-[\w-]+/g, "").trim() + " v-" + shown.replace(/ /g, "-");
  }

  async function setVerdict(chip, verdict) {
    if (!chip.dataset.cluster) { say("This figure cannot be reviewed until the next run takes it in."); return; }
    const body = new URLSearchParams({ verdict: verdict, version: chip.dataset.version });
    const answer = await fetch("/clusters/" + encodeURIComponent(chip.dataset.cluster) + "/verdict", {
      method: "POST", body: body, headers: { "X-CSRF-Token": csrfToken() }, credentials: "same-origin",
    });
    let found = {};
    try { found = await answer.json(); } catch (error) { found = { problem: "The server answered " + answer.status }; }
    if (found.version !== undefined) chip.dataset.version = String(found.version);
    if (answer.ok) { showVerdict(chip, found.verdict); say("Saved: " + found.verdict); }
    else { if (found.verdict !== undefined) showVerdict(chip, found.verdict); say(found.problem || "Not saved"); }
  }

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const current = items()[index];
    const inQueue = current && current.tagName === "TR";
    const key = event.key;
    if (key === "j" || key === "n") { focusItem(1); event.preventDefault(); }
    else if (key === "k" || key === "p") { focusItem(-1); event.preventDefault(); }
    else if (key === "/") { const q = document.getElementById("q"); if (q) { q.focus(); event.preventDefault(); } }
    else if ((key === "h" || key === "l") && inQueue) { focusChip(current, key === "l" ? 1 : -1); event.preventDefault(); }
    else if (key === "Enter" && inQueue) {
      const link = current.querySelector("a.incident-link");
      if (link) window.location.href = link.href;
    } else if (verdictKeys[key] && inQueue) {
      const chip = chips(current)[chipIndex];
      if (chip) { setVerdict(chip, verdictKeys[key]); event.preventDefault(); }
    } else if (verdictKeys[key] && current && current.tagName === "SECTION") {
      const select = current.querySelector("select[name=verdict]");
      if (select) select.value = verdictKeys[key];
    } else if (key === "s" && current && current.tagName === "SECTION") {
      const form = current.querySelector("form.review");
      if (form) form.requestSubmit();
    }
  });
})();

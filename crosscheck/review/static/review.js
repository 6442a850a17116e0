// Keyboard use of the review pages (documented on each page). Loaded as a file: the CSP allows no inline script.
(function () {
  "use strict";
  const verdictKeys = { "1": "agree", "2": "compatible", "3": "update", "4": "contradict", "5": "cannot tell" };
  let index = -1;

  function items() {
    return Array.from(document.querySelectorAll("tr.queue-row, section.cluster"));
  }

  function focusItem(step) {
    const all = items();
    if (!all.length) return;
    all.forEach((el) => el.classList.remove("focused"));
    index = Math.max(0, Math.min(all.length - 1, index + step));
    const el = all[index];
    el.classList.add("focused");
    if (el.tagName === "SECTION") el.focus();
    el.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const all = items();
    const current = all[index];
    if (event.key === "j") { focusItem(1); event.preventDefault(); }
    else if (event.key === "k") { focusItem(-1); event.preventDefault(); }
    else if (event.key === "/") { const q = document.getElementById("q"); if (q) { q.focus(); event.preventDefault(); } }
    else if (event.key === "Enter" && current && current.tagName === "TR") {
      const link = current.querySelector("a.incident-link");
      if (link) window.location.href = link.href;
    } else if (verdictKeys[event.key] && current && current.tagName === "SECTION") {
      const select = current.querySelector("select[name=verdict]");
      if (select) select.value = verdictKeys[event.key];
    } else if (event.key === "s" && current && current.tagName === "SECTION") {
      const form = current.querySelector("form.review");
      if (form) form.requestSubmit();
    }
  });
})();

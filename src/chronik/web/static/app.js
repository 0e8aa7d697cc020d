// chronik pages: small progressive enhancements. Without JS every link still works (an event
// trigger links to its record below the article); with JS the record opens beside the text.
"use strict";

(function () {
  function showEvent(id, trigger) {
    const record = document.getElementById("event-" + id);
    const panel = document.getElementById("event-panel");
    if (!record || !panel) return false;
    const body = panel.querySelector(".panel-body");
    // the record is server-rendered, already escaped markup from this page: clone, not rebuild
    const copy = record.cloneNode(true);
    copy.removeAttribute("id");
    body.replaceChildren(copy);
    panel.hidden = false;
    document.querySelectorAll(".trigger.active").forEach(function (t) { t.classList.remove("active"); });
    if (trigger) trigger.classList.add("active");
    return true;
  }

  function wireDocument() {
    document.querySelectorAll(".trigger[data-event]").forEach(function (t) {
      t.addEventListener("click", function (e) {
        // a nested trigger's click must not also open the one around it
        e.stopPropagation();
        if (showEvent(t.dataset.event, t)) e.preventDefault();
      });
      t.addEventListener("keydown", function (e) { if (e.key === "Enter" && showEvent(t.dataset.event, t)) e.preventDefault(); });
    });
    const close = document.querySelector("#event-panel .panel-close");
    if (close) close.addEventListener("click", function () { document.getElementById("event-panel").hidden = true; });
    // arriving from the timeline with #s<n>: the sentence is :target-highlighted by CSS;
    // with #event-<id>, open that record
    const m = /^#event-(.+)$/.exec(window.location.hash);
    if (m) showEvent(decodeURIComponent(m[1]), document.getElementById("t-" + decodeURIComponent(m[1])));
  }

  function wireToggles() {
    // legend checkboxes switch a highlight class off on the article
    document.querySelectorAll("input[data-toggle]").forEach(function (box) {
      const apply = function () {
        const article = document.querySelector(".article-text");
        if (article) article.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
      };
      box.addEventListener("change", apply);
      apply();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireDocument();
    wireToggles();
  });
})();

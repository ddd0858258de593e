// Filters of the sampled documents: by label (chips and chart bars), by reason (the select
// and chart bars), by text (the find box). Plain script, no library, no network.
(function () {
  "use strict";
  var docs = Array.prototype.slice.call(document.querySelectorAll(".doc"));
  var chips = Array.prototype.slice.call(document.querySelectorAll(".filters button[data-label]"));
  var reason = document.getElementById("f-reason");
  var find = document.getElementById("f-find");
  var removedOnly = document.getElementById("f-removed");
  var count = document.getElementById("f-count");
  var state = { label: "", reason: "", query: "" };

  function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }

  function apply() {
    var shown = 0;
    docs.forEach(function (doc) {
      var ok = (!state.label || has(doc.dataset.labels, state.label)) &&
               (!state.reason || has(doc.dataset.reasons, state.reason));
      var lines = doc.querySelectorAll("li.ln[data-label]");
      var hit = false;
      Array.prototype.forEach.call(lines, function (li) {
        var off = li.classList.contains("rm") &&
                  ((state.label && li.dataset.label !== state.label) ||
                   (state.reason && li.dataset.reason !== state.reason));
        li.classList.toggle("off", !!off);
        var match = !!state.query && li.textContent.toLowerCase().indexOf(state.query) >= 0;
        li.classList.toggle("hit", match);
        hit = hit || match;
      });
      if (state.query && !hit) {
        ok = ok && doc.querySelector("header").textContent.toLowerCase().indexOf(state.query) >= 0;
      }
      doc.hidden = !ok;
      if (ok) { shown += 1; }
    });
    chips.forEach(function (chip) {
      chip.setAttribute("aria-pressed", String(chip.dataset.label === state.label));
    });
    if (reason) { reason.value = state.reason; }
    if (count) { count.textContent = shown + " of " + docs.length + " documents"; }
  }

  chips.forEach(function (chip) {
    chip.addEventListener("click", function () {
      state.label = state.label === chip.dataset.label ? "" : chip.dataset.label;
      apply();
    });
  });
  if (reason) { reason.addEventListener("change", function () { state.reason = reason.value; apply(); }); }
  if (find) { find.addEventListener("input", function () { state.query = find.value.trim().toLowerCase(); apply(); }); }
  if (removedOnly) {
    removedOnly.addEventListener("change", function () {
      document.body.classList.toggle("only-removed", removedOnly.checked);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), function (bar) {
    bar.addEventListener("click", function () {
      var parts = bar.getAttribute("data-filter").split(":");
      var kind = parts.shift(), value = parts.join(":");
      if (kind === "label") { state.label = value; state.reason = ""; }
      else { state.reason = value; state.label = ""; }
      apply();
      var samples = document.getElementById("samples");
      if (samples) { samples.scrollIntoView(); }
    });
  });
  apply();
}());

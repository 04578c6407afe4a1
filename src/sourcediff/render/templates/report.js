(function () {
  "use strict";
  var bar = document.getElementById("filters");
  if (!bar) { return; }
  var active = {};
  bar.querySelectorAll("button[data-filter]").forEach(function (b) {
    active[b.getAttribute("data-filter")] = b.getAttribute("aria-pressed") === "true";
  });
  function visible(verdicts) {
    var list = verdicts.split(" ").filter(Boolean);
    return list.length === 0 || list.some(function (v) { return active[v]; });
  }
  function apply() {
    document.querySelectorAll("[data-verdict]").forEach(function (el) {
      el.hidden = !active[el.getAttribute("data-verdict")];
    });
    document.querySelectorAll("[data-verdicts]").forEach(function (el) {
      el.hidden = !visible(el.getAttribute("data-verdicts"));
    });
  }
  bar.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-filter]");
    if (!button) { return; }
    var verdict = button.getAttribute("data-filter");
    active[verdict] = !active[verdict];
    button.setAttribute("aria-pressed", active[verdict] ? "true" : "false");
    apply();
  });
  bar.hidden = false;
  apply();
}());

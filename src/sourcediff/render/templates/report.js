(function () {
  "use strict";
  var doc = document;

  /* Filters: everything outside the chosen verdicts is hidden (fact rows, glance
     items, claims, and article sentences that state none of the chosen facts). */
  var bar = doc.getElementById("filters");
  var active = {};
  if (bar) {
    bar.querySelectorAll("button[data-filter]").forEach(function (b) {
      active[b.getAttribute("data-filter")] = b.getAttribute("aria-pressed") === "true";
    });
  }
  function allOn() {
    return Object.keys(active).every(function (v) { return active[v]; });
  }
  function chosen(verdicts) {
    var list = verdicts.split(" ").filter(Boolean);
    return list.some(function (v) { return active[v]; });
  }
  function apply() {
    var everything = allOn();
    doc.querySelectorAll("[data-verdict]").forEach(function (el) {
      el.hidden = !active[el.getAttribute("data-verdict")];
    });
    doc.querySelectorAll(".claim[data-verdicts]").forEach(function (el) {
      var v = el.getAttribute("data-verdicts");
      el.hidden = !everything && !chosen(v);
    });
    doc.querySelectorAll(".article .p").forEach(function (el) {
      el.hidden = !everything && !chosen(el.getAttribute("data-verdicts") || "");
    });
    doc.body.classList.toggle("filtered", !everything);
    Object.keys(active).forEach(function (v) { doc.body.classList.toggle("hide-" + v, !active[v]); });
  }
  if (bar) {
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
  }

  /* j / k and the buttons: move through the divergences, one row at a time. */
  var stepper = doc.getElementById("stepper");
  var rows = Array.prototype.slice.call(doc.querySelectorAll("tr.fact-row.v-diverge"));
  var status = doc.getElementById("step-status");
  var current = -1;
  function step(delta) {
    var visible = rows.filter(function (r) { return !r.closest("[hidden]") && !r.hidden; });
    if (!visible.length) { return; }
    var at = visible.indexOf(rows[current]);
    at = at < 0 ? (delta > 0 ? 0 : visible.length - 1) : (at + delta + visible.length) % visible.length;
    var row = visible[at];
    if (rows[current]) { rows[current].classList.remove("current"); }
    current = rows.indexOf(row);
    row.classList.add("current");
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
    if (history.replaceState) { history.replaceState(null, "", "#" + row.id); }
    if (status) { status.textContent = "Divergence " + (at + 1) + " of " + visible.length; }
  }
  if (stepper && rows.length) {
    doc.getElementById("next-div").addEventListener("click", function () { step(1); });
    doc.getElementById("prev-div").addEventListener("click", function () { step(-1); });
    stepper.hidden = false;
  }
  doc.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (event.key === "j") { step(1); event.preventDefault(); }
    if (event.key === "k") { step(-1); event.preventDefault(); }
  });

  /* From a fact to its sentence, and back: remember the row, offer the way back,
     and bring the same claim into view in the other article columns. */
  var back = doc.getElementById("back");
  function sync(target) {
    var claims = (target.getAttribute("data-claims") || "").split(" ").filter(Boolean);
    var own = target.closest(".article");
    doc.querySelectorAll(".article .p.synced").forEach(function (el) { el.classList.remove("synced"); });
    doc.querySelectorAll(".article").forEach(function (col) {
      var box = col.querySelector(".text");
      var match = null;
      if (col === own) {
        match = target;
      } else {
        col.querySelectorAll(".p[data-claims]").forEach(function (p) {
          if (match) { return; }
          var theirs = p.getAttribute("data-claims").split(" ");
          if (claims.some(function (c) { return theirs.indexOf(c) >= 0; })) { match = p; }
        });
      }
      if (!match || !box) { return; }
      if (col !== own) { match.classList.add("synced"); }
      box.scrollTop = Math.max(0, match.offsetTop - 16);
    });
  }
  function land(hash) {
    if (!hash || hash.indexOf("#p-") !== 0) { return; }
    var target = doc.getElementById(hash.slice(1));
    if (!target) { return; }
    target.hidden = false;
    sync(target);
    target.scrollIntoView({ block: "start" });
  }
  doc.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) { return; }
    var from = link.getAttribute("data-from");
    if (from && back) {
      back.setAttribute("href", "#" + from);
      back.textContent = "← Back to fact " + from.replace("fact-", "");
      back.hidden = false;
    } else if (link === back) {
      back.hidden = true;
      var row = doc.getElementById(back.getAttribute("href").slice(1));
      if (row) {
        event.preventDefault();
        history.pushState(null, "", back.getAttribute("href"));
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: "center" });
      }
    }
  });
  window.addEventListener("hashchange", function () { land(location.hash); });
  land(location.hash);
}());

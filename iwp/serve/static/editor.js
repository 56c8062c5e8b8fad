/* iwp serve: the plan editor without waiting for a save.
   - Checks the plan as you type (debounced) with the same rules as `iwp validate`, and
     shows each finding beside its field and in the summary at the top; findings clear as
     they are fixed.
   - Keeps unsaved changes in this browser (localStorage) so a reload loses nothing. The
     Social Security number is never kept there: browser storage is not protected like the
     0600 plan file, and it outlives the tab.
   The page works without this script: every button posts the form. */
(function () {
  "use strict";
  var form = document.getElementById("plan-form");
  if (!form) { return; }
  var DELAY_MS = 350;
  var plan = form.getAttribute("data-plan");
  var version = form.getAttribute("data-version");
  var draftKey = "iwp-draft:" + plan + ":" + version;
  var csrf = form.querySelector('input[name="csrftoken"]').value;
  var timer = null;
  var sequence = 0;
  var words = { error: "Error", warning: "Warning", info: "Note" };

  function isPrivate(el) { return el.getAttribute("data-private") === "1"; }

  function entries() {
    var list = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "submit" || el.type === "button") { return; }
      if ((el.type === "checkbox") && !el.checked) { return; }
      list.push([el.name, el.value, isPrivate(el)]);
    });
    return list;
  }

  function saveDraft() {
    try {
      var kept = entries().filter(function (e) { return !e[2] && e[0] !== "csrftoken"; })
        .map(function (e) { return [e[0], e[1]]; });
      window.localStorage.setItem(draftKey, JSON.stringify(kept));
    } catch (e) { /* storage full or disabled: the form still works */ }
  }

  function restoreDraft() {
    var raw = null;
    try { raw = window.localStorage.getItem(draftKey); } catch (e) { return; }
    if (!raw || form.getAttribute("data-changed") === "1") { return; }
    var saved = JSON.parse(raw);
    var byName = {};
    saved.forEach(function (e) { (byName[e[0]] = byName[e[0]] || []).push(e[1]); });
    var changed = false;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "submit" || el.type === "hidden" || isPrivate(el)) { return; }
      var values = byName[el.name];
      if (values === undefined) { if (el.type === "checkbox" && el.checked) { el.checked = false; changed = true; } return; }
      if (el.type === "checkbox") {
        var on = values.indexOf(el.value) >= 0;
        if (on !== el.checked) { el.checked = on; changed = true; }
      } else if (el.value !== values[values.length - 1]) {
        el.value = values[values.length - 1]; changed = true;
      }
    });
    if (changed) {
      var note = document.getElementById("draft-notice");
      note.textContent = "Your unsaved changes from before the page was reloaded are back in the form (except the Social Security number, which is never kept in the browser). Save the plan to keep them.";
      note.hidden = false;
      check();
    }
  }

  function setText(el, items) {
    el.textContent = "";
    items.forEach(function (f) {
      var span = document.createElement("span");
      span.className = "sev-" + f.severity;
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = words[f.severity] + ": ";
      span.appendChild(hidden);
      span.appendChild(document.createTextNode(f.message));
      el.appendChild(span);
    });
  }

  function show(result) {
    var byTarget = {};
    result.items.forEach(function (f) { (byTarget[f.target] = byTarget[f.target] || []).push(f); });
    Array.prototype.forEach.call(document.querySelectorAll(".field-error"), function (el) {
      var target = el.id.slice(2);
      var items = byTarget[target] || [];
      setText(el, items);
      var wrapper = el.closest(".field");
      if (wrapper) { wrapper.classList.toggle("has-error", items.length > 0); }
      var input = document.getElementById(target);
      if (input && input.matches("input,select,textarea")) {
        if (items.some(function (f) { return f.severity === "error"; })) { input.setAttribute("aria-invalid", "true"); }
        else { input.removeAttribute("aria-invalid"); }
      }
    });
    var summary = document.getElementById("error-summary");
    var list = document.getElementById("error-list");
    list.textContent = "";
    result.items.forEach(function (f) {
      var li = document.createElement("li");
      li.className = "sev-" + f.severity;
      var a = document.createElement("a");
      a.href = "#" + f.target;
      a.textContent = words[f.severity] + " · " + f.location + ": " + f.message;
      li.appendChild(a);
      list.appendChild(li);
    });
    var errors = result.counts.error;
    document.getElementById("error-summary-title").textContent = errors ?
      (errors === 1 ? "There is a problem to fix" : "There are " + errors + " problems to fix") : "Things to check";
    summary.hidden = result.items.length === 0;
    summary.classList.toggle("no-errors", !errors);
    document.getElementById("all-clear").hidden = result.items.length !== 0;
    Object.keys(result.computed).forEach(function (path) {
      var out = document.getElementById("c-f-" + path.split(".").join("-"));
      if (out) { out.textContent = result.computed[path]; }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".computed"), function (el) {
      var path = el.id.slice(4).split("-").join(".");
      if (!(path in result.computed)) { el.textContent = ""; }
    });
    document.getElementById("status").textContent = errors ?
      errors + (errors === 1 ? " problem" : " problems") + " to fix." : "No problems to fix.";
  }

  function check() {
    var body = new URLSearchParams();
    entries().forEach(function (e) { body.append(e[0], e[1]); });
    var mine = ++sequence;
    window.fetch("/plans/" + plan + "/findings", {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf }
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (result) {
      if (result && mine === sequence) { show(result); }
    }).catch(function () { /* offline or stopped: the buttons still work */ });
  }

  function changed() {
    saveDraft();
    window.clearTimeout(timer);
    timer = window.setTimeout(check, DELAY_MS);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    var action = event.submitter && event.submitter.value;
    if (action === "save" || action === "save-copy") {
      try { window.localStorage.removeItem(draftKey); } catch (e) { /* nothing kept */ }
    } else {
      saveDraft();
    }
  });
  document.getElementById("error-summary").addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) { event.preventDefault(); target.focus(); target.scrollIntoView({ block: "center" }); }
  });
  restoreDraft();
})();

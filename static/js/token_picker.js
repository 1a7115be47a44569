// Spot-question key picker (Wagtail question editor): shows the selected case's words as toggle
// buttons; pressing a word adds or removes its index in the key span's "tokens" field. The field
// stays editable, so without JavaScript the indexes can still be typed.
(function () {
  "use strict";
  var cache = {};

  function caseId() {
    var input = document.getElementById("id_post_case");
    return input && /^\d+$/.test(input.value) ? input.value : "";
  }

  function selected(input) {
    try {
      var value = JSON.parse(input.value || "[]");
      return Array.isArray(value) ? value.filter(Number.isInteger) : [];
    } catch (e) {
      return [];
    }
  }

  function draw(picker, tokens) {
    var input = picker.querySelector("input");
    var box = picker.querySelector(".token-picker-words");
    box.textContent = "";
    if (!tokens.length) { box.hidden = true; return; }
    var chosen = selected(input);
    tokens.forEach(function (token) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = token.text;
      button.dataset.index = String(token.index);
      button.setAttribute("aria-pressed", chosen.indexOf(token.index) >= 0 ? "true" : "false");
      button.setAttribute("aria-label", token.text + " (word " + token.index + ")");
      button.addEventListener("click", function () {
        var now = selected(input);
        var at = now.indexOf(token.index);
        if (at >= 0) { now.splice(at, 1); } else { now.push(token.index); }
        now.sort(function (a, b) { return a - b; });
        input.value = "[" + now.join(", ") + "]";
        button.setAttribute("aria-pressed", at >= 0 ? "false" : "true");
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      box.appendChild(button);
    });
    box.hidden = false;
  }

  function load(picker) {
    var id = caseId();
    if (!id) { draw(picker, []); return; }
    var url = picker.dataset.tokensUrl.replace("{id}", id);
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { tokens: [] }; })
        .then(function (data) { return data.tokens || []; })
        .catch(function () { return []; });
    }
    cache[url].then(function (tokens) { draw(picker, tokens); });
  }

  function all() { document.querySelectorAll("[data-token-picker]").forEach(load); }

  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "id_post_case") { all(); }
  });
  // Key spans added with "Add choice" arrive later: set them up as they appear.
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.querySelectorAll) { node.querySelectorAll("[data-token-picker]").forEach(load); }
      });
    });
  }).observe(document.body, { childList: true, subtree: true });
  all();
})();

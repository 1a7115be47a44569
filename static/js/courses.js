// Light progressive enhancement for lesson pages: save reflection notes without leaving the page.
// Every form works without this script (plain POST + redirect).
(function () {
  "use strict";
  function csrf(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  document.querySelectorAll("form[data-reflection-form]").forEach(function (form) {
    var status = form.querySelector(".reflection-status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      status.textContent = "Saving…";
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json", "X-CSRFToken": csrf(form) },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.json().then(function (data) { return { ok: response.ok, data: data }; });
        })
        .then(function (result) {
          status.textContent = result.ok ? "Saved. Only you can see this note." : result.data.error;
        })
        .catch(function () {
          status.textContent = "Not saved: check your connection and try again.";
        });
    });
  });
})();

// Roster import page: poll the status URL until the import finishes, then reload once to show
// the report. Without JavaScript the page offers a refresh link instead.
(function () {
  "use strict";
  var box = document.getElementById("roster-status");
  if (!box || box.dataset.finished === "true") return;
  var url = box.dataset.statusUrl;
  var text = document.getElementById("roster-status-text");
  var progress = document.getElementById("roster-progress-text");
  var bar = document.getElementById("roster-bar");
  var labels = { pending: "Queued", validating: "Checking rows", applying: "Saving members",
                 succeeded: "Imported", failed: "Rejected" };
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        text.textContent = labels[data.status] || data.status;
        // Only a finished, successful import is shown in the success colour.
        text.className = "badge " + (data.status === "succeeded" ? "badge-ok"
          : data.status === "failed" ? "badge-bad" : "badge-neutral");
        document.getElementById("roster-progress").className = "progress progress-" + data.status;
        progress.textContent = data.processed_rows + " of " + data.total_rows + " rows checked";
        bar.style.width = data.percent + "%";
        if (data.status === "succeeded" || data.status === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1500);
})();

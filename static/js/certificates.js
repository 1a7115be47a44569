// Certificate page: copy the verification link. Without this script the link stays selectable.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector("[data-copy-status]");
    button.addEventListener("click", function () {
      input.select();
      var done = function () { status.textContent = "Link copied."; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () {
          status.textContent = "Select the link and copy it.";
        });
      } else {
        document.execCommand("copy") ? done() : (status.textContent = "Select the link and copy it.");
      }
    });
  });
})();

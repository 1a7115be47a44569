// LTI deep-linking return: submit the signed response to the platform without a click.
// Without JavaScript the page shows the button that does the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosubmit='true']");
  if (form) {
    form.submit();
  }
})();

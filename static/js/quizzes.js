/* Ethos quizzes: progressive enhancement only. Without this script every question shows on one
   page, tokens are checkboxes and steps take a position from a select; the server does the rest.
   This script never sees answers: the page has none before the attempt is submitted. */
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  if (!form) return;
  var questions = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
  var label = document.getElementById("quiz-progress-label");
  var bar = document.getElementById("quiz-progress");
  var oneAtATime = form.hasAttribute("data-one-at-a-time");
  var perPage = Math.max(1, parseInt(form.getAttribute("data-per-page") || "1", 10) || 1);
  var current = 0;

  function answered(q) {
    if (q.querySelector("fieldset[disabled]")) return true;
    if (q.querySelector("input:checked:not([data-flag])")) return true;
    var selects = q.querySelectorAll("select");
    if (!selects.length) return false;
    return Array.prototype.every.call(selects, function (s) { return s.value !== ""; });
  }

  function updateNavigator() {
    questions.forEach(function (q) {
      var link = form.querySelector('[data-nav-for="' + q.id + '"]');
      if (!link) return;
      var isAnswered = answered(q);
      var flag = q.querySelector("[data-flag]");
      var isFlagged = !!(flag && flag.checked);
      link.classList.toggle("is-answered", isAnswered);
      link.classList.toggle("is-flagged", isFlagged);
      var state = link.querySelector("[data-nav-state]");
      if (state) {
        state.textContent = ": " + (isAnswered ? "answered" : "not answered") +
          (isFlagged ? ", flagged for review" : "");
      }
      var mark = link.querySelector("[data-nav-flag]");
      if (isFlagged && !mark) {
        mark = document.createElement("span");
        mark.setAttribute("aria-hidden", "true");
        mark.setAttribute("data-nav-flag", "");
        mark.textContent = " \u2691";
        link.appendChild(mark);
      } else if (!isFlagged && mark) {
        mark.parentNode.removeChild(mark);
      }
    });
  }

  function updateProgress() {
    updateNavigator();
    var done = questions.filter(answered).length;
    bar.value = done;
    bar.textContent = done + " of " + questions.length;
    var text = done + " of " + questions.length + " answered";
    if (oneAtATime) {
      var last = Math.min(current + perPage, questions.length);
      text = (perPage === 1 ? "Question " + (current + 1) : "Questions " + (current + 1) + "–" + last) +
        " of " + questions.length + " · " + text;
    }
    label.textContent = text;
  }

  /* One question at a time */
  var prev, next, submit;
  function show(i, focus) {
    var target = Math.max(0, Math.min(i, questions.length - 1));
    current = Math.floor(target / perPage) * perPage;  /* first question of its page */
    questions.forEach(function (q, k) { q.hidden = k < current || k >= current + perPage; });
    prev.disabled = current === 0;
    next.hidden = current + perPage >= questions.length;
    submit.hidden = current + perPage < questions.length;
    updateProgress();
    if (focus) {
      var h = questions[target].querySelector("h2");
      h.setAttribute("tabindex", "-1");
      h.focus();
    }
  }
  if (oneAtATime && questions.length > perPage) {
    var nav = form.querySelector("[data-quiz-nav]");
    submit = nav.querySelector("[data-submit]");
    prev = document.createElement("button");
    prev.type = "button"; prev.className = "button button-secondary";
    prev.textContent = perPage === 1 ? "Previous question" : "Previous page";
    next = document.createElement("button");
    next.type = "button"; next.className = "button";
    next.textContent = perPage === 1 ? "Next question" : "Next page";
    nav.insertBefore(next, nav.firstChild);
    nav.insertBefore(prev, nav.firstChild);
    prev.addEventListener("click", function () { show(current - perPage, true); });
    next.addEventListener("click", function () { show(current + perPage, true); });
    Array.prototype.forEach.call(form.querySelectorAll("[data-nav-for]"), function (link) {
      link.addEventListener("click", function (e) {
        questions.forEach(function (q, k) {
          if (q.id === link.getAttribute("data-nav-for")) { e.preventDefault(); show(k, true); }
        });
      });
    });
    Array.prototype.forEach.call(form.querySelectorAll(".unanswered-warning a"), function (link) {
      link.addEventListener("click", function (e) {
        questions.forEach(function (q, k) {
          if ("#" + q.id === link.getAttribute("href")) { e.preventDefault(); show(k, true); }
        });
      });
    });
    var start = 0;
    if (location.hash) {
      questions.forEach(function (q, k) { if ("#" + q.id === location.hash) start = k; });
    }
    show(start, false);
  }

  /* Spot the identifiers: one tab stop per post, arrow keys move between words. */
  Array.prototype.forEach.call(form.querySelectorAll("[data-spot]"), function (group) {
    var boxes = Array.prototype.slice.call(group.querySelectorAll("input[type=checkbox]"));
    boxes.forEach(function (b, k) { b.tabIndex = k === 0 ? 0 : -1; });
    group.addEventListener("keydown", function (e) {
      var i = boxes.indexOf(document.activeElement);
      if (i < 0) return;
      var j = null;
      if (e.key === "ArrowRight" || e.key === "ArrowDown") j = Math.min(i + 1, boxes.length - 1);
      else if (e.key === "ArrowLeft" || e.key === "ArrowUp") j = Math.max(i - 1, 0);
      else if (e.key === "Home") j = 0;
      else if (e.key === "End") j = boxes.length - 1;
      if (j === null) return;
      e.preventDefault();
      boxes[i].tabIndex = -1;
      boxes[j].tabIndex = 0;
      boxes[j].focus();
    });
  });

  /* Ordering: Move up / Move down buttons keep the position selects in step with the list. */
  Array.prototype.forEach.call(form.querySelectorAll("[data-order]"), function (list) {
    if (list.closest("fieldset[disabled]")) return;
    var selects = function () { return list.querySelectorAll("select"); };
    var anySet = Array.prototype.some.call(selects(), function (s) { return s.value !== ""; });
    if (anySet) {
      var items = Array.prototype.slice.call(list.children);
      items.sort(function (a, b) {
        var va = parseInt(a.querySelector("select").value || "999", 10);
        var vb = parseInt(b.querySelector("select").value || "999", 10);
        return va - vb;
      });
      items.forEach(function (li) { list.appendChild(li); });
    }
    function renumber() {
      Array.prototype.forEach.call(list.children, function (li, k) {
        li.querySelector("select").value = String(k + 1);
      });
      updateProgress();
    }
    Array.prototype.forEach.call(list.children, function (li) {
      var text = li.querySelector(".step-text").textContent;
      ["up", "down"].forEach(function (dir) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "button button-secondary button-small";
        b.textContent = dir === "up" ? "Move up" : "Move down";
        b.setAttribute("aria-label", (dir === "up" ? "Move up: " : "Move down: ") + text);
        b.addEventListener("click", function () {
          if (dir === "up" && li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
          else if (dir === "down" && li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
          renumber();
          b.focus();
        });
        li.appendChild(b);
      });
    });
  });

  form.addEventListener("change", updateProgress);
  updateProgress();
})();

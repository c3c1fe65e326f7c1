// Frister: keeps "om 5 dager" / "fristen er ute" true against the reader's clock, since the page
// itself was built on another day. Without JavaScript the build-time text stays, which is fine.
// The texts come from the script element's data attributes, in the page's language (theme/i18n).
(function (script) {
  "use strict";
  if (!script || !script.getAttribute("data-days")) return;
  function say(name) { return script.getAttribute("data-" + name) || ""; }
  function parseDay(text) {
    var p = (text || "").split("-");
    return p.length === 3 ? new Date(+p[0], +p[1] - 1, +p[2]) : null;
  }
  var today = new Date();
  today = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  var dayMs = 24 * 60 * 60 * 1000;
  var items = document.querySelectorAll(".deadline-status[data-first-day]");
  for (var i = 0; i < items.length; i++) {
    var el = items[i];
    if (el.getAttribute("data-cancelled")) continue;
    var first = parseDay(el.getAttribute("data-first-day"));
    var last = parseDay(el.getAttribute("data-last-day"));
    if (!first || !last) continue;
    var days = Math.round((first - today) / dayMs);
    var text;
    if (last < today) text = say("past");
    else if (days > 1) text = say("days").replace("{0}", days);
    else if (days === 1) text = say("tomorrow");
    else if (+first === +today || +last === +today) text = say("today");
    else text = say("ongoing");
    el.textContent = text;
    var item = el.closest(".deadline");
    if (item) item.classList.toggle("is-past", last < today);
    // A list of what is ahead (the home page's "Neste frister") drops what has run out since the build.
    if (item && item.closest("[data-upcoming]")) item.hidden = last < today;
  }
  var lists = document.querySelectorAll("[data-upcoming]");
  for (var j = 0; j < lists.length; j++) {
    var none = lists[j].querySelectorAll(".deadline:not([hidden])").length === 0;
    lists[j].hidden = none;
    var message = lists[j].nextElementSibling;
    if (message && message.hasAttribute("data-none-ahead")) message.hidden = !none;
  }
})(document.currentScript);

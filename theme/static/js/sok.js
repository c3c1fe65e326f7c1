// Søk: filters the index written at build time (sok/indeks.json) in the browser. Without JavaScript
// the page lists everything instead; the form still submits (?q=) and the list is there to scan.
(function () {
  "use strict";
  var all = document.getElementById("sok-alt");
  var field = document.getElementById("sok-felt");
  var status = document.getElementById("sok-status");
  var results = document.getElementById("sok-treff");
  if (!all || !field || !status || !results || !window.fetch) return;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a");
  }

  var entries = [];
  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!words.length) {
      results.hidden = true; all.hidden = false; status.textContent = "";
      return;
    }
    var hits = entries.filter(function (e) {
      return words.every(function (w) { return e.haystack.indexOf(w) >= 0; });
    });
    hits.sort(function (a, b) { return (b.inTitle(words) - a.inTitle(words)); });
    hits.slice(0, 100).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u; a.textContent = e.t;
      if (e.l) a.lang = e.l;
      var meta = document.createElement("span");
      meta.className = "search-kind";
      meta.textContent = " " + e.k + (e.d ? " · " : "");
      if (e.d) {
        var context = document.createElement("span");
        context.textContent = e.d;
        if (e.l) context.lang = e.l;
        meta.appendChild(context);
      }
      li.appendChild(a); li.appendChild(meta);
      results.appendChild(li);
    });
    results.hidden = false; all.hidden = true;
    // The texts are in the status element's data attributes, in the page's language (theme/i18n).
    var said = status.getAttribute(hits.length === 0 ? "data-no-hits" : hits.length === 1 ? "data-one-hit" : "data-hits") || "";
    status.textContent = said.replace("{0}", query).replace("{1}", hits.length);
  }

  fetch(all.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      entries = data.map(function (e) {
        var title = fold(e.T);
        return { t: e.T, u: e.U, k: e.K, d: e.D, l: e.L, haystack: title + " " + fold(e.X) + " " + fold(e.K),
          inTitle: function (words) { return words.filter(function (w) { return title.indexOf(w) >= 0; }).length; } };
      });
      var q = new URLSearchParams(window.location.search).get("q") || "";
      field.value = q;
      show(q);
      field.addEventListener("input", function () { show(field.value); });
    })
    .catch(function () { /* the full list stays visible */ });
})();

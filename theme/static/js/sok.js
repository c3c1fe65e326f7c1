// Søk: full-text search in the browser over the index the build writes to sok/indeks/ (see
// src/Search). A query fetches the small manifest, the shards its words fall in and the files of
// the results it shows, never the whole index. Text rules, stemmer and scoring are the same as in
// src/Search/SearchText.cs, NorwegianStemmer.cs and SearchQuery.cs; a browser test checks both
// give the same results. Without JavaScript the page says so in a <noscript> and links the lists.
(function () {
  "use strict";
  var form = document.getElementById("sok-skjema");
  var field = document.getElementById("sok-felt");
  var status = document.getElementById("sok-status");
  var results = document.getElementById("sok-treff");
  var more = document.getElementById("sok-flere");
  if (!form || !field || !status || !results || !more || !window.fetch || !window.Promise || !"".normalize) return;

  // ---- Text: SearchText.cs -------------------------------------------------------------------
  var STOP = {};
  ("og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi min mitt ha hadde " +
   "hun nå over da ved fra du ut sin dem oss opp kan hans hvor eller hva skal selv her alle vil bli ble blitt kunne inn " +
   "når være noen noe ville dere deres kun etter ned skulle denne for deg si sine sitt mot å dette disse uten blir også " +
   "enn både bare hvis fordi the of and to a in is").split(" ").forEach(function (w) { STOP[w] = true; });

  function fold(text) {
    var out = "";
    // By code point (for…of), as SearchText.Fold goes by rune: a letter beyond the Basic Multilingual Plane is normalized whole.
    for (var c of text.toLowerCase()) {
      out += (c.charCodeAt(0) < 128 || c === "å" || c === "æ" || c === "ø") ? c : c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    return out;
  }

  // Runs of letters, digits and combining marks, with where each starts in the text.
  function spans(text) {
    var found = [], re = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]+/gu, m;
    while ((m = re.exec(text)) !== null) found.push({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) });
    return found;
  }

  // ---- Stemmer: NorwegianStemmer.cs (Snowball's Norwegian) ---------------------------------------
  var VOWELS = "aeiouyæåø", S_ENDINGS = "bcdfghjlmnoptvyz";
  var MAIN = ["hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes", "erte",
    "ede", "ane", "ene", "ens", "ers", "ets", "het", "ast", "ert", "en", "ar", "er", "as", "es", "et", "a", "e", "s"];
  var KEEP_ERS = ["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"], DROP_ERS = ["skap", "giv", "hav"];
  var OTHER = ["hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig"];
  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }
  function endsWith(word, suffix) { return word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix; }
  function inRegion(word, suffix, p1) { return word.length - suffix.length >= p1 && endsWith(word, suffix); }
  function stem(word) {
    var p1 = word.length, i;
    for (i = 1; i < word.length; i++) {
      if (!isVowel(word[i]) && isVowel(word[i - 1])) { p1 = Math.max(i + 1, 3); break; }
    }
    if (p1 >= word.length) return word;
    for (i = 0; i < MAIN.length; i++) {
      if (!inRegion(word, MAIN[i], p1)) continue;
      var rest = word.slice(0, -MAIN[i].length), last = rest.charAt(rest.length - 1);
      if (MAIN[i] === "s") {
        var before = rest.charAt(rest.length - 2);
        var valid = rest.length > 0 && (S_ENDINGS.indexOf(last) >= 0 || (last === "r" && before !== "e") ||
          (last === "k" && rest.length > 1 && !isVowel(before)));
        if (valid) word = rest;
      } else if (MAIN[i] === "ers") {
        var keep = !DROP_ERS.some(function (e) { return endsWith(rest, e); }) && KEEP_ERS.some(function (e) { return endsWith(rest, e); });
        if (!keep) word = rest;
      } else {
        word = (MAIN[i] === "erte" || MAIN[i] === "ert") ? rest + "er" : rest;
      }
      break;
    }
    if (inRegion(word, "dt", p1) || inRegion(word, "vt", p1)) word = word.slice(0, -1);
    for (i = 0; i < OTHER.length; i++) {
      if (inRegion(word, OTHER[i], p1)) { word = word.slice(0, -OTHER[i].length); break; }
    }
    return word;
  }

  // ---- Index files, each fetched once --------------------------------------------------------------
  var manifestUrl = form.getAttribute("data-index");
  var folder = manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1);
  var manifest = null, cache = {};
  function getJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  function loadManifest() {
    // The manifest is asked for fresh each visit; the files it names carry its version in ?v=.
    if (!manifest) manifest = fetch(manifestUrl, { credentials: "same-origin", cache: "no-cache" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
    return manifest;
  }
  function file(m, path) {
    if (!cache[path]) cache[path] = getJson(folder + path + "?v=" + m.v);
    return cache[path];
  }

  // ---- Query: SearchQuery.cs -----------------------------------------------------------------------
  var EXACT = 1, PREFIX = 0.6, ONE_TYPO = 0.4, TWO_TYPOS = 0.25, PER_PAGE = 10, SCALE = 20;

  function shardsFor(s, keys) {
    var best = -1, found = [], i;
    for (i = 0; i < keys.length; i++) {
      if (s.indexOf(keys[i]) === 0 && (best < 0 || keys[i].length > keys[best].length)) best = i;
    }
    if (best >= 0) found.push(best);
    if (s.length >= 3) {
      for (i = 0; i < keys.length; i++) {
        if (keys[i].length > s.length && keys[i].indexOf(s) === 0 && i !== best) found.push(i);
      }
    }
    return found.sort(function (a, b) { return a - b; });
  }

  // A typo inside a shard's key sends the word to the wrong shard: all shards of its first two letters.
  function typoShardsFor(s, keys) {
    var found = [];
    keys.forEach(function (k, i) { if (k.length <= 2 ? s.indexOf(k) === 0 : k.indexOf(s.slice(0, 2)) === 0) found.push(i); });
    return found;
  }

  function distance(a, b, max) {
    var before = [], previous = [], current = [], i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        current[j] = value;
        best = Math.min(best, value);
      }
      if (best > max) return max + 1;
      before = previous; previous = current;
    }
    return previous[b.length];
  }

  function candidates(s, terms) {
    var found = [], allowed = s.length >= 8 ? 2 : s.length >= 4 ? 1 : 0;
    terms.forEach(function (t) {
      if (t === s) found.push({ term: t, weight: EXACT });
      else if (s.length >= 3 && t.indexOf(s) === 0) found.push({ term: t, weight: PREFIX });
    });
    if (found.length) return found;
    terms.forEach(function (t) {
      if (Math.abs(t.length - s.length) > allowed) return;
      var d = distance(t, s, allowed);
      if (d <= allowed) found.push({ term: t, weight: d === 1 ? ONE_TYPO : TWO_TYPOS });
    });
    return found;
  }

  function postings(encoded) {
    var list = [], doc = 0;
    for (var i = 0; i + 1 < encoded.length; i += 2) { doc += encoded[i]; list.push([doc, encoded[i + 1]]); }
    return list;
  }

  function search(query) {
    var words = [];
    spans(query).forEach(function (s) { if (!STOP[s.word] && words.indexOf(s.word) < 0) words.push(s.word); });
    if (!words.length) return Promise.resolve({ hits: [], matched: [], fuzzy: false });
    return loadManifest().then(function (m) {
      var stems = words.map(stem);
      function termsOf(shards) {
        var terms = {};
        shards.forEach(function (shard) { Object.keys(shard).forEach(function (t) { terms[t] = shard[t]; }); });
        return terms;
      }
      function load(list) { return Promise.all(list.map(function (i) { return file(m, "s/" + i + ".json"); })).then(termsOf); }
      return Promise.all(stems.map(function (s) {
        return load(shardsFor(s, m.s)).then(function (terms) {
          var found = candidates(s, Object.keys(terms));
          if (found.length || s.length < 4) return { terms: terms, found: found };
          return load(typoShardsFor(s, m.s)).then(function (wider) { return { terms: wider, found: candidates(s, Object.keys(wider)) }; });
        });
      })).then(function (perWord) {
        var total = null, matched = [], fuzzy = false;
        perWord.forEach(function (word) {
          var terms = word.terms, scores = {};
          word.found.forEach(function (c) {
            if (c.weight < PREFIX) fuzzy = true;
            if (matched.every(function (x) { return x.term !== c.term; })) matched.push(c);
            var list = postings(terms[c.term]);
            var idf = Math.log(1 + (m.n - list.length + 0.5) / (list.length + 0.5));
            list.forEach(function (p) {
              var value = c.weight * idf * p[1] / SCALE;
              if (!(p[0] in scores) || scores[p[0]] < value) scores[p[0]] = value;
            });
          });
          if (total === null) total = scores;
          else {
            var next = {};
            Object.keys(total).forEach(function (d) { if (d in scores) next[d] = total[d] + scores[d]; });
            total = next;
          }
        });
        var hits = Object.keys(total).map(function (d) { return { doc: +d, score: total[d] }; });
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { hits: hits, matched: matched, fuzzy: fuzzy, manifest: m };
      });
    });
  }

  // ---- Showing results ------------------------------------------------------------------------------
  function matches(word, matched) {
    var s = stem(word);
    // A compound is indexed under its last part too (Compounds.cs), so «avtale» marks «tilslutningsavtale».
    return matched.some(function (c) { return s === c.term || (c.term.length >= 4 && s.length > c.term.length && s.slice(-c.term.length) === c.term); });
  }

  // The text with the matching words in <mark>; from word `from` to word `to` of its spans.
  function marked(parent, text, list, from, to, matched) {
    var at = list.length && from < list.length ? list[from].start : 0;
    var end = to < list.length ? list[to].start : text.length;
    for (var i = from; i < to; i++) {
      if (!matches(list[i].word, matched)) continue;
      parent.appendChild(document.createTextNode(text.slice(at, list[i].start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(list[i].start, list[i].end);
      parent.appendChild(mark);
      at = list[i].end;
    }
    parent.appendChild(document.createTextNode(text.slice(at, end).replace(/\s+$/, "")));
  }

  // About 30 words around the place where most of the searched words are.
  var WINDOW = 30;
  function excerpt(text, matched) {
    var list = spans(text), hits = [], best = 0, bestCount = -1;
    list.forEach(function (s, i) { if (matches(s.word, matched)) hits.push(i); });
    hits.forEach(function (h) {
      var start = Math.max(0, h - 6), count = hits.filter(function (x) { return x >= start && x < start + WINDOW; }).length;
      if (count > bestCount) { best = start; bestCount = count; }
    });
    var p = document.createElement("p");
    p.className = "search-excerpt";
    var to = Math.min(list.length, best + WINDOW);
    if (best > 0) p.appendChild(document.createTextNode("… "));
    marked(p, text, list, best, to, matched);
    if (to < list.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  function item(e, matched) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = e.u;
    if (e.l) a.lang = e.l;
    marked(a, e.t, spans(e.t), 0, spans(e.t).length, matched);
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
    var text = e.x || e.s;
    if (text) {
      var p = excerpt(text, matched);
      if (e.l) p.lang = e.l;
      li.appendChild(p);
    }
    return li;
  }

  // Words of the shown results that the query's typo was taken for: «kravspesifikasjon». The word
  // written as the term itself if a result has it, else the first word with that stem.
  function similarWords(items, matched) {
    var words = [];
    matched.forEach(function (c) {
      if (c.weight >= PREFIX) return;
      var first = null, same = null;
      items.forEach(function (e) {
        spans(e.t + " " + (e.s || "") + " " + (e.x || "")).forEach(function (s) {
          if (same || stem(s.word) !== c.term) return;
          if (s.word === c.term) same = s.word;
          first = first || s.word;
        });
      });
      var word = same || first;
      if (word && words.indexOf(word) < 0) words.push(word);
    });
    return words.map(function (w) { return "«" + w + "»"; }).join(", ");
  }

  function say(text) {
    // The same words again would not be read out; emptying the region first makes them news.
    if (status.textContent === text) {
      status.textContent = "";
      setTimeout(function () { status.textContent = text; }, 100);
    } else {
      status.textContent = text;
    }
  }

  var current = { hits: [], matched: [], shown: 0, run: 0 };
  function showMore(m, focus) {
    var run = current.run, page = current.hits.slice(current.shown, current.shown + PER_PAGE);
    return Promise.all(page.map(function (h) { return file(m, "f/" + h.doc + ".json"); })).then(function (items) {
      if (run !== current.run) return items;
      var first = null;
      items.forEach(function (e) {
        var li = item(e, current.matched);
        first = first || li.querySelector("a");
        results.appendChild(li);
      });
      current.shown += items.length;
      more.hidden = current.shown >= current.hits.length;
      if (focus && first) first.focus();
      return items;
    });
  }

  function count(query, n) {
    var said = status.getAttribute(n === 0 ? "data-no-hits" : n === 1 ? "data-one-hit" : "data-hits") || "";
    return said.replace("{0}", query).replace("{1}", n);
  }

  function run(query) {
    var run = ++current.run;
    query = query.trim();
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    if (!query) {
      results.textContent = ""; results.hidden = true; more.hidden = true; status.textContent = "";
      return Promise.resolve();
    }
    return search(query).then(function (found) {
      if (run !== current.run) return;
      current = { hits: found.hits, matched: found.matched, shown: 0, run: run };
      results.textContent = "";
      results.hidden = found.hits.length === 0;
      more.hidden = true;
      if (!found.hits.length) { say(count(query, 0)); return; }
      return showMore(found.manifest, false).then(function (items) {
        if (run !== current.run) return;
        var text = count(query, found.hits.length);
        var similar = found.fuzzy ? similarWords(items, found.matched) : "";
        if (similar) text += " " + (status.getAttribute("data-similar") || "").replace("{0}", similar);
        say(text);
      });
    }).catch(function () {
      if (run === current.run) say(status.getAttribute("data-failed") || "");
    });
  }

  var timer = 0;
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(field.value); }, 250);
  });
  // Enter searches on the page: no reload, the field keeps focus, the count is read out.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(field.value);
  });
  more.addEventListener("click", function () {
    loadManifest().then(function (m) { return showMore(m, true); });
  });

  var q = new URLSearchParams(window.location.search).get("q") || "";
  if (q) { field.value = q; run(q); }
})();

// Offline search. The index is a script file (assets/search-index.js) loaded on first use, so it works from
// file:// with no server and no fetch. Terms are folded (lower case, no accents) and matched by prefix, so that
// "sanction" finds "sanctions"; every query word must match. Japanese, written without spaces, is found inside
// its runs of kanji and kana (see queryTerms). Results: entities first, then paragraphs in
// reading order, each linking to its paragraph (#p-N) with the match highlighted.
(function () {
  'use strict';
  var MAX_SHOWN = 50;

  function fold(text) {
    // One folded character per character, so that positions in the folded text are positions in the text.
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      out += c.length === 1 ? c : (c[0] || ' ');
    }
    return out;
  }

  // Kanji and kana (and the long-vowel mark), which Japanese writes without spaces between words: SearchIndex.spaceless.
  var SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

  // A query word's runs of kanji and kana and runs of other letters, as SearchIndex.spacelessTerms indexes them.
  function pieces(word) {
    var out = [], start = 0;
    for (var i = 1; i <= word.length; i++) {
      if (i === word.length || SPACELESS.test(word[i]) !== SPACELESS.test(word[start])) {
        out.push(word.slice(start, i));
        start = i;
      }
    }
    return out;
  }

  // Each query word, or each part of one, as the terms to look up (every one must match) and the text to highlight:
  // a run of kanji and kana is looked up by every two letters of it, as the index holds them, so that "独立性" finds
  // the run "国際刑事裁判所の独立性を…", and is highlighted wherever it stands in a word.
  function queryTerms(query) {
    var terms = [];
    fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; }).forEach(function (word) {
      if (!SPACELESS.test(word)) {
        // light stemming: "sanctions" also finds "sanction"
        var t = word.length > 4 && /s$/.test(word) ? word.replace(/(es|s)$/, '') : word;
        terms.push({ lookup: [t], mark: t, inWord: false });
        return;
      }
      pieces(word).forEach(function (piece, k) {
        if (!SPACELESS.test(piece)) {
          terms.push({ lookup: [piece], mark: piece, inWord: k > 0 });
          return;
        }
        var grams = [];
        for (var i = 0; i + 2 <= piece.length; i++) { grams.push(piece.slice(i, i + 2)); }
        terms.push({ lookup: grams.length ? grams : [piece], mark: piece, inWord: true });
      });
    });
    return terms;
  }

  function lowerBound(terms, prefix) {
    var lo = 0, hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  // The index is made of blocks of documents, each with its own paragraphs, terms and postings (the entities are the
  // last block). Read once into one list of documents and one of items, each block remembering where its items start.
  var prepared = null;
  function prepare(raw) {
    if (prepared && prepared.raw === raw) { return prepared; }
    var documents = [], items = [], blocks = [];
    raw.blocks.forEach(function (b) {
      var firstDocument = documents.length;
      blocks.push({ terms: b.terms, postings: b.postings, first: items.length });
      b.documents.forEach(function (d) { documents.push(d); });
      b.items.forEach(function (item) {
        // paragraphs (0) and documents (2) name a document of their block
        // each ends with the language of its text where that is not the site's ("ja"), as the index writes it
        items.push(item[0] === 0 ? [0, firstDocument + item[1], item[2], item[3], item[4]]
          : item[0] === 2 ? [2, firstDocument + item[1], item[2], item[3]] : item);
      });
    });
    prepared = { raw: raw, documents: documents, items: items, blocks: blocks };
    return prepared;
  }

  function itemsFor(index, term) {
    var found = new Set();
    index.blocks.forEach(function (b) {
      for (var i = lowerBound(b.terms, term); i < b.terms.length && b.terms[i].indexOf(term) === 0; i++) {
        b.postings[i].split(',').forEach(function (id) { found.add(b.first + parseInt(id, 36)); });
      }
    });
    return found;
  }

  function search(index, query) {
    var terms = queryTerms(query);
    if (!terms.length) { return { terms: terms, ids: [] }; }
    var result = null;
    terms.forEach(function (term) {
      term.lookup.forEach(function (t) {
        var ids = itemsFor(index, t);
        result = result === null ? ids : new Set(Array.from(result).filter(function (id) { return ids.has(id); }));
      });
    });
    // entities first, then documents, then paragraphs, each in the index's order
    var rank = { 1: 0, 2: 1, 0: 2 };
    var ids = Array.from(result).sort(function (a, b) {
      var ea = rank[index.items[a][0]], eb = rank[index.items[b][0]];
      return ea !== eb ? ea - eb : a - b;
    });
    return { terms: terms, ids: ids };
  }

  function snippet(text, terms) {
    var folded = fold(text);
    var ranges = [];
    terms.forEach(function (term) {
      var t = term.mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      var re = new RegExp(term.inWord ? '()(' + t + ')' : '(^|[^\\p{L}\\p{N}])(' + t + ')', 'gu');
      var m;
      while ((m = re.exec(folded)) !== null) {
        var start = m.index + m[1].length;
        var end = start + m[2].length;
        while (!term.inWord && end < folded.length && /[\p{L}\p{N}]/u.test(folded[end])) { end++; }
        ranges.push([start, end]);
        if (re.lastIndex === m.index) { re.lastIndex++; }
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var first = ranges.length ? ranges[0][0] : 0;
    var from = Math.max(0, first - 60), to = Math.min(text.length, first + 160);
    if (from > 0) { var sp = text.indexOf(' ', from); if (sp > 0 && sp < first) { from = sp + 1; } }
    var frag = document.createDocumentFragment();
    if (from > 0) { frag.appendChild(document.createTextNode('…')); }
    var pos = from;
    ranges.forEach(function (r) {
      if (r[0] < pos || r[0] >= to) { return; }
      frag.appendChild(document.createTextNode(text.slice(pos, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], Math.min(r[1], to));
      frag.appendChild(mark);
      pos = Math.min(r[1], to);
    });
    frag.appendChild(document.createTextNode(text.slice(pos, to) + (to < text.length ? '…' : '')));
    return frag;
  }

  // Marks an element holding text in Japanese (lang "ja" in the index), as the pages mark it.
  function marked(element, lang) {
    if (lang) { element.lang = lang; }
    return element;
  }

  // A span of text in its language, for a result's title.
  function span(text, lang) {
    var s = document.createElement('span');
    s.textContent = text;
    return marked(s, lang);
  }

  function render(raw, query, list, status, root) {
    var index = prepare(raw);
    list.textContent = '';
    var found = search(index, query);
    var shown = found.ids.slice(0, MAX_SHOWN);
    shown.forEach(function (id) {
      var item = index.items[id];
      var li = document.createElement('li');
      var a = document.createElement('a');
      var title = document.createElement('span');
      title.className = 'result-title';
      var text = document.createElement('span');
      text.className = 'result-snippet';
      if (item[0] === 1) {
        a.href = root + item[2];
        title.appendChild(span(item[1], item[5]));
        title.appendChild(document.createTextNode(' (' + item[3] + ')'));
        text.appendChild(snippet(item[4] || item[1], found.terms));
        marked(text, item[4] ? item[6] : item[5]);
      } else if (item[0] === 2) {
        var whole = index.documents[item[1]];
        a.href = root + whole[1];
        marked(title, whole[2]).textContent = whole[0];
        text.appendChild(snippet(item[2], found.terms));
        marked(text, item[3]);
      } else {
        var doc = index.documents[item[1]];
        a.href = root + doc[1] + '#p-' + item[2];
        title.appendChild(span(doc[0], doc[2]));
        title.appendChild(document.createTextNode(', ¶\u00a0' + item[2]));
        text.appendChild(snippet(item[3], found.terms));
        marked(text, item[4]);
      }
      a.appendChild(title);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
    var n = found.ids.length;
    // the menu under the search box says so too (its style shows this), as its status is for screen readers only
    if (n === 0 && found.terms.length > 0) {
      list.setAttribute('data-none', 'No results for “' + query + '”');
    } else {
      list.removeAttribute('data-none');
    }
    list.hidden = found.terms.length === 0;
    status.textContent = found.terms.length === 0 ? '' : (n === 0 ? 'No results for “' + query + '”'
      : n + (n === 1 ? ' result' : ' results') + ' for “' + query + '”' + (n > MAX_SHOWN ? ', the first ' + MAX_SHOWN + ' shown' : ''));
  }

  var loading = null;
  function loadIndex(src, done) {
    if (window.DOSSIER_SEARCH) { done(window.DOSSIER_SEARCH); return; }
    if (!loading) {
      loading = [];
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { loading.forEach(function (f) { f(window.DOSSIER_SEARCH); }); };
      document.head.appendChild(s);
    }
    loading.push(done);
  }

  function wire(form) {
    var input = form.querySelector('input[type=search]');
    var list = document.getElementById(form.getAttribute('data-results'));
    var status = document.getElementById(form.getAttribute('data-status'));
    var root = form.getAttribute('data-root');
    var src = form.getAttribute('data-index');
    var timer = null;
    function run() {
      var q = input.value;
      if (!q.trim()) { list.hidden = true; list.textContent = ''; status.textContent = ''; return; }
      loadIndex(src, function (index) { if (input.value === q) { render(index, q, list, status, root); } });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = list.querySelector('a');
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Escape') {
        list.hidden = true;
      }
    });
    list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (e.key === 'Escape') { list.hidden = true; input.focus(); }
    });
    var params = new URLSearchParams(window.location.search);
    if (form.hasAttribute('data-page') && params.get('q')) {
      input.value = params.get('q');
      run();
    }
  }

  document.querySelectorAll('form[data-index]').forEach(wire);
})();

// Live preview: under `dossier serve` (http://127.0.0.1 or http://localhost), reload the page when the site is
// rebuilt. The preview server marks every answer with an X-Dossier-Serve header and answers /__dossier/version with
// the build's number. The page first asks for itself: served by anything else (a static server on this machine), the
// answer has no such header and nothing more is asked, so no request fails.
(function () {
  if (location.protocol !== "http:" || (location.hostname !== "127.0.0.1" && location.hostname !== "localhost") || !window.fetch) {
    return;
  }
  var seen = null;
  function poll() {
    fetch("/__dossier/version", {cache: "no-store"}).then(function (r) {
      if (!r.ok) {
        throw new Error("not served by dossier serve");
      }
      return r.text();
    }).then(function (v) {
      if (seen !== null && v !== seen) {
        location.reload();
        return;
      }
      seen = v;
      setTimeout(poll, 700);
    }).catch(function () {
      setTimeout(poll, 2000); // the preview stopped, or is starting again: ask again, less often
    });
  }
  fetch(location.href, {method: "HEAD", cache: "no-store"}).then(function (r) {
    if (r.headers.get("X-Dossier-Serve") !== null) {
      poll();
    }
  }).catch(function () { /* not a live preview */ });
})();

// Offline search. The index is a script file (assets/search-index.js) loaded on first use, so it works from
// file:// with no server and no fetch. Terms are folded (see fold) and matched by prefix, so that "sanction" finds
// "sanctions"; every query word must match, but for the commonest English words ("the", "of") beside others. What
// must be found as written is checked in the text of each item the index finds: a phrase in quotes, a word in parts
// ("Secretary-General", "Japan's") and Japanese, written without spaces (see clauses). Results: entities first, then
// documents, then paragraphs, each kind with its items that hold the words as written, whole and side by side first,
// then in reading order; each links to its paragraph (#p-N) with the match highlighted.
(function () {
  'use strict';
  var MAX_SHOWN = 50;
  var TOGETHER_AT_MOST = 20000;

  // Kanji and kana (and the long-vowel mark), which Japanese writes without spaces between words: SearchIndex.spaceless.
  var SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
  var SPACELESS_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
  // What the patterns of a clause are made of (see clause): in any text, and in ASCII text, where a simpler pattern
  // is found several times faster. A word in other letters starts and ends where it is not beside a letter or digit, but
  // for kanji and kana, which the index parts it from (SearchIndex.spacelessTerms).
  var ANY_TEXT = {
    between: '[^\\p{L}\\p{N}]+', touching: '[^\\p{L}\\p{N}]*',
    punctuation: '[^\\p{L}\\p{N}]*[^\\p{L}\\p{N}\\s][^\\p{L}\\p{N}]*',
    before: '(?:^|[^\\p{L}\\p{N}]|[' + SPACELESS_CLASS + '])',
    end: '(?=$|[^\\p{L}\\p{N}]|[' + SPACELESS_CLASS + '])',
    rest: '(?:(?![' + SPACELESS_CLASS + '])[\\p{L}\\p{N}])*',
    flags: 'gu'
  };
  // (ignoring case, so that it is found in an item's own text as well as in the text folded)
  var ASCII_TEXT = { between: '[^a-z0-9]+', touching: '[^a-z0-9]*', punctuation: '[^a-z0-9]*[^a-z0-9\\s][^a-z0-9]*', before: '(?:^|[^a-z0-9])', end: '(?![a-z0-9])', rest: '[a-z0-9]*', flags: 'gi' };

  // A character folded as SearchIndex.fold folds text: compatibility forms as their plain letters (full-width "Ｉ"
  // is "i", half-width "ｶ" is "カ", then "か"), accents removed ("ô" is "o") but the kana's voicing marks kept ("ガ" is not "カ"),
  // lower case, the soft hyphen dropped, katakana as hiragana ("ガ" is "が": SearchIndex.hiragana).
  var FOLDED = new Map();
  function foldChar(ch) {
    var f = FOLDED.get(ch);
    if (f === undefined) {
      f = ch.normalize('NFKD').replace(/(?![\u3099\u309a])\p{M}/gu, '').normalize('NFC').toLowerCase()
        .replace(/\u03c2/g, '\u03c3').replace(/\u00ad/g, '')
        .replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, function (k) { return String.fromCharCode(k.charCodeAt(0) - 0x60); });
      FOLDED.set(ch, f);
    }
    return f;
  }

  // The folded text, and for each of its characters where the character it comes from starts and ends in the text
  // (null when each is the character at its place: ASCII text), so that a match found in it is highlighted in the text.
  function fold(text) {
    if (/^[\x00-\x7f]*$/.test(text)) { return { text: text.toLowerCase(), start: null, end: null }; }
    var out = [], start = [], end = [];
    for (var i = 0; i < text.length;) {
      var n = text.codePointAt(i) > 0xffff ? 2 : 1;
      var f = foldChar(text.slice(i, i + n));
      var joined = (f === '\u3099' || f === '\u309a') && out.length ? (out[out.length - 1] + f).normalize('NFC') : '';
      if (joined.length === 1) {
        // a half-width "ｶ" then "ﾞ": one "ガ", as NFC makes it of the whole text
        out[out.length - 1] = joined;
        end[end.length - 1] = i + n;
      } else {
        for (var k = 0; k < f.length; k++) { out.push(f[k]); start.push(i); end.push(i + n); }
      }
      i += n;
    }
    return { text: out.join(''), start: start, end: end };
  }

  function escaped(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

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

  // The terms to look up in the index for one folded word: a word in other letters by itself (the index finds the
  // terms it starts); a run of kanji and kana by every two letters of it, as the index holds such runs.
  function lookups(word) {
    var out = [];
    pieces(word).forEach(function (piece) {
      if (!SPACELESS.test(piece) || piece.length < 2) { out.push(piece); return; }
      for (var i = 0; i + 2 <= piece.length; i++) { out.push(piece.slice(i, i + 2)); }
    });
    return out;
  }

  // The commonest English words, left out of a query that has other words (a reader's "the Court of Justice" finds
  // "International Court of Justice"); searched for when a query has nothing else, and inside quotes.
  var STOP = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

  // Light stemming: a plural is found as itself and as its singular ("sanctions" finds "sanction", "states" finds
  // "state", "policies" finds "policy", "witnesses" finds "witness"), not as the start of other words ("courts" does not
  // find "Courtesy") nor as a shorter word ("notes" does not find "not", nor "cases" "CAS"): "-es" is dropped only
  // after the letters that take it ("boxes", "churches", "vetoes"). The forms' common start, and the endings that
  // follow it in each, or null for a word that is not a plural ("status", "analysis", "process").
  function plural(word) {
    if (word.length <= 4 || !/[a-z]s$/.test(word) || /(ss|us|is)$/.test(word)) { return null; }
    var forms = [word];
    if (/ies$/.test(word)) { forms.push(word.slice(0, -3) + 'y'); } else { forms.push(word.slice(0, -1)); }
    if (/(ss|x|z|ch|sh|o)es$/.test(word)) { forms.push(word.slice(0, -2)); }
    var base = forms[forms.length - 1];
    while (!forms.every(function (f) { return f.indexOf(base) === 0; })) { base = base.slice(0, -1); }
    return { base: base, rests: forms.map(function (f) { return f.slice(base.length); }) };
  }

  // A word in "-y" after a consonant is the start of the words it starts, and of its plural in "-ies" ("party" finds
  // "parties", as "state" finds "states"): its start, the plural's ending, and `open`, the ending that may go on.
  function singular(word) {
    return word.length >= 4 && /[^aeiou]y$/.test(word) ? { base: word.slice(0, -1), rests: ['ies'], open: 'y' } : null;
  }

  // What stands for a mark of punctuation a reader types in quotes: itself, or one of the marks printed in its place
  // (a curly apostrophe for a straight one, a dash for a hyphen).
  var LIKE = ["'\u2018\u2019\u02bc", '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212'];
  function mark(ch) {
    var like = LIKE.filter(function (l) { return l.indexOf(ch) >= 0; });
    return like.length ? '[' + like[0].replace(/[\]\\^-]/g, '\\$&') + ']' : escaped(ch);
  }

  // The punctuation typed in a phrase in quotes, found in its place, with or without spaces between it and the words.
  function typedMarks(typed, first, last) {
    return (first ? '' : '\\s*') + Array.from(typed).map(mark).join('\\s*') + (last ? '' : '\\s*');
  }

  // A clause: words that must be found together, as a word or as a phrase. Each has the terms to look up (every one
  // must be in an item), and the pattern of the folded text that finds it where it is written (to highlight it, and,
  // where the terms alone may be found apart, to check it): the words in order, side by side with only spaces or
  // punctuation between them, a run of kanji and kana as written. The last word of a clause out of quotes is the start
  // of a word ("sanction" finds "sanctions"), but for a plural (see plural) and a word of one letter, which is a word
  // whole ("d" finds the "d" of "d'Ivoire", not "delegation"); in quotes, every word is whole, and the punctuation
  // typed before, between and after the words (`marks`, one more than the words) must be there ("the Court." is not
  // found in "the Court's"); where none is typed, any punctuation may be.
  function clause(words, quoted, compound, marks) {
    var terms = [], last = words[words.length - 1];
    var ending = quoted || SPACELESS.test(last.slice(-1)) ? null : last.length === 1 ? { base: last, rests: [''] } : plural(last) || singular(last);
    var written = ending ? words.slice(0, -1).concat([ending.base]) : words;
    written.forEach(function (w) { lookups(w).forEach(function (t) { terms.push(t); }); });
    return {
      terms: terms,
      // the endings the last term may have in the index (see plural and singular), or null for any
      ending: ending,
      words: words,
      // one word in other letters is found by its terms alone
      checked: quoted || words.length > 1 || SPACELESS.test(words[0]),
      pattern: pattern(written, quoted, compound, ANY_TEXT, ending, marks),
      // no ASCII text holds a word that is not
      asciiPattern: /^[\x00-\x7f]*$/.test(written.join('')) ? pattern(written, quoted, compound, ASCII_TEXT, ending, marks) : null
    };
  }

  // The parts of a word written with punctuation ("Secretary-General", "Japan's") are found with punctuation between
  // them ("Secretary–General", "Japan’s"), not a space ("Japan supports").
  function pattern(words, quoted, compound, parts, ending, marks) {
    var typed = function (k) { return marks && marks[k] ? typedMarks(marks[k], k === 0, k === words.length) : null; };
    var out = typed(0) || '';
    words.forEach(function (w, k) {
      if (k > 0) {
        out += typed(k) || (SPACELESS.test(words[k - 1].slice(-1)) || SPACELESS.test(w[0]) ? parts.touching : compound ? parts.punctuation : parts.between);
      }
      // A word's start is checked after it (by a lookbehind that holds it), so that the pattern starts with letters,
      // which the browser looks for fast; after the first word, what is between the words makes each start a word.
      out += escaped(w) + (k > 0 || SPACELESS.test(w[0]) ? '' : '(?<=' + parts.before + escaped(w) + ')');
      if (SPACELESS.test(w.slice(-1))) { return; }
      if (k < words.length - 1 || quoted) { out += parts.end; }
      else if (ending) {
        out += '(?:(?:' + ending.rests.map(escaped).join('|') + ')' + parts.end + (ending.open ? '|' + escaped(ending.open) + parts.rest : '') + ')';
      }
      else { out += parts.rest; }
    });
    return new RegExp(out + (typed(words.length) || ''), parts.flags);
  }

  // The clause's pattern for a folded text (see fold), or null when the text cannot hold it.
  function patternFor(c, folded) {
    return folded.start === null ? c.asciiPattern : c.pattern;
  }

  // The query's clauses, and all its words in order when it has more than one clause: each phrase in quotes ("…" or “…”, to the end when left open), and each other word, which
  // is a phrase of its parts when it holds punctuation ("Secretary-General", "d'Ivoire", "国際刑事裁判所、日本").
  function clauses(query) {
    var out = [], common = [], all = [];
    var re = /["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?|[^\s"\u201c\u201d]+/g, m;
    while ((m = re.exec(query)) !== null) {
      var quoted = m[1] !== undefined;
      // the words, and the punctuation before each and after the last, spaces left out
      var words = [], marks = [''];
      fold(quoted ? m[1] : m[0]).text.split(/([^\p{L}\p{N}]+)/u).forEach(function (part, k) {
        if (k % 2 === 1) { marks[marks.length - 1] += part.replace(/\s+/gu, ''); } else if (part) { words.push(part); marks.push(''); }
      });
      if (!words.length) { continue; }
      all = all.concat(words);
      var c = clause(words, quoted, !quoted && words.length > 1, quoted ? marks : null);
      c.typed = quoted ? m[1] : m[0]; // as the reader typed it, for the status
      (!quoted && words.length === 1 && STOP.has(words[0]) ? common : out).push(c);
    }
    return { clauses: out.length ? out : common, words: out.length + common.length > 1 ? all : [] };
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
    prepared = { raw: raw, documents: documents, items: items, blocks: blocks, ascii: new Uint8Array(items.length) };
    return prepared;
  }

  // Calls back with each item that holds a term starting with `term` and going on with one of `ending.rests` or with
  // anything after `ending.open` (with anything when `ending` is null) (an id in the whole index, more than once when it
  // holds several such terms), and whether that term is `term` whole (or with "s" or "es" more, or one of the endings).
  // The postings are read by hand: at thousands of documents, splitting them and parsing each id took most of the time.
  function eachItem(index, term, ending, found) {
    index.blocks.forEach(function (b) {
      for (var i = lowerBound(b.terms, term); i < b.terms.length && b.terms[i].indexOf(term) === 0; i++) {
        var rest = b.terms[i].slice(term.length);
        var listed = ending !== null && (ending.rests.indexOf(rest) >= 0 || rest === ending.open);
        if (ending !== null && !listed && !(ending.open && rest.indexOf(ending.open) === 0)) { continue; }
        var whole = ending !== null ? listed : rest === '' || rest === 's' || rest === 'es';
        var p = b.postings[i], id = 0;
        for (var k = 0; k <= p.length; k++) {
          var c = k < p.length ? p.charCodeAt(k) : 44;
          if (c === 44) { found(b.first + id, whole); id = 0; } else { id = id * 36 + (c <= 57 ? c - 48 : c - 87); }
        }
      }
    });
  }

  // The text an item is indexed by (SearchIndex.block): a paragraph's, a document's title and what its page states,
  // an entity's name and other spellings.
  function indexedText(index, item) {
    return item[0] === 0 ? item[3] : item[0] === 2 ? index.documents[item[1]][0] + ' ' + item[2] : item[1] + ' ' + item[4];
  }

  // An item's text as its patterns are looked for in it: ASCII text as it is (its patterns ignore case), which the
  // index remembers, other text folded.
  function searchedText(index, id) {
    var text = indexedText(index, index.items[id]);
    if (index.ascii[id] === 0) { index.ascii[id] = /^[\x00-\x7f]*$/.test(text) ? 1 : 2; }
    return index.ascii[id] === 1 ? { text: text, start: null, end: null } : fold(text);
  }

  function matches(c, folded) {
    var pattern = patternFor(c, folded);
    if (pattern === null) { return false; }
    pattern.lastIndex = 0;
    return pattern.test(folded.text);
  }

  function search(index, query) {
    var parsed = clauses(query);
    return find(index, parsed.clauses, parsed.words);
  }

  // The items that hold every clause, best first, and the clause of all the words side by side (`words`, if several)
  function find(index, found, words) {
    if (!found.length) { return { clauses: found, ids: [], together: null }; }
    // how many of the terms so far each item holds (an item must hold every one), and how many of the words it holds whole
    var n = index.items.length, held = new Uint16Array(n), score = new Uint8Array(n), credited = new Uint16Array(n);
    var terms = 0;
    found.forEach(function (c, number) {
      c.terms.forEach(function (t, k) {
        eachItem(index, t, k === c.terms.length - 1 ? c.ending : null, function (id, whole) {
          if (held[id] === terms) { held[id] = terms + 1; }
          // a word found whole counts once for its clause, for a word that need not be checked in the text
          if (whole && !c.checked && held[id] === terms + 1 && credited[id] !== number + 1 && score[id] < 255) {
            credited[id] = number + 1;
            score[id]++;
          }
        });
        terms++;
      });
    });
    var ids = [];
    for (var id = 0; id < n; id++) { if (held[id] === terms) { ids.push(id); } }
    // the words of the query side by side, in its order (stop words too): what a reader who wrote them means most. Not
    // looked for among more items than a reader will look through, where it would take the time of a keystroke or more.
    var together = words.length > 1 && ids.length <= TOGETHER_AT_MOST ? clause(words, false, false) : null;
    var checked = found.filter(function (c) { return c.checked; });
    if (checked.length || together) {
      ids = ids.filter(function (id) {
        var text = searchedText(index, id);
        if (!checked.every(function (c) { return matches(c, text); })) { return false; }
        if (together && matches(together, text)) { score[id] = Math.min(255, score[id] + 100); }
        return true;
      });
    }
    // entities first, then documents, then paragraphs; in each, the items with the words together and whole first,
    // then in the index's order
    var rank = { 1: 0, 2: 1, 0: 2 };
    ids.sort(function (a, b) {
      var ea = rank[index.items[a][0]], eb = rank[index.items[b][0]];
      return ea !== eb ? ea - eb : (score[b] - score[a]) || a - b;
    });
    return { clauses: found, ids: ids, together: together };
  }

  // A piece of the text around its first match (of the words together, if they are), the matches highlighted; or,
  // with `whole` (a title), the whole text.
  function snippet(text, found, whole) {
    var folded = fold(text);
    var ranges = [], anchor = null;
    var patterns = found.clauses.map(function (c) { return patternFor(c, folded); });
    if (found.together) { patterns.unshift(patternFor(found.together, folded)); }
    patterns.forEach(function (pattern, k) {
      if (pattern === null) { return; }
      pattern.lastIndex = 0;
      var m;
      while ((m = pattern.exec(folded.text)) !== null) {
        if (m[0].length === 0) { pattern.lastIndex++; continue; }
        var start = m.index, end = m.index + m[0].length;
        // back to the text's own characters
        if (folded.start) { start = folded.start[start]; end = folded.end[end - 1]; }
        ranges.push([start, end]);
        if (anchor === null && (k === 0 || !found.together)) { anchor = start; }
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var first = anchor !== null ? anchor : ranges.length ? ranges[0][0] : 0;
    var from = whole ? 0 : Math.max(0, first - 60), to = whole ? text.length : Math.min(text.length, first + 160);
    // whole words at both ends, where a space is near
    if (from > 0) { var sp = text.indexOf(' ', from); if (sp > 0 && sp < first) { from = sp + 1; } }
    if (to < text.length) { var back = text.lastIndexOf(' ', to); if (back > first + 100) { to = back; } }
    var frag = document.createDocumentFragment();
    if (from > 0) { frag.appendChild(document.createTextNode('…')); }
    var pos = from;
    ranges.forEach(function (r) {
      var start = Math.max(r[0], pos), end = Math.min(r[1], to);
      if (start >= end) { return; }
      frag.appendChild(document.createTextNode(text.slice(pos, start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      frag.appendChild(mark);
      pos = end;
    });
    frag.appendChild(document.createTextNode(text.slice(pos, to) + (to < text.length ? '…' : '')));
    return frag;
  }

  // Why a query of several words finds nothing, so that the reader can mend it: the words found nowhere (a name
  // misspelt: "Human Rights Wach"), or, when each is found, that no one item holds them all.
  function why(index, found) {
    if (found.clauses.length < 2) { return ''; }
    var nowhere = found.clauses.filter(function (c) { return find(index, [c], []).ids.length === 0; })
      .map(function (c) { return '“' + c.typed + '”'; });
    if (!nowhere.length) { return ': every word is found, but no one paragraph, title or name holds them all'; }
    var last = nowhere.pop();
    return ': ' + (nowhere.length ? nowhere.join(', ') + ' and ' + last + ' are' : last + ' is') + ' found nowhere';
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

  // `menu`: the results are the menu under the box at the top of a page, whose status is for screen readers only; on
  // the search page, the status is shown above the results.
  function render(raw, query, list, status, root, menu) {
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
        title.appendChild(marked(document.createElement('span'), item[5])).appendChild(snippet(item[1], found, true));
        title.appendChild(document.createTextNode(' (' + item[3] + ')'));
        // under the name (highlighted above), its other spellings, if it has any
        if (item[4]) { text.appendChild(snippet(item[4], found)); }
        marked(text, item[6]);
      } else if (item[0] === 2) {
        var whole = index.documents[item[1]];
        a.href = root + whole[1];
        marked(title, whole[2]).appendChild(snippet(whole[0], found, true));
        text.appendChild(snippet(item[2], found));
        marked(text, item[3]);
      } else {
        var doc = index.documents[item[1]];
        a.href = root + doc[1] + '#p-' + item[2];
        title.appendChild(span(doc[0], doc[2]));
        title.appendChild(document.createTextNode(', ¶\u00a0' + item[2]));
        text.appendChild(snippet(item[3], found));
        marked(text, item[4]);
      }
      a.appendChild(title);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
    var n = found.ids.length;
    // the query as the reader wrote it, cut short when long (a pasted paragraph): the status is read aloud
    var chars = Array.from(query.trim().replace(/\s+/g, ' '));
    var shown = chars.length > 60 ? chars.slice(0, 60).join('') + '…' : chars.join('');
    // a query that is a phrase in quotes is shown in its own quotes, curly
    var quoted = /^["\u201c][^"\u201c\u201d]*["\u201d]$/.test(shown) ? '“' + shown.slice(1, -1) + '”' : '“' + shown + '”';
    // the menu under the search box says so too (its style shows this), as its status is for screen readers only
    // a query of punctuation alone ("---") has no word to look for: the reader is told so, not left with nothing
    var none = found.clauses.length > 0 ? 'No results for ' + quoted + (n === 0 ? why(index, found) : '')
      : shown !== '' ? 'Nothing to search for in ' + quoted + ': type a word or a number' : '';
    // (not on the search page, where the status shows it already)
    if (n === 0 && none !== '' && menu) {
      list.setAttribute('data-none', none);
    } else {
      list.removeAttribute('data-none');
    }
    list.hidden = n === 0 && !list.hasAttribute('data-none');
    status.textContent = n === 0 ? none
      : n + (n === 1 ? ' result' : ' results') + ' for ' + quoted + (n > MAX_SHOWN ? ', the first ' + MAX_SHOWN + ' shown' : '');
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
      loadIndex(src, function (index) { if (input.value === q) { render(index, q, list, status, root, dropdown); } });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    var dropdown = !form.hasAttribute('data-page');
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = list.querySelector('a');
        // after Escape, the results closed come back
        if (first) { e.preventDefault(); list.hidden = false; first.focus(); }
      } else if (e.key === 'Escape' && dropdown && !list.hidden) {
        // closes the menu and keeps the query (the down arrow opens it again): the browser's own Escape in a search
        // box empties it, which emptied the menu too, even under a result the down arrow had just moved to; a second
        // Escape empties the box
        e.preventDefault();
        list.hidden = true;
      }
    });
    if (dropdown) {
      // The menu of results closes when the reader goes elsewhere on the page (by Tab or a click), where it would
      // hide what they went to, and opens again when they come back to the box.
      var elsewhere = function (e) { if (!form.contains(e.target)) { list.hidden = true; } };
      document.addEventListener('focusin', elsewhere);
      document.addEventListener('pointerdown', elsewhere);
      var reopen = function () {
        if (input.value.trim() && (list.firstChild || list.hasAttribute('data-none'))) { list.hidden = false; }
      };
      input.addEventListener('focus', function (e) {
        if (!e.relatedTarget || !form.contains(e.relatedTarget)) { reopen(); } // not from a result, by Escape or ArrowUp
      });
      // and by a click in the box, which may have kept the focus (after Escape, or a click on the page that took none)
      input.addEventListener('click', reopen);
    }
    list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (e.key === 'Escape') { if (dropdown) { list.hidden = true; } input.focus(); }
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

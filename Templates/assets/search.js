/* Glossary search: a combobox (WAI-ARIA 1.2 pattern, list autocomplete with manual
   selection) over the site's search-index.json. No dependencies.

   - The index is fetched on first use (focus or typing), once, and prepared once: every
     title, alias and description is folded in the index's language (its "language", else
     the page's <html lang>) and split into words (runs of letters, marks and digits).
     Folding: lower case by the language's rules (Turkish and Azerbaijani I -> ı, İ -> i);
     then, per letter with combining marks (NFD), each mark is dropped when the language's
     collation (CLDR, through Intl.Collator with sensitivity "base") says the letter with it
     is the same base letter as without it ("é" is "e" in English and French; "ç", "ş",
     "ğ", "ö", "ü" are letters of their own in Turkish, "ñ" in Spanish, "å" in Swedish, "ê"
     in Vietnamese, whose tone marks are dropped), and kept otherwise; each distinct word gets an id in a sorted vocabulary; terms keep the ids
     of their title and alias words, and descriptions become an inverted index (word ->
     terms). A keystroke matches the query's words against the vocabulary only (a few
     thousand words), then ranks every term with integer look-ups, never the raw text.
   - Ranking, best first; ties keep the index's order (A-Z reading order):
       0 the title or an alias is the query
       1 the title starts with the query
       2 every query word starts a word of the title or of an alias
       3 the title or an alias contains the query inside a word (3+ characters)
       4 every query word starts a word of the title, an alias or the description (terms
         with some of the words in their title or aliases first)
     In scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
     Myanmar) a word of the index is a whole run of text, so a query word in such a script
     also matches anywhere inside a word ("架构" finds 软件架构), and a query word in another
     script matches inside such a run where it follows a character of it ("api" in
     "使用api"); those count as the word-start matches of tiers 2 and 4. No typo tolerance
     for them: one edit in a few ideographs is another word.
     Query words of 5 or more characters also match words one edit away (insertion,
     deletion, substitution, or two neighbours swapped), also as the start of a word
     ("comiss" finds "commission"). Such a match ranks right below the exact matches of its
     own tier and above the next tier: "pubisher" lists Publisher (tier 0 with a typo)
     before titles that start with "pub" and before any description match. Within tiers 0
     and 2, matches in the title come before matches found only in an alias.
   - Up to 10 results: title, part of speech, description (cut around its first match),
     matches in <mark>. Built with createElement and textContent only, never innerHTML:
     titles and descriptions are data, not markup.
   - Keys: ArrowDown/ArrowUp move (and wrap; from a closed list they open it), Enter opens
     the active result or else the first, Escape closes the list and a second Escape clears
     the box, "/" anywhere outside a field focuses the box. index.html?q=term opens with that
     search done.
   - window.__glossarySearch(query) runs a search without touching the page and returns
     {ms, total, results}; .ready() loads the index; .timings lists {query, search, render,
     total} per rendered keystroke; .load has the load times. bench/search-latency and the
     browser tests use them. */
/* The interface strings of the theme's scripts (this one and tags.js, which is loaded
   after it): window.glossaryStrings.

   The page's <script type="application/json" id="glossary-strings"> holds the js_ keys of
   the theme's i18n/<code>.yml, resolved for the site's language by the build; it is read
   as data, never run. A key it lacks, or a page without it, gets the English that the
   calling script carries. A count is {forms: {one, few, ..., other}, language}:
   Intl.PluralRules (CLDR) picks the form. */
(function () {
  "use strict";

  var STRINGS = (function () {
    var source = document.getElementById("glossary-strings"), data = null;
    try {
      data = source ? JSON.parse(source.textContent || "{}") : null;
    } catch (error) {
      data = null;
    }
    return data && typeof data.strings === "object" && data.strings ? data.strings : {};
  })();

  function fillIn(text, values) {
    return String(text).replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function pluralForm(value, count) {
    if (typeof value === "string") return value;
    if (!value || typeof value !== "object" || !value.forms) return null;
    var category;
    try {
      category = new Intl.PluralRules(value.language || document.documentElement.lang || "en").select(count);
    } catch (error) {
      category = count === 1 ? "one" : "other";
    }
    return typeof value.forms[category] === "string" ? value.forms[category] : value.forms.other;
  }

  // The string `key`, with {name} filled from `values`; `count` chooses a plural form.
  function lookup(english, key, values, count) {
    var n = count === undefined ? 0 : count;
    var text = pluralForm(STRINGS[key], n);
    if (typeof text !== "string") text = pluralForm(english[key], n);
    return fillIn(typeof text === "string" ? text : key, values);
  }

  // ui(key, values, count) for a script whose own English strings are `english`.
  window.glossaryStrings = function (english) {
    return function ui(key, values, count) {
      return lookup(english, key, values, count);
    };
  };
})();

(function () {
  "use strict";

  var MAX_RESULTS = 10;
  var TYPO_MIN = 5;         // query words this long tolerate one edit
  var INFIX_MIN = 3;        // shortest query matched inside a word of a title
  var SNIPPET = 150;        // characters of description shown
  var SNIPPET_LEAD = 30;    // characters kept before the first highlighted word...
  var SNIPPET_SEEN = 80;    // ...when it would end further in than this (two short lines)

  // Per vocabulary word and query word: how the word matches.
  // INFIX: inside a word of a script written without spaces (see above).
  var EQ = 1, PREFIX = 2, TYPO_EQ = 4, TYPO_PREFIX = 8, INFIX = 16;
  var EXACT = EQ | PREFIX | INFIX, ANY = EQ | PREFIX | TYPO_EQ | TYPO_PREFIX | INFIX;

  // Interface strings (window.glossaryStrings, above): the page's, else these English ones.
  var ENGLISH = {
    search_also: "also",
    search_deprecated: "deprecated",
    search_no_match: "No terms match “{query}”.",
    search_results: { forms: { one: "{count} result", other: "{count} results" }, language: "en" },
    search_some_shown: "{results}, first {shown} shown",
    search_needs_http: "Search works only when the site is served over HTTP, not opened as files.",
    search_unavailable: "Search is unavailable: the search index could not be loaded.",
    search_loading: "Loading the search index…"
  };
  // window.glossaryStrings (above) looks keys up in the page's strings, else in ENGLISH.
  var ui = window.glossaryStrings(ENGLISH);

  var form = document.querySelector("form.search[data-index]");
  if (!form) return;
  var input = form.querySelector(".search-input");
  var list = form.querySelector(".search-results");
  var status = form.querySelector(".search-status");
  if (!input || !list || !status) return;

  var root = form.getAttribute("data-root") || "";
  // The sharded index beside the page's site root (SitePaths.searchFolder).
  var base = root + "search/";

  var index = null;      // the prepared index once loaded
  var loading = null;    // the pending load, so the index is fetched once
  var failed = false;
  var shown = [];        // records of the listed results
  var active = -1;       // the highlighted option, -1 for none
  var pendingEnter = false;
  var shownQuery = null; // the query whose results (or message) are shown
  var timings = [];      // {query, search, render} in ms, for the benchmark

  // The form stays hidden for readers without JavaScript; from here on it works.
  form.hidden = false;
  list.id = list.id || "search-results";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");
  input.setAttribute("inputmode", "search"); // a search key on phone keyboards

  // ---------------------------------------------------------------------------------
  // Text folding, in the language of the index (see the top): lower case by the language's
  // rules, combining marks dropped where the language's collation says they do not make
  // another letter, final sigma as sigma. Words are runs of letters, marks and digits.

  var MARKED = /\P{M}\p{M}+/gu;      // a character and the combining marks after it (NFD)
  var LEADING_MARKS = /^\p{M}+/u;     // marks with nothing to sit on
  var NON_ASCII = /[^\x00-\x7f]/;
  var SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
  var WORD_CHAR = /[\p{L}\p{N}]/u;
  var IS_MARK = /^\p{M}$/u;
  // Scripts written without spaces between words: their words are matched inside runs.
  var SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
  // Languages whose lower case differs from the default (Unicode SpecialCasing): I and İ.
  var LOCALE_CASE = /^(tr|az|lt)(-|$)/i;

  var language = "";     // the BCP 47 code folding follows
  var lowerIn = null;    // the code for toLocaleLowerCase, when the language needs it
  var sameBase = null;   // (a, b) -> are they the same base letters in the language?
  var clusters = new Map(); // letter with marks -> its folded form, in this language

  function setLanguage(code) {
    var valid = typeof code === "string" && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code);
    var tag = valid ? code : "en";
    if (tag === language) return;
    language = tag;
    clusters = new Map();
    lowerIn = null;
    sameBase = null;
    try {
      if (LOCALE_CASE.test(tag)) {
        "I".toLocaleLowerCase(tag);
        lowerIn = tag;
      }
      var collator = new Intl.Collator(tag, { sensitivity: "base" });
      sameBase = function (a, b) { return collator.compare(a, b) === 0; };
    } catch (error) {
      // No Intl (or not this tag): every combining mark goes, as everywhere before.
      sameBase = null;
    }
  }
  setLanguage(document.documentElement.getAttribute("lang") || "en");

  // One letter and its marks (NFD), folded: each mark kept only if the language's collation
  // tells the letter with it from the letter without it.
  function foldCluster(cluster) {
    var done = clusters.get(cluster);
    if (done !== undefined) return done;
    var chars = Array.from(cluster), kept = chars[0];
    for (var i = 1; i < chars.length; i++) {
      if (sameBase && !sameBase(kept + chars[i], kept)) kept += chars[i];
    }
    kept = kept.normalize("NFC");
    if (clusters.size > 4096) clusters.clear();
    clusters.set(cluster, kept);
    return kept;
  }

  function lower(text) {
    return lowerIn ? text.toLocaleLowerCase(lowerIn) : text.toLowerCase();
  }

  function fold(text) {
    var folded = lower(String(text));
    if (!NON_ASCII.test(folded)) return folded;
    return folded.normalize("NFD").replace(MARKED, foldCluster).replace(LEADING_MARKS, "").replace(/ς/g, "σ");
  }

  // Does `word` contain characters of a script written without spaces?
  function spaceless(word) {
    return NON_ASCII.test(word) && SPACELESS.test(word);
  }

  // Where the query word `q` matches inside vocabulary word `v` (not at its start), or -1:
  // anywhere if `q` is in a script without spaces, else only right after such a character.
  function infixAt(q, v, anywhere) {
    for (var at = v.indexOf(q, 1); at > 0; at = v.indexOf(q, at + 1)) {
      if (anywhere) return at;
      var back = at >= 2 && v.charCodeAt(at - 1) >= 0xdc00 && v.charCodeAt(at - 1) <= 0xdfff ? 2 : 1;
      if (SPACELESS.test(v.slice(at - back, at))) return at;
    }
    return -1;
  }

  function words(text) {
    if (!text) return [];
    var parts = fold(text).split(SEPARATORS);
    if (parts.length && parts[0] === "") parts.shift();
    if (parts.length && parts[parts.length - 1] === "") parts.pop();
    return parts;
  }

  function normalize(text) {
    return words(text).join(" ");
  }

  // The folded text of `text` with, per folded character, where it came from in the
  // original: starts[k], ends[k]. Separator runs become one space. Used only to
  // highlight the few results shown, so it may be slow.
  function analyze(text) {
    var norm = "", starts = [], ends = [], gap = false;
    for (var j = 0; j < text.length;) {
      var c = text.charCodeAt(j), start = j, folded;
      var next = j + 1 < text.length ? text.charCodeAt(j + 1) : 0;
      if (c < 128 && next < 0x300 && !(lowerIn && c === 73)) {
        // ASCII without a combining mark after it, the common case: a letter or digit folds
        // to itself in lower case (but Turkish I is ı).
        j++;
        var l = c >= 65 && c <= 90 ? c + 32 : c;
        folded = (l >= 97 && l <= 122) || (l >= 48 && l <= 57) ? String.fromCharCode(l) : null;
      } else {
        // A character and the combining marks after it, folded together.
        j += c >= 0xd800 && c <= 0xdbff && j + 1 < text.length ? 2 : 1;
        while (j < text.length) {
          var d = text.charCodeAt(j), width = d >= 0xd800 && d <= 0xdbff && j + 1 < text.length ? 2 : 1;
          if (!IS_MARK.test(text.slice(j, j + width))) break;
          j += width;
        }
        folded = fold(text.slice(start, j));
        if (folded === "") {
          // A combining mark: it belongs to the character before it.
          if (ends.length && !gap) ends[ends.length - 1] = j;
          continue;
        }
        if (!WORD_CHAR.test(folded)) folded = null;
      }
      if (folded === null) {
        if (norm !== "") gap = true;
        continue;
      }
      if (gap) {
        norm += " ";
        starts.push(start);
        ends.push(start);
        gap = false;
      }
      for (var i = 0; i < folded.length; i++) {
        norm += folded.charAt(i);
        starts.push(start);
        ends.push(j);
      }
    }
    return tokenize(text, norm, starts, ends);
  }

  function tokenize(text, norm, starts, ends) {
    var tokens = [], at = 0;
    if (norm !== "") {
      norm.split(" ").forEach(function (word) {
        tokens.push({ word: word, from: at, to: at + word.length });
        at += word.length + 1;
      });
    }
    return { text: text, norm: norm, starts: starts, ends: ends, tokens: tokens };
  }

  // ---------------------------------------------------------------------------------
  // One edit (optimal string alignment): is a within one edit of b.slice(0, bl)?

  function restEqual(a, ai, b, bi, bl) {
    if (a.length - ai !== bl - bi) return false;
    for (; bi < bl; ai++, bi++) {
      if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
    }
    return true;
  }

  function withinOne(a, b, bl) {
    var al = a.length, d = al - bl;
    if (d > 1 || d < -1) return false;
    var m = al < bl ? al : bl, i = 0;
    while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === m) return true;
    if (d === 1) return restEqual(a, i + 1, b, i, bl);
    if (d === -1) return restEqual(a, i, b, i + 1, bl);
    if (restEqual(a, i + 1, b, i + 1, bl)) return true;
    return i + 1 < al && a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) && restEqual(a, i + 2, b, i + 2, bl);
  }

  // ---------------------------------------------------------------------------------
  // The sharded index (written by SearchShards.swift; see its comment for the files).
  // Every file is a script that calls __glossarySearchShard(name, data): <script> elements
  // load from file:// too, where fetch() is refused.

  // The index is ours, but a URL with a scheme ("javascript:", "https:") or an absolute
  // path is not a page of this site: refuse it rather than link to it.
  function isSiteRelative(url) {
    return typeof url === "string" && url !== "" &&
      !/^[a-z][a-z0-9+.-]*:/i.test(url) && url.charAt(0) !== "/" && url.charAt(0) !== "\\";
  }

  function text(value) {
    return typeof value === "string" ? value : "";
  }

  var TEXT_MIN = 3;          // query words this long also search the full text...
  var TEXT_MIN_SPACELESS = 2; // ...a pair of characters in a script without spaces
  var BITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var EMPTY = [];

  var waiting = new Map(); // file name -> resolve, while its script loads
  window.__glossarySearchShard = function (name, value) {
    var resolve = waiting.get(name);
    if (resolve) {
      waiting.delete(name);
      resolve(value);
    }
  };

  // The shard key form, as SearchWords.coarse: lower case, no marks, ı as i, ς as σ.
  function coarse(word) {
    return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/ς/g, "σ");
  }

  function fileKey(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // How the query word q matches the folded vocabulary word v: EQ, PREFIX, INFIX, typos, 0.
  function wordFlag(q, v) {
    if (v.startsWith(q)) return v.length === q.length ? EQ | PREFIX : PREFIX;
    var anywhere = spaceless(q);
    if ((anywhere || spaceless(v)) && infixAt(q, v, anywhere) > 0) return INFIX;
    var wl = q.length, vl = v.length;
    if (wl < TYPO_MIN || anywhere || vl < wl - 1) return 0;
    if (withinOne(q, v, vl)) return TYPO_EQ | TYPO_PREFIX;
    if (withinOne(q, v, wl - 1) || (vl > wl && withinOne(q, v, wl)) ||
        (vl > wl + 1 && withinOne(q, v, wl + 1))) return TYPO_PREFIX;
    return 0;
  }

  function Index(manifest) {
    setLanguage(typeof manifest.language === "string" ? manifest.language
      : document.documentElement.getAttribute("lang") || "en");
    this.manifest = manifest;
    this.terms = manifest.terms | 0;
    this.chunk = Math.max(1, manifest.chunk | 0);
    this.vocabularyKeys = new Set(Array.isArray(manifest.vocabulary) ? manifest.vocabulary : []);
    this.nameKeys = new Set(Array.isArray(manifest.words) ? manifest.words : []);
    this.textKeys = new Set(Array.isArray(manifest.text) ? manifest.text : []);
    this.files = new Map();  // name -> promise of its data
    this.data = new Map();   // name -> its data, once loaded (prepared)
    this.words = new Map();  // query word -> what it needs and, once loaded, its matches
    this.cache = new Map();  // query -> search result
    this.records = [];       // term number -> record
  }

  Index.prototype.load = function (name) {
    var self = this, pending = this.files.get(name);
    if (pending) return pending;
    pending = new Promise(function (resolve, reject) {
      waiting.set(name, resolve);
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.async = true;
      script.onload = function () {
        script.remove();
        if (waiting.get(name) === resolve) {
          waiting.delete(name);
          reject(new Error(name));
        }
      };
      script.onerror = function () {
        script.remove();
        waiting.delete(name);
        reject(new Error(name));
      };
      document.head.appendChild(script);
    }).then(function (value) {
      self.data.set(name, self.prepare(name, value));
    });
    this.files.set(name, pending);
    return pending;
  };

  // Folds a vocabulary file's words once (the index holds them as written, lowercased).
  Index.prototype.prepare = function (name, value) {
    function folded(list) {
      return (Array.isArray(list) ? list : []).filter(function (w) { return typeof w === "string"; })
        .map(function (w) { return { word: w, folded: normalize(w) }; })
        .filter(function (e) { return e.folded !== "" && e.folded.indexOf(" ") < 0; });
    }
    if (name.charAt(0) === "v" && name.charAt(1) === "/") {
      return { names: folded(value && value.names), text: folded(value && value.text) };
    }
    if (name === "names") return folded(value);
    if (name.charAt(0) === "n" || name.charAt(0) === "x") {
      var map = new Map();
      (Array.isArray(value) ? value : []).forEach(function (e) {
        if (Array.isArray(e) && typeof e[0] === "string") map.set(e[0], e[1]);
      });
      return map;
    }
    if (name.charAt(0) === "t") {
      var first = (+name.slice(2)) * this.chunk, self = this;
      (Array.isArray(value) ? value : []).forEach(function (r, i) {
        if (!Array.isArray(r) || typeof r[0] !== "string" || !isSiteRelative(r[2])) return;
        self.records[first + i] = {
          title: r[0],
          aliases: Array.isArray(r[1]) ? r[1].filter(function (a) { return typeof a === "string" && a !== ""; }) : [],
          // The last r[6] names are deprecated ones (only present when there are any).
          deprecated: Array.isArray(r[1]) && r[6] > 0 ? r[1].slice(-r[6]) : [],
          url: r[2],
          part_of_speech: text(r[3]),
          description: text(r[4]),
          text: text(r[5])
        };
      });
      return true;
    }
    return value;
  };

  // The longest shard key (of `keys`) that starts the word's coarse form.
  function shardOf(keys, word) {
    var c = Array.from(coarse(word));
    for (var l = Math.min(c.length, 24); l >= 1; l--) {
      var key = c.slice(0, l).join("");
      if (keys.has(key)) return key;
    }
    return null;
  }

  function pairs(word) {
    var chars = Array.from(word), out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  // What the query word q needs, step by step: its vocabulary file(s), then the shards of
  // the words that match. Resolves to the word's matches:
  //   names: Map term -> [place, flag, place, flag, ...] (place as SearchShards writes it)
  //   text:  Map term -> 2 (exact or prefix) or 1 (one edit)
  //   inside: Map term -> 12 (inside a word of the title) or 13 (of an alias)
  Index.prototype.word = function (q, single) {
    var cacheKey = (single ? "1" : "0") + q, known = this.words.get(cacheKey);
    if (known) return known.promise;
    var self = this, entry = { ready: false, value: null };
    var first = Array.from(coarse(q))[0] || "";
    var anywhere = spaceless(q);
    var wantText = q.length >= (anywhere ? TEXT_MIN_SPACELESS : TEXT_MIN);
    var wantInside = single && !anywhere && q.length >= INFIX_MIN && this.manifest.names === true;
    var needs = [];
    if (this.vocabularyKeys.has(first)) needs.push(this.load("v/" + fileKey(first)));
    if (wantInside) needs.push(this.load("names"));
    var textPairs = wantText && anywhere ? pairs(q) : null;
    entry.promise = Promise.all(needs).then(function () {
      var vocabulary = self.vocabularyKeys.has(first) ? self.data.get("v/" + fileKey(first)) : { names: [], text: [] };
      var nameWords = [], textWords = [], insideWords = [], shards = new Set();
      vocabulary.names.forEach(function (e) {
        var f = wordFlag(q, e.folded);
        if (f) nameWords.push([e.word, f]);
      });
      if (wantText && !anywhere) {
        vocabulary.text.forEach(function (e) {
          var f = wordFlag(q, e.folded);
          if (f) textWords.push([e.word, f & EXACT ? 2 : 1]);
        });
      }
      if (textPairs) textPairs.forEach(function (p) { textWords.push([p, 2]); });
      if (wantInside) {
        self.data.get("names").forEach(function (e) {
          if (e.folded.indexOf(q, 1) > 0 && !(wordFlag(q, e.folded) & ANY)) insideWords.push(e.word);
        });
      }
      function need(keys, kind, word) {
        var key = shardOf(keys, word);
        if (key !== null) shards.add(kind + "/" + fileKey(key));
        return key;
      }
      nameWords.forEach(function (w) { need(self.nameKeys, "n", w[0]); });
      insideWords.forEach(function (w) { need(self.nameKeys, "n", w); });
      textWords = textWords.filter(function (w) { return need(self.textKeys, "x", w[0]) !== null; });
      return Promise.all(Array.from(shards, function (name) { return self.load(name); })).then(function () {
        entry.value = self.matches(nameWords, textWords, insideWords, textPairs);
        entry.ready = true;
        return entry.value;
      });
    });
    this.words.set(cacheKey, entry);
    if (this.words.size > 256) this.words.delete(this.words.keys().next().value);
    return entry.promise;
  };

  Index.prototype.postings = function (kind, word) {
    var key = shardOf(kind === "n" ? this.nameKeys : this.textKeys, word);
    var shard = key === null ? null : this.data.get(kind + "/" + fileKey(key));
    return shard ? shard.get(word) : undefined;
  };

  // Calls visit(term) for every term of a text posting list (deltas, or a bitmap string).
  function eachTerm(list, visit) {
    if (typeof list === "string") {
      for (var i = 0; i < list.length; i++) {
        var bits = BITS.indexOf(list.charAt(i));
        for (var b = 0; bits > 0 && b < 6; b++) if (bits & (1 << b)) visit(i * 6 + b);
      }
    } else if (Array.isArray(list)) {
      for (var k = 0, t = 0; k < list.length; k++) visit(t += list[k]);
    }
  }

  Index.prototype.matches = function (nameWords, textWords, insideWords, textPairs) {
    var self = this, names = new Map(), textHits = new Map(), inside = new Map();
    nameWords.forEach(function (w) {
      var list = self.postings("n", w[0]);
      if (!Array.isArray(list)) return;
      for (var k = 0, t = 0; k + 1 < list.length; k += 2) {
        t += list[k];
        var places = names.get(t);
        if (!places) names.set(t, places = []);
        places.push(list[k + 1], w[1]);
      }
    });
    insideWords.forEach(function (w) {
      var list = self.postings("n", w);
      if (!Array.isArray(list)) return;
      for (var k = 0, t = 0; k + 1 < list.length; k += 2) {
        t += list[k];
        var key = list[k + 1] >= 128 ? 13 : 12;
        if (!inside.has(t) || inside.get(t) > key) inside.set(t, key);
      }
    });
    if (textPairs) {
      // Every pair of the query word: terms that have them all.
      var counts = new Map();
      textWords.forEach(function (w) {
        eachTerm(self.postings("x", w[0]), function (t) { counts.set(t, (counts.get(t) || 0) + 1); });
      });
      counts.forEach(function (c, t) { if (c === textPairs.length) textHits.set(t, 2); });
    } else {
      textWords.forEach(function (w) {
        eachTerm(self.postings("x", w[0]), function (t) { if ((textHits.get(t) || 0) < w[1]) textHits.set(t, w[1]); });
      });
    }
    return { names: names, text: textHits, inside: inside };
  };

  // Loads what the query needs; resolves when search(query) can run.
  Index.prototype.need = function (query) {
    var qwords = query === "" ? [] : query.split(" "), self = this;
    return Promise.all(qwords.map(function (w) { return self.word(w, qwords.length === 1); }));
  };

  Index.prototype.ready = function (query) {
    var qwords = query === "" ? [] : query.split(" "), self = this;
    return qwords.every(function (w) {
      var e = self.words.get((qwords.length === 1 ? "1" : "0") + w);
      return e && e.ready;
    });
  };

  // Do the places of one term read as the query words from the first in `field`
  // (`prefix`: the last query word need only start its word; `lastMask`: what counts as
  // an exact match of the last word)? 2 exactly, 1 with typos, 0 no.
  function sequence(places, field, prefix, lastMask) {
    var n = places.length, typo = false;
    for (var i = 0; i < n; i++) {
      var p = places[i], want = (field * 64 + i) * 2, m = 0;
      for (var k = 0; k < p.length; k += 2) {
        var code = p[k];
        if ((code & ~1) !== want) continue;
        if (!prefix && i === n - 1 && !(code & 1)) continue; // the field goes on
        m |= p[k + 1];
      }
      var last = prefix && i === n - 1;
      if (m & (last ? lastMask : EQ)) continue;
      if (m & (last ? TYPO_PREFIX : TYPO_EQ)) typo = true;
      else return 0;
    }
    return typo ? 1 : 2;
  }

  // Best match of one query word's places among the title (field 0) or the aliases:
  // 2 exact (prefix), 1 one edit, 0 none.
  function best(p, inTitle) {
    var found = 0;
    for (var k = 0; k < p.length; k += 2) {
      if ((p[k] < 128) !== inTitle) continue;
      if (p[k + 1] & EXACT) return 2;
      if (p[k + 1]) found = 1;
    }
    return found;
  }

  // The rank key of term n, or -1: (tier * 2 + typo) * 2 + found only in an alias (see the
  // top; tier 4: + found in the full text alone).
  Index.prototype.rank = function (n, matches, typos, places, quality) {
    var q = matches.length, i, a, named = true;
    for (i = 0; i < q; i++) {
      places[i] = matches[i].names.get(n) || EMPTY;
      if (places[i] === EMPTY) named = false;
    }
    if (named) {
      // The aliases this term has a place for.
      var fields = new Set();
      places.forEach(function (p) { for (var k = 0; k < p.length; k += 2) if (p[k] >= 128) fields.add(p[k] >> 7); });
      if (sequence(places, 0, false, EXACT) === 2) return 0;
      for (a of fields) if (sequence(places, a, false, EXACT) === 2) return 1;
      if (typos) {
        if (sequence(places, 0, false, EXACT) === 1) return 2;
        for (a of fields) if (sequence(places, a, false, EXACT) === 1) return 3;
      }
      if (sequence(places, 0, true, EQ | PREFIX) === 2) return 4;
      if (typos && sequence(places, 0, true, EXACT) === 1) return 6;
    }
    var typo = 0, aliasOnly = 0, missing = 0;
    for (i = 0; i < q; i++) {
      var inTitle = best(places[i], true), inAlias = inTitle < 2 ? best(places[i], false) : 0;
      var got = inTitle > inAlias ? inTitle : inAlias;
      quality[i] = got;
      if (got === 0) missing++;
      else {
        if (got === 1) typo = 1;
        if (inTitle < got) aliasOnly = 1;
      }
    }
    if (missing === 0) return (4 + typo) * 2 + aliasOnly;
    if (q === 1 && matches[0].inside.has(n)) return matches[0].inside.get(n);
    // Full text: every query word not found in the names must be in the text. Terms with
    // some of the words in their names come first.
    typo = 0;
    for (i = 0; i < q; i++) {
      var d = quality[i] === 2 ? 2 : matches[i].text.get(n) || 0, got2 = d > quality[i] ? d : quality[i];
      if (got2 === 0) return -1;
      if (got2 === 1) typo = 1;
    }
    return (8 + typo) * 2 + (missing < q ? 0 : 1);
  };

  var KEYS = 20;

  // Up to `limit` term numbers, best first, and how many matched in all; null until
  // need(query) has loaded what it takes.
  Index.prototype.search = function (query, limit) {
    var qwords = query === "" ? [] : query.split(" ");
    if (!qwords.length) return { items: [], total: 0, words: [] };
    var cached = this.cache.get(query);
    if (cached) return cached;
    if (!this.ready(query)) return null;
    var self = this, single = qwords.length === 1, typos = false;
    var matches = qwords.map(function (w) {
      if (w.length >= TYPO_MIN && !spaceless(w)) typos = true;
      return self.words.get((single ? "1" : "0") + w).value;
    });
    // Every match has the first word somewhere: its terms are the candidates.
    var candidates = new Set(matches[0].names.keys());
    matches[0].text.forEach(function (v, t) { candidates.add(t); });
    matches[0].inside.forEach(function (v, t) { candidates.add(t); });
    var buckets = [], places = new Array(qwords.length), quality = new Int8Array(qwords.length), total = 0, k;
    for (k = 0; k < KEYS; k++) buckets.push([]);
    candidates.forEach(function (n) {
      var key = self.rank(n, matches, typos, places, quality);
      if (key < 0) return;
      total++;
      buckets[key].push(n);
    });
    var items = [];
    for (k = 0; k < KEYS && items.length < limit; k++) {
      var bucket = buckets[k];
      if (!bucket.length) continue;
      bucket.sort(function (x, y) { return x - y; });
      for (var j = 0; j < bucket.length && items.length < limit; j++) items.push(bucket[j]);
    }
    var result = { items: items, total: total, words: qwords };
    if (this.cache.size > 64) this.cache.clear();
    this.cache.set(query, result);
    return result;
  };

  // The records of the terms given (for the results shown).
  Index.prototype.loadRecords = function (items) {
    var self = this, chunks = new Set();
    items.forEach(function (n) { if (!self.records[n]) chunks.add("t/" + Math.floor(n / self.chunk)); });
    return Promise.all(Array.from(chunks, function (name) { return self.load(name); }));
  };

  // ---------------------------------------------------------------------------------
  // Highlighting: ranges of the original text to wrap in <mark>.

  // The longest start of `word` one edit away from `query`.
  function typoPrefix(query, word) {
    for (var l = query.length + 1; l >= query.length - 1; l--) {
      if (l <= word.length && withinOne(query, word, l)) return l;
    }
    return Math.min(query.length, word.length);
  }

  // Folded-text ranges [from, to) where query words match words of `info`.
  function wordRanges(info, result, which) {
    var ranges = [];
    info.tokens.forEach(function (token) {
      var length = 0;
      for (var i = 0; i < result.words.length; i++) {
        if (which && !which[i]) continue;
        var m = wordFlag(result.words[i], token.word), l = 0;
        if (m === INFIX) {
          var at = infixAt(result.words[i], token.word, spaceless(result.words[i]));
          if (at > 0) ranges.push([token.from + at, token.from + at + result.words[i].length]);
          continue;
        }
        if (m & EXACT) l = result.words[i].length;
        else if (m & TYPO_EQ) l = token.word.length;
        else if (m & TYPO_PREFIX) l = typoPrefix(result.words[i], token.word);
        if (l > length) length = l;
      }
      if (length) ranges.push([token.from, token.from + length]);
    });
    return ranges;
  }

  // Folded ranges to original ranges, merging neighbours that only a space, a hyphen or
  // nothing separates in the original ("Partner on|boarding" gets one <mark>).
  function toOriginal(info, ranges) {
    ranges.sort(function (x, y) { return x[0] - y[0]; });
    var out = [];
    ranges.forEach(function (r) {
      if (r[1] <= r[0]) return;
      var from = info.starts[r[0]], to = info.ends[r[1] - 1];
      var last = out[out.length - 1];
      if (last && (from <= last[1] || /^[\s\-‐-―_]*$/.test(info.text.slice(last[1], from)))) {
        if (to > last[1]) last[1] = to;
      } else {
        out.push([from, to]);
      }
    });
    return out;
  }

  function highlightRanges(value, result, which, infix) {
    var info = analyze(value);
    var ranges = wordRanges(info, result, which);
    if (infix) {
      var q = result.words.join(" "), at = info.norm.indexOf(q);
      if (at >= 0) ranges.push([at, at + q.length]);
    }
    return toOriginal(info, ranges);
  }

  // Appends `value` to `parent`, with the ranges in <mark>; only text nodes for the data.
  function appendMarked(parent, value, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) parent.appendChild(document.createTextNode(value.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = value.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    if (at < value.length) parent.appendChild(document.createTextNode(value.slice(at)));
  }

  // A window of the description around its first highlighted word.
  function snippet(value, ranges) {
    if (value.length <= SNIPPET) return { text: value, ranges: ranges };
    var from = 0;
    if (ranges.length && ranges[0][1] > SNIPPET_SEEN) {
      from = Math.max(0, ranges[0][0] - SNIPPET_LEAD);
      var space = value.indexOf(" ", from);
      if (space >= 0 && space < ranges[0][0]) from = space + 1;
    }
    var to = Math.min(value.length, from + SNIPPET);
    if (to < value.length) {
      var cut = value.lastIndexOf(" ", to);
      if (cut > from + SNIPPET / 2) to = cut;
    }
    var prefix = from > 0 ? "…" : "", shift = prefix.length - from;
    var clipped = [];
    ranges.forEach(function (r) {
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (b > a) clipped.push([a + shift, b + shift]);
    });
    return { text: prefix + value.slice(from, to).replace(/[\s,;:]+$/, "") + (to < value.length ? "…" : ""), ranges: clipped };
  }

  // ---------------------------------------------------------------------------------
  // The combobox.

  function setStatus(message, visible) {
    if (status.textContent !== message) status.textContent = message;
    status.classList.toggle("is-visible", Boolean(visible));
  }

  function expand() {
    if (!list.children.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function clearResults() {
    shownQuery = null;
    close();
    list.textContent = "";
    shown = [];
  }

  function setActive(i) {
    var items = list.children;
    if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
    active = i >= 0 && i < items.length ? i : -1;
    if (active >= 0) {
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function option(entry, i, result) {
    var record = entry.record, id = "search-result-" + i;
    var item = document.createElement("li");
    item.id = id;
    item.className = "search-result";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.setAttribute("data-url", root + record.url);

    // Which query words the title and aliases explain; the rest explain the description.
    var titleInfo = analyze(record.title);
    var inNames = result.words.map(function () { return false; });
    function note(info) {
      info.tokens.forEach(function (token) {
        result.words.forEach(function (q, w) { if (wordFlag(q, token.word) & ANY) inNames[w] = true; });
      });
    }
    note(titleInfo);
    var titleRanges = highlightRanges(record.title, result, null, true);

    var line = document.createElement("span");
    line.className = "result-head";
    var title = document.createElement("span");
    title.className = "result-title";
    title.id = id + "-title";
    appendMarked(title, record.title, titleRanges);
    line.appendChild(title);

    // An alias that explains the match better than the title does, shown beside it.
    var aliasShown = null, aliasRanges = null;
    if (!titleRanges.length || inNames.indexOf(false) >= 0) {
      record.aliases.forEach(function (alias) {
        var r = highlightRanges(alias, result, null, true);
        if (r.length && (!aliasShown || r.length > aliasRanges.length)) {
          aliasShown = alias;
          aliasRanges = r;
        }
      });
    }
    record.aliases.forEach(function (alias) { note(analyze(alias)); });
    if (aliasShown !== null) {
      var alias = document.createElement("span");
      var isDeprecated = record.deprecated.indexOf(aliasShown) >= 0;
      alias.className = isDeprecated ? "result-alias result-deprecated" : "result-alias";
      alias.appendChild(document.createTextNode(ui(isDeprecated ? "search_deprecated" : "search_also") + " "));
      appendMarked(alias, aliasShown, aliasRanges);
      line.appendChild(document.createTextNode(" "));
      line.appendChild(alias);
    }
    var labelled = id + "-title";
    if (record.part_of_speech) {
      var pos = document.createElement("span");
      pos.className = "result-pos";
      pos.id = id + "-pos";
      pos.textContent = record.part_of_speech;
      line.appendChild(document.createTextNode(" "));
      line.appendChild(pos);
      labelled += " " + id + "-pos";
    }
    item.appendChild(line);
    item.setAttribute("aria-labelledby", labelled);

    // The description, or, when the words the names do not explain are only further down
    // the definition or in the example, the piece of the full text around them.
    var which = inNames.map(function (found) { return !found; });
    var shownText = record.description, descRanges = [];
    if (which.indexOf(true) >= 0) {
      descRanges = highlightRanges(record.description, result, which, false);
      if (!descRanges.length && record.text) {
        var textRanges = highlightRanges(record.text, result, which, false);
        if (textRanges.length) {
          shownText = record.text;
          descRanges = textRanges;
        }
      }
    }
    if (shownText) {
      var cut = snippet(shownText, descRanges);
      var description = document.createElement("span");
      description.className = "result-description";
      description.id = id + "-description";
      appendMarked(description, cut.text, cut.ranges);
      item.appendChild(description);
      item.setAttribute("aria-describedby", description.id);
    }
    return item;
  }

  function render(query, result, t0) {
    var t1 = performance.now();
    shownQuery = query;
    var items = result.items.map(function (n) { return { record: index.records[n] }; })
      .filter(function (entry) { return entry.record; });
    var fragment = document.createDocumentFragment();
    items.forEach(function (entry, i) { fragment.appendChild(option(entry, i, result)); });
    setActive(-1);
    list.textContent = "";
    list.appendChild(fragment);
    shown = items.map(function (entry) { return entry.record; });
    if (!shown.length) {
      close();
      setStatus(ui("search_no_match", { query: input.value.trim() }), true);
    } else {
      expand();
      var count = ui("search_results", { count: result.total }, result.total);
      setStatus(result.total > shown.length ? ui("search_some_shown", { results: count, shown: shown.length }) : count, false);
    }
    var t2 = performance.now();
    if (timings.length >= 2000) timings.splice(0, 1000);
    timings.push({ query: query, search: t1 - t0, render: t2 - t1, total: result.total });
  }

  // The result of `query`: at once when its shards and records are loaded, else once they
  // are (null when the index cannot be loaded).
  function searchFor(query) {
    var result = index.search(query, MAX_RESULTS);
    if (result && result.items.every(function (n) { return index.records[n]; })) return Promise.resolve(result);
    return index.need(query).then(function () {
      var found = index.search(query, MAX_RESULTS);
      return index.loadRecords(found.items).then(function () { return found; });
    });
  }

  function update() {
    var query = normalize(input.value);
    if (query === "") {
      clearResults();
      setStatus("", false);
      pendingEnter = false;
      return;
    }
    if (failed) {
      clearResults();
      setStatus(ui("search_unavailable"), true);
      return;
    }
    if (!index) {
      setStatus(ui("search_loading"), false);
      load().then(update);
      return;
    }
    var t0 = performance.now(), now = index.search(query, MAX_RESULTS);
    if (now && now.items.every(function (n) { return index.records[n]; })) {
      show(query, now, t0);
      return;
    }
    if (!shown.length) setStatus(ui("search_loading"), false);
    searchFor(query).then(function (result) {
      // Only the query still in the box is shown; a later keystroke has its own turn.
      if (normalize(input.value) === query) show(query, result, performance.now());
    }, function () {
      failed = true;
      update();
    });
  }

  function show(query, result, t0) {
    render(query, result, t0);
    if (pendingEnter) {
      pendingEnter = false;
      if (shown.length) go(active >= 0 ? active : 0, null);
    }
  }

  function load() {
    if (!loading) {
      var t0 = performance.now();
      var manifest = new Index({});
      loading = manifest.load("index")
        .then(function () {
          var data = manifest.data.get("index");
          if (!data || data.version !== 2) throw new Error("search index version");
          index = new Index(data);
          hook.load = { manifest: performance.now() - t0, terms: index.terms };
        })
        .catch(function () {
          failed = true;
        });
    }
    return loading;
  }

  // Opens result i: in this tab, or in a new one with Ctrl/Cmd (or Shift for a window).
  function go(i, event) {
    var item = list.children[i];
    var url = item && item.getAttribute("data-url");
    if (!url) return;
    if (event && (event.ctrlKey || event.metaKey || event.shiftKey)) {
      window.open(url, "_blank", "noopener");
      return;
    }
    close();
    window.location.assign(url);
  }

  // Back in the box: the results (or the message) of what it holds, again.
  input.addEventListener("focus", function () {
    load();
    if (normalize(input.value) !== "") update();
  });

  input.addEventListener("click", function () {
    if (list.hidden && shown.length && normalize(input.value) !== "") expand();
  });

  input.addEventListener("input", update);

  input.addEventListener("keydown", function (event) {
    if (event.isComposing) return;
    var count = list.children.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!count) return;
        event.preventDefault();
        var down = event.key === "ArrowDown";
        if (list.hidden) {
          expand();
          if (!event.altKey) setActive(down ? 0 : count - 1);
          return;
        }
        if (event.altKey) return;
        if (down) setActive(active + 1 < count ? active + 1 : 0);
        else setActive(active > 0 ? active - 1 : count - 1);
        break;
      }
      case "Enter":
        event.preventDefault();
        if (normalize(input.value) === "") return;
        // Typed before the index (or this query's shards) arrived: open once it is shown.
        if (!failed && shownQuery !== normalize(input.value)) {
          pendingEnter = true;
          return;
        }
        if (count) go(active >= 0 && !list.hidden ? active : 0, event);
        break;
      case "Escape":
        // First Escape closes the list; the next one clears the box.
        event.preventDefault();
        if (!list.hidden) {
          close();
        } else if (input.value !== "") {
          input.value = "";
          update();
        }
        break;
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });

  // Keep focus in the box while clicking a result, so closing on focusout cannot eat the click.
  list.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });

  list.addEventListener("click", function (event) {
    var item = event.target.closest && event.target.closest("[role=option]");
    if (!item || !list.contains(item)) return;
    var i = Array.prototype.indexOf.call(list.children, item);
    setActive(i);
    go(i, event);
  });

  function dismiss() {
    close();
    status.classList.remove("is-visible");
  }

  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) dismiss();
  });

  document.addEventListener("pointerdown", function (event) {
    if (!form.contains(event.target)) dismiss();
  });

  // Back from a result: the page may come back from the cache with the list open.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) dismiss();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  // Benchmark and test hook: a search without touching the page, once hook.prepare(query)
  // has loaded what it needs (null before).
  function hook(query) {
    if (!index) return null;
    var t0 = performance.now();
    var result = index.search(normalize(query), MAX_RESULTS);
    var ms = performance.now() - t0;
    if (!result) return null;
    return {
      ms: ms,
      total: result.total,
      results: result.items.map(function (n) {
        var record = index.records[n];
        return record ? { title: record.title, url: record.url } : { term: n };
      })
    };
  }
  hook.prepare = function (query) {
    return load().then(function () { return index ? searchFor(normalize(query)).then(function () { return true; }) : false; });
  };
  hook.clearCache = function () { if (index) index.cache.clear(); };
  // The query as the search sees it (folded in the index's language once it is loaded).
  hook.normalize = function (query) { return normalize(query); };
  hook.language = function () { return language; };
  hook.ready = function () { return load().then(function () { return Boolean(index); }); };
  hook.timings = timings;
  window.__glossarySearch = hook;

  // index.html?q=term: the search done on arrival, the results open.
  if (document.body && document.body.classList.contains("page-index")) {
    var q = new URLSearchParams(window.location.search).get("q");
    if (q && q.trim() !== "") {
      input.value = q;
      input.focus({ preventScroll: true });
      update();
    }
  }
})();

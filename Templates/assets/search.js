/* Glossary search: loads the search index on first use and lists matching terms.
   No dependencies. Results are built with textContent, never innerHTML. */
(function () {
  "use strict";

  var MAX_RESULTS = 10;

  var form = document.querySelector("form.search[data-index]");
  if (!form) return;
  var input = form.querySelector(".search-input");
  var list = form.querySelector(".search-results");
  var status = form.querySelector(".search-status");
  if (!input || !list || !status) return;

  var root = form.getAttribute("data-root") || "";
  var indexURL = form.getAttribute("data-index");
  var entries = null; // prepared records once loaded
  var loading = null; // the pending load, so the index is fetched once
  var failed = false;
  var results = [];
  var active = -1;

  form.hidden = false;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");

  // Lower case, accents removed, every run of non-letters/digits turned into one space.
  function normalize(text) {
    return String(text || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  }

  // The index is ours, but a URL with a scheme ("javascript:", "https:") or an absolute
  // path is not a page of this site: refuse it rather than link to it.
  function isSiteRelative(url) {
    return typeof url === "string" && url !== "" &&
      !/^[a-z][a-z0-9+.-]*:/i.test(url) && url.charAt(0) !== "/" && url.charAt(0) !== "\\";
  }

  function prepare(data) {
    var terms = data && Array.isArray(data.terms) ? data.terms : [];
    return terms
      .filter(function (t) { return t && typeof t.title === "string" && isSiteRelative(t.url); })
      .map(function (t, i) {
        var aliases = Array.isArray(t.aliases) ? t.aliases.filter(function (a) { return typeof a === "string"; }) : [];
        return {
          order: i,
          record: t,
          title: normalize(t.title),
          aliases: aliases.map(normalize),
          description: normalize(t.description)
        };
      });
  }

  function load() {
    // Browsers refuse fetch() from file:// pages; don't try, so the console stays clean.
    if (window.location.protocol === "file:") {
      failed = true;
      return Promise.resolve();
    }
    if (!loading) {
      loading = fetch(indexURL)
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          entries = prepare(data);
        })
        .catch(function () {
          failed = true;
        });
    }
    return loading;
  }

  // 0: exact title or alias, 1: title prefix, 2: word prefix in title or alias,
  // 3: substring of title or alias, 4: substring of description; -1: no match.
  function rank(entry, query) {
    var names = [entry.title].concat(entry.aliases);
    if (names.indexOf(query) !== -1) return 0;
    if (entry.title.indexOf(query) === 0) return 1;
    var spaced = " " + query;
    for (var i = 0; i < names.length; i++) {
      if ((" " + names[i]).indexOf(spaced) !== -1) return 2;
    }
    for (var j = 0; j < names.length; j++) {
      if (names[j].indexOf(query) !== -1) return 3;
    }
    if (entry.description.indexOf(query) !== -1) return 4;
    return -1;
  }

  function search(query) {
    var matches = [];
    entries.forEach(function (entry) {
      var r = rank(entry, query);
      if (r !== -1) matches.push({ rank: r, entry: entry });
    });
    matches.sort(function (a, b) { return a.rank - b.rank || a.entry.order - b.entry.order; });
    return matches.slice(0, MAX_RESULTS).map(function (m) { return m.entry.record; });
  }

  function setStatus(text, visible) {
    status.textContent = text;
    status.classList.toggle("is-visible", Boolean(visible));
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function render(query) {
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    results = search(query);
    results.forEach(function (record, i) {
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");

      var link = document.createElement("a");
      link.href = root + record.url;
      link.tabIndex = -1;

      var title = document.createElement("span");
      title.className = "result-title";
      title.textContent = record.title;
      link.appendChild(title);

      if (typeof record.part_of_speech === "string" && record.part_of_speech !== "") {
        var pos = document.createElement("span");
        pos.className = "result-pos";
        pos.textContent = record.part_of_speech;
        link.appendChild(document.createTextNode(" "));
        link.appendChild(pos);
      }
      if (typeof record.description === "string" && record.description !== "") {
        var description = document.createElement("span");
        description.className = "result-description";
        description.textContent = record.description;
        link.appendChild(description);
      }
      item.appendChild(link);
      list.appendChild(item);
    });

    if (results.length === 0) {
      close();
      setStatus("No terms match “" + input.value.trim() + "”.", true);
    } else {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setStatus(results.length === 1 ? "1 result" : results.length + " results", false);
    }
  }

  function update() {
    var query = normalize(input.value);
    if (query === "") {
      close();
      list.textContent = "";
      results = [];
      setStatus("", false);
      return;
    }
    if (failed) {
      close();
      setStatus(window.location.protocol === "file:"
        ? "Search works only when the site is served over HTTP, not opened as files."
        : "Search is unavailable: the search index could not be loaded.", true);
      return;
    }
    if (!entries) {
      load().then(update);
      return;
    }
    render(query);
  }

  function highlight(index) {
    var items = list.children;
    if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
    active = index;
    if (active >= 0 && items[active]) {
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(index) {
    var item = list.children[index];
    var link = item && item.querySelector("a");
    if (link) window.location.href = link.href;
  }

  input.addEventListener("focus", function () {
    load();
    if (results.length > 0 && input.value.trim() !== "") {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  });

  input.addEventListener("input", update);

  input.addEventListener("keydown", function (event) {
    var count = list.hidden ? 0 : list.children.length;
    switch (event.key) {
      case "ArrowDown":
        if (list.hidden && results.length > 0) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
          count = list.children.length;
        }
        if (count === 0) return;
        event.preventDefault();
        highlight(active + 1 < count ? active + 1 : 0);
        break;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        highlight(active > 0 ? active - 1 : count - 1);
        break;
      case "Enter":
        event.preventDefault();
        if (count > 0) open(active >= 0 ? active : 0);
        break;
      case "Escape":
        if (!list.hidden) {
          event.preventDefault();
          close();
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

  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) close();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
})();

/* Tag filter on the index page. No dependencies.

   Without JavaScript each tag chip is a link to its tag page. Here each becomes a toggle
   button (aria-pressed). With tags selected, the list shows the terms that have ANY of
   them (a union: selecting more tags shows more terms), and hides the letter groups left
   empty. The selection lives in the address as ?tag=a&tag=b, in chip order: every change
   is a history entry, so back and forward step through selections and a reload keeps
   one. Unknown tags in the address are ignored. */
(function () {
  "use strict";

  // Interface strings (window.glossaryStrings, from search.js): the page's, else these English ones.
  var ENGLISH = {
    filter_status: {
      forms: { one: "Showing {shown} of {total} term tagged {tags}.", other: "Showing {shown} of {total} terms tagged {tags}." },
      language: "en"
    },
    list_separator: ", ",
    list_or: " or "
  };
  // search.js (loaded first, on every page) looks keys up in the page's strings, else in ENGLISH.
  var ui = window.glossaryStrings(ENGLISH);

  var filter = document.querySelector("[data-tag-filter]");
  if (!filter || !window.URLSearchParams || !window.history || !history.pushState) return;

  var status = filter.querySelector(".filter-status");
  var clear = filter.querySelector(".filter-clear");
  var hint = filter.querySelector(".filter-hint");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".letter-group"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".term-card[data-tags]")).map(function (card) {
    return { element: card, tags: card.getAttribute("data-tags").split(/\s+/).filter(Boolean) };
  });

  var order = []; // tag URL names, in chip order
  var names = {}; // URL name -> shown name
  var buttons = {}; // URL name -> button

  Array.prototype.forEach.call(filter.querySelectorAll("a.chip[data-tag]"), function (link) {
    var slug = link.getAttribute("data-tag");
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("data-tag", slug);
    button.setAttribute("aria-pressed", "false");
    while (link.firstChild) button.appendChild(link.firstChild);
    link.parentNode.replaceChild(button, link);
    order.push(slug);
    buttons[slug] = button;
    names[slug] = (button.firstChild && button.firstChild.nodeValue || slug).trim();
    button.addEventListener("click", function () {
      var selected = current().filter(function (s) { return s !== slug; });
      if (button.getAttribute("aria-pressed") !== "true") selected.push(slug);
      navigate(selected);
    });
  });
  if (order.length === 0) return;

  if (hint) hint.hidden = false;
  if (clear) {
    clear.addEventListener("click", function () {
      navigate([]);
      buttons[order[0]].focus(); // the clear button hides itself: keep focus in the filter
    });
  }

  // The selected tags named by the address, in chip order.
  function fromAddress() {
    var wanted = new URLSearchParams(location.search).getAll("tag");
    return order.filter(function (slug) { return wanted.indexOf(slug) !== -1; });
  }

  function current() {
    return order.filter(function (slug) { return buttons[slug].getAttribute("aria-pressed") === "true"; });
  }

  function addressFor(selected) {
    var params = new URLSearchParams(location.search);
    params.delete("tag");
    selected.forEach(function (slug) { params.append("tag", slug); });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "") + location.hash;
  }

  function navigate(selected) {
    selected = order.filter(function (slug) { return selected.indexOf(slug) !== -1; });
    try {
      history.pushState(null, "", addressFor(selected));
    } catch (error) {
      // Some browsers refuse to rewrite file:// addresses: filter all the same.
    }
    apply(selected);
  }

  function apply(selected) {
    order.forEach(function (slug) {
      buttons[slug].setAttribute("aria-pressed", selected.indexOf(slug) !== -1 ? "true" : "false");
    });
    var shown = 0;
    cards.forEach(function (card) {
      var visible = selected.length === 0 || card.tags.some(function (tag) { return selected.indexOf(tag) !== -1; });
      card.element.hidden = !visible;
      if (visible) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector(".term-card:not([hidden])") === null;
    });
    if (clear) clear.hidden = selected.length === 0;
    if (status) {
      status.textContent = selected.length === 0 ? "" :
        ui("filter_status", {
          shown: shown, total: cards.length, tags: list(selected.map(function (slug) { return names[slug]; }))
        }, cards.length);
    }
  }

  // "a", "a or b", "a, b or c" (in the site's language: "a、b或c").
  function list(words) {
    if (words.length < 2) return words.join("");
    return words.slice(0, -1).join(ui("list_separator")) + ui("list_or") + words[words.length - 1];
  }

  window.addEventListener("popstate", function () { apply(fromAddress()); });
  apply(fromAddress());
})();

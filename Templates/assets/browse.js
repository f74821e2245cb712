/* The list of terms beside a term page (term.mustache, nav.browse): folded on narrow
   screens, where it would come after the whole definition, and scrolled so the current
   term shows in it. The page is complete without this script: the list is then open. */
(function () {
  "use strict";

  // Below this width the list is no longer beside the definition (style.css, .browse).
  var NARROW = "(max-width: 69.99rem)";

  function start() {
    var details = document.querySelector(".browse-details");
    if (!details) return;
    if (window.matchMedia && window.matchMedia(NARROW).matches) details.open = false;
    var list = details.querySelector(".browse-list");
    var current = list && list.querySelector("[aria-current=page]");
    if (!current || !details.open) return;
    // Scroll the list, not the page: the current term's line in the middle of the list.
    var item = current.parentNode;
    list.scrollTop = Math.max(0, item.offsetTop - list.offsetTop - (list.clientHeight - item.offsetHeight) / 2);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

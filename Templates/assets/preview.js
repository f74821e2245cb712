/* Term preview cards: a link to another term shows that term's title, part of speech and
   description in a small card, on hover, on keyboard focus and on a first tap (touch).
   Data comes from the page's own <script type="application/json" id="term-previews">, so
   no request is made. No dependencies. The card is built with textContent and
   createElement only, never innerHTML: titles and descriptions are data, not markup. */
(function () {
  "use strict";

  var SHOW_DELAY = 200;     // ms of hover before the card appears
  var HIDE_DELAY = 300;     // ms of grace after the pointer leaves, to reach the card
  var GAP = 12;             // px between the link and the card (room for the arrow)
  var MARGIN = 8;           // px the card keeps from the viewport's edges
  var MAX_DESCRIPTION = 200; // characters of description before it is cut with "…"
  var CARD_ID = "term-preview";

  var source = document.getElementById("term-previews");
  if (!source) return;

  var data;
  try {
    data = JSON.parse(source.textContent || "[]");
  } catch (error) {
    return;
  }
  if (!Array.isArray(data) || !data.length) return;

  // One key per page, whatever the spelling of the link: absolute, no #fragment, no
  // ?query, and ".../index.html" the same as ".../".
  function pageKey(url) {
    var parsed;
    try {
      parsed = new URL(url, document.baseURI);
    } catch (error) {
      return null;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:" && parsed.protocol !== "file:") return null;
    var path = parsed.pathname.replace(/\/index\.html$/, "/");
    return parsed.protocol + "//" + parsed.host + path;
  }

  var previews = new Map();
  data.forEach(function (entry) {
    if (!entry || typeof entry.title !== "string" || typeof entry.url !== "string") return;
    var key = pageKey(entry.url);
    if (key && !previews.has(key)) previews.set(key, entry);
  });
  if (!previews.size) return;

  var here = pageKey(window.location.href);

  var card = null;       // the one card element, made on first use
  var cardLink = null;
  var cardPos = null;
  var cardText = null;
  var current = null;    // the link the card is shown for
  var showTimer = 0;
  var hideTimer = 0;
  var hoverLink = null;  // the link under a mouse or pen pointer
  var hoverCard = false; // whether that pointer is over the card
  var touchShown = null; // the link whose card a tap opened (a second tap follows it)
  var lastTouch = 0;     // time of the last touch contact, to tell taps from clicks
  var lastPointer = null; // {x, y} of the hovering pointer, to pick a wrapped link's line

  // The preview for a link element, or null: links inside the card, the search box, to
  // this very page or to pages without preview data get none.
  function previewFor(link) {
    if (!link || link.tagName !== "A" || !link.hasAttribute("href")) return null;
    if (card && card.contains(link)) return null;
    if (link.closest("[role=search], .search")) return null;
    var key = pageKey(link.href);
    if (!key || key === here) return null;
    return previews.get(key) || null;
  }

  function linkFrom(target) {
    if (!target || typeof target.closest !== "function") return null;
    var link = target.closest("a[href]");
    return previewFor(link) ? link : null;
  }

  function truncate(text, limit) {
    var chars = Array.from(String(text || "").replace(/\s+/g, " ").trim());
    if (chars.length <= limit) return chars.join("");
    var cut = chars.slice(0, limit).join("");
    var space = cut.lastIndexOf(" ");
    if (space > limit * 0.6) cut = cut.slice(0, space);
    return cut.replace(/[\s.,;:!?\-–—(]+$/, "") + "…";
  }

  function makeCard() {
    card = document.createElement("div");
    card.id = CARD_ID;
    card.className = "term-preview";
    card.setAttribute("role", "tooltip");
    card.hidden = true;

    var title = document.createElement("p");
    title.className = "term-preview-title";
    cardLink = document.createElement("a");
    // The link that opened the card already leads to the same page, so keyboard users
    // lose nothing by not tabbing into the card; pointer and touch users can follow it.
    cardLink.tabIndex = -1;
    title.appendChild(cardLink);

    cardPos = document.createElement("p");
    cardPos.className = "term-preview-pos";
    cardText = document.createElement("p");
    cardText.className = "term-preview-description";

    card.appendChild(title);
    card.appendChild(cardPos);
    card.appendChild(cardText);

    card.addEventListener("pointerenter", function (event) {
      if (event.pointerType === "touch") return;
      hoverCard = true;
      clearTimeout(hideTimer);
    });
    card.addEventListener("pointerleave", function (event) {
      if (event.pointerType === "touch") return;
      hoverCard = false;
      scheduleHide();
    });

    // Inside <main> so the card belongs to a landmark; positioned against the document.
    (document.querySelector("main") || document.body).appendChild(card);
  }

  function fill(link, entry) {
    cardLink.textContent = entry.title;
    cardLink.href = link.href.split("#")[0];
    var pos = typeof entry.part_of_speech === "string" ? entry.part_of_speech.trim() : "";
    cardPos.textContent = pos;
    cardPos.hidden = pos === "";
    var description = truncate(typeof entry.description === "string" ? entry.description : "", MAX_DESCRIPTION);
    cardText.textContent = description;
    cardText.hidden = description === "";
  }

  // The line box of a (possibly wrapped) link nearest the pointer, else its first line.
  function anchorRect(link) {
    var rects = Array.prototype.slice.call(link.getClientRects());
    if (!rects.length) return link.getBoundingClientRect();
    if (lastPointer && hoverLink === link) {
      for (var i = 0; i < rects.length; i++) {
        var r = rects[i];
        if (lastPointer.y >= r.top - 2 && lastPointer.y <= r.bottom + 2) return r;
      }
    }
    return rects[0];
  }

  function position(link) {
    var viewWidth = document.documentElement.clientWidth || window.innerWidth;
    var viewHeight = window.innerHeight;
    var line = anchorRect(link);
    var box = link.getBoundingClientRect();

    // Never wider than the viewport less its margins (100vw would count a scrollbar).
    card.style.maxWidth = "min(22rem, " + Math.max(0, viewWidth - 2 * MARGIN) + "px)";
    // Measured at (0, 0) of its containing block, which also tells where that block is.
    card.style.left = "0px";
    card.style.top = "0px";
    var origin = card.getBoundingClientRect();
    var width = origin.width;
    var height = origin.height;

    // The card lines up with the link's start edge: its left edge left to right, its
    // right edge right to left (dir="rtl"), kept inside the viewport either way.
    var rtl = getComputedStyle(link).direction === "rtl";
    var left = rtl ? line.right - width : line.left;
    left = Math.max(MARGIN, Math.min(left, viewWidth - MARGIN - width));

    var below = box.bottom + GAP;
    var above = box.top - GAP - height;
    // Below if it fits, else above if that fits, else the side with more room: never
    // over the link itself (a second tap on it must reach it).
    var placement = "below";
    if (below + height > viewHeight - MARGIN &&
        (above >= MARGIN || box.top > viewHeight - box.bottom)) placement = "above";
    var top = placement === "below" ? below : above;

    // The arrow points at the middle of the link's line (of its first 200px from the
    // start edge), kept within the card's corners.
    var half = Math.min(line.width, 200) / 2;
    var arrowX = (rtl ? line.right - half : line.left + half) - left;
    arrowX = Math.max(14, Math.min(width - 14, arrowX));

    card.setAttribute("data-placement", placement);
    card.style.setProperty("--term-preview-arrow-x", Math.round(arrowX) + "px");
    card.style.left = Math.round(left - origin.left) + "px";
    card.style.top = Math.round(top - origin.top) + "px";
  }

  function show(link) {
    var entry = previewFor(link);
    if (!entry) return;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (!card) makeCard();
    if (current && current !== link) detach();
    current = link;
    fill(link, entry);
    card.hidden = false;
    var ids = describedBy(link);
    if (ids.indexOf(CARD_ID) < 0) link.setAttribute("aria-describedby", ids.concat(CARD_ID).join(" "));
    position(link);
  }

  function describedBy(link) {
    return (link.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
  }

  // Takes the card's id off the link's aria-describedby, keeping any other ids it had.
  function detach() {
    if (!current) return;
    var ids = describedBy(current).filter(function (id) { return id !== CARD_ID; });
    if (ids.length) current.setAttribute("aria-describedby", ids.join(" "));
    else current.removeAttribute("aria-describedby");
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (!card || card.hidden) {
      current = null;
      touchShown = null;
      return;
    }
    var focusInCard = card.contains(document.activeElement);
    var link = current;
    detach();
    card.hidden = true;
    current = null;
    touchShown = null;
    hoverCard = false;
    if (focusInCard && link) link.focus();
  }

  function isShown() {
    return !!(card && !card.hidden && current);
  }

  // Whether the card should stay: its link or the card itself is hovered or focused.
  function stillWanted() {
    if (!current) return false;
    if (hoverLink === current || hoverCard) return true;
    var active = document.activeElement;
    if (active === current || (card && card.contains(active))) return true;
    return touchShown === current;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (!stillWanted()) hide();
    }, HIDE_DELAY);
  }

  function focusVisible(element) {
    try {
      return element.matches(":focus-visible");
    } catch (error) {
      return true;
    }
  }

  // Hover (mouse and pen only: a touch contact is handled as a tap).
  document.addEventListener("pointerover", function (event) {
    if (event.pointerType === "touch") return;
    var link = linkFrom(event.target);
    if (!link || link === hoverLink) return;
    hoverLink = link;
    lastPointer = { x: event.clientX, y: event.clientY };
    clearTimeout(hideTimer);
    if (current === link && isShown()) return;
    clearTimeout(showTimer);
    showTimer = setTimeout(function () {
      if (hoverLink === link) show(link);
    }, SHOW_DELAY);
  });

  document.addEventListener("pointermove", function (event) {
    if (event.pointerType !== "touch" && hoverLink) lastPointer = { x: event.clientX, y: event.clientY };
  }, { passive: true });

  document.addEventListener("pointerout", function (event) {
    if (event.pointerType === "touch" || !hoverLink) return;
    var link = linkFrom(event.target);
    if (link !== hoverLink) return;
    // Still inside the link (moving between its children).
    if (event.relatedTarget && link.contains(event.relatedTarget)) return;
    hoverLink = null;
    clearTimeout(showTimer);
    if (current === link) scheduleHide();
  });

  // Keyboard focus (and screen readers moving focus); a tap's focus waits for its click.
  document.addEventListener("focusin", function (event) {
    var link = linkFrom(event.target);
    if (!link) return;
    if (Date.now() - lastTouch < 1000) return;
    if (!focusVisible(link)) return;
    show(link);
  });

  document.addEventListener("focusout", function (event) {
    if (!current) return;
    var leaving = event.target;
    if (leaving !== current && !(card && card.contains(leaving))) return;
    var next = event.relatedTarget;
    if (next && (next === current || (card && card.contains(next)))) return;
    if (hoverLink === current || hoverCard || touchShown === current) return;
    hide();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    if (!isShown()) return;
    // Hidden until the pointer or focus comes back to a link: Escape must stick.
    hoverLink = null;
    hide();
  });

  // Touch: the first tap on a link with a preview shows the card instead of following
  // the link; a second tap on the same link (or a tap on the card's title) follows it;
  // a tap anywhere else closes the card.
  function noteTouch(event) {
    if (event.type === "touchstart" || event.pointerType === "touch") lastTouch = Date.now();
    if (!isShown()) return;
    if (event.type === "pointerdown" && event.pointerType !== "touch") return;
    var target = event.target;
    if (card.contains(target)) return;
    if (target && typeof target.closest === "function" && target.closest("a[href]") === current) return;
    hide();
  }
  document.addEventListener("pointerdown", noteTouch, true);
  document.addEventListener("touchstart", noteTouch, { capture: true, passive: true });

  document.addEventListener("click", function (event) {
    var touch = event.pointerType === "touch" || Date.now() - lastTouch < 1000;
    if (!touch || event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = linkFrom(event.target);
    if (!link) return;
    if (touchShown === link && isShown()) {
      touchShown = null;
      return; // second tap: follow the link
    }
    event.preventDefault();
    show(link);
    touchShown = link;
  });

  window.addEventListener("resize", function () {
    if (isShown()) position(current);
  });

  // A page restored from the back/forward cache must not come back with a card open.
  window.addEventListener("pagehide", function () {
    hoverLink = null;
    hide();
  });
})();

"""The hostile fixture site (Tests/GlossaryKitTests/Fixtures/hostile-site): every field that
reaches the output carries markup, script-running URLs, `</script>` for the JSON blocks,
line separators and right-to-left overrides. Every page is opened in headless Chromium,
searched and hovered; no payload may run and no element it would make may exist, and the
hostile text must come back as text (HTML, JSON-LD, preview data, the search index), with
bidi overrides closed where each value ends.

Every payload that could run adds to `window.__pwned` (or calls alert), so one check
catches them all."""

import json
import pathlib
import subprocess
import unicodedata
import urllib.parse
import urllib.request

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, SiteServer, build_site, console_errors, glossary_binary

CONTENT = ROOT / "Tests" / "GlossaryKitTests" / "Fixtures" / "hostile-site" / "Content"

# The theme's own scripts: (src file name or None, type, id). Anything else is injected.
THEME_SCRIPTS = {("search.js", "", ""), ("preview.js", "", ""), ("tags.js", "", ""), ("browse.js", "", ""),
                 (None, "application/ld+json", ""), (None, "application/json", "term-previews")}

BIDI_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
                "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}


def closed(text):
    """`text` with the bidi embeddings, overrides and isolates it leaves open closed at its
    end, innermost first: what the generator writes for every value (the test's own
    statement of the rule, not the product's code)."""
    stack = []
    for ch in text:
        if ch in BIDI_OPENERS:
            stack.append(ch)
        elif ch == "\u202c" and stack and BIDI_OPENERS[stack[-1]] == "\u202c":
            stack.pop()
        elif ch == "\u2069":
            isolates = [i for i, opener in enumerate(stack) if BIDI_OPENERS[opener] == "\u2069"]
            if isolates:
                del stack[isolates[-1]:]
    return text + "".join(BIDI_OPENERS[opener] for opener in reversed(stack))


# Run in every page: what a payload would leave behind, if any ran or got through.
INSPECT = r"""
const found = {pwned: [], handlers: [], elements: [], scripts: [], urls: [], unbalanced: []};
for (const w of [window, window.top]) {
  try { if (w.__pwned !== undefined) found.pwned.push(String(w.__pwned)); } catch (e) {}
}
const all = Array.from(document.querySelectorAll('*'));
for (const el of all) {
  for (const attr of Array.from(el.attributes)) {
    if (/^on/i.test(attr.name)) found.handlers.push(el.outerHTML.slice(0, 200));
  }
}
for (const sel of ['img[src="x"]', 'svg', 'iframe', 'frame', 'object', 'embed', 'base', 'meta[http-equiv]',
                   'form:not(.search)', 'div[onmouseover]', 'style:not([data-theme])', 'math', 'template']) {
  for (const el of document.querySelectorAll(sel)) found.elements.push(sel + ': ' + el.outerHTML.slice(0, 200));
}
for (const s of document.querySelectorAll('script')) {
  const src = s.getAttribute('src');
  found.scripts.push([src === null ? null : src.split('/').pop(), s.getAttribute('type') || '', s.id || '']);
}
const urlAttrs = [['a', 'href'], ['area', 'href'], ['link', 'href'], ['img', 'src'], ['iframe', 'src'],
                  ['form', 'action'], ['button', 'formaction'], ['input', 'formaction'], ['source', 'src'],
                  ['video', 'src'], ['audio', 'src'], ['object', 'data'], ['embed', 'src']];
for (const [tag, attr] of urlAttrs) {
  for (const el of document.querySelectorAll(tag + '[' + attr + ']')) {
    let protocol;
    try { protocol = new URL(el.getAttribute(attr), document.baseURI).protocol; } catch (e) { continue; }
    const value = el.getAttribute(attr);
    const imageData = tag === 'img' && /^data:image\/(png|gif|jpeg|webp)[;,]/i.test(value.trim());
    if (!['http:', 'https:', 'mailto:'].includes(protocol) && !imageData) {
      found.urls.push(tag + '[' + attr + '=' + JSON.stringify(value) + ']');
    }
  }
}
// A bidi control left open in an inline element runs on into the text after the element
// (to the end of its block): every inline element must close what its text opens.
const OPEN = {'\u202a': 'e', '\u202b': 'e', '\u202d': 'e', '\u202e': 'e', '\u2066': 'i', '\u2067': 'i', '\u2068': 'i'};
function balanced(text) {
  const stack = [];
  for (const ch of text) {
    if (OPEN[ch]) stack.push(OPEN[ch]);
    else if (ch === '\u202c') { if (stack[stack.length - 1] === 'e') stack.pop(); }
    else if (ch === '\u2069') { const i = stack.lastIndexOf('i'); if (i >= 0) stack.length = i; }
  }
  return stack.length === 0;
}
for (const el of all) {
  if (!/[\u202a\u202b\u202d\u202e\u2066-\u2068]/.test(el.textContent)) continue;
  if (!getComputedStyle(el).display.startsWith('inline')) continue;
  if (!balanced(el.textContent)) found.unbalanced.push(el.outerHTML.slice(0, 200));
}
for (const meta of document.querySelectorAll('meta[content]')) {
  if (!balanced(meta.getAttribute('content'))) found.unbalanced.push(meta.outerHTML.slice(0, 200));
}
if (!balanced(document.title)) found.unbalanced.push('<title>' + document.title);
return found;
"""

# Whether the characters of an element's first text run are laid out left to right (an
# override leaking in from before the element would lay them out right to left).
LEFT_TO_RIGHT = r"""
const el = arguments[0];
const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
let node;
while ((node = walker.nextNode()) && !/\w{3}/.test(node.textContent)) {}
if (!node) return null;
const xs = [];
const text = node.textContent;
for (let i = 0; i < text.length; i++) {
  if (!/\w/.test(text[i])) continue;
  const range = document.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  xs.push(range.getBoundingClientRect().left);
}
return xs;
"""


# The first visible link on the page to the same page as the URL arguments[0] (whatever
# its spelling or #fragment), scrolled into view.
FIRST_LINK_TO = r"""
const want = new URL(arguments[0], document.baseURI);
const key = u => u.origin + u.pathname.replace(/index\.html$/, '');
for (const a of document.querySelectorAll('main a[href]')) {
  if (a.closest('#term-preview') || !a.getClientRects().length) continue;
  if (key(new URL(a.href)) === key(want)) { a.scrollIntoView({block: 'center'}); return a; }
}
return null;
"""


# Fixtures

@pytest.fixture(scope="module")
def export():
    """The fixture's fields exactly as the generator reads them (`glossary export`), the
    literal hostile strings every output must give back."""
    result = subprocess.run([str(glossary_binary()), "export", "--content", str(CONTENT), "--format", "json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def hostile(workdir):
    output = build_site(CONTENT, workdir / "hostile-site")
    server = SiteServer(output)
    yield output, server.url
    server.close()


def pages(output):
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))


def open_page(driver, url):
    driver.get(url)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")


def no_alert(driver):
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return True
    driver.switch_to.alert.dismiss()
    raise AssertionError(f"an alert opened: {text!r}")


def assert_clean(driver, where):
    assert no_alert(driver)
    found = driver.execute_script(INSPECT)
    scripts = {tuple(s) for s in found.pop("scripts")}
    assert scripts <= THEME_SCRIPTS, (where, scripts - THEME_SCRIPTS)
    for key, value in found.items():
        assert value == [], (where, key, value)


def assert_left_to_right(driver, element, where):
    xs = driver.execute_script(LEFT_TO_RIGHT, element)
    assert xs and len(xs) >= 3, (where, xs)
    assert all(b > a for a, b in zip(xs, xs[1:])), (where, "laid out right to left", xs)


def terms_by_title(export):
    return {closed(t["title"]): t for t in export["terms"]}


def move_away(driver):
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(2, 2)
    actions.perform()


# The fixture itself: it carries what it claims to, and builds.

def test_fixture_carries_every_kind_of_payload(export):
    text = json.dumps(export, ensure_ascii=False)
    for payload in ("<script>", "onerror=", "<svg onload", "</script><script>", "'-alert(1)-'", "javascript:",
                    "JaVaScRiPt:", "java\\tscript:", "data:text/html", "vbscript:", "&#106;avascript:",
                    "\u2028", "\u2029", "\u202e", "\u2067", "{{site.title}}"):
        assert payload in text, payload
    fields = {key for term in export["terms"] for key, value in term.items() if "<" in json.dumps(value)}
    assert {"title", "aliases", "part_of_speech", "tags", "description", "see_also", "related", "extra",
            "definition", "example"} <= fields
    site = export["site"]
    assert all("<script>" in site[key] for key in ("title", "description", "base_url", "language"))
    assert "\u202e" in site["title"] and "\u2028" in site["description"]


# Every page, as served

def test_every_page_is_inert(driver, hostile):
    output, url = hostile
    all_pages = pages(output)
    # Index, 404, 2 letters, 5 terms, the tag list, 3 tags and the printable page (all/),
    # which holds every term's full text.
    assert len(all_pages) == 14, all_pages
    for page in all_pages:
        open_page(driver, url + page)
        assert_clean(driver, page)
        # Hover every link: preview cards appear on term pages, nothing may run anywhere.
        for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
            if link.is_displayed():
                ActionChains(driver).move_to_element(link).perform()
        driver.execute_script("return new Promise(r => setTimeout(r, 300))")
        assert_clean(driver, page + " after hovering")
        errors = console_errors(driver)
        if page == "404.html":
            # Its links start at the (hostile) base_url's path, where a host would serve the
            # site; this server serves it at its root, so those loads fail, and nothing else may.
            errors = [e for e in errors if not (e.get("source") == "network" and "/hostile%22%3E" in e["message"])]
        assert errors == [], page


def test_hostile_text_is_shown_as_text(driver, hostile, export):
    output, url = hostile
    settings = export["site"]
    open_page(driver, url + "terms/script-title/index.html")
    term = next(t for t in export["terms"] if t["slug"] == "script-title")
    assert driver.find_element(By.CSS_SELECTOR, "main h1").get_attribute("textContent") == closed(term["title"])
    assert driver.find_element(By.CSS_SELECTOR, ".term-header .pos").get_attribute("textContent") == term["part_of_speech"]
    aliases = driver.find_element(By.CSS_SELECTOR, ".aliases").get_attribute("textContent")
    assert aliases == "Also: " + ", ".join(term["aliases"])
    tags = [a.get_attribute("textContent") for a in driver.find_elements(By.CSS_SELECTOR, ".term-tags a")]
    assert tags == term["tags"]
    meta = driver.find_element(By.CSS_SELECTOR, 'meta[name="description"]').get_attribute("content")
    assert meta == term["description"]
    assert driver.execute_script("return document.documentElement.lang") == settings["language"]
    assert driver.title == closed(term["title"]) + " — " + closed(settings["title"])
    canonical = driver.find_element(By.CSS_SELECTOR, 'link[rel="canonical"]').get_attribute("href")
    assert canonical.startswith("https://example.com/hostile%22%3E%3Cscript%3E")
    # The raw HTML of the body is gone, its text and safe links stay.
    tags = driver.execute_script(
        "return Array.from(document.querySelectorAll('.definition *, .example p, .example p *'), e => e.localName)")
    assert set(tags) == {"p", "a", "img"}, tags
    assert driver.find_element(By.CSS_SELECTOR, ".definition img").get_attribute("src").startswith("data:image/gif;")
    wiki = driver.find_element(By.CSS_SELECTOR, '.definition a[href="../quote-title/index.html"]')
    assert wiki.get_attribute("textContent") == '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">'
    quoted = driver.find_element(By.CSS_SELECTOR, '.definition a[href="https://example.com/"]')
    assert quoted.get_attribute("title") == 'a " onmouseover="window.__pwned=(window.__pwned||0)+1'


def test_unsafe_related_urls_lose_their_link_and_keep_their_title(driver, hostile, export):
    output, url = hostile
    term = next(t for t in export["terms"] if t["slug"] == "script-title")
    open_page(driver, url + "terms/script-title/index.html")
    items = driver.execute_script("""
        return Array.from(document.querySelectorAll('.related li'), li => {
          const a = li.querySelector('a');
          return {text: li.textContent.replace('↗', '').replace(' (external site)', ''),
                  href: a ? a.getAttribute('href') : null};
        });""")
    externals = [r for r in term["related"] if isinstance(r, dict)]
    shown = {item["text"]: item["href"] for item in items}
    for entry in externals:
        title = closed(entry["title"])
        assert title in shown, title
        scheme = "".join(entry["url"].split()).lower()
        if scheme.startswith(("javascript:", "vbscript:", "data:")):
            assert shown[title] is None, entry
        else:
            assert shown[title] == closed(entry["url"]), entry
    assert shown[closed("'-alert(1)-' Quote title")] == "../../terms/quote-title/index.html"


# JSON: JSON-LD, preview data, search index decode to the literal strings

def script_json(driver, selector):
    return [json.loads(s.get_attribute("textContent")) for s in driver.find_elements(By.CSS_SELECTOR, selector)]


def test_json_blocks_decode_to_the_hostile_strings(driver, hostile, export):
    output, url = hostile
    settings = export["site"]
    for term in export["terms"]:
        page = f"terms/{term['slug']}/index.html"
        raw = (output / page).read_text(encoding="utf-8")
        # Inside the script elements: no way out of them, no line terminator for old parsers.
        for block in raw.split("<script")[1:]:
            body = block.split(">", 1)[1].split("</script>", 1)[0]
            for bad in ("<", "\u2028", "\u2029"):
                assert bad not in body, (page, bad)
        open_page(driver, url + page)
        [ld] = script_json(driver, 'script[type="application/ld+json"]')
        assert ld["name"] == closed(term["title"])
        assert ld["alternateName"] == [closed(a) for a in term["aliases"]] if term["aliases"] else "alternateName" not in ld
        assert ld["description"] == closed(term["summary"])
        assert ld["inDefinedTermSet"]["name"] == closed(settings["title"])
        assert ld["url"] == settings["base_url"] + f"terms/{term['slug']}/"
        [previews] = script_json(driver, "#term-previews")
        by_title = terms_by_title(export)
        for entry in previews:
            target = by_title[entry["title"]]
            assert entry["part_of_speech"] == closed(target["part_of_speech"] or "")
            assert entry["description"] == closed(target["summary"])
    open_page(driver, url + "index.html")
    [ld] = script_json(driver, 'script[type="application/ld+json"]')
    assert ld["name"] == closed(settings["title"]) and ld["description"] == closed(settings["description"])
    assert sorted(t["name"] for t in ld["hasDefinedTerm"]) == sorted(closed(t["title"]) for t in export["terms"])


def test_search_index_decodes_to_the_hostile_strings(hostile, export):
    output, url = hostile
    raw = (output / "search-index.json").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw and "\u2029" not in raw
    with urllib.request.urlopen(url + "search-index.json") as response:
        index = json.load(response)
    records = {r["url"]: r for r in index["terms"]}
    for term in export["terms"]:
        record = records[f"terms/{term['slug']}/index.html"]
        assert record["title"] == closed(term["title"])
        assert record["aliases"] == [closed(a) for a in term["aliases"]]
        assert record["part_of_speech"] == closed(term["part_of_speech"] or "")
        assert record["tags"] == [closed(t) for t in term["tags"]]
        assert record["description"] == closed(term["summary"])


# Search and previews, driven

def box(driver):
    return driver.find_element(By.CSS_SELECTOR, "#search-input")


def type_query(driver, query):
    field = box(driver)
    field.clear()
    field.send_keys(query)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "const l = document.querySelector('#search-results'); return !l.hidden && l.children.length > 0"
        " || document.querySelector('.search-status').classList.contains('is-visible')"))


def result_titles(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-results .result-title'), e => e.textContent)")


@pytest.mark.parametrize("query, slug", [
    ("script title", "script-title"),
    ("window pwned", "script-title"),   # words of the title, aliases and description
    ("image title", "image-title"),
    ("onerror", "image-title"),
    ("alert quote", "quote-title"),
    ("evil exe", "rtl-title"),
    ("odd unicode", "odd-unicode"),
    ("zero width", "odd-unicode"),       # an alias
])
def test_search_results_show_hostile_terms_as_text(driver, hostile, export, query, slug):
    output, url = hostile
    term = next(t for t in export["terms"] if t["slug"] == slug)
    open_page(driver, url + "index.html")
    type_query(driver, query)
    titles = result_titles(driver)
    assert closed(term["title"]) in titles, (query, titles)
    results = driver.find_element(By.CSS_SELECTOR, "#search-results")
    assert results.find_elements(By.CSS_SELECTOR, "img, svg, script, iframe, b, a") == []
    assert_clean(driver, f"search {query!r}")
    # Hover every result and move down the list: still nothing runs.
    for option in results.find_elements(By.CSS_SELECTOR, "[role=option]"):
        ActionChains(driver).move_to_element(option).perform()
    assert_clean(driver, f"search {query!r}, hovered")
    if slug == "script-title":
        assert "<script>" in results.get_attribute("textContent")
    assert console_errors(driver) == []


def test_search_result_opens_the_hostile_term(driver, hostile):
    output, url = hostile
    open_page(driver, url + "index.html")
    type_query(driver, "script title")
    box(driver).send_keys("\ue015", "\ue007")  # ArrowDown, Enter
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("/terms/script-title/index.html"))
    assert_clean(driver, "after opening a result")


def test_preview_cards_show_hostile_terms_as_text(driver, hostile, export):
    output, url = hostile
    by_title = terms_by_title(export)
    for term in export["terms"]:
        open_page(driver, url + f"terms/{term['slug']}/index.html")
        [previews] = script_json(driver, "#term-previews")
        assert previews, term["slug"]
        for entry in previews:
            slug = entry["url"].split("/")[-2]  # ../../terms/x/index.html, relative to the page
            link = driver.execute_script(FIRST_LINK_TO, entry["url"])
            assert link is not None, (term["slug"], slug)
            # Away first, until the last card has gone: it may cover this link.
            move_away(driver)
            WebDriverWait(driver, 3).until(lambda d: d.execute_script(
                "const c = document.getElementById('term-preview'); return !c || c.hidden"))
            ActionChains(driver).move_to_element(link).perform()
            WebDriverWait(driver, 3).until(lambda d: d.execute_script(
                "const c = document.getElementById('term-preview'); return c && !c.hidden"
                " && c.querySelector('.term-preview-title a').textContent === arguments[0]", entry["title"]),
                f"{term['slug']}: no card for {slug}")
            card = driver.find_element(By.CSS_SELECTOR, "#term-preview")
            target = by_title[entry["title"]]
            assert card.find_element(By.CSS_SELECTOR, ".term-preview-title a").get_attribute("textContent") == closed(target["title"])
            assert card.find_elements(By.CSS_SELECTOR, "img, svg, script, iframe, b") == []
            assert_clean(driver, f"{term['slug']}: preview of {slug}")
    assert console_errors(driver) == []


def test_address_queries_and_the_tag_filter_stay_inert(driver, hostile, export):
    output, url = hostile
    payload = '"><svg onload=window.__pwned=(window.__pwned||0)+1><script>window.__pwned=1</script>'
    quoted = urllib.parse.quote(payload)
    open_page(driver, url + f"index.html?q={quoted}&tag={quoted}")
    assert box(driver).get_attribute("value") == payload
    assert_clean(driver, "?q= and ?tag= with markup")
    # Every tag chip pressed: the filter's status names the hostile tags, as text.
    chips = driver.find_elements(By.CSS_SELECTOR, "button.chip[data-tag]")
    tags = sorted({tag for term in export["terms"] for tag in term["tags"]})
    assert len(chips) == len(tags) == 3
    for chip in chips:
        chip.click()
    status = driver.find_element(By.CSS_SELECTOR, ".filter-status").get_attribute("textContent")
    assert status.startswith("Showing 3 of 5 terms tagged "), status
    for tag in tags:
        assert closed(tag) in status, (tag, status)
    assert_clean(driver, "tag filter")
    assert console_errors(driver) == []


# Right-to-left overrides stay inside their own value

def test_an_open_override_does_not_reverse_the_text_after_it(driver, hostile, export):
    output, url = hostile
    rtl = next(t for t in export["terms"] if t["slug"] == "rtl-title")
    assert "\u202e" in rtl["title"] and "\u202c" not in rtl["title"]  # left open in the file
    # Term cards: the part of speech after the title.
    for page in ("index.html", "letters/o/index.html"):
        open_page(driver, url + page)
        card = driver.find_element(By.XPATH, "//li[contains(@class,'term-card')][.//a[contains(@href,'rtl-title')]]")
        assert_left_to_right(driver, card.find_element(By.CSS_SELECTOR, ".pos"), page)
    # The page of its tag: the title's closing quote and the site title after it.
    tag_page = next(p for p in pages(output) if p.startswith("tags/reversed-tag/"))
    open_page(driver, url + tag_page)
    tag = closed(rtl["tags"][0])
    assert driver.find_element(By.CSS_SELECTOR, "main h1").get_attribute("textContent") == f"Tagged “{tag}”"
    assert driver.title == f"Tagged “{tag}” — " + closed(export["site"]["title"])
    # Search: the part of speech after the title in a result.
    open_page(driver, url + "index.html")
    type_query(driver, "evil exe")
    option = driver.find_element(By.XPATH, "//li[@role='option'][.//span[contains(@class,'result-pos')]]")
    assert_left_to_right(driver, option.find_element(By.CSS_SELECTOR, ".result-pos"), "search result")
    # The aliases line: each alias closed before the next one starts.
    open_page(driver, url + "terms/rtl-title/index.html")
    aliases = driver.find_element(By.CSS_SELECTOR, ".aliases").get_attribute("textContent")
    assert aliases == "Also: " + ", ".join(closed(a) for a in rtl["aliases"])
    assert_clean(driver, "rtl-title")

"""Term preview cards (Templates/assets/preview.js): a link to another term shows that
term's title, part of speech and description on hover, keyboard focus and a first tap;
Escape hides it; hostile titles stay text; nothing breaks on pages without previews."""

import json
import pathlib
import tempfile
import textwrap
import urllib.parse
import urllib.request

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ARTIFACTS, SiteServer, build_site, console_errors, new_driver, set_color_scheme

PAGE = "terms/prm-tools/index.html"
CARD = "#term-preview"
MAX_DESCRIPTION = 200  # preview.js cuts longer descriptions at a word, plus "…"


# Helpers

def search_index(site):
    with urllib.request.urlopen(site + "search-index.json") as response:
        data = json.load(response)
    return {entry["url"]: entry for entry in data["terms"]}


def expected(site, slug):
    return search_index(site)[f"terms/{slug}/index.html"]


def link(driver, selector):
    return driver.find_element(By.CSS_SELECTOR, selector)


def body_link(driver, slug):
    return link(driver, f'.term a[href="../{slug}/index.html"]')


def card(driver):
    return driver.find_element(By.CSS_SELECTOR, CARD)


def card_shown(driver):
    return driver.execute_script(
        "const c = document.querySelector(arguments[0]);"
        "return !!c && !c.hidden && c.getBoundingClientRect().height > 0;", CARD)


def wait_shown(driver, timeout=3):
    WebDriverWait(driver, timeout).until(lambda d: card_shown(d), "the preview card did not appear")
    return card(driver)


def wait_hidden(driver, timeout=3):
    WebDriverWait(driver, timeout).until(lambda d: not card_shown(d), "the preview card did not go away")


def stays_hidden(driver, seconds=0.8):
    try:
        WebDriverWait(driver, seconds, poll_frequency=0.05).until(lambda d: card_shown(d))
    except TimeoutException:
        return True
    return False


def card_data(driver):
    return driver.execute_script("""
        const c = document.querySelector(arguments[0]);
        const visible = e => !!e && !e.hidden;
        const pos = c.querySelector('.term-preview-pos');
        const text = c.querySelector('.term-preview-description');
        const a = c.querySelector('.term-preview-title a');
        return {title: a.textContent, href: a.href,
                pos: visible(pos) ? pos.textContent : null,
                description: visible(text) ? text.textContent : null,
                role: c.getAttribute('role'), id: c.id};
    """, CARD)


def absolute(driver, url):
    """`url` resolved against the current page, without its #fragment."""
    return urllib.parse.urljoin(driver.current_url, url).split("#")[0]


def assert_card_matches(driver, site, slug):
    data = card_data(driver)
    entry = expected(site, slug)
    assert data["title"] == entry["title"]
    assert data["pos"] == entry.get("part_of_speech")
    assert data["href"] == site + f"terms/{slug}/index.html"
    description = " ".join(entry["description"].split())
    if len(description) <= MAX_DESCRIPTION:
        assert data["description"] == description
    else:
        shown = data["description"]
        assert shown.endswith("…") and len(shown) <= MAX_DESCRIPTION + 1
        assert description.startswith(shown[:-1]) and len(shown) > MAX_DESCRIPTION // 2
    assert data["role"] == "tooltip"
    return data


def tab_to(driver, element, limit=200):
    """Presses Tab (real key events) until `element` has the focus."""
    for _ in range(limit):
        if driver.execute_script("return document.activeElement === arguments[0]", element):
            return
        ActionChains(driver).send_keys(Keys.TAB).perform()
    raise AssertionError("Tab never reached the element")


def tab_past_heading_links(driver, backwards=False):
    """Presses Tab (Shift+Tab) once, and again while the focus is on a heading's self-link
    (`a.anchor`, focusable so keyboard users see it), which stands between body links."""
    for _ in range(20):
        if backwards:
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            ActionChains(driver).send_keys(Keys.TAB).perform()
        if not driver.execute_script("return document.activeElement.classList.contains('anchor')"):
            return


def move_away(driver):
    """Moves the mouse to the viewport's top left corner: no link there, nor the card
    (which keeps 8 px from the edges)."""
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(2, 2)
    actions.perform()


def open_page(driver, site, page=PAGE):
    driver.get(site + page)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")


# Hover

def test_hover_on_body_link_shows_the_target_term(driver, site):
    open_page(driver, site)
    target = body_link(driver, "partner-engagement")
    assert target.get_attribute("aria-describedby") is None
    ActionChains(driver).move_to_element(target).perform()
    shown = wait_shown(driver)
    assert_card_matches(driver, site, "partner-engagement")
    assert target.get_attribute("aria-describedby") == shown.get_attribute("id") == "term-preview"
    # Below the link, not over it.
    link_box = target.rect
    card_box = shown.rect
    assert card_box["y"] >= link_box["y"] + link_box["height"]

    move_away(driver)
    wait_hidden(driver)
    assert target.get_attribute("aria-describedby") is None
    assert console_errors(driver) == []


def test_hover_waits_a_moment_before_showing(driver, site):
    open_page(driver, site)
    target = body_link(driver, "partner-network")
    driver.execute_script("""
        const link = arguments[0];
        window.__times = {};
        link.addEventListener('pointerover', () => { window.__times.over ??= performance.now(); });
        new MutationObserver(() => {
          const card = document.getElementById('term-preview');
          if (card && !card.hidden) window.__times.shown ??= performance.now();
        }).observe(document.body, {subtree: true, childList: true, attributes: true});
    """, target)
    ActionChains(driver).move_to_element(target).perform()
    wait_shown(driver)
    times = driver.execute_script("return window.__times")
    assert 150 <= times["shown"] - times["over"] <= 1000, times
    assert_card_matches(driver, site, "partner-network")


def test_pointer_can_move_onto_the_card_and_follow_its_title(driver, site):
    open_page(driver, site)
    ActionChains(driver).move_to_element(body_link(driver, "partner-onboarding")).perform()
    shown = wait_shown(driver)
    assert_card_matches(driver, site, "partner-onboarding")
    title = shown.find_element(By.CSS_SELECTOR, ".term-preview-title a")
    ActionChains(driver).move_to_element(title).perform()
    driver.execute_script("return new Promise(r => setTimeout(r, 600))")
    assert card_shown(driver), "the card vanished while the pointer was on it"
    title.click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url == site + "terms/partner-onboarding/index.html")
    assert console_errors(driver) == []


def test_see_also_and_pager_links_preview_too(driver, site):
    open_page(driver, site)
    see_also = link(driver, ".see-also a")
    assert see_also.get_attribute("href").endswith("terms/partner-relationship-management-prm/index.html")
    ActionChains(driver).move_to_element(see_also).perform()
    wait_shown(driver)
    assert_card_matches(driver, site, "partner-relationship-management-prm")
    assert see_also.get_attribute("aria-describedby") == "term-preview"

    # Straight from one link to another: the card follows, the old link lets go.
    nxt = link(driver, ".pager-next")
    ActionChains(driver).move_to_element(nxt).perform()
    WebDriverWait(driver, 3).until(lambda d: card_data(d)["title"] == "Product certification programs")
    data = assert_card_matches(driver, site, "product-certification-programs")
    assert data["description"].endswith("…")  # a long description, cut
    assert nxt.get_attribute("aria-describedby") == "term-preview"
    assert see_also.get_attribute("aria-describedby") is None
    assert len(driver.find_elements(By.CSS_SELECTOR, CARD)) == 1  # one card, reused


def test_no_card_for_links_without_preview_data(driver, site):
    open_page(driver, site)
    for selector in ('.breadcrumb a[href="../../index.html"]', '.term-tags a[rel="tag"]', ".site-title a"):
        ActionChains(driver).move_to_element(link(driver, selector)).perform()
        assert stays_hidden(driver, 0.6), selector
    assert driver.find_elements(By.CSS_SELECTOR, "[aria-describedby='term-preview']") == []


def test_no_card_for_a_link_to_the_current_page(driver, site):
    open_page(driver, site)
    # A link to this very page (even with a fragment) gets no card, though the page's data
    # would match it if the script compared carelessly.
    driver.execute_script("""
        const previews = JSON.parse(document.getElementById('term-previews').textContent);
        const a = document.createElement('a');
        a.id = 'self-link';
        a.href = 'index.html#example';
        a.textContent = 'this page';
        document.querySelector('.definition p').append(' ', a);
        return previews.length;
    """)
    ActionChains(driver).move_to_element(link(driver, "#self-link")).perform()
    assert stays_hidden(driver, 0.6)


# Keyboard

def test_keyboard_focus_shows_card_and_escape_hides_it(driver, site):
    open_page(driver, site)
    target = body_link(driver, "partner-engagement")
    tab_to(driver, target)
    wait_shown(driver)
    assert_card_matches(driver, site, "partner-engagement")
    assert target.get_attribute("aria-describedby") == "term-preview"

    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait_hidden(driver)
    assert driver.execute_script("return document.activeElement === arguments[0]", target)
    assert target.get_attribute("aria-describedby") is None
    assert stays_hidden(driver, 0.5)  # Escape sticks while the focus stays

    # Tab on: the next term link gets its own card; Shift+Tab brings the first one back.
    tab_past_heading_links(driver)
    onboarding = body_link(driver, "partner-onboarding")
    assert driver.execute_script("return document.activeElement === arguments[0]", onboarding)
    WebDriverWait(driver, 3).until(lambda d: card_shown(d) and card_data(d)["title"] == "Partner onboarding")
    assert_card_matches(driver, site, "partner-onboarding")
    assert onboarding.get_attribute("aria-describedby") == "term-preview"

    tab_past_heading_links(driver, backwards=True)
    WebDriverWait(driver, 3).until(lambda d: card_shown(d) and card_data(d)["title"] == "Partner engagement")
    assert onboarding.get_attribute("aria-describedby") is None

    # Tabbing to something that is not a term link hides the card.
    tab_to(driver, link(driver, '.term-tags a[rel="tag"]'))
    wait_hidden(driver)
    assert driver.find_elements(By.CSS_SELECTOR, "[aria-describedby='term-preview']") == []
    assert console_errors(driver) == []


def test_focus_on_see_also_link_shows_card(driver, site):
    open_page(driver, site)
    see_also = link(driver, ".see-also a")
    tab_to(driver, see_also)
    wait_shown(driver)
    assert_card_matches(driver, site, "partner-relationship-management-prm")
    # The card never takes the focus: Tab goes on to the page's next link.
    assert driver.execute_script("return document.querySelector(arguments[0] + ' a').tabIndex", CARD) == -1


def test_escape_hides_a_hovered_card(driver, site):
    open_page(driver, site)
    target = body_link(driver, "partner-network")
    ActionChains(driver).move_to_element(target).perform()
    wait_shown(driver)
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait_hidden(driver)
    assert target.get_attribute("aria-describedby") is None
    assert stays_hidden(driver, 0.6)  # not shown again while the pointer rests on the link


def test_previews_work_from_disk(driver, site_dir):
    # Opened straight from disk (file://): the data is in the page, nothing is fetched.
    driver.get((site_dir / PAGE).as_uri())
    target = body_link(driver, "partner-engagement")
    ActionChains(driver).move_to_element(target).perform()
    wait_shown(driver)
    data = card_data(driver)
    assert data["title"] == "Partner engagement"
    assert data["href"] == (site_dir / "terms/partner-engagement/index.html").as_uri()
    assert console_errors(driver) == []


# Placement

def emulate_phone(driver, width, height=640):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})


def test_card_stays_within_a_phone_viewport(driver, site):
    emulate_phone(driver, 320)
    try:
        open_page(driver, site)
        width = driver.execute_script("return document.documentElement.clientWidth")
        assert width == 320
        for selector in ('.term a[href="../partner-network/index.html"]', ".pager-next", ".see-also a"):
            target = link(driver, selector)
            # Near the top, so the card has room below on a 640 px high screen.
            driver.execute_script("""
                arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});
                window.scrollBy({top: -100, behavior: 'instant'});""", target)
            ActionChains(driver).move_to_element(target).perform()
            WebDriverWait(driver, 3).until(
                lambda d: card_shown(d) and d.execute_script(
                    "return document.querySelector(arguments[0]).getAttribute('aria-describedby')", selector))
            box = driver.execute_script(
                "return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()", CARD)
            link_box = driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", target)
            assert box["left"] >= 0 and box["right"] <= width, (selector, box)
            assert box["top"] >= 0 and box["bottom"] <= driver.execute_script("return innerHeight"), (selector, box)
            assert box["top"] >= link_box["bottom"] or box["bottom"] <= link_box["top"], "the card covers its link"
            move_away(driver)
            wait_hidden(driver)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_card_flips_above_a_link_near_the_bottom(driver, site):
    driver.set_window_size(1000, 600)
    open_page(driver, site)
    target = body_link(driver, "partner-engagement")
    driver.execute_script("""
        const r = arguments[0].getBoundingClientRect();
        window.scrollBy({top: r.bottom - innerHeight + 20, behavior: 'instant'});
    """, target)
    ActionChains(driver).move_to_element(target).perform()
    shown = wait_shown(driver)
    assert shown.get_attribute("data-placement") == "above"
    link_top = driver.execute_script("return arguments[0].getBoundingClientRect().top", target)
    card_box = driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", shown)
    assert card_box["bottom"] <= link_top and card_box["top"] >= 0


# Touch

@pytest.fixture
def touch_driver():
    driver = new_driver(375, 740)
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    driver.get("about:blank")
    driver.get_log("browser")
    yield driver
    driver.quit()


def tap(driver, element):
    """A real touch tap (touchstart/pointerdown with pointerType "touch", then click)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    box = driver.execute_script("return arguments[0].getClientRects()[0].toJSON()", element)
    x, y = int(box["left"] + min(box["width"], 40) / 2), int(box["top"] + box["height"] / 2)
    actions = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
    actions.pointer_action.move_to_location(x, y).pointer_down().pause(0.05).pointer_up()
    actions.perform()


def test_first_tap_shows_card_second_tap_follows(touch_driver, site):
    driver = touch_driver
    open_page(driver, site)
    driver.execute_script("""
        window.__pointerTypes = [];
        document.addEventListener('pointerdown', e => window.__pointerTypes.push(e.pointerType), true);
    """)
    target = body_link(driver, "partner-engagement")
    tap(driver, target)
    wait_shown(driver)
    assert driver.execute_script("return window.__pointerTypes") == ["touch"]
    assert driver.current_url == site + PAGE
    assert_card_matches(driver, site, "partner-engagement")
    assert target.get_attribute("aria-describedby") == "term-preview"
    box = driver.execute_script("return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()", CARD)
    assert box["left"] >= 0 and box["right"] <= driver.execute_script("return document.documentElement.clientWidth")

    # Tapping elsewhere closes it, and the page stays.
    tap(driver, link(driver, "main h1"))
    wait_hidden(driver)
    assert target.get_attribute("aria-describedby") is None
    assert driver.current_url == site + PAGE

    # First tap again shows it; the second tap on the same link follows it.
    tap(driver, target)
    wait_shown(driver)
    assert driver.current_url == site + PAGE
    tap(driver, target)
    WebDriverWait(driver, 5).until(lambda d: d.current_url == site + "terms/partner-engagement/index.html")
    assert console_errors(driver) == []


def test_tap_on_card_title_follows_and_other_link_moves_card(touch_driver, site):
    driver = touch_driver
    open_page(driver, site)
    tap(driver, body_link(driver, "partner-network"))
    wait_shown(driver)
    # A first tap on another term link moves the card there (and still does not navigate).
    see_also = link(driver, ".see-also a")
    tap(driver, see_also)
    WebDriverWait(driver, 3).until(lambda d: card_shown(d) and card_data(d)["title"].startswith("Partner Relationship"))
    assert driver.current_url == site + PAGE
    # Links without a preview are not held back.
    title = card(driver).find_element(By.CSS_SELECTOR, ".term-preview-title a")
    tap(driver, title)
    WebDriverWait(driver, 5).until(
        lambda d: d.current_url == site + "terms/partner-relationship-management-prm/index.html")
    tap(driver, link(driver, '.breadcrumb a[href="../../index.html"]'))
    WebDriverWait(driver, 5).until(lambda d: d.current_url == site + "index.html")
    assert console_errors(driver) == []


# Hostile data

HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_DESCRIPTION = "Evil </script><img src=y onerror=alert(2)> & <b>bold</b> \"quoted\""


@pytest.fixture(scope="module")
def hostile_site():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="glossary-hostile-"))
    content = folder / "Content"
    content.mkdir()
    (content / "glossary.yml").write_text("title: Hostile\n")
    (content / "evil.md").write_text(textwrap.dedent(f"""\
        ---
        title: {json.dumps(HOSTILE_TITLE)}
        part_of_speech: "<i>noun</i>"
        description: {json.dumps(HOSTILE_DESCRIPTION)}
        ---

        A term whose title is markup.
        """))
    (content / "plain.md").write_text(textwrap.dedent("""\
        ---
        title: Plain
        see_also: [evil]
        ---

        Plain links to [the evil term](evil.md).
        """))
    output = build_site(content, folder / "site")
    server = SiteServer(output)
    yield server.url
    server.close()


def test_hostile_title_and_description_are_shown_as_text(driver, hostile_site):
    open_page(driver, hostile_site, "terms/plain/index.html")
    for selector in (".definition a", ".see-also a"):
        ActionChains(driver).move_to_element(link(driver, selector)).perform()
        wait_shown(driver)
        data = card_data(driver)
        assert data["title"] == HOSTILE_TITLE
        assert data["pos"] == "<i>noun</i>"
        assert data["description"] == HOSTILE_DESCRIPTION
        assert card(driver).find_elements(By.CSS_SELECTOR, "img, b, i, script") == []
        move_away(driver)
        wait_hidden(driver)
    assert driver.find_elements(By.CSS_SELECTOR, "img") == []
    # No alert opened (Selenium would raise on an open alert) and no console error.
    assert driver.title
    assert console_errors(driver) == []


# Pages without previews, and the console

@pytest.mark.parametrize("page", ["index.html", "letters/p/index.html", "tags/tools/index.html", "404.html"])
def test_pages_without_previews_do_nothing(driver, site, page):
    open_page(driver, site, page)
    assert driver.find_elements(By.ID, "term-previews") == []
    term_link = driver.find_elements(By.CSS_SELECTOR, "main a[href*='terms/']")
    if term_link:
        ActionChains(driver).move_to_element(term_link[0]).perform()
        tab_to(driver, term_link[0])
    assert stays_hidden(driver, 0.5)
    assert driver.find_elements(By.CSS_SELECTOR, CARD) == []
    assert console_errors(driver) == []


def test_term_pages_have_no_console_errors_while_previewing(driver, site):
    for slug in ("prm-tools", "partner-relationship-management-prm", "partner-onboarding"):
        open_page(driver, site, f"terms/{slug}/index.html")
        links = driver.execute_script("""
            const data = JSON.parse(document.getElementById('term-previews').textContent);
            return data.length;""")
        assert links > 0
        target = link(driver, ".definition a, .see-also a, .pager a")
        ActionChains(driver).move_to_element(target).perform()
        wait_shown(driver)
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        wait_hidden(driver)
        assert console_errors(driver) == [], slug


# Look: contrast in both schemes, and screenshots for a human (in ARTIFACTS)

CONTRAST = """
const card = document.querySelector(arguments[0]);
function rgb(s) { const m = s.match(/[\\d.]+/g).map(Number); return m.slice(0, 3); }
function lum(c) {
  const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
const bg = lum(rgb(getComputedStyle(card).backgroundColor));
const out = {};
for (const sel of ['.term-preview-title a', '.term-preview-pos', '.term-preview-description']) {
  const fg = lum(rgb(getComputedStyle(card.querySelector(sel)).color));
  out[sel] = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}
return out;
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_card_looks_right(driver, site, scheme, width):
    if width < 500:  # below headless Chromium's smallest window: emulate a phone
        emulate_phone(driver, width, 740)
    try:
        look(driver, site, scheme, width)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def look(driver, site, scheme, width):
    set_color_scheme(driver, scheme)
    open_page(driver, site)
    target = body_link(driver, "partner-engagement")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target)
    tab_to(driver, target)
    shown = wait_shown(driver)
    background = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", shown)
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    for selector, ratio in driver.execute_script(CONTRAST, CARD).items():
        assert ratio >= 4.5, (scheme, selector, ratio)
    # The link keeps its visible focus ring while the card is shown.
    outline = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", target)
    assert outline != "none"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.execute_script("return new Promise(r => setTimeout(r, 200))")  # let the fade end
    driver.save_screenshot(str(ARTIFACTS / f"preview-{scheme}-{width}.png"))
    assert console_errors(driver) == []

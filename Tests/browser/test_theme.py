"""The default theme as a reader meets it: the A–Z bar on every page and on a phone, the
skip link, landmarks and heading order, dark scheme, visible keyboard focus, and print."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import build_site, console_errors, set_color_scheme, SiteServer

# One page of each kind of the shipped glossary.
PAGES = {
    "index": "index.html",
    "letter": "letters/p/index.html",
    "term": "terms/partner-relationship-management-prm/index.html",
    "tag": "tags/tools/index.html",
    "tags": "tags/index.html",
    "404": "404.html",
}
LABELS = ["#"] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]


def az_entries(driver):
    return driver.find_elements(By.CSS_SELECTOR, "nav.az li")


def rect(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height};",
        element)


def press_tab(driver, times=1):
    actions = ActionChains(driver)
    for _ in range(times):
        actions.send_keys(Keys.TAB)
    actions.perform()


def active_element(driver):
    return driver.switch_to.active_element


@pytest.mark.parametrize("kind", PAGES)
def test_az_bar_is_on_every_page_kind(driver, site, kind):
    driver.get(site + PAGES[kind])
    nav = driver.find_element(By.CSS_SELECTOR, "header nav.az")
    assert nav.get_attribute("aria-label")
    assert [entry.text.strip() for entry in az_entries(driver)] == LABELS
    # Only P has terms in the shipped glossary: it is a link, the other letters are not.
    links = nav.find_elements(By.CSS_SELECTOR, "a")
    assert [link.text for link in links] == ["P"]
    assert links[0].get_attribute("href").endswith("letters/p/index.html")
    if kind == "letter":
        assert links[0].get_attribute("aria-current") == "page"
    elif kind == "term":
        assert links[0].get_attribute("aria-current") == "true"
    else:
        assert links[0].get_attribute("aria-current") is None
    assert console_errors(driver) == []


@pytest.mark.parametrize("kind", ["index", "term", "404"])
@pytest.mark.parametrize("width", [375, 320])
def test_az_bar_is_usable_on_a_phone(driver, site, kind, width):
    driver.set_window_size(width, 800)
    driver.get(site + PAGES[kind])
    viewport = driver.execute_script("return document.documentElement.clientWidth")
    assert viewport <= width
    # Nothing on the page is wider than the screen.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= viewport

    entries = az_entries(driver)
    assert len(entries) == 27
    scroller = driver.find_element(By.CSS_SELECTOR, "nav.az .az-list")
    scrolls = driver.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", scroller)
    boxes = [rect(driver, entry.find_element(By.CSS_SELECTOR, "a, span")) for entry in entries]
    for label, box in zip(LABELS, boxes):
        assert box["width"] >= 24 and box["height"] >= 24, f"{label} is too small to tap: {box}"
        if not scrolls:
            assert 0 <= box["left"] and box["right"] <= viewport, f"{label} is off screen: {box}"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap_x = min(a["right"], b["right"]) - max(a["left"], b["left"])
            overlap_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            assert overlap_x <= 0.5 or overlap_y <= 0.5, f"A–Z entries overlap: {a} {b}"

    p = driver.find_element(By.CSS_SELECTOR, "nav.az a[href$='letters/p/index.html']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'})", p)
    # A real click at the link's centre: it must be the element on top there.
    centre = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
        "return hit === arguments[0] || arguments[0].contains(hit);", p)
    assert centre, "something covers the P link"
    p.click()
    assert driver.current_url.endswith("letters/p/index.html")
    assert driver.find_element(By.CSS_SELECTOR, "main h1").text == "Terms starting with P"
    assert console_errors(driver) == []


@pytest.mark.parametrize("kind", ["index", "term"])
def test_skip_link_is_first_and_leads_to_main(driver, site, kind):
    driver.get(site + PAGES[kind])
    press_tab(driver)
    skip = active_element(driver)
    assert "skip-link" in skip.get_attribute("class")
    assert skip.get_attribute("href").endswith("#main")
    assert skip.is_displayed()
    box = rect(driver, skip)
    assert box["top"] >= 0 and box["left"] >= 0, "the focused skip link is off screen"
    assert driver.find_element(By.ID, "main").tag_name == "main"

    skip.send_keys(Keys.ENTER)
    assert driver.current_url.endswith("#main")
    # The next Tab lands inside <main>, past the header's links.
    press_tab(driver)
    inside = driver.execute_script(
        "return document.getElementById('main').contains(document.activeElement)")
    assert inside, active_element(driver).get_attribute("outerHTML")
    assert console_errors(driver) == []


def background(driver):
    return driver.execute_script("return getComputedStyle(document.body).backgroundColor")


def luminance(css_colour):
    parts = css_colour[css_colour.index("(") + 1:css_colour.index(")")].split(",")
    r, g, b = (float(p) / 255 for p in parts[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("kind", PAGES)
def test_dark_scheme_follows_the_system(driver, site, kind):
    driver.get(site + PAGES[kind])
    light = background(driver)
    light_text = driver.execute_script("return getComputedStyle(document.body).color")
    set_color_scheme(driver, "dark")
    dark = background(driver)
    dark_text = driver.execute_script("return getComputedStyle(document.body).color")
    assert light != dark
    assert luminance(light) > 0.8 and luminance(dark) < 0.2, (light, dark)
    assert luminance(light_text) < 0.2 and luminance(dark_text) > 0.8, (light_text, dark_text)
    assert console_errors(driver) == []


def heading_levels(driver):
    return driver.execute_script(
        "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]"
        ".filter(h => h.getClientRects().length > 0).map(h => Number(h.tagName[1]))")


@pytest.mark.parametrize("kind", PAGES)
def test_landmarks_and_heading_order(driver, site, kind):
    driver.get(site + PAGES[kind])
    assert len(driver.find_elements(By.CSS_SELECTOR, "main")) == 1
    assert driver.find_element(By.CSS_SELECTOR, "main").get_attribute("id") == "main"
    assert len(driver.find_elements(By.CSS_SELECTOR, "header.site-header")) == 1
    assert len(driver.find_elements(By.CSS_SELECTOR, "footer.site-footer")) == 1
    navs = driver.find_elements(By.CSS_SELECTOR, "nav")
    assert navs and all(nav.get_attribute("aria-label") for nav in navs), "every <nav> is labelled"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"

    levels = heading_levels(driver)
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    for previous, level in zip(levels, levels[1:]):
        assert level <= previous + 1, f"heading level jumps from h{previous} to h{level}: {levels}"
    if kind == "term":
        dfn = driver.find_element(By.CSS_SELECTOR, "main h1 dfn")
        assert dfn.text == "Partner Relationship Management (PRM)"
        assert len(driver.find_elements(By.TAG_NAME, "dfn")) == 1
    assert console_errors(driver) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_visible(driver, site, scheme):
    set_color_scheme(driver, scheme)
    driver.get(site + PAGES["term"])
    press_tab(driver, 2)  # the skip link, then the site title
    seen = 0
    for _ in range(6):
        element = active_element(driver)
        if element.tag_name == "a":
            style = driver.execute_script(
                "const s = getComputedStyle(arguments[0]);"
                "return {visible: arguments[0].matches(':focus-visible'), style: s.outlineStyle,"
                " width: parseFloat(s.outlineWidth), colour: s.outlineColor, shadow: s.boxShadow};", element)
            assert style["visible"], "Tab focus should match :focus-visible"
            has_outline = style["style"] not in ("none", "") and style["width"] >= 2
            has_shadow = style["shadow"] not in ("none", "")
            assert has_outline or has_shadow, f"no visible focus on {element.get_attribute('outerHTML')}: {style}"
            assert style["colour"] != background(driver)
            seen += 1
        press_tab(driver)
    assert seen >= 3
    assert console_errors(driver) == []


def emulate_print(driver, on):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print" if on else ""})


def test_print_shows_the_term_alone(driver, site):
    driver.get(site + PAGES["term"])
    emulate_print(driver, True)
    try:
        for selector in ("header.site-header", "nav.az", "form.search", ".breadcrumb", "nav.pager",
                         "footer.site-footer", ".skip-link"):
            for element in driver.find_elements(By.CSS_SELECTOR, selector):
                assert not element.is_displayed(), f"{selector} is printed"
        assert driver.find_element(By.CSS_SELECTOR, "main h1 dfn").is_displayed()
        assert driver.find_element(By.CSS_SELECTOR, ".definition").is_displayed()
        assert driver.find_element(By.CSS_SELECTOR, ".example").is_displayed()
        assert driver.execute_script("return getComputedStyle(document.body).backgroundColor") in (
            "rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
        assert driver.execute_script("return getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    finally:
        emulate_print(driver, False)
    assert driver.find_element(By.CSS_SELECTOR, "nav.az").is_displayed()
    assert console_errors(driver) == []


@pytest.fixture(scope="module")
def external_site(workdir):
    """A two-term glossary whose term links to a page outside it."""
    content = workdir / "external-content"
    content.mkdir(exist_ok=True)
    (content / "glossary.yml").write_text("title: Outside links\nlanguage: en\n")
    (content / "alpha.md").write_text(
        "---\ntitle: Alpha\nrelated:\n  - Beta\n  - title: The alpha article\n"
        "    url: https://example.com/alpha\n---\n\nAlpha comes first.\n")
    (content / "beta.md").write_text("---\ntitle: Beta\n---\n\nBeta comes second.\n")
    server = SiteServer(build_site(content, workdir / "external-site"))
    yield server.url
    server.close()


def test_print_gives_the_address_of_outside_links(driver, external_site):
    driver.get(external_site + "terms/alpha/index.html")
    after = "return getComputedStyle(arguments[0], '::after').content"
    external = driver.find_element(By.CSS_SELECTOR, "a.external")
    internal = driver.find_element(By.CSS_SELECTOR, ".related a:not(.external)")
    assert "example.com" not in driver.execute_script(after, external)
    emulate_print(driver, True)
    try:
        assert driver.execute_script(after, external) == '" (https://example.com/alpha)"'
        assert driver.execute_script(after, internal) in ("none", "normal", '""')
    finally:
        emulate_print(driver, False)
    assert console_errors(driver) == []

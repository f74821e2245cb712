"""Every page type of the shipped glossary loads in Chromium with no console error."""

import pytest

from conftest import console_errors

PAGES = [
    "index.html",
    "letters/p/index.html",
    "terms/partner-relationship-management-prm/index.html",
    "terms/prm-tools/index.html",
    "tags/index.html",
    "tags/tools/index.html",
    "404.html",
]


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_without_console_errors(driver, site, page):
    driver.get(site + page)
    assert driver.find_element("css selector", "main h1").text.strip()
    # Focus the search box so the index is fetched and any script error surfaces.
    driver.execute_script("document.querySelector('input[type=search]')?.focus()")
    driver.execute_script("return new Promise(r => setTimeout(r, 300))")
    assert console_errors(driver) == []


@pytest.mark.parametrize("missing", ["terms/typo/", "terms/typo/deeper/still/", "no-such-page.html"])
def test_404_page_works_at_any_depth(driver, site, missing):
    # The server answers a missing path with 404.html, as static hosts do; its links start
    # at the base_url's path, so the stylesheet, the letter bar and the index link all work.
    driver.get(site + missing)
    assert driver.find_element("css selector", "main h1").text.strip()
    # Chromium logs the page's own 404 status; nothing it loads may fail.
    loaded = [entry["message"] for entry in console_errors(driver)]
    assert [message for message in loaded if site + missing not in message] == []
    stylesheet_rules = driver.execute_script(
        "return [...document.styleSheets].filter(s => s.href && s.href.endsWith('assets/style.css'))"
        ".map(s => s.cssRules.length)")
    assert stylesheet_rules and stylesheet_rules[0] > 0
    letter = driver.find_element("css selector", "nav a[href*='letters/p/']")
    letter.click()
    assert driver.current_url == site + "letters/p/index.html"
    assert driver.find_element("css selector", "main h1").text.strip()
    assert console_errors(driver) == []

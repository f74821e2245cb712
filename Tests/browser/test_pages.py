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

"""The list of terms beside a term page (issue 16, "browse while reading"): on the shipped
glossary every term page lists the other terms of its letter with the current one marked;
beside the definition on a wide screen, scrolled so the current term shows; folded on a
375 px phone, and opened by its summary."""

import pytest
from selenium.webdriver.common.by import By

from conftest import ARTIFACTS, ROOT, SiteServer, build_site, console_errors
from test_theme import rect

TERM = "terms/partner-relationship-management-prm/index.html"


def shipped_term_pages(site_dir):
    return sorted((site_dir / "terms").glob("*/index.html"))


def test_every_term_page_of_the_shipped_glossary_lists_its_letter(driver, site, site_dir):
    pages = shipped_term_pages(site_dir)
    assert len(pages) == 48
    for page in pages[::6]:
        slug = page.parent.name
        driver.get(site + f"terms/{slug}/index.html")
        links = driver.find_elements(By.CSS_SELECTOR, "nav.browse .browse-list a")
        # All 48 terms start with P: the letter's list is the whole glossary, each once.
        assert len(links) == 48
        hrefs = [link.get_attribute("href") for link in links]
        assert len(set(hrefs)) == 48
        current = [link for link in links if link.get_attribute("aria-current") == "page"]
        assert len(current) == 1
        assert current[0].get_attribute("href").endswith(f"terms/{slug}/index.html")
        title = driver.find_element(By.CSS_SELECTOR, "h1 dfn").text
        assert current[0].text == title
    assert console_errors(driver) == []


def test_on_a_wide_screen_the_list_is_beside_the_definition_with_the_current_term_in_view(driver, site):
    driver.set_window_size(1400, 900)
    driver.get(site + TERM)
    nav = driver.find_element(By.CSS_SELECTOR, "nav.browse")
    details = nav.find_element(By.TAG_NAME, "details")
    assert details.get_attribute("open") is not None
    article = driver.find_element(By.CSS_SELECTOR, "article.term")
    assert rect(driver, nav)["left"] >= rect(driver, article)["right"]
    assert abs(rect(driver, nav)["top"] - rect(driver, article)["top"]) < 40
    # Partner relationship management is far down the list: scrolled into its view.
    listing = nav.find_element(By.CSS_SELECTOR, ".browse-list")
    current = listing.find_element(By.CSS_SELECTOR, "[aria-current=page]")
    assert driver.execute_script("return arguments[0].scrollTop", listing) > 0
    box, item = rect(driver, listing), rect(driver, current)
    assert box["top"] <= item["top"] and item["bottom"] <= box["bottom"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "browse-wide.png"))
    assert console_errors(driver) == []


def test_on_a_phone_the_list_folds_after_the_definition_and_opens_by_its_summary(driver, site):
    driver.set_window_size(375, 812)
    driver.get(site + TERM)
    nav = driver.find_element(By.CSS_SELECTOR, "nav.browse")
    details = nav.find_element(By.TAG_NAME, "details")
    assert details.get_attribute("open") is None
    assert not nav.find_element(By.CSS_SELECTOR, ".browse-list").is_displayed()
    article = driver.find_element(By.CSS_SELECTOR, "article.term")
    assert rect(driver, nav)["top"] >= rect(driver, article)["bottom"]
    # Nothing is wider than the screen.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 375
    summary = nav.find_element(By.TAG_NAME, "summary")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary)
    summary.click()
    assert details.get_attribute("open") is not None
    current = nav.find_element(By.CSS_SELECTOR, ".browse-list [aria-current=page]")
    assert current.is_displayed()
    assert console_errors(driver) == []


def test_a_large_letter_lists_the_neighbours_and_links_the_letter(driver, workdir):
    content = workdir / "browse-large"
    (content).mkdir(exist_ok=True)
    (content / "glossary.yml").write_text("title: Many\n")
    for n in range(70):
        (content / f"term-{n:02d}.md").write_text(f"---\ntitle: Term {n:02d}\n---\n\nThe term number {n}.\n")
    (content / "other.md").write_text("---\ntitle: Other\n---\n\nNot a T.\n")
    output = build_site(content, workdir / "browse-large-out")
    server = SiteServer(output)
    try:
        driver.get(server.url + "terms/term-40/index.html")
        titles = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".browse-list a")]
        assert titles == [f"Term {n}" for n in range(37, 44)]
        more = driver.find_element(By.CSS_SELECTOR, ".browse-more a")
        assert more.get_attribute("href").endswith("letters/t/index.html")
        assert driver.find_element(By.CSS_SELECTOR, "nav.browse summary").text == "Terms under T"
        # At the start of the letter there are no neighbours before.
        driver.get(server.url + "terms/term-00/index.html")
        titles = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".browse-list a")]
        assert titles == [f"Term {n:02d}" for n in range(0, 4)]
    finally:
        server.close()

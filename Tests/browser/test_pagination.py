"""Pages that stay small: a glossary of 3,000 terms under one letter, opened from file://.
The letter's pages (500 terms each, the default page_size) link each other both ways with
rel=prev/next and numbered links, and the index (above the default index_term_limit of
1,000) shows the letter's count and first terms with a link to its pages."""

import pathlib

import pytest
from selenium.webdriver.common.by import By

from conftest import build_site, console_errors

TERMS = 3000
PAGE_SIZE = 500
PAGES = TERMS // PAGE_SIZE


@pytest.fixture(scope="module")
def one_letter(workdir):
    content = workdir / "one-letter-content"
    (content / "t").mkdir(parents=True, exist_ok=True)
    (content / "glossary.yml").write_text("title: One letter\nlanguage: en\n", encoding="utf-8")
    for number in range(1, TERMS + 1):
        (content / "t" / f"term-{number:04d}.md").write_text(
            f"---\ntitle: Term {number:04d}\n---\n\nTerm {number:04d} is the {number}th term of a long letter.\n",
            encoding="utf-8")
    return build_site(content, workdir / "one-letter-site")


def page_url(site, number):
    path = "letters/t/index.html" if number == 1 else f"letters/t/page/{number}/index.html"
    return (site / path).as_uri()


def titles(driver):
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "main .term-card-title a")]


def click(driver, element):
    """A real click, with the element scrolled to the middle of the window first (at the
    bottom of a 500-term page; instant, as the theme scrolls smoothly)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def head_link(driver, rel):
    links = driver.find_elements(By.CSS_SELECTOR, f'head link[rel="{rel}"]')
    return links[0].get_attribute("href") if links else None


def test_letter_pages_link_each_other_both_ways_from_file_urls(driver, one_letter):
    driver.get(page_url(one_letter, 1))
    seen = []
    for number in range(1, PAGES + 1):
        assert driver.current_url == page_url(one_letter, number)
        shown = titles(driver)
        assert shown == [f"Term {n:04d}" for n in range((number - 1) * PAGE_SIZE + 1, number * PAGE_SIZE + 1)]
        seen += shown
        current = driver.find_element(By.CSS_SELECTOR, "nav.pagination a[aria-current=page]")
        assert current.text == str(number)
        assert head_link(driver, "prev") == (page_url(one_letter, number - 1) if number > 1 else None)
        assert head_link(driver, "next") == (page_url(one_letter, number + 1) if number < PAGES else None)
        assert console_errors(driver) == []
        if number < PAGES:
            click(driver, driver.find_element(By.CSS_SELECTOR, "nav.pagination a[rel=next]"))
    assert len(seen) == TERMS
    assert driver.find_elements(By.CSS_SELECTOR, "nav.pagination a[rel=next]") == []
    # And back, by the previous links, to the first page.
    for number in range(PAGES, 1, -1):
        click(driver, driver.find_element(By.CSS_SELECTOR, "nav.pagination a[rel=prev]"))
        assert driver.current_url == page_url(one_letter, number - 1)
    assert driver.find_elements(By.CSS_SELECTOR, "nav.pagination a[rel=prev]") == []
    assert driver.title.startswith("Terms starting with T — ")


def test_numbered_links_reach_far_pages_and_the_page_title_says_which(driver, one_letter):
    driver.get(page_url(one_letter, 1))
    labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "nav.pagination li")]
    assert labels == ["1", "2", "3", "…", "6", "Next"]
    click(driver, driver.find_element(By.LINK_TEXT, str(PAGES)))
    assert driver.current_url == page_url(one_letter, PAGES)
    assert driver.title.startswith(f"Terms starting with T (page {PAGES}) — ")
    assert driver.find_element(By.CSS_SELECTOR, "main h1").text == f"Terms starting with T (page {PAGES})"
    # The A–Z bar, the stylesheet and the letter's own entry work four folders deep.
    current = driver.find_element(By.CSS_SELECTOR, "nav.az a[aria-current=page]")
    assert current.text == "T" and current.get_attribute("href") == page_url(one_letter, 1)
    # (file:// pages may not read cssRules: the stylesheet shows in the computed style.)
    assert driver.execute_script("return getComputedStyle(document.querySelector('.az-list')).display") == "grid"
    assert console_errors(driver) == []


def test_the_index_above_the_limit_shows_the_letters_count_and_first_terms(driver, one_letter):
    driver.get((one_letter / "index.html").as_uri())
    assert titles(driver) == [f"Term {n:04d}" for n in range(1, 6)]
    more = driver.find_element(By.CSS_SELECTOR, ".letter-more")
    assert more.text == "Terms starting with T (3000 terms)"
    click(driver, more.find_element(By.CSS_SELECTOR, "a"))
    assert driver.current_url == page_url(one_letter, 1)
    assert len(titles(driver)) == PAGE_SIZE
    sizes = [p.stat().st_size for p in pathlib.Path(one_letter).rglob("*.html")]
    assert max(sizes) < 1_000_000

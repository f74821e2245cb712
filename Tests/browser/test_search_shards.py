"""The sharded search index (search/*.js, SearchShards.swift): full-text matches from the
whole definition and example, ranked below title and alias matches, shown with the word
highlighted; and what the first query loads at 10,000 and 100,000 terms.

The corpora come from ../shared/bench/make-corpus.py; they are built with the release
binary (.build/release/glossary) when it exists, which builds 100,000 terms in well under
a minute, else with the suite's binary (GLOSSARY_BIN or the debug build, several minutes
at 100,000 terms). GLOSSARY_SEARCH_SIZES ("10000" by default; "10000 100000" adds the 100,000-term site, a few minutes more) picks the sizes."""

import os
import pathlib

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, SiteServer, console_errors, glossary_binary, make_corpus
from test_search import LIST, open_page, titles, type_query

BUDGET = 300 * 1024


@pytest.fixture
def page(driver, site):
    open_page(driver, site + "index.html")
    yield driver
    assert console_errors(driver) == []


def result_items(driver):
    return driver.find_elements(By.CSS_SELECTOR, f"{LIST} [role=option]")


def test_a_word_only_further_down_the_definition_finds_the_term(page):
    type_query(page, "affiliate")
    assert "Partner" in titles(page), titles(page)
    item = result_items(page)[titles(page).index("Partner")]
    snippet = item.find_element(By.CSS_SELECTOR, ".result-description")
    marks = [m.get_attribute("textContent") for m in snippet.find_elements(By.TAG_NAME, "mark")]
    assert marks and all(m.lower().startswith("affiliate") for m in marks), marks
    # The snippet is the part of the full text around the word, not the first paragraph.
    assert "Affiliate partners" in snippet.get_attribute("textContent")


def test_full_text_matches_rank_below_title_and_alias_matches(page):
    type_query(page, "commissions")
    found = titles(page)
    assert found[0] == "Payouts", found  # its alias "partner commissions"
    assert len(found) > 1
    for item in result_items(page)[1:]:
        assert item.find_elements(By.CSS_SELECTOR, ".result-title mark") == []
        assert item.find_elements(By.CSS_SELECTOR, ".result-alias") == []
        assert item.find_elements(By.CSS_SELECTOR, ".result-description mark"), item.get_attribute("textContent")


def corpus_binary():
    release = ROOT / ".build" / "release" / "glossary"
    return release if release.exists() else glossary_binary()


def sizes():
    return [int(n) for n in os.environ.get("GLOSSARY_SEARCH_SIZES", "10000").split()]


@pytest.fixture(scope="module", params=sizes())
def big_site(request, tmp_path_factory):
    import subprocess
    terms = request.param
    root = pathlib.Path("/dev/shm") if pathlib.Path("/dev/shm").is_dir() else tmp_path_factory.mktemp("corpus")
    work = pathlib.Path(tmp_path_factory.mktemp(f"shards-{terms}", numbered=True))
    corpus = make_corpus(terms, 1, root / f"glossary-browser-corpus-{terms}-{os.getpid()}")
    out = work / "site"
    try:
        subprocess.run([str(corpus_binary()), "build", "--content", str(corpus), "--output", str(out)],
                       check=True, capture_output=True)
    finally:
        subprocess.run(["rm", "-rf", str(corpus)], check=False)
    server = SiteServer(out)
    yield terms, server.url
    server.close()
    subprocess.run(["rm", "-rf", str(out)], check=False)


def index_bytes(driver):
    """Bytes of the search index (search/*.js) this page has loaded so far."""
    return driver.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter(e => e.name.indexOf('/search/') >= 0)"
        ".reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0)")


@pytest.mark.parametrize("query", ["partner", "affiliate", "comission", "p"])
def test_first_query_loads_at_most_300_kb_of_index(driver, big_site, query):
    terms, url = big_site
    open_page(driver, url + "index.html")
    driver.execute_script("performance.setResourceTimingBufferSize(100000)")
    # The query arrives whole (pasted), as one search: what it loads is the first query's.
    driver.execute_script(
        "const box = document.querySelector('#search-input'); box.focus(); box.value = arguments[0];"
        "box.dispatchEvent(new Event('input'))", query)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "const t = window.__glossarySearch.timings; return t.length && t[t.length - 1].query === arguments[0]",
        query))
    loaded = index_bytes(driver)
    print(f"{terms} terms, {query!r}: {loaded} bytes of index")
    assert 0 < loaded <= BUDGET, (terms, query, loaded)
    assert titles(driver), query
    # Once loaded, the search itself is quick (measured, not asserted: see bench/search-latency).
    assert console_errors(driver) == []

"""Deprecated names in the search box (issue 16): the fixture termbase
Tests/GlossaryKitTests/Fixtures/deprecated-names, where Allowlist's deprecated names are
"whitelist" and " white list": a query for the deprecated name finds the preferred term
first, labelled "deprecated" with the name it matched; an alias keeps its "also" label."""

import pytest
from selenium.webdriver.common.by import By

from conftest import ROOT, SiteServer, build_site, console_errors
from test_search import LIST, open_page, titles, type_query

FIXTURE = ROOT / "Tests" / "GlossaryKitTests" / "Fixtures" / "deprecated-names" / "Content"


@pytest.fixture(scope="module")
def termbase(workdir):
    output = build_site(FIXTURE, workdir / "deprecated-names", extra=("--no-git",))
    server = SiteServer(output)
    yield server.url
    server.close()


def alias_labels(driver):
    return [e.get_attribute("textContent") for e in driver.find_elements(By.CSS_SELECTOR, f"{LIST} .result-alias")]


def test_a_deprecated_name_finds_the_preferred_term_labelled_deprecated(driver, termbase):
    open_page(driver, termbase + "index.html")
    type_query(driver, "whitelist")
    assert titles(driver)[0] == "Allowlist", titles(driver)
    first = driver.find_element(By.CSS_SELECTOR, f"{LIST} [role=option]")
    label = first.find_element(By.CSS_SELECTOR, ".result-deprecated")
    assert label.get_attribute("textContent") == "deprecated whitelist"
    assert label.find_element(By.TAG_NAME, "mark").text.lower() == "whitelist"
    # Two words of a deprecated name as written ("white list", with its stray space).
    type_query(driver, "white list")
    assert titles(driver)[0] == "Allowlist", titles(driver)
    type_query(driver, "blacklist")
    assert titles(driver)[0] == "Denylist", titles(driver)
    assert alias_labels(driver)[0] == "deprecated blacklist"
    assert console_errors(driver) == []


def test_an_alias_is_still_labelled_also(driver, termbase):
    open_page(driver, termbase + "index.html")
    type_query(driver, "transport layer")
    assert titles(driver)[0] == "TLS", titles(driver)
    assert alias_labels(driver)[0] == "also Transport Layer Security"
    assert driver.find_elements(By.CSS_SELECTOR, f"{LIST} .result-deprecated") == []

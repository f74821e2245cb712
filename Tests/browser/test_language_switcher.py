"""Issue 14, multi-language glossaries: the fixture `Fixtures/multi-language` (13
languages, English the default) built by the real binary; the language switcher leads from
a term to its translation (German → Korean, whose folder and slug are percent-encoded in
the link) and, where there is none, to that language's index; it works from file:// and
over HTTP (with base_url removed, so every link is relative)."""

import shutil
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from conftest import ROOT, build_site, console_errors, SiteServer

FIXTURE = ROOT / "Tests" / "GlossaryKitTests" / "Fixtures" / "multi-language" / "Content"


@pytest.fixture(scope="module")
def multi_site_dir(workdir):
    content = workdir / "multi-language-content"
    if content.exists():
        shutil.rmtree(content)
    shutil.copytree(FIXTURE, content)
    settings = content / "glossary.yml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("base_url: https://example.org/words/\n", ""), encoding="utf-8")
    return build_site(content, workdir / "multi-language-site")


@pytest.fixture(scope="module")
def multi_site(multi_site_dir):
    server = SiteServer(multi_site_dir)
    yield server.url
    server.close()


def switcher_link(driver, code):
    return driver.find_element(By.CSS_SELECTOR, f'.language-switcher a[hreflang="{code}"]')


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_switcher_goes_to_the_translation_else_to_the_index(driver, multi_site_dir, multi_site, scheme):
    base = {"file": multi_site_dir.as_uri() + "/", "http": multi_site}[scheme]
    driver.get(base + "de/terms/cat/index.html")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Katze"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    current = driver.find_element(By.CSS_SELECTOR, ".language-switcher [aria-current]")
    assert current.text == "Deutsch"

    # To Korean: 고양이 (a translation tied by translation_key, in a Korean folder).
    switcher_link(driver, "ko").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "고양이"
    assert urllib.parse.unquote(driver.current_url).endswith("ko/terms/고양이/index.html")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ko"

    # To English, the default language at the site's root.
    switcher_link(driver, "en").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Cat"
    assert driver.current_url.endswith("/terms/cat/index.html") and "/de/" not in driver.current_url

    # House has no Arabic translation: the switcher leads to the Arabic index, right to left.
    driver.get(base + "terms/house/index.html")
    switcher_link(driver, "ar").click()
    assert driver.current_url.endswith("ar/index.html")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert driver.find_elements(By.CSS_SELECTOR, ".language-switcher a[hreflang='en']")
    assert not [e for e in console_errors(driver) if "search-index" not in e["message"]]


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_fallback_link_to_a_term_not_translated_yet(driver, multi_site_dir, multi_site, scheme):
    base = {"file": multi_site_dir.as_uri() + "/", "http": multi_site}[scheme]
    driver.get(base + "tr/terms/cat/index.html")
    link = driver.find_element(By.CSS_SELECTOR, '.see-also a[hreflang="en"]')
    label = driver.find_element(By.CSS_SELECTOR, ".see-also .language-label")
    assert link.text == "Bread" and label.text == "(English)"
    link.click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Bread"

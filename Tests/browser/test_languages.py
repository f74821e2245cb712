"""Issue 14: a Korean site (`language: ko`), with Korean file names, slugs, tags and letters,
works in the browser from file:// and over HTTP: a term page opens, its letter link leads
to the letter page (`letters/ㅋ/`, percent-encoded in the link), and back to the term."""

import pathlib
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from conftest import build_site, console_errors, SiteServer

TERMS = {
    "컨테이너": ("컨테이너", ["일상"], "바다"),
    "바다": ("바다", ["일상", "자연"], "컨테이너"),
    "나무": ("나무", ["자연"], "바다"),
}


@pytest.fixture(scope="module")
def korean_site_dir(workdir):
    content = workdir / "korean-content"
    content.mkdir(exist_ok=True)
    (content / "glossary.yml").write_text("title: 한국어 용어집\nlanguage: ko\n", encoding="utf-8")
    for name, (title, tags, see_also) in TERMS.items():
        (content / f"{name}.md").write_text(
            f"---\ntitle: {title}\ntags: [{', '.join(tags)}]\nsee_also: [{see_also}]\n---\n\n"
            f"{title}: 짧은 설명입니다. [[{see_also}]]\n", encoding="utf-8")
    return build_site(content, workdir / "korean-site")


@pytest.fixture(scope="module")
def korean_site(korean_site_dir):
    server = SiteServer(korean_site_dir)
    yield server.url
    server.close()


def base_urls(korean_site_dir, korean_site):
    return {"file": korean_site_dir.as_uri() + "/", "http": korean_site}


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_korean_term_page_and_its_letter_link(driver, korean_site_dir, korean_site, scheme):
    base = base_urls(korean_site_dir, korean_site)[scheme]
    page = "terms/" + urllib.parse.quote("컨테이너") + "/index.html"
    driver.get(base + page)
    assert driver.find_element(By.TAG_NAME, "h1").text == "컨테이너"

    # The letter bar shows the Korean initials, then Latin A–Z; ㄱ has no terms here.
    labels = [item.text for item in driver.find_elements(By.CSS_SELECTOR, ".az-list li")]
    assert labels[:15] == ["#", "ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
    assert labels[15:] == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    active = [link.text for link in driver.find_elements(By.CSS_SELECTOR, ".az-list a")]
    assert active == ["ㄴ", "ㅂ", "ㅋ"]

    letter = driver.find_element(By.CSS_SELECTOR, ".az-list a[aria-current]")
    assert letter.text == "ㅋ"
    assert letter.get_attribute("href").endswith("/letters/" + urllib.parse.quote("ㅋ") + "/index.html")
    letter.click()
    assert urllib.parse.unquote(driver.current_url).endswith("/letters/ㅋ/index.html")
    assert "ㅋ" in driver.find_element(By.TAG_NAME, "h1").text
    cards = driver.find_elements(By.PARTIAL_LINK_TEXT, "컨테이너")
    assert cards, "the letter page lists the term"
    cards[0].click()
    assert urllib.parse.unquote(driver.current_url).endswith("/terms/컨테이너/index.html")

    # The wiki link and the tag page, both Korean, resolve too.
    driver.find_element(By.CSS_SELECTOR, ".definition a").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "바다"
    assert console_errors(driver) == []


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_korean_tag_page(driver, korean_site_dir, korean_site, scheme):
    base = base_urls(korean_site_dir, korean_site)[scheme]
    driver.get(base + "tags/" + urllib.parse.quote("자연") + "/index.html")
    titles = [link.text for link in driver.find_elements(By.CSS_SELECTOR, ".term-card-title a")]
    assert titles == ["나무", "바다"]
    assert console_errors(driver) == []

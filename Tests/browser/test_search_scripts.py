"""Search in any script (issue 14): small single-language glossaries built with the real
binary, searched in Chromium by typing into the box.

- Chinese and Japanese, written without spaces: a query matches anywhere inside titles.
- Turkish: i/İ and ı/I fold as Turkish readers expect; ç, ğ, ı, ö, ş, ü are letters of
  their own (CLDR's Turkish collation tells them apart from c, g, i, o, s, u), â is a
  with a mark.
- French: accents are marks on the same letter, so "cafe" finds Café.
"""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SiteServer, build_site, console_errors

INPUT = "#search-input"


def make_site(tmp_path_factory, name, language, titles, body):
    """A glossary in `language` with one term per title, each with the same short body."""
    root = tmp_path_factory.mktemp(name)
    content = root / "content"
    content.mkdir()
    (content / "glossary.yml").write_text(f"title: {name}\nlanguage: {language}\n", encoding="utf-8")
    for number, title in enumerate(titles):
        (content / f"term-{number}.md").write_text(f'---\ntitle: "{title}"\n---\n\n{body}\n', encoding="utf-8")
    out = build_site(content, root / "site")
    server = SiteServer(out)
    return server


def search(driver, site, query):
    """Types `query` into the box of the index page; the titles listed and their <mark>s."""
    driver.get(site + "index.html")
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "const f = document.querySelector('form.search'); return !!f && !f.hidden && !!window.__glossarySearch"))
    assert driver.execute_async_script(
        "window.__glossarySearch.ready().then(arguments[arguments.length - 1])") is True
    field = driver.find_element(By.CSS_SELECTOR, INPUT)
    field.clear()
    field.send_keys(query)
    expected = driver.execute_script("return window.__glossarySearch.normalize(arguments[0])", query)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "const t = window.__glossarySearch.timings; return t.length ? t[t.length - 1].query : null") == expected,
        f"no results rendered for {query!r}")
    found = driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-results [role=option]'), o => ({"
        " title: o.querySelector('.result-title').textContent,"
        " marks: Array.from(o.querySelectorAll('.result-title mark'), m => m.textContent)}))")
    assert console_errors(driver) == []
    return found


def titles(found):
    return [item["title"] for item in found]


# Chinese: no spaces between words, so two characters match anywhere in a title.

CHINESE = ["软件架构", "系统架构", "架构师", "架子", "建筑", "苹果", "水果", "书架"]


@pytest.fixture(scope="module")
def chinese_site(tmp_path_factory):
    server = make_site(tmp_path_factory, "zh", "zh-Hans", CHINESE, "一个常用的词。")
    yield server.url
    server.close()


@pytest.mark.parametrize("query", ["架构", "架", "果", "书架", "软件", "构"])
def test_chinese_query_finds_every_title_containing_it(driver, chinese_site, query):
    found = search(driver, chinese_site, query)
    expected = {title for title in CHINESE if query in title}
    assert expected, query  # the test text has some
    assert set(titles(found)) == expected, query
    assert len(found) == len(expected)  # each once
    for item in found:
        assert item["marks"] == [query], item  # the characters themselves are marked


def test_chinese_ranking_puts_exact_and_starting_titles_first(driver, chinese_site):
    found = titles(search(driver, chinese_site, "架构"))
    assert found[0] == "架构师"  # starts with the query
    assert sorted(found[1:]) == sorted(["软件架构", "系统架构"])
    assert titles(search(driver, chinese_site, "架子")) == ["架子"]
    assert titles(search(driver, chinese_site, "汽车")) == []


def test_chinese_index_carries_its_language(driver, chinese_site):
    search(driver, chinese_site, "水")
    assert driver.execute_script("return window.__glossarySearch.language()") == "zh-Hans"


# Japanese: kana and kanji inside words.

JAPANESE = ["カメラ", "デジタルカメラ", "カメラマン", "雨傘", "日傘", "傘立て", "ねこ", "こねこ", "いぬ"]


@pytest.fixture(scope="module")
def japanese_site(tmp_path_factory):
    server = make_site(tmp_path_factory, "ja", "ja", JAPANESE, "よく使う言葉です。")
    yield server.url
    server.close()


@pytest.mark.parametrize("query, first", [
    ("カメラ", "カメラ"),   # katakana: the title itself first, then the ones containing it
    ("傘", None),          # kanji
    ("ねこ", "ねこ"),       # hiragana
    ("ジタル", None),       # inside a word, neither its start nor its end
])
def test_japanese_substring_query(driver, japanese_site, query, first):
    found = search(driver, japanese_site, query)
    assert set(titles(found)) == {title for title in JAPANESE if query in title}, query
    if first:
        assert titles(found)[0] == first
    for item in found:
        assert item["marks"] == [query], item


# Turkish: dotted and dotless i, and letters with marks that are letters of their own.

# Not "Ilık" beside "İlik": the build's name-collision check folds ı and i together in
# every language, so those two titles would be one name.
TURKISH = ["İstanbul", "Ilık hava", "İlik", "Çay", "Cam", "Kâğıt", "Kapı", "Gün"]


@pytest.fixture(scope="module")
def turkish_site(tmp_path_factory):
    server = make_site(tmp_path_factory, "tr", "tr", TURKISH, "Günlük bir kelime.")
    yield server.url
    server.close()


@pytest.mark.parametrize("query, expected", [
    ("istanbul", ["İstanbul"]),   # i is the small İ
    ("İSTANBUL", ["İstanbul"]),
    ("ılık", ["Ilık hava"]),      # ı is the small I ...
    ("ILIK", ["Ilık hava"]),
    ("ilik", ["İlik"]),           # ... and a word with i is another word
    ("İLİK", ["İlik"]),
    ("ı", ["Ilık hava"]),
    ("i", ["İlik", "İstanbul"]),  # reading order: İlik before İstanbul
    ("çay", ["Çay"]),
    ("ÇAY", ["Çay"]),
    ("cay", []),                  # ç is a letter of its own, not c with a mark
    ("cam", ["Cam"]),
    ("kağıt", ["Kâğıt"]),         # â is a with a mark ...
    ("kagit", []),                # ... ğ and ı are letters of their own
    ("kapi", []),
    ("kapı", ["Kapı"]),
])
def test_turkish_letters_fold_as_turkish_readers_expect(driver, turkish_site, query, expected):
    assert titles(search(driver, turkish_site, query)) == expected, query


def test_turkish_highlight_keeps_the_letters(driver, turkish_site):
    found = search(driver, turkish_site, "İST")
    assert found == [{"title": "İstanbul", "marks": ["İst"]}]
    found = search(driver, turkish_site, "ILI")
    assert found == [{"title": "Ilık hava", "marks": ["Ilı"]}]


# French: accents are marks on the same letter.

FRENCH = ["Café", "Crème", "Gâteau", "Thé", "Cafetière"]


@pytest.fixture(scope="module")
def french_site(tmp_path_factory):
    server = make_site(tmp_path_factory, "fr", "fr", FRENCH, "Un mot de tous les jours.")
    yield server.url
    server.close()


@pytest.mark.parametrize("query, expected, marks", [
    ("cafe", ["Café", "Cafetière"], ["Café"]),
    ("CAFÉ", ["Café", "Cafetière"], ["Café"]),
    ("creme", ["Crème"], ["Crème"]),
    ("gateau", ["Gâteau"], ["Gâteau"]),
    ("the", ["Thé"], ["Thé"]),
])
def test_french_accents_fold(driver, french_site, query, expected, marks):
    found = search(driver, french_site, query)
    assert titles(found) == expected, query
    assert found[0]["marks"] == marks

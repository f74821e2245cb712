"""Tags: the index's tag filter (chips that toggle, terms with ANY selected tag, empty
letter groups hidden, the selection in the address as ?tag=a&tag=b), and the tag pages."""

import json
import re
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import build_site, console_errors, SiteServer

# A small glossary over several letters, so filtering has letter groups to empty.
TERMS = {
    "alpha": ("Alpha", ["x"]),
    "apple": ("Apple", ["y"]),
    "beta": ("Beta", ["y", "Partner ops"]),
    "delta": ("Delta", ["x", "y"]),
    "gamma": ("Gamma", []),
    "zeta": ("Zeta", ["Partner ops"]),
}


@pytest.fixture(scope="module")
def small_site(workdir):
    content = workdir / "tags-content"
    content.mkdir(exist_ok=True)
    (content / "glossary.yml").write_text("title: Tag test\nlanguage: en\n")
    for slug, (title, tags) in TERMS.items():
        listed = ", ".join(tags)
        (content / f"{slug}.md").write_text(
            f"---\ntitle: {title}\ntags: [{listed}]\n---\n\n{title} is a test term.\n")
    server = SiteServer(build_site(content, workdir / "tags-site"))
    yield server.url
    server.close()


def search_index(site_dir):
    return json.loads((site_dir / "search-index.json").read_text(encoding="utf-8"))["terms"]


def chips(driver):
    return driver.find_elements(By.CSS_SELECTOR, "[data-tag-filter] .chip")


def chip(driver, slug):
    return driver.find_element(By.CSS_SELECTOR, f"[data-tag-filter] .chip[data-tag='{slug}']")


def visible_titles(driver):
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "main .term-card-title a") if a.is_displayed()]


def visible_groups(driver):
    return [h.text for h in driver.find_elements(By.CSS_SELECTOR, "main .letter-group h2") if h.is_displayed()]


def pressed(driver):
    return [c.get_attribute("data-tag") for c in chips(driver) if c.get_attribute("aria-pressed") == "true"]


def selected_in_address(driver):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("tag", [])


def wait_for_titles(driver, titles):
    WebDriverWait(driver, 5).until(lambda d: visible_titles(d) == titles,
                                   message=f"expected {titles}, see {visible_titles(driver)}")


def test_chips_are_links_to_the_tag_pages_without_javascript(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="chip" href="([^"]+)" data-tag="([^"]+)">', html)
    assert links, "the index has no tag chips"
    for href, slug in links:
        assert href == f"tags/{slug}/index.html"
        assert (site_dir / href).is_file()


def test_chips_are_toggle_buttons(driver, site, site_dir):
    driver.get(site + "index.html")
    buttons = chips(driver)
    tags = sorted({tag for term in search_index(site_dir) for tag in term["tags"]})
    assert [b.get_attribute("data-tag") for b in buttons] == tags
    for button in buttons:
        assert button.tag_name == "button"
        assert button.get_attribute("type") == "button"
        assert button.get_attribute("aria-pressed") == "false"
    assert console_errors(driver) == []


def test_filter_shows_terms_with_any_selected_tag_and_keeps_it_in_the_address(driver, site, site_dir):
    terms = search_index(site_dir)
    everything = [t["title"] for t in terms]

    def having(*tags):
        return [t["title"] for t in terms if set(t["tags"]) & set(tags)]

    driver.get(site + "index.html")
    assert visible_titles(driver) == everything

    chip(driver, "tools").click()
    wait_for_titles(driver, having("tools"))
    assert pressed(driver) == ["tools"]
    assert selected_in_address(driver) == ["tools"]
    status = driver.find_element(By.CSS_SELECTOR, ".filter-status")
    assert status.text == f"Showing {len(having('tools'))} of {len(terms)} terms tagged tools."

    chip(driver, "metrics").click()
    wait_for_titles(driver, having("tools", "metrics"))
    assert pressed(driver) == ["metrics", "tools"]
    assert selected_in_address(driver) == ["metrics", "tools"]
    assert "?tag=metrics&tag=tools" in driver.current_url

    # A reload keeps the selection.
    driver.refresh()
    wait_for_titles(driver, having("tools", "metrics"))
    assert pressed(driver) == ["metrics", "tools"]

    # Back and forward step through selections.
    driver.back()
    wait_for_titles(driver, having("tools"))
    assert pressed(driver) == ["tools"]
    driver.forward()
    wait_for_titles(driver, having("tools", "metrics"))
    assert pressed(driver) == ["metrics", "tools"]

    # Unselecting a chip, then clearing, restores every term.
    chip(driver, "tools").click()
    wait_for_titles(driver, having("metrics"))
    assert selected_in_address(driver) == ["metrics"]
    clear = driver.find_element(By.CSS_SELECTOR, ".filter-clear")
    assert clear.is_displayed()
    clear.click()
    wait_for_titles(driver, everything)
    assert pressed(driver) == []
    assert selected_in_address(driver) == []
    assert driver.current_url.endswith("index.html")
    assert not clear.is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".filter-status").text == ""
    assert driver.switch_to.active_element.get_attribute("data-tag") == "marketing"
    assert console_errors(driver) == []


def test_an_address_with_tags_opens_filtered(driver, site, site_dir):
    driver.get(site + "index.html?tag=payments&tag=no-such-tag")
    wait_for_titles(driver, [t["title"] for t in search_index(site_dir) if "payments" in t["tags"]])
    assert pressed(driver) == ["payments"]
    assert console_errors(driver) == []


def test_letter_groups_left_empty_are_hidden(driver, small_site):
    driver.get(small_site + "index.html")
    assert [c.get_attribute("data-tag") for c in chips(driver)] == ["partner-ops", "x", "y"]
    assert visible_groups(driver) == ["A", "B", "D", "G", "Z"]
    assert visible_titles(driver) == ["Alpha", "Apple", "Beta", "Delta", "Gamma", "Zeta"]

    chip(driver, "x").click()
    wait_for_titles(driver, ["Alpha", "Delta"])
    assert visible_groups(driver) == ["A", "D"]

    chip(driver, "partner-ops").click()
    wait_for_titles(driver, ["Alpha", "Beta", "Delta", "Zeta"])
    assert visible_groups(driver) == ["A", "B", "D", "Z"]
    assert selected_in_address(driver) == ["partner-ops", "x"]
    assert driver.find_element(By.CSS_SELECTOR, ".filter-status").text == \
        "Showing 4 of 6 terms tagged Partner ops or x."

    driver.refresh()
    wait_for_titles(driver, ["Alpha", "Beta", "Delta", "Zeta"])
    assert visible_groups(driver) == ["A", "B", "D", "Z"]

    driver.find_element(By.CSS_SELECTOR, ".filter-clear").click()
    wait_for_titles(driver, ["Alpha", "Apple", "Beta", "Delta", "Gamma", "Zeta"])
    assert visible_groups(driver) == ["A", "B", "D", "G", "Z"]
    assert console_errors(driver) == []


def tag_slugs(driver, root):
    """Tag name -> URL name, as the page of all tags links them."""
    driver.get(root + "tags/index.html")
    pairs = {}
    for link in driver.find_elements(By.CSS_SELECTOR, "main .tag-index a"):
        match = re.search(r"tags/([^/]+)/index\.html$", link.get_attribute("href"))
        pairs[link.text] = match.group(1)
    return pairs


def test_tag_pages_list_exactly_their_terms(driver, site, site_dir):
    terms = search_index(site_dir)
    names = sorted({tag for term in terms for tag in term["tags"]})
    slugs = tag_slugs(driver, site)
    assert sorted(slugs) == names
    counts = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "main .tag-index .count")]
    assert counts == [f"({sum(name in t['tags'] for t in terms)})" for name in names]
    assert console_errors(driver) == []
    for name in names:
        driver.get(site + f"tags/{slugs[name]}/index.html")
        expected = [t["title"] for t in terms if name in t["tags"]]
        assert driver.find_element(By.CSS_SELECTOR, "main h1").text == f"Tagged “{name}”"
        assert visible_titles(driver) == expected, name
        assert str(len(expected)) in driver.find_element(By.CSS_SELECTOR, "main .count").text
        assert console_errors(driver) == []


def test_tag_pages_of_the_small_glossary(driver, small_site):
    slugs = tag_slugs(driver, small_site)
    assert slugs == {"Partner ops": "partner-ops", "x": "x", "y": "y"}
    for name, slug in slugs.items():
        driver.get(small_site + f"tags/{slug}/index.html")
        expected = [title for title, tags in TERMS.values() if name in tags]
        assert visible_titles(driver) == expected, name
    assert console_errors(driver) == []


def test_term_pages_link_their_tags(driver, small_site):
    driver.get(small_site + "terms/beta/index.html")
    links = driver.find_elements(By.CSS_SELECTOR, "main .term-tags a[rel='tag']")
    assert [a.text for a in links] == ["y", "Partner ops"] or [a.text for a in links] == ["Partner ops", "y"]
    for link in links:
        assert re.search(r"tags/[a-z-]+/index\.html$", link.get_attribute("href"))
    assert console_errors(driver) == []

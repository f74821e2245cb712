"""A right-to-left site (Arabic, then Urdu) laid out mirrored in Chromium: the document's
direction, text starting at the right, the letter bar and the pager running right to left,
the search box's hint at its left end, the scripts' messages in the site's language, the
preview card aligned with its link's right edge; and line breaking by language (Korean
keep-all, Japanese by phrase, Chinese as usual). Takes the Arabic screenshot for the README
(`docs/screenshots/term-rtl.png`, re-recorded with GLOSSARY_RECORD_SCREENSHOTS=1)."""

import pathlib

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SiteServer, build_site, console_errors
from test_screenshots import save, settle, viewport  # noqa: F401 (viewport is a fixture)
from test_validation import describe, nu_messages

# An Arabic glossary of our own: Arabic titles and text, two Latin-titled terms so the A–Z
# bar has letters to run right to left, Latin tags (the tags of other scripts are issue
# 14's other half).
ARABIC = {
    "glossary.yml": "title: مسرد الشراكات\ndescription: مصطلحات برامج الشركاء وإدارتها.\nlanguage: {language}\n",
    "api.md": """---
title: API
aliases: [واجهة برمجة التطبيقات]
part_of_speech: اسم
tags: [SaaS]
---

واجهة برمجة التطبيقات (API) طريقة تتيح لبرنامجين تبادل البيانات. يربط [[CRM]] بمنصة الشركاء عبرها.
""",
    "crm.md": """---
title: CRM
aliases: [إدارة علاقات العملاء]
part_of_speech: اسم
tags: [B2B, SaaS]
see_also: [API]
---

نظام إدارة علاقات العملاء يجمع بيانات العملاء والصفقات في مكان واحد، ويستعمله فريق المبيعات مع [[برنامج الشركاء]].
""",
    "partner-program.md": """---
title: برنامج الشركاء
aliases: [برنامج الشراكة]
part_of_speech: اسم
tags: [B2B]
see_also: [شريك, CRM]
related:
  - title: مقال عن برامج الشركاء
    url: https://example.com/partners
---

برنامج الشركاء إطار منظّم تعمل من خلاله شركة مع [[شريك|شركاء]] يبيعون منتجاتها أو يوصون بها، مقابل عمولة أو خصم أو دعم تسويقي.

## Example

تطلق شركة برمجيات برنامجًا للشركاء يمنح كل شريك عمولة عن كل عميل جديد يحيله إليها.
""",
    "partner.md": """---
title: شريك
part_of_speech: اسم
tags: [B2B]
---

الشريك شركة أو شخص يعمل مع شركة أخرى في إطار [[برنامج الشركاء]] لبيع منتجاتها أو دمجها في خدماته.
""",
    "commission.md": """---
title: عمولة
part_of_speech: اسم
tags: [B2B]
---

العمولة مبلغ يدفع للشريك عن كل صفقة يجلبها، وغالبًا ما تكون نسبة من قيمة [[CRM|الصفقة المسجلة]].
""",
}


def write(folder, files, language):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text.replace("{language}", language), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["ar", "ur"])
def rtl(request, workdir):
    """(language, base URL, site folder) of the glossary built in Arabic, then Urdu."""
    language = request.param
    out = build_site(write(workdir / f"rtl-{language}" / "Content", ARABIC, language), workdir / f"rtl-{language}" / "site")
    server = SiteServer(out)
    yield language, server.url, out
    server.close()


def rect(driver, selector):
    return driver.execute_script(
        "const e = document.querySelector(arguments[0]); return e && e.getBoundingClientRect().toJSON();", selector)


def text_rect(driver, selector):
    """The box of an element's text (not the element, which fills the line either way)."""
    return driver.execute_script(
        "const e = document.querySelector(arguments[0]); const r = document.createRange();"
        " r.selectNodeContents(e); return r.getBoundingClientRect().toJSON();", selector)


def test_the_page_is_right_to_left(driver, rtl):
    language, site, _ = rtl
    driver.get(site + "terms/partner-program/index.html")
    assert driver.execute_script("return document.documentElement.getAttribute('dir')") == "rtl"
    assert driver.execute_script("return document.documentElement.lang") == language
    for selector in ("body", "main", ".definition p", ".site-header"):
        assert driver.execute_script(
            "return getComputedStyle(document.querySelector(arguments[0])).direction", selector) == "rtl", selector
    # The main column's text starts at its right edge.
    column, heading = rect(driver, "main h1"), text_rect(driver, "main h1")
    assert abs(heading["right"] - column["right"]) < 2, (heading, column)
    assert heading["left"] > column["left"] + 50, (heading, column)
    paragraph, first_line = rect(driver, ".definition p"), text_rect(driver, ".definition p")
    assert abs(first_line["right"] - paragraph["right"]) < 2
    # The example's bar is on its right (border-inline-start).
    assert driver.execute_script(
        "const s = getComputedStyle(document.querySelector('.example'));"
        " return [s.borderRightWidth, s.borderLeftWidth]") == ["4px", "0px"]
    assert console_errors(driver) == []


def test_the_letter_bar_and_the_pager_run_right_to_left(driver, rtl):
    _, site, _ = rtl
    driver.get(site + "terms/api/index.html")
    lefts = driver.execute_script(
        "return Array.from(document.querySelectorAll('.az-list > li'), li => li.getBoundingClientRect().left)")
    labels = driver.execute_script("return Array.from(document.querySelectorAll('.az-list > li'), li => li.textContent.trim())")
    # The language's own letters (ICU's index for ar and ur), then the Latin A–Z after them.
    assert labels[:3] == ["#", "ا", "ب"]
    assert "A" in labels and labels.index("A") > labels.index("ب")
    # Each letter left of the one before it, on its row (the bar may wrap onto a second row).
    tops = driver.execute_script(
        "return Array.from(document.querySelectorAll('.az-list > li'), li => li.getBoundingClientRect().top)")
    for i in range(1, len(lefts)):
        if tops[i] == tops[i - 1]:
            assert lefts[i] < lefts[i - 1], (labels[i - 1], labels[i], lefts[i - 1], lefts[i])
    # "Previous" is on the right, "next" on the left.
    previous, following = rect(driver, ".pager-prev"), rect(driver, ".pager-next")
    assert previous["left"] > following["right"], (previous, following)
    # The breadcrumb reads from the right: "all terms", then the letter.
    crumbs = driver.find_elements(By.CSS_SELECTOR, ".breadcrumb a")
    assert crumbs[0].rect["x"] > crumbs[1].rect["x"]


def results_label(language, count):
    """The count of search results as the language's plural forms word it."""
    if language == "ar":
        return {1: "نتيجة واحدة", 2: "نتيجتان"}.get(count) or (f"{count} نتائج" if count <= 10 else f"{count} نتيجة")
    return "1 نتیجہ" if count == 1 else f"{count} نتائج"


def test_the_search_box_and_its_messages(driver, rtl):
    language, site, _ = rtl
    driver.get(site + "index.html")
    box = driver.find_element(By.ID, "search-input")
    WebDriverWait(driver, 5).until(lambda d: box.is_displayed())
    field, hint = rect(driver, "#search-input"), rect(driver, ".search-key")
    assert hint["right"] < field["left"] + field["width"] / 2, "the '/' hint sits at the box's end, its left"
    assert driver.execute_script(
        "return getComputedStyle(document.querySelector('#search-input')).paddingLeft") == "36px"
    box.click()
    box.send_keys("برنامج")
    WebDriverWait(driver, 5).until(
        lambda d: d.execute_script("return document.querySelectorAll('#search-results [role=option]').length") > 0)
    status = driver.execute_script("return document.querySelector('.search-status').textContent")
    options = driver.execute_script("return document.querySelectorAll('#search-results [role=option]').length")
    assert status == results_label(language, options), (status, options)
    results, form = rect(driver, "#search-results"), rect(driver, "form.search")
    assert abs(results["right"] - form["right"]) < 2
    box.clear()
    box.send_keys("zzzz")
    WebDriverWait(driver, 5).until(
        lambda d: "zzzz" in d.execute_script("return document.querySelector('.search-status').textContent"))
    message = driver.execute_script("return document.querySelector('.search-status').textContent")
    assert message == {"ar": "لا توجد مصطلحات تطابق «zzzz».", "ur": "“zzzz” سے ملتی کوئی اصطلاح نہیں۔"}[language]
    assert console_errors(driver) == []


def test_the_tag_filter_speaks_the_language(driver, rtl):
    language, site, _ = rtl
    driver.get(site + "index.html?tag=b2b&tag=saas")
    status = driver.execute_script("return document.querySelector('.filter-status').textContent")
    assert status == {
        "ar": "تُعرض 5 من أصل 5 من المصطلحات الموسومة بـB2B أو SaaS.",
        "ur": "B2B یا SaaS ٹیگ والی 5 اصطلاحات میں سے 5 دکھائی جا رہی ہیں۔",
    }[language], status
    hint = driver.find_element(By.CSS_SELECTOR, ".filter-hint")
    assert hint.is_displayed() and "Select" not in hint.text


def test_the_preview_card_lines_up_with_the_links_right_edge(driver, rtl):
    _, site, _ = rtl
    driver.get(site + "terms/partner-program/index.html")
    link = driver.find_element(By.CSS_SELECTOR, ".see-also a")
    ActionChains(driver).move_to_element(link).perform()
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "const c = document.getElementById('term-preview'); return !!c && !c.hidden;"))
    card = rect(driver, "#term-preview")
    anchor = driver.execute_script("return arguments[0].getClientRects()[0].toJSON()", link)
    assert abs(card["right"] - anchor["right"]) < 2, (card, anchor)
    arrow = driver.execute_script(
        "return parseFloat(getComputedStyle(document.getElementById('term-preview')).getPropertyValue('--term-preview-arrow-x'))")
    assert card["left"] + arrow > anchor["left"] - 1, "the arrow points at the link"


def test_right_to_left_pages_are_valid_html(rtl):
    _, _, folder = rtl
    files = sorted(pathlib.Path(folder).rglob("*.html"))
    errors = [m for m in nu_messages(files) if m.get("type") in ("error", "non-document-error")]
    assert not errors, "\n".join(describe(m, folder) for m in errors)


def test_arabic_term_page_screenshot(viewport, rtl):  # noqa: F811
    language, site, _ = rtl
    if language != "ar":
        pytest.skip("one screenshot, of the Arabic page")
    driver = viewport
    driver.get(site + "terms/partner-program/index.html")
    settle(driver)
    save(driver, "term-rtl")
    assert console_errors(driver) == []


@pytest.mark.parametrize("language, word_break", [("ko", "keep-all"), ("ja", "auto-phrase"), ("zh-TW", "normal")])
def test_line_breaking_by_language(driver, workdir, language, word_break):
    text = {"ko": "파트너 프로그램은 회사가 다른 회사와 함께 제품을 판매하는 체계입니다.",
            "ja": "パートナープログラムは、企業が他社と協力して製品を販売する仕組みです。",
            "zh-TW": "合作夥伴計畫是企業與其他公司合作銷售產品的架構。"}[language]
    files = {"glossary.yml": f"title: Test\nlanguage: {language}\n",
             "partner.md": f"---\ntitle: Partner\n---\n\n{text}\n"}
    out = build_site(write(workdir / f"breaks-{language}" / "Content", files, language), workdir / f"breaks-{language}" / "site")
    driver.get((out / "terms" / "partner" / "index.html").as_uri())
    assert driver.execute_script("return document.documentElement.getAttribute('dir')") == "ltr"
    assert driver.execute_script(
        "return getComputedStyle(document.querySelector('.definition p')).wordBreak") == word_break

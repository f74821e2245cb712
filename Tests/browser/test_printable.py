"""The printable page (all/, issue 16): every term's full text on one page with a table of
contents whose links lead to the sections; printed through Chromium's Page.printToPDF, each
letter starts a sheet and the screen-only parts are gone. The first sheet, turned into a
PNG by pdftoppm, is the README's print preview (docs/screenshots/print-preview.png, copied
there with GLOSSARY_RECORD_SCREENSHOTS=1)."""

import base64
import os
import shutil
import subprocess

from selenium.webdriver.common.by import By

from conftest import ARTIFACTS, ROOT, console_errors

RECORD = os.environ.get("GLOSSARY_RECORD_SCREENSHOTS") == "1"


def test_the_index_links_the_printable_page_and_it_holds_every_term(driver, site, site_dir):
    driver.get(site + "index.html")
    link = driver.find_element(By.CSS_SELECTOR, "footer a[href$='all/index.html']")
    driver.get(link.get_attribute("href"))
    assert driver.current_url.endswith("all/index.html")
    sections = driver.find_elements(By.CSS_SELECTOR, "section.print-term")
    assert len(sections) == len(list((site_dir / "terms").glob("*/index.html"))) == 48
    contents = driver.find_elements(By.CSS_SELECTOR, ".print-contents ol ol a")
    assert [a.text for a in contents] == [s.find_element(By.CSS_SELECTOR, "h3 dfn").text for s in sections]
    # Every link inside the page leads to an element of the page.
    missing = driver.execute_script(
        "return [...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))"
        ".filter(id => !document.getElementById(decodeURIComponent(id)))")
    assert missing == []
    assert console_errors(driver) == []


def test_the_print_preview_starts_each_letter_on_a_sheet_without_the_screen_parts(driver, site):
    driver.get(site + "all/index.html")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
        "printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})["data"])
    assert pdf.startswith(b"%PDF")
    # The contents take the first sheets; the letter P starts a sheet of its own after them.
    sheets = pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") + pdf.count(b"/Type /Page>") + pdf.count(b"/Type /Page/")
    assert sheets >= 10, sheets
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for hidden in ("header.site-header", "footer.site-footer", "form.search"):
            assert not driver.find_element(By.CSS_SELECTOR, hidden).is_displayed(), hidden
        assert driver.execute_script(
            "return getComputedStyle(document.querySelector('.print-letter')).breakBefore") == "page"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / "print-preview.pdf"
    pdf_path.write_bytes(pdf)
    # The contents are less telling than terms: the preview is the sheet the letter P starts.
    def sheet_text(n):
        return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf_path), "-"],
                              check=True, capture_output=True, text=True).stdout
    first_of_p = next(n for n in range(1, 6) if sheet_text(n).lstrip().startswith("P\n"))
    assert first_of_p > 1
    assert "Contents" in sheet_text(1)
    prefix = ARTIFACTS / "print-preview"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(first_of_p), "-l", str(first_of_p), "-singlefile",
                    str(pdf_path), str(prefix)], check=True)
    png = prefix.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if RECORD:
        shutil.copyfile(png, ROOT / "docs" / "screenshots" / "print-preview.png")

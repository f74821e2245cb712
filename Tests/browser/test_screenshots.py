"""Screenshots for the README, taken by the browser rather than drawn: a term page and
search results, light and dark, at 1200×900.

They are written under the artifacts folder on every run; with
GLOSSARY_RECORD_SCREENSHOTS=1 they are also copied to docs/screenshots/ (re-record with
`GLOSSARY_RECORD_SCREENSHOTS=1 scripts/browser-tests -k screenshots`)."""

import os
import shutil
import struct
import zlib

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ARTIFACTS, ROOT, console_errors, set_color_scheme

WIDTH, HEIGHT = 1200, 900
TERM = "terms/partner-relationship-management-prm/index.html"
RECORD = os.environ.get("GLOSSARY_RECORD_SCREENSHOTS") == "1"
OUT = ARTIFACTS / "screenshots"
DOCS = ROOT / "docs" / "screenshots"


@pytest.fixture
def viewport(driver):
    """An exact 1200×900 viewport, whatever the window's frame, at scale 1."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    yield driver
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def settle(driver):
    """Waits for fonts and two frames, so the picture shows the page as laid out."""
    driver.execute_script(
        "return document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))")


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def chunks(data):
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


def unfilter(raw, width, height, bpp):
    """The pixel rows of a PNG's inflated image data (PNG spec, section 9)."""
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 255
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + (left + previous[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return rows


def recompress(path):
    """Rewrites Chrome's PNG smaller, losslessly: for a screenshot's large flat areas,
    unfiltered rows deflated at level 9 take about a quarter less than Chrome's encoding."""
    data = path.read_bytes()
    header = dict(chunks(data))[b"IHDR"]
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour not in (2, 6) or interlace:
        return
    idat = b"".join(body for kind, body in chunks(data) if kind == b"IDAT")
    rows = unfilter(zlib.decompress(idat), width, height, 4 if colour == 6 else 3)
    if colour == 6 and all(row[3::4] == b"\xff" * width for row in rows):
        rows, colour = [b"".join(row[i:i + 3] for i in range(0, len(row), 4)) for row in rows], 2
    image = zlib.compress(b"".join(b"\0" + row for row in rows), 9)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    smaller = (data[:8] + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0))
               + chunk(b"IDAT", image) + chunk(b"IEND", b""))
    if len(smaller) < len(data):
        path.write_bytes(smaller)


def save(driver, name):
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    assert driver.save_screenshot(str(path))
    recompress(path)
    assert png_size(path) == (WIDTH, HEIGHT)
    if RECORD:
        DOCS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS / path.name)
    print(f"screenshot: {path} ({path.stat().st_size // 1024} KB)")
    return path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_term_page_screenshot(viewport, site, scheme):
    driver = viewport
    set_color_scheme(driver, scheme)
    driver.get(site + TERM)
    assert driver.find_element(By.CSS_SELECTOR, "main h1 dfn").text == "Partner Relationship Management (PRM)"
    settle(driver)
    save(driver, f"term-{scheme}")
    assert console_errors(driver) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_results_screenshot(viewport, site, scheme):
    driver = viewport
    set_color_scheme(driver, scheme)
    driver.get(site + "index.html")
    box = driver.find_element(By.ID, "search-input")
    WebDriverWait(driver, 5).until(lambda d: box.is_displayed(), message="the search box never showed")
    box.click()
    box.send_keys("partner")
    results = driver.find_element(By.ID, "search-results")
    WebDriverWait(driver, 5).until(
        lambda d: results.is_displayed() and len(results.find_elements(By.CSS_SELECTOR, "li")) > 0,
        message="no search results for 'partner'")
    settle(driver)
    save(driver, f"search-{scheme}")
    assert console_errors(driver) == []


def test_light_and_dark_pictures_differ():
    if not (OUT / "term-light.png").exists():
        pytest.skip("the screenshots were not taken in this run")
    for page in ("term", "search"):
        light, dark = OUT / f"{page}-light.png", OUT / f"{page}-dark.png"
        if light.exists() and dark.exists():
            assert light.read_bytes() != dark.read_bytes(), f"{page}: light and dark look the same"

"""Shared fixtures of the browser suite: a site built by the real `glossary` binary,
served on 127.0.0.1, and a headless Chromium driven by Selenium.

Run through `scripts/browser-tests` (which installs Chromium, its driver and the Python
packages); the binary is found with `swift build --show-bin-path` unless GLOSSARY_BIN
names one.
"""

import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Neither download a driver nor send usage statistics: there is no network here.
os.environ.setdefault("SE_AVOID_STATS", "true")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
MAKE_CORPUS = SHARED / "bench" / "make-corpus.py"
ARTIFACTS = pathlib.Path(os.environ.get("GLOSSARY_BROWSER_ARTIFACTS", tempfile.gettempdir())) / "glossary-browser"


def glossary_binary():
    """The `glossary` executable of the current checkout (debug build unless told)."""
    if os.environ.get("GLOSSARY_BIN"):
        return pathlib.Path(os.environ["GLOSSARY_BIN"])
    bin_path = subprocess.check_output(["swift", "build", "--show-bin-path"], cwd=ROOT, text=True).strip()
    exe = pathlib.Path(bin_path) / "glossary"
    if not exe.exists():
        subprocess.check_call(["swift", "build", "--product", "glossary"], cwd=ROOT)
    return exe


def build_site(content, output, templates=ROOT / "Templates", extra=()):
    """Builds `content` into `output` with the real binary; raises with its stderr on failure."""
    result = subprocess.run(
        [str(glossary_binary()), "build", "--content", str(content), "--templates", str(templates),
         "--output", str(output), *extra],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"glossary build failed ({result.returncode}):\n{result.stderr}")
    return pathlib.Path(output)


def make_corpus(terms, seed, out):
    subprocess.run(["python3", str(MAKE_CORPUS), "--terms", str(terms), "--seed", str(seed), "--out", str(out),
                    "--force"], check=True, capture_output=True)
    return pathlib.Path(out)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class HostLikeHandler(QuietHandler):
    """Answers a missing path with the site's 404 page, status 404, as static hosts do
    (GitHub Pages, Netlify): the page is then shown at whatever depth was asked for."""

    not_found_page = None

    def send_error(self, code, message=None, explain=None):
        if code != 404 or self.not_found_page is None or not self.not_found_page.is_file():
            return super().send_error(code, message, explain)
        body = self.not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SiteServer:
    """A static server for one folder on 127.0.0.1, on a free port, in a thread. With
    `not_found_page`, missing paths are answered with that file (status 404)."""

    def __init__(self, folder, not_found_page=None):
        handler_class = type("Handler", (HostLikeHandler,), {"not_found_page": not_found_page})
        handler = functools.partial(handler_class, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def workdir():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="glossary-browser-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# Where the shipped glossary's base_url (Content/glossary.yml) puts it on its host.
SHIPPED_BASE_PATH = "glossary/"


@pytest.fixture(scope="session")
def site_dir(workdir):
    """The shipped glossary (Content/) built with the default theme, in the folder its
    base_url's path names below a server root (so the 404 page, whose links start at that
    path, works as it does on the real host)."""
    return build_site(ROOT / "Content", workdir / "site-root" / SHIPPED_BASE_PATH)


@pytest.fixture(scope="session")
def site(site_dir):
    """Base URL of the shipped glossary, served at its base_url's path."""
    server = SiteServer(site_dir.parent, not_found_page=site_dir / "404.html")
    yield server.url + SHIPPED_BASE_PATH
    server.close()


def new_driver(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="session")
def browser():
    driver = new_driver()
    yield driver
    driver.quit()


@pytest.fixture
def driver(browser):
    """The session's browser, reset to desktop size, light scheme, and an empty console."""
    browser.set_window_size(1280, 900)
    set_color_scheme(browser, "light")
    browser.get("about:blank")
    browser.get_log("browser")
    return browser


def set_color_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def console_errors(driver):
    """Console entries of level SEVERE since the last call (the log is drained)."""
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]

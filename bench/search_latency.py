#!/usr/bin/env python3
"""Search latency per keystroke in headless Chromium (see bench/README.md, "Search latency").

Builds a synthetic glossary (../shared/bench/make-corpus.py, reused from /dev/shm like
bench/run), builds its site with the `glossary` binary, serves it on 127.0.0.1, opens a
term page in headless Chromium, loads the search index, then types each query one
keystroke at a time and measures inside the page, with performance.now():

  search     the search alone (window.__glossarySearch: match, rank, pick the first 10);
  keystroke  what one keystroke costs: the `input` event handler (search, build the result
             list in the DOM, ARIA updates) and then the style and layout of the page with
             the new list (forced by reading the list's size), i.e. until the results can be
             painted.

It prints a table (median, p95, max per query over all its keystrokes and repeats) and the
overall figures. It is a benchmark: it asserts nothing.
"""

import argparse
import functools
import hashlib
import http.server
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import threading
import time

os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[1]
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make-corpus.py"
QUERIES = ["p", "pa", "par", "partner", "partner pro", "partner program", "comission", "ecosystem",
           "co-marketing", "ecole", "1099", "payuots", "zzz"]


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_corpus(root, terms, seed):
    """The corpus folder, written unless a stamped one for the same terms/seed/generator exists
    (the same convention as bench/run, so both reuse each other's corpora)."""
    corpus, stamp = root / f"corpus-{terms}", root / f"corpus-{terms}.stamp"
    generator = hashlib.sha256(MAKE_CORPUS.read_bytes()).hexdigest()[:16]
    want = f"terms={terms} seed={seed} generator={generator}"
    if (corpus / "glossary.yml").exists() and stamp.exists() and stamp.read_text().strip() == want:
        log(f"Reusing corpus {corpus} ({want})")
        return corpus
    log(f"Writing corpus {corpus} ({terms} terms, seed {seed}; ~1 s per 1000 terms)")
    stamp.unlink(missing_ok=True)
    shutil.rmtree(corpus, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run(["python3", str(MAKE_CORPUS), "--terms", str(terms), "--seed", str(seed), "--out", str(corpus)],
                   check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(want + "\n")
    return corpus


def glossary_binary():
    if os.environ.get("GLOSSARY_BIN"):
        return pathlib.Path(os.environ["GLOSSARY_BIN"])
    log("Building the glossary binary (swift build --product glossary)")
    subprocess.run(["swift", "build", "--product", "glossary"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    bin_path = subprocess.check_output(["swift", "build", "--show-bin-path"], cwd=REPO, text=True).strip()
    return pathlib.Path(bin_path) / "glossary"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def new_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


# One keystroke, measured in the page: the input event (search + DOM) and the layout after it.
KEYSTROKE = """
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
window.__glossarySearch.clearCache();  // a new word each time, as when typing
const t0 = performance.now();
input.value = arguments[0];
input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: arguments[0].slice(-1)}));
const t1 = performance.now();
list.getBoundingClientRect();  // style and layout of the new list
const t2 = performance.now();
const last = window.__glossarySearch.timings[window.__glossarySearch.timings.length - 1];
return {handler: t1 - t0, keystroke: t2 - t0, results: last ? last.total : 0, shown: list.children.length};
"""

CLEAR = """
const input = document.getElementById('search-input');
input.value = '';
input.dispatchEvent(new Event('input', {bubbles: true}));
"""


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--terms", type=int, default=10000, help="corpus size (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeats", type=int, default=7, help="times each query is typed (default 7)")
    parser.add_argument("--queries", help="comma-separated queries (default: a built-in list)")
    parser.add_argument("--throttle", type=float, default=1,
                        help="CPU slowdown factor for Chromium, e.g. 4 for a slow phone (default 1: none)")
    args = parser.parse_args()
    queries = args.queries.split(",") if args.queries else QUERIES

    root = pathlib.Path(os.environ.get("GLOSSARY_BENCH_ROOT", "/dev/shm/glossary-bench"))
    corpus = ensure_corpus(root, args.terms, args.seed)
    site = root / f"search-site-{args.terms}"
    binary = glossary_binary()
    log(f"Building {site} with {binary}")
    subprocess.run([str(binary), "build", "--content", str(corpus), "--templates", str(REPO / "Templates"),
                    "--output", str(site)], check=True, stdout=subprocess.DEVNULL)
    index = json.loads((site / "search-index.json").read_text(encoding="utf-8"))
    page = index["terms"][len(index["terms"]) // 2]["url"]
    index_mb = (site / "search-index.json").stat().st_size / 2**20

    httpd, base = serve(site)
    driver = new_driver()
    try:
        if args.throttle != 1:
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": args.throttle})
        driver.set_script_timeout(120)
        driver.get(base + page)
        ok = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "window.__glossarySearch.ready().then(ok => requestIdleCallback(() => done(ok), {timeout: 2000}))")
        if not ok:
            raise SystemExit("the search index did not load")
        load = driver.execute_script("return window.__glossarySearch.load")
        time.sleep(0.5)  # let the warm-up searches and any garbage collection finish

        first = driver.execute_script(KEYSTROKE, queries[0][:1])
        driver.execute_script(CLEAR)

        rows, every_search, every_keystroke = [], [], []
        for query in queries:
            searches, keystrokes, results = [], [], 0
            for _ in range(args.repeats):
                for end in range(1, len(query) + 1):
                    prefix = query[:end]
                    measured = driver.execute_script(KEYSTROKE, prefix)
                    keystrokes.append(measured["keystroke"])
                    searches.append(driver.execute_script(
                        "window.__glossarySearch.clearCache(); return window.__glossarySearch(arguments[0]).ms", prefix))
                    if end == len(query):
                        results = measured["results"]
                driver.execute_script(CLEAR)
            rows.append((query, len(query), searches, keystrokes, results))
            every_search += searches
            every_keystroke += keystrokes
        browser = driver.capabilities.get("browserVersion", "?")
    finally:
        driver.quit()
        httpd.shutdown()
        httpd.server_close()

    def fmt(ms):
        return f"{ms:6.2f}"

    print(f"Search latency: {len(index['terms']):,} terms, search-index.json {index_mb:.1f} MB, "
          f"Chromium {browser} headless, CPU throttle {args.throttle:g}x, {args.repeats} repeats, "
          f"{os.cpu_count()} cores")
    print(f"Index load on first use: fetch + JSON {load['fetch']:.0f} ms, prepare {load['prepare']:.0f} ms "
          f"({load['words']:,} distinct words); first keystroke after load {first['keystroke']:.2f} ms")
    print()
    print("keystroke = input event -> results in the DOM and laid out; search = the search function alone (ms)")
    print()
    header = f"| {'query':<17} | keys | search med | keystroke med |  p95   |  max   | results |"
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.strip("|").split("|")) + "|")
    for query, keys, searches, keystrokes, results in rows:
        print(f"| {query!r:<17} | {keys:>4} | {fmt(statistics.median(searches)):>10} | "
              f"{fmt(statistics.median(keystrokes)):>13} | {fmt(percentile(keystrokes, 95))} | "
              f"{fmt(max(keystrokes))} | {results:>7,} |")
    print()
    print(f"All {len(every_keystroke)} keystrokes: median {statistics.median(every_keystroke):.2f} ms, "
          f"p95 {percentile(every_keystroke, 95):.2f} ms, max {max(every_keystroke):.2f} ms "
          f"(search alone: median {statistics.median(every_search):.2f}, p95 {percentile(every_search, 95):.2f}, "
          f"max {max(every_search):.2f}); target: under 16 ms per keystroke")


if __name__ == "__main__":
    main()

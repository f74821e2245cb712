"""A site built with --base-url under a sub-path, served by a static server at that
sub-path: a crawler follows every internal link, stylesheet, script and image from the
index and every one resolves (HTTP 200), with no link escaping the sub-path."""

import html.parser
import pathlib
import urllib.error
import urllib.parse
import urllib.request

from conftest import ROOT, SiteServer, build_site

PREFIX = "/docs/glossary/"


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.targets = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and ((tag == "a" and name == "href") or (tag == "link" and name == "href")
                          or (tag in ("script", "img") and name == "src")):
                self.targets.append(value)


def test_every_internal_link_resolves_under_a_sub_path(workdir):
    root = workdir / "subpath-root"
    site = root / PREFIX.strip("/")
    site.parent.mkdir(parents=True, exist_ok=True)
    build_site(ROOT / "Content", site, extra=("--base-url", "https://example.org" + PREFIX))
    server = SiteServer(root)
    try:
        start = server.url.rstrip("/") + PREFIX
        seen, queue, broken = set(), [start], []
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            try:
                with urllib.request.urlopen(url) as response:
                    body = response.read()
                    kind = response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as error:
                broken.append((url, error.code))
                continue
            if "html" not in kind:
                continue
            parser = Links()
            parser.feed(body.decode("utf-8"))
            for target in parser.targets:
                absolute = urllib.parse.urljoin(url, target)
                parts = urllib.parse.urlsplit(absolute)
                if parts.scheme not in ("http", "https") or parts.netloc != urllib.parse.urlsplit(start).netloc:
                    continue  # outside the site (e.g. a related article, the canonical address)
                assert parts.path.startswith(PREFIX), f"{url} links outside the sub-path: {target}"
                queue.append(urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))
        assert broken == []
        pages = [u for u in seen if u.endswith(".html") or u.endswith("/")]
        assert len(pages) >= 48 + 1 + 1 + 1  # every term, the letter page, the index, the tags page
        # The absolute addresses use the sub-path given on the command line.
        term = (site / "terms" / "prm-tools" / "index.html").read_text(encoding="utf-8")
        assert 'href="https://example.org/docs/glossary/terms/prm-tools/"' in term
        assert (site / "sitemap.xml").read_text(encoding="utf-8").count("https://example.org/docs/glossary/") == 58
    finally:
        server.close()

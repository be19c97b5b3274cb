"""The web map in a real browser: Debian's Chromium driven by Playwright.

CDN scripts are served from progmap's bundled assets and tiles with a blank
image, so the test needs no internet. Skipped, with the reason, where
/usr/bin/chromium is missing (.ci/run installs it).
"""

import base64
import functools
import http.server
import os
import threading
from importlib import resources

import pytest

from progmap.webmap import ASSETS

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (apt-get install chromium)")
BLANK_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    servers = []

    def start(folder):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture
def browser_page():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        problems, dialogs = [], []
        assets = resources.files("progmap") / "assets"

        def route(request_route):
            url = request_route.request.url
            if url in ASSETS:
                kind = "text/css" if url.endswith(".css") else "application/javascript"
                request_route.fulfill(status=200, body=(assets / ASSETS[url]).read_bytes(), content_type=kind)
            elif url.startswith("http://127.0.0.1"):
                request_route.continue_()
            elif url.endswith(".png"):
                request_route.fulfill(status=200, body=BLANK_PNG, content_type="image/png")
            else:
                problems.append(f"unexpected request {url}")
                request_route.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on("console", lambda message: problems.append(f"console: {message.text}") if message.type == "error" else None)
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.problems, page.dialogs = problems, dialogs
        yield page
        browser.close()


def open_map(page, url):
    page.goto(url + "/map.html")
    page.wait_for_selector(".leaflet-control-layers")
    page.wait_for_timeout(500)


def click_at(page, lat, lon):
    """Click the map at a coordinate."""
    point = page.evaluate(
        """([lat, lon]) => {
            const div = document.querySelector('.folium-map');
            const map = window[div.id];
            const p = map.latLngToContainerPoint([lat, lon]);
            const box = div.getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [lat, lon],
    )
    page.mouse.click(*point)
    page.wait_for_timeout(400)


def test_seed_map_in_chromium(browser_page, serve, seed_build, gazetteer, tmp_path):
    page = browser_page
    open_map(page, serve(seed_build))
    control = page.inner_text(".leaflet-control-layers")
    for name in ("Programmes by province", "Trafficking routes", "Organizations", "Places mentioned"):
        assert name in control
    places = page.locator(".leaflet-control-layers-overlays label", has_text="Places mentioned").locator("input")
    markers = page.locator("path.leaflet-interactive").count()
    places.uncheck()
    assert page.locator("path.leaflet-interactive").count() < markers, "turning a layer off hides it"
    places.check()
    assert page.locator("path.leaflet-interactive").count() == markers
    places.uncheck()  # so the click lands on the province, not its marker
    anchor = gazetteer.shapes.at["VN-44", "anchor"]
    page.evaluate("() => { const m = window[document.querySelector('.folium-map').id]; m.setView([10.5, 105.2], 8); }")
    page.wait_for_timeout(400)
    click_at(page, anchor.y, anchor.x)
    popup = page.inner_text(".leaflet-popup-content")
    assert "An Giang" in popup and "VN-44" in popup and "programme" in popup
    page.screenshot(path=str(tmp_path / "seed-map.png"))
    assert not page.problems, page.problems
    assert not page.dialogs


def test_hostile_quote_shows_as_text_and_runs_nothing(browser_page, serve, tmp_path, mirror):
    from progmap.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(
        "The IOM project works in An Giang province <script>alert(1)</script> and `${alert(2)}` too.\n", encoding="utf-8"
    )
    assert main(["-q", "build", str(docs), "--out", str(tmp_path / "out"), "--country", "VNM"]) == 0
    page = browser_page
    open_map(page, serve(tmp_path / "out"))
    places = page.locator(".leaflet-control-layers-overlays label", has_text="Places mentioned").locator("input")
    places.uncheck()
    anchor_popup = page.evaluate("() => { const m = window[document.querySelector('.folium-map').id]; m.setView([10.5, 105.2], 8); return true; }")
    assert anchor_popup
    page.wait_for_timeout(300)
    from progmap.gazetteer import load_gazetteer

    anchor = load_gazetteer().shapes.at["VN-44", "anchor"]
    click_at(page, anchor.y, anchor.x)
    popup = page.inner_text(".leaflet-popup-content")
    assert "<script>alert(1)</script>" in popup, "the quote shows as text"
    assert not page.dialogs, f"a script ran: {page.dialogs}"
    assert not page.problems, page.problems


def test_offline_map_loads_with_no_network_at_all(browser_page, serve, tmp_path, seeds_dir, mirror):
    from progmap.cli import main

    assert main(["-q", "build", str(seeds_dir), "--out", str(tmp_path), "--country", "VNM", "--offline"]) == 0
    page = browser_page
    open_map(page, serve(tmp_path))
    assert "Trafficking routes" in page.inner_text(".leaflet-control-layers")
    assert not [p for p in page.problems if "unexpected request" in p], page.problems
    assert not page.problems, page.problems

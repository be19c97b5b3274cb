"""Driving the web map in Debian's Chromium with Playwright, with no internet.

Fixtures (registered in conftest): ``serve(folder) -> url`` serves a folder
on 127.0.0.1; ``page`` is a Chromium page that lets through only requests to
127.0.0.1 and aborts every other (tiles included: the page must draw without
them), and records every request, page error, console error and dialog;
``phone`` is the same on a 390 x 844 screen. Where Chromium or Playwright is
missing the browser tests skip, saying why.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
NO_CHROMIUM = "Debian's chromium is not installed (apt-get install chromium)"
browser_only = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=NO_CHROMIUM)
#: Tile servers the map may ask (and is refused): anything else remote is a fault.
TILE_HOSTS = ("tile.openstreetmap.org", "server.arcgisonline.com")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """Serve folders on 127.0.0.1 at a free port, in a thread: ``serve(folder) -> url``."""
    servers = []

    def start(folder):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip(NO_CHROMIUM)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _page(browser, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.problems, page.dialogs, page.requests, page.remote = [], [], [], []

    def route(request_route):
        url = request_route.request.url
        page.requests.append(url)
        if url.startswith("http://127.0.0.1"):
            request_route.continue_()
        else:
            page.remote.append(url)
            if not any(host in url for host in TILE_HOSTS):
                page.problems.append(f"unexpected request {url}")
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    # Refused tiles log "Failed to load resource"; they are in page.remote.
    page.on("console", lambda m: page.problems.append(f"console: {m.text}") if m.type == "error" and "Failed to load resource" not in m.text else None)
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return context, page


@pytest.fixture
def page(browser):
    """A desktop-sized page (1300 x 850) with every remote request aborted and recorded."""
    context, page = _page(browser, 1300, 850)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    """The same on a phone's screen (390 x 844)."""
    context, page = _page(browser, 390, 844)
    yield page
    context.close()


def open_map(page, url):
    page.goto(url + "/map.html")
    page.wait_for_selector(".leaflet-control-layers")
    page.wait_for_function("window.progmap !== undefined")
    page.wait_for_timeout(300)


def settled_count(page, selector: str, tries: int = 20) -> int:
    """How many elements a selector finds once the map stops changing (marker clusters animate for a moment
    after a layer is added, longer on a loaded machine)."""
    count = page.locator(selector).count()
    for _ in range(tries):
        page.wait_for_timeout(250)
        again = page.locator(selector).count()
        if again == count:
            return count
        count = again
    return count


def search(page, text: str) -> list[str]:
    """Type into the search box; the results' texts (name, then kind)."""
    box = page.locator("#progmap-search")
    box.fill("")
    box.press_sequentially(text, delay=10)
    page.wait_for_timeout(100)
    return [li.inner_text() for li in page.locator("#progmap-search-results li").all()]


def set_years(page, first: int, last: int):
    """Move the time control's two sliders, as a person dragging them does."""
    for end, year in (("from", first), ("to", last)):
        page.evaluate(
            """([id, year]) => { const input = document.getElementById(id); input.value = year;
                               input.dispatchEvent(new Event('input', {bubbles: true})); }""",
            [f"progmap-year-{end}", year],
        )
    page.wait_for_timeout(300)


def boxes(page, selector: str) -> list[dict]:
    """Bounding boxes of the elements a selector finds, visible ones only."""
    return page.evaluate(
        """(selector) => Array.from(document.querySelectorAll(selector)).map(e => e.getBoundingClientRect())
             .filter(r => r.width > 0 && r.height > 0).map(r => ({x: r.x, y: r.y, w: r.width, h: r.height}))""",
        selector,
    )


def overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def overlay(page, name):
    """The check box of an overlay layer, by its name in the layer control."""
    return page.locator(".leaflet-control-layers-overlays label", has_text=name).locator("input")


def show(page, lat, lon, zoom):
    """Move the map's view."""
    page.evaluate("([lat, lon, zoom]) => window[document.querySelector('.folium-map').id].setView([lat, lon], zoom)", [lat, lon, zoom])
    page.wait_for_timeout(400)


def click_at(page, lat, lon):
    """Click the map at a coordinate and wait for the popup it opens."""
    x, y = page.evaluate(
        """([lat, lon]) => {
            const div = document.querySelector('.folium-map');
            const p = window[div.id].latLngToContainerPoint([lat, lon]);
            const box = div.getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [lat, lon],
    )
    page.mouse.click(x, y)
    page.wait_for_selector(".leaflet-popup-content")
    page.wait_for_timeout(300)  # let the popup fade in, for screenshots

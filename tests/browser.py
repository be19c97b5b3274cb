"""Driving the web map in Debian's Chromium with Playwright, with no internet.

Fixtures (registered in conftest): ``serve(folder) -> url`` serves a folder
on 127.0.0.1; ``page`` is a Chromium page that answers CDN requests from
progmap's bundled assets and tile requests with a blank image, and records
every other request, page error, console error and dialog. Where Chromium or
Playwright is missing the browser tests skip, saying why.
"""

from __future__ import annotations

import base64
import functools
import http.server
import os
import threading
from importlib import resources

import pytest

from progmap.outputs.webmap import ASSETS

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
#: A 1x1 PNG the colour of OpenStreetMap's land, for every tile.
BLANK_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP49P4lAAWhAstl7N0JAAAAAElFTkSuQmCC")
NO_CHROMIUM = "Debian's chromium is not installed (apt-get install chromium)"
browser_only = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=NO_CHROMIUM)


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


@pytest.fixture
def page(browser):
    """A page that serves CDN assets from progmap's bundle, tiles as a blank
    image, and records every other request, error and dialog."""
    context = browser.new_context(viewport={"width": 1300, "height": 850})
    page = context.new_page()
    page.problems, page.dialogs, page.requests = [], [], []
    assets = resources.files("progmap") / "assets"

    def route(request_route):
        url = request_route.request.url
        page.requests.append(url)
        if url in ASSETS:
            kind = "text/css" if url.endswith(".css") else "application/javascript"
            request_route.fulfill(status=200, body=(assets / ASSETS[url]).read_bytes(), content_type=kind)
        elif url.startswith("http://127.0.0.1"):
            request_route.continue_()
        elif "tile.openstreetmap.org" in url:
            request_route.fulfill(status=200, body=BLANK_PNG, content_type="image/png")
        else:
            page.problems.append(f"unexpected request {url}")
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    page.on("console", lambda message: page.problems.append(f"console: {message.text}") if message.type == "error" else None)
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def open_map(page, url):
    page.goto(url + "/map.html")
    page.wait_for_selector(".leaflet-control-layers")
    page.wait_for_timeout(300)


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

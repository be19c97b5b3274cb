"""Benchmark: the web map of an archive, written and opened in headless Chromium.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/webmap.py [--documents 10000] [--runs 3]

Makes the output layers of a made-up archive of ``documents`` texts
(:mod:`archive_layers`: mentions, programmes, organizations and two route
statements per document, dated over 2005-2025), writes ``map.html`` as a
build does, and prints its size, the time to build and save it, and, in
Debian's Chromium driven by Playwright with every remote request refused,
the time to load the page until its layers are drawn and the time to open
a route popup (best of ``runs`` fresh pages). Figures, not pass/fail; the
targets of issue 9 are 5 MB and 5 s each.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"


def write_page(folder: Path, documents: int) -> tuple[dict, float, float]:
    """Write the archive's map into ``folder``; the layers, and seconds to make the layers and to write the page."""
    sys.path.insert(0, str(HERE))
    from archive_layers import archive_layers

    from progmap.outputs.webmap import build_map, save_map
    from progmap.places.gazetteer import load_gazetteer
    from progmap.sources.boundaries import load_layer, read_manifest

    gazetteer = load_gazetteer(os.environ.get("PROGMAP_MIRROR"))
    start = time.perf_counter()
    layers = archive_layers(gazetteer, documents)
    made = time.perf_counter() - start
    basemap = load_layer("basemap", os.environ.get("PROGMAP_MIRROR"), read_manifest())
    start = time.perf_counter()
    save_map(build_map(layers, f"An archive of {documents} documents", {"offline": False}, basemap=basemap), folder / "map.html")
    return layers, made, time.perf_counter() - start


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def time_in_chromium(folder: Path, runs: int) -> tuple[float, float]:
    """Best-of-``runs`` seconds to load the page until drawn, and to open a route popup by clicking its line."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/map.html"
    loads, popups = [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1300, "height": 850})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url[:22]) else route.abort())
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_function("window.progmap && document.querySelectorAll('.progmap-arrowhead').length > 0", timeout=120_000)
                page.evaluate("() => new Promise(requestAnimationFrame)")  # one painted frame
                loads.append(time.perf_counter() - start)
                # The most reported route, clicked halfway along its line.
                x, y = page.evaluate(
                    """() => { const p = window.progmap;
                               let i = 0; p.routes.forEach((r, k) => { if (r.nd > p.routes[i].nd) { i = k; } });
                               const line = p.routeGroups[i].progmapLine, ll = line.getLatLngs();
                               const mid = Array.isArray(ll[0]) ? ll[0][ll[0].length >> 1] : ll[ll.length >> 1];
                               p.map.setView(mid, p.map.getZoom(), {animate: false});
                               const pt = p.map.latLngToContainerPoint(mid), box = p.map.getContainer().getBoundingClientRect();
                               return [box.left + pt.x, box.top + pt.y]; }"""
                )
                page.evaluate("() => new Promise(requestAnimationFrame)")
                start = time.perf_counter()
                page.mouse.click(x, y)
                page.wait_for_selector(".leaflet-popup-content h4", timeout=120_000)
                page.evaluate("() => new Promise(requestAnimationFrame)")
                popups.append(time.perf_counter() - start)
                page.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return min(loads), min(popups)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000, help="documents in the made-up archive (default 10000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh pages to time in Chromium (default 3)")
    args = parser.parse_args(argv)
    if not os.environ.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        os.environ["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        layers, made, written = write_page(folder, args.documents)
        statements, arcs = len(layers["routes"]), len(layers["routes"].groupby(["origin_code", "destination_code", "direction"]))
        size = (folder / "map.html").stat().st_size / 1e6
        print(f"archive: {args.documents} documents; {len(layers['programmes'])} programme, {len(layers['organizations'])} organization "
              f"and {statements} route features ({arcs} origin-destination-direction arcs); layers made in {made:.1f} s")
        print(f"map.html: {size:.2f} MB, built and written in {written:.1f} s")
        if not os.path.exists(CHROMIUM):
            print("Chromium: not installed (apt-get install chromium); no browser figures")
            return 0
        load, popup = time_in_chromium(folder, args.runs)
        print(f"Chromium, best of {args.runs}: load until drawn {load:.2f} s, route popup opened by a click {popup:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

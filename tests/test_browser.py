"""Built maps in a real browser: the seed build, a hostile quote and an offline build, end to end from the command line.

The harness is tests/browser.py; these tests skip, saying why, where
/usr/bin/chromium is missing (.ci/run installs it).
"""

from browser import browser_only, click_at, open_map, overlay, show

from progmap.cli import main

pytestmark = browser_only


def test_seed_map_in_chromium(page, serve, seed_build, gazetteer, tmp_path):
    open_map(page, serve(seed_build))
    control = page.inner_text(".leaflet-control-layers")
    for name in ("Programmes by province", "Trafficking routes", "Organizations", "Places mentioned"):
        assert name in control
    markers = page.locator("path.leaflet-interactive").count()
    overlay(page, "Places mentioned").uncheck()
    assert page.locator("path.leaflet-interactive").count() < markers, "turning a layer off hides it"
    overlay(page, "Places mentioned").check()
    assert page.locator("path.leaflet-interactive").count() == markers
    overlay(page, "Places mentioned").uncheck()  # so the click lands on the province, not its marker
    anchor = gazetteer.shapes.at["VN-44", "anchor"]
    show(page, 10.5, 105.2, 8)
    click_at(page, anchor.y, anchor.x)
    popup = page.inner_text(".leaflet-popup-content")
    assert "An Giang" in popup and "VN-44" in popup and "programme" in popup
    page.screenshot(path=str(tmp_path / "seed-map.png"))
    assert not page.problems, page.problems
    assert not page.dialogs


def test_hostile_quote_shows_as_text_and_runs_nothing(page, serve, tmp_path, gazetteer):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(
        "The IOM project works in An Giang province <script>alert(1)</script> and `${alert(2)}` too.\n", encoding="utf-8"
    )
    assert main(["-q", "build", str(docs), "--out", str(tmp_path / "out"), "--country", "VNM"]) == 0
    open_map(page, serve(tmp_path / "out"))
    overlay(page, "Places mentioned").uncheck()
    show(page, 10.5, 105.2, 8)
    anchor = gazetteer.shapes.at["VN-44", "anchor"]
    click_at(page, anchor.y, anchor.x)
    popup = page.inner_text(".leaflet-popup-content")
    assert "<script>alert(1)</script>" in popup, "the quote shows as text"
    assert not page.dialogs, f"a script ran: {page.dialogs}"
    assert not page.problems, page.problems


def test_offline_build_loads_with_no_network_at_all(page, serve, tmp_path, seeds_dir, mirror):
    assert main(["-q", "build", str(seeds_dir), "--out", str(tmp_path), "--country", "VNM", "--offline"]) == 0
    url = serve(tmp_path)
    open_map(page, url)
    assert page.requests == [url + "/map.html"], "nothing but the page itself"
    assert "Trafficking routes" in page.inner_text(".leaflet-control-layers")
    assert not page.problems, page.problems

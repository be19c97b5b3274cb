"""Built maps in a real browser, end to end from the command line: a small
dated corpus written here, the seed build, a hostile quote and an offline build.

The harness is tests/browser.py: every request that is not to the local
test server is aborted (tiles too), so each page here must draw with no
network. These tests skip, saying why, where /usr/bin/chromium is missing
(.ci/run installs it).
"""

import contextlib
import io
import re

import pytest
from browser import boxes, browser_only, click_at, open_map, overlay, search, set_years, settled_count, show

from progmap.cli import main

pytestmark = browser_only

#: Three short documents: two dated (a cable-like note of 2012, a report of
#: 2021), one undated; they name provinces by their plain spellings.
DOCUMENTS = {
    "2012-cable.txt": "Date: 2012-03-05\nSUBJECT: Trafficking in persons in Lao Cai\n\n"
    "The International Organization for Migration (IOM) runs a reintegration project for returned victims in Lao Cai province.\n\n"
    "Women from Lao Cai are trafficked to China for forced marriage.\n",
    "2021-report.txt": "Date: 2021-06-10\n\n"
    "Blue Dragon Children's Foundation operates a shelter for rescued children in Ho Chi Minh City.\n\n"
    "Men from Nghe An were trafficked to Malaysia for forced labour on construction sites.\n",
    "undated-note.txt": "Girls from An Giang were trafficked to Cambodia for sexual exploitation.\n\n"
    "The Vietnam Women's Union runs a hotline for victims in An Giang province.\n",
}


@pytest.fixture(scope="module")
def dated_build(tmp_path_factory, mirror):
    """The dated corpus built with default settings; the command's printed summary beside it."""
    folder = tmp_path_factory.mktemp("dated-build")
    docs = folder / "docs"
    docs.mkdir()
    for name, text in DOCUMENTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["build", str(docs), "--out", str(folder / "out"), "--country", "VNM"]) == 0
    return folder / "out", printed.getvalue()


def arrowheads(page) -> int:
    return page.locator(".progmap-arrowhead").count()


def test_the_default_build_draws_countries_routes_and_time_with_no_network(page, serve, dated_build, tmp_path):
    out, _ = dated_build
    open_map(page, serve(out))
    assert page.locator(".leaflet-progmap-basemap-pane path").count() > 100, "Natural Earth countries under the (refused) tiles"
    assert page.locator(".leaflet-progmap-country-pane path").count() >= 3, "countries mentioned"
    assert arrowheads(page) == 3, "three routes"
    assert "2012 – 2021" in page.inner_text("#progmap-time")
    assert page.remote, "tiles were asked for, and refused"
    page.screenshot(path=str(tmp_path / "no-network.png"))
    assert not page.problems, page.problems


def test_moving_the_years_hides_later_items_and_keeps_undated_ones(page, serve, dated_build):
    out, _ = dated_build
    open_map(page, serve(out))
    assert "Undated, always shown: 1 programme, 1 route statement" in page.inner_text("#progmap-time")
    places = page.locator(".progmap-place").count()
    set_years(page, 2012, 2015)
    assert arrowheads(page) == 2, "Nghệ An → Malaysia (2021) hides; An Giang → Cambodia (undated) stays"
    assert page.locator(".progmap-place").count() < places, "places named only in 2021 hide"
    lines = page.evaluate("() => window.progmap.routes.filter((r, i) => window.progmap.routeLayer.hasLayer(window.progmap.routeGroups[i])).map(r => r.dn)")
    assert sorted(lines) == ["Cambodia", "China"]
    set_years(page, 2016, 2021)
    assert sorted(page.evaluate("() => window.progmap.routes.filter((r, i) => window.progmap.routeLayer.hasLayer(window.progmap.routeGroups[i])).map(r => r.dn)")) == ["Cambodia", "Malaysia"]
    assert not page.problems, page.problems


def test_search_finds_places_without_diacritics_and_organizations_by_acronym(page, serve, dated_build):
    out, _ = dated_build
    open_map(page, serve(out))
    assert any(r.startswith("Lào Cai") for r in search(page, "lao cai")), "lao cai finds Lào Cai"
    assert any(r.startswith("Hồ Chí Minh") for r in search(page, "ho chi"))
    found = search(page, "IOM")
    assert found and found[0].startswith("IOM"), found
    assert any(r.startswith("IOM") for r in search(page, "international organization for")), "by its full name too"
    search(page, "IOM")
    page.locator("#progmap-search-results li").first.click()
    page.wait_for_selector(".leaflet-popup-content")
    assert "International Organization for Migration" in page.inner_text(".leaflet-popup-content")
    assert not page.problems, page.problems


def test_the_map_counts_what_the_command_line_prints(page, serve, dated_build):
    out, printed = dated_build
    # "  programmes: 3" or, where records span several places, "  organizations: 5 features (3 organizations)".
    lines = re.findall(r"^  (\w+): (\d+)(?: features \((\d+) \w+\))?$", printed, re.M)
    cli = {name: int(distinct or features) for name, features, distinct in lines}
    assert "organizations: 5 features (3 organizations)" in printed, printed
    open_map(page, serve(out))
    subtitle = page.inner_text(".progmap-subtitle")
    assert subtitle == (
        f"{cli['programmes']} programmes, {cli['routes']} routes, {cli['organizations']} organizations, {cli['places']} places"
    ), (subtitle, printed)


def test_a_route_popup_opens_with_its_documents_dates_and_quotes(page, serve, dated_build):
    out, _ = dated_build
    open_map(page, serve(out))
    for name in ("Places mentioned", "Organizations", "Programmes by province"):
        overlay(page, name).uncheck()
    # Lào Cai → China in view, and a point halfway along it.
    lat, lon = page.evaluate(
        """() => { const p = window.progmap, i = p.routes.findIndex(r => r.dn === 'China');
                   const line = p.routeGroups[i].progmapLine, ll = line.getLatLngs();
                   p.map.fitBounds(line.getBounds(), {animate: false});
                   return [ll[ll.length >> 1].lat, ll[ll.length >> 1].lng]; }"""
    )
    page.wait_for_timeout(300)
    click_at(page, lat, lon)
    popup = page.inner_text(".leaflet-popup-content")
    assert popup.startswith("Lào Cai → China"), popup
    assert "1 document, 1 statement; 2012-03-05" in popup and "marriage 1" in popup
    assert "Women from Lao Cai are trafficked to China" in popup and "(2012-cable.txt, 2012-03-05)" in popup
    assert not page.problems, page.problems


def test_no_organization_is_drawn_on_a_place_dot(page, serve, seed_build):
    """Organizations are squares beside their place, on a pane above the places: never at a dot's pixel."""
    open_map(page, serve(seed_build))
    organizations = boxes(page, ".progmap-org, .progmap-org-cluster")
    places = boxes(page, ".progmap-place, .progmap-place-cluster")
    assert organizations and places

    def centre(box):
        return box["x"] + box["w"] / 2, box["y"] + box["h"] / 2

    for org in organizations:
        for place in places:
            (x0, y0), (x1, y1) = centre(org), centre(place)
            assert abs(x0 - x1) + abs(y0 - y1) >= 6, (org, place)
    z = page.evaluate("() => ['organizations', 'places'].map(p => +window.progmap.map.getPane('progmap-' + p).style.zIndex)")
    assert z[0] > z[1], "organizations are drawn on top"


def test_seed_map_in_chromium(page, serve, seed_build, gazetteer, tmp_path):
    open_map(page, serve(seed_build))
    control = page.inner_text(".leaflet-control-layers")
    for name in ("Programmes by province", "Trafficking routes", "Organizations", "Places mentioned"):
        assert name in control
    markers = settled_count(page, ".progmap-place, .progmap-place-cluster")
    overlay(page, "Places mentioned").uncheck()
    assert settled_count(page, ".progmap-place, .progmap-place-cluster") == 0 < markers, "turning a layer off hides it"
    overlay(page, "Places mentioned").check()
    assert settled_count(page, ".progmap-place, .progmap-place-cluster") == markers
    overlay(page, "Places mentioned").uncheck()  # so the click lands on the province, not its marker
    overlay(page, "Organizations").uncheck()
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
    overlay(page, "Organizations").uncheck()
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
    assert page.locator(".leaflet-progmap-basemap-pane path").count() > 100
    assert not page.problems, page.problems

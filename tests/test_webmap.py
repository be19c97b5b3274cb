"""The web map page: layers for people, escaped text, small, deterministic, offline; and in a real browser.

Most tests draw the made-up Vietnam layers of :func:`test_writers.vietnam_layers`
(boxes for provinces, a quote holding a script tag); a few build the seed
corpus. The browser tests drive Debian's Chromium with Playwright, serve
CDN scripts from progmap's bundled copies and tiles as a blank image, so
they need no internet; they skip, saying why, where Chromium is missing.
"""

import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest
import shapely
from browser import boxes, browser_only, click_at, open_map, overlap, overlay, phone, search, set_years  # noqa: F401 (phone: a fixture)
from test_writers import HOSTILE, vietnam_layers, wiggly_pair

from progmap.cli import main
from progmap.outputs.counts import layer_counts
from progmap.outputs.webmap import ASSETS, LAYER_NAMES, ROUTE_QUOTES, build_map, json_block, map_data, route_arcs, save_map, tile_layers, web_geometries

PEOPLE_NAMES = ["Programmes by province", "Trafficking routes", "Organizations", "Places mentioned", "Countries mentioned", "Regions"]


@pytest.fixture(scope="module")
def layers():
    return vietnam_layers()


@pytest.fixture(scope="module")
def basemap(layers):
    return layers["countries"][["code", "name", "geometry"]]


@pytest.fixture(scope="module")
def online_page(tmp_path_factory, layers):
    folder = tmp_path_factory.mktemp("online")
    save_map(build_map(layers, "Made-up Vietnam", {"offline": False}), folder / "map.html")
    return folder


@pytest.fixture(scope="module")
def offline_page(tmp_path_factory, layers, basemap):
    folder = tmp_path_factory.mktemp("offline")
    save_map(build_map(layers, "Made-up Vietnam", {"offline": True}, basemap=basemap), folder / "map.html")
    return folder


def read(folder) -> str:
    return (folder / "map.html").read_text(encoding="utf-8")


# --- the page ---------------------------------------------------------------------


def test_layers_are_named_for_people(online_page):
    page = read(online_page)
    for name in PEOPLE_NAMES:
        assert f'"{name}"' in page, name
    assert "progmap-legend" in page and "<title>Made-up Vietnam</title>" in page


def test_document_text_is_escaped(online_page, offline_page):
    for page in (read(online_page), read(offline_page)):
        assert HOSTILE not in page and "<script>alert" not in page
        assert "alert(1)" in page, "the quote is still shown, as text"
        # Text reaches scripts only inside JSON strings, never in a template literal.
        assert "bindPopup(`" not in page and "bindTooltip(`" not in page


def test_the_title_is_escaped_too(tmp_path, layers):
    save_map(build_map(layers, "Programmes <b>& routes</b>"), tmp_path / "map.html")
    assert "<title>Programmes &lt;b&gt;&amp; routes&lt;/b&gt;</title>" in read(tmp_path)


def test_same_map_same_bytes(tmp_path, layers, online_page):
    save_map(build_map(layers, "Made-up Vietnam", {"offline": False}), tmp_path / "map.html")
    assert (tmp_path / "map.html").read_bytes() == (online_page / "map.html").read_bytes()


def test_same_map_same_bytes_in_another_process(tmp_path, online_page):
    """Ids, set orders and string hashes differ between processes; the page must not."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from test_writers import vietnam_layers\n"
        "from progmap.outputs.webmap import build_map, save_map\n"
        "save_map(build_map(vietnam_layers(), 'Made-up Vietnam', {'offline': False}), sys.argv[2])\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(tmp_path / "map.html")], check=True, env=env, timeout=120)
    assert (tmp_path / "map.html").read_bytes() == (online_page / "map.html").read_bytes()


def blocks(folder) -> dict:
    """The page's data blocks, parsed as the page's script parses them."""
    page = read(folder)
    found = re.findall(r'<script type="application/json" id="progmap-([a-z_]+)">(.*?)</script>', page, re.S)
    return {name: json.loads(text) for name, text in found}


def test_every_page_carries_leaflet_and_its_plugins(online_page, offline_page):
    for folder in (online_page, offline_page):
        page = read(folder)
        assert not re.findall(r'<script[^>]+src=', page) and not re.findall(r'<link[^>]+href=', page), "nothing loaded from elsewhere"
        assert "L.MarkerClusterGroup" in page and "leaflet.fullscreen" in page and "LazyPopup" in page
        assert 'id="progmap-licences"' in page and "Vladimir Agafonkin" in page and "David Leaver" in page


def test_offline_pages_have_no_tiles_online_pages_offer_light_and_street(online_page, offline_page):
    assert blocks(offline_page)["config"]["tiles"] == []
    names = [t["name"] for t in blocks(online_page)["config"]["tiles"]]
    assert names == ["Light grey (Esri World Gray Canvas)", "Street map (OpenStreetMap)"]


def test_countries_are_drawn_under_the_tiles_online_too(tmp_path, layers, basemap):
    save_map(build_map(layers, "Made-up Vietnam", {"offline": False}, basemap=basemap), tmp_path / "map.html")
    assert len(blocks(tmp_path)["basemap"]) == len(basemap)


def test_data_never_passes_through_a_template(tmp_path, layers):
    """Template syntax in a quote reaches the data block as written; markup characters are JSON escapes."""
    quoted = layers["programmes"].assign(evidence=["{{ 7*7 }} {% raw %} {# x", "</script><!--", "a & b"])
    save_map(build_map({**layers, "programmes": quoted}, "Made-up Vietnam"), tmp_path / "map.html")
    page = read(tmp_path)
    data = page.split('id="progmap-programmes">', 1)[1].split("</script>", 1)[0]
    assert "{{ 7*7 }} {% raw %} {# x" in data and "<" not in data and ">" not in data and "&" not in data
    assert [p["q"] for p in blocks(tmp_path)["programmes"]] == ["{{ 7*7 }} {% raw %} {# x", "</script><!--", "a & b"]


def test_json_blocks_escape_markup_characters():
    block = json_block("x", {"q": "</script><script>alert(1)</script> & {{ 7*7 }}"})
    assert block.count("</script>") == 1 and "{{ 7*7 }}" in block
    assert json.loads(block.split(">", 1)[1].rsplit("<", 1)[0]) == {"q": "</script><script>alert(1)</script> & {{ 7*7 }}"}


def test_the_page_is_rendered_once(tmp_path, layers, monkeypatch):
    import branca

    renders = []
    original = branca.element.Figure.render
    monkeypatch.setattr(branca.element.Figure, "render", lambda self, **kw: renders.append(1) or original(self, **kw))
    save_map(build_map(layers, "Made-up Vietnam"), tmp_path / "map.html")
    assert len(renders) == 1


def test_routes_are_drawn_one_arc_per_pair_and_direction(layers):
    routes = layers["routes"]
    many = pd.concat([routes.iloc[[0]]] * 7 + [routes], ignore_index=True)
    many["route_id"] = [f"r{i}" for i in range(len(many))]
    many["doc"] = [f"doc{i % 4}.txt" for i in range(len(many))]
    many["doc_date"] = ["2015-01-02", "2019-05-06", None, "2012-03-04", "2015-01-02", "2019-05-06", None, "2009-03-12", "2009-03-12", None]
    many["purposes"] = [["marriage"], ["labour"]] + [["marriage"]] * 6 + list(routes["purposes"][1:])
    arcs = route_arcs(many)
    assert len(arcs) == 3, "eight statements of Lạng Sơn → China make one arc"
    first = next(a for a in arcs if a["oc"] == "VN-09")
    assert first["ns"] == 8 and first["nd"] == 4
    assert first["pu"] == [["marriage", 7], ["labour", 1]] and first["c"] == "marriage"
    assert first["dt"] == ["2009-03-12", "2019-05-06"]
    assert dict(first["y"]) == {0: 2, 2009: 1, 2012: 1, 2015: 2, 2019: 2}
    assert len(first["q"]) <= ROUTE_QUOTES and first["q"][0][2] == "2019-05-06", "latest quote first, with its date"
    assert next(a for a in arcs if a["oc"] == "VN-44")["ret"], "returns stay apart"


def test_national_organizations_are_listed_in_their_country_not_drawn(online_page):
    data = blocks(online_page)
    national = [tie for tie in data["ties"] if tie[1] == "VNM"]
    assert national and all(tie[4] == 1 for tie in national)
    assert data["sites"]["VNM"]["o"] == [data["ties"].index(national[0])]
    drawn = [tie for tie in data["ties"] if not tie[4]]
    assert all(tie[1] in data["points"] for tie in drawn)


def test_an_organization_named_in_many_documents_is_one_tie_at_its_place():
    layers = vietnam_layers()
    orgs = layers["organizations"]
    first = orgs.iloc[[0]]
    # The same organization at the same place in 40 more documents, as an archive has it.
    repeated = pd.concat([first.assign(doc=f"more-{i}.txt") for i in range(40)], ignore_index=True)
    layers["organizations"] = type(orgs)(pd.concat([orgs, repeated], ignore_index=True), crs=orgs.crs)
    data = map_data(layers)
    ties = [tie for tie in data["ties"] if tie[1] == first["place_code"].iloc[0] and data["organizations"][tie[0]]["id"] == first["org_id"].iloc[0]]
    assert len(ties) == 1 and ties[0][5] == 41, "one tie, counting its documents"
    assert len(data["ties"]) == orgs[["org_id", "place_code"]].drop_duplicates().shape[0]


def test_popup_data_is_held_once(online_page):
    page = read(online_page)
    assert page.count("Rescued girls in HCMC.") == 1
    assert "bindPopup(`" not in page


def test_the_map_counts_as_the_command_line_does(online_page, layers):
    subtitle = read(online_page).split('<div class="progmap-subtitle">', 1)[1].split("</div>", 1)[0]
    counts = layer_counts(layers)
    assert subtitle == (
        f"{counts['programmes']} programmes, {counts['routes']} routes, {counts['organizations']} organizations, {counts['places']} places"
    )
    assert counts["organizations"] == 2 and len(layers["organizations"]) == 3, "distinct organizations, not features"


def test_the_legend_names_the_boundaries_vintage_when_known(tmp_path, layers):
    merged = layers["admin1_summary"].assign(vintage="2025", members=[["VN-09"], ["VN-13"], ["VN-HN"], ["VN-44", "VN-SG"], ["VN-SG"]])
    save_map(build_map({**layers, "admin1_summary": merged}, "Vintage"), tmp_path / "map.html")
    assert "Province boundaries: 2025" in read(tmp_path)
    an_giang = next(a for a in blocks(tmp_path)["areas"] if a["c"] == "VN-44")
    assert an_giang["v"] == "2025" and an_giang["f"] == ["An Giang", "Hồ Chí Minh"]


def test_the_boundary_files_own_vintage_is_named_in_words(tmp_path, layers):
    drawn = layers["admin1_summary"].assign(vintage="natural-earth", members=[[c] for c in layers["admin1_summary"]["code"]])
    save_map(build_map({**layers, "admin1_summary": drawn}, "Vintage"), tmp_path / "map.html")
    assert "Province boundaries: as in Natural Earth" in read(tmp_path)
    assert all("v" not in a and "f" not in a for a in blocks(tmp_path)["areas"]), "no unit was merged"


def test_no_vintage_column_no_vintage_line(online_page):
    assert "Province boundaries:" not in read(online_page)
    assert all("v" not in a for a in blocks(online_page)["areas"])


def test_places_carry_their_documents_years(online_page):
    places = {p["c"]: p for p in blocks(online_page)["places"]}
    assert places["VN-44"]["y"] == [2009], "report.txt is dated by its programmes"
    assert places["city:1566083"]["y"] == [0], "cable.txt states no date"


def test_no_programmes_means_a_mentions_choropleth(tmp_path, layers):
    quiet = {**layers, "admin1_summary": layers["admin1_summary"].assign(programmes=0)}
    save_map(build_map(quiet, "Mentions only"), tmp_path / "map.html")
    page = read(tmp_path)
    assert LAYER_NAMES["admin1_mentions"] in page and "number of mentions" in page


def test_missing_and_empty_layers_are_fine(tmp_path, layers):
    save_map(build_map({}, "Nothing yet"), tmp_path / "empty.html")
    sparse = {"places": layers["places"], "routes": layers["routes"].iloc[0:0]}
    save_map(build_map(sparse, "Places only", {"offline": True}), tmp_path / "map.html")
    data = blocks(tmp_path)
    assert len(data["places"]) == 4 and data["routes"] == [] and data["areas"] == []


def test_simplified_borders_still_meet():
    west, east = wiggly_pair()
    simple_west, simple_east = web_geometries([west, east], tolerance=0.01)
    assert len(shapely.get_coordinates(simple_west)) < 200, "the border is simplified"
    union = shapely.union(simple_west, simple_east)
    assert union.geom_type == "Polygon" and not union.interiors, "no gaps between neighbours"
    assert shapely.intersection(simple_west, simple_east).area < 1e-9, "and no overlaps"


def test_a_whole_country_stays_small(tmp_path, gazetteer):
    """63 provinces and 20 countries at Natural Earth's detail: well under 3 MB."""
    import geopandas as gpd

    places = gazetteer.places
    codes = list(places[(places["kind"] == "admin1") & (places["country"] == "VNM")].index)
    countries = ["VNM", "CHN", "LAO", "KHM", "THA", "MYS", "SGP", "KOR", "JPN", "TWN", "IDN", "PHL", "MMR", "AUS", "GBR", "RUS", "USA", "ARE", "SAU", "DEU"]

    def layer(codes, **counts):
        frame = {"code": codes, "name": list(places.loc[codes, "name"]), "activities": [["prevention"]] * len(codes)}
        frame.update({k: [v] * len(codes) for k, v in counts.items()})
        return gpd.GeoDataFrame(frame, geometry=gazetteer.shapes.loc[codes].geometry.values, crs="EPSG:4326")

    counts = {"programmes": 2, "organizations": 1, "routes_out": 1, "routes_in": 0, "mentions": 4}
    layers = {"admin1_summary": layer(codes, **counts), "countries_summary": layer(countries, **counts)}
    save_map(build_map(layers, "Vietnam"), tmp_path / "map.html")
    assert len(codes) > 60 and (tmp_path / "map.html").stat().st_size < 1_500_000


def test_every_cdn_asset_is_bundled():
    folder = resources.files("progmap") / "assets"
    for name in ASSETS.values():
        assert (folder / name).is_file(), name


# --- the seed corpus ----------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, mirror):
    """A build whose document quotes a script tag and a JavaScript template breakout."""
    folder = tmp_path_factory.mktemp("hostile")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(
        f"The IOM project works in An Giang province {HOSTILE} and `${{alert(2)}}` in Ho Chi Minh City.\n"
        f"Women from Lang Son are trafficked to China for marriage {HOSTILE}.\n",
        encoding="utf-8",
    )
    assert main(["-q", "build", str(docs), "--out", str(folder / "out"), "--country", "VNM"]) == 0
    return folder / "out"


def test_seed_map_is_named_for_people_and_small(seed_build):
    page = read(seed_build)
    for name in PEOPLE_NAMES[:5]:
        assert name in page
    assert (seed_build / "map.html").stat().st_size < 1_000_000, "Leaflet and plugins inline, far countries from the base map"


def test_built_map_escapes_document_text(hostile_build):
    page = read(hostile_build)
    assert HOSTILE not in page and "alert(1)" in page


# --- in a browser ---------------------------------------------------------------------

# The harness (fixtures serve and page, helpers below) is tests/browser.py.


def route_paths(page) -> int:
    return page.locator(".leaflet-progmap-routes-pane path").count()


@browser_only
def test_map_in_chromium(page, serve, online_page, tmp_path):
    open_map(page, serve(online_page))
    control = page.inner_text(".leaflet-control-layers")
    for name in PEOPLE_NAMES:
        assert name in control
    assert "Light grey (Esri World Gray Canvas)" in control and "Street map (OpenStreetMap)" in control
    legend = page.inner_text("#progmap-legend")
    assert "Made-up Vietnam" in legend and "marriage" in legend and "reported as a return" in legend

    # Routes off: their lines (each with its halo) and arrowheads go; on again: back.
    paths, arrows = route_paths(page), page.locator(".progmap-arrowhead").count()
    assert arrows == 3 and paths == 6, "one arrowhead per route, one line and one halo"
    overlay(page, "Trafficking routes").uncheck()
    assert route_paths(page) == 0 and page.locator(".progmap-arrowhead").count() == 0
    overlay(page, "Trafficking routes").check()
    assert route_paths(page) == paths and page.locator(".progmap-arrowhead").count() == arrows

    # A province's popup lists its programmes with their quotes and dates, as text.
    overlay(page, "Places mentioned").uncheck()  # so the click lands on the province, not its dot
    overlay(page, "Organizations").uncheck()
    click_at(page, 10.75, 104.95)
    popup = page.inner_text(".leaflet-popup-content")
    assert "An Giang" in popup and "VN-44" in popup and "1 programme" in popup
    assert "IOM project" in popup and HOSTILE in popup and "${alert(2)}" in popup, "quotes show as text"
    assert "(report.txt, 2009-03-12)" in popup, "each quote with its document and date"
    assert page.remote and all("tile" in url or "basemaps" in url for url in page.remote), "only tiles were asked for"
    page.screenshot(path=str(tmp_path / "map.png"))
    assert not page.dialogs, f"a script ran: {page.dialogs}"
    assert not page.problems, page.problems


@browser_only
def test_search_ignores_case_and_diacritics_and_knows_acronyms(page, serve, online_page):
    open_map(page, serve(online_page))
    assert any(r.startswith("Hồ Chí Minh") for r in search(page, "ho chi")), "no diacritics needed"
    found = search(page, "IOM")
    assert found and found[0].startswith("International Organization for Migration"), found
    page.locator("#progmap-search-results li").first.click()
    page.wait_for_selector(".leaflet-popup-content")
    assert "International Organization for Migration" in page.inner_text(".leaflet-popup-content")
    assert any("IOM project" in r for r in search(page, "iom proj")), "programmes are found too"
    assert search(page, "xyzzy") == ["Nothing on this map matches."]
    assert not page.problems and not page.dialogs


@browser_only
def test_a_popup_opens_clear_of_the_legend(page, serve, online_page):
    open_map(page, serve(online_page))
    # Put a route's middle under the open legend, then open its popup there.
    page.evaluate(
        """() => { const p = window.progmap, line = p.routeGroups[0].progmapLine, ll = line.getLatLngs();
             const mid = Array.isArray(ll[0]) ? ll[0][ll[0].length >> 1] : ll[ll.length >> 1];
             p.map.setView(mid, 7, {animate: false});
             const legend = document.querySelector('.progmap-legend-control').getBoundingClientRect();
             const frame = p.map.getContainer().getBoundingClientRect();
             p.map.panBy([frame.width / 2 - (legend.left - frame.left + legend.width / 2), 0], {animate: false});
             line.openPopup(mid); }"""
    )
    page.wait_for_selector(".leaflet-popup-content")
    page.wait_for_timeout(500)
    (popup,) = boxes(page, ".leaflet-popup-content-wrapper")
    (legend,) = boxes(page, ".progmap-legend-control")
    assert not overlap(popup, legend), "the map pans the popup out from under the legend"


@browser_only
def test_a_search_result_opens_its_popup(page, serve, online_page):
    open_map(page, serve(online_page))
    search(page, "an gi")
    page.locator("#progmap-search-results li", has_text="An Giang").first.click()
    page.wait_for_selector(".leaflet-popup-content")
    assert "An Giang" in page.inner_text(".leaflet-popup-content")


@pytest.fixture(scope="module")
def dated_page(tmp_path_factory, layers):
    """The made-up layers with documents of 2009 and 2015 and undated ones."""
    folder = tmp_path_factory.mktemp("dated")
    dates = ["2009-03-12", "2015-06-01", None]
    dated = {
        **layers,
        "programmes": layers["programmes"].assign(doc=["report.txt", "later.txt", "cable.txt"], doc_date=dates),
        "routes": layers["routes"].assign(doc=["report.txt", "later.txt", "cable.txt"], doc_date=dates),
    }
    save_map(build_map(dated, "Dated"), folder / "map.html")
    return folder


@browser_only
def test_the_year_filter_hides_later_items_and_keeps_undated_ones(page, serve, dated_page):
    open_map(page, serve(dated_page))
    time_control = page.inner_text("#progmap-time")
    assert "2009 – 2015" in time_control
    assert "Undated, always shown: 1 programme, 1 route statement" in time_control
    fill = "() => window.progmap.areaLayers['VN-13'].options.fillColor"
    assert page.evaluate(fill) == "#c6dbef", "Quảng Ninh: one programme (2015)"
    assert page.locator(".progmap-arrowhead").count() == 3

    set_years(page, 2009, 2010)
    assert "2009 – 2010" in page.inner_text("#progmap-time")
    assert page.locator(".progmap-arrowhead").count() == 2, "the 2015 route hides; the undated one stays"
    assert page.evaluate(fill) == "#e4e4e4", "no programme in these years"
    set_years(page, 2011, 2015)
    assert page.locator(".progmap-arrowhead").count() == 2, "the 2009 route hides now"
    set_years(page, 2009, 2015)
    assert page.locator(".progmap-arrowhead").count() == 3
    assert not page.problems, page.problems


@browser_only
def test_on_a_phone_the_legend_folds_and_covers_no_control(phone, serve, online_page, tmp_path):
    open_map(phone, serve(online_page))
    assert phone.locator("#progmap-legend details").get_attribute("open") is None, "folded"
    legend = boxes(phone, "#progmap-legend")[0]
    for control in (".leaflet-control-layers", ".progmap-search", "#progmap-time"):
        assert not overlap(legend, boxes(phone, control)[0]), control
    phone.locator("#progmap-legend summary").click()
    assert phone.locator("#progmap-legend details").get_attribute("open") is not None
    phone.screenshot(path=str(tmp_path / "phone.png"))
    assert not phone.problems, phone.problems


@browser_only
def test_offline_map_loads_with_no_network_at_all(page, serve, offline_page, tmp_path):
    url = serve(offline_page)
    open_map(page, url)
    assert page.requests == [url + "/map.html"], "nothing but the page itself"
    assert "Trafficking routes" in page.inner_text(".leaflet-control-layers")
    assert page.locator(".leaflet-tile").count() == 0
    overlay(page, "Organizations").uncheck()
    click_at(page, 21.2, 106.3)  # inside Lạng Sơn, away from its route and dots
    popup = page.inner_text(".leaflet-popup-content")
    assert popup.startswith("Lạng Sơn VN-09"), "the province's popup, not its route's"
    page.screenshot(path=str(tmp_path / "offline.png"))
    assert not page.problems, page.problems


@browser_only
def test_hostile_names_stay_text_in_search_tooltips_and_popups(page, serve, tmp_path, layers):
    evil = "<img src=x onerror=alert(5)>{{ 7*7 }}"
    organizations = layers["organizations"].assign(name=[evil, evil, "Blue Dragon"], aliases=[[evil], [evil], []])
    programmes = layers["programmes"].assign(name=[evil, "Shelter", "Rescue"])
    save_map(build_map({**layers, "organizations": organizations, "programmes": programmes}, evil), tmp_path / "map.html")
    open_map(page, serve(tmp_path))
    assert any(r.startswith(evil) for r in search(page, "img src"))
    page.locator("#progmap-search-results li").first.click()
    page.wait_for_selector(".leaflet-popup-content")
    assert evil in page.inner_text(".leaflet-popup-content")
    assert page.inner_text("#progmap-legend h1") == evil
    assert page.locator("#progmap-legend img, .leaflet-popup-content img, #progmap-search-results img").count() == 0
    assert not page.dialogs and not page.problems, (page.dialogs, page.problems)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, gazetteer):
    """A made-up archive of 150 documents (benchmarks/archive_layers.py), and its page."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from archive_layers import archive_layers

    folder = tmp_path_factory.mktemp("archive")
    layers = archive_layers(gazetteer, documents=150, seed=3)
    save_map(build_map(layers, "Archive"), folder / "map.html")
    return layers, folder


@browser_only
def test_an_archive_draws_one_arc_per_pair_and_direction(page, serve, archive):
    layers, folder = archive
    routes = layers["routes"]
    pairs = routes.groupby(["origin_code", "destination_code", "direction"])
    assert len(pairs) < len(routes) / 2, "the archive repeats its routes"
    open_map(page, serve(folder))
    assert page.locator(".progmap-arrowhead").count() == len(pairs), "one arrowhead per arc"
    assert route_paths(page) == 2 * len(pairs), "one line and one halo per arc"
    # The most reported arc's popup: its numbers come from every statement, its quotes are the first few.
    (origin, destination, direction), group = max(pairs, key=lambda item: (len(item[1]), item[0]))
    x, y = page.evaluate(
        """([o, d, ret]) => { const p = window.progmap, i = p.routes.findIndex(r => r.oc === o && r.dc === d && r.ret === ret);
                 const line = p.routeGroups[i].progmapLine, ll = line.getLatLngs();
                 const mid = Array.isArray(ll[0]) ? ll[0][ll[0].length >> 1] : ll[ll.length >> 1];
                 for (const name of ['Places mentioned', 'Organizations']) { p.map.removeLayer(p.overlays[name]); }
                 p.map.setView(mid, 7, {animate: false});
                 const pt = p.map.latLngToContainerPoint(mid), box = p.map.getContainer().getBoundingClientRect();
                 return [box.left + pt.x, box.top + pt.y]; }""",
        [origin, destination, direction == "return"],
    )
    page.wait_for_timeout(300)
    page.mouse.click(x, y)
    page.wait_for_selector(".leaflet-popup-content h4")
    popup = page.inner_text(".leaflet-popup-content")
    # Lines cross: the click may open another arc's popup; check the one it opened.
    origin, destination, is_return = page.evaluate(
        """() => { const p = window.progmap, line = p.map._popup._source;
                   const r = p.routes[p.routeGroups.findIndex(g => g.progmapLine === line)]; return [r.oc, r.dc, r.ret]; }"""
    )
    group = pairs.get_group((origin, destination, "return" if is_return else "trafficking"))
    assert len(group) > ROUTE_QUOTES
    assert f"{group['doc'].nunique()} documents, {len(group)} statements" in popup, popup
    assert f"What the documents say ({len(group)})" in popup and f"… and {len(group) - ROUTE_QUOTES} more in routes.csv" in popup
    assert popup.count("(doc") == ROUTE_QUOTES
    assert not page.problems, page.problems


def test_a_projects_own_tiles_come_first():
    own = tile_layers("https://tiles.example.org/{z}/{x}/{y}.png")
    assert own[0]["url"] == "https://tiles.example.org/{z}/{x}/{y}.png" and len(own) == 3
    assert tile_layers("OpenStreetMap") == tile_layers(None), "the old default names a base layer"
    assert tile_layers("OpenTopoMap")[0]["name"] == "OpenTopoMap"


def test_tiles_that_need_an_api_key_are_not_offered(caplog):
    assert tile_layers("CartoDB Positron") == tile_layers(None)
    assert "API key" in caplog.text


def test_a_notebook_shows_the_whole_page(layers):
    shown = build_map(layers, "In a notebook")._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and "progmap-config" in shown and "progmap-map.js" in shown


@browser_only
def test_a_merged_provinces_popup_says_what_it_was(page, serve, tmp_path, layers):
    merged = layers["admin1_summary"].assign(vintage="2025", members=[["VN-09"], ["VN-13"], ["VN-HN"], ["VN-44", "VN-SG"], ["VN-SG"]])
    save_map(build_map({**layers, "admin1_summary": merged}, "Vintage"), tmp_path / "map.html")
    open_map(page, serve(tmp_path))
    assert "Province boundaries: 2025" in page.inner_text("#progmap-legend")
    overlay(page, "Places mentioned").uncheck()
    overlay(page, "Organizations").uncheck()
    click_at(page, 10.75, 104.95)
    assert "Formerly An Giang, Hồ Chí Minh (2025 boundaries)" in page.inner_text(".leaflet-popup-content")
    assert not page.problems, page.problems

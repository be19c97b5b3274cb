"""Writing outputs: RFC 7946 GeoJSON, a GeoPackage QGIS 3.22 reads cleanly, CSV with HXL, atomically.

:func:`vietnam_layers` builds a small, made-up set of output layers (boxes
for provinces, a route across the antimeridian, a hostile quote); the web
map and QGIS tests use it too.
"""

import json
import math
import os
import re
import sqlite3
import xml.dom.minidom

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from progmap.errors import ProgmapError
from progmap.outputs import writers
from progmap.outputs.layers import geodesic_arc, route_summary_layer
from progmap.outputs.writers import (
    atomic_output_dir,
    write_csv,
    write_geojson,
    write_geopackage,
)

HOSTILE = "<script>alert(1)</script>"
CRS = "EPSG:4326"


def box(minx, miny, maxx, maxy, clockwise=False):
    """A rectangle; clockwise on request, as some shapefiles have them."""
    shape = shapely.box(minx, miny, maxx, maxy)
    return shapely.Polygon(shape.exterior.coords[::-1]) if clockwise else shape


def wiggly_pair():
    """Two provinces sharing a long, wiggly border of 2,000 vertices."""
    y = np.linspace(21.0, 22.5, 2000)
    x = 107.0 + 0.05 * np.sin(y * 60)
    border = list(zip(x, y))
    west = shapely.Polygon([(106.0, 21.0), *border, (106.0, 22.5)])
    east = shapely.Polygon([*border, (108.0, 22.5), (108.0, 21.0)])
    return west, east


def vietnam_layers() -> dict[str, gpd.GeoDataFrame]:
    """Output layers of a made-up Vietnam project, as progmap.outputs.layers makes them."""
    lang_son, quang_ninh = wiggly_pair()
    provinces = pd.DataFrame(
        [
            ("VN-09", "Lạng Sơn", lang_son, 1, 1, ["prevention"], 1, 0, 3),
            ("VN-13", "Quảng Ninh", quang_ninh, 2, 2, ["prevention", "reintegration"], 0, 0, 4),
            ("VN-HN", "Hà Nội", box(105.3, 20.6, 106.0, 21.3), 0, 1, [], 0, 1, 2),
            ("VN-44", "An Giang", box(104.8, 10.2, 105.5, 10.9, clockwise=True), 3, 2, ["shelter"], 1, 0, 5),
            ("VN-SG", "Hồ Chí Minh", box(106.4, 10.4, 107.0, 11.1), 12, 4, ["training"], 0, 1, 9),
        ],
        columns=["code", "name", "geometry", "programmes", "organizations", "activities", "routes_out", "routes_in", "mentions"],
    )
    admin1_summary = gpd.GeoDataFrame(provinces, geometry="geometry", crs=CRS)
    admin1 = gpd.GeoDataFrame(
        {
            "code": provinces["code"], "name": provinces["name"], "kind": "admin1", "country": "VNM",
            "mentions": provinces["mentions"], "docs": [["report.txt"]] * len(provinces), "quote": "A sentence naming it.",
        },
        geometry=provinces["geometry"].values, crs=CRS,
    )
    vietnam = shapely.Polygon(
        [(102, 8.5), (110, 8.5), (110, 23.5), (102, 23.5)], holes=[[(103, 9), (103, 9.5), (103.5, 9.5), (103.5, 9)]]
    )
    country_rows = [
        ("VNM", "Vietnam", vietnam, 5, 4, 2, 1),
        ("CHN", "China", box(97, 23.5, 125, 42), 0, 0, 0, 1),
        ("MYS", "Malaysia", box(100, 1, 119, 7), 0, 0, 0, 1),
        ("USA", "United States", box(-125, 25, -67, 49), 0, 1, 0, 1),
    ]
    countries_summary = gpd.GeoDataFrame(
        {
            "code": [r[0] for r in country_rows], "name": [r[1] for r in country_rows],
            "programmes": [r[3] for r in country_rows], "organizations": [r[4] for r in country_rows],
            "activities": [["prevention"], [], [], []], "routes_out": [r[5] for r in country_rows],
            "routes_in": [r[6] for r in country_rows], "mentions": [7, 2, 1, 1],
        },
        geometry=[r[2] for r in country_rows], crs=CRS,
    )
    countries = gpd.GeoDataFrame(
        {
            "code": countries_summary["code"], "name": countries_summary["name"], "kind": "country",
            "country": countries_summary["code"], "mentions": [7, 2, 1, 1],
            "docs": [["report.txt", "cable.txt"], ["report.txt"], ["report.txt"], ["cable.txt"]], "quote": "",
        },
        geometry=countries_summary.geometry.values, crs=CRS,
    )
    regions = gpd.GeoDataFrame(
        {"code": ["region:vn-north"], "name": ["Northern Vietnam"], "kind": ["region"], "country": ["VNM"],
         "mentions": [2], "docs": [["report.txt"]], "quote": ["Many come from the north."]},
        geometry=[box(102.2, 20.0, 108.0, 23.4)], crs=CRS,
    )
    places = gpd.GeoDataFrame(
        {
            "code": ["VN-44", "VN-SG", "city:1566083", "VNM"],
            "name": ["An Giang", "Hồ Chí Minh", "Ho Chi Minh City", "Vietnam"],
            "kind": ["admin1", "admin1", "city", "country"],
            "country": ["VNM"] * 4,
            "mentions": [5, 9, 3, 7],
            "docs": [["report.txt"], ["report.txt", "cable.txt"], ["cable.txt"], ["report.txt"]],
            "quote": [f"The IOM project works in An Giang province {HOSTILE} and `${{alert(2)}}` too.", "HCMC's shelters.", "It's a 'hub'.", ""],
        },
        geometry=[shapely.Point(105.15, 10.55), shapely.Point(106.7, 10.75), shapely.Point(106.66, 10.82), shapely.Point(105.8, 21.0)],
        crs=CRS,
    )
    programmes = gpd.GeoDataFrame(
        {
            "programme_id": ["prog-report-1", "prog-report-2", "prog-cable-1"],
            "name": ["IOM project", "Shelter & reintegration", "Blue Dragon rescue"],
            "organizations": [["International Organization for Migration"], ["Women's Union"], ["Blue Dragon Children's Foundation"]],
            "place_code": ["VN-44", "VN-13", "city:1566083"],
            "place_name": ["An Giang", "Quảng Ninh", "Ho Chi Minh City"],
            "place_kind": ["admin1", "admin1", "city"],
            "activities": [["prevention"], ["shelter", "reintegration"], []],
            "funders": [["US Government"], [], []],
            "budget": [None, "USD 50,000", None],
            "identifiers": [[], ["G-2009-1"], []],
            "status": ["ongoing", None, None],
            "doc": ["report.txt", "report.txt", "cable.txt"],
            "evidence": [f"The IOM project works in An Giang province {HOSTILE} and `${{alert(2)}}` too.", "A shelter in Quang Ninh.", "Rescued girls in HCMC."],
            "source": ["extracted", "extracted", "curated"],
            "doc_date": ["2009-03-12", "2009-03-12", None],
        },
        # Label points; the areas' polygons are in programmes_summary.
        geometry=[shapely.Point(105.15, 10.55), admin1_summary.geometry[1].representative_point(), shapely.Point(106.66, 10.82)],
        crs=CRS,
    )
    programmes_summary = gpd.GeoDataFrame(
        {
            "place_code": ["VN-13", "VN-44", "city:1566083"],
            "place_name": ["Quảng Ninh", "An Giang", "Ho Chi Minh City"],
            "place_kind": ["admin1", "admin1", "city"],
            "country": ["VNM"] * 3,
            "programmes": [1, 1, 1],
            "documents": [1, 1, 1],
            "organizations": [["Women's Union"], ["International Organization for Migration"], ["Blue Dragon Children's Foundation"]],
            "funders": [[], ["US Government"], []],
            "activities": [["reintegration", "shelter"], ["prevention"], []],
            "activity_counts": [[1, 1], [1], []],
            "first_date": ["2009-03-12", "2009-03-12", None],
            "last_date": ["2009-03-12", "2009-03-12", None],
        },
        # Areas as polygons, cities as points: one layer of mixed geometry.
        geometry=[admin1_summary.geometry[1], admin1_summary.geometry[3], shapely.Point(106.66, 10.82)],
        crs=CRS,
    )
    organizations = gpd.GeoDataFrame(
        {
            "org_id": ["org-iom", "org-iom", "org-bd"],
            "name": ["International Organization for Migration", "International Organization for Migration", "Blue Dragon Children's Foundation"],
            "aliases": [["IOM"], ["IOM"], []],
            "org_type": ["IGO", "IGO", "NGO"],
            "place_code": ["VN-44", "VNM", "city:1566083"],
            "place_name": ["An Giang", "Vietnam", "Ho Chi Minh City"],
            "doc": ["report.txt", "report.txt", "cable.txt"],
        },
        geometry=[shapely.Point(105.15, 10.55), shapely.Point(105.8, 21.0), shapely.Point(106.66, 10.82)],
        crs=CRS,
    )
    routes = gpd.GeoDataFrame(
        {
            "route_id": ["route-report-1", "route-report-2", "route-cable-1"],
            "origin_code": ["VN-09", "VN-44", "VN-SG"],
            "origin_name": ["Lạng Sơn", "An Giang", "Hồ Chí Minh"],
            "origin_country": ["VNM"] * 3,
            "destination_code": ["CHN", "MYS", "USA"],
            "destination_name": ["China", "Malaysia", "United States"],
            "destination_country": ["CHN", "MYS", "USA"],
            "purposes": [["marriage"], ["labour", "sexual exploitation"], []],
            "victims": [["women"], ["girls"], []],
            "volume": ["about 1,200 a year", None, "40"],
            "volume_value": [1200.0, np.nan, 40.0],
            "direction": ["trafficking", "return", "trafficking"],
            "doc": ["report.txt", "report.txt", "cable.txt"],
            "evidence": [f"Women from Lang Son are trafficked to China for marriage {HOSTILE}.", "Girls repatriated from Malaysia.", "Forty went to the US."],
            "source": ["extracted", "extracted", "curated"],
            "doc_date": ["2009-03-12", "2009-03-12", None],
        },
        geometry=[
            geodesic_arc(shapely.Point(106.5, 21.9), shapely.Point(116.4, 39.9)),
            geodesic_arc(shapely.Point(105.15, 10.55), shapely.Point(101.7, 3.1)),
            # Across the Pacific: a MultiLineString cut at the antimeridian.
            geodesic_arc(shapely.Point(106.7, 10.75), shapely.Point(-118.2, 34.0)),
        ],
        crs=CRS,
    )
    assert routes.geometry[2].geom_type == "MultiLineString"
    return {
        "places": places,
        "countries": countries,
        "admin1": admin1,
        "regions": regions,
        "programmes": programmes,
        "organizations": organizations,
        "routes": routes,
        "admin1_summary": admin1_summary,
        "countries_summary": countries_summary,
        "programmes_summary": programmes_summary,
        "routes_summary": route_summary_layer(routes),
    }


@pytest.fixture
def layers():
    return vietnam_layers()


# --- GeoJSON ---------------------------------------------------------------------


def signed_area(ring) -> float:
    """Shoelace: positive for counter-clockwise rings."""
    xy = np.asarray(ring)
    return 0.5 * float(np.sum(xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1]))


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def test_geojson_is_rfc7946(tmp_path, layers):
    for name, layer in layers.items():
        path = tmp_path / f"{name}.geojson"
        write_geojson(layer, path)
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        assert data["type"] == "FeatureCollection" and "crs" not in data, name
        assert len(data["features"]) == len(layer)
        for feature in data["features"]:
            for polygon in polygons_of(feature["geometry"]):
                exterior, *holes = polygon
                assert signed_area(exterior) > 0, f"{name}: exterior rings run counter-clockwise"
                assert all(signed_area(hole) < 0 for hole in holes), f"{name}: holes run clockwise"
        # No number in the file has more than six decimals (about 10 cm).
        assert not re.findall(r"\d\.\d{7,}", text), name
        assert "NaN" not in text and "Infinity" not in text


def test_geojson_keeps_lists_as_arrays_and_missing_as_null(tmp_path, layers):
    write_geojson(layers["routes"], tmp_path / "routes.geojson")
    features = json.loads((tmp_path / "routes.geojson").read_text(encoding="utf-8"))["features"]
    first, second = features[0]["properties"], features[1]["properties"]
    assert first["purposes"] == ["marriage"] and second["purposes"] == ["labour", "sexual exploitation"]
    assert second["volume"] is None and second["volume_value"] is None
    assert first["volume_value"] == 1200 and first["doc_date"] == "2009-03-12"
    assert features[2]["geometry"]["type"] == "MultiLineString", "the antimeridian cut survives"


def test_geojson_reprojects_to_longitude_latitude(tmp_path, layers):
    write_geojson(layers["places"].to_crs("EPSG:3857"), tmp_path / "places.geojson")
    first = json.loads((tmp_path / "places.geojson").read_text(encoding="utf-8"))["features"][0]
    assert first["geometry"]["coordinates"] == [105.15, 10.55]


def test_geojson_bytes_are_the_same_for_the_same_input(tmp_path, layers):
    places = layers["places"]
    write_geojson(places, tmp_path / "a.geojson", sort_by="code")
    write_geojson(places.iloc[::-1], tmp_path / "b.geojson", sort_by="code")
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()
    write_geojson(places, tmp_path / "c.geojson")
    codes = [f["properties"]["code"] for f in json.loads((tmp_path / "c.geojson").read_text(encoding="utf-8"))["features"]]
    assert codes == list(places["code"]), "without sort_by, the frame's order"


def test_an_empty_layer_is_an_empty_collection(tmp_path, layers):
    write_geojson(layers["routes"].iloc[0:0], tmp_path / "routes.geojson")
    assert json.loads((tmp_path / "routes.geojson").read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


# --- GeoPackage -------------------------------------------------------------------


@pytest.fixture
def gpkg(tmp_path, layers):
    layers = {**layers, "organizations": layers["organizations"].iloc[0:0]}  # an empty layer is still written
    path = tmp_path / "progmap.gpkg"
    write_geopackage(layers, path)
    return path


def test_geopackage_is_version_1_2(gpkg):
    with sqlite3.connect(gpkg) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        # 1.2 is 10200; QGIS 3.22 with GDAL 3.6 warns on 1.4 (10400), GDAL 3.7+'s default.
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200


def test_geopackage_fields_keep_their_meaning(gpkg):
    with sqlite3.connect(gpkg) as db:
        def columns(table):
            return {row[1]: row[2] for row in db.execute(f'PRAGMA table_info("{table}")')}

        assert columns("admin1_summary")["programmes"] == "INTEGER"
        assert columns("routes")["doc_date"] == "DATE"
        assert columns("routes")["volume_value"] == "REAL"
        purposes = [row[0] for row in db.execute("SELECT purposes FROM routes ORDER BY fid")]
        assert purposes == ["marriage", "labour; sexual exploitation", ""]
        assert db.execute("SELECT doc_date FROM routes WHERE route_id = 'route-report-1'").fetchone() == ("2009-03-12",)
        types = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
        assert types["organizations"] == "POINT", "an empty layer keeps its geometry type"
        assert types["admin1_summary"] == "MULTIPOLYGON" and types["routes"] == "MULTILINESTRING"
        assert types["programmes"] == "POINT", "programmes are label points"
        assert types["programmes_summary"] == "GEOMETRY", "areas and cities together"
        assert types["routes_summary"] == "MULTILINESTRING"


def test_geopackage_layers_go_to_gdal_a_chunk_at_a_time_with_one_schema(tmp_path, layers, monkeypatch):
    # One row per chunk: the last route's chunk has no date, and still fills the DATE field.
    monkeypatch.setattr(writers, "GPKG_CHUNK_ROWS", 1)
    write_geopackage({"routes": layers["routes"]}, tmp_path / "p.gpkg", styles={})
    with sqlite3.connect(tmp_path / "p.gpkg") as db:
        assert {row[1]: row[2] for row in db.execute('PRAGMA table_info("routes")')}["doc_date"] == "DATE"
        rows = db.execute("SELECT route_id, doc_date FROM routes ORDER BY fid").fetchall()
        indexed = db.execute("SELECT count(*) FROM rtree_routes_geom").fetchone()[0]
    assert rows == list(zip(layers["routes"]["route_id"], ["2009-03-12", "2009-03-12", None]))
    assert indexed == 3


def test_geopackage_embeds_a_default_style_per_layer(gpkg, layers):
    with sqlite3.connect(gpkg) as db:
        assert db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone() == ("attributes",)
        styles = dict(db.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault"))
    assert set(styles) == set(layers)
    for qml in styles.values():
        xml.dom.minidom.parseString(qml.encode("utf-8"))  # well-formed
    assert 'type="graduatedSymbol" attr="programmes"' in styles["admin1_summary"]
    assert 'type="categorizedSymbol"' in styles["routes"] and "filled_arrowhead" in styles["routes"]


def test_geopackage_choropleth_counts_mentions_without_programmes(tmp_path, layers):
    layers["admin1_summary"]["programmes"] = 0
    write_geopackage(layers, tmp_path / "p.gpkg")
    with sqlite3.connect(tmp_path / "p.gpkg") as db:
        qml = db.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = 'admin1_summary'").fetchone()[0]
    assert 'attr="mentions"' in qml


# --- CSV --------------------------------------------------------------------------


def test_csv_has_an_hxl_row_and_readable_lists(tmp_path):
    table = pd.DataFrame(
        {"org_name": ["IOM", "Blue Dragon"], "activities": [["prevention", "shelter"], []], "budget": [np.nan, 5000.0], "note": [None, pd.NA]}
    )
    write_csv(table, tmp_path / "3w.csv", hxl={"org_name": "#org+impl", "activities": "#sector"})
    rows = (tmp_path / "3w.csv").read_text(encoding="utf-8").splitlines()
    assert rows == ["org_name,activities,budget,note", "#org+impl,#sector,,", "IOM,prevention; shelter,,", "Blue Dragon,,5000.0,"]


# --- atomic output ------------------------------------------------------------------


def test_outputs_replace_old_ones_only_on_success(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old map", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own file", encoding="utf-8")
    with atomic_output_dir(out) as tmp:
        assert tmp.parent == tmp_path and (out / "map.html").read_text(encoding="utf-8") == "old map"
        (tmp / "map.html").write_text("new map", encoding="utf-8")
    assert (out / "map.html").read_text(encoding="utf-8") == "new map"
    assert (out / "notes.txt").exists(), "files the build does not write are left alone"
    # The output is a link to the current set; the lock file stays beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", ".out.lock", os.readlink(out)]), "no temporary folder left"


def test_a_failed_build_leaves_the_outputs_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old map", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output_dir(out) as tmp:
        (tmp / "map.html").write_text("half a map", encoding="utf-8")
        (tmp / "routes.geojson").write_text("{", encoding="utf-8")
        raise RuntimeError("boom")
    assert (out / "map.html").read_text(encoding="utf-8") == "old map"
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"], "no temporary folder left"


def test_an_output_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    with pytest.raises(ProgmapError, match="not a folder"), atomic_output_dir(tmp_path / "out"):
        pass


def test_rounding_never_writes_negative_zero(tmp_path):
    frame = gpd.GeoDataFrame({"code": ["x"]}, geometry=[shapely.Point(-0.0000001, 1e-9)], crs=CRS)
    write_geojson(frame, tmp_path / "p.geojson")
    coordinates = json.loads((tmp_path / "p.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"]["coordinates"]
    assert coordinates == [0.0, 0.0] and not any(math.copysign(1, c) < 0 for c in coordinates)


def test_yaml_text_is_what_safe_dump_writes():
    import yaml

    from progmap.outputs.yaml_text import dump

    awkward = ["", "yes", "No", "123", "1e3", "null", "~", "- a", "a: b", "#x", "x #y", "long words " * 30, "line\nbreak",
               " lead", "Hà Nội", "“quoted”", "@at", "!bang", "*star", "[x]", "2009-03-12", "12:30", ".5", "x […] y"]
    def items():
        return [{"id": f"route-{i}", "evidence": text, "purposes": [text, "labour"], "volume": None, "start": i, "score": 0.5,
                 "curated": i % 2 == 0, "places": []} for i, text in enumerate(awkward)]

    document = {"organizations": [], "programmes": items()[:5], "routes": items()}
    assert dump(document, width=100) == yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def test_writing_a_geopackage_leaves_gdal_sqlite_settings_as_they_were(tmp_path, layers):
    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": "NORMAL"})
    try:
        write_geopackage({"places": layers["places"]}, tmp_path / "progmap.gpkg", styles={})
        assert pyogrio.get_gdal_config_option("OGR_SQLITE_SYNCHRONOUS") == "NORMAL"
    finally:
        pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": None})

"""Joining to geometry: route arcs, anchors, place layers."""

import pandas as pd
import shapely

from progmap.outputs.layers import geodesic_arc, place_layers, route_layer


def test_arcs_follow_the_great_circle_and_end_at_both_points():
    arc = geodesic_arc(shapely.Point(105.8, 21.0), shapely.Point(116.4, 39.9))
    assert arc.geom_type == "LineString"
    assert arc.coords[0] == (105.8, 21.0) and arc.coords[-1] == (116.4, 39.9)


def test_arcs_crossing_the_antimeridian_are_cut():
    arc = geodesic_arc(shapely.Point(170.0, -40.0), shapely.Point(-150.0, 60.0))
    assert arc.geom_type == "MultiLineString"
    for part in arc.geoms:
        xs = [x for x, _ in part.coords]
        assert max(xs) - min(xs) < 180


def test_place_layers_count_mentions(gazetteer):
    mentions = pd.DataFrame(
        {
            "doc": ["a", "a", "b"],
            "start": [0, 10, 5],
            "end": [5, 15, 9],
            "text": ["Lang Son", "Lang Son", "China"],
            "kind": ["admin1", "admin1", "country"],
            "code": ["VN-09", "VN-09", "CHN"],
            "name": ["Lạng Sơn", "Lạng Sơn", "China"],
            "country": ["VNM", "VNM", "CHN"],
            "sentence": ["In Lang Son.", "Lang Son again.", "To China."],
            "score": [1.0, 1.0, 1.0],
        }
    )
    layers = place_layers(mentions, gazetteer)
    places = layers["places"].set_index("code")
    assert places.at["VN-09", "mentions"] == 2 and places.at["VN-09", "docs"] == ["a"]
    assert set(layers["admin1"]["code"]) == {"VN-09"} and set(layers["countries"]["code"]) == {"CHN"}
    assert layers["admin1"].geometry.iloc[0].geom_type in {"Polygon", "MultiPolygon"}
    # The marker stands inside the province, not at a centroid that may fall outside.
    assert gazetteer.shapes.at["VN-09", "geometry"].contains(places.at["VN-09", "geometry"])


def test_routes_run_from_origin_to_destination(gazetteer):
    routes = pd.DataFrame(
        [{"route_id": "r1", "origin_code": "VN-71", "destination_code": "VN-SG", "purposes": ["labour"], "victims": ["children"],
          "volume": "about 1,200 per month", "direction": "trafficking", "doc": "d", "start": 0, "end": 1, "evidence": "e",
          "source": "extracted"}]
    )
    layer = route_layer(routes, gazetteer)
    row = layer.iloc[0]
    assert row["origin_country"] == "VNM" and row["destination_name"]
    assert row["volume_value"] == 1200
    start = shapely.Point(row.geometry.coords[0])
    assert gazetteer.shapes.at["VN-71", "geometry"].contains(start)


def test_the_focal_country_is_in_the_countries_layer_even_when_no_text_names_it(gazetteer):
    # Texts about Vietnam seldom say "Vietnam": they name its provinces.
    mentions = pd.DataFrame(
        {"doc": ["a"], "start": [0], "end": [5], "text": ["China"], "kind": ["country"], "code": ["CHN"],
         "name": ["China"], "country": ["CHN"], "sentence": ["To China."], "score": [1.0]}
    )
    layers = place_layers(mentions, gazetteer, focal=["VNM"])
    countries = layers["countries"].set_index("code")
    assert set(countries.index) == {"CHN", "VNM"}
    assert countries.at["VNM", "mentions"] == 0 and countries.at["VNM", "docs"] == []
    assert countries.at["VNM", "geometry"].geom_type in {"Polygon", "MultiPolygon"}
    assert "VNM" not in set(layers["places"]["code"]), "no marker for a place no text names"
    assert set(place_layers(mentions.iloc[:0], gazetteer, focal=["VNM"])["countries"]["code"]) == {"VNM"}


def test_every_organization_of_every_document_has_a_point(gazetteer):
    from progmap.outputs.layers import organization_layer
    from progmap.schema import ORGANIZATION_COLUMNS, PROGRAMME_COLUMNS

    organizations = pd.DataFrame(
        [("hope", "Hope Street", [], "ngo", "", ["a", "b", "c"]), ("usaid", "USAID", [], "donor", "USA", ["a", "b"])],
        columns=ORGANIZATION_COLUMNS,
    )
    programme = {c: None for c in PROGRAMME_COLUMNS} | {
        "programme_id": "p1", "organizations": ["hope"], "funders": ["usaid"], "partners": [], "places": ["VN-09"], "doc": "a",
        "place_inferred": False,
    }
    layer = organization_layer(organizations, pd.DataFrame([programme]), gazetteer, {"b": "KHM"})
    rows = sorted(zip(layer["org_id"], layer["doc"], layer["place_code"], layer["place_inferred"]))
    # Hope Street: in "a" the programme's place; in "b" no place of its own, the
    # document's country, flagged; in "c" no country known, no point.
    # USAID: in "a" its programme's place and its home; in "b" only its home, flagged.
    assert rows == [
        ("hope", "a", "VN-09", False), ("hope", "b", "KHM", True),
        ("usaid", "a", "USA", False), ("usaid", "a", "VN-09", False), ("usaid", "b", "USA", True),
    ]

"""Joining to geometry: route arcs, anchors, place layers."""

import pandas as pd
import shapely

from progmap.outputs.layers import (
    geodesic_arc,
    place_layers,
    programme_layer,
    programme_summary_layer,
    route_layer,
    route_summary_layer,
)


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


def test_a_place_quotes_its_first_sentence_by_document_and_position(gazetteer):
    mentions = pd.DataFrame(
        {
            "doc": ["b", "a", "a", "a"],
            "start": [0, 30, 10, 2],
            "end": [5, 35, 15, 6],
            "text": ["Lang Son"] * 4,
            "kind": ["admin1"] * 4,
            "code": ["VN-09"] * 4,
            "name": ["Lạng Sơn"] * 4,
            "country": ["VNM"] * 4,
            "sentence": ["In b.", "Late in a.", "Early in a.", None],
            "score": [1.0] * 4,
        }
    )
    places = place_layers(mentions, gazetteer)["places"]
    # Document a's mention at 2 comes first but has no sentence: the next one is quoted.
    assert places["quote"].tolist() == ["Early in a."] and places["docs"].tolist() == [["a", "b"]]


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


def _programmes():
    return pd.DataFrame(
        [
            {"programme_id": "p1", "name": "Shelter", "organizations": ["iom"], "funders": ["usaid"], "places": ["VN-09", "VNM"],
             "activities": ["shelter"], "budget": "", "identifiers": [], "status": "", "doc": "a", "start": 0, "end": 1,
             "evidence": "e", "source": "extracted"},
            {"programme_id": "p2", "name": "Hotline", "organizations": ["wu"], "funders": [], "places": ["VN-09"],
             "activities": ["prevention", "shelter"], "budget": "", "identifiers": [], "status": "", "doc": "b", "start": 0,
             "end": 1, "evidence": "e", "source": "extracted"},
        ]
    )


def test_programmes_are_label_points_that_name_their_area(gazetteer):
    layer = programme_layer(_programmes(), pd.DataFrame(columns=["org_id", "name"]), gazetteer)
    assert set(layer.geometry.geom_type) == {"Point"}
    for row in layer.itertuples():
        assert gazetteer.shapes.at[row.place_code, "geometry"].contains(row.geometry)


def test_programme_summary_draws_each_area_once_with_its_programmes(gazetteer):
    features = programme_layer(_programmes(), pd.DataFrame(columns=["org_id", "name"]), gazetteer)
    features["doc_date"] = features["doc"].map({"a": "2009-03-12", "b": "2011-01-02"})
    summary = programme_summary_layer(features, gazetteer).set_index("place_code")
    assert sorted(summary.index) == ["VN-09", "VNM"]
    lang_son = summary.loc["VN-09"]
    assert lang_son["programmes"] == 2 and lang_son["documents"] == 2
    assert lang_son["activities"] == ["shelter", "prevention"] and lang_son["activity_counts"] == [2, 1]
    assert (lang_son["first_date"], lang_son["last_date"]) == ("2009-03-12", "2011-01-02")
    assert lang_son.geometry.equals(gazetteer.shapes.at["VN-09", "geometry"])


def _route_features(gazetteer, rows):
    """The route layer of rows (id, origin, destination, purposes, direction, document, evidence), with documents' dates."""
    routes = pd.DataFrame(
        [{"route_id": r, "origin_code": o, "destination_code": d, "purposes": p, "victims": ["women"], "volume": None,
          "direction": direction, "doc": doc, "start": 0, "end": 1, "evidence": e, "source": "extracted"}
         for r, o, d, p, direction, doc, e in rows]
    )
    features = route_layer(routes, gazetteer)
    features["doc_date"] = features["doc"].map({"a": "2003-09-12", "b": "2005-01-01"})
    return features


def test_routes_summary_is_one_arc_per_origin_destination_and_direction(gazetteer):
    features = _route_features(gazetteer, [
        ("r1", "VN-71", "CHN", ["marriage"], "trafficking", "a", "One. […] Two."),
        ("r2", "VN-71", "CHN", ["marriage", "labour"], "trafficking", "b", "Three."),
        ("r3", "VN-71", "CHN", ["labour"], "return", "b", "Four."),
    ])
    summary = route_summary_layer(features)
    assert list(summary["direction"]) == ["return", "trafficking"]
    trafficking = summary.iloc[1]
    assert trafficking["documents"] == 2 and trafficking["statements"] == 3
    assert trafficking["purposes"] == ["marriage", "labour"] and trafficking["purpose_counts"] == [2, 1]
    assert (trafficking["first_date"], trafficking["last_date"]) == ("2003-09-12", "2005-01-01")
    assert trafficking.geometry.equals(features.geometry.iloc[0])


def test_routes_summary_in_one_pass_is_what_pandas_groupby_gives(gazetteer):
    # Rows of arcs interleaved, a route with no direction (no arc, as groupby drops it), evidence missing.
    from progmap.outputs.layers import _route_summary_by_groupby

    features = _route_features(gazetteer, [
        ("r1", "VN-71", "CHN", ["labour"], "trafficking", "b", None),
        ("r2", "KHM", "THA", ["fishing"], "trafficking", "a", "One. […] Two."),
        ("r3", "VN-71", "CHN", ["marriage"], None, "c", "Three."),
        ("r4", "VN-71", "CHN", ["marriage", "labour"], "trafficking", "a", "Four."),
        ("r5", "KHM", "THA", [], "return", "c", "Five."),
    ])
    summary = route_summary_layer(features)
    pd.testing.assert_frame_equal(summary, _route_summary_by_groupby(features, ["origin_code", "destination_code", "direction"]))
    assert list(zip(summary["origin_code"], summary["direction"], summary["statements"])) == [
        ("KHM", "return", 1), ("KHM", "trafficking", 2), ("VN-71", "trafficking", 2)
    ]


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

"""Curated records: analysts correct, suppress and add extracted items."""

import pandas as pd
import pytest

from progmap import records
from progmap.errors import ProjectError
from progmap.schema import ORGANIZATION_COLUMNS, ROUTE_COLUMNS


def extracted_routes():
    rows = [
        {"route_id": "route-a-1", "origin_code": "region:vn-north", "destination_code": "CHN", "purposes": ["marriage"],
         "victims": ["women"], "volume": None, "direction": "trafficking", "doc": "a.txt", "start": 10, "end": 90,
         "evidence": "Victims in the north are trafficked to China for marriage.", "source": "extracted"},
        {"route_id": "route-a-2", "origin_code": "region:vn-south", "destination_code": "KHM", "purposes": [],
         "victims": [], "volume": None, "direction": "trafficking", "doc": "a.txt", "start": 100, "end": 160,
         "evidence": "In the south, victims go to Cambodia.", "source": "extracted"},
    ]
    return {"routes": pd.DataFrame(rows, columns=ROUTE_COLUMNS)}


def write_curated(tmp_path, text):
    path = tmp_path / "curated.yaml"
    path.write_text(text, encoding="utf-8")
    return records.read_curated(path)


def test_records_file_round_trips_through_yaml(tmp_path):
    path = tmp_path / "records.yaml"
    records.write_records(extracted_routes(), path)
    again = records.read_curated(path)
    assert [item["id"] for item in again["routes"]] == ["route-a-1", "route-a-2"]
    assert again["routes"][0]["purposes"] == ["marriage"]


def test_correct_suppress_and_add(tmp_path):
    curated = write_curated(
        tmp_path,
        """
routes:
  - id: route-a-1
    destination_code: THA
  - id: route-a-2
    action: suppress
  - id: mine-1
    action: add
    origin_code: VN-22
    destination_code: LAO
    purposes: [labour]
""",
    )
    out = records.apply_curated(extracted_routes(), [curated])["routes"].set_index("route_id")
    assert list(out.index) == ["route-a-1", "mine-1"]
    assert out.at["route-a-1", "destination_code"] == "THA"
    assert out.at["route-a-1", "origin_code"] == "region:vn-north", "fields not named stay as extracted"
    assert set(out["source"]) == {"curated"}
    assert out.at["mine-1", "direction"] == "trafficking"


def test_applying_twice_gives_the_same_result(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: route-a-2\n    destination_code: LAO\n")
    first = records.apply_curated(extracted_routes(), [curated])["routes"]
    second = records.apply_curated(extracted_routes(), [curated])["routes"]
    pd.testing.assert_frame_equal(first, second)
    assert list(first["source"]) == ["extracted", "curated"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("routes: [", "not valid YAML"),
        ("places:\n  - id: x\n", "unknown section"),
        ("routes:\n  - origin_code: VNM\n", "has no id"),
        ("routes:\n  - id: r\n    action: delete\n", "action must be"),
        ("routes:\n  - id: r\n    colour: red\n", "unknown field"),
    ],
)
def test_bad_curated_files_name_the_problem(tmp_path, text, message):
    with pytest.raises(ProjectError, match=message) as caught:
        write_curated(tmp_path, text)
    assert "curated.yaml" in str(caught.value)


def test_curated_places_must_exist(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: r\n    action: add\n    origin_code: VN-99\n    destination_code: CHN\n")
    with pytest.raises(ProjectError, match="unknown place code 'VN-99'"):
        records.check_place_codes(tmp_path / "curated.yaml", curated, {"CHN", "VN-01"})


# --- ids from content ---------------------------------------------------------------


def test_ids_come_from_content_not_position():
    routes = extracted_routes()["routes"]
    alone = records.assign_ids("routes", routes.iloc[[1]])
    both = records.assign_ids("routes", routes)
    assert alone["route_id"].iloc[0] == both["route_id"].iloc[1]
    assert alone["route_id"].iloc[0].startswith("route-a-")


def test_equal_items_get_distinct_deterministic_ids():
    routes = extracted_routes()["routes"]
    twice = pd.concat([routes.iloc[[0]], routes.iloc[[0]].assign(start=500)], ignore_index=True)
    ids = list(records.assign_ids("routes", twice)["route_id"])
    assert len(set(ids)) == 2 and ids[1] == ids[0] + "-2"
    assert list(records.assign_ids("routes", twice)["route_id"]) == ids


def test_ids_change_with_the_evidence_or_the_ends():
    routes = extracted_routes()["routes"].iloc[[0]]
    first = records.assign_ids("routes", routes)["route_id"].iloc[0]
    spaced = routes.assign(evidence="  Victims in the north are trafficked   to China for marriage. ")
    assert records.assign_ids("routes", spaced)["route_id"].iloc[0] == first, "spacing is no content"
    assert records.assign_ids("routes", routes.assign(destination_code="LAO"))["route_id"].iloc[0] != first
    assert records.assign_ids("routes", routes.assign(evidence="Other words."))["route_id"].iloc[0] != first


def test_programme_ids_follow_organizations_and_places():
    from progmap.schema import PROGRAMME_COLUMNS

    row = {c: None for c in PROGRAMME_COLUMNS} | {"programme_id": "prog-a-1", "organizations": ["iom"], "places": ["VN-02"],
                                                  "doc": "a.txt", "evidence": "IOM works in Lao Cai.", "start": 0}
    one = records.assign_ids("programmes", pd.DataFrame([row], columns=PROGRAMME_COLUMNS))["programme_id"].iloc[0]
    other = records.assign_ids("programmes", pd.DataFrame([row | {"organizations": ["unicef"]}], columns=PROGRAMME_COLUMNS))
    assert one.startswith("prog-a-") and other["programme_id"].iloc[0] != one


# --- curated ids and values are checked ---------------------------------------------------


def test_a_correction_naming_an_unknown_id_fails_with_near_matches(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: route-a-3\n    destination_code: LAO\n")
    with pytest.raises(ProjectError) as caught:
        records.apply_curated(extracted_routes(), [curated])
    message = str(caught.value)
    assert "curated.yaml" in message and "'route-a-3'" in message and "route-a-1" in message
    assert "\n" not in message


def test_a_suppression_naming_an_unknown_id_fails(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: nothing-like-it\n    action: suppress\n")
    with pytest.raises(ProjectError, match="nothing-like-it"):
        records.apply_curated(extracted_routes(), [curated])


def test_an_added_item_may_not_take_an_extracted_id(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: route-a-1\n    action: add\n    origin_code: VN-22\n    destination_code: LAO\n")
    with pytest.raises(ProjectError, match="already"):
        records.apply_curated(extracted_routes(), [curated])


def test_a_later_file_may_correct_what_an_earlier_one_added(tmp_path):
    first = write_curated(tmp_path, "routes:\n  - id: mine-1\n    action: add\n    origin_code: VN-22\n    destination_code: LAO\n")
    (tmp_path / "second.yaml").write_text("routes:\n  - id: mine-1\n    destination_code: KHM\n", encoding="utf-8")
    second = records.read_curated(tmp_path / "second.yaml")
    out = records.apply_curated(extracted_routes(), [first, second])["routes"].set_index("route_id")
    assert out.at["mine-1", "destination_code"] == "KHM"


@pytest.mark.parametrize(
    "item, message",
    [
        ("purposes: labour", "purposes must be a list such as [labour]"),
        ("purposes: [slavery]", "purposes must be one of 'marriage', 'labour'"),
        ("direction: sideways", "direction must be one of 'trafficking' or 'return', not 'sideways'"),
        ("victims: 5", "victims must be a list"),
        ("evidence: 42", "evidence must be text, not 42"),
        ("start: 'ten'", "start must be a whole number"),
        ("destination: LAO", "unknown field 'destination' (did you mean 'destination_code'?)"),
    ],
)
def test_curated_values_are_checked_against_the_schema(tmp_path, item, message):
    with pytest.raises(ProjectError) as caught:
        write_curated(tmp_path, f"routes:\n  - id: route-a-1\n    {item}\n")
    assert message in str(caught.value) and "curated.yaml" in str(caught.value) and "route-a-1" in str(caught.value)


def test_organization_and_programme_values_are_checked_too(tmp_path):
    with pytest.raises(ProjectError, match="org_type must be one of .*, not 'charity'"):
        write_curated(tmp_path, "organizations:\n  - id: iom\n    org_type: charity\n")
    with pytest.raises(ProjectError, match="name must be text, not 42"):
        write_curated(tmp_path, "programmes:\n  - id: p\n    name: 42\n")
    with pytest.raises(ProjectError, match="activities"):
        write_curated(tmp_path, "programmes:\n  - id: p\n    activities: [juggling]\n")


def test_an_added_route_needs_both_ends(tmp_path):
    with pytest.raises(ProjectError, match="destination_code"):
        write_curated(tmp_path, "routes:\n  - id: mine\n    action: add\n    origin_code: VN-22\n")


def test_routes_transit_and_inferred_origin_can_be_curated(tmp_path):
    curated = write_curated(
        tmp_path,
        "routes:\n  - id: route-a-1\n    via: [LAO]\n    origin_inferred: false\n"
        "  - id: mine\n    action: add\n    origin_code: VN-22\n    destination_code: THA\n",
    )
    out = records.apply_curated(extracted_routes(), [curated])["routes"].set_index("route_id")
    assert out.at["route-a-1", "via"] == ["LAO"] and out.at["mine", "via"] == [] and out.at["mine", "origin_inferred"] is False
    with pytest.raises(ProjectError, match="VN-O1"):
        records.check_place_codes(tmp_path / "c.yaml", {"routes": [{"id": "r", "via": ["VN-O1"]}]}, {"VN-01"})


def test_unknown_place_codes_get_suggestions(tmp_path):
    curated = write_curated(tmp_path, "routes:\n  - id: r\n    action: add\n    origin_code: VN-O1\n    destination_code: CHN\n")
    with pytest.raises(ProjectError, match="did you mean 'VN-01'"):
        records.check_place_codes(tmp_path / "curated.yaml", curated, {"CHN", "VN-01"})


# --- bounded work ---------------------------------------------------------------------------


def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines.append("routes:\n  - id: r\n    victims: *i")
    with pytest.raises(ProjectError, match="aliases"):
        write_curated(tmp_path, "\n".join(lines) + "\n")


def test_a_self_referring_yaml_file_is_refused(tmp_path):
    with pytest.raises(ProjectError, match="refers to itself"):
        write_curated(tmp_path, "routes: &r\n  - id: r\n    victims: *r\n")


def test_a_curated_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "MAX_CURATED_BYTES", 100)
    with pytest.raises(ProjectError, match="more than"):
        write_curated(tmp_path, "routes:\n" + "  - id: r\n    action: suppress\n" * 20)


def test_python_tags_are_not_objects(tmp_path):
    with pytest.raises(ProjectError, match="not valid YAML"):
        write_curated(tmp_path, "routes:\n  - id: !!python/object/apply:os.system ['true']\n")


def test_a_programme_written_to_records_reads_back_as_a_curated_item(tmp_path):
    from progmap.schema import PROGRAMME_COLUMNS

    programme = {c: None for c in PROGRAMME_COLUMNS} | {
        "programme_id": "prog-a-1", "name": "Hope Street shelter", "organizations": ["hope", "unicef"], "partners": ["unicef"],
        "funders": ["eu"], "places": ["VN-26"], "activities": ["victim protection"], "identifiers": [], "status": "planned",
        "doc": "a.txt", "start": 0, "end": 40, "evidence": "Hope Street runs a shelter in Hue with UNICEF.", "source": "extracted",
        "place_inferred": False, "places_planned": ["VN-27"],
    }
    path = tmp_path / "records.yaml"
    records.write_records({"programmes": pd.DataFrame([programme], columns=PROGRAMME_COLUMNS)}, path)
    again = records.read_curated(path)
    assert again["programmes"][0]["partners"] == ["unicef"] and again["programmes"][0]["place_inferred"] is False
    assert again["programmes"][0]["places_planned"] == ["VN-27"]


def extracted_ministries(*countries):
    rows = [(f"org:ministry-of-internal-affairs-{c.lower()}", "Ministry of Internal Affairs", [], "government", c, [f"{c}.txt"]) for c in countries]
    return {"organizations": pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)}


def test_a_curated_generic_body_named_without_its_country_reaches_its_one_country(tmp_path):
    # Ids of found generic state bodies carry their country: a curated file written before still reaches the body.
    curated = write_curated(tmp_path, "organizations:\n  - id: org:ministry-of-internal-affairs\n    name: Ministry of Internal Affairs of Tajikistan\n")
    out = records.apply_curated(extracted_ministries("TJK"), [curated])["organizations"].set_index("org_id")
    assert out.at["org:ministry-of-internal-affairs-tjk", "name"] == "Ministry of Internal Affairs of Tajikistan"


def test_a_curated_generic_body_shared_by_two_countries_must_name_one(tmp_path):
    curated = write_curated(tmp_path, "organizations:\n  - id: org:ministry-of-internal-affairs\n    action: suppress\n")
    with pytest.raises(ProjectError, match="one per country.*-mda, .*-tjk"):
        records.apply_curated(extracted_ministries("TJK", "MDA"), [curated])
    with pytest.raises(ProjectError, match="no item has this id"):
        records.apply_curated(extracted_ministries("TJK"), [write_curated(tmp_path, "organizations:\n  - id: org:ministry-of-justice\n    action: suppress\n")])

"""Curated records: analysts correct, suppress and add extracted items."""

import pandas as pd
import pytest

from progmap import records
from progmap.errors import ProjectError
from progmap.schema import ROUTE_COLUMNS


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

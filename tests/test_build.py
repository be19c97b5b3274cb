"""The command line and whole builds: outputs, determinism, curation, bad input."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

from progmap.cli import main

OUTPUTS = [
    "map.html", "progmap.gpkg", "progmap.qgz", "places.geojson", "countries.geojson", "admin1.geojson",
    "regions.geojson", "programmes.geojson", "organizations.geojson", "routes.geojson", "admin1_summary.geojson",
    "countries_summary.geojson", "programmes_summary.geojson", "routes_summary.geojson", "mentions.csv", "unresolved.csv",
    "3w.csv", "routes.csv", "records.yaml",
]


def test_build_writes_every_output(seed_build):
    for name in OUTPUTS:
        assert (seed_build / name).stat().st_size > 0, name
    # Beside the output: its lock file and the set it links to, nothing else.
    current = os.readlink(seed_build)
    assert sorted(p.name for p in seed_build.parent.iterdir() if p.name.startswith(f".{seed_build.name}.")) == sorted(
        [f".{seed_build.name}.lock", current]), "temporary folder left behind"


def test_geojson_is_rfc7946(seed_build):
    for path in seed_build.glob("*.geojson"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "crs" not in data
        for feature in data["features"]:
            geometry = feature["geometry"]
            if geometry and geometry["type"] in ("Polygon", "MultiPolygon"):
                import shapely

                shape = shapely.geometry.shape(geometry)
                polygons = shape.geoms if shape.geom_type == "MultiPolygon" else [shape]
                assert all(p.exterior.is_ccw for p in polygons), f"{path.name}: exterior ring not counter-clockwise"


def test_geojson_coordinates_have_at_most_six_decimals(seed_build):
    def walk(value):
        if isinstance(value, float):
            assert len(repr(value).split(".")[-1]) <= 6 or "e" in repr(value), value
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in seed_build.glob("*.geojson"):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            if feature["geometry"]:
                walk(feature["geometry"]["coordinates"])


def test_stable_field_names_and_list_fields(seed_build):
    programmes = json.loads((seed_build / "programmes.geojson").read_text(encoding="utf-8"))["features"]
    assert programmes
    for field in ("programme_id", "name", "organizations", "place_code", "place_name", "activities", "funders", "doc", "evidence", "source"):
        assert field in programmes[0]["properties"], field
    assert isinstance(programmes[0]["properties"]["organizations"], list)
    routes = json.loads((seed_build / "routes.geojson").read_text(encoding="utf-8"))["features"]
    for field in ("route_id", "origin_code", "origin_name", "origin_country", "destination_code", "destination_name",
                  "destination_country", "purposes", "victims", "volume", "direction", "doc", "evidence", "source"):
        assert field in routes[0]["properties"], field
    organizations = json.loads((seed_build / "organizations.geojson").read_text(encoding="utf-8"))["features"]
    for field in ("org_id", "name", "aliases", "org_type", "place_code", "doc"):
        assert field in organizations[0]["properties"], field


def test_hxl_tables(seed_build):
    lines = (seed_build / "3w.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("#org+impl") and "#adm1+code" in lines[1] and "#org+funder" in lines[1]
    routes = (seed_build / "routes.csv").read_text(encoding="utf-8").splitlines()
    assert "#country+origin+code" in routes[1] and "#country+dest+code" in routes[1]


def test_two_builds_are_byte_identical(seed_build, seeds_dir, tmp_path):
    assert main(["-q", "build", str(seeds_dir), "--out", str(tmp_path), "--country", "VNM"]) == 0
    for name in [n for n in OUTPUTS if n.endswith((".geojson", ".html", ".csv", ".yaml", ".qgz"))]:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_editing_a_curated_route_moves_that_line_and_nothing_else(seed_build, seeds_dir, tmp_path):
    routes = json.loads((seed_build / "routes.geojson").read_text(encoding="utf-8"))["features"]
    target = routes[0]["properties"]
    curated = tmp_path / "curated.yaml"
    curated.write_text(f"routes:\n  - id: {target['route_id']}\n    destination_code: LAO\n", encoding="utf-8")
    project = tmp_path / "project.toml"
    project.write_text(
        f'[project]\ncorpus = ["{seeds_dir.as_posix()}"]\ncountry = "VNM"\noutput = "out"\n[records]\ncurated = ["curated.yaml"]\n',
        encoding="utf-8",
    )
    assert main(["-q", "build", str(project)]) == 0
    after = json.loads((tmp_path / "out" / "routes.geojson").read_text(encoding="utf-8"))["features"]
    before_by_id = {f["properties"]["route_id"]: f for f in routes}
    changed = [f["properties"]["route_id"] for f in after if f != before_by_id.get(f["properties"]["route_id"])]
    assert changed == [target["route_id"]]
    moved = next(f for f in after if f["properties"]["route_id"] == target["route_id"])
    assert moved["properties"]["destination_country"] == "LAO" and moved["properties"]["source"] == "curated"
    for name in ("places.geojson", "programmes.geojson", "organizations.geojson"):
        assert (tmp_path / "out" / name).read_bytes() == (seed_build / name).read_bytes(), name
    # Rebuilding with the same curated file gives the same result.
    first = (tmp_path / "out" / "routes.geojson").read_bytes()
    assert main(["-q", "build", str(project)]) == 0
    assert (tmp_path / "out" / "routes.geojson").read_bytes() == first


def test_example_project_builds(tmp_path, mirror):
    example = tmp_path / "vietnam"
    shutil.copytree(REPO / "examples" / "vietnam", example)
    assert main(["-q", "build", str(example / "project.toml"), "--out", str(tmp_path / "out")]) == 0
    routes = json.loads((tmp_path / "out" / "routes.geojson").read_text(encoding="utf-8"))["features"]
    assert any(f["properties"]["source"] == "curated" for f in routes)
    assert json.loads((tmp_path / "out" / "programmes.geojson").read_text(encoding="utf-8"))["features"]


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "progmap.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_prints_one_json_object_per_mention(seeds_dir):
    result = run_cli("extract", str(seeds_dir / "004_5021fb111f55a541.txt"), "--json", "--country", "VNM")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"doc", "start", "end", "text", "kind", "code", "name", "country", "sentence"} <= set(rows[0])
    text = (seeds_dir / "004_5021fb111f55a541.txt").read_text(encoding="utf-8")
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
    assert any(r["code"] == "VN-71" for r in rows)


def test_geocode_command_ranks_candidates():
    result = run_cli("geocode", "Dong Nai", "--country", "VNM")
    assert result.returncode == 0 and result.stdout.splitlines()[1].split()[0] == "VN-39"


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "nope.toml"], "nope.toml: project file not found"),
        (["build", "x.txt"], "--out DIR is required"),
        (["geocode", "Hanoi", "--country", "Vietnam"], "not an ISO 3166-1 alpha-3"),
    ],
)
def test_user_mistakes_get_one_line_and_status_2(args, message, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_documents_are_skipped_and_reported(tmp_path, seeds_dir):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(seeds_dir / "004_5021fb111f55a541.txt", docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    (docs / "legacy.txt").write_bytes("Women from Thanh Hóa go to China – “marriage”.".encode("cp1252", errors="replace"))
    (docs / "wide.txt").write_bytes("\ufeffVictims from Lào Cai were sold to China.".encode("utf-16"))
    result = run_cli("build", str(docs), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "empty.txt: empty document" in result.stdout and "binary.txt: binary file" in result.stdout
    assert "missing.txt: no such file" in result.stdout
    mentions = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")
    assert "legacy.txt" in mentions and "wide.txt" in mentions
    assert "empty.txt" in (tmp_path / "out" / "skipped.csv").read_text(encoding="utf-8")


def test_a_failed_build_leaves_previous_outputs_untouched(tmp_path, seeds_dir):
    out = tmp_path / "out"
    assert main(["-q", "build", str(seeds_dir), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.toml"
    bad.write_text(f'[project]\ncorpus = ["{seeds_dir.as_posix()}"]\noutput = "out"\n[records]\ncurated = ["broken.yaml"]\n', encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("routes: [", encoding="utf-8")
    assert main(["-q", "build", str(bad)]) == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_boundaries_status_lists_each_layer_and_its_checksum(mirror):
    result = run_cli("boundaries", "status", "--mirror", str(mirror))
    assert result.returncode == 0, result.stderr
    for name in ("admin0", "admin1", "places", "regions", "basemap"):
        assert name in result.stdout
    assert "sha256" in result.stdout.splitlines()[0]


def test_document_dates_are_dates_in_the_geopackage(tmp_path, mirror):
    import pyogrio

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "cable.txt").write_text(
        "R 121030Z SEP 03\nFM AMEMBASSY HANOI\nUNCLAS HANOI 002400\nTAGS: KCRM VM\nSUBJECT: TEST\n\n"
        "1. (U) Women from An Giang go to Cambodia for sex work.\n",
        encoding="utf-8",
    )
    assert main(["-q", "build", str(docs), "--out", str(tmp_path / "out"), "--country", "VNM"]) == 0
    routes = pyogrio.read_dataframe(tmp_path / "out" / "progmap.gpkg", layer="routes")
    assert str(routes["doc_date"].dtype).startswith("datetime64")
    assert routes["doc_date"].iloc[0].strftime("%Y-%m-%d") == "2003-09-12"
    feature = json.loads((tmp_path / "out" / "routes.geojson").read_text(encoding="utf-8"))["features"][0]
    assert feature["properties"]["doc_date"] == "2003-09-12"


def test_an_output_path_that_is_a_file_is_refused(tmp_path, seeds_dir):
    target = tmp_path / "out"
    target.write_text("not a folder", encoding="utf-8")
    result = run_cli("build", str(seeds_dir), "--out", str(target))
    assert result.returncode == 2 and "is not a folder" in result.stderr and "Traceback" not in result.stderr


def build_organizations(tmp_path, texts: dict[str, str]):
    """Build invented documents; the organizations layer's (org_id, doc, place_code) and records.yaml's organizations."""
    import yaml

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["-q", "build", str(docs), "--out", str(out)]) == 0
    layer = json.loads((out / "organizations.geojson").read_text(encoding="utf-8"))["features"]
    rows = {(f["properties"]["org_id"], f["properties"]["doc"], f["properties"]["place_code"]) for f in layer}
    kept = {item["id"]: item for item in yaml.safe_load((out / "records.yaml").read_text(encoding="utf-8"))["organizations"]}
    return rows, kept


_TAJIK_TEXT = (
    "Tajikistan is a source country for men subjected to forced labour in Russia. "
    "The Ministry of Internal Affairs opened a hotline for migrants in Dushanbe last year.\n"
)


def test_one_generic_ministry_named_in_texts_about_two_countries_is_two_organizations(tmp_path, mirror):
    rows, kept = build_organizations(tmp_path, {
        "tajik.txt": _TAJIK_TEXT,
        "moldova.txt": "Moldova is a source country for women trafficked to Turkey. "
                       "The Ministry of Internal Affairs runs a shelter for victims in Chisinau.\n",
    })
    ministries = {row for row in rows if row[0].startswith("org:ministry-of-internal-affairs")}
    assert {(org_id, doc) for org_id, doc, _ in ministries} == {
        ("org:ministry-of-internal-affairs-tjk", "tajik.txt"), ("org:ministry-of-internal-affairs-mda", "moldova.txt")}
    assert kept["org:ministry-of-internal-affairs-tjk"]["country"] == "TJK" and kept["org:ministry-of-internal-affairs-tjk"]["docs"] == ["tajik.txt"]
    assert kept["org:ministry-of-internal-affairs-mda"]["country"] == "MDA" and kept["org:ministry-of-internal-affairs-mda"]["docs"] == ["moldova.txt"]
    places = {org_id: place for org_id, _, place in ministries}
    assert places["org:ministry-of-internal-affairs-tjk"] in ("TJK", "TJ-DU") and places["org:ministry-of-internal-affairs-mda"] in ("MDA", "MD-CU")


def test_one_generic_ministry_named_in_two_texts_about_one_country_is_one_organization(tmp_path, mirror):
    rows, kept = build_organizations(tmp_path, {
        "tajik.txt": _TAJIK_TEXT,
        "tajik-2.txt": "Men from Tajikistan are trafficked to Kazakhstan for construction work. "
                       "The Ministry of Internal Affairs trained border officers in Khujand.\n",
    })
    assert {(org_id, doc) for org_id, doc, _ in rows if "ministry-of-internal-affairs" in org_id} == {
        ("org:ministry-of-internal-affairs-tjk", "tajik.txt"), ("org:ministry-of-internal-affairs-tjk", "tajik-2.txt")}
    assert kept["org:ministry-of-internal-affairs-tjk"]["docs"] == ["tajik-2.txt", "tajik.txt"]
    assert kept["org:ministry-of-internal-affairs-tjk"]["country"] == "TJK"

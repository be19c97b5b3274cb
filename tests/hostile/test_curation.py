"""Curation under change and attack: ids that follow content, checked files, bounded work.

An analyst's correction must reach the item it was written for even after
the document gains a paragraph; a correction that no longer names any item
must stop the build rather than vanish; a curated file must not be able to
exhaust memory or time.
"""

from __future__ import annotations

import yaml
from hostile.files import CABLE, assert_one_line_error, old_outputs, run_cli, run_main, snapshot, write_corpus, write_project

from progmap.pipeline import extract

PREFACE = (
    "Officials met in Hanoi last week.\n\n"
    "Men from Nghe An province were trafficked to Laos for forced labour on plantations.\n\n"
)


def routes_of(folder, gazetteer, text):
    docs = write_corpus(folder, {"cable.txt": text})
    return extract([docs], gazetteer, "VNM").routes.set_index("destination_code")


def test_a_new_paragraph_at_the_top_moves_no_id(tmp_path, gazetteer):
    before = routes_of(tmp_path / "before", gazetteer, CABLE)
    after = routes_of(tmp_path / "after", gazetteer, PREFACE + CABLE)
    assert "LAO" in after.index and "LAO" not in before.index, "the new paragraph adds a route"
    assert after.at["CHN", "route_id"] == before.at["CHN", "route_id"]
    assert after.at["CHN", "start"] > before.at["CHN", "start"]


def test_programme_ids_hold_still_too(tmp_path, gazetteer):
    before = extract([write_corpus(tmp_path / "b", {"cable.txt": CABLE})], gazetteer, "VNM").programmes
    after = extract([write_corpus(tmp_path / "a", {"cable.txt": PREFACE + CABLE})], gazetteer, "VNM").programmes
    assert len(before) and set(before["programme_id"]) <= set(after["programme_id"])


def curated_project(folder, curated: str):
    (folder / "curated.yaml").write_text(curated, encoding="utf-8")
    return write_project(folder, '[project]\ncorpus = ["docs/"]\ncountry = "VNM"\noutput = "out"\n[records]\ncurated = ["curated.yaml"]\n')


def test_a_correction_follows_its_route_and_a_stale_one_stops_the_build(tmp_path, gazetteer, capsys):
    route_id = routes_of(tmp_path, gazetteer, CABLE).at["CHN", "route_id"]
    project = curated_project(tmp_path, f"routes:\n  - id: {route_id}\n    purposes: [labour]\n")
    (tmp_path / "docs" / "cable.txt").write_text(PREFACE + CABLE, encoding="utf-8")
    assert run_main("-q", "build", project, capsys=capsys).returncode == 0
    routes = {r["destination_code"]: r for r in yaml.safe_load((tmp_path / "out" / "records.yaml").read_text(encoding="utf-8"))["routes"]}
    assert routes["CHN"]["id"] == route_id
    geo = (tmp_path / "out" / "routes.geojson").read_text(encoding="utf-8")
    assert route_id in geo and '"purposes":["labour"]' in geo.split(route_id, 1)[1].split("\n", 1)[0]
    # The analyst edits the route's own sentence: the old id names nothing now.
    before = snapshot(tmp_path / "out")
    (tmp_path / "docs" / "cable.txt").write_text(PREFACE + CABLE.replace("forced marriage", "marriage"), encoding="utf-8")
    result = run_main("-q", "build", project, capsys=capsys)
    assert_one_line_error(result, "curated.yaml", f"'{route_id}'", "no item has this id", "nearest: route-cable-")
    assert snapshot(tmp_path / "out") == before


def test_bad_curated_values_stop_the_build_before_any_output(tmp_path, mirror, capsys):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    kept = old_outputs(tmp_path / "out")
    for curated, message in [
        ("routes:\n  - id: x\n    action: add\n    origin_code: VN-02\n    destination_code: CHN\n    purposes: labour\n", "purposes must be a list"),
        ("routes:\n  - id: x\n    direction: sideways\n", "direction must be one of"),
        ("programmes:\n  - id: x\n    name: 42\n", "name must be text, not 42"),
    ]:
        result = run_main("-q", "build", curated_project(tmp_path, curated), capsys=capsys)
        assert_one_line_error(result, "curated.yaml", message)
        assert snapshot(tmp_path / "out") == kept


def test_an_alias_bomb_fails_fast_with_one_line(tmp_path, mirror):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    kept = old_outputs(tmp_path / "out")
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghijkl":
        lines.append(f"{level}: &{level} [" + ",".join([f"*{chr(ord(level) - 1)}"] * 10) + "]")
    result = run_cli("-q", "build", curated_project(tmp_path, "\n".join(lines) + "\n"), timeout=120)
    assert_one_line_error(result, "curated.yaml", "aliases expand")
    assert snapshot(tmp_path / "out") == kept

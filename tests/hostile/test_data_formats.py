"""Hostile text stays data in the QGIS project XML and in records.yaml.

The project title goes into the ``.qgs`` XML; document text, file names
and curated values go into ``records.yaml``. Both are read back here with
strict parsers and must give the text exactly as written, never markup,
entities, tags or objects.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

import pandas as pd
import pytest
import yaml
from hostile.files import XML_TITLE, YAML_EVIDENCE

from progmap import records
from progmap.schema import ROUTE_COLUMNS

NASTY = [
    YAML_EVIDENCE,
    "null", "yes", "~", "0x1F", "1e3", "- item", "? key", "| block", "> folded", "%TAG ! tag:x", "@at", "`tick`",
    "tab\there", "new\nline", "\x01control\x7f", "nel\x85 and ls\u2028", "\ufeffbom", "\"double\" and 'single'",
    "{{ 7*7 }}", "<script>alert(1)</script>",
]


def test_the_hostile_build_succeeds(hostile_outputs):
    out, status = hostile_outputs
    assert status == 0 and (out / "progmap.qgz").exists()


def test_the_qgis_project_holds_the_title_as_text(hostile_outputs):
    out, _ = hostile_outputs
    with zipfile.ZipFile(out / "progmap.qgz") as archive:
        root = ET.fromstring(archive.read("progmap.qgs"))
    assert root.findtext("title") == XML_TITLE
    assert root.get("projectname") == XML_TITLE
    assert root.find(".//b") is None, "no markup from the title became an element"


def test_records_yaml_gives_back_document_text_as_plain_strings(hostile_outputs):
    out, _ = hostile_outputs
    text = (out / "records.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    evidence = [route["evidence"] for route in data["routes"]]
    assert any(YAML_EVIDENCE in e for e in evidence), evidence
    assert all(isinstance(e, str) for e in evidence)
    assert any(route["doc"] == "=cmd cable.txt" for route in data["routes"])


@pytest.mark.parametrize("value", NASTY)
def test_any_string_round_trips_through_records_and_curated_files(tmp_path, value):
    row = {c: None for c in ROUTE_COLUMNS} | {"route_id": "route-x-1", "purposes": [], "victims": [], "direction": "trafficking",
                                              "doc": value, "evidence": value, "source": "extracted"}
    records.write_records({"routes": pd.DataFrame([row], columns=ROUTE_COLUMNS)}, tmp_path / "records.yaml")
    again = records.read_curated(tmp_path / "records.yaml")["routes"][0]
    assert again["evidence"] == value and again["doc"] == value

"""The outputs in a real QGIS: Debian's python3-qgis, run in a subprocess.

Skipped, with the reason, where python3-qgis is not installed (.ci/run
installs it).
"""

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

QGIS_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).parent / "scripts" / "qgis_check.py"
LAYERS = ["places", "countries", "admin1", "regions", "programmes", "organizations", "routes", "admin1_summary", "countries_summary"]


def qgis_available() -> bool:
    if not os.path.exists(QGIS_PYTHON):
        return False
    probe = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not qgis_available(), reason="Debian's python3-qgis is not installed (apt-get install python3-qgis)")


@pytest.fixture(scope="module")
def qgis_report(seed_build):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [QGIS_PYTHON, str(SCRIPT), str(seed_build), *LAYERS], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_layer_is_valid_with_its_features_and_crs(qgis_report, seed_build):
    for name in LAYERS:
        expected = len(json.loads((seed_build / f"{name}.geojson").read_text(encoding="utf-8"))["features"])
        for source in ("gpkg", "geojson"):
            layer = qgis_report[source][name]
            assert layer["valid"], f"{source} {name} is not valid in QGIS"
            assert layer["count"] == expected, f"{source} {name}: {layer['count']} features, expected {expected}"
            assert layer["crs"] == "EPSG:4326"


def test_embedded_styles_are_applied(qgis_report):
    renderers = {name: qgis_report["gpkg"][name]["renderer"] for name in LAYERS}
    assert renderers["admin1_summary"] == "graduatedSymbol"
    assert renderers["routes"] == "categorizedSymbol"
    assert renderers["places"] == "singleSymbol"


def test_the_project_opens_every_layer(qgis_report):
    project = qgis_report["project"]
    assert project["read"] and project["valid"]
    assert {"Programmes by province", "Trafficking routes", "Organizations", "Places mentioned"} <= set(project["layers"])


def test_no_warnings_and_an_old_enough_geopackage(qgis_report, seed_build):
    assert not [m for m in qgis_report["messages"] if "partially supported" in m], qgis_report["messages"]
    with sqlite3.connect(seed_build / "progmap.gpkg") as db:
        # GeoPackage 1.2 is user_version 10200; QGIS 3.22 with GDAL 3.6 warns on 1.4 (10400).
        assert db.execute("PRAGMA user_version").fetchone()[0] < 10400
        assert db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone() == ("attributes",)

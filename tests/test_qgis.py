"""The outputs in a real QGIS: Debian's python3-qgis (QGIS 3.22, GDAL 3.6), run in a subprocess.

QGIS's Python bindings belong to the system Python, not to the venv, so
each check runs :data:`QGIS_SCRIPT` with ``/usr/bin/python3`` and reads back
a JSON report. Skipped, with the reason, where python3-qgis is not
installed (.ci/run installs it).
"""

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from test_writers import vietnam_layers

from progmap.outputs import qgis, writers

QGIS_PYTHON = "/usr/bin/python3"
LAYERS = ["places", "countries", "admin1", "regions", "programmes", "organizations", "routes", "admin1_summary", "countries_summary"]

#: Opens an output folder in QGIS and prints what QGIS sees, as JSON.
#: Arguments: output folder, PNG to render the project into, layer names.
QGIS_SCRIPT = r'''
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsProject, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

out_dir, png, names = sys.argv[1], sys.argv[2], sys.argv[3:]
app = QgsApplication([], False)
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: messages.append(f"{tag} [{int(level)}]: {message}"))

def describe(layer):
    renderer = layer.renderer() if layer.isValid() else None
    return {
        "valid": layer.isValid(),
        "count": layer.featureCount(),
        "crs": layer.crs().authid(),
        "renderer": renderer.type() if renderer else None,
        "labels": layer.labelsEnabled(),
        "geometry": QgsWkbTypes.displayString(layer.wkbType()),
        "fields": {f.name(): f.typeName() for f in layer.fields()},
    }

report = {"gpkg": {}, "geojson": {}, "project": {}, "messages": messages}
gpkg = os.path.join(out_dir, "progmap.gpkg")
for name in names:
    report["gpkg"][name] = describe(QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr"))
    report["geojson"][name] = describe(QgsVectorLayer(os.path.join(out_dir, f"{name}.geojson"), name, "ogr"))

project = QgsProject.instance()
ok = project.read(os.path.join(out_dir, "progmap.qgz"))
tree = project.layerTreeRoot().findLayers()
report["project"] = {
    "read": ok,
    "crs": project.crs().authid(),
    "order": [node.name() for node in tree],  # top first
    "visible": [node.name() for node in tree if node.isVisible()],
    "layers": {l.name(): describe(l) for l in project.mapLayers().values()},
}
extent = project.viewSettings().defaultViewExtent()
report["project"]["extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
settings = QgsMapSettings()
settings.setLayers([node.layer() for node in tree if node.isVisible()])
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
settings.setExtent(extent)
settings.setOutputSize(QSize(800, 900))
settings.setBackgroundColor(QColor("#ffffff"))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
image.save(png)
report["project"]["colours"] = len({image.pixel(x, y) for x in range(0, 800, 4) for y in range(0, 900, 4)})
print(json.dumps(report), flush=True)
# exitQgis() can crash on teardown with offscreen Qt; the report is out.
os._exit(0)
'''


def qgis_available() -> bool:
    if not os.path.exists(QGIS_PYTHON):
        return False
    probe = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not qgis_available(), reason="Debian's python3-qgis is not installed (apt-get install python3-qgis)")


def open_in_qgis(out_dir: Path, png: Path, names=LAYERS) -> dict:
    """Run :data:`QGIS_SCRIPT` on an output folder with the system Python."""
    script = png.parent / "qgis_check.py"
    script.write_text(QGIS_SCRIPT, encoding="utf-8")
    # The venv's variables would point the system Python at the wrong packages.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("XDG_RUNTIME_DIR", str(png.parent))
    result = subprocess.run([QGIS_PYTHON, str(script), str(out_dir), str(png), *names], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The made-up Vietnam layers written as a build writes them, then moved:
    the project must find its GeoPackage by a relative path."""
    layers = vietnam_layers()
    built = tmp_path_factory.mktemp("qgis-build")
    for name, layer in layers.items():
        writers.write_geojson(layer, built / f"{name}.geojson")
    writers.write_geopackage(layers, built / "progmap.gpkg")
    qgis.write_qgis_project(built / "progmap.gpkg", list(layers), built / "progmap.qgz", "Made-up Vietnam")
    moved = tmp_path_factory.mktemp("qgis-moved") / "outputs"
    shutil.copytree(built, moved)
    shutil.rmtree(built)
    return moved, layers


@pytest.fixture(scope="module")
def report(outputs):
    out_dir, _ = outputs
    return open_in_qgis(out_dir, out_dir.parent / "qgis-project.png")


def test_every_layer_is_valid_with_its_features_and_crs(report, outputs):
    _, layers = outputs
    for name in LAYERS:
        for source in ("gpkg", "geojson"):
            layer = report[source][name]
            assert layer["valid"], f"{source} {name} is not valid in QGIS"
            assert layer["count"] == len(layers[name]), f"{source} {name}: {layer['count']} features"
            assert layer["crs"] == "EPSG:4326"


def test_embedded_styles_are_applied(report):
    gpkg = report["gpkg"]
    assert gpkg["admin1_summary"]["renderer"] == "graduatedSymbol" and gpkg["admin1_summary"]["labels"]
    assert gpkg["routes"]["renderer"] == "categorizedSymbol"
    assert gpkg["places"]["renderer"] == "singleSymbol" and gpkg["places"]["labels"]


def test_fields_have_useful_types(report):
    gpkg = report["gpkg"]
    assert gpkg["admin1_summary"]["fields"]["programmes"].lower().startswith("int")
    assert gpkg["routes"]["fields"]["doc_date"].lower() == "date"
    assert gpkg["routes"]["fields"]["purposes"].lower() in ("text", "string"), "lists are readable text"
    assert gpkg["routes"]["geometry"] == "MultiLineString"


def test_no_warnings_from_qgis(report):
    assert not [m for m in report["messages"] if "partially supported" in m], report["messages"]
    # Level 1 and above are warnings and errors.
    assert not [m for m in report["messages"] if " [0]" not in m], report["messages"]


def test_the_project_opens_every_layer_in_order(report, outputs):
    project = report["project"]
    assert project["read"] and project["crs"] == "EPSG:4326"
    assert all(layer["valid"] for layer in project["layers"].values()), "relative paths still work after a move"
    order = project["order"]
    # Points on top, then routes, then areas; QGIS lists the top layer first.
    assert order.index("Places mentioned") < order.index("Trafficking routes") < order.index("Programmes by province") < order.index("Countries mentioned")
    assert {"Places mentioned", "Trafficking routes", "Programmes by province", "Countries mentioned"} <= set(project["visible"])
    assert project["layers"]["Programmes by province"]["renderer"] == "graduatedSymbol"
    # Cities and areas of programmes are one layer in the GeoPackage, two in QGIS.
    assert {"Programme areas", "Programme places"} <= set(order)
    xmin, ymin, xmax, ymax = project["extent"]
    assert 100 < xmin < 105 and 106 < xmax < 110 and 9 < ymin < 11 and 22 < ymax < 24, "opens on the provinces"
    assert project["colours"] > 8, "the rendered map is not blank"


def test_the_project_file_is_a_zip_holding_relative_paths(outputs):
    out_dir, _ = outputs
    with zipfile.ZipFile(out_dir / "progmap.qgz") as archive:
        assert archive.namelist() == ["progmap.qgs"]
        text = archive.read("progmap.qgs").decode("utf-8")
    assert "./progmap.gpkg|layername=routes" in text and str(out_dir) not in text


def test_the_seed_build_opens_cleanly(seed_build, tmp_path):
    report = open_in_qgis(seed_build, tmp_path / "seed.png")
    for name in LAYERS:
        expected = len(json.loads((seed_build / f"{name}.geojson").read_text(encoding="utf-8"))["features"])
        for source in ("gpkg", "geojson"):
            assert report[source][name]["valid"] and report[source][name]["count"] == expected, (source, name)
    assert report["gpkg"]["admin1_summary"]["renderer"] == "graduatedSymbol"
    assert not [m for m in report["messages"] if "partially supported" in m], report["messages"]
    assert report["project"]["read"] and all(layer["valid"] for layer in report["project"]["layers"].values())

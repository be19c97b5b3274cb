"""The outputs in a real QGIS: Debian's python3-qgis (QGIS 3.22, GDAL 3.6), run in a subprocess.

QGIS's Python bindings belong to the system Python, not to the venv, so
each check runs :data:`QGIS_SCRIPT` with ``/usr/bin/python3`` and reads back
a JSON report. Skipped, with the reason, where python3-qgis is not
installed (.ci/run installs it).
"""

import datetime
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from test_writers import vietnam_layers

from progmap.outputs import qgis, qgis_layout, writers

QGIS_PYTHON = "/usr/bin/python3"
LAYERS = ["places", "countries", "admin1", "regions", "programmes", "organizations", "routes", "admin1_summary", "countries_summary"]

#: Opens an output folder in QGIS and prints what QGIS sees, as JSON.
#: Arguments: output folder, PNG to render the project into, layer names.
QGIS_SCRIPT = r'''
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsPointXY, QgsProject, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

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
        "temporal": describe_temporal(layer) if layer.isValid() else None,
        "legend": [item.label() for item in renderer.legendSymbolItems()] if renderer else [],
    }

def describe_temporal(layer):
    properties = layer.temporalProperties()
    return {"active": properties.isActive(), "mode": int(properties.mode()), "field": properties.startField()}

def render(layers, extent, size=(800, 900)):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings.mapToPixel()

def colour_at(image, to_pixel, lon, lat):
    point = to_pixel.transform(QgsPointXY(lon, lat))
    return QColor(image.pixel(int(point.x()), int(point.y()))).name()

def describe_layout(layout, png):
    page = layout.pageCollection().page(0).pageSize()
    items = layout.items()
    legends = [i for i in items if isinstance(i, QgsLayoutItemLegend)]
    legend_labels = []
    for legend in legends:
        model = legend.model()
        for node in model.rootGroup().findLayers():
            legend_labels.append(node.customProperty("legend/title-label") or node.name())
            legend_labels += [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)]
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 100
    exported = QgsLayoutExporter(layout).exportToImage(png, settings)
    image = QImage(png)
    return {
        "name": layout.name(),
        "page": [page.width(), page.height()],
        "maps": len([i for i in items if isinstance(i, QgsLayoutItemMap)]),
        "legends": len(legends),
        "legend_labels": legend_labels,
        "scale_bars": [i.unitLabel() for i in items if isinstance(i, QgsLayoutItemScaleBar)],
        "pictures": [i.picturePath() for i in items if isinstance(i, QgsLayoutItemPicture)],
        "labels": [i.currentText() for i in items if isinstance(i, QgsLayoutItemLabel)],
        "exported": exported == QgsLayoutExporter.Success,
        "png": [image.width(), image.height()],
        "png_colours": len({image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}),
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
image, _ = render([node.layer() for node in tree if node.isVisible()], extent)
image.save(png)
report["project"]["colours"] = len({image.pixel(x, y) for x in range(0, 800, 4) for y in range(0, 900, 4)})
# The colour each layer alone draws at the probe points (PROGMAP_PROBES: [[lon, lat], ...]).
probes = json.loads(os.environ.get("PROGMAP_PROBES", "[]"))
report["project"]["probes"] = {}
for node in tree:
    alone, to_pixel = render([node.layer()], extent)
    report["project"]["probes"][node.name()] = [colour_at(alone, to_pixel, lon, lat) for lon, lat in probes]
time_range = project.timeSettings().temporalRange()
report["project"]["time_range"] = [time_range.begin().toString(Qt.ISODate), time_range.end().toString(Qt.ISODate)]
report["project"]["title"] = project.title()
report["layouts"] = [describe_layout(layout, png.replace(".png", f"-layout{i}.png"))
                     for i, layout in enumerate(project.layoutManager().printLayouts())]
print(json.dumps(report), flush=True)
# exitQgis() can crash on teardown with offscreen Qt; the report is out.
os._exit(0)
'''


def qgis_available() -> bool:
    if not os.path.exists(QGIS_PYTHON):
        return False
    probe = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, check=False)
    return probe.returncode == 0


needs_qgis = pytest.mark.skipif(not qgis_available(), reason="Debian's python3-qgis is not installed (apt-get install python3-qgis)")
#: The documents' dates, as a build passes them: one undated.
DOCUMENT_DATES = ["2009-03-12", None, "2011-06-30"]
#: A point inside Vietnam that no province, region or programme of the made-up layers covers.
INSIDE_VIETNAM = (104.5, 15.0)


def made_up_basemap() -> gpd.GeoDataFrame:
    """World countries as the Natural Earth base layer has them (made up)."""
    return gpd.GeoDataFrame(
        {"code": ["VNM", "LAO", "CHN"], "name": ["Vietnam", "Laos", "China"]},
        geometry=[shapely.box(102, 8.5, 110, 23.5), shapely.box(100, 14, 107.5, 22.5), shapely.box(73, 18, 135, 53)],
        crs="EPSG:4326",
    )


def open_in_qgis(out_dir: Path, png: Path, names=LAYERS, probes=()) -> dict:
    """Run :data:`QGIS_SCRIPT` on an output folder with the system Python.

    ``probes`` are (lon, lat) points at which each layer's colour is read.
    """
    script = png.parent / "qgis_check.py"
    script.write_text(QGIS_SCRIPT, encoding="utf-8")
    # The venv's variables would point the system Python at the wrong packages.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("XDG_RUNTIME_DIR", str(png.parent))
    env["PROGMAP_PROBES"] = json.dumps([list(p) for p in probes])
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
    with_base = {**layers, "basemap": made_up_basemap()}
    writers.write_geopackage(with_base, built / "progmap.gpkg")
    qgis.write_qgis_project(built / "progmap.gpkg", list(with_base), built / "progmap.qgz", "Made-up Vietnam", documents=DOCUMENT_DATES)
    moved = tmp_path_factory.mktemp("qgis-moved") / "outputs"
    shutil.copytree(built, moved)
    shutil.rmtree(built)
    return moved, layers


@pytest.fixture(scope="module")
def report(outputs):
    out_dir, _ = outputs
    return open_in_qgis(out_dir, out_dir.parent / "qgis-project.png", probes=[INSIDE_VIETNAM])


@needs_qgis
def test_every_layer_is_valid_with_its_features_and_crs(report, outputs):
    _, layers = outputs
    for name in LAYERS:
        for source in ("gpkg", "geojson"):
            layer = report[source][name]
            assert layer["valid"], f"{source} {name} is not valid in QGIS"
            assert layer["count"] == len(layers[name]), f"{source} {name}: {layer['count']} features"
            assert layer["crs"] == "EPSG:4326"


@needs_qgis
def test_embedded_styles_are_applied(report):
    gpkg = report["gpkg"]
    assert gpkg["admin1_summary"]["renderer"] == "graduatedSymbol" and gpkg["admin1_summary"]["labels"]
    assert gpkg["routes"]["renderer"] == "categorizedSymbol"
    assert gpkg["places"]["renderer"] == "singleSymbol" and gpkg["places"]["labels"]


@needs_qgis
def test_fields_have_useful_types(report):
    gpkg = report["gpkg"]
    assert gpkg["admin1_summary"]["fields"]["programmes"].lower().startswith("int")
    assert gpkg["routes"]["fields"]["doc_date"].lower() == "date"
    assert gpkg["routes"]["fields"]["purposes"].lower() in ("text", "string"), "lists are readable text"
    assert gpkg["routes"]["geometry"] == "MultiLineString"


@needs_qgis
def test_no_warnings_from_qgis(report):
    assert not [m for m in report["messages"] if "partially supported" in m], report["messages"]
    # Level 1 and above are warnings and errors.
    assert not [m for m in report["messages"] if " [0]" not in m], report["messages"]


@needs_qgis
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


@needs_qgis
def test_the_seed_build_opens_cleanly(seed_build, tmp_path):
    report = open_in_qgis(seed_build, tmp_path / "seed.png")
    for name in LAYERS:
        expected = len(json.loads((seed_build / f"{name}.geojson").read_text(encoding="utf-8"))["features"])
        for source in ("gpkg", "geojson"):
            assert report[source][name]["valid"] and report[source][name]["count"] == expected, (source, name)
    assert report["gpkg"]["admin1_summary"]["renderer"] == "graduatedSymbol"
    assert not [m for m in report["messages"] if "partially supported" in m], report["messages"]
    assert report["project"]["read"] and all(layer["valid"] for layer in report["project"]["layers"].values())


@needs_qgis
def test_a_quiet_natural_earth_base_lies_under_everything(report):
    project = report["project"]
    assert project["order"][-1] == "Basemap (Natural Earth)" and "Basemap (Natural Earth)" in project["visible"]
    assert project["layers"]["Basemap (Natural Earth)"]["valid"]
    red, green, blue = (int(project["probes"]["Basemap (Natural Earth)"][0][i : i + 2], 16) for i in (1, 3, 5))
    assert min(red, green, blue) > 200 and max(red, green, blue) < 255, "a light fill, not white, not a colour that competes"


@needs_qgis
def test_the_focal_country_is_drawn(report):
    assert report["project"]["probes"]["Countries mentioned"][0] != "#ffffff"


@needs_qgis
def test_dated_layers_have_temporal_properties_on_the_document_date(report):
    layers = report["project"]["layers"]
    # Programmes are points with their document's date; their areas
    # (programmes_summary) hold a first and last date instead.
    for title in ("Trafficking routes", "Programmes"):
        # 1: QgsVectorLayerTemporalProperties.ModeFeatureDateTimeInstantFromField
        assert layers[title]["temporal"] == {"active": True, "mode": 1, "field": "doc_date"}, title
    assert not layers["Places mentioned"]["temporal"]["active"], "a layer without doc_date stays timeless"
    start, end = report["project"]["time_range"]
    assert start.startswith("2009-03-12") and end.startswith("2011-06-30"), "the project's range is the documents'"


@needs_qgis
def test_a_print_layout_exports_to_png(report):
    (layout,) = report["layouts"]
    assert layout["page"] == [297, 210], "A4 landscape"
    assert layout["maps"] == 1 and layout["legends"] == 1 and layout["scale_bars"] == ["km"]
    assert any("north_arrow" in path for path in layout["pictures"])
    assert layout["exported"] and layout["png"] == [1169, 826], "A4 at 100 dpi"
    assert layout["png_colours"] > 20, "the export is not blank"


@needs_qgis
def test_the_layout_names_its_title_documents_and_sources(report):
    labels = report["layouts"][0]["labels"]
    assert "Made-up Vietnam" in labels
    (note,) = [label for label in labels if "Natural Earth" in label]
    assert "3 documents" in note and "2009-03-12" in note and "2011-06-30" in note and "1 undated" in note
    assert str(datetime.date.today().year) in note, "the date it was printed"


@needs_qgis
def test_the_layout_legend_shows_the_drawn_layers_in_words_that_agree_with_numbers(report):
    legend = report["layouts"][0]["legend_labels"]
    assert "Programmes by province" in legend and "Trafficking routes" in legend
    assert "Basemap (Natural Earth)" not in legend, "the base needs no explaining"
    assert "1 programme" in legend and "2 programmes" in legend and "1 programmes" not in legend


def test_long_legend_titles_wrap_inside_the_legend():
    # QGIS clips legend text at the item's edge; the qualifier goes to a line of its own.
    xml = qgis_layout.print_layout("Map", (102, 8, 110, 24), [("admin1", "Programmes by province (2025 and Natural Earth boundaries)")], "")
    assert 'name="legend/title-label" value="Programmes by province&#10;(2025 and Natural Earth boundaries)"' in xml


@needs_qgis
def test_a_hostile_title_is_shown_not_evaluated(tmp_path):
    layers = vietnam_layers()
    writers.write_geopackage(layers, tmp_path / "progmap.gpkg")
    title = "Trafficking [% 6 * 7 %] <b>& co</b>"
    qgis.write_qgis_project(tmp_path / "progmap.gpkg", list(layers), tmp_path / "progmap.qgz", title)
    report = open_in_qgis(tmp_path, tmp_path / "hostile.png")
    assert title in report["layouts"][0]["labels"]


def test_choropleth_labels_agree_with_their_numbers():
    labels = re.findall(r'<range [^>]*label="([^"]*)"', qgis.renderer_xml("admin1_summary", "programmes"))
    assert labels[:3] == ["0 programmes", "1 programme", "2 programmes"] and labels[-1] == "10+ programmes"
    assert "1 mention" in qgis.renderer_xml("admin1_summary", "mentions")


def test_layer_titles_say_which_admin1_vintage_is_drawn(tmp_path):
    layers = vietnam_layers()
    for name in ("admin1", "admin1_summary"):
        layers[name]["vintage"] = "2025"
        layers[name]["members"] = [["VN-09"], ["VN-13"], ["VN-HN"], ["VN-44", "VN-47"], ["VN-SG", "VN-57", "VN-43"]]
    writers.write_geopackage(layers, tmp_path / "progmap.gpkg")
    qgis.write_qgis_project(tmp_path / "progmap.gpkg", list(layers), tmp_path / "progmap.qgz", "Vintages")
    with zipfile.ZipFile(tmp_path / "progmap.qgz") as archive:
        text = archive.read("progmap.qgs").decode("utf-8")
    assert "<layername>Programmes by province (2025 boundaries)</layername>" in text
    assert "<layername>Provinces mentioned (2025 boundaries)</layername>" in text
    assert "formerly" in qgis.layer_styles(layers)["admin1_summary"], "merged units say what they hold"
    assert "formerly" not in qgis.layer_styles(vietnam_layers())["admin1_summary"]


@needs_qgis
def test_the_example_project_draws_vietnam_under_its_layout(example_build, tmp_path):
    # No sentence of the example names Vietnam: it is the project's country.
    report = open_in_qgis(example_build, tmp_path / "example.png", probes=[(105.9, 17.6)])
    project = report["project"]
    assert project["read"] and all(layer["valid"] for layer in project["layers"].values())
    assert project["probes"]["Countries mentioned"][0] != "#ffffff", "Vietnam is drawn"
    assert project["layers"]["Trafficking routes"]["temporal"]["active"]
    (layout,) = report["layouts"]
    assert layout["exported"] and layout["png_colours"] > 20
    (note,) = [label for label in layout["labels"] if "Natural Earth" in label]
    assert "2 documents" in note

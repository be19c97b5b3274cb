"""QGIS-ready outputs: default layer styles (QML) and a project file.

The styles go into the GeoPackage's ``layer_styles`` table (see
:func:`progmap.writers.write_layer_styles`), so QGIS shows the same
choropleth, route colours and labels as the web map when a layer is dragged
in; the project (``progmap.qgz``) opens every layer in a sensible order.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from progmap.webmap import LAYER_NAMES, PURPOSE_COLOURS, _CHOROPLETH

_HEADER = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
_VERSION = "3.22.0-Białowieża"

#: Layer name -> (title in QGIS, geometry kind), bottom to top.
LAYER_ORDER = [
    ("countries", "Countries mentioned", "polygon"),
    ("countries_summary", "Countries: programmes and routes", "polygon"),
    ("regions", "Regions mentioned", "polygon"),
    ("admin1", "Provinces mentioned", "polygon"),
    ("admin1_summary", LAYER_NAMES["admin1"], "polygon"),
    ("programmes", "Programmes (areas)", "polygon"),
    ("routes", LAYER_NAMES["routes"], "line"),
    ("organizations", LAYER_NAMES["organizations"], "point"),
    ("places", LAYER_NAMES["places"], "point"),
]


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    hex_colour = hex_colour.lstrip("#")
    return ",".join(str(int(hex_colour[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _props(values: dict) -> str:
    return "".join(f"<prop k={quoteattr(k)} v={quoteattr(str(v))}/>" for k, v in values.items())


def _fill_symbol(name: str, colour: str, alpha: int = 190, outline: str = "#2c3e50", width: float = 0.26) -> str:
    return (
        f'<symbol type="fill" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleFill" enabled="1" locked="0" pass="0">'
        + _props({"color": _rgba(colour, alpha), "outline_color": _rgba(outline), "outline_width": width, "outline_width_unit": "MM", "style": "solid", "outline_style": "solid"})
        + "</layer></symbol>"
    )


def _marker_symbol(name: str, colour: str, size: float = 2.4) -> str:
    return (
        f'<symbol type="marker" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        + _props({"name": "circle", "color": _rgba(colour), "outline_color": "50,50,50,255", "outline_width": 0.2, "size": size, "size_unit": "MM"})
        + "</layer></symbol>"
    )


def _line_symbol(name: str, colour: str) -> str:
    """A route line with an arrowhead at its end, dashed for reported returns."""
    dash = (
        '<data_defined_properties><Option type="Map"><Option name="name" type="QString" value=""/>'
        '<Option name="properties" type="Map"><Option name="outlineStyle" type="Map">'
        '<Option name="active" type="bool" value="true"/>'
        "<Option name=\"expression\" type=\"QString\" value=\"CASE WHEN &quot;direction&quot; = 'return' THEN 'dash' ELSE 'solid' END\"/>"
        '<Option name="type" type="int" value="3"/></Option></Option>'
        '<Option name="type" type="QString" value="collection"/></Option></data_defined_properties>'
    )
    return (
        f'<symbol type="line" name="{name}" alpha="0.9" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleLine" enabled="1" locked="0" pass="0">'
        + _props({"line_color": _rgba(colour), "line_width": 0.9, "line_width_unit": "MM", "line_style": "solid", "capstyle": "round"})
        + dash
        + "</layer>"
        '<layer class="MarkerLine" enabled="1" locked="0" pass="0">'
        + _props({"placement": "lastvertex", "rotate": 1, "interval": 3})
        + '<symbol type="marker" name="@' + name + '@1" alpha="1" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        + _props({"name": "filled_arrowhead", "color": _rgba(colour), "outline_color": _rgba(colour), "size": 3.2, "size_unit": "MM", "angle": 0})
        + "</layer></symbol></layer></symbol>"
    )


def _labels(field: str, size: int = 8) -> str:
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} fontSize="{size}" textColor="40,40,40,255" fontFamily="Sans Serif" isExpression="0"/>'
        '<text-buffer bufferDraw="1" bufferSize="0.7" bufferColor="255,255,255,255" bufferSizeUnits="MM"/>'
        '<placement placement="1" dist="1"/>'
        "</settings></labeling>"
    )


def _qml(renderer: str, labeling: str = "") -> str:
    return (
        _HEADER
        + f'<qgis version="{_VERSION}" styleCategories="Symbology|Labeling" labelsEnabled="{1 if labeling else 0}">'
        + renderer
        + labeling
        + "<blendMode>0</blendMode><featureBlendMode>0</featureBlendMode><layerOpacity>1</layerOpacity>"
        + "</qgis>\n"
    )


def renderer_xml(layer: str, measure: str = "programmes") -> str:
    """The ``renderer-v2`` element of a layer's default style."""
    if layer == "admin1_summary":
        labels = ["0", "1", "2", "3–4", "5 or more"]
        bounds = [(-0.5, 0.5), (0.5, 1.5), (1.5, 2.5), (2.5, 4.5), (4.5, 100000)]
        ranges = "".join(
            f'<range lower="{lo}" upper="{hi}" symbol="{i}" label={quoteattr(label + " " + measure)} render="true"/>'
            for i, ((lo, hi), label) in enumerate(zip(bounds, labels))
        )
        symbols = "".join(_fill_symbol(str(i), colour, 200) for i, (_, colour) in enumerate(_CHOROPLETH))
        return (
            f'<renderer-v2 type="graduatedSymbol" attr={quoteattr(measure)} graduatedMethod="GraduatedColor" '
            f'symbollevels="0" enableorderby="0" forceraster="0"><ranges>{ranges}</ranges><symbols>{symbols}</symbols></renderer-v2>'
        )
    if layer == "routes":
        expression = "coalesce(regexp_substr(\"purposes\", '^[^;]+'), 'unspecified')"
        categories = "".join(
            f'<category value={quoteattr(p)} symbol="{i}" label={quoteattr(p)} render="true"/>' for i, p in enumerate(PURPOSE_COLOURS)
        )
        symbols = "".join(_line_symbol(str(i), colour) for i, colour in enumerate(PURPOSE_COLOURS.values()))
        return (
            f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(expression)} symbollevels="0" enableorderby="0" forceraster="0">'
            f"<categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>"
        )
    kinds = {"organizations": ("marker", "#5aae61"), "places": ("marker", "#e66101"), "regions": ("fill", "#b2abd2"),
             "countries": ("fill", "#fdd49e"), "countries_summary": ("fill", "#fdd49e"), "admin1": ("fill", "#9ecae1"),
             "programmes": ("fill", "#74c476")}
    kind, colour = kinds.get(layer, ("fill", "#cccccc"))
    symbol = _marker_symbol("0", colour) if kind == "marker" else _fill_symbol("0", colour, 90 if layer.startswith("countries") else 120)
    return f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols>{symbol}</symbols></renderer-v2>'


def layer_styles(layer_names, measure: str = "programmes") -> dict[str, str]:
    """Default QML style of each named layer."""
    label_field = {"organizations": "name", "places": "name", "admin1_summary": "name", "regions": "name", "routes": ""}
    styles = {}
    for name in layer_names:
        field = label_field.get(name, "")
        styles[name] = _qml(renderer_xml(name, measure), _labels(field) if field else "")
    return styles


def write_qgis_project(gpkg_path: os.PathLike, layer_names, out_path: os.PathLike, title: str = "progmap", measure: str = "programmes") -> None:
    """Write a ``.qgz`` project opening the GeoPackage's layers in order.

    Paths are relative, so the output folder can be moved or shared whole.
    """
    gpkg = Path(gpkg_path).name
    order = [entry for entry in LAYER_ORDER if entry[0] in set(layer_names)]
    srs = (
        "<spatialrefsys><wkt></wkt><proj4>+proj=longlat +datum=WGS84 +no_defs</proj4><srsid>3452</srsid><srid>4326</srid>"
        "<authid>EPSG:4326</authid><description>WGS 84</description><projectionacronym>longlat</projectionacronym>"
        "<ellipsoidacronym>EPSG:7030</ellipsoidacronym><geographicflag>true</geographicflag></spatialrefsys>"
    )
    tree, layers = [], []
    for name, label, kind in reversed(order):  # QGIS lists the top layer first
        layer_id = f"progmap_{name}"
        source = f"./{gpkg}|layername={name}"
        visible = "Qt::Unchecked" if name in ("countries_summary", "admin1", "programmes", "regions") else "Qt::Checked"
        tree.append(f'<layer-tree-layer id="{layer_id}" name={quoteattr(label)} source={quoteattr(source)} providerKey="ogr" checked="{visible}" expanded="0"/>')
        geometry = {"polygon": "Polygon", "line": "Line", "point": "Point"}[kind]
        labeling = _labels("name") if name in ("organizations", "places", "admin1_summary") else ""
        layers.append(
            f'<maplayer type="vector" geometry="{geometry}" labelsEnabled="{1 if labeling else 0}">'
            f"<id>{layer_id}</id><datasource>{escape(source)}</datasource><layername>{escape(label)}</layername>"
            f'<srs>{srs}</srs><provider encoding="UTF-8">ogr</provider>'
            f"{renderer_xml(name, measure)}{labeling}</maplayer>"
        )
    project = (
        _HEADER
        + f'<qgis projectname={quoteattr(title)} version="{_VERSION}">'
        + f"<title>{escape(title)}</title>"
        + f"<projectCrs>{srs}</projectCrs>"
        + '<layer-tree-group><customproperties/>' + "".join(tree) + "</layer-tree-group>"
        + "<projectlayers>" + "".join(layers) + "</projectlayers>"
        + '<properties><Paths><Absolute type="bool">false</Absolute></Paths></properties>'
        + "</qgis>\n"
    )
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("progmap.qgs", date_time=(2000, 1, 1, 0, 0, 0))  # fixed: same bytes every build
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, project)

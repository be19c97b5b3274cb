"""QGIS-ready outputs: default layer styles (QML) and a project file.

The styles go into the GeoPackage's ``layer_styles`` table (see
:func:`progmap.outputs.writers.write_layer_styles`), so a layer dragged into QGIS
shows the same choropleth, route colours and arrows, and labels as the web
map; the project (``progmap.qgz``) opens every layer in a sensible order:
basemap at the bottom, then areas, routes, and points on top.

The XML is written by hand (QGIS is not a dependency) in the form QGIS
3.22 writes itself; ``tests/test_qgis.py`` opens it in a real QGIS.

Examples
--------
>>> styles = layer_styles(layers)                                   # doctest: +SKIP
>>> write_geopackage(layers, "out/progmap.gpkg", styles)            # doctest: +SKIP
>>> write_qgis_project("out/progmap.gpkg", list(layers), "out/progmap.qgz", "Vietnam")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime
import math
import os
import sqlite3
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from progmap.outputs.qgis_layout import print_layout

from progmap.outputs.webmap import (
    CHOROPLETH_CLASSES,
    COUNTRY_COLOURS,
    LAYER_NAMES,
    ORGANIZATION_COLOURS,
    PLACE_COLOURS,
    PURPOSE_COLOURS,
    REGION_COLOURS,
)

_HEADER = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
#: The QGIS version the XML claims: the oldest progmap is checked with
#: (Debian 12's QGIS), so newer releases read it without upgrading.
_VERSION = "3.22.16-Białowieża"

#: Layer name -> (title in QGIS, geometry kind, on when opened), bottom to top.
LAYER_ORDER = {
    "basemap": ("Basemap (Natural Earth)", "polygon", True),
    "countries_summary": ("Countries: programmes and routes", "polygon", False),
    "countries": (LAYER_NAMES["countries"], "polygon", True),
    "regions": (LAYER_NAMES["regions"], "polygon", False),
    "admin1": ("Provinces mentioned", "polygon", False),
    "admin1_summary": (LAYER_NAMES["admin1"], "polygon", True),
    "programmes_summary": ("Programme areas", "polygon", False),
    "programmes": ("Programmes", "point", False),
    "routes_summary": ("Routes: one arc per origin and destination", "line", False),
    "routes": (LAYER_NAMES["routes"], "line", True),
    "organizations": (LAYER_NAMES["organizations"], "point", False),
    "places": (LAYER_NAMES["places"], "point", True),
}
#: The Natural Earth base (fill, outline): quiet, light land and thin grey borders.
BASEMAP_COLOURS = ("#f2efe9", "#a8a8a8")
#: Single-symbol layers: (symbol kind, fill colour, outline colour, fill opacity 0-255).
_PLAIN = {
    "basemap": ("fill", BASEMAP_COLOURS[0], BASEMAP_COLOURS[1], 255),
    "countries": ("fill", COUNTRY_COLOURS[0], COUNTRY_COLOURS[1], 70),
    "countries_summary": ("fill", COUNTRY_COLOURS[0], COUNTRY_COLOURS[1], 70),
    "regions": ("fill", REGION_COLOURS[0], REGION_COLOURS[1], 40),
    "admin1": ("fill", "#9ecae1", "#2c3e50", 120),
    "programmes_summary": ("fill", "#74c476", "#238b45", 110),
    "programmes": ("marker", "#74c476", "#238b45", 255),
    "organizations": ("marker", ORGANIZATION_COLOURS[0], ORGANIZATION_COLOURS[1], 255),
    "places": ("marker", PLACE_COLOURS[0], PLACE_COLOURS[1], 255),
}
#: Layers labelled with their ``name`` field.
_LABELLED = {"admin1_summary", "places", "regions", "organizations"}


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    hex_colour = hex_colour.lstrip("#")
    return ",".join(str(int(hex_colour[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _props(values: dict) -> str:
    """Symbol layer properties, in both forms QGIS 3.22 reads."""
    options = "".join(f'<Option name={quoteattr(k)} type="QString" value={quoteattr(str(v))}/>' for k, v in values.items())
    legacy = "".join(f"<prop k={quoteattr(k)} v={quoteattr(str(v))}/>" for k, v in values.items())
    return f'<Option type="Map">{options}</Option>{legacy}'


def _data_defined(properties: dict[str, str]) -> str:
    """Data-defined properties: property key -> QGIS expression."""
    inner = "".join(
        f'<Option name={quoteattr(key)} type="Map"><Option name="active" type="bool" value="true"/>'
        f'<Option name="expression" type="QString" value={quoteattr(expression)}/><Option name="type" type="int" value="3"/></Option>'
        for key, expression in properties.items()
    )
    return (
        '<data_defined_properties><Option type="Map"><Option name="name" type="QString" value=""/>'
        f'<Option name="properties" type="Map">{inner}</Option><Option name="type" type="QString" value="collection"/>'
        "</Option></data_defined_properties>"
    )


def fill_symbol(name: str, colour: str, alpha: int = 190, outline: str = "#2c3e50", width: float = 0.26, dashed: bool = False) -> str:
    """A polygon symbol: plain fill and outline."""
    return (
        f'<symbol type="fill" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleFill" enabled="1" locked="0" pass="0">'
        + _props({"color": _rgba(colour, alpha), "outline_color": _rgba(outline), "outline_width": width, "outline_width_unit": "MM",
                  "style": "solid", "outline_style": "dash" if dashed else "solid", "joinstyle": "round"})
        + "</layer></symbol>"
    )


def marker_symbol(name: str, colour: str, outline: str = "#323232", size: float | str = 2.4) -> str:
    """A point symbol: a filled circle; ``size`` may be an expression."""
    size_expression = None if isinstance(size, (int, float)) else size
    return (
        f'<symbol type="marker" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        + _props({"name": "circle", "color": _rgba(colour), "outline_color": _rgba(outline), "outline_width": 0.2,
                  "size": 2.4 if size_expression else size, "size_unit": "MM"})
        + (_data_defined({"size": size_expression}) if size_expression else "")
        + "</layer></symbol>"
    )


def route_symbol(name: str, colour: str, width_expression: str) -> str:
    """A route line: width from volume, dashed for reported returns, with
    arrowheads at its middle and end pointing the way victims were moved."""
    arrow = (
        '<symbol type="marker" name="@{name}@{index}" alpha="1" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        + _props({"name": "filled_arrowhead", "color": _rgba(colour), "outline_color": _rgba(colour), "outline_width": 0,
                  "size": 3.4, "size_unit": "MM", "angle": 0})
        + "</layer></symbol>"
    )
    markers = "".join(
        '<layer class="MarkerLine" enabled="1" locked="0" pass="0">'
        + _props({"placement": placement, "rotate": 1, "interval": 3, "offset_along_line": 0})
        + arrow.format(name=name, index=index)
        + "</layer>"
        for index, placement in ((1, "centralpoint"), (2, "lastvertex"))
    )
    return (
        f'<symbol type="line" name={quoteattr(name)} alpha="0.9" clip_to_extent="1" force_rhr="0">'
        '<layer class="SimpleLine" enabled="1" locked="0" pass="0">'
        + _props({"line_color": _rgba(colour), "line_width": 0.8, "line_width_unit": "MM", "line_style": "solid",
                  "capstyle": "round", "joinstyle": "round"})
        + _data_defined({"outlineStyle": "CASE WHEN \"direction\" = 'return' THEN 'dash' ELSE 'solid' END", "outlineWidth": width_expression})
        + "</layer>"
        + markers
        + "</symbol>"
    )


def labeling_xml(field: str = "name", placement: int = 0, size: float = 8, expression: bool = False) -> str:
    """Simple labels on a field (or an expression), with a white halo so
    they read on any fill.

    ``placement`` is QGIS's code: 0 around a polygon's centre or a point,
    6 cartographic positions around a point.
    """
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} isExpression="{int(expression)}" fontSize="{size}" fontSizeUnit="Point" '
        'textColor="40,40,40,255" fontFamily="Sans Serif" fontWeight="50" textOpacity="1" multilineHeight="1">'
        '<text-buffer bufferDraw="1" bufferSize="0.7" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1" bufferNoFill="1" bufferJoinStyle="128"/>'
        "</text-style>"
        '<text-format wrapChar="" autoWrapLength="0" multilineAlign="3"/>'
        f'<placement placement="{placement}" dist="1" distUnits="MM" priority="5" centroidInside="1" '
        'predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" polygonPlacementFlags="2" placementFlags="10" fitInPolygonOnly="0"/>'
        '<rendering drawLabels="1" obstacle="1" obstacleType="1" displayAll="0" upsidedownLabels="0" scaleVisibility="0" '
        'limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0" mergeLines="0" labelPerPart="0" zIndex="0"/>'
        "</settings></labeling>"
    )


def choropleth_measure(layers) -> str:
    """What the province choropleth counts: programmes, or mentions when none."""
    summary = layers.get("admin1_summary") if isinstance(layers, dict) else None
    if summary is not None and len(summary) and "programmes" in summary and int(summary["programmes"].sum()) == 0:
        return "mentions"
    return "programmes"


def _largest_volume(layers) -> float:
    routes = layers.get("routes") if isinstance(layers, dict) else None
    if routes is None or not len(routes) or "volume_value" not in routes:
        return 1.0
    values = [float(v) for v in routes["volume_value"] if v is not None and not math.isnan(float(v)) and float(v) > 0]
    return max(values or [1.0])


def class_label(choropleth_class, measure: str) -> str:
    """A choropleth class in words that agree with its number: "1 programme", "3–4 programmes"."""
    singular = measure[:-1] if measure.endswith("s") else measure
    noun = singular if choropleth_class.lower == choropleth_class.upper == 1 else measure
    return f"{choropleth_class.label} {noun}"


def plural(count: int, noun: str) -> str:
    """ "1 document", "2 documents"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def renderer_xml(layer: str, measure: str = "programmes", largest_volume: float = 1.0) -> str:
    """The ``renderer-v2`` element of a layer's default style.

    ``admin1_summary`` is a graduated choropleth of ``measure`` in the web
    map's classes; ``routes`` are categorized by first purpose; other
    layers have one symbol.
    """
    if layer == "admin1_summary":
        ranges = "".join(
            f'<range lower="{c.lower - 0.5}" upper="{c.upper + 0.5 if math.isfinite(c.upper) else 1e9}" symbol="{i}" '
            f'label={quoteattr(class_label(c, measure))} render="true"/>'
            for i, c in enumerate(CHOROPLETH_CLASSES)
        )
        symbols = "".join(fill_symbol(str(i), c.colour, 200) for i, c in enumerate(CHOROPLETH_CLASSES))
        return (
            f'<renderer-v2 type="graduatedSymbol" attr={quoteattr(measure)} graduatedMethod="GraduatedColor" '
            f'symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1"><ranges>{ranges}</ranges><symbols>{symbols}</symbols>'
            '<mode name="manual"/><rotation/><sizescale/></renderer-v2>'
        )
    if layer in ("routes", "routes_summary"):
        # Lists are '; '-joined text in the GeoPackage: the first item decides.
        expression = "coalesce(nullif(regexp_substr(\"purposes\", '^[^;]+'), ''), 'unspecified')"
        width = f"coalesce(0.6 + 1.8 * ln(1 + \"volume_value\") / ln(1 + {largest_volume:g}), 0.6)" if largest_volume > 0 else "0.6"
        categories = "".join(f'<category value={quoteattr(p)} symbol="{i}" label={quoteattr(p)} render="true"/>' for i, p in enumerate(PURPOSE_COLOURS))
        symbols = "".join(route_symbol(str(i), colour, width) for i, colour in enumerate(PURPOSE_COLOURS.values()))
        return (
            f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(expression)} symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">'
            f"<categories>{categories}</categories><symbols>{symbols}</symbols><rotation/><sizescale/></renderer-v2>"
        )
    kind, colour, outline, alpha = _PLAIN.get(layer, ("fill", "#cccccc", "#888888", 120))
    if kind == "marker":
        # Places named more often are drawn bigger, as on the web map.
        size = 'min(1.8 + 0.6 * sqrt("mentions"), 5)' if layer == "places" else 2.2
        symbol = marker_symbol("0", colour, outline, size)
    else:
        width = {"regions": 0.4, "basemap": 0.15}.get(layer, 0.26)
        symbol = fill_symbol("0", colour, alpha, outline, width, dashed=layer == "regions")
    return f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1"><symbols>{symbol}</symbols><rotation/><sizescale/></renderer-v2>'


#: Label of an admin-1 unit whose features carry ``vintage`` and ``members``:
#: a merged unit says what it was made of ("Tây Ninh / 2025, formerly VN-37, VN-41").
VINTAGE_LABEL = (
    "CASE WHEN \"members\" LIKE '%;%' THEN \"name\" || '\n' || \"vintage\" || ', formerly ' || replace(\"members\", '; ', ', ') "
    "ELSE \"name\" END"
)


def _style_body(name: str, measure: str, largest_volume: float, vintage: bool = False) -> tuple[str, str]:
    """A layer's renderer and labeling elements; ``vintage``: the layer
    carries admin-1 ``vintage`` and ``members`` fields."""
    labels = ""
    if vintage and name in ("admin1", "admin1_summary"):
        labels = labeling_xml(VINTAGE_LABEL, 0, 9 if name == "admin1_summary" else 8, expression=True)
    elif name == "places":
        # Provinces are labelled by their own layer; a second label would
        # sit next to the first.
        labels = labeling_xml("if(\"kind\" = 'admin1', NULL, \"name\")", 6, 8, expression=True)
    elif name in _LABELLED:
        labels = labeling_xml("name", 6 if LAYER_ORDER.get(name, ("", "point"))[1] == "point" else 0, 9 if name == "admin1_summary" else 8)
    return renderer_xml(name, measure, largest_volume), labels


def layer_style(name: str, measure: str = "programmes", largest_volume: float = 1.0, vintage: bool = False) -> str:
    """A layer's default style as a QML document."""
    renderer, labels = _style_body(name, measure, largest_volume, vintage)
    return (
        _HEADER
        + f'<qgis version="{_VERSION}" styleCategories="Symbology|Labeling" labelsEnabled="{1 if labels else 0}">'
        + renderer
        + labels
        + "<blendMode>0</blendMode><featureBlendMode>0</featureBlendMode><layerOpacity>1</layerOpacity>"
        + "</qgis>\n"
    )


def layer_styles(layers, measure: str | None = None) -> dict[str, str]:
    """The default QML style of each layer.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame, or iterable of str
        The layers (their data set the choropleth's measure and the routes'
        width scale) or just their names.
    measure : str, optional
        ``programmes`` or ``mentions``: what the province choropleth counts.
        By default programmes, or mentions when no province has one.

    Returns
    -------
    dict of str to str
        Layer name to QML, for :func:`progmap.outputs.writers.write_geopackage`.
    """
    measure = measure or choropleth_measure(layers)
    largest = _largest_volume(layers)
    return {name: layer_style(name, measure, largest, _has_vintage(layers, name)) for name in layers}


def _has_vintage(layers, name: str) -> bool:
    """Whether a layer's features say which admin-1 vintage they are."""
    return isinstance(layers, dict) and hasattr(layers[name], "columns") and {"vintage", "members"} <= set(layers[name].columns)


def _gpkg_info(gpkg_path: Path) -> dict[str, tuple]:
    """Per layer of a GeoPackage: (geometry type, (minx, miny, maxx, maxy) or None)."""
    with contextlib.closing(sqlite3.connect(f"file:{gpkg_path}?mode=ro", uri=True)) as db:
        rows = db.execute(
            "SELECT c.table_name, g.geometry_type_name, c.min_x, c.min_y, c.max_x, c.max_y "
            "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
        ).fetchall()
    return {row[0]: (row[1], None if None in row[2:] else tuple(row[2:])) for row in rows}


def _query(gpkg_path: Path, sql: str):
    """One value from the GeoPackage; None if the table or field is missing."""
    with contextlib.closing(sqlite3.connect(f"file:{gpkg_path}?mode=ro", uri=True)) as db:
        try:
            return db.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:
            return None


def _extent(info: dict[str, tuple], names) -> tuple[float, float, float, float]:
    """The extent to open on: the provinces, else regions and programmes, else
    all layers (as the web map; see :func:`progmap.outputs.webmap.build_map`)."""
    for group in (("admin1_summary", "admin1"), ("regions", "programmes"), tuple(n for n in names if n != "basemap")):
        boxes = [info[n][1] for n in group if n in names and n in info and info[n][1]]
        if boxes:
            minx, miny = min(b[0] for b in boxes), min(b[1] for b in boxes)
            maxx, maxy = max(b[2] for b in boxes), max(b[3] for b in boxes)
            pad = max(maxx - minx, maxy - miny, 1.0) * 0.05
            return minx - pad, miny - pad, maxx + pad, maxy + pad
    return -180.0, -90.0, 180.0, 90.0


#: EPSG:4326 as QGIS 3.22 writes it; without the WKT, QGIS leaves the
#: project's CRS unset.
_WKT_4326 = (
    'GEOGCRS["WGS 84",ENSEMBLE["World Geodetic System 1984 ensemble",MEMBER["World Geodetic System 1984 (Transit)"],MEMBER["World Geodetic System 1984 (G730)"],MEMBER["World Geodetic System 1984 (G873)"],MEMBER["World Geodetic System 1984 (G1150)"],MEMBER["World Geodetic System 1984 (G1674)"],MEMBER["World Geodetic System 1984 (G1762)"],MEMBER["World Geodetic System 1984 (G2139)"],ELLIPSOID["WGS 84",6378137,298.'
    '257223563,LENGTHUNIT["metre",1]],ENSEMBLEACCURACY[2.0]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],CS[ellipsoidal,2],AXIS["geodetic latitude (Lat)",north,ORDER[1],ANGLEUNIT["degree",0.0174532925199433]],AXIS["geodetic longitude (Lon)",east,ORDER[2],ANGLEUNIT["degree",0.0174532925199433]],USAGE[SCOPE["Horizontal component of 3D system."],AREA["World."],BBOX[-90,-180,90,180]],ID["EPSG",4326]]'
)
_SRS = (
    f"<spatialrefsys><wkt>{escape(_WKT_4326)}</wkt><proj4>+proj=longlat +datum=WGS84 +no_defs</proj4><srsid>3452</srsid><srid>4326</srid>"
    "<authid>EPSG:4326</authid><description>WGS 84</description><projectionacronym>longlat</projectionacronym>"
    "<ellipsoidacronym>EPSG:7030</ellipsoidacronym><geographicflag>true</geographicflag></spatialrefsys>"
)


def write_qgis_project(gpkg_path: os.PathLike, layer_names, out_path: os.PathLike, title: str = "progmap",
                       measure: str | None = None, documents: Sequence | None = None) -> None:
    """Write a QGIS project opening the GeoPackage's layers in order, with a print layout.

    Basemap at the bottom, then polygons, routes, and points on top; the
    main layers on, the others listed but off. The map opens on the
    provinces with programmes (else on all data), in EPSG:4326. Layer
    sources are relative to the project, so the output folder can be
    moved or shared whole. Layers with a ``doc_date`` field are temporal
    (QGIS's Temporal Controller filters them at once), over the documents'
    date range. A print layout (A4 landscape: title, map, legend, scale
    bar, north arrow, sources) is ready to export.

    Parameters
    ----------
    gpkg_path : path-like
        The GeoPackage written by :func:`progmap.outputs.writers.write_geopackage`,
        in the same folder as ``out_path``.
    layer_names : iterable of str
        Layers to open (others in the GeoPackage are left out).
    out_path : path-like
        ``.qgz`` (a zip holding the ``.qgs`` XML) or ``.qgs``.
    title : str
        The project's title.
    measure : str, optional
        What the province choropleth counts; read from the GeoPackage's
        data when not given.
    documents : sequence of date, ISO text or None, optional
        The date of each document read (None when undated), for the
        layout's sources note and the project's time range. By default the
        dates the layers carry.
    """
    gpkg_path, out_path = Path(gpkg_path), Path(out_path)
    info = _gpkg_info(gpkg_path)
    names = [name for name in LAYER_ORDER if name in set(layer_names) and name in info]
    names += sorted(name for name in set(layer_names) if name not in LAYER_ORDER and name in info)
    programmes = _query(gpkg_path, "SELECT coalesce(sum(programmes), 0) FROM admin1_summary") if "admin1_summary" in info else None
    if measure is None:
        measure = "mentions" if programmes == 0 else "programmes"
    largest = (_query(gpkg_path, "SELECT max(volume_value) FROM routes") if "routes" in info else None) or 1.0
    columns = {name: _columns(gpkg_path, name) for name in names}
    dated = [name for name in names if "doc_date" in columns[name]]
    if documents is None:
        documents = [day for name in dated for day in _values(gpkg_path, name, "doc_date")]
    dates = sorted(filter(None, map(_as_date, documents)))
    source_file = os.path.relpath(gpkg_path.resolve(), out_path.resolve().parent)
    tree, layers, order, legend = [], [], [], []
    entries = []
    for name in names:
        label, kind, checked = LAYER_ORDER.get(name, (name, "polygon", False))
        if name == "admin1_summary" and measure == "mentions":
            label = LAYER_NAMES["admin1_mentions"]
        if name in ("admin1", "admin1_summary") and {"vintage", "members"} <= columns[name]:
            label = f"{label} ({vintage_words(_values(gpkg_path, name, 'vintage'))})"
        if info[name][0] == "GEOMETRY":
            # Mixed points and polygons (programmes in cities and areas):
            # QGIS opens one geometry type per layer.
            entries.append((name, label, "polygon", checked, "|geometrytype=Polygon"))
            entries.append((name, label.replace("areas", "places") if "areas" in label else f"{label} (points)", "point", checked, "|geometrytype=Point"))
        else:
            entries.append((name, label, kind, checked, ""))
    for name, label, kind, checked, suffix in reversed(entries):  # QGIS lists the top layer first
        layer_id = f"progmap_{name}_{kind}"
        source = f"./{source_file}|layername={name}{suffix}"
        order.append(layer_id)
        if checked and name != "basemap":
            legend.append((layer_id, label))
        tree.append(
            f'<layer-tree-layer id="{layer_id}" name={quoteattr(label)} source={quoteattr(source)} providerKey="ogr" '
            f'checked="{"Qt::Checked" if checked else "Qt::Unchecked"}" expanded="{1 if name in ("admin1_summary", "routes") else 0}"><customproperties/></layer-tree-layer>'
        )
        renderer, labels = _style_body(name, measure, float(largest), {"vintage", "members"} <= columns[name])
        if kind == "point" and name in ("programmes", "programmes_summary"):
            renderer = f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1"><symbols>{marker_symbol("0", "#74c476", "#238b45", 2.6)}</symbols><rotation/><sizescale/></renderer-v2>'
        geometry = {"polygon": "Polygon", "line": "Line", "point": "Point"}[kind]
        minx, miny, maxx, maxy = info[name][1] or (-180, -90, 180, 90)
        layers.append(
            f'<maplayer type="vector" geometry="{geometry}" labelsEnabled="{1 if labels else 0}" styleCategories="AllStyleCategories" '
            'hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" readOnly="0" autoRefreshEnabled="0" autoRefreshTime="0" refreshOnNotifyEnabled="0">'
            f"<extent><xmin>{minx}</xmin><ymin>{miny}</ymin><xmax>{maxx}</xmax><ymax>{maxy}</ymax></extent>"
            f"<id>{layer_id}</id><datasource>{escape(source)}</datasource><layername>{escape(label)}</layername>"
            f'<srs>{_SRS}</srs><provider encoding="UTF-8">ogr</provider>'
            + (temporal_xml("doc_date") if name in dated else "")
            + f"{renderer}{labels}<blendMode>0</blendMode><featureBlendMode>0</featureBlendMode><layerOpacity>1</layerOpacity></maplayer>"
        )
    xmin, ymin, xmax, ymax = _extent(info, names)
    extent = f"<extent><xmin>{xmin:.6f}</xmin><ymin>{ymin:.6f}</ymin><xmax>{xmax:.6f}</xmax><ymax>{ymax:.6f}</ymax></extent>"
    project = (
        _HEADER
        + f'<qgis projectname={quoteattr(title)} version="{_VERSION}">'
        + '<homePath path=""/>'
        + f"<title>{escape(title)}</title>"
        + '<autotransaction active="0"/><evaluateDefaultValues active="0"/><trust active="0"/>'
        + f"<projectCrs>{_SRS}</projectCrs>"
        + '<layer-tree-group><customproperties/>' + "".join(tree) + '<custom-order enabled="0">'
        + "".join(f"<item>{layer_id}</item>" for layer_id in order) + "</custom-order></layer-tree-group>"
        + '<mapcanvas name="theMapCanvas" annotationsVisible="1"><units>degrees</units>' + extent
        + "<rotation>0</rotation><destinationsrs>" + _SRS + "</destinationsrs><rendermaptile>0</rendermaptile></mapcanvas>"
        # Where the map opens: QGIS 3.18+ reads the default view extent,
        # older releases the map canvas's.
        + f'<ProjectViewSettings rotation="0" UseProjectScales="0"><Scales/><DefaultViewExtent xmin="{xmin:.6f}" ymin="{ymin:.6f}" '
        + f'xmax="{xmax:.6f}" ymax="{ymax:.6f}">{_SRS}</DefaultViewExtent></ProjectViewSettings>'
        + (time_settings_xml(dates[0], dates[-1]) if dates else "")
        + "<projectlayers>" + "".join(layers) + "</projectlayers>"
        + "<layerorder>" + "".join(f'<layer id="{layer_id}"/>' for layer_id in order) + "</layerorder>"
        + print_layout(LAYOUT_NAME, (xmin, ymin, xmax, ymax), legend, sources_note(documents))
        # QGIS reads <projectCrs> only when ProjectionsEnabled is set.
        + '<properties><Paths><Absolute type="bool">false</Absolute></Paths>'
        + '<SpatialRefSys><ProjectionsEnabled type="int">1</ProjectionsEnabled></SpatialRefSys>'
        + '<Measure><Ellipsoid type="QString">EPSG:7030</Ellipsoid></Measure></properties>'
        + "</qgis>\n"
    )
    if out_path.suffix.lower() == ".qgs":
        out_path.write_text(project, encoding="utf-8")
        return
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # A fixed date: the same project gives the same bytes every build.
        info_entry = zipfile.ZipInfo(out_path.with_suffix(".qgs").name, date_time=(2000, 1, 1, 0, 0, 0))
        info_entry.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info_entry, project)


#: The print layout's name in QGIS's layout manager.
LAYOUT_NAME = "Map (A4 landscape)"


def temporal_xml(field: str) -> str:
    """Temporal properties: each feature is an instant at its ``field`` date
    (QGIS's "single field with date/time" mode)."""
    return (
        f'<temporal enabled="1" mode="1" startField={quoteattr(field)} endField="" startExpression="" endExpression="" '
        'durationField="" durationUnit="d" fixedDuration="0" accumulate="0" limitMode="0"><fixedRange><start></start><end></end></fixedRange></temporal>'
    )


def time_settings_xml(first: datetime.date, last: datetime.date) -> str:
    """The project's time range, first to last document date, stepped by year."""
    return (
        '<ProjectTimeSettings timeStepUnit="y" timeStep="1" frameRate="1" cumulativeTemporalRange="0">'
        f"<TemporalRange><start>{first.isoformat()}T00:00:00Z</start><end>{last.isoformat()}T23:59:59Z</end></TemporalRange>"
        "</ProjectTimeSettings>"
    )


def sources_note(documents: Sequence, printed: bool = True) -> str:
    """A note on the sources: how many documents, of which dates, and the boundaries.

    Parameters
    ----------
    documents : sequence of date, ISO text or None
        Each document's date (None when undated).
    printed : bool
        End with the date of printing, as a QGIS expression evaluated when
        the layout is exported (the project file stays the same bytes).

    Nothing here comes from a document's text.
    """
    dates = sorted(filter(None, map(_as_date, documents)))
    count = len(documents)
    undated = count - len(dates)
    if dates:
        span = dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
        read = f"{plural(count, 'document')} dated {span}" + (f" ({undated} undated)" if undated else "")
    else:
        read = f"{plural(count, 'document')}, undated" if count else "the documents"
    return (
        f"Sources: places, organizations, programmes and routes read by progmap from {read}. "
        "Boundaries: Natural Earth (public domain; made with Natural Earth)."
        + (" Printed [% format_date(now(), 'yyyy-MM-dd') %]." if printed else "")
    )


def vintage_words(values) -> str:
    """Which admin-1 boundaries a layer draws: "2025 boundaries".

    A boundary file's own label ("natural-earth") reads as a name.

    >>> vintage_words(["2025", None]), vintage_words(["natural-earth"])
    ('2025 boundaries', 'Natural Earth boundaries')
    """
    found = sorted({str(v) if str(v).isdigit() else str(v).replace("-", " ").title() for v in values if v not in (None, "")})
    return f"{' and '.join(found) or 'source'} boundaries"


def _columns(gpkg_path: Path, table: str) -> set[str]:
    """The field names of a GeoPackage table."""
    with contextlib.closing(sqlite3.connect(f"file:{gpkg_path}?mode=ro", uri=True)) as db:
        return {row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (table,))}


def _values(gpkg_path: Path, table: str, column: str) -> list:
    """The distinct values of one field (a known field of a known table)."""
    with contextlib.closing(sqlite3.connect(f"file:{gpkg_path}?mode=ro", uri=True)) as db:
        return [row[0] for row in db.execute(f'SELECT DISTINCT "{column}" FROM "{table}"')]


def _as_date(value) -> datetime.date | None:
    """A date from a date or ISO text; None when there is none."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None

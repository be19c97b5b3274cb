"""A print layout for the QGIS project: A4 landscape, ready to export.

Each small class renders one layout item as the XML QGIS 3.22 reads
(:class:`Label`, :class:`MapFrame`, :class:`Legend`, :class:`ScaleBar`,
:class:`NorthArrow`); :func:`print_layout` places them on the page: the
title on top, the map on the left, the legend on the right, a scale bar
and a north arrow on the map, and a note on the sources at the bottom.

Text from the project (its title) never reaches a label's text: QGIS
evaluates ``[% ... %]`` in label text as an expression, so the title label
shows the ``@project_title`` variable instead, whose value QGIS shows as it
is.

Examples
--------
>>> xml = print_layout("Map", extent=(102, 8, 110, 24), legend=[("progmap_routes_line", "Trafficking routes")],
...                    note="Sources: 2 documents.")
>>> xml.startswith("<Layouts>")
True
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

#: The A4 landscape page, in millimetres.
PAGE = (297.0, 210.0)
#: Where things go on the page: (x, y, width, height) in millimetres.
TITLE_BOX = (10.0, 8.0, 277.0, 12.0)
MAP_BOX = (10.0, 22.0, 195.0, 166.0)
LEGEND_BOX = (210.0, 22.0, 77.0, 166.0)
NOTE_BOX = (10.0, 191.0, 277.0, 12.0)
#: QGIS's own north arrow, built into every install.
NORTH_ARROW_SVG = ":/images/north_arrows/layout_default_north_arrow.svg"
#: Qt alignment flags as QGIS stores them.
_ALIGN = {"left": 1, "right": 2, "centre": 4, "top": 32, "bottom": 64, "middle": 128}
_FONT = "DejaVu Sans"
#: Layout item type codes (QgsLayoutItemRegistry).
_TYPES = {"page": 65638, "map": 65639, "picture": 65640, "label": 65641, "legend": 65642, "scalebar": 65646}
_EMPTY_PROPERTIES = (
    '<LayoutObject><dataDefinedProperties><Option type="Map"><Option type="QString" name="name" value=""/>'
    '<Option name="properties"/><Option type="QString" name="type" value="collection"/></Option></dataDefinedProperties>'
    "<customproperties><Option/></customproperties></LayoutObject>"
)


def font(size: float, bold: bool = False) -> str:
    """A QFont description: family, point size, pixel size, style hint, weight..."""
    return f"{_FONT},{size:g},-1,5,{75 if bold else 50},0,0,0,0,0"


def _uuid(number: int) -> str:
    """A fixed item id: the same project gives the same bytes every build."""
    return f"{{00000000-0000-4000-8000-{number:012d}}}"


def _item(kind: str, number: int, box: tuple[float, float, float, float], attributes: dict, body: str = "",
          frame: bool = False, background: bool = False, z: int = 1) -> str:
    """A ``LayoutItem`` element with the attributes every item shares."""
    x, y, width, height = box
    common = {
        "type": _TYPES[kind], "uuid": _uuid(number), "templateUuid": _uuid(number), "id": "", "groupUuid": "",
        "position": f"{x:g},{y:g},mm", "positionOnPage": f"{x:g},{y:g},mm", "size": f"{width:g},{height:g},mm",
        "zValue": z, "frame": str(frame).lower(), "background": str(background).lower(), "visibility": 1,
        "itemRotation": 0, "referencePoint": 0, "positionLock": "true", "opacity": 1, "blendMode": 0,
        "excludeFromExports": 0, "outlineWidthM": "0.3,mm", "frameJoinStyle": "miter",
    }
    attrs = " ".join(f"{k}={quoteattr(str(v))}" for k, v in {**common, **attributes}.items())
    return (
        f"<LayoutItem {attrs}>"
        '<FrameColor alpha="255" red="120" green="120" blue="120"/><BackgroundColor alpha="235" red="255" green="255" blue="255"/>'
        f"{_EMPTY_PROPERTIES}{body}</LayoutItem>"
    )


@dataclass
class Label:
    """A text label. ``text`` is QGIS label text: ``[% %]`` is evaluated."""

    number: int
    box: tuple[float, float, float, float]
    text: str
    size: float = 10
    bold: bool = False
    align: str = "left"
    colour: str = "40,40,40"

    def xml(self) -> str:
        red, green, blue = self.colour.split(",")
        return _item(
            "label", self.number, self.box,
            {"labelText": self.text, "htmlState": 0, "halign": _ALIGN[self.align], "valign": _ALIGN["top"], "marginX": 0, "marginY": 0},
            f'<LabelFont description={quoteattr(font(self.size, self.bold))} style=""/>'
            f'<FontColor alpha="255" red="{red}" green="{green}" blue="{blue}"/>',
            z=3,
        )


@dataclass
class MapFrame:
    """The map: the project's visible layers over ``extent`` (EPSG:4326)."""

    number: int
    box: tuple[float, float, float, float]
    extent: tuple[float, float, float, float]

    def xml(self) -> str:
        xmin, ymin, xmax, ymax = self.extent
        return _item(
            "map", self.number, self.box,
            {"drawCanvasItems": "true", "followPreset": "false", "followPresetName": "", "keepLayerSet": "false",
             "mapFlags": 0, "mapRotation": 0, "isTemporal": 0, "labelMargin": "0,mm"},
            f'<Extent xmin="{xmin:.6f}" ymin="{ymin:.6f}" xmax="{xmax:.6f}" ymax="{ymax:.6f}"/><LayerSet/>'
            '<AtlasMap atlasDriven="0" margin="0.1" scalingMode="2"/><labelBlockingItems/>',
            frame=True, background=True, z=1,
        )


@dataclass
class Legend:
    """The legend of the layers drawn, as (layer id, title) pairs, top first.

    Only the classes present in the linked map are listed, so a legend of
    seven route purposes shows the two a corpus has.
    """

    number: int
    box: tuple[float, float, float, float]
    map_number: int
    layers: list[tuple[str, str]]
    #: Characters of a layer title per line: longer titles wrap, since QGIS
    #: clips legend text at the item's edge rather than wrapping it.
    width: int = 36

    def wrapped(self, title: str) -> str:
        """A title broken into lines that fit the legend (QGIS breaks legend text at line feeds).

        A long title's bracketed qualifier starts a line of its own.

        >>> Legend(3, (0, 0, 77, 166), 2, []).wrapped("Programmes by province (Natural Earth boundaries)")
        'Programmes by province\\n(Natural Earth boundaries)'
        >>> Legend(3, (0, 0, 77, 166), 2, []).wrapped("Trafficking routes")
        'Trafficking routes'
        """
        if len(title) <= self.width:
            return title
        head, bracket, rest = title.partition(" (")
        parts = [head, bracket.strip() + rest] if bracket else [title]
        return "\n".join(line for part in parts for line in textwrap.wrap(part, self.width))

    def xml(self) -> str:
        nodes = "".join(
            # The legend shows a layer's own name unless its node carries a title label.
            f'<layer-tree-layer id={quoteattr(layer_id)} name={quoteattr(title)} checked="Qt::Checked" expanded="1" '
            'providerKey="ogr" source="" legend_exp="" legend_split_behavior="0" patch_size="0,0"><customproperties>'
            f'<Option type="Map"><Option type="QString" name="legend/title-label" value={quoteattr(self.wrapped(title))}/></Option>'
            "</customproperties></layer-tree-layer>"
            for layer_id, title in self.layers
        )
        styles = "".join(
            f'<style name="{name}" alignment="1" indent="0" marginTop="{top}"{extra}><styleFont description={quoteattr(font(size, bold))} style=""/></style>'
            for name, size, bold, top, extra in (
                ("title", 11, True, 0, ' marginBottom="2"'), ("group", 9, True, 2, ""), ("subgroup", 8.5, True, 2.5, ""),
                ("symbol", 8, False, 1.2, ""), ("symbolLabel", 8, False, 1.2, ' marginLeft="1.5"'),
            )
        )
        return _item(
            "legend", self.number, self.box,
            {"title": "Legend", "map_uuid": _uuid(self.map_number), "resizeToContents": 0, "legendFilterByMap": 1,
             "legendFilterByAtlas": 0, "symbolWidth": 6, "symbolHeight": 3.5, "wrapChar": "", "columnCount": 1,
             "columnSpace": 2, "boxSpace": 2, "lineSpacing": 1, "titleAlignment": 1, "symbolAlignment": 1,
             "splitLayer": 0, "equalColumnWidth": 0, "fontColor": "#282828", "rasterBorder": 0, "wmsLegendWidth": 50,
             "wmsLegendHeight": 25, "minSymbolSize": 0, "maxSymbolSize": 0},
            f"<styles>{styles}</styles><layer-tree-group><customproperties><Option/></customproperties>{nodes}</layer-tree-group>",
            z=2,
        )


@dataclass
class ScaleBar:
    """A scale bar in kilometres, measured on the ellipsoid, sized to fit."""

    number: int
    box: tuple[float, float, float, float]
    map_number: int

    def xml(self) -> str:
        return _item(
            "scalebar", self.number, self.box,
            {"mapUuid": _uuid(self.map_number), "style": "Single Box", "unitType": "km", "unitLabel": "km",
             "numMapUnitsPerScaleBarUnit": 1, "numSegments": 2, "numSegmentsLeft": 0, "numSubdivisions": 1,
             "subdivisionsHeight": 1.5, "segmentSizeMode": 1, "minBarWidth": 20, "maxBarWidth": 45,
             "numUnitsPerSegment": 100, "segmentMillimeters": 20, "height": 2, "labelBarSpace": 1.5,
             "boxContentSpace": 1.5, "alignment": 0, "lineJoinStyle": "miter", "lineCapStyle": "square",
             "outlineWidth": 0.3, "labelVerticalPlacement": 0, "labelHorizontalPlacement": 0},
            f'<text-style fontFamily="{_FONT}" fontSize="7" fontSizeUnit="Point" fontWeight="50" textColor="40,40,40,255" '
            'textOpacity="1" multilineHeight="1"><families/></text-style>'
            '<fillColor alpha="255" red="40" green="40" blue="40"/><fillColor2 alpha="255" red="255" green="255" blue="255"/>'
            '<strokeColor alpha="255" red="40" green="40" blue="40"/>',
            background=True, z=4,
        )


@dataclass
class NorthArrow:
    """QGIS's north arrow, turned with the map."""

    number: int
    box: tuple[float, float, float, float]
    map_number: int

    def xml(self) -> str:
        return _item(
            "picture", self.number, self.box,
            {"file": NORTH_ARROW_SVG, "mode": 0, "resizeMode": 0, "anchorPoint": 0, "mapUuid": _uuid(self.map_number),
             "northMode": 0, "northOffset": 0, "pictureRotation": 0, "pictureWidth": self.box[2], "pictureHeight": self.box[3],
             "svgFillColor": "40,40,40,255", "svgBorderColor": "255,255,255,255", "svgBorderWidth": 0.2},
            z=5,
        )


def fit_extent(extent: tuple[float, float, float, float], width: float, height: float) -> tuple[float, float, float, float]:
    """Widen ``extent`` (degrees) to the frame's shape, so the whole of it shows undistorted."""
    xmin, ymin, xmax, ymax = extent
    span_x, span_y = max(xmax - xmin, 1e-6), max(ymax - ymin, 1e-6)
    if span_x / span_y < width / height:
        grow = (span_y * width / height - span_x) / 2
        return xmin - grow, ymin, xmax + grow, ymax
    grow = (span_x * height / width - span_y) / 2
    return xmin, ymin - grow, xmax, ymax + grow


def print_layout(name: str, extent: tuple[float, float, float, float], legend: list[tuple[str, str]], note: str) -> str:
    """The ``Layouts`` element of a project: one A4 landscape layout.

    Parameters
    ----------
    name : str
        The layout's name in QGIS's layout manager.
    extent : tuple of float
        (xmin, ymin, xmax, ymax) in degrees to show; widened to the map's shape.
    legend : list of (str, str)
        (layer id, title) of the layers the legend lists, top first.
    note : str
        The sources note (QGIS label text: made by progmap, never from documents).

    Returns
    -------
    str
    """
    map_number = 2
    x, y, width, height = MAP_BOX
    items = [
        Label(1, TITLE_BOX, "[% @project_title %]", size=17, bold=True),
        MapFrame(map_number, MAP_BOX, fit_extent(extent, width, height)),
        Legend(3, LEGEND_BOX, map_number, legend),
        ScaleBar(4, (x + 3, y + height - 13, 50, 10), map_number),
        NorthArrow(5, (x + width - 13, y + 3, 9, 13), map_number),
        Label(6, NOTE_BOX, note, size=7.5, colour="90,90,90"),
    ]
    page = _item("page", 0, (0, 0, *PAGE), {}, background=True, z=0)
    return (
        f'<Layouts><Layout name={quoteattr(name)} units="mm" printResolution="300" worldFileMap="">'
        '<Snapper tolerance="5" snapToGuides="1" snapToItems="1" snapToGrid="0"/>'
        '<Grid offsetUnits="mm" resolution="10" offsetY="0" resUnits="mm" offsetX="0"/>'
        f'<PageCollection>{page}<GuideCollection visible="1"/></PageCollection>'
        + "".join(item.xml() for item in items)
        + '<Atlas enabled="0" coverageLayer="" filterFeatures="0" hideCoverage="0" pageNameExpression="" sortFeatures="0" filenamePattern=""/>'
        "</Layout></Layouts>"
    )


__all__ = ["Label", "Legend", "MapFrame", "NorthArrow", "ScaleBar", "fit_extent", "print_layout"]

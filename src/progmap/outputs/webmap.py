"""The web map: one self-explanatory Folium page.

:func:`build_map` draws the output layers (see :mod:`progmap.outputs.layers`) as
layers named for people, each toggleable in the layer control, under a title
and a legend; :func:`save_map` writes the page.

Three promises hold for every page:

* **Text from documents is inert.** Every name, quote and id is
  HTML-escaped (:func:`esc`) before it is put in a tooltip or popup, and
  reaches the page only inside JSON (which also escapes ``<``), so a quote
  holding ``<script>alert(1)</script>`` shows as text and runs nothing.
  branca parses what each element renders as a new Jinja template; the
  elements that carry text from documents, file names or the project
  (:class:`InertMacroElement`) place their output verbatim instead, so
  ``{{ 7*7 }}`` in a quote stays ``{{ 7*7 }}`` and executes nothing.
* **The same inputs give the same bytes.** branca names every element with
  a random id; :func:`render_map` numbers them in document order instead.
* **Offline pages need no network.** With ``offline = true`` the page draws
  Natural Earth countries instead of web tiles and carries Leaflet and its
  plugins inline (from the copies in ``progmap/assets``, pinned to the
  versions listed in :data:`ASSETS`): one file that works when emailed.

Examples
--------
>>> fmap = build_map(layers, "Anti-trafficking programmes in Vietnam")  # doctest: +SKIP
>>> save_map(fmap, "outputs/vietnam/map.html")                          # doctest: +SKIP
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import ClassVar

import branca
import folium
import geopandas as gpd
import numpy as np
import shapely
from folium import plugins
from folium.elements import JSCSSMixin
from folium.utilities import JsCode

#: Layer key -> the name people see in the layer control.
LAYER_NAMES = {
    "admin1": "Programmes by province",
    "admin1_mentions": "Mentions by province",  # when no programme was found
    "countries": "Countries mentioned",
    "regions": "Regions",
    "routes": "Trafficking routes",
    "organizations": "Organizations",
    "places": "Places mentioned",
}
#: Colours of route purposes (a route takes its first purpose's colour).
PURPOSE_COLOURS = {
    "marriage": "#8e44ad",
    "labour": "#d35400",
    "sexual exploitation": "#c0392b",
    "adoption": "#2471a3",
    "begging": "#148f77",
    "other": "#7f8c8d",
    "unspecified": "#566573",
}
#: Dash pattern of routes reported as returns (repatriation).
RETURN_DASH = "8 6"
#: Point colours (fill, outline).
ORGANIZATION_COLOURS = ("#5aae61", "#1b7837")
PLACE_COLOURS = ("#e66101", "#b35806")
#: Country shading (fill, outline), kept light: context, not data.
COUNTRY_COLOURS = ("#fdd49e", "#d7301f")
REGION_COLOURS = ("#b2abd2", "#5e3c99")


@dataclass(frozen=True)
class ChoroplethClass:
    """One class of the province choropleth: counts ``lower``..``upper``."""

    lower: int
    upper: float
    label: str
    colour: str


#: Classes of the choropleth. Fixed, not data-driven, so maps of two
#: projects (or two builds) compare; grey for zero, blues for one and more.
CHOROPLETH_CLASSES = [
    ChoroplethClass(0, 0, "0", "#eeeeee"),
    ChoroplethClass(1, 1, "1", "#c6dbef"),
    ChoroplethClass(2, 2, "2", "#9ecae1"),
    ChoroplethClass(3, 4, "3–4", "#6baed6"),
    ChoroplethClass(5, 9, "5–9", "#2171b5"),
    ChoroplethClass(10, math.inf, "10+", "#08306b"),
]

_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/"
#: CDN address -> file in ``progmap/assets``. The map pins every element's
#: scripts and styles to these addresses (whatever folium's defaults), so
#: offline pages can inline them and tests can serve them locally.
ASSETS = {
    _LEAFLET + "leaflet.js": "leaflet.js",
    _LEAFLET + "leaflet.css": "leaflet.css",
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js": "Control.FullScreen.js",
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css": "Control.FullScreen.css",
    "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js": "leaflet-search.min.js",
    "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css": "leaflet-search.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js": "Control.MiniMap.js",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css": "Control.MiniMap.css",
    "https://cdn.jsdelivr.net/npm/leaflet-textpath@1.2.3/leaflet.textpath.min.js": "leaflet.textpath.min.js",
}
_ASSET_URLS = {name: url for url, name in ASSETS.items()}

#: Map panes (``progmap-<key>``), bottom to top: a layer switched off and
#: on again keeps its place (Leaflet would otherwise redraw it on top).
#: Routes stay in Leaflet's own overlay pane (z-index 400): Leaflet.TextPath
#: draws arrowheads into the map's default renderer only.
PANES = {"basemap": 250, "countries": 370, "regions": 380, "admin1": 390, "organizations": 440, "places": 450}

#: Items listed in a popup before "… and N more".
POPUP_ITEMS = 10

_PAGE_CSS = """<style>
.progmap-popup { max-height: 320px; overflow: auto; font: 13px/1.4 Helvetica, Arial, sans-serif; }
.progmap-popup h4 { margin: 0 0 2px; font-size: 15px; }
.progmap-popup h5 { margin: 8px 0 2px; font-size: 13px; border-bottom: 1px solid #ddd; }
.progmap-popup p { margin: 3px 0 6px; }
.progmap-popup q { color: #333; font-style: italic; }
.progmap-popup .src { color: #666; font-size: 11px; }
#progmap-legend { position: absolute; z-index: 1000; top: 10px; left: 55px; max-width: 330px;
  background: rgba(255,255,255,.94); padding: 8px 12px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.4); font: 12px/1.4 Helvetica, Arial, sans-serif; }
#progmap-legend h1 { font-size: 15px; margin: 0 0 2px; }
#progmap-legend summary { cursor: pointer; color: #444; }
#progmap-legend .swatch { display: inline-block; width: 16px; height: 11px; border: 1px solid #999; vertical-align: -1px; margin: 0 2px 0 6px; }
#progmap-legend .line { display: inline-block; width: 24px; height: 0; border-top-width: 3px; vertical-align: 3px; margin-right: 5px; }
#progmap-legend .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; border: 1px solid #555; margin-right: 3px; }
</style>"""
_OFFLINE_CSS = "<style>div.folium-map.leaflet-container { background: #cfe3f3; }</style>"  # sea; beats leaflet.css

#: Binds each feature's escaped ``tip`` and ``popup`` properties. Per
#: feature (not on the layer) so the search control can open a popup.
_BIND_TIP_AND_POPUP = JsCode(
    """function (feature, layer) {
    var p = feature.properties;
    if (p.tip) { layer.bindTooltip(p.tip, {sticky: true}); }
    if (p.popup) { layer.bindPopup(p.popup, {maxWidth: 440}); }
}"""
)
#: As above, and draws arrowheads along a route in its direction.
_BIND_ROUTE = JsCode(
    """function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(p.tip, {sticky: true});
    layer.bindPopup(p.popup, {maxWidth: 440});
    layer.setText(p.arrows, {repeat: true, offset: 5, attributes: {fill: p.colour, "font-size": "14", "font-weight": "bold"}});
}"""
)


# --- text ------------------------------------------------------------------


def esc(value) -> str:
    """HTML-escape any value for a tooltip, popup or legend.

    Lists are joined with commas; None and NaN give an empty string.

    >>> esc("<script>alert('1')</script>")
    '&lt;script&gt;alert(&#x27;1&#x27;)&lt;/script&gt;'
    >>> esc(["labour", "marriage"])
    'labour, marriage'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple, np.ndarray)):
        value = ", ".join(map(str, value))
    return html.escape(str(value), quote=True)


def _text(value) -> str:
    """A text cell as text: missing values (None, NaN) are empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _short(text, limit: int = 300) -> str:
    """A quote cut to ``limit`` characters at a word boundary."""
    text = " ".join(_text(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _list(value) -> list:
    """A list cell as a list (frames read back from files may hold None or NaN)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [str(v) for v in value]
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return []
    return [str(value)]


def _number(value) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def _source(doc, extra: str = "") -> str:
    """The escaped ``(document)`` note under a quote."""
    parts = [esc(doc)] + ([esc(extra)] if extra else [])
    return f"<span class='src'>({', '.join(p for p in parts if p)})</span>"


def popup_html(title: str, code: str, summary: str, sections: dict[str, list[str]] | None = None) -> str:
    """A popup: a heading, a one-line summary, then titled lists of items.

    ``title``, ``code`` and ``summary`` are escaped here; ``sections`` maps
    a heading to items that are already escaped HTML.
    """
    body = [f"<h4>{esc(title)} <small>{esc(code)}</small></h4>", f"<p>{esc(summary)}</p>"]
    for heading, items in (sections or {}).items():
        if not items:
            continue
        body.append(f"<h5>{esc(heading)} ({len(items)})</h5>")
        body.extend(items[:POPUP_ITEMS])
        if len(items) > POPUP_ITEMS:
            body.append(f"<p>… and {len(items) - POPUP_ITEMS} more</p>")
    return "<div class='progmap-popup'>" + "".join(body) + "</div>"


def _programme_item(row) -> str:
    organizations = _list(row.organizations)
    funders = _list(getattr(row, "funders", []))
    activities = _list(getattr(row, "activities", []))
    return (
        f"<p><b>{esc(row.name)}</b>"
        + (f" — {esc(organizations)}" if organizations else "")
        + (f"<br>Activities: {esc(activities)}" if activities else "")
        + (f"<br>Funded by: {esc(funders)}" if funders else "")
        + f"<br><q>{esc(_short(row.evidence))}</q> {_source(row.doc)}</p>"
    )


def _route_item(row) -> str:
    purposes = _list(row.purposes)
    return (
        f"<p><b>{esc(row.origin_name)} → {esc(row.destination_name)}</b>"
        f" ({esc(purposes) or 'purpose not stated'}"
        + ("; reported as a return" if row.direction == "return" else "")
        + f")<br><q>{esc(_short(row.evidence))}</q> {_source(row.doc)}</p>"
    )


def _organization_item(row) -> str:
    kind = f" ({esc(row.org_type)})" if _text(row.org_type) else ""
    return f"<p><b>{esc(row.name)}</b>{kind} {_source(row.doc)}</p>"


def _rows(layers, name):
    layer = layers.get(name)
    return () if layer is None or not len(layer) else layer.itertuples(index=False)


def area_items(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, dict[str, list[str]]]:
    """Per place code, the escaped popup items of what the texts say there.

    Returns
    -------
    dict
        ``{code: {"Programmes": [...], "Organizations": [...], "Routes": [...]}}``;
        a route is listed at both its ends.
    """
    items: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"Programmes": [], "Organizations": [], "Routes": []})
    for row in _rows(layers, "programmes"):
        items[row.place_code]["Programmes"].append(_programme_item(row))
    for row in _rows(layers, "organizations"):
        items[row.place_code]["Organizations"].append(_organization_item(row))
    for row in _rows(layers, "routes"):
        text = _route_item(row)
        items[row.origin_code]["Routes"].append(text)
        if row.destination_code != row.origin_code:
            items[row.destination_code]["Routes"].append(text)
    return items


# --- geometry --------------------------------------------------------------


def web_tolerance(geoms) -> float:
    """A simplification tolerance (degrees) fitting the geometries' extent.

    About 1/2500 of the extent, so a country's provinces keep their shape
    at the zoom that shows them whole; never finer than ~50 m nor coarser
    than ~2 km.
    """
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return 0.001
    minx, miny, maxx, maxy = shapely.total_bounds(np.asarray(geoms, dtype=object))
    return float(np.clip(max(maxx - minx, maxy - miny) / 2500, 0.0005, 0.02))


def web_geometries(geoms, tolerance: float | None = None, coverage: bool = True, decimals: int = 5) -> np.ndarray:
    """Simplify polygons for the web and round their coordinates.

    With ``coverage`` (areas that tile, like provinces) the simplification
    works on shared edges, so neighbours still meet with no gaps or
    slivers (``shapely.coverage_simplify``, GEOS 3.12+); otherwise, or if
    GEOS refuses the coverage, each polygon is simplified alone, keeping
    its topology. Five decimals are about a metre.
    """
    geoms = np.asarray(list(geoms), dtype=object)
    if len(geoms) == 0:
        return geoms
    tolerance = web_tolerance(geoms) if tolerance is None else tolerance
    simplified = shapely.simplify(geoms, tolerance, preserve_topology=True)
    # Only polygons make a coverage; anything else (a collection left by a
    # boundary file) is simplified alone.
    polygonal = np.isin(shapely.get_type_id(geoms), [3, 6])  # Polygon, MultiPolygon
    if coverage and polygonal.any() and hasattr(shapely, "coverage_simplify"):
        try:
            simplified[polygonal] = shapely.coverage_simplify(geoms[polygonal], tolerance)
        except (shapely.errors.GEOSException, ValueError, TypeError):
            pass  # GEOS refused the coverage: keep the one-by-one simplification
    return shapely.transform(simplified, lambda xy: np.round(xy, decimals) + 0.0)


def curved_route(line, decimals: int = 5) -> shapely.LineString:
    """A gentle arc for a route line, bending to the left of its direction.

    Long lines (a geodesic already bowed by the earth) are kept; a short,
    straight-looking line becomes a quadratic curve, so two flows between
    the same places in opposite directions do not overlap.
    """
    coords = np.asarray(line.coords)
    (x0, y0), (x1, y1) = coords[0], coords[-1]
    if len(coords) > 2 and math.hypot(x1 - x0, y1 - y0) > 20:
        return shapely.LineString(np.round(coords, decimals) + 0.0)
    cx, cy = (x0 + x1) / 2 - (y1 - y0) * 0.2, (y0 + y1) / 2 + (x1 - x0) * 0.2
    t = np.linspace(0, 1, 24)[:, None]
    points = (1 - t) ** 2 * [x0, y0] + 2 * (1 - t) * t * [cx, cy] + t**2 * [x1, y1]
    return shapely.LineString(np.round(points, decimals) + 0.0)


def _feature_collection(geometries, properties: list[dict]) -> dict:
    """GeoJSON for a layer, leaving out rows without geometry."""
    features = []
    for geometry, props in zip(geometries, properties):
        if geometry is None or geometry.is_empty:
            continue
        features.append({"type": "Feature", "properties": props, "geometry": json.loads(shapely.to_geojson(geometry))})
    return {"type": "FeatureCollection", "features": features}


def _jitter(points):
    """Spread points sharing a place on a small spiral, so each can be clicked."""
    seen: dict[tuple, int] = defaultdict(int)
    out = []
    for point in points:
        key = (round(point.x, 4), round(point.y, 4))
        n = seen[key]
        seen[key] += 1
        angle, radius = n * 2.4, 0.06 * math.sqrt(n)
        out.append(shapely.Point(round(point.x + radius * math.cos(angle), 5), round(point.y + radius * math.sin(angle), 5)))
    return out


# --- elements ---------------------------------------------------------------


class _Verbatim(branca.element.Element):
    """Text placed in the page as it is: never parsed as a template."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class InertMacroElement(branca.element.MacroElement):
    """A macro element whose rendered output is never parsed again.

    branca's :meth:`MacroElement.render` wraps the text each macro renders
    in a new ``Element(template=...)``, that is, compiles it as a Jinja
    template. Anything in that text (a quote from a document, a file name,
    a title) would then run as template code: ``{{ 7*7 }}`` shows ``49``,
    ``{{ lipsum.__globals__... }}`` runs Python, and a stray ``{#``
    aborts the build. This render is branca's, but it adds the macros'
    output as :class:`_Verbatim` text.

    Mix it in after the folium class (``class X(folium.GeoJson,
    InertMacroElement)``), so that it takes the place of
    :class:`branca.element.MacroElement` in the method order and folium's
    own ``render`` still runs first.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        if not isinstance(figure, branca.element.Figure):
            raise TypeError("an element is rendered only inside a Figure")
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Verbatim(str(macro(self, kwargs))), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class TileLayer(folium.TileLayer, InertMacroElement):
    """folium's tile layer; its name and URL come from the project file."""


class LayerControl(folium.LayerControl, InertMacroElement):
    """folium's layer control; it lists layer names, a tile layer's among them."""


def _pin_assets(element, js: list[str] = (), css: list[str] = ()) -> None:
    """Point an element's scripts and styles at the bundled versions' URLs."""
    element.default_js = [(name, _ASSET_URLS[name]) for name in js]
    element.default_css = [(name, _ASSET_URLS[name]) for name in css]


class FeatureLayer(folium.GeoJson, InertMacroElement):
    """A toggleable GeoJSON layer whose features carry their own tooltip and popup.

    Each feature's ``tip`` and ``popup`` properties (escaped HTML, see
    :func:`popup_html`) are bound to it; ``style`` properties, if given,
    style it.

    Parameters
    ----------
    geometries : sequence of shapely geometries
    properties : list of dict
        One per geometry; ``tip``, ``popup`` and ``style`` (a Leaflet path
        style) are used, the rest are kept for searching.
    name : str
        The name shown in the layer control.
    pane : str
        One of :data:`PANES`: where the layer sits in the stack.
    style : dict, optional
        Style shared by all features (a feature's ``style`` wins).
    marker : folium.CircleMarker, optional
        How points are drawn.
    show : bool
        Whether the layer is on when the page opens.
    highlight : dict, optional
        Style of a feature under the mouse.
    """

    def __init__(self, geometries, properties, name, pane, style=None, marker=None, show=True, highlight=None, **kwargs):
        base = dict(style or {})
        pane = f"progmap-{pane}"
        super().__init__(
            _feature_collection(geometries, properties),
            name=name,
            style_function=lambda feature: {**base, **feature["properties"].get("style", {}), "pane": pane},
            highlight_function=(lambda feature: dict(highlight)) if highlight else None,
            marker=marker,
            on_each_feature=_BIND_TIP_AND_POPUP,
            show=show,
            pane=pane,
            **kwargs,
        )


class Basemap(folium.GeoJson, InertMacroElement):
    """World countries drawn flat under everything: the offline base.

    Not listed in the layer control and not clickable; it stands in for web
    tiles where there is no tile server.
    """

    def __init__(self, basemap: gpd.GeoDataFrame):
        geoms = web_geometries(basemap.geometry.values, 0.05, coverage=False, decimals=3)
        super().__init__(
            _feature_collection(geoms, [{} for _ in geoms]),
            name="Basemap (Natural Earth)",
            style_function=lambda f: {"fillColor": "#f4f1ea", "color": "#b9b4a8", "weight": 0.6, "fillOpacity": 1, "pane": "progmap-basemap"},
            control=False,
            interactive=False,
            pane="progmap-basemap",
        )


class RouteLayer(JSCSSMixin, folium.GeoJson, InertMacroElement):
    """Routes as curved arrows: colour by purpose, width by volume, returns dashed.

    Arrowheads (``►``) repeat along each line in the direction victims were
    moved, drawn with Leaflet.TextPath.

    Parameters
    ----------
    routes : geopandas.GeoDataFrame
        The ``routes`` layer.
    name : str
        The name shown in the layer control.
    """

    default_js: ClassVar[list] = [("leaflet.textpath.min.js", _ASSET_URLS["leaflet.textpath.min.js"])]

    def __init__(self, routes: gpd.GeoDataFrame, name: str = LAYER_NAMES["routes"]):
        volumes = [v for v in map(_number, routes["volume_value"]) if v] if "volume_value" in routes else []
        largest = max(volumes or [1.0])
        geometries, properties = [], []
        for row in routes.itertuples(index=False):
            purposes = _list(row.purposes)
            purpose = purposes[0] if purposes else "unspecified"
            colour = PURPOSE_COLOURS.get(purpose, PURPOSE_COLOURS["other"])
            volume = _number(getattr(row, "volume_value", None))
            is_return = row.direction == "return"
            victims = _list(getattr(row, "victims", []))
            volume_text = _text(getattr(row, "volume", None)) or "not stated"
            summary = (
                f"{', '.join(purposes) or 'purpose not stated'}; victims: {', '.join(victims) or 'not stated'}; volume: {volume_text}"
                + ("; reported as a return (repatriation)" if is_return else "")
            )
            quote = f"<p><q>{esc(_short(row.evidence, 600))}</q> {_source(row.doc, getattr(row, 'source', ''))}</p>"
            style = {
                "color": colour,
                # Wider for larger reported volumes, on a log scale: a few
                # huge figures should not hide the rest.
                "weight": round(2.5 + (4.5 * math.log1p(volume) / math.log1p(largest) if volume else 0), 1),
                "opacity": 0.85,
                "dashArray": RETURN_DASH if is_return else None,
            }
            parts = row.geometry.geoms if row.geometry.geom_type == "MultiLineString" else [row.geometry]
            geometries.append(shapely.MultiLineString([curved_route(p) for p in parts]) if len(parts) > 1 else curved_route(parts[0]))
            properties.append(
                {
                    "tip": f"<b>{esc(row.origin_name)} → {esc(row.destination_name)}</b><br>{esc(summary)}",
                    "popup": popup_html(f"{row.origin_name} → {row.destination_name}", row.route_id, summary, {"Source": [quote]}),
                    "style": style,
                    "colour": colour,
                    "arrows": "     ►     ",
                }
            )
        super().__init__(
            _feature_collection(geometries, properties),
            name=name,
            style_function=lambda feature: feature["properties"]["style"],
            highlight_function=lambda feature: {"opacity": 1, "weight": feature["properties"]["style"]["weight"] + 2},
            on_each_feature=_BIND_ROUTE,
        )


class MapLegend(InertMacroElement):
    """The page's title, a one-line summary and a collapsible legend.

    Parameters
    ----------
    title, subtitle : str
        Plain text; escaped here.
    body : str
        The legend's HTML, built from escaped parts only (see :func:`legend_html`).
    """

    _template = branca.element.Template(
        """
{% macro html(this, kwargs) %}
<div id="progmap-legend">
  <h1>{{ this.title }}</h1>
  <div>{{ this.subtitle }}</div>
  <details open><summary>Legend</summary>{{ this.body }}</details>
</div>
{% endmacro %}
"""
    )

    def __init__(self, title: str, subtitle: str, body: str):
        super().__init__()
        self._name = "MapLegend"
        self.title = esc(title)
        self.subtitle = esc(subtitle)
        self.body = body


def choropleth_class(value: float) -> ChoroplethClass:
    """The class a count falls in."""
    for item in CHOROPLETH_CLASSES:
        if value <= item.upper:
            return item
    return CHOROPLETH_CLASSES[-1]


def legend_html(measure: str | None, largest: int, purposes: list[str], has_return: bool, has_volume: bool,
                organizations: bool, places: bool, countries: bool = False) -> str:
    """The legend: choropleth classes up to the largest count, route colours,
    country shading, dots. Only what the map shows is listed."""
    rows = []
    if measure:
        name = LAYER_NAMES["admin1" if measure == "programmes" else "admin1_mentions"]
        classes = [c for c in CHOROPLETH_CLASSES if c.lower <= max(largest, 1)]
        rows.append(f"<div><b>{esc(name)}</b> (number of {esc(measure)})<br>")
        rows.append("".join(f"<span class='swatch' style='background:{c.colour}'></span>{esc(c.label)}" for c in classes) + "</div>")
    if purposes:
        rows.append(f"<div style='margin-top:4px'><b>{esc(LAYER_NAMES['routes'])}</b> (colour: purpose{'; width: volume' if has_volume else ''})<br>")
        rows.append("<br>".join(f"<span class='line' style='border-top:3px solid {PURPOSE_COLOURS.get(p, PURPOSE_COLOURS['other'])}'></span>{esc(p)}" for p in purposes))
        if has_return:
            rows.append(f"<br><span class='line' style='border-top:3px dashed {PURPOSE_COLOURS['unspecified']}'></span>reported as a return (repatriation)")
        rows.append("<br>► direction victims were moved</div>")
    dots = []
    if countries:
        dots.append(f"<span class='swatch' style='background:{COUNTRY_COLOURS[0]};border-color:{COUNTRY_COLOURS[1]};margin-left:0'></span>country mentioned")
    if organizations:
        dots.append(f"<span class='dot' style='background:{ORGANIZATION_COLOURS[0]}'></span>organization")
    if places:
        dots.append(f"<span class='dot' style='background:{PLACE_COLOURS[0]}'></span>place mentioned")
    if dots:
        rows.append("<div style='margin-top:4px'>" + " &nbsp; ".join(dots) + "</div>")
    rows.append("<div style='margin-top:4px'><i>Click an area, line or dot for its sources. Layers: top right.</i></div>")
    return "".join(rows)


# --- the map ------------------------------------------------------------------


def _option(options, name, default):
    if isinstance(options, dict):
        return options.get(name, default)
    return getattr(options, name, default)


def _layer(layers, name) -> gpd.GeoDataFrame | None:
    layer = layers.get(name)
    return layer if layer is not None and len(layer) else None


def _counts_text(row) -> str:
    parts = []
    for column, word in (("programmes", "programme"), ("organizations", "organization")):
        if hasattr(row, column):
            parts.append(_plural(int(getattr(row, column)), word))
    if hasattr(row, "routes_out") and int(row.routes_out) + int(row.routes_in):
        parts.append(f"routes: {int(row.routes_out)} out, {int(row.routes_in)} in")
    if hasattr(row, "mentions"):
        parts.append(_plural(int(row.mentions), "mention"))
    return ", ".join(parts)


def _area_properties(frame, items, style=None) -> list[dict]:
    props = []
    for row in frame.itertuples(index=False):
        counts = _counts_text(row)
        props.append(
            {
                "name": esc(row.name),
                "tip": f"<b>{esc(row.name)}</b> ({esc(row.code)})<br>{esc(counts)}",
                "popup": popup_html(row.name, row.code, counts, items.get(row.code)),
                **({"style": style(row)} if style else {}),
            }
        )
    return props


def _focus_bounds(layers) -> list[list[float]] | None:
    """Bounds to open on: the provinces, else regions and programmes, else everything.

    Routes, national programmes and organizations' home countries can reach
    across the world; fitting them all would shrink the provinces the map
    is about to a few pixels. They stay one zoom-out away.
    """
    for names in (("admin1_summary", "admin1"), ("regions", "programmes"), ("places", "routes", "countries", "organizations")):
        boxes = [layers[n].total_bounds for n in names if _layer(layers, n) is not None]
        boxes = [b for b in boxes if np.all(np.isfinite(b))]
        if boxes:
            boxes = np.array(boxes)
            minx, miny, maxx, maxy = boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()
            return [[round(float(miny), 4), round(float(minx), 4)], [round(float(maxy), 4), round(float(maxx), 4)]]
    return None


def _count(layers, name, column) -> int:
    layer = _layer(layers, name)
    return int(layer[column].nunique()) if layer is not None and column in layer else 0


def build_map(layers: dict[str, gpd.GeoDataFrame], title: str, options=None, basemap: gpd.GeoDataFrame | None = None) -> folium.Map:
    """Build the web map from the output layers.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        Output layers (see :mod:`progmap.outputs.layers`): ``admin1_summary``
        (or ``admin1``), ``countries_summary`` (or ``countries``),
        ``regions``, ``routes``, ``organizations``, ``places``,
        ``programmes``; any may be missing or empty.
    title : str
        Shown on the map and as the page title.
    options : progmap.project.MapOptions or dict, optional
        ``offline`` (no web tiles; Natural Earth countries as the base and
        assets inlined by :func:`save_map`) and ``tiles`` (a folium tile
        name or URL, default OpenStreetMap).
    basemap : geopandas.GeoDataFrame, optional
        World countries, drawn under everything in offline mode.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map` for deterministic bytes.
    """
    offline = bool(_option(options, "offline", False))
    tiles = None if offline else (_option(options, "tiles", None) or "OpenStreetMap")
    fmap = folium.Map(location=[16, 106], zoom_start=5, tiles=None, control_scale=True)
    if tiles:
        name = "Street map (OpenStreetMap)" if str(tiles).lower() == "openstreetmap" else str(tiles)
        TileLayer(tiles, name=name).add_to(fmap)
    fmap._progmap_offline = offline  # read by save_map
    # Only Leaflet itself: folium's jQuery, Bootstrap and icon fonts are not used.
    _pin_assets(fmap, js=["leaflet.js"], css=["leaflet.css"])
    root = fmap.get_root()
    root.title = esc(title)
    root.header.add_child(branca.element.Element(_PAGE_CSS + (_OFFLINE_CSS if offline else "")), name="progmap_css")
    for pane, z_index in PANES.items():
        folium.map.CustomPane(f"progmap-{pane}", z_index=z_index, pointer_events=pane != "basemap").add_to(fmap)
    items = area_items(layers)

    if offline and basemap is not None and len(basemap):
        Basemap(basemap).add_to(fmap)

    countries = _layer(layers, "countries_summary")
    countries = countries if countries is not None else _layer(layers, "countries")
    if countries is not None:
        FeatureLayer(
            web_geometries(countries.geometry.values),
            _area_properties(countries, items),
            LAYER_NAMES["countries"],
            "countries",
            style={"fillColor": COUNTRY_COLOURS[0], "color": COUNTRY_COLOURS[1], "weight": 1, "fillOpacity": 0.25},
            highlight={"weight": 2.5, "fillOpacity": 0.4},
        ).add_to(fmap)

    regions = _layer(layers, "regions")
    if regions is not None:
        # Regions overlap provinces and each other: simplified one by one.
        FeatureLayer(
            web_geometries(regions.geometry.values, coverage=False),
            _area_properties(regions, items),
            LAYER_NAMES["regions"],
            "regions",
            style={"fillColor": REGION_COLOURS[0], "color": REGION_COLOURS[1], "weight": 1.5, "dashArray": "5 4", "fillOpacity": 0.12},
            show=False,
        ).add_to(fmap)

    provinces = _layer(layers, "admin1_summary")
    provinces = provinces if provinces is not None else _layer(layers, "admin1")
    measure, largest = None, 0
    if provinces is not None:
        has_programmes = "programmes" in provinces and int(provinces["programmes"].sum()) > 0
        measure = "programmes" if has_programmes else "mentions"
        largest = int(provinces[measure].max()) if measure in provinces else 0

        def fill(row):
            return {"fillColor": choropleth_class(int(getattr(row, measure, 0))).colour}

        FeatureLayer(
            web_geometries(provinces.geometry.values),
            _area_properties(provinces, items, fill),
            LAYER_NAMES["admin1" if has_programmes else "admin1_mentions"],
            "admin1",
            style={"color": "#2c3e50", "weight": 0.8, "fillOpacity": 0.75},
            highlight={"weight": 2.5, "color": "#000000"},
        ).add_to(fmap)

    routes = _layer(layers, "routes")
    purposes_shown, has_return, has_volume = [], False, False
    if routes is not None:
        purposes_shown = sorted({(_list(p) or ["unspecified"])[0] for p in routes["purposes"]})
        has_return = bool((routes["direction"] == "return").any())
        has_volume = "volume_value" in routes and any(_number(v) for v in routes["volume_value"])
        RouteLayer(routes).add_to(fmap)

    organizations = _layer(layers, "organizations")
    if organizations is not None:
        programmes = _layer(layers, "programmes")
        # Each organization's programmes at its place, looked up, not searched
        # for: a large corpus has thousands of both.
        at_place: dict[tuple[str, str], list] = {}
        for p in [] if programmes is None else programmes.itertuples(index=False):
            for name in dict.fromkeys(_list(p.organizations) + _list(getattr(p, "funders", []))):
                at_place.setdefault((name, p.place_code), []).append(p)
        props = []
        for row in organizations.itertuples(index=False):
            own = [_programme_item(p) for p in at_place.get((row.name, row.place_code), [])]
            aliases = _list(getattr(row, "aliases", []))
            kind = _text(row.org_type) or "organization"
            where = _text(getattr(row, "place_name", "")) or row.place_code
            summary = f"{kind} · {where}"
            props.append(
                {
                    "name": esc(row.name),
                    "tip": f"<b>{esc(row.name)}</b> ({esc(kind)})<br>{esc(where)}",
                    "popup": popup_html(row.name, row.org_id, summary, {"Also known as": [f"<p>{esc(aliases)}</p>"] if aliases else [], "Programmes here": own, "Source": [f"<p>{_source(row.doc)}</p>"]}),
                }
            )
        FeatureLayer(
            _jitter(organizations.geometry.values),
            props,
            LAYER_NAMES["organizations"],
            "organizations",
            marker=folium.CircleMarker(radius=5, color=ORGANIZATION_COLOURS[1], fill=True, fill_color=ORGANIZATION_COLOURS[0], fill_opacity=0.9, weight=1),
            show=False,
        ).add_to(fmap)

    places = _layer(layers, "places")
    if places is not None:
        props = []
        for row in places.itertuples(index=False):
            mentions = int(getattr(row, "mentions", 0) or 0)
            docs = _list(getattr(row, "docs", []))
            summary = f"{row.kind}; {_plural(mentions, 'mention')} in {', '.join(docs) or 'the texts'}"
            quote = _short(getattr(row, "quote", ""))
            sections = {"Example": [f"<p><q>{esc(quote)}</q></p>"] if quote else []}
            sections.update(items.get(row.code, {}))
            props.append(
                {
                    "name": esc(row.name),
                    "tip": f"<b>{esc(row.name)}</b> ({esc(row.code)}, {esc(row.kind)})<br>{esc(_plural(mentions, 'mention'))}",
                    "popup": popup_html(row.name, row.code, summary, sections),
                    # Bigger for places named more often.
                    "style": {"radius": round(min(3.5 + 1.5 * math.sqrt(mentions), 12), 1)},
                }
            )
        searchable = FeatureLayer(
            places.geometry.values,
            props,
            LAYER_NAMES["places"],
            "places",
            marker=folium.CircleMarker(radius=4, color=PLACE_COLOURS[1], fill=True, fill_color=PLACE_COLOURS[0], fill_opacity=0.9, weight=1),
        ).add_to(fmap)
        search = plugins.Search(layer=searchable, search_label="name", placeholder="Find a place mentioned", collapsed=False, position="topright")
        _pin_assets(search, js=["leaflet-search.min.js"], css=["leaflet-search.min.css"])
        search.add_to(fmap)

    _pin_assets(plugins.Fullscreen(position="topleft").add_to(fmap), js=["Control.FullScreen.js"], css=["Control.FullScreen.css"])
    if not offline:
        minimap = plugins.MiniMap(toggle_display=True, position="bottomright")
        _pin_assets(minimap, js=["Control.MiniMap.js"], css=["Control.MiniMap.css"])
        minimap.add_to(fmap)
    LayerControl(collapsed=False, position="topright").add_to(fmap)
    subtitle = ", ".join(
        _plural(_count(layers, name, column), word)
        for name, column, word in (("programmes", "programme_id", "programme"), ("routes", "route_id", "route"),
                                   ("organizations", "org_id", "organization"), ("places", "code", "place"))
    )
    MapLegend(
        title,
        subtitle,
        legend_html(measure, largest, purposes_shown, has_return, has_volume, organizations is not None, places is not None, countries is not None),
    ).add_to(fmap)
    bounds = _focus_bounds(layers)
    if bounds:
        fmap.fit_bounds(bounds, padding=(20, 20))
    return fmap


# --- the page -------------------------------------------------------------------


def _number_elements(root) -> None:
    """Give every element a sequential id in place of branca's random one.

    branca 0.8 draws each ``Element._id`` from ``os.urandom`` when the
    element is made; ids only matter once rendered (``get_name()`` is read
    at render time), so numbering the tree just before rendering makes the
    page's variable names, and so its bytes, depend on the map alone.
    Elements held as attributes (a mini-map's own tile layer, a search
    control's layer) are numbered too.
    """
    counter = 0
    queue = [root]
    seen: set[int] = set()
    while queue:
        element = queue.pop(0)
        if id(element) in seen:
            continue
        seen.add(id(element))
        element._id = f"{counter:05d}"
        counter += 1
        queue.extend(element._children.values())
        queue.extend(
            value
            for key, value in sorted(vars(element).items())
            if key != "_parent" and isinstance(value, branca.element.Element)
        )


def render_map(fmap: folium.Map, inline_assets: bool = False) -> str:
    """The page's HTML, the same for the same map; assets inlined if asked."""
    root = fmap.get_root()
    _number_elements(root)
    page = root.render()
    # A first render adds header children (script and style links); number
    # again and re-render so ids do not depend on what that render created.
    _number_elements(root)
    page = root.render()
    if inline_assets:
        page = inline_page_assets(page)
    return page


def inline_page_assets(page: str) -> str:
    """Replace links to :data:`ASSETS` with the bundled files' contents.

    Links to anything else are left as they are.
    """
    folder = resources.files("progmap") / "assets"

    def script(match):
        name = ASSETS.get(match.group(1))
        if name is None:
            return match.group(0)
        code = (folder / name).read_text(encoding="utf-8").replace("</script", "<\\/script")
        return f"<script>/* {match.group(1)} */\n{code}</script>"

    def style(match):
        name = ASSETS.get(match.group(1))
        if name is None:
            return match.group(0)
        return f"<style>/* {match.group(1)} */\n{(folder / name).read_text(encoding='utf-8')}</style>"

    # Functions, not strings, as replacements: the files hold backslashes.
    page = re.sub(r'<script src="([^"]+)"></script>', script, page)
    page = re.sub(r'<link rel="stylesheet" href="([^"]+)"/>', style, page)
    return page


def save_map(fmap: folium.Map, path: os.PathLike, inline_assets: bool | None = None) -> None:
    """Write the map page, the same bytes for the same map.

    Parameters
    ----------
    fmap : folium.Map
        From :func:`build_map` (or any folium map).
    path : path-like
        The ``.html`` file.
    inline_assets : bool, optional
        Put Leaflet and the plugins inside the page, so it needs no network
        (a file to email, or to open where CDNs are blocked). Defaults to
        the map's ``offline`` option.
    """
    if inline_assets is None:
        inline_assets = bool(getattr(fmap, "_progmap_offline", False))
    Path(path).write_text(render_map(fmap, inline_assets), encoding="utf-8", newline="\n")

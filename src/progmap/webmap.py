"""The web map: one self-explanatory Folium page.

Layers are named for people ("Programmes by province", "Trafficking routes",
"Organizations", "Places mentioned"), each toggleable. Every text that comes
from a document is HTML-escaped before it reaches the page, and only escaped
strings are embedded in it, so a quote holding ``</script>`` or
``<script>alert(1)</script>`` shows as text. Element ids are numbered, not
random, so the same inputs give the same bytes. With ``offline = true`` the
page inlines Leaflet and its plugins (shipped in ``progmap/assets``) and draws
Natural Earth countries instead of web tiles: it needs no network at all.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import branca
import folium
import geopandas as gpd
import numpy as np
import shapely
from folium import plugins

#: Colours of route purposes (first purpose listed wins).
PURPOSE_COLOURS = {
    "marriage": "#8e44ad",
    "labour": "#d35400",
    "sexual exploitation": "#c0392b",
    "adoption": "#2471a3",
    "begging": "#148f77",
    "other": "#7f8c8d",
    "unspecified": "#566573",
}
#: Choropleth classes: upper bounds and colours (light to dark).
_CHOROPLETH = [(0, "#f7fbff"), (1, "#c6dbef"), (2, "#6baed6"), (4, "#2171b5"), (math.inf, "#08306b")]
_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/"
#: CDN address -> file in progmap/assets, for offline pages and local tests.
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

LAYER_NAMES = {
    "admin1": "Programmes by province",
    "countries": "Countries mentioned",
    "regions": "Regions mentioned",
    "routes": "Trafficking routes",
    "organizations": "Organizations",
    "places": "Places mentioned",
}


def esc(value) -> str:
    """HTML-escape any value for a popup or tooltip."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple, np.ndarray)):
        value = ", ".join(map(str, value))
    return html.escape(str(value), quote=True)


def _short(text: str, limit: int = 400) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _web_geometry(geoms, tolerance: float, coverage: bool = False):
    """Simplify for the web: shared borders kept together, 5 decimals."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return geoms
    if coverage and hasattr(shapely, "coverage_simplify"):
        try:
            simplified = shapely.coverage_simplify(geoms, tolerance)
        except Exception:  # GEOS rejects coverages with overlaps; fall back
            simplified = shapely.simplify(geoms, tolerance, preserve_topology=True)
    else:
        simplified = shapely.simplify(geoms, tolerance, preserve_topology=True)
    return shapely.transform(simplified, lambda xy: np.round(xy, 5))


def _feature_collection(geometries, properties: list[dict]) -> dict:
    features = []
    for geometry, props in zip(geometries, properties):
        if geometry is None or geometry.is_empty:
            continue
        features.append({"type": "Feature", "properties": props, "geometry": json.loads(shapely.to_geojson(geometry))})
    return {"type": "FeatureCollection", "features": features}


class MapLegend(branca.element.MacroElement):
    """The page's title and legend: what each layer and colour means."""

    _template = branca.element.Template(
        """
{% macro html(this, kwargs) %}
<div id="progmap-legend" style="position:absolute;z-index:9999;top:10px;left:55px;max-width:330px;
  background:rgba(255,255,255,.93);padding:8px 12px;border-radius:6px;box-shadow:0 1px 5px rgba(0,0,0,.4);
  font:12px/1.35 Helvetica,Arial,sans-serif;">
  <div style="font-size:15px;font-weight:bold;margin-bottom:4px;">{{ this.title }}</div>
  <div style="color:#444;margin-bottom:6px;">{{ this.subtitle }}</div>
  {{ this.body }}
</div>
{% endmacro %}
"""
    )

    def __init__(self, title: str, subtitle: str, body: str):
        super().__init__()
        self._name = "MapLegend"
        self.title = esc(title)
        self.subtitle = esc(subtitle)
        self.body = body  # built from escaped parts only


class BoundPopup(branca.element.MacroElement):
    """A popup bound to its parent layer from a JSON string.

    folium's Popup builds its content with jQuery and a JavaScript template
    literal; this binds already-escaped HTML as a plain JSON string, which
    needs no jQuery and cannot be broken out of by backticks or ``${``.
    """

    _template = branca.element.Template(
        """
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.bindPopup({{ this.html|tojson }}, {"maxWidth": {{ this.max_width }}});
{% endmacro %}
"""
    )

    def __init__(self, html_text: str, max_width: int = 420):
        super().__init__()
        self._name = "BoundPopup"
        self.html = html_text
        self.max_width = int(max_width)


class BoundTooltip(BoundPopup):
    """A hover tooltip bound from a JSON string (see :class:`BoundPopup`)."""

    _template = branca.element.Template(
        """
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.bindTooltip({{ this.html|tojson }}, {"sticky": true});
{% endmacro %}
"""
    )


def _choropleth_colour(value: int) -> str:
    for bound, colour in _CHOROPLETH:
        if value <= bound:
            return colour
    return _CHOROPLETH[-1][1]


def _legend_body(measure: str, purposes: list[str], has_return: bool) -> str:
    swatch = '<span style="display:inline-block;width:14px;height:10px;background:{};border:1px solid #999;margin-right:4px;"></span>'
    line = '<span style="display:inline-block;width:22px;height:0;border-top:3px {} {};margin:0 4px 3px 0;"></span>'
    rows = [f"<b>{esc(LAYER_NAMES['admin1'])}</b> ({esc(measure)})<br>"]
    bins = ["0", "1", "2", "3–4", "5+"]
    rows.append(" ".join(swatch.format(colour) + esc(label) for (_, colour), label in zip(_CHOROPLETH, bins)))
    if purposes:
        rows.append("<br><b>Trafficking routes</b> (colour: purpose; width: volume)<br>")
        rows.append("<br>".join(line.format("solid", PURPOSE_COLOURS.get(p, "#566573")) + esc(p) for p in purposes))
        if has_return:
            rows.append("<br>" + line.format("dashed", "#566573") + "reported as repatriation (drawn in the trafficking direction)")
    rows.append('<br><span style="color:#1b7837">●</span> organization &nbsp; <span style="color:#e66101">●</span> place mentioned')
    rows.append("<br><i>Click an area, line or dot for the sources. Layers: top right.</i>")
    return "".join(rows)


def _popup_lists(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, list[str]]:
    """Per place code, escaped HTML lines about its programmes, organizations and routes."""
    lines: dict[str, list[str]] = defaultdict(list)
    programmes = layers.get("programmes")
    if programmes is not None and len(programmes):
        for row in programmes.itertuples(index=False):
            lines[row.place_code].append(
                f"<p><b>{esc(row.name)}</b> — {esc(row.organizations)}"
                + (f"<br>Funders: {esc(row.funders)}" if len(row.funders) else "")
                + (f"<br>Activities: {esc(row.activities)}" if len(row.activities) else "")
                + f"<br><q>{esc(_short(row.evidence))}</q> <small>({esc(row.doc)})</small></p>"
            )
    routes = layers.get("routes")
    if routes is not None and len(routes):
        for row in routes.itertuples(index=False):
            text = (
                f"<p><b>Route</b> {esc(row.origin_name)} → {esc(row.destination_name)}"
                f" ({esc(row.purposes) or 'purpose not stated'}; {esc(row.direction)})"
                f"<br><q>{esc(_short(row.evidence))}</q> <small>({esc(row.doc)})</small></p>"
            )
            lines[row.origin_code].append(text)
            if row.destination_code != row.origin_code:
                lines[row.destination_code].append(text)
    organizations = layers.get("organizations")
    if organizations is not None and len(organizations):
        for row in organizations.itertuples(index=False):
            lines[row.place_code].append(f"<p>Organization: <b>{esc(row.name)}</b> ({esc(row.org_type)})</p>")
    return lines


def _popup(title: str, code: str, counts: str, extra: list[str]) -> str:
    body = "".join(extra[:12]) + (f"<p>… and {len(extra) - 12} more</p>" if len(extra) > 12 else "")
    return f"<div style='max-height:300px;overflow:auto'><h4 style='margin:0'>{esc(title)} <small>{esc(code)}</small></h4><p>{esc(counts)}</p>{body}</div>"


def _curve(line) -> list[list[float]]:
    """A gentle arc between a line's ends, for drawing (lat, lon pairs)."""
    coords = list(line.coords)
    (x0, y0), (x1, y1) = coords[0], coords[-1]
    if len(coords) > 2 and abs(x1 - x0) > 20:  # long routes: the geodesic is curve enough
        return [[round(y, 5), round(x, 5)] for x, y in coords]
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    cx, cy = mx - dy * 0.2, my + dx * 0.2
    points = []
    for t in np.linspace(0, 1, 24):
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1
        points.append([round(float(y), 5), round(float(x), 5)])
    return points


def build_map(layers: dict[str, gpd.GeoDataFrame], title: str, options=None, basemap: gpd.GeoDataFrame | None = None) -> folium.Map:
    """Build the web map from the output layers.

    Parameters
    ----------
    layers : dict
        Output layers (see :mod:`progmap.layers`); any may be missing or empty.
    title : str
        Shown on the map and as the page title.
    options : progmap.project.MapOptions, optional
        ``offline`` and ``tiles``.
    basemap : geopandas.GeoDataFrame, optional
        World countries drawn under everything in offline mode.
    """
    offline = bool(getattr(options, "offline", False))
    tiles = None if offline else getattr(options, "tiles", "OpenStreetMap")
    figure = branca.element.Figure(title=title)
    fmap = folium.Map(location=[16, 106], zoom_start=5, tiles=None, control_scale=True, prefer_canvas=False)
    figure.add_child(fmap)
    if tiles:
        folium.TileLayer(tiles, name=f"Street map ({tiles})").add_to(fmap)
    # Only Leaflet is needed; folium's default jQuery, Bootstrap and icon fonts are not.
    fmap.default_js = [("leaflet", _LEAFLET + "leaflet.js")]
    fmap.default_css = [("leaflet_css", _LEAFLET + "leaflet.css")]
    popups = _popup_lists(layers)

    if offline and basemap is not None and len(basemap):
        geoms = _web_geometry(basemap.geometry.values, 0.05)
        folium.GeoJson(
            _feature_collection(geoms, [{"name": esc(n)} for n in basemap["name"]]),
            name="Basemap (Natural Earth)",
            style_function=lambda f: {"fillColor": "#eeeeee", "color": "#bbbbbb", "weight": 0.5, "fillOpacity": 1},
            control=False,
            interactive=False,
        ).add_to(fmap)

    # Countries the texts name, shaded lightly for context.
    countries = layers.get("countries")
    if countries is not None and len(countries):
        geoms = _web_geometry(countries.geometry.values, 0.02)
        props = []
        for row in countries.itertuples(index=False):
            mentions = int(getattr(row, "mentions", 0) or 0)
            props.append(
                {
                    "tip": f"<b>{esc(row.name)}</b> ({esc(row.code)})<br>{mentions} mention(s)",
                    "popup": _popup(row.name, row.code, f"{mentions} mention(s)", popups.get(row.code, [])),
                }
            )
        folium.GeoJson(
            _feature_collection(geoms, props),
            name=LAYER_NAMES["countries"],
            style_function=lambda f: {"fillColor": "#fdd49e", "color": "#d7301f", "weight": 1, "fillOpacity": 0.25},
            highlight_function=lambda f: {"weight": 2.5, "fillOpacity": 0.4},
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
        ).add_to(fmap)

    regions = layers.get("regions")
    if regions is not None and len(regions):
        geoms = _web_geometry(regions.geometry.values, 0.01)
        props = [
            {
                "tip": f"<b>{esc(r.name)}</b> ({esc(r.code)})<br>{int(r.mentions)} mention(s)",
                "popup": _popup(r.name, r.code, f"{int(r.mentions)} mention(s)", popups.get(r.code, [])),
            }
            for r in regions.itertuples(index=False)
        ]
        folium.GeoJson(
            _feature_collection(geoms, props),
            name=LAYER_NAMES["regions"],
            style_function=lambda f: {"fillColor": "#b2abd2", "color": "#5e3c99", "weight": 1.5, "dashArray": "5 4", "fillOpacity": 0.12},
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
            show=False,
        ).add_to(fmap)

    provinces = layers.get("admin1_summary")
    measure = "programmes"
    if provinces is not None and len(provinces):
        if int(provinces["programmes"].sum()) == 0:
            measure = "mentions"
        geoms = _web_geometry(provinces.geometry.values, 0.004, coverage=True)
        props = []
        for row in provinces.itertuples(index=False):
            value = int(getattr(row, measure))
            counts = f"{int(row.programmes)} programme(s), {int(row.organizations)} organization(s), {int(row.routes_out)} route(s) out, {int(row.routes_in)} in, {int(row.mentions)} mention(s)"
            props.append(
                {
                    "value": value,
                    "colour": _choropleth_colour(value),
                    "tip": f"<b>{esc(row.name)}</b> ({esc(row.code)})<br>{esc(counts)}",
                    "popup": _popup(row.name, row.code, counts, popups.get(row.code, [])),
                    "name": esc(row.name),
                }
            )
        folium.GeoJson(
            _feature_collection(geoms, props),
            name=LAYER_NAMES["admin1"],
            style_function=lambda f: {"fillColor": f["properties"]["colour"], "color": "#2c3e50", "weight": 0.8, "fillOpacity": 0.75},
            highlight_function=lambda f: {"weight": 2.5, "color": "#000000"},
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
        ).add_to(fmap)

    routes = layers.get("routes")
    purposes_shown: list[str] = []
    has_return = False
    if routes is not None and len(routes):
        group = folium.FeatureGroup(name=LAYER_NAMES["routes"])
        largest = max([v for v in routes["volume_value"] if isinstance(v, (int, float)) and not math.isnan(v)] or [1.0])
        for row in routes.itertuples(index=False):
            purpose = row.purposes[0] if len(row.purposes) else "unspecified"
            purposes_shown.append(purpose)
            colour = PURPOSE_COLOURS.get(purpose, PURPOSE_COLOURS["other"])
            volume = row.volume_value if isinstance(row.volume_value, (int, float)) and not math.isnan(row.volume_value) else None
            weight = 2.5 + (4.5 * math.log1p(volume) / math.log1p(largest) if volume else 0)
            is_return = row.direction == "return"
            has_return |= is_return
            tip = f"{esc(row.origin_name)} → {esc(row.destination_name)}: {esc(row.purposes) or 'purpose not stated'}" + (" (reported as repatriation)" if is_return else "")
            volume_text = row.volume if isinstance(row.volume, str) and row.volume else "not stated"
            popup = _popup(
                f"{row.origin_name} → {row.destination_name}",
                row.route_id,
                f"{', '.join(row.purposes) or 'purpose not stated'}; victims: {', '.join(row.victims) or 'not stated'}; volume: {volume_text}",
                [f"<p><q>{esc(_short(row.evidence, 600))}</q> <small>({esc(row.doc)}, {esc(row.source)})</small></p>"],
            )
            parts = row.geometry.geoms if row.geometry.geom_type == "MultiLineString" else [row.geometry]
            for part in parts:
                line = folium.PolyLine(
                    _curve(part),
                    color=colour,
                    weight=round(weight, 1),
                    opacity=0.85,
                    dash_array="8 6" if is_return else None,
                )
                BoundTooltip(tip).add_to(line)
                BoundPopup(popup).add_to(line)
                line.add_to(group)
                plugins.PolyLineTextPath(line, "   ►   ", repeat=True, offset=5, attributes={"fill": colour, "font-size": "13"}).add_to(group)
        group.add_to(fmap)

    organizations = layers.get("organizations")
    if organizations is not None and len(organizations):
        props = [
            {
                "tip": f"<b>{esc(r.name)}</b> ({esc(r.org_type)})<br>{esc(r.place_name)}",
                "popup": _popup(r.name, r.org_id, f"{r.org_type} · {r.place_name}", [f"<p>Also known as: {esc(r.aliases)}</p>"] if len(r.aliases) else []),
            }
            for r in organizations.itertuples(index=False)
        ]
        geoms = _jitter(organizations.geometry.values)
        folium.GeoJson(
            _feature_collection(geoms, props),
            name=LAYER_NAMES["organizations"],
            marker=folium.CircleMarker(radius=5, color="#1b7837", fill=True, fill_color="#5aae61", fill_opacity=0.9, weight=1),
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
            show=False,
        ).add_to(fmap)

    places = layers.get("places")
    searchable = None
    if places is not None and len(places):
        props = [
            {
                "name": esc(r.name),
                "tip": f"<b>{esc(r.name)}</b> ({esc(r.code)}, {esc(r.kind)})<br>{int(r.mentions)} mention(s)",
                "popup": _popup(r.name, r.code, f"{r.kind}; {int(r.mentions)} mention(s) in {', '.join(r.docs)}", [f"<p><q>{esc(_short(r.quote))}</q></p>"]),
            }
            for r in places.itertuples(index=False)
        ]
        searchable = folium.GeoJson(
            _feature_collection(places.geometry.values, props),
            name=LAYER_NAMES["places"],
            marker=folium.CircleMarker(radius=4, color="#b35806", fill=True, fill_color="#e66101", fill_opacity=0.9, weight=1),
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
        )
        searchable.add_to(fmap)
        plugins.Search(layer=searchable, search_label="name", placeholder="Find a place mentioned", collapsed=False, position="topright").add_to(fmap)

    plugins.Fullscreen(position="topleft").add_to(fmap)
    if not offline:
        plugins.MiniMap(toggle_display=True, position="bottomright").add_to(fmap)
    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    subtitle = f"{_count(layers, 'programmes', 'programme_id')} programmes, {_count(layers, 'routes', 'route_id')} routes, {_count(layers, 'organizations', 'org_id')} organizations, {_count(layers, 'places', 'code')} places"
    MapLegend(title, subtitle, _legend_body(measure, sorted(set(purposes_shown)), has_return)).add_to(fmap)
    bounds = _bounds(layers)
    if bounds:
        fmap.fit_bounds(bounds)
    return fmap


def _count(layers, name, column) -> int:
    layer = layers.get(name)
    return int(layer[column].nunique()) if layer is not None and len(layer) else 0


def _jitter(points):
    """Spread organizations sharing a place in a small ring, so each can be clicked."""
    seen: dict[tuple, int] = defaultdict(int)
    out = []
    for point in points:
        key = (round(point.x, 4), round(point.y, 4))
        n = seen[key]
        seen[key] += 1
        angle = n * 2.4
        radius = 0.06 * math.sqrt(n)
        out.append(shapely.Point(round(point.x + radius * math.cos(angle), 5), round(point.y + radius * math.sin(angle), 5)))
    return out


def _bounds(layers) -> list[list[float]] | None:
    boxes = [
        layer.total_bounds
        for name, layer in layers.items()
        if name in ("admin1", "regions", "routes", "places", "programmes") and layer is not None and len(layer)
    ]
    if not boxes:
        return None
    boxes = np.array(boxes)
    minx, miny = boxes[:, 0].min(), boxes[:, 1].min()
    maxx, maxy = boxes[:, 2].max(), boxes[:, 3].max()
    return [[round(float(miny), 4), round(float(minx), 4)], [round(float(maxy), 4), round(float(maxx), 4)]]


def _number_elements(root) -> None:
    """Give every element a sequential id: branca's are random (os.urandom).

    Elements held as attributes (a mini-map's own tile layer) count too.
    """
    counter = 0
    stack = [root]
    seen: set[int] = set()
    while stack:
        element = stack.pop(0)
        if id(element) in seen:
            continue
        seen.add(id(element))
        element._id = f"{counter:05d}"
        counter += 1
        stack.extend(element._children.values())
        stack.extend(
            value
            for key, value in sorted(vars(element).items())
            if key != "_parent" and isinstance(value, branca.element.Element)
        )


def render_map(fmap: folium.Map, inline_assets: bool = False) -> str:
    """The page's HTML, deterministic; with inlined scripts and styles if asked."""
    root = fmap.get_root()
    _number_elements(root)
    page = root.render()
    # Rendering adds header children (script links); number again and re-render
    # so the ids no longer depend on what a first render created.
    _number_elements(root)
    page = root.render()
    if inline_assets:
        page = inline_page_assets(page)
    return page


def inline_page_assets(page: str) -> str:
    """Replace CDN script and style links with the bundled files' contents."""
    folder = resources.files("progmap") / "assets"

    def script(match):
        name = ASSETS.get(match.group(1))
        if name is None:
            return match.group(0)
        code = (folder / name).read_text(encoding="utf-8").replace("</script", "<\\/script")
        return f"<script>{code}</script>"

    def style(match):
        name = ASSETS.get(match.group(1))
        if name is None:
            return match.group(0)
        return f"<style>{(folder / name).read_text(encoding='utf-8')}</style>"

    page = re.sub(r'<script src="([^"]+)"></script>', script, page)
    page = re.sub(r'<link rel="stylesheet" href="([^"]+)"/>', style, page)
    return page


def save_map(fmap: folium.Map, path: os.PathLike, inline_assets: bool = False) -> None:
    """Write the map page (see :func:`render_map`)."""
    Path(path).write_text(render_map(fmap, inline_assets), encoding="utf-8")

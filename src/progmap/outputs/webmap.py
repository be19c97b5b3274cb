"""The web map: one self-contained page that a programme officer reads without help.

:func:`build_map` turns the output layers (see :mod:`progmap.outputs.layers`)
into compact data (:func:`map_data`) and a Folium page that carries only the
frame: the map, its title and its legend. :func:`save_map` writes the page.
The layers themselves are drawn in the browser by ``progmap-map.js``, a small
script bundled in ``progmap/assets``, from JSON data blocks.

Four promises hold for every page:

* **Text from documents is data, never markup or code.** Names, quotes and
  ids reach the page only inside ``<script type="application/json">``
  blocks written after branca has rendered the page (:func:`json_block`:
  ``<``, ``>`` and ``&`` escaped as ``\\u003c``...), so no template engine
  ever parses them and ``{{ 7*7 }}`` stays ``{{ 7*7 }}``. The script puts
  text in the page escaped or as ``textContent``. The few elements that
  carry text from the project through branca (the title and legend,
  :class:`InertMacroElement`) place their output verbatim.
* **The page needs no network.** Leaflet, its plugins, the script and their
  licences are inlined in every page. Web tiles are drawn when
  ``offline = false``, over Natural Earth countries, so land, borders and
  data show with or without a tile server.
* **It stays usable for an archive.** Routes are drawn one arc per origin,
  destination and direction (:func:`route_arcs`) with a single arrowhead;
  points cluster; popups are built when opened, from data held once per
  feature, listing the first few quotes and saying where the rest are.
* **The same inputs give the same bytes.** branca names every element with
  a random id; :func:`render_map` numbers them in document order instead.

Examples
--------
>>> fmap = build_map(layers, "Anti-trafficking programmes in Vietnam")  # doctest: +SKIP
>>> save_map(fmap, "outputs/vietnam/map.html")                          # doctest: +SKIP
"""

from __future__ import annotations

import collections
import functools
import html
import itertools
import json
import logging
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import branca
import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from folium import plugins

from progmap.outputs.counts import layer_count

log = logging.getLogger(__name__)

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
#: Colours of route purposes (an arc takes its most reported purpose's colour):
#: Okabe and Ito's colour-blind-safe palette. Places, organizations and
#: outlines are drawn in black, white and greys, and the choropleth in
#: blues, so no purpose shares a hue with anything else on the map.
PURPOSE_COLOURS = {
    "sexual exploitation": "#d55e00",  # vermillion
    "labour": "#e69f00",  # orange
    "marriage": "#cc79a7",  # reddish purple
    "adoption": "#009e73",  # bluish green
    "begging": "#f0e442",  # yellow (routes have a dark halo)
    "other": "#8c8c8c",
    "unspecified": "#3a3a3a",
}
#: Dash pattern of routes reported as returns (repatriation).
RETURN_DASH = "8 6"
#: Point, outline and base colours: (fill, outline), all without hue.
ORGANIZATION_COLOURS = ("#111111", "#ffffff")
PLACE_COLOURS = ("#ffffff", "#222222")
COUNTRY_COLOURS = ("#b0b0b0", "#4d4d4d")
REGION_COLOURS = ("#9a9a9a", "#252525")
ADMIN1_OUTLINE = "#ffffff"
BASEMAP_COLOURS = ("#f2efe9", "#a7a39a")  # land and borders, like light web tiles
ROUTE_HALO = "#2b2b2b"


@dataclass(frozen=True)
class ChoroplethClass:
    """One class of the province choropleth: counts ``lower``..``upper``."""

    lower: int
    upper: float
    label: str
    colour: str


#: Classes of the choropleth. Fixed, not data-driven, so maps of two
#: projects (or two builds) compare; light grey for zero, ColorBrewer
#: blues (each step clearly darker, on light tiles and on the Natural
#: Earth land alike) for one and more.
CHOROPLETH_CLASSES = [
    ChoroplethClass(0, 0, "0", "#e4e4e4"),
    ChoroplethClass(1, 1, "1", "#c6dbef"),
    ChoroplethClass(2, 2, "2", "#9ecae1"),
    ChoroplethClass(3, 4, "3–4", "#6baed6"),
    ChoroplethClass(5, 9, "5–9", "#3182bd"),
    ChoroplethClass(10, math.inf, "10+", "#08519c"),
]

_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/"
#: Where each bundled file comes from (the version it pins) -> its copy in
#: ``progmap/assets``. Every page carries these files inline; the addresses
#: only name the versions.
ASSETS = {
    _LEAFLET + "leaflet.js": "leaflet.js",
    _LEAFLET + "leaflet.css": "leaflet.css",
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js": "Control.FullScreen.js",
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css": "Control.FullScreen.css",
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/MarkerCluster.css": "MarkerCluster.css",
}
_ASSET_URLS = {name: url for url, name in ASSETS.items()}
#: progmap's own script and style, inlined after the plugins.
SCRIPT, STYLE, LICENCES = "progmap-map.js", "progmap-map.css", "LICENSES.txt"

#: Web tiles offered as base layers, the first shown: (name in the layer
#: control, xyzservices provider). Both need no API key: CARTO's Positron,
#: once the usual light base, now asks for one.
BASE_TILES = [
    ("Light grey (Esri World Gray Canvas)", "Esri.WorldGrayCanvas"),
    ("Street map (OpenStreetMap)", "OpenStreetMap.Mapnik"),
]
#: Tile names that mean one of the base layers above (OpenStreetMap was the project file's default).
_BASE_TILE_NAMES = {"openstreetmap", "osm", "openstreetmap.mapnik", "esri worldgraycanvas", "esri.worldgraycanvas"}

#: Items listed in a popup section before "… and N more".
POPUP_ITEMS = 10
#: Quotes carried per route arc; the rest are in routes.csv.
ROUTE_QUOTES = 3
#: Quotes are cut to this many characters.
QUOTE_CHARS = 300

# --- text ------------------------------------------------------------------


def esc(value) -> str:
    """HTML-escape any value for the page's title and legend.

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
    """A text cell as text: missing values (None, NaN, NaT) are empty."""
    if isinstance(value, str):
        return value
    if value is None or (not isinstance(value, (list, tuple, np.ndarray)) and pd.isna(value)):
        return ""
    return str(value)


def _short(text, limit: int = QUOTE_CHARS) -> str:
    """A quote cut to ``limit`` characters at a word boundary."""
    text = " ".join(_text(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _list(value) -> list:
    """A list cell as a list (frames read back from files may hold None or NaN)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(map(str, value))
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return []
    return [str(value)]


def _number(value) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def _rows(frame: pd.DataFrame):
    """``frame.itertuples(index=False)`` over plain lists.

    Iterating an Arrow-backed string column (pandas 3's default) goes
    through pandas a cell at a time; ``tolist`` gives the same values at once.
    """
    columns = [frame[column].tolist() for column in frame.columns]
    row = collections.namedtuple("Pandas", [str(c) for c in frame.columns], rename=True)
    return itertools.starmap(row, zip(*columns))


def _date(value) -> str:
    """A document date as ISO text (``YYYY-MM-DD``), or empty."""
    return _iso_date(_text(value))


@functools.lru_cache(maxsize=1 << 16)
def _iso_date(text: str) -> str:
    # Cached: an archive's layers repeat the same few thousand dates a million times.
    return text[:10] if _ISO_DATE.match(text) else ""


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _year(value) -> int:
    """A document date's year; 0 for an undated document."""
    text = _date(value)
    return int(text[:4]) if text else 0


def json_block(name: str, value) -> str:
    """A ``<script type="application/json">`` block no parser takes for markup.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no text can close
    the block or open a comment; braces stay as they are, and nothing in
    the page parses them.

    >>> json_block("config", {"title": "</script>{{ 7*7 }}"})
    '<script type="application/json" id="progmap-config">{"title":"\\\\u003c/script\\\\u003e{{ 7*7 }}"}</script>'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="progmap-{name}">{text}</script>'


def _kind_of_code(code: str) -> str:
    """A place code's kind, from its form (see the README's place codes)."""
    if code.startswith("city:"):
        return "city"
    if code.startswith("region:"):
        return "region"
    if len(code) == 3 and code.isalpha() and code.isupper():
        return "country"
    return "admin1"


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


# --- data for the page ----------------------------------------------------------


def _layer(layers, name) -> gpd.GeoDataFrame | None:
    layer = layers.get(name)
    return layer if layer is not None and len(layer) else None


def _first(layers, *names) -> gpd.GeoDataFrame | None:
    for name in names:
        layer = _layer(layers, name)
        if layer is not None:
            return layer
    return None


def _geojson(geoms) -> list:
    """GeoJSON geometry objects (None for missing or empty geometries)."""
    geoms = np.asarray(list(geoms), dtype=object)
    out = [None] * len(geoms)
    if not len(geoms):
        return out
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    for i, text in zip(np.flatnonzero(present), shapely.to_geojson(geoms[present])):
        out[i] = json.loads(text)
    return out


def _point(geom) -> list | None:
    """``[lon, lat]`` of a point (a polygon's representative point), rounded to ~1 m."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type != "Point":
        geom = geom.representative_point()
    return [round(geom.x, 5) + 0.0, round(geom.y, 5) + 0.0]


def _spread(indices: list[int], years: list[int], limit: int = POPUP_ITEMS) -> list[int]:
    """Up to ``limit`` items, latest year first, one year after another.

    A popup lists a few of many items; taking them round-robin over the
    years keeps something to show whichever years the time filter leaves.
    """
    by_year: dict[int, list[int]] = defaultdict(list)
    for i in indices:
        by_year[years[i]].append(i)
    order = sorted(by_year, key=lambda y: (y == 0, -y))
    out: list[int] = []
    while len(out) < min(limit, len(indices)):
        for year in order:
            if by_year[year] and len(out) < limit:
                out.append(by_year[year].pop(0))
    return out


def document_dates(layers) -> dict[str, str]:
    """Document -> ISO date, from every layer that carries documents' dates.

    Programmes and routes carry ``doc`` and ``doc_date``; places carry
    ``docs`` and, aligned with them, ``doc_dates``.
    """
    dates: dict[str, str] = {}
    for name in ("programmes", "routes", "organizations"):
        layer = _layer(layers, name)
        if layer is not None and "doc_date" in layer and "doc" in layer:
            for doc, date in zip(map(str, layer["doc"].tolist()), layer["doc_date"].tolist()):
                # A document's first dated row gives its date: later rows need no parsing.
                if doc not in dates and _date(date):
                    dates[doc] = _date(date)
    places = _layer(layers, "places")
    if places is not None and "doc_dates" in places:
        for docs, docs_dates in zip(places["docs"].tolist(), places["doc_dates"].tolist()):
            for doc, date in zip(_list(docs), _list(docs_dates)):
                if doc not in dates and _date(date):
                    dates[doc] = _date(date)
    return dates


def route_arcs(routes: gpd.GeoDataFrame | None) -> list[dict]:
    """One arc per origin, destination and direction, from the route statements.

    Returns
    -------
    list of dict
        Per arc: ends (``oc``, ``dc`` codes, ``on``, ``dn`` names), ``ret``
        (reported as a return), ``c`` (the colour's purpose), ``pu``
        (purposes with counts, most reported first), ``nd`` and ``ns``
        (documents and statements), ``dt`` (first and last document date),
        ``y`` (``[year, statements]`` pairs, year 0 for undated documents), ``q`` (the first
        :data:`ROUTE_QUOTES` distinct quotes, latest first, as ``[quote,
        document, date]``), ``vi`` and ``vo`` (victims and volumes
        reported) and ``g`` (the arc, GeoJSON).
    """
    if routes is None or not len(routes):
        return []
    n = len(routes)

    def column(name, convert=_text):
        return [convert(v) for v in routes[name].tolist()] if name in routes else [convert(None)] * n

    origin, destination, direction = column("origin_code", str), column("destination_code", str), column("direction", str)
    dates, docs, ids = column("doc_date", _date), column("doc"), column("route_id", str)
    purposes, victims, volumes = column("purposes", _list), column("victims", _list), column("volume")
    origin_names, destination_names = column("origin_name"), column("destination_name")
    evidence = column("evidence")
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(zip(origin, destination, direction)):
        groups[key].append(i)
    geometries = routes.geometry.values
    arcs = []
    for key in sorted(groups):
        rows = groups[key]
        counts = Counter(p for i in rows for p in purposes[i])
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        top = ranked[0][0] if ranked else "unspecified"
        # Latest first, undated last; ties by document and id.
        ordered = sorted(rows, key=lambda i: (docs[i], ids[i]))
        ordered.sort(key=lambda i: dates[i], reverse=True)
        quotes, seen = [], set()
        for i in ordered:
            text = _short(evidence[i])
            if text and text not in seen:
                seen.add(text)
                quotes.append([text, docs[i], dates[i]])
                if len(quotes) == ROUTE_QUOTES:
                    break
        dated = sorted(dates[i] for i in rows if dates[i])
        geometry = geometries[rows[0]]
        parts = list(geometry.geoms) if geometry.geom_type == "MultiLineString" else [geometry]
        curved = [curved_route(p) for p in parts]
        arcs.append(
            {
                "oc": key[0], "dc": key[1],
                "on": origin_names[rows[0]] or key[0], "dn": destination_names[rows[0]] or key[1],
                "ret": key[2] == "return",
                "c": top if top in PURPOSE_COLOURS else "other",
                "pu": [[p, c] for p, c in ranked],
                "nd": len({docs[i] for i in rows}), "ns": len(rows),
                "dt": [dated[0], dated[-1]] if dated else None,
                "y": sorted(Counter(_year(dates[i]) for i in rows).items()),
                "q": quotes,
                "vi": sorted({v for i in rows for v in victims[i]})[:5],
                "vo": sorted({volumes[i] for i in rows if volumes[i]})[:5],
                "g": _geojson([shapely.MultiLineString(curved) if len(curved) > 1 else curved[0]])[0],
            }
        )
    return arcs


def _programme_table(programmes, dates) -> tuple[list[dict], dict[str, list[int]]]:
    """Distinct programmes (by id), and the programmes at each place code."""
    table: list[dict] = []
    index: dict[str, int] = {}
    at_code: dict[str, list[int]] = defaultdict(list)
    if programmes is None:
        return table, at_code
    names = programmes["place_name"] if "place_name" in programmes else programmes["place_code"]
    for row, place_name in zip(_rows(programmes), names.tolist()):
        pid = str(row.programme_id)
        if pid not in index:
            date = _date(getattr(row, "doc_date", None)) or dates.get(_text(row.doc), "")
            index[pid] = len(table)
            table.append(
                {
                    "n": _text(row.name), "o": ", ".join(_list(row.organizations)),
                    "a": ", ".join(_list(getattr(row, "activities", []))), "f": ", ".join(_list(getattr(row, "funders", []))),
                    "q": _short(getattr(row, "evidence", "")), "d": _text(row.doc), "t": date, "y": _year(date),
                    "pl": [], "pn": [],
                }
            )
        entry = table[index[pid]]
        code = str(row.place_code)
        if code not in entry["pl"]:
            entry["pl"].append(code)
            entry["pn"].append(_text(place_name) or code)
            at_code[code].append(index[pid])
    return table, at_code


def _organization_tables(organizations, points: dict[str, list]) -> tuple[list[dict], list[list]]:
    """Organizations once each, and their ties to places.

    Returns
    -------
    organizations : list of dict
        ``id``, ``n`` (name), ``al`` (aliases), ``t`` (type), in order of first tie.
    ties : list of list
        ``[organization, place code, place name, first document, national,
        documents]``, one per organization and place however many documents
        tie them (the layer has a row per document: an archive would repeat
        them thousands of times, and a place's symbol counts organizations,
        not rows). A national tie (to a country) is listed in the country's
        popup and drawn nowhere. Points are the places' own, in
        :func:`map_data`'s ``points``.
    """
    table: list[dict] = []
    index: dict[str, int] = {}
    ties: list[list] = []
    if organizations is None:
        return table, ties
    at: dict[tuple[str, str], int] = {}
    documents: dict[tuple[str, str], set] = {}
    geoms = np.asarray(organizations.geometry.values, dtype=object) if "geometry" in organizations else [None] * len(organizations)
    for row, geom in zip(_rows(organizations), geoms):
        org_id, code, doc = _text(row.org_id), str(row.place_code), _text(getattr(row, "doc", ""))
        if (org_id, code) in at:
            documents[org_id, code].add(doc)
            ties[at[org_id, code]][5] = len(documents[org_id, code])
            continue
        if org_id not in index:
            index[org_id] = len(table)
            table.append({"id": org_id, "n": _text(row.name), "al": _list(getattr(row, "aliases", [])), "t": _text(getattr(row, "org_type", ""))})
        national = _kind_of_code(code) == "country"
        if not national and code not in points and geom is not None and geom.geom_type == "Point":
            points[code] = _point(geom)
        at[org_id, code], documents[org_id, code] = len(ties), {doc}
        ties.append([index[org_id], code, _text(getattr(row, "place_name", "")) or code, doc, int(national or code not in points), 1])
    return table, ties


def _place_table(places, dates, points: dict[str, list]) -> list[dict]:
    """Places mentioned: counts, an example quote, the years of their documents; their points go to ``points``."""
    if places is None:
        return []
    table = []
    doc_dates = places["doc_dates"] if "doc_dates" in places else [None] * len(places)
    for row, geom, own_dates in zip(places.itertuples(index=False), places.geometry.values, doc_dates):
        docs = _list(getattr(row, "docs", []))
        own = _list(own_dates)
        docs_dates = [_date(own[i]) if i < len(own) else dates.get(doc, "") for i, doc in enumerate(docs)]
        point = _point(geom)
        if point is None:
            continue
        points[str(row.code)] = point
        table.append(
            {
                "c": str(row.code), "n": _text(row.name), "k": _text(getattr(row, "kind", "")) or _kind_of_code(str(row.code)),
                "m": int(_number(getattr(row, "mentions", 0)) or 0), "nd": len(docs),
                "q": _short(getattr(row, "quote", "")), "qd": docs[0] if docs else "", "qt": docs_dates[0] if docs else "",
                "y": sorted({_year(d) for d in docs_dates}) or [0],
            }
        )
    return table


_COUNT_COLUMNS = ("programmes", "organizations", "routes_out", "routes_in", "mentions")


def _own_tolerances(geoms) -> np.ndarray:
    """Per geometry, a simplification tolerance fitting its own size (for areas that
    overlap, such as regions, or are only context, such as far countries)."""
    bounds = shapely.bounds(np.asarray(list(geoms), dtype=object))
    extent = np.fmax(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    return np.clip(np.nan_to_num(extent) / 800, 0.002, 0.1)


def _focal_countries(countries, provinces) -> set[str]:
    """Countries holding a province drawn on the map: drawn in full detail, to meet their provinces."""
    if countries is None or provinces is None:
        return set()
    points = shapely.point_on_surface(np.asarray(provinces.geometry.values, dtype=object))
    points = points[~shapely.is_missing(points)]
    return {str(code) for code, shape in zip(countries["code"], countries.geometry.values)
            if shape is not None and shapely.contains(shape, points).any()}


def _area_table(frame, kind: str, names: dict[str, str], geoms: list) -> list[dict]:
    """Areas of one kind with their counts, vintage and former units; ``geoms`` are their GeoJSON geometries."""
    if frame is None:
        return []
    out = []
    for row, geometry in zip(frame.itertuples(index=False), geoms):
        if geometry is None:
            continue
        entry = {
            "k": kind, "c": str(row.code), "n": _text(row.name), "g": geometry,
            "s": {c: int(_number(getattr(row, c)) or 0) for c in _COUNT_COLUMNS if hasattr(row, c)},
        }
        vintage = _text(getattr(row, "vintage", ""))
        if vintage:
            # A year's map (2025) is said in the popup; the boundary file's own goes without saying.
            if vintage.isdigit():
                entry["v"] = vintage
            members = _list(getattr(row, "members", []))
            if len(members) > 1:
                entry["v"] = vintage_label(vintage)
                entry["f"] = [names.get(m, m) for m in members]
        out.append(entry)
    return out


def _names(layers) -> dict[str, str]:
    """Place code -> name, from every layer that has both."""
    names: dict[str, str] = {}
    for layer in layers.values():
        if layer is not None and "code" in layer and "name" in layer:
            names.update({str(c): _text(n) for c, n in zip(layer["code"], layer["name"]) if _text(n)})
    return names


def _sites(arcs, at_code, programmes_table, ties, with_programmes: bool) -> dict[str, dict]:
    """Per place code, what the texts say there: programmes listed and the years
    of all of them, organizations, route arcs (listed at both ends)."""
    sites: dict[str, dict] = defaultdict(dict)
    years = [p["y"] for p in programmes_table]
    for code, indices in at_code.items():
        sites[code]["p"] = _spread(indices, years)
        sites[code]["py"] = sorted(years[i] for i in indices)
    for i, tie in enumerate(ties):
        sites[tie[1]].setdefault("o", []).append(i)
    for i, arc in enumerate(arcs):
        for code in dict.fromkeys([arc["oc"], arc["dc"]]):
            sites[code].setdefault("r", []).append(i)
    if with_programmes:
        for site in sites.values():
            site.setdefault("py", [])
    return dict(sorted(sites.items()))


def map_data(layers: dict[str, gpd.GeoDataFrame], basemap: gpd.GeoDataFrame | None = None) -> dict:
    """The page's data: compact, each popup's data held once.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        Output layers; any may be missing or empty. Areas are drawn from the
        summary layers (``admin1_summary``, ``countries_summary``; else
        ``admin1``, ``countries``) and ``regions``; per-record layers are
        read by their codes and columns, not their polygons.
    basemap : geopandas.GeoDataFrame, optional
        World countries, drawn under everything.

    Returns
    -------
    dict
        Blocks of the page, by name: ``config``, ``basemap``, ``areas``,
        ``sites`` (per place code: programmes listed, all programmes' years,
        organization ties, route arcs), ``points`` (place code -> point),
        ``programmes`` (those listed in popups), ``programme_names`` (every
        name, with its place codes, for search), ``organizations`` and
        ``ties`` (:func:`_organization_tables`), ``routes`` (arcs, see
        :func:`route_arcs`) and ``places``.
    """
    dates = document_dates(layers)
    names = _names(layers)
    points: dict[str, list] = {}
    place_table = _place_table(_layer(layers, "places"), dates, points)
    programmes_layer = _layer(layers, "programmes")
    programmes, at_code = _programme_table(programmes_layer, dates)
    organizations, ties = _organization_tables(_layer(layers, "organizations"), points)
    arcs = route_arcs(_layer(layers, "routes"))
    sites = _sites(arcs, at_code, programmes, ties, programmes_layer is not None)
    # Popups list a few programmes per place; the page carries those in full,
    # and every programme's name (for search) and year (for the counts).
    listed = sorted({i for site in sites.values() for i in site.get("p", [])})
    renumber = {old: new for new, old in enumerate(listed)}
    for site in sites.values():
        if "p" in site:
            site["p"] = [renumber[i] for i in site["p"]]
    programme_names: dict[str, list[str]] = {}
    for programme in programmes:
        codes = programme_names.setdefault(programme["n"], [])
        codes.extend(c for c in programme["pl"] if c not in codes)
    basemap_geoms = []
    if basemap is not None and len(basemap):
        basemap_geoms = _geojson(web_geometries(basemap.geometry.values, 0.05, coverage=False, decimals=3))
    countries = _first(layers, "countries_summary", "countries")
    provinces = _first(layers, "admin1_summary", "admin1")
    regions = _layer(layers, "regions")
    areas = []
    if countries is not None:
        # Far countries are context: drawn with the base map's own shapes
        # (held once in the page); the countries holding provinces in full.
        base = {} if basemap is None else {str(c): g for c, g in zip(basemap["code"], basemap_geoms) if g}
        focal = _focal_countries(countries, provinces)
        codes = [str(c) for c in countries["code"]]
        shapes = np.asarray(countries.geometry.values, dtype=object)
        tolerances = _own_tolerances(shapes)
        if provinces is not None:  # the focal countries as finely as their provinces
            tolerances[[code in focal for code in codes]] = web_tolerance(provinces.geometry.values)
        drawn = [code in focal or code not in base for code in codes]
        own = iter(_geojson(web_geometries(shapes[drawn], tolerances[drawn], coverage=False)))
        geoms = [next(own) if is_drawn else base[code] for code, is_drawn in zip(codes, drawn)]
        areas += _area_table(countries, "country", names, geoms)
    if regions is not None:
        areas += _area_table(regions, "region", names, _geojson(web_geometries(regions.geometry.values, _own_tolerances(regions.geometry.values), coverage=False)))
    if provinces is not None:
        areas += _area_table(provinces, "admin1", names, _geojson(web_geometries(provinces.geometry.values)))
    basemap_geoms = [g for g in basemap_geoms if g]
    return {
        # Counted over every programme, not only those the popups list.
        "config": {"undatedProgrammes": sum(1 for p in programmes if not p["y"])},
        "basemap": basemap_geoms,
        "areas": areas,
        "sites": sites,
        "points": dict(sorted(points.items())),
        "programmes": [programmes[i] for i in listed],
        "programme_names": sorted([name, codes] for name, codes in programme_names.items() if name),
        "organizations": organizations,
        "ties": ties,
        "routes": arcs,
        "places": place_table,
    }


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


def _pin_assets(element, js: list[str] = (), css: list[str] = ()) -> None:
    """Point an element's scripts and styles at the bundled versions (inlined when the page is rendered)."""
    element.default_js = [(name, _ASSET_URLS[name]) for name in js]
    element.default_css = [(name, _ASSET_URLS[name]) for name in css]


# --- the frame: title and legend ----------------------------------------------------


class MapLegend(InertMacroElement):
    """The page's title, a one-line summary and a collapsible legend.

    ``progmap-map.js`` moves it into the map's top-left corner, where
    Leaflet stacks it with the other controls, and closes it on small
    screens.

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
  <div class="progmap-subtitle">{{ this.subtitle }}</div>
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


def vintage_label(vintage: str) -> str:
    """Which admin-1 boundaries, in words: a year's ("2025"), or the boundary file's own.

    >>> vintage_label("2025"), vintage_label("natural-earth")
    ('2025', 'as in Natural Earth')
    """
    vintage = _text(vintage).strip()
    return vintage if vintage.isdigit() else f"as in {vintage.replace('-', ' ').replace('_', ' ').title()}"


def legend_html(measure: str | None, largest: int, purposes: list[str], has_return: bool,
                organizations: bool, places: bool, countries: bool = False, vintage: str = "") -> str:
    """The legend: choropleth classes up to the largest count, route colours,
    widths and arrowheads, symbols. Only what the map shows is listed."""
    rows = []
    if measure:
        name = LAYER_NAMES["admin1" if measure == "programmes" else "admin1_mentions"]
        classes = [c for c in CHOROPLETH_CLASSES if c.lower <= max(largest, 1)]
        rows.append(f"<div><b>{esc(name)}</b> (number of {esc(measure)})<br>")
        rows.append("".join(f"<span class='swatch' style='background:{c.colour}'></span>{esc(c.label)}" for c in classes) + "</div>")
        if vintage:
            rows.append(f"<div class='progmap-vintage'>Province boundaries: {esc(vintage)}</div>")
    if purposes:
        rows.append(f"<div style='margin-top:4px'><b>{esc(LAYER_NAMES['routes'])}</b> (colour: purpose; width: number of documents)<br>")
        rows.append("<br>".join(f"<span class='line' style='border-top:3px solid {PURPOSE_COLOURS.get(p, PURPOSE_COLOURS['other'])}'></span>{esc(p)}" for p in purposes))
        if has_return:
            rows.append(f"<br><span class='line' style='border-top:3px dashed {PURPOSE_COLOURS['unspecified']}'></span>reported as a return (repatriation)")
        rows.append("<br>&#9658; direction victims were moved</div>")
    symbols = []
    if countries:
        symbols.append(f"<span class='swatch' style='background:#f4f4f4;border:1.5px solid {COUNTRY_COLOURS[1]};margin-left:0'></span>country mentioned")
    if places:
        symbols.append("<span class='dot'></span>place mentioned")
    if organizations:
        symbols.append("<span class='square'></span>organization")
    if symbols:
        rows.append("<div style='margin-top:4px'>" + " &nbsp; ".join(symbols) + "</div>")
    rows.append("<div style='margin-top:4px'><i>Click an area, line or symbol for its sources; numbers in circles are groups, click to open. "
                "Search and layers: top right; years: bottom left.</i></div>")
    return "".join(rows)


def _option(options, name, default):
    if isinstance(options, dict):
        return options.get(name, default)
    return getattr(options, name, default)


def tile_layers(tiles: str | None = None) -> list[dict]:
    """The base layers offered: a project's own tiles first, then light and street tiles.

    ``tiles`` is a tile URL (with ``{z}/{x}/{y}``) or a provider name that
    folium knows (xyzservices); the default names choose a built-in layer.
    """
    import xyzservices

    def layer(name, provider):
        return {"name": name, "url": provider.build_url(), "attribution": provider.get("html_attribution", provider.get("attribution", ""))}

    layers = [layer(n, xyzservices.providers.query_name(p)) for n, p in BASE_TILES]
    name = (tiles or "").strip()
    if not name or name.lower() in _BASE_TILE_NAMES:
        return layers
    if "{z}" in name:
        return [{"name": "Project tiles", "url": name, "attribution": ""}] + layers
    try:
        provider = xyzservices.providers.query_name(name)
    except (ValueError, KeyError):
        return layers
    if provider.requires_token():
        # A key written into a page that is e-mailed around leaks it; a
        # placeholder key draws nothing. Such tiles go in as a URL.
        log.warning("map tiles %r need an API key; give them as a URL with the key instead", name)
        return layers
    return [layer(name, provider)] + layers


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


def map_subtitle(layers) -> str:
    """What the map holds, in the numbers the command line prints (see :mod:`progmap.outputs.counts`)."""
    parts = [_plural(layer_count(layers, "programmes"), "programme")]
    routes = layer_count(layers, "routes")
    parts.append(_plural(routes, "route"))
    parts += [_plural(layer_count(layers, "organizations"), "organization"), _plural(layer_count(layers, "places"), "place")]
    return ", ".join(parts)


class WebMap(folium.Map):
    """folium's map, shown in notebooks with its progmap data (see :func:`render_map`)."""

    def _repr_html_(self, **kwargs) -> str:
        page = html.escape(render_map(self), quote=True)
        return f'<iframe srcdoc="{page}" style="width:100%;height:600px;border:none" sandbox="allow-scripts"></iframe>'


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
        ``offline`` (no web tiles) and ``tiles`` (a tile URL or provider
        name, offered first among the base layers).
    basemap : geopandas.GeoDataFrame, optional
        World countries (Natural Earth), drawn under the tiles, so the map
        shows land and borders with or without a tile server.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map`: the data is added to the page then.
    """
    offline = bool(_option(options, "offline", False))
    fmap = WebMap(location=[16, 106], zoom_start=5, tiles=None, control_scale=True)
    # Only Leaflet itself: folium's jQuery, Bootstrap and icon fonts are not used.
    _pin_assets(fmap, js=["leaflet.js"], css=["leaflet.css"])
    fmap.get_root().title = esc(title)
    _pin_assets(plugins.Fullscreen(position="topleft").add_to(fmap), js=["Control.FullScreen.js"], css=["Control.FullScreen.css"])

    data = map_data(layers, basemap)
    provinces = _first(layers, "admin1_summary", "admin1")
    measure, largest, vintage = None, 0, ""
    if provinces is not None:
        measure = "programmes" if "programmes" in provinces and int(provinces["programmes"].sum()) > 0 else "mentions"
        if measure == "programmes" and "py" in next(iter(data["sites"].values()), {}):
            largest = max((len(s.get("py", [])) for s in data["sites"].values()), default=0)
        else:
            largest = int(provinces[measure].max()) if measure in provinces else 0
        if "vintage" in provinces:
            vintage = " and ".join(sorted({vintage_label(v) for v in provinces["vintage"] if _text(v)}))
    names = dict(LAYER_NAMES, admin1=LAYER_NAMES["admin1" if measure != "mentions" else "admin1_mentions"])
    data["config"] = {
        **data["config"],
        "map": None,  # the map's variable, known once the page is numbered (render_map)
        "tiles": [] if offline else tile_layers(_option(options, "tiles", None)),
        "bounds": _focus_bounds(layers),
        "measure": measure,
        "records": _layer(layers, "programmes") is not None,
        "classes": [[None if math.isinf(c.upper) else c.upper, c.colour, c.label] for c in CHOROPLETH_CLASSES],
        "colours": {
            "purposes": PURPOSE_COLOURS, "country": COUNTRY_COLOURS, "region": REGION_COLOURS, "admin1": ADMIN1_OUTLINE,
            "basemap": BASEMAP_COLOURS, "halo": ROUTE_HALO,
        },
        "names": names,
        "order": [names[k] for k in ("admin1", "routes", "organizations", "places", "countries", "regions")],
        "returnDash": RETURN_DASH,
        "items": POPUP_ITEMS,
    }
    purposes = sorted({arc["c"] for arc in data["routes"]}, key=list(PURPOSE_COLOURS).index)
    MapLegend(
        title,
        map_subtitle(layers),
        legend_html(
            measure, largest, purposes, any(arc["ret"] for arc in data["routes"]),
            any(not tie[4] for tie in data["ties"]), bool(data["places"]),
            any(a["k"] == "country" for a in data["areas"]), vintage,
        ),
    ).add_to(fmap)
    fmap._progmap_data = data
    return fmap


# --- the page -------------------------------------------------------------------


def _number_elements(root) -> None:
    """Give every element a sequential id in place of branca's random one.

    branca 0.8 draws each ``Element._id`` from ``os.urandom`` when the
    element is made; ids only matter once rendered (``get_name()`` is read
    at render time), so numbering the tree just before rendering makes the
    page's variable names, and so its bytes, depend on the map alone.
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


def _asset(name: str) -> str:
    return (resources.files("progmap") / "assets" / name).read_text(encoding="utf-8")


def _script(code: str, note: str = "") -> str:
    code = code.replace("</script", "<\\/script")
    return f"<script>{f'/* {note} */' if note else ''}\n{code}</script>"


def render_map(fmap: folium.Map, inline_assets: bool = True) -> str:
    """The page's HTML, the same for the same map: rendered once, then completed.

    branca renders the frame; then Leaflet and the plugins are inlined, and
    the data blocks (:func:`json_block`) and ``progmap-map.js`` are added,
    outside anything a template engine parses. ``inline_assets`` is kept
    for callers of older versions: every page is self-contained.
    """
    root = fmap.get_root()
    _number_elements(root)
    page = inline_page_assets(root.render())
    data = getattr(fmap, "_progmap_data", None)
    if data is None:
        return page
    data = dict(data, config=dict(data["config"], map=fmap.get_name()))
    head = "".join(
        f"<style>/* {_ASSET_URLS.get(name, name)} */\n{_asset(name)}</style>" for name in ("MarkerCluster.css", STYLE)
    )
    tail = "\n".join(
        [_script(_asset("leaflet.markercluster.js"), _ASSET_URLS["leaflet.markercluster.js"])]
        + [json_block(name, value) for name, value in data.items()]
        + [_script(_asset(SCRIPT), "progmap-map.js (progmap, MIT licence)"),
           '<script type="text/plain" id="progmap-licences">\n' + _asset(LICENCES).replace("</", "<\\/") + "</script>"]
    )
    head_end, page_end = page.index("</head>"), page.rindex("</html>")
    return page[:head_end] + head + page[head_end:page_end] + tail + "\n" + page[page_end:]


def inline_page_assets(page: str) -> str:
    """Replace links to :data:`ASSETS` with the bundled files' contents.

    Links to anything else are left as they are.
    """

    def script(match):
        name = ASSETS.get(match.group(1))
        return match.group(0) if name is None else _script(_asset(name), match.group(1))

    def style(match):
        name = ASSETS.get(match.group(1))
        return match.group(0) if name is None else f"<style>/* {match.group(1)} */\n{_asset(name)}</style>"

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
        Ignored: every page carries Leaflet and its plugins inline (kept so
        that older callers still work).
    """
    Path(path).write_text(render_map(fmap), encoding="utf-8", newline="\n")

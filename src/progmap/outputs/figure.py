"""A static figure of the map for reports: ``map.png`` (and ``map.pdf``).

The main layers drawn with matplotlib (the Agg renderer; no display, no
pyplot state), in the web map's colours (read from
:mod:`progmap.outputs.webmap`, never copied): Natural Earth countries as
the base, the countries mentioned, the province choropleth of programmes
(or mentions), routes as arrows coloured by purpose (dashed for reported
returns), organizations and places as points; a title, a legend, a
graticule, a scale bar and a note on the sources.

The same layers give the same bytes: the files carry no date or software
metadata.

Examples
--------
>>> write_figure(layers, "out/map.png", "Programmes in Vietnam", basemap=basemap, pdf=True)  # doctest: +SKIP
[PosixPath('out/map.png'), PosixPath('out/map.pdf')]
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from pyproj import Geod

from progmap.outputs import webmap
from progmap.outputs.qgis import BASEMAP_COLOURS, choropleth_measure, class_label
from progmap.outputs.qgis_layout import fit_extent

#: A4 landscape, in inches, and the resolution of map.png.
SIZE = (11.69, 8.27)
DPI = 160
#: Where the map sits in the figure: (left, bottom, width, height), fractions.
MAP_BOX = (0.05, 0.09, 0.66, 0.8)
#: Fill opacity of each area layer: countries and regions as the web map draws
#: them; provinces opaque, so that printed classes show their true colours.
OPACITY = {"countries": 0.25, "regions": 0.12, "choropleth": 1.0}
#: Provinces outline colour, as the web map's.
PROVINCE_OUTLINE = "#2c3e50"
#: How far past the provinces the figure reaches to show where routes go:
#: this share of the provinces' extent on each side.
REACH = 0.5
#: Places labelled, the most mentioned first.
LABELLED_PLACES = 10
_GEOD = Geod(ellps="WGS84")
_HALO = [patheffects.withStroke(linewidth=2.5, foreground="white")]
#: Metadata that would change the bytes from run to run.
_NO_METADATA = {"png": {"Software": None}, "pdf": {"Creator": None, "Producer": None, "CreationDate": None}}


def _layer(layers: dict, name: str) -> gpd.GeoDataFrame | None:
    layer = layers.get(name)
    return layer if layer is not None and len(layer) else None


def _purpose(purposes) -> str:
    """A route's colour key: its first purpose, as the web map draws it."""
    first = purposes[0] if isinstance(purposes, (list, tuple, np.ndarray)) and len(purposes) else "unspecified"
    return first if first in webmap.PURPOSE_COLOURS else "other"


def extent_of(layers: dict) -> tuple[float, float, float, float]:
    """The area to draw: the provinces (else regions and programmes, else
    everything), widened to the route ends and places nearby."""
    focus = None
    for names in (("admin1_summary", "admin1"), ("regions", "programmes"), ("places", "routes", "countries", "organizations")):
        boxes = [layers[n].total_bounds for n in names if _layer(layers, n) is not None]
        boxes = [b for b in boxes if np.all(np.isfinite(b))]
        if boxes:
            boxes = np.array(boxes)
            focus = (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())
            break
    if focus is None:
        return (-180.0, -60.0, 180.0, 85.0)
    xmin, ymin, xmax, ymax = focus
    span = max(xmax - xmin, ymax - ymin, 2.0)
    reach = (xmin - REACH * span, ymin - REACH * span, xmax + REACH * span, ymax + REACH * span)
    points = [shapely.Point(c) for c in _route_ends(layers)]
    places = _layer(layers, "places")
    if places is not None:
        points += list(places.geometry)
    for point in points:
        if point is not None and reach[0] <= point.x <= reach[2] and reach[1] <= point.y <= reach[3]:
            xmin, ymin, xmax, ymax = min(xmin, point.x), min(ymin, point.y), max(xmax, point.x), max(ymax, point.y)
    pad = max(xmax - xmin, ymax - ymin, 1.0) * 0.06
    return (xmin - pad, max(ymin - pad, -89.0), xmax + pad, min(ymax + pad, 89.0))


def _route_ends(layers: dict) -> list[tuple[float, float]]:
    routes = route_lines(layers)
    if routes is None:
        return []
    ends = []
    for line in routes.geometry:
        parts = list(line.geoms) if hasattr(line, "geoms") else [line]
        ends += [parts[0].coords[0], parts[-1].coords[-1]]
    return ends


def draw_areas(ax, layers: dict, basemap: gpd.GeoDataFrame | None, measure: str) -> None:
    """The base, countries mentioned, regions, and the province choropleth."""
    if basemap is not None and len(basemap):
        basemap.plot(ax=ax, facecolor=BASEMAP_COLOURS[0], edgecolor=BASEMAP_COLOURS[1], linewidth=0.4, zorder=1)
    countries = _layer(layers, "countries_summary")
    countries = countries if countries is not None else _layer(layers, "countries")
    if countries is not None:
        fill, outline = webmap.COUNTRY_COLOURS
        countries.plot(ax=ax, facecolor=fill, alpha=OPACITY["countries"], edgecolor="none", zorder=2)
        countries.boundary.plot(ax=ax, color=outline, linewidth=0.7, zorder=2.1)
    regions = _layer(layers, "regions")
    if regions is not None:
        fill, outline = webmap.REGION_COLOURS
        regions.plot(ax=ax, facecolor=fill, alpha=OPACITY["regions"], edgecolor="none", zorder=3)
        regions.boundary.plot(ax=ax, color=outline, linewidth=0.9, linestyle=(0, (4, 3)), zorder=3.1)
    provinces = _layer(layers, "admin1_summary")
    if provinces is not None and measure in provinces:
        colours = [webmap.choropleth_class(int(v)).colour for v in provinces[measure].fillna(0)]
        provinces.plot(ax=ax, color=colours, alpha=OPACITY["choropleth"], edgecolor="none", zorder=4)
        provinces.boundary.plot(ax=ax, color=PROVINCE_OUTLINE, linewidth=0.5, zorder=4.1)


def _main_purpose(purposes, counts) -> str:
    """The purpose most statements of an aggregated route give (the first on a tie)."""
    purposes, counts = list(purposes if purposes is not None else []), list(counts if counts is not None else [])
    if not purposes:
        return _purpose(purposes)
    best = int(np.argmax(counts)) if len(counts) == len(purposes) else 0
    return _purpose([purposes[best]])


def route_lines(layers: dict) -> gpd.GeoDataFrame | None:
    """The routes to draw: one arc per origin, destination and direction.

    ``routes_summary`` when the build made it (an archive has thousands of
    route statements along a few dozen pairs), else the ``routes`` rows.
    Columns: ``purpose`` (the colour), ``weight`` (documents of an arc, or a
    statement's volume), ``direction`` and the geometry.
    """
    summary = _layer(layers, "routes_summary")
    if summary is not None:
        purposes = [_main_purpose(p, c) for p, c in zip(summary["purposes"], summary.get("purpose_counts", [None] * len(summary)))]
        weight = summary["documents"].astype(float)
    else:
        summary = _layer(layers, "routes")
        if summary is None:
            return None
        purposes = [_purpose(p) for p in summary["purposes"]]
        weight = summary["volume_value"].astype(float) if "volume_value" in summary else pd.Series(np.nan, index=summary.index)
    direction = summary["direction"] if "direction" in summary else pd.Series("trafficking", index=summary.index)
    return gpd.GeoDataFrame({"purpose": purposes, "weight": weight.to_numpy(), "direction": direction.to_numpy()},
                            geometry=summary.geometry.to_numpy(), crs=summary.crs)


def draw_routes(ax, routes: gpd.GeoDataFrame | None) -> None:
    """Routes as lines coloured by their main purpose, wider with more
    documents (or a larger volume), with arrowheads at their middle and end;
    reported returns dashed. ``routes`` comes from :func:`route_lines`."""
    if routes is None or not len(routes):
        return
    weights = routes["weight"].to_numpy(dtype=float)
    largest = float(np.nanmax(weights)) if np.isfinite(weights).any() else 0.0
    dash = tuple(float(v) / 2 for v in webmap.RETURN_DASH.split())
    for row, weight in zip(routes.itertuples(index=False), weights):
        colour = webmap.PURPOSE_COLOURS[row.purpose]
        width = 1.4 + (2.2 * math.log1p(weight) / math.log1p(largest) if largest > 0 and np.isfinite(weight) and weight > 0 else 0)
        style = (0, dash) if row.direction == "return" else "solid"
        parts = list(row.geometry.geoms) if hasattr(row.geometry, "geoms") else [row.geometry]
        for part in parts:
            xs, ys = part.xy
            ax.plot(xs, ys, color=colour, linewidth=width, linestyle=style, alpha=0.9, solid_capstyle="round", zorder=6)
        coords = [c for part in parts for c in part.coords]
        for at in (len(coords) // 2, len(coords) - 1):
            ax.annotate("", xy=coords[at], xytext=coords[max(at - 2, 0)], zorder=6.5,
                        arrowprops={"arrowstyle": "-|>,head_length=0.7,head_width=0.35", "color": colour, "linewidth": 0, "shrinkA": 0, "shrinkB": 0})


def draw_points(ax, layers: dict) -> None:
    """Organizations (squares, under) and places (circles sized by mentions, on top), with labels."""
    organizations = _layer(layers, "organizations")
    if organizations is not None:
        fill, outline = webmap.ORGANIZATION_COLOURS
        organizations.plot(ax=ax, marker="s", markersize=38, color=fill, edgecolor=outline, linewidth=0.8, zorder=7)
    places = _layer(layers, "places")
    if places is None:
        return
    fill, outline = webmap.PLACE_COLOURS
    mentions = places["mentions"].astype(float) if "mentions" in places else np.ones(len(places))
    sizes = np.minimum(3.5 + 1.5 * np.sqrt(mentions), 12) ** 2 * 0.9
    places.plot(ax=ax, markersize=sizes, color=fill, edgecolor=outline, linewidth=0.7, zorder=8)
    # Countries and regions are named by their shapes and the legend; label towns and provinces.
    named = places[~places["kind"].isin(["country", "region"])] if "kind" in places else places
    for row in named.sort_values(["mentions", "name"], ascending=[False, True]).head(LABELLED_PLACES).itertuples():
        ax.annotate(row.name, (row.geometry.x, row.geometry.y), xytext=(5, 4), textcoords="offset points",
                    fontsize=7.5, color="#282828", path_effects=_HALO, zorder=9, annotation_clip=True)


def draw_scale_bar(ax, extent: tuple[float, float, float, float]) -> None:
    """A scale bar in kilometres at the lower left, true at its own latitude."""
    xmin, ymin, xmax, ymax = extent
    y = ymin + (ymax - ymin) * 0.05
    x = xmin + (xmax - xmin) * 0.04
    _, _, width_km = _GEOD.inv(xmin, y, xmax, y)
    width_km /= 1000
    nice = [n * 10**e for e in range(0, 5) for n in (1, 2, 5)]
    length = max([n for n in nice if n <= width_km / 5] or [nice[0]])
    end, _, _ = _GEOD.fwd(x, y, 90, length * 1000)
    ax.plot([x, end], [y, y], color="#282828", linewidth=3, solid_capstyle="butt", zorder=10, path_effects=_HALO)
    ax.text((x + end) / 2, y + (ymax - ymin) * 0.012, f"{length:g} km", ha="center", va="bottom", fontsize=8,
            color="#282828", path_effects=_HALO, zorder=10)


def _graticule(ax, extent: tuple[float, float, float, float]) -> None:
    """Degree ticks and faint grid lines: where on Earth this is."""
    xmin, ymin, xmax, ymax = extent
    span = max(xmax - xmin, ymax - ymin)
    step = next(s for s in (1, 2, 5, 10, 15, 30, 60) if span / s <= 8)
    ax.set_xticks(np.arange(math.ceil(xmin / step) * step, xmax, step))
    ax.set_yticks(np.arange(math.ceil(ymin / step) * step, ymax, step))
    ax.xaxis.set_major_formatter(lambda v, _: f"{abs(v):g}°{'E' if v > 0 else 'W' if v < 0 else ''}")
    ax.yaxis.set_major_formatter(lambda v, _: f"{abs(v):g}°{'N' if v > 0 else 'S' if v < 0 else ''}")
    ax.tick_params(labelsize=7, colors="#666666", length=2)
    ax.grid(color="#9aa4ad", linewidth=0.3, alpha=0.6, zorder=5)
    ax.set_axisbelow(False)


def legend_entries(layers: dict, measure: str | None = None) -> list[tuple[object, str]]:
    """(handle, label) of each thing drawn: choropleth classes, route purposes, points, countries."""
    entries = []
    measure = measure or choropleth_measure(layers)
    if _layer(layers, "admin1_summary") is not None:
        for choropleth_class in webmap.CHOROPLETH_CLASSES:
            entries.append((Patch(facecolor=choropleth_class.colour, alpha=OPACITY["choropleth"], edgecolor=PROVINCE_OUTLINE, linewidth=0.5),
                            class_label(choropleth_class, measure)))
    routes = route_lines(layers)
    if routes is not None and len(routes):
        shown = set(routes["purpose"])
        for purpose, colour in webmap.PURPOSE_COLOURS.items():
            if purpose in shown:
                entries.append((Line2D([], [], color=colour, linewidth=2.2, marker=">", markevery=[-1], markersize=5), purpose))
        if "direction" in routes and (routes["direction"] == "return").any():
            dash = tuple(float(v) / 2 for v in webmap.RETURN_DASH.split())
            entries.append((Line2D([], [], color="#555555", linewidth=1.6, linestyle=(0, dash)), "reported as a return"))
    if _layer(layers, "places") is not None:
        fill, outline = webmap.PLACE_COLOURS
        entries.append((Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor=fill, markeredgecolor=outline), webmap.LAYER_NAMES["places"]))
    if _layer(layers, "organizations") is not None:
        fill, outline = webmap.ORGANIZATION_COLOURS
        entries.append((Line2D([], [], linestyle="none", marker="s", markersize=6, markerfacecolor=fill, markeredgecolor=outline), webmap.LAYER_NAMES["organizations"]))
    if _layer(layers, "countries_summary") is not None or _layer(layers, "countries") is not None:
        fill, outline = webmap.COUNTRY_COLOURS
        entries.append((Patch(facecolor=fill, alpha=0.5, edgecolor=outline, linewidth=0.8), webmap.LAYER_NAMES["countries"]))
    return entries


def legend_labels(layers: dict) -> list[str]:
    """The legend's words, top first."""
    return [label for _, label in legend_entries(layers)]


class _SavedCanvas(FigureCanvasAgg):
    """An Agg canvas that renders when the figure is saved, not when asked to redraw.

    geopandas asks for a redraw (``draw_idle``) after every layer it plots:
    with nine layers the whole figure, every marker of it, was rendered
    nine times before the one rendering that is saved.
    """

    def draw_idle(self, *args, **kwargs):
        pass


def draw_figure(layers: dict, title: str, basemap: gpd.GeoDataFrame | None = None, note: str = "",
                measure: str | None = None) -> Figure:
    """The figure: map on the left, legend on the right, title above, note below.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        Output layers (see :mod:`progmap.outputs.layers`), in EPSG:4326.
    title : str
        Shown above the map, as text (never parsed: ``$`` is no maths here).
    basemap : geopandas.GeoDataFrame, optional
        World countries drawn under everything.
    note : str
        A line on the sources, under the map.
    measure : str, optional
        What the province choropleth counts, ``programmes`` or ``mentions``;
        by default programmes, or mentions when no province has one.

    Returns
    -------
    matplotlib.figure.Figure
    """
    figure = Figure(figsize=SIZE, dpi=DPI)
    _SavedCanvas(figure)
    box = MAP_BOX
    ax = figure.add_axes(box)
    xmin, ymin, xmax, ymax = extent_of(layers)
    # Degrees of longitude shrink with latitude: keep shapes true at the middle.
    stretch = 1 / math.cos(math.radians((ymin + ymax) / 2))
    extent = fit_extent((xmin, ymin * stretch, xmax, ymax * stretch), box[2] * SIZE[0], box[3] * SIZE[1])
    extent = (extent[0], extent[1] / stretch, extent[2], extent[3] / stretch)
    measure = measure or choropleth_measure(layers)
    draw_areas(ax, layers, basemap, measure)
    draw_routes(ax, route_lines(layers))
    draw_points(ax, layers)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect(stretch, adjustable="box")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_facecolor("#eef3f7")
    _graticule(ax, extent)
    draw_scale_bar(ax, extent)
    for spine in ax.spines.values():
        spine.set_color("#888888")
        spine.set_linewidth(0.6)
    entries = legend_entries(layers, measure)
    if entries:
        handles, labels = zip(*entries)
        figure.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.74, 0.89), frameon=False, fontsize=8.5,
                      title="Legend", title_fontsize=10, alignment="left", handlelength=2.2, labelspacing=0.6)
    figure.text(0.05, 0.94, title, fontsize=16, fontweight="bold", color="#282828", va="center", usetex=False, parse_math=False)
    if note:
        figure.text(0.05, 0.035, note, fontsize=7.5, color="#5a5a5a", va="center", wrap=True, parse_math=False)
    return figure


def write_figure(layers: dict, path: os.PathLike, title: str, basemap: gpd.GeoDataFrame | None = None,
                 note: str = "", pdf: bool = False, measure: str | None = None) -> list[Path]:
    """Write ``map.png`` (and ``map.pdf`` beside it when ``pdf``).

    Parameters
    ----------
    layers, title, basemap, note, measure
        See :func:`draw_figure`.
    path : path-like
        The PNG to write.
    pdf : bool
        Also write a PDF of the same name.

    Returns
    -------
    list of Path
        The files written.
    """
    path = Path(path)
    figure = draw_figure(layers, title, basemap, note, measure)
    written = [path]
    figure.savefig(path, format="png", dpi=DPI, metadata=_NO_METADATA["png"], facecolor="white")
    if pdf:
        written.append(path.with_suffix(".pdf"))
        figure.savefig(written[-1], format="pdf", metadata=_NO_METADATA["pdf"], facecolor="white")
    return written

"""The outputs a build writes from its map layers alone, as tasks for the writing processes.

The GeoPackage and its QGIS project, the web map, the figure, each layer's
GeoJSON, ``3w.csv`` and ``routes.csv`` read the layers (and a few small
things besides, :class:`FromLayers`) and nothing of the gathered rows.
:func:`output_tasks` lists them for
:func:`progmap.outputs.forked.run_shared`, longest first.

Examples
--------
>>> forked.run_shared(output_tasks(FromLayers(...)), progress)   # doctest: +SKIP
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from progmap.outputs import tables, writers
from progmap.outputs.forked import Task
from progmap.places.gazetteer import Gazetteer
from progmap.project import Project


@dataclass
class FromLayers:
    """What the outputs written from the layers read (see :func:`output_tasks`).

    Attributes
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        The map layers.
    basemap : geopandas.GeoDataFrame
        Natural Earth countries, drawn under the figure and the web map and kept in the GeoPackage.
    organizations : pandas.DataFrame
        The merged organizations (their types, for ``3w.csv``).
    shown : Gazetteer
        The gazetteer of the map drawn.
    dates : list of str
        The documents' own dates.
    measure : str
        What the figure and the QGIS styles count: ``programmes`` or ``mentions``.
    project : Project
    folder : pathlib.Path
        Where the outputs are written (the build's temporary set).
    """

    layers: dict
    basemap: object
    organizations: pd.DataFrame
    shown: Gazetteer
    dates: list
    measure: str
    project: Project
    folder: Path


#: Layers whose GeoJSON files are written each as a task of its own (see :func:`output_tasks`): the largest.
_OWN_GEOJSON_TASK = ("routes", "programmes", "organizations")


def output_tasks(written: FromLayers) -> list[Task]:
    """The outputs written from the layers, as tasks for :func:`progmap.outputs.forked.run_shared`.

    Longest first, as they weighed in builds of 25 and 100 MB: the
    GeoPackage, the web map, the figure (matplotlib's import is about half
    of it at 25 MB), the largest layer's GeoJSON, the tables, the
    other GeoJSON files.
    """
    rest = [name for name in written.layers if name not in _OWN_GEOJSON_TASK]
    return [
        ("geopackage", functools.partial(_write_geopackage, written)),
        ("web map", functools.partial(_write_web_map, written)),
        ("figure", functools.partial(_write_figure, written)),
        ("geojson", functools.partial(_write_geojson, written, ["routes"])),
        ("tables", functools.partial(_write_three_w, written)),
        ("tables", functools.partial(_write_routes_table, written)),
        ("geojson", functools.partial(_write_geojson, written, ["programmes"])),
        ("geojson", functools.partial(_write_geojson, written, ["organizations"])),
        ("geojson", functools.partial(_write_geojson, written, rest)),
    ]


def _write_geopackage(written: FromLayers) -> None:
    """Write the GeoPackage (the layers and the Natural Earth base, for QGIS) and its QGIS project."""
    from progmap.outputs import qgis

    tmp, gpkg_layers = written.folder, {**written.layers, "basemap": written.basemap}
    writers.write_geopackage(gpkg_layers, tmp / "progmap.gpkg", styles=qgis.layer_styles(gpkg_layers, written.measure))
    qgis.write_qgis_project(
        tmp / "progmap.gpkg", list(gpkg_layers), tmp / "progmap.qgz", written.project.title, written.measure, documents=written.dates
    )


def _write_figure(written: FromLayers) -> None:
    """Write the figure (``map.png``, and ``map.pdf`` when asked)."""
    from progmap.outputs import figure, qgis

    project, note = written.project, qgis.sources_note(written.dates, printed=False)
    figure.write_figure(written.layers, written.folder / "map.png", project.title, written.basemap, note, project.map.pdf, written.measure)


def _write_web_map(written: FromLayers) -> None:
    """Write the web map; the project's title is the map's, however the project was made."""
    from progmap.outputs import webmap

    page = webmap.build_map(written.layers, written.project.title, written.project.map, basemap=written.basemap)
    webmap.save_map(page, written.folder / "map.html", inline_assets=written.project.map.offline)


def _write_geojson(written: FromLayers, names: list[str]) -> None:
    """Write the GeoJSON files of the layers ``names``."""
    for name in names:
        writers.write_geojson(written.layers[name], written.folder / f"{name}.geojson")


def _write_three_w(written: FromLayers) -> None:
    """Write ``3w.csv``: who does what where."""
    three_w = tables.three_w_table(written.layers["programmes"], written.organizations, written.shown)
    writers.write_csv(three_w, written.folder / "3w.csv", hxl=tables.HXL_3W)


def _write_routes_table(written: FromLayers) -> None:
    """Write ``routes.csv``: one row per route statement."""
    writers.write_csv(tables.routes_table(written.layers["routes"], written.shown), written.folder / "routes.csv", hxl=tables.HXL_ROUTES)

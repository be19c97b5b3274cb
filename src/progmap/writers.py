"""Write layers and tables: RFC 7946 GeoJSON, GeoPackage, CSV, atomically.

GeoJSON is written by hand rather than through GDAL so that list fields stay
real JSON arrays and the bytes are the same for the same input (no
timestamps, fixed key order, fixed precision), which lets users commit
outputs and diff them.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from progmap.errors import ProgmapError

#: Decimals kept in coordinates: 6 is about 10 cm (RFC 7946 section 11.2).
PRECISION = 6
#: GeoPackage version: QGIS 3.22 with GDAL 3.6 warns on 1.4, today's default.
GPKG_VERSION = "1.2"


@contextlib.contextmanager
def atomic_output_dir(out_dir: os.PathLike):
    """Yield a temporary folder whose files replace ``out_dir``'s on success.

    On an error nothing in ``out_dir`` changes and the temporary folder is
    removed, so a failed build never leaves half-written outputs.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ProgmapError(f"{out_dir}: output path exists and is not a folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        yield tmp
        out_dir.mkdir(exist_ok=True)
        for item in sorted(tmp.iterdir()):
            target = out_dir / item.name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            os.replace(item, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _json_value(value):
    """A frame cell as a JSON value: lists stay lists, NaN becomes null."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def _rounded_geometry(geometry) -> dict | None:
    """GeoJSON geometry: counter-clockwise exterior rings, rounded coordinates."""
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.orient_polygons(geometry, exterior_cw=False)
    # np.round gives the double nearest each rounded value, whose shortest
    # repr has at most PRECISION decimals.
    geometry = shapely.transform(geometry, lambda xy: np.round(xy, PRECISION))
    return json.loads(shapely.to_geojson(geometry))


def geojson_text(gdf: gpd.GeoDataFrame) -> str:
    """A layer as RFC 7946 GeoJSON text (see :func:`write_geojson`)."""
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs("EPSG:4326")
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    features = []
    for values, geometry in zip(gdf[columns].itertuples(index=False, name=None), gdf.geometry):
        features.append(
            {
                "type": "Feature",
                "properties": {column: _json_value(value) for column, value in zip(columns, values)},
                "geometry": _rounded_geometry(geometry),
            }
        )
    body = {"type": "FeatureCollection", "features": features}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str).replace("\n", " ") + "\n"


def write_geojson(gdf: gpd.GeoDataFrame, path: os.PathLike) -> None:
    """Write a layer as RFC 7946 GeoJSON.

    WGS 84 longitude/latitude, no ``crs`` member, at most 6 decimals,
    counter-clockwise exterior rings, list fields as JSON arrays.
    """
    Path(path).write_text(geojson_text(gdf), encoding="utf-8")


def _gpkg_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Make a layer's fields GeoPackage-friendly: lists as readable text."""
    out = gdf.copy()
    for column in out.columns:
        if column == out.geometry.name:
            continue
        series = out[column]
        if series.map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any():
            out[column] = series.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple, np.ndarray)) else v)
        elif column.endswith("_date"):
            # ISO dates become real date-times, so QGIS can filter and sort them.
            out[column] = pd.to_datetime(series, errors="coerce", format="ISO8601")
        elif series.dtype == object or str(series.dtype).startswith("str"):
            out[column] = series.astype("object").where(series.notna(), None)
    return out


def write_geopackage(layers: dict[str, gpd.GeoDataFrame], path: os.PathLike, styles: dict[str, str] | None = None) -> None:
    """Write every layer into one GeoPackage, with default styles.

    Parameters
    ----------
    layers : dict
        Layer name to GeoDataFrame (EPSG:4326).
    path : path-like
    styles : dict, optional
        Layer name to QGIS style (QML); stored in the ``layer_styles`` table
        so QGIS applies it when the layer is opened.
    """
    path = Path(path)
    path.unlink(missing_ok=True)
    for name, gdf in layers.items():
        frame = _gpkg_frame(gdf)
        if frame.crs is None:
            frame = frame.set_crs("EPSG:4326")
        geometry_type = _promoted_geometry_type(frame)
        pyogrio.write_dataframe(
            frame,
            path,
            layer=name,
            driver="GPKG",
            geometry_type=geometry_type,
            promote_to_multi=geometry_type.startswith("Multi"),
            dataset_options={"VERSION": GPKG_VERSION},
            layer_options={"SPATIAL_INDEX": "YES"},
            append=path.exists(),
        )
    if styles:
        write_layer_styles(path, {name: qml for name, qml in styles.items() if name in layers})


def _promoted_geometry_type(gdf: gpd.GeoDataFrame) -> str:
    """One geometry type per layer, as QGIS likes: Multi* when mixed."""
    types = set(gdf.geometry.geom_type.dropna())
    if not types:
        return "Unknown"
    if types <= {"Point"}:
        return "Point"
    if types <= {"Point", "MultiPoint"}:
        return "MultiPoint"
    if types <= {"LineString", "MultiLineString"}:
        return "MultiLineString"
    if types <= {"Polygon", "MultiPolygon"}:
        return "MultiPolygon"
    return "Unknown"


def write_layer_styles(path: os.PathLike, styles: dict[str, str]) -> None:
    """Store QML styles in the GeoPackage's ``layer_styles`` table.

    QGIS reads this table (registered in ``gpkg_contents`` as attributes)
    and applies the style marked ``useAsDefault`` when a layer is opened.
    """
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(
            """CREATE TABLE IF NOT EXISTS layer_styles (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
                f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
                useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
                update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"""
        )
        db.execute(
            "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
        )
        for name, qml in sorted(styles.items()):
            column = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,)).fetchone()
            db.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (name,))
            db.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
                "styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '')",
                (name, column[0] if column else "geom", f"progmap {name}", qml, "Default style written by progmap"),
            )


def write_csv(frame: pd.DataFrame, path: os.PathLike, hxl: dict[str, str] | None = None) -> None:
    """Write a table as UTF-8 CSV, lists as '; '-joined text.

    Parameters
    ----------
    hxl : dict, optional
        Column to HXL hashtag; written as a second header row, so HXL tools
        (and HDX) read the table.
    """
    frame = frame.drop(columns="geometry", errors="ignore")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(frame.columns)
        if hxl is not None:
            writer.writerow([hxl.get(column, "") for column in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            writer.writerow(["; ".join(map(str, v)) if isinstance(v, (list, tuple, np.ndarray)) else ("" if v is None or (isinstance(v, float) and math.isnan(v)) else v) for v in row])

"""Write layers and tables: RFC 7946 GeoJSON, GeoPackage, CSV, atomically.

GeoJSON is written by hand (see :mod:`progmap.outputs.geojson`) rather than through GDAL: GDAL's driver would
write list fields as strings, and they must stay real JSON arrays. Writing
it here also fixes the bytes (key order, number format, no timestamps), so
the same input gives the same file and users can commit outputs and diff
them.

Examples
--------
>>> with atomic_output_dir("outputs/vietnam") as tmp:       # doctest: +SKIP
...     write_geojson(layers["routes"], tmp / "routes.geojson")
...     write_geopackage(layers, tmp / "progmap.gpkg")
...     write_csv(table, tmp / "3w.csv", hxl={"org_name": "#org+impl"})
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import os
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pyogrio.raw
import shapely

from progmap.outputs import geojson
from progmap.outputs.atomic import atomic_output_dir  # noqa: F401  (outputs are written through it)

#: Decimals kept in GeoJSON coordinates: 6 is about 10 cm (RFC 7946 section 11.2).
PRECISION = geojson.PRECISION
#: GeoPackage version written: QGIS 3.22 with GDAL 3.6 warns that 1.4 files
#: (GDAL 3.7's default) "may only be partially supported"; 1.2 reads cleanly.
GPKG_VERSION = "1.2"
#: Separator of list items in GeoPackage and CSV text fields.
LIST_SEPARATOR = "; "
#: Geometry type of each known layer, used when a layer is empty and its
#: rows cannot tell: QGIS wants one type per layer, even with no features.
LAYER_GEOMETRY = {
    "basemap": "MultiPolygon",
    "countries": "MultiPolygon",
    "admin1": "MultiPolygon",
    "regions": "MultiPolygon",
    "admin1_summary": "MultiPolygon",
    "countries_summary": "MultiPolygon",
    "programmes": "Point",  # label points; areas are in the summary layers
    "programmes_summary": "Unknown",  # areas and cities: polygons and points mixed
    "routes_summary": "MultiLineString",
    "routes": "MultiLineString",
    "places": "Point",
    "organizations": "Point",
}
#: Count fields, written as integers whatever the frame's dtype says.
COUNT_FIELDS = ("mentions", "programmes", "organizations", "routes_out", "routes_in", "documents", "statements")
#: Rows of a layer made GeoPackage rows and handed to GDAL at a time (see :func:`write_geopackage`).
GPKG_CHUNK_ROWS = 10_000


# Cells as JSON values: one definition for GeoJSON, the GeoPackage and CSV.
_is_list, _is_missing, _json_value = geojson.is_list, geojson.is_missing, geojson.json_value


def geojson_text(gdf: gpd.GeoDataFrame, sort_by: str | list[str] | None = None) -> str:
    """A layer as RFC 7946 GeoJSON text (see :func:`write_geojson`)."""
    out = io.StringIO()
    geojson.write_features(_geojson_frame(gdf, sort_by), out)
    return out.getvalue()


def _geojson_frame(gdf: gpd.GeoDataFrame, sort_by) -> gpd.GeoDataFrame:
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs("EPSG:4326")
    if sort_by is not None:
        # A stable sort: rows with equal keys keep their order.
        gdf = gdf.sort_values(sort_by, kind="mergesort")
    return gdf


def write_geojson(gdf: gpd.GeoDataFrame, path: os.PathLike, sort_by: str | list[str] | None = None) -> None:
    """Write a layer as RFC 7946 GeoJSON, the same bytes for the same input.

    WGS 84 longitude/latitude (other CRSs are transformed), no ``crs``
    member, at most 6 decimals, counter-clockwise exterior rings, list
    fields as JSON arrays, dates as ISO 8601 text, missing values as null.
    Lines must already be cut at the antimeridian (see
    :func:`progmap.outputs.layers.geodesic_arc`).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        The layer; a missing CRS is taken as EPSG:4326.
    path : path-like
        The ``.geojson`` file to write (UTF-8).
    sort_by : str or list of str, optional
        Columns to order features by (stable); the frame's order otherwise.

    Examples
    --------
    >>> write_geojson(layers["places"], "places.geojson", sort_by="code")  # doctest: +SKIP
    """
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        geojson.write_features(_geojson_frame(gdf, sort_by), out)


def _as_date(value):
    """An ISO date text (or date-time) as a date; None when it is none."""
    if _is_missing(value) or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _gpkg_frame(gdf: gpd.GeoDataFrame, name: str) -> tuple[gpd.GeoDataFrame, str]:
    """A layer's fields made GeoPackage-friendly, and its one geometry type.

    Lists become readable '; '-joined text (QGIS filters and labels text;
    GDAL's JSON list fields are awkward there), ``*_date`` fields become
    dates, counts integers. Geometries are left as they are: they are made
    one type a chunk at a time (:func:`_arrow_batch`).
    """
    out = gdf.copy()
    if out.crs is None:
        out = out.set_crs("EPSG:4326")
    elif out.crs.to_epsg() != 4326:
        out = out.to_crs("EPSG:4326")
    for column in out.columns:
        if column == out.geometry.name:
            continue
        series = out[column]
        # Only an object column holds lists; a plain list is walked, not the Series a cell at a time.
        values = series.tolist() if series.dtype == object or str(column).endswith("_date") else None
        if series.dtype == object and any(map(_is_list, values)):
            out[column] = pd.Series(_gpkg_texts(values), index=series.index, dtype=object)
        elif str(column).endswith("_date"):
            out[column] = pd.Series([_as_date(v) for v in values], index=series.index, dtype=object)
        elif column in COUNT_FIELDS and pd.api.types.is_numeric_dtype(series) and not series.isna().any():
            out[column] = series.astype("int64")
        elif series.dtype == object:
            out[column] = series.where(series.notna(), None)
        # Text columns held by Arrow go to GDAL as they are, missing values as
        # nulls: as Python objects they would be made and turned back again.
    return out, _geometry_type(out, name)


def _arrow_schema(frame: gpd.GeoDataFrame) -> pa.Schema:
    """The Arrow fields a whole layer's rows are handed to GDAL with.

    As pyogrio's ``write_dataframe`` makes them: a column Arrow cannot
    hold is made text, a column of nothing but missing values is text, the
    geometry is WKB. Every chunk is cast to these fields, so a chunk whose
    dates are all missing still writes into a date field.
    """
    fields = []
    for column in frame.columns:
        if column == frame.geometry.name:
            fields.append(pa.field(column, pa.binary()))
            continue
        try:
            field = pa.Schema.from_pandas(_type_sample(frame[column]).to_frame(column), preserve_index=False).field(0)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            frame[column] = frame[column].astype("string")
            field = pa.Schema.from_pandas(frame[[column]].iloc[:0], preserve_index=False).field(0)
        # Text is GDAL's string field however it is held (an object column or Arrow's large strings).
        text = pa.types.is_null(field.type) or pa.types.is_large_string(field.type)
        fields.append(field.with_type(pa.string()) if text else field)
    return pa.schema(fields)


def _type_sample(series: pd.Series) -> pd.Series:
    """Values of a column that give Arrow the type of the whole column.

    A typed column's type is its dtype's; an object column holding values
    of one type (strings, dates) has the type of its first value; a mixed
    one is the whole column.
    """
    if series.dtype != object:
        return series.iloc[:0]
    present = [value for value in series.tolist() if value is not None]
    if len(set(map(type, present))) > 1:
        return series
    return pd.Series(present[:1], dtype=object)


def _arrow_batch(chunk: gpd.GeoDataFrame, geometry_type: str, schema: pa.Schema) -> pa.RecordBatch:
    """Rows of a layer as one Arrow batch of ``schema``: geometries of one type, as WKB."""
    geometries = np.asarray(chunk.geometry.values, dtype=object)
    if geometry_type.startswith("Multi"):
        # Promoted here, not in GDAL, so both writers' paths agree.
        geometries = _promoted(geometries, geometry_type)
    frame = pd.DataFrame(chunk, copy=False)
    frame[chunk.geometry.name] = shapely.to_wkb(geometries)
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    return table.combine_chunks().to_batches()[0] if table.num_rows else pa.RecordBatch.from_pylist([], schema=schema)


#: Per Multi* type, its single part's type id and the function making one-part collections.
_PROMOTION = {
    "MultiPolygon": (shapely.GeometryType.POLYGON, shapely.multipolygons),
    "MultiLineString": (shapely.GeometryType.LINESTRING, shapely.multilinestrings),
    "MultiPoint": (shapely.GeometryType.POINT, shapely.multipoints),
}


def _promoted(geometries: np.ndarray, geometry_type: str) -> np.ndarray:
    """Single-part geometries made one-part ``geometry_type`` collections, all at once; others kept."""
    part, make = _PROMOTION[geometry_type]
    single = shapely.get_type_id(geometries) == part
    out = geometries.copy()
    if single.any():
        out[single] = make(geometries[single], indices=np.arange(int(single.sum())))
    return out


def _gpkg_text(value):
    """A cell of a column holding lists: a list as '; '-joined text, missing as None."""
    if _is_list(value):
        return LIST_SEPARATOR.join(map(str, value))
    return None if _is_missing(value) else value


def _gpkg_texts(values: list) -> list:
    """:func:`_gpkg_text` of each value of a column; strings and lists of strings (most) take a short path."""
    join = LIST_SEPARATOR.join
    out = []
    for value in values:
        kind = type(value)
        if kind is str:
            out.append(value)
        elif kind is list:
            try:
                out.append(join(value))
            except TypeError:  # items other than strings
                out.append(join(map(str, value)))
        else:
            out.append(_gpkg_text(value))
    return out


def _geometry_type(gdf: gpd.GeoDataFrame, name: str) -> str:
    """One geometry type per layer, as QGIS likes.

    A known layer keeps its type from :data:`LAYER_GEOMETRY` whenever its
    rows fit it, so the schema does not change from build to build;
    otherwise Multi* when single and multi parts are mixed.
    """
    types = set(gdf.geometry.dropna().geom_type.unique().tolist())
    known = LAYER_GEOMETRY.get(name, "Unknown")
    if not types:
        return known
    for single, multi in (("Point", "MultiPoint"), ("LineString", "MultiLineString"), ("Polygon", "MultiPolygon")):
        if types <= {single, multi} and known in (single, multi) and (known == multi or types == {single}):
            return known
    for single, multi in (("Point", "MultiPoint"), ("LineString", "MultiLineString"), ("Polygon", "MultiPolygon")):
        if types == {single}:
            return single
        if types <= {single, multi}:
            return multi
    return "Unknown"


def write_geopackage(layers: dict[str, gpd.GeoDataFrame], path: os.PathLike, styles: dict[str, str] | None = None) -> None:
    """Write every layer into one GeoPackage, each with a default QGIS style.

    The file is GeoPackage 1.2 (see :data:`GPKG_VERSION`); fields keep
    their meaning in QGIS: lists as '; '-joined text, ``*_date`` fields as
    dates, counts as integers. Each layer gets a spatial index and, in the
    ``layer_styles`` table, the style QGIS applies when the layer is opened.

    Parameters
    ----------
    layers : dict of str to geopandas.GeoDataFrame
        Layer name to layer (EPSG:4326; others are transformed). Empty
        layers are written too, so the set of layers is always the same.
    path : path-like
        The ``.gpkg`` file; replaced if it exists.
    styles : dict of str to str, optional
        Layer name to QGIS style (QML). Defaults to
        :func:`progmap.outputs.qgis.layer_styles` of ``layers``; ``{}`` writes none.

    Examples
    --------
    >>> write_geopackage(layers, "progmap.gpkg")   # doctest: +SKIP
    """
    path = Path(path)
    path.unlink(missing_ok=True)
    with _unsynced_sqlite():
        for name, gdf in layers.items():
            _write_gpkg_layer(gdf, path, name)
    if styles is None:
        from progmap.outputs import qgis  # qgis does not import writers: no cycle

        styles = qgis.layer_styles(layers)
    if styles:
        write_layer_styles(path, {name: qml for name, qml in styles.items() if name in layers})


def _write_gpkg_layer(gdf: gpd.GeoDataFrame, path: Path, name: str) -> None:
    """Write one layer into a GeoPackage, streamed to GDAL :data:`GPKG_CHUNK_ROWS` rows at a time.

    A layer's rows in GeoPackage form (promoted geometries, their WKB, the
    Arrow columns) cost several times the layer itself: a chunk at a time,
    only one chunk's worth is ever held. Through Arrow, Python dates become
    DATE fields (GDAL's other path would write them as text).
    """
    frame, geometry_type = _gpkg_frame(gdf, name)
    schema = _arrow_schema(frame)
    batches = (
        _arrow_batch(frame.iloc[start:start + GPKG_CHUNK_ROWS], geometry_type, schema)
        for start in range(0, max(len(frame), 1), GPKG_CHUNK_ROWS)
    )
    epsg = frame.crs.to_epsg()
    pyogrio.raw.write_arrow(
        pa.RecordBatchReader.from_batches(schema, batches),
        path,
        layer=name,
        driver="GPKG",
        geometry_name=frame.geometry.name,
        geometry_type=geometry_type,
        crs=f"EPSG:{epsg}" if epsg else frame.crs.to_wkt("WKT1_GDAL"),
        dataset_options={"VERSION": GPKG_VERSION},
        layer_options={"SPATIAL_INDEX": "YES"},
        append=path.exists(),
    )


@contextlib.contextmanager
def _unsynced_sqlite():
    """GDAL's SQLite writes without waiting for the disk at each commit, for the ``with`` block.

    A GeoPackage is written into the build's temporary folder and moved
    into place only when every output is complete (:func:`atomic_output_dir`),
    as the other outputs are, which are not synced either: a crash
    leaves the previous outputs, not a half-written file. The waits took
    two thirds of the GeoPackage stage's time on a busy disk.
    """
    before = pyogrio.get_gdal_config_option("OGR_SQLITE_SYNCHRONOUS")
    pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": "OFF"})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": before})


def write_layer_styles(path: os.PathLike, styles: dict[str, str]) -> None:
    """Store QML styles in a GeoPackage's ``layer_styles`` table.

    QGIS reads this table (registered in ``gpkg_contents`` as attributes)
    and applies the style marked ``useAsDefault`` when a layer is opened.
    An existing style of the same layer is replaced.

    Parameters
    ----------
    path : path-like
        An existing GeoPackage holding the layers.
    styles : dict of str to str
        Layer name to QML text.
    """
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("PRAGMA synchronous = OFF")  # as the layers were written (see _unsynced_sqlite)
        # The columns QGIS itself creates (QgsOgrProviderUtils, GPKG flavour).
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


#: First characters that make a spreadsheet read a cell as a formula
#: (OWASP, "CSV Injection"): ``=1+1``, ``+1``, ``-1``, ``@SUM()``, and a tab
#: or carriage return before any of them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(text: str) -> str:
    """Text a spreadsheet shows as written, never evaluates.

    A cell starting with a formula character gets a leading apostrophe, as
    OWASP advises: Excel, LibreOffice and Google Sheets then show the text.

    >>> neutralize_formula("=SUM(A1:A9)"), neutralize_formula("Hanoi")
    ("'=SUM(A1:A9)", 'Hanoi')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value):
    """A frame cell as CSV text: lists joined, missing empty, formulas inert.

    Numbers stay numbers (``-5`` is a number, not a formula); only text
    from documents, file names and curated files can carry a formula.
    """
    if _is_list(value):
        return neutralize_formula(LIST_SEPARATOR.join(map(str, value)))
    if _is_missing(value):
        return ""
    json_value = _json_value(value)  # dates as ISO text, numpy scalars as Python
    return neutralize_formula(json_value) if isinstance(json_value, str) else json_value


def write_csv(frame: pd.DataFrame, path: os.PathLike, hxl: dict[str, str] | None = None, rows=None) -> None:
    """Write a table as UTF-8 CSV: lists as '; '-joined text, missing as empty.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table; a ``geometry`` column is left out.
    path : path-like
        The ``.csv`` file.
    hxl : dict of str to str, optional
        Column to HXL hashtag (``{"org_name": "#org+impl"}``), written as a
        second row under the header so HXL tools and HDX read the table;
        columns without a tag get an empty cell.
    rows : progmap.outputs.fragments.Spool, optional
        The rows' CSV text, already made a document at a time (see
        :mod:`progmap.outputs.fragments`): written instead of the frame's rows.

    Examples
    --------
    >>> write_csv(table, "3w.csv", hxl={"org_name": "#org+impl", "adm1_code": "#adm1+code"})  # doctest: +SKIP
    """
    frame = frame.drop(columns="geometry", errors="ignore")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(frame.columns)
        if hxl is not None:
            writer.writerow([hxl.get(column, "") for column in frame.columns])
        if rows is not None:
            rows.write_to(handle)
            return
        # Column by column (a frame's rows are slow to iterate), each
        # distinct value made a cell once: codes, names and sentences repeat.
        columns = [_csv_cells(frame[column].tolist()) for column in frame.columns]
        writer.writerows(zip(*columns))


def _csv_cells(values: list) -> list:
    """:func:`_csv_cell` of each value of a column.

    Strings, ints and lists of strings (most cells) take a short path that
    gives the same cells: a string is neutralized once per distinct value,
    a list is joined; other values go through :func:`_csv_cell`, memoized.
    """
    memo: dict = {}
    out = []
    other = []  # positions of values of other types, done together below
    for value in values:
        kind = type(value)
        if kind is str:
            cell = memo.get(value)
            if cell is None:
                cell = memo[value] = neutralize_formula(value)
        elif kind is int:
            cell = value
        elif kind is list and all(type(item) is str for item in value):
            cell = neutralize_formula(LIST_SEPARATOR.join(value))
        else:
            other.append(len(out))
            cell = None
        out.append(cell)
    if other:
        for position, cell in zip(other, geojson.memoized(_csv_cell, [values[i] for i in other])):
            out[position] = cell
    return out

"""RFC 7946 GeoJSON text, written a block of features at a time.

Geometries are oriented (exterior rings counter-clockwise) and rounded to
:data:`PRECISION` decimals for a whole block at once, their coordinates
formatted as Python writes floats (the shortest text naming the double, as
:func:`json.dumps` does), and assembled from shapely's ragged arrays;
properties are encoded a column at a time. One feature per line: still
valid JSON, and a diff shows which changed. Lines go to the file as each
block is done, so a large layer is never held as features, lines and text
at once.

Examples
--------
>>> with open("routes.geojson", "w", encoding="utf-8") as out:   # doctest: +SKIP
...     write_features(layer, out)
"""

from __future__ import annotations

import datetime
import json
import math
from typing import TextIO

import numpy as np
import pandas as pd
import shapely
from shapely import GeometryType

#: Decimals kept in GeoJSON coordinates: 6 is about 10 cm (RFC 7946 section 11.2).
PRECISION = 6
#: Features encoded at a time.
BLOCK = 5000

_TYPE_NAMES = {
    GeometryType.POINT: "Point",
    GeometryType.LINESTRING: "LineString",
    GeometryType.POLYGON: "Polygon",
    GeometryType.MULTIPOINT: "MultiPoint",
    GeometryType.MULTILINESTRING: "MultiLineString",
    GeometryType.MULTIPOLYGON: "MultiPolygon",
}


def is_list(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, (float, np.floating)) and math.isnan(value)


def json_value(value):
    """A frame cell as a JSON value: lists stay arrays, missing values are null."""
    if is_list(value):
        return [json_value(v) for v in list(value)]
    if is_missing(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime.datetime):
        # Midnight is a date written as a date-time: keep it a date.
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and math.isinf(value):
        return None  # JSON has no infinity
    if isinstance(value, (str, int, float, bool, dict)):
        return value
    return str(value)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def _cell_text(value) -> str:
    return _ENCODE(json_value(value))


def memoized(function, values: list) -> list:
    """``[function(v) for v in values]``, calling ``function`` once per distinct hashable value.

    Keys carry the type, so ``1``, ``1.0`` and ``True`` stay apart.
    """
    memo: dict = {}
    out = []
    for value in values:
        try:
            key = (type(value), value)
            found = memo.get(key)
            if found is None:
                found = memo[key] = function(value)
        except TypeError:  # a list: unhashable
            found = function(value)
        out.append(found)
    return out


def _string_list_text(items: list, memo: dict) -> str | None:
    """A list of plain strings as JSON text, each string encoded once; None if an item is no ``str``."""
    texts = []
    for item in items:
        if type(item) is not str:
            return None
        text = memo.get(item)
        if text is None:
            text = memo[item] = _ENCODE(item)
        texts.append(text)
    return "[" + ",".join(texts) + "]"


def cell_texts(values: list) -> list[str]:
    """Each value as JSON text, as :func:`json_value` and the encoder make it.

    Strings and lists of strings (names, codes, document ids: most cells)
    take a short path: each distinct string is encoded once, and a list is
    its items' texts joined, which is the text the encoder writes for it.
    Other values go through :func:`memoized` ``_cell_text``.
    """
    memo: dict = {}
    out = []
    other = []  # positions of values of other types, done together below
    for value in values:
        kind = type(value)
        text = None
        if kind is str:
            text = memo.get(value)
            if text is None:
                text = memo[value] = _ENCODE(value)
        elif kind is list or kind is tuple:
            text = _string_list_text(value, memo)
        elif kind is np.ndarray and value.dtype == object:
            text = _string_list_text(value.tolist(), memo)
        if text is None:
            other.append(len(out))
        out.append(text)
    if other:
        for position, text in zip(other, memoized(_cell_text, [values[i] for i in other])):
            out[position] = text
    return out


def _column_texts(series: pd.Series) -> list[str]:
    """Each cell of a column as JSON text."""
    kind = getattr(series.dtype, "kind", "O") if isinstance(series.dtype, np.dtype) else "O"
    if kind in "iu":
        return [str(v) for v in series.tolist()]
    if kind == "f":
        return ["null" if not math.isfinite(v) else repr(v) for v in series.astype("float64").tolist()]
    return cell_texts(series.tolist())


def property_texts(frame: pd.DataFrame) -> list[str]:
    """Each row's ``properties`` object as JSON text, keys in column order."""
    if not len(frame.columns):
        return ["{}"] * len(frame)
    keys = [_ENCODE(str(column)) + ":" for column in frame.columns]
    columns = [_column_texts(frame.iloc[:, i]) for i in range(len(frame.columns))]
    # One template per layer, filled per row: no join over the keys of every row.
    template = "{" + ",".join(key.replace("%", "%%") + "%s" for key in keys) + "}"
    return [template % cells for cells in zip(*columns)]


def _nest(items: list[str], offsets: np.ndarray) -> list[str]:
    """Join ``items`` into bracketed groups cut at ``offsets``."""
    bounds = offsets.tolist()
    return ["[" + ",".join(items[a:b]) + "]" for a, b in zip(bounds[:-1], bounds[1:])]


def _coordinate_texts(coords: np.ndarray) -> list[str]:
    xs = map(repr, coords[:, 0].tolist())
    ys = map(repr, coords[:, 1].tolist())
    return [f"[{x},{y}]" for x, y in zip(xs, ys)]


def geometry_texts(geometries) -> list[str]:
    """RFC 7946 geometry texts of an array of geometries; ``null`` for missing or empty ones.

    Exterior rings run counter-clockwise, holes clockwise, and coordinates
    keep at most :data:`PRECISION` decimals (never ``-0.0``).
    """
    geometries = np.asarray(geometries, dtype=object)
    # A geometry object shared by many rows (one arc per route pair) is written once.
    _, first, inverse = np.unique(np.array([id(g) for g in geometries], dtype=np.int64), return_index=True, return_inverse=True)
    if len(first) < len(geometries):
        texts = geometry_texts(geometries[first])
        return [texts[i] for i in inverse.tolist()]
    out = ["null"] * len(geometries)
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if not present.any():
        return out
    chosen = np.flatnonzero(present)
    shapes = shapely.orient_polygons(geometries[chosen], exterior_cw=False)
    # np.round gives the double nearest each rounded value, which repr writes
    # with no more than PRECISION decimals; + 0.0 turns -0.0 into 0.0.
    shapes = shapely.transform(shapes, lambda xy: np.round(xy, PRECISION) + 0.0)
    kinds = shapely.get_type_id(shapes)
    for kind in np.unique(kinds).tolist():
        picked = np.flatnonzero(kinds == kind)
        name = _TYPE_NAMES.get(GeometryType(kind))
        if name is None:  # a GeometryCollection: rare, one at a time
            for i in picked.tolist():
                out[chosen[i]] = shapely.to_geojson(shapes[i])
            continue
        _, coords, offsets = shapely.to_ragged_array(shapes[picked])
        items = _coordinate_texts(coords)
        for level in offsets:
            items = _nest(items, level)
        head = '{"type":"' + name + '","coordinates":'
        for i, text in zip(picked.tolist(), items):
            out[chosen[i]] = head + text + "}"
    return out


def write_features(gdf, out: TextIO) -> None:
    """Write a layer (WGS 84) as a FeatureCollection, one feature per line."""
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    if not len(gdf):
        out.write('{"type":"FeatureCollection","features":[]}\n')
        return
    out.write('{"type":"FeatureCollection","features":[\n')
    for start in range(0, len(gdf), BLOCK):
        block = gdf.iloc[start : start + BLOCK]
        properties = property_texts(block[columns])
        geometries = geometry_texts(block.geometry.values)
        lines = [
            '{"type":"Feature","properties":' + props + ',"geometry":' + geometry + "}"
            for props, geometry in zip(properties, geometries)
        ]
        if start:
            out.write(",\n")
        out.write(",\n".join(lines))
    out.write("\n]}\n")

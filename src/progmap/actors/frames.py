"""Small frames, made fast, and plain columns that need no frame at all.

The actor stages read and return a few small tables per document. A build's
worker passes them between stages as plain columns (a dict of column name ->
list of values, see :func:`columns`), so no pandas frame is built per
document there; the public functions that return frames make them with
:func:`frame`.

Building a pandas DataFrame from a dict reindexes it when ``columns=`` is
given and converts every string column to pandas' string type; an empty one
is built from scratch every time. Over thousands of documents that was most
of the actor stages' time. :func:`frame` builds columns as NumPy arrays
(integers and booleans typed, everything else ``object``, as these frames
held before pandas 3) and copies a cached empty frame when there are no rows.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd


@lru_cache(maxsize=None)
def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({column: np.empty(0, dtype=object) for column in columns})


def _array(values: list) -> np.ndarray:
    if values and all(type(v) is int for v in values):
        return np.asarray(values, dtype=np.int64)
    if values and all(type(v) is bool for v in values):
        return np.asarray(values, dtype=bool)
    return np.fromiter(values, dtype=object, count=len(values))  # lists stay lists, not a 2-D array


def frame(data: dict, columns: list[str]) -> pd.DataFrame:
    """A frame of ``data`` (column -> list of values) with exactly ``columns``, in order.

    Examples
    --------
    >>> found = frame({"b": ["x"], "a": [1], "c": [["p", "q"]]}, ["a", "b", "c"])
    >>> found.columns.tolist(), found["a"].dtype.name, found.at[0, "c"]
    (['a', 'b', 'c'], 'int64', ['p', 'q'])
    >>> frame({"a": []}, ["a", "b"]).empty
    True
    """
    if not data or not any(len(values) for values in data.values()):
        return _empty(tuple(columns)).copy()
    arrays = [_array(list(data[column])) for column in columns]
    try:
        return pd.DataFrame._from_arrays(arrays, columns=list(columns), index=pd.RangeIndex(len(arrays[0])), verify_integrity=False)
    except (AttributeError, TypeError):  # a pandas without the fast path
        return pd.DataFrame(dict(zip(columns, arrays)))


def columns(data, names: list[str]) -> dict[str, list]:
    """Plain columns (name -> list of values) of a frame or of a dict of columns.

    A dict is returned as it is; a frame gives the named columns it has as
    lists, as ``Series.tolist`` gives them.

    Examples
    --------
    >>> columns(pd.DataFrame({"start": [3], "code": ["VNM"]}), ["start", "code"])
    {'start': [3], 'code': ['VNM']}
    >>> columns({"start": [3]}, ["start"])
    {'start': [3]}
    """
    if isinstance(data, dict):
        return data
    return {name: data[name].tolist() for name in names if name in data}


def empty_columns(names: list[str]) -> dict[str, list]:
    """Plain columns without rows.

    >>> empty_columns(["a", "b"])
    {'a': [], 'b': []}
    """
    return {name: [] for name in names}


def length(data) -> int:
    """Rows of a frame or of a dict of columns.

    >>> length({"start": [1, 2], "end": [3, 4]}), length({}), length(pd.DataFrame({"a": [1]}))
    (2, 0, 1)
    """
    if isinstance(data, dict):
        return len(next(iter(data.values()))) if data else 0
    return len(data)

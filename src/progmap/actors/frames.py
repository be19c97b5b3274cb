"""Small frames, made fast: the actor stages return one or two per document.

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

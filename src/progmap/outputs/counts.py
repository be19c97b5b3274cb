"""How many of each thing a build found: the one definition the CLI and the map share.

Per-record layers hold a feature per record and place (a programme in three
provinces is three features), so their counts are of distinct ids; area and
place layers are counted by feature.

>>> import pandas as pd
>>> layer_counts({"programmes": pd.DataFrame({"programme_id": ["p1", "p1", "p2"]})})
{'programmes': 2}
"""

from __future__ import annotations

#: Layer -> the column whose distinct values are the things counted.
RECORD_IDS = {
    "programmes": "programme_id",
    "organizations": "org_id",
    "routes": "route_id",
    "places": "code",
}


def layer_count(layers: dict, name: str) -> int:
    """The number of things in one layer (0 when it is missing)."""
    layer = layers.get(name)
    if layer is None:
        return 0
    column = RECORD_IDS.get(name)
    if column is not None and column in layer:
        return int(layer[column].nunique())
    return int(len(layer))


def layer_counts(layers: dict) -> dict[str, int]:
    """The number of things in each layer, in the layers' order.

    Parameters
    ----------
    layers : dict of str to pandas.DataFrame
        Output layers (see :mod:`progmap.outputs.layers`).

    Returns
    -------
    dict of str to int
        Distinct programmes, organizations, routes (statements) and places;
        features of every other layer.
    """
    return {name: layer_count(layers, name) for name in layers}

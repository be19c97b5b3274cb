"""Look a single name up by hand: ranked candidates with scores.

This is the ``progmap geocode`` command's engine, for checking how a name
will resolve, or finding the code of a place a text spells oddly.
"""

from __future__ import annotations

import pandas as pd
from rapidfuzz import fuzz, process

from progmap.places.gazetteer import Gazetteer
from progmap.text import fold_name

_KIND_BONUS = {"country": 4.0, "region": 2.0, "admin1": 3.0, "city": 0.0}


def geocode(name: str, gazetteer: Gazetteer, country: str | None = None, limit: int = 10) -> pd.DataFrame:
    """Rank the places a name may mean.

    Parameters
    ----------
    name : str
        A place name as a text might write it ("Dong Nai", "Saigon").
    gazetteer : Gazetteer
        Places and names to search.
    country : str, optional
        ISO alpha-3 of the country to favour.
    limit : int
        Most candidates to return.

    Returns
    -------
    pandas.DataFrame
        ``code``, ``kind``, ``name``, ``country``, ``matched`` (the gazetteer
        name that matched) and ``score`` (0-100), best first.

    Examples
    --------
    >>> geocode("Dong Nai", gazetteer, country="VNM").iloc[0]["code"]  # doctest: +SKIP
    'VN-39'
    """
    key = fold_name(name)
    names = gazetteer.names
    keys = names["key"].drop_duplicates()
    matches = process.extract(key, keys, scorer=fuzz.WRatio, limit=max(limit * 5, 25), score_cutoff=70)
    similarity = {match: score for match, score, _ in matches}
    similarity[key] = 100.0 if key in set(keys) else similarity.get(key, 0.0)
    hits = names[names["key"].isin(similarity)].copy()
    if hits.empty:
        return pd.DataFrame(columns=["code", "kind", "name", "country", "matched", "score"])
    places = gazetteer.places
    hits["kind"] = places.loc[hits["code"], "kind"].to_numpy()
    hits["name"] = places.loc[hits["code"], "name"].to_numpy()
    hits["country"] = places.loc[hits["code"], "country"].to_numpy()
    # Exact names first; then favour the asked-for country, bigger units,
    # and names that need no context.
    hits["score"] = hits["key"].map(similarity) * 0.9 + hits["kind"].map(_KIND_BONUS)
    if country:
        hits["score"] += (hits["country"] == country.upper()) * 6.0
    hits["score"] -= (hits["context"].fillna("") != "") * 1.0
    hits["score"] = hits["score"].clip(upper=100).round(1)
    hits = hits.sort_values(["score", "code"], ascending=[False, True]).drop_duplicates("code")
    return hits.rename(columns={"key": "matched"})[["code", "kind", "name", "country", "matched", "score"]].head(limit).reset_index(drop=True)

"""Look a single name up by hand: ranked candidates with scores.

This is the ``progmap geocode`` command's engine, for checking how a name
will resolve, or finding the code of a place a text spells oddly.
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz, process

from progmap.errors import ProgmapError
from progmap.places import vintage
from progmap.places.gazetteer import Gazetteer
from progmap.text import fold_name

_KIND_BONUS = {"country": 4.0, "region": 2.0, "admin1": 3.0, "city": 0.0}
COLUMNS = ["code", "kind", "name", "country", "matched", "score", "vintage", "members", "successor"]
#: Least similarity (plain edit-distance ratio, 0-100) of a fuzzy candidate:
#: "Quangninh" finds Quang Ninh (95) and "Lao Cay" Lao Cai (86), while
#: "Xyzzyville" finds nothing (Brazzaville is 67). A partial-match scorer
#: would offer two-letter names ("ha", "po") for any long name.
SCORE_CUTOFF = 80


def geocode(name: str, gazetteer: Gazetteer, country: str | None = None, limit: int = 10, date: str | None = None) -> pd.DataFrame:
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
    date : str, optional
        ISO date of the text the name is from: an admin-1 unit is given as
        the map of that date has it (see :mod:`progmap.places.vintage`);
        without it, as the boundary file has it. A qualifier in the name
        ("former Kien Giang", "Tây Ninh (mới)") overrides the date.

    Returns
    -------
    pandas.DataFrame
        ``code``, ``kind``, ``name``, ``country``, ``matched`` (the gazetteer
        name that matched), ``score`` (0-100), ``vintage``, ``members`` and
        ``successor`` (as in mentions), best first.

    Examples
    --------
    >>> geocode("Dong Nai", gazetteer, country="VNM").iloc[0]["code"]  # doctest: +SKIP
    'VN-39'
    """
    if date and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
        raise ProgmapError(f"--date: '{date}' is not an ISO date such as 2026-01-01")
    era, name = vintage.split_qualifier(name)
    key = fold_name(name)
    names = gazetteer.names
    keys = names["key"].drop_duplicates()
    matches = process.extract(key, keys, scorer=fuzz.ratio, limit=max(limit * 5, 25), score_cutoff=SCORE_CUTOFF)
    similarity = {match: score for match, score, _ in matches}
    similarity[key] = 100.0 if key in set(keys) else similarity.get(key, 0.0)
    hits = names[names["key"].isin(similarity)].copy()
    if hits.empty:
        return pd.DataFrame(columns=COLUMNS)
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
    hits = hits.sort_values(["score", "code"], ascending=[False, True]).drop_duplicates("code").head(limit)
    return _on_map(hits.rename(columns={"key": "matched"}), gazetteer.vintages, date or "", era)[COLUMNS].reset_index(drop=True)


def _on_map(hits: pd.DataFrame, vintages: vintage.Vintages, date: str, era: str) -> pd.DataFrame:
    """Each candidate's vintage, members and successor on the map of ``date``."""
    day = vintage.reading_dates([date], "source")[0]
    states = [
        vintages.state(c, code, vintages.index_on(c, day), era) if kind == "admin1" else (vintages.source, (), "", "")
        for code, kind, c in zip(hits["code"], hits["kind"], hits["country"])
    ]
    hits = hits.copy()
    hits["vintage"] = [s[0] for s in states]
    hits["members"] = [list(s[1]) for s in states]
    hits["successor"] = [s[2] for s in states]
    hits["name"] = [s[3] or n for s, n in zip(states, hits["name"])]
    return hits

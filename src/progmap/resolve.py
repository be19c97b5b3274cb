"""Pick one place for each name found in a document.

Rules, in the spirit of CLIFF-CLAVIN's chain but with a known context:

1. Countries and named regions outrank admin-1 units, which outrank cities.
2. A place in the document's context country (given by the project, or the
   country the document names most) wins; so does a place in a country the
   document names elsewhere.
3. A city-province (Hanoi, Ho Chi Minh City, Bangkok, Beijing) is read as
   the admin-1 unit in the context country, where programmes are mapped by
   province, and as the city abroad.
4. Words around the name ("Lang Son province", "the city of Hue") decide
   between an admin-1 unit and a city.
5. Bigger cities beat smaller ones.

A name whose best readings are too close, or that is only a small foreign
town with no support in the document, is not guessed: it goes to the
unresolved report with its suggestions.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd

from progmap.gazetteer import Gazetteer
from progmap.mentions import PlaceMatcher
from progmap.schema import MENTION_COLUMNS, UNRESOLVED_COLUMNS

_KIND_WEIGHT = {"country": 1.0, "region": 0.9, "admin1": 0.8, "city": 0.6}
#: A city smaller than this needs support from the document to be mapped.
_SMALL_CITY = 200_000
#: Best and second readings closer than this, in different countries, are ambiguous.
_MARGIN = 0.15


def infer_context_country(candidates: pd.DataFrame, matcher: PlaceMatcher, gazetteer: Gazetteer) -> str:
    """Return the country a document names most often ('' if none).

    Only names that can mean nothing but one country are counted, so an
    ambiguous "Georgia" does not tip the balance.
    """
    counts: Counter[str] = Counter()
    for key, written in zip(candidates["key"], candidates["text"]):
        readings = matcher.readings(key, written)
        kinds = {gazetteer.places.at[c.code, "kind"] for c in readings if not c.context}
        countries = {gazetteer.places.at[c.code, "country"] for c in readings if not c.context}
        if kinds == {"country"} and len(countries) == 1:
            counts[countries.pop()] += 1
    return counts.most_common(1)[0][0] if counts else ""


def resolve_mentions(
    doc_id: str,
    candidates: pd.DataFrame,
    matcher: PlaceMatcher,
    gazetteer: Gazetteer,
    context_country: str | None = None,
    sentences=None,
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Resolve a document's name matches to places.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    candidates : pandas.DataFrame
        Matches from :meth:`PlaceMatcher.find`.
    matcher : PlaceMatcher
        Gives each match's readings under the case rules.
    gazetteer : Gazetteer
        Places to resolve to.
    context_country : str, optional
        ISO alpha-3 of the country the document is about; inferred if None.
    sentences : callable, optional
        ``sentences(starts, ends) -> list[str]``: the sentence holding each
        mention. Without it, the sentence column is left empty.

    Returns
    -------
    mentions : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`.
    unresolved : pandas.DataFrame
        :data:`progmap.schema.UNRESOLVED_COLUMNS`.
    context : str
        The context country used.
    """
    places = gazetteer.places
    context = context_country or infer_context_country(candidates, matcher, gazetteer)
    readings = [
        [c for c in matcher.readings(k, w) if not c.context or c.context == context]
        for k, w in zip(candidates["key"], candidates["text"])
    ]
    support = _supported_countries(readings, places) | ({context} if context else set())
    resolved, unresolved = [], []
    for row, options in zip(candidates.itertuples(index=False), readings):
        if not options:
            unresolved.append((row.start, row.end, row.text, "name only counts in another context country", ""))
            continue
        scored = sorted(
            ((_score(places.loc[c.code], row.hint, context, support, options, places), c.code) for c in options),
            reverse=True,
        )
        best_score, best = scored[0]
        place = places.loc[best]
        suggestions = "; ".join(f"{code} {places.at[code, 'name']} ({s:.2f})" for s, code in scored[:5])
        if len(scored) > 1:
            second_score, second = scored[1]
            if (
                best_score - second_score < _MARGIN
                and places.at[second, "kind"] == place["kind"]
                and places.at[second, "country"] != place["country"]
                and place["country"] not in support
            ):
                unresolved.append((row.start, row.end, row.text, "ambiguous", suggestions))
                continue
        if place["kind"] == "city" and place["country"] not in support and _population(place) < _SMALL_CITY:
            unresolved.append((row.start, row.end, row.text, "small place with no support in the document", suggestions))
            continue
        if place["kind"] == "admin1" and place["country"] not in support and len({places.at[c, "country"] for _, c in scored}) > 1:
            unresolved.append((row.start, row.end, row.text, "foreign admin-1 name shared by several countries", suggestions))
            continue
        confidence = best_score / (best_score + (scored[1][0] if len(scored) > 1 else 0.0))
        resolved.append((row.start, row.end, row.text, place["kind"], best, place["name"], place["country"], round(confidence, 3)))
    mentions = pd.DataFrame(resolved, columns=["start", "end", "text", "kind", "code", "name", "country", "score"])
    missed = pd.DataFrame(unresolved, columns=["start", "end", "text", "reason", "suggestions"])
    for frame in (mentions, missed):
        frame.insert(0, "doc", doc_id)
        frame["sentence"] = sentences(frame["start"].to_numpy(), frame["end"].to_numpy()) if sentences and len(frame) else ""
    return mentions[MENTION_COLUMNS], missed[UNRESOLVED_COLUMNS], context


def _supported_countries(readings, places: pd.DataFrame) -> set[str]:
    """Countries the document names unambiguously (one country per name)."""
    found = set()
    for options in readings:
        countries = {places.at[c.code, "country"] for c in options}
        if len(countries) == 1:
            kinds = {places.at[c.code, "kind"] for c in options}
            if kinds & {"country", "admin1"}:
                found |= countries
    found.discard("")
    return found


def _population(place: pd.Series) -> float:
    value = place["population"]
    return 0.0 if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _score(place: pd.Series, hint: str, context: str, support: set[str], options, places) -> float:
    """Score one reading of a name; see the module docstring for the rules."""
    kind = place["kind"]
    score = _KIND_WEIGHT[kind]
    country = place["country"]
    if context and country == context:
        score += 0.5
    elif country in support:
        score += 0.3
    if kind == "city":
        score += min(math.log10(_population(place) + 1) / 7, 1.0) * 0.4
    # City-provinces: admin-1 at home, the city abroad, whatever the words
    # around say ("the capital city of Hanoi" is still the province Hanoi).
    kinds_here = {places.at[c.code, "kind"] for c in options if places.at[c.code, "country"] == country}
    if {"admin1", "city"} <= kinds_here:
        home = bool(context) and country == context
        if (kind == "admin1") == home:
            score += 0.45
    elif hint and hint == kind:
        score += 0.6
    return score

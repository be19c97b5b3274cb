"""Join what the texts say to geometry: the map layers.

Each function takes the frames of the earlier stages and the gazetteer's
shapes and returns a GeoDataFrame in EPSG:4326 whose field names are the
project's public contract (see the README's "Layers" section).

Geometry is never repeated: per-record layers (programmes, organizations,
places) are points inside their place (its label point) and name their
area by ``place_code``; an area's polygon appears once, in the area and
summary layers (``admin1_summary``, ``countries_summary``,
``programmes_summary``), to which records join by code. ``routes_summary``
draws one arc per origin, destination and direction.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from progmap.places.gazetteer import Gazetteer
from progmap.schema import EVIDENCE_SEPARATOR

_GEOD = Geod(ellps="WGS84")
_CRS = "EPSG:4326"


def in_index(values, index: pd.Index) -> np.ndarray:
    """``values.isin(index)`` as a boolean array, by the index's hash table.

    pandas' ``isin`` on Arrow-backed strings turns every item of ``index``
    (the gazetteer's tens of thousands of codes) into a pyarrow scalar on
    each call; the index's own lookup table is built once and kept.
    """
    if not index.is_unique:
        return np.asarray(pd.Series(values, dtype=object).isin(index), dtype=bool)
    return index.get_indexer(values) >= 0


def _empty(columns: list[str]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=_CRS)


def place_layers(mentions: pd.DataFrame, gazetteer: Gazetteer, focal=()) -> dict[str, gpd.GeoDataFrame]:
    """Layers of the places the documents mention.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Resolved mentions (:data:`progmap.schema.MENTION_COLUMNS`).
    gazetteer : Gazetteer
        Gives the shapes.
    focal : iterable of str, optional
        The countries the corpus is about (the project's context country).
        Each is in ``countries``, with no mentions when no text names it:
        texts about a country name its provinces, seldom the country.

    Returns
    -------
    dict
        ``places`` (one point per place: mention count, documents, an example
        quote), ``countries``, ``admin1`` and ``regions`` (polygons of the
        areas mentioned, with counts).
    """
    columns = ["code", "name", "kind", "country", "mentions", "docs", "quote"]
    if mentions.empty:
        layers = {"places": _empty(columns), **{k: _empty(columns) for k in ("countries", "admin1", "regions")}}
        return _with_focal_countries(layers, focal, gazetteer)
    # The short columns are sorted; sentences, the bulk of the rows, are
    # not copied: only each place's quote is taken from them.
    keys = ["code", "doc", "start"]
    ordered = mentions[[*keys, "name", "kind", "country"]].reset_index(drop=True).sort_values(keys)
    # Rows are sorted by document within a code: its distinct documents, in order.
    first_of_doc = ~ordered.duplicated(["code", "doc"]).to_numpy()
    docs = pd.Series(ordered["doc"].to_numpy(dtype=object)[first_of_doc]).groupby(ordered["code"].to_numpy()[first_of_doc], sort=True).agg(list)
    summary = ordered.groupby("code", sort=True).agg(
        name=("name", "first"),
        kind=("kind", "first"),
        country=("country", "first"),
        mentions=("code", "size"),
    )
    summary.insert(4, "docs", docs.reindex(summary.index).to_numpy())
    summary["quote"] = _first_present(mentions["sentence"], ordered.index.to_numpy(), ordered["code"].to_numpy()).reindex(summary.index)
    summary = summary.reset_index()
    shapes = gazetteer.shapes.loc[summary["code"]]
    places = gpd.GeoDataFrame(summary, geometry=shapes["anchor"].values, crs=_CRS)
    areas = gpd.GeoDataFrame(summary, geometry=shapes.geometry.values, crs=_CRS)
    layers = {"places": places}
    for layer, kind in (("countries", "country"), ("admin1", "admin1"), ("regions", "region")):
        layers[layer] = areas[areas["kind"] == kind].reset_index(drop=True)
    return _with_focal_countries(layers, focal, gazetteer)


def _first_present(values: pd.Series, rows: np.ndarray, groups: np.ndarray) -> pd.Series:
    """Per group, the first value present, taking ``values`` in the order of ``rows`` (positions).

    What ``groupby(...).first()`` gives on the reordered values, without reordering them all.
    """
    present = values.notna().to_numpy()[rows]
    rows, groups = rows[present], groups[present]
    first = ~pd.Series(groups).duplicated().to_numpy()
    return values.iloc[rows[first]].set_axis(pd.Index(groups[first]))


def _with_focal_countries(layers: dict[str, gpd.GeoDataFrame], focal, gazetteer: Gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Add the focal countries no text names to ``countries``, unmentioned."""
    countries = layers["countries"]
    missing = sorted(
        code for code in set(filter(None, focal)) - set(countries["code"])
        if code in gazetteer.shapes.index and gazetteer.places.at[code, "kind"] == "country"
    )
    if not missing:
        return layers
    added = gpd.GeoDataFrame(
        {"code": missing, "name": gazetteer.places.loc[missing, "name"].to_numpy(), "kind": "country", "country": missing,
         "mentions": 0, "docs": [[] for _ in missing], "quote": ""},
        geometry=place_geometries(missing, gazetteer).values, crs=_CRS,
    )
    merged = pd.concat([countries, added], ignore_index=True) if len(countries) else added
    layers["countries"] = gpd.GeoDataFrame(merged, geometry="geometry", crs=_CRS).sort_values("code", ignore_index=True)
    return layers


def documents_dates(docs_per_row, dates: dict) -> list[list]:
    """Per row, the dates of its documents (a ``docs`` list), None where a document states none.

    For the ``doc_dates`` column of ``places``: the web map's time filter
    shows a place when one of its documents falls in the years chosen.

    >>> documents_dates([["a.txt", "b.txt"]], {"a.txt": "2012-03-05"})
    [['2012-03-05', None]]
    """
    return [list(map(dates.get, docs)) for docs in docs_per_row]


def anchor_points(codes, gazetteer: Gazetteer) -> gpd.GeoSeries:
    """A point inside each place (a city's own point), for markers and routes."""
    return gpd.GeoSeries(gazetteer.shapes.loc[list(codes), "anchor"].values, crs=_CRS)


def place_geometries(codes, gazetteer: Gazetteer) -> gpd.GeoSeries:
    """Each place's own geometry: polygons for areas, points for cities."""
    return gpd.GeoSeries(gazetteer.shapes.loc[list(codes)].geometry.values, crs=_CRS)


def geodesic_arc(start: shapely.Point, end: shapely.Point, points: int = 48) -> shapely.geometry.base.BaseGeometry:
    """A great-circle line from ``start`` to ``end``, cut at the antimeridian.

    RFC 7946 asks for lines crossing the antimeridian to be split, and
    Leaflet does not do it; so the arc is a MultiLineString when it crosses.
    """
    lonlats = _GEOD.npts(start.x, start.y, end.x, end.y, points)
    coords = [(start.x, start.y), *lonlats, (end.x, end.y)]
    lines, current = [], [coords[0]]
    for (x0, y0), (x1, y1) in zip(coords, coords[1:]):
        if abs(x1 - x0) > 180:
            # Interpolate the latitude where the arc meets the antimeridian.
            edge = 180.0 if x0 > 0 else -180.0
            x1_shift = x1 + 360 if x0 > 0 else x1 - 360
            t = (edge - x0) / (x1_shift - x0)
            y_cross = y0 + t * (y1 - y0)
            current.append((edge, y_cross))
            lines.append(current)
            current = [(-edge, y_cross)]
        current.append((x1, y1))
    lines.append(current)
    if len(lines) == 1:
        return shapely.LineString(lines[0])
    return shapely.MultiLineString(lines)


def programme_layer(programmes: pd.DataFrame, organizations: pd.DataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """One point per programme and place it operates in.

    The point is the place's label point (inside its area; a city's own
    point); ``place_code`` names the area, whose polygon is in the summary
    layers (:func:`programme_summary_layer`, :func:`summary_layers`).
    """
    columns = ["programme_id", "name", "organizations", "place_code", "place_name", "place_kind",
               "activities", "funders", "budget", "identifiers", "status", "doc", "evidence", "source",
               "partners", "place_inferred", "places_planned"]
    if programmes.empty:
        return _empty(columns)
    names = _org_names(organizations)
    rows = programmes.explode("places").dropna(subset=["places"])
    rows = rows[in_index(rows["places"], gazetteer.shapes.index)]
    frame = pd.DataFrame(
        {
            "programme_id": rows["programme_id"],
            "name": rows["name"],
            "organizations": rows["organizations"].map(lambda ids: [names.get(i, i) for i in ids]),
            "place_code": rows["places"],
            "place_name": gazetteer.places.loc[rows["places"], "name"].to_numpy(),
            "place_kind": gazetteer.places.loc[rows["places"], "kind"].to_numpy(),
            "activities": rows["activities"],
            "funders": rows["funders"].map(lambda ids: [names.get(i, i) for i in ids]),
            "budget": rows["budget"],
            "identifiers": rows["identifiers"],
            "status": rows["status"],
            "doc": rows["doc"],
            "evidence": rows["evidence"],
            "source": rows["source"],
            "partners": _column(rows, "partners", []).map(lambda ids: [names.get(i, i) for i in ids]),
            "place_inferred": _column(rows, "place_inferred", False).map(bool),
            # where the work is to grow: no point of its own, the work is not there yet
            "places_planned": _column(rows, "places_planned", []),
        }
    ).reset_index(drop=True)
    return gpd.GeoDataFrame(frame, geometry=anchor_points(frame["place_code"], gazetteer).values, crs=_CRS)


def _column(rows: pd.DataFrame, column: str, empty) -> pd.Series:
    """A column of a frame, or its empty value on every row when the frame lacks it."""
    if column in rows:
        return rows[column].map(lambda value: empty if value is None or (isinstance(value, float) and pd.isna(value)) else value)
    return pd.Series([empty] * len(rows), index=rows.index, dtype=object)


def organization_layer(
    organizations: pd.DataFrame, programmes: pd.DataFrame, gazetteer: Gazetteer, doc_countries: dict | None = None
) -> gpd.GeoDataFrame:
    """One point per organization, document and place it is tied to there.

    In each document that names it, an organization is tied to the places
    of its programmes there (as agent, partner or funder) and to its country
    (home or base) when known. One with no programme place in a document
    sits at its country, else at the country the document is about
    (``doc_countries``), with ``place_inferred = True``; with neither it has
    no point for that document.

    Parameters
    ----------
    organizations : pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS`, merged across documents.
    programmes : pandas.DataFrame
        :data:`progmap.schema.PROGRAMME_COLUMNS`.
    gazetteer : Gazetteer
    doc_countries : dict, optional
        Document id -> the ISO alpha-3 code of the country it is about.
    """
    columns = ["org_id", "name", "aliases", "org_type", "place_code", "place_name", "doc", "place_inferred"]
    if organizations.empty:
        return _empty(columns)
    doc_countries = doc_countries or {}
    known = set(gazetteer.shapes.index)
    ties = []
    tied_docs = set()
    # Plain lists, not itertuples: Arrow-backed columns go through pandas a cell at a time.
    n = len(programmes)
    for agents, funders, partners, places, doc, inferred in zip(
        *(programmes[c].tolist() for c in ("organizations", "funders")),
        programmes["partners"].tolist() if "partners" in programmes else [None] * n,
        *(programmes[c].tolist() for c in ("places", "doc")),
        programmes["place_inferred"].tolist() if "place_inferred" in programmes else [False] * n,
    ) if n else ():
        inferred = bool(inferred or False)
        for org_id in dict.fromkeys(list(agents) + list(funders) + list(partners or [])):
            for place in places:
                if place in known:
                    ties.append((org_id, place, doc, inferred))
                    tied_docs.add((org_id, doc))
    for org_id, country, docs in zip(*(organizations[c].tolist() for c in ("org_id", "country", "docs"))):
        home = country if isinstance(country, str) and country in known else ""
        for doc in docs if isinstance(docs, (list, tuple)) else []:
            placed = (org_id, doc) in tied_docs
            place = home or ("" if placed else doc_countries.get(doc, ""))
            if place and place in known:
                ties.append((org_id, place, doc, not placed))
    if not ties:
        return _empty(columns)
    tied = pd.DataFrame(ties, columns=["org_id", "place_code", "doc", "place_inferred"])
    tied = tied.sort_values("place_inferred").drop_duplicates(["org_id", "doc", "place_code"])
    merged = tied.merge(organizations[["org_id", "name", "aliases", "org_type"]], on="org_id", how="inner")
    merged["place_name"] = gazetteer.places.loc[merged["place_code"], "name"].to_numpy()
    merged = merged.sort_values(["org_id", "doc", "place_code"]).reset_index(drop=True)
    return gpd.GeoDataFrame(merged[columns], geometry=anchor_points(merged["place_code"], gazetteer).values, crs=_CRS)


def route_layer(routes: pd.DataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Routes as geodesic arcs between points inside origin and destination."""
    columns = ["route_id", "origin_code", "origin_name", "origin_country", "destination_code",
               "destination_name", "destination_country", "purposes", "victims", "volume",
               "volume_value", "direction", "doc", "evidence", "source", "via", "origin_inferred"]
    if routes.empty:
        return _empty(columns)
    known = in_index(routes["origin_code"], gazetteer.shapes.index) & in_index(routes["destination_code"], gazetteer.shapes.index)
    frame = routes[known].copy().reset_index(drop=True)
    for column, empty in (("via", list), ("origin_inferred", bool)):  # route fields newer than some callers' frames
        frame[column] = frame[column] if column in frame else [empty() for _ in range(len(frame))]
    places = gazetteer.places
    for end in ("origin", "destination"):
        codes = frame[f"{end}_code"]
        frame[f"{end}_name"] = places.loc[codes, "name"].to_numpy()
        frame[f"{end}_country"] = places.loc[codes, "country"].to_numpy()
    frame["volume_value"] = frame["volume"].map(_volume_number)
    # Archives name the same few pairs thousands of times: one arc per pair.
    pairs = pd.MultiIndex.from_frame(frame[["origin_code", "destination_code"]])
    unique = pairs.unique()
    starts = anchor_points(unique.get_level_values(0), gazetteer)
    ends = anchor_points(unique.get_level_values(1), gazetteer)
    arcs = np.array([geodesic_arc(a, b) for a, b in zip(starts, ends)], dtype=object)
    return gpd.GeoDataFrame(frame[columns], geometry=arcs[unique.get_indexer(pairs)] if len(frame) else [], crs=_CRS)


def summary_layers(programme_features, organization_features, route_features, mentions, gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Per admin-1 unit and per country: programmes, organizations, activities, routes out and in.

    An area is listed when anything touches it: a programme, an
    organization, a route end, or a mention.
    """
    counts = pd.concat(
        [
            _count_by(programme_features, "place_code", "programme_id", "programmes"),
            _count_by(organization_features, "place_code", "org_id", "organizations"),
            _count_by(route_features, "origin_code", "route_id", "routes_out"),
            _count_by(route_features, "destination_code", "route_id", "routes_in"),
            _count_by(mentions, "code", "start", "mentions", unique=False),
        ],
        axis=1,
    ).fillna(0).astype(int)
    if len(programme_features):
        activities = programme_features[["place_code", "activities"]].explode("activities").dropna(subset=["activities"])
        activities = activities.groupby("place_code")["activities"].agg(lambda a: sorted(set(a)))
    else:
        activities = pd.Series(dtype=object)
    counts = counts[in_index(counts.index, gazetteer.places.index)]
    kinds = gazetteer.places.loc[counts.index, "kind"]
    columns = ["code", "name", "programmes", "organizations", "activities", "routes_out", "routes_in", "mentions"]
    out = {}
    for layer, kind in (("admin1_summary", "admin1"), ("countries_summary", "country")):
        part = counts[kinds.to_numpy() == kind].sort_index()
        frame = pd.DataFrame(
            {
                "code": part.index,
                "name": gazetteer.places.loc[part.index, "name"].to_numpy(),
                **{c: part[c].to_numpy() for c in ("programmes", "organizations")},
                "activities": [activities.get(code, []) for code in part.index],
                **{c: part[c].to_numpy() for c in ("routes_out", "routes_in", "mentions")},
            },
            columns=columns,
        )
        out[layer] = gpd.GeoDataFrame(frame, geometry=place_geometries(frame["code"], gazetteer).values, crs=_CRS)
    return out


#: Fields of :func:`route_summary_layer`.
ROUTE_SUMMARY_COLUMNS = [
    "origin_code", "origin_name", "origin_country", "destination_code", "destination_name", "destination_country",
    "direction", "documents", "statements", "purposes", "purpose_counts", "victims", "first_date", "last_date",
]
#: Fields of :func:`programme_summary_layer`.
PROGRAMME_SUMMARY_COLUMNS = [
    "place_code", "place_name", "place_kind", "country", "programmes", "documents", "organizations", "funders",
    "activities", "activity_counts", "first_date", "last_date",
]


def _ranked(lists) -> tuple[list[str], list[int]]:
    """The items of many lists, most frequent first (ties by name), and their counts."""
    counts: dict[str, int] = {}
    for items in lists:
        for item in items if isinstance(items, (list, tuple, np.ndarray)) else ():
            counts[item] = counts.get(item, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [k for k, _ in ranked], [v for _, v in ranked]


def _sorted_union(lists) -> list[str]:
    return sorted({item for items in lists if isinstance(items, (list, tuple, np.ndarray)) for item in items})


def _date_range(dates) -> tuple:
    known = sorted(str(d)[:10] for d in dates if isinstance(d, str) and d)
    return (known[0], known[-1]) if known else (None, None)


def route_summary_layer(route_features: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One arc per origin, destination and direction, with what the route rows say of it.

    Parameters
    ----------
    route_features : geopandas.GeoDataFrame
        :func:`route_layer`'s rows (one per route and document), with ``doc_date``.

    Returns
    -------
    geopandas.GeoDataFrame
        :data:`ROUTE_SUMMARY_COLUMNS`: ``documents`` and ``statements``
        (quotes in the evidence) counted, ``purposes`` most frequent first
        with ``purpose_counts`` beside them (documents stating each),
        ``victims``, and the first and last document dates.
    """
    if route_features is None or not len(route_features):
        return _empty(ROUTE_SUMMARY_COLUMNS)
    keys = ["origin_code", "destination_code", "direction"]
    # Each arc's rows, by position, in the frame's order. Plain lists in one
    # pass: a group's rows taken through pandas cost milliseconds each, a
    # quarter of a build's layers. Keys are text (a row missing one is no
    # arc, as groupby drops it), sorted as groupby sorts them.
    groups: dict[tuple, list[int]] = {}
    for position, key in enumerate(zip(*(route_features[k].tolist() for k in keys))):
        if all(type(part) is str for part in key):
            groups.setdefault(key, []).append(position)
        elif not any(part is None or part is pd.NA or part != part for part in key):  # noqa: PLR0124 - NaN
            return _route_summary_by_groupby(route_features, keys)
    order = sorted(groups)
    firsts = route_features.iloc[[groups[key][0] for key in order]]
    named = {c: list(firsts[c]) for c in ("origin_name", "origin_country", "destination_name", "destination_country")}
    evidence = route_features["evidence"].tolist()
    docs, purposes_of, victims_of = (route_features[c].tolist() for c in ("doc", "purposes", "victims"))
    dates = route_features["doc_date"].tolist() if "doc_date" in route_features else [None] * len(route_features)
    rows = []
    for number, key in enumerate(order):
        members = groups[key]
        statements = sum(e.count(EVIDENCE_SEPARATOR) + 1 if isinstance(e, str) else 1 for e in map(evidence.__getitem__, members))
        purposes, purpose_counts = _ranked(map(purposes_of.__getitem__, members))
        rows.append(
            (
                key[0], named["origin_name"][number], named["origin_country"][number], key[1], named["destination_name"][number],
                named["destination_country"][number], key[2], len({docs[i] for i in members if isinstance(docs[i], str)}), statements,
                purposes, purpose_counts, _sorted_union(map(victims_of.__getitem__, members)), *_date_range(map(dates.__getitem__, members)),
            )
        )
    frame = pd.DataFrame(rows, columns=ROUTE_SUMMARY_COLUMNS)
    return gpd.GeoDataFrame(frame, geometry=list(firsts.geometry), crs=_CRS)


def _route_summary_by_groupby(route_features: gpd.GeoDataFrame, keys: list[str]) -> gpd.GeoDataFrame:
    """:func:`route_summary_layer` through pandas' groupby: for keys that are not all text."""
    statements = route_features["evidence"].fillna("").map(lambda e: e.count(EVIDENCE_SEPARATOR) + 1)
    dates = route_features["doc_date"] if "doc_date" in route_features else pd.Series(None, index=route_features.index)
    rows, arcs = [], []
    for key, group in route_features.groupby(keys, sort=True):
        first = group.iloc[0]
        purposes, purpose_counts = _ranked(group["purposes"])
        rows.append(
            (
                *key[:1], first["origin_name"], first["origin_country"], key[1], first["destination_name"],
                first["destination_country"], key[2], int(group["doc"].nunique()), int(statements.loc[group.index].sum()),
                purposes, purpose_counts, _sorted_union(group["victims"]), *_date_range(dates.loc[group.index]),
            )
        )
        arcs.append(first.geometry)
    frame = pd.DataFrame(rows, columns=ROUTE_SUMMARY_COLUMNS)
    return gpd.GeoDataFrame(frame, geometry=arcs, crs=_CRS)


def programme_summary_layer(programme_features: gpd.GeoDataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Per place with programmes: its polygon once (a city's point), and the programmes there counted.

    Parameters
    ----------
    programme_features : geopandas.GeoDataFrame
        :func:`programme_layer`'s rows, with ``doc_date``.
    gazetteer : Gazetteer

    Returns
    -------
    geopandas.GeoDataFrame
        :data:`PROGRAMME_SUMMARY_COLUMNS`, one row per ``place_code``:
        distinct programmes and documents, organization and funder names,
        ``activities`` most frequent first with ``activity_counts``, and
        the first and last document dates.
    """
    if programme_features is None or not len(programme_features):
        return _empty(PROGRAMME_SUMMARY_COLUMNS)
    dates = programme_features["doc_date"] if "doc_date" in programme_features else pd.Series(None, index=programme_features.index)
    rows = []
    for code, group in programme_features.groupby("place_code", sort=True):
        activities, activity_counts = _ranked(group["activities"])
        rows.append(
            (
                code, group["place_name"].iloc[0], group["place_kind"].iloc[0], gazetteer.places.at[code, "country"],
                int(group["programme_id"].nunique()), int(group["doc"].nunique()), _sorted_union(group["organizations"]),
                _sorted_union(group["funders"]), activities, activity_counts, *_date_range(dates.loc[group.index]),
            )
        )
    frame = pd.DataFrame(rows, columns=PROGRAMME_SUMMARY_COLUMNS)
    return gpd.GeoDataFrame(frame, geometry=place_geometries(frame["place_code"], gazetteer).values, crs=_CRS)


def _count_by(frame: pd.DataFrame, key: str, item: str, name: str, unique: bool = True) -> pd.Series:
    """Distinct items (or rows) per place code."""
    if frame is None or not len(frame):
        return pd.Series(dtype=int, name=name)
    grouped = frame.groupby(key)[item]
    return (grouped.nunique() if unique else grouped.size()).rename(name)


def _org_names(organizations: pd.DataFrame) -> dict[str, str]:
    if organizations.empty:
        return {}
    return dict(zip(organizations["org_id"], organizations["name"]))


def _volume_number(volume) -> float:
    """The first number in a volume string ("about 1,200 per month" -> 1200.0)."""
    if not isinstance(volume, str):
        return np.nan
    for token in volume.replace(",", "").split():
        try:
            return float(token)
        except ValueError:
            continue
    return np.nan

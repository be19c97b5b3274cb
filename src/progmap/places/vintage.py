"""Boundaries in time: which map of a country's admin-1 units a text speaks.

Countries merge, rename and split their provinces; boundary files lag
behind. ``geodata/lineage.csv`` records each change as rows of
(country, old unit code, new unit code, new names, kind, effective date,
natural area, source). Vietnam's 2025 reform (Resolution 202/2025/QH15)
merged 52 of its 63 provinces into 23; the boundary files still have the 63.

Vintages
    The rows of one country and one year make a *vintage*, labelled with the
    year (``"2025"``): the map after those changes. Documents speak it from
    the latest effective date among its rows (Vietnam's 2025 map: from
    2025-07-01). The boundary file's own map is the *source* vintage,
    labelled as the manifest says (``vintage`` of the ``admin1`` source).
Codes
    A unit formed by a merge keeps the ISO 3166-2 code of the member whose
    name it took (new Tây Ninh is VN-37, as old Tây Ninh was); ``vintage``
    says which of the two a code means, ``members`` the source units it
    covers, and ``successor`` the unit that holds an old unit on the newest
    map ("Kiên Giang" of any date is VN-47, whose successor is VN-44).
Reading
    A name in a document dated on or after a vintage's start means the unit
    of that vintage; a unit that vanished stays the old unit. Words around
    the name override the date: "new Tay Ninh province", "tỉnh Tây Ninh
    (mới)" name the newest unit, "former Bình Phước province", "the old Kiên
    Giang" the old one (see :data:`QUALIFIERS`). An undated document is read
    as the project's ``admin1_vintage`` says (:func:`reading_dates`).
Display
    :func:`display_vintage` picks the map to draw (``"source"``, a year, or
    ``"latest"``: the newest vintage the documents' dates reach);
    :func:`display_gazetteer` gives the gazetteer of that map (merged units
    dissolved from their members' polygons) and :func:`for_display`
    moves mentions, programmes and routes onto it, so old-unit mentions
    count in the unit that now holds them. A unit newer than the map drawn
    keeps its own shape (the union of its members) under the key
    ``CODE@VINTAGE`` until :func:`finish_layers` restores its code.
Splits
    A split cannot be drawn by dissolving: its rows are kept (names, dates,
    successors) but a split unit's polygon is the old unit's, and a warning
    says so.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from progmap.errors import ProgmapError
from progmap.text import fold_name

log = logging.getLogger(__name__)

#: The columns of ``geodata/lineage.csv``.
LINEAGE_COLUMNS = ["country", "old_code", "new_code", "new_name", "new_name_en", "kind", "effective", "area_km2", "source"]
KINDS = ("merge", "rename", "split")
#: The vintage label of the boundary file when its manifest gives none.
SOURCE = "source"
#: Display settings besides a year.
SETTINGS = ("latest", "source")

#: Words around a unit's name that say which map it is on: before the name
#: in folded text ("former Binh Phuoc province"), or after it in brackets
#: ("tỉnh Tây Ninh (mới)", "Kiên Giang (cũ)").
QUALIFIERS = {
    "new": {"before": ("new", "the new", "newly merged", "the newly merged", "merged", "the merged", "enlarged", "the enlarged"),
            "bracketed": ("mới", "new", "merged")},
    "old": {"before": ("former", "the former", "old", "the old", "formerly", "ex", "pre merger", "the pre merger"),
            "bracketed": ("cũ", "old", "former")},
}
_BEFORE = {era: tuple(f" {fold_name(words)} " for words in table["before"]) for era, table in QUALIFIERS.items()}
_BRACKETED = re.compile(
    r"[ \t]*\((?:(?P<new>{})|(?P<old>{}))\)".format(
        "|".join(map(re.escape, QUALIFIERS["new"]["bracketed"])), "|".join(map(re.escape, QUALIFIERS["old"]["bracketed"]))
    ),
    re.IGNORECASE,
)


def qualifier(text: str, stop: int, folded: str, first: int) -> str:
    """Which map the words around a name point to: ``"new"``, ``"old"`` or ``""``.

    Parameters
    ----------
    text : str
        The original text; ``stop`` is one past the name's last character.
    folded : str
        The folded text (see :func:`progmap.text.fold_text`); ``first`` is
        the name's first letter in it.
    """
    bracket = _BRACKETED.match(text, stop, stop + 16)
    if bracket:
        return "new" if bracket.group("new") else "old"
    for era, words in _BEFORE.items():
        if folded.endswith(words, 0, first):
            return era
    return ""


def split_qualifier(name: str) -> tuple[str, str]:
    """A name as a user types it, and the map its qualifier names.

    >>> split_qualifier("former Binh Phuoc"), split_qualifier("Tây Ninh (mới)")
    (('old', 'Binh Phuoc'), ('new', 'Tây Ninh'))
    """
    bracket = re.search(r"\s*\([^()]*\)\s*$", name)
    if bracket and _BRACKETED.match(name, bracket.start()):
        return qualifier(name, bracket.start(), "", 0), name[: bracket.start()].strip()
    folded = f" {fold_name(name)} "
    for era, words in _BEFORE.items():
        for word in sorted(words, key=len, reverse=True):
            if folded.startswith(word):
                count = len(word.split())
                return era, " ".join(name.split()[count:])
    return "", name


# -- the lineage table ---------------------------------------------------------


def read_lineage(tables_dir: Path) -> pd.DataFrame:
    """Read and check ``lineage.csv`` (an empty frame if there is none).

    Raises
    ------
    ProgmapError
        Naming the file and the first problem: a missing column, an unknown
        kind, a date that is not ISO 8601, an old unit mapped twice in one year.

    Returns
    -------
    pandas.DataFrame
        :data:`LINEAGE_COLUMNS` and ``vintage``, the year of ``effective``.
    """
    path = Path(tables_dir) / "lineage.csv"
    if not path.exists():
        return pd.DataFrame(columns=[*LINEAGE_COLUMNS, "vintage"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in LINEAGE_COLUMNS if c not in table.columns]
    if missing:
        raise ProgmapError(f"{path}: missing columns {', '.join(missing)}")
    table = table[LINEAGE_COLUMNS].apply(lambda column: column.str.strip())
    bad_kind = sorted(set(table["kind"]) - set(KINDS))
    if bad_kind:
        raise ProgmapError(f"{path}: kind must be {', '.join(KINDS)}, not {', '.join(bad_kind)}")
    dates = pd.to_datetime(table["effective"], format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        raise ProgmapError(f"{path}: effective date '{table['effective'][dates.isna()].iloc[0]}' is not YYYY-MM-DD")
    area = pd.to_numeric(table["area_km2"].replace("", np.nan), errors="coerce")
    if (area.isna() & (table["area_km2"] != "")).any():
        raise ProgmapError(f"{path}: area_km2 '{table['area_km2'][area.isna() & (table['area_km2'] != '')].iloc[0]}' is not a number")
    table["vintage"] = table["effective"].str[:4]
    twice = table.duplicated(["country", "vintage", "old_code"]) & (table["kind"] != "split")
    if twice.any():
        raise ProgmapError(f"{path}: {table['old_code'][twice].iloc[0]} changes twice in {table['vintage'][twice].iloc[0]}")
    table["area_km2"] = area
    return table.reset_index(drop=True)


@dataclass(frozen=True)
class Map:
    """One vintage of one country: the units that changed and what they cover."""

    country: str
    label: str
    #: Documents dated on or after this ISO date speak this map.
    start: str
    #: Changed or new unit code -> the source units it covers (itself included).
    members: dict
    #: Source unit code -> the unit holding it on this map.
    holder: dict
    #: Changed or new unit code -> its name on this map.
    names: dict
    #: Units formed by a split: no polygon can be dissolved for them.
    split: frozenset = frozenset()


@dataclass(frozen=True)
class Vintages:
    """The maps of every country the lineage table names, oldest first.

    Built once per gazetteer (:meth:`from_lineage`); answers what a unit is
    on a given date, with memos, for resolution and display.
    """

    maps: dict = field(default_factory=dict)  # country -> list[Map]
    source: str = SOURCE
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_lineage(cls, lineage: pd.DataFrame, source: str = SOURCE) -> Vintages:
        """Chain the lineage rows into each country's maps."""
        maps: dict[str, list[Map]] = {}
        for (country, label), rows in lineage.sort_values("effective").groupby(["country", "vintage"], sort=True):
            previous = maps[country][-1] if maps.get(country) else None
            holder = dict(previous.holder) if previous else {}
            names = dict(previous.names) if previous else {}
            members = dict(previous.members) if previous else {}
            new_members: dict[str, list[str]] = {}
            for old, new in zip(rows["old_code"], rows["new_code"]):
                covered = members.get(old, (old,))
                new_members.setdefault(new, [])
                new_members[new] += [c for c in covered if c not in new_members[new]]
            for new, covered in new_members.items():
                members[new] = tuple(sorted(covered))
                for code in covered:
                    holder[code] = new
            for old in set(rows["old_code"]) - set(rows["new_code"]):
                members.pop(old, None)
            names.update(zip(rows["new_code"], rows["new_name"]))
            split = frozenset(rows.loc[rows["kind"] == "split", "new_code"])
            maps.setdefault(country, []).append(Map(country, label, rows["effective"].max(), members, holder, names, split))
        return cls(maps, source)

    @cached_property
    def codes(self) -> frozenset:
        """Every unit code some map changes."""
        return frozenset(code for maps in self.maps.values() for m in maps for code in (*m.members, *m.holder))

    def newest(self, country: str) -> Map | None:
        maps = self.maps.get(country)
        return maps[-1] if maps else None

    def index_on(self, country: str, date: str) -> int:
        """How many of a country's maps a document of ``date`` speaks (0: the source map)."""
        maps = self.maps.get(country, ())
        return sum(1 for m in maps if date and m.start <= date)

    def successor(self, country: str, code: str) -> str:
        """The unit holding ``code`` on the newest map ('' if no map changed it)."""
        newest = self.newest(country)
        return newest.holder.get(code, "") if newest else ""

    def state(self, country: str, code: str, index: int, era: str = "") -> tuple[str, tuple, str, str]:
        """What admin-1 unit ``code`` is on a country's map ``index``.

        Parameters
        ----------
        index : int
            As :meth:`index_on` returns it.
        era : str
            ``"new"``: the newest map, whatever the date; ``"old"``: the source map.

        Returns
        -------
        (vintage, members, successor, name)
            ``name`` is '' where the gazetteer's name stands.
        """
        key = (country, code, index, era)
        found = self._memo.get(key)
        if found is None:
            maps = self.maps.get(country, [])
            index = len(maps) if era == "new" else 0 if era == "old" else index
            successor = self.successor(country, code)
            # Unchanged units are on the newest map the date reaches, as they are.
            found = (maps[index - 1].label, (code,), successor, "") if index else (self.source, (code,), successor, "")
            for m in reversed(maps[:index]):
                if code in m.members:
                    found = (m.label, m.members[code], successor, m.names.get(code, ""))
                    break
                if code in m.holder:  # absorbed on this map: stays the old unit
                    found = (self.source, (code,), successor, "")
                    break
            self._memo[key] = found
        return found


def reading_dates(dates, setting: str = "latest") -> list[str]:
    """Each document's date as resolution reads it; undated ones take the setting.

    Parameters
    ----------
    dates : iterable of str or None
        ISO dates (``2026-01-15``; a month ``2026-01`` counts from its first
        day), None where a document states none.
    setting : str
        The project's ``admin1_vintage``: ``"source"`` reads undated
        documents on the boundary file's map, a year on that year's map
        (its last day), ``"latest"`` on the map of the newest dated document.

    Returns
    -------
    list of str
        ISO dates; '' means before every change.
    """
    known = [_day(d) for d in dates]
    check_setting(setting)
    if setting == "source":
        undated = ""
    elif setting == "latest":
        undated = max((d for d in known if d), default="")
    else:
        undated = f"{setting}-12-31"
    return [d or undated for d in known]


def check_setting(setting: str) -> str:
    """``setting`` if it is ``latest``, ``source`` or a year; else ProgmapError."""
    if setting not in SETTINGS and not re.fullmatch(r"[12]\d{3}", str(setting)):
        raise ProgmapError(f"admin1_vintage must be 'latest', 'source' or a year such as '2025', not '{setting}'")
    return setting


def _day(value) -> str:
    """An ISO date or month as a full day ('' when missing)."""
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}", value):
        return ""
    return value[:10] if len(value) >= 10 else value[:7] + "-01"


# -- dissolved polygons --------------------------------------------------------


def dissolve_units(lineage: pd.DataFrame, shapes: gpd.GeoDataFrame, source: str = SOURCE) -> gpd.GeoDataFrame:
    """The polygon of every unit each map changes, dissolved from its members.

    Parameters
    ----------
    lineage : pandas.DataFrame
        From :func:`read_lineage`.
    shapes : geopandas.GeoDataFrame
        The gazetteer's shapes, indexed by code.

    Returns
    -------
    geopandas.GeoDataFrame
        ``key`` (``CODE@VINTAGE``), ``code``, ``vintage``, ``country``,
        ``name``, ``members`` (space-separated), ``area_km2`` (the source's
        figure) and the geometry. A unit from a split gets no polygon (the
        old unit stays drawn as the file has it), and a member the file
        lacks is left out; both are logged.
    """
    rows = []
    areas = lineage.groupby(["country", "vintage", "new_code"])["area_km2"].first()
    for country, maps in Vintages.from_lineage(lineage, source).maps.items():
        for m in maps:
            changed = {new for new, covered in m.members.items() if covered != (new,) or new in m.names}
            for code in sorted(changed & set(m.names)):
                covered = m.members.get(code, (code,))
                present = [c for c in covered if c in shapes.index]
                if code in m.split:
                    log.warning("lineage: %s %s (%s) comes from a split, which cannot be dissolved; %s stays drawn as the boundary file has it",
                                country, code, m.label, " ".join(covered))
                    continue
                if len(present) < len(covered):
                    log.warning("lineage: %s %s (%s): the boundary file has no polygon for %s", country, code, m.label,
                                ", ".join(sorted(set(covered) - set(present))))
                if not present:
                    continue
                geometry = shapely.union_all(shapes.geometry.loc[present].values)
                rows.append({"key": f"{code}@{m.label}", "code": code, "vintage": m.label, "country": country,
                             "name": m.names[code], "members": " ".join(covered),
                             "area_km2": areas.get((country, m.label, code), np.nan), "geometry": geometry})
    columns = ["key", "code", "vintage", "country", "name", "members", "area_km2"]
    if not rows:
        return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def equal_area_km2(geometries: gpd.GeoSeries) -> np.ndarray:
    """Areas in km² on an equal-area projection (EPSG:6933, WGS 84 / NSIDC EASE-Grid 2.0 Global)."""
    return geometries.to_crs("EPSG:6933").area.to_numpy() / 1e6


# -- display -------------------------------------------------------------------


@dataclass(frozen=True)
class Display:
    """The map a build draws: its label and the date up to which changes apply."""

    setting: str
    label: str
    #: Maps starting on or before this ISO date are drawn ('' none).
    cutoff: str
    vintages: Vintages = field(default_factory=Vintages, repr=False, compare=False)

    def index(self, country: str) -> int:
        return self.vintages.index_on(country, self.cutoff)

    def map_of(self, country: str) -> Map | None:
        index = self.index(country)
        return self.vintages.maps[country][index - 1] if index else None


def display_vintage(setting: str, dates, vintages: Vintages) -> Display:
    """The map to draw for a project's ``admin1_vintage`` and its documents' dates.

    Parameters
    ----------
    setting : str
        ``"source"``, a year such as ``"2025"``, or ``"latest"``: the newest
        vintage the documents' dates reach.
    dates : iterable of str or None
        The documents' dates.
    vintages : Vintages
        The gazetteer's (:attr:`progmap.places.gazetteer.Gazetteer.vintages`).
    """
    check_setting(setting)
    if setting == "source":
        cutoff = ""
    elif setting == "latest":
        cutoff = max((d for d in map(_day, dates) if d), default="")
    else:
        cutoff = f"{setting}-12-31"
    reached = [m for maps in vintages.maps.values() for m in maps if cutoff and m.start <= cutoff]
    label = max((m.label for m in reached), default=vintages.source)
    return Display(setting, label, cutoff, vintages)


def display_gazetteer(gazetteer, display: Display):
    """The gazetteer as the display map has it.

    Units a drawn map changed take their dissolved polygon, anchor and new
    name; every admin-1 place gets ``vintage`` and ``members``. Units newer
    than the map drawn are added under the key ``CODE@VINTAGE``, drawn as
    the union of their members. Codes of absorbed units stay (for lookups);
    :func:`for_display` moves what names them onto their holder.
    """
    from progmap.places.gazetteer import Gazetteer, anchors

    places = gazetteer.places.copy()
    shapes = gazetteer.shapes.copy()
    admin1 = places["kind"] == "admin1"
    places["vintage"] = np.where(admin1, display.vintages.source, "")
    own = places["members"] if "members" in places else pd.Series("", index=places.index)
    places["members"] = own.where(~admin1, places["code"]).fillna("")
    units = gazetteer.units
    if units is None or units.empty:
        return Gazetteer(places, gazetteer.names, shapes, gazetteer.lineage, units, gazetteer.source_vintage)
    shown = {country: display.map_of(country) for country in set(units["country"])}
    for country, drawn_map in shown.items():
        if drawn_map is not None:
            places.loc[admin1 & (places["country"] == country), "vintage"] = drawn_map.label
    drawn = np.array([shown[country] is not None and label <= shown[country].label
                      for country, label in zip(units["country"], units["vintage"])], dtype=bool)
    # The drawn map's units replace their members' source polygons, newest map last.
    for row in units[drawn & units["code"].isin(places.index)].sort_values("vintage").itertuples(index=False):
        places.loc[row.code, ["name", "vintage", "members"]] = [row.name, row.vintage, row.members]
        shapes.loc[row.code, "geometry"] = row.geometry
    # Newer units, drawn apart under their own key.
    extra = units[~drawn]
    if len(extra):
        added = pd.DataFrame({"code": extra["key"].to_numpy(), "kind": "admin1", "name": extra["name"].to_numpy(),
                              "country": extra["country"].to_numpy(), "admin1": extra["key"].to_numpy(),
                              "population": np.nan, "level": 1, "vintage": extra["vintage"].to_numpy(),
                              "members": extra["members"].to_numpy()}).set_index("code", drop=False)
        places = pd.concat([places, added])
        added_shapes = gpd.GeoDataFrame({"code": extra["key"].to_numpy()}, geometry=extra.geometry.values, crs=shapes.crs)
        shapes = gpd.GeoDataFrame(pd.concat([shapes, added_shapes.set_index("code", drop=False)]), geometry="geometry", crs=shapes.crs)
    redo = shapes.index.isin(list(set(units.loc[drawn, "code"]) | set(extra["key"])))
    if redo.any():
        shapes.loc[redo, "anchor"] = anchors(shapes[redo]).to_numpy()
    return Gazetteer(places, gazetteer.names, shapes, gazetteer.lineage, units, gazetteer.source_vintage)


def display_code(code: str, vintage: str, country: str, display: Display) -> str:
    """Where a place named on map ``vintage`` is drawn on the display map.

    A unit of an older map (or the source map) goes to the unit that holds
    it on the display map; a unit of a newer map keeps its own key
    ``CODE@VINTAGE``; anything else stays as it is.
    """
    if code not in display.vintages.codes or country not in display.vintages.maps:
        return code
    shown = display.map_of(country)
    if shown is not None and vintage == shown.label:
        return code
    if vintage in ("", display.vintages.source) or (shown is not None and vintage < shown.label):
        return shown.holder.get(code, code) if shown else code
    return f"{code}@{vintage}"


def for_display(mentions: pd.DataFrame, programmes: pd.DataFrame, routes: pd.DataFrame, display: Display, gazetteer=None):
    """Mentions, programmes and routes moved onto the display map.

    A programme or route end takes the vintage its document's mention of
    the place has (the source map where none does: a curated item).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        The display gazetteer (:func:`display_gazetteer`): moved mentions
        take its names ("Bắc Giang" counts in "Bắc Ninh").

    Returns
    -------
    (mentions, programmes, routes)
        Copies; ``code``, ``places`` and ``origin_code``/``destination_code``
        give display codes.
    """
    if not display.vintages.maps:
        return mentions, programmes, routes
    source = display.vintages.source
    # Plain lists: walking Arrow-backed string columns goes a cell at a time through pandas.
    countries = mentions["country"].fillna("").astype(str).tolist()
    docs, codes, vintages = mentions["doc"].tolist(), mentions["code"].tolist(), mentions["vintage"].tolist()
    vintage_of = dict(zip(zip(docs, codes), vintages))
    country_of = dict(zip(codes, countries))
    shown_codes: dict = {}

    def shown(code, vintage, country):
        # A few hundred places and vintages make the display codes of a corpus's mentions.
        key = (code, vintage, country)
        found = shown_codes.get(key)
        if found is None:
            found = shown_codes[key] = display_code(code, vintage, country, display)
        return found

    mentions = mentions.copy()
    mentions["code"] = [shown(c, v, k) for c, v, k in zip(codes, vintages, countries)]
    if gazetteer is not None:
        dated = mentions["country"].isin(list(display.vintages.maps)) & (mentions["kind"] == "admin1")
        mentions.loc[dated, "name"] = gazetteer.places["name"].reindex(mentions.loc[dated, "code"]).fillna(mentions.loc[dated, "name"]).to_numpy()

    def moved(code, doc):
        return shown(code, vintage_of.get((doc, code), source), country_of.get(code) or _country_prefix(code))

    if len(programmes):
        programmes = programmes.copy()
        programmes["places"] = [
            list(dict.fromkeys(moved(c, doc) for c in places)) for places, doc in zip(programmes["places"].tolist(), programmes["doc"].tolist())
        ]
    if len(routes):
        routes = routes.copy()
        for end in ("origin_code", "destination_code"):
            routes[end] = [moved(c, doc) for c, doc in zip(routes[end].tolist(), routes["doc"].tolist())]
    return mentions, programmes, routes


def _country_prefix(code: str) -> str:
    """The country of an ISO 3166-2 code, for codes no mention gives ('' if not one)."""
    import pycountry

    record = pycountry.countries.get(alpha_2=code.split("-")[0]) if re.fullmatch(r"[A-Z]{2}-\w+(@\d{4})?", code) else None
    return record.alpha_3 if record else ""


def finish_layers(layers: dict, gazetteer) -> dict:
    """Give layers their public codes back, and each area its ``vintage`` and ``members``.

    Keys ``CODE@VINTAGE`` become ``CODE``; features with a ``code`` get
    ``vintage`` (the map their polygon is from; '' for countries and cities)
    and ``members`` (the units it covers, a list); programme and
    organization features get ``place_vintage``, routes ``origin_vintage``
    and ``destination_vintage``.

    Parameters
    ----------
    gazetteer : Gazetteer
        The display gazetteer (:func:`display_gazetteer`).
    """
    places = gazetteer.places
    vintage = places["vintage"] if "vintage" in places else pd.Series(dtype=object)
    members = places["members"] if "members" in places else pd.Series(dtype=object)
    out = {}
    for name, layer in layers.items():
        layer = layer.copy()
        for column, prefix in (("code", ""), ("place_code", "place_"), ("origin_code", "origin_"), ("destination_code", "destination_")):
            if column not in layer:
                continue
            keys = layer[column].astype(str)
            layer[f"{prefix}vintage"] = keys.map(vintage).fillna("").to_numpy()
            if column == "code":
                layer["members"] = [m.split() if isinstance(m, str) else [] for m in keys.map(members)]
            layer[column] = keys.str.split("@").str[0].to_numpy()
        out[name] = layer
    return out

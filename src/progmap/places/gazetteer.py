"""The gazetteer: every place progmap can name, and every name for it.

Built from the boundary layers (countries, admin-1 units, populated places,
physical regions) and the tables in ``geodata/``: ``aliases.csv`` (short,
historic and plain-language names) and ``regions.csv`` (named regions as sets
of countries and admin-1 units). ISO 3166-2 names from pycountry correct the
admin-1 file where its names are wrong.

A gazetteer is three frames:

``places``
    One row per place: ``code``, ``kind``, ``name``, ``country``,
    ``admin1``, ``population``, ``level``.
``names``
    One row per (folded name, place): ``key``, ``code``, ``case``
    (``title``: must start with a capital; ``exact``: written exactly so, for
    abbreviations; ``any``: plain-language phrases), ``context`` (a country:
    the name counts only in documents about it), ``source``.
``shapes``
    Geometry per place code (polygons for areas, points for cities) and an
    ``anchor`` point inside each area, for markers and route ends.

It also carries the lineage of admin-1 units (``geodata/lineage.csv``: merges,
renames and splits, see :mod:`progmap.places.vintage`), the polygons of the
units each vintage changed, dissolved from their members (``units``), and the
boundary file's own vintage label (``source_vintage``).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import shapely
from anyascii import anyascii
from lemminflect import getAllLemmas
from rapidfuzz import fuzz
from shapely.ops import polylabel

from progmap import settings
from progmap.errors import ProgmapError
from progmap.places import vintage
from progmap.sources import boundaries
from progmap.sources.cache import read_verified, write_verified
from progmap.text import fold_name

#: Bump when the build below changes, so cached gazetteers are rebuilt.
_BUILD_VERSION = 14

KINDS = ("country", "admin1", "city", "region")
#: Boundary layers the gazetteer is built from.
_LAYERS = ("admin0", "admin1", "places", "regions")

# Words that name places somewhere but are ordinary words in English text (or a people: "Roma children").
# A name in this list is taken only where a place word follows or precedes it
# ("Split city", "province of Central") or as part of a longer name.
COMMON_WORDS = frozenset(
    """
    of the and in on at to for by as is it be or an a no not are was were will can may
    union male nice mobile split bar police university city capital central north south
    east west northern southern eastern western centre center middle upper lower
    independence liberty progress justice hope chance victoria george march august
    june july april january february september october november december
    monday tuesday wednesday thursday friday saturday sunday
    reading bath orange florence eugene lincoln jackson wellington
    alliance foundation pacific link blue dragon save children women mass
    front border guards customs office embassy post general deputy minister prime
    summary note comment action request end para ref subject tags state
    young mary elizabeth charlotte columbia aurora concord
    enterprise industry commerce providence temple surprise unity friendship peace
    bo hoa ho an la ba ca da ma ha na sa ta tan long vinh binh nam bac dong tay son
    most same man free lead roma
    """.split()
)

# Place names that are also given names: followed by a surname ("Chad
# Okafor", "Jordan Hassan": a capitalized word that is neither a place nor an
# English word) they name a person.
GIVEN_NAMES = frozenset(
    """
    chad jordan georgia india israel kenya america cuba china virginia carolina savannah austin dallas
    houston orlando phoenix madison paris sydney chelsea adelaide lourdes santiago
    nancy florence victoria eugene lincoln charlotte regina aurora sofia milan salem
    jackson marion lorraine valencia rosario mercedes dolores soledad trinidad alexandria
    """.split()
)

_ADMIN1_SUFFIXES = re.compile(
    r"\s+(province|municipality|city|prefecture|region|state|governorate|district|"
    r"autonomous region|special administrative region|oblast|department|"
    # ISO 3166-2 names of Chinese units: "Yunnan Sheng", "Guangxi Zhuangzu Zizhiqu", "Beijing Shi"
    r"sheng|shi|(?:[\w']+\s+)?zizhiqu|sar)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Gazetteer:
    """Places, their names and their shapes. See the module docstring."""

    places: pd.DataFrame
    names: pd.DataFrame
    shapes: gpd.GeoDataFrame
    #: ``geodata/lineage.csv`` as :func:`progmap.places.vintage.read_lineage` reads it.
    lineage: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=vintage.LINEAGE_COLUMNS + ["vintage"]))
    #: Polygons of the units the lineage changes (:func:`progmap.places.vintage.dissolve_units`).
    units: gpd.GeoDataFrame | None = None
    #: The vintage label of the admin-1 boundary file (its manifest's ``vintage``).
    source_vintage: str = vintage.SOURCE

    def place(self, code: str) -> pd.Series:
        """Return one place's row by code."""
        return self.places.loc[code]

    @cached_property
    def vintages(self) -> vintage.Vintages:
        """Each country's maps, from the lineage table."""
        return vintage.Vintages.from_lineage(self.lineage, self.source_vintage)


def load_gazetteer(mirror: os.PathLike | None = None, sources=None, tables_dir: Path | None = None) -> Gazetteer:
    """Return the gazetteer, building it once and caching it.

    Parameters
    ----------
    mirror : path-like, optional
        Mirror folder for the boundary files (see :mod:`progmap.sources.boundaries`).
    sources : dict, optional
        Manifest (see :func:`progmap.sources.boundaries.read_manifest`).
    tables_dir : pathlib.Path, optional
        Folder holding ``aliases.csv`` and ``regions.csv``.
    """
    sources = sources or boundaries.read_manifest()
    tables_dir = tables_dir or settings.geodata_dir()
    key = _cache_key(sources, tables_dir)
    folder = settings.cache_dir() / "gazetteer"
    paths = {part: folder / f"{part}-{key}.parquet" for part in ("places", "names", "shapes", "lineage", "units")}
    label = getattr(sources.get("admin1"), "vintage", "") or vintage.SOURCE
    # Checked against the digest written with them; a corrupt part is rebuilt.
    geo = {"shapes", "units"}
    parts = {part: read_verified(path, gpd.read_parquet if part in geo else pd.read_parquet, f"gazetteer {part}")
             for part, path in paths.items()}
    if all(frame is not None for frame in parts.values()):
        return Gazetteer(
            parts["places"].set_index("code", drop=False),
            parts["names"],
            parts["shapes"].set_index("code", drop=False),
            parts["lineage"],
            parts["units"],
            label,
        )
    layers = {name: boundaries.load_layer(name, mirror, sources) for name in _LAYERS if name in sources}
    gaz = build_gazetteer(layers, tables_dir, label)
    for part, path in paths.items():
        write_verified(path, getattr(gaz, part).reset_index(drop=True).to_parquet)
    return gaz


def build_gazetteer(layers: dict[str, gpd.GeoDataFrame], tables_dir: Path, source_vintage: str = vintage.SOURCE) -> Gazetteer:
    """Build a gazetteer from loaded boundary layers and the alias tables.

    Parameters
    ----------
    layers : dict
        ``admin0``, ``admin1``, ``places`` and ``regions`` layers as returned
        by :func:`progmap.sources.boundaries.load_layer`.
    tables_dir : pathlib.Path
        Folder holding ``aliases.csv``, ``regions.csv`` and ``lineage.csv``.
    source_vintage : str
        The admin-1 file's vintage label.
    """
    countries, country_names = _countries(layers["admin0"])
    reserved = set(pd.read_csv(tables_dir / "aliases.csv", dtype=str, keep_default_na=False)["alias"].map(fold_name))
    units = _with_split_units(_with_recoded_units(layers["admin1"], tables_dir), tables_dir)
    admin1, admin1_names = _admin1(units, reserved)
    cities, city_names = _cities(_with_towns(layers["places"], tables_dir), units)
    shapes = pd.concat([countries[["code", "geometry"]], admin1[["code", "geometry"]], cities[["code", "geometry"]]])
    shapes = gpd.GeoDataFrame(shapes, geometry="geometry", crs="EPSG:4326").set_index("code", drop=False)
    regions, region_names, region_shapes = _regions(layers["admin0"], layers["regions"], shapes, tables_dir, set(country_names["key"]))
    shapes = gpd.GeoDataFrame(pd.concat([shapes, region_shapes]), geometry="geometry", crs="EPSG:4326")
    places = pd.concat(
        [frame.drop(columns="geometry", errors="ignore") for frame in (countries, admin1, cities, regions)],
        ignore_index=True,
    )
    names = pd.concat([country_names, admin1_names, city_names, region_names], ignore_index=True)
    names = pd.concat([names, _aliases(tables_dir, set(places["code"]))], ignore_index=True)
    # A physical region never takes a name that a country, admin-1 unit, table
    # region or alias already answers to ("Taiwan" the island is Taiwan).
    physical = names["code"].str.startswith("region:ne-")
    taken = set(names.loc[~physical & (names["source"] != "places"), "key"])
    names = names[~(physical & names["key"].isin(taken))]
    named = set(names["code"])
    places = places[(places["kind"] != "region") | places["code"].isin(named) | ~places["code"].str.startswith("region:ne-")]
    shapes = shapes[shapes["code"].isin(set(places["code"]))]
    names = names[names["key"].str.len() > 1].drop_duplicates(["key", "code", "case", "context"])
    shapes["anchor"] = _anchors(shapes, _capitals(layers["places"]))
    places = places.drop_duplicates("code").set_index("code", drop=False)
    # Aliases marked display=yes name their place on maps ("Battambang", not
    # the ISO romanization "Baat Dambang").
    table = pd.read_csv(tables_dir / "aliases.csv", dtype=str, keep_default_na=False)
    shown = table[table.get("display", pd.Series("", index=table.index)) == "yes"].drop_duplicates("code")
    places.loc[shown["code"], "name"] = shown["alias"].to_numpy()
    shapes = shapes[~shapes.index.duplicated()].reset_index(drop=True).set_index("code", drop=False)
    lineage = vintage.read_lineage(tables_dir)
    units = vintage.dissolve_units(lineage, shapes, source_vintage)
    return Gazetteer(places, names.reset_index(drop=True), shapes, lineage, units, source_vintage)


#: The Arabic article as romanized names write it ("Al Anbar", "An Najaf",
#: "Ar Rayyan", "As Sulaymaniyah"): texts write "Al-", or leave it out.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|adh|at|ath|az|an)[\s-]+(?=\w)", re.IGNORECASE)
#: French compass words of hyphenated unit names, as English texts write them
#: ("Nord-Kivu" is North Kivu, "Extrême-Nord" the Far North).
_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "haut": "Upper", "haute": "Upper",
            "bas": "Lower", "basse": "Lower", "extreme": "Far", "extrême": "Far", "centre": "Centre"}


#: Cambodia's "Kampong" as romanizations write it ("Kâmpóng Cham", "Kampong Speu").
_KAMPONG = re.compile(r"K[aâ]mp[oó]ng(?=[\s-])")
#: An apostrophe or a letter for ayn or hamza inside a word.
_INNER_MARK = re.compile(r"(?<=\w)[ʻʼ’'`‘](?=\w)")


def _spellings(name: str) -> list[str]:
    """Other ways English texts write a unit's or town's name.

    >>> _spellings("Ar Rayyān")
    ['Al Rayyān', 'Rayyān']
    >>> _spellings("Nord-Kivu")
    ['North Kivu']
    >>> _spellings("Saʻdah")
    ['Sadah']
    >>> _spellings("Kâmpóng Cham")
    ['Kompong Cham']
    """
    out = []
    # "Saʻdah", "Ma’rib": romanized names lose their ayn or hamza in English texts ("Sadah", "Marib").
    if _INNER_MARK.search(name):
        out.append(_INNER_MARK.sub("", name))
    article = _ARABIC_ARTICLE.match(name)
    if article:
        rest = name[article.end():]
        out.append(f"Al {rest}")
        # Without the article, unless what is left is an ordinary word ("As Salt").
        if len(rest) >= 4 and " " not in rest and fold_name(rest) not in COMMON_WORDS and not getAllLemmas(fold_name(rest)):
            out.append(rest)
    # "Saint Lucia", "Saint-Louis": texts write "St. Lucia", "St-Louis".
    saint = re.match(r"(Saint|Sainte)([\s-]+)(?=\w)", name)
    if saint:
        out.append(("St" if saint.group(1) == "Saint" else "Ste") + saint.group(2) + name[saint.end():])
    # Khmer "Kâmpóng" (a landing), which older and French-era texts write "Kompong" ("Kompong Cham").
    kampong = _KAMPONG.match(name)
    if kampong:
        out.append("Kompong" + name[kampong.end():])
    parts = name.split("-")
    if len(parts) > 1 and fold_name(parts[0]) in {fold_name(k) for k in _COMPASS}:
        words = [next((v for k, v in _COMPASS.items() if fold_name(k) == fold_name(part)), part) for part in parts]
        out.append(" ".join(words))
    return out


def _with_spellings(raw: list, codes: list) -> tuple[list, list]:
    """``raw`` and ``codes`` with the other spellings of each name added."""
    more = [(other, code) for name, code in zip(raw, codes) if isinstance(name, str) for other in _spellings(name)]
    return raw + [name for name, _ in more], codes + [code for _, code in more]


def _names_frame(keys, codes, case="title", context="", source="") -> pd.DataFrame:
    """Fold raw names into the ``names`` frame's rows, dropping empties."""
    frame = pd.DataFrame({"raw": keys, "code": codes}).dropna()
    frame = frame[frame["raw"].astype(str).str.strip() != ""]
    frame["key"] = frame["raw"].astype(str).map(fold_name)
    frame["case"] = case
    frame["context"] = context
    frame["source"] = source
    return frame[["key", "code", "case", "context", "source"]]


def _countries(admin0: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Country places and names: Natural Earth's and ISO 3166-1's."""
    frame = admin0[admin0["code"].astype(str).str.fullmatch(r"[A-Z]{3}")].copy()
    frame = frame.dissolve(by="code", aggfunc="first", as_index=False)
    # Natural Earth abbreviates names to fit small maps ("Dem. Rep. Congo", "Solomon Is."): maps show the long one.
    abbreviated = frame["name"].str.contains(".", regex=False) & frame["name_long"].notna()
    countries = gpd.GeoDataFrame(
        {
            "code": frame["code"],
            "kind": "country",
            "name": frame["name"].where(~abbreviated, frame["name_long"]),
            "country": frame["code"],
            "admin1": "",
            "population": frame["population"].astype(float),
            "level": 0,
        },
        geometry=frame.geometry.values,
        crs="EPSG:4326",
    )
    raw, codes = [], []
    for column in ("name", "name_long", "formal_name", "name_alt"):
        raw += frame[column].tolist()
        codes += frame["code"].tolist()
    for code in frame["code"]:
        record = pycountry.countries.get(alpha_3=code)
        if record is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value:
                raw.append(value)
                codes.append(code)
                # "Korea, Republic of" style names are also written "Republic of Korea".
                if ", " in value:
                    head, tail = value.split(", ", 1)
                    raw.append(f"{tail} {head}")
                    codes.append(code)
    return countries, _names_frame(*_with_spellings(raw, codes), source="admin0")


def _canonical_admin1_name(code: str, fallback: str) -> tuple[str, str | None]:
    """Return (display name, ISO name) for an admin-1 code, suffix removed."""
    record = pycountry.subdivisions.get(code=code)
    if record is None:
        return fallback, None
    iso_name = _ADMIN1_SUFFIXES.sub("", record.name).strip()
    return iso_name, iso_name


#: ISO 3166-2 unit types that texts write after a unit's name.
_KIND_WORDS = frozenset({"region", "province", "state", "governorate", "department", "district", "county", "oblast", "prefecture",
                         "division"})


#: Letters of scholarly transliteration ("Kābul", "Ḩayfā", "Bihār"), which English texts and maps leave out.
_TRANSLITERATION_MARKS = re.compile("[āēīōūȳĀĒĪŌŪḍḥḩḷṃṇṛṣṭẓḌḤḨṢṬẒŏ]")
#: Kind words ISO 3166-2 romanizes onto Korean names ("Seoul-teukbyeolsi", "Busan-gwangyeoksi").
_ROMANIZED_KIND = re.compile(r"-(?:teukbyeolsi|gwangyeoksi|teukbyeoljachisi|teukbyeoljachido)$")
#: ISO 3166-2's inverted names: "Edinburgh, City of", "Tatarstan, Respublika" (not lists: "Newry, Mourne and Down").
_INVERTED_NAME = re.compile(r"^(?P<head>[A-ZÀ-Þ][^,]*), (?P<tail>(?:(?!\band\b|\by\b)[^,])+)$")


#: A bracketed tail of an ISO name: its name in another language or an older code.
_BRACKETED = re.compile(r"[ \t]*\[[^\]]*\]$")


def _display_name(name: str, file_name: str = "") -> str:
    """The name an admin-1 unit goes by on maps.

    The boundary file's plain spelling rather than a transliteration's
    marks ("Kabul", not "Kābul"), and the head of an inverted name
    ("Edinburgh", not "Edinburgh, City of").

    >>> _display_name("Kābul", "Kabul"), _display_name("Ḩayfā"), _display_name("Edinburgh, City of")
    ('Kabul', 'Hayfa', 'Edinburgh')
    >>> _display_name("Quảng Nam", "Quang Nam"), _display_name("Şanlıurfa"), _display_name("Seoul-teukbyeolsi")
    ('Quảng Nam', 'Şanlıurfa', 'Seoul')
    >>> _display_name("Barcelona [Barcelona]"), _display_name("Cardiff [Caerdydd GB-CRD]"), _display_name("Skåne län [SE-12]")
    ('Barcelona', 'Cardiff', 'Skåne län')
    """
    name = _BRACKETED.sub("", name)  # ISO's other-language name or old code: "Swansea [Abertawe GB-ATA]"
    if _TRANSLITERATION_MARKS.search(name):
        if file_name and file_name.isascii() and fold_name(file_name) == fold_name(name):
            name = file_name
        else:  # "Tehrān", "Ḩayfā": the letters without their marks
            name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    inverted = _INVERTED_NAME.match(name)
    name = inverted.group("head") if inverted else name
    return _ROMANIZED_KIND.sub("", name)


def _iso_kind(code: str) -> str:
    """The ISO 3166-2 type of a unit as a kind word ("Region"), or ''."""
    record = pycountry.subdivisions.get(code=code)
    kind = str(getattr(record, "type", "") or "")
    return kind if kind.lower() in _KIND_WORDS else ""


def _same_name(file_name: str, iso_name: str) -> bool:
    """Whether a boundary file's name is a spelling of the ISO name.

    "Quàng Nam" is Quảng Nam (a typo); "Đông Nam Bộ" is not Đồng Nai.
    """
    a, b = fold_name(file_name), fold_name(iso_name)
    return fuzz.ratio(a, b) >= 80 or (b + " ").startswith(a + " ") or (a + " ").startswith(b + " ")


def _admin1(admin1: gpd.GeoDataFrame, reserved: set[str] = frozenset()) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Admin-1 places and names; ISO 3166-2 names correct wrong file names.

    A file name that is not a spelling of the unit's ISO name is still kept
    ("Prague" for "Praha, Hlavní město", "Tver'" for "Tverskaya oblast'")
    unless it is the name of something else: another unit's ISO name, or a
    region of the alias tables. Natural Earth calls VN-39 (Đồng Nai) "Đông
    Nam Bộ", which is the Southeast region.
    """
    # ISO 3166-2 codes in Natural Earth, whose placeholders ("AI-X01~",
    # "-99-X02~") are no codes; a user's own file may use P-codes.
    codes = admin1["code"].astype(str).str.strip()
    valid = (codes != "") & ~codes.isin(["nan", "None"]) & ~codes.str.startswith("-99") & ~codes.str.contains("~", regex=False)
    frame = admin1[valid].copy()
    frame = frame.dissolve(by="code", aggfunc="first", as_index=False)
    iso = {code: _canonical_admin1_name(code, str(name or "").strip())[1] for code, name in zip(frame["code"], frame["name"])}
    taken = set(reserved) | {fold_name(name) for name in iso.values() if name}
    display, raw, codes = [], [], []
    for code, file_name in zip(frame["code"], frame["name"]):
        file_name = str(file_name or "").strip()
        iso_name = iso[code]
        stripped = _ADMIN1_SUFFIXES.sub("", file_name)
        same = iso_name is not None and _same_name(stripped, iso_name)
        keep_file_name = bool(file_name) and (iso_name is None or same or fold_name(stripped) not in taken)
        if iso_name:
            raw.append(iso_name)
            codes.append(code)
            # "Central", "Western": a common word alone, but "the Central
            # Region" or "Western Province" names the unit.
            kind = _iso_kind(code)
            if fold_name(iso_name) in COMMON_WORDS and kind:
                raw.append(f"{iso_name} {kind}")
                codes.append(code)
        if keep_file_name:
            raw += [file_name, stripped]
            codes += [code, code]
        # ISO spelling (with its diacritics) when the names agree; else the
        # file's usual English name when kept ("Prague"); else the ISO name.
        shown = iso_name if iso_name and (same or not keep_file_name) else (stripped or iso_name or file_name)
        display.append(_display_name(shown, stripped if keep_file_name else ""))
    places = gpd.GeoDataFrame(
        {
            "code": frame["code"],
            "kind": "admin1",
            "name": display,
            "country": frame["country"],
            "admin1": frame["code"],
            "population": np.nan,
            "level": 1,
        },
        geometry=frame.geometry.values,
        crs="EPSG:4326",
    )
    return places, _names_frame(*_with_spellings(raw, codes), source="admin1")


def _with_recoded_units(admin1: gpd.GeoDataFrame, tables_dir: Path) -> gpd.GeoDataFrame:
    """The admin-1 layer with the codes of ``recodes.csv`` put right.

    The boundary file gives a few polygons another unit's ISO 3166-2 code:
    Natural Earth's RU-MOS (Moscow Oblast) is the city's polygon and its
    RU-MOW (the city) the oblast's. Each row renames ``file_code`` to
    ``code``; the renames apply together, so two rows swap two codes.
    """
    path = tables_dir / "recodes.csv"
    if not path.exists():
        return admin1
    table = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    missing = {"file_code", "code"} - set(table.columns)
    if missing:
        raise ProgmapError(f"{path}: missing columns {', '.join(sorted(missing))}")
    renames = dict(zip(table["file_code"], table["code"]))
    admin1 = admin1.copy()
    admin1["code"] = [renames.get(code, code) for code in admin1["code"]]
    return admin1


def _with_split_units(admin1: gpd.GeoDataFrame, tables_dir: Path) -> gpd.GeoDataFrame:
    """The admin-1 layer with the units of ``splits.csv`` split off the units that hold them.

    The admin-1 file draws a few units inside a neighbour (Minas Gerais inside
    Mato Grosso do Sul). Each row gives two points; the new unit is the part
    of the old polygon nearer its own point.
    """
    path = tables_dir / "splits.csv"
    if not path.exists():
        return admin1
    table = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    missing = {"code", "name", "country", "iso_a2", "from_code", "lon", "lat", "from_lon", "from_lat"} - set(table.columns)
    if missing:
        raise ProgmapError(f"{path}: missing columns {', '.join(sorted(missing))}")
    admin1 = admin1.copy()
    added = []
    for row in table.itertuples(index=False):
        try:
            seed = shapely.Point(float(row.lon), float(row.lat))
            other = shapely.Point(float(row.from_lon), float(row.from_lat))
        except ValueError as error:
            raise ProgmapError(f"{path}: {row.code}: {error}") from None
        if row.code in set(admin1["code"]):
            continue  # a newer boundary file draws it: nothing to mend
        holder = admin1.index[admin1["code"] == row.from_code]
        if not len(holder):
            raise ProgmapError(f"{path}: {row.code} is split off unknown unit {row.from_code}")
        polygon = admin1.at[holder[0], "geometry"]
        cells = shapely.voronoi_polygons(shapely.MultiPoint([seed, other]), extend_to=polygon.envelope.buffer(1.0))
        own = next(cell for cell in cells.geoms if cell.contains(seed))
        admin1.at[holder[0], "geometry"] = polygon.difference(own)
        added.append({"code": row.code, "name": row.name, "country": row.country, "iso_a2": row.iso_a2,
                      "geometry": polygon.intersection(own)})
    if not added:
        return admin1
    return pd.concat([admin1, gpd.GeoDataFrame(added, geometry="geometry", crs=admin1.crs)], ignore_index=True)


def _with_towns(places: gpd.GeoDataFrame, tables_dir: Path) -> gpd.GeoDataFrame:
    """The populated places layer with the towns of ``towns.csv`` added.

    Natural Earth's populated places leave out most border towns where
    trafficking routes cross (Mong Cai, Poipet, Myawaddy...); ``towns.csv``
    gives them with approximate town-centre coordinates. Their codes are
    ``city:<ISO alpha-2>-<name>``; the admin-1 unit comes from the point.
    """
    path = tables_dir / "towns.csv"
    if not path.exists():
        return places
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"name", "aliases", "country", "iso_a2", "lat", "lon", "population"} - set(table.columns)
    if missing:
        raise ProgmapError(f"{path}: missing columns {', '.join(sorted(missing))}")
    try:
        lat, lon = pd.to_numeric(table["lat"]), pd.to_numeric(table["lon"])
        population = pd.to_numeric(table["population"])
    except ValueError as error:
        raise ProgmapError(f"{path}: {error}") from None
    towns = gpd.GeoDataFrame(
        {
            "geonameid": np.nan,
            "name": table["name"],
            "name_ascii": table["name"].map(anyascii),
            "name_alt": table["aliases"].replace("", np.nan),
            "name_en": table["name"],
            "country": table["country"],
            "iso_a2": table["iso_a2"],
            "population": population,
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    return pd.concat([places, towns], ignore_index=True)


def _cities(places: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """City places (with the admin-1 unit they lie in) and their names."""
    geonameid = pd.to_numeric(places["geonameid"], errors="coerce")
    slug = places["iso_a2"].astype(str) + "-" + places["name_ascii"].astype(str).map(fold_name).str.replace(" ", "-")
    code = np.where(geonameid > 0, "city:" + geonameid.fillna(0).astype("int64").astype(str), "city:" + slug)
    located = gpd.sjoin(
        gpd.GeoDataFrame({"i": range(len(places))}, geometry=places.geometry.values, crs="EPSG:4326"),
        admin1[["code", "geometry"]].rename(columns={"code": "adm1"}),
        how="left",
        predicate="within",
    ).drop_duplicates("i").sort_values("i")
    cities = gpd.GeoDataFrame(
        {
            "code": code,
            "kind": "city",
            "name": places["name"].values,
            "country": places["country"].values,
            "admin1": located["adm1"].fillna("").values,
            "population": pd.to_numeric(places["population"], errors="coerce").values,
            "level": 2,
        },
        geometry=places.geometry.values,
        crs="EPSG:4326",
    ).drop_duplicates("code")
    raw, codes = [], []
    for column in ("name", "name_ascii", "name_en"):
        raw += places[column].tolist()
        codes += list(code)
    for alt, c in zip(places["name_alt"], code):
        for part in str(alt).split("|") if isinstance(alt, str) else ():
            raw.append(part)
            codes.append(c)
    return cities, _names_frame(*_with_spellings(raw, list(codes)), source="places")


def _regions(admin0, physical, shapes, tables_dir, country_keys=frozenset()) -> tuple[pd.DataFrame, pd.DataFrame, gpd.GeoDataFrame]:
    """Named regions: the table's composites, UN groupings, physical regions.

    A grouping whose name is a list of countries ("Australia and New
    Zealand") keeps its shape but not the name: in a text those words name
    the countries.
    """
    rows = []
    table = pd.read_csv(tables_dir / "regions.csv", dtype=str, keep_default_na=False)
    for record in table.itertuples():
        rows.append((record.code, record.name, record.country, record.members.split(), "table"))
    # Continents and UN subregions, from the countries' own attributes.
    for column in ("continent", "subregion"):
        for value, group in admin0.groupby(column):
            if value.startswith("Seven seas"):
                continue
            members = [c for c in group["code"] if re.fullmatch(r"[A-Z]{3}", str(c))]
            rows.append((f"region:{_slug(value)}", value, "", members, "un"))
    geometries: dict[str, object] = {}
    places, raw, codes = [], [], []
    for code, name, country, members, source in rows:
        parts = []
        for member in members:
            geom = geometries.get(member)
            if geom is None and member in shapes.index:
                geom = shapes.geometry.loc[member]
                geom = geom.iloc[0] if isinstance(geom, gpd.GeoSeries) else geom
            if geom is None:
                raise ProgmapError(f"{tables_dir / 'regions.csv'}: region {code} names unknown member {member}")
            parts.append(geom)
        geometries[code] = shapely.union_all(parts)
        places.append({"code": code, "kind": "region", "name": name, "country": country or "", "admin1": "",
                       "population": np.nan, "level": 3, "members": " ".join(members)})
        if source == "un" and not all(fold_name(part) in country_keys for part in re.split(r",\s*|\s+and\s+", name)):
            raw.append(name)
            codes.append(code)
    # Physical regions (deltas, plateaus, deserts...) from Natural Earth,
    # unless a table region already answers to the same name.
    named = {fold_name(n) for n in table["name"]}
    for name, alt, geom in zip(physical["name"], physical["name_alt"], physical.geometry):
        if not isinstance(name, str) or fold_name(name) in named:
            continue
        code = f"region:ne-{_slug(name)}"
        if code in geometries:
            continue
        geometries[code] = geom
        # Natural Earth writes some physical names in capitals ("TAIWAN").
        name = name.title() if name.isupper() else name
        places.append({"code": code, "kind": "region", "name": name, "country": "", "admin1": "",
                       "population": np.nan, "level": 3, "members": ""})
        raw.append(name)
        codes.append(code)
        if isinstance(alt, str) and alt.strip():
            raw.append(alt)
            codes.append(code)
    region_shapes = gpd.GeoDataFrame(
        {"code": list(geometries)}, geometry=list(geometries.values()), crs="EPSG:4326"
    ).set_index("code", drop=False)
    frame = pd.DataFrame(places)
    # A physical region one country holds (an island, a delta, a peninsula) is in that country:
    # "officials in Trinidad" are officials of Trinidad and Tobago.
    physical_codes = frame["code"].str.startswith("region:ne-")
    sole = _sole_countries(region_shapes.loc[frame.loc[physical_codes, "code"]], shapes)
    frame.loc[physical_codes, "country"] = frame.loc[physical_codes, "code"].map(sole).fillna("")
    return frame, _names_frame(raw, codes, source="regions"), region_shapes


#: The share of a physical region's land one country must hold for the region to be that country's.
_SOLE_COUNTRY_SHARE = 0.9


def _sole_countries(regions: gpd.GeoDataFrame, shapes: gpd.GeoDataFrame) -> pd.Series:
    """The country holding nearly all of each region's land, by region code (regions with none left out)."""
    countries = shapes[shapes["code"].str.fullmatch(r"[A-Z]{3}")]
    areal = regions[regions.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if areal.empty:
        return pd.Series(dtype=str)
    pairs = gpd.sjoin(
        gpd.GeoDataFrame({"region": areal["code"].values}, geometry=areal.geometry.values, crs=areal.crs),
        gpd.GeoDataFrame({"country": countries["code"].values}, geometry=countries.geometry.values, crs=countries.crs),
        how="inner",
        predicate="intersects",
    )
    if pairs.empty:
        return pd.Series(dtype=str)
    # Shares in square degrees: a ratio within one region, so the projection's distortion cancels out.
    region_geoms = areal.geometry.loc[pairs["region"]].values
    country_geoms = countries.geometry.values[pairs["index_right"].values]
    shared = shapely.area(shapely.intersection(shapely.make_valid(region_geoms), shapely.make_valid(country_geoms)))
    # A share of the region's land: a delta or a coast drawn into the sea is still one country's.
    held = pairs.assign(shared=shared)
    held["share"] = held["shared"] / np.maximum(held.groupby("region")["shared"].transform("sum"), 1e-12)
    held = held[held["share"] >= _SOLE_COUNTRY_SHARE]
    return held.drop_duplicates("region").set_index("region")["country"]


def _aliases(tables_dir: Path, known: set[str]) -> pd.DataFrame:
    """Read ``aliases.csv``: short, historic and plain-language names."""
    path = tables_dir / "aliases.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    unknown = sorted(set(table["code"]) - known)
    if unknown:
        raise ProgmapError(f"{path}: aliases name unknown place codes {', '.join(unknown)}")
    bad_case = sorted(set(table["case"]) - {"title", "exact", "any"})
    if bad_case:
        raise ProgmapError(f"{path}: case must be title, exact or any, not {', '.join(bad_case)}")
    frame = pd.DataFrame(
        {
            "key": table["alias"].map(fold_name),
            "code": table["code"],
            "case": table["case"],
            "context": table["context"],
            "source": "aliases",
        }
    )
    # Exact-case aliases keep their written form to compare against the text.
    frame["written"] = np.where(table["case"] == "exact", table["alias"], "")
    return frame


def _anchors(shapes: gpd.GeoDataFrame, capitals: dict[str, shapely.Point]) -> gpd.GeoSeries:
    """A point well inside each shape, for markers and route ends.

    The pole of inaccessibility of the shape's main part: for a country the
    part holding its capital (Malaysia's peninsula, not Borneo), otherwise
    the largest part. Unlike a centroid it never falls in the sea.
    """
    anchors = []
    for code, geometry in zip(shapes.index, shapes.geometry.values):
        if geometry.geom_type == "Point":
            anchors.append(geometry)
            continue
        parts = list(geometry.geoms) if geometry.geom_type == "MultiPolygon" else [geometry]
        capital = capitals.get(code)
        main = next((p for p in parts if capital is not None and p.contains(capital)), None)
        main = main or max(parts, key=lambda part: part.area)
        tolerance = max(math.sqrt(main.area) / 40, 1e-4)
        try:
            anchors.append(polylabel(main, tolerance))
        except Exception:  # degenerate rings: fall back to any inner point
            anchors.append(main.point_on_surface())
    return gpd.GeoSeries(anchors, index=shapes.index, crs="EPSG:4326")


def anchors(shapes: gpd.GeoDataFrame) -> gpd.GeoSeries:
    """A point well inside each shape (see :func:`_anchors`), no capital known."""
    return _anchors(shapes, {})


def _capitals(places: gpd.GeoDataFrame) -> dict[str, shapely.Point]:
    """Each country's capital, from the populated places' feature class."""
    capital = places["feature_class"].astype(str).str.contains("Admin-0 capital", na=False) & ~places["feature_class"].astype(str).str.contains("alt", na=False)
    chosen = places[capital].sort_values("population", ascending=False).drop_duplicates("country")
    return dict(zip(chosen["country"], chosen.geometry))


def _slug(value: str) -> str:
    return fold_name(value).replace(" ", "-")


def _cache_key(sources, tables_dir: Path) -> str:
    digest = hashlib.sha256(f"v{_BUILD_VERSION}".encode())
    # The code that builds the tables is part of what they are: a change to it never reads a stale cache.
    digest.update(Path(__file__).read_bytes())
    for name in _LAYERS:
        if name in sources:
            digest.update(sources[name].sha256.encode())
    for table in ("aliases.csv", "regions.csv", "towns.csv", "lineage.csv", "splits.csv", "recodes.csv"):
        if (tables_dir / table).exists():
            digest.update((tables_dir / table).read_bytes())
    return digest.hexdigest()[:16]

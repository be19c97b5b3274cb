"""Find place names in text: one pass of an Aho-Corasick automaton.

All gazetteer names go into one :class:`~progmap.text.NameScanner` over
folded text (see :mod:`progmap.text`): matches are whole words, and the
longest wins, so "Ho Chi Minh City" is one match, never the city "Ho". Case
rules are then checked on the original text, so "Union" in "Women's Union"
or "nice" in a sentence never become places.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry
from lemminflect import getAllLemmas

from progmap.actors.vocabulary import DEMONYMS, country_of, country_words
from progmap.places import vintage
from progmap.places.gazetteer import COMMON_WORDS, GIVEN_NAMES, Gazetteer
from progmap.text import NameScanner, fold_name, fold_text

#: Words after a name that say what kind of place it is ("Lang Son province").
_ADMIN1_WORDS = ("province", "provinces", "prefecture", "governorate", "oblast", "state", "region", "department", "county",
                 # Fiji's, Bangladesh's and (before 2008) Myanmar's units: "the Western Division", "Pegu division"
                 "division")
#: Plural kind words end a list of units: "Idlib and Aleppo governorates".
_ADMIN1_PLURALS = ("provinces", "prefectures", "governorates", "oblasts", "states", "regions", "departments", "counties",
                   "divisions")
_ADMIN1_PLURAL_AFTER = tuple(f" {word} " for word in _ADMIN1_PLURALS)
_ADMIN1_PLURAL_BEFORE = tuple(f" {word} of " for word in _ADMIN1_PLURALS)
_CITY_WORDS = ("city", "town", "capital")
_ADMIN1_PREFIXES = ("province of", "tinh", "provinces of", "state of", "department of", "governorate of",
                    "departments of", "governorates of")
_CITY_PREFIXES = ("city of", "thanh pho", "town of")
_ADMIN1_AFTER = tuple(f" {word} " for word in _ADMIN1_WORDS + _ADMIN1_PLURALS)
_CITY_AFTER = tuple(f" {word} " for word in _CITY_WORDS)
_ADMIN1_BEFORE = tuple(f" {words} " for words in _ADMIN1_PREFIXES)
_CITY_BEFORE = tuple(f" {words} " for words in _CITY_PREFIXES)
#: Words before a name that make it a country ("across the border into Niger", not Nigeria's Niger State).
_COUNTRY_PREFIXES = ("border into", "border to", "border with", "crossed into", "cross into", "crossing into",
                     "neighbouring", "neighboring", "republic of")
_COUNTRY_BEFORE = tuple(f" {words} " for words in _COUNTRY_PREFIXES)

#: What may stand between two place names a reader takes together: a list
#: ("Georgia and Armenia", "Atlanta, Georgia") or a path ("from Nigeria
#: through Niger to Libya"). Folded: lower case, brackets and spaces squeezed.
_LINKS = frozenset(
    """
    |,|and|, and|or|, or|&|/|and/or|-|–|nor|as well as|to|through|via|into|and to|or to|then|then to|, then|and then|and then to|
    on to|and on to|then on to|and then on to|and via|before|en route to|transiting|across|and across
    """.replace("\n", "").split("|")
)
#: What joins two names of one country: a list ("Punjab and Sindh", "on
#: Isabel and in the Western Province"), an address ("Lahore, Punjab"), a
#: possessive ("Venezuela's Sucre state"), a place and what holds it
#: ("Güiria, in Sucre state").
_SAME_COUNTRY_LINKS = frozenset(["", ",", "and", ", and", "or", ", or", "'s", "’s", ", in", ", in the",
                                 "and in", "and in the", ", and in", ", and in the"])
#: What sets a sentence in a country: "In PNG, ...", "... camps in the Philippines".
_SET_IN = re.compile(r"\b[Ii]n[ \t]+(?:the[ \t]+)?$")
#: "In" opening a sentence before a country: "In Kenya, ...".
_OPENED_IN = re.compile(r"In[ \t]+(?:the[ \t]+)?$")
#: The end of a sentence or paragraph between two names.
_SENTENCE_END = re.compile(r"[.!?;][\s\"”’)]|\n[ \t]*\n")
#: A folded gap before what holds a place, with words that only say where in it or what the place is there:
#: ", in northern" is ", in"; ", the capital of" and ", capital of the" are ",".
_HOLDER_GAP = re.compile(
    r"^(,? ?in(?: the)?) (?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|the (?:north|south|east|west|centre|center) of)$"
    r"|^(,) (?:the )?(?:capital|main city|largest city|chief town)(?: city)? of(?: the)?$"
)
#: What joins a place and the place holding it ("Agadez in Niger", "Georgia in the United States").
_IN_LINKS = frozenset(["in", "in the"])
#: What joins the items of a list.
_LIST_LINKS = frozenset([",", "and", ", and", "or", ", or", "&", "/"])
_GAP_SPACES = re.compile(r"[\s()]+")

#: Words naming a body of water: "Lake Volta", "the Gulf of Guinea", "the
#: Congo River" and "the River Niger" name water, not the place in them.
_WATER_WORDS = ("gulf", "bay", "bight", "sea", "ocean", "strait", "straits", "lake", "river", "canal", "channel", "lagoon")
_WATER_BEFORE = tuple(f" {word} " for word in _WATER_WORDS) + tuple(f" {word} of{the} " for word in _WATER_WORDS for the in ("", " the"))
_WATER_AFTER = tuple(f" {word} " for word in _WATER_WORDS)

CANDIDATE_COLUMNS = ["start", "end", "text", "key", "hint", "era"]

#: A word and a conjunction before a name: "Western and Southern Europe",
#: "North and South Kivu" (folded text: lower case, one space between words).
_ELIDED = re.compile(r"(?:^| )([a-z]+) (?:and|or) $")
#: A word listed before a name in folded text (no commas): "central and ", "western ".
_LISTED_WORD = re.compile(r"(?:^| )([a-z]+)(?: and| or)? $")
#: What joins a listed name to the one before it, in folded text.
_LIST_BEFORE = re.compile(r" (?:and |or )?")
#: A plural kind word after a list of units, in folded text.
_ADMIN1_PLURAL_WORD = re.compile(rf" ({'|'.join(_ADMIN1_PLURALS)}) ")

@functools.lru_cache(maxsize=8192)
def _english_word(word: str) -> bool:
    """Whether lemminflect knows a (lower-case) word, or a part of it ("women's", "anti-tip")."""
    word = re.sub(r"['’]s?$", "", word)
    return any(getAllLemmas(part) for part in re.split(r"[-–/]", word) if part)


#: A currency word after a country's name ("US dollars", "Singapore dollar").
_CURRENCY_AFTER = re.compile(r"[ \t]+(?:dollars?|cents?)\b", re.IGNORECASE)
#: A word after a name that makes it the name of a treaty or a forum ("the Palermo Protocol",
#: "the Dayton agreement", "the Bali Process"): the instrument, not a place the text speaks of.
_INSTRUMENT_AFTER = re.compile(r"[ \t]+(?:protocols?|process|agreements?|accords?|conventions?|declaration)\b", re.IGNORECASE)
#: The word after a name, on the same line: a surname if it is a given name.
#: Words after a name that make a term named after it ("Stockholm syndrome", "Brazil nuts"), or a zone a
#: shape of places names ("the Ilemi Triangle") that the place only marks.
_EPONYM_AFTER = re.compile(r"[ \t]+(?:[Ss]yndrome|SYNDROME|Triangle|TRIANGLE|nuts?)\b")
#: Before a name, what makes it a ship's: a ship prefix ("MV Mombasa"), or a kind of vessel before a
#: capitalized name ("the reefer Chile Star"); or a street's: a street word of another language ("Calle
#: Coahuila", "Avenida Brasil", "Jalan Sabah"). Ships and streets are named after places they are not in.
_NAMED_AFTER_BEFORE = re.compile(
    r"(?:\b(?:MV|M/V|MT|M/T|FV|F/V|RV|HMS|USS)\.?|\b(?:vessel|reefer|trawler|seiner|longliner|tanker|freighter|ferry|yacht)"
    r"|\b(?:Calle|Avenida|Av\.|Rua|Rue|Jalan|Jl\.|Ulica|Ulitsa|Boulevard|Paseo)(?:[ \t]+(?:de|del|da|do|dos|das|la|los|du|des))*)"
    r"[ \t]+$"
)
#: After a name, a street's kind word, capitalized: "Nairobi Road", "Victoria Street", "Moscow Avenue".
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Drive|Highway)(?![\w-])")
#: Words after a name that make it a landform's: "the Tibesti mountains", "the Shan hills".
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:mountains?|mts\.?|hills|highlands|plateau|massif|range|desert)\b", re.IGNORECASE)
#: Words other languages join to a place's name for a part of it ("Paramaribo-Noord", "Abidjan-Sud").
_PART_WORDS = frozenset("noord zuid oost nord sud est ouest norte sur centro centre zentrum ville".split())
#: A capitalized word joined by a hyphen after a name, and what follows it ("Mendoza-Ruiz,").
_HYPHEN_WORD = re.compile(r"-([A-Z][\w'’]*)(?![\w-])")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
#: A capitalized word right before a name, with nothing but a space between.
_PREVIOUS_WORD = re.compile(r"(?<![\w.,;:])([A-Z][a-z]+)[ \t]+$")
#: After a given name and a surname: what follows a person in news prose.
_PERSON_AFTER = re.compile(r",[ \t]*(?:\d{1,3}[ \t]*,|said\b|told\b|who\b)|[ \t]+(?:said|says|told|added|explained)\b")
#: Words after a place's name that make a longer place, not a surname ("Chad Basin", "Georgia State"),
#: among them the kind words of units in other languages' systems ("Sverdlovsk Oblast", "Duhok Governorate").
_PLACE_KIND_WORDS = frozenset(
    "basin valley river state city province region sea lake desert mountains highlands coast delta island islands "
    "strait gulf bay plateau county district border university oblast krai kray okrug governorate prefecture "
    "department division municipality territory republic emirate parish canton raion rayon wilaya voivodeship".split()
)

_HONORIFIC = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Gen|Col|Capt|Lt|Sgt|Amb|Rev)\.?"
    r"|\b(?:Mister|Madam|Madame|Sister|Brother|Father|President|Minister|Ambassador|Senator|Governor|Chairman|Chairwoman|Director|Professor"
    r"|Attorney|Judge|Prosecutor|Commissioner|Inspector|Detective|Officer|Agent|Mayor|Secretary|Spokesperson|Spokesman|Spokeswoman"
    r"|Coordinator|Counsel|Lawyer|Councillor|Councilor|Representative|Superintendent)"
    r")[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}$"
)

#: Words of grammar, which lemminflect does not know: before a name they make no longer name of it.
_FUNCTION_WORDS = frozenset(
    """
    the a an this that these those our their his her its my your every each both some many most all any no
    from in at to with via for by as on of and or but nor if when where while after before since until
    during between among across through into onto upon within without against toward towards per than
    """.split()
)
#: An occupation written before a person's name in news prose ("actress Sofia Vergara", "novelist Milan Kral").
_ROLE_BEFORE = re.compile(
    r"\b(?:actress|actor|singer|novelist|author|writer|journalist|activist|campaigner|filmmaker|photographer|rapper|"
    r"musician|footballer|model|researcher|lawyer|nurse|"
    # ... and a kin word or "named" ("his brother Jordan", "a woman named Florence")
    r"brother|sister|son|daughter|mother|father|husband|wife|cousin|uncle|aunt|niece|nephew|named)[ \t]+$"
)
#: What follows a given name that is a person's: an apposition that says what person ("Chad, a young man from
#: Kenya, ...") or a verb of speech ("Chad speaks at schools"); a country is "a country", "a source".
_PERSON_APPOSITION = re.compile(
    r",[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:man|woman|boy|girl|survivor|victim|teenager|student|fisherman|worker|"
    r"mother|father|widow|farmer|trader)\b|[ \t]+(?:speaks|spoke|recalls|recalled)\b"
)


#: A city smaller than this needs support from the document to be mapped;
#: one this big is mapped on its own, and vouches for its country.
SMALL_CITY = 200_000

@dataclass(frozen=True)
class PlaceInfo:
    """What resolution needs to know of a place, kept in a dict for speed."""

    kind: str
    country: str
    population: float
    name: str
    within: str = ""  # a city's admin-1 unit


@dataclass(frozen=True)
class Candidate:
    """One place a name can mean, with the rule for reading it."""

    code: str
    case: str  # title | exact | any
    context: str  # country the name is limited to, or ""
    written: str  # exact spelling for case == "exact"


@dataclass
class MatchBatch:
    """Name matches of a group of documents, column by column.

    Matches are in document order, then text order; ``doc`` holds each
    match's position in ``docs``, the group's indexes into the caller's list.
    """

    docs: list[int]
    doc: np.ndarray
    start: list[int]
    stop: list[int]
    written: list[str]
    key: list[str]
    hint: list[str]
    #: Per match, the map the words around it name ("new", "old" or "";
    #: see :func:`progmap.places.vintage.qualifier`).
    era: list[str] | None = None
    #: Per document of the group, the countries its nationality words name
    #: ("Bolivian workers"): they vouch for their country as its name would.
    nationalities: list[tuple[str, ...]] | None = None

    def per_document(self) -> list[list[tuple]]:
        """Per document of the group, its (start, end, text, key, hint, era) tuples."""
        rows = list(zip(self.start, self.stop, self.written, self.key, self.hint, self.era or [""] * len(self.key)))
        bounds = np.cumsum(np.bincount(self.doc, minlength=len(self.docs))).tolist()
        return [rows[a:b] for a, b in zip([0, *bounds[:-1]], bounds)]

    @classmethod
    def from_documents(cls, matches: list[list[tuple]], nationalities: list | None = None) -> MatchBatch:
        """Columns of per-document (start, end, text, key, hint[, era]) tuples, and
        optionally each document's :attr:`nationalities`."""
        rows = [row for own in matches for row in own]
        columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in range(6)]
        if len(columns) == 5:
            columns.append([""] * len(rows))
        doc = np.repeat(np.arange(len(matches)), [len(own) for own in matches])
        return cls(list(range(len(matches))), doc, *columns, nationalities)


class PlaceMatcher:
    """Match every gazetteer name in a text in one pass.

    Parameters
    ----------
    gazetteer : Gazetteer
        The names to find.

    Examples
    --------
    >>> matcher = PlaceMatcher(gazetteer)                      # doctest: +SKIP
    >>> matcher.find("Projects in Lang Son and Ho Chi Minh City")  # doctest: +SKIP
       start  end              text               key   hint
    0     12   20          Lang Son          lang son
    1     25   41  Ho Chi Minh City  ho chi minh city
    """

    def __init__(self, gazetteer: Gazetteer):
        places = gazetteer.places
        population = places["population"].fillna(0.0).astype(float)
        within = places["admin1"].fillna("") if "admin1" in places else pd.Series("", index=places.index)
        self.info: dict[str, PlaceInfo] = {
            code: PlaceInfo(kind, country or "", pop, name, unit if kind == "city" else "")
            for code, kind, country, pop, name, unit in zip(
                places["code"], places["kind"], places["country"].fillna(""), population, places["name"], within
            )
        }
        names = gazetteer.names
        written = names["written"] if "written" in names else pd.Series("", index=names.index)
        self.candidates: dict[str, tuple[Candidate, ...]] = {}
        grouped: dict[str, list[Candidate]] = {}
        for key, code, case, context, spelled in zip(
            names["key"], names["code"], names["case"], names["context"], written.fillna("")
        ):
            grouped.setdefault(key, []).append(Candidate(code, case, context, spelled))
        # "the North-West" is also North-West: a plain-language alias with the
        # article ("the North West", a region in Vietnamese texts) keeps the
        # readings of the name without it, unless that is an ordinary word
        # ("the Gulf" is the Gulf states, not Papua New Guinea's Gulf Province).
        for key, values in grouped.items():
            rest = key[4:] if key.startswith("the ") else ""
            if rest in grouped and rest not in COMMON_WORDS and not (" " not in rest and getAllLemmas(rest)):
                values.extend(v for v in grouped[rest] if v not in values)
        self.candidates = {key: tuple(values) for key, values in grouped.items()}
        # Names that can mean an admin-1 unit and a city: the words around
        # them ("province", "city of") help choose.
        kinds = {code: info.kind for code, info in self.info.items()}
        self._needs_hint = {
            key for key, values in self.candidates.items() if {kinds.get(v.code) for v in values} >= {"admin1", "city"}
        }
        #: Names of a country that also name an admin-1 unit or a city
        #: ("Niger", "Georgia", "Djibouti"): the words around them and their
        #: neighbours in a list or a path say which (see :meth:`_neighbour_hint`).
        self._country_names = {
            key for key, values in self.candidates.items()
            if "country" in {kinds.get(v.code) for v in values} and {kinds.get(v.code) for v in values} & {"admin1", "city"}
        }
        self._needs_hint |= self._country_names
        #: Names of places in several countries, none of them a country's name.
        self._spread = {
            key for key, values in self.candidates.items()
            if key not in self._country_names and len({self.info[v.code].country for v in values if not v.context}) > 1
        }
        # One-word provinces: a kind word makes "Rivers State" or "the Volta
        # Region" the province even where the bare word is ordinary.
        self._needs_hint |= {
            key for key, values in self.candidates.items() if " " not in key and {kinds.get(v.code) for v in values} == {"admin1"}
        }
        #: Plain-language names that count only in one country's texts ("the
        #: north"), with that country: "the north of England" is not Vietnam's.
        self._plain: dict[str, set[str]] = {
            key: {v.context for v in values} for key, values in self.candidates.items() if all(v.context for v in values)
        }
        self._readings_memo: dict[tuple[str, str], bool] = {}
        self._cached_readings: dict[tuple[str, str], tuple[Candidate, ...]] = {}
        self._sole_country: dict[tuple[str, str], str] = {}
        self._countries_of: dict[tuple[str, ...], frozenset] = {}
        self._city_provinces: dict[tuple[str, ...], frozenset] = {}
        self._codes_for: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self._support: dict[tuple[str, ...], str] = {}
        #: Resolution decisions shared across documents (see progmap.places.resolve).
        self.decisions: dict = {}
        #: Each country's maps of admin-1 units in time (see progmap.places.vintage).
        self.vintages: vintage.Vintages = gazetteer.vintages if hasattr(gazetteer, "vintages") else vintage.Vintages()
        #: Names of units some map changed: the words around them may name a map.
        changed = self.vintages.codes
        self._dated = {key for key, values in self.candidates.items() if any(v.code in changed for v in values)}
        self._scanner = NameScanner(self.candidates)

    def find(self, text: str, spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
        """Return every name match in ``text`` that passes the case rules.

        Parameters
        ----------
        text : str
            NFC-normalized text.
        spans : list of (start, end), optional
            Only matches wholly inside these spans are kept (the narrative
            part of a document, outside organization names...).

        Returns
        -------
        pandas.DataFrame
            ``start``, ``end`` (offsets into ``text``), ``text``, ``key``,
            ``hint`` (``admin1``, ``city`` or ``""``: what the words around
            the name say it is), ``era`` (``new``, ``old`` or ``""``: the map
            the words around a changed unit's name name). ``attrs["nationalities"]``
            holds the countries the text's nationality words name, which
            :func:`~progmap.places.resolve.resolve_mentions` counts as support.
        """
        batches = self.scan_batches([text], [spans])
        frame = pd.DataFrame(batches[0].per_document()[0] if batches else [], columns=CANDIDATE_COLUMNS)
        frame.attrs["nationalities"] = batches[0].nationalities[0] if batches else ()
        return frame

    def find_matches(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple]:
        """:meth:`find` as a list of (start, end, text, key, hint, era) tuples.

        The frame-free form, for callers reading many documents fast.
        """
        return self.find_matches_many([text], [spans])[0]

    def find_matches_many(self, texts: list[str], spans: list | None = None) -> list[list[tuple]]:
        """:meth:`find_matches` for many documents in one pass.

        The documents are folded and scanned as one text, NUL-separated so no
        name runs across two of them; this spares the per-call costs that
        dominate on short documents.

        Parameters
        ----------
        texts : list of str
        spans : list, optional
            Per document, its span list (see :meth:`find`) or None.
        """
        results: list[list[tuple]] = [[] for _ in texts]
        for batch in self.scan_batches(texts, spans):
            for doc, rows in zip(batch.docs, batch.per_document()):
                results[doc] = rows
        return results

    def scan_batches(self, texts: list[str], spans: list | None = None) -> list[MatchBatch]:
        """:meth:`find_matches_many` as columns, one :class:`MatchBatch` per group of documents.

        ASCII documents are folded apart from the others, many times faster
        (see :func:`~progmap.text.fold_text`), so there are up to two groups.
        """
        plain = [i for i, text in enumerate(texts) if text.isascii()]
        other = [i for i, text in enumerate(texts) if not text.isascii()]
        return [self._scan_group(texts, group, spans) for group in (plain, other) if group]

    def _scan_group(self, texts: list[str], group: list[int], spans) -> MatchBatch:
        """Scan the documents ``group`` (indexes into ``texts``) as one text."""
        joined = " \x00 ".join(texts[i] for i in group)
        offsets = np.cumsum([0] + [len(texts[i]) + 3 for i in group[:-1]])
        folded = fold_text(joined)
        flat = folded.folded
        first, last, keys = self._scanner.scan_folded(flat)
        first, last, keys = self._with_elided(flat, first, last, keys)
        first, last, keys = self._with_kind_word(flat, first, last, keys)
        starts = folded.to_original(first)
        stops = folded.to_original(last) + 1
        owners = np.searchsorted(offsets, starts, side="right") - 1
        if spans is not None and keys:
            inside = _inside_spans(starts, stops, [spans[i] for i in group], [len(texts[i]) for i in group], offsets)
            keys = list(itertools.compress(keys, inside.tolist()))
            starts, stops, owners, first, last = starts[inside], stops[inside], owners[inside], first[inside], last[inside]
        doc_starts = offsets[owners]
        starts_l, stops_l, doc_starts_l = starts.tolist(), stops.tolist(), doc_starts.tolist()
        written = [joined[a:b] for a, b in zip(starts_l, stops_l)]
        # Case rules, decided once per (name, spelling).
        memo = self._readings_memo
        ok = list(map(memo.get, zip(keys, written)))
        for i in [i for i, known in enumerate(ok) if known is None]:
            ok[i] = memo[(keys[i], written[i])] = bool(self.cached_readings(keys[i], written[i]))
        # "Mr. Jordan Chad" is a person, not two countries. Only a
        # capitalized word before the name can be an honorific or a given
        # name, so most matches skip the regular expression.
        rfind = joined.rfind
        # (The word before may open a line: "survivors.\n\nMs. RIVERA".)
        capital_before = [
            joined[(max(rfind(" ", low, high), rfind("\n", low, high)) + 1) or d].isupper()
            for low, high, d in zip(
                np.maximum(doc_starts, starts - 25).tolist(), np.maximum(doc_starts, starts - 1).tolist(), doc_starts_l
            )
        ]
        people = set()  # (document, name) read as a person's name somewhere in the document
        for i in [i for i, capital in enumerate(capital_before) if capital and ok[i]]:
            d, a = doc_starts_l[i], starts_l[i]
            if _HONORIFIC.search(joined, max(d, a - 40), a) or self._after_given_name(joined, d, a, stops_l[i]):
                ok[i] = False
                # (A given name goes with its person: "Attorney Virginia Hale" leaves "from Virginia" a place.)
                if keys[i] not in GIVEN_NAMES and not self._names_country(keys[i], written[i]):
                    people.add((int(owners[i]), keys[i]))
            else:
                ok[i] = not self._after_foreign_word(joined, d, a, keys[i], written[i], stops_l[i - 1] if i else -1)
        # "Prosecutor Ana Salas ... Salas added": a surname stays the person's in the rest of the
        # document, unless a kind word makes it the place ("Salas municipality").
        if people:
            for i in [i for i, key in enumerate(keys) if ok[i] and (int(owners[i]), key) in people]:
                ok[i] = flat.startswith(_ADMIN1_AFTER + _CITY_AFTER, int(last[i]) + 1)
        for i in np.flatnonzero(_near_water(flat, first, last)).tolist():
            ok[i] = (ok[i] and not _names_water(flat, int(first[i]), int(last[i]), keys[i], _set_apart(joined, starts_l[i], stops_l[i]), self.candidates)
                     and not self._sea_not_unit(flat, int(last[i]), keys[i], written[i]))
        for i in [i for i, key in enumerate(keys) if key in GIVEN_NAMES and ok[i]]:
            ok[i] = (not self._before_surname(joined, stops_l[i]) and not _ROLE_BEFORE.search(joined, max(doc_starts_l[i], starts_l[i] - 20), starts_l[i])
                     and not _PERSON_APPOSITION.match(joined, stops_l[i], stops_l[i] + 48))
        # "the recruiter, Israel Mendoza, said", "Paso Canoas": two names with a space between that no one
        # country holds are one name the gazetteer lacks (a person's, a town's), not two places.
        for i in [i for i in range(len(keys) - 1) if ok[i] and ok[i + 1] and starts_l[i + 1] == stops_l[i] + 1]:
            if joined[stops_l[i]] == " " and not written[i].isupper() and self._apart(keys, written, i, i + 1):
                ok[i] = ok[i + 1] = False
        for i in [i for i, ok_i in enumerate(ok) if ok_i]:
            ok[i] = (not self._inside_longer_name(joined, stops_l[i]) and not self._before_currency(joined, stops_l[i])
                     and not self._hyphened_name(joined, stops_l[i]))
        # "across the Rio Grande": río is Spanish and Portuguese for river; a town or province takes no article.
        for i in [i for i, key in enumerate(keys) if ok[i] and key.startswith(("rio ", "rio-"))]:
            if flat.endswith(" the ", 0, int(first[i])) and not flat.startswith(_ADMIN1_AFTER, int(last[i]) + 1):
                ok[i] = self._names_country(keys[i], written[i], ("region",))
        for i in [i for i, ok_i in enumerate(ok) if ok_i and _INSTRUMENT_AFTER.match(joined, stops_l[i], stops_l[i] + 16)]:
            ok[i] = self._names_country(keys[i], written[i], ("country", "region"))
        # "the reefer Chile Star", "a bar on Calle Coahuila", "Nairobi Road": a ship or a street named after a place.
        for i in [i for i, ok_i in enumerate(ok) if ok_i]:
            d, a = doc_starts_l[i], starts_l[i]
            if _NAMED_AFTER_BEFORE.search(joined, max(d, a - 24), a) or _STREET_AFTER.match(joined, stops_l[i], stops_l[i] + 12):
                ok[i] = False
        # "Stockholm syndrome", "the Ilemi Triangle": a term named after a place, not the place.
        for i in [i for i, ok_i in enumerate(ok) if ok_i and _EPONYM_AFTER.match(joined, stops_l[i], stops_l[i] + 12)]:
            ok[i] = self._names_country(keys[i], written[i], ("region",))
        # "the Tibesti mountains" are a range, not Chad's Tibesti province; "the Gobi desert" a region still.
        for i in [i for i, ok_i in enumerate(ok) if ok_i and _LANDFORM_AFTER.match(joined, stops_l[i], stops_l[i] + 16)]:
            ok[i] = self._names_country(keys[i], written[i], ("country", "region"))
        local = set()  # (document, name) said to lie where the gazetteer's place cannot
        owners_l = owners.tolist()
        for i in [i for i in range(len(keys) - 1) if ok[i] and joined.startswith((" of ", ", in "), stops_l[i])]:
            if _OF_LINK.fullmatch(joined, stops_l[i], starts_l[i + 1]) and self._outside_of(keys, written, i, i + 1):
                ok[i] = False
            elif _COMMA_IN_LINK.fullmatch(joined, stops_l[i], starts_l[i + 1]) and self._outside_of(keys, written, i, i + 1, countries=False):
                # "the mining camp of Nueva Esparta, in the Madre de Dios region": a local place, not Venezuela's
                # state, here and wherever else the document names it ("42 victims rescued in Nueva Esparta").
                ok[i] = False
                local.add((owners_l[i], keys[i]))
        # "Paris, Texas", "Lebanon, Tennessee": an address names a town of that state, not the place elsewhere.
        for i in [i for i in range(len(keys) - 1) if ok[i] and starts_l[i + 1] == stops_l[i] + 2 and joined.startswith(", ", stops_l[i])]:
            if owners_l[i] == owners_l[i + 1] and self._address_elsewhere(keys, written, i, joined, starts_l, stops_l, owners_l):
                ok[i] = False
                local.add((owners_l[i], keys[i]))
        if local:
            ok = [k and (o, key) not in local for k, o, key in zip(ok, owners_l, keys)]
        plain = self._plain
        for i in [i for i, key in enumerate(keys) if key in plain and ok[i]]:
            ok[i] = _own_country(joined, stops_l[i], plain[keys[i]])
        dated = self._dated
        eras = [""] * len(keys)
        for i in [i for i, key in enumerate(keys) if key in dated]:
            eras[i] = vintage.qualifier(joined, stops_l[i], flat, int(first[i]))
        local_starts, local_stops = starts - doc_starts, stops - doc_starts
        if not all(ok):
            eras = list(itertools.compress(eras, ok))
            keys, written = list(itertools.compress(keys, ok)), list(itertools.compress(written, ok))
            mask = np.array(ok, dtype=bool)
            first, last, owners = first[mask], last[mask], owners[mask]
            local_starts, local_stops = local_starts[mask], local_stops[mask]
        needs_hint = self._needs_hint
        hinted = [i for i, key in enumerate(keys) if key in needs_hint]
        hints = [""] * len(keys)
        for i, f, l in zip(hinted, first[hinted].tolist(), last[hinted].tolist()):
            hints[i] = _hint(flat, f, l)
        at = offsets[owners]
        bounds = ((local_starts + at).tolist(), (local_stops + at).tolist(), owners.tolist())
        # "Kano, Niger and Kwara states": the plural kind word is said of the whole list.
        listed = [i for i, l in zip(hinted, last[hinted].tolist()) if hints[i] == "admin1" and flat.startswith(_ADMIN1_PLURAL_AFTER, l + 1)]
        for i in sorted(listed, reverse=True):
            j = i - 1
            while j >= 0 and keys[j] in needs_hint and not hints[j] and _gap(joined, bounds, j, i) in _LIST_LINKS:
                hints[j], i, j = "admin1", j, j - 1
        # "the provinces of Gaza, Inhambane and Maputo": and so is one before it.
        opened = [i for i, f in zip(hinted, first[hinted].tolist()) if hints[i] == "admin1" and flat.endswith(_ADMIN1_PLURAL_BEFORE, 0, f)]
        for i in opened:
            j = i + 1
            while j < len(keys) and keys[j] in needs_hint and not hints[j] and _gap(joined, bounds, i, j) in _LIST_LINKS:
                hints[j], i, j = "admin1", j, j + 1
        country_names = self._country_names
        for i in [i for i in hinted if not hints[i] and keys[i] in country_names]:
            hints[i] = self._neighbour_hint(i, keys, written, bounds, joined)
        for i in [i for i in hinted if not hints[i] and keys[i] not in country_names]:
            hints[i] = self._unit_by_neighbours(i, keys, written, bounds, joined)
        # A name of places in several countries, beside a place of one of
        # them ("Punjab and Sindh", "Lahore, Punjab"), is read in that country.
        spread = self._spread
        # "Misiones province" is Argentina's (Paraguay's Misiones is a department), "Sucre state" Venezuela's.
        for i in [i for i, key in enumerate(keys) if key in spread and hints[i] == "admin1"]:
            word = _kind_word(flat, int(first[i]), int(last[i]))
            country = self._country_of_kind(keys[i], written[i], word)
            if country and word in _LOOSE_KIND_WORDS and not self._kind_country_said(i, keys, written, bounds, joined, country):
                # "~": English calls any unit a province, so the document's own country's may still be meant.
                country = "~" + country
            if country:
                hints[i] = f"admin1@{country}"
        for i in [i for i, key in enumerate(keys) if key in spread and "@" not in hints[i]]:
            country = (self._neighbour_country(i, keys, written, bounds, joined) or self._demonym_country(i, keys, written, bounds, joined)
                       or self._sentence_country(i, keys, written, bounds, joined))
            if country:
                hints[i] = f"{hints[i]}@{country}"
        group_spans = [spans[i] for i in group] if spans is not None else None
        nationalities = _nationalities(joined, folded, offsets, [len(texts[i]) for i in group], group_spans, (starts, stops))
        return MatchBatch(group, owners, local_starts.tolist(), local_stops.tolist(), written, keys, hints, eras, nationalities)

    def _with_elided(self, flat: str, first: np.ndarray, last: np.ndarray, keys: list[str]):
        """The matches with the names a coordination leaves elided.

        In "Western and Southern Europe" or "North and South Kivu" the first
        word stands for "Western Europe", "North Kivu": where a word and
        "and" (or "or") come right before a name of several words, and the
        word with the name's last words is a name too, it is a match.
        """
        extra = self._kind_elided(flat, first, last)
        for i in [i for i, key in enumerate(keys) if " " in key]:
            f = int(first[i])
            if not flat.endswith((" and ", " or "), 0, f):
                continue
            found = _ELIDED.search(flat, max(0, f - 30), f)
            if not found:
                continue
            word, words, key = found.group(1), keys[i].split(" "), keys[i]
            # "Guinea or Guinea-Bissau" elides nothing; nor does a place's own name ("Kasai and Kongo Central").
            if word == words[0] or (word in self.candidates and word not in COMMON_WORDS and not _english_word(word)):
                continue
            name = next((n for k in range(1, len(words)) if (n := f"{word} {' '.join(words[-k:])}") in self.candidates and n != key), None)
            if name:
                extra.append((found.start(1), found.end(1) - 1, name))
        if not extra:
            return first, last, keys
        extra = sorted(set(extra))
        # The word alone may have matched a name of its own ("North"): the
        # elided name takes its place. A word read as part of a longer name
        # stays so. Matches are sorted and never overlap.
        keys = list(keys)
        added = []
        for a, b, name in extra:
            j = int(np.searchsorted(first, b, side="right")) - 1
            if j >= 0 and int(first[j]) == a and int(last[j]) == b:
                keys[j] = name
            elif j > 0 and int(first[j]) == a and keys[j] in self._plain and _LIST_BEFORE.fullmatch(flat, int(last[j - 1]) + 1, a):
                # "Luapula and Northern provinces": listed after a unit, the words are a unit's name
                # ("Northern Province"), not a plain-language phrase ("the northern provinces" of Vietnam).
                keys[j], last[j] = name, b
            elif j < 0 or int(last[j]) < a:
                added.append((a, b, name))
        if not added:
            return first, last, keys
        at = np.searchsorted(first, [a for a, _, _ in added])
        first = np.insert(first, at, [a for a, _, _ in added])
        last = np.insert(last, at, [b for _, b, _ in added])
        for offset, (position, (_, _, name)) in enumerate(zip(at.tolist(), added)):
            keys.insert(position + offset, name)
        return first, last, keys

    def _with_kind_word(self, flat: str, first: np.ndarray, last: np.ndarray, keys: list[str]):
        """The matches with a plain-language name read as part of a longer
        name that starts inside it: "the Centre region" is Cameroon's Centre
        Region and "the North Caribbean Coast Autonomous Region" Nicaragua's,
        not "the Centre" or "the North" of Vietnamese texts.

        A match of "the X" is the leftmost, so it hides a longer name that
        starts at X; where there is one, it is the match, the article left out,
        and the matches inside it go.
        """
        plain = [i for i, key in enumerate(keys) if key.startswith("the ") and key in self._plain]
        if not plain:
            return first, last, keys
        keys = list(keys)
        gone = np.zeros(len(keys), dtype=bool)
        for i in plain:
            if gone[i]:
                continue
            at = int(first[i]) + 3  # the space before X
            found_first, found_last, found_keys = self._scanner.scan_folded(flat[at : at + 160])
            if not len(found_first) or found_first[0] != 1 or at + int(found_last[0]) <= int(last[i]):
                continue
            keys[i], first[i], last[i] = found_keys[0], at + 1, at + int(found_last[0])
            j = i + 1
            while j < len(keys) and first[j] <= last[i]:
                gone[j], j = True, j + 1
        if gone.any():
            keep = ~gone
            first, last, keys = first[keep], last[keep], list(itertools.compress(keys, keep.tolist()))
        return first, last, keys

    def _kind_elided(self, flat: str, first: np.ndarray, last: np.ndarray) -> list[tuple[int, int, str]]:
        """Names a plural kind word completes: in "the Central and Volta regions"
        the word "Central" stands for "Central Region".

        Before a plural kind word ("regions", "provinces"), each listed word
        (joined by "and", "or" or a comma) that makes a name with the kind
        word in the singular is a match; a listed name matched already is
        stepped over ("Central, Upper East and Volta regions").
        """
        extra = []
        starts = dict(zip((last + 1).tolist(), first.tolist()))
        for kind in _ADMIN1_PLURAL_WORD.finditer(flat):
            singular, end = _singular(kind.group(1)), kind.start()
            while (found := _LISTED_WORD.search(flat, max(0, end - 40), end + 1)) is not None:
                name = f"{found.group(1)} {singular}"
                if name in self.candidates:
                    extra.append((found.start(1), found.end(1) - 1, name))
                elif found.end(1) not in starts:
                    break
                end = starts.get(found.end(1), found.start(1)) - 1
        return extra

    def _after_given_name(self, text: str, doc_start: int, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is a surname: "said Grace Kenya, 24," or "Grace Kenya said":
        a capitalized word that names no place right before it, and after it what follows a person."""
        if not _PERSON_AFTER.match(text, end, end + 20):
            return False
        before = _PREVIOUS_WORD.search(text, max(doc_start, start - 30), start)
        if not before or fold_name(before.group(1)) in self.candidates:
            return False
        # At a sentence's start a capital says nothing ("Meanwhile Kenya said ...").
        preceding = text[max(doc_start, before.start() - 3) : before.start()].rstrip(" \t")
        return bool(preceding) and preceding[-1] not in ".!?\n\"“"

    def _after_foreign_word(self, text: str, doc_start: int, start: int, key: str, written: str, previous_end: int = -1) -> bool:
        """Whether a unit's or town's name ends a longer proper name the gazetteer lacks: the
        shelter "Bahay Kalinga" is no Kalinga province, the "Hogar Santa Cruz" no Santa Cruz.

        The word before is capitalized mid-sentence, no English word (nor a
        word of grammar: "The HCMC trial") and no place nor the end of one
        ("Tay Ninh Ho Chi Minh City"); a country's name stays a place ("Casa
        Alianza Honduras").
        """
        before = _PREVIOUS_WORD.search(text, max(doc_start, start - 30), start)
        if not before or before.group(1).isupper() or fold_name(before.group(1)) in self.candidates or before.end(1) <= previous_end:
            return False
        word = before.group(1).lower()
        # ("County Monaghan", "Oblast"...: a kind word lemminflect may not know opens no foreign name.)
        if word in _FUNCTION_WORDS or word in _PLACE_KIND_WORDS or _english_word(word) or self._names_country(key, written):
            return False
        if before.group(1) in DEMONYMS:  # "Belgian Limburg": the adjective says whose, it opens no name
            return False
        preceding = text[max(doc_start, before.start() - 3) : before.start()].rstrip(" \t")
        return bool(preceding) and preceding[-1] not in ".!?\n\"“:;(—–-"

    def _hyphened_name(self, text: str, end: int) -> bool:
        """Whether a name is the first half of a double name that ends there: "Mendoza-Ruiz, 34," or
        "United States v. Mendoza-Ruiz": a capitalized word after a hyphen that names no place and is
        no English word, and after it no word of a road or a border ("the Nairobi-Namanga road")."""
        found = _HYPHEN_WORD.match(text, end, end + 40)
        if not found:
            return False
        word = found.group(1)
        if word.isupper() or fold_name(word) in self.candidates or _english_word(word.lower()) or fold_name(word) in _PART_WORDS:
            return False
        return not text[found.end() : found.end() + 2].lstrip(" \t")[:1].islower()

    def _inside_longer_name(self, text: str, end: int) -> bool:
        """Whether a name runs on into a longer proper name the gazetteer lacks: "Kota Tinggi" is no "Kota".

        The next word is capitalized (not in capitals), no English word, and
        names no place of its own.
        """
        found = _NEXT_WORD.match(text, end, end + 40)
        if not found:
            return False
        word = found.group(1)
        if word.isupper() or fold_name(word) in self.candidates or word.lower() in _PLACE_KIND_WORDS:
            return False
        return not _english_word(word.lower())

    def _address_elsewhere(self, keys, written, i: int, text: str, starts: list, stops: list, owners: list) -> bool:
        """Whether match ``i`` and the unit after its comma are an address no reading of ``i`` lies in.

        "Paris, Texas": the unit's name means that unit only, and the pair
        ends there (no list goes on: "Nepal, Bihar and Jharkhand" is a list).
        """
        j = i + 1
        units = [c for c in self.cached_readings(keys[j], written[j]) if not c.context]
        if not units or any(self.info[c.code].kind != "admin1" for c in units):
            return False
        if j + 1 < len(keys) and owners[j + 1] == owners[j]:
            if _GAP_SPACES.sub(" ", text[stops[j] : starts[j + 1]]).strip().lower() in _LIST_LINKS:
                return False
        return self._outside_of(keys, written, i, j)

    def _outside_of(self, keys: list[str], written: list[str], i: int, j: int, countries: bool = True) -> bool:
        """Whether no reading of name ``i`` lies in a country name ``j`` may mean.

        Then "i of j" names a part of ``j``, not ``i``: "the Southern District
        of New York" is a court's district, not Botswana's Southern District.
        With ``countries=False``, a name that may be a country is never outside.
        """
        info = self.info
        readings = self.cached_readings(keys[i], written[i])
        if not countries and any(info[c.code].kind == "country" for c in readings):
            return False
        mine = {info[c.code].country for c in readings}
        # A plain-language name ("the north") is a part of whichever country the text is about, not of one.
        theirs = {info[c.code].country for c in self.cached_readings(keys[j], written[j]) if not c.context}
        return bool(mine) and bool(theirs) and "" not in mine and "" not in theirs and mine.isdisjoint(theirs)

    def _apart(self, keys: list[str], written: list[str], i: int, j: int) -> bool:
        """Whether names ``i`` and ``j`` lie in no one country, and are not both countries' names
        (two countries side by side are a list a comma was left out of: "the Kenya Uganda border")."""
        # ("the Vanuatu Maritime Safety Authority", "Glasgow North East": an English word names what, not where.)
        if any(word in COMMON_WORDS or _english_word(word) for word in (keys[i] + " " + keys[j]).split()):
            return False
        mine = [self.info[c.code] for c in self.cached_readings(keys[i], written[i]) if not c.context]
        theirs = [self.info[c.code] for c in self.cached_readings(keys[j], written[j]) if not c.context]
        if not mine or not theirs or all(place.kind == "country" for place in mine + theirs):
            return False
        lands, others = {place.country for place in mine}, {place.country for place in theirs}
        return "" not in lands and "" not in others and lands.isdisjoint(others)

    def _sea_not_unit(self, flat: str, last: int, key: str, written: str) -> bool:
        """Whether a sea's name is the sea, not the unit named after it: "crossing the Red Sea"
        is no Sudanese state; "Red Sea state" and "Red Sea Governorate" are units."""
        if not key.endswith((" sea", " ocean")) or flat.startswith(_ADMIN1_AFTER, last + 1):
            return False
        return all(self.info[c.code].kind in ("admin1", "city") for c in self.cached_readings(key, written))

    def _names_country(self, key: str, written: str, kinds: tuple[str, ...] = ("country",)) -> bool:
        """Whether a name may be a country's (or of another of ``kinds``): "the Thailand-Myanmar
        agreement" and "the ASEAN Convention" name their parties."""
        return any(self.info[c.code].kind in kinds for c in self.cached_readings(key, written))

    @staticmethod
    def _before_currency(text: str, end: int) -> bool:
        """Whether a name is a currency's ("US dollars", "Hong Kong dollars"): money, not a place."""
        return bool(_CURRENCY_AFTER.match(text, end, end + 12))

    def _before_surname(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` is followed by a surname: a
        capitalized word that names no place and is no English word ("Chad
        Okafor", but not "Chad Basin" or "Georgia Tech")."""
        found = _NEXT_WORD.match(text, end, end + 40)
        if not found:
            return False
        word = found.group(1)
        if fold_name(word) in self.candidates or word.lower() in _PLACE_KIND_WORDS:
            return False
        # "Jordan Mills, said", "Grace Kenya, 24,": an English surname speaks or is described like a person
        return not getAllLemmas(word.lower()) or bool(_PERSON_AFTER.match(text, found.end(), found.end() + 20))

    def _country_of_kind(self, key: str, written: str, word: str) -> str:
        """The one country whose unit of this name is the kind of unit ``word``
        says ("province", "department", "state"), by ISO 3166-2; '' if none or several.
        "Region" says nothing: texts call units of every kind regions."""
        if not word or word == "region":
            return ""
        countries = {self.info[c.code].country for c in self.cached_readings(key, written)
                     if self.info[c.code].kind == "admin1" and word in _unit_kinds(c.code)}
        return countries.pop() if len(countries) == 1 else ""

    def _kind_country_said(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str, country: str) -> bool:
        """Whether the words around match ``i`` say it lies in ``country``: "Misiones province in
        Argentina", or a town of that country beside it ("Puerto Iguazú, in Misiones province")."""
        if i + 1 < len(keys) and bounds[2][i + 1] == bounds[2][i] and _KIND_IN.fullmatch(_gap(text, bounds, i, i + 1)):
            if self.sole_country(keys[i + 1], written[i + 1]) == country:
                return True
        return self._neighbour_country(i, keys, written, bounds, text) == country

    def _sentence_country(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str) -> str:
        """The country named last before match ``i`` in its sentence, if ``i`` has a reading there
        ("In PNG, logging camps in Western Province ..."); '' otherwise. "!" and the country when
        ``i`` has none in the country a sentence is said to be in ("In Kenya, the Central Province":
        a former unit the gazetteer lacks)."""
        starts, stops, owners = bounds
        mine = {self.info[c.code].country for c in self.cached_readings(keys[i], written[i]) if not c.context}
        for j in range(i - 1, -1, -1):
            if owners[j] != owners[i] or _SENTENCE_END.search(text, stops[j], starts[i]):
                break
            readings = [self.info[c.code] for c in self.cached_readings(keys[j], written[j]) if not c.context]
            # Only a country the sentence is set in counts, not one people come from ("arrivals from Sudan"):
            # "In PNG, ...", or the country that opens it ("Solomon Islands police found ...").
            if readings and all(place.kind == "country" for place in readings) and (
                    _SET_IN.search(text, max(0, starts[j] - 8), starts[j]) or _opens_sentence(text, starts[j])):
                country = readings[0].country
                if len(readings) > 1 or country in mine:
                    return country if len(readings) == 1 else ""
                # Only a sentence that opens "In Kenya, ..." says so ("Brazil draws boys from the Chaco",
                # "farms in the Jordan Valley and near the Gaza border" do not).
                anywhere = {self.info[c.code].country for c in self.cached_readings(keys[i], written[i])}
                opened = _OPENED_IN.search(text, max(0, starts[j] - 8), starts[j])
                said = opened and text.startswith(",", stops[j]) and _opens_sentence(text, opened.start())
                return "!" + country if said and country not in anywhere else ""
        # "Rwandan police found girls from the Northern Province": a nationality word and an authority
        # that open the sentence set it too (not "Rwandan girls", who may be anywhere).
        country = _authority_country(text, starts[i])
        return country if country in mine else ""

    def _demonym_country(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str) -> str:
        """The country a nationality word right before match ``i`` names, if ``i`` has a reading
        there ("Belgian Limburg", "Argentine Misiones"); '' otherwise."""
        start = bounds[0][i]
        before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        code = DEMONYMS.get(before.group(1)) if before else None
        if not code:
            return ""
        mine = {self.info[c.code].country for c in self.cached_readings(keys[i], written[i]) if not c.context}
        return code if code in mine else ""

    def _neighbour_country(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str) -> str:
        """The one country that the names listed beside match ``i`` lie in,
        if match ``i`` has a reading there ('' otherwise)."""
        owners = bounds[2]
        info = self.info
        mine = {info[c.code].country for c in self.cached_readings(keys[i], written[i]) if not c.context}
        found = set()
        for j, (a, b) in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
            if not 0 <= j < len(keys) or owners[j] != owners[i]:
                continue
            gap = _gap(text, bounds, a, b)
            # ("Limburg in the Netherlands", "Tripoli, in northern Lebanon", "La Paz, the capital of Baja
            # California Sur": what a name lies in says its country too.)
            if j > i:
                gap = _HOLDER_GAP.sub(r"\1\2", gap)
            if gap not in _SAME_COUNTRY_LINKS and not (j > i and gap in _IN_LINKS):
                continue
            codes = [c.code for c in self.cached_readings(keys[j], written[j]) if not c.context]
            theirs = {info[code].country for code in codes}
            if len(theirs) > 1 and j > i:
                # "Kingston, Ontario": the unit after a town is the one a reading of the town lies in.
                units = {code for code in codes if info[code].kind == "admin1"}
                theirs = {info[c.code].country for c in self.cached_readings(keys[i], written[i])
                          if not c.context and info[c.code].kind == "city" and info[c.code].within in units} or theirs
            if len(theirs) == 1 and theirs <= mine:
                found |= theirs
        return found.pop() if len(found) == 1 else ""

    def _unit_by_neighbours(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str) -> str:
        """"admin1" when match ``i``'s neighbours make a unit of a name that is
        also a town's: a town before it in an address lies in the unit
        ("Alexandria, Virginia"), or a list of units holds it ("from
        Caaguazú, San Pedro and Itapúa", "Oaxaca and Chiapas"); else ''."""
        info, owners = self.info, bounds[2]
        units = {c.code for c in self.cached_readings(keys[i], written[i]) if not c.context and info[c.code].kind == "admin1"}
        if not units:
            return ""
        lands = {info[code].country for code in units}
        for j, (a, b) in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
            if not 0 <= j < len(keys) or owners[j] != owners[i]:
                continue
            gap = _gap(text, bounds, a, b)
            theirs = [info[c.code] for c in self.cached_readings(keys[j], written[j]) if not c.context]
            if j < i and gap == "," and any(place.kind == "city" and place.within in units for place in theirs):
                return "admin1"
            if gap in _LIST_LINKS and theirs and all(place.kind == "admin1" and place.country in lands for place in theirs):
                return "admin1"
        return ""

    def _neighbour_hint(self, i: int, keys: list[str], written: list[str], bounds: tuple, text: str) -> str:
        """What the names next to match ``i`` say a country's name means.

        A reader takes a name with its neighbours in a list or a path: beside
        a country ("Georgia and Armenia", "through Niger to Libya") or a place
        in that country ("Tbilisi, Georgia") it is the country; beside a place
        in the country of its admin-1 unit or city ("Atlanta, Georgia", "Kano,
        Niger and Kwara") it is that unit, unless a path leads from that place
        to it ("through Kano to Niger"). Returns ``country``, the unit's
        kind, or ``""`` when the neighbours say nothing or disagree.
        """
        owners = bounds[2]
        info = self.info
        own = [info[c.code] for c in self.cached_readings(keys[i], written[i]) if not c.context]
        states = {place.country for place in own if place.kind == "country"}
        units = {place.country for place in own if place.kind != "country"}
        votes = {"country": 0, "unit": 0}
        for j, (a, b) in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
            if not 0 <= j < len(keys) or owners[j] != owners[i]:
                continue
            gap = _gap(text, bounds, a, b)
            if gap in _IN_LINKS and j > i:
                # "Georgia in the United States": inside the country named after it, it is that country's unit.
                theirs = {info[c.code].country for c in self.cached_readings(keys[j], written[j]) if not c.context}
                votes["unit"] += bool(theirs & units) and not theirs & states
                continue
            if gap not in _LINKS and gap not in _IN_LINKS:  # "Agadez in Niger": what holds a place is in its country
                continue
            theirs = [info[c.code] for c in self.cached_readings(keys[j], written[j]) if not c.context]
            if gap in _IN_LINKS and any(place.kind == "country" for place in theirs):
                continue
            if any(place.kind == "country" for place in theirs):
                votes["country"] += 1
                continue
            lands = {place.country for place in theirs if place.kind in ("admin1", "city")}
            if lands & units and not lands & states:
                # A path leaves the places before it: "through Kano and Katsina to Niger" crosses a border.
                votes["unit" if gap in _SAME_COUNTRY_LINKS else "country"] += 1
            elif lands & states and not lands & units:
                votes["country"] += 1
        if votes["country"] == votes["unit"]:
            return ""
        if votes["country"] > votes["unit"]:
            return "country"
        return "admin1" if any(place.kind == "admin1" for place in own) else "city"

    def cached_readings(self, key: str, written: str) -> tuple[Candidate, ...]:
        """:meth:`readings`, remembered: corpora repeat the same names."""
        pair = (key, written)
        found = self._cached_readings.get(pair)
        if found is None:
            found = self._cached_readings[pair] = self.readings(key, written)
        return found

    def codes_for(self, key: str, written: str, context: str) -> tuple[str, ...]:
        """Codes a name can mean in a document about ``context``, remembered."""
        memo_key = (key, written, context)
        found = self._codes_for.get(memo_key)
        if found is None:
            found = tuple(c.code for c in self.cached_readings(key, written) if not c.context or c.context == context)
            self._codes_for[memo_key] = found
        return found

    def support_country(self, codes: tuple[str, ...]) -> str:
        """The country a name vouches for: its readings' one country, if one of
        them vouches (see :meth:`_vouches`); else the one country it names, since
        a country's name means the country unless the text says otherwise
        ("Niger" also names a Nigerian state); '' otherwise."""
        found = self._support.get(codes)
        if found is None:
            countries = {self.info[c].country for c in codes}
            named = {self.info[c].country for c in codes if self.info[c].kind == "country"}
            if len(countries) == 1 and any(self._vouches(self.info[c]) for c in codes):
                found = countries.pop()
            else:
                found = named.pop() if len(named) == 1 else ""
            self._support[codes] = found
        return found

    @staticmethod
    def _vouches(place) -> bool:
        """A reading that says the text is about its country: a country, an
        admin-1 unit, or a city big enough to be mapped on its own ("Guatemala
        City" supports "Tecún Umán")."""
        return place.kind in ("country", "admin1") or (place.kind == "city" and place.population >= SMALL_CITY)

    def sole_country(self, key: str, written: str) -> str:
        """The one country all readings of a name lie in ('' if several or none).

        "Phnom Penh" and "Cambodia" both say the text is about Cambodia.
        """
        pair = (key, written)
        found = self._sole_country.get(pair)
        if found is None:
            readings = [c for c in self.cached_readings(key, written) if not c.context]
            countries = {self.info[c.code].country for c in readings}
            found = countries.pop() if len(countries) == 1 else ""
            self._sole_country[pair] = found
        return found

    def city_province_countries(self, codes: tuple[str, ...]) -> frozenset:
        """Countries where these readings include both an admin-1 unit and a city."""
        found = self._city_provinces.get(codes)
        if found is None:
            kinds: dict[str, set] = {}
            for code in codes:
                kinds.setdefault(self.info[code].country, set()).add(self.info[code].kind)
            found = frozenset(c for c, k in kinds.items() if {"admin1", "city"} <= k)
            self._city_provinces[codes] = found
        return found

    def countries_of(self, codes: tuple[str, ...]) -> frozenset:
        """The countries a set of readings lie in."""
        found = self._countries_of.get(codes)
        if found is None:
            found = self._countries_of[codes] = frozenset(self.info[c].country for c in codes)
        return found

    def readings(self, key: str, written: str) -> tuple[Candidate, ...]:
        """The candidates of ``key`` whose case rule accepts ``written``."""
        out = []
        # "the Northwest": the name's own first word must be capitalized, not the article.
        capital = (written[4:] if written[:4].lower() == "the " else written)[:1].isupper()
        # ("Malé" with its accent is the town, not the English word "male".)
        common = key in COMMON_WORDS and written.isascii()
        for cand in self.candidates.get(key, ()):
            if cand.case == "exact":
                # A match ends at its last letter: "U.S." is found as "U.S".
                ok = written == cand.written or written == cand.written.rstrip(".")
            elif cand.case == "any":
                ok = True
            else:
                # Capitalized, and not a common word standing alone, nor a
                # short all-caps word that reads as an acronym.
                ok = capital and not common and not (written.isupper() and len(written) <= 3)
            if ok:
                out.append(cand)
        return tuple(out)


# "the north of England", "the north-western provinces of Laos": whose north.
_OF_PLACE = re.compile(r"[\s,-]*(?:[\w-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


#: Between a name and the place it is part of: "the Southern District of New York".
_OF_LINK = re.compile(r" of (?:the )?")
#: Between a place and the place it is said to be in: "Nueva Esparta, in the Madre de Dios region".
_COMMA_IN_LINK = re.compile(r", in (?:the )?")


#: A nationality word and an authority opening a sentence: "The Rwandan police", "Zambian officials".
_AUTHORITY_OPENER = re.compile(
    r"[\s\"“‘(]*(?:The[ \t]+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:police|authorities|officials|government|prosecutors?|courts?|judges?|"
    r"army|military|immigration|border guards|labou?r inspectors|ministry|social workers)\b"
)


#: Where a sentence may start: after a sentence's end, a paragraph's, or a document's (joined texts).
_OPENING_AFTER = re.compile(r"[.!?;][\s\"”’)]|\n[ \t]*\n|\x00 ?")


def _authority_country(text: str, start: int) -> str:
    """The country of a nationality word and an authority that open the sentence holding ``start``.

    >>> _authority_country("Aid came. Rwandan police found girls in the Northern Province.", 45)
    'RWA'
    """
    low = max(0, start - 400)
    ends = [found.end() for found in _OPENING_AFTER.finditer(text, low, start)]
    at = ends[-1] if ends else (low if low == 0 else -1)
    opener = _AUTHORITY_OPENER.match(text, at, start) if at >= 0 else None
    return DEMONYMS.get(opener.group(1), "") if opener else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the first word of its sentence, paragraph or document.

    >>> _opens_sentence("Workers left. Fiji police said so", 14), _opens_sentence("police in Fiji said", 10)
    (True, False)
    >>> _opens_sentence("Workers left. The Fiji police said so", 18)
    True
    """
    low = max(0, start - 12)
    before = text[low:start].rstrip(" \t\"“‘'(")
    if before.endswith("The") and not before[-4:-3].isalpha():  # "The Solomon Islands police ..."
        before = before[:-3].rstrip(" \t\"“‘'(")
    return (not before and low == 0) or before[-1:] in (".", "!", "?", ":", "\n", "\x00")


def _own_country(text: str, end: int, countries: set[str]) -> bool:
    """Whether a plain-language name ending at ``end`` is not said of another country."""
    named = _OF_PLACE.match(text, end, end + 80)
    if not named:
        return True
    words = named.group(1)
    first = words.split()[0]
    code = next(filter(None, map(country_of, (words, words.rstrip("."), first, first.rstrip(".")))), None)
    return code is None or code in countries


def _nationalities(joined: str, folded, offsets: np.ndarray, lengths: list[int], spans, places: tuple) -> list[tuple[str, ...]]:
    """Per document of a joined group, the countries its nationality words name.

    Only words read as places would be (inside the document's ``spans``, when
    given) and not part of a place name the matcher found ("Indian Ocean")
    count; a country's own name is a place match already.
    """
    hits = [
        (start, stop, code)
        for start, stop, written, code in country_words(joined, folded)
        if written in DEMONYMS and not _WATER_NAMED_AFTER.match(joined, stop)
    ]
    found: list[set] = [set() for _ in lengths]
    if not hits:
        return [()] * len(lengths)
    starts = np.array([h[0] for h in hits], dtype=np.int64)
    stops = np.array([h[1] for h in hits], dtype=np.int64)
    keep = np.ones(len(hits), dtype=bool)
    if spans is not None:
        keep &= _inside_spans(starts, stops, spans, lengths, offsets)
    place_starts, place_stops = places
    if len(place_starts):
        # The last place match opening before each word's end covers it if it ends after the word starts.
        order = np.argsort(place_starts, kind="stable")
        opens, reach = place_starts[order], np.maximum.accumulate(place_stops[order])
        before = np.searchsorted(opens, stops, side="left") - 1
        keep &= ~((before >= 0) & (reach[np.maximum(before, 0)] > starts))
    owners = np.searchsorted(offsets, starts, side="right") - 1
    for owner, (_, _, code), kept in zip(owners.tolist(), hits, keep.tolist()):
        if kept:
            found[owner].add(code)
    return [tuple(sorted(codes)) for codes in found]


def _inside_spans(starts: np.ndarray, stops: np.ndarray, spans: list, lengths: list[int], offsets: np.ndarray) -> np.ndarray:
    """Whether each match lies wholly inside one of its document's spans.

    Offsets are in the joined text; a document whose spans are None is read whole.
    """
    bounds = [
        (offset + a, offset + b)
        for own, length, offset in zip(spans, lengths, offsets.tolist())
        for a, b in (own if own is not None else [(0, length)])
    ]
    if not bounds:
        return np.zeros(len(starts), dtype=bool)
    bounds.sort()
    opens = np.array([a for a, _ in bounds], dtype=np.int64)
    # The farthest end among spans opening at or before each start.
    reach = np.maximum.accumulate(np.array([b for _, b in bounds], dtype=np.int64))
    last_open = np.searchsorted(opens, starts, side="right") - 1
    return (last_open >= 0) & (reach[np.maximum(last_open, 0)] >= stops)


def _gap(text: str, bounds: tuple, a: int, b: int) -> str:
    """The words between matches ``a`` and ``b`` (``a`` before ``b``), folded
    as the link tables are: lower case, brackets and spaces squeezed."""
    starts, stops, _ = bounds
    return _GAP_SPACES.sub(" ", text[stops[a] : starts[b]]).strip().lower()


#: Another name and a shared water word after a match: " or yalu river ", " and salween rivers " (folded text).
_ELIDED_WATER = re.compile(r" (?:or|and) ([a-z]+ (?:%s))s? " % "|".join(_WATER_WORDS))
_ELIDED_WATER_REACH = 24
#: "the Indian Ocean", "the Arabian Sea": a nationality word naming water.
_WATER_NAMED_AFTER = re.compile(r"[ \t]+(?:%s)\b" % "|".join(word.title() for word in _WATER_WORDS))
_WATER = re.compile(r" (?:%s)(?= )" % "|".join(_WATER_WORDS))


def _near_water(flat: str, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Which matches have a water word within a few words of them (a quick
    test; :func:`_names_water` says whether they name water)."""
    spots = np.array([found.start() for found in _WATER.finditer(flat)], dtype=np.int64)
    if not len(spots):
        return np.zeros(len(first), dtype=bool)
    # The nearest water word at or after the match's end, and the one before it.
    after = np.searchsorted(spots, last)
    # (a few words on when another name comes between: "the Tumen or Yalu River")
    near_after = (after < len(spots)) & (spots[np.minimum(after, len(spots) - 1)] - last <= 2 + _ELIDED_WATER_REACH)
    within = np.searchsorted(spots, first)
    near_before = (within > 0) & (first - spots[np.maximum(within - 1, 0)] <= 20)
    # A name ending in a water word ("the Gulf" of "the Gulf of Mexico").
    inside = (within < len(spots)) & (spots[np.minimum(within, len(spots) - 1)] <= last)
    return near_after | near_before | inside


def _names_water(flat: str, first: int, last: int, key: str, apart: tuple[bool, bool] = (False, False), names=frozenset()) -> bool:
    """Whether a match is part of the name of a body of water.

    "Lake Volta", "the Gulf of Guinea", "the Congo River", or a water word
    that names the body itself ("the Gulf" of "the Gulf of Mexico"). A
    name that is itself water ("Red Sea", "Persian Gulf") is left alone.
    ``apart`` says whether punctuation sets the name off from the words
    before and after it (folded text has none): "in the Gulf, Kuwait" names
    Kuwait. A name in ``names`` after "and" is a place of its own ("Kitui,
    Taita Taveta and Tana River" are three counties), not a river the two share.
    """
    before, after = apart
    if (not before and flat.endswith(_WATER_BEFORE, 0, first)) or (not after and flat.startswith(_WATER_AFTER, last + 1)):
        return True
    if after:
        return False
    shared = _ELIDED_WATER.match(flat, last + 1)
    if shared and shared.group(1) not in names:
        return True  # "the Tumen or Yalu River", "the Mekong and Salween rivers": the water word is shared
    # "the Gulf of Mexico", and "the Gulf coast": the shore of a body of water, not the Gulf states.
    return key.rsplit(" ", 1)[-1] in _WATER_WORDS and flat.startswith((" of ", " coast "), last + 1)


#: Punctuation that ends a name's phrase: a list's comma, a clause's stop.
_PHRASE_END = frozenset(",;:.!?()[]")


def _set_apart(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether punctuation comes right before and right after ``text[start:end]`` (spaces skipped)."""
    before = text[max(0, start - 4) : start].rstrip()[-1:]
    after = text[end : end + 4].lstrip()[:1]
    return before in _PHRASE_END and before != "", after in _PHRASE_END and after != ""


#: A kind word after a name or before it ("Misiones province", "the department of Sucre"), folded.
_KIND_AFTER = re.compile(rf" ({'|'.join(_ADMIN1_WORDS)})(?= )")
_KIND_BEFORE = re.compile(rf" ({'|'.join(_ADMIN1_WORDS)}) of (?:the )?$")


#: The kind word English gives the units of any country ("Santa Cruz province" of Bolivia's departments).
_LOOSE_KIND_WORDS = frozenset(["province"])
#: A kind word and the place it lies in after a name: "Misiones province in Argentina" (a folded gap).
_KIND_IN = re.compile(rf"(?:{'|'.join(_ADMIN1_WORDS)}),? (?:in|of)(?: the)?")


def _kind_word(flat: str, first: int, last: int) -> str:
    """The kind word said of the match in folded text, singular ("province"), or ''."""
    found = _KIND_AFTER.match(flat, last + 1) or _KIND_BEFORE.search(flat, max(0, first - 30), first + 1)
    return _singular(found.group(1)) if found else ""


def _singular(word: str) -> str:
    """A plural kind word's singular: "provinces" -> "province", "counties" -> "county"."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


@functools.lru_cache(maxsize=None)
def _unit_kinds(code: str) -> tuple[str, ...]:
    """The words of the kind of unit ISO 3166-2 says ``code`` is ("province"; "autonomous", "region")."""
    found = pycountry.subdivisions.get(code=code)
    return tuple((found.type or "").lower().split()) if found else ()


def _hint(flat: str, first: int, last: int) -> str:
    """Read the words around a match in folded text for a kind hint.

    ``first`` and ``last`` are the match's first and last letters; the
    folded text has one space between words, so whole words are compared.
    """
    if flat.startswith(_ADMIN1_AFTER, last + 1) or flat.endswith(_ADMIN1_BEFORE, 0, first):
        return "admin1"
    if flat.startswith(_CITY_AFTER, last + 1) or flat.endswith(_CITY_BEFORE, 0, first):
        return "city"
    if flat.endswith(_COUNTRY_BEFORE, 0, first):
        return "country"
    return ""

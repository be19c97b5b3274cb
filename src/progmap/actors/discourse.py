"""The discourse register: what a document named recently, for frames to lean on.

A frame reads one sentence, but sentences lean on the ones before them:
"the province", "both countries", "its inhabitants", "these women",
"they". A :class:`Register` keeps, for one document and in reading order:

- the places it names (every resolved mention, by offset): "the province"
  is the last admin-1 unit named before the phrase, "both countries" the
  last two countries, "the country" the document's subject country or else
  the last country named (the phrases and what they point at are the
  ``anaphora`` lexicon table);
- the people its frames were about (:class:`People`: their homes, who they
  are, where they were taken, and the sentences that said so): "the
  victims", "these women", "they" or "most" at the head of a sentence stand
  for the last of them in the paragraph;
- the document's subject country (:class:`Subject`). Statements in the text
  ("Nepal is a country of origin for ...", "X is a source, transit and
  destination country") win; without one, the document's metadata
  (``subject_country``, a single country named in its subject or title
  line, ``post_country`` when the TAGS line agrees) gives it, flagged as
  inferred. The most-mentioned country is never used:
  in migration texts it is usually the destination.

Examples
--------
>>> places = [Referent("VN-22", "admin1", "VNM", 11, 17, "Girls from Nghe An go to work.")]
>>> register = Register(places)
>>> [p.code for p in register.resolve("admin1", 40)]
['VN-22']
>>> subject_from_metadata({"subject": "NEPAL 2006 TIP REPORT"})
Subject(code='NPL', roles=frozenset(), quote=None, inferred=True, base='')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from progmap.sources.documents import title_countries


@dataclass(frozen=True)
class Referent:
    """A place the document names: a resolved mention.

    Attributes
    ----------
    code, kind, country : str
        As in :data:`progmap.schema.MENTION_COLUMNS`.
    start, end : int
        Offsets of the mention in the document's text.
    sentence : str
        The sentence naming it, quoted as evidence when a later phrase
        points back at it ("the province").
    """

    code: str
    kind: str
    country: str
    start: int
    end: int
    sentence: str = ""

    @property
    def country_code(self) -> str:
        """The country the place lies in (a country is its own)."""
        return self.code if self.kind == "country" else self.country


@dataclass(frozen=True)
class Subject:
    """The country a document is about.

    Attributes
    ----------
    code : str
        ISO 3166-1 alpha-3.
    roles : frozenset of str
        What the text says the country is: ``source``, ``destination``,
        ``transit``; empty when only metadata names it; ``dateline`` when a
        news dateline gives it (where the story is told: no default origin).
    quote : str or None
        The statement that says so, quoted as evidence of an origin taken
        from it; None when from metadata.
    inferred : bool
        True when no statement of the text gives it.
    base : str
        The place the writers say they are based in, when that gave it
        (see :func:`subject_from_base`); '' otherwise.
    """

    code: str
    roles: frozenset = frozenset()
    quote: str | None = None
    inferred: bool = True
    base: str = ""

    @property
    def can_be_origin(self) -> bool:
        """Whether an origin the text leaves implicit may default to it.

        A country the text calls only a destination or a transit country is
        no default origin; one it calls a source, or one it says nothing of,
        is.
        """
        return not self.roles or "source" in self.roles


@dataclass
class People:
    """People a frame was about, for the sentences after it to point back at.

    Attributes
    ----------
    start : int
        Where they were named.
    paragraph : int
        The paragraph they were named in; "they" reaches back within it.
    homes : list of (code, country)
        Where they come from, as far as the text said.
    victims : list of str
        Who they are (:data:`progmap.actors.vocabulary.VICTIMS` terms).
    quotes : list of str
        The sentences that said where they come from.
    goals : list of (code, country)
        Where they were taken.
    statements : list
        The route statements made about them, which a later sentence may
        complete ("Most came from Ha Giang") or give purposes to ("They are
        sold as brides").
    went : list of (code, country)
        Where they went by themselves ("Sri Lankan women migrate to work in
        Kuwait"): no route, until a later sentence says they were exploited.
    told_homes : bool
        Whether only a statement of where they come from named them ("Most
        came from X"): a next such statement names more of their homes
        ("a smaller number came from Y").
    arrived : bool
        Whether their homes are only where a return took them ("returned to
        Yangon"): a city they flew to, which a later sentence's place of
        recruiting in the same country replaces as their start.
    """

    start: int
    paragraph: int
    homes: list = field(default_factory=list)
    victims: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    told_homes: bool = False
    went: list = field(default_factory=list)
    arrived: bool = False


#: How far back (characters) "the city" looks for a city before settling for a province or state.
_CITY_REACH = 200
#: How far back "the region" looks for a region before settling for a province.
_REGION_REACH = 400


#: Words for victims that a text may use of the same people: "girls" for young women, "children" for girls.
_AKIN = {
    "women": frozenset({"girls"}),
    "girls": frozenset({"women", "children"}),
    "men": frozenset({"boys"}),
    "boys": frozenset({"men", "children"}),
    "children": frozenset({"girls", "boys", "infants"}),
    "infants": frozenset({"children"}),
}


class Register:
    """What one document named, in reading order (see the module docstring).

    Parameters
    ----------
    places : sequence of Referent
        The document's place mentions, sorted by ``start``.
    subject : Subject, optional
        The subject country from metadata; a statement in the text, once
        read (:meth:`state`), takes its place.
    starts : sequence of int, optional
        The places' starts, when the caller has them (so that ``places`` may
        make its items only when asked).
    """

    def __init__(self, places: Sequence[Referent], subject: Subject | None = None, starts: Sequence[int] | None = None):
        self.places = places
        self._starts = list(starts) if starts is not None else [place.start for place in places]
        self.subject = subject
        self._people: list[People] = []

    # --- places -------------------------------------------------------------

    def _before(self, offset: int):
        """Places named before an offset, the nearest first."""
        for index in range(bisect.bisect_left(self._starts, offset) - 1, -1, -1):
            yield self.places[index]

    def resolve(self, role: str, offset: int) -> list[Referent]:
        """The places a phrase at ``offset`` points back at.

        Parameters
        ----------
        role : str
            The ``anaphora`` table's role: ``admin1``, ``region``, ``city``,
            ``place``, ``country``, ``countries`` or ``places`` (the places
            below country level last named together: "these districts").
        offset : int
            Where the phrase stands; only places named before it count.

        Returns
        -------
        list of Referent
            Empty when nothing fits.
        """
        if role == "countries":
            found: list[Referent] = []
            for place in self._before(offset):
                if place.kind == "country" and place.code not in {p.code for p in found}:
                    found.append(place)
                    if len(found) == 2:
                        return found[::-1]
            return []
        if role == "places":
            return self._last_run(offset)
        if role == "country" and self.subject is not None:
            named = next((p for p in self._before(offset) if p.code == self.subject.code), None)
            return [named or Referent(self.subject.code, "country", self.subject.code, offset, offset, self.subject.quote or "")]
        kinds = {"admin1": ("admin1",), "region": ("region", "admin1"), "city": ("city", "admin1"), "country": ("country",)}
        wanted = kinds.get(role)
        for place in self._before(offset):
            if wanted is None or place.kind in wanted:
                if role == "city" and place.kind == "admin1":
                    # "In Atlanta, agents found two girls from Tennessee who had been brought to the city": a city
                    # named shortly before is "the city" (a province or state stands in only when none is)
                    city = next((p for p in self._before(offset) if p.kind == "city" and p.start >= offset - _CITY_REACH), None)
                    if city is not None:
                        return [city]
                if role == "region" and place.kind == "admin1":
                    # "The Kurdistan Region of Iraq hosts ... workers in Erbil, Sulaymaniyah and Duhok. ... Many enter
                    # the region through Erbil": a region named shortly before is "the region"
                    region = next((p for p in self._before(offset) if p.kind == "region" and p.start >= offset - _REGION_REACH), None)
                    if region is not None:
                        return [region]
                return [place]
        return []

    def _last_run(self, offset: int, gap: int = 40) -> list[Referent]:
        """The places below country level named last, together: "in Sylhet and Sunamganj"."""
        run: list[Referent] = []
        for place in self._before(offset):
            if place.kind == "country":
                if run:
                    break
                continue
            if run and run[-1].start - place.end > gap:
                break
            if place.code not in {p.code for p in run}:
                run.append(place)
        return run[::-1]

    # --- people ------------------------------------------------------------------

    def note(self, people: People) -> None:
        """Record the people a frame was about."""
        # Kept in text order: a clause's people noted at its end ("Most were from Vietnam and Laos and had crossed
        # the border ...") come after the frames inside it, whatever order the frames were read in.
        bisect.insort_right(self._people, people, key=lambda noted: noted.start)

    def people(self, paragraph: int, before: int, reach: int = 0, victims: frozenset = frozenset()) -> People | None:
        """The last people named before an offset, if any.

        ``reach`` is how many paragraphs back they may have been named: "they"
        stays in its paragraph (0), but "the victims" in a news story of
        one-sentence paragraphs points back at people named a few paragraphs
        before. ``victims``: who the phrase pointing back says they are
        ("the children"); people said to be others ("women") are passed over,
        unless no people named so are found and the words are akin ("64
        young women ... The agents took the girls to Nairobi").
        """
        akin = None
        for people in reversed(self._people):
            if people.start < before and (people.homes or people.goals or people.statements or people.victims):
                # (a frame that said nothing of anyone, as "trafficking in persons" in an agency's name, is no antecedent)
                if not paragraph - reach <= people.paragraph <= paragraph:
                    return akin
                if victims and people.victims and not victims <= set(people.victims):
                    # "children ... Women travel with them ... the children are sent on": the children
                    if akin is None and all(term in people.victims or _AKIN.get(term, frozenset()) & set(people.victims) for term in victims):
                        akin = people
                    continue
                return people
        return akin

    # --- subject -----------------------------------------------------------------

    def state(self, code: str, roles: set[str], quote: str) -> None:
        """Record a statement on what a country is ("X is a source country").

        The first statement on a country makes it the subject; later ones
        on the same country add roles. A statement beats metadata.
        """
        subject = self.subject
        if subject is not None and not subject.inferred and subject.code != code:
            return
        if subject is not None and not subject.inferred:
            self.subject = Subject(code, subject.roles | frozenset(roles), subject.quote, False)
        else:
            self.subject = Subject(code, frozenset(roles), quote, False)


@lru_cache(maxsize=4096)
def _countries_named(line: str) -> tuple[str, ...]:
    """Countries a subject or title line names; cable subjects are upper case ("NEPAL 2006 TIP REPORT")."""
    if not line:
        return ()
    return tuple(code for _, code in title_countries(line.title() if line.isupper() else line))


def subject_from_metadata(metadata: dict | None) -> Subject | None:
    """The subject country a document's metadata gives, flagged as inferred.

    In order: ``subject_country``; the single country a ``subject`` or
    ``title`` line names (by name or nationality word); ``post_country``
    (where the author sits) when the ``TAGS`` countries (``tags_countries``
    or ``tag_countries``) include it or there are none. TAGS alone never
    decide: a cable tags the countries it touches, often only the
    destination. Keys are read with ``.get``, so metadata from before and
    after the documents stage names them works alike. A project's
    ``country`` is no subject: it says how to read place names, not what
    each document is about.

    Parameters
    ----------
    metadata : dict or None
        :attr:`progmap.sources.documents.Document.metadata`.

    Examples
    --------
    >>> subject_from_metadata({"post_country": "LAO", "tag_countries": ["LAO", "THA"]}).code
    'LAO'
    >>> subject_from_metadata({"post_country": "VNM", "tag_countries": ["MYS"]}) is None
    True
    """
    metadata = metadata or {}

    def text(key: str) -> str | None:
        value = metadata.get(key)
        return value if isinstance(value, str) and value else None

    def single(codes) -> str | None:
        codes = list(dict.fromkeys(code for code in codes if isinstance(code, str) and code))
        return codes[0] if len(codes) == 1 else None

    tags = metadata.get("tags_countries") or metadata.get("tag_countries") or []
    post = text("post_country")
    candidates = [
        text("subject_country"),
        single(code for key in ("subject", "title") for code in _countries_named(text(key) or "")),
        post if post and (not tags or post in tags) else None,
    ]
    code = next((c for c in candidates if c), None)
    return Subject(code) if code else None


#: A first-person sentence that says where its writers are based, up to the place: "We are a shelter based in ".
_OUR_BASE = re.compile(
    r"(?=[WwOoUu])\b(?:[Ww]e|[Oo]ur|[Uu]s)\b[^.;!?\n]{0,120}?\b(?:based|headquartered|located)[ \t]+in[ \t]+(?:the[ \t]+)?"
)
#: The words every :data:`_OUR_BASE` match holds: a text without them is not scanned.
_BASE_WORDS = ("based", "headquartered", "located")


#: What follows a dateline's place: an optional country or state, an optional agency, then a dash or colon.
_DATELINE_AFTER = re.compile(r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?[ \t]*(?:\([A-Za-z][\w .]*\)[ \t]*)?(?::|--|—|–|-[ \t])")
#: A date after a dateline's place written in title case ("Johannesburg, 9 May 2026 - ", "Tokyo, May 2, 2026"):
#: without it a title-case place opening a line is no dateline.
_DATED_AFTER = re.compile(
    r",[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*"
    r"(?:\([A-Za-z][\w .-]*\)[ \t]*)?(?::|--|—|–|-[ \t]|\.[ \t]|[ \t]*(?:\n|$))"
)
#: How far into a text a dateline may stand (after a headline or a byline).
_DATELINE_REACH = 400


def subject_from_dateline(text: str, places: Sequence[Referent], starts: Sequence[int]) -> Subject | None:
    """The country of a news story's dateline ("JOHOR BAHRU: ...", "PALERMO, Italy (Reuters) - ...",
    "Johannesburg, 9 May 2026 - ...").

    It says where the story is told, so "the country" in it is that one;
    it is no default origin (``roles = {"dateline"}``).

    Examples
    --------
    >>> jb = Referent("city:1732752", "city", "MYS", 0, 11)
    >>> subject_from_dateline("JOHOR BAHRU: Officers rescued 40 men.", [jb], [0]).code
    'MYS'
    >>> subject_from_dateline("Johor Bahru, 9 May 2026 - Officers rescued 40 men.", [jb], [0]).code
    'MYS'
    >>> subject_from_dateline("Johor Bahru is a city.", [jb], [0]) is None
    True
    >>> subject_from_dateline("Johor Bahru, Kedah and Penang - three states.", [jb], [0]) is None
    True
    """
    for i, start in enumerate(starts):
        if start > _DATELINE_REACH:
            break
        place = places[i]
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or not place.country_code:
            continue
        upper = text[start : place.end].isupper()
        if (upper and _DATELINE_AFTER.match(text, place.end)) or (not upper and _DATED_AFTER.match(text, place.end)):
            return Subject(place.country_code, frozenset({"dateline"}))
    return None


def subject_from_base(text: str, places: Sequence[Referent], starts: Sequence[int]) -> Subject | None:
    """The country an NGO's page says it is based in, flagged as inferred.

    "We are a Moldovan NGO based in Chisinau. The women we assist were
    trafficked to Russia": the writers' base is the country the page is
    about, and the origin it leaves implicit (see :class:`Subject`).
    ``starts`` are the places' start offsets, in order.

    Examples
    --------
    >>> chisinau = Referent("city:618426", "city", "MDA", 26, 34)
    >>> subject_from_base("We are a shelter based in Chisinau.", [chisinau], [26]).code
    'MDA'
    >>> subject_from_base("Officials based in Chisinau met.", [chisinau], [19]) is None
    True
    """
    if not any(word in text for word in _BASE_WORDS):
        return None  # a substring test is far cheaper than the pattern's scan
    for match in _OUR_BASE.finditer(text):
        i = bisect.bisect_left(starts, match.end())
        if i < len(starts) and starts[i] == match.end() and places[i].country_code:
            return Subject(places[i].country_code, base=places[i].code)
    return None

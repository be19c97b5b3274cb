"""Find organizations: a gazetteer of known actors, acronyms, name patterns.

Four sources, in order of trust:

1. ``geodata/organizations.csv``: UN agencies, NGOs, donors, media and
   government bodies with their aliases, acronyms and translations, matched
   in one Aho-Corasick pass over the folded text.
2. Acronyms the text defines: "Ministry of Public Security (MPS)" makes a
   later "MPS" the same organization. An all-capitals word whose letters are
   the initials of a capitalized name elsewhere in the text ("Alliance Anti
   Traffic" ... "AAT") is read the same way.
3. Name patterns for actors the gazetteer lacks, built around a head word:
   "X Foundation", "Ministry of X", "Department of X", "X Union",
   "X Court of Justice", "X International", and nationality phrases such as
   "Cambodian police" or "the Thai government".
4. Near spellings of known names ("Blue Dragon Childrens Foundation"),
   matched with rapidfuzz, join the known organization.

Government bodies every country has ("Ministry of Justice", "Border
Guards", "Women's Union", "MOFA") are generic rows of the gazetteer
(``country = *``). A mention becomes the body of one country: the one its
words name ("the Cambodian Ministry of Justice", "Ministry of Interior of
Cambodia"), else the document's context country, else none. Its id is the
country's lower-case alpha-3 code and the generic id (``khm-moj``), so a
row of that id in the gazetteer (``vnm-mps``) gives its name and aliases.

Possessives ("UNODC's"), a leading "the" and spelling variants fold to one
key, so each organization is one record per document;
:func:`merge_organizations` makes it one record across documents.

Examples
--------
>>> mentions, orgs = find_organizations("d.txt", "UNODC's project with the Ministry of Public Security (MPS). MPS agreed.", country="VNM")
>>> sorted(orgs["org_id"])
['unodc', 'vnm-mps']
>>> list(mentions["text"])
['UNODC', 'Ministry of Public Security', 'MPS', 'MPS']
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd
from rapidfuzz import fuzz, process

from progmap import settings
from progmap.actors.vocabulary import (
    DEMONYMS,
    country_name,
    country_of,
    country_word_pattern,
    country_words,
)
from progmap.schema import ORG_MENTION_COLUMNS, ORGANIZATION_COLUMNS
from progmap.text import FoldedText, NameScanner, fold_name, fold_text

ORG_TYPES = ("government", "un", "intergovernmental", "ngo", "donor", "media", "court_police")

#: Marks a generic row of the gazetteer: a body every country has.
GENERIC = "*"

# Acronyms that are also English words need more than their letters: in an
# all-capitals line ("WHO ARE THE VICTIMS") they are words.
_WORD_ACRONYMS = {"who", "care", "face", "ice", "link", "plan", "hope", "aim", "act"}
# Federations whose national members are organizations of their own, based
# in the country they name: in a text about Vietnam, "Save the Children
# Sweden" and "World Vision Australia" are Swedish and Australian members,
# while "World Vision Vietnam" is World Vision at work in Vietnam.
_FEDERATIONS = ("save-the-children", "oxfam", "terre-des-hommes", "world-vision", "plan", "care", "caritas", "actionaid")
# Countries whose bodies fund and report more than they act: their mentions
# say little about the country a text is about.
_DONOR_COUNTRIES = {"USA", "GBR", "AUS", "CAN", "JPN", "SWE", "NOR", "DNK", "NLD", "DEU", "FRA", "CHE", "NZL"}
_TAGS = re.compile(r"(?m)^[ \t]*TAGS?[ \t]*:(.*)$")

# --- name patterns -----------------------------------------------------------

# Words that end an organization's name ("... Foundation"), or open it ("Ministry of ...").
_SUFFIX_HEADS = (
    "Foundation|Union|Committee|Association|Network|Alliance|Institute|Centre|Center|Fund|Society|Council|Agency|"
    "Organization|Organisation|Coalition|Federation|Trust|Commission|Bureau|Court|Police|Front|Department|Ministry|"
    "Mission|Embassy|Consulate|Office|Secretariat|Procuracy|Command|Charity|International|Times|Post|Newspaper|"
    "Television|Radio|Daily"
)
_PREFIX_HEADS = (
    "Ministry|Department|Office|Bureau|Commission|Committee|Institute|Council|Agency|Centre|Center|Federation|"
    "Association|Union|Foundation|Court|Coalition|Network|Alliance|Society|Fund|Secretariat|Directorate"
)
_HEAD = re.compile(rf"\b(?:{_SUFFIX_HEADS}|{_PREFIX_HEADS})\b")
_PREFIX_HEAD = re.compile(rf"(?:{_PREFIX_HEADS})$")
_LINKERS = {"of", "for", "and", "on", "against", "the", "de", "des", "du", "la", "le", "&", "in"}
# Linkers that may join words of a name read leftwards from its head ("Foundation for Women").
_INNER = {"of", "for", "and", "&", "on", "against", "de", "des", "du"}
# Capitalized words that open sentences and clauses, never an organization's name.
_OPENERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your", "in", "on",
    "at", "for", "with", "since", "while", "during", "after", "before", "according", "however", "both", "when", "where",
    "although", "though", "because", "if", "as", "by", "from", "to", "and", "or", "but", "also", "meanwhile",
    "moreover", "furthermore", "additionally", "then", "today", "yesterday", "currently", "recently", "last", "next",
    "each", "every", "all", "some", "many", "most", "several", "other", "another", "new", "local", "major", "such",
    "under", "through", "between", "among", "against", "without", "within", "via", "per", "upon", "into", "over",
    "despite", "unlike", "like", "whether", "once", "now", "thus", "hence", "still", "yet", "even", "only", "just",
    "so", "not", "no", "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "first", "second", "third", "dear", "mr", "mrs", "ms", "dr", "sir", "madam", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "note", "comment", "summary", "action", "subject", "ref",
    "tags", "please", "here", "there", "we", "they", "it", "he", "she", "you", "i", "us", "following", "contacts",
    "officials",
}
# Words too generic to make a name with a head word alone ("the International Organization").
_GENERIC_WORDS = {
    "international", "national", "regional", "local", "provincial", "global", "general", "government", "governmental",
    "organization", "organisation", "non", "ngo", "ngos", "io", "ios", "un", "major", "new", "other", "state", "central",
    "district", "municipal", "city", "commune", "people's", "peoples", "public", "social", "private", "foreign",
    "relevant", "concerned", "key", "main", "big", "small", "several", "various", "donor", "community", "women's",
}
# People's titles are not organizations ("Deputy Prime Minister (DPM)").
_PERSON_TITLES = re.compile(
    r"\b(?:Minister|President|Ambassador|Secretary|Director|Chairman|Chairwoman|Chairperson|Deputy|Vice|Governor|"
    r"Officer|Consul|Mr|Mrs|Ms|Dr|Prince|King|Queen|Colonel|General Secretary)\b"
)
# Names ending so are places, laws, plans or people, not organizations.
_NOT_ORG_TAIL = re.compile(
    r"\b(?:City|Province|Provinces|District|Districts|Delta|Region|Subregion|Sub-region|Sub-Region|Basin|Highlands|Coast|"
    r"Sea|Mountains|Valley|Peninsula|Corridor|Triangle|Street|Road|River|Island|Islands|Airport|Bridge|"
    r"Border|Gate|Port|Act|Acts|Law|Laws|Decree|Convention|Conventions|Protocol|Protocols|Plan|Programme|Program|"
    r"Project|Projects|Report|Strategy|Agreement|Memorandum|Understanding|Persons|Trafficking|Victims|Crimes|Crime|"
    r"Zone|Area|Week|Day|Year|Code|Resolution|Declaration|Initiative|Campaign|Conference|Meeting|Workshop)$"
)
# Words of local government: "Hanoi Police" is the police of Hanoi, and Hanoi stays a place.
_LEVEL_WORDS = {"provincial", "municipal", "district", "commune", "people's", "peoples", "police", "court", "national"}
_NON_ORG_DEFINITIONS = re.compile(r"^(?:[A-Z]\.?){1,2}$")

_ACRONYM_IN_PARENS = re.compile(
    r"\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&.\-]*[A-Z0-9.](?:\s*/\s*[A-Z][A-Za-z0-9&.\-]*[A-Z0-9])*)\s*\)"
)
_BARE_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{2,5}\b")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s+(?=[A-Z\"“(])|\n[ \t]*\n")
_POSSESSIVE = re.compile(r"[’']s?$")

# Nationality phrases: "Cambodian police", "the Thai government", "Government of Indonesia".
_QUALIFIED_HEADS = {
    "government": "government", "authorities": "government", "police": "police", "courts": "court", "court": "court",
    "embassy": "embassy", "customs": "customs", "immigration": "immigration", "border guards": "border-guards",
    "border police": "border-guards", "border guard": "border-guards",
}

_TYPE_BY_NAME = [
    (re.compile(r"\b(?:Court|Courts|Police|Procuracy|Prosecutor|Border|Guards?|Army|Investigation)\b", re.IGNORECASE), "court_police"),
    (re.compile(r"\b(?:Times|Post|Newspaper|Television|Radio|Daily|News|Press)$"), "media"),
    (re.compile(r"^(?:Ministry|Department|Office|Bureau|Commission|Committee|Council|Agency|Embassy|Consulate|Directorate)\b"
                r"|\b(?:Ministry|Front|Union|Government|People's Committee|Embassy|Consulate|Directorate)\b"), "government"),
    (re.compile(r"\bFund$"), "donor"),
]


@dataclass(frozen=True)
class KnownOrg:
    """One row of the organization gazetteer."""

    org_id: str
    name: str
    aliases: tuple[str, ...]
    org_type: str
    country: str  # ISO alpha-3, '' when international, GENERIC for a body every country has


def _case_rule(alias: str) -> str:
    """How a mention must be written to count: 'exact', 'title' or 'any'."""
    if " " not in alias.strip() and (sum(ch.isupper() for ch in alias) >= 2 or any(ch.isdigit() for ch in alias)):
        return "exact"
    if alias[:1].islower():
        return "any"
    return "title"


def _strip_the(key: str) -> str:
    """'the asia foundation' -> 'asia foundation': a text's "the" is never part of a match."""
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


class OrgGazetteer:
    """The known organizations and one automaton over all their names.

    Parameters
    ----------
    orgs : list of KnownOrg
    """

    def __init__(self, orgs: list[KnownOrg]):
        self.orgs = {org.org_id: org for org in orgs}
        #: folded name -> org_id, for names found by other means.
        self.by_key: dict[str, str] = {}
        self._keys: dict[str, list[tuple[str, str, str]]] = {}
        for org in orgs:
            for alias in self._names(org):
                key = _strip_the(fold_name(alias))
                if not key:
                    continue
                self.by_key.setdefault(key, org.org_id)
                # A generic body's one-word name ("Government", "Courts") is
                # reached only through a country's words ("Thai government").
                if org.country == GENERIC and " " not in key and alias == org.name:
                    continue
                self._keys.setdefault(key, []).append((org.org_id, alias, _case_rule(alias)))
        self._scanner = NameScanner(self._keys)
        self._fuzzy_keys = sorted(k for k in self.by_key if len(k) >= 8)

    @staticmethod
    def _names(org: KnownOrg) -> list[str]:
        # "Ministry of Public Security (MPS)" is known as its two parts;
        # "Ministry of Justice (Vietnam)" as "Ministry of Justice".
        base = re.match(r"^(.*?)\s*\((.+)\)$", org.name)
        names = [org.name]
        if base:
            names = [base.group(1)]
            if _abbreviates(base.group(2), base.group(1)):
                names.append(base.group(2))
        return [*names, *org.aliases]

    def find(self, text: str, folded: FoldedText | None = None) -> list[tuple[int, int, str, str]]:
        """Known names in ``text``: (start, end, written, org_id), sorted.

        ``folded`` is ``fold_text(text)`` when the caller has it already.
        """
        folded = folded or fold_text(text)
        out = []
        for start, stop, key in zip(*self._scanner.scan(folded)):
            written = text[start:stop]
            for org_id, alias, case in self._keys[key]:
                if case == "exact":
                    if written.replace(".", "") != alias.replace(".", ""):
                        continue
                    if key in _WORD_ACRONYMS and _in_capitals(text, start, stop):
                        continue
                elif case == "title" and not written[:1].isupper():
                    continue
                out.append((start, stop, written, org_id))
                break
        return out

    def lookup(self, name: str) -> str | None:
        """The organization a name or acronym is known as, exactly (folded)."""
        return self.by_key.get(_strip_the(fold_name(name)))

    def fuzzy(self, name: str, cutoff: float = 92) -> str | None:
        """The organization whose known name is spelled almost like ``name``."""
        key = _strip_the(fold_name(name))
        if len(key) < 8:
            return None
        found = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self.by_key[found[0]] if found else None

    def instance(self, org_id: str, country: str) -> tuple[str, str, str, str]:
        """(org_id, name, org_type, country) of a known organization in a country.

        A generic body becomes that country's body; others are themselves.
        """
        org = self.orgs[org_id]
        if org.country != GENERIC:
            return org.org_id, org.name, org.org_type, org.country
        if not country:
            return org.org_id, org.name, org.org_type, ""
        own = self.orgs.get(f"{country.lower()}-{org.org_id}")
        if own is not None:
            return own.org_id, own.name, own.org_type, own.country
        place = country_name(country) or country
        name = f"Government of {place}" if org.org_id == "government" else f"{org.name} ({place})"
        return f"{country.lower()}-{org.org_id}", name, org.org_type, country


@lru_cache(maxsize=4)
def load_org_gazetteer(path: str | None = None) -> OrgGazetteer:
    """Read ``geodata/organizations.csv`` (or another file of that shape).

    Columns: ``org_id``, ``name``, ``aliases`` (``|``-separated: acronyms,
    spellings, translations), ``org_type`` (one of :data:`ORG_TYPES`) and
    ``country`` (ISO alpha-3 home or base; empty when international; ``*``
    for a body every country has).
    """
    path = path or str(settings.geodata_dir() / "organizations.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    orgs = [
        KnownOrg(
            row["org_id"].strip(),
            row["name"].strip(),
            tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
            row["org_type"].strip(),
            (row.get("country") or "").strip(),
        )
        for row in rows
    ]
    return OrgGazetteer(orgs)


# --- helpers -----------------------------------------------------------------


def _in_capitals(text: str, start: int, stop: int) -> bool:
    """Whether a word stands in an all-capitals stretch of text (a heading: "WHO ARE THE VICTIMS")."""
    before = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 30) : start])[-2:]
    after = re.findall(r"[A-Za-z]{2,}", text[stop : stop + 30])[:2]
    return any(len(side) == 2 and all(w.isupper() for w in side) for side in (before, after))


def _words(name: str) -> list[str]:
    """Words of a name, hyphenated parts apart ("Inter-Agency": Inter, Agency)."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9’']*", name)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``.

    Each word gives the acronym its first letters, or none ("MOLISA":
    Ministry Of Labor Invalids and Social Affairs; "MoSVY": Ministry of
    Social affairs, Veterans and Youth); the first word gives at least one,
    and so do most capitalized words.

    >>> _abbreviates("MPS", "Ministry of Public Security"), _abbreviates("MoSVY", "Ministry of Social Affairs, Veterans and Youth Rehabilitation")
    (True, True)
    >>> _abbreviates("DPM", "Ministry of Public Security"), _abbreviates("MS", "Ministry of Public Security")
    (False, False)
    """
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    words = _words(name)
    if not letters or not words or len(letters) > 3 * len(words) or words[0][0].upper() != letters[0]:
        return False
    upper = [w.upper() for w in words]
    content = [w[0].isupper() or w[0].isdigit() for w in words]
    need = sum(content) if sum(content) <= 3 else -(-sum(content) * 3 // 5)

    @cache
    def best(i: int, j: int) -> int:
        """Most capitalized words giving letters when letters[i:] spell words[j:] (-1: impossible)."""
        if j == len(words):
            return 0 if i == len(letters) else -1
        top = -1
        for k in range(0 if j else 1, min(3, len(upper[j]), len(letters) - i) + 1):
            if upper[j][:k] != letters[i : i + k]:
                break
            rest = best(i + k, j + 1)
            if rest >= 0:
                top = max(top, rest + (1 if k and content[j] else 0))
        return top

    return best(0, 0) >= need


def _clean_name(name: str) -> str:
    """Strip "the", possessives, stray punctuation and line breaks from a found name.

    >>> _clean_name("the ILO's"), _clean_name("Social Affairs'")
    ('ILO', 'Social Affairs')
    """
    name = " ".join(name.split()).strip(" ,.;:-–")
    name = re.sub(r"(?<=\w)[’'](?:s)?$", "", name)
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return name.strip(" ,.;:-")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a span without surrounding blanks, punctuation and a final possessive."""
    while start < end and (text[start].isspace() or text[start] in ",.;:-–"):
        start += 1
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",;:-–"):
        stop -= 1
    possessive = re.search(r"(?<=\w)[’'](?:s)?$", text[start:stop])
    if possessive:
        stop = start + possessive.start()
    return start, stop


def _is_opener(word: str) -> bool:
    """Sentence openers, linkers and lower-case words never start a name ("Since Hope Foundation")."""
    bare = word.strip(",.;:()\"“”")
    return not bare[:1].isupper() or bare.lower() in _OPENERS or bare in _INNER


def _guess_type(name: str) -> str:
    for pattern, org_type in _TYPE_BY_NAME:
        if pattern.search(name):
            return org_type
    return "ngo"


def _slug(name: str) -> str:
    return "org:" + _strip_the(fold_name(name)).replace(" ", "-")


# Words of plans, laws and meetings: "National Plan of Action (NPA)" is no organization.
_NOT_ORG_WORD = re.compile(r"\b(?:Plan|Strategy|Decree|Law|Act|Convention|Protocol|Conference|Summit|Workshop|Day|Week|Month)\b")


def _is_plausible(name: str) -> bool:
    """Whether a found name can be an organization's.

    >>> _is_plausible("Hope Foundation"), _is_plausible("International Organization"), _is_plausible("Prime Minister's Office")
    (True, False, False)
    """
    words = name.split()
    if len(words) < 2 or _PERSON_TITLES.search(name) or _NOT_ORG_TAIL.search(name) or _NOT_ORG_WORD.search(name):
        return False
    return any(w.lower().strip(",") not in _GENERIC_WORDS | _LINKERS and not _HEAD.fullmatch(w) for w in words)


def _country_in(name: str) -> str:
    """A country a name carries in its words ("Cambodian Women's Crisis Center")."""
    found = country_word_pattern().search(name)
    return (country_of(found.group(1)) or "") if found else ""


# --- the finder --------------------------------------------------------------


class _Found:
    """Mentions of one document and the organizations they name."""

    def __init__(self, text: str):
        self.text = text
        self.taken = bytearray(len(text))
        self.mentions: list[tuple[int, int, str, str]] = []
        self.orgs: dict[str, dict] = {}

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def register(self, org_id: str, name: str, org_type: str, country: str, alias: str | None = None) -> dict:
        record = self.orgs.setdefault(org_id, {"name": name, "org_type": org_type, "country": country, "aliases": set()})
        record["country"] = record["country"] or country
        if alias and alias != record["name"]:
            record["aliases"].add(alias)
        return record

    def add(self, start: int, end: int, org_id: str, name: str, org_type: str, country: str, alias: str | None = None):
        self.taken[start:end] = b"\x01" * (end - start)
        self.mentions.append((start, end, self.text[start:end], org_id))
        record = self.register(org_id, name, org_type, country, alias)
        written = _clean_name(self.text[start:end])
        if written and written != record["name"]:
            record["aliases"].add(written)


def context_country(text: str, place_mentions: pd.DataFrame | None = None, country_hits=None, known=None, gazetteer=None) -> str:
    """The country a document is about, for its generic government bodies.

    The country its place mentions name most, when given. Without them, a
    vote: the countries of a cable's TAGS line (the first counts three
    times), each country name or nationality word (half when a movement
    names it: "sold to China"), and each known government body of a
    country that is not a donor ("People's Committee", "GVN"). '' if none.

    >>> context_country("Cambodian police and Cambodian NGOs met in Phnom Penh; a Thai officer came.")
    'KHM'
    >>> context_country("TAGS: KTIP VM\\n\\nGirls are sold to China, to China and to China.")
    'VNM'
    """
    counts: Counter[str] = Counter()
    if place_mentions is not None and len(place_mentions):
        counts.update(c for c in place_mentions["country"] if isinstance(c, str) and c)
    else:
        tags = _TAGS.search(text, 0, 6000)
        if tags:
            from progmap.sources.documents import fips_countries

            codes = [fips_countries().get(token) for token in re.findall(r"\b[A-Z]{2}\b", tags.group(1))]
            for rank, code in enumerate(c for c in codes if c):
                counts[code] += 3 if rank == 0 else 1
        hits = country_hits if country_hits is not None else country_words(text)
        for start, _, _, code in hits:
            moved = re.search(r"\b(?:to|into|from|towards?)\s+(?:the\s+)?$", text[max(0, start - 12) : start])
            counts[code] += 0.5 if moved else 1
        if known and gazetteer is not None:
            for *_, org_id in known:
                org = gazetteer.orgs[org_id]
                if org.org_type in ("government", "court_police") and org.country not in ("", GENERIC, *_DONOR_COUNTRIES):
                    counts[org.country] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked else ""


_BEFORE = re.compile(
    r"(?<![\w.])([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?:[’']s)?\s+(?:(?:the|National|Provincial|Royal|Central|State|Federal)\s+)?$"
)
_AFTER = re.compile(
    r"\s*(?:(?:of|in)\s+(?:the\s+)?(?:(?:Kingdom|Republic|Socialist Republic|People's Republic)\s+of\s+)?|\(\s*)"
    r"([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)"
)


def _qualifier(text: str, start: int, end: int) -> str:
    """The country named right before or after a mention ("Cambodian ...", "... of Cambodia")."""
    before = _BEFORE.search(text[max(0, start - 40) : start])
    if before:
        words = before.group(1)
        code = country_of(words) or (country_of(words.split()[-1]) if " " in words and words.split()[0] in ("The", "the") else None)
        if code:
            return code
    after = _AFTER.match(text, end, min(len(text), end + 60))
    if after:
        code = country_of(re.sub(r"[’']s$", "", after.group(1)))
        if code:
            return code
    return ""


def find_organizations(
    doc_id: str,
    text: str,
    place_mentions: pd.DataFrame | None = None,
    *,
    gazetteer: OrgGazetteer | None = None,
    country: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find the organizations a document names.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    text : str
        The document text; offsets index into it.
    place_mentions : pandas.DataFrame, optional
        The document's resolved places (:data:`progmap.schema.MENTION_COLUMNS`),
        used for the context country when ``country`` is not given.
    gazetteer : OrgGazetteer, optional
        Known organizations; the bundled table by default.
    country : str, optional
        The document's context country (ISO alpha-3). Generic government
        bodies ("Ministry of Justice") belong to it unless their words name
        another; without it, the country the text names most.

    Returns
    -------
    org_mentions : pandas.DataFrame
        :data:`progmap.schema.ORG_MENTION_COLUMNS`, one row per mention, by offset.
    organizations : pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS`, one row per organization.
    """
    gazetteer = gazetteer or load_org_gazetteer()
    folded = fold_text(text)
    country_hits = country_words(text, folded)
    known = gazetteer.find(text, folded)
    context = country or context_country(text, place_mentions, country_hits, known, gazetteer)
    found = _Found(text)
    _known_names(found, gazetteer, context, known)
    _nationality_phrases(found, gazetteer, country_hits, context)
    defined = _definitions(found, gazetteer, context)
    _head_patterns(found, gazetteer, context)
    defined.update(_initials(found, gazetteer, defined))
    _acronym_uses(found, defined)
    return _frames(doc_id, found)


def _resolve(gazetteer: OrgGazetteer, org_id: str, text: str, start: int, end: int, context: str):
    """(org_id, name, org_type, country) for a known mention, generic bodies placed in their country."""
    if gazetteer.orgs[org_id].country == GENERIC:
        return gazetteer.instance(org_id, _qualifier(text, start, end) or context)
    return gazetteer.instance(org_id, "")


def _known_names(found: _Found, gazetteer: OrgGazetteer, context: str, known: list) -> None:
    text = found.text
    for start, end, _written, org_id in known:
        member = _member(gazetteer, org_id, text, end, context) if org_id in _FEDERATIONS else None
        if member:
            end, org_id, name, home = member
            found.add(start, end, org_id, name, "ngo", home)
        else:
            resolved = _resolve(gazetteer, org_id, text, start, end, context)
            found.add(start, _name_end(gazetteer, org_id, text, end, resolved[3], context), *resolved)


def _name_end(gazetteer: OrgGazetteer, org_id: str, text: str, end: int, country: str, context: str) -> int:
    """Where a generic body's name ends: "Government of Japan" takes in its country.

    A foreign country in a body's name is part of the name, not a place the
    text talks about (Japan funds, it is not worked in). The context
    country stays a place, as "in Cambodia" after a name always does.
    """
    if gazetteer.orgs[org_id].country != GENERIC or not country or country == context:
        return end
    after = _AFTER.match(text, end, min(len(text), end + 60))
    if not after or not re.match(r"\s*(?:of\b|\()", after.group(0)):
        return end
    written = re.sub(r"[’']s$", "", after.group(1))
    if country_of(written) != country:
        return end
    stop = after.start(1) + len(written)
    return stop + 1 if after.group(0).lstrip().startswith("(") and text[stop : stop + 1] == ")" else stop


def _member(gazetteer: OrgGazetteer, parent: str, text: str, end: int, context: str):
    """A federation's national member named by a country after it ("Save the Children Korea").

    A member named for the context country is the federation's office there,
    and that country stays a place the text names.
    """
    after = re.match(r"[ \t]+([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)", text[end : end + 40])
    if not after:
        return None
    for written in dict.fromkeys((after.group(1), after.group(1).split()[0])):
        written = written if written.count(".") > 1 else written.rstrip(".")  # "U.K." keeps its dots, "Australia." not
        code = country_of(written)
        if code and code != context:
            stop = end + after.start(1) + len(written)
            org_id = f"{parent}-{fold_name(written).replace(' ', '-')}"
            known = gazetteer.orgs.get(org_id)
            return stop, org_id, known.name if known else f"{gazetteer.orgs[parent].name} {written}", code
    return None


_QUALIFIED = re.compile(
    r"(?:[’']s)?[ \t]+(?:(?:national|provincial|local|central|royal|state|federal)[ \t]+)?(?i:("
    + "|".join(sorted(map(re.escape, _QUALIFIED_HEADS), key=len, reverse=True))
    + r"))\b"
)
_GOVERNMENT_OF = re.compile(r"\b(Government|Embassy|Consulate)[ \t]+of[ \t]+(?:the[ \t]+)?")


def _nationality_phrases(found: _Found, gazetteer: OrgGazetteer, country_hits, context: str = "") -> None:
    """ "Cambodian police", "the Thai government", "Government of Indonesia".

    A foreign country after "of" is part of the name (see :func:`_name_end`).
    """
    text = found.text
    for hit_start, hit_end, written, code in country_hits:
        head = _QUALIFIED.match(text, hit_end)
        if not head:
            continue
        generic = _QUALIFIED_HEADS[" ".join(head.group(1).lower().split())]
        # A nationality word is no place and joins the name; a country's name stays a place.
        start = hit_start if written in DEMONYMS else head.start(1)
        if found.free(start, head.end()):
            found.add(start, head.end(), *gazetteer.instance(generic, code))
    for match in _GOVERNMENT_OF.finditer(text):
        hit = country_word_pattern().match(text, match.end())
        if hit and found.free(match.start(), match.end(1)):
            code = country_of(hit.group(1)) or ""
            stop = hit.end(1) if code and code != context else match.end(1)
            found.add(match.start(), stop, *gazetteer.instance(match.group(1).lower(), code))


def _expansion(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """Where the name an acronym in parentheses abbreviates lies: (start, end), or None.

    "the GVN's lead agency, the Ministry of Public Security (MPS)" gives
    "Ministry of Public Security"; up to three capitalized words before the
    abbreviated part belong to the name ("Research Centre for Gender ... (CGFED)").
    """
    window_start = max(0, paren - 200)
    breaks = list(_SENTENCE_BREAK.finditer(text, window_start, paren))
    if breaks:
        window_start = breaks[-1].end()
    tokens = list(re.finditer(r"[^\s(),;:]+,?", text[window_start:paren]))
    bare = [t.group().rstrip(",") for t in tokens]
    most = 3 * len(re.sub(r"[^A-Z]", "", acronym)) + 2
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 1 - most), -1):
        if not bare[i][:1].isupper():
            if bare[i] in _INNER or bare[i] in ("the", "in"):
                continue
            break  # a name holds no lower-case word but its linkers
        if not _abbreviates(acronym, " ".join(bare[i:])):
            continue
        j = i
        while (
            j > 0 and i - j < 3 and bare[j - 1][:1].isupper() and not tokens[j - 1].group().endswith(",")
            and not _is_opener(bare[j - 1]) and not re.search(r"[’']s?$", bare[j - 1])
        ):
            j -= 1
        return _trim(text, window_start + tokens[j].start(), paren)
    return None


def _definitions(found: _Found, gazetteer: OrgGazetteer, context: str) -> dict[str, str]:
    """Acronyms defined in parentheses after a name: acronym -> org_id."""
    text = found.text
    defined: dict[str, str] = {}
    for match in _ACRONYM_IN_PARENS.finditer(text):
        for acronym in re.split(r"\s*/\s*", match.group(1)):
            if _NON_ORG_DEFINITIONS.match(acronym) or sum(ch.isupper() for ch in acronym) < 2:
                continue
            span = _expansion(text, match.start(), acronym)
            if span is None:
                continue
            start, end = span
            name = _clean_name(text[start:end])
            if len(name.split()) < 2 or _PERSON_TITLES.search(name) or _NOT_ORG_TAIL.search(name) or _NOT_ORG_WORD.search(name):
                continue
            org_id = gazetteer.lookup(name) or (gazetteer.lookup(acronym) if _case_rule(acronym) == "exact" else None)
            org_id = org_id or gazetteer.fuzzy(name)
            if org_id is not None:
                org_id, canonical, org_type, home = _resolve(gazetteer, org_id, text, start, end, context)
            else:
                org_type = _guess_type(name)
                org_id, canonical = _slug(name), f"{name} ({acronym})"
                home = _country_in(name) or (context if org_type in ("government", "court_police") else "")
            defined[acronym] = org_id
            if found.free(start, end):
                found.add(start, end, org_id, canonical, org_type, home, alias=acronym)
            else:
                found.register(org_id, canonical, org_type, home, alias=acronym)
    return defined


def _left_words(text: str, head_start: int, possessives: bool = True) -> int:
    """Where the capitalized words before a head word begin (offset).

    With ``possessives`` false, a possessive word ("Ministry's") ends the name.
    """
    window_start = max(0, head_start - 100)
    tokens = list(re.finditer(r"\S+", text[window_start:head_start]))
    begin = head_start
    count = 0
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].group()
        if text.count("\n", window_start + tokens[k].end(), begin) > 1 or count >= 6 or word[-1] in ",.;:!?)\"”":
            break
        if not possessives and re.search(r"[’']s?$", word):
            break
        if word[:1].isupper() or word == "&":
            count += 1
        # "Foundation for Women", "Alliance for Children and Youth" read leftwards.
        elif not (word in _INNER and k > 0 and tokens[k - 1].group()[:1].isupper()):
            break
        begin = window_start + tokens[k].start()
    return begin


_WS = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_RIGHT = re.compile(
    rf"{_WS}(?:of|for|on|against){_WS}(?:the{_WS})?[A-Z][\w’'&-]*"
    rf"(?:(?:,?{_WS}(?:and|&){_WS}|,{_WS}|{_WS}(?:(?:of|for|and|on){_WS})?)[A-Z][\w’'&-]*)*"
)


def _known_before(found: _Found, start: int) -> int | None:
    """The index of a known mention ending right before ``start`` (blanks between), if any."""
    i = start - 1
    while i >= 0 and found.text[i] in " \t":
        i -= 1
    if i < 0 or not found.taken[i] or found.text[i] in "’'":
        return None
    for k in range(len(found.mentions) - 1, -1, -1):
        if found.mentions[k][0] <= i < found.mentions[k][1]:
            return k
    return None


def _extend_known(found: _Found, gazetteer: OrgGazetteer, k: int, end: int) -> None:
    """Lengthen a known mention over the name going on after it, when that name is a spelling of it."""
    start, _, _, org_id = found.mentions[k]
    longer = found.text[start:end]
    if gazetteer.fuzzy(longer) == org_id or gazetteer.lookup(longer) == org_id:
        found.mentions[k] = (start, end, longer, org_id)
        found.taken[start:end] = b"\x01" * (end - start)
        found.orgs[org_id]["aliases"].add(_clean_name(longer))


def _head_patterns(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """Names built around a head word: "Hope Foundation", "Ministry of Health"."""
    text = found.text
    for match in _HEAD.finditer(text):
        head_start, head_end = match.span()
        if not found.free(head_start, head_end):
            continue
        head = match.group()
        if head == "International" and re.match(r"[ \t]+[A-Z]", text[head_end : head_end + 3]):
            continue  # "Noi Bai International Airport"
        end = head_end
        if _PREFIX_HEAD.fullmatch(head):
            right = _RIGHT.match(text, head_end, min(len(text), head_end + 200))
            end = right.end() if right else head_end
        # "the Ministry's Department of Legal Affairs": a possessive before "Department of" is another body.
        start = _left_words(text, head_start, possessives=end == head_end)
        # Known names around stay theirs: "Social Affairs' Department of X" keeps "Department of X".
        for i in range(head_start - 1, start - 1, -1):
            if found.taken[i]:
                start = i + 1
                break
        for i in range(head_end, end):
            if found.taken[i]:
                end = i
                break
        tokens = list(re.finditer(r"\S+", text[start:end]))
        while tokens and tokens[0].start() + start < head_start and _is_opener(tokens[0].group()):
            tokens.pop(0)
        if not tokens:
            continue
        start, end = _trim(text, start + tokens[0].start(), end)
        known = _known_before(found, start)
        if known is not None:
            # "Blue Dragon Childrens Foundation" is Blue Dragon spelled long;
            # "World Vision Foundation of Thailand" is World Vision going on.
            _extend_known(found, gazetteer, known, end)
            continue
        name = _clean_name(text[start:end])
        if not _is_plausible(name):
            continue
        org_id = gazetteer.lookup(name) or gazetteer.fuzzy(name)
        if org_id is not None:
            found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
            continue
        org_type = _guess_type(name)
        home = _country_in(name) or (context if org_type in ("government", "court_police") else "")
        mention_start = start
        if org_type in ("government", "court_police"):
            # "Hanoi Police" is the police of Hanoi: the name keeps its place,
            # the mention starts at the body, so Hanoi stays a place of the text.
            for word in re.finditer(r"\S+", text[start:end]):
                if word.group().lower() in _LEVEL_WORDS or _HEAD.fullmatch(word.group()):
                    mention_start = start + word.start()
                    break
        found.add(mention_start, end, _slug(name), name, org_type, home)
        found.taken[start:mention_start] = b"\x01" * (mention_start - start)


def _initials(found: _Found, gazetteer: OrgGazetteer, defined: dict[str, str]) -> dict[str, str]:
    """Acronyms spelled by the initials of a capitalized name elsewhere ("AAT" ... "Alliance Anti Traffic")."""
    text = found.text
    # acronym -> offset of its first use in running text (not a heading, not "(XYZ)").
    wanted: dict[str, int] = {}
    known: dict[str, bool] = {}
    for m in _BARE_ACRONYM.finditer(text):
        acronym = m.group()
        if acronym in wanted or acronym in defined:
            continue
        if acronym not in known:
            known[acronym] = gazetteer.lookup(acronym) is not None
        if known[acronym] or not found.free(m.start(), m.end()) or text[m.start() - 1 : m.start()] == "(":
            continue
        if not _in_capitals(text, m.start(), m.end()):
            wanted[acronym] = m.start()
    spelled: dict[str, tuple[int, int]] = {}
    for acronym, first in sorted(wanted.items()):
        # The name is spelled near the acronym's first use, before or after it.
        spelling = _spelling(acronym).search(text, max(0, first - _NEAR), first + _NEAR)
        if spelling:
            spelled[acronym] = spelling.span()
    out = {}
    for acronym, (start, end) in spelled.items():
        name = text[start:end]
        if not _is_plausible(name) or _is_opener(name.split()[0]):
            continue
        org_id = gazetteer.lookup(name) or gazetteer.fuzzy(name)
        if org_id is not None:
            org_id, canonical, org_type, home = gazetteer.instance(org_id, "")
        else:
            org_id, canonical, org_type, home = _slug(name), f"{name} ({acronym})", _guess_type(name), _country_in(name)
        out[acronym] = org_id
        if found.free(start, end):
            found.add(start, end, org_id, canonical, org_type, home, alias=acronym)
        else:
            found.register(org_id, canonical, org_type, home, alias=acronym)
    return out


#: How far from an acronym's first use its spelled-out name is looked for (characters).
_NEAR = 3000
_SKIPPED = r"(?:[ \t]+(?:of|for|and|the|in|on|against))?"


@lru_cache(maxsize=1024)
def _spelling(acronym: str) -> re.Pattern:
    """A pattern for capitalized names whose initials spell ``acronym``.

    A linker may give a letter ("Foundation for Women": FFW) or none
    ("Alliance Anti Traffic": AAT).
    """
    parts = []
    for letter in acronym:
        linkers = [w for w in ("of", "for", "and", "the", "in", "on", "against") if w[0] == letter.lower()]
        options = [rf"{letter}[a-z]+"] + linkers
        parts.append("(?:" + "|".join(options) + ")")
    return re.compile(r"\b" + rf"{_SKIPPED}[ \t-]+".join(parts) + r"\b")


def _acronym_uses(found: _Found, defined: dict[str, str]) -> None:
    """Every later bare use of an acronym the text defined."""
    if not defined:
        return
    pattern = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, sorted(defined, key=len, reverse=True))) + r")(?![\w/-])")
    for match in pattern.finditer(found.text):
        if found.free(match.start(), match.end()):
            record = found.orgs[defined[match.group()]]
            found.add(match.start(), match.end(), defined[match.group()], record["name"], record["org_type"], record["country"])


def _frames(doc_id: str, found: _Found) -> tuple[pd.DataFrame, pd.DataFrame]:
    mentions = sorted(found.mentions)
    starts, ends, texts, ids = (list(column) for column in zip(*mentions)) if mentions else ([], [], [], [])
    org_mentions = pd.DataFrame(
        {"doc": [doc_id] * len(mentions), "start": starts, "end": ends, "text": texts, "org_id": ids}, columns=ORG_MENTION_COLUMNS
    )
    records = [(org_id, rec) for org_id, rec in sorted(found.orgs.items()) if org_id in set(ids)]
    organizations = pd.DataFrame(
        {
            "org_id": [org_id for org_id, _ in records],
            "name": [rec["name"] for _, rec in records],
            "aliases": [sorted(a for a in rec["aliases"] if a and a != rec["name"]) for _, rec in records],
            "org_type": [rec["org_type"] for _, rec in records],
            "country": [rec["country"] for _, rec in records],
            "docs": [[doc_id] for _ in records],
        },
        columns=ORGANIZATION_COLUMNS,
    )
    return org_mentions, organizations


def localize_organizations(
    text: str,
    org_mentions: pd.DataFrame,
    organizations: pd.DataFrame,
    country: str,
    gazetteer: OrgGazetteer | None = None,
    place_mentions: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give a document's organizations the countries its places tell.

    :func:`find_organizations` runs before places are resolved (organization
    names are cut out of the text the place finder reads), so it guesses the
    context country from the text alone. Once the resolver knows the
    context, this moves the bodies that took the guess ("Ministry of
    Justice", "the provincial police") to that country; bodies whose words
    name a country ("the Cambodian Ministry of Justice") stay where they are.

    With the document's places, an organization of no known country takes
    that of its base when the text gives one: "the UN Inter-Agency Project in
    Bangkok", "Hope Foundation, based in Can Tho".

    Parameters
    ----------
    text : str
        The document text.
    org_mentions, organizations : pandas.DataFrame
        As returned by :func:`find_organizations` for this document.
    country : str
        The document's context country (ISO alpha-3); nothing changes when empty.
    gazetteer : OrgGazetteer, optional
    place_mentions : pandas.DataFrame, optional
        The document's resolved places (:data:`progmap.schema.MENTION_COLUMNS`).

    Returns
    -------
    org_mentions, organizations : pandas.DataFrame

    Examples
    --------
    >>> text = "Girls go to China. The Ministry of Justice and the Ho Chi Minh City Police met."
    >>> mentions, orgs = find_organizations("d.txt", text)
    >>> sorted(orgs["country"])
    ['CHN', 'CHN']
    >>> mentions, orgs = localize_organizations(text, mentions, orgs, "VNM")
    >>> sorted(zip(orgs["org_id"], orgs["country"]))
    [('org:ho-chi-minh-city-police', 'VNM'), ('vnm-moj', 'VNM')]
    """
    if not len(org_mentions) or not (country or (place_mentions is not None and len(place_mentions))):
        return org_mentions, organizations
    gazetteer = gazetteer or load_org_gazetteer()
    bases = _bases(text, org_mentions, place_mentions)
    records = {row.org_id: row for row in organizations.itertuples(index=False)}
    new_ids = []
    created: dict[str, tuple[str, str, str]] = {}
    for start, end, written, org_id in zip(org_mentions["start"], org_mentions["end"], org_mentions["text"], org_mentions["org_id"]):
        template = gazetteer.lookup(written)
        if country and template is not None and gazetteer.orgs[template].country == GENERIC and not _qualifier(text, int(start), int(end)):
            new_id, name, org_type, home = gazetteer.instance(template, country)
            created[new_id] = (name, org_type, home)
            new_ids.append(new_id)
            continue
        record = records.get(org_id)
        if country and record is not None and org_id.startswith("org:") and record.org_type in ("government", "court_police") and not _country_in(record.name):
            created[org_id] = (record.name, record.org_type, country)
        elif record is not None and not record.country and org_id in bases:
            created[org_id] = (record.name, record.org_type, bases[org_id])
        new_ids.append(org_id)
    mentions = org_mentions.assign(org_id=new_ids)
    aliases: dict[str, set] = {}
    docs: dict[str, list] = {}
    for old, new, written in zip(org_mentions["org_id"], new_ids, org_mentions["text"]):
        aliases.setdefault(new, set()).update(records[old].aliases if old in records else [])
        aliases[new].add(_clean_name(written))
        docs.setdefault(new, list(records[old].docs) if old in records else [])
    rows = []
    for org_id in sorted(set(new_ids)):
        if org_id in created:
            name, org_type, home = created[org_id]
        else:
            record = records[org_id]
            name, org_type, home = record.name, record.org_type, record.country
        rows.append((org_id, name, sorted(a for a in aliases[org_id] if a and a != name), org_type, home, docs[org_id]))
    return mentions, pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)


_BASED = re.compile(r"(?:[’']s)?[ \t]*(?:,|\()?[ \t]*(?:which\s+is\s+|who\s+(?:is|are)\s+)?(?:based|headquartered|located)\s+in\s+(?:the\s+)?")
_SITS_IN = re.compile(r"\s+(?:in|at)\s+")


def _bases(text: str, org_mentions: pd.DataFrame, place_mentions: pd.DataFrame | None) -> dict[str, str]:
    """org_id -> country of the base the text gives right after a mention.

    "Hope Foundation, based in Can Tho", and a city right after a name: "the
    UN Inter-Agency Project in Bangkok" (a country there would say where it
    works, not where it sits).
    """
    if place_mentions is None or not len(place_mentions):
        return {}
    at = {int(s): (k, c) for s, k, c in zip(place_mentions["start"].tolist(), place_mentions["kind"].tolist(), place_mentions["country"].tolist())}
    bases: dict[str, str] = {}
    for end, org_id in zip(org_mentions["end"].tolist(), org_mentions["org_id"].tolist()):
        for pattern, kinds in ((_BASED, ("city", "admin1", "country")), (_SITS_IN, ("city",))):
            found = pattern.match(text, int(end))
            if found and found.end() in at and at[found.end()][0] in kinds and isinstance(at[found.end()][1], str) and at[found.end()][1]:
                bases.setdefault(org_id, at[found.end()][1])
                break
    return bases


def merge_organizations(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Merge per-document organization frames: one record per organization.

    Parameters
    ----------
    frames : list of pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS` frames, one per document.

    Returns
    -------
    pandas.DataFrame
        One row per ``org_id``: the first name and type seen, every alias and
        document, and the first country any document gave.
    """
    merged: dict[str, dict] = {}
    for frame in frames:
        for row in frame.itertuples(index=False):
            record = merged.setdefault(row.org_id, {"name": row.name, "org_type": row.org_type, "country": "", "aliases": set(), "docs": set()})
            record["aliases"].update(row.aliases)
            record["docs"].update(row.docs)
            record["country"] = record["country"] or (row.country if isinstance(row.country, str) else "")
    rows = [
        (org_id, rec["name"], sorted(rec["aliases"] - {rec["name"]}), rec["org_type"], rec["country"], sorted(rec["docs"]))
        for org_id, rec in sorted(merged.items())
    ]
    return pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)

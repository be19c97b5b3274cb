"""Find organizations: known actors, and names scored from the evidence a text gives.

An organization is a name the text gives evidence for. The evidence, in
order of trust:

1. A row of ``geodata/organizations.csv``: UN agencies, NGOs, donors, media
   and government bodies with their aliases, acronyms and translations,
   matched in one Aho-Corasick pass over the folded text.
2. An acronym the text defines, in either order: "the State Commission
   against Trafficking in Persons (SCATP)", "AFESIP (Action for Women in
   Distressing Circumstances)". An all-capitals word whose letters are the
   initials of a capitalized name nearby ("Alliance Anti Traffic" ... "AAT")
   is read the same way.
3. An institutional head noun (the ``institution`` lexicon): a proper name
   whose head is "Foundation", "Ministry", "Unit", "Consulate General"...
   The head is the last word of the name's first part, so linkers do not
   cut a name ("Mekong Network to End Child Labour", "Center For Women In
   Difficult Circumstances"), and stop-lists (``not_org``: places, laws,
   plans, events, people's titles) apply to the head, not the last word:
   "the State Commission against Trafficking in Persons" is an
   organization, "the National Plan of Action" is not.
4. A unit code beside a body: "the anti-trafficking police, C52,", "(Unit
   PC-14)", "(A 03)".
5. A classifier or a frame role: "the NGO Hope Street", "Hope Street, a
   coalition of ...", the object of "funded by" or "led by", "X-funded",
   "X funding", "told AIT".
6. A list with an organization: a short name coordinated with one shares
   its part ("Yazda and the Free Yezidi Foundation run ...", "Agar
   Ethiopia, Good Samaritan Association and ...").

A name is no organization when the text writes it in lower case elsewhere
("a repatriation center"), when an indefinite article makes it one of a
kind ("a Repatriation Center"), when its head is plural ("Local NGOs") or
when capitals are all it has on a heading line.

Bodies every country or province has are generic: "Ministry of Justice"
(a ``country = *`` row of the gazetteer) becomes the body of the country
its words name ("the Cambodian Ministry of Justice") or of the document's
context country. A body with a local head ("Police", "People's Court",
"Public Security Bureau") named after a province or city is that place's
body: "the Guangxi Public Security Bureau" is an organization, and
"Guangxi" stays a place of the text (its mention starts at "Public"). A
country's government or police named only by a nationality word ("the
Thai police", "Chinese authorities") is a country acting: it is recorded
when the text gives it a role in a programme ("a Thai government
shelter"), not for every mention.

Only narrative counts: header lines, ``SOURCE:``/``DATE:`` lines and
lines in capitals in a mixed-case text are metadata, never evidence. The
document's title or subject line may name organizations of the gazetteer
("STATE DEPT GRANTEE ...").

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

import bisect
import csv
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from progmap import settings
from progmap.actors.frames import columns as plain_columns
from progmap.actors.frames import empty_columns, frame, length
from progmap.actors.language import POSSESSIVE_END, CueScanner, _plural_people, adverbed_roles, NameReader, in_heading, inflected_verb, is_dictionary_word, lexicon, name_reader, present_verb, sentence_initial, tail_tokens, tokenize
from progmap.actors.sheets import grant_lines, project_table_rows, sheet_fields
from progmap.actors.vocabulary import (
    DEMONYMS,
    FORMAL_STATE_PREFIX,
    country_name,
    country_of,
    country_word_pattern,
    country_words,
)
from progmap.schema import ORG_MENTION_COLUMNS, ORGANIZATION_COLUMNS
from progmap.text import FoldedText, NameScanner, fold_name, fold_text, line_matches, matches_opening, occurrences, spans_without

ORG_TYPES = ("government", "un", "intergovernmental", "ngo", "donor", "media", "court_police")
#: The types of a country's own state bodies (ministries, agencies, police, courts).
STATE_BODY_TYPES = frozenset({"government", "court_police"})

#: Marks a generic row of the gazetteer: a body every country has.
GENERIC = "*"

# Acronyms that are also English words need more than their letters: in an
# all-capitals line ("WHO ARE THE VICTIMS") they are words.
_WORD_ACRONYMS = {"who", "care", "face", "ice", "link", "plan", "hope", "aim", "act"}
# Federations whose national members are organizations of their own, based
# in the country they name: in a text about Vietnam, "Save the Children
# Sweden" and "World Vision Australia" are Swedish and Australian members,
# while "World Vision Vietnam" is World Vision at work in Vietnam.
_FEDERATIONS = ("save-the-children", "oxfam", "terre-des-hommes", "world-vision", "plan", "care", "caritas", "actionaid", "la-strada")
# Countries whose bodies fund and report more than they act: their mentions
# say little about the country a text is about.
_DONOR_COUNTRIES = {"USA", "GBR", "AUS", "CAN", "JPN", "SWE", "NOR", "DNK", "NLD", "DEU", "FRA", "CHE", "NZL"}
_TAGS = re.compile(r"(?m)^[ \t]*TAGS?[ \t]*:(.*)$")

# Metadata lines that are never evidence: "SOURCE: ...", "DATE: ...".
_KEY_LINE = re.compile(r"(?m)^[ \t]*(?:SOURCE|DATE|URL|LINK|AUTHOR|BYLINE|PUBLISHED|UPDATED|POSTED|FROM|TO|CC|SENT|RETRIEVED|ARCHIVED)[ \t]*:.*$")
# A news dateline's wire service: "JAKARTA (Reuters) -", "LAGOS, Nigeria (AP) --" credit the
# story to the agency, which acts in none of it.
_WIRE_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]+(?:,[ \t]*[A-Z][\w .]*)?[ \t]*\([^()\n]{2,60}\)[ \t]*(?:-{1,2}|–|—)")
# A line without a lower-case letter (routing, classification, "FOR G/TIP, EAP/MLS").
_CAPITALS_LINE = re.compile(r"(?m)^[^a-z\n]*[A-Z]{2}[^a-z\n]*$")
# Short patterns of hot loops, compiled once.
_MOVED_TO = re.compile(r"\b(?:to|into|from|towards?)\s+(?:the\s+)?$")  # "sold to China"
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z-]+)")
_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|&|or)\s+(?:the\s+)?")
_WORD_POSSESSIVE = re.compile(r"(?<=\w)[’'](?:s)?$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_SLASHES = re.compile(r"\s*/\s*")
_WORD_AFTER_BRACKET = re.compile(r"[ \t]*([a-z][a-z-]+)")

_ACRONYM_IN_PARENS = re.compile(
    r"\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&.\-]*[A-Z0-9.](?:\s*/\s*[A-Z][A-Za-z0-9&.\-]*[A-Z0-9])*)"
    r"(?:[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?\s*\)"  # "(ICU Ghana)": the letters and the body's country
)
# Patterns scanned over whole documents open with their first letters, as a
# lookahead ("(?=[A-Z])\b") or a literal with a look back ("Unit(?<=\bUnit)"):
# a leading \b hides them from the regex engine's prefix scan, which then
# tries every position. The same matches, two to forty times faster.
# "AFESIP (Action for Women in Distressing Circumstances)": a name in brackets after an acronym.
_NAME_IN_PARENS = re.compile(r"(?=[A-Z])\b([A-Z][A-Z0-9&]{1,9})\s*\(\s*((?:[A-Z][\w’'&-]*[\s,]+(?:(?:of|for|and|the|in|on|against|de|des|pour|les|la|le|et)\s+)*){1,9}[A-Z][\w’'&-]*)\s*\)")
#: A line that is an acronym, a dash and what it spells: "RENATE - Religious in Europe Networking Against ...".
_NAME_AFTER_DASH = re.compile(r"^[ \t]*([A-Z][A-Z0-9&]{2,9})[ \t]+[-–—][ \t]+([A-Z][^\n.:;|]{5,120}?)[ \t]*$", re.MULTILINE)


def _names_in_parens(text: str) -> list:
    """``_NAME_IN_PARENS.finditer(text)``, tried only where a match can start.

    A match is letters of the acronym (2 to 10, the first a capital), white
    space, then a bracket: it starts 2 to 10 characters before the white
    space that ends right before some "(". The pattern is matched at those
    positions alone, in order, each after the last match's end (as finditer
    goes on), instead of at every position of the text.
    """
    starts = set()
    at = text.find("(")
    while at >= 0:
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        starts.update(s for s in range(max(0, gap - 10), gap - 1) if "A" <= text[s] <= "Z")
        at = text.find("(", at + 1)
    found, end = [], 0
    for start in sorted(starts):
        if start < end:
            continue
        match = _NAME_IN_PARENS.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


_NON_ORG_DEFINITIONS = re.compile(r"^(?:[A-Z]\.?){1,2}$")
_BARE_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z&]{2,5}\b")  # \b before the first capital, as a look back
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s+(?=[A-Z\"“(])|\n[ \t]*\n")
# A unit's code: "C52", "PC-14", "A 03", "C45B".
_CODE = r"[A-Z]{1,3}(?:[ -]?\d{1,3}[A-Z]?)"
_CODE_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*(?:Unit[ \t]+)?({_CODE})[ \t]*\)|,[ \t]*({_CODE})[ \t]*,|[ \t]+({_CODE}|[a-z]\d{{2}}[a-z]?)\b(?![ \t]*[-%]))")
_UNIT_CODE = re.compile(rf"Unit(?<=\bUnit)[ \t]+({_CODE})\b")
# Acronyms that are words of the trade, not organizations.
_NOT_ORG_ACRONYMS = {"TIP", "NGO", "NGOS", "USD", "VND", "UN", "IO", "IOS", "GDP", "HIV", "AIDS", "VOT", "VOTS", "CSEC", "ID", "SBU", "FY", "MOU", "TVPA", "NPA", "OK",
                     "END", "NOTE", "COMMENT", "SUMMARY", "REF", "SUBJECT", "TAGS", "TBD", "TBC", "NONE"}

# Nationality phrases: "Cambodian police", "the Thai government", "Government of Indonesia".
_QUALIFIED_HEADS = {
    "government": "government", "governments": "government", "authorities": "government", "police": "police", "courts": "court", "court": "court",
    "embassy": "embassy", "customs": "customs", "immigration": "immigration", "border guards": "border-guards",
    "border police": "border-guards", "border guard": "border-guards",
}

#: A head's "to" or "for" and the people after it: "Mission to Seafarers", "Mission For Migrant Workers".
_SERVES = re.compile(r"^(?:The )?[A-Z][\w'’-]*[ \t]+(?:to|[Ff]or)[ \t]+([A-Z][\w'’-]*)(?:[ \t]+([A-Z][\w'’-]*))?")

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
        self._fuzzy_memo: dict[tuple[str, float], str | None] = {}  # see fuzzy

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

    def fuzzy(self, name: str, cutoff: float = 92, country: str = "") -> str | None:
        """The organization whose known name is spelled almost like ``name``.

        A known name that is ``name`` with a country's word added ("US
        Department of Justice" for "Department of Justice") counts only where
        that country is ``country``, the document's.
        """
        key = _strip_the(fold_name(name))
        if len(key) < 8:
            return None
        # Documents name the same bodies again and again: a key is scored once.
        memo = self._fuzzy_memo
        if (key, cutoff, country) in memo:
            return memo[key, cutoff, country]
        if len(memo) > 50000:
            memo.clear()
        found = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if found and found[0] != key and _country_said_more(key, found[0]) not in (None, country or None):
            found = None  # an Irish text's "Department of Justice" is not the "US Department of Justice"
        if found and re.findall(r"\d+", found[0]) != re.findall(r"\d+", key):
            found = None  # "Steering Committee 138" is not "Steering Committee 130": numbers are spelled exactly
        org_id = memo[key, cutoff, country] = self.by_key[found[0]] if found else None
        return org_id

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


def _country_said_more(key: str, known: str) -> str | None:
    """The country whose word a known name adds to ``key``, before or after it ("us department of
    justice" for "department of justice": USA), if any."""
    if known.endswith(" " + key):
        extra = known[: -len(key) - 1]
    elif known.startswith(key + " "):
        extra = known[len(key) + 1 :].strip("() ")
    else:
        return None
    return country_of(extra) or country_of(extra.upper())


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


@lru_cache(maxsize=8192)
def _clean_name(name: str) -> str:
    """Strip "the", possessives, stray punctuation and line breaks from a found name.

    Recent names are kept: a document's names are cleaned again and again.

    >>> _clean_name("the ILO's"), _clean_name("Social Affairs'")
    ('ILO', 'Social Affairs')
    """
    name = " ".join(name.split()).strip(" ,.;:-–")
    name = _WORD_POSSESSIVE.sub("", name)
    name = _LEADING_THE.sub("", name)
    return name.strip(" ,.;:-")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a span without surrounding blanks, punctuation and a final possessive."""
    while start < end and (text[start].isspace() or text[start] in ",.;:-–"):
        start += 1
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",;:-–"):
        stop -= 1
    possessive = _WORD_POSSESSIVE.search(text[start:stop])
    if possessive:
        stop = start + possessive.start()
    return start, stop

def _slug(name: str) -> str:
    return "org:" + _strip_the(fold_name(name)).replace(" ", "-")




# --- evidence zones ------------------------------------------------------------


class _Zones:
    """Spans of a text that may hold evidence, for quick membership tests."""

    def __init__(self, spans):
        spans = sorted((int(a), int(b)) for a, b in spans)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def allows(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]


_LOWER = bytes(range(ord("a"), ord("z") + 1))
_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def metadata_lines(text: str, capitals: bool = False) -> list[tuple[int, int]]:
    """Spans of the lines that are metadata, never evidence (see :func:`evidence_spans`).

    ``SOURCE:``, ``DATE:`` and like lines, a news dateline's wire service
    ("JAKARTA (Reuters) -"); with ``capitals``, lines without a lower-case
    letter in a text written in mixed case.

    >>> text = "SOURCE: a cable\\nHope Foundation met IOM."
    >>> [text[a:b] for a, b in metadata_lines(text)]
    ['SOURCE: a cable']
    """
    # Both patterns match at a line's start, hold a mark and stay on their line: only the
    # lines that hold the mark are tried (see line_matches).
    holes = [m.span() for m in line_matches(_KEY_LINE, text, ":")]
    holes += [m.span() for m in line_matches(_WIRE_DATELINE, text, "(")]
    if capitals:
        # Letters counted in UTF-8 bytes, where a-z and A-Z are one byte each and
        # in no other character: deleting bytes is a C loop, twenty times faster
        # than str.translate with a table.
        sample = text[:20000].encode("utf-8", "surrogatepass")
        lower, upper = len(sample) - len(sample.translate(None, _LOWER)), len(sample) - len(sample.translate(None, _UPPER))
        if lower > upper:
            holes += [m.span() for m in _CAPITALS_LINE.finditer(text)]
    return sorted(holes)


def evidence_spans(text: str, spans=None) -> list[tuple[int, int]]:
    """The narrative less metadata lines: where organizations may be read.

    ``SOURCE:``, ``DATE:`` and like lines are metadata, and so, in a text
    written in mixed case, is a line without a lower-case letter (routing
    lines such as "STATE FOR G/TIP, EAP/MLS", classification banners). A
    text written all in capitals keeps its lines.

    Parameters
    ----------
    text : str
    spans : list of (start, end), optional
        The narrative (:attr:`progmap.sources.documents.Document.narrative`);
        the whole text by default.

    Examples
    --------
    >>> text = "SOURCE: US Embassy cable\\nSTATE FOR G/TIP\\nHope Foundation runs a shelter."
    >>> [text[a:b] for a, b in evidence_spans(text)]
    ['\\n', '\\nHope Foundation runs a shelter.']
    """
    spans = [(0, len(text))] if spans is None else [(int(a), int(b)) for a, b in spans]
    # Organizations and programmes both read a document's evidence: it is found once per text and narrative.
    folded = fold_text(text)
    holes = folded.kept("metadata_lines", lambda: tuple(metadata_lines(text, capitals=True)))
    return list(folded.kept(("evidence_spans", tuple(spans)), lambda: tuple(spans_without(spans, holes))))
def _country_in(name: str) -> str:
    """A country a name carries in its words ("Cambodian Women's Crisis Center")."""
    found = country_word_pattern().search(name)
    return (country_of(found.group(1)) or "") if found else ""


# --- the finder --------------------------------------------------------------


_NO_MENTION = np.iinfo(np.int32).max


class _Found:
    """Mentions of one document and the organizations they name."""

    def __init__(self, text: str, zones: _Zones | None = None):
        self.text = text
        self.zones = zones or _Zones([(0, len(text))])
        self.taken = bytearray(len(text))
        self.mentions: list[tuple[int, int, str, str]] = []
        # Per character, the first mention (index into ``mentions``) covering
        # it, or _NO_MENTION: finding the mention a name overlaps must not
        # cost a pass over every mention of a long document.
        self.first_mention = np.full(len(text), _NO_MENTION, dtype=np.int32)
        self.orgs: dict[str, dict] = {}
        self.lower_text: str | None = None  # the text's runs of lower-case words, for _written_lower
        self.memo: dict = {}  # answers already given for this text

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def open(self, start: int, end: int) -> bool:
        """Free, and inside the evidence zones."""
        return self.zones.allows(start, end) and not any(self.taken[start:end])

    def register(self, org_id: str, name: str, org_type: str, country: str, alias: str | None = None) -> dict:
        record = self.orgs.setdefault(org_id, {"name": name, "org_type": org_type, "country": country, "aliases": set()})
        record["country"] = record["country"] or country
        if alias and alias != record["name"]:
            record["aliases"].add(alias)
        return record

    def cover(self, k: int, start: int, end: int) -> None:
        """Mark ``start:end`` as covered by mention ``k``."""
        np.minimum(self.first_mention[start:end], k, out=self.first_mention[start:end])

    def overlapping(self, start: int, end: int) -> int:
        """The first mention (in the order they were added) overlapping ``start:end``, or -1."""
        first = int(self.first_mention[start:end].min()) if end > start else _NO_MENTION
        return -1 if first == _NO_MENTION else first

    def add(self, start: int, end: int, org_id: str, name: str, org_type: str, country: str, alias: str | None = None):
        self.taken[start:end] = b"\x01" * (end - start)
        self.cover(len(self.mentions), start, end)
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
    if place_mentions is not None and length(place_mentions):
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
            moved = _MOVED_TO.search(text[max(0, start - 12) : start])
            counts[code] += 0.5 if moved else 1
        if known and gazetteer is not None:
            for *_, org_id in known:
                org = gazetteer.orgs[org_id]
                if org.org_type in ("government", "court_police") and org.country not in ("", GENERIC, *_DONOR_COUNTRIES):
                    counts[org.country] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked else ""


# A country's name or word before a body: "Cambodian", "the Sri Lanka", "Guinea-Bissau".
_BEFORE = re.compile(
    r"(?<![\w.-])([A-Z][\w.]*(?:-[A-Z][\w.]*)?(?:[ \t][A-Z][\w.]*)?)(?:[’']s)?\s+(?:(?:the|National|Provincial|Royal|Central|State|Federal)\s+)?$"
)
_AFTER = re.compile(
    r"\s*(?:(?:of|in)\s+(?:the\s+)?(?:(?:Kingdom|Republic|Socialist Republic|People's Republic)\s+of\s+)?|\(\s*)"
    r"([A-Z][\w.]*(?:[ \t](?:d[’'])?[A-Z][\w.]*)*)"  # ("of Côte d'Ivoire")
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
        code = country_of(_bare_country(after.group(1)))
        if code:
            return code
    return ""


def _bare_country(written: str) -> str:
    """The country's name that opens capitalized words a pattern caught, up to a sentence's end:
    "Nepal. BOMSA" is Nepal, "U.K." stays (the words as caught when none is a country's), "Lao
    Cai" (a province) is no Laos."""
    words = re.sub(r"[’']s$", "", written).split()
    for k in range(len(words), 0, -1):
        if k < len(words) and not words[k - 1].endswith((".", ",")):
            continue  # "Lao Cai", "Mexico City": a country's name opening a place's
        candidate = " ".join(words[:k])
        candidate = candidate[:-1] if candidate.endswith(".") and candidate.count(".") == 1 else candidate
        if country_of(candidate):
            return candidate
    return re.sub(r"[’']s$", "", written)

def _resolve(gazetteer: OrgGazetteer, org_id: str, text: str, start: int, end: int, context: str):
    """(org_id, name, org_type, country) for a known mention, generic bodies placed in their country."""
    if gazetteer.orgs[org_id].country == GENERIC:
        return gazetteer.instance(org_id, _qualifier(text, start, end) or _fronted_country(text, start) or context)
    return gazetteer.instance(org_id, "")


#: A sentence that opens on the country it speaks of: "In Ethiopia, ".
_FRONTED_COUNTRY = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[-*•][ \t]*)?In[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]*,[^.!?;\n]*$")


def _fronted_country(text: str, start: int) -> str:
    """The country a sentence opens on, for a body of every country it then names:
    "In Ethiopia, IOM supports the Ministry of Labour" is Ethiopia's ministry."""
    fronted = _FRONTED_COUNTRY.search(text, max(0, start - 200), start)
    return (country_of(fronted.group(1)) or "") if fronted else ""


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
    written = _bare_country(after.group(1))
    if country_of(written) != country:
        return end
    stop = after.start(1) + len(written)
    return stop + 1 if after.group(0).lstrip().startswith("(") and text[stop : stop + 1] == ")" else stop


def _member(gazetteer: OrgGazetteer, parent: str, written: str, text: str, end: int, context: str):
    """A federation's national member named by a country after it ("Save the Children Korea").

    A member named for the context country is the office there of a
    federation with no home of its own ("World Vision Vietnam" in a text
    about Vietnam), and that country stays a place the text names. A
    federation with a home (La Strada International, in the Netherlands) is
    a network of national organizations: "La Strada Czech Republic" is its
    own organization wherever the text is about (and the country it is
    named for, when that is the context country, stays a place the text
    names). A member the gazetteer lacks keeps the federation's name as the
    text writes it: "La Strada Poland" is not "La Strada International
    Poland".
    """
    after = re.match(r"[ \t]+([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)", text[end : end + 40])
    if not after:
        return None
    homeless = not gazetteer.orgs[parent].country
    for named in dict.fromkeys((after.group(1), after.group(1).split()[0])):
        named = named if named.count(".") > 1 else named.rstrip(".")  # "U.K." keeps its dots, "Australia." not
        code = country_of(named)
        if code and (code != context or not homeless):
            stop = end + after.start(1) + len(named) if code != context else end
            org_id = f"{parent}-{fold_name(named).replace(' ', '-')}"
            known = gazetteer.orgs.get(org_id)
            return stop, org_id, known.name if known else f"{_clean_name(written)} {named}", code
    return None


@lru_cache(maxsize=1)
def _reporters() -> frozenset[str]:
    """Folded words for the office that writes a report ("ConGen", "Post")."""
    from progmap.actors.language import inflections

    return frozenset(fold_name(form) for row in lexicon("reporter") if row["role"] == "reporter" for form in inflections(row["lemma"], row["pos"]))


def _country_actor(written: str) -> bool:
    """Whether a name is a country's government or police named by a nationality word
    alone ("Thai police", "Chinese authorities", "the Burmese government").

    >>> _country_actor("Thai police"), _country_actor("Cambodian National Police"), _country_actor("Government of Laos")
    (True, False, False)
    """
    words = " ".join(written.split())
    hit = country_word_pattern().match(words)
    if not hit:
        return False
    head = _QUALIFIED.fullmatch(words, hit.end())
    if not head:
        return False
    return not _named_body(head)


def _named_body(head: re.Match) -> bool:
    """ "National Police", "Embassy", "Border Guards": a body's own name, not a country acting."""
    word = head.group(2)
    generic = _QUALIFIED_HEADS[" ".join(word.lower().split())]
    return bool(word[:1].isupper() and generic != "government" and (head.group(1) or generic in ("embassy", "border-guards", "customs", "immigration")))


#: A preposition of place before "both sides": "on both sides", "from both countries".
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at|from|across|to|between|of)[ \t]+$", re.IGNORECASE)
_BOTH_COUNTRIES = re.compile(r"(?=[BbTt])\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|governments|nations|sides)\b")


def _both_countries(text: str) -> list:
    """``_BOTH_COUNTRIES.finditer(text)``, scanned only in a text that holds its words (most do not)."""
    if ("oth" in text or "two" in text) and any(noun in text for noun in ("countries", "governments", "nations", "sides")):
        return list(_BOTH_COUNTRIES.finditer(text))
    return []




# --- lexicons ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _reader() -> NameReader:
    """Proper names, with heads from the institution and not_org lexicons."""
    return name_reader(("institution", "not_org"))


@lru_cache(maxsize=1)
def _institutions() -> dict[str, dict]:
    """lemma -> row of the institution table."""
    return {row["lemma"]: row for row in lexicon("institution")}


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon("name_words") if row["role"] == "level")


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon("name_words") if row["role"] == "title")


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon("name_words") if row["role"] == "generic")


@lru_cache(maxsize=1)
def _programme_cues() -> CueScanner:
    return CueScanner(["programme"])


@lru_cache(maxsize=1)
def _role_cues() -> CueScanner:
    return CueScanner(["roles"])


@lru_cache(maxsize=1)
def _frame_cues() -> CueScanner:
    """Role phrases, verbs of saying and programme words, in one pass."""
    return CueScanner(["roles", "speech", "programme"])


_ACRONYM = r"[A-Z][A-Za-z]*[A-Z](?:[/&-][A-Z]+)?"
_ACRONYM_AFTER = re.compile(rf"\s+({_ACRONYM})(?![\w/&-])")
_ACRONYM_BEFORE = re.compile(rf"(?<![\w/&-])({_ACRONYM})(?:[’']s)?\s+(?:(?:also|then|later|has|had|have)\s+)?$")


def _forms(table: str, roles: tuple[str, ...]) -> list[str]:
    from progmap.actors.language import inflections

    forms = set()
    for row in lexicon(table):
        if row["role"] in roles:
            forms.update(inflections(row["lemma"], row["pos"]))
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern]:
    """Patterns built from the roles, programme and speech tables."""
    suffixes = "|".join(map(re.escape, _forms("roles", ("funder_suffix", "agent_suffix"))))
    funding = "|".join(map(re.escape, _forms("programme", ("funding",))))
    speech = "|".join(map(re.escape, [f for f in _forms("speech", ("speech",)) if " " not in f]))
    acronym = r"[A-Z][A-Za-z]*[A-Z](?:[/&-][A-Z]+)?"
    return {
        # "DOS-funded", "USG-funded", "UN-led"
        "suffix": re.compile(rf"\b({acronym}|[A-Z]\.[A-Z]\.)-(?:{suffixes})\b"),
        # The end of every "suffix" match: a text with none has no match, and
        # a pattern that opens with a hyphen is found far faster than one that
        # opens with a word boundary.
        "suffix_end": re.compile(rf"-(?:{suffixes})\b"),
        # "DOS funding", "EU grant money"
        "funding": re.compile(rf"\b({acronym})(?:[’']s)?\s+(?:{funding})\b"),
        # "told AIT/K", "IOM told Labatt"
        "object": re.compile(rf"\b(?:{speech})\s+({acronym})(?![\w/&-])"),
        "subject": re.compile(rf"(?<![\w/&-])({acronym})\s+(?:(?:also|then|later|has|had|have)\s+)?(?:{speech})\b"),
        # "the director of X", "representatives of X"
        "member": re.compile(
            r"\b(?:" + "|".join(f"[{stem[0].upper()}{stem[0]}]{stem[1:]}{ending}" for stem, ending in _MEMBER_NOUNS) + ")"
            r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?=[A-Z])"
        ),
    }


#: The nouns of "the director of X", "representatives of X": each a stem (any
#: case of its first letter) and the pattern of its endings.
_MEMBER_NOUNS = (
    ("director", ""), ("head", ""), ("chair", "(?:man|woman|person)?"), ("representative", "s?"), ("spokes", "(?:man|woman|person)"),
    ("founder", ""), ("member", "s?"), ("staff", ""), ("official", "s?"), ("officer", "s?"), ("worker", "s?"), ("volunteer", "s?"),
)
#: What every "member" match opens with.
_MEMBER_OPENINGS = tuple(form for stem, _ in _MEMBER_NOUNS for form in (stem, stem[0].upper() + stem[1:]))


# --- the words of names -----------------------------------------------------------


def _is_proper(text: str, token) -> bool:
    """A word that names: not a dictionary word, or capitalized where case is free.

    Capitals mean nothing at a sentence's start or on a heading line.
    """
    word = token.text
    if not word[:1].isupper() and not word[:1].isdigit():
        return False
    if word.isupper() and len(word) > 1:
        return True  # an acronym
    if not is_dictionary_word(word.split("-")[0]) or not is_dictionary_word(word.split("-")[-1]):
        return True
    if in_heading(text, token.start):
        return False
    # At a sentence's start a capital says nothing, but a noun there still
    # names ("Hope Foundation, based in ..."); an adjective does not ("Local Police").
    return not sentence_initial(text, token.start) or not _is_adjective(word)


@lru_cache(maxsize=4096)
def _is_adjective(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(word.lower()) or word.lower() in _reader().openers


_SINGULAR_POSSESSIVE = re.compile(r"[’']s$")


def _plural(written: str, lemma: str) -> bool:
    """ "NGOs", "Ministries": a plural head names a kind, not one body ("Foundation's" is one).

    >>> _plural("NGOs", "ngo"), _plural("Foundation's", "foundation"), _plural("Ministries'", "ministry")
    (True, False, True)
    """
    written = fold_name(_SINGULAR_POSSESSIVE.sub("", written))
    return written != lemma and not lemma.endswith("s") and written.endswith("s") and not written.endswith(("ss", "us"))


_INDEFINITE = re.compile(r"\b(?:a|an|any|another|each|every|no|such|one)\s+$", re.IGNORECASE)


#: A verb that makes a new body, then its article: "set up a ", "established an ".
_FOUNDED_BEFORE = re.compile(r"\b(?:set[ \t]+up|established|creates?|created|formed|founded|launched|sets[ \t]+up|establishe?s)[ \t]+(?:a|an)[ \t]+$")


def _indefinite(text: str, start: int, end: int) -> bool:
    """ "a Repatriation Center": one of a kind, not a named body.

    A name that modifies a noun after it is still a name: "a Peace Corps volunteer".
    """
    if not _INDEFINITE.search(text, max(0, start - 9), start):
        return False
    after = re.match(r"[ \t\n]+([a-z][a-z-]+)", text[end : end + 30])
    return not (after and _is_noun(after.group(1)))


@lru_cache(maxsize=4096)
def _is_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    if word in _RELATIVE_WORDS:
        return False  # "a Ghanaian NGO that has fought ...": a relative clause, no noun the name modifies
    return "NOUN" in getAllLemmas(word)


#: Words that open a relative clause, which lemminflect also knows as nouns ("that").
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _written_lower(found: _Found, name: str) -> bool:
    """Whether a name of two or three words is also written all in lower case (a common noun phrase)."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    lower = " ".join(words).lower()
    if lower == " ".join(words):
        return False
    if lower not in found.memo:
        if found.lower_text is None:
            found.lower_text = " ".join(re.findall(r"\b[a-z][a-z’'-]*\b(?:[ \t\n]+[a-z][a-z’'-]*\b)*", found.text))
        found.memo[lower] = _has_phrase(found.lower_text, lower)
    return found.memo[lower]


def _has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words (``\\b`` at both ends).

    ``str.find`` proposes the places, and the word boundaries are checked
    there by hand: a pattern per phrase would be compiled for every new
    phrase, which costs more than the search (archives name thousands).
    """
    at = text.find(phrase)
    while at >= 0:
        if _word_boundary(text, at) and _word_boundary(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _word_character(char: str) -> bool:
    """What ``\\w`` matches in a pattern of text: a letter or digit of any script, or the underscore."""
    return char.isalnum() or char == "_"


def _word_boundary(text: str, position: int) -> bool:
    """Whether ``\\b`` holds at ``position``: a word character on one side of it only."""
    before = position > 0 and _word_character(text[position - 1])
    after = position < len(text) and _word_character(text[position])
    return before != after


#: Unions of workers, which are no state body whatever "union" heads elsewhere ("the Women's Union").
_LABOUR_UNION = re.compile(
    r"\b(?:Labou?r|Trades?|Workers[’']?|Employees[’']?|Fishers[’']?|Seafarers[’']?)[ \t]+Unions?\b"
    r"|^Union[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+)*[A-Z][\w’'-]*s\b"  # "Union of Crisis Centres of Kazakhstan": its members' union
)


def _guess_type(name: str, cue=None) -> str:
    if _LABOUR_UNION.search(name):
        return "ngo"  # "Tamil Nadu Textile and Common Labour Union", "National Workers' Union"
    if cue is not None:
        row = _institutions().get(cue.lemma)
        served = _SERVES.search(name) if row and row.get("serves") == "yes" else None
        if served and any(word and _plural_people(word) for word in served.groups()):
            return "ngo"  # "Mission to Seafarers": a body sent to the people it serves is a charity, not a state's mission
        if row and row["org_type"]:
            return row["org_type"]
    for pattern, org_type in _TYPE_BY_NAME:
        if pattern.search(name):
            return org_type
    return "ngo"


def _acronym_like(word: str) -> bool:
    bare = POSSESSIVE_END.sub("", word)
    letters = re.sub(r"[^A-Za-z]", "", bare)
    return (
        len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and bare[:1].isupper()
        and bare.upper() not in _NOT_ORG_ACRONYMS and not _NON_ORG_DEFINITIONS.match(bare)
    )


#: A part of the world named by its compass words: "Central and Eastern Europe", "Sub-Saharan Africa", "the Western Balkans".
_WORLD_REGION = re.compile(
    r"(?:(?:the|The|and|North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|South-East|Northeast|North-East|"
    r"Southwest|Northwest|Sub-Saharan|Latin|Greater|Middle)[ \t]+)+"
    r"(?:Europe|Asia|Africa|America|Americas|Balkans|Caucasus|East|Pacific|Caribbean|Mediterranean)"
)


def _plausible(text: str, name, classified: bool = False, work_named: bool = False) -> bool:
    """Whether a name with evidence other than its head can be an organization's.

    Its head is no place, law, plan, event, title or deed (nor a work's, unless
    a classifier or a work its clause named runs it: ``work_named``), and it has a
    dictionary word among its words (people's names mostly have none),
    unless a classifier says what it is ("Casa Esperanza, a local NGO").

    >>> reader = _reader()
    >>> text = "funded by Good Shepherd Sisters, and by Tran Dui Hai and the Trafficking Victims Protection Act."
    >>> [_plausible(text, reader.name_at(text, text.index(w))) for w in ("Good", "Tran", "Victims")]
    [True, False, False]
    """
    if name is None:
        return False
    if _WORLD_REGION.fullmatch(" ".join(w.text for w in name.words)):
        return False  # "workers from Central and Eastern Europe": a part of the world
    blocked = name.cue("not_org")
    if blocked is not None and name.cue("institution") is None and not ((classified or work_named) and blocked.role == "programme"):
        return False  # (but "NGOs such as Pathfinders Justice Initiative": a classifier says what the initiative is)
    words = [w for w in name.words if w.lower not in _reader().segment | _reader().join]
    if len(words) == 1:
        return _acronym_like(words[0].text)
    if words and words[0].lower.rstrip(".") in _person_titles() and name.cue("institution") is None:
        return False  # "delivered by Justice Hanim", "Judge Ana Ruiz": a person named with a title
    if name.cue("institution") is None and all(country_of(POSSESSIVE_END.sub("", w.text)) for w in words):
        return False  # "Lao and Thai partners meet": peoples or countries, not a body's name
    if name.cue("institution") is not None or classified:
        return True
    return any(is_dictionary_word(w.text) for w in words)


# --- the finder ---------------------------------------------------------------------


def find_organizations(
    doc_id: str,
    text: str,
    place_mentions: pd.DataFrame | None = None,
    *,
    gazetteer: OrgGazetteer | None = None,
    country: str | None = None,
    spans=None,
    metadata: dict | None = None,
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
    spans : list of (start, end), optional
        The narrative (:attr:`progmap.sources.documents.Document.narrative`):
        names outside it are not read. The whole text by default.
    metadata : dict, optional
        The document's metadata (:attr:`progmap.sources.documents.Document.metadata`):
        known organizations its ``title`` or ``subject`` names count.

    Returns
    -------
    org_mentions : pandas.DataFrame
        :data:`progmap.schema.ORG_MENTION_COLUMNS`, one row per mention, by offset.
    organizations : pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS`, one row per organization.
    """
    mentions, organizations = read_organizations(
        doc_id, text, place_mentions, gazetteer=gazetteer, country=country, spans=spans, metadata=metadata
    )
    return frame(mentions, ORG_MENTION_COLUMNS), frame(organizations, ORGANIZATION_COLUMNS)


def read_organizations(
    doc_id: str,
    text: str,
    place_mentions=None,
    *,
    gazetteer: OrgGazetteer | None = None,
    country: str | None = None,
    spans=None,
    metadata: dict | None = None,
) -> tuple[dict[str, list], dict[str, list]]:
    """:func:`find_organizations` as plain columns (column name -> list of values).

    What a build's worker calls: it makes no frame per document (see
    :mod:`progmap.actors.frames`). ``place_mentions`` may be a frame or
    plain columns.

    Examples
    --------
    >>> mentions, orgs = read_organizations("d.txt", "IOM met UNICEF.")
    >>> mentions["text"], orgs["org_id"]
    (['IOM', 'UNICEF'], ['iom', 'unicef'])
    """
    gazetteer = gazetteer or load_org_gazetteer()
    folded = fold_text(text)
    zones = _Zones(evidence_spans(text, spans))
    country_hits = [hit for hit in country_words(text, folded) if zones.allows(hit[0], hit[1])]
    known = [hit for hit in gazetteer.find(text, folded) if zones.allows(hit[0], hit[1])]
    context = country or context_country(text, place_mentions, country_hits, known, gazetteer)
    found = _Found(text, zones)
    _known_names(found, gazetteer, context, known, folded)
    _nationality_phrases(found, gazetteer, country_hits, context, folded)
    _funding_countries(found, gazetteer, country_hits)
    _state_funded(found, gazetteer, context)
    defined = _definitions(found, gazetteer, context)
    found.memo["defined"] = defined
    _redefine(found, defined)
    heads = [hit for hit in _reader().scanner.find(text, folded) if hit[2].lexicon == "institution"]
    _unit_codes(found, heads, context)
    # A sheet's labelled value is a whole name before any reader takes a part of it.
    _sheet_names(found, gazetteer, context)
    _company_names(found, gazetteer, context)
    _institutional_names(found, gazetteer, context, heads)
    _suffixed_names(found, gazetteer, context)
    _classified_names(found, gazetteer, context, heads)
    _quoted_names(found, gazetteer, context, heads)
    _role_names(found, gazetteer, context, folded)
    _founded_names(found, gazetteer, context)
    _grant_labels(found, gazetteer, context)
    _translated_names(found, defined)
    _late_acronyms(found, defined, lambda acronym: gazetteer.lookup(acronym) is not None)
    defined.update(_initials(found, gazetteer, defined))
    _apposed_acronyms(found, defined)
    _acronym_uses(found, defined)
    _programme_subjects(found, gazetteer, context, folded, place_mentions)
    _national_acronyms(found, gazetteer)
    _the_government(found, gazetteer, context, folded)
    _titled(found, gazetteer, context, metadata)
    _city_governments(found, context)
    _cosignatories(found, context)
    _it_speakers(found, context)
    _coordinated_names(found, gazetteer, context)
    _country_named_subjects(found, gazetteer, context)
    _list_items(found, gazetteer, context)
    _one_word_uses(found)
    _short_forms(found)
    _national_branches(found)
    _drop_run_facilities(found)
    _drop_countries(found)
    return _found_columns(doc_id, found)


#: A town's government by its formal name: "the City of Tallinn", "Town of Kumasi" (group 1: the town).
_CITY_OF = re.compile(r"(?<![\w’'-])(?:City|Town)[ \t]+of[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)(?![\w’'-]|[ \t]+(?:of|and)\b)")
#: What makes such a name an actor's: a verb after it ("funds", "has opened"), a colon (a page's
#: author: "City of Tallinn: Social Services"), or a role's preposition before it ("funded by the").
_CITY_ACTS_AFTER = re.compile(r"[ \t]*:|(?:[’']s)?[ \t]+(?:(?:also|now|has|have|had|will|jointly)[ \t]+)*([a-z]+)\b")
#: Verbs a town does as a place: "the City of Tartu is the second largest town", "lies on".
_PLACE_VERBS = frozenset({"is", "was", "has", "had", "lies", "borders", "covers", "hosts", "counts", "includes"})
_CITY_ROLE_BEFORE = re.compile(r"\b(?:by|from|with)[ \t]+the[ \t]+$")


def _city_governments(found: _Found, context: str) -> None:
    """A town's government named as "the City of X" where it acts ("The City of Tallinn funds a
    counselling centre", "funded by the City of Tallinn"); the same words after "in" or "to" name
    the town itself ("shelters in the City of Tallinn").
    """
    text = found.text
    if "City of" not in text and "Town of" not in text:
        return
    for match in _CITY_OF.finditer(text):
        start, end = match.span()
        if not found.zones.allows(start, end) and not _TITLE_OPENING.match(text, start) or not found.open(start, end):
            continue
        if country_of(match.group(1)) or _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start):
            continue
        after = _CITY_ACTS_AFTER.match(text, end)
        verb = after.group(1) if after is not None else None
        acts = after is not None and (verb is None or verb not in _PLACE_VERBS and (present_verb(verb) or inflected_verb(verb)))
        if acts or _CITY_ROLE_BEFORE.search(text, max(0, start - 12), start):
            name = _clean_name(text[start:end])
            found.add(start, end, _slug(name), name, "government", context)


#: A verb whose object is work someone runs, right before a name: "IOM runs the ", "opened a ".
_RUN_BEFORE = re.compile(
    r"\b(?:runs?|running|ran|operates?|operated|operating|manages?|managed|managing|opened|opens|established|"
    r"establishes|set[ \t]+up|sets[ \t]+up|built|builds)[ \t]+(?:the|a|an|its|their|our)[ \t]+$"
)


#: A place of help run by someone named after it: "the Expatriate Protection Centre operated by the LMRA",
#: "the Hope Drop-in Centre, run by Amani Network", "the TARA service, delivered by Community Safety Glasgow".
_RUN_BY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:which[ \t]+is[ \t]+)?(?:run|operated|managed|established|set[ \t]+up|delivered)[ \t]+by[ \t]")


def _drop_run_facilities(found: _Found) -> None:
    """A place of help that the text says someone runs is that body's work, not an organization.

    "In Djibouti, IOM runs the Migration Response Centre in Obock", "the
    Expatriate Protection Centre operated by the LMRA": the centre is the
    body's programme. A name counts so only when its head is a
    facility head of the institution table and every mention of it is the
    object of such a verb; a centre that acts elsewhere in the text stays.
    """
    text = found.text
    facility_heads = _facility_heads()
    by_org: dict[str, list[bool]] = {}
    segment = _reader().segment
    for start, end, written, org_id in found.mentions:
        words = fold_name(written).split()
        # the head ends the name's first part: "Counselling and Protection Centre | for Women and Children"
        words = words[: next((k for k, w in enumerate(words) if k and w in segment), len(words))]
        run = bool(words) and words[-1] in facility_heads and bool(_RUN_BEFORE.search(text, max(0, start - 30), start)
                                                                  or _RUN_BY_AFTER.match(text, end))
        by_org.setdefault(org_id, []).append(run)
    dropped = {org_id for org_id, runs in by_org.items() if all(runs) and org_id.startswith("org:")}
    if dropped:
        found.mentions = [m for m in found.mentions if m[3] not in dropped]


def _drop_countries(found: _Found) -> None:
    """A name that is a country's, with its short form, is the country, not an organization.

    "Turkey, United Arab Emirates ... Turkey and the UAE": the initials
    spell the name, as an acronym's would, but the name is a place's.
    """
    dropped = {org_id for org_id, record in found.orgs.items() if country_of(_ACRONYM_AFTER_NAME.sub("", record["name"]))}
    if dropped:
        found.mentions = [m for m in found.mentions if m[3] not in dropped]


#: The acronym a name was defined with: "United Arab Emirates (UAE)".
_ACRONYM_AFTER_NAME = re.compile(r"[ \t]*\([^()]*\)$")


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """Heads of names of places where help is given (the ``facility`` column of the institution table)."""
    return frozenset(fold_name(row["lemma"]) for row in lexicon("institution") if row.get("facility") == "yes")


def _known_names(found: _Found, gazetteer: OrgGazetteer, context: str, known: list, folded: FoldedText | None = None) -> None:
    text = found.text
    reporters = _reporters()
    for start, end, written, org_id in known:
        if fold_name(written) in reporters:
            continue  # "ConGen", "Post": the office that writes, not an actor of the text
        if _country_actor(written) and not _has_programme_role(found, start, end, folded or fold_text(text)):
            continue  # "the Thai police", "Chinese authorities": see _nationality_phrases
        if _names_an_instrument(text, end):
            continue  # "UN protocols", "ILO Convention 29": the body's law, not the body acting
        if _MEMBERS_AFTER.match(text, end):
            continue  # "other EU countries", "ASEAN member states", "EU citizens": the members or their land, not the body
        after = _CAPITAL_NEXT.match(text, end) if len(written.split()) > 1 else _CAPITALS_THEN_HEAD.match(text, end)
        if after and any(
            c.lexicon == "institution" and (_institutions().get(c.lemma) or {}).get("branch") != "yes"
            and (len(written.split()) > 1 or (_institutions().get(c.lemma) or {}).get("facility") != "yes")  # ("the BP2MI Crisis Center": its service)
            and (gazetteer.orgs[org_id].country != GENERIC or c.lemma in _ORGANS)  # ("the Border Guard Board": not the border guards)
            for c in _reader().scanner.cues_of(after.group(1))
        ) and org_id not in (gazetteer.lookup(text[start : after.end()]), gazetteer.fuzzy(text[start : after.end()])) \
                and not ((branch := _PORTFOLIO_AFTER.match(text, after.end())) and country_of(branch.group(1))):
            # "the Stronger Together Foundation": another body, whose name holds a known one's and a head of
            # its own (but "World Vision Foundation of Thailand" is the known body's national branch)
            continue
        portfolio = _PORTFOLIO_AFTER.match(text, end)
        if gazetteer.orgs[org_id].country != GENERIC and portfolio and all(is_dictionary_word(w) for w in portfolio.group(1).split()) \
                and all(is_dictionary_word(w) for w in re.findall(r"[A-Za-z]+", written)):
            # (but "the Salvation Army of Central Ohio": a branch, named by its place)
            continue  # "Kenya's State Department for Labour": a common-word alias going on into another body's name
        home = gazetteer.orgs[org_id].country
        if home not in ("", GENERIC) and context and home != context and not _country_in(written) and len(written.split()) > 1 \
                and (word := _WORD_BEFORE.search(text, max(0, start - 40), start)) and word.group(1).isalpha() \
                and word.group(1).lower() not in _reader().openers \
                and not country_of(POSSESSIVE_END.sub("", word.group(1))) and found.zones.allows(word.start(1), end):
            continue  # "the Central Criminal Police Department" in a text about Georgia: another country's body, whose words hold an alias
        if gazetteer.orgs[org_id].country == GENERIC and _EXAMPLE_OF_KIND.search(text, max(0, start - 120), start):
            continue  # "agencies likely to meet victims, such as Customs": a kind of body, not one acting
        member = _member(gazetteer, org_id, written, text, end, context) if org_id in _FEDERATIONS else None
        before = _MEMBER_NAME_BEFORE.search(text, max(0, start - 50), start) if org_id in _FEDERATIONS and not member else None
        if before is not None and found.free(before.start(1), start) and found.zones.allows(before.start(1), end):
            # "Open Gate - La Strada", "Open Gate/La Strada": a member's own name, then the network's
            name = _clean_name(text[before.start(1) : end])
            found.add(before.start(1), end, _slug(name), name, "ngo", "")
        elif member:
            end, org_id, name, home = member
            found.add(start, end, org_id, name, "ngo", home)
        elif gazetteer.orgs[org_id].country == GENERIC and (locality := _locality_before(text, start)):
            # "the Houston Police Department": the city's own body, not the country's police
            name = f"{locality} {_clean_name(written)}"
            org_type = gazetteer.orgs[org_id].org_type
            found.add(start, end, _slug(name), name, org_type, context if org_type in ("government", "court_police") else "")
        else:
            resolved = _resolve(gazetteer, org_id, text, start, end, context)
            stop = _name_end(gazetteer, org_id, text, end, resolved[3], context)
            if stop == end:
                stop = _portfolio_end(gazetteer, org_id, text, end)
                if stop > end and gazetteer.orgs[org_id].country == GENERIC and (named := _qualifier(text, stop, stop)):
                    # "the Ministry of Labour and Employment of Nepal": the country after the whole portfolio
                    resolved = gazetteer.instance(org_id, named)
                    stop = _name_end(gazetteer, org_id, text, stop, named, context)
            found.add(start, stop, *resolved)


#: A network member's own name before the network's, after a dash or slash: "Open Gate - ", "Open Gate/".
_MEMBER_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})(?:[ \t]+[-–—][ \t]+|[ \t]*/[ \t]*)$")


#: A portfolio after a name: "for Labour", "of Immigration Services".
_PORTFOLIO_AFTER = re.compile(r"[ \t]+(?:for|of)[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*)*)")


#: A body's members or land named after it: "EU countries", "ECOWAS member states", "EU nationals".
_MEMBERS_AFTER = re.compile(r"[ \t]+(?:member[ \t]+)?(?:countries|states|nations|nationals|citizens|borders|territory)\b")


#: Words that open a sentence or phrase before a place, never part of its name ("In Houston ...").
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "in", "on", "at", "for", "from", "by", "with", "of", "and", "to", "as"})


#: A generic body named as an example of a kind of state body: "law enforcement agencies ..., such as Customs or".
_EXAMPLE_OF_KIND = re.compile(
    r"\b(?:agencies|authorities|bodies|institutions|offices|services|departments|ministries)\b[^.;:()]{0,80}?"
    r"\bsuch\s+as\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|or|and)\s+)*$"
)


def _locality_before(text: str, start: int) -> str:
    """The place a capitalized name puts right before a generic body, if any.

    "the Houston Police Department" -> "Houston", "Lagos State Police
    Command" -> "Lagos State": proper words that are no dictionary words
    (with a place-kind word such as "State" or "County" after them). A
    country ("Cambodian National Police") or a word of the name itself
    ("Anti-Trafficking Police") is no locality.
    """
    # The answer is the 60 characters' before the body: a text names the same body again and again.
    return _locality_in(text[max(0, start - 60) : start])


@lru_cache(maxsize=8192)
def _locality_in(text: str) -> str:
    """:func:`_locality_before` the end of ``text``."""
    start = len(text)
    # The words right before the body are read first; the whole window only when the walk goes past them.
    tokens, exact = tail_tokens(text, max(0, start - 60), start, 32)
    k, kinds = _locality_words(tokens)
    if k - 1 < exact:
        tokens = tokenize(text, max(0, start - 60), start)
        k, kinds = _locality_words(tokens)
    if tokens and text[tokens[-1].end : start].strip(" \t"):
        return ""
    words = tokens[k:kinds]
    if not any(not is_dictionary_word(t.text) for t in words):
        return ""  # "Federal Police": no place, only words of the name
    if k >= 2 and tokens[k - 1].lower == "and" and country_of(" ".join(t.text for t in tokens[k - 2 : kinds])):
        return ""  # "the Antigua and Barbuda Police Force": a country whose name holds "and"
    if any(text[a.end : b.start].strip(" \t") for a, b in zip(tokens[k:], tokens[k + 1 :])):
        return ""
    return " ".join(t.text for t in tokens[k:])


def _locality_words(tokens: list) -> tuple[int, int]:
    """Where the proper words and then the place-kind words that end ``tokens`` begin (see :func:`_locality_before`)."""
    k = len(tokens)
    while k > 0 and any(c.role == "place" for c in _reader().scanner.cues_of(tokens[k - 1].text)) and tokens[k - 1].text[:1].isupper():
        k -= 1  # "State", "County", "City"
    kinds = k
    while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.isalpha() and not country_of(tokens[k - 1].text) \
            and tokens[k - 1].text.lower() not in _FUNCTION_WORDS:
        k -= 1
    return k, kinds


def _names_an_instrument(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies a law's noun ("UN protocols on
    trafficking", "the ILO Convention on Forced Labour"; role ``law`` in the
    ``not_org`` lexicon)."""
    after = _WORD_AFTER.match(text[end : end + 30])
    return bool(after) and any(cue.lexicon == "not_org" and cue.role == "law" for cue in _reader().scanner.cues_of(after.group(1).lower()))


def _titled(found: _Found, gazetteer: OrgGazetteer, context: str, metadata: dict | None) -> None:
    """Known organizations a document's title or subject line names ("STATE DEPT GRANTEE ...")."""
    text = found.text
    if not (metadata or {}).get("title"):
        # a first line the metadata channel took for a dateline or furniture, not a title
        first = text.lstrip()[: max(0, text.lstrip().find("\n"))]
        start = text.find(first) if first else -1
        if first and (not found.zones.allows(start, start + len(first)) or re.search(r"[a-z]", first)):
            _titled_author(found, first)  # (a narrative first line too: "Fundación Luna Nueva" over "ANNUAL REPORT 2024")
    for key in ("title", "subject"):
        value = (metadata or {}).get(key)
        if not isinstance(value, str) or not value:
            continue
        if key == "title" and not re.search(r"[a-z]", value) and re.search(r"[a-z]", text[:2000]):
            continue  # a line in capitals taken for a title is a routing line ("FOR G/TIP, EAP/MLS")
        for _start, _end, written, org_id in gazetteer.find(value):
            start = text.find(written)
            if start < 0 or not found.free(start, start + len(written)):
                continue
            found.add(start, start + len(written), *_resolve(gazetteer, org_id, text, start, start + len(written), context))
        if key == "title":
            _titled_author(found, value)


def _titled_author(found: _Found, value: str) -> None:
    """The body a page's title opens with: "Yayasan Kasih Bangsa - Newsletter, June 2023"."""
    text = found.text
    # ... or the whole title is the body's name ("Fundación Luna Nueva" over "ANNUAL REPORT 2024")
    opening = _TITLE_OPENING.match(value) or (_WHOLE_TITLE.fullmatch(value) if re.search(r"[a-z]", value) else None)  # (not a letterhead in capitals)
    start = text.find(value) if opening is not None else -1
    name = _reader().name_at(text, start) if start >= 0 else None
    # a country in brackets after the name says whose body it is: "Ministry of Gender ... (Ghana): Activities for 2025"
    country = _COUNTRY_IN_BRACKETS.search(opening.group(1)) if opening is not None else None
    country = country if country is not None and country_of(country.group(1)) else None
    length = len(opening.group(1)) - (len(country.group()) if country is not None else 0) if opening is not None else 0
    if name is None or name.start != start or name.end != start + length:
        # "Christmas Appeal 2025 — Sisters of the Good Shepherd, Manchester": a later part of the title is the body
        whole = text.find(value)
        for part in _TITLE_PART.finditer(value) if whole >= 0 and re.search(r"[a-z]", value) else ():
            name = _reader().name_at(text, whole + part.start(1))
            if name is not None and name.start == whole + part.start(1) and name.end == whole + part.end(1):
                start, opening, length, country = name.start, part, len(part.group(1)), None
                break
    # a name of a headed body ("Hope Network") or a head-first one ("Yayasan ...") that fills the title's first part
    if name is not None and name.start == start and name.end == start + length and found.free(name.start, name.end) \
            and len(name.words) > 1 and (name.cue("institution") is not None or _reader()._head_first(name.words[0])) \
            and not any(_plural(name.head_text, cue.lemma) for cue in name.head_cues):  # ("City of Riga: Social Services for ...": a kind of work)
        written = _clean_name(text[name.start : name.end])
        same = next((org_id for org_id, record in found.orgs.items() if _proper_words(record["name"]) == _proper_words(written)), None)
        if same is not None:
            # "Renacer Foundation - Who we are" over "Fundación Renacer is ...": the same body, its head translated
            record = found.orgs[same]
            found.add(name.start, name.end, same, record["name"], record["org_type"], record["country"])
            return
        found.add(name.start, name.end, _slug(written), written, _guess_type(written, name.cue("institution")),
                  _country_in(written) or (country_of(country.group(1)) if country is not None else ""))


#: A country in brackets at the end of a title's opening: " (Ghana)".
_COUNTRY_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\n]{3,40})\)$")


def _proper_words(name: str) -> frozenset[str]:
    """A name's words that are neither heads nor linkers: "Renacer Foundation" and "Fundación Renacer" share {"renacer"}."""
    reader = _reader()
    words = [w for w in fold_name(_ACRONYM_AFTER_NAME.sub("", name)).split() if w not in reader.segment | reader.join]
    return frozenset(w for w in words if not any(c.lexicon == "institution" for c in reader.scanner.cues_of(w))) if len(words) > 1 else frozenset()


#: A title that opens with a name, then what the page is: "Hope Network - Newsletter", "Hope Network | About us".
_WHOLE_TITLE = re.compile(r"[ \t]*([A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){1,6})[ \t]*")
#: A part of a title after a dash, bar or colon, up to a comma or the next dash: "— Sisters of the Good Shepherd, Manchester",
#: "Outreach: St. Brigid's Parish Network".
_TITLE_PART = re.compile(r"(?:[ \t]+[-–—|]|:)[ \t]+([A-Z][^\n|,:–—-]*?)[ \t]*(?=$|,|[ \t]+[-–—|][ \t])")
_TITLE_OPENING = re.compile(r"([A-Z][^\n|:–—]*?)(?:[ \t]+[-–—|:]|(?<=\)):)[ \t]+\S")  # (or "Ministry of ... (Ghana): Activities")


_QUALIFIED = re.compile(
    r"(?:[’']s)?[ \t]+(?:(national|provincial|local|central|royal|state|federal|National|Provincial|Royal|Central|State|Federal)[ \t]+)?(?i:("
    + "|".join(sorted(map(re.escape, _QUALIFIED_HEADS), key=len, reverse=True))
    + r"))\b"
)
#: Bodies named "of" a country: "Government of Indonesia", "Embassy of Japan".
_BODIES_OF = ("Government", "Embassy", "Consulate")
_GOVERNMENT_OF = re.compile(r"\b(" + "|".join(_BODIES_OF) + r")(s?)[ \t]+of[ \t]+(?:the[ \t]+)?")
# Between the countries of "the Governments of Canada, Sweden and Norway".
_COUNTRY_LIST_GLUE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)(?:the[ \t]+)?")
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\n[ \t]*\n")


def _funding_countries(found: _Found, gazetteer: OrgGazetteer, country_hits) -> None:
    """A country that pays, written before a funder's suffix: "a Canada-funded initiative",
    "the Japanese-funded shelter" are paid by that country's government (no place the work
    is done in)."""
    text = found.text
    for start, end, _written, code in country_hits:
        if text[end : end + 1] == "-" and _funder_suffix().match(text, end + 1) and found.open(start, end):
            found.add(start, end, *gazetteer.instance("government", code))


#: "state-funded", "government-funded": the state that pays, before a funder's suffix.
_STATE_BEFORE_SUFFIX = re.compile(r"(?<![\w-])(?:[Ss]tate|[Gg]overnment)(?=-(?:funded|financed|supported|sponsored)\b)")


def _state_funded(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """ "A state-funded shelter", "government-funded legal aid": paid by the government of the country the
    text is about (no place the work is done in)."""
    text = found.text
    # (every match holds "tate-" or "overnment-": a hyphen after "state" is rare, and "funded" or "supported" are in most texts)
    if not context or "tate-" not in text and "overnment-" not in text:
        return
    for match in _STATE_BEFORE_SUFFIX.finditer(text):
        if found.open(match.start(), match.end()):
            found.add(match.start(), match.end(), *gazetteer.instance("government", context))


def _suffixed_names(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """A body's name whose head carries a role's suffix: "the Li Ka Shing Foundation-supported clinic",
    "a Hope Trust-funded shelter" (the reader stops before "Foundation-supported", a word of no name)."""
    text = found.text
    # The pattern tries a name at every capital of the text; the suffix that ends each match is in few texts.
    if _suffix_after_hyphen().search(text) is None:
        return
    reader = _reader()
    for match in _suffixed_name().finditer(text):
        words = tokenize(text, match.start(1), match.end(1))
        while words and words[0].lower in reader.openers:
            words = words[1:]  # "A Hope Trust-funded shelter"
        if len(words) > 1 and reader.is_head(words[-1]) and found.open(words[0].start, match.end(1)):
            _name_candidate(found, gazetteer, context, reader.make(text, words))


@lru_cache(maxsize=1)
def _suffixed_name() -> re.Pattern:
    """Capitalized words, the last joined by a hyphen to a role's suffix ("Foundation-funded")."""
    suffixes = "|".join(map(re.escape, _forms("roles", ("funder_suffix", "agent_suffix"))))
    return re.compile(rf"(?<![\w’'-])((?:[A-Z][\w’']*[ \t]+){{1,5}}[A-Z][\w’']*)-(?:{suffixes})\b")


@lru_cache(maxsize=1)
def _suffix_after_hyphen() -> re.Pattern:
    """The hyphen and role's suffix that end every match of :func:`_suffixed_name` ("-funded"), alone:
    searched for at the hyphens of a text, not at each of its capitals."""
    return re.compile(rf"-(?:{'|'.join(map(re.escape, _forms('roles', ('funder_suffix', 'agent_suffix'))))})\b")


@lru_cache(maxsize=1)
def _funder_suffix() -> re.Pattern:
    """The words after a hyphen that make the name before it a funder ("-funded", "-financed")."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, _forms('roles', ('funder_suffix',))))})\b")


def _nationality_phrases(found: _Found, gazetteer: OrgGazetteer, country_hits, context: str, folded: FoldedText) -> None:
    """ "Cambodian National Police", "the Thai government", "Government of Indonesia".

    A named body ("the Cambodian National Police", "the Indonesian
    Embassy", "Government of Indonesia") counts. A country's government or
    police named by a nationality word alone ("the Thai police", "Chinese
    authorities") is the country acting, and counts only with a role in a
    programme (see :func:`_has_programme_role`). A foreign country after
    "of" is part of the name (see :func:`_name_end`).
    """
    text = found.text
    shared = {}  # "the Chinese and Thai Governments": the first word shares the second's head
    for (a_start, a_end, _, _), (b_start, b_end, _, _) in zip(country_hits, country_hits[1:]):
        if _AND_BETWEEN.fullmatch(text, a_end, b_start) and _QUALIFIED.match(text, b_end) \
                and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, a_start - 12), a_start):
            # (not "the Office in Kuwait and the Philippine Embassy": a place, then another body)
            shared[a_start] = _QUALIFIED.match(text, b_end)
    for hit_start, hit_end, written, code in country_hits:
        head = _QUALIFIED.match(text, hit_end) or shared.get(hit_start)
        if not head:
            continue
        if head.start() != hit_end:
            # a shared head: the mention is the nationality word alone
            if found.open(hit_start, hit_end) and (_named_body(head) or _has_programme_role(found, hit_start, head.end(), folded)):
                generic = _QUALIFIED_HEADS[" ".join(head.group(2).lower().split())]
                found.add(hit_start, hit_end, *gazetteer.instance(generic, code))
            continue
        word = head.group(2)
        generic = _QUALIFIED_HEADS[" ".join(word.lower().split())]
        if _continues_with_head(text, head.end()):
            continue  # "the South African Police Service (SAPS)": a longer name, read whole by the name readers
        # A nationality word is no place and joins the name; a country's name stays a place.
        start = hit_start if written in DEMONYMS else head.start(2)
        if not found.open(start, head.end()):
            continue
        if not _named_body(head) and not _has_programme_role(found, hit_start, head.end(), folded):
            continue
        found.add(start, head.end(), *gazetteer.instance(generic, code))
    # "Both countries are raising awareness through a border campaign": the two
    # countries named last act, when the text gives them a role.
    for match in _both_countries(text):
        before = list(dict.fromkeys(code for start, _, _, code in reversed(country_hits) if start < match.start()))[:2]
        if _WHERE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "border officials on both sides": where, not who
        if len(before) == 2 and found.open(match.start(), match.end()) and _has_programme_role(found, match.start(), match.end(), folded):
            for code in before:
                found.add(match.start(), match.end(), *gazetteer.instance("government", code))
    for match in matches_opening(_GOVERNMENT_OF, text, _BODIES_OF):
        hit = country_word_pattern().match(text, match.end())
        formal = FORMAL_STATE_PREFIX.match(text, match.end()) if hit is None else None
        if formal is not None:
            hit = country_word_pattern().match(text, formal.end())  # "Government of the Republic of Tajikistan"
        if hit and found.open(match.start(), match.end(1)):
            code = country_of(hit.group(1)) or ""
            stop = hit.end(1) if code and code != context else match.end(1)
            found.add(match.start(), stop, *gazetteer.instance(match.group(1).lower(), code))
            # "the Governments of Canada, Sweden and Norway": one body for each country listed
            while match.group(2) and (glue := _COUNTRY_LIST_GLUE.match(text, hit.end(1))) \
                    and (hit := country_word_pattern().match(text, glue.end())) and found.open(hit.start(1), hit.end(1)):
                found.add(hit.start(1), hit.end(1), *gazetteer.instance(match.group(1).lower(), country_of(hit.group(1)) or ""))


#: A preposition of place right before a word: "in ", "at the ".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|into|inside|within|across)[ \t]+(?:the[ \t]+)?$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _continues_with_head(text: str, end: int) -> bool:
    """Whether an institutional head noun follows, capitalized: "Police | Service", "Immigration | Department"."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 20))
    return bool(after) and after.group(1).lower() in _institutions()


_THE_GOVERNMENT = re.compile(
    r"(?=[Tt])\b[Tt]he[ \t]+(?:national[ \t]+)?(Government|government)\b(?![ \t]+of\b)"
    # (not "the government body that oversees ...", "the government agency": a kind of body in apposition)
    r"(?![ \t]+(?:body|bodies|agency|agencies|institution|institutions|entity|entities|organi[sz]ation|office|department|regulator)\b)"
)


def _the_government(found: _Found, gazetteer: OrgGazetteer, context: str, folded: FoldedText) -> None:
    """ "The government operates a national hotline": the government of the
    document's country, where the text has named no government before.

    A TIP narrative or a country report names its government once or never
    and then says "the government"; where a government body was named
    before, "the government" refers back to it (see the programmes' reading
    of anaphora). Only a government with a part in a programme counts.
    """
    if not context:
        return
    # Where the first government body is named: "the government" after it refers back.
    named = min((m_start for m_start, _, _, org_id in found.mentions if found.orgs[org_id]["org_type"] == "government"), default=len(found.text))
    for match in _THE_GOVERNMENT.finditer(found.text, 0, named):
        start, end = match.span(1)
        if found.open(start, end) and _has_programme_role(found, start, end, folded):
            found.add(start, end, *gazetteer.instance("government", context))
            return  # later ones refer back to it


def _has_programme_role(found: _Found, start: int, end: int, folded: FoldedText) -> bool:
    """Whether the clause of a mention gives it a part in a programme.

    A programme noun or a verb of funding after it in its clause ("the Thai
    government funds shelters", "a Thai government shelter"), or a role
    phrase right before it ("in conjunction with the Thai police").
    """
    text = found.text
    stop = _CLAUSE_END.search(text, end)
    stop = min(stop.start() if stop else len(text), end + 160)
    cues = getattr(found, "_programme_hits", None)
    if cues is None:
        cues = found._programme_hits = _programme_cues().find(text, folded)
        found._programme_starts = [hit[0] for hit in cues]
    i = bisect.bisect_left(found._programme_starts, end)
    while i < len(cues) and cues[i][0] < stop:
        for cue in _programme_cues().cues_of(text[cues[i][0] : cues[i][1]]):
            if cue.role in ("noun", "facility", "fund", "award"):
                return True
        i += 1
    before = text[max(0, start - 40) : start]
    return any(role in ("partner", "funder", "agent") and b >= len(before) - 6 for _, b, role in
               ((a, b, cue.role) for a, b, cue in _role_cues().find(before)))


# --- acronyms the text defines ----------------------------------------------------------


def _expansion(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """Where the name an acronym in parentheses abbreviates lies: (start, end), or None.

    The name is the proper name ending at the parenthesis, when the acronym
    abbreviates it, a part of it that ends there (with up to three more
    words of the name before: "Research Centre for Gender ... (CGFED)"), or
    its first part ("National Committee to Lead the Suppression of ...
    (NC)").
    """
    last = re.search(r"(\S)\s*$", text[max(0, paren - 40) : paren])
    if not last or not last.group(1).isalnum():
        return None
    reader = _reader()
    name = reader.name_at(text, max(0, paren - 40) + last.start(1), window=300)
    if name is None or name.end > paren:
        return None
    joined = _joined_by_with(text, name, acronym)
    if joined is not None:
        return joined
    words = list(name.words)
    texts = [POSSESSIVE_END.sub("", w.text) for w in words]
    if _abbreviates(acronym, " ".join(texts)):
        return name.start, name.end
    for i in range(len(words) - 1, 0, -1):
        if not words[i].text[:1].isupper() or words[i].lower in reader.openers and words[i].lower in reader.join:
            continue
        if _abbreviates(acronym, " ".join(texts[i:])):
            first = i if i > 3 or words[i - 1].lower in ("and", "&") else 0  # ("the FBI and Homeland Security Investigations (HSI)")
            while first < i and reader.is_linker(words[first]):
                first += 1
            return words[first].start, name.end
    if name.segment_end < len(words) and _abbreviates(acronym, " ".join(texts[: name.segment_end])):
        return name.start, name.end
    # "Ghana Industrial, Commercial and Financial Workers' Union (ICU)": a name's words listed with a comma
    listed = _LISTED_WORDS_BEFORE.search(text, max(0, name.start - 60), name.start)
    if listed and words[0].text[:1].isupper():
        before = listed.group(1).split()
        for k in range(len(before)):
            if _abbreviates(acronym, " ".join(before[k:] + texts)):
                k -= 1 if k and country_of(before[k - 1]) else 0  # ("Ghana Industrial, ...": the country's own union)
                return listed.start(1) + listed.group(1).index(" ".join(before[k:])), name.end
    return None


#: A name and "with" right before another name: "Solidarity with | Women in Distress".
_NAME_WITH_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][\w’'-]*){0,5})[ \t]+with[ \t]+$")


def _joined_by_with(text: str, name, acronym: str) -> tuple[int, int] | None:
    """The span of a name that holds "with" ("Solidarity with Women in Distress (SOLWODI)"), when
    the letters in brackets after it spell the whole, "with" included; None otherwise.

    "with" joins two names as often as it sits inside one ("UNICEF with Save the Children"): only
    the letters after it decide, and they must spell the words before "with" too, not another
    body's letters ("IOM with ..."). For letters in
    two parts ("SGDD-ASAM") the last part is enough: the first is often another language's.
    """
    before = _NAME_WITH_BEFORE.search(text, max(0, name.start - 80), name.start)
    if before is None:
        return None
    whole = text[before.start(1) : name.end]
    for letters in dict.fromkeys((acronym, acronym.rsplit("-", 1)[-1])):
        for first in range(before.end(1) - 1, before.start(1) - 1, -1):  # (the fewest words: not "Staff of Solidarity with ...")
            if (first == before.start(1) or text[first - 1] in " \t") and text[first].isupper() \
                    and not text[first : before.end(1)].isupper() and _abbreviates(letters, text[first : name.end]):
                return first, name.end
    return None


#: Capitalized words and a comma right before a name ("Ghana Industrial, ").
_LISTED_WORDS_BEFORE = re.compile(r"(?<![\w,])([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}),[ \t]+$")


#: The proper words right before a bracket, on its line: "Victim Support Finland (".
_PROPER_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+){1,5}[A-Z][\w’'-]*)[ \t]*$")


def _country_named_body(found: _Found, defined: dict[str, str], acronym: str, paren: int, match) -> None:
    """Letters of another language after a name of a body's branch in a country ("Victim Support
    Finland (RIKU)", "La Strada Moldova (LSM)"): a proper name of three words or more, not itself a
    country's, whose last word is a country, is that body; the letters are its alias."""
    text = found.text
    before = _PROPER_BEFORE_BRACKET.search(text, max(0, paren - 80), paren)
    if before is None:
        return
    words = before.group(1).split()
    if words[0] in ("The", "A", "An"):
        words = words[1:]
    written = " ".join(words)
    if len(words) < 3 or not country_of(words[-1]) or country_of(written) or country_of(" ".join(words[-2:])) \
            or any(country_of(word) or word.upper() == word for word in words[:-1]):
        return
    start = before.end(1) - len(words[-1])
    start = text.rindex(words[0], before.start(1), start)
    end = before.end(1)
    if not found.zones.allows(start, end) or not found.open(start, end):
        return
    org_id = _slug(written)
    defined[acronym] = org_id
    found.add(start, end, org_id, f"{written} ({acronym})", _guess_type(written), country_of(words[-1]) or "", alias=acronym)
    if found.open(match.start(1), match.end(1)):
        found.add(match.start(1), match.end(1), org_id, f"{written} ({acronym})", _guess_type(written), country_of(words[-1]) or "", alias=written)


def _body_before_work(text: str, paren: int, noun: str) -> bool:
    """Whether the letters in brackets before a work's noun are a body's, the name before them a
    body's by its form: a service noun after them ("(RIKU) helpline", not "(TSN) airport"), and a
    name whose head is an institution or whose last word is a country ("Victim Support Finland (RIKU)
    helpline", "Women's Aid Collective (WACOL) hotline"; not "Counter Trafficking in Persons (CTIP) program")."""
    if _reader().scanner.cues_of(noun) or not any(cue.role == "noun" for cue in _programme_cues().cues_of(noun)):
        return False
    before = _PROPER_BEFORE_BRACKET.search(text, max(0, paren - 80), paren)
    if before is None:
        return False
    name = _reader().make(text, tokenize(text, before.start(1), before.end(1)))
    head = name.head_cue
    if head is not None and head.lexicon != "institution":
        return False
    return head is not None or bool(country_of(name.words[-1].text)) and len(name.words) >= 2


def _definitions(found: _Found, gazetteer: OrgGazetteer, context: str) -> dict[str, str]:
    """Acronyms defined in parentheses, in either order: acronym -> org_id.

    A definition in the text wins over the gazetteer's reading of the same
    letters: "Visayan Forum Foundation (VFF)" is not the Vietnam Fatherland Front.
    """
    text = found.text
    reader = _reader()
    defined: dict[str, str] = {}
    for match in _ACRONYM_IN_PARENS.finditer(text):
        if not found.zones.allows(match.start(), match.end()) or (match.group(2) and not country_of(match.group(2))):
            continue
        # Letters of the trade ("(SBU)", "(NGO)") define nothing: most brackets stop here.
        acronyms = [
            acronym for acronym in _SLASHES.split(match.group(1))
            if not (_NON_ORG_DEFINITIONS.match(acronym) or sum(ch.isupper() for ch in acronym) < 2 or acronym.upper() in _NOT_ORG_ACRONYMS
                    or country_of(acronym))  # ("Free the Slaves (USA)": where the body is from)
        ]
        if not acronyms:
            continue
        # "(TSN) airport", "(CTIP) program": the noun after the brackets is the head.
        after = _WORD_AFTER_BRACKET.match(text[match.end() : match.end() + 30])
        if after and any(cue.lexicon == "not_org" or cue.role in ("noun", "facility") for cue in
                         reader.scanner.cues_of(after.group(1)) + _programme_cues().cues_of(after.group(1))) \
                and not _body_before_work(text, match.start(), after.group(1)):
            found.memo.setdefault("headed acronyms", set()).update(acronyms)  # no initials make them a body (_initials)
            continue
        predicate = _IS_A_KIND.match(text, match.end())
        if predicate and any(cue.role in ("noun", "facility") for cue in _programme_cues().cues_of(predicate.group(1))):
            found.memo.setdefault("headed acronyms", set()).update(acronyms)
            continue  # "The Direct Aid Program (DAP) is a small grants program": a work, not a body
        whole = "/".join(_SLASHES.split(match.group(1)))
        if len(acronyms) > 1 and _expansion(text, match.start(), whole) is not None:
            acronyms = [whole]  # "Office of the Special Representative and Co-ordinator ... (OSR/CTHB)": one body's letters
        for acronym in acronyms:
            # The same definition often recurs (repeated headers and sections): read it once.
            paren = match.start()
            key = ("expansion", acronym, text[max(0, paren - 300) : paren])
            if key not in found.memo:
                span = _expansion(text, paren, acronym)
                found.memo[key] = None if span is None else (paren - span[0], paren - span[1])
            span = None if found.memo[key] is None else (paren - found.memo[key][0], paren - found.memo[key][1])
            if span is None:
                _acronym_of_mention(found, gazetteer, defined, acronym, paren, match, context)
                if acronym not in defined:
                    _country_named_body(found, defined, acronym, paren, match)
                continue
            start, end = span
            words = tokenize(text, start, end)
            while len(words) > 2 and words[0].text.isupper() and (_institutions().get(fold_name(words[0].text)) or {}).get("classifier") == "yes" \
                    and _abbreviates(acronym, text[words[1].start : end]):
                words = words[1:]  # "the NGO Centro de Formación ... (CEFASA)": the kind, then the name (not "NGO Coalition ... (NCG)")
            nationality = ""
            if len(words) > 2 and words[0].text in DEMONYMS and reader._head_first(words[1]):
                nationality = country_of(words[0].text) or ""
                words = words[1:]  # "the Senegalese Cellule Nationale de ... (CNLTP)": the body's country, then its name
            start = words[0].start
            name = reader.make(text, words)
            head = name.head_cue
            if head is not None and head.lexicon == "not_org" and name.cue("institution") is None and not (
                head.lemma in ("programme", "program") and name.head[-1].text[:1].isupper()  # "... Programme for Daughters (DEPDC)"
            ):
                continue
            written = _clean_name(text[start:end])
            if len(written.split()) < 2:
                continue
            k = found.overlapping(start, end)
            if k >= 0 and found.mentions[k][:2] == (start, end):
                # "the Department of Immigration and Passport Services (DIPS)", already read as the
                # country's immigration department with its portfolio: the letters are that body's
                defined[acronym] = found.mentions[k][3]
                found.orgs[found.mentions[k][3]]["aliases"].add(acronym)
                continue
            org_id = gazetteer.lookup(written) or gazetteer.fuzzy(written, country=context)
            if org_id is not None:
                org_id, canonical, org_type, home = _resolve(gazetteer, org_id, text, start, end, context)
            else:
                institution = name.cue("institution")
                if reader._head_first(name.words[0]):
                    institution = next((c for c in reader.head_cues([name.words[0].text])[1] if c.lexicon == "institution"), institution)
                org_type = _guess_type(written, institution)
                org_id, canonical = _slug(written), f"{written} ({acronym})"
                of_country = _OF_COUNTRY_AFTER.match(text, match.end())  # "(ANLTP) of Niger"
                home = nationality or _country_in(written) or (country_of(of_country.group(1)) or "" if of_country else "") \
                    or _possessive_country(text, start) or (context if org_type in ("government", "court_police") else "")
            defined[acronym] = org_id
            if found.open(start, end):
                found.add(start, end, org_id, canonical, org_type, home, alias=acronym)
            elif _branch_of_known(name) or not _take_over_opening(found, start, end, org_id):
                found.register(org_id, canonical, org_type, home, alias=acronym)
            else:
                found.register(org_id, canonical, org_type, home, alias=acronym)
                found.orgs[org_id]["aliases"].add(written)
    for match in _NAME_AFTER_DASH.finditer(text):
        # "RENATE - Religious in Europe Networking Against Trafficking and Exploitation": a title line defining its letters
        acronym, spelled = match.group(1), " ".join(match.group(2).split())
        if acronym in defined or acronym.upper() in _NOT_ORG_ACRONYMS or gazetteer.lookup(acronym) is not None \
                or not _abbreviates(acronym, spelled) or len(spelled.split()) < 3 or not found.open(match.start(1), match.end(2)):
            continue
        org_id, canonical = _slug(spelled), f"{spelled} ({acronym})"
        defined[acronym] = org_id
        for group in (1, 2):
            found.add(match.start(group), match.end(group), org_id, canonical, _guess_type(spelled), _country_in(spelled), alias=spelled)
    for match in _names_in_parens(text):
        acronym, spelled = match.group(1), " ".join(match.group(2).split())
        if acronym in defined or not found.zones.allows(match.start(), match.end()) or acronym.upper() in _NOT_ORG_ACRONYMS:
            continue
        org_id = gazetteer.lookup(acronym) if _case_rule(acronym) == "exact" else None
        if org_id is None and not _abbreviates(acronym, spelled):
            # Names in another language need not abbreviate ("AFESIP (Action for
            # Women in Distressing Circumstances)"): an acronym of three letters
            # or more before a headed or long name is read the same way.
            name = _reader().make(text, tokenize(text, match.start(2), match.end(2)))
            if len(acronym) < 3 or not (name.cue("institution") or len(name.words) - name.segment_end >= 2):
                continue
        if org_id is None:
            org_id, canonical, org_type, home = _slug(spelled), f"{spelled} ({acronym})", _guess_type(spelled), _country_in(spelled)
        else:
            org_id, canonical, org_type, home = _resolve(gazetteer, org_id, text, match.start(1), match.end(1), context)
        defined[acronym] = org_id
        found.register(org_id, canonical, org_type, home, alias=spelled)
        for group in (1, 2):
            if found.open(match.start(group), match.end(group)):
                found.add(match.start(group), match.end(group), org_id, canonical, org_type, home, alias=spelled)
    return defined


#: A country after a body's bracketed acronym: " of Niger", " of the Philippines".
_OF_COUNTRY_AFTER = re.compile(r"[ \t]+of[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})(?![\w’'-])")


#: A body's name in its own language in brackets, with its letters: " (Ministério Público do Trabalho, MPT)".
_TRANSLATION_IN_PARENS = re.compile(r"[ \t]*\(([^()\n,;]{4,90}?)(?:,[ \t]*([A-Z][A-Za-z&]{1,9}))?\)")


def _english_gloss(text: str, start: int, end: int, match) -> bool:
    """Whether the bracket after a head-first name of another language is its gloss, a name with an
    institutional head: "Stiftelsen Fri Framtid (Free Future Foundation)", "Fundação Porto Seguro
    (Safe Harbour Foundation)"."""
    words = tokenize(text, start, end)
    if not words or not _reader()._head_first(words[0]) or match.group(2):
        return False
    gloss = _reader().make(text, tokenize(text, match.start(1), match.end(1)))
    head = gloss.head_cue
    return head is not None and head.lexicon == "institution" and gloss.head[-1].end == match.end(1)


def _translated_names(found: _Found, defined: dict[str, str]) -> None:
    """A name followed by the same body's name in another language, in brackets, is one body:
    "the Labour Prosecution Service (Ministério Público do Trabalho, MPT)", and a name of another
    language followed by its English gloss ("Stiftelsen Fri Framtid (Free Future Foundation)").
    The letters after a comma are its acronym."""
    text = found.text
    for k in range(len(found.mentions)):
        start, end, _, org_id = found.mentions[k]
        match = _TRANSLATION_IN_PARENS.match(text, end)
        if match is None:
            continue
        other = found.overlapping(match.start(1), match.end(1))
        if other < 0 or other == k or found.mentions[other][:2] != (match.start(1), match.end(1)):
            continue
        other_id = found.mentions[other][3]
        if other_id == org_id or not other_id.startswith("org:"):
            continue
        if not _reader()._head_first(tokenize(text, match.start(1), match.end(1))[0]) and not _english_gloss(text, start, end, match):
            continue  # (only a head-first name of another language: not "the Ministry (Labour Department)")
        record = found.orgs[org_id]
        record["aliases"].add(_clean_name(match.group(1)))
        found.mentions[other] = (*found.mentions[other][:3], org_id)
        if not any(m[3] == other_id for m in found.mentions):
            del found.orgs[other_id]
        acronym = match.group(2)
        if acronym and acronym.upper() not in _NOT_ORG_ACRONYMS and acronym not in defined:
            defined[acronym] = org_id
            record["aliases"].add(acronym)
            if found.open(match.start(2), match.end(2)):
                found.add(match.start(2), match.end(2), org_id, record["name"], record["org_type"], record["country"])


#: Letters after a dash at the end of a line, or before a bracket that ends it: "Hope Street – HSF (Albania)".
_DASH_ACRONYM = re.compile(r"[ \t]+[–—][ \t]+([A-Z][A-Z0-9&]{1,9})(?=[ \t]*(?:\([^()\n]*\)[ \t]*)?$)", re.MULTILINE)


def _late_acronyms(found: _Found, defined: dict[str, str], gazetteer_knows=lambda acronym: False) -> None:
    """Letters in brackets right after a name the readers found after the definitions were read
    ("the NGO Support Network for Migrant Workers (SMJ)", a Japanese acronym) are that body's,
    and so is a body of those letters alone ("a director of SMJ")."""
    text = found.text
    # ... and so are letters after a dash that ends a list's line ("Associação para o Planeamento da
    # Família – APF (Portugal)")
    dashed = [match for match in _DASH_ACRONYM.finditer(text) if match.group(1).upper() not in _NOT_ORG_ACRONYMS] if "–" in text or "—" in text else []
    for match in [*_ACRONYM_IN_PARENS.finditer(text), *dashed]:
        acronym = match.group(1)
        if match.re is _ACRONYM_IN_PARENS and match.group(2) or acronym in defined or "/" in acronym or len(acronym) < 3 \
                or acronym.upper() in _NOT_ORG_ACRONYMS or country_of(acronym) or not found.zones.allows(match.start(), match.end()):
            continue
        before = len(text[: match.start()].rstrip(" \t"))
        k = found.overlapping(max(0, before - 1), before) if before else -1
        if k < 0 or found.mentions[k][1] != before:
            continue
        org_id = found.mentions[k][3]
        if not org_id.startswith("org:") or gazetteer_knows(acronym):
            continue  # a known body's letters are the gazetteer's business
        defined[acronym] = org_id
        record = found.orgs[org_id]
        record["aliases"].add(acronym)
        for i, (start, end, written, other) in enumerate(found.mentions):
            if written == acronym and other != org_id:
                found.mentions[i] = (start, end, written, org_id)
                if not any(m[3] == other for m in found.mentions):
                    found.orgs.pop(other, None)
        if found.open(match.start(1), match.end(1)):
            found.add(match.start(1), match.end(1), org_id, record["name"], record["org_type"], record["country"])


#: A name's capitalized words joined by "and" with no article to the mention after it: "Criminal Investigation and".
_JOINED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*(?:[ \t]+(?:of|for|the|[A-Z][\w’'-]*))*)[ \t]+(?:and|&)[ \t]+$")


def _whole_of_letters(found: _Found, defined: dict[str, str], acronym: str, joined: re.Match, k: int, name_end: int, match, context: str) -> None:
    """Make mention ``k`` of a known body, joined by "and" to the name before it, one body with that
    name, defined by ``acronym``: "the Directorate of Criminal Investigation and Interpol (DIJIN)"."""
    text = found.text
    start = joined.start(1)
    of = re.search(r"[ \t]+of[ \t]+the[ \t]+", joined.group(1))
    if of and not _reader().head_cues(joined.group(1)[: of.start()].split()[-1:])[1]:
        start += of.end()  # "Agents of the Directorate ...": who works there, before the body's name
    mention_start = found.mentions[k][0]
    if not found.free(start, mention_start):
        return
    written = _clean_name(text[start:name_end])
    org_id = _slug(written)
    found.mentions[k] = (start, name_end, text[start:name_end], org_id)
    found.taken[start:mention_start] = b"\x01" * (mention_start - start)
    found.cover(k, start, mention_start)
    org_type = _guess_type(written)
    found.register(org_id, written, org_type, context if org_type in ("government", "court_police") else "", alias=acronym)
    defined[acronym] = org_id
    if found.open(match.start(1), match.end(1)):
        record = found.orgs[org_id]
        found.add(match.start(1), match.end(1), org_id, record["name"], record["org_type"], record["country"], alias=acronym)


def _acronym_of_mention(found: _Found, gazetteer: OrgGazetteer, defined: dict[str, str], acronym: str, paren: int, match, context: str = "") -> None:
    """An acronym in brackets right after an organization's mention, in letters of another language,
    is that organization's: "the Public Labour Prosecutor's Office (MPT)", "the Attorney General's
    Office (FGR)". Letters a known body has are left to it."""
    if len(acronym) < 3 or gazetteer.lookup(acronym) is not None or acronym in defined:
        return
    name_end = len(found.text[:paren].rstrip(" \t"))
    if paren - name_end > 2 or not name_end:
        return
    k = found.overlapping(name_end - 1, name_end)
    if k < 0 or found.mentions[k][1] != name_end:
        return
    mention_start = found.mentions[k][0]
    joined = _JOINED_BEFORE.search(found.text, max(0, mention_start - 80), mention_start)
    if joined and any(w[:1] == acronym[0] for w in joined.group(1).split()) and not any(w[:1] == acronym[0] for w in found.text[mention_start:name_end].split()):
        # "the Directorate of Criminal Investigation and Interpol (DIJIN)": the letters of the whole, not of Interpol
        _whole_of_letters(found, defined, acronym, joined, k, name_end, match, context)
        return
    org_id = found.mentions[k][3]
    record = found.orgs[org_id]
    defined[acronym] = org_id
    start, end = match.start(1), match.end(1)
    if found.open(start, end):
        found.add(start, end, org_id, record["name"], record["org_type"], record["country"], alias=acronym)


def _branch_of_known(name) -> bool:
    """Whether a name's head is a body's branch ("UNICEF Regional Office for South Asia": UNICEF's)."""
    institution = name.cue("institution")
    return institution is not None and _institutions().get(institution.lemma, {}).get("branch") == "yes"


def _take_over_opening(found: _Found, start: int, end: int, org_id: str) -> bool:
    """A known body's mention inside a longer name the text defines becomes that name's.

    "the EU Emergency Trust Fund for Africa (EUTF)": "EU" is the first word
    of the fund's name, not the European Union acting (and "Africa" no place
    the text works in); "the Dubai Foundation for Women and Children
    (DFWAC)" holds the name of another foundation. True when the mention
    was taken over.
    """
    k = found.overlapping(start, end)
    if k < 0:
        return False
    m_start, m_end, _written, known = found.mentions[k]
    if m_start < start or m_end > end or (m_start, m_end) == (start, end) or known == org_id:
        return False
    if not found.free(start, m_start) or not found.free(m_end, end) or not found.zones.allows(start, end):
        return False
    if POSSESSIVE_END.search(found.text[start:m_start].rstrip()):
        return False  # "the Department of Justice's Inter-Agency Council (IACAT)": the known body, its owner before it
    found.mentions[k] = (start, end, found.text[start:end], org_id)
    found.taken[start:end] = b"\x01" * (end - start)
    found.cover(k, start, end)
    return True


def _redefine(found: _Found, defined: dict[str, str]) -> None:
    """Letters the text defines mean what it defines, wherever they stand: the
    gazetteer's reading of "VFF" gives way to the text's "Visayan Forum Foundation (VFF)"."""
    for k, (start, end, written, org_id) in enumerate(found.mentions):
        target = defined.get(written)
        if target is not None and target != org_id:
            record = found.orgs[target]
            found.mentions[k] = (start, end, written, target)
            record["aliases"].add(written)


# --- names with an institutional head ------------------------------------------------------


@lru_cache(maxsize=1)
def _legal_forms() -> re.Pattern:
    """A company's legal form written with stops or brackets (the ``legal_forms`` table), longest first."""
    forms = sorted((row["lemma"] for row in lexicon("legal_forms") if row["role"] == "suffix"), key=len, reverse=True)
    return re.compile(r"(?<=[ \t])(?:" + "|".join(re.escape(form) for form in forms) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _prefixed_companies() -> re.Pattern:
    """A legal form before a company's name, and the name (group 1 without the form, group 2 with it):
    "M/s Global Jobs Link", "PT Sinar Jaya Abadi"."""
    rows = sorted((row for row in lexicon("legal_forms") if row["role"] in ("prefix", "firm")), key=lambda row: -len(row["lemma"]))
    kept = "|".join(re.escape(row["lemma"]) for row in rows if row["role"] == "prefix")
    firm = "|".join(re.escape(row["lemma"]) for row in rows if row["role"] == "firm")
    name = r"[A-Z][\w’'&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w’'&-]*){0,5}"
    return re.compile(rf"(?<![\w/.-])(?:(?:{firm})[ \t]+({name})|((?:{kept})[ \t]+{name}))")


@lru_cache(maxsize=1)
def _legal_form_words() -> tuple[re.Pattern, re.Pattern]:
    """The legal forms alone, as written: those before a name, where the name's first capital follows
    (prefix, firm: "PT" of "PT Sinar"), and those after it (suffix).

    Searched for before :func:`_prefixed_companies` and :func:`_legal_forms`,
    every match of which holds one: those patterns open with a lookbehind,
    which makes the engine try them at every position of a text, and these
    open with the forms' letters.
    """
    rows = lexicon("legal_forms")
    before = sorted((row["lemma"] for row in rows if row["role"] in ("prefix", "firm")), key=len, reverse=True)
    after = sorted((row["lemma"] for row in rows if row["role"] == "suffix"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, before))})(?=[ \t]+[A-Z])"), re.compile("|".join(map(re.escape, after)))


#: What may not stand right before a legal form that opens a company's name (see _prefixed_companies).
_BEFORE_PREFIXED_FORM = re.compile(r"[\w/.-]")


def _prefixed_form_in(text: str) -> bool:
    """Whether a text holds a legal form that may open a company's name, as :func:`_prefixed_companies`
    reads one: before a capital, after no letter, stop, slash or hyphen ("PT Sinar", not "DEPT OF LABOR").

    >>> _prefixed_form_in("RUEHC/DEPT OF LABOR"), _prefixed_form_in("Workers of PT Sinar Jaya")
    (False, True)
    """
    forms = _legal_form_words()[0]
    match = forms.search(text)
    while match is not None:
        at = match.start()
        if at == 0 or not _BEFORE_PREFIXED_FORM.match(text, at - 1):
            return True
        match = forms.search(text, at + 1)
    return False


#: The capitalized words of a company's name right before its legal form (with "&", "of", "for" or a Romance "de", "del", "do" inside:
#: "Servicios Integrales del Sur S.A."; an "and" joins two names).
_COMPANY_NAME_BEFORE = re.compile(r"(?<![\w’'&.-])((?:[A-Z][\w’'&-]*\.?[ \t]+(?:(?:&|of|for|de|del|da|do|dos|das|di|du|des)[ \t]+)?){1,8})$")


def _company_names(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """Companies named with a legal form the name reader stops at: "Sinar Permata Agency Sdn. Bhd.",
    "Al-Rawdah General Trading Co.", "Lanka Euro Careers (Pvt) Ltd", "PT Sinar Jaya Abadi".

    The name is the run of capitalized words before the form on its line,
    less the words that open a sentence ("The", "To"), or after a form that
    comes first ("PT", "M/s").

    >>> found = _Found("Deployment to Al-Rawdah General Trading Co. in Kuwait is suspended.")
    >>> _company_names(found, load_org_gazetteer(), "PHL")
    >>> [record["name"] for record in found.orgs.values()]
    ['Al-Rawdah General Trading Co.']
    """
    text = found.text
    # (Both patterns open with a lookbehind, which makes the engine try them at every position of the text;
    # the legal forms, searched for alone, rule most texts out at a fraction of the cost.)
    for company in (_prefixed_companies().finditer(text) if _prefixed_form_in(text) else ()):
        group = 1 if company.group(1) else 2
        start, end = company.span(group)
        words = company.group(group).split()
        named = words[1:] if group == 2 else words
        if named and (len(named) > 1 or not is_dictionary_word(named[0])) and found.open(start, end):
            # (two words or more after the form, or one no dictionary knows: "PT Maju", not "CV Template")
            written = " ".join(words)
            found.add(start, end, _slug(written), written, "ngo", _country_in(written))
    reader = _reader()
    for form in (_legal_forms().finditer(text) if _legal_form_words()[1].search(text) else ()):
        if form.group().isalpha() and form.group().isupper() and _in_capitals(text, form.start(), form.end()):
            continue  # "SUCH AS": a cable in capitals, where a form in capitals is a word
        low = max(text.rfind("\n", 0, form.start()) + 1, form.start() - 120)
        words = _COMPANY_NAME_BEFORE.search(text, low, form.start())
        if words is None:
            continue
        start, end = words.start(1), form.end()
        pieces = list(re.finditer(r"\S+", words.group(1)))
        for k, word in enumerate(pieces):
            if word.group().endswith(".") and is_dictionary_word(word.group()[:-1]):
                start = words.start(1) + pieces[k + 1].start() if k + 1 < len(pieces) else end  # "... Link. Harbourside Foods plc": a sentence ends
        while True:
            first = re.match(r"(\S+)[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?", text[start:end])
            lower = first.group(1).lower() if first else ""
            if first is None or not (lower in reader.openers | reader.segment | reader.join or (lower in _ORGANS and " of " in first.group())):
                break
            start += first.end()  # "The ...", "the Board of Northwind Textiles plc": the company's own name
        if start >= form.start():
            continue
        written = f"{_clean_name(text[start : form.start()])} {form.group()}"
        if not found.open(start, end):
            continue
        org_id = gazetteer.lookup(written)
        if org_id is not None:
            found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
        else:
            found.add(start, end, _slug(written), written, "ngo", _country_in(written))


def _institutional_names(found: _Found, gazetteer: OrgGazetteer, context: str, heads: list) -> None:
    """Names whose head is an institution: "Visayan Forum Foundation", "the Ministry of Interior"."""
    text = found.text
    reader = _reader()
    for start, end, cue in heads:
        if not found.open(start, end):
            if text[start].isupper() and found.overlapping(start, end) >= 0:
                # "the Special Prosecutor's Office against Trafficking in Persons": a known generic body's head, grown
                name = reader.name_at(text, start, window=160)
                if name is not None and name.cue("institution") is not None and start < name.head[-1].end and end > name.head[0].start:
                    _specialized_unit(found, gazetteer, context, name)
            continue
        if not text[start].isupper():
            if not _body_of_place(found, context, start, end, cue):
                _local_body(found, gazetteer, context, start, end, cue)
            continue
        row = _institutions().get(cue.lemma)
        if row and row["classifier"] == "yes" and text[start:end].isupper() and _BLANK_BEFORE_CAPITAL.match(text[end : end + 3]):
            continue  # "the NGO Sanlaap": the kind of the name after it (see _classified_names)
        if reader.lone_word(text, start, end) and not _country_possessive(text, start):
            continue  # "the Embassy", "Police said": a head alone, which _name_candidate drops (most heads)
        name = reader.name_at(text, start, window=160)
        if name is not None and name.start < start and not cue.pos and all(
            (_institutions().get(fold_name(w.text)) or {}).get("classifier") == "yes" and (w.text.isupper() or w.text.istitle()) for w in name.words if w.start < start
        ):
            # "the NGO Maison de la Gare", "The Foundation Stichting De Haven": the kind (in capitals or
            # a title's case), then the name in its own language, whose head opens it
            name = reader.make(text, [w for w in name.words if w.start >= start])
        if name is not None and name.start == start and not cue.pos and len(name.words) > 1:
            glossed = _GLOSS_OPENING.search(text, max(0, start - 3), start)
            k = found.overlapping(glossed.start() - 1, glossed.start()) if glossed is not None and glossed.start() else -1
            if k >= 0 and found.open(name.start, name.end) and _GLOSS_CLOSING.match(text, name.end):
                # "the Public Prosecutor's Office (Ministerio Público)": the body's own name, in brackets after it
                org_id = found.mentions[k][3]
                record = found.orgs[org_id]
                found.add(name.start, name.end, org_id, record["name"], record["org_type"], record["country"])
                continue
            _name_candidate(found, gazetteer, context, name, "head-first")  # "Fundación Sobrevivientes", "Maison de la Gare"
            continue
        if name is not None and name.head[-1].end <= start and cue.pos:
            name = _after_beneficiary_linker(text, name, start)  # "Save the Children for the Ministry of Social Affairs"
        if name is not None and name.head[-1].start > start:
            name = _country_branch(reader, text, name, start)  # "Women's Support Centre Armenia"
        if name is not None and name.cue("not_org") is not None and name.cue("institution") is None and name.head[-1].end <= start:
            name = _body_of_work(reader, text, name, start)  # "the Clewer Initiative of the Church of England"
        if name is None or not (name.head[0].start <= start < name.head[-1].end) or name.cue("institution") is None:
            continue
        name = _after_classifier(text, name)
        _name_candidate(found, gazetteer, context, _after_conjunct(text, name))


#: A bracket right after a name, and its close: "Office (Ministerio Público)".
_GLOSS_OPENING = re.compile(r"(?<=\w)[ \t]?\($")
_GLOSS_CLOSING = re.compile(r"\)")


def _body_of_work(reader: NameReader, text: str, name, start: int):
    """The body after "of" in a work's name, whose head ``start`` is: "the Clewer Initiative of the
    Church of England" names the church, and the initiative is its work (see programmes)."""
    words = name.words
    of = max((k for k, w in enumerate(words) if w.lower == "of" and w.end <= start), default=None)
    if of is None:
        return name
    rest = [w for w in words[of + 1 :]]
    rest = rest[1:] if rest and rest[0].lower == "the" else rest
    return reader.make(text, rest) if rest and rest[0].start <= start else name


def _country_branch(reader: NameReader, text: str, name, start: int):
    """A name whose institutional head is followed by a country only ("Women's Support Centre
    Armenia", "Anti-Trafficking Network Moldova"): a body's branch in that country, headed by the
    institution, not by the country. So is a local body's head followed by its town, a word no
    dictionary knows, as courts are named in some countries ("District Court Bitola")."""
    words = name.words
    if len(words) < 2 or not (words[-2].start <= start < words[-2].end) or country_of(text[name.start : name.end]) \
            or country_of(" ".join(w.text for w in words[-2:])):
        return name
    town = not country_of(words[-1].text) and words[-1].text.istitle() and not is_dictionary_word(words[-1].text) \
        and not reader.is_head(words[-1])
    if not town and (len(words) < 3 or not country_of(words[-1].text)):
        return name
    size, cues = reader.head_cues([w.text for w in words[:-1]])
    if not size or not any(c.lexicon == "institution" and c.pos and (not town or (_institutions().get(c.lemma) or {}).get("local") == "yes") for c in cues):
        return name
    return dataclasses.replace(name, head=tuple(words[-1 - size : -1]), head_cues=tuple(cues))


def _after_beneficiary_linker(text: str, name, start: int):
    """The name of a body after "for (the)" or "to (the)" in a run of proper words whose head comes
    before it: "Save the Children for the Ministry of Social Affairs", "Training for the Ministry of
    Labour" hold two names (work or a body, then the body it is for), the second read from its own
    institutional head at ``start``."""
    words = name.words
    cut = next((i for i in range(len(words) - 1, -1, -1) if words[i].start < start and words[i].lower in ("for", "to")), None)
    if cut is None:
        return name
    rest = words[cut + 1 :]
    if rest and rest[0].lower == "the":
        rest = rest[1:]
    if len(rest) < 2 or rest[0].start > start or not all(w.text[:1].isupper() for w in rest if w.start <= start):
        return name
    return _reader().make(text, rest)


def _after_classifier(text: str, name):
    """A name without the kind before it: "the Philippine NGO Visayan Forum Foundation" is the
    Visayan Forum Foundation (a nationality, then a classifier in capitals, then the name)."""
    words = name.words
    for j, word in enumerate(words[:3]):
        if word.text.isupper() and (_institutions().get(fold_name(word.text)) or {}).get("classifier") == "yes":
            if 0 < j and all(country_of(w.text) for w in words[:j]) and j + 2 < len(words) and words[j + 1].start < name.head[0].start \
                    and words[j + 1].text[:1].isupper():  # (not "the Kenyan NGO Coalition ...": a head right after it)
                return _reader().make(text, words[j + 1 :])
            break
        if not country_of(word.text):
            break
    return name


def _after_conjunct(text: str, name):
    """A name without a one-word conjunct before it: "Yazda and Free Yezidi Foundation" is two
    organizations, the second read here and the first beside it (:func:`_coordinated_names`);
    "Bill and Melinda Gates Foundation" (a dictionary word first) is one."""
    words = name.words
    if len(words) < 4 or words[1].lower not in ("and", "&") or not words[2].text[:1].isupper() or words[2].start > name.head[0].start:
        return name
    if not _one_word_name(POSSESSIVE_END.sub("", words[0].text)):
        return name
    if country_of(" ".join(w.text for w in words[:3])):
        return name  # "the Trinidad and Tobago Police Service": the country's own name holds "and"
    return _reader().make(text, words[2:])


def _name_candidate(found: _Found, gazetteer: OrgGazetteer, context: str, name, evidence: str = "head") -> None:
    """Record a name when its words make it an organization (see the module docstring)."""
    text = found.text
    reader = _reader()
    if len(name.words) > 2 and name.words[0].text in ("NGO", "INGO", "CSO") and name.words[1].text[:1].isupper() \
            and not reader.is_head(name.words[1]) \
            and not (name.words[1].text.endswith("s") and not any(w.lower in reader.segment for w in name.words)):
        # (but "the NGO Coalition on Child Rights", "the NGO Forum" are names, and so is "the NGO Affairs Bureau",
        # whose NGOs are what its affairs are about)
        name = reader.make(text, name.words[1:])  # "the NGO Support Network for Migrant Workers": the kind, then the name
    start, end = name.start, name.end
    if not found.zones.allows(start, end):
        return
    if not found.free(start, end):
        if not _specialized_unit(found, gazetteer, context, name) and not _unit_of_named(found, gazetteer, context, name, evidence) \
                and not _before_known_conjunct(found, gazetteer, context, name, evidence):
            _extend_known(found, gazetteer, start, end)
        return
    institution = name.cue("institution")
    if len(name.words) == 2 and name.words[0].text in DEMONYMS and name.words[1].text.isupper() and institution is not None \
            and (_institutions().get(institution.lemma) or {}).get("classifier") == "yes":
        return  # "the Romanian NGO eLiberare": a kind and its country, no name
    if institution is not None and institution.lemma in _ORGANS and len(name.words) > 2 and name.words[1].lower == "of":
        last_of = max(k for k, w in enumerate(name.words) if w.lower == "of")
        rest = list(name.words[last_of + 1 :])
        rest = rest[1:] if rest and rest[0].lower == "the" else rest  # ("the Board of Trustees of the Hope Foundation")
        if rest and (reader.is_head(rest[-1]) or _COMPANY_AFTER.match(text, rest[-1].end)) and not (len(rest) == 1 and rest[0].text.endswith("s")):
            # "the Board of Northwind Apparel Group plc": the body's own organ speaks for the body
            form = _COMPANY_AFTER.match(text, rest[-1].end)
            name = reader.make(text, rest + (tokenize(text, form.start(), form.end()) if form and not reader.is_head(rest[-1]) else []))
            start, end = name.start, name.end
            if not found.free(start, end):
                return
            institution = name.cue("institution")
    modifiers = [w for w in name.words if w not in name.head and not reader.is_linker(w)]
    if name.head_cues and all(_plural(name.head_text, cue.lemma) for cue in name.head_cues):  # ("Services" is a head of its own)
        # "Asian governments", "Local NGOs": a kind, not one body; but in "the Anti-Human Trafficking Units
        # of West Bengal Police" the body after "of" is one
        of = next((k for k, w in enumerate(name.words) if w.lower == "of" and w.start > name.head[-1].start), None)
        rest = list(name.words[of + 1 :]) if of is not None else []
        rest = rest[1:] if rest and rest[0].lower == "the" else rest
        if len(rest) > 1 and reader.is_head(rest[-1]) and not rest[-1].text.endswith("s") and found.free(rest[0].start, rest[-1].end):
            _name_candidate(found, gazetteer, context, reader.make(text, rest), evidence)
        return
    if evidence not in ("head", "sheet") and in_heading(text, start):
        return  # (a sheet's "Donor: Mercy Foundation" looks like a heading, and is evidence)
    if _singular(name.words[-1].lower) in _INSTRUMENT_ENDS and len(name.words) > 1:
        return  # "the Organisation of Working Time Act": a law's title, whatever body its first word names
    if evidence == "head":
        if institution is None:
            return
        linker = next((k for k, w in enumerate(name.words) if k and w.lower in reader.segment), 0)
        if linker and any(c.role == "person" for c in reader.head_cues([POSSESSIVE_END.sub("", w.text) for w in name.words[:linker]])[1]):
            return  # "Chief of Mission", "Head of Office": a person's title, whatever body its "of" names
        members = name.words[linker + 1 :] if linker and name.words[linker].lower == "of" else ()
        if len(members) == 1 and members[0].text.endswith("s") and linker == 1 \
                and any(c.role == "person" for c in reader.head_cues([members[0].text])[1]):
            return  # "the Board of Directors", "Board of Trustees": a body's own organ, named by who sits on it
        if not any(_is_proper(text, w) and w.lower not in _generic_words() for w in modifiers) and not _country_possessive(text, start):
            return  # "the Center", "Police": a body the text named before, or none ("Cambodia's National Committee" is one)
        founded = _FOUNDED_BEFORE.search(text, max(0, start - 40), start) and (_institutions().get(institution.lemma) or {}).get("org_type") != "donor"
        if _indefinite(text, start, end) and not founded or _written_lower(found, " ".join(text[start:end].split())):
            # "a Repatriation Center", "repatriation center" (but "set up a Trafficking in Persons Unit": a new
            # body; "set up a Victim Compensation Fund" is its maker's planned work)
            return
    written = _clean_name(text[start:end])
    org_id = gazetteer.lookup(written) or gazetteer.fuzzy(written, country=context)
    # "Houston Police Department", "Lagos State Police Command": a generic body with a place
    # before it is that place's own body, not the country's.
    local = org_id is not None and gazetteer.orgs[org_id].country == GENERIC and _after_locality(text, name) > start
    if org_id is not None and not local:
        found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
        return
    if evidence == "head-first":
        institution = next((c for c in reader.head_cues([name.words[0].text])[1] if c.lexicon == "institution"), institution)  # "Ministerio Público"
    org_type = gazetteer.orgs[org_id].org_type if local else _guess_type(written, institution)
    home = _country_in(written) or _possessive_country(text, start) or (context if org_type in ("government", "court_police") else "")
    mention_start = start
    row = _institutions().get(institution.lemma) if institution is not None else None
    if local or (row and row["local"] == "yes"):
        mention_start = _after_locality(text, name)
    found.add(mention_start, end, _slug(written), written, org_type, home)
    found.taken[start:mention_start] = b"\x01" * (mention_start - start)


#: Law nouns that end a law's title, never a body's name ("the Organisation of Working Time Regulations";
#: not "law", "convention" or "protocol": "the Ministry of Law", "the Secretariat of the Basel Convention").
_INSTRUMENT_ENDS = frozenset({"act", "decree", "statute", "ordinance", "directive", "bill", "regulation", "amendment"})


def _singular(word: str) -> str:
    """A plural's "s" off ("regulations" -> "regulation"), for matching a table of singular nouns."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _before_known_conjunct(found: _Found, gazetteer: OrgGazetteer, context: str, name, evidence: str) -> bool:
    """A name read on into a list whose next conjunct is a body already found: "the Association for
    Civil Rights in Israel, and the Knesset ..." is the association, then the Knesset. Whether it
    recorded the name before the conjunct."""
    words = name.words
    for k, word in enumerate(words):
        if k and found.overlapping(word.start, word.end) >= 0:
            cut = k
            while cut and words[cut - 1].lower in ("the", ",", "and", "&"):
                cut -= 1
            if cut == k or words[cut].lower == "the" or cut < 2 or not found.free(words[0].start, words[cut - 1].end):
                return False  # (no "and" or comma between: the known body is inside the name)
            before = len(found.mentions)
            _name_candidate(found, gazetteer, context, _reader().make(found.text, words[:cut]), evidence)
            return len(found.mentions) > before
    return False


def _unit_of_named(found: _Found, gazetteer: OrgGazetteer, context: str, name, evidence: str) -> bool:
    """A headed unit "of" a body already found, which holds that body's mention: "the Migration Service
    of the Ministry of Labour, Migration and Employment" (the ministry known) is a unit of its own,
    "Migration Service", beside the ministry. Whether it recorded one."""
    words = name.words
    k = next((k for k, w in enumerate(words) if w.lower == "of" and w.start >= name.head[-1].end), None)
    if k is None or k < 2 or not _reader().is_head(words[k - 1]):
        return False
    rest = k + 1 + (k + 1 < len(words) and words[k + 1].lower == "the")
    if rest >= len(words) or found.overlapping(words[rest].start, words[rest].end) < 0 or not found.free(words[0].start, words[k - 1].end):
        return False
    before = len(found.mentions)
    _name_candidate(found, gazetteer, context, _reader().make(found.text, words[:k]), evidence)
    return len(found.mentions) > before


def _after_locality(text: str, name) -> int:
    """Where a local body's name starts once the place before it is left out.

    "Guangxi Public Security Bureau" -> "Public Security Bureau", "Kaohsiung
    County Police" -> "Police": proper words that are no dictionary words,
    with a place-kind word after them, are the body's place, and the place
    finder must still see them. Nationality words stay ("Lao Women's Union").
    """
    words = name.words
    k = 0
    while k < len(words) - len(name.head) and words[k].text[:1].isupper() and not is_dictionary_word(words[k].text) \
            and not country_of(words[k].text) and not _prefixed(words[k].text):
        k += 1
    if k == 0 or not words[k].text[:1].isupper():
        return name.start  # "the Antigua and Barbuda Police Force": a linker says the words are a country's name or the body's own
    while k < len(words) - len(name.head) and any(c.role == "place" for c in _reader().scanner.cues_of(words[k].text)):
        k += 1
    return words[k].start if k < len(words) else name.start


def _prefixed(word: str) -> bool:
    """Whether a hyphenated word opens with a dictionary word: "Anti-Human",
    "Counter-Trafficking" are words of a body's name, "Ba Ria-Vung Tau" a place."""
    head, hyphen, _ = word.partition("-")
    return bool(hyphen) and is_dictionary_word(head)


def _specialized_unit(found: _Found, gazetteer: OrgGazetteer, context: str, name) -> bool:
    """A generic body's name grown into a unit's of its own takes the body's mention over.

    "the National Police Department for Combating Human Trafficking", "the
    Special Prosecutor's Office against Trafficking in Persons": the words
    every country's police or procuracy has were read first, but words of
    its own after them besides a head, or a purpose ("against", "for"), name
    one unit of that body ("the National Police Service" is the police).
    True when the mention was taken over.
    """
    text = found.text
    k = found.overlapping(name.start, name.end)
    if k < 0:
        return False
    m_start, m_end, written, _org_id = found.mentions[k]
    template = _known_as(gazetteer, _clean_name(written))
    if template is None or gazetteer.orgs[template].country != GENERIC or m_start < name.start or m_end >= name.end:
        return False
    if not (_PURPOSE_AFTER.match(text, m_end)
            or name.head[-1].start >= m_end and any(w.start >= m_end and w not in name.head for w in name.words)):
        return False  # ("the National Police Service", "the Korean National Police Agency": the body itself, by its own head;
        # "the Ministry of Home Affairs of Lesotho": the body and its country)
    written = _clean_name(text[name.start : name.end])
    org_type = gazetteer.orgs[template].org_type  # (a police's division is police, a ministry's unit the government's)
    home = _country_in(written) or _possessive_country(text, name.start) or (context if org_type in ("government", "court_police") else "")
    org_id = _slug(written)
    if not _take_over_opening(found, name.start, name.end, org_id):
        return False
    found.register(org_id, written, org_type, home)
    return True


#: A purpose right after a body's words: "Office against Trafficking", "Police for Combating".
_PURPOSE_AFTER = re.compile(r"[ \t]+(?:against|for)[ \t]+(?:the[ \t]+)?[A-Z]")


def _extend_known(found: _Found, gazetteer: OrgGazetteer, start: int, end: int) -> None:
    """A name overlapping a known mention: lengthen the mention when the name spells it.

    "Blue Dragon Childrens Foundation" is Blue Dragon spelled long; "World
    Vision Foundation of Thailand" is World Vision going on.
    """
    k = found.overlapping(start, end)
    if k < 0:
        return
    m_start, m_end, _written, org_id = found.mentions[k]
    if m_start > start or found.text[m_end:end].strip()[:1] in ("(", ""):
        return
    longer = found.text[m_start:end]
    if gazetteer.fuzzy(longer) == org_id or gazetteer.lookup(longer) == org_id:
        found.mentions[k] = (m_start, end, longer, org_id)
        found.taken[m_start:end] = b"\x01" * (end - m_start)
        found.cover(k, m_start, end)
        found.orgs[org_id]["aliases"].add(_clean_name(longer))


_MORE_PORTFOLIOS = re.compile(r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)*,?[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _portfolio_end(gazetteer: OrgGazetteer, org_id: str, text: str, end: int) -> int:
    """Where a generic body's name ends that goes on with more of its portfolio:
    "Ministry of Labour and Social Affairs" is a ministry of labour, named in full.

    The words after "and" must be no body of their own ("the Ministry of
    Justice and Interpol", "... and Ministry of Interior").
    """
    if gazetteer.orgs[org_id].country != GENERIC:
        return end
    more = _MORE_PORTFOLIOS.match(text, end, min(len(text), end + 80))
    if more is None:
        return end
    extra = more.group(0)
    if gazetteer.lookup(re.split(r"\b(?:and|&)\b", extra)[-1].strip()) is not None:
        return end
    if any(word in DEMONYMS for word in extra.split()):
        return end  # "the Border Guard Command and Chinese border police": another country's body
    # A plural head is more of the portfolio ("and Social Services"), a singular one a body of its own.
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", extra) if not (w.endswith("s") and not w.endswith("ss"))]
    if any(cue.lexicon == "institution" for word in words for cue in _reader().scanner.cues_of(word.lower())):
        return end
    return more.end()


def _known_as(gazetteer: OrgGazetteer, written: str) -> str | None:
    """The known organization a mention's words name, a generic body named
    with more of its portfolio included (see :func:`_portfolio_end`)."""
    found = gazetteer.lookup(written)
    if found is not None:
        return found
    for cut in re.finditer(r",|[ \t]+(?:and|&)[ \t]", written):
        head = gazetteer.lookup(written[: cut.start()])
        if head is not None and _portfolio_end(gazetteer, head, written, cut.start()) == len(written):
            return head
    return None


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?:[’']s)?[ \t\n]+(?:[a-z][\w-]*[ \t\n]+){0,3}$")
_LOCALITY_BEFORE = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*)(?:[’']s)?[ \t]+$")


#: A possessive after a country, whose body comes next: "Guatemala's Secretariat".
_OWNER_AFTER = re.compile(r"[’']s?[ \t]+[A-Z]")
#: The glue between the conjuncts of a coordinated name ("British and Romanian", "Thai, Lao and Vietnamese").
_AND_PARTS = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+")

#: Lower-case heads that, alone after a place name, are the name of a division of a country.
_DIVISION_WORDS = frozenset({"department", "departments", "division", "divisions"})
_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our"})


#: "the " before a lower-case head, and " of " and a capitalized name after it: "the municipality of Fortaleza".
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_OF_PLACE_AFTER = re.compile(r"[ \t]+of[ \t]+(?=[A-Z])")


def _body_of_place(found: _Found, context: str, start: int, end: int, cue) -> bool:
    """A town's or district's own body, its head in lower case and its place after "of": "the
    municipality of Fortaleza adopted the plan", "the district council of Ilala". Made an
    organization (the "Municipality of Fortaleza"), whose place stays a place of the text."""
    row = _institutions().get(cue.lemma)
    text = found.text
    if not row or row["local"] != "yes" or row["org_type"] != "government" or _plural(text[start:end], cue.lemma):
        return False
    after = _OF_PLACE_AFTER.match(text, end)
    if after is None:
        return False
    body_start = start
    # "the district council of Ilala": one lower-case word of the body's level before its head
    before = re.search(r"\b([a-z]+)[ \t]+$", text[max(0, start - 20) : start])
    if before and before.group(1) in _level_words() | _generic_words():
        body_start = start - len(before.group(0))
    if not _THE_BEFORE.search(text, max(0, body_start - 24), body_start):
        return False
    place = _reader().name_at(text, after.end())
    if place is None or place.start != after.end() or country_of(_clean_name(text[place.start : place.end])):
        return False  # "the ministry of X": a country's body is another reader's ("the Ministry of Labour of Nepal")
    if place.cue("institution") is not None or all(is_dictionary_word(w.text) for w in place.words):
        return False  # "the department of Social Welfare": a portfolio, not a place
    if not found.zones.allows(body_start, place.end) or not found.free(body_start, place.end):
        return False
    head = " ".join(text[body_start:end].split())
    written = f"{head[:1].upper()}{head[1:]} of {_clean_name(text[place.start : place.end])}"
    # (the mention is the body's words: the place after "of" stays a place of the map, as in _local_body)
    found.add(body_start, end, _slug(written), written, "government", context)
    return True


def _local_body(found: _Found, gazetteer: OrgGazetteer, context: str, start: int, end: int, cue) -> None:
    """A body named in lower case after its place: "the Ha Tinh provincial police",
    "HCMC's anti-TIP police", "the Phnom Penh Anti-TIP unit"."""
    row = _institutions().get(cue.lemma)
    if not row or row["local"] != "yes":
        return
    text = found.text
    levels = _level_words()
    nearest = next(_reader()._words_before(text, start, start - 60), "")
    if nearest and not nearest[:1].isupper() and not (nearest[:1].islower() and (nearest.lower() in levels or nearest.lower().startswith("anti-"))):
        return  # "the police", "law enforcement agencies": no place's name before the body or its level words (most heads)
    if not _CAPITAL_BEFORE.search(text, max(0, start - 60), start):
        return  # no capitalized word before it: no place names this body
    # The words right before the body are read first; the whole window only when the walk goes past them.
    tokens, exact = tail_tokens(text, max(0, start - 80), start, 32)
    k = _level_words_before(tokens, levels)
    if k - 1 < exact:
        tokens = tokenize(text, max(0, start - 80), start)
        k = _level_words_before(tokens, levels)
    body_start = tokens[k].start if k < len(tokens) else start
    if k == 0 or not tokens[k - 1].text[:1].isupper():
        return
    place = _reader().name_at(text, tokens[k - 1].start)
    if place is None or place.end > body_start or re.search(r"[,;:()]", text[place.end : body_start]):
        return
    if re.search(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+$", text[max(0, place.start - 8) : place.start]):
        return  # "our Phnom Penh office": a branch of a body named already, not a body of its own
    if row.get("branch") == "yes" and not found.free(place.start, place.end):
        return  # "the UNHCR office in Santo Domingo", "the IOM office": the organization named, at work there
    if all(country_of(part) for part in _AND_PARTS.split(_clean_name(text[place.start : place.end]))):
        return  # "the Thai police", "British and Romanian police": countries acting (see _nationality_phrases)
    if _plural(text[start:end], cue.lemma) or any(c.role == "person" for c in place.head_cues):
        return  # "GOB offices": a kind of body
    if not any(not is_dictionary_word(w.text) or _acronym_like(w.text) for w in place.words) or all(
        w.lower in _DETERMINER_WORDS for w in place.words
    ):
        return  # "Village authorities", "The court found": no place named
    if _reader()._possessor(place.words[-1]) and not place.words[-1].text[:-2].isupper():
        return
    following = _WORD_NEXT.match(text, end)
    if following is not None and any(c.role == "facility" for c in _programme_cues().cues_of(following.group(1))):
        return  # "the Tadbeer service centres", "the Jessore police stations": the body's name is the place's part
    locality = _clean_name(text[place.start : place.end])
    body = " ".join(text[body_start:end].split())
    if body in _DIVISION_WORDS:
        return  # "La Guajira department", "Sylhet division": a country's division (Colombia, Peru, Bangladesh), not a body
    if row.get("branch") == "yes" and fold_name(body) == row["lemma"]:
        return  # "IOM's Bishkek office", "UNICEF, Kathmandu office": a body's branch in a city, no body of its own
    written = f"{locality} {body}"
    org_type = row["org_type"] or "government"
    inner = _after_locality(text, place) if place.cue("institution") is not None else place.end
    mention_start = body_start if inner == place.end else inner
    found.add(mention_start, end, _slug(written), written, org_type, context if org_type in ("government", "court_police") else "")


def _level_words_before(tokens: list, levels) -> int:
    """Index of the first of the level words ("provincial", "anti-TIP") that end ``tokens``."""
    k = len(tokens)
    while k > 0 and (tokens[k - 1].lower in levels or tokens[k - 1].lower.startswith("anti-")) and tokens[k - 1].text[:1].islower():
        k -= 1
    return k


def _unit_codes(found: _Found, heads: list, context: str) -> None:
    """Units named by a code beside a body: "the anti-trafficking police, C52,", "(Unit PC-14)", "police c45b"."""
    text = found.text
    hits = [(end, cue) for start, end, cue in heads if (_institutions().get(cue.lemma) or {}).get("org_type") == "court_police"]
    for end, cue in hits:
        match = _CODE_AFTER.match(text, end)
        if not match:
            continue
        group = next(g for g in (1, 2, 3) if match.group(g))
        _add_code(found, match.start(group), match.end(group), context, end)
    for match in _UNIT_CODE.finditer(text):
        _add_code(found, match.start(1), match.end(1), context, match.start())


def _add_code(found: _Found, start: int, end: int, context: str, body_end: int) -> None:
    if not found.open(start, end):
        return
    text = found.text
    code = re.sub(r"\s+", " ", text[start:end]).upper()
    if code.upper() in _NOT_ORG_ACRONYMS or not re.search(r"\d", code):
        return
    body = re.search(r"((?:[\w’'-]+[ \t]+){0,2}[\w’'-]+)\W*$", text[max(0, body_end - 60) : body_end])
    alias = " ".join(body.group(1).split()) if body else None
    found.add(start, end, _slug(code), code, "court_police", context, alias=alias)


#: Small words inside a name that a lower-case kind follows ("the Support to Life association").
_NAME_LINKERS = frozenset({"to", "of", "for", "and", "&", "the", "in", "against", "on"})


#: A word in camel case opening small, right after a kind's noun: " eLiberare", " iCare".
_CAMEL_AFTER = re.compile(r"[ \t]+([a-z]{1,3}[A-Z][a-z][\w’'-]*)(?![\w’'-])")


def _unknown_word(name, text: str = "") -> bool:
    """Whether a name is one word that no dictionary, country or calendar knows ("Sapari", "Identità"),
    not after a preposition of place ("In Lagos, a women's group in Ikeja ..."): a classifier next
    to it makes it a body's name."""
    return name is not None and len(name.words) == 1 and not is_dictionary_word(name.words[0].text) \
        and country_of(name.words[0].text) is None and name.words[0].lower not in _CALENDAR_WORDS \
        and not _PLACE_PREPOSITION.search(text, max(0, name.start - 12), name.start)


#: A preposition of place right before a word: "In Lagos, ...", "from Kisumu, ...".
_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross|[Nn]ear|[Aa]round|[Tt]o)[ \t]+$")


#: "X, a rights group", "X is a women's collective": an indefinite kind in apposition, up to four words before it.
_INDEFINITE_APPOSITION = re.compile(r"(?:,\s*|[ \t](?:is|was)[ \t]+)(?:a|an)\s+(?:[\w./’'-]+\s+){0,4}$")
#: The kind ends its phrase ("a rights group in Kampala,"; not "a group leader", "a group of men").
_KIND_ENDS = re.compile(r"[ \t]*(?:[.,;:)]|$)|[ \t]+(?:in|based|working|that|which|founded|led|run|from|with|and|responsible|charged|tasked)\b")


def _kind_apposed(found: _Found, gazetteer: OrgGazetteer, context: str, start: int, end: int) -> None:
    """A name in apposition to an indefinite kind of civil body whose head classes nothing elsewhere
    ("group", "collective"): "Platform for Labour Action, a rights group in Kampala, said ...".

    "the group Hope" or "groups such as" say nothing of a body; an apposition
    with "a" does, as it does for a classifier.

    >>> found = _Found("Help came from Tejedoras Esperanza, a women's collective in Norte de Santander.")
    >>> heads = [(m.start(), m.end()) for m in re.finditer("collective", found.text)]
    >>> _kind_apposed(found, load_org_gazetteer(), "COL", *heads[0])
    >>> [record["name"] for record in found.orgs.values()]
    ['Tejedoras Esperanza']
    """
    text = found.text
    window = text[max(0, start - 160) : start]
    if not _INDEFINITE_APPOSITION.search(window) or not _KIND_ENDS.match(text, end):
        return
    apposition = _APPOSITION_BEFORE.search(window)
    if apposition is None:
        return
    name = _reader().name_at(text, max(0, start - 160) + apposition.start(1))
    if name is not None and (_plausible(text, name, classified=True) or _unknown_word(name, text)):
        _name_candidate(found, gazetteer, context, name, "classifier")


def _classified_names(found: _Found, gazetteer: OrgGazetteer, context: str, heads: list) -> None:
    """Names a classifier noun makes organizations: "the NGO Action Pour Les Enfants",
    "Hope Street, a coalition of ...", and the members of "a coalition of A, B and C"."""
    text = found.text
    reader = _reader()
    for start, end, cue in heads:
        row = _institutions().get(cue.lemma)
        if not row or not found.zones.allows(start, end):
            continue
        if row["classifier"] != "yes":
            if row["org_type"] == "ngo" and text[start].islower():
                _kind_apposed(found, gazetteer, context, start, end)  # "Platform for Labour Action, a rights group in Kampala"
            continue
        # "NGO AFESIP", "the NGO Hope Street", "the local association Alkhairi"
        following = _BLANK_BEFORE_CAPITAL.match(text[end : end + 3])
        lower_kind = text[start].islower() and not _plural(text[start:end], row["lemma"]) \
            and _KIND_DETERMINED.search(text, max(0, start - 40), start) is not None
        if following and (text[start:end].isupper() or lower_kind):
            name = reader.name_at(text, end + following.end())
            if name is not None and name.start < end + following.end():
                name = reader.make(text, [w for w in name.words if w.start >= end + following.end()]) if name.end > end + following.end() else None
            if name is not None and not re.search(r"[a-z]", text[name.start : name.end + 40]):
                name = reader.make(text, name.words[:1])  # a cable in capitals: case marks no name's end ("THE NGO ATSEC RUNS ...")
            single = name is not None and len(name.words) == 1 and not is_dictionary_word(name.words[0].text) \
                and country_of(name.words[0].text) is None and name.words[0].lower not in _CALENDAR_WORDS  # "the NGO Sanlaap"
            if _plausible(text, name, classified=True) or (name is not None and _acronym_like(name.words[0].text)) or single:
                _name_candidate(found, gazetteer, context, name, "classifier")
        elif (camel := _CAMEL_AFTER.match(text, end, end + 40)) and (text[start:end].isupper() or lower_kind) and found.open(*camel.span(1)):
            # "the Romanian NGO eLiberare": a name in camel case, its first letters small
            found.add(*camel.span(1), _slug(camel.group(1)), camel.group(1), _guess_type(camel.group(1), cue), "")
        elif following and _plural(text[start:end], row["lemma"]) and row["org_type"] != "government" \
                and _KIND_DETERMINED.search(text, max(0, start - 40), start) is not None:
            # "run by the local NGOs Sabr and Nadezhda": the kind's plural names the list after it
            _listed_names(found, gazetteer, context, end + following.end(), "classifier")
        # "A Kenyan charity, Awareness Against Human Trafficking (HAART), has opened ...": the name after its kind
        after = re.match(r"[ \t]*,[ \t]+(?=[A-Z])", text[end : end + 4])
        if after and re.search(r"\b[Aa]n?[ \t]+(?:[\w.-]+[ \t]+){0,3}$", text[max(0, start - 40) : start]):
            name = reader.name_at(text, end + after.end())
            if name is not None and name.start == end + after.end() and re.match(r"[ \t]*[,(]", text[name.end : name.end + 3]) \
                    and _plausible(text, name, classified=True):
                _name_candidate(found, gazetteer, context, name, "classifier")
        # "the Support to Life association", "the Migrant CARE coalition": a name its kind follows in lower case
        if text[start].islower() and not _plural(text[start:end], row["lemma"]):
            before = re.search(r"\b[Tt]he[ \t]+(\S[^\n]*?)[ \t]+$", text[max(0, start - 80) : start])
            words = tokenize(text, max(0, start - 80) + before.start(1), start) if before else []
            if words and words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(
                w.text[:1].isupper() or w.lower in _NAME_LINKERS for w in words
            ):
                name = reader.make(text, words)
                if not country_of(_clean_name(text[name.start : name.end])) and _plausible(text, name, classified=True):
                    _name_candidate(found, gazetteer, context, name, "classifier")
        # "Hope Street, a coalition of ...", "Winrock International, a U.S.-based development organization"
        # "Hope Rising Kenya is a Nairobi-based NGO": the same said with a copula
        window = text[max(0, start - 160) : start]
        apposition = _APPOSITION_BEFORE.search(window) if _APPOSITION_TAIL.search(window) else None
        if apposition and _POSSESSIVE_S.match(text, end):
            apposition = None  # "James Kofi Annan, the organisation's president": a person, named by the body's post
        if apposition and text[start].isupper() and _THE_BEFORE_KIND.search(text, max(0, start - 40), start):
            apposition = None  # "In Cairo and Alexandria, the Egyptian Foundation for ...": a name, not a kind in apposition
        if apposition and not _BLANK_BEFORE_CAPITAL.match(text[end : end + 3]):  # ("In West Bengal, the NGO Sanlaap": not West Bengal)
            position = max(0, start - 160) + apposition.start(1)
            name = reader.name_at(text, position)
            if name is not None and (_plausible(text, name, classified=True) or (_unknown_word(name, text) and _KIND_ENDS.match(text, end))):
                _name_candidate(found, gazetteer, context, name, "classifier")
                k = found.overlapping(name.start, name.end)
                gloss = _QUOTED_GLOSS.search(apposition.group(0))
                if k >= 0 and gloss:
                    found.orgs[found.mentions[k][3]]["aliases"].add(gloss.group(1))  # (Arabic: ..., "House of Hope"): its name in English
                if k >= 0 and row["org_type"] == "ngo" and found.mentions[k][3].startswith("org:"):
                    # "the Committee for the Support of ... (COSUDOW), a Catholic NGO": no state body, whatever its head
                    found.orgs[found.mentions[k][3]]["org_type"] = "ngo"
        # "local NGOs in Cox's Bazar, such as Mukti and YPSA": the examples of a kind of body
        # (Not "agencies such as Customs": a state's agencies are named as examples, not as actors.)
        examples = (
            _EXAMPLES_AFTER.match(text, end, min(len(text), end + 80))
            if _plural(text[start:end], row["lemma"]) and row["org_type"] != "government" else None
        )
        if examples:
            _listed_names(found, gazetteer, context, examples.end(), "classifier")
        # "a coalition of A, B and C"
        members = _OF_AFTER.match(text[end : end + 6])
        if members and row["lemma"] in ("coalition", "network", "alliance", "consortium", "association", "federation", "group"):
            position = end + members.end()
            for _ in range(12):
                name = reader.name_at(text, position)
                if name is None:
                    break
                if _plausible(text, name):
                    _name_candidate(found, gazetteer, context, name, "member")
                glue = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?", text[name.end : name.end + 12])
                if not glue:
                    break
                position = name.end + glue.end()


_BLANK_BEFORE_CAPITAL = re.compile(r"[ \t]+(?=[A-Z])")
#: A possessive right after a word: "the organisation's president".
_POSSESSIVE_S = re.compile(r"[’'](?:s\b|(?=\s))")
#: What a definition says its name is: "(DAP) is a flexible small grants program" -> "program".
_IS_A_KIND = re.compile(r"[ \t]*,?[ \t]*(?:is|was|are)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?(\w+)(?=[ \t]*(?:[.,;:]|funded|run|managed|implemented|for|of|that|which|in|to|with|$))")
#: A name in quotation marks right after a body's head: 'the public association "Podruga"'.
_QUOTED_AFTER = re.compile(r"[ \t]+[\"“«„]([A-Z][\w’'.-]*(?:[ \t-]+[\w’'.-]+){0,4})[\"”»“]")


def _names_work(text: str, end: int) -> bool:
    """Whether a programme noun or a head of no body follows ``end``: '"Safe Migration" campaign'."""
    after = _WORD_AFTER_BRACKET.match(text[end : end + 30])
    return bool(after) and any(
        cue.lexicon == "not_org" or cue.role in ("noun", "facility")
        for cue in _reader().scanner.cues_of(after.group(1)) + _programme_cues().cues_of(after.group(1))
    )


def _quoted_names(found: _Found, gazetteer: OrgGazetteer, context: str, heads: list) -> None:
    """Names in quotation marks after a body's head, as bodies of the former Soviet Union and the
    Balkans are written: 'the public association "Podruga"', 'the Crisis Centre "Sezim"',
    'Legal Center of Women's Initiatives "Sana Sezim"'.

    After a kind of body in lower case the name in quotes is the body's name; after a
    capitalized kind of generic words ("Crisis Centre", "Public Organization") the two are
    one name; after a body's own name it is another name of that body.
    """
    text = found.text
    quoted_names: dict[str, str] = {}  # a name in quotes -> the body it names, for its later bare uses
    for k, (m_start, m_end, m_written, org_id) in enumerate(list(found.mentions)):
        quoted = _QUOTED_AFTER.match(text, m_end, min(len(text), m_end + 60))
        if quoted is None or not found.zones.allows(m_start, quoted.end()):
            continue
        if not found.free(quoted.start(1), quoted.end(1)):
            inner = found.overlapping(quoted.start(1), quoted.end(1))
            if org_id.startswith("org:") and inner not in (-1, k) and found.mentions[inner][:2] == quoted.span(1) and not found.mentions[inner][3].startswith("org:"):
                # 'the International Center for Women Rights Protection "La Strada"': a known name as the body's own
                found.mentions[inner] = (*quoted.span(1), quoted.group(1), org_id)
                found.orgs[org_id]["aliases"].add(quoted.group(1))
            continue
        if _names_work(text, quoted.end()):
            continue  # 'IOM's "Safe Migration" campaign': the name of a work, not of the body
        written = " ".join(quoted.group(1).split())
        record = found.orgs[org_id]
        found.taken[m_start : quoted.end()] = b"\x01" * (quoted.end() - m_start)
        found.cover(k, m_start, quoted.end())
        if not org_id.startswith("org:") or not all(is_dictionary_word(w) or w.lower() in _generic_words() for w in _words(m_written)):
            found.mentions[k] = (m_start, quoted.end(), text[m_start : quoted.end()], org_id)
            record["aliases"].add(written)  # 'Legal Center of Women's Initiatives "Sana Sezim"'
            quoted_names.setdefault(written, org_id)
            continue
        # 'the Crisis Centre "Sezim"': the generic words and the name in quotes are one body
        name = f"{_clean_name(m_written)} {written}"
        new_id = _slug(name)
        found.mentions[k] = (m_start, quoted.end(), text[m_start : quoted.end()], new_id)
        found.register(new_id, name, record["org_type"], record["country"], alias=written)
        quoted_names.setdefault(written, new_id)
        if not any(m[3] == org_id for m in found.mentions):
            del found.orgs[org_id]
    for start, end, cue in heads:
        quoted = _QUOTED_AFTER.match(text, end, min(len(text), end + 60))
        if quoted is None or not found.open(start, quoted.end()) or _plural(text[start:end], cue.lemma) or _names_work(text, quoted.end()):
            continue
        row = _institutions().get(cue.lemma) or {}
        written = " ".join(quoted.group(1).split())
        if country_of(written):
            continue
        org_type = row.get("org_type") or "ngo"
        if text[start].islower():
            if row.get("classifier") == "yes" or row.get("facility") == "yes":
                found.add(quoted.start(1), quoted.end(1), gazetteer.lookup(written) or _slug(written), written, org_type, "")
                quoted_names.setdefault(written, gazetteer.lookup(written) or _slug(written))
            continue
        # 'the Public Organization "Femida"': capitalized words of no name, and the name in quotes
        words = [t for t in tokenize(text, max(0, start - 60), end) if t.end <= end]
        k = len(words)
        while k > 0 and words[k - 1].text[:1].isupper() and (is_dictionary_word(words[k - 1].text) or words[k - 1].lower in _generic_words()):
            k -= 1
        if k == len(words) or not all(w.text[:1].isupper() for w in words[k:]) or words[k].lower in _reader().openers:
            continue
        name = f"{' '.join(w.text for w in words[k:])} {written}"
        found.add(words[k].start, quoted.end(), _slug(name), name, org_type, "", alias=written)
        quoted_names.setdefault(written, _slug(name))
    # "... "Sana Sezim" ... Sana Sezim, which has run the line since 2003, said": the body again
    for start, end, written in _bare_uses(text, tuple(sorted(quoted_names, key=len, reverse=True))):
        org_id = quoted_names[written]
        if found.open(start, end) and org_id in found.orgs:
            record = found.orgs[org_id]
            found.add(start, end, org_id, record["name"], record["org_type"], record["country"])


#: Days and months, which no dictionary of lemmas knows and no name is.
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
# A kind of body in lower case with its article: "the local association ", "the Swedish foundation ".
#: (A possessive determines a kind too: "our association Kanam Solidarité", "their partner NGO Tostan".)
_KIND_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
# A name before a classifier in apposition: "Hope Street, a coalition of", "Hope Rising Kenya is a Nairobi-based NGO".
# (The lookahead lets the search skip, at once, the positions no comma or blank follows.)
# A bracketed acronym may stand between: "Jaringan Buruh Migran (JBM), a coalition of".
_APPOSITION_BEFORE = re.compile(r"([^\s,(]+)(?:[ \t]+\((?:[A-Z][^()\s]{1,15}|[A-Z][a-z]+:[^()\n]{1,70})\))?(?=[ \t,])(?:[ \t]*,\s*|[ \t]+(?:is|was)[ \t]+)(?:a|an|the)\s+(?:[\w./’'-]+\s+){0,4}$")
#: A name in quotes in a gloss: (Arabic: بيت الأمل, "House of Hope").
_QUOTED_GLOSS = re.compile(r"\([A-Z][a-z]+:[^()\n]*?[\"“]([A-Z][^\"”()\n]{2,60})[\"”]")
#: What every match of _APPOSITION_BEFORE ends with, searched first: it opens with a comma or
#: a blank, which the engine looks for alone, where _APPOSITION_BEFORE is tried at every position.
_APPOSITION_TAIL = re.compile(r"(?:,\s*|[ \t](?:is|was)[ \t]+)(?:a|an|the)\s+(?:[\w./’'-]+\s+){0,4}$")
_OF_AFTER = re.compile(r"\s+of\s+")
#: "the" and capitalized words before a capitalized kind: "the Egyptian Foundation", a name's opening.
_THE_BEFORE_KIND = re.compile(r",[ \t]*[Tt]he[ \t]+(?:[A-Z][\w./’'-]*[ \t]+){0,4}$")


#: Between a plural classifier and its examples: "NGOs in Cox's Bazar, such as ", "organizations, including ".
_EXAMPLES_AFTER = re.compile(r"[^.;:()\n]{0,50}?,?[ \t]+(?:such[ \t]+as|including|notably|namely|like)[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _listed_names(found: _Found, gazetteer: OrgGazetteer, context: str, position: int, evidence: str) -> None:
    """The names of a list that a classifier vouches for, from ``position`` on ("Mukti and YPSA").

    A single word counts when it is no dictionary word and no country's name.
    """
    text = found.text
    reader = _reader()
    for _ in range(12):
        name = reader.name_at(text, position)
        if name is not None and name.start < position < name.end:
            name = reader.make(text, [w for w in name.words if w.start >= position])  # ("NGOs Sabr and ...": not the kind)
        if name is None or name.start != position:
            break
        # In a list "and" and "or" part names ("Hagar and Chab Dai").
        # (Not when the whole ends in a head of its own: "Women Trafficking and Child Labour Eradication Foundation".)
        cut = next((k for k, w in enumerate(name.words) if k and w.lower in ("and", "or", "&")), None)
        if cut is not None and not (name.cue("institution") is not None and reader.is_head(name.words[-1])
                                    and not any(reader.is_head(w) for w in name.words[:cut])):
            name = reader.make(text, name.words[:cut])
        single = len(name.words) == 1 and not is_dictionary_word(name.words[0].text) and country_of(name.words[0].text) is None
        if single or _plausible(text, name, classified=True):
            _name_candidate(found, gazetteer, context, name, evidence)
        # (past where each sits: "such as Sabr in Tajikistan and Nadezhda in Kyrgyzstan")
        glue = re.match(r"(?:\s*\([A-Z][\w&/-]*\))?(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?(?=[A-Z])",
                        text[name.end : name.end + 48])
        if not glue:
            break
        position = name.end + glue.end()


#: People before "from X" who are a country's nationals when X is a country ("45 Ethiopian workers from Lebanon").
#: Workers who are the people a text is about, before "from" or "of" and the place they come from.
_LABOURERS_BEFORE = re.compile(
    r"\b(?:migrant|domestic|foreign|factory|garment|construction|farm|plantation|seasonal|sex|child|undocumented|overseas)"
    r"\s+workers?\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NATIONALS_BEFORE = re.compile(r"\b(?:[Ww]orkers?|[Vv]olunteers?|[Mm]embers?)\s+(?:of|from)\s+(?:the\s+)?$")


#: What may follow a name in a grant line's label: its acronym in brackets ("OPRIFS").
_ACRONYM_REST = re.compile(
    r"[ \t]*(?:\([A-Z][A-Za-z&/-]*\))?[ \t]*(?:,[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}[ \t]*)?"
    r"(?:\([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*(?:,[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*)*\)[ \t]*)?"  # "(India, Odisha)"
)


def _sheet_names(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """The value of a project sheet's implementer or donor line, or of a project table's cell, is an
    organization's whole name.

    "Donor: UK Conflict, Stability and Security Fund": the commas are the
    name's own, where a name in a sentence would stop. Values are split at
    semicolons; a value the name reader already reads whole is left to it.
    """
    text = found.text
    values = [(field.role, field.start, field.end) for field in sheet_fields(text)]
    if "|" in text:
        # "| Open Gate | Hope Street Foundation | UNICEF | Durres |": a project table's runner and donor cells
        values += [cell for row in project_table_rows(text) for cell in row.cells]
    for role, value_start, value_end in values:
        if role not in ("agent", "partner", "funder"):
            continue
        for piece in _SHEET_VALUE_PIECE.finditer(text, value_start, value_end):
            if text[value_start : piece.start()].rstrip().endswith("."):
                break  # "Partner: Rights Jessore. Repatriation of girls ...": after the stop, what the partner does
            tail = _SHEET_VALUE_TAIL.search(text, piece.start(), piece.end())
            start, end = _trim(text, piece.start(), tail.start() if tail else piece.end())
            owner = _POSSESSIVE_OPENING.match(text, start, end)
            if owner and country_of(owner.group(1)):
                start = owner.end()  # "National partners: Mali's Ministry of ...": the country's, named in the name
            country_after = _COUNTRY_AFTER_DASH.search(text, start, end)
            if country_after is not None and country_of(country_after.group(1)):
                end = country_after.start()  # "Centre for Migrant Advocacy - Philippines": the name, then its country
            written = _clean_name(text[start:end])
            if not found.zones.allows(start, end) or not found.open(start, end):
                continue
            if role == "funder" and _paying_countries(found, gazetteer, start, end):
                continue  # "Donors: Germany, Finland, United States": the countries' governments pay
            if len(written.split()) == 1 and _SHEET_ONE_WORD.fullmatch(written) and written.upper() not in _NOT_ORG_ACRONYMS \
                    and gazetteer.lookup(written) is None and country_of(written) is None:
                # "PRAKSIS (Greece)", "FairSquare", "Migrant-Rights.org": one word a partner line gives whole
                found.add(start, end, _slug(written), written, "donor" if role == "funder" else "ngo", "")
                continue
            if len(written.split()) == 1 and _one_word_name(written) and not _acronym_like(written):
                found.add(start, end, _slug(written), written, "donor" if role == "funder" else "ngo", "")  # "Implementing NGO: Sakhli"
                continue
            if not written[:1].isupper() or len(written.split()) < 2:
                continue
            name = _reader().name_at(text, start)
            if name is not None and name.start == start and name.end >= end:
                # read whole as a name: the label is its evidence ("Donor: Mercy Foundation")
                if _plausible(text, name, classified=True):
                    _name_candidate(found, gazetteer, context, name, "sheet")
                continue
            org_id = gazetteer.lookup(written) or gazetteer.fuzzy(written, country=context)
            if org_id is not None:
                found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
                continue
            capital = next((k for k in range(start, end) if text[k].isupper()), start)
            named = _reader().name_at(text, capital) if capital != start else name
            head = named.cue("institution") if named is not None and named.start == capital else None  # ("the Bulgarian National Commission ...")
            org_type = "donor" if role == "funder" and _guess_type(written, head) == "ngo" else _guess_type(written, head)
            found.add(start, end, _slug(written), written, org_type, _country_in(written))


def _paying_countries(found: _Found, gazetteer: OrgGazetteer, start: int, end: int) -> bool:
    """Whether a donor line's value is countries only ("Norway", "Germany, Finland and the United States"),
    whose governments it then adds as organizations."""
    pieces = [m for m in _LISTED_PIECE.finditer(found.text, start, end) if m.group(1).strip()]
    codes = [country_of(m.group(1).strip()) for m in pieces]
    if not pieces or None in codes:
        return False
    for m, code in zip(pieces, codes):
        found.add(m.start(1), m.end(1), *gazetteer.instance("government", code))
    return True


#: One item of a plain list: up to a comma, or an "and" (with or without a comma before it).
_LISTED_PIECE = re.compile(r"[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?((?:(?!,|[ \t]and[ \t])[^\n])+)")


#: A country after a dash at the end of a sheet line's value: " - Philippines".
_COUNTRY_AFTER_DASH = re.compile(r"[ \t]+[-–—][ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]*$")
#: A one-word value of a sheet line that is a name: in capitals, in camel case, or a web address.
_SHEET_ONE_WORD = re.compile(r"[A-Z][A-Z0-9&-]{2,11}|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][\w-]*\.(?:org|com|net|ngo)")
#: One organization of a sheet line's value: up to a semicolon or a bracketed acronym's end.
_SHEET_VALUE_PIECE = re.compile(r"(?:[^;.\n]|\.(?![ \t]+[A-Z]))+")  # (and up to a stop: "Partner: Rights Jessore. Repatriation of ...")
#: A possessive opening a value: "Mali's Ministry for the Promotion of Women".
_POSSESSIVE_OPENING = re.compile(r"([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?)[’']s?[ \t]+")
#: What follows the name in a sheet line's value, which the name reader reads on its own: its
#: bracketed acronym and what comes after ("(COSUDOW), Benin City"), or an amount ("AICS, EUR 1.2 million").
_SHEET_VALUE_TAIL = re.compile(
    r"[ \t]*\([A-Z][^()\n]{0,40}\)[ \t]+[-–—][ \t].*$|[ \t]+[-–—][ \t]+[a-z].*$|"  # "(India) - legal aid for ...", " - research on ..."
    r"[ \t]+[–—][ \t]+[A-Z][A-Z0-9&]{1,9}(?=[ \t]*(?:\([^()\n]*\)[ \t]*)?$)|[ \t]*\([a-z][^()\n]{0,40}\)(?=[ \t]*(?:,|$))|[ \t]*\([A-Z][A-Za-z/&-]*\)(?=[ \t]*(?:,|$))|(?<=\)),|,?[ \t]*(?:(?:USD|US\$|\$|EUR|€|GBP|£|CHF|AUD|NOK|SEK|DKK|JPY)[ \t]?\d|\d[\d,.]*[ \t]*(?:million|billion|m)\b)"
)


def _grant_labels(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """The names a grant list pays: a line's label before a colon or dash and an amount is its
    recipient, with its city after a comma ("Hope Kenya, Mombasa - $40,000")."""
    text = found.text
    reader = _reader()
    for line in grant_lines(text):
        name = reader.name_at(text, line.label_start)
        if name is None or name.start != line.label_start or not _ACRONYM_REST.fullmatch(text, name.end, line.label_end):
            continue  # the label is no name ("Total: USD 200,000", "Budget for 2019: $5,000")
        if found.zones.allows(name.start, name.end) and _plausible(text, name, classified=True):
            _name_candidate(found, gazetteer, context, name, "classifier")


#: An amount paid to someone named after it: "awarded $900,000 to Refuge for Women", "EUR 1.2 million to the Hope Trust".
_AMOUNT_TO = re.compile(
    r"(?:USD|US\$|\$|EUR|€|GBP|£|CHF|AUD|NOK|SEK|DKK)[ \t]?\d[\d.,]*(?:[ \t]*(?:million|billion|m|k)\b)?"
    r"(?:[ \t]+in[ \t]+(?:grants?|funding))?[ \t]+to[ \t]+(?:the[ \t]+)?(?=[A-Z])(?!(?:USD|US|EUR|GBP|CHF|AUD|NOK|SEK|DKK)\b)"
)  # (not "from EUR 300,000 to EUR 600,000")
_CURRENCY_MARKS = ("$", "USD", "EUR", "€", "GBP", "£", "CHF", "AUD", "NOK", "SEK", "DKK")


def _role_names(found: _Found, gazetteer: OrgGazetteer, context: str, folded: FoldedText) -> None:
    """Names a programme role or a report's speaker makes organizations.

    "funded by the Hope Street Trust", "implemented by Winrock", "DOS-funded",
    "DOS funding", "told AIT", "IOM told us", "the director of Hope Street".
    Acronyms need no more; other names must pass :func:`_plausible`.
    """
    text = found.text
    reader = _reader()
    starts = []
    funded = set()  # the starts that follow a funder's phrase ("funded by", "with support from")
    run = set()  # the starts that follow a phrase of who keeps the work going ("run by", "delivered by")
    acronyms = []
    for start, end, first in _frame_cues().find(text, folded):
        if first.lexicon == "programme" and first.role not in ("funding", "award", "fund"):
            continue  # a programme verb or noun names no one here
        for cue in _frame_cues().cues_of(text[start:end]):
            if cue.lexicon == "roles" and cue.role in ("agent", "partner", "funder"):
                following = re.match(r"\s+(?:the\s+)?(?=[A-Z])", text[end : end + 8])
                if following:
                    starts.append(end + following.end())
                    if cue.role == "funder":
                        funded.add(end + following.end())
                    elif cue.lemma in _RUNS_BY:
                        run.add(end + following.end())
            elif cue.lexicon == "speech" and cue.pos == "VERB" and not text[start:end].isupper():  # not "END NOTE"
                # "told OSW", "CBX said": the acronym is the name
                after = _ACRONYM_AFTER.match(text, end)
                if after:
                    acronyms.append(after.span(1))
                before = _ACRONYM_BEFORE.search(text, max(0, start - 24), start)
                if before:
                    acronyms.append(before.span(1))
            elif cue.lexicon == "programme" and cue.role == "funding":
                before = _ACRONYM_BEFORE.search(text, max(0, start - 16), start)  # "KWA funding"
                if before:
                    acronyms.append(before.span(1))
            else:
                continue
            break
    for _start, end, role in adverbed_roles(text):  # "delivered nationally by the Australian Red Cross"
        following = re.match(r"\s+(?:the\s+)?(?=[A-Z])", text[end : end + 8])
        if following and role in ("agent", "partner", "funder"):
            starts.append(end + following.end())
            if role == "funder":
                funded.add(end + following.end())
    patterns = _role_patterns()
    if patterns["suffix_end"].search(text):
        acronyms += [m.span(1) for m in patterns["suffix"].finditer(text)]  # "DFT-funded"
    for a_start, a_end in acronyms:
        if found.zones.allows(a_start, a_end) and not in_heading(text, a_start):
            _acronym_candidate(found, gazetteer, context, a_start, a_end)
    starts.extend(m.end() for m in matches_opening(patterns["member"], text, _MEMBER_OPENINGS))
    paid = {m.end() for m in _AMOUNT_TO.finditer(text)} if any(mark in text for mark in _CURRENCY_MARKS) else set()
    starts.extend(paid)  # "$900,000 to Refuge for Women": who is paid
    for position in sorted(set(starts)):
        if not found.zones.allows(position, position + 1):
            continue
        before = text[max(0, position - 30) : position]
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|Director|Colonel|General|Minister|Ambassador|Governor|Mayor|President)\.?\s+$", before):
            continue  # a person
        if _LABOURERS_BEFORE.search(before):
            continue  # "migrant workers from East Nusa Tenggara": where the people come from, not whom they work for
        name = reader.name_at(text, position)
        if name is None:
            continue
        if _MEMBERS_AFTER.match(text, name.end):
            continue  # "officers from ASEAN member states": the members, not the body
        countries = _countries_listed(text, name) if name.start == position else []
        if countries and position in paid:
            continue  # "paid smugglers $3,000 to Libya": the way, not a body paid
        if countries and _NATIONALS_BEFORE.search(before):
            continue  # "workers from Lebanon": people of a country, not its government
        if countries and _OWNER_AFTER.match(text, countries[-1][1]):
            continue  # "in partnership with Guatemala's Secretariat": the country owns the body named next
        if countries:
            # "funded by the United Kingdom", "with funding from Germany and Norway": the countries' governments
            while countries:
                for c_start, c_end, country in countries:
                    if found.free(c_start, c_end):
                        found.add(c_start, c_end, *gazetteer.instance("government", country))
                glue = _LIST_GLUE.match(text, name.end)  # "funded by Sweden, Norway and the Netherlands"
                name = reader.name_at(text, glue.end()) if glue else None
                countries = _countries_listed(text, name) if name is not None and name.start == glue.end() else []
            continue
        if name.start < position and not text[name.start:position].strip().lower() in ("", "the"):
            # "USG-funded UNODC project": the name is the word before the hyphen
            token = next((t for t in tokenize(text, position, position + 40)), None)
            if token is None or not _acronym_like(token.text.split("-")[0]):
                continue
            _acronym_candidate(found, gazetteer, context, position, position + len(token.text.split("-")[0]))
            continue
        if position in funded:
            _funders_listed(found, gazetteer, context, name)
            continue
        if position in run and _one_word_runner(found, gazetteer, context, name):
            continue
        work_named = position in run and _work_before(text, position)
        _funders_listed(found, gazetteer, context, name, funder=False, work_named=work_named)  # "works with the Ministry, Tamkeen for Legal Aid ... and X"


#: The words of a clause before a runner's phrase: "Two returnees joined a skills programme run by ".
_CLAUSE_BEFORE = re.compile(r"[^.;:!?\n]*$")


def _work_before(text: str, position: int) -> bool:
    """Whether the clause before a runner's phrase names the work run ("a skills programme run by",
    "the shelter is operated by"), so that who runs it is a body, even one its name calls an
    initiative or a project ("run by Harbour Light Initiative")."""
    clause = _CLAUSE_BEFORE.search(text, max(0, position - 80), position).group()
    return any(cue.role in ("noun", "facility") for word in re.findall(r"[a-z][a-z-]+", clause) for cue in _programme_cues().cues_of(word))


#: Role phrases after which one word may be the whole name of who keeps the work going ("run by Hopewell",
#: "delivered by Barnardo's"); not "led by" or "founded by", which a person's first name may follow.
_RUNS_BY = frozenset({"run by", "operated by", "managed by", "implemented by", "delivered by", "administered by", "staffed by", "carried out by", "conducted by"})
#: What may follow a runner's one-word name: where or when it works, or the clause's end.
_AFTER_RUNNER = re.compile(r"(?:[’']s)?(?:[ \t]+(?:in|at|from|since|under|for|with)\b|[ \t]*(?:[,.;:)]|$))")


def _one_word_runner(found: _Found, gazetteer: OrgGazetteer, context: str, name) -> bool:
    """Whether the name after "run by" is one word no dictionary knows, made an organization:
    "operated by Hopewell in Leeds", "delivered by Barnardo's in 41 areas" (its own possessive ending)."""
    text = found.text
    word = name.words[0].text
    stem = POSSESSIVE_END.sub("", word)
    if len(name.words) != 1 or not _one_word_name(stem) or not _AFTER_RUNNER.match(text, name.start + len(stem)) \
            or _PLACE_NOUN_AFTER.match(text, name.end):
        return False
    end = name.start + len(word) if stem != word and not _CAPITAL_NEXT.match(text, name.start + len(word)) else name.start + len(stem)
    if found.free(name.start, end):
        found.add(name.start, end, _slug(text[name.start:end]), text[name.start:end], "ngo", "")
    return True


#: A name that opens its clause, then who or when founded it: "Slaves No More, founded by Sr. Eugenia Bonetti,".
_FOUNDED_VERB = r",[ \t]+(?:which[ \t]+was[ \t]+)?(?:founded|established|set[ \t]+up|created|started)[ \t]+(?:by|in)\b"
_FOUNDED_AFTER = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=\n[-•*]\s)|(?<=:\s))([A-Z][^,.;:()\n]{2,60}?)" + _FOUNDED_VERB, re.MULTILINE)
#: What every match of _FOUNDED_AFTER holds (", founded by"): a search the engine runs from comma to comma.
_FOUNDED_TAIL = re.compile(_FOUNDED_VERB)


def _founded_names(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """A name someone founded is an organization's: "Slaves No More, founded by Sr. Eugenia Bonetti, continues ...",
    "Casa Nazaret, established in 2004, runs ...". Not a work the text names by its kind ("The shelter, founded in ...")."""
    text = found.text
    # _FOUNDED_AFTER tries a name at every sentence and line start, and "created" or "started"
    # are in most texts; the phrase that ends each of its matches is in few.
    if _FOUNDED_TAIL.search(text) is None:
        return
    reader = _reader()
    for match in _FOUNDED_AFTER.finditer(text):
        name = reader.name_at(text, match.start(1))
        if name is None or (name.start, name.end) != match.span(1) or not found.open(name.start, name.end):
            continue
        if name.words[0].lower in _NOT_SUBJECT or country_of(_clean_name(text[name.start : name.end])) or in_heading(text, name.start):
            continue
        if len(name.words) > 1 and _plausible(text, name, classified=True):  # (one word may be a city: "Bangkok, founded in 1782")
            _name_candidate(found, gazetteer, context, name, "role")


def _role_name(found: _Found, gazetteer: OrgGazetteer, context: str, name, funder: bool = False, work_named: bool = False) -> None:
    """A name a role phrase stands before: an acronym, a name that passes :func:`_plausible` (with
    a work's head, when the clause named the work it runs: ``work_named``), or (for a funder) one
    word no dictionary knows ("funded by Porticus")."""
    text = found.text
    reader = _reader()
    words = [w for w in name.words if not reader.is_linker(w)]
    if len(words) == 1:
        first = POSSESSIVE_END.sub("", name.words[0].text.split("-")[0])
        if _acronym_like(first):
            _acronym_candidate(found, gazetteer, context, name.start, name.start + len(first))
        elif funder and first == name.words[0].text and _one_word_name(first) and not _PLACE_NOUN_AFTER.match(text, name.end):
            _name_candidate(found, gazetteer, context, name, "role")
        return
    if _plausible(text, name, work_named=work_named):
        _name_candidate(found, gazetteer, context, name, "role")
    elif len(words) == 2 and _acronym_like(words[0].text) and words[0].text.isupper() and gazetteer.lookup(words[0].text) is None \
            and _one_word_name(words[1].text) and f"({text[name.start : name.end]})" not in text:
        # "managed by CHS Alternativo": a body's letters, then a word of its name (not the short form a
        # bracket gave another name: "the State System for ... (DIF Chiapas)")
        _name_candidate(found, gazetteer, context, name, "role")
    elif len(words) == 2 and country_of(words[1].text) and words[1].text not in DEMONYMS and _one_word_name(words[0].text):
        _name_candidate(found, gazetteer, context, name, "role")  # "run by Childline Kenya": a body named with its country
    elif funder:
        for piece in _and_pieces(text, name):  # "financed by Unicef and Misereor": two funders, no one name
            _role_name(found, gazetteer, context, piece, funder=True)


#: A word after a name that makes it a place's: "Tashkent city", "Osh province".
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:city|town|province|district|region|state|county|municipality|village|oblast)\b", re.IGNORECASE)


def _and_pieces(text: str, name) -> list:
    """The parts of a name joined by "and" or "&", as names ("Freedom Fund and Laudes"); [] when it has no such join."""
    reader = _reader()
    pieces, current = [], []
    for word in name.words:
        if word.lower in ("and", "&"):
            pieces.append(current)
            current = []
        else:
            current.append(word)
    pieces.append(current)
    if len(pieces) < 2 or not all(pieces):
        return []
    return [reader.make(text, piece) for piece in pieces]


#: Closed-class words lemminflect does not know, which a capital at a sentence's start does not make names.
_CLOSED_CLASS = frozenset({
    "with", "from", "into", "during", "although", "because", "among", "upon", "every", "than", "whereas", "unless",
    "until", "amid", "amidst", "towards", "toward", "beneath", "beside", "despite", "versus", "whilst",
})


def _one_word_name(word: str) -> bool:
    """Whether a capitalized word can be a funder's whole name: no dictionary word, country or nationality."""
    return (
        len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word.replace("-", "", 2).isalpha()  # ("Pro-tukipiste")
        and word.lower() not in _CLOSED_CLASS and not is_dictionary_word(word) and country_of(word) is None
    )


#: Verbs that say a body keeps work going (not "supports", which a person may do).
@lru_cache(maxsize=1)
def _aid_after() -> re.Pattern:
    """Help given to people right after a verb: " support to 27 victims", " free legal assistance for survivors"
    (the ``aid`` table, then a victim noun of the ``people`` table)."""
    aid = "|".join(re.escape(f) for f in _forms("aid", ("aid",)))
    people = "|".join(re.escape(f) for f in _forms("people", ("victim",)))
    return re.compile(
        rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{aid})[ \t]+(?:to|for)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{people})\b"
    )


_KEEPS_WORK = frozenset({"run", "operate", "manage", "open", "establish", "set up", "launch", "found"})
#: A company's legal form after its name: " plc", " Ltd".
_COMPANY_AFTER = re.compile(r"[ \t]+(?:plc|PLC|Ltd|Limited|Inc|LLC|GmbH|S\.A\.|AG|N\.V\.|AB|Oyj?|ASA|SARL|B\.?V\.?|Pty)\b")
#: Heads of a body's own organs: "the Board of X" is X's.
_ORGANS = frozenset({"board"})
#: A sentence about a person: "She now ...", "He ...".
_PERSON_OPENS = re.compile(r"\s*(?:She|He|Her|His)\b")
#: A pronoun of a person, the next thing said after a one-word name: "Mira opened a shelter. She ...".
_PERSON_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]erself|[Hh]imself)\b")


def _named_person(text: str, word: str, end: int) -> bool:
    """Whether a one-word name is a person's: a pronoun of a person follows its clause, or the text
    names it elsewhere beside another unknown capitalized word ("Mira Tamang ... Tamang runs a shelter")."""
    stop = _CLAUSE_END.search(text, end)
    stop = stop.end() if stop else len(text)
    if _PERSON_PRONOUN.search(text, end, stop) or _PERSON_OPENS.match(text, stop):
        return True  # "Mira opened a shelter for her neighbours", "Mira opened a shelter. She ..."

    for match in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        before = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, match.start() - 30) : match.start()])
        after = re.match(r"[ \t]+([A-Z][a-z]+)\b", text[match.end() : match.end() + 30])
        for other in (before, after):
            if other and _one_word_name(other.group(1)):
                return True
    return False


def _funders_listed(found: _Found, gazetteer: OrgGazetteer, context: str, name, funder: bool = True, work_named: bool = False) -> None:
    """The names a role phrase lists: "supported by Mondelez, Cargill and the German agency GIZ",
    "works with the Ministry of Labour, Tamkeen for Legal Aid and Human Rights and KAFA".

    Each item is read as :func:`_role_name` reads a funder (``funder``) or another role (the runner of
    a work the clause named before, ``work_named``); the list goes
    on past "and", and past a comma when another item follows (a comma before the subject ends the phrase).
    """
    text = found.text
    reader = _reader()
    while name is not None:
        written = _clean_name(text[name.start : name.end])
        country = country_of(written) if written not in DEMONYMS else None  # ("the Spanish cooperation agency AECID")
        if country and found.open(name.start, name.end) and not _OWNER_AFTER.match(text, name.end) \
                and not POSSESSIVE_END.search(text[name.start : name.end]):  # (not "Uganda's KIWOHEDE": a country owning the body named next)
            found.add(name.start, name.end, *gazetteer.instance("government", country))  # "... and the Kingdom of the Netherlands"
        else:
            _role_name(found, gazetteer, context, name, funder=funder, work_named=work_named)
        glue = _LIST_GLUE.match(text, name.end)
        if glue is None or not found.zones.allows(glue.end(), glue.end() + 1):
            return
        name = reader.name_at(text, glue.end())
        if name is None or name.start != glue.end():
            return
        if not re.search(r"\b(?:and|&)", glue.group()) and not _LIST_GLUE.match(text, name.end):
            return  # "With funding from X, SNF trained ...": a comma that ends the phrase, not a list


# A proper name standing right before a verb, past adverbs and auxiliaries ("Casa Alianza also runs").
# (Searched in a window before each verb: the lookahead of its first letter turns the engine away from
# the window's other offsets before it tries the lookbehinds.)
_SUBJECT_BEFORE = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=\n[-•*]\s)|(?<=,\s)|(?<=,\sand\s)|(?<=\bthe\s)|(?<=\bour\s)|(?<=\bpartner\s)|(?<=\bpartners\s)"
    r"|(?<=[—–][ \t])|(?<=\s-[ \t]))"  # (after a dateline's dash: "Guatemala City, 30 July (AGN) — Guatemala launched")
    r"([A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|for|and|de|del|la|las|los|el|des|du|sans|pour|the|&))*)"
    r"(?:[ \t]+\([A-Z][^()\n]{0,80}\))?"  # "HAART Kenya (Awareness Against Human Trafficking) runs"
    r"(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?"  # "the Women's Safe House in Podgorica provided"
    r"[ \t]+(?:(?:also|now|currently|still|already|jointly|has|have|had|will)[ \t]+)*$"
)
#: A name opening a relative clause whose object is the work named before it: "..., which C-Sema runs".
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:which|that)[ \t]+(?:the[ \t]+)?([A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|for|and|de|the|&))*)"
    r"[ \t]+(?:(?:also|now|currently|still|already|jointly|has|have|had)[ \t]+)*$"
)
#: A relative "which" after a name (and where it sits): ", which ", " in Berlin, which also ".
_WHICH_BEFORE = re.compile(r"(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?,[ \t]+which[ \t]+(?:(?:also|now|still|currently)[ \t]+)?$")
#: A backer in apposition between a subject and its verb: ", supported by the Hope Trust, ".
_BACKED_BETWEEN = re.compile(
    r",[ \t]+(?:(?:supported|funded|financed|backed|sponsored)[ \t]+by|with[ \t]+(?:support|funding)[ \t]+from"
    # a partner in apposition too: ", together with the Ministry of Labour, ", ", in partnership with X and with funding from Y, "
    r"|(?:(?:working[ \t]+)?together|jointly|(?:in[ \t]+)?(?:partnership|cooperation|co-operation|collaboration))[ \t]+with)"
    r"[ \t]+(?:the[ \t]+)?[A-Z][^,.;:\n]{1,200},[ \t]+"
    r"(?:(?:also|now|has|have|had)[ \t]+)*$"
)
_TAIL = r"[ \t]+(?:(?:also|now|currently|still|already|jointly|has|have|had|will)[ \t]+)*$"
assert _SUBJECT_BEFORE.pattern.endswith(_TAIL)
#: The same name, right before the comma of an apposition.
_SUBJECT_AT_COMMA = re.compile(_SUBJECT_BEFORE.pattern[: -len(_TAIL)] + "$")
_NOT_SUBJECT = frozenset({"the", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "our", "their", "his", "her",
                          "in", "since", "during", "after", "before", "each", "every", "all", "some", "many", "most", "both", "one"})


def _programme_subjects(found: _Found, gazetteer: OrgGazetteer, context: str, folded: FoldedText, place_mentions=None) -> None:
    """Names a programme frame makes organizations: the subject of a verb that runs a programme noun.

    "In Honduras, Casa Alianza runs a reintegration programme", "our
    partner Different and Equal provides reintegration services": the
    verb's object holds a programme noun in the same clause. A name that
    is a place or a country, or has a head the ``not_org`` table stops,
    is none.
    """
    text = found.text
    hits = _programme_cues().find(text, folded)
    noun_hits = [h for h in hits if any(c.role in ("noun", "facility") for c in _programme_cues().cues_of(text[h[0] : h[1]]))]
    nouns = [h[0] for h in noun_hits]
    noun_ends = [h[1] for h in noun_hits]
    reader = _reader()
    places = set()
    if place_mentions is not None and length(place_mentions):
        columns = plain_columns(place_mentions, ["start", "end"])
        places = set(zip(columns["start"], columns["end"]))
    for start, end, cue in hits:
        if cue.role not in ("run", "fund") or cue.pos != "VERB" or not text[start:start + 1].islower():
            continue
        clause_end = _CLAUSE_END.search(text, end)
        limit = clause_end.start() if clause_end else len(text)
        i = bisect.bisect_right(nouns, end)
        # "Fier, supported by the Congregation of the Good Shepherd, trained ...": a backer in apposition says
        # the subject is a body, whatever the verb's object
        # "FIZ Stuttgart, which runs a protected shelter", "Ban Ying in Berlin, which counsels women": a body's relative clause
        backed = _BACKED_BETWEEN.search(text, max(0, start - 240), start)
        # (every match of _WHICH_BEFORE holds "which", and the pattern is tried at each offset of the window)
        which = _WHICH_BEFORE.search(text, max(0, start - 60), start) if backed is None and text.find("which", max(0, start - 60), start) >= 0 else None
        backed = backed or which
        aids = cue.role == "run" and _aid_after().match(text, end) is not None
        # "the child helpline 116, which C-Sema runs": the work is named before the relative clause its runner opens
        relative = _RELATIVE_SUBJECT.search(text, max(0, start - 80), start) if cue.role == "run" and backed is None else None
        if relative is not None and not any(0 <= relative.start() - n_end <= 24 for n_end in noun_ends):
            relative = None
        if (i >= len(nouns) or nouns[i] >= limit) and backed is None and not aids and relative is None:
            continue  # no programme noun in the verb's clause (nor "provides support to victims")
        before = _SUBJECT_AT_COMMA.search(text, max(0, backed.start() - 80), backed.start()) if backed else None
        if before is None:
            backed = None
            before = relative or _SUBJECT_BEFORE.search(text, max(0, start - 80), start)
            if (i >= len(nouns) or nouns[i] >= limit) and not aids and relative is None:
                continue
        if before is None or not found.zones.allows(before.start(1), before.end(1)):
            continue
        name = reader.name_at(text, before.start(1)) or _verb_led_name(text, before.start(1), before.end(1))
        pays = cue.role == "fund" and not text[start:end].endswith("ing")  # "With funding from": no verb
        if name is None and pays and _LEADING_THE.match(before.group(1)):
            name = reader.name_at(text, before.start(1) + _LEADING_THE.match(before.group(1)).end())  # "The X Fund and Y fund ..."
        if name is None or name.end != before.end(1) or name.words[0].lower in _NOT_SUBJECT:
            continue
        if which is not None and len(name.words) == 1 and not _acronym_like(name.words[0].text):
            continue  # "Bangkok, which runs ...": one word before "which" may be a place
        countries = _countries_listed(text, name)
        if countries:
            # "Ghana opened a shelter", "Nigeria and Niger launched a task force": countries acting
            for c_start, c_end, country in countries:
                if found.free(c_start, c_end):
                    found.add(c_start, c_end, *gazetteer.instance("government", country))
            continue
        if (name.start, name.end) in places:
            continue  # "Kano opened a shelter": a place acting
        pieces = _and_pieces(text, name) if pays else []
        if pieces and not found.free(name.start, name.end):
            # "Freedom Fund and Laudes have jointly funded ...": a known funder and another
            for piece in pieces:
                if found.free(piece.start, piece.end):
                    _role_name(found, gazetteer, context, piece, funder=True)
        elif _plural_subject(text, name, start, end, cue):
            # "Phulki and Clear Voice manage the helpline": a plural verb, two runners
            for piece in _and_pieces(text, name):
                _name_candidate(found, gazetteer, context, piece, "role")
        elif _plausible(text, name, classified=True):
            _name_candidate(found, gazetteer, context, name, "role")
        elif (cue.lemma in _KEEPS_WORK or backed is not None) and len(name.words) == 1 and _one_word_name(name.words[0].text) \
                and not _named_person(text, name.words[0].text, end):
            _name_candidate(found, gazetteer, context, name, "role")  # "Sahas runs two transit homes": a one-word body
        elif pays:
            # "Porticus funds a project ...": who pays may have a one-word name
            for piece in pieces or [name]:
                _role_name(found, gazetteer, context, piece, funder=True)


def _plural_subject(text: str, name, start: int, end: int, cue) -> bool:
    """Whether a name holding "and" is two names, the subjects of a verb in its plural ("Phulki and Clear
    Voice manage", not "Phulki and Clear Voice manages"): no "of" or "for" comes before the "and" (as in
    "Ministry of Labour and Social Affairs"), and each part is a name by itself ("Clear Voice"), or one
    word no dictionary knows ("Phulki").
    """
    if cue.role != "run" or text[start:end] != cue.lemma or " " in cue.lemma:
        return False
    reader = _reader()
    words = [w.lower for w in name.words]
    if "and" not in words or any(w in reader.segment for w in words[: words.index("and")]):
        return False
    pieces = _and_pieces(text, name)
    return bool(pieces) and all(
        _plausible(text, piece, classified=True) if len(piece.words) > 1 else _one_word_name(piece.words[0].text) or _acronym_like(piece.words[0].text)
        for piece in pieces
    )


_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?)[’']s?[ \t]+$")


def _country_possessive(text: str, start: int) -> bool:
    """Whether a country's possessive stands right before ``start``: "Cambodia's National Committee"."""
    return bool(_possessive_country(text, start))


def _possessive_country(text: str, start: int) -> str:
    """The country whose possessive stands right before ``start`` ("Qatar's National Committee": QAT), or ''."""
    before = _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return ""
    words = before.group(1).split()  # (the search may start a sentence early: "Dubai. Qatar's")
    return next((code for k in range(len(words)) if (code := country_of(" ".join(words[k:])))), "")


def _verb_led_name(text: str, start: int, end: int):
    """A run of capitalized words a verb form opens, as a name: "Challenging
    Heights runs a shelter".

    A name never opens with a verb's -ing or past form where nothing vouches
    for it ("Supported by USAID, ..."); as the subject of a programme verb,
    the frame does.
    """
    reader = _reader()
    words = tokenize(text, start, end)
    if len(words) < 2 or not all(reader.is_name_word(w) for w in words) or not inflected_verb(words[0].text):
        return None
    return reader.make(text, words)


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])")


def _countries_listed(text: str, name) -> list[tuple[int, int, str]]:
    """The countries a name is a list of, as (start, end, code): "the United Kingdom", "Germany and Norway".

    Empty unless every part is a country's name (not a nationality word:
    "the French Embassy" is a body).
    """
    out = []
    for part in re.finditer(r"[^,]+?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+|$))", text[name.start : name.end]):
        written = _clean_name(part.group().strip())
        written = re.sub(r"^(?:and|the)\s+", "", written)
        code = country_of(written)
        if not code or written in DEMONYMS:
            return []
        start = name.start + part.start() + part.group().index(written)
        out.append((start, start + len(written), code))
    return out


def _acronym_candidate(found: _Found, gazetteer: OrgGazetteer, context: str, start: int, end: int) -> None:
    """An acronym with a role: a known organization, or a new one named by its letters."""
    if not found.open(start, end):
        return
    text = found.text
    written = text[start:end]
    target = found.memo.get("defined", {}).get(written)
    if target is not None and target in found.orgs:
        record = found.orgs[target]  # "The Hope Street Foundation (HSF) ... HSF said": the body the text defined
        found.add(start, end, target, record["name"], record["org_type"], record["country"])
        return
    org_id = gazetteer.lookup(written)
    if org_id is not None:
        found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
        return
    if not found.free(start, end) or written.upper() in _NOT_ORG_ACRONYMS or written in found.memo.get("headed acronyms", ()):
        return  # (nor the letters of a work: "the Better Migration Management (BMM) programme ... funded by BMM")
    if not text[text.rfind("\n", 0, start) + 1 : start].strip() and _DATELINE_DASH.match(text, end):
        return  # "TOKYO - Seven trainees were ...": a news story's dateline, whose place opens its line
    found.add(start, end, _slug(written), written, "ngo", "")


#: What follows a dateline's place in capitals: a dash or a colon, then a sentence (lower-case words within
#: its first four), not the title-case name an acronym's definition gives ("HAART - Awareness Against ...").
_DATELINE_DASH = re.compile(r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?[ \t]*(?:--|—|–|-|:)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}?[ \t]+[a-z]")


#: Letters and a country's name after them, as national bodies are named: "HAART Kenya", "ATSEC Nepal".
#: (The first capital goes before the look back at the character before it: a pattern that opens with a
#: lookbehind is tried at every position of the text, one that opens with a capital only at capitals.)
_ACRONYM_AND_COUNTRY = re.compile(r"([A-Z](?<![\w/.(-][A-Z])[A-Z0-9&]{2,9})[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w’'-]|[ \t]+[A-Z])")


def _national_acronyms(found: _Found, gazetteer: OrgGazetteer) -> None:
    """Letters no table knows followed by a country's name are a national body: "HAART Kenya and
    Trace Kenya received four survivors" (not "TIP Kenya", nor letters before a nationality word, nor
    a name's letters in brackets after it: "Awareness Against Human Trafficking (HAART Kenya)")."""
    text = found.text
    for match in _ACRONYM_AND_COUNTRY.finditer(text):
        letters, country = match.groups()
        code = country_of(country)
        if code is None or country in DEMONYMS or letters in _NOT_ORG_ACRONYMS or country_of(letters) or gazetteer.lookup(letters) \
                or not found.open(match.start(), match.end()) or _in_capitals(text, match.start(), match.end()):
            continue
        written = match.group()
        found.add(match.start(), match.end(), _slug(written), written, "ngo", code)


# --- acronyms spelled by initials nearby -------------------------------------------------


def _initials(found: _Found, gazetteer: OrgGazetteer, defined: dict[str, str]) -> dict[str, str]:
    """Acronyms spelled by the initials of a capitalized name elsewhere ("AAT" ... "Alliance Anti Traffic")."""
    text = found.text
    # acronym -> offset of its first use in running text (not a heading, not "(XYZ)").
    wanted: dict[str, int] = {}
    known: dict[str, bool] = {}
    for m in _BARE_ACRONYM.finditer(text):
        acronym = m.group()
        if acronym in wanted or acronym in defined or acronym in _NOT_ORG_ACRONYMS or acronym in found.memo.get("headed acronyms", ()):
            continue  # ("the Pacific Labour Mobility (PALM) scheme": a programme's letters, wherever they stand)
        if acronym not in known:
            known[acronym] = gazetteer.lookup(acronym) is not None
        if known[acronym] or not found.open(m.start(), m.end()) or text[m.start() - 1 : m.start()] == "(":
            continue
        if not _in_capitals(text, m.start(), m.end()):
            wanted[acronym] = m.start()
    out = {}
    reader = _reader()
    for acronym, first in sorted(wanted.items()):
        # The name is spelled near the acronym's first use, before or after it.
        spelling = _spelled(acronym, text, max(0, first - _NEAR), first + _NEAR)
        if spelling is None:
            continue
        start, end = spelling
        name = reader.name_at(text, start)
        if name is None or name.start != start or not _plausible(text, name) or len(name.words) < 2:
            continue
        if not found.zones.allows(start, end):
            continue
        written = text[start:end]
        org_id = gazetteer.lookup(written) or gazetteer.fuzzy(written)
        if org_id is not None:
            org_id, canonical, org_type, home = gazetteer.instance(org_id, "")
        else:
            org_id, canonical, org_type, home = _slug(written), f"{written} ({acronym})", _guess_type(written, name.cue("institution")), _country_in(written)
        out[acronym] = org_id
        if found.free(start, end):
            found.add(start, end, org_id, canonical, org_type, home, alias=acronym)
        else:
            found.register(org_id, canonical, org_type, home, alias=acronym)
    return out


#: How far from an acronym's first use its spelled-out name is looked for (characters).
_NEAR = 3000
_SKIPPED = r"(?:[ \t]+(?:of|for|and|the|in|on|against))?"


#: The linkers that may give an acronym a letter or none (see _spelling), in the pattern's order.
_LINKERS = ("of", "for", "and", "the", "in", "on", "against")


def _spelled(acronym: str, text: str, pos: int, endpos: int) -> tuple[int, int] | None:
    """Where ``_spelling(acronym).search(text, pos, endpos)`` matches: (start, end), or None.

    The same search without compiling a pattern per acronym (compiling
    takes about 0.7 ms, and archives use thousands of acronyms): the
    places where a word the first letter may open begins are tried left
    to right, and each by :func:`_spelled_from` in the pattern's order of
    alternatives.
    """
    text = text[:endpos]  # the search sees nothing past endpos
    for at in _openings(acronym[0]).finditer(text, pos):
        end = _spelled_from(acronym, text, at.start(), 0)
        if end is not None:
            return at.start(), end
    return None


@lru_cache(maxsize=64)
def _openings(letter: str) -> re.Pattern:
    """Word starts where a name whose initials open with ``letter`` may begin: the
    letter and a lower-case letter, or a linker that gives it (see :func:`_spelling`)."""
    options = [rf"{re.escape(letter)}[a-z]", *(w for w in _LINKERS if w[0] == letter.lower())]
    return re.compile(r"(?=" + "|".join(options) + r")\b")


def _spelled_from(acronym: str, text: str, at: int, k: int) -> int | None:
    """Where the words from ``at`` that spell ``acronym[k:]`` end, as the pattern of
    :func:`_spelling` reads them (its alternatives in order), or None."""
    letter = acronym[k]
    for word in (None, *(w for w in _LINKERS if w[0] == letter.lower())):
        if word is None:  # the letter's word: "A[a-z]+"
            if not text.startswith(letter, at):
                continue
            stop = at + len(letter)
            while stop < len(text) and "a" <= text[stop] <= "z":
                stop += 1
            if stop == at + len(letter):
                continue
        elif text.startswith(word, at):
            stop = at + len(word)
        else:
            continue
        if k == len(acronym) - 1:
            if _word_boundary(text, stop):
                return stop
            continue
        # A linker that gives no letter ("Alliance against Traffic"), or none; then blanks or a hyphen.
        for skip in (*_skipped_linkers(text, stop), stop):
            gap = skip
            while gap < len(text) and text[gap] in " \t-":
                gap += 1
            if gap > skip:
                end = _spelled_from(acronym, text, gap, k + 1)
                if end is not None:
                    return end
    return None


def _skipped_linkers(text: str, at: int) -> list[int]:
    """Ends of the linkers after blanks at ``at`` (the pattern's optional skipped linker), in its order."""
    blank = at
    while blank < len(text) and text[blank] in " \t":
        blank += 1
    if blank == at:
        return []
    return [blank + len(word) for word in _LINKERS if text.startswith(word, blank)]


@lru_cache(maxsize=1024)
def _spelling(acronym: str) -> re.Pattern:
    """A pattern for capitalized names whose initials spell ``acronym``: what
    :func:`_spelled` finds (and the tests check it against).

    A linker may give a letter ("Foundation for Women": FFW) or none
    ("Alliance Anti Traffic": AAT).
    """
    parts = []
    for letter in acronym:
        linkers = [w for w in ("of", "for", "and", "the", "in", "on", "against") if w[0] == letter.lower()]
        options = [rf"{letter}[a-z]+"] + linkers
        parts.append("(?:" + "|".join(options) + ")")
    return re.compile(r"\b" + rf"{_SKIPPED}[ \t-]+".join(parts) + r"\b")


def _bare_uses(text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Bare uses of any of ``words`` (longest first): (start, end, word), in text order.

    What ``(?<![\\w/-])(A|B|...)(?![\\w/-])`` finds, without compiling a
    pattern per set of words (documents define ever new acronyms): the
    places ``str.find`` proposes, each taken by the first word that stands
    there alone, and the search going on after it.
    """
    found, end = [], 0
    for at in occurrences(text, words):
        if at < end or (at and _apart(text[at - 1])):
            continue
        for word in words:
            stop = at + len(word)
            if text.startswith(word, at) and not (stop < len(text) and _apart(text[stop])):
                found.append((at, stop, word))
                end = stop
                break
    return found


def _apart(char: str) -> bool:
    """A character a bare use may not touch: a word character, a slash or a hyphen ("AIT/K", "DOS-funded")."""
    return _word_character(char) or char in "/-"


#: An acronym in apposition after a name, between commas or before a stop: ", KIWOHEDE." ", TAWLA, ".
_APPOSED_ACRONYM = re.compile(r",[ \t]+([A-Z][A-Z0-9&-]{1,11})(?=[ \t]*(?:[.,;:)]|$))")


def _apposed_acronyms(found: _Found, defined: dict[str, str]) -> None:
    """An acronym set after a name the text reads, between commas, that spells it: "the Kiota Women
    Health and Development Organization, KIWOHEDE." defines KIWOHEDE as that body, as brackets would."""
    text = found.text
    for start, end, written, org_id in list(found.mentions):
        after = _APPOSED_ACRONYM.match(text, end)
        if after is None or after.group(1) in defined or not found.open(after.start(1), after.end(1)):
            continue
        if len(written.split()) < 2 or not _abbreviates(after.group(1), _clean_name(written)):
            continue
        record = found.orgs[org_id]
        defined[after.group(1)] = org_id
        found.add(after.start(1), after.end(1), org_id, record["name"], record["org_type"], record["country"])


def _acronym_uses(found: _Found, defined: dict[str, str]) -> None:
    """Every later bare use of an acronym the text defined."""
    if not defined:
        return
    for start, end, acronym in _bare_uses(found.text, tuple(sorted(defined, key=len, reverse=True))):
        if found.open(start, end):
            record = found.orgs[defined[acronym]]
            found.add(start, end, defined[acronym], record["name"], record["org_type"], record["country"])


#: A short name right before an organization's, in a list with it: "Yazda and (the) ...", "Agar Ethiopia, ...".
_CONJUNCT_BEFORE = re.compile(
    r"(?<![\w’'&.-])((?:[A-Z][\w’'&-]*[ \t]+)?[A-Z][\w’'&-]*)(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?$"
)
_CONJUNCTIONS = (",", "and", "&")


def _conjunct_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends as every match of :data:`_CONJUNCT_BEFORE` does: a comma, "and"
    or "&", then perhaps "the", then blanks (and perhaps a line feed, before which ``$`` also matches).

    A test on the window's end, where the pattern is tried at each of its offsets; True does not
    mean the pattern matches.

    >>> [_conjunct_ends(t, 0, len(t)) for t in ("IOM, ", "IOM and the ", "IOM &\\n", "IOM runs ", "the ")]
    [True, True, True, False, False]
    """
    window = text[start:end]
    window = (window[:-1] if window.endswith("\n") else window).rstrip(" \t")
    if window.endswith(_CONJUNCTIONS):
        return True
    return window.endswith("the") and window[:-3].rstrip(" \t").endswith(_CONJUNCTIONS)


#: A short name right after an organization's (past its acronym in brackets), in a list with it: "... and Yazda run".
_CONJUNCT_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z][^()\n]{0,80}\))?([ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?"
    r"([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2})(?![\w’'&-]|[ \t]+(?:[A-Z]|of\b|for\b|de\b))"
)
#: A preposition right before a name: "of the ", "by " (not "to" or "from", before places).
_PREPOSITION_BEFORE = re.compile(r"\b(of|by|with)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: The same preposition, a short name and "and" before another: "of Sedex and " (before "of the Slave-Free Alliance").
_PREPOSED_CONJUNCT_BEFORE = re.compile(
    r"\b(of|by|with)[ \t]+(?:the[ \t]+)?([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*)?)[ \t]*,?[ \t]+and[ \t]+$"
)
#: After a name, "and" (or "or"), the same preposition and a short name: " and by Impactt", " or of International Needs Ghana".
_PREPOSED_CONJUNCT_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:and|or)[ \t]+(of|by|with)[ \t]+(?:the[ \t]+)?([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2})(?![\w’'&-]|[ \t]+(?:[A-Z]|of\b|for\b|de\b))"
)
#: A body's town right after its name: " in Belgrade", " in Novi Sad".
_IN_TOWN = re.compile(r"[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?(?![\w’'-])")
#: A short name with its town, then a list's glue, right before a body's name: "Atina in Belgrade, ".
_PLACED_CONJUNCT_BEFORE = re.compile(
    r"(?<![\w’'&.-])((?:[A-Z][\w’'&-]*[ \t]+)?[A-Z][\w’'&-]*)[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?"
    r"(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?$"
)
#: After a body's town, the list's glue and a short name with a town of its own: ", and Lara in Bijeljina".
_PLACED_CONJUNCT_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?"
    r"([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*)?)(?=[ \t]+in[ \t]+[A-Z])"
)
#: A list of members opening with a verb: "whose members are ", "partners include ".
_PLACED_LIST_OPENING = re.compile(r"\b(?:are|were|include|includes|included)[ \t]+$")
#: Where a list of actors opens, right before its first name: a sentence, a line or item, or a role's word.
_LIST_OPENING = re.compile(
    r"(?:^|[.!?;:][ \t]+|\n[ \t]*(?:[-•*][ \t]+)?|\([ \t]*|\b(?:[Bb]y|[Ww]ith|[Ff]rom|[Bb]etween|[Ii]ncluding|[Ss]uch[ \t]+as|[Nn]amely|[Pp]artners?|[Gg]rantees?)[ \t]+)(?:[Tt]he[ \t]+)?$"
)
#: The glue of a list that goes on after a name: "A, B and C".
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|and\b|&)")
#: The same, to another name: ", Good Samaritan Association and", " and OPRIFS".
_LIST_GOES_ON_NAME = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|&)[ \t]+)?(?:the[ \t]+)?[A-Z]|and\b|&)")
#: A person's title before a name: "Sister Ana", "Nobel laureate Nadia".
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sister|Brother|Father|Director|Colonel|General|Minister|Ambassador|Governor|Mayor|President|laureate)\.?[ \t]+$")
_WORD_NEXT = re.compile(r"[ \t]+([a-z][\w-]*)")
#: A name going on past a Romance linker or an elided article: "Terre d'Asile", "Casa do Migrante".
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[a-z][’']|(?:de|del|des|du|da|do|dos|das|di)[ \t]+)[A-Z]")


#: A verb of saying whose reported subject is "it": the speaker is a body, not a person ("X informed that it had ...").
_IT_SPEAKER = re.compile(
    r"[ \t]+(?:said|says|informed|reported|reports|told[ \t]+\w+|announced|announces|stated|noted|confirmed|explained|added|indicated)"
    r"(?:[ \t]+that)?[ \t]+(?:it[ \t]+(?:(?:had|has|would|will|could|can)[ \t]+(?!(?:be|been|take|seem|seemed|become|get|make)\b)[a-z]+|(?:plans|planned|intends|intended)[ \t]+to)"
    r"|(?P<its>its)[ \t]+[a-z][\w-]*)\b"
)  # (not the empty "it" of "said it was hard", "said it would be difficult"; "reported that its project had
#    reached 40 schools": a body's own work, where a person's would be "his" or "her")
#: The proper words right before such a verb, opening their sentence or line: "Sana Sezim", "The Hope Network".
_SPEAKER_BEFORE = re.compile(
    r"(?:^|(?<=[.;!?:][ \t])|(?<=\n)|(?<=, )|(?<=\n\d[ \t])|(?<=\d\.\d[ \t])|(?<=\d\.\d\.\d[ \t]))(?:[Tt]he[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|de|la|del|du|des)[ \t]+)?[A-Z][\w’'-]*){1,6})$"
)


def _work_within(text: str, start: int, end: int) -> bool:
    """Whether a programme noun ("project", "hotline", "shelter") is written in ``text[start:end]``, in its clause."""
    clause = _CLAUSE_END.search(text, start, end)
    stop = clause.start() if clause else end
    return any(
        c.role in ("noun", "facility") for hit in _programme_cues().find(text[start:stop]) for c in _programme_cues().cues_of(text[start:stop][hit[0] : hit[1]])
    )


def _it_speakers(found: _Found, context: str) -> None:
    """A proper name that reports what "it" did is a body: "Sana Sezim informed that it had assisted
    42 returnees", "Hope and Light said it would open a shelter" (a person would be "he" or "she").
    Not a country's name ("Thailand said it would"), nor a name the tables say is no body."""
    text = found.text
    if " it " not in text and " its " not in text:
        return
    for verb in _IT_SPEAKER.finditer(text):
        before = _SPEAKER_BEFORE.search(text, max(0, verb.start() - 100), verb.start())
        if before is None:
            continue
        start, end = before.span(1)
        if not found.zones.allows(start, end) or not found.open(start, end) or country_of(text[start:end]):
            continue
        if verb.group("its") and not _work_within(text, verb.start("its"), verb.start("its") + 50):
            continue  # "Somchai Wong said its roof leaked": only a body's own work ("its hotline") makes it a body
        name = _reader().make(text, tokenize(text, start, end))
        if not _plausible(text, name, classified=True) or any(country_of(w.text) or w.text in DEMONYMS for w in name.words[:1]) and len(name.words) < 3:
            continue
        written = _clean_name(text[start:end])
        org_type = _guess_type(written, name.cue("institution"))
        found.add(start, end, _slug(written), written, org_type, _country_in(written) or (context if org_type == "government" else ""))


#: A body's conjunct, then the verb of signing both share: " and the ", then "... signed".
_AND_CONJUNCT = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: Capitalized words a name reader leaves after a participle ("Persons Affected | by the Crime of Trafficking").
_NAME_TAIL = re.compile(r"(?:[ \t]+(?:(?:by|of|for|in|to|and|the|against)[ \t]+)*[A-Z][\w’'-]*)*")
_SIGNED_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?,?[ \t]+(?:[a-z]+[ \t]+)?(?:signed|sign|co-signed|concluded|renewed)\b")


def _cosignatories(found: _Found, context: str) -> None:
    """A proper name coordinated with a body as the subject of signing is a body, whatever its head:
    "the Ministry of Justice and the National Programme for the Rescue of Victims (Programa
    Nacional) signed an agreement" (a state programme that acts as an office)."""
    text = found.text
    for start, end, _, partner in list(found.mentions):
        conjunct = _AND_CONJUNCT.match(text, end)
        if conjunct is None:
            continue
        name = _reader().name_at(text, conjunct.end())
        if name is None or name.start != conjunct.end() or len(name.words) < 3:
            continue
        name_end = _NAME_TAIL.match(text, name.end).end()  # "... of Persons Affected by the Crime of Trafficking"
        if not _SIGNED_AFTER.match(text, name_end):
            continue
        if not found.zones.allows(name.start, name_end) or not found.open(name.start, name_end) or country_of(text[name.start : name_end]):
            continue
        written = _clean_name(text[name.start : name_end])
        if name.cue("institution") is None:
            # a programme or a plan as a party: a body of the same kind and country as its co-signer
            org_type, home = found.orgs[partner]["org_type"], found.orgs[partner]["country"]
        else:
            org_type = _guess_type(written, name.cue("institution"))
            home = _country_in(written) or (context if org_type == "government" else "")
        found.add(name.start, name_end, _slug(written), written, org_type, home)


def _coordinated_names(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """Short names listed with an organization's: coordinated names share the organization's part.

    "Yazda and the Free Yezidi Foundation run centres", "Agar Ethiopia,
    Good Samaritan Association and OPRIFS": a conjunct of a found
    organization, in a list that opens a sentence, an item or a role
    ("with", "by"), is an organization too when it is a word no dictionary
    knows ("Yazda"; not a country, nor a person's name: "Nadia Murad" ...
    "Murad and UNICEF"), or a word and a country's name, as national
    organizations are named ("Agar Ethiopia", "Change Nepal"; not "Western
    Kenya"). A place in a list ("shelters in Jessore and Satkhira, and the
    BNWLA ...") follows a preposition, and a place before a body ("the
    Jharkhand police", "IOM, Bishkek office") is a word of its name.
    """
    text = found.text
    added = True
    seen = set()
    while added:  # "A, B and the X Foundation": B is found beside X, then A beside B
        added = False
        ends = {end for _, end, _, _ in found.mentions}
        for start, end, _, _ in list(found.mentions):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            before = _CONJUNCT_BEFORE.search(text, max(0, start - 60), start) if _conjunct_ends(text, max(0, start - 60), start) else None
            if before is not None:
                # (a country may close a national body's name of three words: "such as Horticulture New Zealand and ...",
                # "Stella Maris Kiribati and ...")
                prior = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1)) \
                    if " " in before.group(1) and (country_of(before.group(1)) or country_of(before.group(1).split()[-1])) else None
                opens = prior.start(1) if prior is not None else before.start(1)
                opening = text[max(0, opens - 40) : opens]
                between = any(re.fullmatch(r"[ \t]*,[ \t]*", text[e : before.start(1)]) for e in ends if before.start(1) - 6 < e <= before.start(1))
                listed = _LIST_OPENING.search(opening) or between
                if listed and _conjunct_name(found, gazetteer, context, before.start(1), before.end(1), between):
                    added = True
            placed = _IN_TOWN.match(text, end)
            if placed is not None:
                # "Atina in Belgrade, the Centre for Women's Rights in Mostar and Lara in Bijeljina": each body
                # with its town, so a conjunct with a town of its own is a body too (not "Sanlaap in Kolkata and Howrah")
                window = text[max(0, start - 100) : start]
                before = _PLACED_CONJUNCT_BEFORE.search(window)
                if before is not None and (_LIST_OPENING.search(window, 0, before.start(1)) or _PLACED_LIST_OPENING.search(window, 0, before.start(1))):
                    offset = start - len(window)
                    if _conjunct_name(found, gazetteer, context, offset + before.start(1), offset + before.end(1)):
                        added = True
                after = _PLACED_CONJUNCT_AFTER.match(text, placed.end(), min(len(text), placed.end() + 100))
                if after is not None and _conjunct_name(found, gazetteer, context, after.start(1), after.end(1)):
                    added = True
            # "members of Sedex and of the Slave-Free Alliance", "audited by Verité and by Impactt": one
            # preposition before each conjunct
            preposition = _PREPOSITION_BEFORE.search(text, max(0, start - 16), start)
            if preposition is not None:
                word = preposition.group(1).lower()
                before = _PREPOSED_CONJUNCT_BEFORE.search(text, max(0, preposition.start() - 50), preposition.start())
                if before is not None and before.group(1).lower() == word and _conjunct_name(found, gazetteer, context, before.start(2), before.end(2)):
                    added = True
                after = _PREPOSED_CONJUNCT_AFTER.match(text, end, min(len(text), end + 60))
                following = _WORD_NEXT.match(text, after.end()) if after is not None else None
                if following is not None and not is_dictionary_word(following.group(1)):
                    after = None  # "by Vasa prava BiH": a name going on in another language
                if after is not None and after.group(1).lower() == word and _conjunct_name(found, gazetteer, context, after.start(2), after.end(2)):
                    added = True
            after = _CONJUNCT_AFTER.match(text, end, min(len(text), end + 140))
            # (not "the Child Welfare Committee, Thane, which placed ...": the body's town, as an address writes it)
            if after is not None and ("and" in after.group(1) or "&" in after.group(1) or _LIST_GOES_ON_NAME.match(text, after.end(2))):
                if _conjunct_name(found, gazetteer, context, after.start(2), after.end(2)):
                    added = True


#: An item of a bulleted or numbered list, its text in group 1.
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]+(\S[^\n]*)$", re.MULTILINE)
#: The capitalized name opening a list item, then its town, country or what it does: "Al Noor Manpower
#: Services (Dubai)", "Silver Wings Travels and Tours, Kurunegala".
_ITEM_NAME = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][\w’'&.-]*(?:[ \t]+(?:(?:and|&|of|for|de|the)[ \t]+)*[A-Z][\w’'&.-]*){0,7})"
    r"(?=[ \t]*(?:\([^()\n]*\)|,[ \t]*[A-Z][^,\n]*|[ \t][-–—][ \t][^\n]*)?[ \t]*[.;]?[ \t]*$)"
)


def _list_items(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """The other items of a list most of whose items open with an organization are organizations.

    "1. Lanka Euro Careers (Pvt) Ltd, Kandy / 2. ... / 3. Silver Wings Travels
    and Tours, Kurunegala": an item that is a capitalized name, then its town,
    country or what it does, is one more of the kind; an item naming a
    person ("Mr. S. Perera trading as ..."), a place or a country is not.
    """
    text = found.text
    if "\n" not in text:
        return
    runs, run, last_end = [], [], -2
    for item in _LIST_ITEM.finditer(text):
        if item.start() != last_end + 1:
            run = []
            runs.append(run)
        run.append(item)
        last_end = item.end()
    for run in runs:
        if len(run) < 3:
            continue
        opened = [k for k, item in enumerate(run) if _item_opens_with_mention(found, item)]
        if len(opened) < 2 or 2 * len(opened) < len(run):
            continue
        for k, item in enumerate(run):
            if k in opened:
                continue
            named = _ITEM_NAME.match(text, item.start(1), item.end(1))
            if named is None:
                continue
            start, end = named.span(1)
            written = _clean_name(text[start:end])
            words = written.split()
            if not found.open(start, end) or words[0].lower().rstrip(".") in _person_titles() or country_of(written) \
                    or (len(words) == 1 and not (_acronym_like(written) or _SHEET_ONE_WORD.fullmatch(written))):
                continue  # (one word in capitals or camel case only: "Mombasa" may be a place)
            name = _reader().name_at(text, start)
            if name is not None and name.cue("not_org") is not None and name.cue("institution") is None:
                continue  # "- Trafficking in Persons Act (2019)": a law among the bodies
            org_id = gazetteer.lookup(written)
            if org_id is not None:
                found.add(start, end, *_resolve(gazetteer, org_id, text, start, end, context))
            else:
                org_type = _guess_type(written)
                found.add(start, end, _slug(written), written, org_type, _country_in(written) or (context if org_type in STATE_BODY_TYPES else ""))


def _item_opens_with_mention(found: _Found, item) -> bool:
    """Whether an organization's mention opens a list item (after "the")."""
    start = item.start(1) + (4 if found.text.startswith(("the ", "The "), item.start(1)) else 0)
    k = found.overlapping(start, start + 1)
    return k >= 0 and found.mentions[k][0] <= start


def _conjunct_name(found: _Found, gazetteer: OrgGazetteer, context: str, start: int, end: int, between: bool = False) -> bool:
    """Record the conjunct ``start:end`` of an organization's name when it is a name (see :func:`_coordinated_names`).

    Two words are a name when the last is a country's ("Agar Ethiopia") or when, ``between`` two
    organizations' names in one list, they are no place and the last is not used alone, as a
    person's surname is ("..., Fortify Rights and the Thai Union Group"; not "UNICEF, Maria Lopez
    and IOM ... Lopez said"). Words no dictionary knows are not enough: "IOM and Anjali Sharma".
    """
    text = found.text
    if not found.open(start, end) or _TITLE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _NAME_GOES_ON.match(text, end):
        return False  # "Terre d'Asile Tunisie", "Casa do Migrante": a longer name
    following = _WORD_NEXT.match(text, end)
    if following and (_reader().scanner.cues_of(following.group(1)) or following.group(1) in _level_words() or found.overlapping(following.start(1), following.end(1)) >= 0):
        return False  # "the Jharkhand police", "Almaty city akimat", "the Agadez regional directorate": a place naming a body
    words = text[start:end].split()
    if len(words) == 2 and (country_of(" ".join(words)) or country_of(words[1]) and not country_of(words[0])):
        prior = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if prior is not None and _own_word(prior.group(1)) and found.open(prior.start(1), end):
            # "Horticulture New Zealand": a word and a country's two; "Stella Maris Kiribati": two words and a country
            start, words = prior.start(1), [prior.group(1), *words]
    if len(words) == 1:
        word = POSSESSIVE_END.sub("", words[0])
        if not _one_word_name(word) or re.search(rf"[A-Z][\w’'.-]*[ \t]+{re.escape(word)}\b", text):
            return False  # a dictionary word, or a person's name ("Nadia Murad" ... "Murad and UNICEF")
    elif len(words) > 2:
        # "International Needs Ghana", "Health Volunteers Kenya": words with a noun, then the country they work in
        own = words[:-1] if country_of(words[-1]) else words[:-2] if country_of(" ".join(words[-2:])) else None
        if not own or any(w.lower() in _FUNCTION_WORDS or country_of(w) for w in own) \
                or not any(_own_word(w) for w in own):
            return False
    else:
        first, last = words
        if last in DEMONYMS or country_of(first) or _is_adjective(first) or first.lower() in _FUNCTION_WORDS or first.lower() in _generic_words():
            return False  # (and not "Northern Uganda", a part of a country: a generic word of the name-word table)
        if not country_of(last) and (
            country_of(" ".join(words)) or re.search(rf"(?<![\w’'-][ \t]){re.escape(last)}\b(?![ \t]+[A-Z])", text[:start] + text[end:])
            or not between
        ):
            return False
    before = len(found.mentions)
    _name_candidate(found, gazetteer, context, _reader().make(text, tokenize(text, start, end)), "list")
    return len(found.mentions) > before


#: Capitalized words opening a sentence, and the word after them (an adverb skipped): "Migration Colombia
#: identified ...", "Migrant Workers Uganda also welcomed ...".
_SUBJECT_OPENING = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))((?:[A-Z][\w’'-]*[ \t]+){1,3}[A-Z][\w’'-]*)[ \t]+(?:(?:also|then|later|has|have|had|will)[ \t]+)?([a-z]+)\b",
    re.MULTILINE,
)


def _country_named_subjects(found: _Found, gazetteer: OrgGazetteer, context: str) -> None:
    """A body named by a word or two and its country, as the subject of a verb opening its sentence:
    "Migration Colombia identified eleven victims", "Migrant Workers Uganda also welcomed it" (the same
    test as a list's conjunct, see :func:`_conjunct_name`).

    >>> found = _Found("Migration Colombia identified eleven victims at the airport.")
    >>> _country_named_subjects(found, load_org_gazetteer(), "COL")
    >>> [record["name"] for record in found.orgs.values()]
    ['Migration Colombia']
    """
    from lemminflect import getAllLemmas  # (as the language layer loads it: on first use)

    text = found.text
    for opening in _SUBJECT_OPENING.finditer(text):
        words = opening.group(1).split()
        if not (country_of(words[-1]) or country_of(" ".join(words[-2:]))) or country_of(" ".join(words)):
            continue
        verb = opening.group(2)
        lemmas = getAllLemmas(verb).get("VERB", ())
        if not lemmas or verb in lemmas or "be" in lemmas:
            continue  # an inflected verb ("identified", "says"), not a noun, a base form or a copula ("Kampala Uganda was hot")
        _conjunct_name(found, gazetteer, context, opening.start(1), opening.end(1))


def _own_word(word: str) -> bool:
    """Whether a word may open a national body's name before its country: a noun ("Horticulture",
    "Needs") or a word no dictionary knows ("Stella", "Maris"); not "Northern" (a generic word
    of the name-word table), "the", "Kenya"."""
    return word.lower() not in _FUNCTION_WORDS and word.lower() not in _generic_words() and not country_of(word) and word not in DEMONYMS \
        and (_is_noun(word.lower()) or not is_dictionary_word(word)) and not _is_adjective(word)


#: A capitalized word right before a conjunct, on its line: "Horticulture" of "Horticulture New Zealand".
_WORD_BEFORE = re.compile(r"(?<![\w’'&.-])([A-Z][\w’'-]*)[ \t]+$")


#: A name of capitalized words and linkers, as a later use can write it again: "Challenging Heights", "Free the Slaves".
_TITLED_NAME = re.compile(r"[A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|for|and|the|de|la|del|to|against|in|on))* [A-Z][\w’'&-]*")


def _one_word_uses(found: _Found) -> None:
    """Every later use of a name the text showed to be an organization's, which its words alone do not make one.

    "the NGO Atina" ... "Atina, which runs a reintegration programme in
    Belgrade, said": the second use has no classifier or role of its own,
    and a single capitalized word is no name by its words alone; nor is
    "Challenging Heights" ("run by Challenging Heights" ... "Challenging
    Heights' shelter has taken in 2,000 children").
    """
    names = {record["name"]: org_id for org_id, record in found.orgs.items()
             if org_id.startswith("org:") and len(record["name"]) >= 4 and record["name"][:1].isupper() and (
                 record["name"].isalpha() or _TITLED_NAME.fullmatch(record["name"]))}
    if not names:
        return
    for start, end, name in _bare_uses(found.text, tuple(sorted(names, key=len, reverse=True))):
        if found.open(start, end):
            org_id = names[name]
            record = found.orgs[org_id]
            country = _CAPITAL_NEXT.match(found.text, end)
            if country and country_of(country.group(1)) and country.group(1) not in DEMONYMS and found.open(start, country.end(1)) \
                    and " " not in name:
                # "Sahas Nepal" beside "Sahas runs ...": the one-word body named with its country
                end = country.end(1)
                record["aliases"].add(_clean_name(found.text[start:end]))
                record["country"] = record["country"] or country_of(country.group(1))
            found.add(start, end, org_id, record["name"], record["org_type"], record["country"])


def _short_forms(found: _Found) -> None:
    """A name that is the first part of a longer name of the same text is that body said short.

    "the Centre for Protection of Victims of Human Trafficking ... The Centre for
    Protection should take over": "Tambayan Center" after "Tambayan Center for
    Children's Rights" is one body. The longer name goes on with a linker ("of",
    "for") after the shorter one's words, and no other name of the text does.
    """
    named = {m[3] for m in found.mentions}
    bases = {org_id: _ACRONYM_AFTER_NAME.sub("", rec["name"]) for org_id, rec in found.orgs.items() if org_id.startswith("org:") and org_id in named}
    segment = _reader().segment
    merged = {}
    for short, short_name in bases.items():
        # "the Gender Ministry": the same body as "the Ministry of Gender", said with its portfolio first
        fronted = _PORTFOLIO_FIRST.fullmatch(short_name)
        if fronted:
            short_name = f"{fronted.group(2)} of {fronted.group(1)}"
        longer = [
            org_id for org_id, name in bases.items()
            if org_id != short and (
                name.startswith(short_name + " ") and name[len(short_name) + 1 :].split(" ", 1)[0] in segment
                # "the Ministry of Gender, Labour and Social Development ... the Ministry of Gender": its first portfolio
                or name.startswith(short_name + ", ") and " and " in name[len(short_name) :]
                or fronted and name == short_name
            )
        ]
        same = [org_id for org_id in longer if bases[org_id] == short_name]
        longer = same or longer
        if not longer:
            # "the Solomon Islands Immigration Division ... the Immigration Division": the country's name before it
            longer = [
                org_id for org_id, name in bases.items()
                if org_id != short and name.endswith(" " + short_name) and country_of(name[: -len(short_name) - 1])
            ]
        if len(longer) == 1 and len(short_name.split()) > 1:
            merged[short] = longer[0]
    # "Gender Ministry" -> "Ministry of Gender" -> "Ministry of Gender, Labour and ...": one body at the end of the chain
    for short, target in list(merged.items()):
        while target in merged and merged[target] != short:
            target = merged[target]
        merged[short] = target
    if not merged:
        return
    for k, (start, end, written, org_id) in enumerate(found.mentions):
        if org_id in merged:
            found.mentions[k] = (start, end, written, merged[org_id])
            found.orgs[merged[org_id]]["aliases"].add(bases[org_id])
    for org_id in merged:
        del found.orgs[org_id]


_CAPITAL_NEXT = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
#: Two or three capitalized words after a known acronym, the last of them read as its head: "SADC Parliamentary Forum".
#: (The name ends there: "USAID Regional Development Mission for Asia" goes on, and may be the known body's branch.)
_CAPITALS_THEN_HEAD = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,2}[ \t]+([A-Z][\w'’-]*)(?![\w'’-]|[ \t]+(?:[A-Z]|(?:of|for|to|in|on|against)\b))")
#: A ministry or department named by its portfolio first: "Gender Ministry", "Labour Department".
_PORTFOLIO_FIRST = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (Ministry|Department)")


def _national_branches(found: _Found) -> None:
    """A body's short name, where the text names one national branch of it, is that branch.

    "La Strada Moldova ... La Strada extended its Trust Line": the page is the
    Moldovan branch's, and so is its "La Strada" (the gazetteer's reading is
    the international network). The longer name is the short one and a
    country ("Terre des hommes Albania", "World Vision Myanmar").
    """
    branches: dict[str, set[str]] = {}
    for _, _, written, org_id in found.mentions:
        words = " ".join(written.split())
        short, _, country = words.rpartition(" ")
        if short and country_of(country) and country not in DEMONYMS:
            branches.setdefault(fold_name(short), set()).add(org_id)
    if not branches:
        return
    for k, (start, end, written, org_id) in enumerate(found.mentions):
        owners = branches.get(fold_name(" ".join(_LEADING_THE.sub("", written).split())))
        after = _CAPITAL_NEXT.match(found.text, end)
        if after and country_of(after.group(1)):
            continue  # "World Vision Vietnam" in a text on Vietnam: the federation's office there, named so
        if owners and len(owners) == 1 and org_id not in owners:
            branch = next(iter(owners))
            found.mentions[k] = (start, end, written, branch)
            found.orgs[branch]["aliases"].add(_clean_name(written))
    named = {m[3] for m in found.mentions}
    for org_id in [o for o in found.orgs if o not in named]:
        del found.orgs[org_id]


def _found_columns(doc_id: str, found: _Found) -> tuple[dict[str, list], dict[str, list]]:
    """A document's mentions and organizations as plain columns."""
    mentions = sorted(found.mentions)
    starts, ends, texts, ids = (list(column) for column in zip(*mentions)) if mentions else ([], [], [], [])
    org_mentions = {"doc": [doc_id] * len(mentions), "start": starts, "end": ends, "text": texts, "org_id": ids}
    named = set(ids)
    records = [(org_id, rec) for org_id, rec in sorted(found.orgs.items()) if org_id in named]
    organizations = {
        "org_id": [org_id for org_id, _ in records],
        "name": [rec["name"] for _, rec in records],
        # (a written form with no capital is no name of the body: "state" of "state-funded")
        "aliases": [sorted(a for a in rec["aliases"] if a and a != rec["name"] and not a.islower()) for _, rec in records],
        "org_type": [rec["org_type"] for _, rec in records],
        "country": [rec["country"] for _, rec in records],
        "docs": [[doc_id] for _ in records],
    }
    return org_mentions, organizations


def _places_by_start(place_mentions) -> tuple[list[int], list[tuple]]:
    """Place mentions sorted by start, as (starts, rows of (start, end, kind, country)), for :func:`_sentence_country`.

    ``place_mentions`` is a frame or plain columns with ``start``, ``end``,
    ``kind`` and ``country`` (or None).
    """
    if place_mentions is None or not length(place_mentions):
        return [], []
    places = plain_columns(place_mentions, ["start", "end", "kind", "country"])
    rows = sorted(zip(places["start"], places["end"], places["kind"], places["country"]), key=lambda row: row[0])
    return [row[0] for row in rows], rows


def _town_right_before(text: str, start: int, places: tuple[list[int], list[tuple]]) -> tuple[str, str] | None:
    """(written name, country) of a city or town mention that ends right before ``start``, past blanks only."""
    starts, rows = places
    i = bisect.bisect_left(starts, start) - 1
    if i < 0:
        return None
    p_start, p_end, kind, country = rows[i]
    if kind != "city" or not country or text[int(p_end) : start].strip(" \t") or int(p_end) > start:
        return None
    return " ".join(text[int(p_start) : int(p_end)].split()), country


def _sentence_country(text: str, start: int, places: tuple[list[int], list[tuple]]) -> str:
    """The one country whose cities and provinces a mention's sentence names, if no movement is told there.

    "La Strada Moldova runs a shelter with the Ministry of Labour in
    Chisinau": the ministry is Moldova's, whatever country the document
    names most. '' when the sentence names none, several, or moves people
    ("trafficked to Johor": an end of a route says nothing of who acts).
    ``places`` is what :func:`_places_by_start` gives: only the sentence's
    own places are looked at, so a long document costs no more per mention.
    """
    starts, rows = places
    if not rows:
        return ""
    low, high = _sentence_bounds(text, start)
    local, named = set(), set()
    for p_start, p_end, kind, country in rows[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]:
        if p_end <= high and isinstance(country, str) and country:
            named.add(country)
            if kind in ("city", "admin1"):
                local.add(country)
    if _MOVED.search(text, low, high):
        return ""
    if not local and len(named) == 1 and (scene := _SCENE_OPENING.match(text, low)) is not None and scene.end() <= start:
        return named.pop()  # "In Kenya, the Counter-Trafficking Secretariat launched ...": the scene the sentence opens on
    if len(local) != 1 or named != local:
        return ""
    return local.pop()


def _paragraph_scene(text: str, start: int, places: tuple[list[int], list[tuple]]) -> str:
    """The country of the place a paragraph opens on, for a mention whose sentence names no place.

    "In San Salvador, Hogar Nueva Vida renewed its licence. The shelter also
    trained prosecutors of the Attorney General's Office": the office is El
    Salvador's, whatever country the newsletter names most. '' when the
    paragraph opens on no scene, on one of several countries, or the sentence
    names places of its own (:func:`_sentence_country` reads those).
    """
    starts, rows = places
    if not rows:
        return ""
    low, high = _sentence_bounds(text, start)
    if bisect.bisect_left(starts, low) != bisect.bisect_left(starts, high):
        return ""
    opening = text.rfind("\n\n", 0, start)
    opening = opening + 2 if opening >= 0 else 0
    scene = _SCENE_OPENING.match(text, opening)
    if scene is None or scene.end() > start:
        return ""
    named = {country for p_start, p_end, _, country in rows[bisect.bisect_left(starts, opening) : bisect.bisect_left(starts, scene.end())]
             if isinstance(country, str) and country}
    return named.pop() if len(named) == 1 else ""


def _unit_country_within(text: str, start: int, end: int, places: tuple[list[int], list[tuple]]) -> str:
    """The country of a province or city that names a body ("the Edo State Task Force"), or ''.

    The place may stand inside the mention or just before it, joined by
    capitalized words only: the mention of a local body starts after its locality.
    """
    starts, rows = places
    for p_start, p_end, kind, country in rows[bisect.bisect_left(starts, max(0, start - 40)) : bisect.bisect_left(starts, end)]:
        if p_end > end or kind not in ("admin1", "city") or not isinstance(country, str) or not country:
            continue
        if p_start >= start or _CAPITALIZED_WORDS.fullmatch(text, p_end, start):
            return country
    return ""


_CAPITALIZED_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)*[ \t]*")


#: A sentence opening on its scene: "In Kenya, ", "- In Djibouti, ".
_SCENE_OPENING = re.compile(r"\s*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?In[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*,")


#: (In lower case: "the Anti-Human Trafficking Advisory Committee" moves no one.)
_MOVED = re.compile(r"(?<![\w-])(?:traffick\w*|smuggl\w*|sold|sent|taken|lured|recruited|repatriat(?:ed|ing|es|e|ion)|return(?:ed|ing|s)?|deport\w*|rescued)\b")


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence around an offset: from the last sentence end before it to the next after it.

    A full stop ends a sentence before a space or a line break, and a list item ends where
    the next opens ("- In Kenya, ...\n- In Somaliland, ...").
    """
    before = max(text.rfind(". ", 0, position), text.rfind(".\n", 0, position), text.rfind("\n\n", 0, position),
                 *(m.start() for m in [_last_item_start(text, position)] if m is not None))
    following = _ITEM_START.search(text, position)
    after = min((i for i in (text.find(". ", position), text.find(".\n", position), text.find("\n\n", position),
                             following.start() if following else -1) if i >= 0), default=len(text))
    return (before + 1 if before >= 0 else 0), after


#: A line that opens a list item: "- ", "* ", "• ", "1. ".
_ITEM_START = re.compile(r"\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")


def _last_item_start(text: str, position: int):
    """The last list item's opening before ``position`` (within the 600 characters before it), or None."""
    found = None
    for found in _ITEM_START.finditer(text, max(0, position - 600), position):
        pass
    return found


def body_country(text: str, context: str, place_mentions) -> str:
    """The country a document's generic bodies belong to: its context, unless its places name another as often.

    The context is the country the places name most; a text that names each
    of four countries once ("ADDIS ABABA - ... on flights to Beirut, Jeddah
    and Dubai") picks one of them by the alphabet, and a statement whose
    country is only in names and nationality words ("the Nepal Construction
    Workers Union", "Nepali workers") takes that of its contact line. On
    such a tie, or with a single place, every country counts its places and its country and
    nationality words in the whole text, names included ("the Ethiopian Civil
    Aviation Authority", "Ethiopian domestic workers"), to say whose
    "Ministry of Labour and Skills" it is; a donor country's words do not
    count, being most often its agencies' names.

    >>> places = {"country": ["ETH", "LBN", "ARE"]}
    >>> body_country("Ethiopian crews fly from Addis Ababa to Beirut and Dubai.", "ARE", places)
    'ETH'
    >>> body_country("Crews fly from Addis Ababa to Beirut and Dubai, and Dubai again.", "ARE", {"country": ["ETH", "LBN", "ARE", "ARE"]})
    'ARE'
    """
    if not context or place_mentions is None or not length(place_mentions):
        return context
    counts = Counter(c for c in plain_columns(place_mentions, ["country"])["country"] if isinstance(c, str) and c)
    top = counts.get(context, 0)
    if top < max(counts.values()) or (top > 1 and sum(n == top for n in counts.values()) < 2):
        return context  # (one place alone, a contact line's, is a tie with the countries named in words only)
    # (a donor's words do not count: "the U.S. Agency for International Development announced in Bangkok
    # ... funded by the U.S. Government" is no American text)
    counts.update(code for *_, code in country_words(text) if code not in _DONOR_COUNTRIES)
    best = max(counts, key=lambda code: (counts[code], code == context))
    return best if counts[best] > counts[context] else context


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
    A found state body whose name any country may give ("Ministry of
    Internal Affairs", "the Anti-Trafficking Unit") takes its country in
    its id (``org:ministry-of-internal-affairs-tjk``: see
    :func:`generic_state_body`), so that two countries' bodies of one name
    stay two organizations when documents are merged.

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
    mentions, orgs = plain_columns(org_mentions, ORG_MENTION_COLUMNS), plain_columns(organizations, ORGANIZATION_COLUMNS)
    moved, localized = localize_organization_columns(text, mentions, orgs, country, gazetteer, place_mentions)
    if moved is mentions and localized is orgs:
        return org_mentions, organizations  # nothing moved
    return org_mentions.assign(org_id=moved["org_id"]), frame(localized, ORGANIZATION_COLUMNS)


def localize_organization_columns(
    text: str,
    org_mentions: dict[str, list],
    organizations: dict[str, list],
    country: str,
    gazetteer: OrgGazetteer | None = None,
    place_mentions=None,
) -> tuple[dict[str, list], dict[str, list]]:
    """:func:`localize_organizations` on plain columns (see :func:`read_organizations`).

    ``place_mentions`` may be a frame or plain columns. Returns the columns
    given when nothing moves, new ones otherwise.
    """
    old_ids = org_mentions["org_id"]
    if not old_ids or not (country or (place_mentions is not None and length(place_mentions))):
        return org_mentions, organizations
    gazetteer = gazetteer or load_org_gazetteer()
    places = None if place_mentions is None else plain_columns(place_mentions, ["start", "kind", "country"])
    bases = _bases(text, org_mentions, places)  # noqa: the mentions' ends and ids, read once more only when a base phrase follows
    hosted = _hosted_missions(text, org_mentions, organizations, place_mentions)
    by_start = None  # sorted on first use
    records = {row.org_id: row for row in _rows(organizations)}
    new_ids = []
    created: dict[str, tuple[str, str, str]] = {}
    written_forms = org_mentions["text"]
    possessed: dict[str, str] = {}  # org_id -> the country whose possessive one of its mentions follows
    retargeted: dict[str, str] = {}  # a generic body's id when read -> the country's body its first mention was found to be
    for index, (start, end, written, org_id) in enumerate(zip(org_mentions["start"], org_mentions["end"], written_forms, old_ids)):
        if index and org_id == old_ids[index - 1] and _GLOSS_OPENING.search(text, max(0, int(start) - 3), int(start)) \
                and int(org_mentions["end"][index - 1]) >= int(start) - 3:
            new_ids.append(new_ids[-1])  # "the Public Prosecutor's Office (Ministerio Público)": the bracket is the body before it
            continue
        if index in hosted:
            new_id, name, org_type, host = hosted[index]
            created[new_id] = (name, org_type, host)
            new_ids.append(new_id)
            continue
        template = _known_as(gazetteer, written)
        if template is not None and gazetteer.orgs[template].country == GENERIC and not _qualifier(text, int(start), int(end)):
            by_start = by_start or _places_by_start(place_mentions)
            town = _town_right_before(text, int(start), by_start)
            if town is not None:
                # "the Fort Worth Police Department": the town the place reader found right before a generic
                # body (words a dictionary knows, which _locality_before cannot tell from the body's own) owns it
                name = f"{town[0]} {_clean_name(written)}"
                new_id = _slug(name)
                created[new_id] = (name, gazetteer.orgs[template].org_type, town[1])
                new_ids.append(new_id)
                retargeted.setdefault(org_id, new_id)
                continue
        if country and template is not None and gazetteer.orgs[template].country == GENERIC and not _qualifier(text, int(start), int(end)) \
                and not _locality_before(text, int(start)):  # "the Houston Police Department" stays the city's
            by_start = by_start or _places_by_start(place_mentions)
            new_id, name, org_type, home = gazetteer.instance(
                template, _fronted_country(text, int(start)) or _sentence_country(text, int(start), by_start)
                or _paragraph_scene(text, int(start), by_start) or country
            )
            created[new_id] = (name, org_type, home)
            new_ids.append(new_id)
            retargeted.setdefault(org_id, new_id)
            continue
        if org_id in retargeted and _known_as(gazetteer, written) is None:
            # "the Department of Immigration and Passport Services (DIPS) ... DIPS officers": the acronym
            # is the body its definition was found to be
            new_ids.append(retargeted[org_id])
            continue
        record = records.get(org_id)
        if country and record is not None and org_id.startswith("org:") and record.org_type in ("government", "court_police") and not _country_in(record.name):
            by_start = by_start or _places_by_start(place_mentions)
            # "the Edo State Task Force" in a text on Italy is Nigeria's: the unit its name holds says whose;
            # else the one country whose places its sentence names ("In Somalia, ... the Puntland Ministry
            # of Labour in Bosaso and Garowe").
            # A country's possessive before any of its mentions says whose it is ("Qatar's National Committee").
            possessor = _possessive_country(text, int(start))
            if possessor:
                possessed[org_id] = possessor
            home = possessed.get(org_id) or _unit_country_within(text, int(start), int(end), by_start) or _fronted_country(text, int(start)) \
                or _sentence_country(text, int(start), by_start) or _paragraph_scene(text, int(start), by_start)
            if home or org_id not in created:
                # (a mention that says nothing of its country keeps what an earlier one said:
                # "the Edo State Task Force (ETAHT) ... ETAHT refers returnees")
                created[org_id] = (record.name, record.org_type, home or country)
        elif record is not None and not record.country and org_id in bases:
            created[org_id] = (record.name, record.org_type, bases[org_id])
        new_ids.append(org_id)
    if new_ids == list(old_ids) and not created:
        return _country_qualified(org_mentions, organizations)  # nothing moved, unless a generic body's id takes its country
    mentions = {**org_mentions, "org_id": new_ids}
    hosted_ids = {found[0] for found in hosted.values()}
    aliases: dict[str, set] = {}
    docs: dict[str, list] = {}
    for old, new, written in zip(old_ids, new_ids, written_forms):
        aliases.setdefault(new, set()).update(records[old].aliases if old in records and new not in hosted_ids else [])
        aliases[new].add(_clean_name(written))
        docs.setdefault(new, list(records[old].docs) if old in records else [])
    rows = []
    for org_id in sorted(set(new_ids)):
        if org_id in created:
            name, org_type, home = created[org_id]
        else:
            record = records[org_id]
            name, org_type, home = record.name, record.org_type, record.country
        rows.append((org_id, name, sorted(a for a in aliases[org_id] if a and a != name and not a.islower()), org_type, home, docs[org_id]))
    localized = dict(zip(ORGANIZATION_COLUMNS, map(list, zip(*rows)))) if rows else empty_columns(ORGANIZATION_COLUMNS)
    return _country_qualified(mentions, localized)


def generic_state_body(name: str, org_type: str) -> bool:
    """Whether a state body's name is one every country has: no proper word of its own.

    "Ministry of Internal Affairs", "Anti-Trafficking Unit (ATU)" and
    "Department of Social Welfare" are generic: every word is a dictionary
    word, a linker or a level word. "Ha Tinh Provincial Police", "Edo State
    Task Force", "PC-14" and "the Cambodian National Police" are not: a
    place, a code or a country's word makes them one country's body by name.

    >>> generic_state_body("Ministry of Internal Affairs (MOIA)", "government")
    True
    >>> generic_state_body("Ha Tinh Provincial Police", "court_police"), generic_state_body("Blue Dragon", "ngo")
    (False, False)
    """
    if org_type not in STATE_BODY_TYPES or _country_in(name):
        return False
    reader = _reader()
    allowed = reader.segment | reader.join | _level_words() | _generic_words()
    words = _words(_ACRONYM_AFTER_NAME.sub("", name))
    return bool(words) and all(
        not any(ch.isdigit() for ch in word) and (word.lower() in allowed or is_dictionary_word(word)) for word in words
    )


_WHOLE_GOVERNMENT = re.compile(r"-government(?:-[a-z]{3})?$")


def whole_government(org_id: str) -> bool:
    """Whether an id names a government as a whole: ``vnm-government``, ``org:federal-government-usa``."""
    found = _WHOLE_GOVERNMENT.search(org_id)
    return found is not None and (found.end() - found.start() == len("-government") or bool(country_name(org_id[-3:].upper())))


def country_qualified_id(org_id: str, country: str) -> str:
    """A found generic state body's id with its country: ``org:ministry-of-internal-affairs-tjk``.

    The same generic name in texts about two countries names two bodies;
    the suffix keeps them apart when documents are merged, and the same
    body of one country still merges across documents.
    """
    return f"{org_id}-{country.lower()}"


def _country_qualified(org_mentions: dict[str, list], organizations: dict[str, list]) -> tuple[dict[str, list], dict[str, list]]:
    """Give each found (``org:``) generic state body with a known country its country-qualified id."""
    renamed = {
        org_id: country_qualified_id(org_id, country)
        for org_id, name, org_type, country in zip(organizations["org_id"], organizations["name"], organizations["org_type"], organizations["country"])
        if org_id.startswith("org:") and isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)
        and not org_id.endswith(f"-{country.lower()}") and generic_state_body(name, org_type)
    }
    renamed = {old: new for old, new in renamed.items() if new not in organizations["org_id"]}
    if not renamed:
        return org_mentions, organizations
    mentions = {**org_mentions, "org_id": [renamed.get(org_id, org_id) for org_id in org_mentions["org_id"]]}
    order = sorted(range(length(organizations)), key=lambda i: renamed.get(organizations["org_id"][i], organizations["org_id"][i]))
    columns = {column: [organizations[column][i] for i in order] for column in ORGANIZATION_COLUMNS}
    columns["org_id"] = [renamed.get(org_id, org_id) for org_id in columns["org_id"]]
    return mentions, columns


class _Record:
    """A row of an organizations frame, read without pandas' row machinery."""

    __slots__ = ("aliases", "country", "docs", "name", "org_id", "org_type")

    def __init__(self, org_id, name, aliases, org_type, country, docs):
        self.org_id, self.name, self.aliases, self.org_type, self.country, self.docs = org_id, name, aliases, org_type, country, docs


def _rows(organizations: dict[str, list]) -> list[_Record]:
    return [_Record(*values) for values in zip(*(organizations[column] for column in ORGANIZATION_COLUMNS))]


_BASED = re.compile(r"(?:[’']s)?[ \t]*(?:,|\()?[ \t]*(?:which\s+is\s+|who\s+(?:is|are)\s+)?(?:based|headquartered|located)\s+in\s+(?:the\s+)?")
_SITS_IN_PLAIN = re.compile(r"\s+(?:in|at)\s+")
#: Between a mission's name and the city it sits in, past its country left out of the name: " of Nepal in ".
_SITS_IN = re.compile(r"(?:\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?\s+(?:in|at)\s+")


def _bases(text: str, org_mentions: dict[str, list], place_mentions: dict[str, list] | None) -> dict[str, str]:
    """org_id -> country of the base the text gives right after a mention.

    "Hope Foundation, based in Can Tho", and a city right after a name: "the
    UN Inter-Agency Project in Bangkok" (a country there would say where it
    works, not where it sits).
    """
    if place_mentions is None or not length(place_mentions):
        return {}
    # Places are read only when a mention is followed by a base phrase at all.
    candidates = []
    for end, org_id in zip(org_mentions["end"], org_mentions["org_id"]):
        for pattern, kinds in ((_BASED, ("city", "admin1", "country")), (_SITS_IN_PLAIN, ("city",))):
            found = pattern.match(text, int(end))
            if found:
                candidates.append((found.end(), kinds, org_id))
    if not candidates:
        return {}
    at = {int(s): (k, c) for s, k, c in zip(place_mentions["start"], place_mentions["kind"], place_mentions["country"])}
    bases: dict[str, str] = {}
    for position, kinds, org_id in candidates:
        if position in at and at[position][0] in kinds and isinstance(at[position][1], str) and at[position][1]:
            bases.setdefault(org_id, at[position][1])
    return bases


@lru_cache(maxsize=1)
def _abroad_heads() -> tuple[str, ...]:
    """Folded heads of bodies a country keeps in another's cities (the ``abroad`` column of the institution table)."""
    return tuple(sorted((fold_name(row["lemma"]) for row in lexicon("institution") if row.get("abroad") == "yes"), key=len, reverse=True))


def _hosted_missions(text: str, org_mentions: dict[str, list], organizations: dict[str, list], place_mentions) -> dict[int, tuple]:
    """Mention index -> (org_id, name, org_type, host country) for a mission named with the city it sits in.

    "The Mexican Consulate in Houston" works in Houston, not in Mexico: it
    is its own body, named with its city and placed in the host country.
    A city of the mission's own country ("the Ministry's office in Hanoi")
    changes nothing.
    """
    if place_mentions is None or not length(place_mentions):
        return {}
    heads = _abroad_heads()
    candidates = []
    for index, (end, written) in enumerate(zip(org_mentions["end"], org_mentions["text"])):
        if heads and fold_name(written).endswith(heads) and (found := _SITS_IN.match(text, int(end))) \
                and (found.group(1) is None or country_of(found.group(1))):
            candidates.append((index, found.end(), found.end(1) if found.group(1) else int(end)))
    if not candidates:
        return {}
    places = plain_columns(place_mentions, ["start", "end", "kind", "country"])
    at = {int(s): (int(e), k, c) for s, e, k, c in zip(places["start"], places["end"], places["kind"], places["country"])}
    records = {row.org_id: row for row in _rows(organizations)}
    hosted = {}
    for index, position, name_end in candidates:
        place_end, kind, host = at.get(position, (0, "", ""))
        record = records.get(org_mentions["org_id"][index])
        if record is None or kind not in ("city", "admin1") or not isinstance(host, str) or not host:
            continue
        org_id = record.org_id
        if host == record.country:
            # "The Consulate General in Jeddah" in a text on Saudi Arabia: no country keeps a mission in its own
            # city; it is the mission of the one other country whose missions the text names ("the Embassy of Sri Lanka")
            prefix = f"{record.country.lower()}-"
            owners = {r.country for r in records.values() if r.org_id != record.org_id and r.country and r.country != host
                      and r.org_type == "government" and r.org_id.endswith(("-embassy", "-consulate"))}
            written = org_mentions["text"][index]
            if len(owners) != 1 or not org_id.startswith(prefix) or any(country_of(w) for w in written.split()) \
                    or _qualifier(text, int(org_mentions["start"][index]), int(org_mentions["end"][index])):
                continue
            org_id = f"{next(iter(owners)).lower()}-{org_id[len(prefix):]}"
        city = " ".join(text[position:place_end].split())
        written = _clean_name(text[int(org_mentions["start"][index]) : name_end])  # ("the Embassy of Nepal in New Delhi")
        nationality = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, int(org_mentions["start"][index]) - 20) : int(org_mentions["start"][index])])
        if nationality and nationality.group(1) in DEMONYMS and not written.startswith(nationality.group(1)):
            written = f"{nationality.group(1)} {written}"  # "the Indonesian Consulate General in Kuching"
        hosted[index] = (f"{org_id}-{fold_name(city).replace(' ', '-')}", f"{written} in {city}", record.org_type, host)
    # Its other mentions ("the Consulate confirms ...") are the same mission, when the text names one city for it.
    cities: dict[str, set] = {}
    for index, found in hosted.items():
        cities.setdefault(org_mentions["org_id"][index], set()).add(found)
    for index, org_id in enumerate(org_mentions["org_id"]):
        if index not in hosted and len(cities.get(org_id, ())) == 1:
            hosted[index] = next(iter(cities[org_id]))
    return hosted


def merge_organizations(frames: list[pd.DataFrame], programmes: list[pd.DataFrame] | None = None) -> pd.DataFrame:
    """Merge per-document organization frames: one record per organization.

    With the documents' programmes, a government as a whole ("GVN", "the
    Government of Cambodia") and the media ("Tuoi Tre reported ...") count
    in a document only where a programme there names them (as agent,
    partner or funder): elsewhere they are a country speaking and a
    source, not actors of the text.

    Parameters
    ----------
    frames : list of pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS` frames, one per document.
    programmes : list of pandas.DataFrame, optional
        :data:`progmap.schema.PROGRAMME_COLUMNS` frames of the same documents.

    Returns
    -------
    pandas.DataFrame
        One row per ``org_id``: the first name and type seen, every alias and
        document, and the first country any document gave.
    """
    acting = _acting(programmes) if programmes is not None else None
    merged: dict[str, dict] = {}
    for frame in frames:
        for row in frame.itertuples(index=False):
            if acting is not None and (whole_government(row.org_id) or row.org_type == "media"):
                docs = [doc for doc in row.docs if row.org_id in acting.get(doc, ())]
                if not docs:
                    continue
                row = row._replace(docs=docs)
            record = merged.setdefault(row.org_id, {"name": row.name, "org_type": row.org_type, "country": "", "aliases": set(), "docs": set()})
            record["aliases"].update(row.aliases)
            record["docs"].update(row.docs)
            record["country"] = record["country"] or (row.country if isinstance(row.country, str) else "")
    rows = [
        (org_id, rec["name"], sorted(rec["aliases"] - {rec["name"]}), rec["org_type"], rec["country"], sorted(rec["docs"]))
        for org_id, rec in sorted(merged.items())
    ]
    return pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)


def _acting(programmes: list[pd.DataFrame]) -> dict[str, set[str]]:
    """doc -> organizations a programme of the document names as agent, partner or funder."""
    acting: dict[str, set[str]] = {}
    for frame in programmes:
        if frame is None or not len(frame):
            continue
        for doc, organizations, funders, partners in zip(
            frame["doc"].tolist(), frame["organizations"].tolist(), frame["funders"].tolist(),
            frame["partners"].tolist() if "partners" in frame else [[]] * len(frame),
        ):
            acting.setdefault(doc, set()).update(list(organizations or []) + list(funders or []) + list(partners or []))
    return acting

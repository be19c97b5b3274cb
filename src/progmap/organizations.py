"""Find organizations: a gazetteer of known actors, acronyms, name patterns.

Three sources, in order of trust:

1. ``geodata/organizations.csv``: UN agencies, NGOs, donors and government
   bodies with their aliases and acronyms, matched in one automaton pass.
2. Acronyms the text defines: "Ministry of Public Security (MPS)" makes a
   later "MPS" the same organization; an all-capitals word whose letters
   are the initials of a capitalized name in the same text ("Alliance Anti
   Traffic" ... "AAT") is read the same way.
3. Name patterns for actors the gazetteer lacks: "X Foundation",
   "Ministry of X", "Department of X", "X Union", "X Court of Justice"...

Spelling variants, possessives ("UNODC's") and acronyms are merged so each
organization is one record.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import pandas as pd

from progmap import settings
from progmap.schema import ORG_MENTION_COLUMNS, ORGANIZATION_COLUMNS
from progmap.text import fold_name, fold_text, match_key

ORG_TYPES = ("government", "un", "intergovernmental", "ngo", "donor", "media", "court_police")

_HEADS = (
    "Foundation|Union|Committee|Association|Network|Alliance|Institute|Centre|Center|Fund|Society|Council|"
    "Agency|Organization|Organisation|Coalition|Federation|Trust|Commission|Bureau|Court of Justice|Court|"
    "Police|Project|Programme|Front|Department|Ministry|Mission|Embassy|Consulate|Office|Secretariat"
)
_CAP = r"[A-Z][\w’'&.-]*"
_LINK = r"(?:of|for|and|the|on|in|to|against|de|des|du|la|le|&)"
_NAME = rf"{_CAP}(?:,?[ \t]+(?:{_LINK}[ \t]+)*{_CAP})*"
_PATTERNS = [
    # "Ministry of Labor, Invalids and Social Affairs", "Department of Social Evils Prevention"
    re.compile(
        rf"\b(?:Ministry|Department|Office|Bureau|Commission|Committee|Institute|Council|Agency)[ \t]+(?:of|for)[ \t]+"
        rf"(?:the[ \t]+)?{_CAP}(?:(?:,?[ \t]+and[ \t]+|,[ \t]+|[ \t]+(?:of|for|and|on)[ \t]+|[ \t]+){_CAP})*"
    ),
    # After "Ministry of X", so "US Department of State" is not cut to "US Department".
    # "Pacific Links Foundation", "Vietnam Fatherland Front", "Malaysian Court of Justice"
    re.compile(rf"\b(?:{_CAP}[ \t]+){{1,5}}(?:{_HEADS})\b"),
    # "Save the Children UK"
    re.compile(r"\bSave the Children(?:[ \t]+[A-Z][a-z]+|[ \t]+UK|[ \t]+US)?\b"),
]
_DEFINITION = re.compile(rf"({_NAME})[ \t]*\((?:the[ \t]+)?([A-Z][A-Za-z0-9&]*[A-Z0-9](?:/[A-Z][A-Za-z0-9&]*[A-Z0-9])*)\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}\b")
# People's titles are not organizations ("Deputy Prime Minister (DPM)").
_PERSON_TITLES = re.compile(r"\b(?:Minister|President|Ambassador|Secretary|Director|Chairman|Deputy|Governor|General|Officer|Consul)\b")
# Words too generic to name an organization on their own.
_GENERIC = {"international", "national", "regional", "local", "provincial", "global", "general", "government",
            "organization", "organisation", "governmental", "non", "ngo", "io", "major", "new", "other"}
# Titles and sentence openers are not organizations.
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Deputy|Vice|Minister|Prime|Director|Chairman|"
    r"According|However|In|On|At|For|With|Since|While|During|After|Before|Local|Major|New|Both)$"
)
_TYPE_BY_HEAD = [
    (re.compile(r"Court|Police|Procuracy|Border|Guard", re.I), "court_police"),
    (re.compile(r"^(?:Ministry|Department|Office|Bureau|Commission|Committee|Council|Agency|Embassy|Consulate)\b|Front$|Union$"), "government"),
    (re.compile(r"Fund$|Aid$", re.I), "donor"),
    (re.compile(r"Foundation|Association|Network|Alliance|Coalition|Society|Trust|Center|Centre|Institute", re.I), "ngo"),
]


@dataclass(frozen=True)
class KnownOrg:
    org_id: str
    name: str
    aliases: tuple[str, ...]
    org_type: str
    country: str


class OrgGazetteer:
    """The known organizations and one automaton over all their names."""

    def __init__(self, orgs: list[KnownOrg]):
        self.orgs = {org.org_id: org for org in orgs}
        self.by_alias: dict[str, str] = {}
        # key -> list of (org_id, written alias, case rule)
        self._keys: dict[str, list[tuple[str, str, str]]] = {}
        for org in orgs:
            # "Ministry of Public Security (MPS)" is known as its two parts.
            # "Ministry of Justice (Vietnam)" is known as "Ministry of Justice".
            base = re.match(r"^(.*?)\s*\((.+)\)$", org.name)
            if base and _matches_initials(base.group(2), base.group(1)):
                names = (base.group(1), base.group(2))
            else:
                names = (base.group(1),) if base else (org.name,)
            for alias in (*names, *org.aliases):
                key = fold_name(alias)
                if not key:
                    continue
                if alias.isupper() or any(ch.isdigit() for ch in alias):
                    case = "exact"
                elif alias[:1].islower():
                    case = "any"
                else:
                    case = "title"
                self._keys.setdefault(key, []).append((org.org_id, alias, case))
                self.by_alias.setdefault(key, org.org_id)
        self._automaton = ahocorasick.Automaton()
        for key in self._keys:
            self._automaton.add_word(match_key(key), key)
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """Known names in ``text``: (start, end, written, org_id)."""
        folded = fold_text(text)
        out = []
        for end, key in self._automaton.iter_long(folded.folded):
            first = end - len(match_key(key)) + 2
            start = int(folded.to_original([first])[0])
            stop = int(folded.to_original([end - 1])[0]) + 1
            written = text[start:stop]
            for org_id, alias, case in self._keys[key]:
                if case == "exact" and written.replace(".", "") != alias.replace(".", ""):
                    continue
                if case == "title" and not written[:1].isupper():
                    continue
                out.append((start, stop, written, org_id))
                break
        return out


@lru_cache(maxsize=4)
def load_org_gazetteer(path: str | None = None) -> OrgGazetteer:
    """Read ``geodata/organizations.csv`` (or another file of that shape)."""
    path = path or str(settings.geodata_dir() / "organizations.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    orgs = [
        KnownOrg(
            row["org_id"],
            row["name"],
            tuple(a for a in row["aliases"].split("|") if a),
            row["org_type"],
            row.get("country", "") or "",
        )
        for row in rows
    ]
    return OrgGazetteer(orgs)


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w’'-]*", name) if word[0].isupper() and word.lower() not in {"of", "and", "the", "for"})


def _matches_initials(acronym: str, name: str) -> bool:
    """Whether an acronym abbreviates a name ("MPS", "Ministry of Public Security")."""
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    initials = _initials(name).upper()
    all_initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", name)).upper()
    return bool(letters) and (letters == initials or letters == all_initials or (len(letters) >= 3 and initials.startswith(letters)))


def _clean_name(name: str) -> str:
    """Strip "the", possessives and stray punctuation from a found name."""
    name = re.sub(r"[’']s$", "", name.strip(" ,.;:-"))
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return " ".join(name.split())


def _guess_type(name: str) -> str:
    for pattern, org_type in _TYPE_BY_HEAD:
        if pattern.search(name):
            return org_type
    return "ngo"


def _slug(name: str) -> str:
    return "org:" + fold_name(name).replace(" ", "-")


def find_organizations(doc_id: str, text: str, gazetteer: OrgGazetteer | None = None, country: str | None = None):
    """Find the organizations a document names.

    Parameters
    ----------
    doc_id : str
        Document id, copied to every row.
    text : str
        The document text; offsets index into it.
    gazetteer : OrgGazetteer, optional
        Known organizations; the bundled table by default.
    country : str, optional
        Context country given to organizations found by pattern.

    Returns
    -------
    org_mentions : pandas.DataFrame
        :data:`progmap.schema.ORG_MENTION_COLUMNS`, one row per mention.
    organizations : pandas.DataFrame
        :data:`progmap.schema.ORGANIZATION_COLUMNS`, one row per organization.
    """
    gazetteer = gazetteer or load_org_gazetteer()
    mentions: list[tuple[int, int, str, str]] = gazetteer.find(text)
    new_orgs: dict[str, dict] = {}
    extra_alias: dict[str, set] = {}

    def taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _, _ in mentions)

    # Acronyms defined in the text: "Ministry of Public Security (MPS)".
    defined: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        raw_name, acronyms = match.group(1), match.group(2)
        for acronym in acronyms.split("/"):
            name = _best_expansion(raw_name, acronym)
            if not name or _PERSON_TITLES.search(name):
                continue
            org_id = gazetteer.by_alias.get(fold_name(acronym)) or gazetteer.by_alias.get(fold_name(name))
            if org_id is None:
                org_id = _slug(acronym if len(acronym) > 2 else name)
                new_orgs.setdefault(org_id, {"name": f"{name} ({acronym})", "org_type": _guess_type(name)})
            defined[acronym] = org_id
            extra_alias.setdefault(org_id, set()).update({acronym, name})
            start = match.start(1) + match.group(1).rfind(name)
            if not taken(start, start + len(name)):
                mentions.append((start, start + len(name), name, org_id))
    # Name patterns for organizations the gazetteer lacks.
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            name = _clean_name(match.group())
            words = name.split()
            if len(words) < 2 or (_NOT_NAMES.match(words[0]) and len(words) < 3) or _PERSON_TITLES.search(name):
                continue
            heads = set(_HEADS.lower().split("|"))
            if all(w.lower().strip(",") in _GENERIC | heads | {"of", "and", "the", "for"} for w in words):
                continue
            start = match.start() + match.group().find(name)
            end = start + len(name)
            if taken(start, end):
                continue
            org_id = gazetteer.by_alias.get(fold_name(name)) or _slug(name)
            if org_id not in gazetteer.orgs:
                new_orgs.setdefault(org_id, {"name": name, "org_type": _guess_type(name)})
            mentions.append((start, end, text[start:end], org_id))
    # Acronyms used but defined only by their initials elsewhere in the text.
    for match in _ACRONYM.finditer(text):
        acronym = match.group()
        if acronym in defined or fold_name(acronym) in gazetteer.by_alias or taken(match.start(), match.end()):
            continue
        expansion = _initial_expansion(text, acronym)
        if expansion and not _PERSON_TITLES.search(expansion):
            org_id = gazetteer.by_alias.get(fold_name(expansion)) or _slug(acronym)
            if org_id not in gazetteer.orgs:
                new_orgs.setdefault(org_id, {"name": f"{expansion} ({acronym})", "org_type": _guess_type(expansion)})
            defined[acronym] = org_id
            extra_alias.setdefault(org_id, set()).update({acronym, expansion})
    # Later bare uses of defined acronyms.
    if defined:
        for match in re.finditer(r"\b(" + "|".join(map(re.escape, sorted(defined, key=len, reverse=True))) + r")\b", text):
            if not taken(match.start(), match.end()):
                mentions.append((match.start(), match.end(), match.group(), defined[match.group()]))

    mentions.sort()
    org_mentions = pd.DataFrame(
        [(doc_id, s, e, t, o) for s, e, t, o in mentions], columns=ORG_MENTION_COLUMNS
    )
    rows = []
    for org_id, group in org_mentions.groupby("org_id", sort=True):
        written = {_clean_name(t) for t in group["text"]} | extra_alias.get(org_id, set())
        if org_id in gazetteer.orgs:
            known = gazetteer.orgs[org_id]
            name, org_type, home = known.name, known.org_type, known.country
        else:
            name, org_type, home = new_orgs[org_id]["name"], new_orgs[org_id]["org_type"], (country or "") if new_orgs[org_id]["org_type"] in ("government", "court_police") else ""
        aliases = sorted(a for a in written if a and a != name)
        rows.append((org_id, name, aliases, org_type, home, [doc_id]))
    organizations = pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)
    return org_mentions, organizations


def _best_expansion(raw_name: str, acronym: str) -> str | None:
    """The tail of ``raw_name`` that ``acronym`` abbreviates, if any.

    "the GVN's lead agency, the Ministry of Public Security" + "MPS" gives
    "Ministry of Public Security".
    """
    words = raw_name.split()
    for i in range(len(words)):
        candidate = _clean_name(" ".join(words[i:]))
        if candidate and _matches_initials(acronym, candidate):
            # Capitalized words just before belong to the name too: "Research
            # Centre for Gender, Family and Environment in Development (CGFED)".
            j = i
            while j > 0 and words[j - 1][:1].isupper() and not words[j - 1].endswith((",", ";", ":")) and words[j - 1].lower() != "the":
                j -= 1
            return _clean_name(" ".join(words[j:]))
    return None


def _initial_expansion(text: str, acronym: str) -> str | None:
    """A capitalized phrase in ``text`` whose initials spell ``acronym``."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    words = r"[ \t]+".join([rf"{letter}[a-z]+" for letter in acronym])
    found = re.search(rf"\b{words}\b", text)
    return found.group() if found else None


def merge_organizations(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Merge per-document organization frames: one record per organization."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=ORGANIZATION_COLUMNS)
    allrows = pd.concat(frames, ignore_index=True)
    rows = []
    for org_id, group in allrows.groupby("org_id", sort=True):
        first = group.iloc[0]
        aliases = sorted({a for items in group["aliases"] for a in items} - {first["name"]})
        docs = sorted({d for items in group["docs"] for d in items})
        country = next((c for c in group["country"] if c), "")
        rows.append((org_id, first["name"], aliases, first["org_type"], country, docs))
    return pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)

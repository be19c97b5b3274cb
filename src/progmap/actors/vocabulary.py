"""Controlled vocabularies and the phrases that signal them.

Activities (what a programme does), purposes (what victims are moved for),
victims (who is moved), nationality words and country names. Each
vocabulary maps a term to regular-expression triggers matched
case-insensitively on whole words; extend them here or in their tables
(``lexicon/activities.csv``, ``lexicon/countries.csv``), not in the
extraction code.

Examples
--------
>>> terms_in("leaflets, microcredit loans and a shelter", "activities")
['awareness raising', 'economic empowerment', 'victim protection']
>>> terms_in("girls sold to brothels and as brides", "purposes")
['marriage', 'sexual exploitation']
>>> country_of("Cambodian"), country_of("Viet Nam"), country_of("Lao PDR")
('KHM', 'VNM', 'LAO')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from progmap.text import FoldedText, NameScanner, fold_name, fold_text

def _read_table(name: str) -> tuple[dict, ...]:
    """Rows of a table of ``progmap/actors/lexicon``."""
    from progmap.actors.language import lexicon

    return lexicon(name)


def _activities() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for row in _read_table("activities"):
        table.setdefault(row["term"], []).append(row["trigger"])
    return table


#: What programmes do (the "what" of a 3W table), in display order; from ``lexicon/activities.csv``.
ACTIVITIES: dict[str, list[str]] = _activities()

#: Why victims are moved (route purposes).
PURPOSES: dict[str, list[str]] = {
    "marriage": [r"marriages?", r"brides?", r"married", r"wives", r"husbands", r"matchmak\w+"],
    "labour": [
        r"labou?r", r"factor(?:y|ies)", r"(?:garment|sewing|textile) workshops?", r"construction", r"fishing", r"fisheries", r"fisher(?:m[ae]n|s)", r"trawlers?", r"deckhands?",
        r"domestic (?:work\w*|servitude|helpers?|service|servants?)", r"camel jockeys?", r"maids?", r"plantations?", r"sweatshops?", r"mines?", r"mining",
        r"farms?", r"agricultur\w+", r"(?<!sex )workers?", r"servitude", r"garments?", r"debt bondage", r"brick kilns?",
        r"nail (?:salons?|bars?)", r"cannabis", r"seafood", r"processing plants?", r"cocoa", r"manufactur\w+", r"restaurants?",
        r"seek\w* work", r"for work", r"(?:forced|made|compelled|coerced) to work", r"car washes", r"car wash", r"sewing", r"(?:clandestine|illegal|underground) workshops?",
    ],
    "sexual exploitation": [
        r"sex(?:ual)?(?: industry| work| workers?| trade| exploitation| trafficking| tourism)?", r"prostitut\w*", r"brothels?",
        r"sexually (?:exploit\w*|abused)", r"(?:forced|made|compelled|coerced) to (?:see|serve|entertain|service)\b", r"(?:see|serve|entertain|service)\w* (?:clients|customers)", r"karaoke", r"night ?clubs?", r"hostess(?:es| bars?)?", r"massage parlou?rs?", r"commercial sex", r"entertainment (?:venues?|establishments?)", r"cybersex",
    ],
    "adoption": [r"adoptions?", r"adopted"],
    "begging": [r"begging", r"beg", r"beggars?", r"street selling", r"street vend\w*", r"sell(?:ing)? (?:flowers|lottery tickets)"],
    "other": [
        r"organ (?:removal|trade|trafficking|harvesting)", r"drug (?:trafficking|mules?|couriers?)", r"(?:sell|selling|deal|dealing) drugs",
        r"county lines", r"surrogacy",
        r"scam (?:centres?|centers?|compounds?|operations?)", r"online scams?", r"forced criminality",
        r"defraud\w*", r"(?:investment|romance|crypto(?:currency)?|online) (?:fraud|scams?|schemes?)", r"pig[- ]butchering",
        r"(?:recruited|forced|sent|made)(?: (?:them|him|her|us|me))? to fight",
    ],
}

#: Who is moved.
VICTIMS: dict[str, list[str]] = {
    # "Women's Union", "Children's Foundation" name bodies, not people moved.
    "women": [r"women(?![’']s)", r"woman", r"brides?", r"wives", r"female (?:workers|migrants|victims|adults)"],
    "girls": [r"girls?", r"daughters"],
    "children": [r"child(?:ren)?(?![’']s)", r"minors?", r"juveniles?", r"teenagers?", r"adolescents?"],
    "infants": [r"infants?", r"newborns?", r"babies", r"baby"],
    "boys": [r"boys?"],
    "men": [r"men", r"fishermen", r"male (?:workers|migrants|victims|adults)"],
}

def _countries() -> tuple[dict[str, str], dict[str, list[str]]]:
    demonyms: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for row in _read_table("countries"):
        code = row["code"]
        if row["names"]:
            names[code] = row["names"].split("|")
        for word in filter(None, row["demonyms"].split("|")):
            demonyms.setdefault(word, code)
    return demonyms, names


#: Nationality words, singular and plural, for "Vietnamese victims" (an
#: origin), "Cambodians were trafficked" and "the Malaysian police"; and
#: country names as texts write them, first the display name, by ISO
#: alpha-3 code, for qualifiers of organization names ("Vietnam's Ministry
#: of Justice", "Save the Children Denmark"), not for finding places (the
#: gazetteer does that). Both from ``lexicon/countries.csv``.
DEMONYMS, COUNTRY_NAMES = _countries()


@cache
def _table(vocabulary: str) -> dict[str, list[str]]:
    try:
        return {"activities": ACTIVITIES, "purposes": PURPOSES, "victims": VICTIMS}[vocabulary]
    except KeyError:
        raise ValueError(f"unknown vocabulary {vocabulary!r}: activities, purposes or victims") from None


@cache
def trigger_pattern(vocabulary: str, term: str) -> re.Pattern:
    """One compiled pattern for a term's triggers (whole words, any case)."""
    return re.compile(r"\b(?:" + "|".join(_table(vocabulary)[term]) + r")\b", re.IGNORECASE)


@cache
def _any_trigger(vocabulary: str) -> re.Pattern:
    """All triggers of a vocabulary in one pattern, each term a named group."""
    groups = [f"(?P<t{i}>" + "|".join(triggers) + ")" for i, triggers in enumerate(_table(vocabulary).values())]
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)


@cache
def _any_trigger_lower(vocabulary: str) -> re.Pattern | None:
    """:func:`_any_trigger` for lower-case ASCII text, case-sensitive (None when a trigger cannot be lowered).

    On ASCII text, matching the lowered text case-sensitively finds what the
    case-blind pattern finds in the text itself, at the same offsets, about
    three times faster (a case-blind pattern folds each character it tries).
    A trigger with an upper-case escape (``\\W``, ``\\S``), a negated class
    or a class with a letter range would change meaning when lowered, so
    such a vocabulary keeps the case-blind scan.
    """
    table = _table(vocabulary)
    unsafe = re.compile(r"\\[A-Z]|\[\^|\[[^\]]*[A-Za-z]-[A-Za-z]")
    if any(unsafe.search(trigger) for triggers in table.values() for trigger in triggers):
        return None
    groups = [f"(?P<t{i}>" + "|".join(triggers).lower() + ")" for i, triggers in enumerate(table.values())]
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b")


def terms_in(text: str, vocabulary: str) -> list[str]:
    """The terms of a vocabulary that ``text`` triggers, in vocabulary order.

    One scan of the text whatever the vocabulary's size.

    Parameters
    ----------
    text : str
    vocabulary : {"activities", "purposes", "victims"}

    Examples
    --------
    >>> terms_in("trafficked for marriage, labor and adoption", "purposes")
    ['marriage', 'labour', 'adoption']
    """
    return list(_terms_in(text, vocabulary))


@lru_cache(maxsize=4096)
def _terms_in(text: str, vocabulary: str) -> tuple[str, ...]:
    """:func:`terms_in`, kept for recent texts: programmes read a sentence's
    activities once per clause, and boilerplate recurs across documents."""
    terms = list(_table(vocabulary))
    hit: set[int] = set()
    pattern = _any_trigger(vocabulary)
    lowered = _any_trigger_lower(vocabulary) if text.isascii() else None
    if lowered is not None:
        pattern, text = lowered, text.lower()
    position = 0
    # Overlapping triggers of different terms ("sex workers": sexual
    # exploitation, not labour) resolve to the first that matches; a scan
    # per term would count both, so look for each term's first hit.
    while True:
        found = pattern.search(text, position)
        if not found:
            break
        hit.add(int(found.lastgroup[1:]))
        position = found.end()
    return tuple(terms[i] for i in sorted(hit))


# "Lao Cai", "Thai Binh" and "Thai Nguyen" are Vietnamese provinces, not nationalities.
_NOT_DEMONYM_AFTER = r"(?![ \t]+(?:Cai|Binh|Nguyen|Chau)\b)"
# A nationality word that names a language: "(translated from Spanish)", "written in French",
# "Spanish-speaking", "the Arabic version": no country is named.
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:translated|translation|written|published|available|versions?|originally|spoken|speak|speaks|speaking)"
    r"[ \t]+(?:\w+[ \t]+)?(?:from|into|in)[ \t]+$",
    re.IGNORECASE,
)
_LANGUAGE_AFTER = re.compile(r"-(?:language|speaking)\b|[ \t]+(?:language|translation|version|original|speakers?)\b", re.IGNORECASE)


def _a_language(text: str, start: int, stop: int, written: str) -> bool:
    """Whether a nationality word at ``start:stop`` names a language, not a country."""
    return written in DEMONYMS and bool(
        _LANGUAGE_BEFORE.search(text, max(0, start - 40), start) or _LANGUAGE_AFTER.match(text, stop)
    )


# "Central America", "Latin American": a compass word before a name makes a region of it.
_PART_BEFORE = re.compile(r"\b(?:Central|Latin|South|North|Meso)[ \t]+$")


@lru_cache(maxsize=1)
def demonym_pattern() -> re.Pattern:
    """Nationality words, longest first; group 1 is the word as written."""
    names = sorted(DEMONYMS, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b" + _NOT_DEMONYM_AFTER)


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    table = {name: code for name, code in DEMONYMS.items()}
    for code, names in COUNTRY_NAMES.items():
        for name in names:
            table.setdefault(name, code)
    return table


@lru_cache(maxsize=1)
def country_word_pattern() -> re.Pattern:
    """Country names and nationality words; group 1 is the word as written."""
    names = sorted(_country_lookup(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w])" + _NOT_DEMONYM_AFTER)


def country_of(word: str) -> str | None:
    """The ISO alpha-3 code a country name or nationality word stands for.

    >>> country_of("Burmese"), country_of("Kingdom of Thailand"), country_of("Atlantis")
    ('MMR', 'THA', None)

    A state's formal name is its country's ("the Federal Republic of Germany"),
    but not a unit's ("State of Mexico"):

    >>> country_of("Federal Republic of Germany"), country_of("the Republic of the Philippines"), country_of("State of Mexico")
    ('DEU', 'PHL', None)
    """
    key = " ".join(word.split())
    code = _country_lookup().get(key)
    if code is None and " of " in key:
        formal = _FORMAL_STATE.fullmatch(key)
        if formal is not None and formal.group(1) not in DEMONYMS:
            code = _country_lookup().get(formal.group(1))
    return code


_FORMAL_WORDS = (
    r"(?:(?:Federal|Federative|United|Islamic|Democratic|Socialist|Plurinational|Bolivarian|Arab|Hashemite|"
    r"Cooperative|Oriental|Independent|Sovereign|People's|Kyrgyz|Lebanese|Syrian|Argentine|Czech|Slovak)[ \t]+)*"
    r"(?:Republic|Kingdom|Sultanate|Commonwealth|Principality|Grand[ \t]+Duchy|Emirate)[ \t]+of[ \t]+(?:the[ \t]+)?"
)
#: A state's formal name before its short one: "Federal Republic of", "the Kingdom of the".
_FORMAL_STATE = re.compile(r"(?:[Tt]he )?" + _FORMAL_WORDS + r"(.+)")
#: The same, read in running text before a country's name ("Government of the Republic of Tajikistan").
FORMAL_STATE_PREFIX = re.compile(_FORMAL_WORDS)


def country_name(code: str) -> str:
    """The display name of a country code ('' when unknown)."""
    names = COUNTRY_NAMES.get(code)
    return names[0] if names else ""


@lru_cache(maxsize=1)
def _country_scanner() -> tuple[NameScanner, dict[str, list[tuple[str, str]]]]:
    names: dict[str, list[tuple[str, str]]] = {}
    for name, code in _country_lookup().items():
        names.setdefault(fold_name(name), []).append((name, code))
    return NameScanner(names, shared=True), names


def country_words(text: str, folded: FoldedText | None = None) -> list[tuple[int, int, str, str]]:
    """Country names and nationality words in a text: (start, end, written, code).

    One automaton pass over the folded text; a name counts only as written
    in its own case ("US", not "us"), and "Lao Cai" or "Thai Binh" (Vietnamese
    provinces) are no nationality.

    >>> [(w, c) for _, _, w, c in country_words("Cambodian and Lao girls, not Lao Cai ones, went to the US.")]
    [('Cambodian', 'KHM'), ('Lao', 'LAO'), ('US', 'USA')]
    """
    scanner, names = _country_scanner()
    folded = folded or fold_text(text)
    out = []
    not_after = re.compile(_NOT_DEMONYM_AFTER)
    for start, stop, key in zip(*scanner.scan(folded)):
        written = text[start:stop]
        if _PART_BEFORE.search(text, max(0, start - 8), start):
            continue  # "Central America", "South Korean" is read whole or not at all
        for name, code in names[key]:
            if written.replace(".", "") == name.replace(".", "") or (" " in name and written[:1].isupper() and fold_name(written) == key):
                if not_after.match(text, stop) and not _a_language(text, start, stop, written):
                    out.append((start, stop, written, code))
                break
    return out

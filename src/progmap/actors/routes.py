"""Find trafficking routes: who is moved where, for what, read as frames.

A route is read from a movement frame, keyed by the lemma of its trigger
(the ``movement`` lexicon table: "traffic", "trafficking", "smuggle",
"sell", "migrate", "enter", "exploit", "repatriate"...), with roles:

- theme: the people moved, with their nationality or home ("Karen women
  from Burma", "Vietnamese women", "children of Dien Bien", "an
  eleven-year-old girl living in the hills of Laos");
- source: "from X", "out of X";
- goal: "to X", "into X", "enter X", "bound for X", "destinations in X",
  "end up / are exploited / located ... in X" (lists of any length: "mainly
  in Angola, Russia and Qatar");
- path: "via X", "through X", "transiting X"; and a later leg ("and then on
  to Y", "en route to Y") turns the goals before it into the path.

How it reads, cheaply enough for archives:

1. One automaton pass finds the cue words of the document
   (:class:`progmap.actors.language.CueScanner`); only paragraphs holding a
   cue and a place (or a nationality word, or an internal marker) are cut
   into sentences, and only their sentences are tokenized.
2. A sentence becomes slots: words, places (the resolved mentions),
   nationality words, and phrases that point back ("the province", "both
   countries", "these women"), which the document's
   :class:`~progmap.actors.discourse.Register` resolves.
3. It is cut into clauses (";", ", while", ", but"...). In each clause the
   places form coordinated lists (:func:`~progmap.actors.language.coordinated_groups`),
   and each list's role comes from the word that governs it: walking back
   over its noun phrase ("the poorer rural areas of X", "an embroidery
   factory in X") to a preposition or verb of the ``route_words`` table. A
   place in a phrase about people ("victims in the north", "children of X")
   is their home; one about an official ("police in X") is where the
   official is, and where a speaker is when they speak ("officials in Nghe
   An told us that ...").
4. Each list belongs to the trigger before it (or, before the first
   trigger, to that one); the trigger's theme is the people phrase it
   governs. No fixed word windows: clause, list and phrase bounds decide.

An origin is, in order: a source the frame states; the theme's home (a
place attached to the people, then their nationality); a place framing the
clause ("In the south, most victims are ..."); the people a pronoun or a
definite phrase points back at ("they", "the victims", "these women", "most
came from X" completing a route the sentence before left open); the
speaker's place; and the document's subject country
(:func:`~progmap.actors.discourse.subject_from_metadata`, or a statement
"X is a source country"). An origin from the speaker or from metadata is
flagged ``origin_inferred = True``; one from a statement of the text quotes
that statement in the evidence.

A statement "X is a destination country for women from Y" is a route from Y
to X; "X is a source country for ... both in X and abroad", "trafficked
internally", "within X" are internal routes (origin and destination both
X, or X and a place inside it).

Return flows ("Vietnamese victims repatriated from Malaysia", "Thai
authorities returned 80 women to Savannakhet", "rescued in Henan and
brought home to Vietnam") keep the direction victims were trafficked:
origin the victims' home (the return's "to" place, else their nationality),
destination where they came back from (its "from" place, the country of the
authorities returning them, the place they were rescued or exploited in),
and ``direction = "return"``.

Transit: a route's ``via`` lists the transit places in order; legs are not
rows of their own (a row runs from where victims come from to where they
are exploited; the legs are origin, via and destination in turn). A goal
followed by no named later leg ("to Laos and then on to third countries")
stays the destination.

Purposes come from the frame's clause, each list of destinations keeping
those said of it ("to Cambodia for sexual exploitation, and to China and
Taiwan for marriage"), or from the next sentence about the same people
("They are sold as brides"). One route per origin and destination per
document: purposes, victims, transit places and quotes of its statements
are merged.

Examples
--------
>>> import pandas as pd
>>> text = "Girls from Lao Cai are sold to China as brides."
>>> places = pd.DataFrame({"start": [11, 31], "end": [18, 36], "code": ["VN-02", "CHN"],
...                        "kind": ["admin1", "country"], "country": ["VNM", "CHN"]})
>>> routes = find_routes("doc.txt", text, places)
>>> routes[["origin_code", "destination_code", "purposes", "victims", "direction"]].values.tolist()
[['VN-02', 'CHN', ['marriage'], ['girls'], 'trafficking']]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from progmap.actors.discourse import People, Referent, Register, Subject, subject_from_base, subject_from_dateline, subject_from_metadata
from progmap.actors.frames import columns as plain_columns
from progmap.actors.frames import empty_columns, length
from progmap.actors.language import CueScanner, coordinated_groups, glue_words, inflections, is_dictionary_word, lexicon, token_spans
from progmap.actors.sheets import sheet_fields, table_fields, table_route_pairs
from progmap.actors.vocabulary import DEMONYMS, country_of, terms_in
from progmap.schema import EVIDENCE_SEPARATOR, ROUTE_COLUMNS, item_id
from progmap.sources.documents import sentence_spans
from progmap.text import NameScanner, fold_name, fold_text

# --- tables ------------------------------------------------------------------------

#: Triggers that speak of trafficking by themselves: their frames need no theme.
_TRAFFICKING = frozenset({"traffic", "traffick", "trafficking", "TIP", "smuggle", "smuggling", "route", "flow"})
#: Words after which a people phrase is not the theme: buyers, agents, company.
_NOT_THEME_AFTER = frozenset({"to", "with", "by", "against", "among", "between", "from", "as"})
#: What may follow a nationality word used as a noun ("Lao who ...", "Vietnamese in Guangxi").
_NOUN_FOLLOWERS = frozenset({"clause", "copula", "loc", "source", "goal"})
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "us", "me"})
#: Forms of "include" after people, before the nationalities they count.
_INCLUDE_FORMS = frozenset({"include", "includes", "included"})
#: Another share of the same people and its home: " and 9 from ", ", 4 from ".
_MORE_FROM_BEFORE = re.compile(r"(?:,|\band)[ \t]+(?:\d[\d,]*|some|others|many|a few)[ \t]+from[ \t]+(?:the[ \t]+)?$")
#: A place named as a transit: "(use Mali) as a transit point", "as a key transit country".
_AS_TRANSIT_AFTER = re.compile(r"[ \t]+(?:serving[ \t]+|used[ \t]+|acting[ \t]+)?as[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?transit\b")
#: Nouns of a road whose "to X" says where it leads, not where anyone was taken.
_ROUTE_NOUNS = frozenset({"route", "routes", "road", "roads", "highway", "highways", "corridor", "corridors", "railway", "railways"})
#: Words that deny the verb after them (past auxiliaries).
_NEGATIONS = frozenset({"not", "never", "without", "n't"})
#: Nouns of a stop on a road where people are found on their way ("at a checkpoint in Kaduna").
_CHECKPOINTS = frozenset({"checkpoint", "checkpoints", "roadblock", "roadblocks", "checkpost", "checkposts"})
#: Words that make people foreign where a sentence puts them.
_FOREIGN = frozenset({"foreign", "foreigners", "non-national", "non-nationals"})
#: Pronouns standing for the people of a relative clause ("where they were held", "where many are exploited").
_PEOPLE_PRONOUNS = frozenset({"they", "she", "he", "we", "i", "many", "most", "some", "others", "all", "often", "then", "also"})
#: People named by what befell them: "trafficking victims" is a noun, not "trafficking [the] victims".
_VICTIM_STATES = frozenset({"victim", "victims", "survivor", "survivors", "returnee", "returnees", "case", "cases"})
#: Words between a subject and its verb that keep it the subject ("Malaysia has deported ...").
_AUXILIARIES = frozenset({"has", "have", "had", "also", "will", "would", "can", "could", "may", "might", "reportedly", "allegedly"})
#: Nouns a rescue word may modify, making it the name of a service ("rescue centres", "a rescue team").
#: Gerunds of exploiting verbs that, used as nouns, name a purpose ("forced begging"), never a frame.
_PURPOSE_GERUNDS = frozenset({"begging"})
#: Nouns a word of moving may modify, which then names a thing, not a move ("transport costs", "travel agencies").
_ATTRIBUTIVE_HEADS = frozenset({
    "cost", "costs", "fee", "fees", "expense", "expenses", "fare", "fares", "charge", "charges", "bill", "bills",
    "loan", "loans", "debt", "debts", "allowance", "allowances", "insurance", "company", "companies", "firm", "firms",
    "industry", "industries", "sector", "sectors", "agency", "agencies", "document", "documents", "permit", "permits",
})
_SERVICE_NOUNS = frozenset({
    "centre", "centres", "center", "centers", "home", "homes", "shelter", "shelters", "programme", "programmes", "program",
    "programs", "project", "projects", "team", "teams", "unit", "units", "operation", "operations", "mission", "missions",
    "package", "packages", "grant", "grants", "fund", "funds", "hotline", "hotlines", "desk", "desks", "office", "offices",
})
#: Words between "who" and a trigger in a relative clause ("who had been trafficked").
#: Prepositions that make a country before people a place, not their nationality ("trafficked to Thailand women ...").
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "into", "through", "via", "of", "across", "within", "inside", "throughout"})
#: The auxiliaries that make a participle after them passive ("are exploited", "have been taken").
_PASSIVE_AUXILIARIES = frozenset({"are", "is", "were", "was", "been", "being", "be"})
#: What puts homes in apposition before a place: "The women, most of them from Kurunegala", "women, mostly from".
_HOMES_FROM_BEFORE = re.compile(r"(?:\b(?:of[ \t]+them|of[ \t]+whom|mostly|mainly|largely|chiefly)|,)[ \t]+from[ \t]+(?:the[ \t]+)?$")
#: Workers "domestic" says the household of, not the country: "domestic workers", "domestic helpers".
_HOUSEHOLD_WORK = frozenset({"worker", "helper", "servant", "maid", "labourer", "laborer", "employee"})
#: A return's homes named after the words for them: "to their countries of origin, mainly ", "to their home countries: ".
_HOMELANDS_BEFORE = re.compile(
    r"\bto[ \t]+(?:their|his|her)[ \t]+(?:home[ \t]+)?(?:countr(?:y|ies)|communities|villages|homes?)(?:[ \t]+of[ \t]+origin)?"
    r"[ \t]*[,:(]?[ \t]*(?:(?:mainly|mostly|chiefly|notably|including|namely|such[ \t]+as|in(?:[ \t]+particular)?)[ \t]+)?"
    r"(?:[^.;\n]{0,60}?(?:,|\band|\bor)[ \t]+)?(?:the[ \t]+)?$"
)
#: Words saying people came from another country, whose home the document's country is not.
_FOREIGN_PEOPLE = frozenset({"migrant", "migrants", "foreign", "foreigners", "foreigner", "expatriate", "expatriates", "immigrant", "immigrants"})
#: Words opening a sentence that tells the next leg of a journey told before ("Eventually, they were taken to ...").
_GOING_ON = frozenset({"eventually", "finally", "afterwards", "subsequently", "later", "then"})
#: Shares of people named before that may go on from where all of them were taken ("Some of the refugees were later moved").
_SHARES_GOING_ON = frozenset({"some", "many", "several", "others"})
#: Sentence openers that say the people had got where a journey told before took them.
_ARRIVED_OPENERS = frozenset({("on", "arrival"), ("upon", "arrival"), ("after", "arrival"), ("on", "arriving"),
                              ("upon", "arriving"), ("once", "there")})
#: Who may follow a sentence opener of :data:`_GOING_ON` for the sentence to go on with a journey told before.
_GOING_ON_SUBJECTS = frozenset({",", "they", "the", "we", "he", "she", "i"})
#: What statistics count instead of people: "a third of detected cases".
_COUNTED_THINGS = frozenset({"cases", "case", "reports", "investigations", "prosecutions", "convictions", "flows", "total"})
#: Things people send or carry that a verb of moving moves instead of them: "sent a message to her sister in Lviv".
_MESSAGES = frozenset({
    "message", "messages", "letter", "letters", "email", "emails", "text", "texts", "money", "remittance", "remittances",
    "photo", "photos", "video", "videos", "parcel", "parcels", "cash", "funds", "word",
})
#: Vehicles, whose own going back is no one's return home ("the boat returned to Songkhla").
_VEHICLES = frozenset({
    "boat", "boats", "vessel", "vessels", "ship", "ships", "trawler", "trawlers", "ferry", "ferries", "bus", "buses",
    "truck", "trucks", "lorry", "lorries", "plane", "planes", "aircraft", "flight", "flights", "train", "trains",
})
#: Verbs whose object is an activity put elsewhere, not people: "shifted recruitment from Nairobi to Busia".
_RELOCATING = frozenset({
    "shift", "shifts", "shifted", "shifting", "move", "moves", "moved", "moving", "relocate", "relocates", "relocated",
    "relocating", "expand", "expands", "expanded", "expanding", "extend", "extends", "extended", "extending", "divert",
    "diverts", "diverted", "diverting", "redirect", "redirects", "redirected", "redirecting",
})
#: Goods trafficked or smuggled: "drug trafficking", "wildlife smuggling" move no people.
_GOODS = frozenset({
    "drug", "drugs", "narcotics", "cocaine", "heroin", "methamphetamine", "arms", "weapons", "firearms", "wildlife", "ivory",
    "timber", "gold", "fuel", "cigarette", "cigarettes", "tobacco", "antiquities", "pangolin", "rhino", "cannabis", "opium",
})
#: Verbs of drawing people in: "by someone in X" after them is where it began.
_BEGINNING = frozenset({"deceive", "trick", "lure", "entice", "dupe"})
#: Nouns a word for people may modify ("student visas", "refugee camps"): no people then.
_PEOPLE_AS_MODIFIER = frozenset({
    "visa", "visas", "permit", "permits", "card", "cards", "status", "scheme", "schemes", "quota", "quotas",
    "camp", "camps", "dormitory", "dormitories", "hostel", "hostels",
})
#: Words inside a people phrase with its homes ("some children from Kasai and Kasai-Central").
_PEOPLE_GLUE = frozenset({"from", "and", "or", ",", "the", "young", "their"})
_RELATIVE_AUXILIARIES = frozenset({"had", "has", "have", "been", "was", "were", "is", "are", "being", "reportedly", "allegedly", "later"})
#: Words before people who are company, not the people moved ("meeting with migrant workers").
_COMPANY = frozenset({"with", "by", "among", "against", "between"})
#: Prepositions before a cue noun that make it a purpose or a topic, not another movement.
_PURPOSE_PREPOSITIONS = frozenset({"for", "to", "into", "of", "in", "against", "on", "about"})
#: Words that end a people phrase on its left ("sold as brides", "such as").
_FUNCTION_WORDS = frozenset({"and", "or", "as", "such", "than", "like", "also", "not", "only", "even", "then", "both", "all", "any", "no",
                             *("including", "especially", "particularly", "notably", "among", "alongside", "besides")})
#: Words that give examples of people just named: "Haitian migrants, including children" are the migrants.
_EXAMPLE_WORDS = frozenset({"including", "especially", "particularly", "notably", "among"})
#: People who are coming home: whatever moves them is a return ("returnees from Cambodia reached An Giang").
#: Words of a quantity before the people it counts: "more than 5,000 Albanians", "an estimated 300".
#: Past participles of the carry verbs that differ from their past tense ("flown", not "flew").
_PARTICIPLES = frozenset({"flown", "driven", "bussed", "bused", "ferried"})
#: Forms of "be" before a participle: the passive ("were flown to Beijing").
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"})
_QUANTITY_WORDS = frozenset({
    "more", "less", "fewer", "over", "under", "about", "around", "nearly", "almost", "some", "approximately", "roughly",
    "up", "least", "estimated", "additional", "further", "another", "dozens", "hundreds", "thousands", "tens", "scores",
    "millions", "number", "total", "majority", "group", "several", "many", "few", "most", "all", "both",
})
#: Words of a share of people pointing back: "most of them", "the majority of whom".
_SHARE_WORDS = frozenset({"of", "most", "many", "some", "all", "half", "few", "several", "none", "each", "both", "majority", "the", "a"})
#: What may follow "home" as an adverb: a preposition of the movement frame ("home from Yemen", "home to Nepal").
_HOMEWARD_FOLLOWERS = frozenset({"source", "goal", "path", "loc", "chain"})
_RETURNING = frozenset({"returnee", "returnees", "deportee", "deportees", "repatriates"})

#: Between people and where they come from: "women, mostly from Nepal", "girls, all of them from Ghana".
_HEDGES_AFTER_PEOPLE = frozenset({",", "mostly", "mainly", "largely", "primarily", "chiefly", "most", "many", "all", "some", "of", "them", "whom"})

_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "them", "these", "those", "this", "that", "our"})
# Patterns searched in sentences open with a lookahead of their first letters
# ("(?=[twb])"): the regex engine's prefix scan then skips the other
# positions. The same matches, about twice as fast.
# A sentence about people moving counts only if it speaks of trafficking or exploitation.
_SIGNAL = re.compile(
    r"(?=[tsefvbprldkacwm])(?:traffick|\bsold\b|\bsell|exploit|forced|victim|brothel|prostitut|servitude|\brescued\b|\blured\b|deceiv|trick|"
    r"smuggl|kidnap|abduct|brides?\b|bonded|bondage|coerc|slave|\bdebts?\b|abuse|confiscat|withh[eo]ld|\bmade\s+to\s+work|\bmade\s+to\s+beg|\bmade\s+to\s+labou?r)",
    re.IGNORECASE,
)
_VOLUME = re.compile(
    r"(?=[aoemnslu\d])\b(?:(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand|hundred))?(?:\s+(?:\w+\s+){0,2}?(?:per|a|each|every)\s+(?:month|year|week|day|annum))",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\b(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\b",
    re.IGNORECASE,
)
# "sold to Chinese men", "married to Taiwanese husbands": the buyers, not the victims.
_BUYERS = re.compile(r"(?=[twb])\b(?:to|with|by)\s+(?:[\w-]+\s+){0,2}?(?:men|husbands|males?)\b", re.IGNORECASE)
# "A.", "(b)", "3": marks of a list item before a sentence.
_LIST_MARK = re.compile(r"[a-z]|\d{1,2}")
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")
# Blank lines end paragraphs (and sentences: no sentence crosses one).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Words that tell a route without a named place is internal.
_INTERNAL_WORDS = re.compile(r"\b(?:internal(?:ly)?|domestic(?:ally)?|in-country|within)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Tables:
    """The route lexicons, as lookups by lower-case written form."""

    words: dict  # word -> frozenset of route_words roles
    phrases: dict  # tuple of words -> role (route_words entries of two words or more)
    phrase_ends: frozenset
    people: dict  # word -> "victim" | "agent"
    anaphora: dict  # tuple of words -> role
    anaphora_starts: frozenset
    status: dict  # word -> source | destination | transit
    known: dict  # word -> (route_words roles, people role, opens a clause, preposition role): one lookup per word


def _forms(row: dict) -> list[str]:
    return [form.lower() for form in inflections(row["lemma"], row["pos"])]


@lru_cache(maxsize=1)
def _hints() -> dict[str, frozenset]:
    """The ``route_hints`` table: role -> its words, with a verb's lemma and all its forms."""
    found: dict[str, set] = {}
    for row in lexicon("route_hints"):
        found.setdefault(row["role"], set()).update({row["lemma"].lower(), *_forms(row)})
    return {role: frozenset(words) for role, words in found.items()}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    words: dict[str, set] = {}
    phrases: dict[tuple, str] = {}
    for row in lexicon("route_words"):
        for form in _forms(row):
            key = tuple(form.split())
            if len(key) == 1:
                words.setdefault(form, set()).add(row["role"])
            else:
                phrases[key] = row["role"]
    people = {form: row["role"] for row in lexicon("people") for form in _forms(row)}
    anaphora = {tuple(form.split()): row["role"] for row in lexicon("anaphora") for form in _forms(row)}
    status = {form: row["role"] for row in lexicon("status") for form in _forms(row)}
    frozen = {word: frozenset(roles) for word, roles in words.items()}
    known = {}
    for word in set(frozen) | set(people):
        found = frozen.get(word, frozenset())
        stops = bool(found & {"clause", "copula", "speech"}) or _verb_only(word)
        known[word] = (found, people.get(word, ""), stops, next((r for r in _ROLE_ORDER if r in found), ""))
    for word in {key[-1] for key in phrases} - set(known):  # a phrase may end on a word of no role ("countries of origin")
        known[word] = (frozenset(), "", word.endswith("ed") and _verb_only(word), "")
    return _Tables(
        known=known,
        words=frozen,
        phrases=phrases,
        phrase_ends=frozenset(key[-1] for key in phrases),
        people=people,
        anaphora=anaphora,
        anaphora_starts=frozenset(key[0] for key in anaphora),
        status=status,
    )


@lru_cache(maxsize=1)
def _scanner() -> CueScanner:
    """Movement and status cues, found in one pass."""
    return CueScanner(["movement", "status"])


@lru_cache(maxsize=1)
def _nationalities() -> tuple[NameScanner, dict]:
    """Nationality and regional words (DEMONYMS and the ``nationalities`` table), by folded form."""
    written: dict[str, list[tuple[str, str]]] = {}
    for word, code in DEMONYMS.items():
        written.setdefault(fold_name(word), []).append((word, code))
    for row in lexicon("nationalities"):
        written.setdefault(fold_name(row["lemma"]), []).append((row["lemma"], row["role"]))
    return NameScanner(written, shared=True), written


def _nationality_words(text: str, folded) -> list[tuple[int, int, str, str]]:
    """Nationality words as written (capitalized, own case): (start, end, code, "plural" or "").

    A plural ("Albanians", not "Albanian") always stands for people.
    """
    scanner, written = _nationalities()
    out = []
    for start, stop, key in zip(*scanner.scan(folded)):
        seen = " ".join(text[start:stop].split())
        for word, code in written[key]:
            if seen == word or (seen.isupper() and len(seen) > 3 and seen == word.upper()):  # a cable in capitals
                out.append((start, stop, code, "plural" if _plural_demonym(word, code) else ""))
                break
    return out


@lru_cache(maxsize=1024)
def _plural_demonym(word: str, code: str) -> bool:
    """Whether a nationality word is the plural of another of the same country ("Albanians")."""
    return word.endswith("s") and DEMONYMS.get(word[:-1]) == code


@lru_cache(maxsize=4096)
def _infinitive(word: str, following: str) -> bool:
    """Whether "to <word> <following>" opens an infinitive ("to highlight the ..."), not a goal."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    if "VERB" not in readings or word not in readings["VERB"]:
        return False  # not a verb's base form: "to mining towns", "to trafficked persons"
    return "NOUN" not in readings and "ADJ" not in readings or following in _DETERMINERS


# --- statements ------------------------------------------------------------------------


@dataclass
class _Statement:
    """One statement of movement: origins to destinations, as a sentence says it."""

    origins: list  # (code, country)
    targets: list  # Referent
    via: list  # place codes, in order
    purposes: list
    victims: list
    volume: str | None
    direction: str
    start: int
    end: int
    quotes: list
    inferred: bool = False


def _end(code: str, country: str) -> tuple[str, str]:
    return (code, country)


def _country(code: str) -> str:
    """The country of a nationality word's code: itself, or '' for a region."""
    return code if _COUNTRY_CODE.fullmatch(code) else ""


# --- slots: a sentence as words, places and nationality words -----------------------------


class _Slots:
    """One sentence as slots, in order.

    Each slot is a word (``kind`` "w", ``low`` its lower case), a mark
    ("."), a place ("p": ``ref`` the Referent, ``flag`` "", "possessive",
    "compound", "bound" or "based") or a nationality word ("n": ``code``).
    Cue words carry their :class:`~progmap.actors.language.Cue` in ``cue``;
    phrases pointing back at people are in ``anaphor`` (first slot -> (role,
    length)).
    """

    __slots__ = ("kind", "low", "start", "end", "ref", "flag", "code", "cue", "anaphor", "quotes", "role", "size", "who", "tags", "stop")

    def __init__(self):
        self.kind: list[str] = []
        self.low: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.ref: list = []
        self.flag: list[str] = []
        self.code: list = []
        self.cue: list = []
        self.anaphor: dict[int, tuple[str, int]] = {}
        self.quotes: list[str] = []  # sentences that anaphoric places point back at

    def add(self, kind, low, start, end, ref=None, flag="", code=None, cue=None) -> None:
        self.kind.append(kind)
        self.low.append(low)
        self.start.append(start)
        self.end.append(end)
        self.ref.append(ref)
        self.flag.append(flag)
        self.code.append(code)
        self.cue.append(cue)

    def __len__(self) -> int:
        return len(self.kind)  # (hot loops read len(slots.kind) directly)


def _place_flag(text: str, token_start: int, token_end: int, place: Referent) -> str:
    """What a place is inside its token: "Thailand's", "Europe-bound", "Hanoi-based", "Cambodia-Thailand"."""
    if token_start >= place.start and token_end <= place.end:
        return ""
    head, tail = text[token_start : place.start], text[place.end : token_end].lower()
    if not head and tail in ("'s", "’s", "'", "’"):
        return "possessive"
    if not head and tail.startswith("-bound"):
        return "bound"
    if not head and tail.startswith(("-based", "-headquartered")):
        return "based"
    return "compound"


def _slots(text: str, start: int, end: int, places: list, nations: list, cues: dict, register: Register, document=None) -> _Slots:
    """The slots of ``text[start:end]`` (see :class:`_Slots`)."""
    # One row per slot, turned into the slots' columns at the end: one append per word, not eight.
    rows = []
    add = rows.append
    p = n = 0
    covered = start
    n_places, n_nations = len(places), len(nations)
    next_place = places[0].start if n_places else end
    next_nation = nations[0][0] if n_nations else end
    for word, t_start, t_end in token_spans(text, start, end):
        if t_end <= covered:
            continue
        if t_end > next_place:
            while p < n_places and places[p].end <= t_start:
                p += 1
            if p < n_places and places[p].start < t_end:
                while p < n_places and places[p].start < t_end:
                    place = places[p]
                    flag = "" if (t_start >= place.start and t_end <= place.end) else _place_flag(text, t_start, t_end, place)
                    if place.kind == "country" and _ATTRIBUTIVE_AFTER.match(text, place.end):
                        # "clubs near US military bases in Pyeongtaek": the country's bases, not a place of the frame
                        add(("w", "(country)", place.start, place.end, None, "", None, None))  # (a word no table holds)
                    elif place.kind == "region" and p + 1 < n_places and places[p + 1].kind in ("admin1", "city") \
                            and places[p + 1].country == place.country and _MEMBERS_AFTER.fullmatch(text, place.end, places[p + 1].start):
                        # "the northern mountainous provinces of Ha Giang, Lao Cai and Dien Bien": the region's members
                        # are the places; its name says what they are, as "the provinces of" would
                        add(("w", "provinces", place.start, place.end, None, "", None, None))
                    else:
                        add(("p", "", place.start, place.end, place, flag, None, None))
                    covered = max(place.end, t_end)
                    p += 1
                next_place = places[p].start if p < n_places else end
                continue
            next_place = places[p].start if p < n_places else end
        if t_end > next_nation:
            while n < n_nations and nations[n][1] <= t_start:
                n += 1
            if n < n_nations and nations[n][0] <= t_start < nations[n][1]:
                add(("n", "", nations[n][0], nations[n][1], None, nations[n][3], nations[n][2], None))
                covered = nations[n][1]
                n += 1
                next_nation = nations[n][0] if n < n_nations else end
                continue
            next_nation = nations[n][0] if n < n_nations else end
        cue = cues.get(t_start)
        if cue is not None and cue.lemma == "TIP" and word != "TIP":
            cue = None  # "TIP" as written, not "the tip of"
        add(("w" if word[:1].isalnum() else ".", word.lower(), t_start, t_end, None, "", None, cue))
    if nations:
        _territories(rows)
    slots = _Slots()
    if rows:
        slots.kind, slots.low, slots.start, slots.end, slots.ref, slots.flag, slots.code, slots.cue = map(list, zip(*rows))
        _drop_homeless_provenance(slots)
    _point_back(slots, register, document)
    _classify(slots)
    _names_are_no_people(text, slots)
    _people_words_as_modifiers(slots)
    _persons_told_with_age(text, slots)
    return slots


#: Prepositions before a nationality word and its noun of territory that put something inside, or on the way into,
#: that country ("to the Saudi border", "in Indonesian waters"); not "near" or "along", which may be either side.
_INTO_TERRITORY = frozenset({"to", "into", "toward", "towards", "across", "over", "in", "inside", "within", "on", "onto"})


def _territories(rows: list) -> None:
    """A nationality word before a noun of a country's ground or sea (the ``territory`` words) names the country
    as a place: "walked to the Saudi border", "fished in Indonesian waters off Ambon".

    Only where a preposition of :data:`_INTO_TERRITORY` governs the phrase
    and the noun ends it ("near the Malaysian border" may be either side;
    "Saudi border guards", "the Thai border town of Mae Sot" name other
    things). ``rows`` are the slot rows of :func:`_slots`, changed in place.
    """
    words = _tables().words
    for i in range(1, len(rows) - 1):
        kind, _, start, end, _, flag, code, _ = rows[i]
        if kind != "n" or flag == "plural" or not _COUNTRY_CODE.fullmatch(code):
            continue
        noun = rows[i + 1]
        if noun[0] != "w" or "territory" not in words.get(noun[1], ()):
            continue
        after = rows[i + 2] if i + 2 < len(rows) else None
        if after is not None and after[0] == "w" and after[1] not in _NO_MODIFIERS:
            continue  # "Saudi border guards": the noun modifies another
        before = i - 1 if rows[i - 1][1] != "the" else i - 2
        if before < 0 or rows[before][1] not in _INTO_TERRITORY:
            continue
        rows[i] = ("p", "", start, end, Referent(code, "country", code, start, end), "", None, None)


#: Nouns a people word may modify, naming a body or a cause rather than people: "a migrant rights group",
#: "the child protection committee", "victim support services".
_MODIFIED_BY_PEOPLE = frozenset({"rights", "support", "protection", "welfare", "advocacy", "affairs", "group", "groups",
                                 "organization", "organisation", "association", "network", "centre", "center", "committee",
                                 "union", "federation", "council", "agency", "services", "shelter", "hotline", "visa", "visas"})


def _people_words_as_modifiers(slots: _Slots) -> None:
    """A people word that modifies a noun of :data:`_MODIFIED_BY_PEOPLE` is no people: "a migrant rights group said"."""
    who, low = slots.who, slots.low
    for j in range(len(who) - 1):
        if who[j] == "victim" and low[j + 1] in _MODIFIED_BY_PEOPLE and slots.kind[j + 1] == "w":
            who[j] = ""


#: Nouns a country's name modifies rather than places of the frame ("US military bases", "US dollars").
_ATTRIBUTIVE_AFTER = re.compile(
    # (not its authorities or officials, whose country tells where people were found or sent back from)
    r"[ \t]+(?:military|army|navy|naval|air[ \t]+force|forces|troops|soldiers|servicemen|bases?|contractors|brands|buyers|dollars?)\b"
)
#: What joins a region to the places it is made of: "the northern provinces of Ha Giang ...".
_MEMBERS_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _drop_homeless_provenance(slots: _Slots) -> None:
    """A word of provenance with no home after it is no cue: "come" in "who come to Thailand to work" (the
    frame reads such a word only with "from" after it, and no other rule should take it for a verb of moving)."""
    cue = slots.cue
    for j in range(len(cue)):
        if cue[j] is not None and cue[j].role == "provenance" and not _home_follows(slots, j, len(cue)):
            if cue[j].lemma == "come" and j + 2 < len(cue) and slots.low[j + 1] == "to" and slots.kind[j + 2] == "p":
                # "women who came to South Korea on entertainer visas": people getting there by themselves
                cue[j] = replace(cue[j], role="arrive")
            else:
                cue[j] = None


def _names_are_no_people(text: str, slots: _Slots) -> None:
    """A people word inside a proper name is no people: "the Romanian National Agency against Trafficking",
    "the Child Protection Committee" (title case mid-sentence, before another capitalized word that is
    neither people nor a cue: "Burmese Women Trafficked to China" keeps its women, and text in capitals
    keeps all)."""
    who, kind, start, cue = slots.who, slots.kind, slots.start, slots.cue
    for j in range(1, len(kind) - 1):
        if who[j] and kind[j] == "w" and kind[j - 1] != "." and text[start[j]].isupper() and text[start[j] + 1 : start[j] + 2].islower() \
                and kind[j + 1] == "w" and text[start[j + 1]].isupper() and not who[j + 1] and cue[j + 1] is None and cue[j] is None:
            who[j] = ""


def _persons_told_with_age(text: str, slots: _Slots) -> None:
    """A name told with an age in apposition is a person a frame may be about: "Nguyen, 24, came to Japan from
    Nghe An", "Sita, 15, was sold in Mumbai" (a feature's way of naming the one whose story it tells)."""
    low, kind, start = slots.low, slots.kind, slots.start
    for j in range(len(kind) - 3):
        if kind[j] == "w" and low[j + 1] == "," and low[j + 3] == "," and low[j + 2].isdigit() and len(low[j + 2]) <= 2 \
                and not slots.who[j] and slots.cue[j] is None and text[start[j]].isupper() \
                and (j == 0 or kind[j - 1] == "." or not is_dictionary_word(low[j])):
            # (inside a sentence too, when the word is a name and no word of the dictionary: "Our reporter follows
            # Mai, 16, who left Hanoi")
            slots.who[j] = "victim"


#: Route roles a word's preposition may have, most telling first.
_ROLE_ORDER = ("source", "goal", "chain", "path", "loc", "of", "origin", "within", "internal", "base", "none", "abroad")


def _classify(slots: _Slots) -> None:
    """What each word is to the frame, looked up once per sentence.

    ``role``/``size``: the route_words role of the longest phrase ending at
    the slot and its length in words; ``who``: "victim", "agent" or "";
    ``tags``: all route_words roles of the word; ``stop``: a word that opens
    another clause (a clause word, a copula, a verb of saying, a verb's past
    form and nothing else).
    """
    tables = _tables()
    known, phrases, ends = tables.known, tables.phrases, tables.phrase_ends
    low, kind = slots.low, slots.kind
    n = len(kind)
    role, size, who, tags, stop = [""] * n, [0] * n, [""] * n, [_NO_TAGS] * n, [False] * n
    for j in range(n):
        if kind[j] != "w":
            continue
        word = low[j]
        entry = known.get(word)
        if entry is None:
            stop[j] = word.endswith("ed") and _verb_only(word)
            continue
        tags[j], who[j], stop[j], role[j] = entry
        size[j] = 1 if role[j] else 0
        if word in ends:
            for length in (4, 3, 2):
                if j - length + 1 >= 0 and "p" not in kind[j - length + 1 : j + 1] and "." not in kind[j - length + 1 : j + 1]:
                    phrase = phrases.get(tuple(low[j - length + 1 : j + 1]))
                    if phrase:
                        role[j], size[j] = phrase, length
                        break
    for j in range(n):
        if who[j] and slots.cue[j] is not None and j > 0 and kind[j - 1] not in (".", "n") and not (
            low[j - 1] in _NOUN_OPENERS or low[j - 1].isdigit()
        ):
            who[j] = ""  # "the agency recruits women": the verb; "Recruits travel by road", "new recruits": the people
    slots.role, slots.size, slots.who, slots.tags, slots.stop = role, size, who, tags, stop


#: Words a noun may follow at the start of its phrase (see _classify: "new recruits").
_NOUN_OPENERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "these", "those", "our", "some", "many", "most", "all",
                           "few", "several", "other", "new", "young", "former", "potential", "prospective", "female", "male", "child",
                           "security", "armed"})
_NO_TAGS: frozenset = frozenset()
_STOPS = frozenset({"clause", "copula", "speech"})


def _point_back(slots: _Slots, register: Register, document=None) -> None:
    """Resolve phrases that point back: places become place slots, people are noted."""
    tables = _tables()
    if tables.anaphora_starts.isdisjoint(slots.low):
        return
    i = 0
    while i < len(slots.kind):
        if slots.kind[i] != "w" or slots.low[i] not in tables.anaphora_starts:
            i += 1
            continue
        for size in (3, 2, 1):
            key = tuple(slots.low[i : i + size])
            role = tables.anaphora.get(key) if len(key) == size and all(k == "w" for k in slots.kind[i : i + size]) else None
            if role:
                break
        else:
            i += 1
            continue
        if role in ("people", "residents", "narrator"):
            slots.anaphor[i] = (role, size)
            i += size
            continue
        after = i + size
        if after + 1 < len(slots.kind) and slots.low[after] == "of" and slots.kind[after + 1] == "p":
            i = after  # "the province of Buenos Aires": the place named after it, not the last one named
            continue
        start, end = slots.start[i], slots.end[i + size - 1]
        referents = _nationality_country(slots, i, start, end) if role == "country" and register.subject is None else []
        referents = referents or register.resolve(role, slots.start[i])
        if not referents:
            i += size
            continue
        for column in ("kind", "low", "start", "end", "ref", "flag", "code", "cue"):
            values = getattr(slots, column)
            del values[i : i + size]
        for offset, ref in enumerate(referents):
            at = i + offset
            slots.kind.insert(at, "p")
            slots.low.insert(at, "")
            slots.start.insert(at, start)
            slots.end.insert(at, end)
            slots.ref.insert(at, ref)
            slots.flag.insert(at, "")
            slots.code.insert(at, None)
            slots.cue.insert(at, None)
            quote = ref.sentence or (document.quote_at(ref.start) if document is not None and ref.end > ref.start else "")
            if quote:
                slots.quotes.append(quote)
        # Shift people phrases noted after this point (none yet: they come later in the loop).
        i += len(referents)


def _nationality_country(slots: _Slots, i: int, start: int, end: int) -> list[Referent]:
    """ "Ghanaian children are trafficked within the country": the one nationality before the phrase.

    Only for documents with no subject country, where "the country" would
    otherwise be the last country named, often another one.
    """
    found = {_country(slots.code[j]) for j in range(i) if slots.kind[j] == "n"}
    if len(found) != 1:
        return []
    code = found.pop()
    return [Referent(code, "country", code, start, end)] if code else []


# --- clauses, people, governors ---------------------------------------------------------

_CONJUNCTION_BREAKS = frozenset({"while", "whereas", "although", "though"})
#: Words after ", but" that go on with the same subject: "were promised jobs in Bamako, but were taken to Mali".
_BUT_GOES_ON = frozenset({"also", "not", "mostly", "mainly", "then", "even", "were", "was", "had", "have", "has", "got", "ended",
                          "instead", "later", "eventually", "soon"})


def _new_subject(slots: _Slots, j: int) -> bool:
    """Whether slot ``j`` opens a clause of its own: people with a home of their
    own ("girls from Togo", "Lao girls"), then a movement verb before the
    sentence's next mark but commas; agents and their verb ("officers in Peru
    rescued"); or a share of things ("most of their wages"). "..., and some
    transit Mexico" goes on with the same people."""
    kind, who = slots.kind, slots.who
    if j < len(kind) and slots.low[j] in _SHARE_WORDS and _share_of_things(slots, j + 1, len(kind)):
        return True  # "..., and most of their wages are sent to Pyongyang": a clause about things
    if j + 1 < len(kind) and slots.low[j] == "others":
        # "some flying to Russia and on through Poland, and others flying directly to France": other people, by
        # another way
        for k in range(j + 1, min(len(kind), j + 4)):
            cue = slots.cue[k]
            if cue is not None and cue.lexicon == "movement":
                return True
            if kind[k] != "w":
                return False
        return False
    first, end = j, min(len(kind), j + 4)
    while j < end and kind[j] in ("w", "n") and not who[j]:
        j += 1
    if j >= end or who[j] not in ("victim", "agent"):
        return False
    if who[j] == "agent":
        # "..., and officers in Peru rescued 40 Venezuelan women": agents of their own, acting apart
        for k in range(j + 1, min(len(kind), j + 6)):
            cue = slots.cue[k]
            if cue is not None and cue.lexicon == "movement" and cue.pos == "VERB":
                return True
            if kind[k] == "." or (kind[k] == "w" and slots.low[k] not in ("in", "of", "from", "the") and not who[k]):
                return False
        return False
    home = "n" in kind[first:j]
    for k in range(j + 1, min(len(kind), j + 10)):
        if kind[k] == "." and slots.low[k] == ",":
            continue  # "..., and some Asian victims, mostly from China, were detected": an aside
        if kind[k] == ".":
            return False
        home = home or (slots.low[k] == "from" and k + 1 < len(kind) and kind[k + 1] == "p")
        cue = slots.cue[k]
        if cue is not None and cue.lexicon == "movement" and cue.pos == "VERB":
            return home
    return False


def _clauses(slots: _Slots) -> list[tuple[int, int]]:
    """Clause bounds as slot ranges: cut at ";" and before "while", "whereas", ", but"..."""
    bounds = [0]
    low, kind = slots.low, slots.kind
    for i in range(1, len(slots.kind)):
        if kind[i] == "." and low[i] == ";":
            bounds.append(i + 1)
        elif kind[i] == "w" and low[i] in _CONJUNCTION_BREAKS:
            bounds.append(i)
        elif kind[i] == "w" and low[i] == "but" and low[i - 1] == "," and (i + 1 >= len(slots.kind) or low[i + 1] not in _BUT_GOES_ON):
            bounds.append(i)
        elif kind[i] == "w" and low[i] == "and" and low[i - 1] == "," and _new_subject(slots, i + 1) \
                and any(slots.cue[j] is not None or slots.stop[j] for j in range(bounds[-1], i)):
            # "..., and girls from Togo are taken to Gabon": people of their own, moved their own way (but "Girls from
            # Cartagena, and increasingly Venezuelan girls, are exploited": a second subject of the same verb)
            bounds.append(i)
    bounds.append(len(slots.kind))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


@dataclass
class _Phrase:
    """A phrase about people: victims (a theme) or agents."""

    lo: int
    hi: int  # slot range, hi exclusive
    agent: bool
    homes: list  # (code, country) from nationality words
    anaphor: str | None = None
    governed: str = ""
    bare: bool = False  # a plain plural ("women"), which may stand for people named just before


#: Words that open the agents of a passive before a verb of going ("recruited through agencies in Guatemala City
#: arrived in Montreal": the ones recruited arrived).
_MEANS = frozenset({"by", "through", "via"})
#: Words of age or sex that leave a plural plain: "young men" may stand for the people named just before, as "men".
_PLAIN_MODIFIERS = frozenset({"young", "younger", "older", "adult", "teenage", "teenaged", "underage", "female", "male"})


#: Pronouns that may be possessive determiners: the people they stand for own the noun after them.
_POSSESSIVE_PRONOUNS = frozenset({"her", "their"})


def _people(slots: _Slots, lo: int, hi: int) -> list[_Phrase]:
    """The people phrases of a clause: "six Cambodian women", "Chinese and Southeast Asian women", "they"."""
    low, kind, who = slots.low, slots.kind, slots.who
    found: list[_Phrase] = []
    if not any(who[lo:hi]) and "n" not in kind[lo:hi] and not slots.anaphor:
        return found
    i = lo
    while i < hi:
        if i in slots.anaphor:
            role, size = slots.anaphor[i]
            end = i + size
            if size == 1 and low[i] in ("most", "many") and end < hi and (low[end] == "often" or low[end].endswith("ly")):
                i = end  # "Albanian nationals were most often referred": a degree, not a share of people
                continue
            if role == "narrator" and found and found[-1].hi == i:
                i = end  # "the women we assist were trafficked": the writers in a clause about the women
                continue
            if role == "people" and (low[i] in _SOME_OF_THEM or low[i] in _SHARE_OPENERS) and i > lo and low[i - 1] == "," \
                    and found and not found[-1].anaphor \
                    and all(kind[k] == "p" or low[k] in ("from", "and", "or", ",", "the") for k in range(found[-1].hi, i)):
                # "Rohingya refugees, many of whom arrived by boat", "Children from Indonesia, some born in Sabah,",
                # "Nigerian victims, almost all of them women,":
                # a share of the people just named, not of people named before
                i = end + 2 if low[end : end + 2] in (["of", "whom"], ["of", "them"]) else end
                while i < hi and who[i] == "victim" and low[i - 1] in ("them", "whom"):
                    i += 1  # "almost all of them women": what the share is
                continue
            if low[i] in _POSSESSIVE_PRONOUNS and size == 1 and end < hi and kind[end] == "w" and (
                    slots.cue[end] is None or (slots.cue[end].role not in ("return", "carry") and slots.cue[end].pos == "NOUN")) \
                    and who[end] != "victim" and not slots.tags[end] and not slots.stop[end] and low[end].isalpha() \
                    and low[end] not in _PLACE_PREPOSITIONS and low[end] not in _FUNCTION_WORDS and low[end] not in ("by", "with", "for", "off", "out", "back", "away"):
                i = end  # "Her lawyer said ...": the pronoun owns another noun ("their return home" keeps it)
                continue
            if low[i] in _POSSESSIVE_PRONOUNS and size == 1 and end + 1 < hi and low[end] == "home" and kind[end + 1] == "w" \
                    and ("area" in slots.tags[end + 1] or low[end + 1] in ("country", "countries")):
                i = end  # "recruited in their home countries": the pronoun owns the place word
                continue
            if size == 1 and low[i] in _SOME_OF_THEM and _things_after(slots, end, hi):
                i = end  # "some surrogacy clinics moved on to Laos": a share of things, no people
                continue
            homes = []
            if end + 1 < hi and kind[end] == "n" and who[end + 1] == "victim" and (
                    low[i] in _SOME_OF_THEM or (low[i] == "them" and i > lo and low[i - 1] == "of")):  # "48 of them Nicaraguan women"
                homes = [(slots.code[end], _country(slots.code[end]))]
                end += 1  # "some Malaysian citizens": people of a home of their own
            while end < hi and who[end] == "victim":
                end += 1  # "most victims"
                if end + 1 < hi and low[end] in ("and", "or") and who[end + 1] == "victim":
                    end += 1  # "some women and girls"
            if end == i + size and low[i] in _SHARE_WORDS and _share_of_things(slots, end, hi):
                i = end  # "most of their wages are sent to Pyongyang": a share of things, no people
                continue
            # (with a home of their own they point back at no one: "Some Nepali women who migrate ...")
            found.append(_Phrase(i, end, False, homes, None if homes else role, _governor_word(slots, i, lo)))
            i = end
            continue
        head = who[i]
        lone = kind[i] == "n" and _nationality_as_noun(slots, i, hi)
        if head and i + 1 < hi and low[i + 1] in _PEOPLE_AS_MODIFIER:
            head = None  # "on tourist or student visas", "refugee camps", "worker dormitories": a word of a thing
        if not head and not lone:
            i += 1
            continue
        end = i + 1
        # "men, women, and children": coordinated heads
        while end < hi:
            if who[end] == (head or "victim"):
                end += 1
            elif low[end] in (",", "and", "or") and end + 1 < hi and who[end + 1] == (head or "victim"):
                end += 1
            elif low[end] in (",", "and", "or") and end + 2 < hi and low[end + 1] in ("and", "or") and who[end + 2] == (head or "victim"):
                end += 2
            else:
                break
        begin = i
        while begin > lo:
            j = begin - 1
            if j in slots.anaphor or (kind[j] == "w" and low[j].endswith("ly") and not low[j][:1].isdigit()):
                break  # "They typically pay intermediaries": a pronoun or an adverb opens no people phrase of its own
            if kind[j] == "n" or (kind[j] == "w" and (low[j][:1].isdigit() or _modifier(slots, j))):
                begin = j
            elif low[j] in ("and", "or", ",") and j - 1 >= lo and kind[j - 1] == "n":
                begin = j
            else:
                break
        homes = [(slots.code[j], _country(slots.code[j])) for j in range(begin, end) if kind[j] == "n"]
        j = begin - 1
        if not homes and head == "victim" and begin == i and j >= lo and kind[j] == "p" and slots.ref[j].kind == "country" and not slots.flag[j] \
                and (j == lo or low[j - 1] not in _PLACE_PREPOSITIONS):
            # "Traffickers exploit Kosovo citizens in ...": a country's name used as its nationality
            begin, homes = j, [(slots.ref[j].code, slots.ref[j].code)]
        bare = not homes and all(low[k] in _PLAIN_MODIFIERS for k in range(begin, i)) and (begin == lo or low[begin - 1] not in _DETERMINERS)
        agent = head == "agent" and not _kin_moved(slots, end - 1, hi)
        found.append(_Phrase(begin, end, agent, homes, None, _governor_word(slots, begin, lo), bare))
        i = end
    return found


def _kin_moved(slots: _Slots, head: int, hi: int) -> bool:
    """Whether kin named at ``head`` are people moved in their own relative clause: "two other relatives who had
    been recruited by the same agency" are victims, not the relatives who pay or report; so are families told
    from their home who go somewhere themselves ("families from Potosi migrate to Santa Cruz")."""
    if slots.low[head] not in _KIN:
        return False
    k = _past_homes(slots, head + 1, hi)  # ("relatives from Kandy who had been recruited")
    going = head + 1
    if slots.low[head] in ("families", "parents") and going < hi and slots.low[going] == "from":
        # (past their homes and the words around them: "from Beni, Pando and the highlands of La Paz")
        while going < hi and going - head <= 12 and slots.cue[going] is None and not slots.stop[going] and slots.low[going] not in ("who", "that"):
            going += 1
        if going < hi and slots.cue[going] is not None and slots.cue[going].pos == "VERB" and slots.cue[going].role == "voluntary":
            return True  # "thousands of families from Potosi migrate to the cane fields": the families go, with their children
    if k >= hi or slots.low[k] not in ("who", "that"):
        return False
    k += 1
    passive = False
    while k < hi and slots.low[k] in _RELATIVE_AUXILIARIES:
        passive = passive or slots.low[k] in _PASSIVE_AUXILIARIES
        k += 1
    cue = slots.cue[k] if k < hi else None
    return passive and cue is not None and cue.pos == "VERB" and cue.role in ("", "recruit", "carry", "exploit")


def _things_after(slots: _Slots, j: int, hi: int) -> bool:
    """Whether a quantifier ("some", "many") at ``j - 1`` opens a noun phrase of things: "some surrogacy
    clinics", "many garment factories" (a plural noun after at most two plain words), not "some were"."""
    last = None
    for k in range(j, min(hi, j + 3)):
        word = slots.low[k]
        if not (slots.kind[k] == "w" and not slots.who[k] and slots.cue[k] is None and not slots.stop[k] and "speech" not in slots.tags[k]
                and word.isalpha() and word not in _AUXILIARIES and word not in _PEOPLE_PRONOUNS and word not in _RELATIVE_AUXILIARIES
                and word not in _FUNCTION_WORDS and word not in _PLACE_PREPOSITIONS and word not in ("of", "others", "who", "said")):
            break
        last = word
    return last is not None and last.endswith("s") and not last.endswith("ss")


def _share_of_things(slots: _Slots, j: int, hi: int) -> bool:
    """Whether "of", a possessive or article, and a word that names no people follow a share word at ``j``."""
    if j + 1 < hi and slots.low[j] == "of" and any(slots.low[k] in _COUNTED_THINGS for k in range(j + 1, min(hi, j + 4))):
        return True  # "account for a third of detected cases", "half of all reported cases"
    if j + 2 >= hi or slots.low[j] != "of" or slots.low[j + 1] not in ("their", "its", "the", "his", "her"):
        return False
    k = j + 2
    return slots.kind[k] == "w" and not slots.who[k] and slots.low[k].isalpha() and slots.cue[k] is None


def _purpose_noun(slots: _Slots, j: int, lo: int, lists: bool = False) -> bool:
    """Whether a cue word heads what a preposition governs: "for sexual exploitation", "subjected to forced labor";
    with ``lists``, also as the last of a list ("exploited in domestic servitude and sex trafficking")."""
    if slots.low[j].endswith("ed") and j + 1 < len(slots.kind) and (
            slots.kind[j + 1] == "p" or slots.low[j + 1] in _PLACE_PREPOSITIONS or slots.low[j + 1] in ("home", "back", "by")):
        return False  # "on visit visas returned to Colombo": a verb going on, no participle of a noun ("forced labor")
    k = j - 1
    while k >= lo and slots.kind[k] == "w" and slots.cue[k] is None and _modifier(slots, k) and not slots.low[k].isdigit():
        k -= 1  # (a year closes a phrase: "identified in Poland in 2022 originated from ...")
    if lists and k > lo and slots.low[k] in ("and", "or") and slots.kind[k - 1] == "w" and not slots.stop[k - 1] and not slots.who[k - 1]:
        k -= 1  # "in domestic servitude and": the list's earlier nouns and their preposition
        while k >= lo and slots.kind[k] == "w" and slots.low[k] not in _PURPOSE_PREPOSITIONS and not slots.who[k] and j - k < 8 and (
            (slots.cue[k] is None and not slots.stop[k]) or (slots.cue[k] is not None and (_nominal(slots, k) or slots.low[k].endswith("ed")))
        ):  # ("forced labor and sex trafficking": a participle of the list's own)
            k -= 1
    return k >= lo and slots.low[k] in _PURPOSE_PREPOSITIONS


def _nationality_as_noun(slots: _Slots, i: int, hi: int) -> bool:
    """ "Lao who seek work", "Cambodians were", "many Vietnamese migrate": a nationality standing for people."""
    j = i + 1
    if j >= hi:
        return True
    if slots.flag[i] == "plural":
        return True  # "returned 5,000 Albanians under an agreement"
    word = slots.low[j]
    if slots.kind[j] == "." and word == ",":
        # "Burmese, Cambodian and Lao fishers": a list of nationality words before their noun
        k = j
        while k < hi and (slots.kind[k] == "n" or slots.low[k] in (",", "and", "or")):
            k += 1
        return not (k < hi and k > j + 1 and slots.who[k] == "victim")
    if slots.kind[j] == ".":
        return word in (";", ".", ")")  # "trafficked Vietnamese, ..."
    if slots.kind[j] != "w":
        return False
    if slots.who[j]:
        return False  # "Egyptian forces" (a cue word that is a noun here)
    roles = _tables().words.get(word, frozenset())
    # (a verb of saying in the past: "Senegalese described being kidnapped", not "Brazilian states")
    spoke = "speech" in roles and word.endswith("ed") or word in ("said", "told")
    return bool(roles & _NOUN_FOLLOWERS) or spoke or slots.cue[j] is not None or word in ("have", "had")


def _modifier(slots: _Slots, j: int) -> bool:
    """Whether a word may stand inside a people phrase before its head ("young", "eleven-year-old", "Burmese trafficking").

    A cue word is a verb ("rescued 30 women", "smuggled Burmese migrants
    into ..."), except a gerund after a nationality or a determiner
    ("Burmese trafficking victims").
    """
    word = slots.low[j]
    tables = _tables()
    if word in tables.words or word in tables.people or word in _DETERMINERS or word in _FUNCTION_WORDS:
        return False
    if slots.cue[j] is None:
        return True
    if not word.endswith("ing"):
        return False
    following = slots.low[j + 1] if j + 1 < len(slots.kind) else ""
    return (j > 0 and (slots.kind[j - 1] == "n" or slots.low[j - 1] in _DETERMINERS)) or following in _VICTIM_STATES


def _governor_word(slots: _Slots, i: int, lo: int) -> str:
    """The word right before a phrase (past determiners)."""
    j = i - 1
    if i < len(slots.low) and slots.low[i][:1].isdigit() and j - 1 >= lo and slots.low[j] in ("to", "-", "–") \
            and slots.low[j - 1][:1].isdigit():
        j -= 2  # "an estimated 14,000 to 17,000 Ethiopian men": a range, not "to" governing the people
        while j >= lo and slots.low[j] in ("estimated", "approximately", "about", "around", "between", "some"):
            j -= 1
    while j >= lo and slots.low[j] in _DETERMINERS:
        j -= 1
    if j - 2 >= lo and slots.low[j] in ("and", "or") and slots.kind[j - 1] == "w" and slots.low[j - 2] == "as":
        return "as"  # "jobs as teachers and nurses": the work promised, not people of the clause
    return slots.low[j] if j >= lo else ""


@dataclass(frozen=True)
class _Reading:
    """How a list of places is governed.

    ``prep`` is the route_words role of its governor (or "object" of a
    trigger, "subject" with none, "list" continuing the list before);
    ``attach`` what a "loc"/"of" phrase hangs on: "people", "agent", "verb"
    (the trigger, through nouns: "sold to an embroidery factory in X"),
    "opening" ("In the south, ..."), "clause" (another verb or clause
    governs it: "which was discussed in X"); ``word`` the governing word.
    """

    prep: str
    attach: str = ""
    word: str = ""


@lru_cache(maxsize=8192)
def _verb_only(word: str) -> bool:
    """Whether a word is a verb's past form and nothing else ("discussed", "visited"): a clause of its own.

    Only "-ed" forms are asked about: lemminflect lists rare verb readings
    of many words ("third"), and gerunds often name things ("fishing boats").
    """
    if not word.endswith("ed"):
        return False
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    return "VERB" in readings and "NOUN" not in readings and "ADJ" not in readings


#: Openings of a clause that frame where its people are: "In the south, ...".
_OPENINGS = frozenset({"in", "across", "throughout"})
#: Marks that may stand inside a noun phrase or a list.
_PHRASE_MARKS = frozenset({",", "(", ")", "[", "]", "—", "–", "-", '"', "“", "”", "'"})


def _ends(roles: dict) -> list:
    """The places a frame's move ends in."""
    return roles.get("goal", []) + roles.get("chain", [])


def _crossed_on(slots: _Slots, frames: list) -> list:
    """ "flew to Brussels or Paris ... and crossed the Channel in lorries": people who crossed on from where a
    verb before took them did not end there; its places are on their way to an end the clause does not name."""
    crossings = [t for t, (kind, _, _, roles) in frames if slots.cue[t].lemma == "cross" and not _ends(roles)
                 and not roles.get("path") and not roles.get("crossing")]
    if not crossings:
        return frames
    moved = []
    for t, (kind, theme, other, roles) in frames:
        if roles.get("goal") and not roles.get("chain") and any(u > t for u in crossings) and kind in ("move", "voluntary"):
            roles = {**roles, "path": roles.get("path", []) + roles["goal"], "goal": []}
        moved.append((t, (kind, theme, other, roles)))
    return moved


def _later_legs(frames: list) -> dict[int, list[int]]:
    """The frames of a clause that start where earlier frames of the same people ended, with those frames.

    "taken overland to Bangladesh and flown from Dhaka": the second move
    starts inside the first one's end. People of their own ("victims from
    Greece", after "victims in Greece") start a move of their own.
    """
    legs = {}
    for t, (kind, theme, _, roles) in frames:
        earlier = [u for u, (_, other, _, found) in frames if u < t and _ends(found) and (
            theme is None or theme.anaphor or (other is not None and other.lo == theme.lo))]
        if not roles.get("source"):
            # "smuggled from Myawaddy to Mae Sot and driven to Samut Sakhon": a move of the same people with an end
            # and no start goes on from the one town the move before ended in
            # ("After arriving in Bangkok they were taken across the border at Poipet": a crossing is such an end too.)
            later = _ends(roles) or roles.get("crossing", [])
            # ("they flew to Budapest or Bucharest ... and crossed into Austria and Germany by road": the same people's
            # own going on is a leg too)
            if kind in ("move", "voluntary", "enter") and earlier and later:
                # (of several moves before, the last is the one this goes on from: "bussed to Tangier and ferried to
                # Algeciras before being taken to farms in Huelva")
                before = dict(frames)[earlier[-1]][3]
                ends = _ends(before)
                # (a province reached across a border is passed through too: "cross ... from Pakse to Mukdahan,
                # and are taken to karaoke bars in Khon Kaen"; so are towns: "hand them to agents in Bongaon and
                # Kolkata, who sell them to brothels in Mumbai")
                crossed = len(ends) == 1 and ends[0].kind == "admin1" and any(r.country_code != ends[0].country_code for r in before.get("source", []))
                if (all(end.kind == "city" for end in ends) or crossed) and not {r.code for r in later} & {end.code for end in ends}:
                    legs[t] = earlier
            continue
        reached = {r.country_code for u in earlier for r in _ends(dict(frames)[u][3])}
        if earlier and all(r.country_code in reached for r in roles["source"]):
            legs[t] = [u for u in earlier if any(r.country_code in {g.country_code for g in _ends(dict(frames)[u][3])} for r in roles["source"])]
    return legs


def _right_after(slots: _Slots, first: int, word: str) -> bool:
    """Whether the place at slot ``first`` comes right after ``word``, articles aside ("across the Sahara")."""
    k = first - 1
    while k >= 0 and slots.low[k] in ("the", "a", "an"):
        k -= 1
    return k >= 0 and slots.low[k] == word


def _moved_between(slots: _Slots, trigger: int, place: int) -> bool:
    """Whether a place is one of those a move goes "between", right after its verb
    ("moved between motels in Little Rock, Memphis and Nashville")."""
    words = slots.low[trigger + 1 : place]
    if not words or words[0] != "between":
        return False
    return all(w in ("in", "the", "a", ",", "and") or (slots.kind[k] == "w" and not slots.role[k] and slots.cue[k] is None)
               for k, w in zip(range(trigger + 2, place), words[1:]))


def _negated(slots: _Slots, trigger: int, lo: int) -> bool:
    """Whether a verb trigger is denied: "without reaching", "were never taken", "had not been trafficked"
    (not "not only trafficked ... but also")."""
    k = trigger - 1
    while k >= lo and slots.low[k] in _RELATIVE_AUXILIARIES:
        k -= 1
    return k >= lo and slots.low[k] in _NEGATIONS and not (k + 1 < trigger and slots.low[k + 1] == "only")


def _with_included(slots: _Slots, theme: "_Phrase") -> "_Phrase":
    """A theme whose nationalities a verb of including lists: "Forced labor victims in Brazil include Bolivians,
    Paraguayans and Haitians"."""
    n = len(slots.low)
    k = next((j for j in range(theme.hi, min(n, theme.hi + 9)) if slots.low[j] in _INCLUDE_FORMS), None)
    if k is None:
        return theme
    homes, j = [], k + 1
    while j < n and (slots.kind[j] == "n" or slots.low[j] in (",", "and", "or") or slots.who[j] == "victim" or slots.low[j][:1].isdigit()):
        if slots.kind[j] == "n":
            code = slots.code[j]
            if (code, _country(code)) not in homes:
                homes.append((code, _country(code)))
        j += 1
    if not homes:
        return theme
    return _Phrase(theme.lo, theme.hi, theme.agent, homes, theme.anaphor, theme.governed, theme.bare)


def _victims_of_before(slots: _Slots, trigger: int) -> bool:
    """Whether a trafficking noun names what happened to the people before it: "victims of (sex) trafficking"."""
    k = trigger - 1
    while k > 0 and slots.low[k] in ("sex", "labor", "labour", "forced", "child", "human", "and", "or", ","):
        k -= 1  # ("victims of forced labor and sex trafficking in Israel")
    return k > 0 and slots.low[k] == "of" and slots.who[k - 1] == "victim"


def _referred_for_before(slots: _Slots, lo: int, trigger: int, theme: "_Phrase | None") -> bool:
    """Whether an exploitation noun says what people before it were held for: "Albanians were referred (or
    identified) for labour exploitation in Kent", not a problem's name ("research on labour exploitation in")."""
    k = trigger - 1
    while k > lo and slots.low[k] in ("sexual", "sex", "labor", "labour", "criminal", "forced", "domestic", "and", "or", ","):
        k -= 1
    return k > lo and slots.low[k] == "for" and slots.low[k - 1].endswith("ed") and theme is not None and theme.hi <= k - 1 \
        and bool(theme.homes or theme.anaphor)


def _where_before(slots: _Slots, lo: int, trigger: int) -> list:
    """The places a relative "where" right before a verb points back at ("to southern Thailand, where they were
    held"): the place list ending just before ", where", when only the verb's people and auxiliaries follow it."""
    for k in range(trigger - 1, max(lo, trigger - 12) - 1, -1):
        if slots.low[k] != "where":
            continue
        # (the people may be named there with their homes: "the mines of Lualaba, where some children from Kasai
        # are taken")
        if not all((slots.kind[j] == "w" and (slots.low[j] in _RELATIVE_AUXILIARIES or slots.low[j] in _PEOPLE_PRONOUNS
                                              or slots.who[j] == "victim" or slots.low[j] in _PEOPLE_GLUE))
                   or slots.kind[j] == "n" or (slots.kind[j] == "p" and "from" in slots.low[k + 1 : j])
                   for j in range(k + 1, trigger)):
            return []
        if any(slots.cue[t] is not None and slots.cue[t].role == "return" for t in range(lo, k)):
            return []  # "repatriated relatives to North Korea, where they were held in detention centres": no end of theirs
        j = k - 1 if k - 1 >= lo and slots.low[k - 1] == "," else k
        found = []
        while j - 1 >= lo and (slots.kind[j - 1] == "p" or (found and slots.low[j - 1] in (",", "and", "or"))):
            j -= 1
            if slots.kind[j] == "p":
                found.append(slots.ref[j])
        found.reverse()
        # (a wider place after a bare comma only says where the one before lies: "Houston, Texas, where")
        wider = {"city": ("admin1", "country"), "admin1": ("country",)}
        return [r for i, r in enumerate(found)
                if not (i and r.kind in wider.get(found[i - 1].kind, ()) and r.country_code == found[i - 1].country_code)]
    return []


def _conjoined_scene(text: str, slots: _Slots, lo: int, trigger: int) -> list[Referent]:
    """The places of a passive conjoined right before a trigger, which shares its auxiliary and its scene:
    "were housed in trailers in Breaux Bridge, Louisiana, and made to work 20-hour shifts" (Louisiana, with a
    town the map lacks before it)."""
    low, kind = slots.low, slots.kind
    k = trigger - 1
    while k > lo and low[k] in ("and", ","):
        k -= 1
    if "and" not in low[k + 1 : trigger + 1]:  # (the trigger may be the phrase "and made to")
        return []
    found = []
    while k > lo and (kind[k] == "p" or (found and (low[k] in (",", "and") or _capitalized_inside(text, slots, k)))):
        if kind[k] == "p":
            found.append(slots.ref[k])
        k -= 1
    k -= low[k] == "the"
    if not found or k <= lo or low[k] not in ("in", "at"):
        return []
    # (back over the noun phrase before it, "in overcrowded trailers", to the participle after the auxiliary)
    k -= 1
    # (an "-ed" word with no auxiliary before it is an adjective of the noun: "overcrowded")
    bound = max(lo, k - 6)
    while k > bound and kind[k] == "w" and slots.cue[k] is None and not slots.who[k] \
            and not (slots.stop[k] and not low[k].endswith("ed")) and not (low[k].endswith("ed") and low[k - 1] in _PASSIVE_AUXILIARIES):
        k -= 1
    participle = k > lo and kind[k] == "w" and low[k].endswith("ed") and slots.cue[k] is None and low[k - 1] in _PASSIVE_AUXILIARIES
    return found[::-1] if participle else []


def _remote_object_between(slots: _Slots, trigger: int, place: int) -> bool:
    """Whether a verb that reaches people from afar, with its people after it, stands between a trigger and
    a place: the place is theirs ("forced to defraud people in the United States"; not "trafficked to scam
    compounds in Sihanoukville", where the word is a noun's modifier)."""
    remote = _hints()["remote"]
    for k in range(trigger + 1, place - 1):
        if slots.low[k] in remote and slots.kind[k] == "w":
            after = k + 1 if slots.low[k + 1] not in _DETERMINERS else k + 2
            if after < place and (slots.who[after] or slots.kind[after] == "n"):
                return True
    return False


def _said_between(slots: _Slots, trigger: int, place: int) -> bool:
    """Whether a verb of saying, not set off by commas, stands between a trigger and a place after it:
    the place belongs to what was said ("... reported debts to intermediaries in Dushanbe")."""
    for k in range(trigger + 1, place):
        if "speech" in slots.tags[k] and "area" not in slots.tags[k] and slots.stop[k]:  # ("Kachin and Shan states")
            aside = k + 1 < place and slots.low[k + 1] == "," and "," in slots.low[max(trigger + 1, k - 3) : k]
            after = slots.low[k + 1 : place]
            joined = any(after[i] == "," and after[i + 1] in ("and", "but", "while") for i in range(len(after) - 1))
            if not aside and not joined:  # (", officials said," is an aside; ", and some ..." a clause of its own)
                return True
    return False


def _where_clause_after(slots: _Slots, last: int, trigger: int) -> bool:
    """Whether the place ending at slot ``last`` is what a ", where" clause holding ``trigger`` is about
    ("in the Ashanti region, where boys ... were found")."""
    k = last + 1
    while k < trigger and "area" in slots.tags[k]:
        k += 1  # "the Ashanti region"
    return k + 1 < trigger and slots.low[k] == "," and slots.low[k + 1] == "where"


def _moved_on_after(slots: _Slots, last: int) -> bool:
    """Whether a relative clause right after the place at ``last`` moves its people on ("rescued 12 women from
    Benin City who were being taken to Libya": Benin City is their home, not where they were rescued)."""
    k = last + 1
    if k < len(slots.low) and slots.low[k] == "being":
        k -= 1  # "intercepted 6 girls from Ha Giang being taken to China": the clause without its "who were"
    elif k >= len(slots.low) or slots.low[k] not in ("who", "that"):
        return False
    for j in range(k + 1, min(k + 6, len(slots.low))):
        cue = slots.cue[j]
        if cue is not None:
            return cue.role in ("", "carry")
        if slots.low[j] not in _RELATIVE_AUXILIARIES and slots.low[j] not in ("being", "about", "to", "be"):
            return False
    return False


def _kept_there(slots: _Slots, theme: "_Phrase | None", first: int, reading: "_Reading") -> bool:
    """Whether a place is where a frame's people were, told by a relative clause on them with no move in it
    ("found 40 Bangladeshi women who had not been paid for five months at a factory in Irbid")."""
    if theme is None or first <= theme.hi or reading.word not in ("in", "at") or slots.low[theme.hi] not in ("who", "that"):
        return False
    return all(slots.cue[k] is None and slots.kind[k] != "p" and slots.low[k] not in (",", ";") for k in range(theme.hi + 1, first))


def _names_agents(slots: _Slots, last: int) -> bool:
    """Whether the place ending at slot ``last`` qualifies an agent noun right after it
    ("Birmingham crown court", "Mae Sot immigration police")."""
    for k in range(last + 1, min(last + 3, len(slots.kind))):
        if slots.who[k]:
            return slots.who[k] == "agent"
        if slots.kind[k] != "w" or slots.cue[k] is not None or slots.role[k] or slots.stop[k] or slots.low[k] in _NO_MODIFIERS:
            return False
    return False


#: Words that never modify a noun: a place before them qualifies no agent after them ("in Delhi by placement agencies").
_NO_MODIFIERS = frozenset({"by", "for", "until", "to", "from", "in", "at", "on", "with", "of", "and", "or", "where", "when",
                             "as", "the", "a", "an", "while", "after", "before", "through", "via", "into", "under", "near"})


def _same_phrase_again(slots: _Slots, end: int, start: int, word: str, before: str) -> bool:
    """Whether the place at ``start`` opens a phrase coordinated with the one ending at ``end``.

    "in Central Java (Tegal and Pemalang) and in Cebu": the same preposition
    again after "and" or "or", past a parenthesis, says the same of its place.
    """
    if word != before or start - 3 <= end:
        return False
    if slots.low[start - 1] != word or slots.low[start - 2] not in ("and", "or"):
        return False
    between = slots.low[end + 1 : start - 2]
    if between and between[-1] == ",":
        between = between[:-1]
    return not between or (between[0] == "(" and between[-1] == ")" and "(" not in between[1:])


def _attachment(slots: _Slots, j: int, lo: int, opening: bool) -> str:
    """What a preposition before slot ``j + 1`` hangs on: the slot ``j``.

    After a conjunction the preposition heads a phrase coordinated with the
    one before ("within the country and in Mexico"): it hangs on the verb.
    """
    if j < lo:
        return "opening" if opening else "clause"
    kind = slots.kind[j]
    if slots.low[j] in ("and", "or"):
        return "verb"
    if kind == "p":
        return "noun"
    if kind == ".":
        return "opening" if opening and all(k == "." for k in slots.kind[lo : j + 1]) else "noun"
    if slots.cue[j] is not None:
        return "agent" if _said_of_agent(slots, j, lo, len(slots.low)) else "verb"
    who = slots.who[j]
    if who == "victim" and _governor_word(slots, j, lo) == "as":
        return "noun"  # "jobs as dancers in Dubai": the work promised there, no people
    if who:
        return "people" if who == "victim" else "agent"
    return "noun"


_LIST_WORDS = frozenset({",", "and", "or"})


def _govern(slots: _Slots, i: int, lo: int, end: int) -> _Reading:
    """How the place list from slot ``i`` to ``end`` is governed, walking back to the clause start ``lo``.

    The walk crosses the list's noun phrase ("the poorer rural areas of",
    "an embroidery factory in") to the preposition or verb that governs it.
    It stops at another place (the list goes on), a trigger, a clause word,
    a word that is only a verb, or a mark that ends a phrase.
    """
    inner, attach, word = "", "", ""
    kind, low, roles, sizes = slots.kind, slots.low, slots.role, slots.size
    j = i - 1
    while j >= lo:
        k = kind[j]
        if k == "p":
            # "to Thailand and China, as well as other countries in Asia, the Middle East": the list goes on.
            if not inner or _list_goes_on(slots, _after_unit_word(slots, j + 1, i), i, j):
                return _Reading("list")
            if attach in ("people", "agent"):
                # "held them in Veracruz until relatives in the United States paid": where those people are
                return _Reading(inner, attach, word)
            return _Reading(inner, "place", word)  # "enter Thailand at Mae Sot": said of the verb's phrase
        if k == ".":
            if low[j] in _PHRASE_MARKS:
                j -= 1
                continue
            break
        if k == "n":
            j -= 1
            continue
        if slots.cue[j] is not None:
            if not inner:
                return _Reading("object", "verb", low[j])
            if low[j] in _LEAVING and attach not in ("people", "agent") and not (j > lo and low[j - 1] in _COPULAS | {"being"}):
                # "leave the villages of the Upper River Region": left (but "were left on the streets of Lisbon": abandoned there)
                return _Reading("source", "verb", low[j])
            return _Reading(inner, attach if attach in ("people", "agent") else "verb", word)
        role, size = roles[j], sizes[j]
        if j - size + 1 < lo:
            role, size = "", 0
        if role == "goal" and low[j] == "to" and j + 1 < len(kind) and kind[j + 1] == "w":
            if _infinitive(low[j + 1], low[j + 2] if j + 2 < len(kind) else ""):
                if inner and j - 1 >= lo and (slots.cue[j - 1] is not None or _phrase_cue_ends(slots, j, lo) or (
                    j - 2 >= lo and slots.low[j - 1] in _OBJECT_PRONOUNS and slots.cue[j - 2] is not None
                )):
                    # "forced to beg in Spain", "trafficked to work in Malaysia", "forced them to tend cannabis
                    # in Kent": the infinitive says what the trigger's people do there.
                    return _Reading(inner, "verb", word)
                return _Reading(inner, "clause", word) if inner else _Reading("none")
        if role == "loc" or role == "of":
            if not inner:
                inner, word = role, low[j]
                k = j - size
                while k > lo and (low[k] == "," or low[k] in glue_words("hedge")):
                    k -= 1
                if k < j - size and k >= lo and "area" in slots.tags[k]:
                    # "from impoverished rural areas, especially in Amhara and Oromia": the areas' own places, governed
                    # as the areas are
                    k -= 1
                    while k >= lo and kind[k] == "w" and not roles[k] and slots.cue[k] is None and not slots.who[k]:
                        k -= 1
                    if k >= lo and roles[k] in _OUTER_ROLES:
                        return _Reading(roles[k], "noun", low[k])
                # "In the south, most victims ...": a place opening its clause, set apart by a comma (or before a
                # subject that is someone's thing: "in Zurich her passport was taken and she was sold", the scene of
                # both verbs).
                opening = word in _OPENINGS and "." not in kind[j + 1 : i] and end + 1 < len(kind) and (
                    low[end + 1] == "," or (j - size + 1 == lo and low[end + 1] in _OWN))
                attach = _attachment(slots, j - size, lo, opening)
                if attach in ("verb", "opening", "clause"):
                    return _Reading(inner, attach, word)
                if attach == "noun" and role == "of" and "area" not in slots.tags[j - size]:
                    return _Reading("of", "clause", word)  # "the Government of X"
            j -= size
            continue
        if role:
            if not inner and role == "source" and j - size >= lo and low[j - size] in _SHARES:
                return _Reading("origin", "", low[j])  # "most of them from Honduras, but also a growing number from Haiti"
            if not inner:
                return _Reading(role, "", " ".join(low[j - size + 1 : j + 1]))
            host = next((m for m in range(j + 1, i) if slots.who[m]), None) if role == "none" and low[j] == "with" else None
            if host is not None and inner == "loc" and attach == "agent" and slots.who[host] == "agent" \
                    and all(_modifier(slots, m) and low[m] not in ("of", "as") for m in range(j + 1, host)):
                # "placed as maids with wealthy families in Tunis": where those who take the people in are (not "with
                # offers of jobs as staff in Thailand")
                return _Reading(inner, "host", word)
            if role == "abroad" and inner == "loc":
                return _Reading("goal", "verb", low[j])  # "to work abroad, mainly in Russia and China": where abroad is
            if role == "within" and low[j] == "inside":
                # "locked inside houses in Riyadh, Dammam and Taif": where they were kept, no move inside a place
                return _Reading(inner, attach if attach in ("people", "agent") else "verb", word)
            if role == "path" and low[j] == "through" and i - j <= 5 and not any("area" in slots.tags[k] or kind[k] == "." for k in range(j + 1, i)):
                # "recruited through agencies in Manila and Davao": the means, whose place is the agents'
                return _Reading(inner, "agent", word)
            if role in _OUTER_ROLES:
                return _Reading(role, attach, low[j])
            return _Reading(inner, attach, word)
        if slots.stop[j] and not (j > lo and kind[j - 1] == "p" and "area" in slots.tags[j]) \
                and not ("area" in slots.tags[j] and low[j + 1] == "of") \
                and not (low[j].endswith("ed") and "area" in slots.tags[j + 1]) \
                and not (_reduced_relative(slots, j, lo)):
            # Another verb or clause governs the list ("visited Malaysia", "which was discussed in X"),
            # but "State" in "Rakhine State and the camps of ..." is the place's own word, and "states" in
            # "from the southern states of Chiapas and Oaxaca" a noun.
            return _Reading(inner, "clause" if attach not in ("people", "agent") else attach, word) if inner else _Reading("none")
        j -= 1
    if not inner:
        return _Reading("subject")
    if j < lo and low[lo] in _OPENING_PREPOSITIONS and end + 1 < len(kind) and low[end + 1] == "," and attach not in ("people", "agent"):
        # "Along the gold mines of Kenieba in western Mali, Nigerian women are exploited": the
        # phrase opening the clause sets its scene.
        return _Reading(inner, "opening", word)
    return _Reading(inner, attach if attach in ("people", "agent") else "clause", word)


def _phrase_cue_ends(slots: _Slots, j: int, lo: int) -> bool:
    """Whether a fixed-phrase cue ends right before slot ``j`` ("were made to" before "drink")."""
    for k in range(max(lo, j - 4), j):
        cue = slots.cue[k]
        if cue is not None and not cue.pos and k + len(cue.lemma.split()) in (j, j + 1):
            return True
    return False


#: A lure: the work promised, which is not what people were moved for ("with promises of factory work",
#: "promised them jobs as waitresses", "thinking they would work in restaurants").
_LURE = re.compile(
    r"\b(?:(?:false[ \t]+)?(?:promises?|offers?)[ \t]+of|promised(?:[ \t]+(?:them|her|him))?|offered(?:[ \t]+(?:them|her|him))?"
    r"|(?:thinking|believing|told)[ \t]+(?:that[ \t]+)?(?:they|she|he)[ \t]+would(?:[ \t]+(?:work|be[ \t]+working))?)"
    r"(?:[ \t]+(?:well-paid|good|legitimate|lucrative|high-paying|a|an))*[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:work|jobs?|employment|positions?)(?:[ \t]+(?:as|in|at)[ \t]+(?:a[ \t]+|an[ \t]+)?[\w-]+(?:[ \t]+(?:and|or)[ \t]+[\w-]+)?)?"
    r"|\b(?:thinking|believing|told)[ \t]+(?:that[ \t]+)?(?:they|she|he)[ \t]+would[ \t]+work[ \t]+(?:as|in|at)[ \t]+(?:a[ \t]+|an[ \t]+)?[\w-]+",
    re.IGNORECASE,
)
#: A landmark a place is said to be near, no work of its own: "forced into prostitution in bars near the mines".
_LANDMARK = re.compile(r"\b(?:near|close[ \t]+to|next[ \t]+to|beside|outside)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?[\w-]+", re.IGNORECASE)
#: Places named by the trade of those who live there, no work of the people moved: "sexual exploitation in mining
#: towns", "from bars in the La Pampa mining area", "girls from fishing communities".
_TRADE_PLACES = re.compile(
    r"\b(?:mining|fishing|farming|plantation|logging)[ \t]+(?:towns?|areas?|regions?|communities|villages?|zones?|districts?|camps?|sites?|settlements?)\b",
    re.IGNORECASE,
)
#: Agents whose naming says what the victims were used for ("forced to see clients").
_PATRONS = frozenset({"client", "clients", "customer", "customers"})
#: Prepositions that may follow "home" as an adverb ("brought home with the help of", "sent home by the authorities").
_HOME_PREPOSITIONS = frozenset({"with", "by", "after", "on", "last", "this", "in", "at"})
#: Words of a share of people that a home may follow: "a growing number from Haiti", "the majority from Nepal".
_SHARES = frozenset({"number", "majority", "minority", "proportion", "share", "rest", "others", "most", "many", "some",
                     "few", "half", "third", "quarter", "remainder"})
#: Verbs of taking people in that are cues only with the people as their object ("received eleven girls from Laos").
_TAKING_IN = frozenset({"receive"})
#: "in" right before a place.
_IN_BEFORE = re.compile(r"\bin[ \t]+$")
#: Words that start a later leg of a journey told in one clause ("..., and from there are packed onto trucks to Libya").
_FROM_THERE = re.compile(r"\bfrom\s+(?:there|here)\b", re.IGNORECASE)


#: Words between people's home and the verb they are the subject of: "men from Uganda (who had been) trafficked".
_RELATIVE_LINKS = _RELATIVE_AUXILIARIES | {"who", "that", ","}


def _subject_home_of(slots: _Slots, group: list, people: list, triggers: list, hi: int) -> int | None:
    """The later verb whose subject a home is said of, if any.

    "Partners identified 51 women recruited in Kenya for work in Saudi Arabia
    and 22 young men from Uganda who were trafficked to Tanzania": Uganda is
    where the men come from, the subject of "trafficked", not a second start
    of the women's journey the verb before it tells.
    """
    first, last = group[0], group[-1]
    start = next((k for k in range(first - 1, max(first - 4, -1), -1) if slots.low[k] == "from"), None)
    if start is None or any(slots.kind[k] != "w" or slots.low[k] in (",", "and") for k in range(start + 1, first)):
        return None
    if not any(p.hi == start and not p.agent and not p.anaphor for p in people):
        return None
    later = next((t for t in triggers if t > last), None)
    if later is None or later >= hi:
        return None
    between = range(last + 1, later)
    if any(not (slots.low[k] in _RELATIVE_LINKS or slots.low[k].endswith("ly")) for k in between):
        return None
    return later


#: Possessive determiners: whose kin they are ("their families").
_OWN = frozenset({"their", "her", "his", "my", "our"})
#: Kin, where returning people's home is: "reunited with their families in Kakamega".
_KIN = frozenset({"family", "families", "parents", "relatives", "mother", "father", "mothers", "fathers", "husband", "husbands",
                  "wife", "wives", "kin", "relative", "parent"})


def _abroad_of(slots: _Slots, people: list, i: int, place) -> bool:
    """Whether the place at ``i``, said "in" of the people phrase before it, is abroad for them by their nationality."""
    before = [p for p in people if p.hi <= i and not p.agent]
    if not before or not before[-1].homes or i - before[-1].hi > 3:
        return False
    if slots.low[before[-1].hi] != "in":
        return False  # ("Nepali women from India": where they came from)
    return place.country_code not in {country for _, country in before[-1].homes}


def _kin_before(slots: _Slots, i: int, lo: int) -> bool:
    """Whether the place at ``i`` is where the people's own kin are: "their families in", "her parents at" (not
    "handed over to families in Riyadh", households that employ them)."""
    k = i - 1
    while k > lo and slots.low[k] in ("the", "a"):
        k -= 1
    return k - 1 > lo and slots.low[k] in ("in", "at") and slots.low[k - 1] in _KIN and slots.low[k - 2] in _OWN


def _own_home_before(slots: _Slots, i: int, lo: int) -> bool:
    """Whether the place at ``i`` is where the people's own home is: "to their provinces in", "to her home village
    near" (a noun of home after a possessive of theirs)."""
    homeplace = _hints()["homeplace"]
    k = i - 1
    while k > lo and slots.low[k] in ("the", "a"):
        k -= 1
    if k <= lo or slots.low[k] not in ("in", "of", "near", "outside"):
        return False
    k -= 1
    while k > lo and slots.low[k] in homeplace:
        k -= 1
    return k < i - 2 and slots.low[k] in _OWN


def _finding(slots: _Slots, trigger: int, hi: int) -> bool:
    """Whether a trigger reports a finding ("found that", "identified no"), not people found."""
    cue = slots.cue[trigger]
    return cue.role in _FINDING and cue.pos == "VERB" and trigger + 1 < hi and slots.low[trigger + 1] in _CLAUSE_OBJECTS


def _predicate_home(slots: _Slots, theme: "_Phrase | None", sources: list) -> bool:
    """Whether the sources are a home the predicate says of the theme: "Most were men from Fiji and Tonga brought to
    Auckland" (whoever "most" points back at, these come from Fiji and Tonga)."""
    if theme is None or not sources:
        return False
    j = bisect.bisect_left(slots.start, min(r.start for r in sources)) - 1
    if j <= theme.hi or slots.low[j] != "from" or slots.low[theme.hi] not in _COPULAS:
        return False
    return any(slots.who[k] == "victim" for k in range(theme.hi + 1, j))


def _reduced_relative(slots: _Slots, j: int, lo: int) -> bool:
    """Whether the participle at ``j`` only describes the noun before it, by its agent ("to parlors operated by
    co-conspirators in Houston", "in factories owned by investors in Johor"): the place still locates the noun."""
    return slots.low[j].endswith("ed") and j + 1 < len(slots.low) and slots.low[j + 1] == "by" and j - 1 > lo \
        and slots.kind[j - 1] == "w" and not slots.role[j - 1] and not slots.stop[j - 1] and slots.cue[j - 1] is None \
        and bool(slots.role[j - 2]) and slots.role[j - 2] in _OUTER_ROLES | {"loc"}


#: Prepositions that open a clause with the scene it happens in ("Along the mines of X in Y, ...").
_OPENING_PREPOSITIONS = frozenset({"in", "across", "throughout", "along", "around", "near", "at", "on", "inside"})
#: A promise of work right before a place: "with promises of jobs in", "offered work at".
# The two patterns of work before a place share what follows the work: what as, and up to the place list.
_WORK_AS = r"(?:[ \t]+as[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+)?"
_UP_TO_PLACES = r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:[\w-]+(?:[ \t]+[\w-]+){0,2}(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?)*$"
_PROMISED_WORK_BEFORE = re.compile(
    r"\b(?:promis\w*|offer\w*)[ \t]+(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:jobs?|work|employment)" + _WORK_AS + _UP_TO_PLACES
)
#: Work people hoped for or were told of, up to the place it was to be in: "believing they would find work in
#: restaurants in ", "told my mother he could find me a job in a carpet factory in ".
_EXPECTED_WORK_BEFORE = re.compile(
    r"\b(?:believ\w*|thinking|thought|expect\w*|hoping|hoped|(?:told|assured|promised)[ \t]+(?:[\w-]+[ \t]+){0,2}?)"
    r"[ \t]*(?:that[ \t]+)?[\w-]+[ \t]+(?:would|could|were[ \t]+going[ \t]+to)"
    r"[ \t]+(?:find|get|have|do|be[ \t]+given)?[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:jobs?|work|employment)" + _WORK_AS
    + r"(?:[ \t]+(?:in|at)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?[\w-]+)?"  # ("in restaurants")
    + _UP_TO_PLACES
)
#: A stay told as coming before the move: "after first working in ", "after spending two years in ".
#: Vessels named by the port they sail from, right before a place: "fishing boats out of Songkhla and".
_VESSELS_OUT_OF_BEFORE = re.compile(
    r"\b(?:boats?|vessels?|trawlers?|ships?|fleets?|longliners?)[ \t]+(?:(?:operating|sailing|working|fishing)[ \t]+)?"
    r"out[ \t]+of[ \t]+(?:the[ \t]+ports?[ \t]+of[ \t]+)?(?:[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*,?[ \t]+(?:and|or)[ \t]+)?$"
)
_EARLIER_STAY_BEFORE = re.compile(
    r"\bafter[ \t]+(?:first[ \t]+|initially[ \t]+)?[a-z]+ing[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:in|at)[ \t]+(?:the[ \t]+)?$")
#: "by" right before a name: the name is the agent ("deported by Egypt").
_BY_BEFORE = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$")
_OUTER_ROLES = frozenset({"source", "goal", "chain", "path", "within", "origin"})


def _after_unit_word(slots: _Slots, start: int, end: int) -> int:
    """The slot after a place's unit word ("Rakhine State", "Edo state"): the place's own, not the text between."""
    return start + 1 if start < end and "area" in slots.tags[start] else start


def _list_goes_on(slots: _Slots, start: int, end: int, before: int | None = None) -> bool:
    """Whether slots ``start:end`` between two places carry one list on ("..., as well as other countries in").

    They open with list glue (a comma, "and", "or") and hold no trigger, no
    people, no word that opens a clause and no mark but commas. ``before``:
    the slot of the place before them.
    """
    if start >= end or slots.low[start] not in _LIST_WORDS:
        return False
    words = [slots.low[j] for j in range(start, end) if slots.low[j] not in _LIST_WORDS]
    if words and words[0] in _NEW_LIST_PREPOSITIONS and set(words[1:]) <= _DETERMINERS:
        return False  # "victims from South America, mostly Brazil and Paraguay, in Spain": a new list, of its own role
    if words and words[0] in _NEW_LIST_PREPOSITIONS and before is not None:
        k = before - 1
        # (back over the list itself to the word that opened it: "girls from the governorates of Jendouba and
        # Kasserine, in domestic servitude in Tunis")
        while k >= 0 and (slots.low[k] in _DETERMINERS or slots.kind[k] == "p" or slots.low[k] in _LIST_WORDS):
            k -= 1
        if k >= 0 and slots.low[k] in _PLACE_PREPOSITIONS and slots.low[k] != words[0]:
            # "within the country and in other countries in the region, particularly Mexico": another preposition
            # opens a list of its own
            return False
    for j in range(start, end):
        if slots.kind[j] == "." and slots.low[j] != ",":
            return False
        if slots.cue[j] is not None or slots.who[j] or slots.stop[j]:
            return False
    # The words name more places ("other countries in", "other parts of", "elsewhere in"), not what the people do
    # there (", work in Russia" opens the clause's verb phrase).
    first_role = next((j for j in range(start, end) if slots.role[j]), end)
    hedges = glue_words("hedge")
    heads = [j for j in range(start, first_role) if slots.low[j] not in _LIST_WORDS and slots.low[j] not in _DETERMINERS
             and slots.low[j] not in hedges]
    if heads:
        head = slots.low[heads[-1]]
        return head.endswith("s") or "area" in slots.tags[heads[-1]] or head in ("elsewhere", "beyond")
    return True


#: A preposition right after a list's comma opens a list of its own.
_NEW_LIST_PREPOSITIONS = frozenset({"in", "at", "into", "to", "from", "via", "through"})


# --- frames ---------------------------------------------------------------------------------


def _role(reading: _Reading, kind: str, after: bool, foreign: bool, nominal: bool) -> str:
    """A place list's role in a frame of ``kind``, from its reading and its side of the trigger.

    A nominal trigger ("trafficking in persons in Asia", "the trafficking of
    girls to Sabah") takes only what prepositions state: "in X" after it is
    where the problem is, not a destination.
    """
    prep, attach = reading.prep, reading.attach
    if prep == "source":
        return "away" if kind in ("return", "rescue") else "source"
    if prep in ("goal", "chain", "path"):
        if not after:
            return "none"  # "a visit to X revealed ... trafficking"
        return "home" if kind == "return" and prep != "path" else prep
    if prep in ("within", "none", "base", "abroad"):
        return prep
    if prep == "origin":
        # ("Filipino workers living in Kuwait are exploited": foreigners' place of living is where they are held)
        return "held" if kind == "exploit" and foreign else "theme-home"
    if prep == "object":
        if nominal:
            return "none"
        if reading.word in _TRAVERSING:
            return "path"  # "crossed Guatemala by bus and entered Mexico": a country they went through
        return {"enter": "goal", "transit": "path"}.get(kind, "source" if reading.word in _LEAVING else "none")
    if prep == "subject":
        return "none" if nominal else "subject"
    if prep not in ("loc", "of"):
        return prep  # list
    if attach == "people":
        if prep == "of" or not after:
            if kind == "return" and foreign and prep != "of":
                return "away"  # "Vietnamese workers in Libya were evacuated to Hanoi": where they came back from
            return "held" if kind == "exploit" and foreign and prep != "of" else "theme-home"
        return "none" if nominal else ("goal" if kind in ("move", "voluntary", "exploit", "rescue", "enter") else "none")
    if attach == "host":
        return "goal" if after and not nominal and kind in ("move", "exploit") else "none"
    if attach == "agent":
        return "agent" if not after else "none"
    if attach == "opening":
        return "frame"
    if attach not in ("verb", "place") or not after or nominal:
        return "none"
    if kind in ("enter", "voluntary") and reading.word == "at":
        return "path"  # "enter Thailand at Mae Sot": the crossing point
    return "goal" if kind in ("move", "voluntary", "exploit", "rescue", "enter") else "none"


#: Verbs whose object, or the place of their object, people go away from ("left Myanmar", "leave the villages of X").
_LEAVING = frozenset({"leave", "left", "leaves", "leaving"})
#: Verbs whose place object is gone through on the way ("crossed Guatemala by bus").
_TRAVERSING = frozenset({"cross", "crossed", "crosses", "crossing", "traverse", "traversed", "traverses", "traversing"})
#: Words that send people out of the country to nowhere named.
_ABROAD = frozenset({"abroad", "overseas"})
#: First words of the longer shares of people ("almost all", "the majority", "a third").
_SHARE_OPENERS = frozenset({"almost", "nearly", "virtually", "most", "all", "more", "the", "a"})
#: Words that open a share of people named before: "and some are exploited in X" may be other people than the clause's first.
_SOME_OF_THEM = frozenset({"some", "others", "many", "several", "few", "half"})


def _some_others(slots: _Slots, theme: _Phrase | None, other: _Phrase | None) -> bool:
    """Whether ``other`` is a share of people ("some", "others") in a clause about ``theme``: other people.

    "Within the country, children are exploited in forced begging, and some
    are exploited in agriculture in Ganja": where some are taken says
    nothing of where all are.
    """
    return other is not None and other.anaphor is not None and slots.low[other.lo] in _SOME_OF_THEM \
        and (theme is None or theme.lo != other.lo)


def _opens_clause(slots: _Slots, phrase: _Phrase) -> bool:
    """Whether people after a verb are the subject of a clause of their own ("..., and some women and girls are
    trafficked abroad"): a share of people, after a comma or "and", before an auxiliary."""
    low = slots.low
    if phrase.anaphor is None or low[phrase.lo] not in _SOME_OF_THEM or phrase.lo == 0 or low[phrase.lo - 1] not in (",", "and", "while"):
        return False
    k = phrase.hi
    while k < len(low) and (slots.who[k] == "victim" or low[k] in ("and", "or", ",")):
        k += 1  # "some women and girls"
    return k < len(low) and low[k] in _PASSIVE_AUXILIARIES | {"have", "had", "has"}


def _apposed_and_left(text: str, slots: _Slots, trigger: int, sources: list, goals: list) -> tuple[list, list] | None:
    """Homes told in apposition before a verb, and the places of the same country it leaves from after it.

    "The women, most of them from Samarkand and Fergana regions, usually fly
    from Tashkent to Dubai": (Samarkand, Fergana) and (Tashkent), when the
    goals lie abroad; None when the sources are not so told.
    """
    told = [r for r in sources if r.start < slots.start[trigger]]
    left = [r for r in sources if r.start > slots.start[trigger]]
    if not (told and left and goals):
        return None
    first = min(r.start for r in told)
    if not _HOMES_FROM_BEFORE.search(text, max(0, first - 40), first):
        return None
    countries = {r.country_code for r in told}
    if {r.country_code for r in left} - countries or all(goal.country_code in countries for goal in goals):
        return None
    return told, left


def _pluperfect(slots: _Slots, lo: int, trigger: int) -> bool:
    """Whether a verb tells what had happened before ("had crossed"), by its own "had" or by that of the verb it
    is coordinated with ("who had crossed into Yemen from Djibouti and walked to the border")."""
    if "had" in slots.low[max(lo, trigger - 3) : trigger]:
        return True
    k = trigger - 1
    while k > lo and slots.kind[k] == "w" and (slots.low[k].endswith("ly") or slots.low[k] in ("then", "later")):
        k -= 1
    if k <= lo or slots.low[k] not in ("and", "or"):
        return False
    verbs = [j for j in range(lo, k) if slots.cue[j] is not None and slots.cue[j].pos == "VERB"]
    return bool(verbs) and "had" in slots.low[max(lo, verbs[-1] - 3) : verbs[-1]] \
        and not any(slots.stop[j] or slots.who[j] or slots.kind[j] == "n" for j in range(verbs[-1] + 1, k))


def _pleaded(slots: _Slots, lo: int, trigger: int) -> bool:
    """Whether a verb of returning is what someone asks for: "want the government to bring them home",
    "urged Oman to repatriate the women" (a wish or a plea, no return yet)."""
    return trigger > lo and slots.low[trigger - 1] == "to" and bool(
        _hints()["hypothetical"].intersection(slots.low[max(lo, trigger - 6) : trigger - 1]))


def _wished(slots: _Slots, lo: int, trigger: int) -> bool:
    """Whether a return is what an infinitive after a wish or a need is for: "We need 2,000 dollars to pay for her
    journey back to Nepal" (a word of :func:`_pleaded`'s, then "to" and a verb, a few words before the return)."""
    hypothetical = _hints()["hypothetical"]
    start = max(lo, trigger - 8)
    for k in range(start, trigger):
        if slots.low[k] in hypothetical:
            return any(slots.low[m] == "to" and slots.kind[m + 1] == "w" and _verb_base(slots.low[m + 1]) for m in range(k + 1, trigger - 1))
    return False


@lru_cache(maxsize=4096)
def _verb_base(word: str) -> bool:
    """Whether a word may be a verb's base form ("pay", "bring"), whatever else it may be."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


def _birth_cue(slots: _Slots, trigger: int) -> bool:
    """Whether a provenance cue says where people were born or grew up ("was born", "grew up")."""
    return slots.cue[trigger].lemma.split()[-1] in ("born", "up")


def _home_follows(slots: _Slots, j: int, hi: int) -> bool:
    """Whether a provenance cue at ``j`` is followed by the home it states.

    "came from X", "is from X": "from" ends the cue or follows it; "was born
    in X", "grew up in X": "in" follows a birth cue.
    """
    cue = slots.cue[j]
    end = j + (len(cue.lemma.split()) if not cue.pos else 1)
    while end < hi - 1 and slots.low[end].endswith("ly") and slots.kind[end] == "w":
        end += 1  # "come primarily from", "was originally from"
    after = slots.low[end] if end < hi else ""
    if after == "to" and end + 2 < hi and slots.kind[end + 1] == "p" and slots.low[end + 2] == "from":
        return True  # "came to Japan from Nghe An": the goal first, then the home
    return slots.low[end - 1] == "from" or after == "from" or (after == "in" and _birth_cue(slots, j))


def _internal_noun(slots: _Slots, trigger: int) -> bool:
    """ "internal trafficking", "domestic trafficking": the trigger itself says the movement stays inside.

    A route only where the clause says what for ("victims of internal
    trafficking are in the sex trade"), not where it only names the topic
    ("protection of victims, including internal trafficking").
    """
    return trigger > 0 and slots.low[trigger - 1] in ("internal", "domestic", "in-country")


def _without_qualifier(text: str, slots: _Slots, group: list[int]) -> list[int]:
    """A place group without the unit that only says where its first place is.

    "to Houston, Texas", "from Chiang Mai, Thailand": two places joined by a
    bare comma are a place and its qualifier (a list of two takes "and"), so
    the route runs to Houston only.
    """
    if len(group) % 2:
        return group
    # (and pairs of them: "to Houston, Texas, and Atlanta, Georgia"; not "Bangkok, Chonburi and Rayong")
    for j, k in zip(group[::2], group[1::2]):
        first, second = slots.ref[j], slots.ref[k]
        between = text[slots.end[j] : slots.start[k]]
        wider = {"city": ("admin1", "country"), "admin1": ("country",)}.get(first.kind, ())
        if between.strip() != "," or second.kind not in wider or second.country_code != first.country_code:
            return group
    return group[::2]


_IN_QUALIFIER = re.compile(
    # (a town the gazetteer lacks may close the list: "Tegal and Pemalang in Central Java")
    r"(?:[ \t]+(?:and|or)[ \t]+[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?)?"
    r"(?:[ \t]+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ity|[Dd]epartment|[Gg]overnorate))?,?[ \t]+in[ \t]+(?:the[ \t]+)?"
    # ("near Kassala in eastern Sudan": a part of the wider place may be named)
    r"(?:(?:[Nn]orth|[Ss]outh)(?:east|west)?(?:ern)?[ \t]+|(?:[Ee]ast|[Ww]est)(?:ern)?[ \t]+|[Cc]entral[ \t]+)?"
    r"|[ \t]+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Dd]epartment|[Gg]overnorate)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?['’]s[ \t]+)?"
)


def _qualifies(text: str, slots: _Slots, before: list[int], group: list[int]) -> bool:
    """Whether a place right after another, joined by "in", only says where that one lies:
    "leave from Cox's Bazar in Bangladesh", "camps in Mae Sot, in Thailand"."""
    if len(group) != 1:
        return False
    inner, outer = slots.ref[before[-1]], slots.ref[group[0]]
    wider = {"city": ("admin1", "country"), "admin1": ("country",)}.get(inner.kind, ())
    if outer.kind not in wider or outer.country_code != inner.country_code:
        return False
    return bool(_IN_QUALIFIER.fullmatch(text, slots.end[before[-1]], slots.start[group[0]]))


#: How many paragraphs back a definite phrase ("the victims", "these women") and a pronoun may point.
_DEFINITE_REACH, _PRONOUN_REACH = 2, 1


#: Words before a plain plural that make it people in general ("a transit point for victims sent to Russia"),
#: not the people just named.
_GENERIC_GOVERNORS = frozenset({"for", "against", "about"})


#: Words between two goals of one frame that make the later one the journey's next leg.
_LATER_LEG = re.compile(
    r"\b(?:before|then|later|eventually|finally|onward|onwards)\b"
    r"|\bon(?=[ \t]+(?:through|via|across|over)\b)"  # "to Poland, and on through Germany to France"
    # "across the border to Raxaul and by train to Kolkata": another means, another leg
    r"|\band[ \t]+by[ \t]+(?:train|bus|road|car|boat|ferry|plane|air|sea|truck|lorry|rail|taxi|van)\b"
    # "to the Nigerian coast, where intermediaries put them on boats to Gabon": a place where a move goes on to the next
    r"|,[ \t]+where\b[^,;.]*\b(?:to|into|onto)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _later_leg(text: str, goals: list, via: list) -> tuple[list, list]:
    """ "moved to France, where they wait near Calais before being hidden in lorries bound for the
    United Kingdom": goals before a "before" or "then" are on the way to those after it."""
    if len(goals) < 2:
        return goals, via
    ordered = sorted(goals, key=lambda r: r.start)
    for k in range(len(ordered) - 1, 0, -1):
        if ordered[k].start > ordered[k - 1].end and _LATER_LEG.search(text, ordered[k - 1].end, ordered[k].start):
            if {r.country_code for r in ordered[:k]} & {r.country_code for r in ordered[k:]} and any(r.kind == "country" for r in ordered[:k]):
                return goals, via  # "to China, then to Yunnan": the later goal only says where in it
            # ("to Phnom Penh, then to Siem Reap": a stop, then the end)
            return ordered[k:], list(dict.fromkeys(via + [r.code for r in ordered[:k]]))
    return goals, via


def _continues(slots: _Slots, lo: int, trigger: int) -> str:
    """How a movement says it goes on from where the one before it ended ("" if it does not):
    "From there they are moved to France" ("there"). ("then" alone does not say so: "taken to
    Mosul and then transported to Raqqa" tells two places they were held.)"""
    # ("..., from where they are sent by boat to Italy" says it too, of a place in its own sentence.)
    said = next((slots.low[k + 1] for k in range(lo, trigger) if slots.low[k] == "from" and slots.low[k + 1] in ("there", "here", "where")), "")
    if not said and lo < trigger and slots.low[lo] in _GOING_ON and lo + 1 < len(slots.low) and slots.low[lo + 1] in _GOING_ON_SUBJECTS:
        said = "then"  # "Eventually, they were moved to Birmingham": a sentence opening on what came next
    if not said and lo + 1 < trigger and tuple(slots.low[lo : lo + 2]) in _ARRIVED_OPENERS:
        said = "then"  # "On arrival they were driven to houses in Enfield": where the journey told before ended
    for k in range(lo + 2, trigger):
        if said or slots.low[k] not in _GOING_ON or slots.low[k - 1] not in _BE_FORMS:
            continue
        subject = k - 2  # the words before the verb's "be", back to the clause's start or an "and"
        while subject > lo and slots.kind[subject - 1] == "w" and slots.low[subject - 1] not in ("and", ",", "but"):
            subject -= 1
        if slots.low[subject] in _SHARES_GOING_ON and (subject == lo or slots.low[subject - 1] in ("and", ",")):
            # "Some of the refugees were later moved to Egypt": some of them went on, from where all were taken
            # (the others stayed there: the caller keeps the earlier end as an end too)
            said = "some later"
        elif slots.low[subject] in _GOING_ON_SUBJECTS and (subject == lo or slots.low[subject - 1] in ("and", ",")):
            # "They were then taken to Antalya", "..., and the women are then driven into Malaysia": the same
            # told after the verb's "be" ("later": the caller goes on only from an earlier sentence, not from
            # "taken to Mosul and were then moved to Raqqa", two places told in one sentence). Not "Many women
            # were later moved to Raqqa", some of them taken on from where the others stayed, nor "travel to
            # Puerto Maldonado and are then driven to La Pampa", a journey of its own told whole.
            said = "later"
    return said


#: Between two goals: a later list of goals of the same verb ("..., and increasingly to the Gulf states").
_NEXT_GOAL_LIST = re.compile(r",[ \t]+(?:and|but|or)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:to|into)[ \t]|;")


def _later_group_paths(text: str, goals: list, paths: list) -> dict[str, frozenset]:
    """Paths told after a later list of goals, which the goals before that list do not go through.

    "trafficked to India, particularly to Mumbai and Delhi, ..., and increasingly
    to the Gulf states via New Delhi": New Delhi is on the way to the Gulf
    only. Returns, for each goal a path is not on the way to, the codes of
    those paths.
    """
    if len(goals) < 2 or not paths:
        return {}
    ordered = sorted(goals, key=lambda goal: goal.start)
    skipped: dict[str, set] = {}
    for path in paths:
        before = [goal for goal in ordered if goal.end <= path.start]
        for k in range(len(before) - 1, 0, -1):
            if _NEXT_GOAL_LIST.search(text, before[k - 1].end, before[k].start):
                for goal in before[:k]:
                    skipped.setdefault(goal.code, set()).add(path.code)
                break
    return {code: frozenset(paths_) for code, paths_ in skipped.items()}


def _parallel_flows(goals: list, roles: dict) -> list[tuple[list, list]]:
    """Flows told side by side: "from Nepal to India, and from Bangladesh to Pakistan".

    Sources and goals alternate, and no later source lies in a country an
    earlier goal names (else it is a later leg of one journey, see
    :func:`_itinerary`). Returns (sources, goals) per flow, or [] if the
    places tell one flow.
    """
    sources = roles.get("source", [])
    if len(sources) < 2 or len(goals) < 2:
        return []
    places = sorted([(r.start, "source", r) for r in sources] + [(r.start, "goal", r) for r in goals], key=lambda item: item[0])
    flows: list[tuple[list, list]] = []
    for _, role, place in places:
        if role == "source":
            if not flows or flows[-1][1]:
                flows.append(([], []))
            flows[-1][0].append(place)
        elif flows:
            flows[-1][1].append(place)
        else:
            return []  # a goal before any source: one journey told another way
    if len(flows) < 2 or not all(ends for _, ends in flows):
        return []
    for k in range(1, len(flows)):
        before = {goal.country_code for _, ends in flows[:k] for goal in ends}
        if any(source.country_code in before for source in flows[k][0]):
            return []  # "to France, and from Calais to Kent": the next leg of one journey
    return flows


def _itinerary(goals: list, via: list, roles: dict) -> tuple[list, list, dict]:
    """One journey told in legs: "travelled to Moscow, through Poland to France, and from Calais to Kent".

    A source named after a goal starts a later leg: the goals before it and
    the leg's start are on the way, and the goals after it end the journey,
    which starts where the people come from.
    """
    sources = roles.get("source", [])
    if not sources or len(goals) < 2:
        return goals, via, roles
    first_goal = min(goal.start for goal in goals)
    later = [source.start for source in sources if source.start > first_goal]
    if not later:
        return goals, via, roles
    leg = max(later)
    ends = [goal for goal in goals if goal.start > leg]
    if not ends:
        return goals, via, roles
    on_the_way = [goal.code for goal in goals if goal.start < leg] + [s.code for s in sources if s.start > first_goal]
    return ends, list(dict.fromkeys(via + on_the_way)), {**roles, "source": [s for s in sources if s.start < first_goal]}


def _predicate_nationality(slots: _Slots, start: int, hi: int) -> str | None:
    """The nationality a copula gives the people before it: "(the women who came to us) are Nigerian"."""
    for k in range(start, min(hi - 1, start + _APPOSED_REACH)):
        if slots.low[k] in _BE_FORMS:
            j = k + 1
            while j < hi - 1 and slots.kind[j] == "w" and (slots.low[j].endswith("ly") or slots.low[j] in ("all", "mostly")):
                j += 1  # "are mostly Nigerian", "were all Eritrean"
            if slots.kind[j] == "n" and (j + 1 >= hi or slots.kind[j + 1] == "." or slots.low[j + 1] in ("and", "or")):
                return slots.code[j]
            return None
        if slots.kind[k] != "w" or slots.who[k] or slots.cue[k] is not None:
            return None
    return None


#: A comma and a few words up to "from" right before a place: a home in apposition (", mostly from ").
_APPOSED_FROM = re.compile(r",[^,.;:\n]{0,80}\bfrom[ \t]+(?:the[ \t]+)?$")
#: "from" right before a place (the cheap test before :data:`_APPOSED_FROM`).
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$")
#: The word before "from" and a place ("men from ").
_WORD_BEFORE_FROM = re.compile(r"\b([A-Za-z-]+)[ \t]+from[ \t]+(?:the[ \t]+)?$")
#: A home said of someone right before a place ("her village near ", "his home town in ").
_THEIR_HOME_BEFORE = re.compile(
    r"\b(?:her|his|their)[ \t]+(?:home[ \t]+|native[ \t]+)?(?:village|town|hometown|home|family)[ \t]+(?:in|of|near|outside)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)
#: A home in apposition told by a place near or in the place named: ", 34, from a Roma settlement near ".
_FROM_A_PLACE_NEAR = re.compile(r",[^,.;:\n]{0,40}\bfrom[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){1,3}(?:near|in|outside|of)[ \t]+(?:the[ \t]+)?$")
#: A home said of people in a clause's predicate: "Most were boys aged four to ten from", "Many are women from".
_PREDICATE_FROM = re.compile(r"\b(?:are|were|is|was)[ \t]+[^,.;:\n]{0,60}\bfrom[ \t]+(?:the[ \t]+)?$")


def _apposed_home_at(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows "from" in an apposition (", mostly from "), or a home said of
    someone ("her village near ")."""
    if _THEIR_HOME_BEFORE.search(text, max(0, start - 40), start) or _FROM_A_PLACE_NEAR.search(text, max(0, start - 80), start):
        return True
    if not _FROM_BEFORE.search(text, max(0, start - 10), start):
        return False
    comma = text.rfind(",", max(0, start - 90), start)
    if comma >= 0 and _APPOSED_FROM.match(text, comma, start) or _PREDICATE_FROM.search(text, max(0, start - 80), start):
        return True
    # "Young men from Sylhet ... pay brokers ... They are flown from Dhaka to Dubai": people and their home
    before = _WORD_BEFORE_FROM.search(text, max(0, start - 40), start)
    return before is not None and _tables().people.get(before.group(1).lower()) == "victim"
#: How many slots after people and a comma "from" may come and still tell their home ("the women, aged between 19 and 34 and mostly from").
_APPOSED_REACH = 12


#: Words inside a list of homes that do not end it: "from Rahim Yar Khan district in Pakistan's Punjab province, from Bangladesh".
_HOME_LIST_WORDS = frozenset({"from", "the", "in", "'s", "district", "districts", "province", "provinces", "state", "states", "region",
                              "regions", "county", "counties", "of"})


def _home_goes_on(slots: _Slots, k: int, hi: int) -> bool:
    """Whether slot ``k`` is a word inside a list of homes that names another place before the clause ends."""
    if slots.low[k] not in _HOME_LIST_WORDS:
        return False
    return any(slots.kind[m] == "p" for m in range(k + 1, min(hi, k + 5)))


#: Words after a verb that make its object a clause or a fact, not people: "found that", "found no evidence".
_CLAUSE_OBJECTS = frozenset({"that", "how", "whether", "no", "evidence", "little"})
#: Words of a participle's phrase of places between people and their relative clause ("recruited from X and Y who").
_PARTICIPLE_PHRASE = frozenset({"from", "in", "to", "and", "or", ","})
#: Cue roles of verbs that may report a finding rather than people found ("found that", "identified no").
_FINDING = frozenset({"exploit", "rescue", "identify", "intercept"})
#: What may join people phrases into one theme: "Cambodian and Thai workers", "Haitian nationals, and Dominicans".
_COORDINATORS = (["and"], ["or"], [",", "and"], [",", "or"], [","])


#: Forms of "be" and "become" between a subject and the people noun said of it ("most are victims of ...").
_COPULAS = frozenset({"are", "were", "is", "was", "be", "been", "become", "became", "remain", "remained"})
#: Words that add people to a clause's own, wherever they stand in it ("..., alongside 38 Paraguayans").
_ALONGSIDE = (["alongside"], ["along", "with"], ["together", "with"], ["as", "well", "as"])


def _alongside_before(slots: _Slots, j: int, lo: int) -> bool:
    """Whether a word of :data:`_ALONGSIDE` stands right before slot ``j``, after the clause's start ``lo``."""
    return any(j - len(words) > lo and slots.low[j - len(words) : j] == words for words in _ALONGSIDE)


#: A source that is the country's own hinterland, named by no place: "from the countryside", "from rural areas".
_RURAL_SOURCE = re.compile(
    r"\bfrom[ \t]+(?:the[ \t]+)?(?:poor(?:er)?[ \t]+|remote[ \t]+)?(?:countryside|rural[ \t]+(?:areas?|villages?|districts?|provinces?|regions?)"
    r"|villages|(?:the[ \t]+)?provinces|upcountry)\b"
)
#: Between a place and a larger place it is said to lie in: "Duhok in the Kurdistan Region", "Duhok, in Iraq".
_HOME_IN = re.compile(r",?\s+in\s+(?:the\s+)?")


def _home_told(slots: _Slots, lo: int, hi: int, owners: frozenset) -> tuple[int, list[tuple[str, str]]]:
    """A home told with a possessive of ``owners`` ("my village in Sylhet", "her village near Cahul"): the slot of
    the possessive and the home, or (-1, [])."""
    homeplace = _hints()["homeplace"]
    low, kind = slots.low, slots.kind
    for k in range(lo, hi - 2):
        if low[k] not in owners or low[k + 1] not in homeplace:
            continue
        j = k + 2
        if j < hi and low[j] in homeplace:
            j += 1  # "my home village in"
        if j + 1 < hi and low[j] in ("in", "of", "near", "outside") and kind[j + 1] == "p":
            return k, [(slots.ref[j + 1].code, slots.ref[j + 1].country_code)]
    return -1, []


def _narrator_home(slots: _Slots, lo: int, hi: int) -> list[tuple[str, str]]:
    """ "came to our home in Sindhupalchok", "my village in Sylhet": the home the one telling states."""
    return _home_told(slots, lo, hi, _NARRATOR_OWNERS)[1]


def _their_home(slots: _Slots, lo: int, hi: int) -> tuple[int, list[tuple[str, str]]]:
    """ "a neighbour from her village near Cahul": the home a story states of the one it is about, with the slot it
    is told at."""
    return _home_told(slots, lo, hi, _STORY_OWNERS)


#: Possessives of the one telling, and of the one a story is about.
_NARRATOR_OWNERS = frozenset({"my", "our"})
_STORY_OWNERS = frozenset({"her", "his", "their"})


def _stays_in(slots: _Slots, j: int, hi: int) -> list[tuple[str, str]]:
    """ "... citizens work in Russia, most of them in Moscow": where people a clause names stay (a verb of staying
    right after them, then "in" and places)."""
    return [(slots.ref[m].code, slots.ref[m].country_code) for m in _stay_slots(slots, j, hi)]


def _stay_slots(slots: _Slots, j: int, hi: int) -> list[int]:
    """The place slots of :func:`_stays_in`."""
    stay = _hints()["stay"]
    while j < hi and slots.kind[j] == "w" and (slots.low[j].endswith("ly") or slots.low[j] in ("also", "now", "still")):
        j += 1
    if j >= hi or slots.low[j] not in stay:
        return []
    k = j + 1
    if k < hi and slots.low[k] == "as":
        # "working as domestic workers in Lebanon": what they work as comes first
        k = next((m for m in range(k + 1, min(hi, k + 5)) if slots.low[m] == "in"), hi)
    elif k + 2 < hi and slots.low[k] in ("in", "on", "at") and slots.kind[k + 1] == "w" and slots.low[k + 1] not in _DETERMINERS:
        # "who work in construction in Manama", "work on cocoa farms in Soubre": the work first, then where
        k = next((m for m in range(k + 2, min(hi, k + 5)) if slots.low[m] == "in"), hi)
    first = k + 1 + (k + 1 < hi and slots.low[k + 1] == "the")  # ("in the Kedougou region")
    if first >= hi or slots.low[k] != "in" or slots.kind[first] != "p":
        return []
    # (up to where their homes are told: "work in Israel ..., most of them men from Udon Thani")
    end = next((m for m in range(first, hi) if slots.low[m] == "from"), hi)
    return [m for m in range(first, end) if slots.kind[m] == "p"]


_WORK_NOUNS = frozenset({"job", "jobs", "work", "employment"})


def _work_paid_for(slots: _Slots, j: int, hi: int) -> list[tuple[str, str]]:
    """Where people a clause names paid or applied for work, after slot ``j``: "19 men from Dhanusha paid brokers
    in Janakpur for cleaning jobs in Kuwait" went to Kuwait by themselves, for a later sentence that says they
    were exploited ("On arrival, they were sold").

    A promise or offer of work is no going: "offered her work in Zurich" says only what she was told.
    """
    for m in range(j, hi - 2):
        if slots.low[m] not in _WORK_NOUNS or slots.low[m + 1] != "in":
            continue
        opener = next((k for k in range(m - 1, max(j, m - 4) - 1, -1) if slots.low[k] == "for"), None)
        if opener is None or any(slots.low[k].startswith(("promis", "offer")) for k in range(j, m)):
            continue
        k = m + 2 + (slots.low[m + 2] == "the")
        found = []
        while k < hi and (slots.kind[k] == "p" or (found and slots.low[k] in (",", "and", "or"))):
            if slots.kind[k] == "p":
                found.append((slots.ref[k].code, slots.ref[k].country_code))
            k += 1
        return found
    return []


def _past_homes(slots: _Slots, j: int, hi: int) -> int:
    """The slot after the homes told right after people at ``j`` ("Children from Burkina Faso, Niger and Guinea")."""
    if j < hi and slots.low[j] == "from":
        j += 1
        while j < hi and (slots.kind[j] == "p" or slots.low[j] in (",", "and", "or", "the")):
            j += 1
    return j


#: Adverbs that may stand between a comma and a participle set off by it (", often brought by relatives").
_PARTICIPLE_ADVERBS = frozenset({"often", "sometimes", "then", "later", "also", "still", "reportedly", "allegedly", "many", "most"})


@lru_cache(maxsize=2048)
def _past_participle(word: str, lemma: str) -> bool:
    """Whether ``word`` is the past participle of ``lemma`` ("brought", "sold", "trafficked")."""
    from lemminflect import getInflection

    return word in getInflection(lemma, tag="VBN")


def _comma_participle(slots: _Slots, lo: int, trigger: int) -> bool:
    """Whether a verb trigger is a past participle set off by a comma, said of its clause's people: "Children
    from Burkina Faso work in gold mines in Kedougou, often brought by relatives" (a passive with no subject of
    its own: a preposition or an agent follows it, not an object)."""
    cue = slots.cue[trigger]
    if cue.pos != "VERB" or trigger + 1 >= len(slots.low) or not _past_participle(slots.low[trigger], cue.lemma.lower()):
        return False
    k = trigger - 1
    while k > lo and slots.kind[k] == "w" and (slots.low[k].endswith("ly") or slots.low[k] in _PARTICIPLE_ADVERBS):
        k -= 1
    if k <= lo or slots.low[k] != ",":
        return False
    after = slots.low[trigger + 1]
    return slots.kind[trigger + 1] == "p" or after in _PLACE_PREPOSITIONS or after in ("by", "as", "for", "back", "home", "across")


def _raided_before(slots: _Slots, lo: int, trigger: int) -> list[Referent]:
    """ "Fighters attacked Sinjar, abducting 6,000 women": the places attacked before a verb of seizing people."""
    raid = _hints()["raid"]
    return [slots.ref[k] for k in range(lo + 1, trigger) if slots.kind[k] == "p" and slots.low[k - 1] in raid]


def _with_coordinated(slots: _Slots, theme: "_Phrase", people: list) -> "_Phrase":
    """A theme with the people phrases coordinated with it, when they name other homes.

    "Haitian nationals and Dominicans of Haitian descent are vulnerable to
    forced labor": the verb's people are both, from both homes.
    """
    lo, hi, homes, governed = theme.lo, theme.hi, list(theme.homes), theme.governed
    for phrase in reversed(people):
        if phrase.hi <= lo and not phrase.agent and slots.low[phrase.hi : lo] in _COORDINATORS:
            lo, governed = phrase.lo, phrase.governed
            homes = list(phrase.homes) + [home for home in homes if home not in phrase.homes]
        elif phrase.hi < lo and not phrase.agent and not phrase.anaphor and homes:
            # "Girls from the poorest neighbourhoods of Cartagena, and increasingly Venezuelan girls, are exploited":
            # a subject told with its home, then another one of the same verb
            told = _home_then_and(slots, phrase.hi, lo)
            if told:
                lo, governed = phrase.lo, phrase.governed
                homes = list(phrase.homes) + told + [home for home in homes if home not in told]
            break
    for phrase in people:
        if phrase.lo >= hi and not phrase.agent and slots.low[hi : phrase.lo] in _COORDINATORS:
            hi, homes = phrase.hi, homes + [home for home in phrase.homes if home not in homes]
        elif phrase.lo > hi and not phrase.agent and phrase.homes and homes and _alongside_before(slots, phrase.lo, hi):
            # "212 Bolivians were rescued in raids in Buenos Aires, alongside 38 Paraguayans": people of their own
            # homes the clause adds to its own
            homes = homes + [home for home in phrase.homes if home not in homes]
    if len(homes) == len(theme.homes):
        return theme
    return _Phrase(lo, hi, False, homes, theme.anaphor, governed, theme.bare)


def _home_then_and(slots: _Slots, start: int, end: int) -> list[tuple[str, str]]:
    """The homes in slots ``start:end`` when they say where the people before are from and then join other people
    to them: "from the poorest neighbourhoods of Cartagena, and increasingly" ([] otherwise)."""
    low, kind = slots.low, slots.kind
    k = end - 1
    while k > start and kind[k] == "w" and low[k].endswith("ly"):
        k -= 1
    if k - 1 <= start or low[k] != "and" or low[k - 1] != "," or low[start] != "from":
        return []
    middle = range(start + 1, k - 1)
    if not all(kind[j] == "p" or (kind[j] == "w" and slots.cue[j] is None and not slots.who[j] and not slots.stop[j]
                                  and (low[j] in ("of", "the", "and") or "area" in slots.tags[j] or not slots.tags[j]))
               for j in middle):
        return []
    return [(slots.ref[j].code, slots.ref[j].country_code) for j in middle if kind[j] == "p"]


def _reach(slots: _Slots, theme: "_Phrase") -> int:
    """How far back a theme's people may have been named.

    A definite noun phrase reaches further than "they", and "they" opening a
    paragraph points back at the last one's people (the register returns
    people of the same paragraph first).
    """
    if not theme.anaphor:
        return 0
    return _DEFINITE_REACH if slots.low[theme.lo] in ("the", "these", "those") else _PRONOUN_REACH


#: Who buys or marries the victims: "sold to Chinese men", "married to Taiwanese husbands".
_BUYER_NOUNS = frozenset({"men", "man", "husbands", "husband", "males", "buyers", "grooms", "bridegrooms"})


def _buyers_from(slots: _Slots, first: int, lo: int) -> bool:
    """Whether a place list ends a buyer phrase: "sold to men from Saudi Arabia", "married to husbands from the Gulf"."""
    j = first - 1
    while j > lo and slots.low[j] in _DETERMINERS:
        j -= 1
    if j <= lo or slots.low[j] != "from" or slots.low[j - 1] not in _BUYER_NOUNS:
        return False
    j -= 2
    while j >= lo and j > first - 7 and (slots.kind[j] == "n" or slots.low[j] in ("older", "wealthy", "rich", "local", "foreign")):
        j -= 1
    return j >= lo and slots.low[j] == "to"


def _buyers_countries(slots: _Slots, trigger: int, hi: int, people: list) -> list[Referent]:
    """The countries of the buyers a move delivers people to, when it names no place.

    "Girls are sold as brides to Chinese men", "recruited for marriage to
    Korean men": the buyers' nationality is where the move ends.
    """
    found: dict[str, Referent] = {}
    for phrase in people:
        if phrase.lo > trigger and phrase.lo < hi and phrase.governed in ("to", "with") and phrase.homes and (
            slots.low[phrase.hi - 1] in _BUYER_NOUNS
        ):
            for code, country in phrase.homes:
                if code == country:
                    found.setdefault(code, Referent(code, "country", code, slots.start[phrase.lo], slots.end[phrase.hi - 1]))
    return list(found.values())


def _buyers_going(slots: _Slots, theme: "_Phrase | None", people: list) -> bool:
    """Whether those going by themselves are the buyers or husbands of the people the clause is about.

    "short marriages between girls and wealthy men who travel to Egypt from
    Kuwait", "girls sold to older men who come from Riyadh": the men's trip
    moves no victim.
    """
    if theme is None or slots.low[theme.hi - 1] not in _BUYER_NOUNS:
        return False
    if theme.governed in _COMPANY or theme.governed == "to":
        return True
    before = [p for p in people if p.hi <= theme.lo and not p.agent]
    return theme.governed == "and" and bool(before) and before[-1].governed in _COMPANY


def _hedged_from(slots: _Slots, first: int, lo: int) -> bool:
    """Whether a hedge stands before the "from" of a place list: "20 women, mostly from Nepal"."""
    j = first - 1
    while j > lo and slots.low[j] in _DETERMINERS:
        j -= 1
    return j > lo and slots.low[j] == "from" and slots.low[j - 1] in _HEDGES_AFTER_PEOPLE


def _them_from(slots: _Slots, first: int, lo: int) -> bool:
    """Whether "of them from" (or "of whom from") stands before a place list: a share of the people named, by home."""
    j = first - 1
    while j > lo and slots.low[j] in _DETERMINERS:
        j -= 1
    return j > lo + 1 and slots.low[j] == "from" and slots.low[j - 1] in ("them", "whom") and slots.low[j - 2] == "of"


#: Cues that tell how people were exploited, a frame of their own only where no verb of exploiting came before
#: them ("still working without pay in Riyadh", but "forced to dance in bars in Nairobi without pay").
_MANNER_CUES = frozenset({"without pay"})
#: Verbs of keeping people somewhere: "held by smugglers in Yemen" is held where those who hold them are (not
#: "exploited online by offenders in the United States").
_HOLDING = frozenset({"hold", "confine", "lock", "imprison", "enslave"})
#: Prepositions after a participle that make it a reduced relative of the noun before ("registered in", "paid by").
_PARTICIPLE_PLACES = frozenset({"in", "at", "on", "by"})


def _said_of_agent(slots: _Slots, j: int, lo: int, hi: int) -> bool:
    """Whether a participle cue right after an agent noun only says something of the agent.

    "workers posted by subcontractors registered in Portugal", "an agency
    licensed in Manila": the firm is registered there, no one is moved. (An
    active verb after its agent takes an object: "brokers recruited women in
    Dhaka" is still read.)
    """
    return (j > lo and slots.who[j - 1] == "agent" and slots.kind[j - 1] == "w" and slots.low[j].endswith("ed")
            and j + 1 < hi and slots.low[j + 1] in _PARTICIPLE_PLACES
            and not (j + 2 < hi and slots.low[j + 2] in ("least", "most")))  # "gangs abducted at least 40 refugees": an object


def _capitalized_inside(text: str, slots: _Slots, j: int) -> bool:
    """Whether a word is capitalized where a sentence does not begin: part of a name
    ("the Counter Trafficking in Persons Secretariat"), not a verb or noun of the text."""
    word = text[slots.start[j] : slots.end[j]]
    if j == 0 or not word[:1].isupper() or word.isupper():
        return False  # (a cable in capitals has no case to go by)
    before = slots.low[j - 1]
    return bool(before) and before[-1:] not in ".:!?\"“'‘(" and not before.startswith("-")


def _only_object_between(text: str, slots: _Slots, trigger: int, place: int, theme: "_Phrase | None", people: list = ()) -> bool:
    """Whether only the verb's object and a locative stand between a verb and a place.

    "recruited in Nepal", "recruited the girls in Honduras": the place is where
    the verb happened; "recruited girls for work in Qatar" is not. An area noun
    and its modifier may stand before the place ("recruited in their home
    villages in Prey Veng", "in rural areas of Nepal"): still where it began.
    So may names the gazetteer lacks, listed before it ("recruited in El Alto
    and La Paz").
    """
    allowed = {"in", "at", *_DETERMINERS}
    words = range(trigger + 1, place)
    areas = [k for k in words if "area" in slots.tags[k]]
    if areas:
        # The area's own words: its modifier just before it ("home villages"), "in"/"of" after it
        # and a hedge before its examples ("in towns such as Kukes").
        allowed |= {slots.low[k] for k in areas} | {"of", "such", "as", "like", "including"}
        # ... and its modifier, but no preposition: "recruited for farms in the United Kingdom" says what for
        allowed |= {slots.low[k - 1] for k in areas if slots.low[k - 1] not in _PURPOSE_PREPOSITIONS}
    allowed |= _hints()["part"]  # "in villages in northern Albania"
    named = {k for k in words if _capitalized_inside(text, slots, k)}
    named |= {k for k in words if slots.low[k] in ("and", "or", ",") and k - 1 in named}
    # What they were recruited as: "recruited as domestic workers in Uganda and Kenya".
    serving = set()
    inner = [k for k in words[1:] if slots.low[k] not in allowed]
    if words and slots.low[words[0]] == "as" and inner and all(slots.who[k] or (slots.kind[k] == "w" and _modifier(slots, k)) for k in inner):
        serving = set(words)
    # The verb's object may be people other than the frame's theme: "nationals who recruited the women in Lashio".
    objects = [p for p in people if p.lo == trigger + 1 or (p.lo == trigger + 2 and slots.low[trigger + 1] in _DETERMINERS)]
    return all(
        slots.low[k] in allowed or k in named or (theme is not None and theme.lo <= k < theme.hi)
        or any(p.lo <= k < p.hi for p in objects) or k in serving
        for k in words
    )


def _homeward(slots: _Slots, j: int) -> bool:
    """Whether word ``j`` is "home" as an adverb ("brought them home from X"), not a noun's modifier ("home villages")."""
    if j >= len(slots.kind) or "homeward" not in slots.tags[j]:
        return False
    after = j + 1
    # ("brought home with the help of the embassy": a preposition after it too)
    return after >= len(slots.kind) or slots.kind[after] != "w" or slots.stop[after] or bool(slots.tags[after] & _HOMEWARD_FOLLOWERS) \
        or slots.low[after] in _HOME_PREPOSITIONS


def _paired_people(slots: _Slots, people: list, trigger: int, goals: list) -> list[tuple[list, list]]:
    """People of different homes after a trigger, each followed by its own goals: (homes, goals) pairs.

    Empty unless there are two or more such people and every goal falls
    after one of them ("rescued Bolivians in Sao Paulo and Paraguayans in
    Mato Grosso do Sul").
    """
    named = [phrase for phrase in people if not phrase.agent and phrase.homes and phrase.lo > trigger]
    bounds = [slots.start[phrase.lo] for phrase in named]
    subject = [phrase for phrase in people if not phrase.agent and phrase.homes and phrase.hi <= trigger][-1:]
    if subject and named:  # "Vietnamese girls are trafficked to China and Cambodian girls to Thailand"
        named, bounds = subject + named, [slots.start[trigger]] + bounds
    if len(named) < 2 or len({tuple(phrase.homes) for phrase in named}) < len(named):
        return []
    bounds.append(float("inf"))
    pairs = []
    for k, phrase in enumerate(named):
        group = [goal for goal in goals if bounds[k] < goal.start < bounds[k + 1]]
        if not group:
            return []
        pairs.append((list(phrase.homes), group))
    if sum(len(group) for _, group in pairs) != len(goals):
        return []
    return pairs


def _narrower(homes: list, origins: list) -> bool:
    """Whether ``homes`` are places inside the countries ``origins`` name, and only those."""
    countries = {code for code, country in origins if code == country}
    return bool(countries) and len(countries) == len(origins) and all(code != country and country in countries for code, country in homes)


def _to_homeland(slots: _Slots, trigger: int) -> bool:
    """Whether a trigger's clause goes on "to their countries of origin": people going home, a return."""
    for k in range(trigger + 1, len(slots.kind)):
        if slots.stop[k] or slots.kind[k] == ".":
            return False
        if slots.role[k] == "homeland" and "to" in slots.low[max(trigger, k - slots.size[k] - 1) : k - slots.size[k] + 1]:
            return True
    return False


def _share_named_before(slots: _Slots, theme: "_Phrase", people: list) -> "_Phrase":
    """ "identified 30 victims, most of them exploited in Erenhot": "most of them" are the people just named.

    A share pointing back ("most of them", "many of whom") right after a
    comma and people in the same sentence is a share of those, not of people
    of an earlier sentence.
    """
    words = slots.low[theme.lo : theme.hi]
    if not set(words) <= {"them", "whom", *_SHARE_WORDS}:
        return theme
    if theme.lo > 0 and slots.low[theme.lo - 1] in ("and", "but", "while", ";") and "of" not in words:
        # "Syrian refugee children work in the Bekaa, and some are exploited in begging in Beirut":
        # a share opening a clause joined to one that named people with a home is a share of them.
        named = [phrase for phrase in people if not phrase.agent and not phrase.anaphor and phrase.homes and phrase.hi < theme.lo]
        return named[-1] if named else theme
    k = theme.lo - 1
    while k > 0 and slots.low[k] in _SHARE_WORDS:
        k -= 1  # "most of", "the majority of"
    if slots.low[k] == "," and "of" not in slots.low[k:theme.lo] and "of" not in words and _set_apart(slots, theme.hi):
        # "Haitian nationals and Dominicans of Haitian descent, many without documents, are ...": an aside
        # about the people before it, who are the clause's subject.
        named = [phrase for phrase in people if not phrase.agent and not phrase.anaphor and phrase.homes and phrase.hi <= k
                 and not any(slots.stop[j] or slots.cue[j] is not None or slots.kind[j] == "p" for j in range(phrase.hi, k))]
        return _with_coordinated(slots, named[-1], people) if named else theme
    if slots.low[k] != "," or ("of" not in slots.low[k:theme.lo] and "of" not in words):
        return theme
    named = [phrase for phrase in people if not phrase.agent and not phrase.anaphor and phrase.hi == k]
    return named[-1] if named else theme


#: Words that may stand between a verb of saying and what was said ("told us that they ...").
_SAID_TO = frozenset({"us", "me", "him", "her", "reporters", "researchers", "investigators", "that"})


def _speakers_for(slots: _Slots, theme: "_Phrase", people: list) -> "_Phrase":
    """ "Eleven Tongan workers said they were moved ...": "they" after a verb of saying are its speakers.

    Reported speech binds "they" and "we" to the people who speak, when the
    speakers are named with a home just before the verb; otherwise the
    pronoun points back as usual.
    """
    if slots.low[theme.lo] not in ("they", "we") or theme.hi - theme.lo != 1:
        return theme
    # (the same pronoun again binds alike: "Ghanaian women said they had been told in Accra that they
    # would work in Dubai, and were taken instead from Dubai to Erbil")
    pronoun = slots.low[theme.lo]
    chain = [theme]
    for phrase in reversed([p for p in people if p.hi <= theme.lo]):
        if not (phrase.anaphor and phrase.hi - phrase.lo == 1 and slots.low[phrase.lo] == pronoun):
            break
        chain.append(phrase)
    for said in chain:
        k = said.lo - 1
        while k > 0 and (slots.low[k] in _SAID_TO or slots.low[k].endswith("ly")):
            k -= 1
        if k <= 0 or "speech" not in slots.tags[k]:
            continue
        speakers = [phrase for phrase in people if not phrase.agent and not phrase.anaphor and phrase.homes and phrase.hi == k]
        if speakers:
            return speakers[-1]
    return theme


def _set_apart(slots: _Slots, i: int) -> bool:
    """Whether an aside starting before ``i`` closes with a comma a few words on ("many without documents,")."""
    for j in range(i, min(i + 6, len(slots.low))):
        if slots.low[j] == ",":
            return True
        if slots.stop[j] or slots.cue[j] is not None or slots.kind[j] != "w":
            return False
    return False


def _share_of_people(slots: _Slots, theme: "_Phrase", people: list) -> "_Phrase":
    """A theme that is a share of people named before takes their homes.

    "45 overseas Filipino workers (OFWs), most of them household service
    workers, were repatriated": the service workers are Filipino.
    """
    before = [phrase for phrase in people if phrase.homes and not phrase.agent and phrase.hi <= theme.lo]
    if not before:
        return theme
    whole = before[-1]
    between = slots.low[whole.hi : theme.lo]
    depth, words = 0, []
    for word in between:  # a bracket between ("(OFWs)") says nothing
        depth += (word == "(") - (word == ")")
        if depth == 0 and word not in ("(", ")"):
            words.append(word)
    if "them" not in words:
        return theme
    cut = words.index("them") + 1  # ("most of them household service workers": the theme's own modifiers follow)
    if not set(words[:cut]) <= _HEDGES_AFTER_PEOPLE or not all(word.isalpha() for word in words[cut:]):
        return theme
    return _Phrase(theme.lo, theme.hi, theme.agent, list(whole.homes), theme.anaphor, theme.governed, theme.bare)


def _thing_object(text: str, slots: _Slots, trigger: int, theme: "_Phrase | None", lo: int) -> bool:
    """Whether a verb trigger's object is a thing, not people: "returned an indictment", "brought charges".

    The object is the run of plain words right after the verb, an article
    first or not. It names the people moved when the theme begins inside
    it or right after it ("returned the women", "trafficked young girls")
    or when "of" follows it ("a group of", "a total of"). A capitalized
    word in it may be a person's name ("took Mai, a twelve-year-old girl").
    A trigger with no subject before it, or after an article or preposition,
    is an adjective ("Forced labor occurs", "victims of forced labor").
    """
    if _nominal(slots, trigger) or trigger <= lo or slots.low[trigger - 1] in _DETERMINERS or slots.stop[trigger - 1]:
        return False
    first = trigger + 1 + (trigger + 1 < len(slots.kind) and slots.low[trigger + 1] in ("a", "an", "the"))
    j = first
    while j < len(slots.kind) and slots.kind[j] == "w" and not slots.stop[j] and slots.cue[j] is None and not slots.who[j] and not slots.tags[j]:
        j += 1
    if first < len(slots.kind) and slots.low[first] in _MESSAGES:
        return True  # "one of the women sent a message to her sister in Lviv": word or money, not people, sent
    if j == first or (theme is not None and theme.lo <= j) or (j < len(slots.kind) and slots.low[j] == "of"):
        return False
    if not _QUANTITY_WORDS.isdisjoint(slots.low[first:j]):
        return False  # "returned more than 5,000 Albanians", "moved dozens of women"
    return not any(_capitalized_inside(text, slots, k) for k in range(first, j))


def _movement_noun_before(slots: _Slots, lo: int, trigger: int) -> bool:
    """Whether a trafficking or flow noun is the subject of a verb of going ("flows ... go from X to Y")."""
    for k in range(lo, trigger):
        cue = slots.cue[k]
        if cue is not None and cue.lemma in _TRAFFICKING and _nominal(slots, k):
            return all(slots.cue[j] is None and not slots.stop[j] for j in range(k + 1, trigger))
    return False


def _for_work_between(slots: _Slots, trigger: int, place: int) -> bool:
    """Whether "for" and the work people are moved for stand between a movement noun and a place.

    "the recruitment of Nepali workers for the construction sector in Qatar",
    "the trafficking of women for sexual exploitation in Europe": where the
    work is, is where they are taken. No other movement word (but the purpose
    itself) and no clause stands between.
    """
    words = range(trigger + 1, place)
    if not any(slots.low[k] == "for" for k in words):
        return False
    return all(
        (slots.cue[k] is None or _purpose_noun(slots, k, trigger + 1)) and not slots.stop[k] and slots.kind[k] != "p" for k in words
    )


def _nominal(slots: _Slots, trigger: int) -> bool:
    """Whether a trigger is a noun ("trafficking in persons", "the sale of", "routes to"), not a verb."""
    cue = slots.cue[trigger]
    if cue.pos == "NOUN" or cue.lemma == "TIP":
        return True
    word = slots.low[trigger]
    if word.endswith("ed"):
        # "a shelter for returned trafficked children", "the case of smuggled Burmese migrants": an adjective.
        before = slots.low[trigger - 1] if trigger > 0 else ""
        after = trigger + 1 < len(slots.kind) and (slots.kind[trigger + 1] == "n" or bool(slots.who[trigger + 1]))
        return after and (before in _DETERMINERS or before in _PURPOSE_PREPOSITIONS or (trigger > 0 and slots.cue[trigger - 1] is not None))
    if not word.endswith("ing"):
        return False
    k = trigger + 1
    if k < len(slots.kind) and (slots.low[k] in _OBJECT_PRONOUNS or slots.kind[k] == "p"):
        return False  # "luring her into prostitution", "transiting Thailand"
    if trigger > 0 and slots.low[trigger - 1] in ("been", "was", "were") and not (k < len(slots.kind) and slots.who[k]):
        return False  # "a boy who had been begging in Pattaya": a verb in the progressive
    while k < len(slots.kind) and slots.low[k] in _DETERMINERS:
        k += 1
    # "trafficking 126 women", "trafficking the girls", "before reaching the Netherlands": a verb with its object.
    return not (k < len(slots.kind) and (slots.kind[k] in ("n", "p") or slots.low[k][:1].isdigit() or bool(slots.who[k])))


class _Reader:
    """Reads one document's cue sentences into route statements."""

    def __init__(self, text: str, register: Register, document: _Document | None = None, bodies=None):
        self.text = text
        self.register = register
        self.document = document
        self.bodies = sorted(bodies or [])
        self.statements: list[_Statement] = []
        #: Returns whose people's home no sentence has said yet.
        self.homeless: list[_Statement] = []
        #: Countries of the way home of returns in ``homeless`` that do not say where they came back from.
        self._ways_home: dict[int, set] = {}
        #: Where the one telling says they are from ("our home in Sindhupalchok"), for "I" and "me" after.
        self.narrator_homes: list[tuple[str, str]] = []
        #: Per people phrase of the clause being read, the statements of its frames (reset by each clause).
        self._theme_statements: dict[int, list] = {}
        #: The countries people were found or exploited in, abroad from their homes, so far: where an arrival at
        #: home comes back from.
        self._been_abroad: set[str] = set()

    def finish(self) -> None:
        """Returns still without a home, or without where they came back from, when the document ends
        take its one other country (or, among several, the country the text stands in).

        "Officials told the Ambassador that 45 women had returned from Cambodia", in a text whose
        every other place lies in Vietnam: they came home to Vietnam (``origin_inferred``). (A
        trafficking statement keeps waiting: "Blue Dragon, based in Hanoi, rescues girls trafficked
        to China" does not say where the girls are from.)
        """
        if not self.homeless:
            return
        places = self.register.places
        countries = {places[i].country_code for i in range(len(places))} - {""}
        for statement in self.homeless:
            if not statement.targets and statement.origins:
                homes = {country for _, country in statement.origins}
                went = {t.country_code for s in self.statements if s.direction == "trafficking" and s.start < statement.start
                        and homes & {country for _, country in s.origins} for t in s.targets}
                went -= homes | self._ways_home.get(id(statement), set()) | {""}
                if len(went) == 1:
                    # "Brian, from Kisumu, was taken to Myawaddy ... 42 Kenyans were repatriated to Nairobi through
                    # Bangkok": from the one country the text told people of their country were taken to (past the
                    # way home)
                    (away,) = went
                    statement.targets = [Referent(away, "country", away, 0, 0)]
                    self.statements.append(statement)
                    continue
                # "800 Albanians had been returned to Tirana", in a text on the UK: from its one other country.
                others = countries - {country for _, country in statement.origins}
                subject = self.register.subject
                if len(others) > 1 and subject is not None and subject.code in others:
                    # "Police rescued 32 boys ... 28 were returned to Mozambique", in a story datelined in
                    # Johannesburg that names other countries too: from where the text stands.
                    others = {subject.code}
                if len(others) == 1:
                    (away,) = others
                    statement.targets = [Referent(away, "country", away, 0, 0)]
                    self.statements.append(statement)
                continue
            if statement.origins:
                continue  # told later ("Most had been recruited in Osh")
            others = countries - {t.country_code for t in statement.targets}
            if len(others) == 1:
                (home,) = others
                statement.origins, statement.inferred = [(home, home)], True
                self.statements.append(statement)

    # -- one sentence ----------------------------------------------------------------

    def read(self, slots: _Slots, start: int, end: int, paragraph: int) -> None:
        """Read the frames of one sentence (or list item) ``text[start:end]``."""
        self.paragraph = paragraph
        self.unit = (start, end)
        self.quote = " ".join(self.text[start:end].split())
        self._signal: bool | None = None
        self._identified = False
        self.unit_goals: list[Referent] = []
        self.returns: list = []
        self._terms: dict = {}
        first = self._unit_first = len(self.statements)
        for lo, hi in _clauses(slots):
            self._clause(slots, lo, hi)
        for frame in self.returns:
            self._finish_return(*frame)
        # "lured to China and sold as brides in Guangxi": the sentence's most specific destinations.
        # (Only among the statements of the same people: "Most were returned to Kolda; 110 boys from
        # Guinea-Bissau were repatriated" keeps the repatriation from Senegal.)
        made = self.statements[first:]
        for statement in made:
            origins = set(statement.origins)
            inner = {t.country for s in made if s.direction == statement.direction and origins & set(s.origins)
                     for t in s.targets if t.kind != "country"}
            statement.targets = [t for t in statement.targets if not (t.kind == "country" and t.code in inner)]

    def _clause(self, slots: _Slots, lo: int, hi: int) -> None:
        self._theme_statements = {}
        told = _narrator_home(slots, lo, hi)
        if told:
            self.narrator_homes = told
        cues = [j for j in range(lo, hi) if slots.cue[j] is not None and slots.cue[j].lexicon == "movement"]
        places = [j for j in range(lo, hi) if slots.kind[j] == "p"]
        status = self._status(slots, lo, hi, places)
        if not cues and status is None:
            self._told_homes(slots, lo, hi)
            return  # a clause of the sentence that moves no one
        people = _people(slots, lo, hi)
        inside = {j for phrase in people for j in range(phrase.lo, phrase.hi)}
        triggers = []
        for j in cues:
            cue = slots.cue[j]
            if (j in inside or slots.low[j + 1 : j + 2] and slots.low[j + 1] in _VICTIM_STATES) and slots.low[j].endswith("ing"):
                continue  # "Burmese trafficking victims", "a shelter for trafficking victims": a modifier
            if cue.role in ("rescue", "intercept") and j + 1 < hi and slots.low[j + 1] in _SERVICE_NOUNS:
                continue  # "two rescue centres in Kilifi", "a rescue operation": a service, not where victims were found
            if cue.role == "provenance" and not _home_follows(slots, j, hi):
                continue
            if cue.lemma in _TAKING_IN and not any(not p.agent and not p.anaphor and j < p.lo <= j + 4 and all(
                    slots.low[k] in _DETERMINERS or slots.low[k][:1].isdigit() for k in range(j + 1, p.lo)) for p in people):
                # "Returnees received reintegration support in Dhaka", "received reports that girls ...": what they
                # got, not people taken in
                continue
            if slots.low[j] in _PURPOSE_GERUNDS and _nominal(slots, j):
                continue  # "exploited in street begging in Beirut": the purpose, not a frame of its own
            if j + 1 < hi and slots.low[j + 1] in _ATTRIBUTIVE_HEADS and not slots.low[j].endswith("ed"):
                continue  # "deducted accommodation and transport costs", "recruitment fees": a word of a thing
            if cue.pos == "VERB" and slots.low[j].endswith("s") and j > lo and (slots.kind[j - 1] == "n" or slots.low[j - 1] in _NOUN_OPENERS):
                continue  # "arrested by Egyptian forces", "the security forces": a noun
            if slots.low[j].endswith("ing") and j - 1 > lo and slots.kind[j - 1] == "p" and slots.low[j - 2] in ("the", "a"):
                continue  # "driven from the Medyka crossing to Krakow": the crossing point's name, no frame of its own
            if "along" in slots.low[max(lo, j - 3) : j] and _nominal(slots, j):
                continue  # "exploited in Lusaka and along the truck routes to the Chirundu border post": where, no frame
            if j > lo and slots.low[j - 1] in _RELOCATING and _nominal(slots, j):
                continue  # "Brokers have shifted recruitment from Nairobi to Busia": the activity moved, no people
            if slots.low[j] in _RELOCATING and j + 1 < hi and slots.cue[j + 1] is not None and _nominal(slots, j + 1):
                continue  # "moved recruitment to smaller towns"
            if cue.lemma in _TRAFFICKING and j > lo and slots.low[j - 1] in _GOODS:
                continue  # "drug trafficking", "wildlife smuggling": goods, no people
            if cue.lemma in _TRAFFICKING and j + 1 < hi and slots.who[j + 1] == "agent" and _nominal(slots, j):
                continue  # "trafficking syndicates", "smuggling networks": a word of who acts
            if cue.pos == "VERB" and j > lo and slots.low[j - 1] in ("by", "on") and slots.low[j] == cue.lemma:
                continue  # "taken by bus to Kathmandu", "on ferry": the means, a noun, not a verb of its own
            if cue.lemma != "TIP" and _capitalized_inside(self.text, slots, j):
                continue  # "the Counter Trafficking-in-Persons program in Dhaka": a word of a name
            if cue.lemma in _MANNER_CUES and any(slots.cue[t].role == "exploit" for t in triggers):
                continue  # "forced to dance in bars in Nairobi without pay": how the exploiting went, no frame of its own
            if _said_of_agent(slots, j, lo, hi):
                continue  # "workers posted by subcontractors registered in Portugal": where the firm is, no one moved
            # (The last of a list of purposes after a verb of exploiting or moving is one too: "exploited in domestic
            # servitude and sex trafficking in Lebanon"; after another verb it keeps the places after it: "transiting
            # Guatemala ... vulnerable to sex trafficking and forced labor, including in Tecun Uman".)
            listed = bool(triggers) and slots.cue[triggers[-1]].role in ("", "exploit") and not _nominal(slots, triggers[-1])
            if triggers and (_nominal(slots, j) or slots.low[j].endswith("ed")) and _purpose_noun(slots, j, lo, listed):
                continue  # "trafficked ... for sexual exploitation", "subjected to forced labor"
            triggers.append(j)
        # "Inspectors found that 38 workers from Vanuatu had ... their passports held by a contractor in Hastings": a
        # finding, no one found; the verbs of its clause tell the places (the finding alone still moves no one: see
        # _roles)
        triggers = [t for t in triggers if not (_finding(slots, t, hi) and any(u > t for u in triggers))]
        if not triggers and status is None:
            self._told_homes(slots, lo, hi)
            return
        self._identified = any(slots.cue[t].role == "identify" for t in triggers)
        if any(slots.cue[t].role == "recruit" or (slots.cue[t].role in ("", "carry") and t + 1 < hi and slots.low[t + 1] in _OBJECT_PRONOUNS
                                                    and any(u > t and slots.cue[u].role == "voluntary" for u in triggers)) for t in triggers):
            # "recruited the girls in Honduras and arranged their travel to Houston": the
            # recruits' own travel is part of the scheme that recruited them; so is where those taken went on to ("He
            # took me and six other men across the border at Poipet, and then we went by van to Samut Sakhon")
            self._signal = True
        groups = [[places[k] for k in group] for group in coordinated_groups(self.text, [(slots.start[j], slots.end[j]) for j in places])]
        groups = [_without_qualifier(self.text, slots, group) for group in groups]
        kept: list = []
        for group in groups:
            # (a dropped qualifier leaves its place the one the next may qualify: "the Sinjar district of Iraq's
            # Nineveh governorate" is Sinjar)
            if not (kept and _qualifies(self.text, slots, kept[-1], group)):
                kept.append(group)
        groups = kept
        readings = {group[0]: _govern(slots, group[0], lo, group[-1]) for group in groups}
        owned: dict[int, list] = {t: [] for t in triggers}
        for group in groups:
            if status is not None and group[0] == status[0]:
                continue
            before = [t for t in triggers if t < group[0]]
            later = _subject_home_of(slots, group, people, triggers, hi)
            if later is not None:
                owned[later].append(group)  # "... and 22 young men from Uganda trafficked to Tanzania"
            elif before:
                owned[before[-1]].append(group)
            elif triggers:
                owned[triggers[0]].append(group)
        if status is not None:
            self._status_frame(slots, lo, hi, status, people, groups, readings)
        frames = [(t, self._roles(slots, t, owned[t], readings, people, lo)) for t in triggers]
        frames = [(t, found) for t, found in frames if found is not None]
        frames = _crossed_on(slots, frames)
        # Places that set the scene of the clause ("In the south,", "Within the country,") belong to all its frames.
        shared = {role: [r for _, (_, _, _, roles) in frames for r in roles.get(role, [])] for role in ("frame", "within", "speaker")}
        ends = [(u, theme, bool(roles.get("goal") or roles.get("chain") or roles.get("held"))) for u, (_, theme, _, roles) in frames]
        # "Girls from Nghe An are lured to China and sold ...": verbs sharing a subject share where it comes from.
        # ("Victims were found in Poland after being recruited in Ukraine": the frame that says it need not be first.)
        # A later verb's start inside an earlier verb's end is a next leg ("taken overland to Bangladesh and
        # flown from Dhaka"): no start of the earlier move, nor a return to where the people were before.
        legs = _later_legs(frames)
        # The first legs of a journey the clause goes on with are told by its last leg ("travelled by air to
        # Moscow, overland to France, and were hidden in lorries from Calais to Kent": their ends are its path).
        # (Not where a share of the people goes on from: "Many are exploited in bars in Quito, Guayaquil and Machala,
        # and some are taken on to Peru": the others stay there.)
        told = dict(frames)
        continued = {u for t, earlier in legs.items() if _ends(told[t][3]) or told[t][3].get("crossing") for u in earlier
                     if not _some_others(slots, told[u][1], told[t][1])}
        subject_trigger, subject_frame = next(((t, found) for t, found in frames if t not in legs and (found[3].get("source") or found[3].get("theme-home"))),
                                              (None, frames[0][1] if frames else None))
        subject_roles = subject_frame[3] if subject_frame else {}
        subject_theme = subject_frame[1] if subject_frame else None
        # "Uzbekistan's Interior Ministry identified 412 victims, of whom 244 had been exploited in Russia":
        # a country's authorities identifying victims exploited abroad speak of their own nationals.
        identifiers = {t: roles.get("agent", []) + self._agent_countries(slots, lo, t) for t, (_, theme, _, roles) in frames
                       if slots.cue[t].role == "identify" and theme is not None and not theme.homes}
        for trigger, (kind, theme, _, roles) in frames:
            # (the ends of a leg this frame goes on from are not ends beside its own)
            moving = any(ended for u, other, ended in ends if not _some_others(slots, theme, other) and u not in legs.get(trigger, ()))
            # Who the phrase says they are picks them out ("children ... Women travel with them ... the children are
            # sent on"); a plain plural stands only for the people just before, if they are the same ("women from
            # Uzbekistan ... Within the country, children are exploited" are other people).
            said = frozenset(_victim_terms(tuple(slots.low[theme.lo : theme.hi]))) if theme is not None else frozenset()
            antecedent = self.register.people(self.paragraph, slots.start[theme.lo], _reach(slots, theme), said) if theme is not None and (
                theme.anaphor or (theme.bare and theme.governed not in _GENERIC_GOVERNORS)) else None
            if antecedent is not None and not theme.anaphor and (
                self.register.people(self.paragraph, slots.start[theme.lo], _reach(slots, theme)) is not antecedent
                or any(slots.who[k] == "victim" and not is_dictionary_word(slots.low[k]) for k in range(theme.lo, theme.hi))
            ):
                antecedent = None  # (a people named by its own name, "Rohingya refugees", is a group of its own)
            if antecedent is not None and theme.anaphor and slots.low[theme.lo] in ("they", "them") and theme.hi - theme.lo == 1 \
                    and any(not p.anaphor and not p.agent and not p.bare and p.hi <= theme.lo and antecedent.paragraph < self.paragraph for p in people):
                # "2,700 Yazidi women remain missing years after they were abducted from Sinjar": "they" are the
                # people the clause just named, not people of a paragraph before (but "Survivors said they were
                # later shipped to Italy": a plain plural, the women told of before)
                antecedent = None
            if theme is not None and antecedent is None and slots.low[theme.lo] in ("them", "they") and theme.hi - theme.lo == 1 \
                    and slots.cue[trigger].lemma not in ("traffic", "traffick", "trafficking", "TIP") \
                    and not any(not p.anaphor or (p.lo < theme.lo and not p.agent and "victim" in slots.who[p.lo : p.hi]) for p in people):
                # "syndicates collect pangolin scales ... and move them by road to Lagos, from where they are smuggled
                # to Asia": a pronoun with no people to stand for, in a clause that names none, is things moved (but
                # "Most of the workers came from Bangladesh: they had been recruited in Dhaka" names them first)
                continue
            if kind == "voluntary" and _buyers_going(slots, theme, people):
                continue  # "marriages between girls and wealthy men who travel to Egypt from Kuwait": the buyers' trip
            roles = {**roles, **{role: found for role, found in shared.items() if found}}
            # A transit said with another verb ("transiting Thailand en route to Indonesia",
            # "recruited for jobs in Qatar, often transiting New Delhi") is the path of the clause's
            # movements, but no path of a movement that ends there.
            own = {r.code for role in ("goal", "chain") for r in roles.get(role, [])}
            # (Not a path a later verb tells with ends of its own after this verb's: "trafficked to India, particularly
            # to Mumbai, where they are exploited in brothels, and increasingly to the Gulf states via New Delhi".)
            last_own = max((r.end for role in ("goal", "chain") for r in roles.get(role, [])), default=None)
            # (Nor the way home of a return beside it: "they took us off and later we were sent home through Jakarta".)
            paths = [r for t, (other_kind, _, _, other) in frames if t != trigger and (other_kind == "return") == (kind == "return")
                     for r in other.get("path", []) + other.get("crossing", [])
                     if r.code not in own and not (last_own is not None and t > trigger and other.get("goal")
                                                   and last_own < slots.start[t] < r.start)]
            if paths:
                roles["path"] = roles.get("path", []) + paths
            # (Not people of another home: "500,000 people crossed from Colombia ..., along with Chinese
            # nationals who had flown to Ecuador".)
            others = theme is not None and theme.homes and subject_theme is not None and subject_theme.lo != theme.lo
            if trigger in continued:
                continue
            if trigger in legs:
                told = dict(frames)
                roles["leg"] = roles.get("source") or [r for u in legs[trigger] for r in _ends(told[u][3])]
                if _ends(roles) or roles.get("crossing"):
                    earlier = [r for u in legs[trigger] for r in told[u][3].get("path", []) + _ends(told[u][3])]
                    roles["path"] = earlier + roles.get("path", []) + roles.get("source", [])
                    roles["source"] = []
            if not (roles.get("source") or roles.get("theme-home")) and not others:
                shared_roles = {role: subject_roles[role] for role in ("source", "theme-home") if subject_roles.get(role)}
                told = [r for r in shared_roles.get("source", []) if r.start < slots.start[subject_trigger]]
                if told and len(told) < len(shared_roles["source"]):
                    # "young people from Amhara who had crossed into Yemen from Djibouti and walked to the Saudi
                    # border": the home told with the people is theirs; the place the first verb left from, its own
                    shared_roles["source"] = told
                if kind == "rescue" and subject_trigger is not None and slots.cue[subject_trigger].role == "provenance":
                    # "Victims identified in Poland originated from Ukraine": where those found come from is their home
                    shared_roles = {"theme-home": shared_roles.get("source", []) + shared_roles.get("theme-home", [])}
                roles.update(shared_roles)
            elif roles.get("source") and subject_roles.get("source") and not others and roles["source"] is not subject_roles["source"] \
                    and not (theme is not None and subject_theme is not None and theme.lo != subject_theme.lo and not theme.anaphor):
                # "they had been recruited in Benin City and ... reached Istanbul by plane from Tripoli": where the
                # shared subject's journey began, for a start at home (see _move)
                roles["began"] = subject_roles["source"]
            if kind in ("exploit", "move") and theme is not None and not theme.homes and roles.get("goal"):
                found = [r for t, (_, other, _, _) in frames if t in identifiers and other.lo == theme.lo for r in identifiers[t]
                         if r.kind == "country" and r.code not in {g.country_code for g in roles["goal"]}]
                if found:
                    roles["identifier"] = found[:1]
            promised_to = [other for t, (_, other, _, _) in frames if t < trigger]
            same_people = theme is not None and (theme.anaphor or any(o is not None and o.lo == theme.lo for o in promised_to))
            if kind == "exploit" and not moving and not roles.get("goal") and same_people \
                    and "then" in slots.low[max(lo, trigger - 3) : trigger]:
                # "recruit women from Mindanao with false job offers in Manila, then exploit them": the
                # places of the promise, kept from the move, are where they end up
                promised = [r for t, (_, _, _, other) in frames if t < trigger for r in other.get("none", [])]
                if promised:
                    roles["goal"] = promised
            if kind == "provenance":
                self._provenance(roles, theme, antecedent, slots.end[hi - 1], alone=True)
            elif kind == "return" or "home" in roles:
                self.returns.append((slots, lo, hi, trigger, roles, theme, antecedent))
            else:
                self._move(slots, lo, hi, trigger, kind, roles, theme, antecedent, moving, people)

    def _told_homes(self, slots: _Slots, lo: int, hi: int) -> None:
        """People and the home told of them, in a clause that moves no one.

        "The women, mostly from Sindhuli and Dolakha districts, had been
        promised jobs": the clauses after may point back at them ("The agents
        flew them to Colombo"), and a statement about them still waiting for
        an origin starts there. People named with their nationality ("40 North
        Korean women") may be pointed back at too.
        """
        at, home = _their_home(slots, lo, hi)
        if home:
            # "She was 19 when a neighbour from her village near Cahul offered her a job ... She flew to Istanbul"
            self.register.note(People(slots.start[at], self.paragraph, home, [], [self.quote]))
        apposed = "from" in slots.low[lo:hi] and "p" in slots.kind[lo:hi]
        if not apposed and "n" not in slots.kind[lo:hi]:
            return
        for phrase in _people(slots, lo, hi):
            if phrase.agent:
                continue
            if phrase.homes and not phrase.anaphor:
                # "Researchers interviewed 40 North Korean women ... Brokers sold them to farmers in Jilin"
                # (and where they stay, if the clause says: "600,000 Kyrgyz citizens work in Russia ... a growing
                # number are victims of forced labour" were exploited there)
                # (as narrowly as told: "38 Honduran women from San Pedro Sula and Choloma told monitors that ...")
                told = [(slots.ref[k].code, slots.ref[k].country_code) for k in range(phrase.hi + 1, _past_homes(slots, phrase.hi, hi))
                        if slots.kind[k] == "p"]
                homes = told if told and _narrower(told, list(phrase.homes)) else list(phrase.homes)
                self.register.note(People(slots.start[phrase.lo], self.paragraph, homes,
                                          terms_in(" ".join(slots.low[phrase.lo : phrase.hi]), "victims"), [self.quote],
                                          went=_stays_in(slots, phrase.hi, hi) or _work_paid_for(slots, phrase.hi, hi)))
            elif not phrase.homes:
                nationality = _predicate_nationality(slots, phrase.hi, hi)
                if nationality is not None:
                    # "Most of the women who came to us this week are Nigerian."
                    self.register.note(People(slots.start[phrase.lo], self.paragraph, [(nationality, nationality)],
                                              terms_in(" ".join(slots.low[phrase.lo : phrase.hi]), "victims"), [self.quote]))
            # "Most were boys aged four to ten from Rahim Yar Khan district ..., from Bangladesh, and from Sudan":
            # people said to be from somewhere in the predicate, each "from" another home (or right after them:
            # "Young men from Sylhet, Madaripur and Shariatpur pay brokers ...")
            before = phrase.lo - 1 - (phrase.lo - 1 > lo and slots.low[phrase.lo - 1].endswith("ly"))  # "were mostly women"
            # (not people a preposition governs: "arrange marriages with men from the Gulf")
            predicate = apposed and not phrase.homes and not phrase.anaphor and not phrase.agent and (
                (before >= lo and slots.low[before] in _COPULAS)
                or (phrase.hi < hi and slots.low[phrase.hi] == "from" and phrase.governed not in _NOT_THEME_AFTER))
            if not predicate and (not apposed or phrase.hi >= hi or slots.low[phrase.hi] != ","):
                continue
            # (a few words of the apposition may come first: "aged 19 to 34 and mostly from")
            first = phrase.hi + (0 if predicate else 1)
            if first + 1 < hi and slots.low[first].isdigit() and slots.low[first + 1] == ",":
                first += 2  # "Marek, 34, from a Roma settlement near Kosice": past the age told first
            j = next((k for k in range(first, min(hi, phrase.hi + _APPOSED_REACH))
                      if slots.low[k] in (",", "from") or slots.kind[k] != "w"), hi)
            if j >= hi or slots.low[j] != "from":
                continue
            homes, k, holding = [], j + 1, False
            if k < hi and slots.low[k] in ("a", "an"):
                # "from a Roma settlement near Kosice", "from a small town in Moldova": a place of theirs near or in one
                near = next((m for m in range(k + 1, min(hi - 1, k + 5)) if slots.low[m] in ("near", "in", "outside", "of")), hi)
                if near < hi - 1 and slots.kind[near + 1] == "p" and all(
                        slots.kind[m] == "n" or (slots.kind[m] == "w" and slots.cue[m] is None and not slots.stop[m])
                        for m in range(k + 1, near)):  # (a people word there only modifies the place: "a Roma settlement")
                    k = near + 1
            hedges = glue_words("hedge")
            while k < hi and (slots.kind[k] == "p" or (homes and (slots.low[k] in (",", "and", "or") or slots.low[k] in hedges))
                              or (predicate and homes and _home_goes_on(slots, k, hi))):
                # (places "in" the home before hold it: "Rahim Yar Khan district in Pakistan's Punjab province")
                holding = predicate and slots.kind[k] == "p" and (slots.low[k - 1] == "in" or (holding and slots.kind[k - 1] == "p"))
                if slots.kind[k] == "p" and not holding:
                    homes.append(slots.ref[k])
                k += 1
            if not homes:
                continue
            if any(r.kind == "region" for r in homes) and any(r.kind != "region" for r in homes):
                homes = [r for r in homes if r.kind != "region"]  # "from South Asia, particularly India, Bangladesh ..."
            said = frozenset(_victim_terms(tuple(slots.low[phrase.lo : phrase.hi])))
            antecedent = self.register.people(self.paragraph, slots.start[phrase.lo], _reach(slots, phrase), said) if phrase.anaphor else None
            # (and where they stay: "migrant workers from India ..., who work in construction in Manama")
            k += k + 1 < hi and slots.low[k] == "," and slots.low[k + 1] in ("who", "that")
            stays = _stays_in(slots, k + (slots.low[k] in ("who", "that")), hi) if k < hi else []
            stays = stays or _work_paid_for(slots, k, hi)
            self._provenance({"source": homes}, phrase, antecedent, slots.end[hi - 1], went=stays)

    # -- status statements -------------------------------------------------------

    def _status(self, slots: _Slots, lo: int, hi: int, places: list) -> tuple[int, set] | None:
        """ "X is a source, transit and destination country": (X's slot, roles), and the register learns it."""
        if not places or any(slots.kind[j] == "w" and not _LIST_MARK.fullmatch(slots.low[j]) and slots.low[j] != "the" for j in range(lo, places[0])):
            return None  # the country must open its clause ("A. Nepal is ...", "The UAE is ...")
        first = places[0]
        if slots.ref[first].kind != "country":
            return None
        j = first + 1
        if j >= hi or "copula" not in slots.tags[j]:
            return None
        roles: set[str] = set()
        status = _tables().status
        for k in range(j + 1, hi):
            word = slots.low[k]
            if word in status:
                roles.add(status[word])
            if word in ("country", "countries", "nation", "point", "hub") and roles:
                if k + 2 < hi and slots.low[k + 1] == "of" and slots.low[k + 2] in status:
                    roles.add(status[slots.low[k + 2]])
                break
            if word in ("for", "with") or slots.kind[k] == "p":
                if word in ("for", "with") and k > j + 1 and slots.low[k - 1] in ("country", "countries"):
                    break
                if not roles:
                    return None
                break
        else:
            if not roles:
                return None
        if not roles:
            return None
        self.register.state(slots.ref[first].code, roles, self.quote)
        return first, roles

    def _status_frame(self, slots, lo, hi, status, people, groups, readings) -> None:
        """Routes a status statement gives: "X is a destination country for women from Y"."""
        index, roles = status
        subject = slots.ref[index]
        theme = next((p for p in people if p.lo > index and not p.agent), None)
        sources = [slots.ref[j] for group in groups if group[0] != index and readings[group[0]].prep == "source" for j in group]
        homes = [(r.code, r.country_code) for r in sources] or (theme.homes if theme else [])
        purposes = self._terms_in(slots.start[lo], slots.end[hi - 1], "purposes")
        victims = self._victims(slots, theme, lo, hi)
        if "destination" in roles and homes:
            self._emit(homes, [subject], [], purposes, victims, None, "trafficking", [self.quote], False)
        if "source" in roles:
            # "both in Burma and abroad": the subject named again as where people are exploited
            internal = [
                slots.ref[j] for group in groups if group[0] != index and slots.ref[group[0]].code == subject.code
                and readings[group[0]].prep == "loc" for j in group
            ]
            if internal:
                self._emit([(subject.code, subject.code)], internal[:1], [], purposes, victims, None, "trafficking", [self.quote], False)

    # -- one frame -------------------------------------------------------------------

    @staticmethod
    def _object_after(slots: _Slots, trigger: int, people: list) -> bool:
        """Whether people stand right after a verb trigger, as its object ("recruited the girls")."""
        if slots.cue[trigger].pos == "NOUN":
            return False
        return any(
            not phrase.agent and phrase.lo > trigger and set(slots.low[trigger + 1 : phrase.lo]) <= _DETERMINERS
            for phrase in people
        )

    def _theme(self, slots: _Slots, trigger: int, groups: list, people: list, lo: int) -> _Phrase | None:
        """The people a trigger moves: its object, else its subject, else people after it.

        People given as examples of people just named stand for them ("Haitian migrants,
        including children, are forced to work").
        """
        found = self._nearest_theme(slots, trigger, groups, people, lo)
        if found is not None and not found.agent and not found.homes and found.lo > lo and slots.low[found.lo - 1] in _COPULAS:
            # "a growing number are victims of forced labour": the subject the predicate is said of (but "nine of the
            # victims were Romanian women who had been brought ...": the predicate with a home of its own)
            subject = [p for p in people if p.hi == found.lo - 1 and not p.agent and (p.homes or p.anaphor)]
            if subject:
                found = subject[-1]
        if found is not None and not found.agent:
            found = _with_coordinated(slots, found, people)
        if found is not None and found.governed in _EXAMPLE_WORDS:
            head = [p for p in people if p.hi <= found.lo and not p.agent and set(slots.low[p.hi : found.lo]) <= {",", "(", *_EXAMPLE_WORDS}]
            if head:
                return head[-1]
        return found

    def _nearest_theme(self, slots: _Slots, trigger: int, groups: list, people: list, lo: int) -> _Phrase | None:
        """:meth:`_theme` before examples are read."""
        for phrase in people:
            # "identified as Lao citizens who had been trafficked to Malaysia": a relative clause's people
            between = slots.low[phrase.hi : trigger]
            if not phrase.agent and between and between[0] in ("who", "that") and set(between[1:]) <= _RELATIVE_AUXILIARIES:
                return phrase
            # (past the participle that says where they were taken from: "protect seasonal workers recruited from
            # Vanuatu and Samoa who were found working on orchards in Hawke's Bay")
            relative = next((k for k in range(len(between) - 1, 0, -1) if between[k] in ("who", "that")), None)
            if not phrase.agent and relative is not None and set(between[relative + 1 :]) <= _RELATIVE_AUXILIARIES \
                    and slots.cue[phrase.hi] is not None and between[0].endswith("ed") and all(
                        slots.kind[k] == "p" or slots.low[k] in _PARTICIPLE_PHRASE for k in range(phrase.hi + 1, phrase.hi + relative)):
                return phrase
        if _comma_participle(slots, lo, trigger):
            # ", often brought by relatives": the people of the clause it is set off from
            subjects = [p for p in people if not p.agent and p.hi <= trigger and p.governed not in _NOT_THEME_AFTER
                        and p.governed not in _PLACE_PREPOSITIONS and not p.anaphor]
            if subjects:
                return subjects[-1]
        participle = slots.low[trigger].endswith("ed") and not (trigger > lo and (slots.stop[trigger - 1] or slots.low[trigger - 1] in _AUXILIARIES))
        for phrase in reversed(people):
            if phrase.hi > trigger or phrase.agent or phrase.governed == "as" or (
                    phrase.governed in ("with", "among") and "and" in slots.low[trigger - 1 : trigger + 1]):
                # ("he was housed with eleven other men and made to work": company, not the people of a verb after
                # "and"; but "with girls from Odisha exploited in ...": the participle's own)
                continue
            # "victims repatriated from ...", "victims of trafficking repatriated from ...": the participle says it of them.
            between = range(phrase.hi, trigger)
            if trigger > phrase.hi and slots.low[trigger - 1] in _PASSIVE_AUXILIARIES and set(slots.low[phrase.hi : trigger]) <= _RELATIVE_AUXILIARIES \
                    and all(p.anaphor for p in people if p.lo > trigger):
                # "Children are exploited in begging, and some are exploited in farming": the passive's subject, not
                # the people pointing back after it (people after it as examples of it stay: "including Bolivians")
                return phrase
            if self._object_after(slots, trigger, people):
                break  # "he recruited the girls": the people before an active verb with an object are its subject
            if phrase.hi == trigger or participle and all(
                (slots.kind[j] == "w" and not slots.stop[j] and (slots.cue[j] is None or _nominal(slots, j)))
                or (slots.kind[j] == "p" and "from" in slots.low[phrase.hi : j])  # "with girls from rural Odisha exploited in"
                for j in between
            ):
                return phrase
            break
        candidates = [p for p in people if not p.agent and p.governed not in _NOT_THEME_AFTER]
        after_groups = [g[0] for g in groups if g[0] > trigger]
        limit = min(after_groups) if after_groups else len(slots.kind)
        for phrase in candidates:
            if trigger < phrase.lo < limit and not _opens_clause(slots, phrase):
                return phrase
        before = [p for p in candidates if p.hi <= trigger]
        while len(before) > 1 and slots.low[before[-2].hi] in ("who", "that") \
                and not {",", ";", "and"}.intersection(slots.low[before[-2].hi : before[-1].lo]):
            # "women who married South Korean men have been exploited": the men are the relative clause's object
            before.pop()
        if before:
            return before[-1]
        return next((p for p in candidates if p.lo > trigger), None)

    def _roles(self, slots: _Slots, trigger: int, groups: list, readings: dict, people: list, lo: int):
        """A frame's theme, the people it points back at, and its places by role (None: no frame)."""
        cue = slots.cue[trigger]
        kind = cue.role or "move"
        recruiting, identifying, arriving = kind == "recruit", kind == "identify", kind == "arrive"
        intercepting = kind == "intercept"
        if arriving:
            kind = "voluntary"
        if kind == "bring":
            kind = "move"  # read as a move; _move gives it the subject country as goal when it names none
        if kind == "carry":
            k, perfect = trigger - 1, False
            while k > lo and (slots.low[k] in _AUXILIARIES or slots.low[k] in ("then", "later", "often", "usually") or slots.low[k].endswith("ly")):
                perfect = perfect or slots.low[k] in ("has", "have", "had")
                k -= 1  # "are then driven", "were reportedly flown", "had flown"
            passive = k >= lo and slots.low[k] in _BE_FORMS
            if not passive and k > lo and slots.low[k] in ("and", "or"):
                # "had been taken first to Koh Kong and later moved to Phnom Penh": the auxiliary of a verb before it
                passive = any(slots.cue[j] is not None and slots.low[j - 1] in _BE_FORMS for j in range(lo + 1, k))
            # A bare participle is passive ("recruited in Java and flown to Fiji", "women driven to the border");
            # after "had" it is the travellers' own going.
            participle = slots.low[trigger] in _PARTICIPLES and not perfect
            pronoun = trigger + 1 < len(slots.kind) and slots.low[trigger + 1] in _OBJECT_PRONOUNS  # "drove me to"
            moved = passive or participle or pronoun or _nominal(slots, trigger) or self._object_after(slots, trigger, people)
            kind = "move" if moved else "voluntary"
        if recruiting:
            kind = "move"
        if identifying or intercepting:
            kind = "rescue"  # found like a rescue, but "victims from X" after it is their home, not where they were
        # (over a causative: "threatened to have them deported")
        reach = 5 if trigger - 2 >= lo and slots.low[trigger - 2] in ("have", "get") and slots.low[trigger - 1] in _OBJECT_PRONOUNS else 3
        if kind == "return" and _hints()["hypothetical"].intersection(slots.low[max(lo, trigger - reach) : trigger]):
            return None  # "must be married with children to ensure they return": a condition, no return
        if kind == "return" and trigger > lo and slots.low[trigger - 1] in _VEHICLES:
            return None  # "worked for 11 months without landing before the boat returned to Songkhla": the boat's return
        if kind == "return" and (_pleaded(slots, lo, trigger) or _wished(slots, lo, trigger)):
            return None  # "urged Oman to repatriate them": a plea, no return
        if kind in ("voluntary", "enter", "arrive", "return") and _hints()["attempt"].intersection(slots.low[max(lo, trigger - 3) : trigger]):
            # "exploited in Bihac before attempting to cross into Croatia", "left the bar and tried to return to
            # Kyiv": a try, no end
            return None
        if _negated(slots, trigger, lo):
            return None  # "without reaching port", "were never taken to Thailand": no move happened
        if trigger - 2 >= lo and slots.low[trigger - 2] == "how" and slots.low[trigger - 1] == "to":
            return None  # "learned how to identify victims among migrant workers from Myanmar": a skill taught
        if cue.lemma == "marry" and not (trigger + 1 < len(slots.kind) and slots.low[trigger + 1] in ("to", "off", "into")):
            return None  # "must be married with children": a state; "married off to men in Henan" is the move
        if _finding(slots, trigger, len(slots.kind)):
            return None  # "our survey found that Nepali workers paid fees to agents in Kathmandu": a finding, no one found
        if trigger + 1 < len(slots.kind) and "modified" in slots.tags[trigger + 1] and _nominal(slots, trigger):
            return None  # "recruitment fees ... to agencies in Kathmandu": the noun only modifies another
        theme = self._theme(slots, trigger, groups, people, lo)
        if theme is not None and theme.lo == trigger + 2 and slots.low[trigger + 1] == "in" and _nominal(slots, trigger):
            theme = None  # "trafficking in persons": the crime's name, which moves no one in particular
        if theme is not None and theme.anaphor:
            theme = _speakers_for(slots, _share_named_before(slots, theme, people), people)
        if theme is not None and not theme.homes:
            theme = _share_of_people(slots, theme, people)
        if theme is not None and not theme.homes and not theme.anaphor:
            theme = _with_included(slots, theme)
        if _thing_object(self.text, slots, trigger, theme, lo):
            return None  # "returned an indictment charging ...", "brought charges": the verb moves no one
        if kind == "voluntary" and self._mover_is_agent(slots, people, trigger) and not (
            theme is not None and theme.lo > trigger and set(slots.low[trigger + 1 : theme.lo]) <= _DETERMINERS
        ):  # "traffickers move victims": the object is who goes
            return None  # "sex tourists travel from Europe to Kenya": the ones who go are no victims
        antecedent = None  # looked up when the frame is read, after the frames before it noted their people
        if theme is None and cue.lemma not in _TRAFFICKING and kind != "return":
            if not (kind == "voluntary" and _movement_noun_before(slots, lo, trigger)):
                return None
            # "Cross-border flows within the region mostly go from Nepal to India": the flow is what goes
            kind = "move"
        if theme is None and kind == "return" and not cue.pos and not any(p.hi <= trigger for p in people):
            return None  # "Proceeds were wired back to relatives in Tlaxcala": no one is brought back
        if theme is not None and theme.anaphor == "residents":
            theme = _Phrase(theme.lo, theme.hi, False, self._residents(slots, theme), None, theme.governed)
        homes = {country for _, country in theme.homes} if theme else set()
        nominal = _nominal(slots, trigger) and not arriving  # "on arrival in Dubai": where they got to
        roles: dict[str, list[Referent]] = {}
        previous, last_loc, crossed_on = "", None, []
        for group in sorted(groups):
            reading = readings[group[0]]
            place = slots.ref[group[0]]
            if slots.flag[group[0]] == "bound":
                role = "goal"
            elif slots.flag[group[0]] in ("compound", "based"):
                role = "none"
            elif reading.prep == "list":
                role = previous or "none"
            else:
                role = _role(reading, kind, group[0] > trigger, bool(homes) and place.country_code not in homes, nominal)
                if role == "agent" and self._speaks(slots, group[-1], trigger):
                    role = "speaker"
                elif role in ("theme-home", "source") and kind == "move" and reading.attach in ("people", "") \
                        and _abroad_of(slots, people, group[0], place):
                    role = "none"  # "Indonesian domestic workers in the KSA, most of them recruited in West Java": no home
                elif role == "theme-home" and kind == "rescue" and theme is not None and group[-1] < trigger < theme.lo:
                    role = "none"  # "the Office for Crimes against Migrants in Chiapas rescued nine girls": others' place
                elif role == "away" and kind == "rescue" and theme is not None and theme.hi == group[0] - 1 \
                        and group[-1] + 1 < len(slots.kind) and slots.low[group[-1] + 1] == "from":
                    role = "theme-home"  # "rescued nine girls from Honduras from bars in Tapachula": their home, then where
                elif role == "goal" and kind in ("move", "voluntary") and _own_home_before(slots, group[0], lo):
                    role = "home"  # "given transport to their provinces in Mindanao": taken home, a return
                elif role in ("none", "goal", "home") and reading.attach == "agent" and _kin_before(slots, group[0], lo):
                    # "repatriated from Riyadh and reunited with their families in Kakamega", "sent to a shelter home in
                    # Pune, and thereafter restored to her parents in West Bengal": home, where their own kin are
                    role = "home" if kind == "return" else "none"
                elif role == "source" and reading.attach == "agent" and group[0] < trigger and self._speaks(slots, group[-1], trigger):
                    role = "speaker"  # "We hear from a researcher in Tunis who says that women are brought to Tunisia"
                if role == "subject":
                    role = self._subject_role(slots, group[-1], trigger, kind) if group[0] < trigger else "none"
                if (recruiting or cue.lemma in _BEGINNING) and group[0] > trigger and reading.prep in ("loc", "of") \
                        and reading.word in ("in", "at", "of") and (
                    reading.attach == "agent" or _only_object_between(self.text, slots, trigger, group[0], theme, people)
                ):
                    role = "source"  # "recruited (girls) in Nepal", "recruited by agencies in Central Java": where it began
                    if reading.attach == "agent" and previous == "source" and slots.low[group[0] - 1] != "and":
                        # "recruited in Huehuetenango through agencies in Guatemala City": where they were recruited
                        # is told; the agencies' own place is no other start
                        role = "none"
                    elif _PROMISED_WORK_BEFORE.search(self.text, max(0, place.start - 120), place.start):
                        role = "none"  # "recruited with offers of jobs as customer service staff in Thailand": a promise
                    elif "as" in slots.low[trigger + 1 : group[0]] and "by" not in slots.low[trigger + 1 : group[0]] \
                            and homes and place.country_code not in homes:
                        # "Chinese women recruited for work as restaurant staff in Honiara": what they were to be,
                        # and where, abroad (the staff are no recruiters)
                        role = "goal"
                elif (recruiting or cue.lemma in _BEGINNING) and group[0] > trigger and role == "goal" and previous == "source" \
                        and reading.word in ("in", "at") and slots.low[group[0] - 2 - (slots.low[group[0] - 1] == "the")] in ("and", "or"):
                    role = "source"  # "recruited at the Medyka crossing and in Przemysl": both where it began
                elif (recruiting or cue.lemma in _BEGINNING) and group[0] > trigger and reading.prep in ("loc", "of") \
                        and reading.word in ("in", "at") and "by" in slots.low[trigger + 1 : group[0]] and role == "goal" \
                        and not _PROMISED_WORK_BEFORE.search(self.text, max(0, place.start - 120), place.start):
                    # "recruited by a 'madam' in Edo State", "deceived by crimps in Guangdong": where the recruiter is
                    # (not "lured by promises of work in India")
                    role = "source"
                elif cue.lemma in _HOLDING and group[0] > trigger and reading.prep == "loc" and reading.attach == "agent" \
                        and reading.word in ("in", "at") and role == "none" and "by" in slots.low[trigger + 1 : group[0]] \
                        and not any(slots.cue[k] is not None for k in range(trigger + 1, group[0])):
                    role = "goal"  # "held for ransom by smugglers in Yemen": those who hold them are where they are held
                hedged = _hedged_from(slots, group[0], lo) and kind != "return"  # "repatriated 1,200 workers, most of them from Kuwait": where they were
                if role == "away" and kind == "return" and homes and place.country_code in homes and place.kind != "country" \
                        and self._people_from(slots, group[0], lo):
                    role = "theme-home"  # "returned 124 Lao girls from Savannakhet": no one is returned from home
                if role == "away" and hedged and _them_from(slots, group[0], lo):
                    role = "theme-home"  # "freed 2,000 foreigners from scam centres near Myawaddy, most of them from China"
                if role == "away" and (group[0] < trigger or identifying or hedged
                                       or (slots.low[group[0] - 1] == "from" and _moved_on_after(slots, group[-1]))) \
                        and self._people_from(slots, group[0], lo):
                    role = "theme-home"  # "victims from Sri Lanka were rescued in Jordan": their home
                if role == "away" and previous == "theme-home" and _MORE_FROM_BEFORE.search(self.text, max(0, place.start - 30), place.start):
                    role = "theme-home"  # "including 20 from Ukraine and 9 from Vietnam": the next share's home
                if role == "home" and homes and place.country_code not in homes:
                    role = "none"  # "deported Eritrean asylum seekers to Rwanda": sent on, not home
                # (a care word of an earlier place's phrase is not this one's: "moved from a reception centre in
                # Sicily to Turin")
                phrase_start = max([trigger] + [k for k in range(trigger + 1, group[0]) if slots.kind[k] == "p"]) + 1
                if role in ("goal", "home") and kind in ("exploit", "move", "rescue", "return") and any("care" in slots.tags[k] for k in range(phrase_start, group[0])):
                    # "placed at a government shelter in Johor Bahru": cared for there, not trafficked there;
                    # "returned them to detention centres in Libya": held there, not home.
                    role = "care"
                if role == "goal" and (reading.word in ("at", "near") or (reading.word == "in" and "crossing" in slots.tags[group[0] - 2])) \
                        and any("crossing" in slots.tags[k] for k in range(max(trigger + 1, group[0] - 5), group[0])):
                    role = "crossing"  # "taken across the border at Poipet" (or near it, or "in Yunnan"): where they crossed, on the way
                elif role == "goal" and reading.word == "in" and kind in ("exploit", "rescue") and any(
                    slots.low[k] in _CHECKPOINTS for k in range(max(trigger + 1, group[0] - 3), group[0])
                ):
                    role = "crossing"  # "found on a bus at a checkpoint in Kaduna": stopped on their way

                if role == "none" and nominal and kind == "move" and reading.prep == "loc" and reading.attach == "verb" \
                        and _for_work_between(slots, trigger, group[0]):
                    role = "goal"  # "the recruitment of Nepali workers for the construction sector in Qatar"
                if role == "none" and nominal and kind == "move" and reading.prep == "loc" and reading.word == "for" \
                        and group[0] > trigger and slots.cue[trigger].role == "recruit":
                    role = "goal"  # "a ban on the recruitment of domestic workers for Saudi Arabia and Kuwait"
                if role == "none" and nominal and kind == "exploit" and reading.prep == "loc" and reading.word == "in" \
                        and theme is not None and trigger < theme.lo < group[0] and homes and place.country_code not in homes:
                    role = "goal"  # "labour exploitation of Uzbek migrants on cotton farms in southern Kazakhstan"
                if last_loc is not None and reading.prep == "loc" and _same_phrase_again(slots, last_loc[0], group[0], reading.word, last_loc[1]):
                    role = last_loc[2]  # "recruited by agencies in Central Java (Tegal) and in Cebu": both where it began
                if role == "goal" and kind == "rescue" and place.country_code in homes:
                    # "rescued in Kolkata and handed over to Bangladesh": a return home; but people
                    # intercepted at home ("at the airport in Pampanga") had not yet left it.
                    role = "none" if intercepting else "home"
            if role == "none" and previous in ("source", "theme-home", "goal") and group[0] > 0 and slots.low[group[0] - 1] == ":" \
                    and roles.get(previous) and all(slots.ref[j].country_code == roles[previous][-1].country_code
                                                    and slots.ref[j].kind != "country" for j in group):
                # "came from three provinces in north-central Vietnam: Nghe An, Ha Tinh and Quang Binh": the places
                # after a colon name the ones before it
                role = previous
            if role == "none" and kind == "return" and group[0] > trigger and _HOMELANDS_BEFORE.search(
                    self.text, max(0, place.start - 80), place.start):
                role = "home"  # "the return of 6,842 migrants from Niger to their countries of origin, mainly Mali (1,912), Guinea"
            if role == "theme-home" and reading.attach == "people" and _PROMISED_WORK_BEFORE.search(
                    self.text, max(0, place.start - 120), place.start):
                role = "none"  # "offered them work as domestic workers in San Jose": the promise, not their home
            if role == "none" and kind == "exploit" and theme is not None and group[0] == lo + 1 and slots.low[lo] == "in" \
                    and theme.lo == group[-1] + 1 and theme.hi <= trigger:
                role = "goal"  # "In Limassol she was forced into prostitution": the scene the clause opens with
            if role == "source" and group[0] > 0 and slots.low[group[0] - 1] == "from" and any(
                p.hi == group[0] - 1 and p.governed in _COMPANY for p in people
            ):
                role = "none"  # "flown to Kuwait with three other girls from Makwanpur": their homes, not where she left from
            if role == "none" and kind == "provenance" and reading.prep == "loc" and reading.word == "in" and group[0] > trigger \
                    and _birth_cue(slots, trigger):
                role = "source"  # "I was born in a village in Sindhupalchok": the narrator's home
            if role == "none" and kind == "move" and _moved_between(slots, trigger, group[0]):
                role = "goal"  # "girls ... are moved between motels in Little Rock, Memphis and Nashville"
            if role not in ("none", "list") and group[0] > trigger and _said_between(slots, trigger, group[0]):
                role = "none"  # "workers recruited for farm work in Kent reported debts to intermediaries in Dushanbe"
            if role == "goal" and group[0] > trigger and _EXPECTED_WORK_BEFORE.search(self.text, max(0, place.start - 120), place.start):
                role = "none"  # "crossed into China, believing they would find work in restaurants in Yanji": a hope, not an end
            if role == "none" and nominal and group[0] > trigger and reading.prep == "loc" and reading.word == "in" \
                    and (_victims_of_before(slots, trigger) or (kind == "exploit" and _referred_for_before(slots, lo, trigger, theme))):
                # "Many Lao victims of sex trafficking in Thailand are from ...", "Albanians were referred for labour
                # exploitation in Kent": where they were trafficked or held
                role = "goal"
            if role in ("source", "away") and kind in ("exploit", "move", "rescue") and group[0] > trigger \
                    and _VESSELS_OUT_OF_BEFORE.search(self.text, max(0, place.start - 60), place.start):
                role = "goal"  # "forced to work without pay on fishing boats out of Songkhla": the boats' port, where they worked
            if role == "goal" and group[0] > trigger and _EARLIER_STAY_BEFORE.search(self.text, max(0, place.start - 80), place.start):
                role = "path"  # "brought to Lebanon from Sudan after first working in Khartoum": a stay on the way
            if role == "goal" and reading.word == "to" and group[0] >= 2 and slots.low[group[0] - 1] == "to" \
                    and slots.low[group[0] - 2] in _ROUTE_NOUNS and "," in slots.low[max(lo, group[0] - 7) : group[0] - 2]:
                # "exploited in Chirundu, along the trucking routes to Zimbabwe": an aside on where the routes lead
                # ("trafficked along the route to India" keeps its end)
                role = "none"
            if _AS_TRANSIT_AFTER.match(self.text, slots.end[group[-1]]):
                role = "path"  # "use Mali as a transit point for Nigerian women destined for Europe"
            if role == "goal" and group[0] > trigger and _remote_object_between(slots, trigger, group[0]):
                role = "none"  # "forced to defraud people in the United States": where the people they cheat are
            if role == "none" and kind in ("exploit", "rescue") and group[0] > trigger and _kept_there(slots, theme, group[0], reading):
                role = "goal"  # "found 40 women who had not been paid for months at a factory in Irbid"
            if role == "none" and kind == "move" and group[0] > trigger and any(
                slots.cue[t] is not None and slots.cue[t].role == "exploit" and _where_clause_after(slots, group[-1], t)
                for t in range(group[-1] + 1, min(group[-1] + 8, len(slots.kind)))
            ):
                role = "goal"  # "recruit women with false promises of jobs in Kuwait and Qatar, where some are subjected to forced labor"
            if role == "none" and kind in ("exploit", "rescue") and _where_clause_after(slots, group[-1], trigger):
                role = "goal"  # "raided gold mining sites in the Ashanti region, where boys from Togo were found"
            if role in ("source", "theme-home", "away") and _buyers_from(slots, group[0], lo):
                role = "goal"  # "married off to men from the Gulf": where the buyers are is where the move ends
            before = group[0] - 3
            if role == "none" and before >= lo and slots.low[group[0] - 1] == "of" and "area" in slots.tags[group[0] - 2] \
                    and slots.kind[before] == "p" and slots.ref[before].kind == "region" and slots.ref[before] in roles.get(previous, []):
                # "men from the Caribbean province of Limon": the region only qualifies the province, which takes its role
                role = previous
                roles[previous] = [r for r in roles[previous] if r is not slots.ref[before]]
            previous = role
            if reading.prep == "loc":
                last_loc = (group[-1], reading.word, role)
            if role == "goal" and _right_after(slots, group[0], "across"):
                crossed_on += [slots.ref[j] for j in group]
            if role != "agent" and _names_agents(slots, group[-1]):
                # "through Belgium and France, Birmingham crown court heard": the last is the court's city
                roles.setdefault("agent", []).append(slots.ref[group[-1]])
                group = group[:-1]
            roles.setdefault(role, []).extend(slots.ref[j] for j in group)
        if crossed_on and any(g.start > crossed_on[-1].end for g in roles.get("goal", [])):
            # "across the Sahara to Sabha": what they cross on the way to an end is a transit
            roles["goal"] = [g for g in roles["goal"] if g not in crossed_on]
            roles["path"] = roles.get("path", []) + crossed_on
        if roles.get("source") and roles.get("goal"):
            # "taken to Bangkok and from Bangkok flown to Bahrain": a start after the last end, inside it, is where
            # the next verb's leg starts (with ends after it, the frame tells a journey: see _itinerary).
            last = max(g.start for g in roles["goal"])
            onward = [r for r in roles["source"] if r.start > last and any(g.code in (r.code, r.country_code) for g in roles["goal"])]
            if onward:
                roles["source"] = [r for r in roles["source"] if r not in onward]
                roles["path"] = roles.get("path", []) + onward
        if kind == "rescue" and roles.get("frame") and roles.get("away") and not (
            {r.country_code for r in roles["away"]} & {r.country_code for r in roles["frame"]}
        ) and all(r.kind == "country" for r in roles["away"]):
            # "In Cote d'Ivoire, police freed 89 children from Burkina Faso and Mali": freed there, and from
            # where they come (no rescue brings them out of another country into the scene)
            roles["theme-home"] = roles.get("theme-home", []) + roles.pop("away")
        if theme is not None and not theme.homes and theme.lo > 0 and slots.low[theme.lo - 1] == "its" \
                and roles.get("agent") and all(r.kind == "country" for r in roles["agent"]):
            # "The government of the DPRK sends tens of thousands of its citizens": the sender's nationals
            theme = _Phrase(theme.lo, theme.hi, theme.agent, [(r.code, r.code) for r in roles["agent"]][:1], theme.anaphor,
                            theme.governed, theme.bare)
        # (a noun's people are not another verb's: "held by recruitment agents ..., and want the government to
        # bring them home")
        homeward = theme is not None and theme.lo > trigger and _homeward(slots, theme.hi) and not nominal
        homeward = homeward or (theme is not None and not nominal and _to_homeland(slots, trigger))
        # "Eleven Cambodian men rescued from a Thai vessel arrived home in Phnom Penh": people going home
        homeward = homeward or (theme is not None and theme.hi <= trigger and not nominal and trigger + 1 < len(slots.low)
                                and slots.low[trigger + 1] == "home" and slots.cue[trigger + 1] is None and _homeward(slots, trigger + 1))
        if homeward and _pleaded(slots, lo, trigger):
            return None  # "want the government to bring them home": a plea, no return
        # (Not what returnees had done before: "Most returnees are young people ... who had crossed into Yemen from
        # Djibouti" tells their journey out.)
        earlier = not homeward and _pluperfect(slots, lo, trigger)
        if kind in ("move", "enter", "voluntary") and theme is not None and not earlier \
                and (homeward or not _RETURNING.isdisjoint(slots.low[theme.lo : theme.hi])):
            # Returnees reach home from where they were, and so do people "brought home": the move is a return flow.
            renamed = {"goal": "home", "source": "away", "theme-home": "away"}
            returned: dict[str, list[Referent]] = {}
            for role, found in roles.items():
                for place in found:
                    # "Indonesia brought its citizens home": the country that brings them is their home.
                    subject = role == "source" and homeward and place.start < slots.start[trigger]
                    returned.setdefault("home" if subject else renamed.get(role, role), []).append(place)
            return "return", theme, antecedent, returned
        return kind, theme, antecedent, roles

    def _here(self, roles: dict, theme: _Phrase | None, antecedent: People | None = None) -> list[Referent]:
        """Where "brought from X" brings people when it says no more: the country the document is about.

        Only when the people come from elsewhere ("Others were brought from
        Tanzania and Uganda" in a report on Kenya).
        """
        subject = self.register.subject
        if subject is None or "dateline" in subject.roles:
            return []  # "LYON, France -": where the story was filed, not where it happened
        homes = {r.country_code for r in roles.get("source", []) + roles.get("theme-home", [])} | {c for _, c in (theme.homes if theme else [])}
        if not homes and antecedent is not None and theme is not None and theme.anaphor and not antecedent.goals:
            homes = {c for _, c in antecedent.homes}  # (people told to have gone somewhere were exploited there)
        if not homes or homes == {subject.code}:
            return []  # (people of several homes, some from elsewhere: "Haitian nationals and Dominicans of Haitian descent")
        return [Referent(subject.code, "country", subject.code, 0, 0)]

    @staticmethod
    def _mover_is_agent(slots: _Slots, people: list, trigger: int) -> bool:
        """Whether the people phrase nearest before a verb of going is an agent (tourists, officials, traffickers).

        The agent of a passive before it is not: "women were recruited by
        acquaintances and travelled to Erenhot" tells of the women going.
        """
        before = [p for p in people if p.hi <= trigger and p.governed not in _NOT_THEME_AFTER
                  and not _MEANS.intersection((slots.low[p.lo], p.governed))]
        while len(before) > 1 and before[-1].agent and not before[-2].agent and before[-1].governed.isalpha() \
                and before[-1].governed not in _PLACE_PREPOSITIONS and before[-1].governed not in _FUNCTION_WORDS:
            # (nor the object of a verb before it: "They pay intermediaries in Punjab ..., fly from Delhi to Rome")
            before.pop()
        if before and before[-1].agent:
            # (nor an agent before a relative clause of someone else's: "our reporter follows Awa, 19, who left Abidjan")
            k = trigger - 1
            while k > 0 and slots.low[k] in _RELATIVE_AUXILIARIES:
                k -= 1
            if slots.low[k] == "who":
                k -= 1
                while k > 0 and (slots.low[k] == "," or slots.low[k][:1].isdigit()):
                    k -= 1
                return before[-1].hi - 1 == k
        return bool(before) and before[-1].agent

    @staticmethod
    def _people_from(slots: _Slots, first: int, lo: int) -> bool:
        """Whether a place list follows "from" right after people ("victims from X", "girls from the hills of X")."""
        j = first - 1
        # (over the words of units the map lacks: "from Bolangir and Nuapada districts of Odisha")
        while j > lo and slots.kind[j] == "w" and slots.low[j] != "from" and not slots.cue[j] \
                and (not slots.role[j] or "area" in slots.tags[j] or slots.low[j] == "of"):
            j -= 1
        if not (j > lo and slots.low[j] == "from"):
            return False
        j -= 1
        while j > lo and (slots.low[j] in _DETERMINERS or slots.low[j] in _HEDGES_AFTER_PEOPLE or slots.low[j][:1].isdigit()
                          or slots.low[j] in ("including", ",")
                          or (slots.low[j] == "in" and slots.low[j + 1][:1].isdigit())):
            j -= 1  # "20 women, mostly from Nepal", "the victims, most of them from Edo State", "127 victims, 68 of them from X",
            # "35 victims in 2022, including 20 from Ukraine"
        return slots.who[j] == "victim" or slots.kind[j] == "n"

    def _speaks(self, slots: _Slots, after: int, before: int) -> bool:
        """Whether a speech verb stands between two slots ("officials in X told us that ... trafficked")."""
        return any("speech" in slots.tags[j] for j in range(after + 1, before))

    def _subject_role(self, slots: _Slots, group_end: int, trigger: int, kind: str) -> str:
        """A place as the subject of an active trigger: "Vietnam exports workers", "Malaysia deported them".

        The place must stand right before the trigger (adverbs and
        auxiliaries aside): "LAGOS, 14 March -- Police ... lured" is a
        dateline, not a subject.
        """
        between = slots.low[group_end + 1 : trigger]
        if any(not (word.endswith("ly") or word in _AUXILIARIES) for word in between):
            return "none"
        return {"return": "away", "move": "source"}.get(kind, "none")

    def _residents(self, slots: _Slots, theme: _Phrase) -> list:
        """ "its inhabitants": the people of the last place named."""
        found = self.register.resolve("place", slots.start[theme.lo])
        quote = found and (found[0].sentence or (self.document.quote_at(found[0].start) if self.document else ""))
        if quote:
            slots.quotes.append(quote)
        return [(r.code, r.country_code) for r in found]

    def _origins(self, slots: _Slots, roles: dict, theme: _Phrase | None, antecedent: People | None) -> tuple[list, list, bool]:
        """Where the people come from, with the extra quotes that say it and whether it is inferred."""
        quotes = list(slots.quotes)
        homes_before = roles.get("theme-home", [])
        if homes_before and theme is not None and theme.homes:
            # "Child protection workers in Santo Domingo say hundreds of Haitian children are brought ...": a place of
            # other people before the theme, in another country than its own, is not its home
            nations = {country for _, country in theme.homes}
            homes_before = [r for r in homes_before if r.country_code in nations or r.start >= slots.start[theme.lo]]
        explicit = roles.get("source", []) + homes_before
        if explicit and theme is not None and theme.homes:
            # (a home told inside a theme of coordinated people is among its homes: "Girls from Cartagena, and
            # increasingly Venezuelan girls")
            inside = [r for r in explicit if slots.start[theme.lo] <= r.start < slots.end[theme.hi - 1]]
            if inside and {(r.code, r.country_code) for r in inside} <= set(theme.homes):
                explicit = [r for r in explicit if r not in inside]
        if explicit:
            return [(r.code, r.country_code) for r in explicit], quotes, False
        homes = list(theme.homes) if theme else []
        if not homes and theme is not None and theme.anaphor == "narrator" and self.narrator_homes:
            return list(self.narrator_homes), quotes, False  # "a man came to our home in Sindhupalchok ... took me to Mumbai"
        framing = roles.get("frame", [])
        theirs = {c for _, c in antecedent.homes} if antecedent is not None and not homes else set()
        if theirs and not any(r.country_code in theirs for r in framing):
            framing = []  # "Afghan boys are smuggled into Iran ... In Iran, some are recruited to fight in Syria"
        if framing and (not homes or all(r.country_code in {c for _, c in homes} for r in framing)):
            return [(r.code, r.country_code) for r in framing], quotes, False
        if homes:
            return homes, quotes, False
        passing = {r.code for r in roles.get("path", []) if r.kind == "country"}
        if antecedent is not None and antecedent.homes and passing and {c for _, c in antecedent.homes} <= passing:
            # "Traffickers in Uzbekistan and Tajikistan transport some victims through the Kyrgyz Republic to Kazakhstan":
            # people taken through a country are not its people named before; they start where those moving them are
            return [(r.code, r.country_code) for r in roles.get("agent", []) if r.country_code not in passing], quotes, False
        if antecedent is not None and antecedent.homes:
            return list(antecedent.homes), quotes + antecedent.quotes, False
        if theme is not None and theme.anaphor == "narrator":
            return [], quotes, False  # "staff took us to a village in Chiang Rai": the writers, whose home no one stated
        if roles.get("speaker"):
            return [(r.code, r.country_code) for r in roles["speaker"]], quotes, True
        if roles.get("identifier"):
            return [(r.code, r.country_code) for r in roles["identifier"]], quotes, True
        subject = self.register.subject
        if theme is not None and _FOREIGN_PEOPLE.intersection(slots.low[theme.lo : theme.hi]):
            return [], quotes, False  # "Migrant workers ... in Doha were subjected to forced labour": not from where they work
        if subject is not None and subject.can_be_origin:
            extra = [subject.quote] if subject.quote and subject.quote != self.quote else []
            return [(subject.code, subject.code)], quotes + extra, subject.inferred
        return [], quotes, False

    def _journey_to(self, sources: list) -> _Statement | None:
        """The last trafficking statement of this paragraph or the one before that ended where ``sources`` are, if any."""
        codes = {r.code for r in sources}
        for statement in reversed(self.statements):
            if self.document is not None and self.document.paragraph(statement.start) < self.paragraph - 1:
                return None
            if statement.direction == "trafficking" and statement.origins and codes <= {t.code for t in statement.targets} \
                    and not codes & {code for code, _ in statement.origins}:
                return statement
        return None

    def _went_on_after(self, slots: _Slots, lo: int, hi: int, trigger: int, goals: list, theme: _Phrase | None,
                       antecedent: People | None) -> bool:
        """Whether people already found or exploited abroad go on by themselves to a country new to their story.

        "About 170 of the workers were flown back to Vietnam; others moved on to
        construction jobs in Hungary and Slovakia": a journey of their own after
        the one they were trafficked on, unless the clause says they were
        exploited again ("travelled on to Z, where they were forced to ...").
        """
        if theme is None or not theme.anaphor or antecedent is None or not self._been_abroad:
            return False
        homes = {country for _, country in antecedent.homes}
        if any(g.country_code in self._been_abroad or g.country_code in homes or not g.country_code for g in goals):
            return False
        return not any(slots.cue[k] is not None and slots.cue[k].lexicon == "movement" and slots.cue[k].role in ("exploit", "recruit", "carry", "bring", "")
                       for k in range(lo, hi) if k != trigger)

    def _move(self, slots, lo, hi, trigger, kind, roles, theme, antecedent, moving: bool, people: list) -> None:
        """A movement to destinations; ``moving`` says some frame of the clause has destinations of its own."""
        if slots.cue[trigger].role == "recruit" and not roles.get("source"):
            raided = _raided_before(slots, lo, trigger)
            if raided:
                roles = {**roles, "source": raided, "none": [r for r in roles.get("none", []) if r not in raided]}
        if not _ends(roles) and theme is not None and not theme.anaphor and theme.hi <= trigger and _comma_participle(slots, lo, trigger):
            # "Children from Burkina Faso work in gold mines in Kedougou, often brought by relatives": brought to
            # where the clause says they stay
            stays = [slots.ref[m] for m in _stay_slots(slots, _past_homes(slots, theme.hi, trigger), trigger)]
            if stays:
                roles = {**roles, "goal": stays, "none": [r for r in roles.get("none", []) if r not in stays]}
        goals = roles.get("goal", []) + roles.get("chain", [])
        if kind == "voluntary" and goals and self._went_on_after(slots, lo, hi, trigger, goals, theme, antecedent):
            return
        homes = {country for _, country in theme.homes} if theme is not None else set()
        if antecedent is not None and theme is not None and theme.anaphor \
                and not any(word in _tables().people for word in slots.low[theme.lo : theme.hi]):
            homes |= {country for _, country in antecedent.homes}  # "600 of them", not "the women" (maybe others)
        sources = roles.get("source", [])
        if kind == "move" and goals and sources and homes and all(g.country_code in homes for g in goals) \
                and not any(r.country_code in homes for r in sources):
            # "Chinese charter flights took 600 of them from Mae Sot to Nanjing": people taken from abroad
            # to their own country are coming home.
            self.returns.append((slots, lo, hi, trigger, {**roles, "home": goals, "away": sources, "goal": [], "chain": [],
                                                          "source": []}, theme, antecedent))
            return
        theirs = homes | {country for _, country in antecedent.homes} if antecedent is not None else homes
        if kind == "voluntary" and goals and not sources and theirs and all(g.country_code in theirs for g in goals) \
                and antecedent is not None and theme is not None and theme.anaphor:
            away = [code for code, country in antecedent.goals if country not in theirs and country in self._been_abroad]
            if away:
                # "girls rescued from mining camps in Mali ... They arrived at the airport in Lagos": people found
                # abroad who arrive in their own country are coming home (not "a broker said he could send me to
                # Saudi Arabia. We went by bus to Dire Dawa": still on their way out)
                self.returns.append((slots, lo, hi, trigger, {**roles, "home": goals, "goal": [], "chain": []}, theme, antecedent))
                return
        via = list(dict.fromkeys(r.code for r in roles.get("path", [])))
        if not roles.get("chain") and len(roles.get("goal", [])) > 1:
            # "travel through Senegal and Mali to Niamey and Agadez, and from there are packed onto trucks ... to
            # southern Libya": the goals after "from there" are a later leg of the same journey
            there = _FROM_THERE.search(self.text, roles["goal"][0].end, slots.end[hi - 1])
            if there and roles["goal"][0].end < there.start() < roles["goal"][-1].start:
                roles = {**roles, "chain": [r for r in roles["goal"] if r.start > there.start()],
                         "goal": [r for r in roles["goal"] if r.start < there.start()]}
        if roles.get("chain"):
            # ("and then on to third countries": the goals before it are on the way; "taken on to Nairobi and to
            # towns in South Sudan": goals after it are more ends)
            first_chain = min(r.start for r in roles["chain"])
            via += [r.code for r in roles.get("goal", []) if r.start < first_chain]
            goals = roles["chain"] + [r for r in roles.get("goal", []) if r.start > first_chain]
        flows = _parallel_flows(goals, roles)
        if not flows:
            goals, via, roles = _itinerary(goals, via, roles)
            goals, via = _later_leg(self.text, goals, via)
        crossing = roles.get("crossing", [])
        # (People named before, taken somewhere, crossed on their way there: "the women ... had been brought
        # across the border at Ruili", after "sold as brides to men in Henan".)
        ends_told = antecedent is not None and theme is not None and theme.anaphor and bool(antecedent.goals) and bool(roles.get("source"))
        if crossing and not goals and kind in ("exploit", "rescue") and antecedent is not None and theme is not None \
                and theme.anaphor and antecedent.goals:
            # "15 children who were being taken from Kano to Lagos ... The children were found at a checkpoint in
            # Kaduna": stopped on the way to where they were being taken
            goals = [Referent(code, "country" if code == country else "", country, 0, 0) for code, country in antecedent.goals]
        if crossing and not goals and not moving and not ends_told and antecedent is not None and theme is not None \
                and theme.anaphor and not roles.get("source") and self._on_their_way(antecedent, crossing, inside=True):
            return  # "sold to men in Henan ... Many had been brought across the border in Yunnan"
        passing = roles.get("path", [])
        if passing and not goals and not crossing and not moving and antecedent is not None and theme is not None \
                and theme.anaphor and not roles.get("source") and kind in ("move", "voluntary") \
                and self._on_their_way(antecedent, passing, inside=False):
            return  # "Most ... are exploited in the UK. They flew to Brussels or Paris and crossed the Channel in lorries"
        crossed = crossing and not goals and not moving and not ends_told
        if crossed:
            goals = crossing  # "transport them across the border at Cucuta": the crossing is all the text says of the end
        else:
            via = list(dict.fromkeys(via + [r.code for r in crossing]))
        if not goals and (kind == "exploit" or (kind == "move" and slots.cue[trigger].role not in ("recruit", "return"))):
            # "travelled to southern Thailand, where they were held in camps"; "the mines of Lualaba, where children
            # from Kasai are taken" (but "Lagos, where they were recruited" is where they started)
            goals = _where_before(slots, lo, trigger)
        if not goals and kind == "exploit":
            goals = _conjoined_scene(self.text, slots, lo, trigger)
        if not goals and roles.get("held"):
            goals = roles["held"]
        if not goals and slots.cue[trigger].role == "bring":
            goals = self._here(roles, theme)
        if not goals and kind in ("move", "exploit"):
            goals = _buyers_countries(slots, trigger, hi, people)
        if not goals and self._identified and kind in ("move", "exploit", "rescue"):
            # "identified victims were women trafficked ..., mainly from Romania": identified where the report is
            # about, unless the clause says whose officials identified them ("Officials in Trinidad identified
            # Cuban medical workers in forced labour", in a page on Venezuelans)
            theirs = {r.country_code for r in roles.get("source", []) + roles.get("theme-home", [])} | {c for _, c in (theme.homes if theme else [])}
            # ("our shelter in Ubon Ratchathani received eleven girls from Laos": where the ones who took them in are)
            scene = [r for r in roles.get("none", []) if theirs and r.start < slots.start[trigger] and r.country_code not in theirs
                     and _IN_BEFORE.search(self.text, max(0, r.start - 4), r.start)]
            goals = scene or [r for r in self._agent_countries(slots, lo, trigger) if theirs and r.country_code not in theirs][:1] \
                or self._here(roles, theme)
        if not goals and kind == "rescue" and roles.get("away") and ((theme and theme.homes) or roles.get("theme-home") or roles.get("source")):
            # "rescued 45 Bangladeshi girls from brothels in Kolkata", "rescued 20 women, mostly from
            # Nepal, from a brothel in Kolkata": where they were exploited.
            homes = {country for _, country in (theme.homes if theme else [])} | {r.country_code for r in roles.get("theme-home", []) + roles.get("source", [])}
            # ("rescued 20 women from a hotel in Pattaya who had been trafficked from Laos": the clause's start is theirs)
            goals = [r for r in roles["away"] if r.country_code not in homes]
            told = roles.get("theme-home", []) + roles.get("source", [])
            if not goals and told and not (theme and theme.homes) and all(r.kind != "country" for r in told):
                # "workers from Bolangir district of Odisha were rescued from a brick kiln in Telangana": homes told
                # below the country, rescued from another unit of it
                goals = [r for r in roles["away"] if r.kind != "country" and r.code not in {t.code for t in told}]
        found_homes = {country for _, country in theme.homes} if theme else set()
        found_homes |= {r.country_code for r in roles.get("theme-home", [])}
        if not goals and kind in ("rescue", "exploit") and (found_homes or roles.get("source")):
            found_homes = found_homes | {r.country_code for r in roles.get("source", [])}
            # "Thai authorities identified 230 victims from Myanmar", "Indonesian authorities found
            # fishers from Myanmar", "Thai employers exploited workers from Cambodia": where the agents are.
            # ("On three farms in Maule they found 61 workers from Bolivia and Haiti": where the clause opens, in
            # another country than theirs, is where they were found)
            opening = slots.low[lo] in _OPENING_PREPOSITIONS and not any(slots.stop[k] or slots.cue[k] is not None for k in range(lo, trigger - 2))
            # (the place may read as the agents' own: "in Johor inspectors found")
            scene = [r for r in roles.get("none", []) + roles.get("agent", []) if opening and r.start < slots.start[trigger] and r.country_code
                     and r.country_code not in found_homes and _IN_BEFORE.search(self.text, max(0, r.start - 4), r.start)]
            goals = scene or [r for r in self._agent_countries(slots, lo, trigger) if r.country_code not in found_homes][:1]
        if not goals and kind == "rescue" and not moving and theme is not None and not theme.anaphor and not found_homes \
                and not roles.get("source") and not roles.get("away"):
            # "Dubai Police have rescued 12 women ...": found where the agents who found them are, waiting for a
            # later sentence to say where the women come from ("The women, from Uganda and Kenya, ...").
            goals = self._agent_places(slots, lo, trigger)
            subject = self.register.subject
            if not goals and subject is not None and "dateline" in subject.roles and any(p.agent and p.hi <= trigger for p in people):
                # ("Dubai, 3 March - Police have rescued 12 women": the agents of a story told from a dateline are there)
                goals = [Referent(subject.code, "country", subject.code, 0, 0)]
        if not goals and kind == "exploit" and not moving:
            # "Workers from China and India are exploited in forced labor in construction" in a
            # report on Fiji: exploited where the report is about, when they come from elsewhere
            # (or people named before: "Migrant workers ... come from India ... Some of these workers face forced labor").
            # People whose journey was told before are exploited where it ended ("arranged their travel to New York
            # ... On arrival the women were forced to perform commercial sex acts").
            journeys = [] if antecedent is None or theme is None or not theme.anaphor else [
                s for s in antecedent.statements if s.direction == "trafficking" and s in self.statements and s.targets]
            # (where the last leg told ended: "men with guns took us to a compound near Haradh ... a driver took me to
            # Riyadh. I worked for a family there without pay": Riyadh)
            last = max((t.end for s in journeys for t in s.targets), default=None)
            ended = [t for s in journeys if max(t.end for t in s.targets) == last for t in s.targets]
            goals = list({t.code: t for t in ended}.values()) or self._here(roles, theme, antecedent)
        told_before = antecedent is not None and theme is not None and theme.anaphor
        if not goals and kind == "move" and told_before and roles.get("source") and (antecedent.goals or antecedent.went) \
                and not roles.get("leg") and not _ABROAD.intersection(slots.low[trigger:hi]):
            # "86 victims returned from Russia and Turkey. Most had been recruited in Osh", "girls rescued from
            # brothels in Pune, many of them trafficked from Bangladesh": where the people named before were taken
            # (or went: "women who went to work in Saudi Arabia ... agents fly them out of Nairobi").
            goals = [Referent(code, "country" if code == country else "", country, 0, 0) for code, country in antecedent.goals or antecedent.went]
        arrived = lo + 1 < trigger and tuple(slots.low[lo : lo + 2]) in _ARRIVED_OPENERS
        if not goals and (kind == "exploit" or (kind == "move" and arrived and not roles.get("path"))) and told_before \
                and not roles.get("source") and antecedent.went and antecedent.homes:
            # "Sri Lankan women migrate to work as housemaids in Kuwait and Qatar. ... Some are subjected to
            # confinement and sexual abuse": exploited where the people named before went by themselves (and sold
            # there on arrival: "paid brokers for jobs in Kuwait. On arrival, they were sold").
            goals = [Referent(code, "country" if code == country else "", country, 0, 0) for code, country in antecedent.went]
        if not goals and roles.get("frame") and (kind in ("exploit", "move") or (kind == "rescue" and not roles.get("away"))) \
                and not (moving and theme is not None and theme.anaphor) \
                and self._foreign_scene(kind, roles, theme, antecedent):
            # (not where people pointed back at were before a move of the same clause took them on: "In Guatemala, a
            # man took them to a house in Ciudad Hidalgo, and from there they were driven to the bars, where they were
            # forced to serve drinks")
            # "In Papua New Guinea, women from Malaysia were trafficked into logging camps": the scene is the goal.
            goals, roles = roles["frame"], {**roles, "frame": []}
        if not goals and not moving and kind == "move" and slots.cue[trigger].lemma in _hints()["lure"] and any(
            slots.cue[k] is not None and slots.cue[k].role == "exploit" for k in range(trigger + 1, hi)
        ):
            # "lured by brokers with promises of jobs in Malaysia, only to find themselves in debt bondage":
            # where the work was promised is where the lure took them, when the clause goes on to say they
            # were exploited and nothing else says where ("lured with promises of jobs in Europe" alone is
            # a promise, no destination).
            goals = [r for r in roles.get("none", []) if r.start > slots.start[trigger]
                     and _PROMISED_WORK_BEFORE.search(self.text, max(0, r.start - 60), r.start)]
        if not goals and not moving and "n" in slots.kind[lo:hi]:
            goals = _site_destinations(self.text, slots.start[lo], slots.end[hi - 1])
        # (people pointed back at who were trafficked: "They flew out of Entebbe ... and were handed over to
        # families in Riyadh" tells their journey, in words of their own going)
        trafficked = theme is not None and theme.anaphor == "people" and antecedent is not None and any(
            s.direction == "trafficking" for s in antecedent.statements)
        if kind == "voluntary" and not self.signal and not trafficked:
            # People moving, not people trafficked; but who they are stays known for the sentences
            # after ("Venezuelan women who had crossed the border ... they were forced into sex work").
            if theme is not None and theme.homes and not theme.anaphor:
                # Where they went too: "Sri Lankan women migrate to work in Kuwait ... Some are subjected to
                # confinement and abuse" is exploitation there. (Their homes as narrowly as told: "young
                # Ethiopians from the Oromia and Amhara regions crossed to Yemen".)
                told = [(r.code, r.country_code) for r in roles.get("source", []) + roles.get("theme-home", [])]
                homes = told if told and _narrower(told, list(theme.homes)) else list(theme.homes)
                self.register.note(People(slots.start[trigger], self.paragraph, homes,
                                          self._victims(slots, theme, lo, hi, whole_clause=False), [self.quote], [], [],
                                          went=[(r.code, r.country_code) for r in goals]))
            elif theme is not None and theme.anaphor and antecedent is not None and roles.get("source") and not goals:
                # "Dubai Police rescued 12 women ... The women, from Uganda and Kenya, arrived on visit visas":
                # where the people found before come from.
                self._lend_origins(antecedent, [(r.code, r.country_code) for r in roles["source"]])
            elif slots.cue[trigger].role == "carry" and roles.get("source"):
                # "I ... flew from Nairobi. ... they drove me to a house in Sharjah": where the traveller set out from.
                self.register.note(People(slots.start[trigger], self.paragraph, [(r.code, r.country_code) for r in roles["source"]],
                                          [], [self.quote], [], []))
            return
        if kind == "move" and not roles.get("source") and theme is not None and len({c for _, c in theme.homes}) > 1 \
                and {g.country_code for g in goals} == {c for _, c in theme.homes}:
            # "Cambodian and Lao men were flown to Phnom Penh and Vientiane": people of several homes, each taken home
            return
        if kind == "exploit" and roles.get("frame") and goals and {r.country_code for r in roles["frame"]} == {g.country_code for g in goals}:
            # "In Athens, many are forced into prostitution in apartments in Piraeus": the scene, not where they came from
            roles = {**roles, "frame": []}
        origins, quotes, inferred = self._origins(slots, roles, theme, antecedent)
        if (not origins or inferred) and goals and len({g.country_code for g in goals}) == 1 and goals[0].country_code \
                and _RURAL_SOURCE.search(self.text, slots.start[trigger], goals[0].start or slots.end[hi - 1]):
            # "Girls are brought from the countryside to Dhaka's brothels": from elsewhere in the same country
            origins, inferred = [(goals[0].country_code, goals[0].country_code)], False
        if not origins and goals and kind == "move" and roles.get("agent"):
            # "A court in Dhaka sentenced two men for sending 40 women to Dubai": those who sent them abroad
            # are where the text puts them; the women left from that country (inferred)
            countries = {r.country_code for r in roles["agent"] if r.country_code}
            if len(countries) == 1 and not countries & {g.country_code for g in goals}:
                origins, inferred = [(c, c) for c in countries], True
            elif countries == {g.country_code for g in goals} and all(r.kind != "country" for r in roles["agent"]) \
                    and not {r.code for r in roles["agent"]} & {g.code for g in goals}:
                # "local governments in Kashgar and Hotan have sent workers to factories in Anhui": inside one
                # country, the senders' towns or provinces are where the people left from
                origins, inferred = [(r.code, r.country_code) for r in roles["agent"]], True
        if theme is not None and goals and _FOREIGN.intersection(slots.low[theme.lo : theme.hi]):
            # "Most foreign victims ... were recruited for work in Dublin", after "43 were Irish nationals":
            # people foreign where they ended up do not come from there
            origins = [(code, country) for code, country in origins if country not in {g.country_code for g in goals}]
        if theme is not None and not theme.anaphor and not theme.homes and roles.get("source") and not roles.get("theme-home") \
                and kind in ("move", "voluntary") and not inferred and all(r.kind != "country" for r in roles["source"]) \
                and not any(self._people_from(slots, k, lo) for k in range(lo, hi) if slots.kind[k] == "p" and slots.ref[k] in roles["source"]):
            # (not people's home: "Cambodia is a destination for women from Vietnam ... children from the rural areas
            # of Cambodia are trafficked to Phnom Penh")
            journey = self._journey_to(roles["source"])
            if journey is not None:
                # "smugglers drove them across the border into Libya, where they were held near Tobruk ... From
                # Tobruk, fishing boats carrying up to 500 people left for Italy": people leaving from where a
                # journey of the paragraph just ended go on with it
                origins, inferred = list(journey.origins), journey.inferred
                via = list(dict.fromkeys(journey.via + [r.code for r in roles["source"]] + via))
                quotes = quotes + journey.quotes[-1:]
        if told_before and kind == "move" and roles.get("source") and not inferred and not antecedent.arrived:
            # "was recruited in Benin City ... She was flown from Lagos to Istanbul": the journey starts where the
            # people named before were recruited, in the same country; where they were flown from is on the way.
            recruited = [(code, country) for code, country in antecedent.homes if code != country]
            # (A town may lie in the province they were recruited in: "from Central Java ... recruited in Tegal".)
            inside = any(r.kind == "city" for r in roles["source"]) and any(not code.startswith("city:") for code, _ in recruited)
            # (nor a province holding the town they were recruited in: "from Benin City ... recruited by a madam in Edo State")
            inside = inside or (all(r.kind == "admin1" for r in roles["source"]) and any(code.startswith("city:") for code, _ in recruited))
            # (Not a home told beside them, before the verb: "Many of the women, from estate areas in Kandy, were sent".)
            after = all(r.start > slots.start[trigger] for r in roles["source"])
            if recruited and not inside and after and all(r.country_code in {c for _, c in recruited} and r.code not in {c for c, _ in recruited}
                                 for r in roles["source"]):
                via = list(dict.fromkeys([r.code for r in roles["source"]] + via))
                origins = recruited
        pronoun = told_before and not any(word in _tables().people for word in slots.low[theme.lo : theme.hi]) \
            and not (slots.low[theme.lo] == "others" and any(
                slots.cue[k] is not None and slots.cue[k].role == "provenance" for k in range(lo, hi)))
        # (not "the girls", maybe others; nor "others came from Khovd", people of another home)
        known = list(theme.homes) if theme is not None and theme.homes else (list(antecedent.homes) if pronoun and antecedent.homes else [])
        known_countries = {country for _, country in known}
        if not all(known_countries):
            known = []  # "West Africans from Nigeria, Gambia and Mali": a region holds the places they left from
        narrow_homes = [(code, country) for code, country in known if code != country]  # (homes below the country)
        if kind in ("move", "enter", "voluntary", "exploit") and known and roles.get("source") and not roles.get("theme-home") and not roles.get("leg") and not inferred \
                and not any(r.country_code in known_countries for r in roles["source"] + goals) \
                and not _predicate_home(slots, theme, roles["source"]):
            # "Nepali women were flown from Delhi to Kuwait", "I was born in Gorkha ... From Delhi I was flown to
            # Kuwait": people whose home the text gives, taken on from abroad, started at home; the place abroad
            # they left from is on their way.
            via = list(dict.fromkeys([r.code for r in roles["source"]] + via))
            origins = [(r.code, r.country_code) for r in roles.get("began", []) if r.country_code in known_countries] or known
        elif kind in ("move", "enter", "voluntary") and not inferred and roles.get("source") and _apposed_and_left(
                self.text, slots, trigger, roles["source"], goals):
            # "The women, most of them from Samarkand and Fergana regions, usually fly from Tashkent to Dubai": the homes
            # told in apposition are the start, the city of their country the verb leaves from is on the way
            told, left = _apposed_and_left(self.text, slots, trigger, roles["source"], goals)
            via = list(dict.fromkeys([r.code for r in left] + via))
            origins = [(r.code, r.country_code) for r in told]
        elif kind in ("move", "enter", "voluntary", "exploit") and pronoun and narrow_homes and roles.get("source") \
                and not roles.get("theme-home") and not antecedent.arrived \
                and not inferred \
                and {r.country_code for r in roles["source"]} <= known_countries \
                and not _HOMES_FROM_BEFORE.search(self.text, max(0, min(r.start for r in roles["source"]) - 40),
                                                  min(r.start for r in roles["source"])) \
                and not {r.code for r in roles["source"]} & {code for code, _ in narrow_homes} \
                and any(goal.country_code not in known_countries for goal in goals):
            # "the women, from Masaka, Mbarara and Jinja districts, ... They flew out of Entebbe ... to families
            # in Riyadh": people whose homes the text gave leave their country from a city of it on their way.
            via = list(dict.fromkeys([r.code for r in roles["source"]] + via))
            origins = narrow_homes
        elif kind in ("move", "enter", "voluntary") and roles.get("began") and roles.get("source") and not inferred and not roles.get("leg") \
                and {r.country_code for r in roles["source"]} <= {r.country_code for r in roles["began"]} \
                and not {r.code for r in roles["source"]} & {r.code for r in roles["began"]}:
            # "The women, mainly from Prey Veng and Svay Rieng, were recruited ... and flown from Phnom Penh to
            # Shanghai": the journey of the clause's shared subject began where it was told to; the city the later
            # verb leaves from is on the way
            via = list(dict.fromkeys([r.code for r in roles["source"]] + via))
            origins = [(r.code, r.country_code) for r in roles["began"]]
        elif kind in ("move", "enter", "voluntary") and theme is not None and not known and roles.get("source") and not inferred \
                and not roles.get("leg") and theme.hi < trigger and (slots.low[theme.hi] == "from" or slots.low[theme.hi] in _COPULAS):
            # "Workers from Myanmar were moved from Kumamoto to Hokkaido": the home beside the people is where they
            # started; a place abroad the verb takes them from is on their way (and so after a home said of them:
            # "Most returnees are young people from Amhara who had crossed into Yemen from Djibouti").
            told = [r for r in roles["source"] if slots.start[theme.hi] < r.start < slots.start[trigger]]
            taken = [r for r in roles["source"] if r.start > slots.start[trigger]]
            if told and taken and not {r.country_code for r in told} & {r.country_code for r in taken + goals}:
                via = list(dict.fromkeys([r.code for r in taken] + via))
                origins = [(r.code, r.country_code) for r in told]
        if crossed:
            # "brought across the border at Villazon" from La Paz: a crossing on their own side is where they left.
            goals = [goal for goal in goals if goal.country_code not in {country for _, country in origins}]
        if told_before and roles.get("source") and not inferred and not roles.get("leg") \
                and not {country for _, country in origins} & {country for _, country in antecedent.goals}:
            # (not from a country their journey told before reached: "she crosses to Lampedusa ... she is moved from a
            # reception centre in Sicily to Turin" is a later leg)
            self._lend_origins(antecedent, origins)  # their statements waiting for an origin start here
        if inferred and goals:
            # An origin the text leaves implicit is no origin of a move to itself ("a charity
            # based in London: the women we support were trafficked to the UK"), nor of one to
            # where its writers are based.
            base = self.register.subject.base if self.register.subject is not None else ""
            told_goals = goals
            goals = [goal for goal in goals if goal.code != base and not (goal.kind == "country" and goal.code in {c for c, _ in origins})]
            if not goals and kind in ("move", "exploit", "rescue") and all(goal.code != base for goal in told_goals):
                # "presumed victims identified in Ireland", in a report on Ireland: where they were, waiting for a
                # later sentence to say where they came from ("Most of them were trafficked from Romania")
                goals, origins, inferred = told_goals, [], False
            home = {country for _, country in origins}
            if any(goal.country_code not in home for goal in goals):
                # "recruited for farms in the United Kingdom ... owed to recruiters in Tashkent", in a text on
                # Uzbekistan: beside an end abroad, a place at home is no end of the move.
                goals = [goal for goal in goals if goal.country_code not in home]
        stated = roles.get("source") or roles.get("theme-home") or (theme is not None and theme.homes) or (antecedent is not None and antecedent.homes)
        if kind == "rescue" and not stated:
            # "intercept victims at border points in Jessore" in a report on Bangladesh: found at home on the
            # way out, not brought there from the report's country
            goals = [goal for goal in goals if goal.country_code not in {country for _, country in origins}]
        within = roles.get("within", [])
        internal_noun = _internal_noun(slots, trigger) and bool(self._purposes(slots, lo, hi, people, theme))
        if not goals and not moving and (within or (theme is not None and self._internal(slots, lo, hi)) or internal_noun):
            inside = within or [Referent(code, "country", country, 0, 0) for code, country in origins if country == code]
            # "within the country, including in Nairobi and Mombasa": the places inside it, else the country
            goals = [r for r in inside[1:] if r.kind != "country" and r.country_code == inside[0].country_code] or inside[:1]
            if within and not origins:
                origins = [(within[0].code, within[0].country_code)]
        elif within and goals and within[0].kind == "country" and within[0].code in {c for _, c in origins} \
                and all(g.country_code != within[0].code for g in goals):
            # "exploit Honduran women in sex trafficking within the country and in other countries in the region,
            # particularly Mexico": inside their own country too
            goals = goals + within[:1]
        clause = self._span(slots, lo, hi)
        lending = antecedent is not None and theme is not None and theme.anaphor
        purposes = self._purposes(slots, lo, hi, people, theme) if goals or lending else []
        victims = self._victims(slots, theme, lo, hi, whole_clause=bool(goals))
        if not victims and antecedent is not None:
            victims = list(antecedent.victims)
        if not purposes and antecedent is not None and goals and theme is not None and theme.anaphor:
            # "the women who go to Taiwan (or Korea) are trafficked": the same people, for the same ends.
            purposes = next((s.purposes for s in reversed(antecedent.statements) if s.purposes), [])
        made: list[_Statement] = []
        paired = _paired_people(slots, people, trigger, goals) if goals and not roles.get("source") else []
        if paired:
            # "Bolivians in garment workshops in Sao Paulo and Paraguayans on farms in Mato Grosso do Sul":
            # each people with the places named after them.
            for homes, group in paired:
                made.append(_Statement(homes, group, list(via), purposes, victims, None, "trafficking",
                                       self.unit[0], self.unit[1], quotes + [self.quote], False))
            goals = []
        if not goals and kind == "rescue" and roles.get("away") and not stated:
            # "rescued 137 children from plantations around Soubre": where they were exploited, waiting
            # for a later "most came from Burkina Faso" to say where they were taken from.
            away = _specific(roles["away"])
            made.append(_Statement([], away, [], self._purposes(slots, lo, hi, people, theme), victims,
                                   _volume(clause) if len(away) == 1 and _has_number(slots, lo, hi) else None, "trafficking",
                                   self.unit[0], self.unit[1], quotes + [self.quote], False))
            origins, inferred = [], False  # not the document's country, which the text does not say
        # "... across the desert to Kufra. From Kufra they are taken to Bani Walid": the same people go on from
        # where they were taken, as "From there" says.
        onward = [] if not (goals and told_before and roles.get("source")) else [
            s for s in antecedent.statements if s.direction == "trafficking" and s in self.statements
            and {r.code for r in roles["source"]} <= {t.code for t in s.targets}]
        going_on = _continues(slots, lo, trigger)
        if goals and not flows and not crossed and (onward or going_on):
            # "... driven through Poland to Germany. From there they are moved to France": the same
            # journey goes on; where it went before is on the way.
            earlier = [s for s in self.statements[self._unit_first :] if s.direction == "trafficking" and s.targets]
            if earlier and going_on == "later" and not onward:
                earlier = []  # (see _continues)
            elif not earlier and going_on == "some later":
                # ("Some of the refugees were later moved ...": a share of the people of the sentences before)
                share_of = antecedent or self.register.people(self.paragraph, slots.start[lo], _DEFINITE_REACH)
                earlier = [s for s in share_of.statements if s.direction == "trafficking" and s.targets and s in self.statements] if share_of else []
            elif not earlier and antecedent is not None and theme is not None and theme.anaphor and going_on != "where":
                # (not "..., from where they flew to Macau": a place of this sentence, not an earlier journey's end)
                earlier = [s for s in antecedent.statements if s.direction == "trafficking" and s.targets and s in self.statements]
            stated = {(r.code, r.country_code) for r in roles.get("source", [])}
            earlier = onward or [s for s in earlier if not stated or stated <= set(s.origins)]  # a source of its own starts anew
            # (a statement that already ends where this one does told the whole journey, not a leg of it: "sold as
            # brides in Malaysia. ... to Teknaf. ... and the women are then driven into Malaysia")
            ending = {goal.code for goal in goals}
            earlier = [s for s in earlier if not ending & {t.code for t in s.targets}]
            if earlier:
                origins = list(dict.fromkeys(o for s in earlier for o in s.origins)) or origins
                inferred = inferred and all(s.inferred for s in earlier)
                via = list(dict.fromkeys([v for s in earlier for v in s.via] + [t.code for s in earlier for t in s.targets] + via))
                for statement in earlier if going_on != "some later" else []:
                    self.statements.remove(statement)
        if goals and flows and not inferred:
            # "from Nepal and Bangladesh to India, and from Afghanistan to Pakistan": each source with its own goals.
            for sources, ends in flows:
                made.append(_Statement([(r.code, r.country_code) for r in sources], ends, list(via), purposes, victims, None,
                                       "trafficking", self.unit[0], self.unit[1], quotes + [self.quote], False))
        elif goals:
            volume = _volume(clause) if len(goals) == 1 and _has_number(slots, lo, hi) else None
            not_theirs = _later_group_paths(self.text, goals, roles.get("path", []))
            for group, group_purposes in _purposes_by_group(self.text, goals, slots.start[lo], slots.end[hi - 1], purposes):
                for skipped in dict.fromkeys(not_theirs.get(goal.code, frozenset()) for goal in group):
                    made.append(_Statement(list(origins), [g for g in group if not_theirs.get(g.code, frozenset()) == skipped],
                                           [code for code in via if code not in skipped], group_purposes, victims, volume,
                                           "trafficking", self.unit[0], self.unit[1], quotes + [self.quote], inferred))
        self.unit_goals.extend(goals)
        self.unit_goals.extend(roles.get("care", []))  # where they are now: what a return in the sentence starts from
        # The people of this frame, for the sentences after it.
        homes = origins if not inferred else (theme.homes if theme else [])
        statements = (antecedent.statements if antecedent is not None and (theme is None or theme.anaphor) else [])
        if not goals and purposes and antecedent is not None and theme is not None and theme.anaphor \
                and not _ABROAD.intersection(slots.low[trigger:hi]):
            # (not "some women and girls are trafficked abroad for prostitution": a move of their own, to nowhere named)
            self._lend(antecedent.statements, purposes, victims)
        if made and not origins:
            statements = statements + made  # waiting for a later sentence to say where they come from
        elif made:
            self.statements.extend(made)
            statements = statements + made
        if theme is not None and not theme.anaphor:
            # "Police rescued 12 women who were forced into prostitution. The women, from Uganda, ...": the women
            # pointed back at are those of every frame of the clause about them, the rescue's too.
            earlier = self._theme_statements.setdefault(theme.lo, [])
            statements = earlier + [s for s in statements if s not in earlier]
            earlier[:] = statements
        # Where they were: the ends of their move, or where a rescue took them from ("removed 1,200 children
        # from the streets of Dakar. Most were returned to their families": a return from Dakar).
        were = goals or (roles.get("away", []) if kind == "rescue" else [])
        if kind in ("rescue", "exploit") and homes:
            self._been_abroad |= {r.country_code for r in were} - {country for _, country in homes}
        # (where the same people went by themselves stays known while nothing says they went elsewhere:
        # "Kyrgyz citizens work in Russia. Most travel by train through Kazakhstan. A growing number are victims")
        went = list(antecedent.went) if antecedent is not None and theme is not None and theme.anaphor and not were else []
        self.register.note(People(slots.start[trigger], self.paragraph, list(homes), victims,
                                  quotes + [self.quote] if homes else [], [(r.code, r.country_code) for r in were], statements,
                                  went=went))

    @staticmethod
    def _foreign_scene(kind: str, roles: dict, theme: _Phrase | None, antecedent: People | None = None) -> bool:
        """Whether a frame's people are exploited or moved in the place framing its clause.

        An exploitation needs only people with a home ("In Thailand, Burmese
        men are forced to work ..."); a move needs a home in another country
        ("In Fiji, men from Indonesia were trafficked onto boats"), so that
        "In Vietnam, girls from Nghe An are trafficked" names no destination.
        People pointed back at have the home told of them before ("A girl was
        recruited in Durres ... In Zurich, she was sold to a brothel").
        """
        homes = {country for _, country in theme.homes} if theme else set()
        if not homes and theme is not None and theme.anaphor and antecedent is not None:
            homes = {country for _, country in antecedent.homes}
        stated = {r.country_code for r in roles.get("source", []) + roles.get("theme-home", [])}
        if kind == "exploit" and homes:
            return True
        origins = stated or homes
        return bool(origins) and not origins & {r.country_code for r in roles["frame"]}

    def _lend(self, statements: list, purposes: list, victims: list) -> None:
        """Purposes said of people after their route was stated ("They are sold as brides")."""
        for statement in statements:
            if not statement.purposes:
                statement.purposes = list(purposes)
                statement.victims = statement.victims or list(victims)
                if self.quote not in statement.quotes:
                    statement.quotes.append(self.quote)

    def _provenance(self, roles: dict, theme: _Phrase | None, antecedent: People | None, end: int, alone: bool = False,
                    went: list | None = None) -> None:
        """ "Most came from Ha Giang": where people named before come from; it completes their routes.

        ``end`` is where the clause ends: the people it names are there for the clauses after it.
        ``alone``: the clause's own verb says it ("come from"), so people named by it
        alone, in a paragraph that speaks of trafficking, come to the country the
        document is about ("Many domestic workers come from Ethiopia", of Lebanon).
        """
        sources = roles.get("source", []) + roles.get("theme-home", [])
        if not sources or theme is None or (theme.agent if theme else True):
            return
        homes = [(r.code, r.country_code) for r in sources]
        statements = antecedent.statements if antecedent is not None and theme.anaphor else []
        if not statements and theme.bare and not theme.homes:
            # "Most victims were trafficked to China ... Victims came mainly from Ha Giang": a plain plural
            # says where the people whose journeys wait for an origin come from
            said = frozenset(_victim_terms(tuple(self.text[self.unit[0] : end].lower().split())))
            waiting = self.register.people(self.paragraph, self.unit[0], _DEFINITE_REACH, said)
            if waiting is not None and any(not statement.origins for statement in waiting.statements):
                statements = [statement for statement in waiting.statements if not statement.origins]
        more = antecedent is not None and theme.anaphor and antecedent.told_homes
        if more:
            # "Most came from the Philippines; a smaller number came from Nepal": more of the same people's homes.
            told = list(antecedent.homes)
            for statement in statements:
                if statement.origins == told:
                    statement.origins = told + [home for home in homes if home not in told]
                    statement.quotes.append(self.quote)
            homes = told + [home for home in homes if home not in told]
        for statement in statements:
            if more:
                continue
            if not statement.origins:
                statement.origins = list(homes)
                statement.quotes.append(self.quote)
                self.statements.append(statement)
            elif _narrower(homes, statement.origins):
                # "39 Vietnamese nationals were found dead in Essex; most came from Nghe An": Nghe An, in Vietnam
                statement.origins = list(homes)
                statement.quotes.append(self.quote)
        victims = (antecedent.victims if antecedent is not None else []) or terms_in(self.quote, "victims")
        if alone and not statements and not theme.anaphor and self.signal:
            here = self._here(roles, theme)
            if here:
                statements = [_Statement(list(homes), here, [], terms_in(self.quote, "purposes"), victims, None, "trafficking",
                                         self.unit[0], self.unit[1], [self.quote], False)]
                self.statements.extend(statements)
        # (where the same people went or were taken stays known: "Kenyan women who went to work in Saudi Arabia ...
        # Many of the women are from Kilifi ... agents fly them out of Nairobi")
        same = antecedent is not None and theme.anaphor
        self.register.note(People(end - 1, self.paragraph, homes, victims, [self.quote], list(antecedent.goals) if same else [],
                                  statements, told_homes=True, went=list(antecedent.went) if same else list(went or [])))

    def _on_their_way(self, antecedent: People, places: list, inside: bool) -> bool:
        """Put places on the way of the routes of people named before, told before in this paragraph or of them.

        ``inside``: where they crossed, on their way to ends in the same
        country ("sold to men in Henan ... Many had been brought across the
        border in Yunnan"); else the way they went to ends in another country
        ("exploited in the UK ... they flew to Brussels or Paris and crossed
        the Channel"). Returns whether any route took them.
        """
        countries = {r.country_code for r in places}
        homes = set(antecedent.homes)
        this_paragraph = [s for s in self.statements if self.document is None or self.document.paragraph(s.start) == self.paragraph]
        routes = [s for s in {id(s): s for s in antecedent.statements + this_paragraph}.values()
                  if s.direction == "trafficking" and s.targets and any(t.country_code in countries for t in s.targets) == inside
                  and (homes & set(s.origins) or (inside and not homes))]
        for statement in routes:
            statement.via = list(dict.fromkeys(statement.via + [r.code for r in places]))
        return bool(routes)

    def _lend_origins(self, antecedent: People, origins: list) -> None:
        """Give the statements of people named before that still wait for an origin this one."""
        for statement in antecedent.statements:
            if not statement.origins:
                statement.origins = list(origins)
                statement.quotes.append(self.quote)
                self.statements.append(statement)

    def _finish_return(self, slots, lo, hi, trigger, roles, theme, antecedent) -> None:
        """A return flow, in trafficking direction: the victims' home to where they came back from."""
        homes = roles.get("home", [])
        if not homes and roles.get("care"):
            return  # "returned them to detention centres in Libya": taken into custody, not home
        origins = [(r.code, r.country_code) for r in homes]
        quotes, inferred = list(slots.quotes), False
        if not origins and roles.get("away") and theme is not None and not theme.homes:
            # "Nigeria's agency repatriated 120 women from Libya": those who bring them back are at home.
            agents = self._agent_countries(slots, lo, trigger, seat=False)
            origins = [(r.code, r.country_code) for r in agents[:1] if r.code not in {a.country_code for a in roles["away"]}]
        if not origins:
            origins, quotes, inferred = self._origins(slots, {k: v for k, v in roles.items() if k != "home"}, theme, antecedent)
        away = roles.get("away", [])
        if not away:
            # "others were deported by Egypt to Eritrea": the state that sends them back is where they were.
            away = [r for r in roles.get("none", []) if r.kind == "country" and _BY_BEFORE.search(self.text, max(0, r.start - 8), r.start)
                    and r.country_code not in {c for _, c in origins}]
        # (not the ends of a clause after it: "Most were repatriated to Myanmar; Cambodian men were flown to Phnom Penh")
        away = away or [r for r in self.unit_goals if r.country_code not in {c for _, c in origins} and (not r.end or r.end <= slots.end[hi - 1])]
        if not away:
            # "the Nigerian embassy in Bamako repatriated 40 of them to Lagos": from where its agents are.
            away = [r for r in roles.get("agent", []) if r.country_code and r.country_code not in {c for _, c in origins}]
        if not away:
            away = [r for r in self._agent_countries(slots, lo, trigger) if r.code not in {c for _, c in origins}]
        if not away and antecedent is not None and antecedent.goals:
            away = [Referent(code, "country" if code == country else "", country, 0, 0) for code, country in antecedent.goals]
            quotes += antecedent.quotes
        if not away and origins:
            # "14 men who had been stranded in Libya after being promised jobs in Italy return to Sylhet": the
            # first place abroad the clause names before the return is where they were.
            homes = {country for _, country in origins}
            abroad = [r for r in roles.get("none", []) if r.end <= slots.start[trigger] and r.country_code and r.country_code not in homes]
            away = [r for r in abroad if r.country_code == abroad[0].country_code] if abroad else []
        if not away and origins:
            # "recruited in Bahia ... held in Bento Goncalves. The workers were returned to Salvador and other
            # towns in Bahia": back from where the last move out of their home ended.
            counted = theme is not None and not theme.homes and (
                _has_number(slots, theme.lo, theme.hi) or any(w in _hints()["count"] for w in slots.low[theme.lo : theme.hi]))
            # (their home as told beside them counts too: "96 children from Bihar were escorted back to Patna")
            told = [(r.code, r.country_code) for r in roles.get("theme-home", [])]
            away = self._told_from(origins + told, countries=theme is not None and (bool(theme.anaphor) or counted))
        if not away:
            away = self._other_country(slots, origins, trigger)
        if not away and origins:
            # "The Jharkhand Bhawan in Delhi arranged for their return to Ranchi": the one other place the
            # return's clause names is where it starts.
            # (not a place that says where the home lies: "returned to the camps around Duhok in the Kurdistan Region")
            others = {r.code: r for r in roles.get("none", []) if r.code not in {code for code, _ in origins}
                      and not (r.kind == "country" and r.code in {c for _, c in origins})
                      and not any(_HOME_IN.fullmatch(self.text, h.end, r.start) for h in roles.get("home", []) if h.end <= r.start)}
            away = list(others.values()) if len(others) == 1 else []
        subject = self.register.subject
        if not away and origins and subject is not None and subject.code not in {c for _, c in origins}:
            # "110 boys from Guinea-Bissau were repatriated" in a report on Senegal: from the report's country
            away = [Referent(subject.code, "country", subject.code, 0, 0)]
        if not away and not origins:
            return
        clause = self._span(slots, lo, hi)
        purposes = self._purposes(slots, lo, hi, _people(slots, lo, hi), theme)
        victims = self._victims(slots, theme, lo, hi)
        statement = _Statement(origins, _specific(away), [], purposes, victims,
                               _volume(clause) if len(away) == 1 else None, "return", self.unit[0], self.unit[1],
                               quotes + [self.quote], inferred)
        if not away:
            # (the way home is no place they were taken to: "repatriated to Nairobi through Bangkok")
            self._ways_home[id(statement)] = {r.country_code for r in roles.get("path", [])}
            self.homeless.append(statement)  # home known, but not where from; see finish()
            return  # (and no people to point back at: the sentences after keep theirs)
        if origins:
            self.statements.append(statement)
        else:
            self.homeless.append(statement)  # a later sentence may say where they come from; see finish()
        # Who came back, and from where, for the sentences after: "Most had been recruited in Osh"
        # says where they were taken from, and where this return ends.
        self.register.note(People(slots.start[trigger], self.paragraph, list(origins), victims, [self.quote] if origins else [],
                                  [(r.code, r.country_code) for r in away], [] if origins else [statement], arrived=True))

    def _told_from(self, origins: list, countries: bool = False) -> list[Referent]:
        """The ends of the last trafficking statement that starts at one of ``origins``.

        A home said as a country counts only with ``countries``, for people
        the text named before or counted ("the victims have since been
        returned to Albania", "eight victims ... four returned to Romania"):
        "returned trafficked children" are anyone's.
        """
        codes = {code for code, country in origins if countries or code != country}
        if not codes:
            return []
        for statement in reversed(self.statements):
            if statement.direction == "trafficking" and codes & {code for code, _ in statement.origins}:
                return [r for r in statement.targets if r.code not in codes]
        return []

    def _agent_countries(self, slots: _Slots, lo: int, trigger: int, seat: bool = True) -> list[Referent]:
        """ "Thai authorities returned ...", "Nigeria's agency repatriated ...": the country of the agents of a return.

        Agents of a country of their own may sit in another ("the Kyrgyz embassy in Moscow"): ``seat`` puts
        the country they sit in first (where they found or sent people), else the country they belong to
        (whose nationals they bring home).
        """
        out = []
        for phrase in _people(slots, lo, trigger):
            if not phrase.agent:
                continue
            own = [Referent(code, "country", code, slots.start[phrase.lo], slots.end[phrase.hi - 1]) for code, _ in phrase.homes if _country(code)]
            k = phrase.lo - 1
            while k >= lo and slots.kind[k] == "w" and slots.cue[k] is None and not slots.who[k] and not slots.role[k] and not slots.stop[k]:
                k -= 1  # "Nigeria's anti-trafficking agency"
            if k >= lo and slots.kind[k] == "p" and slots.flag[k] == "possessive" and slots.ref[k].kind == "country":
                own.append(slots.ref[k])
            after = phrase.hi
            seated = []
            if after + 1 < trigger and slots.low[after] == "in" and slots.kind[after + 1] == "p" and slots.ref[after + 1].country_code:
                # "authorities in Thailand identified ...", "officials in Trinidad identified ...": their country
                place = slots.ref[after + 1]
                seated.append(place if place.kind == "country" else Referent(place.country_code, "country", place.country_code, place.start, place.end))
            out += seated + own if seat else own + seated
        return out + self._subject_bodies(slots, lo, trigger)

    @staticmethod
    def _agent_places(slots: _Slots, lo: int, trigger: int) -> list[Referent]:
        """ "Dubai Police rescued ...", "police in Sabah rescued ...": the places that say where a trigger's agents are."""
        out = []
        for phrase in _people(slots, lo, trigger):
            if not phrase.agent:
                continue
            if phrase.lo > lo and slots.kind[phrase.lo - 1] == "p" and slots.ref[phrase.lo - 1].country_code:
                out.append(slots.ref[phrase.lo - 1])
            after = phrase.hi
            if after + 1 < trigger and slots.low[after] == "in" and slots.kind[after + 1] == "p" and slots.ref[after + 1].country_code:
                out.append(slots.ref[after + 1])
        return out

    def _subject_bodies(self, slots: _Slots, lo: int, trigger: int) -> list[Referent]:
        """ "the Interior Ministry of Uzbekistan identified ...": the country of a state body right before a trigger."""
        first, last = slots.start[lo], slots.start[trigger]
        found = []
        for start, end, country in self.bodies[bisect.bisect_left(self.bodies, (first,)) :]:
            if start >= last:
                break
            k = trigger
            while k > lo and slots.end[k - 1] > end and (slots.low[k - 1] in _AUXILIARIES or slots.low[k - 1].endswith("ly")):
                k -= 1
            if end <= last and (k == lo or slots.end[k - 1] <= end):
                found.append(Referent(country, "country", country, start, end))
        return found

    def _other_country(self, slots: _Slots, origins: list, trigger: int) -> list[Referent]:
        """The one other country the sentence names ("visited Malaysia ... flew victims back to Indonesia").

        Only the part of the sentence the trigger is in, between semicolons:
        "Most were returned to Kolda; 110 boys from Guinea-Bissau were
        repatriated" says nothing of where the first ones came back from.
        """
        homes = {country for _, country in origins}
        low = slots.low
        lo = next((j + 1 for j in range(trigger - 1, -1, -1) if low[j] == ";"), 0)
        hi = next((j for j in range(trigger + 1, len(low)) if low[j] == ";"), len(low))
        others = {slots.ref[j].code: slots.ref[j] for j in range(lo, hi) if slots.kind[j] == "p"
                  and slots.ref[j].kind == "country" and slots.ref[j].code not in homes}
        return list(others.values()) if len(others) == 1 else []

    # -- helpers ----------------------------------------------------------------------------

    def _internal(self, slots: _Slots, lo: int, hi: int) -> bool:
        """Whether the clause says its movement stays inside: "trafficked internally", "domestic victims"."""
        tables = _tables()
        # (a clause naming places of two countries moves people between them: "jobs in Kuwait ... ended up as unpaid
        # domestic workers" is work in a household there, not a move inside the country)
        abroad = len({slots.ref[j].country_code for j in range(lo, hi) if slots.kind[j] == "p"} - {""}) > 1
        for j in range(lo, hi):
            word = slots.low[j]
            if word in ("internally", "domestically", "in-country"):
                return True
            if word in ("internal", "domestic") and j + 1 < hi and slots.who[j + 1] == "victim" \
                    and not (abroad and word == "domestic" and slots.low[j + 1].rstrip("s") in _HOUSEHOLD_WORK):
                return True  # "domestic victims" ("internal trafficking" is the trigger's own word: see _internal_noun)
        return False

    def _purposes(self, slots: _Slots, lo: int, hi: int, people: list, theme: _Phrase | None) -> list[str]:
        """The purposes a clause says of its theme: what is said of other people ("meeting with migrant workers") is left out."""
        # (but the clients a victim was made to see say what for: "forced to see clients")
        others = [(slots.start[p.lo], slots.end[p.hi - 1]) for p in people if p is not theme and (p.agent or p.governed in _COMPANY)
                  and not (p.agent and slots.low[p.hi - 1] in _PATRONS)]
        if not others:
            return self._terms_in(slots.start[lo], slots.end[hi - 1], "purposes")
        key = (slots.start[lo], slots.end[hi - 1], tuple(others))
        if key not in self._terms:
            pieces, cursor = [], slots.start[lo]
            for start, end in others:
                pieces.append(self.text[cursor:start])
                cursor = max(cursor, end)
            pieces.append(self.text[cursor : slots.end[hi - 1]])
            self._terms[key] = _purpose_terms(" ".join(pieces))
        return list(self._terms[key])

    @property
    def signal(self) -> bool:
        """Whether the sentence speaks of trafficking or exploitation (for voluntary movements)."""
        if self._signal is None:
            self._signal = self.document.speaks_of_trafficking(*self.unit) if self.document else _speaks_of_trafficking(self.text, *self.unit)
        return self._signal

    def _terms_in(self, start: int, end: int, vocabulary: str) -> list[str]:
        """Vocabulary terms of a stretch of the sentence, looked up once per stretch.

        The work a lure promised is no purpose: "recruited with promises of factory work and flown to Shanghai,
        where they were sold as brides" is for marriage.
        """
        key = (start, end, vocabulary)
        if key not in self._terms:
            stretch = self.text[start:end]
            self._terms[key] = _purpose_terms(stretch) if vocabulary == "purposes" else terms_in(stretch, vocabulary)
        return list(self._terms[key])

    def _span(self, slots: _Slots, lo: int, hi: int) -> str:
        return self.text[slots.start[lo] : slots.end[hi - 1]]

    def _victims(self, slots: _Slots, theme: _Phrase | None, lo: int, hi: int, whole_clause: bool = True) -> list[str]:
        """Who the theme is (its people words), else who the clause names, leaving out buyers ("sold to Chinese men")."""
        if theme is not None and not theme.anaphor:
            found = list(_victim_terms(tuple(slots.low[j] for j in range(theme.lo, theme.hi) if slots.who[j] == "victim")))
            if found:
                return found
        if not whole_clause:
            return []
        return terms_in(_BUYERS.sub(" ", self._span(slots, lo, hi)), "victims")

    def _emit(self, origins, targets, via, purposes, victims, volume, direction, quotes, inferred) -> None:
        self.statements.append(_Statement(list(origins), list(targets), list(via), list(purposes), list(victims), volume,
                                          direction, self.unit[0], self.unit[1], list(quotes), inferred))



# --- places of work named by nationality ------------------------------------------------


@lru_cache(maxsize=1)
def _foreign_site() -> re.Pattern:
    """ "on Thai fishing boats", "in Malaysian factories", "trafficked to Thai fishing boats": a country
    named by where people are exploited."""
    names = "|".join(map(re.escape, sorted(DEMONYMS, key=len, reverse=True)))
    return re.compile(
        rf"(?=[oiat])\b(?:on|in|aboard|at|into|onto|to)\s+(?:board\s+)?(?:the\s+)?({names})\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:boats?|vessels?|ships?|trawlers?|factories|factory|farms?|plantations?|brothels?|karaoke\s+bars?|"
        r"households?|construction\s+sites?|mines?|waters|fisheries|fishing\s+(?:fleets?|industry)|industry)\b"
    )


def _site_destinations(text: str, start: int, end: int) -> list[Referent]:
    """Destinations named by a nationality word and a workplace ("forced to work on Thai fishing boats")."""
    return [
        Referent(DEMONYMS[m.group(1)], "country", DEMONYMS[m.group(1)], m.start(1), m.end(1))
        for m in _foreign_site().finditer(text, start, end)
    ]


# --- purposes, volume, merging ------------------------------------------------------------


@lru_cache(maxsize=4096)
def _victim_terms(words: tuple[str, ...]) -> list[str]:
    """The victim terms of a theme's people words, in vocabulary order (looked up once per set of words)."""
    return terms_in(" ".join(words), "victims") if words else []


#: Purposes that say by themselves that a movement was exploitation ("go to Cambodia for sex work").
_EXPLOITATIVE = frozenset({"sexual exploitation", "begging", "adoption", "other"})


def _speaks_of_trafficking(text: str, start: int, end: int) -> bool:
    """Whether a sentence speaks of trafficking or exploitation: a word of it, or an exploitative purpose."""
    return _signal_in(text, start, end) or not _EXPLOITATIVE.isdisjoint(terms_in(text[start:end], "purposes"))


#: Letters every match of :data:`_SIGNAL` holds, one entry per alternative (lower case).
_SIGNAL_LETTERS = ("traffick", "sold", "sell", "exploit", "forced", "victim", "brothel", "prostitut", "servitude", "rescued",
                   "lured", "deceiv", "trick", "smuggl", "kidnap", "abduct", "bride", "bonded", "bondage", "coerc", "slave",
                   "debt", "abuse", "confiscat", "withh", "made")


def _signal_in(text: str, start: int, end: int) -> bool:
    """``_SIGNAL.search(text, start, end)``: a sentence in ASCII that holds none of its words in
    any case is not searched (the search tries every position; most cue sentences hold none)."""
    segment = text[start:end]
    if segment.isascii():
        lowered = segment.lower()
        if not any(letters in lowered for letters in _SIGNAL_LETTERS):
            return False
    return bool(_SIGNAL.search(text, start, end))


def _has_number(slots: _Slots, lo: int, hi: int) -> bool:
    return any(word[:1].isdigit() for word in slots.low[lo:hi])


def _volume(clause: str) -> str | None:
    found = _VOLUME.search(clause) or _COUNT.search(clause)
    return " ".join(found.group().split()) if found else None


def _specific(targets: list[Referent]) -> list[Referent]:
    """Destinations without a country when a place inside it is named too."""
    inner = {p.country for p in targets if p.kind != "country"}
    return [p for p in targets if not (p.kind == "country" and p.code in inner)]


def _purpose_terms(stretch: str) -> list[str]:
    """The purposes a stretch of text says, leaving out the work lures promised and the landmarks places are near.

    A place named by a trade ("mining towns", "fishing villages") says the
    purpose only when nothing else does: "for sexual exploitation in mining
    towns" is for sex, "taken to fishing villages around Yeji" for labour.
    """
    told = _gated_sub(_LANDMARK, _LANDMARK_WORDS, _gated_sub(_LURE, _LURE_WORDS, stretch))
    return terms_in(_gated_sub(_TRADE_PLACES, _TRADE_WORDS, told), "purposes") or terms_in(told, "purposes")


#: Letters every match of _LURE, _LANDMARK and _TRADE_PLACES holds, one of each alternative's (lower case).
_LURE_WORDS = ("promise", "offer", "thinking", "believing", "told")
_LANDMARK_WORDS = ("near", "close", "next", "beside", "outside")
_TRADE_WORDS = ("mining", "fishing", "farming", "plantation", "logging")


def _gated_sub(pattern: re.Pattern, needles: tuple[str, ...], stretch: str) -> str:
    """``pattern.sub(" ", stretch)``, not tried on an ASCII stretch that holds none of ``needles`` in any
    case (as :func:`progmap.text.gated_search`): the case-blind patterns open with a word boundary, which
    the engine tries at every position, and few stretches hold their words.

    >>> _gated_sub(_LANDMARK, _LANDMARK_WORDS, "taken to a village near the border"), _gated_sub(_LANDMARK, _LANDMARK_WORDS, "taken to Hue")
    ('taken to a village  ', 'taken to Hue')
    """
    if stretch.isascii():
        lowered = stretch.lower()
        if not any(needle in lowered for needle in needles):
            return stretch
    return pattern.sub(" ", stretch)


def _purposes_by_group(text: str, targets: list[Referent], start: int, end: int, purposes: list[str]) -> list[tuple[list, list]]:
    """Destinations grouped by list, each with the purposes said of it.

    "to Cambodia for sexual exploitation, and to China and Taiwan for
    marriage": each list takes the purposes after it (or, in "for marriage
    to China", before it), when every list has some; otherwise all take
    the clause's purposes.
    """
    if len(purposes) < 2 or len(targets) < 2:
        return [(targets, purposes)]
    ordered = sorted({(t.start, t.code): t for t in targets}.values(), key=lambda t: t.start)
    groups = [[ordered[k] for k in group] for group in coordinated_groups(text, [(t.start, t.end) for t in ordered])] if ordered else []
    if len(groups) < 2 or len(purposes) < 2 or any(t.end <= t.start for t in ordered):
        return [(targets, purposes)]
    firsts = [group[0].start for group in groups]
    lasts = [group[-1].end for group in groups]
    after = [terms_in(text[a:b], "purposes") for a, b in zip(firsts, [*firsts[1:], end])]
    if all(after):
        return list(zip(groups, after))
    before = [terms_in(text[a:b], "purposes") for a, b in zip([start, *lasts[:-1]], lasts)]
    if all(before):
        return list(zip(groups, before))
    return [(targets, purposes)]


def _contains(target: Referent, origin: str, origin_country: str) -> bool:
    """Whether the destination contains the origin (no movement to draw: "from Lao Cai to Vietnam"), or is it
    below country level ("children, some born in Sabah, ... exploited in Sabah": no Sabah -> Sabah; a country to
    itself is internal trafficking, which the map shows)."""
    return (target.kind == "country" and origin_country == target.code and origin != target.code) or (
        target.kind != "country" and target.code == origin)


def _merge(doc_id: str, statements: list[_Statement]) -> dict[str, list]:
    """One route per origin, destination and direction in a document, as plain columns."""
    routes: dict[tuple[str, str, str], dict] = {}
    for statement in statements:
        targets = _specific(statement.targets)
        # "to Savannakhet, Laos" in a return, "from Lao Cai, Vietnam": the country of a named place is no origin of its own.
        inner = {country for code, country in statement.origins if code != country}
        origins = [(code, country) for code, country in statement.origins if not (code == country and code in inner)]
        for origin, origin_country in origins:
            for target in targets:
                if _contains(target, origin, origin_country) or target.code in statement.via and target.code != origin:
                    continue
                if statement.direction == "return" and origin == origin_country and target.country_code == origin:
                    continue  # "the delegation from Hanoi returned to Vietnam": no return from inside the home country
                # (nor is the country of either end on the way: "entered Mexico ... to Ciudad Hidalgo")
                ends = {origin, target.code, origin_country if origin != origin_country else origin,
                        target.country_code if target.kind != "country" else target.code}
                via = [code for code in statement.via if code not in ends]
                # A return flow is its own route, beside a trafficking route of the same two places:
                # "trafficked to Indonesia ... repatriated to Myanmar" is two facts for the map.
                key = (origin, target.code, statement.direction)
                route = routes.get(key)
                if route is None:
                    routes[key] = {
                        "purposes": list(statement.purposes), "victims": list(statement.victims), "volume": statement.volume,
                        "direction": statement.direction, "start": statement.start, "end": statement.end,
                        "quotes": list(statement.quotes), "via": via, "inferred": statement.inferred,
                    }
                    continue
                route["purposes"] = list(dict.fromkeys(route["purposes"] + statement.purposes))
                route["victims"] = list(dict.fromkeys(route["victims"] + statement.victims))
                route["volume"] = route["volume"] or statement.volume
                route["via"] = list(dict.fromkeys(route["via"] + via))
                # Stated once, it is not inferred.
                route["inferred"] = route["inferred"] and statement.inferred
                if statement.start < route["start"]:
                    route["start"], route["end"] = statement.start, statement.end
                route["quotes"].extend(q for q in statement.quotes if q not in route["quotes"])
    ordered = sorted(routes.items(), key=lambda kv: (kv[1]["start"], kv[0]))
    rows = [
        {
            "route_id": item_id("route", doc_id, number),
            "origin_code": origin,
            "destination_code": destination,
            "purposes": route["purposes"],
            "victims": route["victims"],
            "volume": route["volume"],
            "direction": route["direction"],
            "doc": doc_id,
            "start": int(route["start"]),
            "end": int(route["end"]),
            "evidence": EVIDENCE_SEPARATOR.join(dict.fromkeys(route["quotes"])),
            "source": "extracted",
            "via": route["via"],
            "origin_inferred": bool(route["inferred"]),
        }
        for number, ((origin, destination, _), route) in enumerate(ordered, 1)
    ]
    return {column: [row[column] for row in rows] for column in ROUTE_COLUMNS}


def _frame(rows: list[list]) -> pd.DataFrame:
    """Route rows as a frame of object columns, built as one block.

    A frame a document is built in milliseconds when pandas infers a string
    type for each column; one object block takes a tenth of that, and is
    what an empty frame of the same columns holds.
    """
    block = np.empty((len(rows), len(ROUTE_COLUMNS)), dtype=object)
    for number, row in enumerate(rows):
        block[number] = row
    return pd.DataFrame(block, columns=_route_columns(), dtype=object, copy=False)


@lru_cache(maxsize=1)
def _route_columns() -> pd.Index:
    """The routes frame's column index, made once (pandas would make it anew for every document)."""
    return pd.Index(ROUTE_COLUMNS)


# --- the document ------------------------------------------------------------------------------


class _Places:
    """A document's resolved places by offset, made into Referents only when read."""

    def __init__(self, place_mentions):
        names = ("code", "kind", "country", "start", "end")
        if length(place_mentions):
            found = plain_columns(place_mentions, list(names))
            self._columns = [found[c] for c in names]
            starts = self._columns[3]
            if any(later < earlier for earlier, later in zip(starts, starts[1:])):  # mentions come sorted; sort them if not
                order = sorted(range(len(starts)), key=starts.__getitem__)
                self._columns = [[column[i] for i in order] for column in self._columns]
            self.starts = list(self._columns[3])
        else:
            self._columns, self.starts = [], []
        self._made: dict[int, Referent] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def countries(self) -> set[str]:
        """The countries the document's places lie in."""
        return set(self._columns[2]) if self._columns else set()

    def name_elsewhere(self, text: str, country: str) -> bool:
        """Whether a place of the document is written as the name of ``country`` but lies elsewhere ("Georgia", a US state)."""
        if not self._columns:
            return False
        codes, starts, ends = self._columns[0], self._columns[3], self._columns[4]
        return any(code != country and country_of(text[start:end]) == country for code, start, end in zip(codes, starts, ends))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        made = self._made.get(index)
        if made is None:
            code, kind, country, start, end = (column[index] for column in self._columns)
            made = self._made[index] = Referent(str(code), str(kind), country if isinstance(country, str) else "", int(start), int(end))
        return made


def _paragraphs(text: str) -> tuple[list[int], list[int]]:
    """Paragraph bounds: starts and ends (blank lines between)."""
    starts, ends = [0], []
    for match in _PARAGRAPH_BREAK.finditer(text):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    return starts, ends


@lru_cache(maxsize=2)
def _worth_reading(lowered: bool = False) -> re.Pattern:
    """Words that make a cue sentence without places worth reading: people pointed back at, internal movement.

    ``lowered``: the same words, case-sensitive, for lower-cased ASCII text
    (the same matches, several times faster than a case-blind scan).
    """
    phrases = [" ".join(key) for key, role in _tables().anaphora.items() if role in ("people", "residents", "narrator")]
    words = sorted(phrases + ["internally", "internal", "domestic", "domestically", "in-country", "within"], key=len, reverse=True)
    # A lookahead of the words' first letters lets the regex engine skip the other positions at once.
    first = "(?=[" + "".join(sorted({re.escape(word[0].lower()) for word in words})) + "])"
    if lowered:
        return re.compile(first + r"\b(?:" + "|".join(re.escape(word.lower()) for word in words) + r")\b")
    return re.compile(first + r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointing_back() -> re.Pattern:
    """Words that point back at people named before and can name no others ("they", "some", "many of them").

    "The women" may be new people ("Chinese nationals flew to Ecuador. The
    women were flown to Beijing"), so nouns are left out.
    """
    tables = _tables()
    phrases = sorted(
        (" ".join(key) for key, role in tables.anaphora.items() if role == "people" and key[-1] not in tables.people),
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)


class _Document:
    """One document's text cut into paragraphs and, on demand, into sentences and list items.

    The split is the one every stage uses (:func:`progmap.sources.documents.sentence_spans`,
    cached per text), so a build splits each document once for programmes
    and routes alike; a list item's sentences are read one by one.
    """

    def __init__(self, text: str, spans, place_starts: list[int], nation_starts: list[int]):
        self.text = text
        self.spans = spans
        self.starts, self.ends = _paragraphs(text)
        self.place_starts = place_starts
        self.nation_starts = nation_starts
        self._sentence_starts: list[int] | None = None
        self._sentence_ends: list[int] = []
        self._span_starts = [a for a, _ in spans] if spans is not None else []
        self._lower: str | None = None  # the text lower-cased when it is ASCII, else "" (see names_something)
        self.titled_trafficking = False  # whether the document's title or subject line speaks of trafficking

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def unit_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding an offset, cut to the narrative span it starts in (None outside the narrative)."""
        if self._sentence_starts is None:
            spans = sentence_spans(self.text)  # cached per text: split once for every stage
            self._sentence_starts, self._sentence_ends = spans[:, 0].tolist(), spans[:, 1].tolist()
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0 or offset >= self._sentence_ends[index]:
            return None
        start, end = self._sentence_starts[index], self._sentence_ends[index]
        if self.spans is None:
            return start, end
        # Cut to the narrative: a header line glued to a sentence is no part of it.
        at = bisect.bisect_right(self._span_starts, offset) - 1
        if at < 0 or offset >= self.spans[at][1]:
            return None
        start, end = max(start, self.spans[at][0]), min(end, self.spans[at][1])
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def names_nationals(self, start: int, end: int) -> bool:
        """Whether a sentence names people by a nationality ("Venezuelan women"): who they are is worth noting."""
        return bisect.bisect_left(self.nation_starts, start) != bisect.bisect_left(self.nation_starts, end)

    def speaks_of_trafficking(self, start: int, end: int) -> bool:
        """Whether a sentence, one before it in its paragraph, or a later one pointing back speaks of trafficking or exploitation.

        "... convicted of arranging travel with a view to exploitation. They
        organised the movement of 30 nationals from Vietnam to the UK": the
        movement the next sentence tells is that one. "They went to Saudi
        Arabia through Yemen. Some were held by smugglers in Yemen": the
        journey the sentence after it tells the end of.
        """
        if self.titled_trafficking or _speaks_of_trafficking(self.text, start, end):
            return True
        self.unit_at(start)  # splits the sentences once
        index = bisect.bisect_right(self._sentence_starts, start) - 1
        paragraph = self.paragraph(start)
        # (any sentence before it in its paragraph: "Nine of the possible victims were Romanian women ... Two were from
        # Nigeria. The Nigerian women said they had travelled through Libya and Italy before reaching the Netherlands")
        before = index - 1
        while before > 0 and self._sentence_starts[before] >= self.starts[paragraph] and not _speaks_of_trafficking(
                self.text, self._sentence_starts[before], min(self._sentence_ends[before], start)):
            before -= 1
        after = index + 1
        # (a later sentence of the paragraph, pointing back at them: "They joined their vessels in Port Louis ...
        # Several said their wages were withheld")
        while after + 1 < len(self._sentence_starts) and self.paragraph(self._sentence_starts[after + 1]) == paragraph \
                and not _speaks_of_trafficking(self.text, self._sentence_starts[after], self._sentence_ends[after]):
            after += 1
        for other in (before, after):
            if not 0 <= other < len(self._sentence_starts) or other == index:
                continue
            near, near_end = self._sentence_starts[other], self._sentence_ends[other]
            if other < index:
                near_end = min(near_end, start)
            else:
                near = max(near, end)
            if not (near < near_end and self.paragraph(near) == self.paragraph(start)):
                continue
            # The sentence after must point back at the same people ("Some were held ...").
            if _speaks_of_trafficking(self.text, near, near_end) and (other < index or _pointing_back().search(self.text, near, near_end)):
                return True
        return False

    def quote_at(self, offset: int) -> str:
        """The sentence holding an offset, whitespace collapsed ("" outside the narrative)."""
        unit = self.unit_at(offset)
        return " ".join(self.text[unit[0] : unit[1]].split()) if unit else ""

    def names_something(self, start: int, end: int) -> bool:
        """Whether a stretch names a place or a nationality, or people pointed back at, or internal movement."""
        for starts in (self.place_starts, self.nation_starts):
            if bisect.bisect_left(starts, start) != bisect.bisect_left(starts, end):
                return True
        if self._lower is None:
            self._lower = self.text.lower() if self.text.isascii() else ""
        if self._lower:
            return bool(_worth_reading(lowered=True).search(self._lower, start, end))
        return bool(_worth_reading().search(self.text, start, end))


def find_routes(
    doc_id: str,
    text: str,
    place_mentions: pd.DataFrame,
    context_country: str | None = None,
    spans=None,
    metadata: dict | None = None,
    bodies=None,
) -> pd.DataFrame:
    """Find the trafficking routes a document reports.

    Parameters
    ----------
    doc_id : str
    text : str
        The document text; offsets index into it.
    place_mentions : pandas.DataFrame
        Resolved places (:data:`progmap.schema.MENTION_COLUMNS`; ``start``,
        ``end``, ``code``, ``kind`` and ``country`` are read).
    context_country : str, optional
        The context country the places were resolved with. Not an origin:
        it is often the most-mentioned country, which in migration texts is
        the destination.
    spans : list of (start, end), optional
        Narrative spans to read.
    metadata : dict, optional
        The document's metadata (:attr:`progmap.sources.documents.Document.metadata`),
        for its subject country (see :func:`progmap.actors.discourse.subject_from_metadata`).
    bodies : list of (start, end, country), optional
        Where the text names a country's state bodies ("the Interior Ministry
        of Uzbekistan", "NAPTIP"): as the subject of a return or of an
        identification, they say whose nationals it is about.

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.ROUTE_COLUMNS`, ``source = "extracted"``, one
        row per origin and destination, numbered in order of first statement.
    """
    found = read_routes(doc_id, text, place_mentions, context_country, spans, metadata, bodies)
    if not found["route_id"]:
        return _no_routes()
    return _frame([list(row) for row in zip(*(found[column] for column in ROUTE_COLUMNS))])


def read_routes(
    doc_id: str,
    text: str,
    place_mentions,
    context_country: str | None = None,
    spans=None,
    metadata: dict | None = None,
    bodies=None,
) -> dict[str, list]:
    """:func:`find_routes` as plain columns (column name -> list of values).

    What a build's worker calls: ``place_mentions`` may be a frame or plain
    columns (see :mod:`progmap.actors.frames`), and no frame is made.
    """
    folded = fold_text(text)
    hits = _scanner().find(text, folded)
    fields = [f for f in sheet_fields(text, "route_fields") + table_fields(text) if f.role in ("destinations", "origins")]
    flows = table_route_pairs(text)
    if not hits and not fields and not flows:
        return empty_columns(ROUTE_COLUMNS)
    nations = _nationality_words(text, folded)
    places = _Places(place_mentions)
    place_starts = places.starts
    document = _Document(text, spans, place_starts, [n[0] for n in nations])
    # "Police smash gang smuggling Vietnamese nationals into UK cannabis farms": a title that speaks of trafficking says
    # what the journeys its story tells are, though the story's paragraphs may not say it again.
    heading = " ".join(str((metadata or {}).get(key) or "") for key in ("title", "subject"))
    document.titled_trafficking = bool(heading.strip()) and _speaks_of_trafficking(heading, 0, len(heading))
    # Only cue sentences that name a place or people, or say the movement is internal, are read.
    roles_in: dict[tuple[int, int], set] = {}
    unit = None
    for start, _, cue in hits:
        if unit is None or not unit[0] <= start < unit[1]:  # hits come in text order: most share a sentence
            unit = document.unit_at(start)
            if unit is None:
                continue
        roles_in.setdefault(unit, set()).add(cue.role if cue.lexicon == "movement" else "status")
    # Voluntary movement alone ("women go to Taiwan for marriage") counts only where the sentence speaks of trafficking.
    units = [
        unit for unit, roles in roles_in.items()
        if document.names_something(*unit) and (roles != {"voluntary"} or document.speaks_of_trafficking(*unit) or document.names_nationals(*unit))
    ]
    if not units and not fields and not flows:
        return empty_columns(ROUTE_COLUMNS)
    # Sentences that name people by nationality and move no one are read for who the sentences after may
    # point back at ("Researchers interviewed 40 North Korean women. ... brokers sold them to farmers in Jilin").
    named = {document.unit_at(start) for start, *_ in nations} - set(roles_in) - {None}
    # ... and so are people with a home in apposition, wherever they are ("The women, mostly from Sindhuli, had been
    # promised jobs. The agents flew them to Colombo", "Police intercepted 14 women ... The women, mostly from Sindhuli,")
    apposed = {document.unit_at(start) for start in place_starts if _apposed_home_at(text, start)}
    apposed -= set(roles_in) | {None}
    if units and (named or apposed):
        units = sorted(set(units) | apposed | {unit for unit in named if unit[0] < units[-1][0]})
    subject = subject_from_metadata(metadata)
    if subject is not None and subject.code not in places.countries() and places.name_elsewhere(text, subject.code):
        # "Visa fraud and forced labor on Georgia farms" over a text whose "Georgia" is a US state: a country the
        # title names by a word the text uses for another place, and no place of which the text names, is no subject.
        subject = None
    subject = subject or subject_from_base(text, places, place_starts) or subject_from_dateline(text, places, place_starts)
    register = Register(places, subject, place_starts)
    reader = _Reader(text, register, document, bodies)
    if fields and register.subject is not None:
        reader.statements.extend(_sheet_statements(text, fields, places, register.subject.code))
    reader.statements.extend(_flow_table_statements(text, flows, places))
    cues = {start: cue for start, _, cue in hits}
    for u_start, u_end in units:
        low, high = bisect.bisect_left(place_starts, u_start), bisect.bisect_left(place_starts, u_end)
        n_low, n_high = bisect.bisect_left(document.nation_starts, u_start), bisect.bisect_left(document.nation_starts, u_end)
        slots = _slots(text, u_start, u_end, places[low:high], nations[n_low:n_high], cues, register, document)
        reader.read(slots, u_start, u_end, document.paragraph(u_start))
    reader.finish()
    statements = [s for s in reader.statements if s.origins and s.targets]
    return _merge(doc_id, statements) if statements else empty_columns(ROUTE_COLUMNS)


def _sheet_statements(text: str, fields: list, places: _Places, subject: str) -> list[_Statement]:
    """A fact sheet's route lines ("Main countries of destination: India, Malaysia"): the subject country's routes."""
    out = []
    for field in fields:
        listed = [places[k] for k in range(bisect.bisect_left(places.starts, field.start), bisect.bisect_left(places.starts, field.end))]
        listed = [place for place in listed if place.end <= field.end and place.country_code != subject]
        if not listed:
            continue
        line_start = text.rfind("\n", 0, field.start) + 1
        line_end = text.find("\n", field.end)
        quote = " ".join(text[line_start : line_end if line_end >= 0 else len(text)].split())  # (a table's row whole)
        home = [(subject, subject)]
        if field.role == "destinations":
            out.append(_Statement(home, listed, [], [], [], None, "trafficking", line_start, field.end, [quote], False))
        else:
            target = Referent(subject, "country", subject, field.start, field.start)
            out.append(_Statement([(p.code, p.country_code) for p in listed], [target], [], [], [], None, "trafficking",
                                  line_start, field.end, [quote], False))
    return out


def _flow_table_statements(text: str, flows: list, places: _Places) -> list[_Statement]:
    """A table of flows' rows ("Nepal | India | 312 | sexual exploitation"): a route a row, with the purposes it names."""
    out = []
    for flow in flows:
        def within(start: int, end: int) -> list[Referent]:
            return [place for place in (places[k] for k in range(bisect.bisect_left(places.starts, start), bisect.bisect_left(places.starts, end)))
                    if place.end <= end]
        origins, targets = within(flow.origin_start, flow.origin_end), within(flow.destination_start, flow.destination_end)
        if not (origins and targets):
            continue
        row = text[flow.row_start : flow.row_end]
        out.append(_Statement([(p.code, p.country_code) for p in origins], targets, [], terms_in(row, "purposes"), [], None,
                              "trafficking", flow.row_start, flow.row_end, [" ".join(row.split())], False))
    return out


def _no_routes() -> pd.DataFrame:
    """An empty routes frame (a copy: building one anew costs a millisecond)."""
    return _empty_frame().copy()


@lru_cache(maxsize=1)
def _empty_frame() -> pd.DataFrame:
    return _frame([])

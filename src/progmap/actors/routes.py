"""Find trafficking routes: who is moved where, for what.

Each sentence (or list item) is cut into clauses, and each place in a
clause gets a role from the cue right before it:

- destination: "trafficked / sold / lured / go ... to X", "bound for X",
  "destinations include X"; "exploited / forced to work / sold as brides /
  victims of trafficking ... in X"; "rescued in factories at X";
- origin: "from X", "children / women / natives of X", or a place framing
  its people ("victims in the north ... trafficked to the PRC", "In the
  south, most victims are trafficked to Cambodia");
- away (a return flow): "repatriated / returned / rescued ... from X";
- home: "returned / brought home / repatriated to X";
- base ("based in X") and anything else: no role.

Places listed after one with a role share it ("from Malaysia, Thailand and
Laos"). A clause with destinations and an origin is a route; without an
origin of its own it takes, in order, a nationality ("Vietnamese women",
"Burmese and Lao migrants"), the subject of "X is a source country", the
origin of an earlier clause of the sentence, or that of the route before in
the paragraph when it continues it ("the women who go to Taiwan (or Korea)").
Otherwise no route is recorded: every route's evidence quotes the names of
its origin and destination.

Return flows ("Vietnamese victims repatriated from Malaysia", "rescued in
Henan and brought home to Vietnam") keep the direction victims were
trafficked: origin the victims' country, destination the country they came
back from, and ``direction = "return"`` says the text reported a return.

A sentence that goes on about the same people (opening with "most",
"they", "the victims"...) completes a route the sentence before left open:
"... 80 girls trafficked to China. Most came from Ha Giang." Foreigners
said to be exploited where they are ("Burmese migrants in Samut Sakhon are
subjected to forced labor") make a route to that place. When a clause has
several lists of destinations, each keeps the purposes said of it.

A clause of voluntary movement ("go", "travel", "migrate") counts only in a
sentence that speaks of trafficking or exploitation. A route without
purposes takes those of the next clause or sentence of the paragraph when
that one continues it ("They are sold as brides"). One route per origin and
destination per document: purposes, victims and quotes of its statements
are merged.

Examples
--------
>>> import pandas as pd
>>> text = "Girls from Lao Cai are sold to China as brides."
>>> places = pd.DataFrame({"start": [11, 31], "end": [18, 36], "code": ["VN-02", "CHN"],
...                        "kind": ["admin1", "country"], "country": ["VNM", "CHN"]})
>>> routes = find_routes("doc.txt", text, places)
>>> routes[["origin_code", "destination_code", "purposes", "victims", "direction"]].values.tolist()
[['VN-02', 'CHN', ['marriage'], ['women', 'girls'], 'trafficking']]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

import pandas as pd

from progmap.actors.vocabulary import DEMONYMS, demonym_pattern, terms_in
from progmap.schema import EVIDENCE_SEPARATOR, ROUTE_COLUMNS, item_id
from progmap.sources.documents import text_units

# --- cues ------------------------------------------------------------------------

_PEOPLE = (
    r"(?:migrants?|victims?|women|woman|children|child|girls?|boys?|men|workers?|labou?rers?|nationals|citizens|brides|"
    r"wives|infants|babies|newborns|fishermen|survivors|people|persons|minors|teenagers|youths?|residents|villagers|"
    r"families|students|returnees|domestic workers|maids)"
)
_MOVE_VERBS = (
    r"trafficked|traffick|sold|sells?|selling|taken|take|sent|send|smuggled|lured|luring|brought|transported|moved|"
    r"recruited|deceived|tricked|kidnapped|abducted|married off|exported|shipped|forced|coerced|go|goes|went|going|gone|"
    r"migrate[sd]?|migrating|travel(?:l?ed|s|l?ing)?|leave|leaves|left|head(?:ed|ing)?|cross(?:ed|ing)?|flown|flew"
)
_EXPLOIT = (
    r"victims?(?:\s+of\s+(?:human\s+)?trafficking)?|exploited|trafficked|working|work|worked|forced\s+to\s+work|"
    r"forced\s+(?:into\s+)?(?:labou?r|prostitution|marriages?)|forced\s+to\s+marry|subjected\s+to\s+(?:[\w-]+\s+){0,3}?"
    r"(?:labou?r|trafficking|servitude|exploitation|prostitution)|sold(?:\s+as\s+(?:brides?|wives|prostitutes))?|"
    r"enslaved|held|prostitut\w+|brothels?|factories|farms?|(?:fishing\s+)?boats?|servitude|married|employed|"
    r"detained|imprisoned|confined|abused|adopted"
)
_VERBS_AFTER_TO = {
    "be", "work", "find", "seek", "earn", "marry", "get", "help", "improve", "support", "provide", "assist", "prevent",
    "combat", "address", "ensure", "make", "take", "meet", "study", "visit", "join", "sell", "serve", "do", "become",
    "escape", "return", "pay", "repay", "buy", "bring", "open", "curb", "fight", "protect", "rescue", "repatriate",
    "reintegrate", "identify", "investigate", "prosecute", "share", "discuss",
}
_CLAUSE_WORDS = {
    "where", "which", "who", "whom", "when", "while", "but", "because", "although", "though", "said", "says",
    "reported", "according", "told", "whereas", "unless", "if",
}
# (kind, pattern, most words between the cue and the place)
_CUES = [
    ("base", re.compile(r"\b(?:based|headquartered|located|offices?)\s+(?:in|at)\b", re.IGNORECASE), 1),
    ("home", re.compile(r"\b(?:home|back|repatriat\w*|return\w*|deport\w*|reunit\w*|reintegrat\w*)\b(?:\s+[\w'’-]+){0,3}?\s+(?:to|in)\b", re.IGNORECASE), 3),
    # "returned from China to their villages in Ha Giang"
    ("home", re.compile(r"\b(?:return\w*|repatriat\w*|reintegrat\w*|back|home)\b[^.;:!?]{0,60}?\b(?:to|in)\s+(?:their\s+)?(?:home\s+)?"
                        r"(?:villages?|homes?|communities|families|hometowns?|provinces?|districts?)\s+(?:in|of)\b", re.IGNORECASE), 1),
    ("away", re.compile(r"\b(?:repatriat\w*|return\w*|deport\w*|came\s+back|come\s+back|brought\s+back|sent\s+back|rescued|freed|escaped|fled|expelled)\b"
                        r"(?:\s+[\w,'’-]+){0,5}?\s+from\b", re.IGNORECASE), 1),
    ("origin", re.compile(rf"\bfrom\b|\b{_PEOPLE}\s+(?:of|from)\b|\b(?:natives?|residents?|nationals|citizens)\s+of\b", re.IGNORECASE), 1),
    # "from neighboring countries, particularly Burma, Cambodia and Laos"
    ("origin", re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:neighbou?ring|other|nearby)\s+countries|the\s+region)\s*,?\s*"
                          r"(?:particularly|especially|mainly|mostly|notably|such\s+as|including|like)\b", re.IGNORECASE), 1),
    # "Most came from ethnic minority communities in Lao Cai", "girls from poor villages of Ha Giang".
    ("origin", re.compile(rf"\b(?:came|come|comes|coming|are|were|originat\w*|hail\w*|{_PEOPLE})\s+(?:\w+\s+)?from\s+"
                          r"(?:[\w'’-]+\s+){1,4}?(?:in|of|across|throughout)\b", re.IGNORECASE), 1),
    ("destination", re.compile(rf"\b(?:{_MOVE_VERBS})\b(?:\s+[^\s.;:!?]+){{0,7}}?\s+(?:to|into|towards?)\b", re.IGNORECASE), 7),
    ("destination", re.compile(r"\b(?:bound|destined|headed)\s+for\b|\bdestinations?\b(?:\s+(?:countries|country|points?))?"
                               r"(?:\s+\w+){0,4}?\s+(?:include|includes|including|are|were|is|such\s+as|like)\b", re.IGNORECASE), 2),
    ("rescue", re.compile(r"\b(?:rescued|found|discovered|intercepted|freed|identified|located)\b(?:\s+[^\s.;:!?]+){0,5}?\s+(?:in|at|on)\b", re.IGNORECASE), 4),
    ("exploited", re.compile(rf"\b(?:{_EXPLOIT})\b(?:\s+[^\s.;:!?]+){{0,3}}?\s+(?:in|at|on)\b", re.IGNORECASE), 4),
]
# Cues at the same place: the more specific wins ("rescued ... from" is away, not origin).
_PRIORITY = {"base": 0, "home": 1, "away": 2, "rescue": 3, "destination": 4, "exploited": 5, "origin": 6}
_DESTINATION_ROLES = ("destination", "rescue", "exploited")
# Between two places of one list: "Malaysia, Thailand and Laos", "Taiwan (or to a lesser extent, Korea)".
_LIST_WORDS = {
    "or", "and", "also", "but", "to", "a", "lesser", "extent", "from", "into", "the", "as", "well", "then", "even",
    "mostly", "mainly", "especially", "particularly", "including", "elsewhere", "in", "such", "other", "parts", "of",
    "notably", "some", "via", "more", "recently", "asia", "europe", "africa", "america", "region", "abroad", "overseas",
    "countries", "neighboring", "neighbouring",
    # the kind word of the place before: "Shan State and Kachin State", "Lao Cai province and Ha Giang"
    "state", "states", "province", "provinces", "division", "prefecture", "district", "districts", "city", "cities",
}
# "..., but also from Thailand" goes on with the list; "..., but most are ..." turns to another clause.
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:though|although|while|whereas)\b|,\s*but\b(?!\s+(?:also|not|mostly|mainly|then|even)\b)|\s(?:though|whereas)\s",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"\s+(?:is|was|has\s+been|remains|became|has\s+become)\s+(?:[\w,()-]+\s+){0,9}?(source|destination|transit)\b", re.IGNORECASE
)
# A sentence about moving people counts only if it speaks of trafficking or exploitation.
_SIGNAL = re.compile(
    r"traffick|\bsold\b|\bsell|exploit|forced|victim|brothel|prostitut|servitude|\brescued\b|\blured\b|deceiv|trick|"
    r"smuggl|kidnap|abduct|brides?\b|bonded|bondage|coerc|slave",
    re.IGNORECASE,
)
# Where people come from, said of them: "most came from", "the girls were from", "women of".
_PROVENANCE = re.compile(
    rf"\b(?:came|come|comes|coming|originat\w*|hail\w*|are|were|was|is)\s+(?:\w+\s+)?from\b|\b{_PEOPLE}\s+(?:\w+\s+)?(?:from|of)\b",
    re.IGNORECASE,
)
_VOLUNTARY = re.compile(r"^(?:go|goes|went|going|gone|migrat|travel|leave|leaves|left|head|cross|flown|flew|moved)", re.IGNORECASE)
_ANAPHOR = re.compile(r"^\W*(?:they|these|those|most|many|some|others|such|where|who|the\s+(?:victims|women|girls|children|men|boys))\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|reported|according|told|stated|noted|announced|estimated)\b", re.IGNORECASE)
_VOLUME = re.compile(
    r"\b(?:(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand|hundred))?(?:\s+(?:\w+\s+){0,2}?(?:per|a|each|every)\s+(?:month|year|week|day|annum))",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\b(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\b",
    re.IGNORECASE,
)


@dataclass
class _Place:
    start: int
    end: int
    code: str
    kind: str
    country: str
    role: str = ""


@dataclass
class _Statement:
    origins: list[tuple[str, str]]  # (code, country)
    targets: list[_Place]
    purposes: list[str]
    victims: list[str]
    volume: str | None
    direction: str
    start: int
    end: int
    quotes: list[str] = field(default_factory=list)


def _gap_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*", text)


def _gap_ok(kind: str, gap: str, most: int) -> bool:
    """Whether the words between a cue and a place still tie them."""
    if re.search(r"[.;:!?]", gap):
        return False
    words = _gap_words(gap)
    if len(words) > most or any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    # "trafficked to work in ...": an infinitive, not a destination
    return not (kind == "destination" and words and words[0].lower() in _VERBS_AFTER_TO)


def _list_gap(gap: str, role: str = "") -> bool:
    """Whether a gap continues a list of places with ``role``.

    "from Lao Cai, Ha Giang and Dien Bien" is one list; in "to China from
    Lao Cai" the "from" turns to another.
    """
    if re.search(r"[.;:!?]", gap):
        return False
    words = [w.lower() for w in _gap_words(gap)]
    if len(words) > 6 or not all(w in _LIST_WORDS for w in words):
        return False
    if "from" in words and role not in ("origin", "away"):
        return False
    return not ({"to", "into"} & set(words) and role in ("origin", "away"))


def _roles(places: list[_Place], text: str, start: int, end: int) -> None:
    """Give each place of a clause its role (see the module docstring)."""
    cues = []
    for kind, pattern, most in _CUES:
        for match in pattern.finditer(text, start, end):
            cues.append((match.end(), _PRIORITY[kind], kind, most, match.start()))
    cues.sort()
    previous: _Place | None = None
    for place in places:
        if previous is not None and previous.role and _list_gap(text[previous.end : place.start], previous.role):
            place.role = previous.role
        else:
            before = [c for c in cues if c[0] <= place.start and c[4] >= start]
            # The nearest cue whose words still reach the place; at one offset the most specific.
            for cue_end, _, kind, most, _cue_start in sorted(before, key=lambda c: (-c[0], c[1])):
                if _gap_ok(kind, text[cue_end : place.start], most):
                    place.role = kind
                    break
        previous = place
    # "victims in the north mostly trafficked to the PRC": before a move to a
    # destination, a place where people are is where they come from.
    moves = [c[4] for c in cues if c[2] == "destination"]
    if moves:
        first_move = min(moves)
        for place in places:
            if place.role == "exploited" and place.end <= first_move and any(p.role == "destination" for p in places):
                place.role = ""


def _framed_origin(places: list[_Place], text: str, clause_start: int, cue_start: int) -> list[_Place]:
    """Places without a role that say where the people moved come from.

    "In the south, most victims are trafficked ...", "victims in the north
    ... trafficked", "Lao Cai girls are sold ...": the place opens the
    clause, follows the people, or qualifies them. "Police in Hanoi said ..."
    is no origin.
    """
    out = []
    for place in places:
        if place.role or place.start >= cue_start:
            continue
        lead = text[clause_start : place.start]
        between = text[place.end : cue_start]
        opens = re.fullmatch(r"\W*(?:in|from|across|throughout)\s+(?:the\s+)?", lead, re.IGNORECASE)
        # "Police in Hanoi said ..." is no origin; "In the Mekong Delta,
        # partners reported that women were ..." still frames the women.
        if _SAYING.search(between) and not (opens and "," in between):
            continue
        follows_people = re.search(rf"\b{_PEOPLE}\s+(?:in|of|from)\s+(?:the\s+)?$", lead, re.IGNORECASE)
        qualifies = re.match(rf"\s+(?:provinces?\s+|province's\s+)?{_PEOPLE}\b", text[place.end : place.end + 40], re.IGNORECASE)
        if opens or follows_people or qualifies:
            out = [place]
        elif out and out[-1] is places[places.index(place) - 1] and _list_gap(text[out[-1].end : place.start]):
            out.append(place)  # "victims in Lao Cai and Ha Giang"
    return out


@lru_cache(maxsize=1)
def _demonyms() -> str:
    """Nationality words as a regular-expression alternation, longest first."""
    return "|".join(map(re.escape, sorted(DEMONYMS, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _nationality_group() -> re.Pattern:
    """ "Burmese and Lao migrants", "Vietnamese women", "Cambodians were"."""
    names = _demonyms()
    return re.compile(
        rf"\b((?:{names})(?:\s*(?:,|and|or)\s*(?:{names}))*)\s+(?:(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b(?![’']s?\b)|(?:are|were|have|had|who)\b)"
    )


@lru_cache(maxsize=1)
def _foreign_site() -> re.Pattern:
    """ "on Thai fishing boats", "in Malaysian factories": a country named by where people are exploited."""
    names = _demonyms()
    return re.compile(
        rf"\b(?:on|in|aboard|at|into|onto)\s+(?:board\s+)?({names})\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:boats?|vessels?|ships?|trawlers?|factories|factory|farms?|plantations?|brothels?|karaoke\s+bars?|"
        r"households?|construction\s+sites?|mines?|fisheries|fishing\s+fleets?)\b"
    )


def _site_destinations(text: str, start: int, end: int) -> list[_Place]:
    """Destinations named by a nationality word and a workplace ("forced to work on Thai fishing boats")."""
    return [
        _Place(m.start(1), m.end(1), DEMONYMS[m.group(1)], "country", DEMONYMS[m.group(1)], "exploited")
        for m in _foreign_site().finditer(text, start, end)
    ]


def _demonym_origins(text: str, start: int, end: int, places: list[_Place]) -> list[str]:
    """Countries of the people moved, from nationality words ("Burmese and Lao migrants").

    A nationality word counts only for people ("Vietnamese women",
    "Cambodians were ..."), not for a body ("the Lao police", "the Lao
    Women's Union"), not for buyers ("sold to Chinese men") and not inside a
    place name. The group nearest before the first destination is the
    subject; without one, the last group of the clause.
    """
    first_destination = min((p.start for p in places if p.role in _DESTINATION_ROLES + ("away",)), default=end)
    found = []
    for match in _nationality_group().finditer(text, start, end):
        if any(p.start <= match.start(1) < p.end for p in places):
            continue
        if re.search(r"\b(?:to|with|by)\s+(?:[\w-]+\s+)?$", text[max(start, match.start() - 20) : match.start()], re.IGNORECASE):
            continue
        found.append((match.start(), [DEMONYMS[d] for d in demonym_pattern().findall(match.group(1))]))
    if not found:
        return []
    before = [codes for at, codes in found if at < first_destination]
    return list(dict.fromkeys(before[-1] if before else found[-1][1]))


def _subject(places: list[_Place], text: str, clause_start: int) -> tuple[str, _Place] | None:
    """ "Thailand is a destination for ...": ("destination", Thailand)."""
    if not places or len(_gap_words(text[clause_start : places[0].start])) > 1:
        return None
    found = _SUBJECT.match(text, places[0].end)
    if not found:
        return None
    said = text[found.start() : found.end() + 80].lower()
    if "source" in said:
        return "source", places[0]
    return ("destination", places[0]) if "destination" in said else None


_HELD_AFTER = re.compile(
    r"\b(?:are|were|is|was|have\s+been|had\s+been|being)\s+(?:\w+\s+)?(?:subjected\s+to|forced|exploited|held|enslaved|"
    r"made\s+to|coerced|trapped|abused|sold)\b",
    re.IGNORECASE,
)


def _held_places(places: list[_Place], text: str, clause_start: int, clause_end: int, homes: set[str]) -> list[_Place]:
    """Places where foreign people are said to be exploited: "Burmese migrants in Samut Sakhon and Songkhla are subjected to ..."."""
    held: list[_Place] = []
    for place in places:
        if place.role or place.country in homes or place.code in homes:
            continue
        lead = text[clause_start : place.start]
        if re.search(rf"\b{_PEOPLE}\s+(?:in|at)\s+(?:the\s+)?$", lead, re.IGNORECASE) or (
            held and held[-1] is places[places.index(place) - 1] and _list_gap(text[held[-1].end : place.start])
        ):
            held.append(place)
    # The exploitation is said of them right after the places.
    if not held or not _HELD_AFTER.search(text, held[-1].end, min(clause_end, held[-1].end + 60)):
        return []
    for place in held:
        place.role = "exploited"
    return held


# "sold to Chinese men", "married to Taiwanese husbands": the buyers, not the victims.
_BUYERS = re.compile(r"\b(?:to|with|by)\s+(?:[\w-]+\s+){0,2}?(?:men|husbands|males?)\b", re.IGNORECASE)


def _victims(clause: str) -> list[str]:
    return terms_in(_BUYERS.sub(" ", clause), "victims")


def _volume(clause: str) -> str | None:
    found = _VOLUME.search(clause) or _COUNT.search(clause)
    return " ".join(found.group().split()) if found else None


def _specific(destinations: list[_Place]) -> list[_Place]:
    """Destinations without a country when a place inside it is named too."""
    inner = {p.country for p in destinations if p.kind != "country"}
    return [p for p in destinations if not (p.kind == "country" and p.code in inner)]


def _inside(origin: str, origin_country: str, destination: _Place) -> bool:
    """Whether one end lies inside the other (no line to draw)."""
    return origin == destination.code or destination.country == origin or (destination.kind == "country" and origin_country == destination.code)


def find_routes(doc_id: str, text: str, place_mentions: pd.DataFrame, context_country: str | None = None, spans=None) -> pd.DataFrame:
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
        The document's context country. Kept for callers: an origin is only
        ever taken from the text, so that the evidence names it.
    spans : list of (start, end), optional
        Narrative spans to read.

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.ROUTE_COLUMNS`, ``source = "extracted"``, one
        row per origin and destination, numbered in order of first statement.
    """
    if not len(place_mentions) and not _foreign_site().search(text):
        return pd.DataFrame(columns=ROUTE_COLUMNS)
    columns = [place_mentions[c].tolist() for c in ("start", "end", "code", "kind", "country")]
    all_places = sorted(
        (_Place(int(s), int(e), c, k, n if isinstance(n, str) else "") for s, e, c, k, n in zip(*columns)), key=lambda p: p.start
    )
    starts = [p.start for p in all_places]
    statements: list[_Statement] = []
    previous: _Statement | None = None
    waiting: list[_Statement] = []  # routes of the sentence before, still without purposes
    # What the sentence before left open, for a sentence that goes on about
    # the same people ("Girls were trafficked to China. Most came from Lao
    # Cai."): destinations without an origin, or origins without a destination.
    orphans: list[_Statement] = []
    loose: tuple[list, str] | None = None
    units = text_units(text, spans)
    for number, (unit_start, unit_end, _) in enumerate(units):
        low, high = bisect.bisect_left(starts, unit_start), bisect.bisect_left(starts, unit_end)
        quote = " ".join(text[unit_start:unit_end].split())
        new_paragraph = number > 0 and re.search(r"\n[ \t]*\n", text[units[number - 1][1] : unit_start])
        if new_paragraph:
            previous, waiting, orphans, loose = None, [], [], None
        goes_on = bool(_ANAPHOR.match(text[unit_start:unit_end]))
        if low == high and not _foreign_site().search(text, unit_start, unit_end):
            # A sentence without places may give purposes to the routes before ("They are sold as brides").
            if waiting and goes_on:
                _lend_purposes(waiting, text[unit_start:unit_end], quote)
            waiting, orphans, loose = [], [], None
            continue
        unit_places = [_Place(p.start, p.end, p.code, p.kind, p.country) for p in all_places[low:high]]
        made, unit_orphans, unit_loose = _read_unit(
            text, unit_start, unit_end, unit_places, quote, previous, loose if goes_on else None
        )
        if not made and goes_on and orphans and unit_loose:
            made = [_adopt(orphan, unit_loose, quote) for orphan in orphans]
        if not made and goes_on and waiting:
            # "They had been promised jobs in Guangxi but were sold as wives."
            _lend_purposes(waiting, text[unit_start:unit_end], quote)
        if made:
            statements.extend(made)
            previous = made[-1]
            waiting = [s for s in made if not s.purposes]
        else:
            waiting = []
        orphans, loose = unit_orphans, ((unit_loose, quote) if unit_loose and not made else None)
    return _merge(doc_id, statements)


def _adopt(orphan: _Statement, origins: list[tuple[str, str]], quote: str) -> _Statement:
    """A route from destinations stated before and the origins this sentence gives."""
    return replace(orphan, origins=list(origins), quotes=[*orphan.quotes, quote])


def _lend_purposes(statements: list[_Statement], clause: str, quote: str) -> None:
    purposes = terms_in(clause, "purposes")
    if not purposes:
        return
    for statement in statements:
        statement.purposes = purposes
        statement.victims = statement.victims or _victims(clause)
        if quote not in statement.quotes:
            statement.quotes.append(quote)


@lru_cache(maxsize=1)
def _any_route_cue() -> re.Pattern:
    """Any cue a route needs: a destination, a return or a rescue (one scan to skip most sentences)."""
    kinds = {"away", "destination", "rescue", "exploited"}
    return re.compile("|".join(f"(?:{p.pattern})" for kind, p, _ in _CUES if kind in kinds) + r"|\bdestination\b", re.IGNORECASE)


def _read_unit(
    text: str, unit_start: int, unit_end: int, places: list[_Place], quote: str, previous: _Statement | None, inherited=None
) -> tuple[list[_Statement], list[_Statement], list[tuple[str, str]]]:
    """The routes one sentence or list item states.

    ``inherited`` is (origins, quote) of the sentence before when this one
    goes on about its people. Returns the routes, the destinations left
    without an origin (as statements with no origins) and the origins left
    without a destination.
    """
    orphans: list[_Statement] = []
    loose: list[tuple[str, str]] = []
    if not _any_route_cue().search(text, unit_start, unit_end):
        for clause_start, clause_end in _clauses(text, unit_start, unit_end):
            clause_places = [p for p in places if clause_start <= p.start < clause_end]
            _roles(clause_places, text, clause_start, clause_end)
            loose = [(p.code, p.country) for p in clause_places if p.role == "origin"] or loose
        return [], [], loose if _PROVENANCE.search(text, unit_start, unit_end) else []
    signal = bool(_SIGNAL.search(text, unit_start, unit_end))
    made: list[_Statement] = []
    # Origin of an earlier clause, or of the sentence before: (code, country).
    carried: list[tuple[str, str]] = list(inherited[0]) if inherited else []
    carried_quotes: list[str] = [inherited[1]] if inherited else []
    carried_victims: list[str] = []
    for clause_start, clause_end in _clauses(text, unit_start, unit_end):
        clause_places = [p for p in places if clause_start <= p.start < clause_end]
        clause = text[clause_start:clause_end]
        _roles(clause_places, text, clause_start, clause_end)
        subject = _subject(clause_places, text, clause_start)
        if subject:
            subject[1].role = "origin" if subject[0] == "source" else "destination"
        away = [p for p in clause_places if p.role == "away"]
        destinations = [p for p in clause_places if p.role in _DESTINATION_ROLES]
        homes = [p for p in clause_places if p.role == "home"]
        marked = [(p.code, p.country) for p in clause_places if p.role == "origin"]
        demonyms = [(code, code) for code in _demonym_origins(text, clause_start, clause_end, clause_places)]
        own_origin = marked or demonyms
        victims = _victims(clause)
        if not (away or destinations) and demonyms:
            # "Burmese migrants in Samut Sakhon are subjected to forced labor":
            # foreigners held where they are exploited.
            destinations = _held_places(clause_places, text, clause_start, clause_end, {code for code, _ in demonyms})
        if not (away or destinations) and signal:
            # "Lao men are trafficked for labor on Thai fishing boats"
            destinations = _site_destinations(text, clause_start, clause_end)
        if not (away or destinations):
            if own_origin:
                carried, carried_victims, carried_quotes = own_origin, victims, []
                loose = own_origin
            if made and not made[-1].purposes and _ANAPHOR.match(clause):
                _lend_purposes([made[-1]], clause, quote)
            continue
        direction = "trafficking"
        from_before = False
        if away:
            # Reported as a return: the line runs from the victims' home to where they were.
            targets = away + [p for p in destinations if p.role == "rescue"]
            origins = [(p.code, p.country) for p in homes] or own_origin or carried
            direction = "return"
        else:
            targets = destinations
            cue_start = min(p.start for p in destinations)
            framed = [(p.code, p.country) for p in _framed_origin(clause_places, text, clause_start, cue_start)]
            origins = marked or framed
            if not origins and homes:
                # "rescued in Henan and brought home to Vietnam"
                origins, direction = [(p.code, p.country) for p in homes], "return"
            from_before = not (origins or demonyms) and bool(carried)
            if from_before:
                victims = victims or carried_victims
            origins = origins or demonyms or carried
            first_cue = re.search(rf"\b(?:{_MOVE_VERBS})\b", clause, re.IGNORECASE)
            exploited = set(terms_in(clause, "purposes")) - {"marriage", "labour"}
            if not (signal or exploited) and first_cue and _VOLUNTARY.match(first_cue.group()):
                continue  # people moving, not people trafficked
        quotes = [*carried_quotes, quote] if from_before else [quote]
        purposes = terms_in(clause, "purposes")
        if not origins and previous is not None and _countries(targets) & _countries(previous.targets):
            # "the women who go to Taiwan (or Korea)" continues the route before.
            origins = previous.origins
            purposes = purposes or previous.purposes
            quotes = previous.quotes[-1:] + quotes
        if not origins:
            orphans.append(
                _Statement([], _specific(targets), purposes, victims, _volume(clause) if len(targets) == 1 else None,
                           direction, unit_start, unit_end, quotes)
            )
            continue
        carried, carried_quotes = origins, []
        for group, group_purposes in _purposes_by_group(_specific(targets), text, clause_start, clause_end, purposes):
            made.append(
                _Statement(
                    origins=list(origins),
                    targets=group,
                    purposes=group_purposes,
                    victims=victims,
                    volume=_volume(clause) if len(targets) == 1 else None,
                    direction=direction,
                    start=unit_start,
                    end=unit_end,
                    quotes=quotes,
                )
            )
    return made, orphans, ([] if made or not _PROVENANCE.search(text, unit_start, unit_end) else loose)


def _purposes_by_group(targets: list[_Place], text: str, start: int, end: int, purposes: list[str]) -> list[tuple[list[_Place], list[str]]]:
    """Destinations grouped by list, each with the purposes said of it.

    "to Cambodia for sexual exploitation, and to China and Taiwan for
    marriage": each list takes the purposes after it (or, in "for marriage
    to China", before it), when every list has some; otherwise all take
    the clause's purposes.
    """
    groups: list[list[_Place]] = []
    for place in sorted(targets, key=lambda p: p.start):
        if groups and _list_gap(text[groups[-1][-1].end : place.start]):
            groups[-1].append(place)
        else:
            groups.append([place])
    if len(groups) < 2 or len(purposes) < 2:
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


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A unit's clauses: (start, end) pairs cut at semicolons and turns ("but most are")."""
    bounds = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    return list(pairwise(bounds))


def _countries(places: list[_Place]) -> set[str]:
    """The countries places lie in (a country is its own): Henan continues a route to China."""
    return {p.code if p.kind == "country" else p.country for p in places} - {""}


def _merge(doc_id: str, statements: list[_Statement]) -> pd.DataFrame:
    """One route per origin and destination in a document."""
    routes: dict[tuple[str, str], dict] = {}
    for statement in statements:
        for origin, origin_country in statement.origins:
            for target in statement.targets:
                if _inside(origin, origin_country, target):
                    continue
                key = (origin, target.code)
                if key not in routes:
                    routes[key] = {
                        "purposes": list(statement.purposes), "victims": list(statement.victims), "volume": statement.volume,
                        "direction": statement.direction, "start": statement.start, "end": statement.end,
                        "quotes": list(statement.quotes),
                    }
                    continue
                route = routes[key]
                route["purposes"] = list(dict.fromkeys(route["purposes"] + statement.purposes))
                route["victims"] = list(dict.fromkeys(route["victims"] + statement.victims))
                route["volume"] = route["volume"] or statement.volume
                # Stated once as trafficking, it is a trafficking route.
                if statement.direction == "trafficking":
                    route["direction"] = "trafficking"
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
            "evidence": EVIDENCE_SEPARATOR.join(route["quotes"]),
            "source": "extracted",
        }
        for number, ((origin, destination), route) in enumerate(ordered, 1)
    ]
    return _frame(rows, ROUTE_COLUMNS)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A frame from row dicts, built column by column (faster than from records)."""
    return pd.DataFrame({column: [row[column] for row in rows] for column in columns}, columns=columns)

"""Find trafficking routes: who is moved where, for what.

A route is read from a clause with a movement cue and the places around it:

- "victims in the north ... trafficked to the PRC for marriage": the place
  before the cue is the origin, the places after it the destinations;
- "women from the Mekong Delta go to Taiwan": "from X" marks an origin;
- "children of Dien Bien province rescued in factories at HCMC": people
  "of X" come from X; where they are rescued is where they were taken;
- "victims repatriated from Malaysia, Thailand and ...": a return flow. The
  record keeps the trafficking direction (origin: the victims' country,
  destination: Malaysia...) and says ``direction = "return"``, so the map can
  draw the line the way victims were moved and still show it was reported
  as repatriation.

A clause with no origin of its own takes a nationality ("Vietnamese
victims") or, when it continues the previous route of the paragraph ("the
women who go to Taiwan (or Korea)"), that route's origin and purposes; else
no route is recorded. Nothing is invented: every route's evidence quotes the
names it uses.
"""

from __future__ import annotations

import re

import pandas as pd

from progmap.documents import text_units
from progmap.schema import EVIDENCE_SEPARATOR, ROUTE_COLUMNS, item_id
from progmap.vocabulary import DEMONYMS, demonym_pattern, terms_in

_MOVE = re.compile(
    r"\b(?:trafficked|traffic|sold|taken|sent|smuggled|lured|brought|transported|moved|recruited|deceived|tricked|"
    r"go|goes|went|going|gone|migrate[sd]?|migrating|travel(?:l?ed|s)?)\b(?:\s+[\w-]+){0,3}?\s+(?:to|into)\b",
    re.IGNORECASE,
)
_VICTIMS_IN = re.compile(r"\b(?:victims|exploited|trafficked|working|forced to work)\b(?:\s+of(?:\s+human)?\s+trafficking)?\s+in\b", re.IGNORECASE)
_RETURN = re.compile(
    r"\b(?:repatriated|returned|returning|deported|came back|come back|brought back|sent back|rescued)\b(?:\s+[\w,-]+){0,3}?\s+from\b",
    re.IGNORECASE,
)
_RETURN_BEFORE = re.compile(
    r"\b(?:repatriated|returned|returning|deported|came back|come back|brought back|sent back|rescued)\b(?:\s+[\w,-]+){0,3}?\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASED_BEFORE = re.compile(r"\b(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_RESCUED_AT = re.compile(r"\b(?:rescued|found|discovered|intercepted|arrested)\b(?:\s+[\w-]+){0,3}?\s+(?:in|at)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:though|although|while|whereas)\b|\s(?:though|whereas)\s", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|(?:children|victims|girls|boys|women|men|people|residents|families|natives)\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIST_WORDS = {"or", "and", "also", "but", "to", "a", "lesser", "extent", "from", "into", "the", "as", "well", "then", "via", "even", "mostly", "mainly", "in"}
_VOLUME = re.compile(
    r"\b(?:(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand|hundred))?(?:\s+(?:\w+\s+){0,2}?(?:per|a|each|every)\s+(?:month|year|week|day|annum))",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b(?:about|around|approximately|an estimated|estimated|over|more than|nearly|almost|some|up to|at least)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\b", re.IGNORECASE)


def _list_after(places: list, cue_end: int, text: str, first_gap_words: int = 5, stop_at_from: bool = False) -> list:
    """The places listed right after a cue ("to Cambodia", "from Malaysia, Thailand and ...")."""
    found = []
    cursor = cue_end
    for place in places:
        if place.start < cursor:
            continue
        gap = text[cursor : place.start]
        words = re.findall(r"[A-Za-z]+", gap)
        if re.search(r"[.;!?]", gap):
            break
        if not found:
            if len(words) > first_gap_words:
                break
        elif any(w.lower() not in _LIST_WORDS for w in words) or len(words) > 6:
            break
        elif stop_at_from and "from" in (w.lower() for w in words):
            break  # "trafficked to China from Lao Cai": the origins begin
        found.append(place)
        cursor = place.end
    return found


def _origins_before(places: list, cue_start: int, clause_start: int, text: str) -> list:
    """Origins in a clause before its cue: "from X" or "of X" first, else the nearest place."""
    before = [
        p for p in places
        if clause_start <= p.start and p.end <= cue_start and not _BASED_BEFORE.search(text[max(0, p.start - 30) : p.start])
    ]
    marked = [p for p in before if _ORIGIN_BEFORE.search(text[max(0, p.start - 40) : p.start])]
    if marked:
        return marked
    return before[-1:] if before else []


def _marked_origins(places: list, start: int, end: int, text: str) -> list:
    """Places in a span after "from" or "children of", with the places listed with them.

    "women from Lao Cai and Ha Giang provinces": both are origins.
    """
    found = []
    for place in places:
        if not start <= place.start < end:
            continue
        before = text[max(0, place.start - 60) : place.start]
        # "repatriated from Thailand": where victims were, not where they come from.
        if _ORIGIN_BEFORE.search(before[-40:]) and not _RETURN_BEFORE.search(before):
            found.append(place)
        elif found and found[-1].end <= place.start and _LIST_GAP.match(text[found[-1].end : place.start]):
            found.append(place)
    return found


_PEOPLE = r"(?:migrants?|victims?|women|children|girls|boys|men|workers?|nationals|citizens|brides|infants|babies|fishermen|survivors)"


def _demonym_origins(text: str, start: int, end: int) -> list[str]:
    """Countries of the people moved, from nationality words before a cue.

    "Burmese and Lao migrants" gives both; without such a phrase, the last
    nationality word before the cue ("... Vietnamese infants trafficked").
    """
    names = "|".join(map(re.escape, sorted(DEMONYMS, key=len, reverse=True)))
    group = re.compile(rf"\b((?:{names})(?:\s*(?:,|and|or)\s*(?:{names}))*)\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b")
    found = [m.group(1) for m in group.finditer(text, start, end)]
    if found:
        return list(dict.fromkeys(DEMONYMS[d] for d in demonym_pattern().findall(found[-1])))
    last = list(demonym_pattern().finditer(text, start, end))
    return [DEMONYMS[last[-1].group(1)]] if last else []


def _volume(clause: str) -> str | None:
    found = _VOLUME.search(clause) or _COUNT.search(clause)
    return " ".join(found.group().split()) if found else None


def find_routes(doc_id: str, text: str, place_mentions: pd.DataFrame, context_country: str | None = None, spans=None) -> pd.DataFrame:
    """Find the trafficking routes a document reports.

    Parameters
    ----------
    doc_id : str
    text : str
        The document text; offsets index into it.
    place_mentions : pandas.DataFrame
        Resolved places (:data:`progmap.schema.MENTION_COLUMNS`).
    context_country : str, optional
        The document's context country (kept for callers; origins are only
        taken from the text).
    spans : list of (start, end), optional
        Narrative spans to read.

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.ROUTE_COLUMNS`, ``source`` = ``extracted``.
    """
    places = list(place_mentions.sort_values("start").itertuples(index=False)) if len(place_mentions) else []
    found: list[dict] = []
    previous: dict | None = None
    previous_end = -1
    for unit_start, unit_end, _ in text_units(text, spans):
        bounds = [unit_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, unit_start, unit_end)] + [unit_end]
        # A leading "In the south," frames every clause of the sentence.
        lead = [p for p in places if unit_start <= p.start < unit_start + 25 and re.match(r"\s*(?:In|From|Across)\s+(?:the\s+)?$", text[unit_start : p.start])]
        for clause_start, clause_end in zip(bounds, bounds[1:]):
            clause = text[clause_start:clause_end]
            for cue_kind, pattern in (("trafficking", _MOVE), ("return", _RETURN), ("rescued", _RESCUED_AT), ("in", _VICTIMS_IN)):
                cue = pattern.search(text, clause_start, clause_end)
                if not cue:
                    continue
                destinations = _list_after(places, cue.end(), text, stop_at_from=cue_kind != "return")
                if not destinations:
                    continue
                before = _marked_origins(places, clause_start, cue.start(), text) or _origins_before(places, cue.start(), clause_start, text) or lead
                if cue_kind == "rescued":
                    # "children of Dien Bien rescued in factories at HCMC": only
                    # people "of X" or "from X" say where they come from.
                    origins = _marked_origins(places, clause_start, clause_end, text)
                elif cue_kind == "return":
                    # After "repatriated", "from X" names where victims were taken.
                    origins = before
                else:
                    # "trafficked to China from Lao Cai": a marked origin anywhere wins.
                    marked = [p for p in _marked_origins(places, clause_start, clause_end, text) if p not in destinations]
                    origins = marked or before
                quote = " ".join(text[unit_start:unit_end].split())
                purposes = terms_in(clause, "purposes")
                origin_codes = [(p.code, p.country) for p in origins]
                if not origin_codes:
                    demonyms = _demonym_origins(text, clause_start, cue.start() if cue_kind != "return" else clause_end)
                    if demonyms:
                        origin_codes = [(code, code) for code in demonyms]
                    elif previous is not None and unit_start - previous_end < 400 and (
                        {d.code for d in destinations} & set(previous["destinations"])
                    ):
                        # "the women who go to Taiwan (or Korea)" continues the route before.
                        origin_codes = previous["origins"]
                        purposes = purposes or previous["purposes"]
                        quote = previous["quote"] + " " + quote
                if not origin_codes:
                    continue
                record = {
                    "origins": origin_codes,
                    "destinations": [d.code for d in destinations],
                    "purposes": purposes,
                    "victims": terms_in(clause, "victims"),
                    "volume": _volume(clause) if len(destinations) == 1 else None,
                    "direction": "return" if cue_kind == "return" else "trafficking",
                    "start": unit_start,
                    "end": unit_end,
                    "quote": quote,
                }
                found.append(record)
                previous, previous_end = record, unit_end
                break
    return _merge(doc_id, found)


def _merge(doc_id: str, records: list[dict]) -> pd.DataFrame:
    """One route per origin and destination in a document."""
    routes: dict[tuple[str, str], dict] = {}
    for record in records:
        for origin, _ in record["origins"]:
            for destination in record["destinations"]:
                if origin == destination:
                    continue
                key = (origin, destination)
                if key not in routes:
                    routes[key] = {**record, "quotes": [record["quote"]]}
                    continue
                target = routes[key]
                for field in ("purposes", "victims"):
                    target[field] = list(dict.fromkeys(target[field] + record[field]))
                target["volume"] = target["volume"] or record["volume"]
                if target["direction"] != record["direction"] and record["direction"] == "trafficking":
                    target["direction"] = "trafficking"
                if record["quote"] not in target["quotes"]:
                    target["quotes"].append(record["quote"])
    rows = []
    for number, ((origin, destination), item) in enumerate(sorted(routes.items(), key=lambda kv: (kv[1]["start"], kv[0])), 1):
        rows.append(
            {
                "route_id": item_id("route", doc_id, number),
                "origin_code": origin,
                "destination_code": destination,
                "purposes": item["purposes"],
                "victims": item["victims"],
                "volume": item["volume"],
                "direction": item["direction"],
                "doc": doc_id,
                "start": int(item["start"]),
                "end": int(item["end"]),
                "evidence": EVIDENCE_SEPARATOR.join(item["quotes"]),
                "source": "extracted",
            }
        )
    return pd.DataFrame(rows, columns=ROUTE_COLUMNS)

"""Find programmes: who does what where.

A programme statement is a unit of text (a list item such as "-- IOM: ...",
or a sentence) holding an organization, a programme cue ("project",
"shelter", "works in", "focuses on"...) and the places it operates in.

Who: in a list item, the organizations the item opens with; in a sentence,
each group of organizations ("Oxfam Quebec, Save the Children UK, and Save
the Children Sweden") is tied to the places that follow it up to the next
group, and places named before the first group are shared. Funders are the
organizations after "funded by", "with funding by" or before "-funded".

Where: places in the unit, less those that are not operating areas: flows
("return to Vietnam", "repatriated from Malaysia") and bases ("based in the
north", "the UN Inter-Agency Project in Bangkok"). A country is dropped when
a province or region of it is named too. "After their return home" points
to the places the people come from ("children of Dien Bien province").

A document's statements about the same implementers are merged into one
programme whose evidence quotes every statement used.
"""

from __future__ import annotations

import re

import pandas as pd

from progmap.documents import text_units
from progmap.schema import EVIDENCE_SEPARATOR, PROGRAMME_COLUMNS, item_id
from progmap.vocabulary import terms_in

_CUE = re.compile(
    r"\b(?:projects?|programmes?|programs?|components?|campaigns?|shelters?|initiatives?|centers?|centres?|"
    r"works? (?:in|with)|working (?:in|with)|has worked|operates?|operating|runs?|running|implement\w*|carr(?:y|ies|ying) out|"
    r"focus(?:es|ed|ing)? on|is focused on|opened|provides?|providing|supports?|supporting|assists?|assisting|"
    r"helps?|helping|follows?|trains?|training|administers?|funds?|rescues?|rescuing|expanded|expands?|runs?)\b",
    re.IGNORECASE,
)
_FUNDED_BY = re.compile(r"(?:funded|financed|sponsored|supported|paid)\s+by\s+(?:the\s+)?$|(?:funding|grants?|support)\s+(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_FUNDED_AFTER = re.compile(r"^[\s-]*(?:-\s*)?funded\b", re.IGNORECASE)
# "return to Vietnam", "trafficked into China", "repatriated from Malaysia":
# places of a flow. A bare "to" is not one ("expanded its programme to Dong Thap").
_FLOW_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:return\w*|back|sent|send\w*|trafficked|traffic\w*|taken|take|go|goes|went|going|travel\w*|migrat\w*|moved|"
    r"sold|brought|repatriat\w*|smuggled|lured|deported)(?:\s+[\w-]+){0,3}?\s+(?:to|into|toward|towards)|\bborders?\s+with|\bbordering)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(r"\b(?:based|headquartered|administered|managed)\s+(?:in|from|at)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^[\s,;()]*(?:(?:and|or|but|also|as well as|to a lesser extent|&)[\s,()]*)*(?:(?:from|to|into)\s+)?(?:the\s+)?$", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:children|victims|girls|boys|women|men|people|residents|families)\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|this|our)\s+(?:foundation|organi[sz]ation|NGO|agency|charity|network|alliance|union|programme|program|project)\b", re.IGNORECASE)
_HOME = re.compile(r"\b(?:return(?:ed|ing)?\s+home|back\s+home|their\s+homes?|home\s+(?:provinces?|communities|villages?))\b", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^[\s,]*(?:(?:and|or|&)\s+)?(?:the\s+)?$", re.IGNORECASE)
_BUDGET = re.compile(
    r"(?:(?:USD|US\$|\$|EUR|€|£|GBP|AUD|VND)\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?|\d[\d,.]*\s*(?:million|billion)\s*(?:dollars|USD|euros))",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?:/[A-Z0-9]{2,}){2,}\b")
_STATUS = re.compile(r"\b(on hiatus|suspended|completed|ended|pending|planned|proposed|ongoing|new)\b", re.IGNORECASE)
_NAME_NOUN = re.compile(r"\b(project|programme|program|campaign|component|shelter|initiative)\b", re.IGNORECASE)


def _groups(orgs: list[tuple[int, int, str]], text: str) -> list[list[tuple[int, int, str]]]:
    """Group organization mentions joined only by commas and "and"."""
    groups: list[list[tuple[int, int, str]]] = []
    for org in orgs:
        if groups and _CONJUNCTION.match(text[groups[-1][-1][1] : org[0]]):
            groups[-1].append(org)
        else:
            groups.append([org])
    return groups


def _is_funder(text: str, start: int, end: int) -> bool:
    return bool(_FUNDED_BY.search(text[max(0, start - 30) : start]) or _FUNDED_AFTER.match(text[end : end + 12]))


def _operating_places(places: pd.DataFrame, text: str, lead_end: int | None = None, context: str = "") -> tuple[list, list]:
    """Split a unit's places into (operating places, home places, bases)."""
    operating, home, bases = [], [], []
    flow_end = -1  # end of the last place read as part of a flow list
    for row in places.itertuples(index=False):
        before = text[max(0, row.start - 40) : row.start]
        if _ORIGIN_BEFORE.search(before):
            home.append(row.code)
        # "repatriated from Malaysia, Thailand and Laos": the whole list is a flow.
        in_flow_list = flow_end >= 0 and _LIST_GAP.match(text[flow_end : row.start])
        if _BASE_BEFORE.search(before):
            bases.append(row)
            continue
        if _FLOW_BEFORE.search(before) or in_flow_list:
            flow_end = row.end
            continue
        flow_end = -1
        # "the UN Inter-Agency Project in Bangkok": a foreign city right after
        # the organization is where it sits, not where it works.
        if lead_end is not None and row.kind == "city" and row.country != context and re.fullmatch(r"\s+in\s+", text[lead_end : row.start]):
            continue
        # "Washington's response": a foreign city standing for its government.
        if row.kind == "city" and row.country != context and re.match(r"[’']s\b", text[row.end : row.end + 3]):
            continue
        operating.append(row)
    return operating, home, bases


def _most_specific(places: list) -> list[str]:
    """Place codes, dropping a country when a place inside it is named too."""
    inner = {p.country for p in places if p.kind != "country" and p.country}
    codes = [p.code for p in places if not (p.kind == "country" and p.code in inner)]
    return list(dict.fromkeys(codes))


def find_programmes(
    doc_id: str,
    text: str,
    place_mentions: pd.DataFrame,
    org_mentions: pd.DataFrame,
    organizations: pd.DataFrame,
    context_country: str | None = None,
    spans=None,
) -> pd.DataFrame:
    """Find the programmes a document describes.

    Parameters
    ----------
    doc_id : str
    text : str
        The document text; offsets index into it.
    place_mentions : pandas.DataFrame
        Resolved places (:data:`progmap.schema.MENTION_COLUMNS`).
    org_mentions : pandas.DataFrame
        Organization mentions (:data:`progmap.schema.ORG_MENTION_COLUMNS`).
    organizations : pandas.DataFrame
        The document's organizations, for names.
    context_country : str, optional
        The document's context country.
    spans : list of (start, end), optional
        Narrative spans to read.

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.PROGRAMME_COLUMNS`, ``source`` = ``extracted``.
    """
    context = context_country or ""
    names = dict(zip(organizations["org_id"], organizations["name"])) if len(organizations) else {}
    org_rows = sorted(zip(org_mentions["start"], org_mentions["end"], org_mentions["org_id"])) if len(org_mentions) else []
    places = place_mentions.sort_values("start") if len(place_mentions) else place_mentions
    statements = []
    last_doer: tuple | None = None
    for start, end, is_item in text_units(text, spans):
        orgs = [o for o in org_rows if start <= o[0] < end]
        funders = [o[2] for o in orgs if _is_funder(text, o[0], o[1])]
        doers = [o for o in orgs if o[2] not in funders]
        if not doers:
            # "With support from X, the foundation expanded its programme to
            # ...": the organization last named in the same paragraph.
            anaphor = _ANAPHOR.search(text, start, end)
            if last_doer is None or anaphor is None or "\n\n" in text[last_doer[1] : start]:
                continue
            doers = [(anaphor.start(), anaphor.end(), last_doer[2])]
        last_doer = doers[-1]
        unit_places = places[(places["start"] >= start) & (places["start"] < end)] if len(places) else places
        groups = _groups(doers, text)
        if is_item:
            lead = groups[0]
            # An item opens with its organization ("-- IOM: ...").
            if lead[0][0] - start > 60 and not _CUE.search(text[start : lead[0][0]]):
                lead = groups[0]
            scopes = [(lead, start, end)]
        else:
            scopes = []
            for i, group in enumerate(groups):
                scope_end = groups[i + 1][0][0] if i + 1 < len(groups) else end
                scopes.append((group, group[0][0], scope_end))
            shared_end = groups[0][0][0]
        for group, scope_start, scope_end in scopes:
            cue_zone = text[scope_start:scope_end] if not is_item else text[start:end]
            if not _CUE.search(cue_zone):
                continue
            if is_item:
                in_scope = unit_places
            else:
                in_scope = unit_places[((unit_places["start"] >= scope_start) & (unit_places["start"] < scope_end)) | (unit_places["start"] < shared_end)] if len(unit_places) else unit_places
            operating, home, bases = _operating_places(in_scope, text, group[-1][1], context) if len(in_scope) else ([], [], [])
            # Nothing but a base ("Blue Dragon, based in Hanoi, rescues ..."):
            # the organization works from there.
            codes = _most_specific(operating or bases)
            if _HOME.search(cue_zone):
                codes += [c for c in home if c not in codes]
            quote_text = text[start:end]
            statements.append(
                {
                    "implementers": tuple(dict.fromkeys(o[2] for o in group)),
                    "funders": list(dict.fromkeys(funders)),
                    "places": codes,
                    "activities": terms_in(quote_text, "activities"),
                    "budget": "; ".join(dict.fromkeys(m.group().strip() for m in _BUDGET.finditer(quote_text))),
                    "identifiers": list(dict.fromkeys(_IDENTIFIER.findall(quote_text))),
                    "status": _STATUS.search(quote_text).group(1).lower() if _STATUS.search(quote_text) else "",
                    "start": start,
                    "end": end,
                    "evidence": " ".join(quote_text.split()),
                    "noun": _NAME_NOUN.search(cue_zone).group(1).lower() if _NAME_NOUN.search(cue_zone) else "programme",
                }
            )
    return _merge(doc_id, statements, names)


def _merge(doc_id: str, statements: list[dict], names: dict[str, str]) -> pd.DataFrame:
    """One programme per set of implementers in a document."""
    merged: dict[tuple, dict] = {}
    for item in statements:
        key = item["implementers"]
        if key not in merged:
            merged[key] = {**item, "quotes": [item["evidence"]]}
            continue
        target = merged[key]
        for field in ("funders", "places", "activities", "identifiers"):
            target[field] = list(dict.fromkeys(target[field] + item[field]))
        target["budget"] = "; ".join(x for x in dict.fromkeys([target["budget"], item["budget"]]) if x)
        target["status"] = target["status"] or item["status"]
        target["start"], target["end"] = min(target["start"], item["start"]), max(target["end"], item["end"])
        if item["evidence"] not in target["quotes"]:
            target["quotes"].append(item["evidence"])
    rows = []
    for number, item in enumerate(sorted((m for m in merged.values() if m["places"]), key=lambda m: m["start"]), 1):
        lead = names.get(item["implementers"][0], item["implementers"][0])
        rows.append(
            {
                "programme_id": item_id("prog", doc_id, number),
                "name": f"{lead} {item['noun']}",
                "organizations": list(item["implementers"]),
                "funders": [f for f in item["funders"] if f not in item["implementers"]],
                "places": item["places"],
                "activities": item["activities"],
                "budget": item["budget"],
                "identifiers": item["identifiers"],
                "status": item["status"],
                "doc": doc_id,
                "start": int(item["start"]),
                "end": int(item["end"]),
                "evidence": EVIDENCE_SEPARATOR.join(item["quotes"]),
                "source": "extracted",
            }
        )
    return pd.DataFrame(rows, columns=PROGRAMME_COLUMNS)

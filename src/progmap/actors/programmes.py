"""Find programmes: who does what where.

A programme statement is a unit of text (a list item such as "-- IOM: ...",
or a sentence) holding an organization, a programme cue ("project",
"shelter", "works in", "focuses on", "is carrying out"...) and the places it
operates in.

Who: in a list item, the organizations it opens with; in a sentence, each
group of organizations ("Oxfam Quebec, Save the Children UK, and Save the
Children Sweden") is tied to the places that follow it up to the next
group, and places named before the first group ("In An Giang, ...") are the
first group's. Organizations after "with", "by", "among", "in"... are
partners, not implementers ("TAF works with the Women's Union"); media
report, they do not implement. Funders are the organizations after "funded
by", "with funding from", "with support from", or before "-funded" or
"funding" ("with DFID funding", "USG-funded"), and one that "funds" another
named in the statement. A name and its bracketed acronym are one mention.
A sentence whose only actor is "the foundation", "the organization" or, on
an organization's own page, "our shelter" or "we" continues the one named
last in the paragraph.

Where: places in the unit, less those that are not operating areas: flows
("return to Vietnam", "trafficked into China", "repatriated from
Malaysia"), bases ("based in the north", "administered from Bangkok", "the
UN Inter-Agency Project in Bangkok": recorded as the organization's base,
and used only when nothing else is named) and cities standing for their
government ("Washington's response") and donor countries ("Sweden funds
..."). A country is dropped when a province
or region inside it is named too. "After their return home" points to the
places the people come from ("children of Dien Bien province").

What: activities of :data:`progmap.actors.vocabulary.ACTIVITIES` triggered in the
unit, a budget ("USD 3 million", "$1.2m"), identifiers ("FS/VIE/03/R21")
and a status ("on hiatus", "completed", "planned", "pending").

A document's statements about the same implementers are merged into one
programme whose evidence quotes every statement used, so every name a
programme uses is in its evidence.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from progmap.actors.vocabulary import terms_in
from progmap.schema import EVIDENCE_SEPARATOR, PROGRAMME_COLUMNS, item_id
from progmap.sources.documents import text_units
from progmap.text import fold_name

_CUE_NOUN = re.compile(
    r"\b(?:projects?|programmes?|programs?|components?|campaigns?|shelters?|initiatives?|activities|hotlines?|"
    r"(?:transit|drop-in|reception|crisis|support|social protection|counselling|counseling) cent(?:er|re)s?|"
    r"(?:peace|safe|halfway|open|shelter|group) (?:houses?|homes?)|clubs?|training courses?|workshops?|hotline services?)\b",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:projects?|programmes?|programs?|components?|campaigns?|shelters?|initiatives?|centers?|centres?|activities|"
    r"works? (?:in|with|on|across|throughout)|working (?:in|with|on|across|throughout)|has worked|operates?|operating|"
    r"runs?|running|ran|implement\w*|carr(?:y|ies|ying|ied) out|focus(?:es|ed|ing)? on|is focused on|opened|provides?|"
    r"providing|provided|supports?|supporting|supported|assists?|assisting|assisted|helps?|helping|helped|follows?|"
    r"trains?|training|trained|administers?|administered|rescues?|rescuing|rescued|expanded|expands?|conducts?|"
    r"conducted|conducting|launched|launches|established|set up|organi[sz]e[sd]?|distribut\w+|built|builds|manages?|"
    r"managed|repatriat\w+|reintegrat\w+|pilot\w*|offers?|offered|teaches|taught|covers?|covering|present in|active in)\b",
    re.IGNORECASE,
)
_FUNDED_BY = re.compile(
    r"(?:funded|financed|sponsored|supported|paid|backed)\s+(?:\w+\s+)?by\s+(?:the\s+)?$"
    r"|(?:funding|grants?|support|financing|assistance|money|donations?)\s+(?:by|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FUNDED_AFTER = re.compile(r"^[\s-]*(?:-\s*)?(?:funded|financed|sponsored|supported)\b", re.IGNORECASE)
_WITH_FUNDING = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_FUNDING_AFTER = re.compile(r"^[\s’']*(?:s\s+)?(?:funding|grants?|financing|financial\s+support|money|support)\b", re.IGNORECASE)
# An organization after these words takes part; it does not lead ("works with the Women's Union").
_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:with|by|among|amongst|alongside|including|through|to|in|between|joined|partnered)"
    r"(?:\s+(?:[\w'’-]+)){0,3}?"
    # "Our partners in southern Vietnam include ..."
    r"|\bpartners\b[^.;:]{0,60}?\b(?:include|includes|are))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "implemented by UNICEF": after these, "by" names the doer.
_DOER_BY = re.compile(
    r"\b(?:implemented|run|operated|managed|carried out|conducted|led|organi[sz]ed|administered|established|launched|opened)"
    r"\s+(?:\w+\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Vice Chairman of the Dong Thap People's Committee": the person's employer, not a doer.
_AFFILIATION = re.compile(
    r"\b(?:Chairman|Chairwoman|Chair|Director|Head|Minister|Representatives?|Officials?|Officers?|Staff|Members?|"
    r"Spokes(?:man|woman|person)|Deputy|Vice|President|Secretary|Coordinator|Manager|Chief|Expert|Advisor|Adviser)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:of|from|at|with|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|although|though|but)\b", re.IGNORECASE)
#: How far after its organizations a verb cue may stand (characters): "IOM has opened a shelter".
_CUE_REACH = 100
# "return to Vietnam", "trafficked into China", "repatriated from Malaysia":
# places of a flow. A bare "to" is not one ("expanded its programme to Dong Thap").
_FLOW_BEFORE = re.compile(
    # "from Malaysia", "from the northern border provinces of Lao Cai", "from poor villages in Ha Giang"
    r"(?:\bfrom(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:provinces?|districts?|regions?|areas?|villages?|communities|communes?)\s+(?:of|in))?"
    r"|\b(?:return\w*|back|sent|send\w*|trafficked|traffic\w*|taken|take|go|goes|went|going|travel\w*|migrat\w*|moved|"
    r"sold|brought|repatriat\w*|smuggled|lured|deported)(?:\s+[\w-]+){0,3}?\s+(?:to|into|toward|towards)|\bborders?\s+with|\bbordering|"
    r"\b(?:bound|destined|headed|heading)\s+for)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DONOR_AFTER = re.compile(
    r"[\s)]*(?:\([^)]{1,40}\)\s*)?(?:also\s+)?(?:funds|funded|finances|financed|sponsors|sponsored|donates|donated|"
    r"provides\s+(?:the\s+)?funding|provided\s+(?:the\s+)?funding|contributes|contributed)\b",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"\b(?:based|headquartered|administered|managed|run|coordinated|offices?)\s+(?:\w+\s+)?(?:in|from|at|out\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(
    r"^[\s,;()]*(?:(?:and|or|but|also|as well as|to a lesser extent|&)[\s,()]*)*(?:(?:from|to|into)\s+)?(?:the\s+)?$", re.IGNORECASE
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:children|victims|girls|boys|women|men|people|residents|families)\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_ANAPHOR = re.compile(
    r"\b(?:the|this|our|its)\s+(?:foundation|organi[sz]ation|NGO|agency|charity|network|alliance|union|group|partner)\b"
    # On an organization's own pages: "Our shelter in Hanoi ...", "We run ...".
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:projects?|programmes?|programs?|shelters?|cent(?:er|re)s?|hotlines?|houses?|clubs?|teams?|staff)\b"
    r"|\bwe\s+(?:also\s+|now\s+|currently\s+)?(?:run|operate|support|provide|work|train|help|manage|opened|launched)\b",
    re.IGNORECASE,
)
_HOME = re.compile(r"\b(?:return(?:ed|ing)?\s+home|back\s+home|their\s+homes?|home\s+(?:provinces?|communities|villages?))\b", re.IGNORECASE)
# Between two organizations of one group; brackets hold an acronym ("the Ministry of Labour (MOLISA)").
_CONJUNCTION = re.compile(r"^[\s,()]*(?:(?:and|or|&)\s+)?(?:the\s+)?$", re.IGNORECASE)
_BUDGET = re.compile(
    r"(?:(?:USD|US\$|\$|EUR|€|£|GBP|AUD|A\$|CAD|VND|SEK|NOK|JPY|¥)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?"
    r"|\b\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:dollars|USD|euros?|EUR|pounds|GBP|AUD)\b)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?:[/-][A-Z0-9]{2,}){2,}\b|\b[A-Z]{2,}/\d{2,}/[A-Z0-9/]+\b")
_STATUS = re.compile(
    r"\b(on hiatus|suspended|completed|finished|ended|closed|pending|planned|proposed|ongoing|underway|under way|new|"
    r"launched|expired|phased out)\b",
    re.IGNORECASE,
)
_STATUS_WORDS = {"under way": "ongoing", "underway": "ongoing", "finished": "completed", "ended": "completed",
                 "closed": "completed", "expired": "completed", "phased out": "completed", "launched": "new"}
_NOUN = re.compile(r"\b(project|programme|program|campaign|component|shelter|initiative|centre|center)s?\b", re.IGNORECASE)
# A programme's own name: "the Open Doors project", "the Counter Trafficking in Persons (CTIP) project".
_PROPER_NAME = re.compile(
    r"\b((?:[A-Z][\w'’&-]*|\([A-Z]{2,}\))(?:\s+(?:(?:of|in|for|and|against|on|the|&)\s+)?(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\)))*)"
    r"\s+(project|programme|program|campaign|initiative)\b"
)


# "the need for more shelters", "a lack of projects": what is wanted, not what runs.
_WANTED = re.compile(
    r"\b(?:need|needs|needed|lack|lacks|lacking|shortage|absence|call|calls|called|demand|demands|insufficient|few|no)"
    r"\s+(?:(?:of|for)\s+)?(?:(?:more|new|additional|any|the)\s+)?$",
    re.IGNORECASE,
)


def _names_a_programme(zone: str) -> bool:
    """Whether a stretch of text names a programme, a shelter, a campaign... that exists."""
    return any(not _WANTED.search(zone, 0, match.start()) for match in _CUE_NOUN.finditer(zone))


def _join_bracketed(orgs: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """One mention for a name and its acronym in brackets: "the Department of Labour (DOLISA)".

    Read apart, the acronym would lose the words before the name ("works
    with the ...") that say the organization is a partner.
    """
    out: list[tuple[int, int, str]] = []
    for start, end, org_id in orgs:
        if out and out[-1][2] == org_id and re.fullmatch(r"\s*\(\s*", text[out[-1][1] : start]):
            close = end + 1 if text[end : end + 1] == ")" else end
            out[-1] = (out[-1][0], close, org_id)
        else:
            out.append((start, end, org_id))
    return out


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
    """ "funded by X", "with funding from X", "X-funded", "with X funding"."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    return bool(
        _FUNDED_BY.search(before) or _FUNDED_AFTER.match(after) or (_WITH_FUNDING.search(before) and _FUNDING_AFTER.match(after))
    )


# Between two partners of one list, a place may qualify the first ("the Women's Union of An Giang and the ...").
_PARTNER_LIST = re.compile(r"^(?:\s+(?:of|in|from)\s+(?:[A-Z][\w'’-]*\s*){1,4})?[\s,()]*(?:(?:and|or|&)\s+)?(?:the\s+)?$")


def _without_partners(orgs: list[tuple[int, int, str]], text: str, unit_start: int) -> list[tuple[int, int, str]]:
    """The organizations of a sentence that are not partners; a partner's list
    partners ("works with Blue Dragon and the Department of Labour") are partners too."""
    doers, partner_end = [], -1
    for org in orgs:
        listed = partner_end >= 0 and _PARTNER_LIST.match(text[partner_end : org[0]])
        if listed or _is_partner(text, unit_start, org[0]):
            partner_end = org[1]
        else:
            partner_end = -1
            doers.append(org)
    return doers


def _is_partner(text: str, unit_start: int, start: int) -> bool:
    """Whether an organization is named as a partner, a target or a person's employer, not a doer."""
    before = text[max(unit_start, start - 60) : start]
    return bool(_PARTNER_BEFORE.search(before) and not _DOER_BY.search(before) or _AFFILIATION.search(before))


def _operating_places(places: list, text: str, lead_end: int | None = None, context: str = "") -> tuple[list, list, list]:
    """Split a unit's places into (operating places, home places, bases)."""
    operating, home, bases = [], [], []
    flow_end = -1  # end of the last place read as part of a flow list
    for row in places:
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
        if lead_end is not None and row.kind == "city" and row.country != context and re.fullmatch(r"\s+(?:in|at)\s+", text[lead_end : row.start]):
            bases.append(row)
            continue
        # "Australia (AusAID) funds ...", "Sweden funds ...": a donor country, not a place worked in.
        if row.kind == "country" and _DONOR_AFTER.match(text, row.end):
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


class _Row:
    """A place mention, light to copy."""

    __slots__ = ("code", "country", "end", "kind", "start")

    def __init__(self, start, end, code, kind, country):
        self.start, self.end, self.code, self.kind = int(start), int(end), code, kind
        self.country = country if isinstance(country, str) else ""


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
        The document's organizations (:data:`progmap.schema.ORGANIZATION_COLUMNS`),
        for names and types.
    context_country : str, optional
        The document's context country: a foreign city right after an
        organization is its base.
    spans : list of (start, end), optional
        Narrative spans to read.

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.PROGRAMME_COLUMNS`, ``source = "extracted"``,
        one row per set of implementers in the document, in order of first
        statement; ids ``prog-<doc>-<n>``.

    Examples
    --------
    >>> import pandas as pd
    >>> from progmap.actors.organizations import find_organizations
    >>> text = "-- IOM: with USAID funding, IOM runs a shelter in Hue."
    >>> places = pd.DataFrame({"start": [50], "end": [53], "code": ["VN-26"], "kind": ["admin1"], "country": ["VNM"]})
    >>> mentions, orgs = find_organizations("d.txt", text)
    >>> found = find_programmes("d.txt", text, places, mentions, orgs, "VNM")
    >>> found[["organizations", "funders", "places", "activities"]].values.tolist()
    [[['iom'], ['usaid'], ['VN-26'], ['victim protection']]]
    """
    context = context_country or ""
    if not len(org_mentions) or not len(place_mentions):
        return pd.DataFrame(columns=PROGRAMME_COLUMNS)
    names = dict(zip(organizations["org_id"].tolist(), organizations["name"].tolist()))
    types = dict(zip(organizations["org_id"].tolist(), organizations["org_type"].tolist()))
    org_rows = sorted(zip(org_mentions["start"].tolist(), org_mentions["end"].tolist(), org_mentions["org_id"].tolist()))
    org_rows = [(int(s), int(e), o) for s, e, o in org_rows if types.get(o) != "media"]  # media report, they do not run programmes
    org_rows = _join_bracketed(org_rows, text)
    if not org_rows:
        return pd.DataFrame(columns=PROGRAMME_COLUMNS)
    columns = [place_mentions[c].tolist() for c in ("start", "end", "code", "kind", "country")]
    places = sorted((_Row(*row) for row in zip(*columns)), key=lambda p: p.start)
    known_names = None
    place_starts = [p.start for p in places]
    org_starts = [o[0] for o in org_rows]
    statements = []
    # The organization a page's title line names ("About us | Mekong Hope Network").
    title_end = text.find("\n")
    page_org = next((o[2] for o in org_rows if o[1] <= title_end), None) if title_end > 0 else None
    last_doer: tuple | None = None
    before: tuple[int, int, list] | None = None  # the unit before in the paragraph: (start, end, places)
    for start, end, is_item in text_units(text, spans):
        orgs = org_rows[bisect.bisect_left(org_starts, start) : bisect.bisect_left(org_starts, end)]
        unit_places = places[bisect.bisect_left(place_starts, start) : bisect.bisect_left(place_starts, end)]
        if before is not None and re.search(r"\n[ \t]*\n", text[before[1] : start]):
            before = None
        previous, before = before, (start, end, unit_places)
        if not orgs and not unit_places:
            continue
        funding = [o for o in orgs if _is_funder(text, o[0], o[1])]
        # "Sweden (Sida) funds Save the Children, which works ...": a funder,
        # when another organization is there to do the work.
        paying = [o for o in orgs if o not in funding and _DONOR_AFTER.match(text, o[1])]
        if paying and len(paying) < len(orgs) - len(funding):
            funding += paying
        funders = [o[2] for o in funding]
        doers = [o for o in orgs if o not in funding]
        if not is_item:
            doers = _without_partners(doers, text, start)
        if not doers:
            # "With support from X, the foundation expanded its programme to
            # ...": the organization last named in the same paragraph; on an
            # organization's own page, "we" is the one its title names.
            anaphor = _ANAPHOR.search(text, start, end)
            if anaphor is None:
                continue
            if last_doer is not None and not re.search(r"\n[ \t]*\n", text[last_doer[1] : start]):
                doers = [(anaphor.start(), anaphor.end(), last_doer[2])]
            elif page_org is not None and re.match(r"(?i)our|we\b", anaphor.group()):
                # Only the pronoun stands for the organization: "we work ..." keeps its cue.
                doers = [(anaphor.start(), anaphor.start() + len(anaphor.group().split()[0]), page_org)]
            else:
                continue
        last_doer = doers[-1]
        groups = _groups(doers, text)
        if is_item:
            scopes = [(groups[0], start, end)]
        else:
            scopes = []
            for i, group in enumerate(groups):
                scope_start = group[0][0]
                if i == 0:
                    # "In An Giang, IOM runs ...": places before the first
                    # organizations are theirs, within the same clause.
                    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, scope_start)]
                    scope_start = breaks[-1] if breaks else start
                scope_end = groups[i + 1][0][0] if i + 1 < len(groups) else end
                scopes.append((group, scope_start, scope_end))
        for group, scope_start, scope_end in scopes:
            cue_zone = text[scope_start:scope_end]
            if is_item:
                if not _CUE.search(cue_zone):
                    continue
            elif not _names_a_programme(cue_zone):
                # The organizations must be what the sentence says does something;
                # an authority's act ("police arrested", "authorities repatriated")
                # is no programme unless one is named.
                if all(types.get(o[2]) in ("government", "court_police") for o in group):
                    continue
                if not _CUE.search(text, group[-1][1], min(scope_end, group[-1][1] + _CUE_REACH)):
                    continue
            in_scope = [p for p in unit_places if scope_start <= p.start < scope_end]
            operating, _, bases = _operating_places(in_scope, text, group[-1][1], context)
            # Nothing but a base ("Blue Dragon, based in Hanoi, rescues ..."):
            # the organization works from there.
            codes = _most_specific(operating or bases)
            home = []
            quote_start = start
            if _HOME.search(cue_zone):
                # "follow children after their return home": the children of
                # this sentence, or of the one before, come from there.
                home = [p for p in unit_places if _ORIGIN_BEFORE.search(text[max(0, p.start - 40) : p.start])]
                if not home and previous is not None:
                    home = [p for p in previous[2] if _ORIGIN_BEFORE.search(text[max(0, p.start - 40) : p.start])]
                    quote_start = previous[0] if home else start
                codes += [p.code for p in home if p.code not in codes]
            quote_text = text[start:end]
            noun = _NOUN.search(cue_zone)
            if known_names is None and (_NAMED_PROJECT.search(quote_text) or _PROPER_NAME.search(quote_text)):
                known_names = _known_names(organizations)
            proper = _proper_name(quote_text, known_names) if known_names is not None else ""
            statements.append(
                {
                    "implementers": tuple(dict.fromkeys(o[2] for o in group)),
                    "funders": list(dict.fromkeys(funders)),
                    "places": codes,
                    "rows": [p for p in (operating or bases) if p.code in codes] + home,
                    "activities": terms_in(quote_text, "activities"),
                    "budget": list(dict.fromkeys(" ".join(m.group().split()) for m in _BUDGET.finditer(quote_text))),
                    "identifiers": list(dict.fromkeys(_IDENTIFIER.findall(quote_text))),
                    "status": _status(quote_text),
                    "start": quote_start,
                    "end": end,
                    "evidence": " ".join(text[quote_start:end].split()),
                    "noun": noun.group(1).lower() if noun else "programme",
                    "proper": proper,
                }
            )
    return _merge(doc_id, statements, names)


def _status(quote: str) -> str:
    found = _STATUS.search(quote)
    if not found:
        return ""
    word = " ".join(found.group(1).lower().split())
    return _STATUS_WORDS.get(word, word)


def _known_names(organizations: pd.DataFrame) -> set[str]:
    """Folded names and aliases of a document's organizations."""
    known = set()
    for name_, aliases in zip(organizations["name"].tolist(), organizations["aliases"].tolist()):
        for name in [name_, *aliases]:
            known.add(fold_name(re.sub(r"\s*\([^)]*\)$", "", name)))
            known.add(fold_name(name))
    return {re.sub(r"^the ", "", k) for k in known}


_NAMED_PROJECT = re.compile(r"\b(Project|Programme|Program|Campaign|Operation|Initiative)\s+((?:[A-Z][\w'’&-]*\s*){1,5})")


def _proper_name(quote: str, known: set[str]) -> str:
    """A programme's own name in a quote ("Open Doors project", "Project Green Light"), unless it is an organization's."""
    named = _NAMED_PROJECT.search(quote)
    if named and re.sub(r"^the ", "", fold_name(named.group(0))) not in known:
        return " ".join(named.group(0).split())
    for match in _PROPER_NAME.finditer(quote):
        words = re.sub(r"^(?:The|A|An|This|Its|Their)\s+", "", match.group(1))
        words = re.sub(r"[’']s$", "", words)
        capitals = [w for w in words.split() if w[:1].isupper()]
        if len(capitals) < 2 or re.sub(r"^the ", "", fold_name(words)) in known:
            continue
        return " ".join(f"{words} {match.group(2)}".split())
    return ""


def _merge(doc_id: str, statements: list[dict], names: dict[str, str]) -> pd.DataFrame:
    """One programme per set of implementers in a document."""
    merged: dict[tuple, dict] = {}
    for item in statements:
        key = item["implementers"]
        if key not in merged:
            merged[key] = {**item, "quotes": [item["evidence"]]}
            continue
        target = merged[key]
        for field in ("funders", "places", "activities", "identifiers", "budget", "rows"):
            target[field] = list(dict.fromkeys(target[field] + item[field])) if field != "rows" else target[field] + item[field]
        target["status"] = target["status"] or item["status"]
        target["proper"] = target["proper"] or item["proper"]
        target["start"], target["end"] = min(target["start"], item["start"]), max(target["end"], item["end"])
        if item["evidence"] not in target["quotes"]:
            target["quotes"].append(item["evidence"])
    rows = []
    for number, item in enumerate(sorted((m for m in merged.values() if m["places"]), key=lambda m: m["start"]), 1):
        # Across statements too, a country goes when a place inside it is named.
        inner = {p.country for p in item["rows"] if p.kind != "country" and p.country}
        kinds = {p.code: p.kind for p in item["rows"]}
        places = [c for c in item["places"] if not (kinds.get(c) == "country" and c in inner)]
        lead = re.sub(r"\s*\([^)]*\)$", "", names.get(item["implementers"][0], item["implementers"][0]))
        name = item["proper"] or (lead if re.search(r"\b(?:Project|Programme|Program)$", lead) else f"{lead} {item['noun']}")
        rows.append(
            {
                "programme_id": item_id("prog", doc_id, number),
                "name": name,
                "organizations": list(item["implementers"]),
                "funders": [f for f in item["funders"] if f not in item["implementers"]],
                "places": places,
                "activities": item["activities"],
                "budget": "; ".join(item["budget"]),
                "identifiers": item["identifiers"],
                "status": item["status"],
                "doc": doc_id,
                "start": int(item["start"]),
                "end": int(item["end"]),
                "evidence": EVIDENCE_SEPARATOR.join(item["quotes"]),
                "source": "extracted",
            }
        )
    return _frame(rows, PROGRAMME_COLUMNS)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A frame from row dicts, built column by column (faster than from records)."""
    return pd.DataFrame({column: [row[column] for row in rows] for column in columns}, columns=columns)

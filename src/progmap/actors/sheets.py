"""Project sheets: the labelled lines of a fact sheet or grant list.

Donor and NGO pages describe a project as fields, not sentences::

    Implementing partner: World Vision Myanmar
    Donor: Department for International Development (DFID)
    Locations: Mandalay Region, Shan State and Kachin State

The sentence frames of :mod:`progmap.actors.programmes` find no verb there.
This module finds the lines whose label the ``fields`` lexicon knows and
says what each value is (``agent``, ``funder``, ``places`` or ``name``); the
programme reader joins them to the organizations and places found in them.
A table of projects or places of help ("Project | Implementer | Donor |
Location") is read the same way, a column at a time, its header cells known
by the ``table_columns`` lexicon (:func:`project_table_rows`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from progmap.actors.language import lexicon
from progmap.text import fold_text, line_matches

__all__ = [
    "Field", "GrantLine", "PLAIN_PARTNERS", "RoutePair", "TableRow", "grant_lines", "labelled_rows", "project_table_rows",
    "sheet_fields", "table_fields", "table_route_pairs",
]


@dataclass(frozen=True)
class Field:
    """One labelled line: its role and where its value is in the text."""

    role: str
    start: int  # the value's first character
    end: int  # one past its last
    label: str = ""  # the label as the lexicon writes it ("implementing partner"), lower case
    under: bool = False  # a value on its own line under the label line ("Partners:\n  Open Gate (Italy)")


@lru_cache(maxsize=4)
def _labels(table: str) -> tuple[dict[str, str], re.Pattern]:
    roles = {row["lemma"].lower(): row["role"] for row in lexicon(table)}
    names = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    # A route label may say whose routes in a few words more ("Destinations for Kenyan victims abroad:").
    tail = r"(?:[ \t]+(?:of|for)[ \t]+[^:\n]{1,40}?)?" if table == "route_fields" else ""
    # A label opens its line (after a bullet or a year: "2026 grantees:"), is followed by a colon and a value on the same line,
    # or by a colon that ends its line and values on the indented or bulleted lines under it
    # ("Partners:\n  Hope Street (Albania)\n  Open Gate (Italy)": group 3).
    return roles, re.compile(
        rf"^[ \t]*(?:[-*•][ \t]*)?(?:(?:19|20)\d\d[ \t]+)?({names}){tail}[ \t]*:[ \t]*(?:(\S[^\n]*)|((?:\n[ \t]*(?:[-*•][ \t]*|[ \t]+)[^\s*•-][^\n]*)+))$",
        re.IGNORECASE | re.MULTILINE,
    )


def sheet_fields(text: str, table: str = "fields") -> list[Field]:
    """The labelled lines of a document, in order.

    ``table`` is the lexicon of labels: ``fields`` (a project sheet's) or
    ``route_fields`` (a country fact sheet's "Countries of destination:").

    Examples
    --------
    >>> text = "Safe Migration\\nImplementing partner: World Vision\\nDonor: DFID\\nLocations: Shan State"
    >>> [(f.role, text[f.start:f.end]) for f in sheet_fields(text)]
    [('agent', 'World Vision'), ('funder', 'DFID'), ('places', 'Shan State')]
    """
    if ":" not in text:
        return []
    # Organizations, programmes and routes all read a document's labelled lines: they are
    # kept with its fold (see progmap.text.FoldedText.kept; the fields are immutable).
    return list(fold_text(text).kept(("sheet_fields", table), lambda: _sheet_fields(text, table)))


def _sheet_fields(text: str, table: str) -> tuple[Field, ...]:
    """:func:`sheet_fields` of a text not read before."""
    roles, pattern = _labels(table)
    inline = _inline_labels(table)
    fields = []
    # Labelled lines hold a colon: only those lines are matched.
    for m in line_matches(pattern, text, ":"):
        role, label = roles[m.group(1).lower()], m.group(1).lower()
        if m.group(2) is not None:
            # "Project: Outreach in Narva. Implementer: Eluliin. Status: Active.": a record on one line,
            # its labels after a full stop, a semicolon or a bar
            start, split = m.start(2), False
            for inner in inline.finditer(text, m.start(2), m.end(2)):
                fields.append(Field(role, start, len(text[:inner.start()].rstrip(".;| \t")), label))
                role, label, start, split = roles[inner.group(1).lower()], inner.group(1).lower(), inner.end(), True
            fields.append(Field(role, start, len(text[: m.end(2)].rstrip(".;| \t")) if split else m.end(2), label))
            continue
        for line in _VALUE_LINE.finditer(text, m.start(3), m.end(3)):
            fields.append(Field(role, line.start(1), line.end(1), label, under=True))
    return tuple(fields)


@lru_cache(maxsize=4)
def _inline_labels(table: str) -> re.Pattern:
    """A label inside a labelled line's value, after a full stop, a semicolon or a bar, written with
    a capital ("... in Narva. Implementer: Eluliin. Status: Active."): the next field of the record."""
    names = "|".join(sorted((re.escape(row["lemma"][:1].upper() + row["lemma"][1:].lower()) for row in lexicon(table)), key=len, reverse=True))
    return re.compile(rf"(?<=[.;|])[ \t]+({names})[ \t]*:[ \t]+(?=\S)")


#: One value line under a label that ends its line: its text after the indent or bullet.
_VALUE_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(\S[^\n]*?)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=2)
def _column_labels(table: str) -> dict[str, str]:
    """A table's column labels: its rows whose role ends "_column" ("Citizenship": origins), role without the suffix."""
    return {row["lemma"].lower(): row["role"].removesuffix("_column") for row in lexicon(table) if row["role"].endswith("_column")}


def table_fields(text: str, table: str = "route_fields") -> list[Field]:
    """The first cells of the rows of bar-separated tables whose first header cell ``table`` labels.

    A table of victims by citizenship ("Citizenship | Victims", then
    "Romania | 112") lists where the people of the country it is about
    come from, as a fact sheet's "Countries of origin:" line does.

    >>> text = "Citizenship | Victims\\nRomania | 112\\nColombia | 87\\n\\nMost were women."
    >>> [(f.role, text[f.start:f.end]) for f in table_fields(text)]
    [('origins', 'Romania'), ('origins', 'Colombia')]
    """
    if "|" not in text:
        return []
    labels = _column_labels(table)
    found, role = [], None
    for row in _bar_rows(text):
        if row is None:
            role = None
            continue
        cells = row[2]
        if not cells:
            continue
        if role is None:
            role = labels.get(" ".join(text[cells[0][0] : cells[0][1]].lower().split()))
            continue
        found.append(Field(role, *cells[0]))
    return found


@dataclass(frozen=True)
class RoutePair:
    """One row of a table of flows: its origin cell, its destination cell, and the row."""

    origin_start: int
    origin_end: int
    destination_start: int
    destination_end: int
    row_start: int
    row_end: int


def table_route_pairs(text: str, table: str = "route_fields") -> list[RoutePair]:
    """The rows of bar-separated tables whose header has an origin column and a destination column.

    A table of victims by country of origin and of exploitation ("Country of
    origin | Country of exploitation | Victims", then "Nepal | India | 312")
    gives a flow a row, whatever country the document is about.

    >>> text = "Origin | Destination | Victims\\nNepal | India | 312\\nLao PDR | Thailand | 65\\n"
    >>> [(text[p.origin_start:p.origin_end], text[p.destination_start:p.destination_end]) for p in table_route_pairs(text)]
    [('Nepal', 'India'), ('Lao PDR', 'Thailand')]
    """
    if "|" not in text:
        return []
    labels = _column_labels(table)
    found, columns = [], None
    for row in _bar_rows(text):
        if row is None:
            columns = None
            continue
        start, end, cells = row
        if columns is None:
            named = [labels.get(" ".join(text[a:b].lower().split())) for a, b in cells]
            columns = (named.index("origins"), named.index("destinations")) if {"origins", "destinations"} <= set(named) else ()
            continue
        if columns and max(columns) < len(cells):
            (a, b), (c, d) = cells[columns[0]], cells[columns[1]]
            found.append(RoutePair(a, b, c, d, start, end))
    return found


@dataclass(frozen=True)
class GrantLine:
    """One line of a grant list: who is paid (the label) and the rest of the line."""

    label_start: int
    label_end: int
    end: int  # the line's end


#: A grant list's line: a name, a colon or a dash, and an amount ("- Agar Ethiopia: USD 80,000 for ...",
#: "- Hope Kenya, Mombasa - $40,000 for ...").
_GRANT_LINE = re.compile(
    r"^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]*)?(?:The[ \t]+)?(?=[A-Z])([^\n:]{2,120}?)(?:[ \t]*:[ \t]*|[ \t]+[-–—][ \t]+)(?:USD|US\$|\$|EUR|€|GBP|£|CHF|AUD)[ \t]?\d[^\n]*",
    re.MULTILINE,
)


#: A table row whose first cell names someone and whose last cell is an amount
#: ("Trace Kenya | Kenya | Pre-departure training in Mombasa | 120,000").
_TABLE_ROW = re.compile(
    r"[ \t]*\|?[ \t]*(?=[A-Z])([^\n|]{2,120}?)[ \t]*\|[^\n]*\|[ \t]*(?:(?:USD|US\$|\$|EUR|€|GBP|£|CHF|AUD)[ \t]?)?"
    r"\d[\d,.]*(?:[ \t]*(?:million|m|k))?[ \t]*\|?[ \t]*"
)
#: Words of a table's header row that make its rows grants ("Grantee | Country | Project | Amount (USD)").
_GRANT_HEADER = re.compile(r"\b(?:grantees?|recipients?|amounts?|grants?|awards?|budget|funding)\b", re.IGNORECASE)


def grant_lines(text: str) -> list[GrantLine]:
    """Lines that pay a named recipient an amount, in order: a list's "name: amount" lines, and
    the rows of a table whose header speaks of grants or amounts.

    Examples
    --------
    >>> text = "Grants:\\n- Agar Ethiopia: USD 80,000 for community conversations in Amhara."
    >>> [text[g.label_start:g.label_end] for g in grant_lines(text)]
    ['Agar Ethiopia']
    >>> text = "Grantee | Project | Amount\\nHope Kenya | Training in Mombasa | 120,000\\n"
    >>> [text[g.label_start:g.label_end] for g in grant_lines(text)]
    ['Hope Kenya']
    """
    # Organizations and programmes both read them: they are kept with the text's fold.
    return list(fold_text(text).kept("grant_lines", lambda: _grant_lines(text)))


def _grant_lines(text: str) -> tuple[GrantLine, ...]:
    """:func:`grant_lines` of a text not read before."""
    lines = []
    # Grant lines hold an amount: only the lines holding a currency's mark are matched.
    marks = [mark for mark in ("$", "USD", "EUR", "€", "£", "GBP", "CHF", "AUD") if mark in text]
    if marks:
        matches = {m.start(): m for mark in marks for m in line_matches(_GRANT_LINE, text, mark)}
        lines = [GrantLine(m.start(1), m.end(1), m.end()) for _, m in sorted(matches.items())]
    if "|" in text:
        lines = sorted(lines + _grant_table_rows(text), key=lambda g: g.label_start)
    return tuple(lines)


def _grant_table_rows(text: str) -> list[GrantLine]:
    """The rows of tables (cells split by bars, one row a line) under a header row of grants."""
    rows, in_grants, position = [], False, 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if "|" not in line:
            in_grants = in_grants and not line.strip()  # a blank line stays in the table; text ends it
            continue
        row = _TABLE_ROW.fullmatch(line)
        if row is None:
            in_grants = bool(_GRANT_HEADER.search(line))  # a header row (or a row of words) starts a table
        elif in_grants:
            rows.append(GrantLine(start + row.start(1), start + row.end(1), start + len(line)))
    return rows


@dataclass(frozen=True)
class TableRow:
    """A table's row: where it is, and its cells as (role, start, end) for the columns its header names."""

    start: int
    end: int
    cells: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=1)
def _table_columns() -> dict[str, str]:
    """Header cell -> the role of its column (the ``table_columns`` lexicon)."""
    return {row["lemma"].lower(): row["role"] for row in lexicon("table_columns")}


#: Labels of a sheet's line or a table's column that name runners unless another names them ("Partners").
PLAIN_PARTNERS = frozenset({"partner", "partners"})
_CELL = re.compile(r"[^|\n]+")
_RULE_ROW = re.compile(r"[ \t|:-]+")


def _bar_rows(text: str):
    """The rows of bar-separated tables, one a line, as (start, end, cells as (start, end)); None where a
    line of text ends a table (a blank line stays in it). Rule rows ("|---|---|") are skipped."""
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if "|" not in line:
            if line.strip():
                yield None
            continue
        if _RULE_ROW.fullmatch(line):
            continue
        yield start, start + len(line), [
            (start + m.start() + len(m.group()) - len(m.group().lstrip()), start + m.start() + len(m.group().rstrip()))
            for m in _CELL.finditer(line) if m.group().strip()
        ]


def project_table_rows(text: str) -> list[TableRow]:
    """The rows of bar-separated tables whose header names who runs or pays and where.

    >>> text = "Project | Implementer | Location\\n---|---|---\\nSafe Return | Hope Street | Tirana\\n"
    >>> [[(role, text[a:b]) for role, a, b in row.cells] for row in project_table_rows(text)]
    [[('name', 'Safe Return'), ('agent', 'Hope Street'), ('places', 'Tirana')]]
    """
    columns = _table_columns()
    rows, header = [], None
    for row in _bar_rows(text):
        if row is None:
            header = None
            continue
        start, end, cells = row
        if header is None:
            labels = [" ".join(text[a:b].lower().split()) for a, b in cells]
            roles = [columns.get(label) for label in labels]
            if any(role == "agent" and label not in PLAIN_PARTNERS for role, label in zip(roles, labels)):
                # "Project | Implementer | Partner | Location": the plain partner column names partners
                roles = ["partner" if label in PLAIN_PARTNERS else role for role, label in zip(roles, labels)]
            # who, and where or what: "Action | Partner | Status" names the work, its places are in it
            header = roles if ({"agent", "funder"} & set(roles)) and ({"places", "name"} & set(roles)) else None
            continue
        if len(cells) == len(header):
            rows.append(TableRow(start, end, tuple((role, a, b) for role, (a, b) in zip(header, cells) if role)))
    return rows


#: A cell that opens with a label and a colon: "Lead: Ministry of Labour", "Status: Achieved".
_LABELLED_CELL = re.compile(r"([A-Za-z][A-Za-z -]{1,40}?)[ \t]*:[ \t]*(\S.*)", re.DOTALL)


def labelled_rows(text: str) -> list[TableRow]:
    """The rows of a bar-separated list whose cells carry their own labels, one a line: an
    implementation matrix's "Activity 1.1 | Shelter in Mangochi | Lead: Ministry of Gender |
    Support: IOM | Status: Achieved". A row counts when a cell's label (the ``fields`` lexicon)
    names who runs or supports the work; the cells with no label are ``text`` (what is done, and
    where).

    >>> text = "Activity 2.1 | A shelter in Mangochi | Lead: Ministry of Gender | Support: IOM | Status: Achieved\\n"
    >>> [[(role, text[a:b]) for role, a, b in row.cells] for row in labelled_rows(text)]
    [[('text', 'Activity 2.1'), ('text', 'A shelter in Mangochi'), ('agent', 'Ministry of Gender'), ('partner', 'IOM'), ('status', 'Achieved')]]
    """
    if "|" not in text or ":" not in text:
        return []
    roles = {row["lemma"].lower(): row["role"] for row in lexicon("fields")}
    rows = []
    for row in _bar_rows(text):
        if row is None or len(row[2]) < 2:
            continue
        start, end, cells = row
        read = []
        for a, b in cells:
            cell = _LABELLED_CELL.fullmatch(text, a, b)
            role = roles.get(" ".join(cell.group(1).lower().split())) if cell else None
            read.append((role, cell.start(2), b) if role else ("text", a, b))
        if any(role in ("agent", "partner", "funder") for role, _, _ in read):
            rows.append(TableRow(start, end, tuple(read)))
    return rows

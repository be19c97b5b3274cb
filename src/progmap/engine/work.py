"""The unit of work: a batch of documents in, one compact result per document out.

:func:`extract_batch` is a pure function of the documents' bytes, the
:class:`~progmap.engine.state.SharedState` and the
:class:`~progmap.engine.state.ExtractOptions`: it reads each document, finds
its organization names, its places (resolved a batch at a time), and, unless
only places are wanted, localizes its organizations and reads its programmes
and routes. Each document's result is JSON text (see :func:`encode`), the
same bytes whether computed here, in a worker process, on a Dask worker or
read back from the cache, so a build never depends on where a result came
from.

A result holds plain columns, not frames: per kind, one list of values per
column. ``mentions`` has the columns of :data:`MENTION_ROW`, with
``sentence`` an index into the result's ``sentences`` (a sentence naming
ten places is stored once); ``unresolved`` those of :data:`UNRESOLVED_ROW`;
the other kinds their :mod:`progmap.schema` columns. ``pieces`` holds the
document's rows as ``mentions.csv``, ``unresolved.csv`` and ``records.yaml``
write them (see :func:`document_pieces`), so that a build joins them rather
than encoding the corpus's rows again. The pieces travel and are cached as
the UTF-8 bytes they are written as, after the result's JSON (see
:func:`encode`), so that a build copies them without decoding them: they
are most of a result's bytes.
"""

from __future__ import annotations

import bisect
import json
import re

import numpy as np
import pandas as pd

from progmap import records
from progmap.actors.frames import frame as small_frame
from progmap.actors.organizations import STATE_BODY_TYPES, body_country, localize_organization_columns, read_organizations
from progmap.actors.programmes import read_programmes
from progmap.actors.routes import read_routes
from progmap.engine.state import ExtractOptions, SharedState
from progmap.errors import DocumentError
from progmap.places import vintage
from progmap.outputs import fragments
from progmap.places.resolve import resolve_texts
from progmap.schema import (
    MENTION_COLUMNS, ORG_MENTION_COLUMNS, ORGANIZATION_COLUMNS, PROGRAMME_COLUMNS, ROUTE_COLUMNS, UNRESOLVED_COLUMNS,
)
from progmap.sources import documents
from progmap.text import fold_name
from progmap.text import spans_without  # noqa: F401 (part of the unit of work's interface)

#: Columns of a result's mention rows (``sentence`` is an index into ``sentences``).
MENTION_ROW = ["start", "end", "text", "kind", "code", "name", "country", "sentence", "score", "vintage", "members", "successor"]
#: Columns of a result's unresolved rows.
UNRESOLVED_ROW = ["start", "end", "text", "reason", "suggestions", "sentence"]
#: Row columns of the other kinds, as the schema names them; programmes and
#: routes also carry their ``page`` (see :func:`progmap.sources.documents.add_pages`).
ROW_COLUMNS = {
    "org_mentions": ORG_MENTION_COLUMNS,
    "organizations": ORGANIZATION_COLUMNS,
    "programmes": [*PROGRAMME_COLUMNS, "page"],
    "routes": [*ROUTE_COLUMNS, "page"],
}


#: Columns of the frames gathered from results, per kind (see :func:`result_columns`).
FRAME_COLUMNS = {"mentions": MENTION_COLUMNS, "unresolved": UNRESOLVED_COLUMNS, **ROW_COLUMNS}


def _plain(value):
    """numpy scalars and arrays as Python values, for JSON."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (np.ndarray, tuple, set)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def encode(result: dict, pieces: dict[str, str] | None = None) -> bytes:
    """A document's result as JSON bytes (UTF-8, no spaces), the form results travel and are cached in.

    ``pieces`` (kind -> text, see :func:`document_pieces`) follow the JSON
    as their UTF-8 bytes: a line with a JSON list of ``[kind, bytes]``,
    then the bytes one after another. JSON never holds a raw line break,
    so the first one ends it. A piece that is no UTF-8 (a lone surrogate)
    is left out: the frame writers then write its file, as they would.

    >>> data = encode({"doc": "a"}, {"mentions": "a,1\\r\\n"})
    >>> data
    b'{"doc":"a"}\\n[["mentions",5]]\\na,1\\r\\n'
    >>> decode(data)
    {'doc': 'a', 'pieces': {'mentions': b'a,1\\r\\n'}}
    """
    payload = json.dumps(result, ensure_ascii=False, separators=(",", ":"), default=_plain).encode("utf-8")
    return payload if pieces is None else payload + _piece_bytes(pieces)


def _piece_bytes(pieces: dict[str, str]) -> bytes:
    """What :func:`encode` writes after a result's JSON for its pieces."""
    sizes, parts = [], []
    for kind, text in pieces.items():
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            continue
        sizes.append([kind, len(data)])
        parts.append(data)
    return b"\n" + json.dumps(sizes, separators=(",", ":")).encode("ascii") + b"\n" + b"".join(parts)


def decode(data: bytes) -> dict:
    """The result :func:`encode` wrote; its pieces, if any, as ``pieces`` (kind -> UTF-8 bytes, not decoded)."""
    payload, newline, tail = data.partition(b"\n")
    result = json.loads(payload)
    if newline:
        index, _, raw = tail.partition(b"\n")
        pieces, at = {}, 0
        for kind, size in json.loads(index):
            pieces[kind] = raw[at:at + size]
            at += size
        result["pieces"] = pieces
    return result


def _columns(frame: pd.DataFrame, names: list[str]) -> list[list]:
    """A frame's columns as lists, in the order of ``names`` (missing nullable values as None): for the items of a paged document."""
    if not len(frame):
        return [[] for _ in names]
    # One conversion for the whole frame: a column at a time costs more than the
    # actor stage's small frames are worth. A missing page column is no page.
    present = [name for name in names if name in frame]
    columns = dict(zip(present, frame[present].to_numpy(dtype=object).T.tolist()))
    if "page" in names:
        columns["page"] = [None if v is pd.NA else v for v in columns.get("page", [None] * len(frame))]
    return [columns[name] for name in names]


def _columns_of(rows: list[tuple], width: int) -> list[list]:
    return [list(column) for column in zip(*rows)] if rows else [[] for _ in range(width)]


def _sentence_rows(doc, rows: list[tuple], sentences: list[str], index: dict[str, int]) -> list[int]:
    """Each row's sentence as an index into ``sentences``, which grows as new ones are met."""
    if not rows:
        return []
    starts = [row[0] for row in rows]
    ends = [row[1] for row in rows]
    found = []
    for sentence in documents.sentences_for(doc, starts, ends):
        number = index.get(sentence)
        if number is None:
            number = index[sentence] = len(sentences)
            sentences.append(sentence)
        found.append(number)
    return found


#: The columns of a document's place mentions that the actor stages read.
PLACE_COLUMNS = ["start", "end", "code", "kind", "country"]


def _place_columns(mentions: list[list]) -> dict[str, list]:
    """A document's place mentions as the plain columns the actor stages read (see :mod:`progmap.actors.frames`)."""
    data = dict(zip(MENTION_ROW, mentions))
    return {name: data[name] for name in PLACE_COLUMNS}


def finish_document(doc, found: dict) -> dict:
    """The one place a document's rows are finished, before they are stored.

    Steps that add to every record of a document (page numbers, stable ids)
    belong here: they then run in the workers, and their output is cached
    with the rest. ``found`` maps ``org_mentions``, ``organizations``,
    ``programmes`` and ``routes`` to the document's plain columns (column
    name -> list of values); programmes and routes gain ``page``.
    """
    for kind in ("programmes", "routes"):
        columns = found[kind]
        rows = len(columns["start"])
        # Ids from content, so curated corrections follow items when a document changes.
        if rows:
            columns = {**columns, records.SECTIONS[kind][0]: records.content_ids(kind, columns)}
        # Items read from a PDF carry their page (a column and a note in the
        # evidence); other documents' items have none. Few documents have
        # pages: a frame is made for them alone.
        if doc.pages and rows:
            paged = documents.add_pages(small_frame(columns, ROW_COLUMNS[kind][:-1]), [doc])  # all but "page"
            columns = dict(zip(ROW_COLUMNS[kind], _columns(paged, ROW_COLUMNS[kind])))
        else:
            columns = {**columns, "page": [None] * rows}
        found[kind] = columns
    return found


def reading_date(doc, undated: str) -> str:
    """The date a document's places are read at: its own, else ``undated`` (see :mod:`progmap.places.vintage`)."""
    return vintage.reading_dates([doc.metadata.get("date")], "source")[0] or undated


def document_dates(items: list[tuple], state: SharedState, options: ExtractOptions) -> list[bytes]:
    """Each document's own date (an ISO day, '' when it states none): the first pass of a build
    whose undated documents are read at the newest date of the corpus."""
    out = []
    for doc_id, path, data, _ in items:
        try:
            doc = documents.read_document(path, doc_id, data=data)
        except DocumentError:
            out.append(encode({"doc": doc_id, "date": ""}))
            continue
        out.append(encode({"doc": doc_id, "date": reading_date(doc, "")}))
    return out


def extract_batch(items: list[tuple[str, str, bytes, str]], state: SharedState, options: ExtractOptions) -> list[bytes]:
    """Read a batch of documents: the unit of work.

    Parameters
    ----------
    items : list of (doc_id, path, data, undated)
        Each document's id, its path (for messages and the file type), its
        bytes, and the date it is read at if it states none (ISO; '' for
        the boundary file's map).
    state : SharedState
    options : ExtractOptions

    Returns
    -------
    list of bytes
        One :func:`encode`-d result per item, in order. A document that
        cannot be read gives ``{"doc": ..., "skipped": reason}``.
    """
    docs, results = [], []
    undated = []
    for doc_id, path, data, when in items:
        try:
            docs.append(documents.read_document(path, doc_id, data=data))
            undated.append(when)
            results.append(None)
        except DocumentError as exc:
            docs.append(None)
            results.append({"doc": doc_id, "path": str(path), "skipped": str(exc)})
    readable = [doc for doc in docs if doc is not None]
    # Organizations first: a place inside an NGO's or agency's name is not read (see _name_spans).
    # They are read in the narrative only (no SOURCE, title or routing line is
    # evidence); a title or subject line may name a known organization.
    found_orgs = [
        read_organizations(
            doc.doc_id, doc.text, country=options.country, gazetteer=state.organizations, spans=doc.narrative, metadata=doc.metadata
        )
        for doc in readable
    ]
    # Places count in the narrative and in title and subject lines.
    spans = [spans_without(list(doc.place_spans), _name_spans(*orgs, state.matcher)) for doc, orgs in zip(readable, found_orgs)]
    dates = [reading_date(doc, when) for doc, when in zip(readable, undated)]
    places = resolve_texts(
        [doc.text for doc in readable], state.matcher, spans, [options.country] * len(readable), processes=1, dates=dates
    )
    done = iter(zip(readable, found_orgs, places))
    for number, doc in enumerate(docs):
        if doc is not None:
            doc, orgs, found = next(done)
            results[number] = _document_result(doc, orgs, found, state, options)
    return [_with_pieces(result, options) for result in results]


def _with_pieces(result: dict, options: ExtractOptions) -> bytes:
    """A result encoded with its pieces of the outputs (:func:`document_pieces`), made from
    the result as it is decoded, so that they are what the frame writers make of it."""
    payload = encode(result)
    if "skipped" in result or options.places_only:
        return payload
    return payload + _piece_bytes(document_pieces(decode(payload)))


def result_columns(result: dict, kind: str) -> dict[str, list]:
    """A decoded result's rows of one kind as plain columns, named and ordered as the gathered frame's.

    Mentions and unresolved names gain their document and their sentence's text.
    """
    found = result.get(kind) or []
    if kind not in ("mentions", "unresolved"):
        return dict(zip(ROW_COLUMNS[kind], found))
    layout = MENTION_ROW if kind == "mentions" else UNRESOLVED_ROW
    sentences = result["sentences"]
    named = {"doc": [result["doc"]] * len(found[0])}
    for name, values in zip(layout, found):
        named[name] = [sentences[i] for i in values] if name == "sentence" else values
    return {name: named[name] for name in FRAME_COLUMNS[kind]}


def document_pieces(result: dict) -> dict[str, str]:
    """A document's pieces of ``mentions.csv``, ``unresolved.csv`` and ``records.yaml`` (see
    :mod:`progmap.outputs.fragments`), for the kinds it has rows of."""
    pieces = {}
    for kind in fragments.PIECE_KINDS:
        columns = result_columns(result, kind)
        if not columns or not next(iter(columns.values())):
            continue
        if kind in records.SECTIONS:
            pieces[kind] = fragments.yaml_items(kind, records.column_items(records.SECTIONS[kind][0], columns))
        else:
            floats = fragments.FLOAT_COLUMNS.get(kind, frozenset())
            pieces[kind] = fragments.csv_rows(list(columns.values()), frozenset(i for i, name in enumerate(columns) if name in floats))
    return pieces


#: Kinds of body whose name's place is the state or the area it governs
#: ("the Government of Nepal", "the Ha Tinh provincial police"): the place counts.
STATE_BODIES = frozenset({"government", "court_police"})


def _name_spans(org_mentions: dict, organizations: dict, matcher=None) -> list[tuple[int, int]]:
    """The spans of organization names whose places are not read: a place
    inside an NGO's or agency's name ("Save the Children UK") is part of the
    name, a place inside a state body's name is where it governs. A name
    that is all a country's or a unit's ("with support from the United
    States", "Nova Scotia opened a shelter") is that place's government, so
    it names the place whatever the organization was read as."""
    state = {org_id for org_id, kind in zip(organizations["org_id"], organizations["org_type"]) if kind in STATE_BODIES}
    return [
        (a, b)
        for a, b, org_id, text in zip(org_mentions["start"], org_mentions["end"], org_mentions["org_id"], org_mentions["text"])
        if org_id not in state and not (matcher is not None and _names_a_government_s_place(matcher, text))
    ]


def _names_a_government_s_place(matcher, text: str) -> bool:
    """Whether an organization's name as written is only a country's name, or a unit's of
    several words: an NGO may take a one-word unit's name (the Dutch NGO Fier, Albania's Fier)."""
    text = text.removeprefix("the ")
    kinds = ("country", "admin1") if " " in text.strip() else ("country",)
    return any(matcher.info[c.code].kind in kinds for c in matcher.cached_readings(fold_name(text), text))


_OF_THE = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")
#: What may stand between a place and the name it opens: a space on the same line.
_NAME_GAP = re.compile(r"[ \t]+")


def _outside_names(text: str, places: dict[str, list], org_mentions: dict, leading: bool = False) -> dict[str, list]:
    """The place columns without the rows that lie inside an organization's name:
    inside a mention, or right after one and "of" ("the Government of Japan").
    With ``leading``, also a place right before one, as its first word
    ("Birmingham Crown Court heard"), which programmes keep as the body's area
    ("the Sichuan Women's Federation" works in Sichuan)."""
    names = sorted(zip(org_mentions["start"], org_mentions["end"]))
    if not names:
        return places
    starts = [start for start, _ in names]
    keep = []
    for start, end in zip(places["start"], places["end"]):
        i = bisect.bisect_right(starts, start) - 1
        inside = i >= 0 and (end <= names[i][1] or _OF_THE.fullmatch(text, names[i][1], start) is not None)
        if leading and not inside and i + 1 < len(names):
            inside = _NAME_GAP.fullmatch(text, end, names[i + 1][0]) is not None
        keep.append(not inside)
    if all(keep):
        return places
    return {name: [value for value, kept in zip(column, keep) if kept] for name, column in places.items()}


def _state_bodies(org_mentions: dict, organizations: dict) -> list[tuple[int, int, str]]:
    """(start, end, country) of the mentions of a country's government or police bodies."""
    countries = {org_id: country for org_id, org_type, country in zip(organizations["org_id"], organizations["org_type"], organizations["country"])
                 if org_type in STATE_BODY_TYPES and country}
    return [(start, end, countries[org_id]) for start, end, org_id in zip(org_mentions["start"], org_mentions["end"], org_mentions["org_id"])
            if org_id in countries]


def _document_result(doc, found_orgs, found_places, state: SharedState, options: ExtractOptions) -> dict:
    """One document's rows, from its organizations and resolved places."""
    resolved, unresolved, context = found_places
    sentences: list[str] = []
    index: dict[str, int] = {}
    # The sentence goes before the score, as in MENTION_COLUMNS.
    with_sentences = zip(resolved, _sentence_rows(doc, resolved, sentences, index))
    mentions = _columns_of([(*row[:7], sentence, *row[7:]) for row, sentence in with_sentences], len(MENTION_ROW))
    missed = _columns_of([(*row, sentence) for row, sentence in zip(unresolved, _sentence_rows(doc, unresolved, sentences, index))], len(UNRESOLVED_ROW))
    result = {
        "doc": doc.doc_id,
        "path": str(doc.path),
        "metadata": doc.metadata,
        "context": context,
        "sentences": sentences,
        "mentions": mentions,
        "unresolved": missed,
    }
    org_mentions, organizations = found_orgs
    if options.places_only:
        result["org_mentions"] = [org_mentions[name] for name in ORG_MENTION_COLUMNS]
        return result
    # A place inside a state body's name is a place the text names, but no
    # place the body works in or people are moved to ("funded by the
    # Government of Japan"): the actor stages read the places outside names.
    places = _outside_names(doc.text, _place_columns(mentions), org_mentions)
    # Generic bodies ("Ministry of Justice") belong to the country the
    # places settled on, which organization finding could only guess.
    # (A country the user gave is theirs; an inferred one that ties with another is checked against the text's words.)
    org_mentions, organizations = localize_organization_columns(
        doc.text, org_mentions, organizations, context if options.country else body_country(doc.text, context, places),
        gazetteer=state.organizations, place_mentions=places
    )
    found = {
        "org_mentions": org_mentions,
        "organizations": organizations,
        "programmes": read_programmes(doc.doc_id, doc.text, places, org_mentions, organizations, context, doc.narrative, metadata=doc.metadata),
        "routes": read_routes(doc.doc_id, doc.text, _outside_names(doc.text, places, org_mentions, leading=True), context, doc.narrative, metadata=doc.metadata,
                              bodies=_state_bodies(org_mentions, organizations)),
    }
    for kind, columns in finish_document(doc, found).items():
        result[kind] = [columns[name] for name in ROW_COLUMNS[kind]]
    return result


#: The units of work a runner can map over batches, by name.
TASKS = {"extract": extract_batch, "dates": document_dates}

"""The records file: extracted items an analyst can read, correct and curate.

``progmap build`` writes ``records.yaml`` with every extracted organization,
programme and route. To correct the extraction, copy items into a curated
file named in the project (``[records] curated = ["curated.yaml"]``)::

    programmes:
      - id: prog-cable-3f9a1c2b  # an extracted item's id, from records.yaml
        action: correct         # correct | suppress | add
        places: [VN-13, VN-21]  # fields to replace
    routes:
      - id: route-cable-0b7e55d1
        action: suppress
      - id: my-route-1
        action: add
        origin_code: VN-44
        destination_code: KHM
        purposes: [sexual exploitation]
        evidence: "Field visit, May 2024"

Curated items win over extracted ones; every output feature carries
``source`` = ``extracted`` or ``curated``. Applying the same curated file to
the same extraction always gives the same result.

Ids are made from content (:func:`assign_ids`): a programme's or route's id
is a hash of its document, its evidence and its ends, so it stays the same
when other parts of the document change. A correction or suppression naming
an id that no item has is an error, never silently dropped. Organization
ids are their names' slugs (``iom``, ``vnm-police``), which programmes use
to name their implementers and funders.

Curated files are untrusted input: they are read with YAML's safe loader,
within a size limit and an alias-expansion limit, and every value is
checked against the schema of its section (:func:`read_curated`).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

import numpy as np
import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from progmap.errors import ProjectError
from progmap.outputs import yaml_text
from progmap.schema import DIRECTIONS, ORGANIZATION_COLUMNS, PROGRAMME_COLUMNS, ROUTE_COLUMNS, content_id
from progmap.validation import describe_error, did_you_mean, first_error, near_matches, shown

#: Records-file section -> (id column, columns).
SECTIONS = {
    "organizations": ("org_id", ORGANIZATION_COLUMNS),
    "programmes": ("programme_id", PROGRAMME_COLUMNS),
    "routes": ("route_id", ROUTE_COLUMNS),
}
_ACTIONS = ("correct", "suppress", "add")
#: Per section, the id prefix and the columns that, with the document and
#: the evidence, make an item's content id.
ID_CONTENT = {
    "programmes": ("prog", ("organizations", "places")),
    "routes": ("route", ("origin_code", "destination_code")),
}
#: Most bytes a curated file may hold: a larger one is refused unread.
MAX_CURATED_BYTES = 64 * 2**20
#: Most nodes YAML aliases may add to a curated file beyond those written
#: out: a "billion laughs" file stops here instead of filling memory.
MAX_ALIAS_NODES = 1_000_000

# libyaml's C loader and dumper when installed (5-10 times faster); both safe.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class CuratedFile(dict):
    """A curated file's sections (``{"routes": [item, ...]}``) and its ``path``."""

    def __init__(self, sections: dict, path: os.PathLike | str = "curated records"):
        super().__init__(sections)
        self.path = path


def _plain(value):
    """Turn numpy and pandas scalars and arrays into YAML-friendly values."""
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None  # pd.NA: a nullable integer's missing value (``page``)
    return value


def assign_ids(section: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give one document's programmes or routes ids made from their content.

    Parameters
    ----------
    section : str
        ``programmes`` or ``routes``.
    frame : pandas.DataFrame
        Items as extracted, with provisional ids.

    Returns
    -------
    pandas.DataFrame
        The same rows; ids from :func:`progmap.schema.content_id`. Items
        with equal content get ``-2``, ``-3``... in the order they start.

    Examples
    --------
    >>> routes = records.assign_ids("routes", find_routes(doc_id, text, mentions))  # doctest: +SKIP
    """
    if frame.empty:
        return frame
    columns = {"start": frame["start"].fillna(-1).tolist(), **{c: frame[c].tolist() for c in ("doc", "evidence", *ID_CONTENT[section][1])}}
    return frame.assign(**{SECTIONS[section][0]: content_ids(section, columns)})


def content_ids(section: str, columns: dict[str, list]) -> list[str]:
    """:func:`assign_ids` on plain columns (column name -> list of values): the ids, in row order.

    What a build's worker calls, with no frame per document. ``columns``
    holds ``start``, ``doc``, ``evidence`` and the section's ends
    (:data:`ID_CONTENT`).
    """
    prefix, ends = ID_CONTENT[section]
    starts = [-1 if start is None else start for start in columns["start"]]
    order = sorted(range(len(starts)), key=starts.__getitem__)  # stable, as the ids of equal items count up in order
    ids = [""] * len(starts)
    taken: dict[str, int] = {}
    docs, evidence = columns["doc"], columns["evidence"]
    end_values = list(zip(*(columns[c] for c in ends)))
    for row in order:
        parts = [",".join(sorted(map(str, v))) if isinstance(v, (list, tuple, np.ndarray)) else str(v or "") for v in end_values[row]]
        base = content_id(prefix, str(docs[row]), str(evidence[row] or ""), parts)
        taken[base] = taken.get(base, 0) + 1
        ids[row] = base if taken[base] == 1 else f"{base}-{taken[base]}"
    return ids


def _plain_column(values: list) -> list:
    """:func:`_plain` of each value of a column; strings, ints and lists of strings (most) pass as they are."""
    out = []
    for value in values:
        kind = type(value)
        if kind is str or kind is int or kind is bool or value is None:
            out.append(value)
        elif kind is list and all(type(item) is str for item in value):
            out.append(value)
        else:
            out.append(_plain(value))
    return out


def _items(frame: pd.DataFrame, id_column: str) -> list[dict]:
    """A section's items, ``id`` first, made a column at a time (a frame's rows are slow to walk)."""
    return column_items(id_column, {c: frame[c].tolist() for c in frame.columns})


def column_items(id_column: str, columns: dict[str, list]) -> list[dict]:
    """A section's items from plain columns (name -> values, in the section's column order), ``id`` first.

    What ``records.yaml`` holds of them, whether they come from the
    gathered frame or from one document's result (see
    :mod:`progmap.outputs.fragments`).
    """
    keys = ["id", *(c for c in columns if c != id_column)]
    values = [_plain_column(list(columns[c])) for c in [id_column, *keys[1:]]]
    return [dict(zip(keys, row)) for row in zip(*values)]


def write_records(frames: dict[str, pd.DataFrame], path: os.PathLike, pieces: dict | None = None) -> None:
    """Write extracted items to a YAML records file, one list per section.

    Parameters
    ----------
    frames : dict of str to pandas.DataFrame
        Items per section (``organizations``, ``programmes``, ``routes``).
    path : path-like
        The ``records.yaml`` to write.
    pieces : dict of str to progmap.outputs.fragments.Spool, optional
        Per section, its items' text already made a document at a time
        (see :mod:`progmap.outputs.fragments`): written instead of the frame's items.
    """
    header = (
        "# progmap records: what was extracted from the documents.\n"
        "# Copy items into a curated file (see README, 'Curating the records') to\n"
        "# correct, suppress or add them; this file is rewritten on every build.\n"
    )
    pieces = pieces or {}
    # The text yaml.dump writes with libyaml, without PyYAML's slow representer,
    # written as it is made (an archive's records run to hundreds of MB). A
    # section is written as a document of its own: the same text as one
    # mapping of all three.
    with open(path, "w", encoding="utf-8") as out:
        out.write(header)
        for section, (id_column, columns) in SECTIONS.items():
            piece = pieces.get(section)
            if piece is not None:
                out.write(f"{section}:\n")
                piece.write_to(out)
                continue
            frame = frames.get(section, pd.DataFrame(columns=columns))
            yaml_text.write({section: _items(frame, id_column)}, out, width=100)


# --- reading curated files ---------------------------------------------------------


def _load_yaml(path: Path):
    """Parse a curated file safely: bounded size, bounded alias expansion."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CURATED_BYTES + 1)
    except FileNotFoundError:
        raise ProjectError(f"{path}: curated records file not found") from None
    except IsADirectoryError:
        raise ProjectError(f"{path}: is a folder, not a curated records file") from None
    if len(raw) > MAX_CURATED_BYTES:
        raise ProjectError(f"{path}: more than {MAX_CURATED_BYTES // 2**20} MiB; split the curated file")
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ProjectError(f"{path}: not valid YAML ({reason})") from None
    # An alias needs an anchor (&) and a star (*): files without both have none.
    if b"*" in raw and b"&" in raw:
        _check_aliases(path, data)
    return data


def _check_aliases(path: Path, root) -> None:
    """Refuse YAML whose aliases refer to themselves or expand past :data:`MAX_ALIAS_NODES`.

    An alias is the same Python object met again; expanded sizes are added
    up once per object, so this takes time in proportion to what is written,
    not to what it would expand to.
    """
    sizes: dict[int, int] = {}
    open_ids: set[int] = set()
    written = 0
    stack = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        children = list(node.values()) if isinstance(node, dict) else node
        if closing:
            open_ids.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(c), 1) if isinstance(c, (dict, list)) else 1 for c in children)
            if sizes[key] - written > MAX_ALIAS_NODES:
                raise ProjectError(f"{path}: YAML aliases expand to more than {MAX_ALIAS_NODES} values; write the items out")
            continue
        if key in open_ids:
            raise ProjectError(f"{path}: a YAML alias refers to itself")
        if key in sizes:
            continue
        written += 1 + len(children)
        open_ids.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children)


def _curated_fields(section: str) -> list[str]:
    return ["id", "action", *SECTIONS[section][1][1:]]


@cache
def _item_models() -> dict[str, TypeAdapter]:
    """Per section, a validator of a list of curated items (strict types, known keys)."""
    from progmap.actors.organizations import ORG_TYPES
    from progmap.actors.vocabulary import ACTIVITIES, PURPOSES, VICTIMS

    Text = str | None
    Texts = list[str]

    class Item(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid")
        id: Annotated[str, Field(min_length=1)]
        action: Literal[_ACTIONS] = "correct"
        doc: Text = None
        start: int | None = None
        end: int | None = None
        evidence: Text = None
        source: Literal["extracted", "curated"] | None = None

    class Organization(Item):
        name: Text = None
        aliases: Texts = []
        org_type: Literal[(*ORG_TYPES, "")] | None = None
        country: Text = None
        docs: Texts = []

        @model_validator(mode="after")
        def _added_has_a_name(self):
            if self.action == "add" and not self.name:
                raise ValueError("an added organization needs a name")
            return self

    class Programme(Item):
        name: Text = None
        organizations: Texts = []
        funders: Texts = []
        places: Texts = []
        activities: list[Literal[tuple(ACTIVITIES)]] = []
        budget: Text = None
        identifiers: Texts = []
        status: Text = None
        partners: Texts = []
        place_inferred: bool | None = None
        places_planned: Texts = []

        @model_validator(mode="after")
        def _added_has_places(self):
            if self.action == "add" and not self.places:
                raise ValueError("an added programme needs places")
            return self

    class Route(Item):
        origin_code: Text = None
        destination_code: Text = None
        purposes: list[Literal[tuple(PURPOSES)]] = []
        victims: list[Literal[tuple(VICTIMS)]] = []
        volume: Text = None
        direction: Literal[DIRECTIONS] = "trafficking"
        via: Texts | None = None
        origin_inferred: bool | None = None

        @model_validator(mode="after")
        def _added_has_ends(self):
            if self.action == "add" and not (self.origin_code and self.destination_code):
                raise ValueError("an added route needs origin_code and destination_code")
            return self

    models = {"organizations": Organization, "programmes": Programme, "routes": Route}
    return {section: TypeAdapter(list[model]) for section, model in models.items()}


def _item_error(path: Path, section: str, items: list, exc: ValidationError) -> ProjectError:
    """One line naming the file, the item and what is wrong with it."""
    error = first_error(exc)
    number = error["loc"][0] if error["loc"] and isinstance(error["loc"][0], int) else 0
    item = items[number] if number < len(items) else None
    name = f" '{item['id']}'" if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
    if len(error["loc"]) <= 1 and error["type"] in ("model_type", "dict_type"):
        what = "must be a table of keys and values (id: ..., action: ...)"
    elif len(error["loc"]) <= 1:
        what = error.get("ctx", {}).get("error", error["msg"])
    else:
        what = describe_error({**error, "loc": error["loc"][1:2]}, _curated_fields(section), noun="field")
    return ProjectError(f"{path}: {section} item {number + 1}{name}: {what}")


def read_curated(path: os.PathLike) -> CuratedFile:
    """Read and check a curated records file.

    The file is parsed with YAML's safe loader (no tags that make objects),
    refused when larger than :data:`MAX_CURATED_BYTES` or when its aliases
    expand past :data:`MAX_ALIAS_NODES`, and each item is checked: known
    keys only, text where text goes, lists where lists go, activities,
    purposes, victims, directions and organization types from their
    vocabularies, and ends for added routes.

    Returns
    -------
    CuratedFile
        ``{section: [item, ...]}`` with the file's ``path``.

    Raises
    ------
    ProjectError
        One line naming the file, the item and what is wrong.
    """
    path = Path(path)
    data = _load_yaml(path)
    if data is None:
        return CuratedFile({}, path)
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: expected sections {', '.join(SECTIONS)}")
    for section in data:
        if section not in SECTIONS:
            raise ProjectError(f"{path}: unknown section '{section}'{did_you_mean(str(section), SECTIONS)}")
    sections = {}
    for section, items in data.items():
        items = [] if items is None else items
        if not isinstance(items, list):
            raise ProjectError(f"{path}: section '{section}' must be a list of items")
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise ProjectError(f"{path}: {section} item {number} must be a table of fields (id: ..., action: ...), not {shown(item)}")
            if "id" not in item:
                raise ProjectError(f"{path}: {section} item {number} has no id")
        try:
            _item_models()[section].validate_python(items)
        except ValidationError as exc:
            raise _item_error(path, section, items, exc) from None
        sections[section] = items
    return CuratedFile(sections, path)


#: Fields of curated items that hold place codes.
_PLACE_FIELDS = {"programmes": ("places",), "routes": ("origin_code", "destination_code", "via"), "organizations": ("country",)}


def check_place_codes(path: os.PathLike, curated: dict[str, list[dict]], known) -> None:
    """Refuse a curated file that names places the gazetteer does not have.

    Raises
    ------
    ProjectError
        Naming the file, the item and the unknown code, with the nearest known one.
    """
    known = set(known)
    for section, fields in _PLACE_FIELDS.items():
        for item in curated.get(section, []):
            for field in fields:
                value = item.get(field)
                for code in value if isinstance(value, list) else [value]:
                    if code and code not in known:
                        raise ProjectError(
                            f"{path}: {section} item {item['id']}: unknown place code '{code}' in {field}{did_you_mean(code, known)}"
                        )


# --- applying curated files --------------------------------------------------------


def _unknown_id(path, section: str, item_id: str, records: dict) -> ProjectError:
    near = near_matches(item_id, records, limit=3)
    hint = f"; nearest: {', '.join(near)}" if near else ""
    return ProjectError(
        f"{path}: {section} item '{item_id}': no item has this id (ids change when an item's evidence or ends change; "
        f"see records.yaml){hint}"
    )


def apply_curated(frames: dict[str, pd.DataFrame], curated: list[dict[str, list[dict]]]) -> dict[str, pd.DataFrame]:
    """Apply curated files, in order, to the extracted frames.

    Items are gathered into changes with one dictionary look-up each, then
    written into the frames a column at a time, so the time grows in
    proportion to the items and rows (``benchmarks/curation.py``).

    Parameters
    ----------
    frames : dict
        ``organizations``, ``programmes`` and ``routes`` frames as extracted.
    curated : list of dict
        Curated files as returned by :func:`read_curated`.

    Returns
    -------
    dict
        New frames; corrected and added rows have ``source`` = ``curated``.

    Raises
    ------
    ProjectError
        When a correction or suppression names an id no item has, or an
        added item takes an id one already has.
    """
    out = {}
    for section, (id_column, columns) in SECTIONS.items():
        frame = frames.get(section, pd.DataFrame(columns=columns))
        if "source" in columns and "source" not in frame:
            frame = frame.assign(source="extracted")
        changes = _gather_changes(section, frame[id_column].astype(str).tolist(), curated)
        out[section] = _changed_frame(frame, changes, id_column, columns)
    return out


class _Changes:
    """What curated files do to one section: edits of extracted rows, removals, additions."""

    def __init__(self, ids: list[str]):
        self.rows = {item_id: row for row, item_id in enumerate(ids)}  # extracted id -> row
        self.edits: dict[int, dict] = {}
        self.removed: set[int] = set()
        self.added: dict[str, dict] = {}

    def row_of(self, item_id: str) -> int | None:
        row = self.rows.get(item_id)
        return None if row is None or row in self.removed else row

    def known(self):
        return [i for i, row in self.rows.items() if row not in self.removed] + list(self.added)


def _gather_changes(section: str, ids: list[str], curated: list[dict]) -> _Changes:
    """Walk the curated items in order; one look-up each."""
    changes = _Changes(ids)
    for document in curated:
        path = getattr(document, "path", "curated records")
        for item in document.get(section) or []:
            item_id = str(item["id"])
            action = item.get("action", "correct")
            fields = {k: v for k, v in item.items() if k not in ("id", "action")}
            row = changes.row_of(item_id)
            if row is None and section == "organizations" and action != "add" and item_id not in changes.added:
                row = _country_qualified_row(path, item_id, changes)
            if action == "add":
                if row is not None or item_id in changes.added:
                    raise ProjectError(f"{path}: {section} item '{item_id}': an item already has this id; correct it, or give the new item another id")
                changes.added[item_id] = fields
            elif item_id in changes.added:
                if action == "suppress":
                    del changes.added[item_id]
                else:
                    changes.added[item_id].update(fields)
            elif row is None:
                raise _unknown_id(path, section, item_id, changes.known())
            elif action == "suppress":
                changes.removed.add(row)
                changes.edits.pop(row, None)
            else:
                changes.edits.setdefault(row, {}).update(fields)
    return changes


def _country_qualified_row(path, item_id: str, changes: _Changes) -> int | None:
    """The row of a found generic state body whose id now carries its country.

    A curated file written before such ids took their country
    (``org:ministry-of-internal-affairs``) still reaches the body when one
    country's body has it (``org:ministry-of-internal-affairs-tjk``); when
    several countries' bodies share the old id, the item must name one.
    """
    if not item_id.startswith("org:"):
        return None
    qualified = re.compile(re.escape(item_id) + r"-[a-z]{3}")
    rows = [(i, row) for i, row in changes.rows.items() if row not in changes.removed and qualified.fullmatch(i)]
    if len(rows) > 1:
        raise ProjectError(
            f"{path}: organizations item '{item_id}': this id is now one per country ({', '.join(sorted(i for i, _ in rows))}); "
            "name the one to change"
        )
    return rows[0][1] if rows else None


def _changed_frame(frame: pd.DataFrame, changes: _Changes, id_column: str, columns: list[str]) -> pd.DataFrame:
    """The extracted frame with edits written in, removals dropped and additions appended."""
    frame = frame.reset_index(drop=True)
    if changes.edits:
        edited = {column: frame[column].tolist() for column in {c for fields in changes.edits.values() for c in fields} | {"source"} if column in columns}
        for row, fields in changes.edits.items():
            for column, value in fields.items():
                edited[column][row] = value
            if "source" in edited:
                edited["source"][row] = "curated"
        frame = frame.assign(**{column: pd.Series(values, dtype=object) if frame[column].dtype == object else values
                                for column, values in edited.items()})
    if changes.removed:
        frame = frame.drop(index=sorted(changes.removed))
    added = [{c: _default(c) for c in columns} | fields | {id_column: item_id} | ({"source": "curated"} if "source" in columns else {})
             for item_id, fields in changes.added.items()]
    if added:
        frame = pd.concat([frame[columns], pd.DataFrame(added, columns=columns)], ignore_index=True) if len(frame) else pd.DataFrame(added, columns=columns)
    return frame[columns].reset_index(drop=True) if len(frame) else pd.DataFrame(columns=columns)


def _default(column: str):
    """The empty value of a column for an item added by hand."""
    if column in {"aliases", "docs", "organizations", "funders", "partners", "places", "activities", "identifiers", "purposes", "victims", "via",
                  "places_planned"}:
        return []
    if column == "origin_inferred":
        return False
    if column == "direction":
        return "trafficking"
    if column in {"start", "end"}:
        return -1
    if column == "place_inferred":
        return False
    return ""

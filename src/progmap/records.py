"""The records file: extracted items an analyst can read, correct and curate.

``progmap build`` writes ``records.yaml`` with every extracted organization,
programme and route. To correct the extraction, copy items into a curated
file named in the project (``[records] curated = ["curated.yaml"]``)::

    programmes:
      - id: prog-000-3          # an extracted item's id
        action: correct         # correct | suppress | add
        places: [VN-13, VN-21]  # fields to replace
    routes:
      - id: route-000-2
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
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from progmap.errors import ProjectError
from progmap.schema import ORGANIZATION_COLUMNS, PROGRAMME_COLUMNS, ROUTE_COLUMNS

#: Records-file section -> (id column, columns).
SECTIONS = {
    "organizations": ("org_id", ORGANIZATION_COLUMNS),
    "programmes": ("programme_id", PROGRAMME_COLUMNS),
    "routes": ("route_id", ROUTE_COLUMNS),
}
_ACTIONS = {"correct", "suppress", "add"}


def _plain(value):
    """Turn numpy and pandas scalars and arrays into YAML-friendly values."""
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


def write_records(frames: dict[str, pd.DataFrame], path: os.PathLike) -> None:
    """Write extracted items to a YAML records file, one list per section."""
    document = {}
    for section, (id_column, columns) in SECTIONS.items():
        frame = frames.get(section, pd.DataFrame(columns=columns))
        items = []
        for record in frame.to_dict("records"):
            item = {"id": record[id_column]}
            item.update({k: _plain(v) for k, v in record.items() if k != id_column})
            items.append(item)
        document[section] = items
    header = (
        "# progmap records: what was extracted from the documents.\n"
        "# Copy items into a curated file (see README, 'Curating the records') to\n"
        "# correct, suppress or add them; this file is rewritten on every build.\n"
    )
    Path(path).write_text(header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def read_curated(path: os.PathLike) -> dict[str, list[dict]]:
    """Read and check a curated records file.

    Raises
    ------
    ProjectError
        Naming the file and the bad item.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ProjectError(f"{path}: curated records file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        reason = str(exc).splitlines()[0]
        raise ProjectError(f"{path}: not valid YAML ({reason})") from None
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: expected sections {', '.join(SECTIONS)}")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ProjectError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    for section, items in data.items():
        if not isinstance(items, list):
            raise ProjectError(f"{path}: section '{section}' must be a list of items")
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict) or "id" not in item:
                raise ProjectError(f"{path}: {section} item {number} has no id")
            action = item.get("action", "correct")
            if action not in _ACTIONS:
                raise ProjectError(f"{path}: {section} item {item['id']}: action must be one of {', '.join(sorted(_ACTIONS))}")
            columns = SECTIONS[section][1]
            extra = set(item) - set(columns) - {"id", "action"}
            if extra:
                raise ProjectError(f"{path}: {section} item {item['id']}: unknown field(s) {', '.join(sorted(extra))}")
    return data


#: Fields of curated items that hold place codes.
_PLACE_FIELDS = {"programmes": ("places",), "routes": ("origin_code", "destination_code"), "organizations": ("country",)}


def check_place_codes(path: os.PathLike, curated: dict[str, list[dict]], known) -> None:
    """Refuse a curated file that names places the gazetteer does not have.

    Raises
    ------
    ProjectError
        Naming the file, the item and the unknown code.
    """
    for section, fields in _PLACE_FIELDS.items():
        for item in curated.get(section, []):
            for field in fields:
                value = item.get(field)
                for code in value if isinstance(value, list) else [value]:
                    if code and code not in known:
                        raise ProjectError(f"{path}: {section} item {item['id']}: unknown place code '{code}' in {field}")


def apply_curated(frames: dict[str, pd.DataFrame], curated: list[dict[str, list[dict]]]) -> dict[str, pd.DataFrame]:
    """Apply curated files, in order, to the extracted frames.

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
    """
    out = {}
    for section, (id_column, columns) in SECTIONS.items():
        frame = frames.get(section, pd.DataFrame(columns=columns)).copy()
        if "source" in columns and "source" not in frame:
            frame["source"] = "extracted"
        records = {r[id_column]: r for r in frame.to_dict("records")}
        order = list(records)
        for document in curated:
            for item in document.get(section, []):
                item = dict(item)
                item_id = str(item.pop("id"))
                action = item.pop("action", "correct")
                if action == "suppress":
                    records.pop(item_id, None)
                    continue
                base = records.get(item_id) or {c: _default(c) for c in columns}
                base = dict(base)
                base.update(item)
                base[id_column] = item_id
                if "source" in columns:
                    base["source"] = "curated"
                if item_id not in order:
                    order.append(item_id)
                records[item_id] = base
        rows = [records[i] for i in order if i in records]
        out[section] = pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    return out


def _default(column: str):
    """The empty value of a column for an item added by hand."""
    if column in {"aliases", "docs", "organizations", "funders", "places", "activities", "identifiers", "purposes", "victims"}:
        return []
    if column == "direction":
        return "trafficking"
    if column in {"start", "end"}:
        return -1
    return ""

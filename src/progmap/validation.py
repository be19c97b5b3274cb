"""Checking what users write: one line per mistake, with "did you mean".

Project files and curated files are checked against pydantic models in
strict mode (a boolean must be ``true`` or ``false``, not ``"no"``; a list
must be a list); this module turns pydantic's first error into the one line
the command prints, naming the file, where in it, and what would be right.

Examples
--------
>>> did_you_mean("ofline", ["offline", "tiles", "pdf"])
" (did you mean 'offline'?)"
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError
from rapidfuzz import fuzz, process

#: Least similarity (0-100) for a suggestion to be worth showing.
SUGGESTION_CUTOFF = 60


def near_matches(word: str, choices: Iterable[str], limit: int = 3, cutoff: float = SUGGESTION_CUTOFF) -> list[str]:
    """The choices most like ``word``, best first (none below ``cutoff``)."""
    found = process.extract(str(word), list(choices), scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [choice for choice, _score, _index in found]


def did_you_mean(word: str, choices: Iterable[str], form: str = "'{}'") -> str:
    """``" (did you mean 'x'?)"`` for the nearest choice, or ``""``; ``form`` writes the choice."""
    found = near_matches(word, choices, limit=1)
    return f" (did you mean {form.format(found[0])}?)" if found else ""


def shown(value, width: int = 40) -> str:
    """A value as it would be written, shortened, on one line."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def describe_error(error: dict, fields: Iterable[str] = (), noun: str = "key") -> str:
    """One pydantic error as a short phrase: what is wrong with which key.

    Parameters
    ----------
    error : dict
        One entry of :meth:`pydantic.ValidationError.errors`.
    fields : iterable of str
        The keys allowed where the error is, for "did you mean".
    noun : str
        What the file calls its keys ("key" in TOML, "field" in records).
    """
    key = str(error["loc"][-1]) if error["loc"] else "value"
    kind, value, context = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "extra_forbidden":
        return f"unknown {noun} '{key}'{did_you_mean(key, fields)}"
    if kind == "missing":
        return f"'{key}' is missing"
    if kind == "bool_type":
        return f"{key} must be true or false, not {shown(value)}"
    if kind in ("string_type", "string_too_short") and value == "":
        return f"{key} must not be empty"
    if kind == "string_type":
        return f"{key} must be text, not {shown(value)}"
    if kind in ("int_type", "int_from_float"):
        return f"{key} must be a whole number, not {shown(value)}"
    if kind == "list_type":
        return f"{key} must be a list such as [{value}], not {shown(value)}" if isinstance(value, str) else f"{key} must be a list, not {shown(value)}"
    if kind in ("dict_type", "model_type"):
        return f"{key} must be a table of keys and values, not {shown(value)}"
    if kind == "literal_error":
        expected = context.get("expected", "")
        return f"{key} must be one of {expected}, not {shown(value)}"
    if kind == "greater_than":
        return f"{key} must be more than {context.get('gt')}, not {shown(value)}"
    if kind == "value_error":
        return f"{key}: {context.get('error', error['msg'])}"
    return f"{key}: {error['msg'][:1].lower()}{error['msg'][1:]}"


def first_error(exc: ValidationError) -> dict:
    """The error to report: the first, in the order the file reads."""
    return exc.errors(include_url=False)[0]

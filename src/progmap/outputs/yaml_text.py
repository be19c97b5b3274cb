"""YAML text of plain data, as ``yaml.safe_dump`` writes it, several times faster.

PyYAML's dump walks the data three times in Python (representer, node
graph, serializer) before its emitter, Python or libyaml's, writes a
character; that took 9% of a build for ``records.yaml``. Here the events
go straight from the data to the emitter (libyaml's when installed), and a
scalar's tag and implicit flags (what the emitter's quoting depends on) are
worked out once per distinct value. The text is the same: the same events
reach the same emitter.

Only what ``records.yaml`` holds is supported: dicts, lists and tuples,
strings, ints, floats, bools and None (no anchors: every list and mapping
is written where it stands).

Examples
--------
>>> print(dump({"id": "route-1", "purposes": ["labour"], "volume": None}), end="")
id: route-1
purposes:
- labour
volume: null
"""

from __future__ import annotations

import io

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


_MAP_START = MappingStartEvent(None, _MAP, True, flow_style=False)
_MAP_END = MappingEndEvent()
_SEQ_START = SequenceStartEvent(None, _SEQ, True, flow_style=False)
_SEQ_END = SequenceEndEvent()


class _Scalars:
    """Scalar events, each distinct (type, value) represented and resolved once.

    The events are kept across dumps (a worker dumps each document's records
    apart, and their keys and most values repeat), up to :data:`_KEPT` of
    each kind; an event depends on its value alone, and emitters only read it.
    """

    def __init__(self):
        self._representer = yaml.SafeDumper(None)
        self._resolve = self._representer.resolve
        if len(_MEMO) > _KEPT:
            _MEMO.clear()
        if len(_STRINGS) > _KEPT:
            _STRINGS.clear()
        self._memo = _MEMO
        # Strings (most scalars) by value alone: a str never equals another type's key.
        self._strings = _STRINGS

    def event(self, value) -> ScalarEvent:
        if type(value) is str:
            found = self._strings.get(value)
            if found is None:
                # What the representer makes of a str: its tag, no style.
                plain = self._resolve(ScalarNode, value, (True, False))
                found = self._strings[value] = ScalarEvent(None, _STR, (plain == _STR, True), value, style=None)
            return found
        key = (type(value), value)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._represent(value)
        return found

    def _represent(self, value) -> ScalarEvent:
        node = self._representer.represent_data(value)
        self._representer.represented_objects.clear()
        plain = self._resolve(ScalarNode, node.value, (True, False))
        implicit = (node.tag == plain, node.tag == _STR)
        return ScalarEvent(None, node.tag, implicit, node.value, style=node.style)


#: Scalar events kept across dumps (see :class:`_Scalars`), and how many of each kind at most.
_MEMO: dict = {}
_STRINGS: dict = {}
_KEPT = 20_000


def _walk(data, emit, scalars: _Scalars) -> None:
    """Emit the events of ``data``: plain calls, not a chain of generators each event passes through.

    Start and end events are shared (emitters only read them), as scalar
    events are; a string met before (most scalars) is looked up here, not
    through a method call.
    """
    strings, scalar = scalars._strings, scalars.event
    if isinstance(data, dict):
        emit(_MAP_START)
        for key, value in data.items():
            emit(strings.get(key) or scalar(key))
            if type(value) is str:
                emit(strings.get(value) or scalar(value))
            else:
                _walk(value, emit, scalars)
        emit(_MAP_END)
    elif isinstance(data, (list, tuple)):
        emit(_SEQ_START)
        for item in data:
            if type(item) is str:
                emit(strings.get(item) or scalar(item))
            else:
                _walk(item, emit, scalars)
        emit(_SEQ_END)
    else:
        emit(scalar(data))


def write(data, stream, width: int = 80, allow_unicode: bool = True) -> None:
    """Write :func:`dump`'s text to a text stream as it is made, never holding all of it.

    Parameters
    ----------
    data : dict, list or scalar
        Plain data (see the module docstring).
    stream : text stream
        An open text file (or :class:`io.StringIO`).
    width, allow_unicode
        As :func:`dump`.
    """
    emitter = _DUMPER(stream, width=width, allow_unicode=allow_unicode)
    try:
        emit = emitter.emit
        emit(StreamStartEvent())
        emit(DocumentStartEvent(explicit=False))
        _walk(data, emit, _Scalars())
        emit(DocumentEndEvent(explicit=False))
        emit(StreamEndEvent())
    finally:
        emitter.dispose()


def dump(data, width: int = 80, allow_unicode: bool = True) -> str:
    """``yaml.safe_dump(data, allow_unicode=..., sort_keys=False, width=...)``, faster.

    Parameters
    ----------
    data : dict, list or scalar
        Plain data (see the module docstring).
    width : int, optional
        The emitter's preferred line width.
    allow_unicode : bool, optional
        Write non-ASCII characters as they are, not as escapes.
    """
    out = io.StringIO()
    write(data, out, width=width, allow_unicode=allow_unicode)
    return out.getvalue()

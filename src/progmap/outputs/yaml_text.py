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


class _Scalars:
    """Scalar events, each distinct (type, value) represented and resolved once."""

    def __init__(self):
        self._representer = yaml.SafeDumper(None)
        self._memo: dict = {}

    def event(self, value) -> ScalarEvent:
        key = (type(value), value)
        found = self._memo.get(key)
        if found is None:
            node = self._representer.represent_data(value)
            self._representer.represented_objects.clear()
            plain = self._representer.resolve(ScalarNode, node.value, (True, False))
            implicit = (node.tag == plain, node.tag == _STR)
            found = self._memo[key] = ScalarEvent(None, node.tag, implicit, node.value, style=node.style)
        return found


def _events(data, scalars: _Scalars):
    if isinstance(data, dict):
        yield MappingStartEvent(None, _MAP, True, flow_style=False)
        for key, value in data.items():
            yield scalars.event(key)
            yield from _events(value, scalars)
        yield MappingEndEvent()
    elif isinstance(data, (list, tuple)):
        yield SequenceStartEvent(None, _SEQ, True, flow_style=False)
        for item in data:
            yield from _events(item, scalars)
        yield SequenceEndEvent()
    else:
        yield scalars.event(data)


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
    scalars = _Scalars()

    def stream():
        yield StreamStartEvent()
        yield DocumentStartEvent(explicit=False)
        yield from _events(data, scalars)
        yield DocumentEndEvent(explicit=False)
        yield StreamEndEvent()

    return yaml.emit(stream(), Dumper=_DUMPER, width=width, allow_unicode=allow_unicode)

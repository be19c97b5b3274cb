"""Gather per-document results into the corpus's frames: what the parent does.

Rows are appended column by column as results arrive and become one frame
per kind at the end, instead of thousands of small frames concatenated.
Organizations are merged across documents in corpus order, so the merge
does not depend on which results came from the cache.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from progmap.actors.organizations import merge_organizations
from progmap.engine.work import MENTION_ROW, ROW_COLUMNS, UNRESOLVED_ROW
from progmap.outputs.fragments import PIECE_KINDS, Spool, frame_agrees
from progmap.schema import MENTION_COLUMNS, ORGANIZATION_COLUMNS, UNRESOLVED_COLUMNS
from progmap.sources.documents import SkippedDocument

#: Strings up to this long (codes, names, kinds, document ids) are held once however many rows repeat them.
SHARED_LENGTH = 80
#: Results' rows wait for this many documents, then each column's are shared in one call.
STAGED_DOCUMENTS = 200
#: Columns of mentions and unresolved names not shared again: their document's id (shared as its result comes) and sentences.
_UNSHARED = frozenset({"doc", "sentence"})


@dataclass(frozen=True)
class DocumentInfo:
    """What a build keeps of a document once it is read: no text.

    Attributes
    ----------
    doc_id : str
    path : pathlib.Path
    metadata : dict
        As :attr:`progmap.sources.documents.Document.metadata`.
    context : str
        The context country its places settled on.
    """

    doc_id: str
    path: Path
    metadata: dict = field(default_factory=dict)
    context: str = ""


@contextlib.contextmanager
def collector_paused(paused: bool = True, freeze: bool = False):
    """Pause Python's cyclic garbage collector while results are decoded and gathered.

    Decoded results are millions of small lists and strings, none in a
    cycle: reference counting frees them, and the collector's passes only
    walk the growing heap again and again (half the time of decoding a
    cached corpus). Not paused where documents are read in this process
    (``paused=False``), whose work may make cycles.

    ``freeze`` leaves everything alive at the block's end out of the
    collector's later walks (:func:`gc.freeze`, before it runs again):
    see :func:`results_frozen`, which thaws them.
    """
    pause = paused and gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if pause:
            gc.enable()


@contextlib.contextmanager
def results_frozen():
    """A block in which gathered results may be frozen (``collector_paused(freeze=True)``); thawed at its end.

    What a build gathers lives to its end and holds no cycle, yet each
    full pass of the collector walks all of it: several passes a build,
    a second each at 100 MB, in the layers, the figure and the web map.
    Frozen, it is left to reference counting until the block ends, when
    it goes back to the collector's oldest generation. Nothing is thawed
    if objects were frozen already when the block began (not ours to thaw).
    """
    ours = gc.get_freeze_count() == 0
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


class Gatherer:
    """Collect results; :meth:`frames` makes the frames.

    Parameters
    ----------
    kinds : sequence of str
        Row kinds to keep besides mentions and unresolved names
        (``org_mentions``, ``organizations``, ``programmes``, ``routes``);
        the frames of the others stay empty.
    pieces : bool, optional
        Keep the results' pieces of the outputs (see
        :mod:`progmap.outputs.fragments`), on disk, for :meth:`pieces`.
    """

    def __init__(self, kinds=tuple(ROW_COLUMNS), pieces: bool = False):
        self.documents: list[DocumentInfo] = []
        self.skipped: list[SkippedDocument] = []
        self.kinds = [k for k in ROW_COLUMNS if k in kinds]
        self._strings: dict[str, str] = {}
        self._frames: dict[str, pd.DataFrame] = {}
        self._columns = {
            "mentions": {c: [] for c in MENTION_COLUMNS},
            "unresolved": {c: [] for c in UNRESOLVED_COLUMNS},
            **{kind: {c: [] for c in columns} for kind, columns in ROW_COLUMNS.items()},
        }
        self._spools = {kind: Spool() for kind in PIECE_KINDS if kind in ("mentions", "unresolved", *self.kinds)} if pieces else {}
        # Rows of the last few results, before their strings are shared (see _flush).
        self._staged = {kind: {c: [] for c in columns} for kind, columns in self._columns.items()}
        self._waiting = 0

    def add(self, result: dict) -> None:
        """Take one document's result (see :mod:`progmap.engine.work`)."""
        doc_id = result["doc"]
        if "skipped" in result:
            self.skipped.append(SkippedDocument(result["path"], result["skipped"]))
            return
        self.documents.append(DocumentInfo(doc_id, Path(result["path"]), result["metadata"], result["context"]))
        doc_id = self._share([doc_id])[0]
        sentences = result["sentences"]
        for kind, layout in (("mentions", MENTION_ROW), ("unresolved", UNRESOLVED_ROW)):
            found = result[kind]
            if not found[0]:
                continue
            columns = self._staged[kind]
            columns["doc"].extend([doc_id] * len(found[0]))
            for name, values in zip(layout, found):
                columns[name].extend([sentences[i] for i in values] if name == "sentence" else values)
        for kind in self.kinds:
            found = result.get(kind)
            if found and found[0]:
                for name, values in zip(ROW_COLUMNS[kind], found):
                    self._staged[kind][name].extend(values)
        self._waiting += 1
        if self._waiting >= STAGED_DOCUMENTS:
            self._flush()
        if self._spools:
            pieces = result.get("pieces") or {}
            for kind, spool in self._spools.items():
                found = result.get(kind)
                if found and found[0]:  # a document with rows of this kind has its piece
                    spool.add(pieces.get(kind))

    def _flush(self) -> None:
        """Move the staged rows to the gathered ones, each column's strings shared in one call.

        A call per column of every result cost more than the sharing it did
        (a document has a handful of rows); a call per column of a couple of
        hundred results shares the same strings.
        """
        for kind, staged in self._staged.items():
            unshared = _UNSHARED if kind in ("mentions", "unresolved") else ()
            for name, values in staged.items():
                if values:
                    self._columns[kind][name].extend(values if name in unshared else self._share(values))
                    staged[name] = []
        self._waiting = 0

    def _share(self, values: list) -> list:
        """The values, each short string replaced by the first equal one gathered.

        Decoded JSON makes a new string object for every cell, and codes,
        kinds, names and document ids repeat across thousands of rows: held
        once each, the gathered rows take a fraction of the memory.
        """
        strings = self._strings
        types = set(map(type, values))
        if str not in types:
            return values  # numbers, flags, lists: nothing to share
        if types == {str} and max(map(len, values)) <= SHARED_LENGTH:
            # A column of short strings alone (most are) is shared in one pass at C speed.
            return list(map(strings.setdefault, values, values))
        # Strings only: 1, 1.0 and True would meet in the dictionary.
        return [strings.setdefault(v, v) if type(v) is str and len(v) <= SHARED_LENGTH else v for v in values]

    def frame(self, kind: str) -> pd.DataFrame:
        """The rows of one kind, in corpus order (schema column order).

        Made once, when the results are all in: the gathered lists are let
        go as their frame is made, so the rows are never held twice for long.
        """
        if kind not in self._frames:
            self._flush()
            self._frames[kind] = self._make_frame(kind)
            self._columns[kind] = {c: [] for c in self._columns[kind]}
        return self._frames[kind]

    def _make_frame(self, kind: str) -> pd.DataFrame:
        columns = self._columns[kind]
        if not next(iter(columns.values())):
            frame = pd.DataFrame(columns=list(columns))
        else:
            frame = pd.DataFrame(columns, columns=list(columns))
        if "page" in frame:
            # A nullable integer, as progmap.sources.documents.add_pages makes it.
            frame["page"] = pd.array(frame["page"].tolist(), dtype="Int64")
        return frame

    def pieces(self) -> dict[str, Spool]:
        """Per kind, the documents' pieces of its output file, where they make what the frame would.

        A kind is left out when a document with rows of it brought no piece,
        when it has no rows, or when its frame holds a value otherwise than
        the results do (see :func:`progmap.outputs.fragments.frame_agrees`).
        """
        return {
            kind: spool
            for kind, spool in self._spools.items()
            if spool.complete and spool.size and frame_agrees(kind, self.frame(kind))
        }

    def organizations(self) -> pd.DataFrame:
        """One record per organization, merged across documents in corpus order."""
        if "merged organizations" not in self._frames:
            self._frames["merged organizations"] = self._merged_organizations()
        return self._frames["merged organizations"]

    def _merged_organizations(self) -> pd.DataFrame:
        self._flush()
        columns = self._columns["organizations"]
        if not columns["org_id"]:
            return pd.DataFrame(columns=ORGANIZATION_COLUMNS)
        # Object columns: the merge walks rows, which Arrow-backed strings make slow.
        rows = pd.DataFrame(columns, columns=list(columns), dtype=object)
        self._columns["organizations"] = {c: [] for c in columns}
        # A government as a whole or a newspaper counts only where a programme names it.
        return merge_organizations([rows], programmes=[self.frame("programmes")])

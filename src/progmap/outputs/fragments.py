"""Each document's piece of the outputs that are its rows in corpus order.

``mentions.csv``, ``unresolved.csv`` and the ``programmes`` and ``routes``
sections of ``records.yaml`` hold one document's rows after another's, in
corpus order, each row written from that document's result alone. So a
document's piece of each file is made once, with its result (in a worker),
and cached with it; a build writes these files by joining the pieces
(:class:`Spool`) instead of encoding every row of the corpus again, which
was most of the time an incremental rebuild spent on its tables.

A piece is the text the frame writers (:func:`progmap.outputs.writers.write_csv`,
:func:`progmap.records.write_records`) write for the same rows, as long as
the gathered frame holds each value as the result does: pandas stores a
column of integers with a missing value as floats, and a float column's
``1`` as ``1.0``. :func:`frame_agrees` checks the frame's columns before
its pieces are used; the frame writers are the fallback.

Examples
--------
>>> text = csv_rows([["doc1", "doc1"], [3, 9], ["Hanoi", "=cmd"]])
>>> text.splitlines()
['doc1,3,Hanoi', "doc1,9,'=cmd"]
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile

import numpy as np
import pandas as pd

from progmap.outputs import yaml_text
from progmap.outputs.writers import _csv_cells

#: Kinds of rows written as pieces: the two CSV tables and two records sections.
PIECE_KINDS = ("mentions", "unresolved", "programmes", "routes")
#: Per kind, the columns a gathered frame holds as floats (a mention's score).
FLOAT_COLUMNS = {"mentions": frozenset({"score"})}
#: The line width of ``records.yaml`` (see :func:`progmap.records.write_records`).
RECORDS_WIDTH = 100


def csv_rows(columns: list[list], floats: frozenset[int] = frozenset()) -> str:
    """Rows, given as columns, as the CSV text :func:`~progmap.outputs.writers.write_csv` writes for them.

    Parameters
    ----------
    columns : list of list
        The rows' values, a list per column, in the table's column order.
    floats : frozenset of int, optional
        Positions of the columns a frame holds as floats: their numbers are written as floats.
    """
    if floats:
        columns = [[float(v) if type(v) is int else v for v in c] if i in floats else c for i, c in enumerate(columns)]
    out = io.StringIO()
    csv.writer(out).writerows(zip(*[_csv_cells(column) for column in columns]))
    return out.getvalue()


def yaml_items(section: str, items: list[dict]) -> str:
    """A records section's items as the lines ``records.yaml`` holds them under ``section:``."""
    text = yaml_text.dump({section: items}, width=RECORDS_WIDTH)
    return text.partition("\n")[2] if items else ""


def frame_agrees(kind: str, frame: pd.DataFrame) -> bool:
    """Whether a gathered frame holds its values as the pieces were written from them.

    True when exactly the columns of :data:`FLOAT_COLUMNS` are float columns:
    every other column then gives back each row's own value.
    """
    floats = FLOAT_COLUMNS.get(kind, frozenset())
    for name, dtype in frame.dtypes.items():
        is_float = isinstance(dtype, np.dtype) and dtype.kind == "f"
        if is_float != (name in floats) and len(frame):
            return False
    return True


class Spool:
    """Pieces of one file in the order they are added, kept on disk, never all in memory.

    ``complete`` turns False when a document with rows brings no piece (a
    result of another kind): the file is then written from its frame.
    """

    def __init__(self):
        self._file = None
        self.complete = True
        self.size = 0

    def add(self, piece: str | bytes | None) -> None:
        """Append one document's piece: its text, or the text's UTF-8 bytes (None: it has none)."""
        if piece is None:
            self.complete = False
            return
        if not piece or not self.complete:
            return
        try:
            data = piece if isinstance(piece, bytes) else piece.encode("utf-8")
        except UnicodeEncodeError:  # the frame writer meets it as it would have
            self.complete = False
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # unnamed: gone when closed or when the process ends
        self._file.write(data)
        self.size += len(data)

    def write_to(self, handle) -> None:
        """Copy the pieces to an open text file, after what it holds."""
        handle.flush()
        if self._file is not None:
            self._file.seek(0)
            shutil.copyfileobj(self._file, handle.buffer, 2**20)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

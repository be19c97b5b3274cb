"""Text folding for matching: lower-case ASCII, one space between words.

Matching runs on a folded copy of the document so "Lạng Sơn", "LANG SON" and
"Lang  Son" meet the same gazetteer key. Folding keeps a map back to the
original offsets, so every mention still points into the document's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from anyascii import anyascii

_RUNS = re.compile(r"  +")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Map each code point of the scripts we read to one folded character.

    Letters and digits become lower-case ASCII (``Đ`` -> ``d``); everything
    else (punctuation, hyphens, apostrophes, line breaks) becomes a space, so
    word boundaries are spaces. One character in, one out: offsets survive.
    """
    table: dict[int, str] = {}
    for code in range(0x2FFF):  # Latin, Greek, Cyrillic and their extensions
        char = chr(code)
        if char.isalnum():
            ascii_form = anyascii(char).lower()
            ascii_form = "".join(c for c in ascii_form if c.isalnum())
            table[code] = ascii_form[:1] or char.lower()[:1]
        else:
            table[code] = " "
    return table


def fold_name(name: str) -> str:
    """Fold a gazetteer name the way document text is folded.

    Examples
    --------
    >>> fold_name("Bà Rịa - Vũng Tàu")
    'ba ria vung tau'
    >>> fold_name("Women's Union")
    'women s union'
    """
    folded = unicodedata.normalize("NFC", name).translate(_fold_table())
    return " ".join(folded.split())


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of a text and the way back to original offsets.

    ``folded`` starts with one space so every word, the first included, is
    preceded by a space; gazetteer keys start with a space too, which makes
    every match begin at a word boundary.
    """

    folded: str
    _run_starts: np.ndarray
    _run_removed: np.ndarray

    def to_original(self, positions: np.ndarray) -> np.ndarray:
        """Map offsets in :attr:`folded` to offsets in the original text."""
        positions = np.asarray(positions, dtype=np.int64)
        if len(self._run_starts) == 0:
            return positions - 1
        idx = np.searchsorted(self._run_starts, positions, side="right")
        removed = np.concatenate(([0], self._run_removed))[idx]
        return positions - 1 + removed


def fold_text(text: str) -> FoldedText:
    """Fold a document's text for matching.

    Parameters
    ----------
    text : str
        NFC-normalized document text.

    Returns
    -------
    FoldedText
        Lower-case ASCII with single spaces, and the offset map.
    """
    folded = " " + text.translate(_fold_table())
    if "  " not in folded:
        empty = np.empty(0, dtype=np.int64)
        return FoldedText(folded, empty, empty)
    starts, removed, pieces = [], [], []
    last, total = 0, 0
    for run in _RUNS.finditer(folded):
        # Keep the run's first space; the rest are removed.
        pieces.append(folded[last : run.start() + 1])
        total += run.end() - run.start() - 1
        last = run.end()
        starts.append(run.start() + 1 - (total - (run.end() - run.start() - 1)))
        removed.append(total)
    pieces.append(folded[last:])
    return FoldedText(
        "".join(pieces),
        np.asarray(starts, dtype=np.int64),
        np.asarray(removed, dtype=np.int64),
    )


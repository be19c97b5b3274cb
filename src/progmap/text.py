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


@lru_cache(maxsize=1)
def _ascii_fold_table() -> bytes:
    """The fold table restricted to ASCII, for ``bytes.translate`` (much faster)."""
    table = _fold_table()
    return bytes(ord(table[code]) for code in range(128)) + bytes(range(128, 256))


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
    #: Position in the space-prefixed uncollapsed text of each folded char;
    #: None when nothing was collapsed.
    _kept: np.ndarray | None

    def to_original(self, positions) -> np.ndarray:
        """Map offsets in :attr:`folded` to offsets in the original text."""
        positions = np.asarray(positions, dtype=np.int64)
        if self._kept is None:
            return positions - 1
        return self._kept[positions] - 1


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
    if text.isascii():
        folded = " " + text.encode("ascii").translate(_ascii_fold_table()).decode("ascii")
    else:
        folded = " " + text.translate(_fold_table())
    if "  " not in folded:
        return FoldedText(folded, None)
    # Vectorized run collapsing: a space that follows a space is dropped.
    if folded.isascii():
        codes = np.frombuffer(folded.encode("ascii"), dtype=np.uint8)
    else:
        codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    space = codes == 32
    keep = np.ones(len(codes), dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    return FoldedText(_RUNS.sub(" ", folded), np.flatnonzero(keep))

"""Text folding for matching: lower-case ASCII, words set apart by two spaces.

Matching runs on a folded copy of the document so "Lạng Sơn", "LANG SON" and
"Lang  Son" meet the same gazetteer key. Folding keeps a map back to the
original offsets, so every mention still points into the document's text.

In the folded text every word is followed by exactly two spaces (and the
text starts with two). A name's matching key is its words joined by two
spaces, with one space before and after (:func:`match_key`): so a key can
only match whole words, and two names side by side ("Laos  Thailand") each
keep a space of their own.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from anyascii import anyascii



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
    table[0] = "\x00"  # NUL separates documents folded together (see mentions)
    return table


@lru_cache(maxsize=1)
def _ascii_fold_table() -> bytes:
    """The fold table restricted to ASCII, for ``bytes.translate`` (much faster)."""
    table = _fold_table()
    folded = bytearray(ord(table[code]) for code in range(128)) + bytes(range(128, 256))
    folded[0] = 0  # NUL stays NUL: it separates documents folded together
    return bytes(folded)


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


def match_key(key: str) -> str:
    """The automaton key of a folded name (see the module docstring).

    >>> match_key("ho chi minh city")
    ' ho  chi  minh  city '
    """
    return " " + key.replace(" ", "  ") + " "


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of a text and the way back to original offsets."""

    folded: str
    #: For each character of ``folded``, its offset in the original text
    #: (separators map to the whitespace or punctuation they replace).
    _origin: np.ndarray

    def to_original(self, positions) -> np.ndarray:
        """Map offsets in :attr:`folded` to offsets in the original text."""
        return self._origin[np.asarray(positions, dtype=np.int64)]


@lru_cache(maxsize=1)
def _fold_codes() -> np.ndarray:
    """:func:`_fold_table` as an array of code points, for vectorized folding."""
    table = _fold_table()
    return np.array([ord(table[code]) for code in range(len(table))], dtype=np.uint32)


def fold_text(text: str) -> FoldedText:
    """Fold a document's text for matching.

    Parameters
    ----------
    text : str
        NFC-normalized document text.

    Returns
    -------
    FoldedText
        Lower-case ASCII words set apart by two spaces, and the offset map.
    """
    if text.isascii():
        folded = text.encode("ascii").translate(_ascii_fold_table())
        codes = np.frombuffer(b" " + folded + b" ", dtype=np.uint8)
    else:
        # One table look-up per code point, vectorized; code points past the
        # table (CJK...) stay as they are.
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        table = _fold_codes()
        codes = np.empty(len(points) + 2, dtype=np.uint32)
        codes[0] = codes[-1] = 32
        codes[1:-1] = table[np.minimum(points, len(table) - 1)]
        beyond = np.flatnonzero(points >= len(table))
        codes[beyond + 1] = points[beyond]
    # Each run of separators becomes exactly two spaces: keep a run's first
    # space, then double every space.
    space = codes == 32
    keep = np.ones(len(codes), dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    kept = np.flatnonzero(keep)
    kept_space = space[kept]
    widths = kept_space.astype(np.int64) + 1
    position = np.cumsum(widths) - widths
    origin = np.empty(int(position[-1] + widths[-1]), dtype=np.int64)
    origin[position] = kept - 1
    doubled = position[kept_space] + 1
    origin[doubled] = origin[doubled - 1]
    # The separators at both ends stand for offsets just outside the text.
    origin[:2] = np.maximum(origin[:2], 0)
    origin[-2:] = np.minimum(origin[-2:], max(len(text) - 1, 0))
    single = codes[kept]
    if single.dtype == np.uint8 or single.max(initial=0) < 128:
        flat = single.astype(np.uint8).tobytes().decode("ascii")
    else:
        flat = single.astype(np.uint32).tobytes().decode("utf-32-le")
    flat = flat.replace(" ", "  ")
    return FoldedText(flat, origin)

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

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from anyascii import anyascii

_RUNS = re.compile(r"  +")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    if not text.isascii() and len(text.encode("utf-8")) - len(text) < len(text) // 50:
        # Mostly ASCII (English with a few names in Vietnamese spelling):
        # fold the rare other characters one by one, then take the fast path.
        table = _fold_table()
        text = _NON_ASCII.sub(lambda m: table.get(ord(m.group()), m.group()), text)
    if text.isascii():
        single = " " + text.encode("ascii").translate(_ascii_fold_table()).decode("ascii") + " "
        codes = np.frombuffer(single.encode("ascii"), dtype=np.uint8)
    else:
        single = " " + text.translate(_fold_table()) + " "
        codes = np.frombuffer(single.encode("utf-32-le"), dtype=np.uint32)
    # Vectorized: each run of separators becomes exactly two spaces.
    space = codes == 32
    keep = np.ones(len(codes), dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    kept = np.flatnonzero(keep)
    origin = np.repeat(kept, np.where(space[kept], 2, 1)) - 1
    # The separators at both ends stand for offsets just outside the text.
    np.clip(origin, 0, max(len(text) - 1, 0), out=origin)
    single = _RUNS.sub(" ", single) if "  " in single else single
    return FoldedText(single.replace(" ", "  "), origin)

"""Text folding for matching: lower-case ASCII, words set apart by one space.

Matching runs on a folded copy of the document so "Lạng Sơn", "LANG SON" and
"Lang  Son" meet the same gazetteer key. Folding keeps the way back to the
original offsets, so every mention still points into the document's text.

In the folded text every run of separators (spaces, punctuation, line
breaks) is one space, and the text starts and ends with one. A
:class:`NameScanner` finds whole-word names in it with one pass of an
Aho-Corasick automaton.
"""

from __future__ import annotations

import bisect
import itertools
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import numpy as np
from anyascii import anyascii

_SPACE = 32


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
    return bytes(ord(table[code]) for code in range(128)) + bytes(range(128, 256))


@lru_cache(maxsize=1)
def _fold_codes() -> np.ndarray:
    """:func:`_fold_table` as an array of code points, for vectorized folding."""
    table = _fold_table()
    return np.array([ord(table[code]) for code in range(len(table))], dtype=np.uint32)


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """Fold a gazetteer name the way document text is folded.

    Recent folds are kept: the actor stages fold the same words and names
    again and again (tens of times per document).

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

    ``folded[p]`` stands for ``text[to_original(p)]``; the leading and
    trailing spaces stand for the text's first and last characters.
    """

    folded: str
    #: Offsets in the original text of the separators dropped from runs,
    #: shifted to the folded position they would have had (see to_original).
    _dropped: np.ndarray
    _length: int

    def kept(self, name, make):
        """``make()``, made once per fold and ``name`` (any hashable): for what depends on the text alone and
        several stages read (the fold is kept per text, see :func:`fold_text`).

        >>> fold_text("IOM met UNICEF.").kept("words", lambda: 3)
        3
        """
        store = self.__dict__.get("_kept")
        if store is None:
            store = {}
            object.__setattr__(self, "_kept", store)
        if name not in store:
            store[name] = make()
        return store[name]

    def to_original(self, positions) -> np.ndarray:
        """Map offsets in :attr:`folded` to offsets in the original text."""
        kept = np.asarray(positions, dtype=np.int64) - 1  # past the leading space
        original = kept + np.searchsorted(self._dropped, kept, side="right")
        # np.minimum and np.maximum, not np.clip: the same numbers, and np.clip's
        # checks cost more than the work on the few offsets of a scan.
        return np.minimum(np.maximum(original, 0), max(self._length - 1, 0))


class _FoldCache:
    """Recent folds by text, bounded by their number and their texts' total length.

    A worker reads a batch's organizations first and its programmes and
    routes after: a document's fold must outlive the folds of the batch's
    other documents (and of the short phrases readers fold on the way), or
    it is made again and its cue scans (see :meth:`NameScanner.scan`) with
    it. The newest fold is always kept, however long its text.
    """

    def __init__(self, entries: int, characters: int):
        self.entries, self.characters = entries, characters
        self._folds: dict[str, FoldedText] = {}
        self._size = 0
        self._lock = threading.Lock()  # a Dask worker may read documents in several threads

    def get(self, text: str) -> FoldedText | None:
        with self._lock:
            folded = self._folds.pop(text, None)
            if folded is not None:
                self._folds[text] = folded  # now the most recent
            return folded

    def put(self, text: str, folded: FoldedText) -> None:
        with self._lock:
            if text in self._folds:
                return  # folded meanwhile in another thread
            self._folds[text] = folded
            self._size += len(text)
            while len(self._folds) > 1 and (len(self._folds) > self.entries or self._size > self.characters):
                oldest = next(iter(self._folds))
                del self._folds[oldest]
                self._size -= len(oldest)


#: About two batches of documents (see :data:`progmap.engine.stream.BATCH_BYTES`) and the phrases folded with them.
_FOLDS = _FoldCache(entries=1024, characters=4_000_000)


def fold_text(text: str) -> FoldedText:
    """Fold a document's text for matching.

    Recent texts' folds are kept: every actor stage folds the same
    document again (organizations, programmes, routes and the tables they
    scan with), and a fold is immutable.

    Parameters
    ----------
    text : str
        NFC-normalized document text.

    Returns
    -------
    FoldedText
        Lower-case ASCII words set apart by one space, and the offset map.

    Examples
    --------
    >>> folded = fold_text("Lạng Sơn,  Hà Nội")
    >>> folded.folded
    ' lang son ha noi '
    >>> folded.to_original([10, 15]).tolist()
    [11, 16]
    """
    folded = _FOLDS.get(text)
    if folded is None:
        folded = _fold(text)
        _FOLDS.put(text, folded)
    return folded


def _fold(text: str) -> FoldedText:
    """:func:`fold_text` of a text not folded recently."""
    if text.isascii():
        # bytes.translate is a C loop, far faster than any per-character work.
        codes = np.frombuffer(text.encode("ascii").translate(_ascii_fold_table()), dtype=np.uint8)
    else:
        # One table look-up per code point, vectorized; code points past the
        # table (CJK...) stay as they are.
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        table = _fold_codes()
        codes = table[np.minimum(points, len(table) - 1)]
        beyond = points >= len(table)
        codes[beyond] = points[beyond]
    # A run of separators keeps its first character, as one space.
    space = codes == _SPACE
    drop = np.zeros(len(codes), dtype=bool)
    np.logical_and(space[1:], space[:-1], out=drop[1:])
    if len(codes) and space[0]:
        drop[0] = True  # the leading space stands for it
    dropped = np.flatnonzero(drop)
    single = codes[~drop]
    if single.dtype == np.uint8 or single.max(initial=0) < 128:
        body = single.astype(np.uint8, copy=False).tobytes().decode("ascii")
    else:
        body = single.astype(np.uint32).tobytes().decode("utf-32-le")
    trailing = "" if body.endswith(" ") else " "
    # Position k of `single` is original offset k + (dropped offsets before
    # it); in folded positions the i-th dropped offset sits at dropped[i] - i.
    shifted = dropped - np.arange(len(dropped))
    shifted.flags.writeable = False  # shared by every caller of the cached fold
    return FoldedText(" " + body + trailing, shifted, len(text))


class NameScanner:
    """Whole-word matches of folded names in folded text, longest first.

    One Aho-Corasick automaton holds every key with a space at each end, so
    a key matches whole words only. Of overlapping matches the leftmost,
    then the longest, wins: "Ho Chi Minh City" is one match, never "Ho".

    Parameters
    ----------
    keys : iterable of str
        Folded names (see :func:`fold_name`).
    shared : bool, optional
        Scan documents in one pass with the other shared scanners (see
        :class:`_SharedScan`): for the few small scanners a process keeps
        for its lifetime, such as the actor stages' cue lexicons.

    Examples
    --------
    >>> scanner = NameScanner(["lao", "lao cai", "thailand"])
    >>> text = "Lao Cai, Laos and Lao Thailand"
    >>> starts, stops, keys = scanner.scan(fold_text(text))
    >>> [text[a:b] for a, b in zip(starts, stops)]
    ['Lao Cai', 'Lao', 'Thailand']
    """

    def __init__(self, keys: Iterable[str], shared: bool = False):
        self._keys = [key for key in dict.fromkeys(keys) if key]
        self._lengths = np.fromiter(map(len, self._keys), dtype=np.int64, count=len(self._keys))
        self._automaton = ahocorasick.Automaton()
        for index, key in enumerate(self._keys):
            self._automaton.add_word(f" {key} ", index)
        if self._keys:
            self._automaton.make_automaton()
        self._shared = shared and bool(self._keys)
        if self._shared:
            _SHARED_SCAN.join(self)

    def scan_folded(self, folded: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Matches in folded text: first letters, last letters (folded offsets), keys."""
        # Every match, overlapping ones too: two names side by side share
        # the space between them, which a non-overlapping scan would take
        # from the second.
        found = self._automaton.iter(folded) if self._keys else ()
        hits = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64).reshape(-1, 2)
        return self._chosen(hits[:, 0], hits[:, 1])

    def _chosen(self, ends: np.ndarray, index: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """The leftmost-longest of every match (end offsets past the trailing space, key indices)."""
        if not len(ends):
            return np.empty(0, np.int64), np.empty(0, np.int64), []
        lengths = self._lengths[index]
        last = ends - 1  # before the key's trailing space
        first = last - lengths + 1
        order = np.lexsort((-lengths, first))
        first, last, index = first[order], last[order], index[order]
        # Most scans find no overlapping names: then every match is kept as it is.
        if len(first) > 1 and (first[1:] <= np.maximum.accumulate(last)[:-1]).any():
            chosen = _leftmost_longest(first, last)
            first, last, index = first[chosen], last[chosen], index[chosen]
        keys = self._keys
        return first, last, [keys[i] for i in index.tolist()]

    def scan(self, folded: FoldedText) -> tuple[list[int], list[int], list[str]]:
        """Matches in a folded text: start and end offsets in the original text, keys."""
        # Several readers of one document scan it with the same automaton:
        # the fold keeps each automaton's matches (it and they are immutable).
        scans = folded.__dict__.get("_scans")
        if scans is None:
            scans = {}
            object.__setattr__(folded, "_scans", scans)
        found = scans.get(self)
        if found is None:
            found = scans[self] = self._scan_original(folded)
        starts, ends, keys = found
        return list(starts), list(ends), list(keys)  # fresh lists: callers may change theirs

    def _scan_original(self, folded: FoldedText) -> tuple[list[int], list[int], list[str]]:
        """:meth:`scan` of a fold not scanned just before."""
        if self._shared:
            first, last, keys = self._chosen(*_SHARED_SCAN.hits(self, folded))
        else:
            first, last, keys = self.scan_folded(folded.folded)
        if not keys:
            return [], [], []
        # First and last letters mapped back in one call (a scan finds few names).
        both = folded.to_original(np.concatenate([first, last])).tolist()
        return both[: len(keys)], [end + 1 for end in both[len(keys) :]], keys


class _SharedScan:
    """One automaton over the keys of every shared :class:`NameScanner`.

    The actor stages scan each document with about ten small automata
    (cue lexicons, country words, nationality words): one pass of an
    automaton over all their keys finds every match of every one of them,
    and each scanner keeps its own keys' matches. The automaton is made
    again when a scanner joins (a handful of times per process: shared
    scanners are made once: see :class:`progmap.actors.language.CueScanner`).
    """

    def __init__(self):
        self._scanners: list[NameScanner] = []
        self._built: tuple | None = None  # (automaton, {scanner: key id -> its key index or -1})
        self._lock = threading.Lock()

    def join(self, scanner: NameScanner) -> None:
        with self._lock:
            self._scanners.append(scanner)
            self._built = None

    def _automaton(self) -> tuple:
        built = self._built
        if built is not None:
            return built  # made already: no lock needed to read it
        with self._lock:
            if self._built is None:
                ids: dict[str, int] = {}
                for scanner in self._scanners:
                    for key in scanner._keys:
                        ids.setdefault(key, len(ids))
                automaton = ahocorasick.Automaton()
                for key, key_id in ids.items():
                    automaton.add_word(f" {key} ", key_id)
                automaton.make_automaton()
                local = {}
                for scanner in self._scanners:
                    own = np.full(len(ids), -1, dtype=np.int64)
                    own[[ids[key] for key in scanner._keys]] = np.arange(len(scanner._keys))
                    local[scanner] = own
                self._built = (automaton, local)
            return self._built

    def hits(self, scanner: NameScanner, folded: FoldedText) -> tuple[np.ndarray, np.ndarray]:
        """A shared scanner's matches in a fold: end offsets (past the trailing space), its key indices."""
        automaton, local = self._automaton()
        # The pass is kept with the fold (immutable, like the scans; see NameScanner.scan).
        found = folded.__dict__.get("_shared_hits")
        if found is None or found[0] is not automaton:
            hits = np.fromiter(itertools.chain.from_iterable(automaton.iter(folded.folded)), dtype=np.int64).reshape(-1, 2)
            found = (automaton, hits[:, 0], hits[:, 1])
            object.__setattr__(folded, "_shared_hits", found)
        _, ends, key_ids = found
        index = local[scanner][key_ids]
        mine = index >= 0
        return ends[mine], index[mine]


_SHARED_SCAN = _SharedScan()


def _leftmost_longest(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Which of the matches, sorted by start and then longest first, a greedy
    left-to-right reading keeps: each one that overlaps none kept before it.

    Most matches overlap no earlier match at all and are kept outright; only
    those that do are decided one by one.
    """
    keep = np.ones(len(first), dtype=bool)
    reach = np.maximum.accumulate(last)
    clash = np.zeros(len(first), dtype=bool)
    clash[1:] = first[1:] <= reach[:-1]
    if not clash.any():
        return keep
    # Reach of the matches kept outright, up to (not including) each match.
    outright = np.where(clash, -1, last)
    before = np.empty(len(first), dtype=np.int64)
    before[0] = -1
    before[1:] = np.maximum.accumulate(outright)[:-1]
    kept_reach = -1
    for i in np.flatnonzero(clash).tolist():
        if first[i] <= max(before[i], kept_reach):
            keep[i] = False
        else:
            kept_reach = max(kept_reach, int(last[i]))
    return keep


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where any of ``words`` occurs in ``text``, overlaps included, in order (one scan per word, no pattern).

    >>> occurrences("a Lao and Laos", ["Lao", "Laos"])
    [2, 10]
    """
    positions = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            positions.add(at)
            at = text.find(word, at + 1)
    return sorted(positions)


def matches_opening(pattern, text: str, openings: Iterable[str]) -> list:
    """``pattern.finditer(text)`` for a pattern each match of which opens with one of ``openings``
    (and is never empty).

    The openings are found with ``str.find`` and the pattern is matched
    there: a pattern that opens with an alternation of words makes the
    regex engine try every position of the text, which costs far more.

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(r"\\b(?:[Dd]irector|[Hh]ead)\\s+of\\s+")
    >>> [m.group() for m in matches_opening(pattern, "The Director of IOM met the head of UNICEF.", ["Director", "director", "Head", "head"])]
    ['Director of ', 'head of ']
    """
    found, end = [], 0
    for at in occurrences(text, openings):
        if at < end:
            continue  # inside the last match: finditer goes on after it
        match = pattern.match(text, at)
        if match is not None:
            found.append(match)
            end = max(match.end(), at + 1)
    return found


def gated_search(pattern, needles: tuple[str, ...], text: str, start: int = 0, end: int | None = None):
    """``pattern.search(text, start, end)``, not tried in an ASCII stretch that holds none of ``needles``.

    ``needles`` are lower-case ASCII letters every match of ``pattern`` holds,
    in any case (one of them per alternative; none: no gate): a stretch whose lower-case
    copy holds none has no match, and ``str.find`` rules that out for less
    than a search, which tries the pattern at every position. A stretch
    with other characters is searched (case-blind matching relates some of
    them to ASCII letters: "ſ" to "s", the Kelvin sign to "k").

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(r"\\b(?:does|do)\\s+not\\s+exist\\b", re.IGNORECASE)
    >>> gated_search(pattern, ("exist",), "It has a shelter.") is None
    True
    >>> gated_search(pattern, ("exist",), "The shelter DOES NOT EXIST.").group()
    'DOES NOT EXIST'
    """
    if not needles or start < 0 or (end is not None and end < 0):
        return pattern.search(text, start, len(text) if end is None else end)
    stretch = text[start:end]
    if stretch.isascii():
        lowered = stretch.lower()
        for needle in needles:
            if needle in lowered:
                break
        else:
            return None
    return pattern.search(text, start, len(text) if end is None else end)


def line_matches(pattern, text: str, mark: str) -> list:
    """``pattern.finditer(text)`` for a pattern whose matches open a line (``^``
    under ``re.MULTILINE``), hold ``mark`` and never run past their line.

    The pattern is matched only at the start of the lines that hold
    ``mark``, found with ``str.find``: the regex engine would try every
    position of the text, though ``^`` fails at all but a few.

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(r"^[ \\t]*(donor|partner)[ \\t]*:[ \\t]*(\\S[^\\n]*)$", re.IGNORECASE | re.MULTILINE)
    >>> [m.group(2) for m in line_matches(pattern, "Title\\nDonor: DFID\\nSee: below\\n  partner: IOM", ":")]
    ['DFID', 'IOM']
    """
    found = []
    at = text.find(mark)
    while at >= 0:
        match = pattern.match(text, text.rfind("\n", 0, at) + 1)
        if match is not None:
            found.append(match)
        end = text.find("\n", at)
        if end < 0:
            break
        at = text.find(mark, end)
    return found


def spans_without(spans: list[tuple[int, int]], holes) -> list[tuple[int, int]]:
    """Cut holes out of sorted, disjoint spans: organization names out of the
    narrative (a place inside "Save the Children UK" is part of the name, not
    a place the text talks about), metadata lines out of the evidence.

    Each span looks only at the holes that can reach it, so a large
    document costs what its parts would: not spans x holes.

    Parameters
    ----------
    spans : list of (int, int)
    holes : iterable of (int, int)

    Examples
    --------
    >>> spans_without([(0, 10), (20, 30)], [(2, 4), (8, 22)])
    [(0, 2), (4, 8), (22, 30)]
    """
    cuts = sorted((int(a), int(b)) for a, b in holes)
    if not cuts:
        return list(spans)
    cut_starts = [a for a, _ in cuts]
    # The farthest end of the holes so far: holes before the first whose
    # reach passes a span's start all end before it.
    reach = np.maximum.accumulate(np.array([b for _, b in cuts], dtype=np.int64)).tolist()
    out = []
    for start, end in spans:
        cursor = start
        low, high = bisect.bisect_right(reach, start), bisect.bisect_left(cut_starts, end)
        for hole_start, hole_end in cuts[low:high]:
            if hole_end <= cursor:
                continue
            if hole_start > cursor:
                out.append((cursor, hole_start))
            cursor = max(cursor, hole_end)
        if cursor < end:
            out.append((cursor, end))
    return out

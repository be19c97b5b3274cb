"""The language layer: lexicons, cue sentences, tokens and coordinated lists.

The readings of organizations, programmes and routes are frames keyed by
lemma ("traffic", "smuggle", "run", "shelter"), and their words live in
tables, not in code: one CSV file per lexicon in ``progmap/actors/lexicon``.
Each row names a lemma and its word class; every inflected form is made once
from it with ``lemminflect`` (a small, well-kept package that ships its
inflection data on PyPI and needs no downloaded model), so a table says
"traffic, VERB" and the reading finds "trafficked", "traffics" and
"trafficking".

The layer does the cheap things on whole documents and the dearer ones on
few sentences:

1. :class:`CueScanner` finds every cue form of the chosen lexicons in one
   Aho-Corasick pass over the folded text (the automaton of
   :class:`progmap.text.NameScanner`), so a frame reads only the sentences
   that hold one of its cues.
2. :func:`tokenize` splits those sentences into words with their offsets;
   abbreviations ("U.S."), hyphenated modifiers ("U.S.-funded",
   "Hanoi-based") and numbers ("20,000") stay one token.
3. :func:`coordinated_groups` joins items of a sentence (place mentions,
   organization names) that form one coordinated list, skipping the glue a
   list may hold: punctuation, conjunctions, hedges ("including", "such as",
   "mainly"), kind words ("provinces") and parentheticals.

Why not spaCy: its tokenizer reads about 1 MB/s here, and a trained
pipeline is a download; progmap reads archives of hundreds of megabytes.
The tables keep spaCy's idea (rules as data, one small component per job)
with the speed of one automaton pass.

Examples
--------
>>> movement = CueScanner(["movement"])
>>> text = "Girls were trafficked to Malaysia. The office opened in May."
>>> [(text[s:e], cue.lemma) for s, e, cue in movement.find(text)]
[('trafficked', 'traffic')]
>>> [token.text for token in tokenize("A U.S.-funded, Hanoi-based NGO (20,000 USD).")]
['A', 'U.S.-funded', ',', 'Hanoi-based', 'NGO', '(', '20,000', 'USD', ')', '.']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from progmap.text import FoldedText, NameScanner, fold_name, fold_text

#: Penn tags lemminflect gives, by the word class a lexicon row names.
_WORD_CLASSES = {"VERB", "NOUN", "ADJ", "AUX"}


@dataclass(frozen=True)
class Cue:
    """One lexicon entry that a form stands for.

    Attributes
    ----------
    lexicon : str
        The table it comes from ("movement", "programme"...).
    lemma : str
        The entry's lemma ("traffic", "plan of action").
    pos : str
        Its word class: VERB, NOUN, ADJ, or "" for a fixed phrase.
    role : str
        What the entry means in its frame (the table's ``role`` column:
        "return", "goal", "speech"...), or "".
    """

    lexicon: str
    lemma: str
    pos: str
    role: str


# --- lexicons ------------------------------------------------------------------


def _lexicon_file(name: str):
    return resources.files("progmap.actors") / "lexicon" / f"{name}.csv"


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[dict, ...]:
    """The rows of a lexicon table, as dicts of its columns.

    Every table has at least ``lemma`` and ``pos`` (a word class, or empty
    for a fixed phrase that is not inflected) and may have ``role``; lines
    starting with ``#`` are comments.

    Parameters
    ----------
    name : str
        The table's name: ``progmap/actors/lexicon/<name>.csv``.

    Raises
    ------
    ValueError
        For an unknown table, or a row with an unknown word class.
    """
    path = _lexicon_file(name)
    if not path.is_file():
        raise ValueError(f"unknown lexicon {name!r}: no {name}.csv in progmap/actors/lexicon")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    rows = []
    for row in csv.DictReader(lines):
        row = {key: (value or "").strip() for key, value in row.items()}
        pos = row.get("pos", "").upper()
        if pos and pos not in _WORD_CLASSES:
            raise ValueError(f"{name}.csv: unknown word class {pos!r} for {row.get('lemma')!r}")
        row["pos"] = pos
        rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=None)
def inflections(lemma: str, pos: str) -> tuple[str, ...]:
    """Every form of a lemma: the lemma itself first, then its inflections.

    A phrase is inflected on its first word ("end up" gives "ended up",
    "ends up"...); an empty ``pos`` keeps the phrase as it is. Words
    lemminflect does not know are inflected by its rules for unknown words.

    >>> inflections("traffic", "VERB")
    ('traffic', 'trafficked', 'trafficking', 'traffics')
    >>> inflections("plan of action", "NOUN")
    ('plan of action', 'plans of action')
    """
    if not pos or pos == "AUX":
        return (lemma,)
    from lemminflect import getAllInflections, getAllInflectionsOOV

    head, _, rest = lemma.partition(" ")
    forms = getAllInflections(head, upos=pos) or getAllInflectionsOOV(head, upos=pos)
    words = sorted({form for group in forms.values() for form in group} - {head})
    return (lemma, *(f"{word} {rest}" if rest else word for word in words))


class CueScanner:
    """Find the forms of some lexicons' entries in text, in one pass.

    Parameters
    ----------
    lexicons : iterable of str
        Table names (see :func:`lexicon`).

    Examples
    --------
    >>> scanner = CueScanner(["movement"])
    >>> [cue.lemma for _, _, cue in scanner.find("They were smuggled, then sold.")]
    ['smuggle', 'sell']
    """

    def __init__(self, lexicons: Iterable[str]):
        self.lexicons = tuple(lexicons)
        self._cues: dict[str, list[Cue]] = {}
        for name in self.lexicons:
            for row in lexicon(name):
                cue = Cue(name, row["lemma"], row["pos"], row.get("role", ""))
                for form in inflections(row["lemma"], row["pos"]):
                    self._cues.setdefault(fold_name(form), []).append(cue)
        self._scanner = NameScanner(self._cues)

    def find(self, text: str, folded: FoldedText | None = None) -> list[tuple[int, int, Cue]]:
        """Cue forms in a text: (start, end, cue), in text order.

        A form that stands for entries of several lexicons (or several
        roles) gives the first table's entry; see :meth:`cues_of` for all.
        """
        starts, ends, keys = self._scanner.scan(folded or fold_text(text))
        return [(start, end, self._cues[key][0]) for start, end, key in zip(starts, ends, keys)]

    def cues_of(self, form: str) -> list[Cue]:
        """Every entry a written form stands for (empty if none)."""
        return list(self._cues.get(fold_name(form), ()))


def cue_sentences(sentences: Sequence[tuple[int, int]], hits: Sequence[tuple[int, int, Cue]]) -> Iterator[tuple[int, int, list]]:
    """The sentences that hold cues, each with its cues.

    Parameters
    ----------
    sentences : sequence of (start, end)
        Sentence spans in text order (see :func:`progmap.sources.documents.sentence_spans`).
    hits : sequence of (start, end, Cue)
        From :meth:`CueScanner.find`, in text order.

    Yields
    ------
    (start, end, hits)
        A sentence's span and the cues inside it.

    Examples
    --------
    >>> list(cue_sentences([(0, 10), (11, 30)], [(15, 20, "c")]))
    [(11, 30, [(15, 20, 'c')])]
    """
    i = 0
    for start, end in sentences:
        while i < len(hits) and hits[i][0] < start:
            i += 1
        inside = []
        while i < len(hits) and hits[i][1] <= end:
            inside.append(hits[i])
            i += 1
        if inside:
            yield start, end, inside


# --- tokens ----------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:-\w+)*"  # U.S., U.S.-funded, P.R.C.
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"  # 20,000  1.5  30-year-old
    r"|\w+(?:['’]\w+)*(?:[-–/]\w+(?:['’]\w+)*)*"  # Hanoi-based, women's, and/or
    r"|[^\w\s]"
)


@dataclass(frozen=True)
class Token:
    """A word or a punctuation mark, with its offsets in the document's text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_title(self) -> bool:
        """Starts with a capital letter ("Ha", "NGO", "U.S.")."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    >>> [(t.text, t.start) for t in tokenize("Sent to Taiwan.", 5)]
    [('to', 5), ('Taiwan', 8), ('.', 14)]
    """
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# --- coordinated lists -------------------------------------------------------------


@lru_cache(maxsize=1)
def _glue() -> dict[str, frozenset[str]]:
    """The list-glue table by kind: conjunction, hedge, kind (folded phrases)."""
    kinds: dict[str, set[str]] = {}
    for row in lexicon("glue"):
        for form in inflections(row["lemma"], row["pos"]):
            kinds.setdefault(row["role"], set()).add(fold_name(form))
    return {kind: frozenset(words) for kind, words in kinds.items()}


#: Longest glue phrase, in words, that :func:`is_list_glue` looks for.
_GLUE_WORDS = 4
#: Words a parenthetical inside a list may hold ("(often in nail salons)").
PARENTHETICAL_WORDS = 12


def _without_parentheticals(gap: str) -> str | None:
    """The gap with balanced, short parentheticals removed; None when unbalanced."""
    out, depth, inner = [], 0, []
    for char in gap:
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth == 0:
                return None
            depth -= 1
            if depth == 0:
                if len("".join(inner).split()) > PARENTHETICAL_WORDS:
                    return None
                inner = []
                out.append(" ")
            continue
        if depth:
            inner.append(char)
        else:
            out.append(char)
    return None if depth else "".join(out)


def is_list_glue(gap: str, max_words: int = 6) -> bool:
    """Whether the text between two items of a list is only list glue.

    Glue is punctuation that joins items (``, ; /`` and dashes), the glue
    table's conjunctions ("and", "or", "as well as"), hedges ("including",
    "such as", "mainly", "elsewhere in"), kind words ("provinces", "the
    state of"), compass words, "the", and short parentheticals. A
    preposition is glue only after a comma, a conjunction or a hedge ("to
    China, and to Taiwan"), never alone ("from Laos to Thailand" is no
    list). Sentence ends and any other word break the list.

    >>> is_list_glue(", and ")
    True
    >>> is_list_glue(" (often in nail salons), ")
    True
    >>> is_list_glue(", mainly in ")
    True
    >>> is_list_glue(" to ")
    False
    >>> is_list_glue(" where they met ")
    False
    """
    gap = _without_parentheticals(gap)
    if gap is None or re.search(r"[.!?:](?:\s|$)", gap):
        return False
    words = fold_name(gap).split()
    if len(words) > max_words:
        return False
    glue = _glue()
    joined = bool(re.search(r"[,;/–—]", gap))  # a list mark before any preposition
    i = 0
    while i < len(words):
        for size in range(min(_GLUE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in glue.get("preposition", ()) and not joined:
                continue
            if any(phrase in glue[kind] for kind in glue):
                joined = joined or any(phrase in glue.get(kind, ()) for kind in ("conjunction", "hedge"))
                i += size
                break
        else:
            return False
    return True


def coordinated_groups(text: str, items: Sequence[tuple[int, int]], max_words: int = 6) -> list[list[int]]:
    """Join items of a text into the coordinated lists they form.

    Parameters
    ----------
    text : str
        The document's text.
    items : sequence of (start, end)
        Spans in text order that do not overlap: place mentions,
        organization names, nationality words.
    max_words : int
        Most glue words between two neighbours of one list.

    Returns
    -------
    list of list of int
        Indices into ``items``, one list per coordinated group, in order;
        an item alone is a group of one.

    Examples
    --------
    >>> text = "to Laos and then on to third countries such as Thailand and Malaysia"
    >>> spans = [(3, 7), (47, 55), (60, 68)]
    >>> coordinated_groups(text, spans)
    [[0], [1, 2]]
    >>> text = "in Germany and Poland (often in nail salons), western Europe"
    >>> coordinated_groups(text, [(3, 10), (15, 21), (54, 60)])
    [[0, 1, 2]]
    """
    groups: list[list[int]] = []
    for index, (start, _end) in enumerate(items):
        if groups and is_list_glue(text[items[index - 1][1] : start], max_words):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups

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
from typing import NamedTuple
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
    "ends up"; "plan of action" gives "plans of action"), except a compound
    noun with no preposition, whose head is its last word ("halfway house"
    gives "halfway houses"); an empty ``pos`` keeps the phrase as it is.
    Words lemminflect does not know are inflected by its rules for unknown
    words.

    >>> inflections("traffic", "VERB")
    ('traffic', 'trafficked', 'trafficking', 'traffics')
    >>> inflections("plan of action", "NOUN")
    ('plan of action', 'plans of action')
    >>> inflections("liaison office", "NOUN")
    ('liaison office', 'liaison offices')
    """
    if not pos or pos == "AUX":
        return (lemma,)
    from lemminflect import getAllInflections, getAllInflectionsOOV

    words = lemma.split(" ")
    if pos == "NOUN" and len(words) > 1 and not set(words) & _PREPOSITIONS:
        rest, head = " ".join(words[:-1]), words[-1]
        forms = getAllInflections(head, upos=pos) or getAllInflectionsOOV(head, upos=pos)
        return (lemma, *(f"{rest} {word}" for word in sorted({f for group in forms.values() for f in group} - {head})))
    head, _, rest = lemma.partition(" ")
    forms = getAllInflections(head, upos=pos) or getAllInflectionsOOV(head, upos=pos)
    words = sorted({form for group in forms.values() for form in group} - {head})
    return (lemma, *(f"{word} {rest}" if rest else word for word in words))


#: Words that make a noun phrase's head its first word ("plan of action").
_PREPOSITIONS = frozenset({"of", "for", "in", "on", "to", "against", "with", "from", "by", "at"})


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
        self._scanner = _scanner_of(frozenset(self._cues))
        #: Each form's first entry, the one :meth:`find` gives, looked up by a C-level map.
        self._first = {form: cues[0] for form, cues in self._cues.items()}

    def find(self, text: str, folded: FoldedText | None = None) -> list[tuple[int, int, Cue]]:
        """Cue forms in a text: (start, end, cue), in text order.

        A form that stands for entries of several lexicons (or several
        roles) gives the first table's entry; see :meth:`cues_of` for all.
        """
        starts, ends, keys = self._scanner.scan(folded or fold_text(text))
        return list(zip(starts, ends, map(self._first.__getitem__, keys)))

    def cues_of(self, form: str) -> list[Cue]:
        """Every entry a written form stands for (empty if none)."""
        return list(self._cues.get(fold_name(form), ()))


@lru_cache(maxsize=None)
def _scanner_of(forms: frozenset[str]) -> NameScanner:
    """One automaton per set of folded forms: scanners of the same lexicons in
    another order find the same forms, and share the scan of a document."""
    return NameScanner(sorted(forms), shared=True)


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

# Every token opens with a character that is no white space: the lookahead turns the engine
# away from white space at once, where it would try each alternative in turn; and no
# alternative opens with a lookbehind (the middle initial's looks back from its letter).
_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"[A-Z]\.(?:[A-Z]\.)+(?:-\w+)*"  # U.S., U.S.-funded, P.R.C.
    r"|[A-Z](?<=[a-z] [A-Z])\.(?=[ \t][A-Z][a-z]+[ \t][A-Z])"  # a middle initial inside a name: "Blas F. Ople Policy Center"
    r"|St\.(?=[ \t][A-Z][a-z])"  # a saint's name in a body's: "St. Brigid's Parish Network"
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"  # 20,000  1.5  30-year-old
    r"|\w+(?:['’]\w+)*(?:[-–/]\w+(?:['’]\w+)*)*(?:(?<=s)['’](?!\w))?"  # Hanoi-based, women's, and/or, Workers'
    r"|[^\w\s])"
)


class Token(NamedTuple):
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
    # tuple.__new__ skips the named tuple's Python-level constructor, and the
    # matches' parts are taken by C-level maps: tokens are many.
    matches = list(_TOKEN.finditer(text, start, end))
    return [_new_tuple(Token, parts) for parts in zip(map(_GROUP, matches), map(_START, matches), map(_END, matches))]


_new_tuple = tuple.__new__
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


_SPACE_CHAR = re.compile(r"\s")


def tail_tokens(text: str, start: int, end: int, reach: int) -> tuple[list[Token], int]:
    """The last tokens of ``text[start:end]``, read from at most ``reach`` characters before ``end``.

    For readers that walk back a few words from a position: tokenizing a
    short tail costs a fraction of the whole window. Returns the tail's
    tokens and the index of the first one that :func:`tokenize` of the whole
    window also gives (a token never holds white space, so both readings
    agree from the tail's first white space on); a walk that needs a token
    before that index must tokenize the whole window.

    >>> text = "the Ha Tinh provincial police"
    >>> tokens, exact = tail_tokens(text, 0, len(text), 20)
    >>> [t.text for t in tokens], exact
    (['nh', 'provincial', 'police'], 1)
    >>> tokenize(text)[-2:] == tokens[exact:]
    True
    """
    low = max(start, end - reach)
    tokens = tokenize(text, low, end)
    if low == start:
        return tokens, 0
    space = _SPACE_CHAR.search(text, low, end)
    if space is None:
        return tokens, len(tokens)
    cut = space.start()
    return tokens, next((k for k, token in enumerate(tokens) if token.start > cut), len(tokens))


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The tokens of :func:`tokenize` as plain ``(text, start, end)`` tuples.

    The same split, several times cheaper: for readers that walk many
    sentences and need no :class:`Token` objects.

    >>> token_spans("Sent to Taiwan.", 5)
    [('to', 5, 7), ('Taiwan', 8, 14), ('.', 14, 15)]
    """
    end = len(text) if end is None else end
    matches = list(_TOKEN.finditer(text, start, end))
    return list(zip(map(_GROUP, matches), map(_START, matches), map(_END, matches)))


# --- coordinated lists -------------------------------------------------------------


@lru_cache(maxsize=1)
def _glue() -> dict[str, frozenset[str]]:
    """The list-glue table by kind: conjunction, hedge, kind (folded phrases)."""
    kinds: dict[str, set[str]] = {}
    for row in lexicon("glue"):
        for form in inflections(row["lemma"], row["pos"]):
            kinds.setdefault(row["role"], set()).add(fold_name(form))
    return {kind: frozenset(words) for kind, words in kinds.items()}


@lru_cache(maxsize=8)
def glue_words(kind: str) -> frozenset[str]:
    """The words of the list-glue table's phrases of one kind, folded.

    >>> {"including", "such", "as"} <= glue_words("hedge")
    True
    """
    return frozenset(word for phrase in _glue().get(kind, ()) for word in phrase.split())


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


@lru_cache(maxsize=8192)
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

    Results are memoized: the same few gaps (", ", " and ") recur in every list.
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

    A preposition after the comma carries the list on only if it is the one
    that opened it ("to China, and to Taiwan"); another opens a list of its
    own ("from South America, mostly Brazil, in Spain"):

    >>> text = "victims from Brazil and Paraguay, in Spain"
    >>> coordinated_groups(text, [(13, 19), (24, 32), (37, 42)])
    [[0, 1], [2]]
    """
    groups: list[list[int]] = []
    opener = ""
    for index, (start, _end) in enumerate(items):
        gap = text[items[index - 1][1] : start] if groups else ""
        if groups and is_list_glue(gap, max_words) and _same_preposition(opener, gap):
            groups[-1].append(index)
        else:
            groups.append([index])
            opener = _preposition_before(text, start)
    return groups


def _preposition_before(text: str, start: int) -> str:
    """The glue table's preposition right before ``start`` ('' if none)."""
    words = fold_name(text[max(0, start - 16) : start]).split()
    return words[-1] if words and words[-1] in _glue().get("preposition", ()) else ""


def _same_preposition(opener: str, gap: str) -> bool:
    """Whether a gap's preposition, if it has one, is the list's own (``opener``)."""
    glue = _glue()
    prepositions = glue.get("preposition", ())
    folded = f" {fold_name(gap)} "
    for hedge in glue.get("hedge", ()):
        folded = folded.replace(f" {hedge} ", " ")  # "and, to a lesser extent, Africa": no preposition of the list
    found = [word for word in folded.split() if word in prepositions]
    return not found or not opener or found[0] == opener


# --- proper names ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _local_heads() -> frozenset[str]:
    """Heads of bodies every town has (the institution table's ``local`` column)."""
    return frozenset(row["lemma"] for row in lexicon("institution") if row.get("local") == "yes")


@lru_cache(maxsize=1)
def _civil_heads() -> frozenset[str]:
    """Heads that class a civil body ("association", "coalition", "network": the institution table's
    ``classifier`` column, less the state's kinds)."""
    return frozenset(row["lemma"] for row in lexicon("institution") if row.get("classifier") == "yes" and row.get("org_type") != "government")


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """The name-word table by role: segment and join linkers, openers."""
    roles: dict[str, set[str]] = {}
    for row in lexicon("name_words"):
        roles.setdefault(row["role"], set()).add(row["lemma"].lower())
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """Whether a word is an English dictionary word (lemminflect knows it).

    Place and person names mostly are not ("Guangxi", "Sompop"), so a
    capitalized word that is not one is a proper name wherever it stands.

    >>> is_dictionary_word("Foundation"), is_dictionary_word("Guangxi")
    (True, False)
    """
    from lemminflect import getAllLemmas

    word = word.lower().strip("’'")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return bool(getAllLemmas(word)) or bool(getAllLemmas(word.rstrip("s")) if len(word) > 3 else False)


#: Words after which a capitalized verb form opens a name ("the director of
#: Challenging Heights", "funded by Living Water"), not a clause.
_NAME_INTRODUCERS = frozenset({"of", "the", "by", "with", "from", "at"})


@lru_cache(maxsize=4096)
def inflected_verb(word: str) -> bool:
    """A verb's past or -ing form and nothing else ("Announced", "Working"), never a name's first word."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return set(lemmas) == {"VERB"} and lemmas["VERB"][0] != word.lower()


@lru_cache(maxsize=4096)
def present_verb(word: str) -> bool:
    """A verb's -s form ("Supports", "Trains", "Provides"), which opens a clause, not a name, before "the".

    >>> present_verb("Supports"), present_verb("Friends"), present_verb("Save")
    (True, False, False)
    """
    from lemminflect import getAllLemmas

    lower = word.lower()
    verb = getAllLemmas(lower).get("VERB")
    return lower.endswith("s") and bool(verb) and verb[0] != lower


#: Endings of nouns for people ("seafarer", "refugee", "migrant", "fisherman", "activist").
_PEOPLE_ENDINGS = ("er", "or", "ee", "ant", "ent", "man", "ist", "ian")


@lru_cache(maxsize=4096)
def _plural_people(word: str) -> bool:
    """Whether a word is an English plural noun for people ("Seafarers", "Fishermen"; not
    "Hanoi", "Provinces", "Justice").

    >>> [_plural_people(w) for w in ("Seafarers", "Fishermen", "Refugees", "Provinces", "Hanoi")]
    [True, True, True, False, False]
    """
    from lemminflect import getAllLemmas

    lower = word.lower()
    lemmas = getAllLemmas(lower).get("NOUN", ())
    return any(lemma != lower and lemma.endswith(_PEOPLE_ENDINGS) for lemma in lemmas)


@lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word.lower())


# A full stop that ends an abbreviation ("U.S.", "S."), not a sentence.
_ABBREVIATION = re.compile(r"(?:\.[A-Z]|\b[A-Z]|\bSt)\.$")
_OPENING = re.compile(r"(?:[.!?:;]|^|\n[ \t]*\n|\)|--|•|\u2022|\b\d{1,2}\.)[\s\"“‘']*$")
_ROLE_SUFFIX = re.compile(r"-(?:based|funded|financed|sponsored|supported|backed|led|run|operated|managed|bound)$", re.IGNORECASE)
#: A final possessive: "UNODC's", "Social Affairs'".
POSSESSIVE_END = re.compile(r"[’'](?:s)?$")
# What no name crosses (compiled once: names are read thousands of times per document).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A French elided article before a capital, inside a name: "Groupe d'Appui aux Rapatriés", "Maison l'Espoir".
_ELIDED_CAPITAL = re.compile(r"[dl][’'][A-ZÀ-Ý]")
# A line that opens with a label: "Implementing agency: ", "Locations: ".
_LABEL_OPENING = re.compile(r"[A-Z][\w &/'’-]{0,40}:[ \t]")
#: A numbered heading line of a few words: "1. Introduction", "2.3 Victim support", "IV. Partners".
_NUMBERED_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4}"
    r"(?<![ \t]of)(?<![ \t]and)(?<![ \t]for)(?<![ \t]the)(?<![ \t]in)[ \t]*"
)
#: A line that opens on a numbered label: "Output 2.2 Safe migration ...", "Activity 3 ...", "Article 5".
#: A short line of a place and a date, under a title: "Vientiane, Lao PDR, 3-4 September 2025".
_DATELINE = re.compile(r"[A-Z][^,\n]{0,30},[^\n]{0,40}\b(?:1[89]|20)\d\d[ \t]*(?=\n|$)")
_NUMBERED_OPENING = re.compile(r"[A-Z][a-z]+[ \t]+\d+(?:\.\d+)*\b")
_BRACKET_OR_STOP = re.compile(r"[();:]")
_BRACKET_COMMA_OR_STOP = re.compile(r"[(),;:]")


#: A participle, an adverb, then "by": "delivered nationally by", "funded jointly by".
_ADVERBED_BY = re.compile(r"\b([a-z]+)[ \t]+[a-z]+ly[ \t]+by\b")
#: A role verb, a time, "by": "implemented from 2021 to 2024 by", "run since 2015 by".
_TIMED_BY = re.compile(
    r"\b([a-z]+)[ \t]+(?:from|in|since|between|during)[ \t]+\d{4}(?:[ \t]*[–-][ \t]*\d{2,4}|[ \t]+(?:to|and|until)[ \t]+\d{4})?[ \t]+by\b"
)
#: What ends every match of _ADVERBED_BY and of _TIMED_BY: searched for first, as they open with a word boundary
#: and a word, which the engine tries at every position of a clause (most clauses hold " by", few these).
_ADVERB_BY = re.compile(r"ly[ \t]+by\b")
_YEAR_BY = re.compile(r"\d[ \t]+by\b")


@lru_cache(maxsize=1)
def _role_by_phrase() -> dict[str, str]:
    return {row["lemma"]: row["role"] for row in lexicon("roles") if row["lemma"].endswith(" by") and row["lemma"].count(" ") == 1}


def adverbed_roles(text: str, start: int = 0, end: int | None = None, *, times: bool = False) -> list[tuple[int, int, str]]:
    """Role phrases of the ``roles`` table with an adverb inside, which the table's fixed phrases miss;
    with ``times``, also those with a time inside (a programme's runner: not "created in 1989 by
    Director X", where the organization stage would take the person for a body).

    >>> adverbed_roles("The program is delivered nationally by the Red Cross and funded jointly by Norway.")
    [(15, 38, 'agent'), (57, 74, 'funder')]
    >>> adverbed_roles("It was implemented from 2021 to 2024 by Caritas.", times=True)
    [(7, 39, 'agent')]
    """
    end = len(text) if end is None else end
    if " by" not in text[start:end]:
        return []
    roles = _role_by_phrase()
    patterns = ((_ADVERBED_BY, _ADVERB_BY), (_TIMED_BY, _YEAR_BY)) if times else ((_ADVERBED_BY, _ADVERB_BY),)
    return sorted(
        (m.start(), m.end(), roles[f"{m.group(1)} by"])
        for pattern, ending in patterns if ending.search(text, start, end)
        for m in pattern.finditer(text, start, end)
        if f"{m.group(1)} by" in roles
    )


def full_stop_at(text: str, position: int) -> bool:
    """Whether a full stop and a space at ``position`` end a sentence, as :meth:`NameReader.name_at`
    reads them (not the stop of "U.S." or "Beth S."): no name goes on past it.

    >>> full_stop_at("sent to Hanoi. Then", 13), full_stop_at("the U.S. Embassy", 7)
    (True, False)
    """
    return text.startswith(". ", position) and not _ABBREVIATION.search(text, max(0, position - 3), position + 1)


def sentence_initial(text: str, position: int) -> bool:
    """Whether ``position`` opens a sentence, a paragraph or a list item.

    >>> text = "1. (U) Police came. Local NGOs met the Police."
    >>> sentence_initial(text, text.index("Police")), sentence_initial(text, text.index("Local"))
    (True, True)
    >>> sentence_initial(text, text.rindex("Police"))
    False
    """
    return bool(_OPENING.search(text, max(0, position - 12), position))


def in_heading(text: str, position: int) -> bool:
    """Whether ``position`` lies on a line that is a heading: no sentence
    mark, and every word of four letters or more capitalized ("NGO and
    International Organization Actors", "SUBJECT LINE IN CAPITALS").

    >>> in_heading("Summary\\nNGO and International Organization Actors\\nIOM met.", 10)
    True
    >>> in_heading("The Ministry of Health met the Hope Foundation in May.", 5)
    False
    """
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    if re.search(r"[.!?;,]\s|[.!?]$", line.strip()) or line.count("|") >= 2:
        return False  # (a table's row: "Fundación Niños del Sol | Guatemala | Prevention in Quetzaltenango")
    words = re.findall(r"[A-Za-z][\w’'-]{3,}", line)
    if not (len(words) >= 2 and all(w[0].isupper() for w in words)):
        return False
    # A letter's signature after its closing ("With gratitude,\nThe Board of the Hope Foundation") signs, it heads nothing.
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    return not (start and _CLOSING_LINE.fullmatch(text, before, start - 1))


#: A letter's closing line, before its signature: "With gratitude,", "Yours sincerely,", "Kind regards,".
_CLOSING_LINE = re.compile(
    r"[ \t]*(?:[Ww]ith (?:gratitude|thanks|best wishes|love)|[Ss]incerely|[Yy]ours (?:sincerely|faithfully|truly)|"
    r"(?:[Bb]est|[Kk]ind|[Ww]arm|[Ww]armest) regards|[Rr]egards|[Ii]n solidarity|[Tt]hank you)[ \t]*,?[ \t]*"
)


#: Heads of a portfolio's name, whose plural possessive ends it ("Ministry of Foreign Affairs' ...").
_PORTFOLIO_HEADS = frozenset({"ministry", "department", "secretariat", "bureau", "office", "directorate"})
#: Words before a noun phrase: "the Trafficking in Persons Unit" opens on its gerund, a noun there.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "new"})
#: Capitalized words that open a sentence and never go on a title-cased name ("Center For Women In ..." has "For", "In").
_SENTENCE_OPENERS = frozenset({"With", "Since", "During", "After", "Before", "According", "Through", "Under", "Together", "Following"})
#: Linkers of Spanish, French and Portuguese names, whose head comes first ("Casa del Migrante").
_ROMANCE_LINKERS = frozenset({"de", "del", "des", "du", "da", "do", "das", "dos", "al", "aux", "para", "por", "pela", "pelo", "pour", "contre", "contra",
                              "di", "per", "contro", "pentru", "împotriva"})
#: Articles after a Romance linker inside a name ("de la", "de los", "pour les").
_ROMANCE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "el", "a", "as", "os"})
#: Romance "and", after which an article or a linker goes on inside a name ("Trata y la Explotación",
#: "da Vida e dos Direitos Humanos").
_ROMANCE_AND = frozenset({"y", "e", "și", "şi"})


class NameReader:
    """Proper names in text: their extent, their words and their head.

    A name is a run of capitalized words joined by linkers ("Ministry of
    Justice", "Center For Women In Difficult Circumstances", "the State
    Commission against Trafficking in Persons"), across line breaks, with
    comma lists inside an "of" part ("Department of Labor, Invalids and
    Social Affairs"). Its head is the last word of its first part (before
    the first segment linker): "Commission", "Center", "Department"; a head
    of several words ("Consulate General") is found through ``heads``.

    Parameters
    ----------
    heads : iterable of str
        Lexicon names whose entries are head nouns (see :func:`lexicon`),
        e.g. ``["institution", "not_org"]``.

    Examples
    --------
    >>> reader = NameReader(["institution", "not_org"])
    >>> text = "The Mekong Network to End Child Labour (MNECL) runs a hotline."
    >>> name = reader.name_at(text, text.index("Network"))
    >>> text[name.start:name.end], name.head_text, name.head_cue.lexicon
    ('Mekong Network to End Child Labour', 'Network', 'institution')
    """

    def __init__(self, heads: Iterable[str]):
        self.scanner = CueScanner(heads)
        words = _name_words()
        self.segment = words.get("segment", frozenset())
        self.join = words.get("join", frozenset())
        self.openers = words.get("opener", frozenset())
        self.office_titles = words.get("office", frozenset())
        self.articles = words.get("article", frozenset())
        self._window_opens_line = True  # whether the text read now opens a line (see name_at)
        self._memo: dict = {}

    # -- words --------------------------------------------------------------

    def is_name_word(self, token: Token) -> bool:
        """A capitalized word that may be part of a name (not "Hanoi-based")."""
        return self._name_text(token.text)

    def is_linker(self, token: Token) -> bool:
        return self._linker_text(token.text)

    def head_cues(self, words: Sequence[str]) -> tuple[int, list[Cue]]:
        """The head entries of a run of words: (how many words, entries), longest first."""
        for size in (3, 2, 1):
            if len(words) >= size:
                cues = self.scanner.cues_of(" ".join(words[-size:]))
                if cues:
                    return size, cues
        return 0, []

    def _head_first(self, token: Token) -> bool:
        """Whether a word is a head that opens its name, with no part of speech in the table ("Yayasan", "Fundación")."""
        return any(cue.lexicon == self.scanner.lexicons[0] and not cue.pos for cue in self.scanner.cues_of(token.text))

    def is_head(self, token: Token) -> bool:
        """Whether a word is a head noun of the first lexicon ("Foundation", "Police")."""
        return any(cue.lexicon == self.scanner.lexicons[0] for cue in self.scanner.cues_of(token.text))

    def _local_head(self, token: Token) -> bool:
        """Whether a word is the head of a body every town has ("Police", "Department": the
        institution table's ``local`` column)."""
        return any(cue.lexicon == "institution" and cue.lemma in _local_heads() for cue in self.scanner.cues_of(token.text))

    def _work_head(self, token: Token) -> bool:
        """Whether a word is the head of a work's name ("Initiative", "Project", "Campaign"), which
        a body's name may end in too ("Pathfinders Justice Initiative")."""
        return any(cue.lexicon == "not_org" and cue.role == "programme" for cue in self.scanner.cues_of(token.text))

    def _possessor(self, token: Token, following: Token | None = None) -> bool:
        """ "UNODC's project", "the Ministry's Department", "Ghana's Human Trafficking
        Secretariat": a possessive that ends a name (a country's names its body's country)."""
        text = token.text
        if not POSSESSIVE_END.search(text) or len(text) < 3:
            return False
        from progmap.actors.vocabulary import country_of  # the vocabulary reads its tables through this module

        stem = POSSESSIVE_END.sub("", text)
        if text.endswith(("s'", "s’")) and not stem.isupper():
            # a plural possessive ends a name only after a body's head: "the Ministries' ...", not
            # "Centre for Human Trafficking Victims' Protection", "Expatriates' Welfare"
            return any(cue.lexicon == self.scanner.lexicons[0] for cue in self.scanner.cues_of(stem))
        if stem.lower() in self.office_titles and following is not None and self.is_head(following):
            return False  # "the Mayor's Office", "Risaralda Governor's Office": a local title's office is one name
            # (but "the Office of the Governor's Child Sex Trafficking Team" is the office's team)
        return stem.isupper() or bool(self.scanner.cues_of(stem)) or country_of(stem) is not None

    def _not_a_body(self, token: Token, alone: bool) -> bool:
        """Whether a word is a head that never names a body: a document's, an event's or a plan's
        ("Joint Statement", "Twelfth Meeting"), or, ``alone``, a person's ("Staff", "Director";
        the not-organization table). Words before a person's title make a body's name of it
        ("Pacific Islands Chiefs of Police")."""
        roles = ("document", "event", "plan", "person") if alone else ("document", "event", "plan")
        cues = self.scanner.cues_of(POSSESSIVE_END.sub("", token.text))
        return bool(cues) and all(c.lexicon != self.scanner.lexicons[0] and c.role in roles for c in cues)

    def _owned(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the capitalized words from ``tokens[k]`` on, after a plural possessive, hold a head,
        a title or another table's word: a thing owned ("Affairs' Anti-Trafficking Coordinator"),
        not more of a portfolio ("Expatriates' Welfare and Overseas Employment")."""
        m = k
        while m < len(tokens) and self.is_name_word(tokens[m]):
            if any(self.scanner.cues_of(word) for word in re.split(r"[-\s]+", tokens[m].text) if word):
                return True
            m += 1
        return m == k

    # -- extent -------------------------------------------------------------

    def _joins(self, linker: Token, chunk: Sequence[Token], right: Token, in_segment: bool, the: bool, right_headed: bool) -> bool:
        """Whether a linker joins the name so far (``chunk``) to the word after it.

        ``the`` says a "the" stands between; ``right_headed`` that the
        capitalized words after the linker end in a head of their own.
        """
        lower = linker.lower
        left = chunk[-1]
        if right.lower in self.openers and right.lower not in self.segment | self.join:
            return False  # "the Center on April 23"
        if linker.text[:1].isupper():
            return True  # Title Case: "Center For Women In Difficult Circumstances"
        if lower in ("of", "for", "at", "with") and self._head_first(right) and not any(self.is_head(t) for t in chunk):
            return False  # "Staff of Fundación Luna Nueva": a head-first name opens after the linker
        if lower == "to":
            # "Network to End Child Labour", "Mission to Seafarers" (whom it serves), not "Police to Hanoi"
            return _is_verb(right.text) or _plural_people(right.text)
        if lower == "in":
            # "Trafficking in Persons", not "the Police in Hanoi", "the Project in Bangkok"
            # or "the Consulate General in Guangzhou"
            _, cues = self.head_cues([t.text for t in chunk])
            words = [t for t in chunk if t.lower != "the"]
            if len(words) > 1 and self.is_head(words[0]) and (words[1].lower in _ROMANCE_LINKERS or self._head_first(words[0])):
                return False  # a head-first name ("Casa del Migrante in Tapachula", "Yayasan Pulih in Jakarta"): "in" says where it is
            if words and any(t.lower in _civil_heads() for t in words[:1]) and any(t.lower in ("for", "of") for t in words) \
                    and self._country_named(right):
                return True  # "the Association for Civil Rights in Israel": a civil body's cause, then the country it works in
            if not right_headed and not right.text.isupper() and not is_dictionary_word(right.text):
                return False  # "the Centre for Protection of Victims in Chisinau": a proper name after "in" says where it is
            return not left.text.isupper() and not any(
                cue.lexicon == self.scanner.lexicons[0] or cue.role in ("programme", "place", "event") for cue in cues
            )
        if lower in ("and", "&", "et") or lower in _ROMANCE_AND:
            if (the and lower not in _ROMANCE_AND) or (right.text.isupper() and len(right.text) > 1) or self.is_head(right):
                return False  # "UNICEF and IOM", "the Ministry of Justice and the Ministry of Health"
            if POSSESSIVE_END.search(right.text) and self._possessor(right):
                return False  # "Kituo cha Sheria and Tanzania's KIWOHEDE": the possessive opens another name
            if not in_segment and self.is_head(left) and not right_headed:
                return False  # "the Child Protection Society and Childline 1098": a name ends at its head
            if not in_segment and not right_headed and len(chunk) > 1 and self._work_head(left):
                return False  # "run by Harbour Light Initiative and Sunrise Renaissance": so does a work's head
            bare = [t for t in chunk if t.lower != "the"]
            if right_headed and not in_segment and len(bare) == 1 and bare[0].text.istitle() and self._local_head(bare[0]):
                return True  # "the Police and Border Guard Board": a local body's head alone names none; it shares the head after it
            if not in_segment and right_headed and len(chunk) > 1 and not self.is_head(left) and _plural_people(left.text) \
                    and any(self.is_head(t) for t in chunk[:-1]):
                return True  # "the National Police Women and Children Protection Center": a body's unit, named by whom it protects
            # Inside an "of" part words are coordinated ("of Women and Children");
            # a part with no head joins the headed part after it ("Development
            # and Education Programme"); two heads make two names ("Ministry of
            # Health and Village Help International").
            return not right_headed or (not in_segment and not any(self.is_head(t) for t in chunk))
        return True

    @staticmethod
    def _country_named(token: Token) -> bool:
        """Whether a word is a country's name ("Israel", not "Haifa")."""
        from progmap.actors.vocabulary import country_of  # the vocabulary reads its tables through this module

        return token.text[:1].isupper() and country_of(token.text) is not None

    def _headed_run(self, tokens: Sequence[Token], m: int, text: str = "") -> bool:
        """Whether the capitalized words from ``tokens[m]`` on end in a head of their own (on
        their line: a head opening the next line opens another name, see :meth:`_forward`)."""
        first = m
        while m < len(tokens) and self.is_name_word(tokens[m]):
            if m > first and text and "\n" in text[tokens[m - 1].end : tokens[m].start]:
                return False
            if self.is_head(tokens[m]):
                return True
            m += 1
        return False

    def _portfolio_run(self, tokens: Sequence[Token], m: int) -> bool:
        """Whether the capitalized words from ``tokens[m]`` end in a plural head: more of a
        portfolio ("Department of Health and Human Services"), not a body of its own."""
        while m < len(tokens) and self.is_name_word(tokens[m]):
            if self.is_head(tokens[m]):
                word = tokens[m].text
                return word.endswith("s") and not word.endswith("ss") and self.is_head(Token(word[:-1], 0, 0))
            m += 1
        return False

    def _title_line(self, tokens: Sequence[Token], i: int, k: int, text: str) -> bool:
        """Whether the words ``tokens[i:k]`` are a whole short line (a title, not a wrapped line of
        prose) holding a head, or before a line holding one, so that the line break before
        ``tokens[k]`` ends the name."""
        line_start = text.rfind("\n", 0, tokens[i].start) + 1
        if text[line_start : tokens[i].start].strip() not in ("", "The", "the") or tokens[k - 1].end - line_start > 50:
            return False
        if any(self.is_head(t) for t in tokens[i:k]):
            return True
        # "Public Announcement\nIndonesian Migrant Workers Protection Agency": a title with no head, then a headed line
        if not line_start and not self._window_opens_line:
            return False  # ("... border.  The Chinese\nGovernment": a window cut at a sentence, not a line)
        line_end = text.find("\n", tokens[k].start)
        line_end = len(text) if line_end < 0 else line_end
        return self.is_name_word(tokens[k]) and any(self.is_head(t) for t in tokens[k:] if t.end <= line_end)

    def _comma_list(self, tokens: Sequence[Token], k: int, text: str = "") -> int:
        """End index of a comma list inside an "of" part starting at the comma ``tokens[k]``, or -1.

        "of Labor, Invalids and Social Affairs": capitalized words, commas and
        a closing "and"; no acronym or head noun among them.
        """
        m, saw_and = k, False
        last = -1
        the_after_and = False  # "..., and the Vanuatu Maritime Safety Authority": an article opens another body
        while m < len(tokens):
            token = tokens[m]
            if token.text == "," or token.lower == "and" or token.lower in _ROMANCE_AND:
                saw_and = saw_and or token.lower == "and" or token.lower in _ROMANCE_AND  # ("de Niñas, Niños y Adolescentes")
                m += 1
                if saw_and and m + 1 < len(tokens) and tokens[m].lower == "the" and self.is_name_word(tokens[m + 1]) \
                        and not self.is_head(tokens[m + 1]):
                    m += 1  # "of Women, Children and the Family"
                    the_after_and = True
                continue
            if not self.is_name_word(token) or (token.text.isupper() and len(token.text) > 1) or self.is_head(token):
                break
            last = m
            if saw_and:
                # the "and" part: its words run on to the next non-name word
                while m + 1 < len(tokens) and self.is_name_word(tokens[m + 1]) and not self.is_head(tokens[m + 1]) \
                        and not _BLANK_LINE.search(text, tokens[m].end, tokens[m + 1].start) \
                        and not ("\n" in text[tokens[m].end : tokens[m + 1].start] and _LABEL_OPENING.match(text, tokens[m + 1].start)):
                    m += 1  # (to the end of its line where the next opens on a label: "...and the Family\nFunded by: ...")
                if the_after_and and m + 1 < len(tokens) and self.is_head(tokens[m + 1]) and not _BLANK_LINE.search(text, tokens[m].end, tokens[m + 1].start):
                    return -1  # "of Taiwan, and the Vanuatu Maritime Safety Authority": a body of its own, no more of the portfolio
                return m
            m += 1
        return -1 if not saw_and else last

    @staticmethod
    def _broken(text: str, left: Token, right: Token) -> bool:
        """Brackets, semicolons or colons between two tokens."""
        return bool(_BRACKET_OR_STOP.search(text, left.end, right.start))

    def _forward(self, tokens: Sequence[Token], i: int, text: str) -> int:
        """Index of the last word of the name that starts with the name word ``tokens[i]``."""
        last = i
        in_segment = listed = False
        k = i + 1
        while k < len(tokens):
            token = tokens[k]
            previous = tokens[k - 1]
            gap = text[previous.end : token.start]
            if _BLANK_LINE.search(gap) and not self.is_linker(previous):
                break
            if self._possessor(previous, token) or _BRACKET_COMMA_OR_STOP.search(gap):
                break
            if in_segment and previous.text.endswith(("s'", "s’")) and tokens[i].lower in _PORTFOLIO_HEADS and self._owned(tokens, k):
                break  # "the Ministry of Internal Affairs' Anti-Trafficking Coordinator": the ministry's post
                # (but "the Ministry of Expatriates' Welfare and Overseas Employment" goes on: a portfolio's words)
            if token.text == "The" and not self.is_linker(previous):
                break  # "Prosecution\nThe Government": a heading, then a sentence
            if "\n" in gap and not self.is_linker(previous) and _DATELINE.match(text, token.start):
                break  # "Twelfth Meeting of the SOMTC Working Group\nVientiane, Lao PDR, 3-4 September 2025": the dateline under a title
            if "\n" in gap and (_LABEL_OPENING.match(text, token.start)
                                 or not self.is_linker(previous) and _NUMBERED_OPENING.match(text, token.start)):
                break  # "Donor: Mercy Foundation\nImplementing agency: ...", "... by JSMP\nOutput 2.2 ...": the next line's label
            if "\n" in gap and in_segment and self.is_name_word(previous) and not self.is_linker(previous) and self.is_head(token):
                break  # "Directorate of Information and Public Relations\nGovernment of Jharkhand": two headed lines
            if "\n" in gap and token.text in _SENTENCE_OPENERS and not self.is_linker(previous) \
                    and len(text[text.rfind("\n", 0, previous.start) + 1 : previous.end].split()) <= 3:
                break  # "5. Repatriation\nWith the National ...": a short heading, then a sentence
            if "\n" in gap and not self.is_linker(previous) and self._title_line(tokens, i, k, text):
                break  # "Global Fund for Children\nGrants awarded in 2022": a title line that is a whole headed name
            if self.is_name_word(token):
                last = k
                k += 1
                continue
            if token.text == "," and in_segment and not listed:
                end = self._comma_list(tokens, k, text)
                listed = True  # "of Commerce, Industry and Tourism, and Oxfam": one list, closed at its "and"
                if end > k:
                    last = k = end
                    k += 1
                    continue
                break
            if self.is_linker(token) and token.lower != "the":
                m = k + 1
                while m < len(tokens) and (
                    tokens[m].lower == "the" or (token.lower in _ROMANCE_LINKERS and tokens[m].lower in _ROMANCE_ARTICLES)
                    or (token.lower in _ROMANCE_AND and tokens[m].lower in _ROMANCE_ARTICLES | _ROMANCE_LINKERS)
                ) and not self._broken(text, tokens[m - 1], tokens[m]):
                    m += 1  # "Save the Children", "Maison de la Gare", "Casa de los Niños"
                headed = m < len(tokens) and self._headed_run(tokens, m, text) and not (in_segment and self._portfolio_run(tokens, m))
                if headed and m > k + 1 and last == i and token.lower == "of":
                    break  # "Police of the Phnom Penh Anti-TIP Unit": the unit is the name
                if headed and m > k + 1 and in_segment and token.lower == "of":
                    break  # "Information Centre for Combating Trafficking ... of the Ministry of Interior": the ministry is another body, the centre's parent
                if headed and token.lower == "of" and not in_segment and self._not_a_body(tokens[last], alone=last == i):
                    break  # "Joint Statement of the Interfaith Network", "Staff of Hope Foundation": the body is the name
                if m < len(tokens) and self.is_name_word(tokens[m]) and not _BRACKET_COMMA_OR_STOP.search(text, token.end, tokens[m].start) \
                        and self._joins(token, tokens[i : last + 1], tokens[m], in_segment, m > k + 1, headed):
                    in_segment = in_segment or token.lower in self.segment
                    last = k = m
                    k += 1
                    continue
            elif token.text == "the" and k + 1 < len(tokens) and self.is_name_word(tokens[k + 1]) and tokens[last].text[:1].isupper() \
                    and not tokens[last].text.isupper() and not self._broken(text, token, tokens[k + 1]):
                last = k = k + 1  # "Save the Children"
                k += 1
                continue
            elif token.text in ("a", "à") and k + 1 < len(tokens) and self.is_name_word(tokens[k + 1]) and any(self._head_first(t) for t in tokens[i : last + 1]) \
                    and not self._broken(text, token, tokens[k + 1]):
                last = k = k + 1  # a head-first name's Romance "a": "Fundación Camino a Casa", "Maison à Soi"
                k += 1
                continue
            break
        return last

    def span(self, tokens: Sequence[Token], i: int, text: str) -> tuple[int, int]:
        """Token indices (first, last) of the name holding the name word ``tokens[i]``.

        The run of capitals, linkers and commas around the word is cut into
        names from its left end, so every rule reads left to right.
        """
        begin = i
        while begin > 0:
            token, after = tokens[begin - 1], tokens[begin]
            gap = text[token.end : after.start]
            if (_BLANK_LINE.search(gap) and not self.is_linker(token)) or _BRACKET_OR_STOP.search(gap) or self._possessor(token, after):
                break
            if not (self.is_name_word(token) or self.is_linker(token) or token.text == ","):
                break
            begin -= 1
        first = begin
        while True:
            while first < i and not self.is_name_word(tokens[first]):
                first += 1
            last = self._forward(tokens, first, text)
            if last >= i or first >= i:
                break
            first = last + 1
        # A name opens with neither a linker, an opener ("In", "Since", "The")
        # nor a verb's inflected form ("Announced on the ...", "Supported by ...",
        # a list item's "Supports the Workers' Federation").
        while first < last and (
            tokens[first].lower in self.openers
            or (self.is_linker(tokens[first]) and not (tokens[first].lower in self.articles and tokens[first].text[:1].isupper()))
            or (inflected_verb(tokens[first].text) and not (first and tokens[first - 1].lower in _NAME_INTRODUCERS)
                and not ((first and (tokens[first - 1].lower in _DETERMINERS or self._possessor(tokens[first - 1]))  # ("the Police's Trafficking Unit")
                          or (first > 1 and tokens[first - 1].text.islower() and tokens[first - 2].lower in _DETERMINERS))  # ("a dedicated Trafficking in Persons Unit")
                         and tokens[first].text.endswith("ing") and self.is_head(tokens[last])))
            or (tokens[first + 1].text == "the" and present_verb(tokens[first].text))
        ):
            first += 1
        return first, max(last, i)

    def name_at(self, text: str, position: int, window: int = 240) -> Name | None:
        """The proper name holding the word at ``position``, or None."""
        # A name crosses no sentence end, semicolon or bracket: read only that far.
        lo = max(0, position - window)
        for mark in (". ", "; ", "\n\n\n", "(", ")"):
            found = text.rfind(mark, lo, position)
            while found >= 0 and mark == ". " and _ABBREVIATION.search(text, max(0, found - 3), found + 1):
                found = text.rfind(mark, lo, found)  # "U.S. National ...", "Beth S. Paige"
            if found >= 0:
                lo = found + len(mark)
        line_start = text.rfind("\n", 0, lo) + 1
        heading_end = text.find("\n", lo, position)
        if heading_end >= 0 and _NUMBERED_HEADING.fullmatch(text, line_start, heading_end):
            lo = heading_end + 1  # "1. Introduction\nAMSM is a Moroccan association": a numbered heading, then a sentence
        hi = min(len(text), position + window)
        for mark in (". ", "; ", "(", ")"):
            found = text.find(mark, position, hi)
            while found >= 0 and mark == ". " and _ABBREVIATION.search(text, max(0, found - 3), found + 1):
                found = text.find(mark, found + 2, hi)
            if found >= 0:
                hi = found + 1
        # Texts repeat themselves (headers, boilerplate, the same body named
        # in every paragraph): a window read once is not read again.
        cut = lo > 0 and text[lo - 1].isalnum()
        # (whether the window opens a line: a title line is a whole line, not a sentence's end cut off)
        key = (text[lo:hi], position - lo, cut, not lo or text[lo - 1] == "\n")
        if key not in self._memo:
            if len(self._memo) > 50000:
                self._memo.clear()
            self._window_opens_line = key[3]
            self._memo[key] = self._name_in(key[0], key[1], cut)
            self._window_opens_line = True
        found = self._memo[key]
        if found is None:
            return None
        if not lo:
            return found  # offsets into the window are offsets into the text
        # The head is a slice of the words (see make): shift the words once.
        words = tuple([_new_tuple(Token, (t.text, t.start + lo, t.end + lo)) for t in found.words])
        first = next(k for k, t in enumerate(found.words) if t.start == found.head[0].start)  # (a placed head ends before its part does)
        head = words[first : first + len(found.head)]
        return Name(found.start + lo, found.end + lo, words, head, found.head_cues, found.segment_end)

    def lone_word(self, text: str, start: int, end: int) -> bool:
        """Whether the name :meth:`name_at` reads at the word ``text[start:end]`` is that word alone.

        Told from the word's neighbours, without reading the name: no name
        word stands before it (over linkers and commas), and none after it
        (over a linker and "the"). For readers that drop one-word names
        ("the Embassy", "Police said"), which are most candidates: False
        whenever the neighbours do not settle it (then read the name). As
        :meth:`name_at` reads with a window of 120 characters or more.

        >>> reader = NameReader(["institution"])
        >>> text = "the Embassy said so, and the US Embassy in May."
        >>> reader.lone_word(text, 4, 11), reader.lone_word(text, 32, 39)
        (True, False)
        """
        # Tokens read from a white space on are the tokens of the whole text (see tail_tokens).
        if start and not text[start - 1].isspace():
            return False
        word = _TOKEN.match(text, start)
        if word is None or word.end() != end or not self._name_text(word.group()):
            return False
        # Before it: linkers and commas, then a word that is neither (where NameReader.span stops);
        # or an opener the reader leaves out of the name ("An NGO shelter", "The Government"), after such a word.
        before = self._words_before(text, start, start - 100)
        word = next(before, "")  # "": the text's start
        if word and self._name_text(word) and word.lower() in self.openers:
            word = next(before, "")
            if word is None or (word and (word == "," or self._linker_text(word) or self._name_text(word))):
                return False
        else:
            while word and (word == "," or self._linker_text(word)):
                if self._name_text(word):
                    return False  # "The" links and names
                word = next(before, "")
            if word is None or (word and self._name_text(word)):
                return False  # a name word, or the walk went past what can be read
        # After it: a word that does not go on with the name, or a linker (and any "the") before
        # such a word: "NGO and government", "the Department to give" (where NameReader._forward stops).
        position, linked = end, False
        for _ in range(5):
            after = _TOKEN.search(text, position)
            if after is None:
                return True
            if after.end() - start > 100:
                return False  # a window might cut it short
            word = after.group()
            if self._name_text(word):
                return False
            if not self._linker_text(word):
                return True
            if (linked and word.lower() != "the") or word.lower() in _ROMANCE_LINKERS:
                return False  # "de la", "de los": articles the reader skips
            linked = linked or word.lower() != "the"
            position = after.end()
        return False

    @staticmethod
    def _words_before(text: str, start: int, limit: int) -> Iterator[str | None]:
        """The texts of the tokens before ``start``, nearest first, read as asked and from no earlier
        than ``limit``: None when what comes next cannot be told (past the limit, or white space
        other than blanks and line breaks, between which a run's tokens are exact); no more at the
        text's start."""
        at = start
        while True:
            while at > 0 and text[at - 1].isspace():
                at -= 1
            if at == 0:
                return
            # (searched back no further than the limit: a text without tabs would be searched to its start)
            low = max(0, limit - 1)
            blank = max(text.rfind(" ", low, at), text.rfind("\n", low, at), text.rfind("\t", low, at))
            if (blank < 0 and low) or _SPACE_CHAR.search(text, blank + 1, at):
                yield None
                return
            yield from reversed([m.group() for m in _TOKEN.finditer(text, blank + 1, at)])
            at = blank + 1

    @staticmethod
    def _name_text(text: str) -> bool:
        """:meth:`is_name_word` of a token's text."""
        return (text[:1].isupper() or (text[:1].isdigit() and any(c.isalpha() for c in text)) or bool(_ELIDED_CAPITAL.match(text))) \
            and (not _ROLE_SUFFIX.search(text) or (text.endswith("-Based") and is_dictionary_word(text[:-6])))
        # ("Hanoi-based" is where a body sits; "Gender-Based Violence Recovery Centre" is a name)

    def _linker_text(self, text: str) -> bool:
        """:meth:`is_linker` of a token's text."""
        lower = text.lower()
        return lower in self.segment or lower in self.join

    def _name_in(self, window: str, position: int, cut: bool) -> Name | None:
        """:meth:`name_at` on a window of text, offsets into the window."""
        tokens = tokenize(window)
        if tokens and tokens[0].start == 0 and cut:
            tokens = tokens[1:]  # a cut word
        index = next((k for k, t in enumerate(tokens) if t.start <= position < t.end), None)
        if index is None or not self.is_name_word(tokens[index]):
            return None
        first, last = self.span(tokens, index, window)
        if first > index:
            return None
        return self.make(window, tokens[first : last + 1])

    def make(self, text: str, words: Sequence[Token]) -> Name:
        """A :class:`Name` of its words: the head is the last word of the first part."""
        stop = next((k for k, t in enumerate(words) if k and t.lower in self.segment), len(words))
        part = [POSSESSIVE_END.sub("", t.text) for t in words[:stop]]
        size, cues = self.head_cues(part)
        if stop < len(words) and not any(c.lexicon == "institution" for c in cues) and all(
            t.text[:1].isupper() for t in words[stop + 1 :]
        ) and all(t.text[:1].isupper() or (k and self.is_linker(t)) for k, t in enumerate(words[:stop])):  # ("Human Trafficking and Smuggling of Migrants Investigation Directorate")
            # "Counter Trafficking in Persons Secretariat": no body before "in", so the part
            # after it is no place of the name but the rest of it, and holds the head.
            whole = [re.sub(r"[’'](?:s)?$", "", t.text) for t in words]
            whole_size, whole_cues = self.head_cues(whole)
            if any(c.lexicon == "institution" for c in whole_cues):
                stop, size, cues = len(words), whole_size, whole_cues
        end = stop
        if not any(c.lexicon == "institution" for c in cues):
            end, size, cues = self._placed_head(part, stop, size, cues)
        if not size:
            size = 1
        head = tuple(words[end - size : end])
        return Name(words[0].start, words[-1].end, tuple(words), head, tuple(cues), stop)

    def _placed_head(self, part: list[str], stop: int, size: int, cues: list) -> tuple[int, int, list]:
        """(end, size, cues) of a head followed by its place's name: "Women's Centre Ja-Ela",
        "Justice Centre Hong Kong" are centres. The place is a country's name or words no
        dictionary knows, of one or two words, after a head with words of its own; without
        such a head before it nothing changes."""
        from progmap.actors.vocabulary import country_of  # the vocabulary reads its tables through this module

        for cut in (1, 2):
            if len(part) <= cut + 1:
                break  # ("Embassy Kathmandu", "Mission Thailand": a post named by its place, no body's name)
            place = part[-cut:]
            if not (country_of(" ".join(place)) or all(word[:1].isupper() and not word.isupper() and not is_dictionary_word(word) for word in place)):
                # (not "Regional Office VI", "Unit B": a number or a code in capitals is no place)
                continue
            head_size, head_cues = self.head_cues(part[:-cut])
            if any(c.lexicon == "institution" and c.pos for c in head_cues):  # (not a head that opens its name: "Fundación Sobrevivientes")
                return stop - cut, head_size, head_cues
        return stop, size, cues


@lru_cache(maxsize=None)
def name_reader(heads: tuple[str, ...]) -> NameReader:
    """One :class:`NameReader` per set of head lexicons, shared by the stages that read names:
    a reader keeps the names it read (:meth:`NameReader.name_at`), and the
    organization and programme stages read the same sentences of a document.

    >>> name_reader(("institution", "not_org")) is name_reader(("institution", "not_org"))
    True
    """
    return NameReader(list(heads))


@dataclass(frozen=True)
class Name:
    """A proper name in a text (see :class:`NameReader`).

    Attributes
    ----------
    start, end : int
        Offsets of the name in the text.
    words : tuple of Token
    head : tuple of Token
        The head word(s): the end of the name's first part.
    head_cues : tuple of Cue
        The lexicon entries the head stands for (empty when none).
    segment_end : int
        Number of words in the first part.
    """

    start: int
    end: int
    words: tuple
    head: tuple
    head_cues: tuple
    segment_end: int

    @property
    def head_text(self) -> str:
        return " ".join(t.text for t in self.head)

    @property
    def head_cue(self) -> Cue | None:
        return self.head_cues[0] if self.head_cues else None

    def cue(self, lexicon_name: str) -> Cue | None:
        """The head's entry in one lexicon, if any: the one written as the head is ("Services", not "service")."""
        cues = [c for c in self.head_cues if c.lexicon == lexicon_name]
        return next((c for c in cues if c.lemma == self.head_text.lower()), cues[0] if cues else None)

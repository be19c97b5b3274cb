"""Read documents: files in, decoded text and cable metadata out.

Stage 1 of the pipeline. Every later offset is an offset into
:attr:`Document.text`: the file's text decoded, with line ends made ``\\n``
and NFC-normalized. Cable headers (the classification line, ``SIPDIS``,
``TAGS:``, ``SUBJECT:``, ``REF:``, routing lines, the signature) are
metadata: they are parsed into :attr:`Document.metadata` and left out of
:attr:`Document.narrative`, the spans in which later stages look for places.

>>> doc = Document.from_text("UNCLAS HANOI 000123\\nTAGS: KCRM VM CH\\n\\n1. (U) Women go to China.\\n")
>>> doc.metadata["reference"], doc.metadata["tag_countries"]
('HANOI 000123', ['VNM', 'CHN'])
>>> doc.in_narrative(doc.text.index("TAGS")), doc.in_narrative(doc.text.index("China"))
(False, True)
"""

from __future__ import annotations

import codecs
import csv
import datetime
import fnmatch
import glob
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

import numpy as np

from progmap import settings
from progmap.errors import DocumentError
from progmap.schema import OUTPUT_MARKER

log = logging.getLogger(__name__)

#: File types read when a folder is given (a file named explicitly is read
#: whatever its extension).
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")

#: File types read as PDF and Word documents.
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)

#: Every file type read when a folder is given.
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + DOCX_SUFFIXES

#: File types read as HTML pages.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Markdown files are read as their text without markup (see :func:`progmap.sources.formats.markdown_text`).
MARKDOWN_SUFFIXES = (".md", ".markdown")

# How much of a file the binary checks look at: enough to see a file's
# nature, little enough that a 50 MB corpus is not scanned twice.
_SAMPLE = 65536


@dataclass(frozen=True)
class Document:
    """One document's text and what its header says.

    Attributes
    ----------
    doc_id : str
        The file name, made unique within a corpus (see :func:`iter_documents`).
    path : pathlib.Path
        Where it was read from.
    text : str
        Decoded, NFC-normalized text with ``\\n`` line ends; every offset
        used downstream indexes into it.
    metadata : dict
        What the document says about itself (see :func:`read_metadata`);
        a key is present only when known:

        - ``date``: ISO 8601, only from an explicit date (a cable's
          date-time group, a ``Date:``/``Published:`` line, a page's meta);
        - ``title``: a page's title, a ``Title:`` line, or the title line
          that opens a text (``Cablegate: ...``);
        - ``subject``: a cable's SUBJECT (or an e-mail's ``Subject:``);
        - ``author``: who wrote it: a cable's originating post
          (``"Embassy Hanoi"``), a page's site or byline, a SOURCE line's
          writer (``"US Embassy Phnom Penh"``);
        - ``post_country``: ISO alpha-3 of a cable's originating post;
        - ``tags_countries`` (and its older name ``tag_countries``): ISO
          alpha-3 codes of the cable's FIPS 10-4 TAGS;
        - ``subject_country``: the country the metadata says the document
          is about (see :func:`subject_country`);
        - ``source``, ``url``: a scraper's SOURCE and URL lines;
        - for cables also ``classification``, ``reference``
          (``"HANOI 002323"``), ``tags`` (raw tokens), ``refs`` (list) and
          ``signature``.
    narrative : list of (int, int)
        Spans of :attr:`text` that are narrative, the only spans evidence
        is read from: header lines, SOURCE/DATE lines, title lines and page
        furniture are left out.
    headings : list of (int, int)
        Title and subject lines: outside the narrative, but their places
        count as places the document mentions (see :attr:`place_spans`).
    pages : tuple of int
        For a PDF, the offset in :attr:`text` where each page starts (see
        :meth:`page_at`); empty for documents without pages.
    """

    doc_id: str
    path: Path
    text: str = field(repr=False)
    metadata: dict = field(default_factory=dict)
    narrative: list = field(default_factory=list, repr=False)
    headings: list = field(default_factory=list, repr=False)
    pages: tuple = field(default=(), repr=False)

    @classmethod
    def from_text(cls, text: str, doc_id: str = "<text>", path: os.PathLike | None = None) -> Document:
        """Make a document from a string, read as a file's text would be.

        Parameters
        ----------
        text : str
            The text; line ends and Unicode are normalized as for files.
        doc_id : str, optional
        path : path-like, optional
            Defaults to ``doc_id``.
        """
        text = normalize_text(text)
        metadata, narrative, headings = read_metadata(text, doc_id)
        return cls(doc_id, Path(path if path is not None else doc_id), text, metadata, narrative, headings)

    def page_at(self, offsets) -> np.ndarray:
        """The page (from 1) holding each offset; 0 for documents without pages.

        Parameters
        ----------
        offsets : int or array-like of int

        Returns
        -------
        numpy.ndarray of int
            In the shape of ``offsets``.

        Examples
        --------
        >>> doc = Document("a.pdf", Path("a.pdf"), "One.\\nTwo.\\n", pages=(0, 5))
        >>> doc.page_at([0, 5, 9]).tolist()
        [1, 2, 2]
        """
        offsets = np.asarray(offsets, dtype=np.int64)
        if not self.pages:
            return np.zeros(offsets.shape, dtype=np.int64)
        return np.maximum(np.searchsorted(np.asarray(self.pages, dtype=np.int64), offsets, side="right"), 1)

    @cached_property
    def narrative_text(self) -> str:
        """:attr:`text` with everything outside the narrative blanked (line feeds kept).

        For readers that take a whole text, such as organization finding:
        offsets are those of :attr:`text`, and no metadata line (a SOURCE or
        title line, a cable's routing) can be read.
        """
        pieces, cursor = [], 0
        for start, end in self.narrative:
            pieces.append(_BLANK.sub(" ", self.text[cursor:start]))
            pieces.append(self.text[start:end])
            cursor = end
        pieces.append(_BLANK.sub(" ", self.text[cursor:]))
        return "".join(pieces)

    @cached_property
    def place_spans(self) -> list[tuple[int, int]]:
        """Spans read for places: the narrative and the headings (title, subject)."""
        return _merge_spans([*self.narrative, *self.headings])

    @cached_property
    def place_sentences(self) -> np.ndarray:
        """Sentences cut to :attr:`place_spans`: the quotes of place mentions."""
        if not self.headings:
            return self.sentences
        return clip_spans(self.text, sentence_spans(self.text), self.place_spans)

    @property
    def is_cable(self) -> bool:
        """Whether the text was read as a diplomatic cable (it had a cable header)."""
        return "reference" in self.metadata or "tags" in self.metadata or "classification" in self.metadata

    @cached_property
    def _narrative_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        spans = np.asarray(self.narrative, dtype=np.int64).reshape(-1, 2)
        return spans[:, 0], spans[:, 1]

    def in_narrative(self, offset):
        """Whether character offsets fall inside the narrative.

        Parameters
        ----------
        offset : int or array-like of int

        Returns
        -------
        bool or numpy.ndarray of bool
            One answer per offset, in the shape given.
        """
        starts, ends = self._narrative_bounds
        offsets = np.asarray(offset, dtype=np.int64)
        index = np.searchsorted(starts, offsets, side="right") - 1
        inside = (index >= 0) & (offsets < ends[np.maximum(index, 0)] if len(ends) else False)
        return bool(inside) if inside.ndim == 0 else inside

    @cached_property
    def sentences(self) -> np.ndarray:
        """The narrative's sentences: :func:`sentence_spans` cut to :attr:`narrative`."""
        return clip_spans(self.text, sentence_spans(self.text), self.narrative)

    def sentence_at(self, offsets) -> np.ndarray:
        """Index in :attr:`sentences` of the sentence holding each offset."""
        return sentence_at(self.sentences, offsets)


class SkippedDocument(NamedTuple):
    """A path that gave no document, and why: ``(path, reason)``.

    ``reason`` is a one-line message naming the file, as a
    :class:`~progmap.errors.DocumentError` states it.
    """

    path: str
    reason: str


# --- reading files --------------------------------------------------------


def read_bytes(path: os.PathLike) -> bytes:
    """A document file's bytes, or :class:`~progmap.errors.DocumentError` naming the problem."""
    path = Path(path)
    shown = printable_path(path)
    if not path.exists():
        raise DocumentError(f"{shown}: no such file")
    if path.is_dir():
        raise DocumentError(f"{shown}: is a folder, not a document")
    if not path.is_file():
        # A pipe or a device would block or never end.
        raise DocumentError(f"{shown}: not a regular file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be read ({exc.strerror or exc})") from None


def read_document(path: os.PathLike, doc_id: str | None = None, data: bytes | None = None) -> Document:
    """Read one file as a :class:`Document`.

    Parameters
    ----------
    path : path-like
        A text, Markdown or HTML file. ``.html``/``.htm`` files are read as
        their visible text, ``.md`` files without their markup; other
        extensions as plain text.
    doc_id : str, optional
        Id to give it; its file name by default.
    data : bytes, optional
        The file's bytes, already read (by a build that hashed them, or for
        a worker on another machine); the file itself is then not opened.

    Returns
    -------
    Document

    Raises
    ------
    progmap.errors.DocumentError
        One line naming the file and the problem: missing, a folder, empty,
        binary, or not decodable as text.

    Examples
    --------
    >>> doc = read_document("cables/000_dc972c2fe3abccd7.txt")  # doctest: +SKIP
    >>> doc.metadata["reference"]  # doctest: +SKIP
    'HANOI 002323'
    """
    path = Path(path)
    shown = printable_path(path)
    if data is None:
        data = read_bytes(path)
    kind = _binary_kind(path, data)
    extra: dict = {}
    pages: tuple = ()
    if kind:
        from progmap.sources import formats

        read = formats.read_pdf if kind == "pdf" else formats.read_docx
        texts, extra = read(data, shown)
        text, pages = join_pages([normalize_text(t) for t in texts])
        page = False
    else:
        page = _is_html(path, data)
        text = decode_text(data, shown, declared=_declared_charset(data) if page else None)
        if page:
            markup = text
            text, extra = _page_text(markup)
            if len(text) >= _MAIN_TEXT_MIN:
                from progmap.sources import formats

                text = formats.html_main_text(markup) or text
        elif path.suffix.lower() in MARKDOWN_SUFFIXES:
            from progmap.sources import formats

            text = formats.markdown_text(text)
        text = normalize_text(text)
    if not text.strip():
        what = "empty document (the page has no visible text)" if page else "empty document"
        if kind == "pdf":
            what = "empty document (the PDF has no text layer: a scan?)"
        raise DocumentError(f"{shown}: {what}")
    metadata, narrative, headings = read_metadata(text, shown, page=extra)
    pages = pages if len(pages) > 1 or kind == "pdf" else ()
    return Document(doc_id or printable_path(path.name), path, text, metadata, narrative, headings, pages)


_BLANK = re.compile(r"[^\n]")
_ZIP_MAGIC = b"PK\x03\x04"
# Pages with less visible text than this are read whole: there is no
# furniture worth a main-text extractor's time.
_MAIN_TEXT_MIN = 250


def _binary_kind(path: Path, data: bytes) -> str | None:
    """``"pdf"`` or ``"docx"`` for files to read with a document library, else None.

    A file named ``.pdf`` or ``.docx`` that is not one is an error, so that
    it is listed in ``skipped.csv`` with its reason.
    """
    suffix = path.suffix.lower()
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_ZIP_MAGIC) and (suffix in DOCX_SUFFIXES or b"word/document.xml" in data[:65536]):
        return "docx"
    if suffix in PDF_SUFFIXES:
        raise DocumentError(f"{printable_path(path)}: not a PDF file (it does not start with %PDF-)")
    if suffix in DOCX_SUFFIXES:
        raise DocumentError(f"{printable_path(path)}: not a Word document (.docx files are zip archives)")
    return None


def join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """Join page texts into one text, and say where each page starts.

    A page whose last line ends a sentence ends a paragraph (a blank line);
    otherwise its sentence runs on onto the next page (a line break).

    >>> join_pages(["Women go\\nto China.", "Men go to", "Laos."])
    ('Women go\\nto China.\\n\\nMen go to\\nLaos.', (0, 20, 30))
    """
    parts, starts, cursor = [], [], 0
    for number, page in enumerate(pages):
        page = page.strip("\n")
        if number:
            joint = "\n\n" if parts[-1].rstrip()[-1:] in ".!?:;\"”)" else "\n"
            parts.append(joint)
            cursor += len(joint)
        starts.append(cursor)
        parts.append(page)
        cursor += len(page)
    return "".join(parts), tuple(starts)


_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# C0 controls but tab, line feed, vertical tab, form feed and carriage
# return; DEL; C1 controls (what stray bytes 0x80-0x9F decode to).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_C0_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def decode_text(data: bytes, path: os.PathLike | str = "<bytes>", declared: str | None = None) -> str:
    """Decode a file's bytes as text.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); then UTF-16 without a
    mark is recognized from its zero bytes; then strict UTF-8; then the
    encoding an HTML page declares; then Windows-1252, the encoding of
    legacy Windows files.

    Parameters
    ----------
    data : bytes
    path : path-like or str
        Named in error messages.
    declared : str, optional
        An encoding the file itself names (an HTML ``charset``).

    Returns
    -------
    str
        The text, not yet normalized (see :func:`normalize_text`).

    Raises
    ------
    progmap.errors.DocumentError
        For empty, binary or undecodable data.
    """
    if not data.strip():
        raise DocumentError(f"{path}: empty document")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), path)
            except UnicodeDecodeError as exc:
                message = f"starts with a {label} byte-order mark but byte {exc.start} is not valid {label}"
                raise DocumentError(f"{path}: {message}") from None
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return _check_text(data.decode(wide), path)
        except UnicodeDecodeError:
            raise DocumentError(f"{path}: binary file, not text") from None
    if b"\x00" in data[:_SAMPLE]:
        raise DocumentError(f"{path}: binary file, not text (it holds NUL bytes)")
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            return _check_text(data.decode(declared), path)
        except (UnicodeDecodeError, LookupError):
            pass
    return _check_text(_decode_legacy(data, path, utf8_error), path)


def _decode_legacy(data: bytes, path, utf8_error: UnicodeDecodeError) -> str:
    """Windows-1252, if the bytes look like it; an error if they do not."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D mean nothing in Windows-1252:
        # binary data or another encoding.
        text = None
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_utf8 = sum(map(len, _UTF8_SEQUENCE.findall(data)))
    if in_utf8 * 2 >= high:
        # Mostly valid UTF-8: decoding it as Windows-1252 would garble every
        # accented letter ("Ã©"), so say where it breaks instead.
        byte = data[utf8_error.start]
        raise DocumentError(f"{path}: not valid UTF-8 (byte 0x{byte:02x} at offset {utf8_error.start})")
    # Binary data is full of C0 controls; text in another encoding is not
    # (its bytes 0x80-0x9F are letters there, not controls).
    if _looks_binary(text if text is not None else data[:_SAMPLE].decode("latin-1"), c1=text is not None):
        raise DocumentError(f"{path}: binary file, not text")
    in_runs = sum(map(len, _HIGH_RUN.findall(data)))
    if text is None or (in_runs >= 12 and in_runs * 2 > high):
        # Windows-1252 text has lone accented letters and quotes; long runs
        # of high bytes are a multi-byte encoding (GB2312, Shift-JIS, ...).
        raise DocumentError(f"{path}: not UTF-8 or Windows-1252 text (save it as UTF-8)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` if the bytes are UTF-16 without a mark, else None.

    Mostly-ASCII UTF-16 has a zero in every other byte; binary data does not
    keep to one side.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str, c1: bool = True) -> bool:
    sample = text[:_SAMPLE].rstrip("\x1a")  # DOS end-of-file mark
    controls = len((_CONTROL if c1 else _C0_CONTROL).findall(sample))
    return controls > 2 and controls * 100 > len(sample)


def _check_text(text: str, path) -> str:
    if _looks_binary(text):
        raise DocumentError(f"{path}: binary file, not text")
    return text


# "\r\n?" or another line break, written as one class first (the engine then jumps from one of
# its characters to the next instead of trying each offset) and a line feed after a carriage return.
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029](?:(?<=\r)\n)?")


def normalize_text(text: str) -> str:
    """Make a decoded text the text offsets index into.

    Line ends become ``\\n`` (also form feeds and Unicode line separators);
    stray control characters become spaces (later stages join documents
    with NUL separators); the text is NFC-normalized so a name reads the
    same whether its accents were composed or not.

    >>> normalize_text("Ha\\u0300 No\\u0323\\u0302i\\r\\n")
    'Hà Nội\\n'
    """
    text = text.lstrip("\ufeff").rstrip("\x1a")
    text = _LINE_BREAKS.sub("\n", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if "-\n" in text:
        text = _mend_broken_words(text)
    return unicodedata.normalize("NFC", text)


#: A word broken at a line's end, as text taken from a PDF has: "traf-\nficked", "Cam-\nbodia".
_BROKEN_WORD = re.compile(r"\b([A-Za-z]*[a-z])-\n[ \t]*([a-z][a-z]*)\b")


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _mend_broken_words(text: str) -> str:
    """``text`` with every :data:`_BROKEN_WORD` mended: what ``_BROKEN_WORD.sub(_mend_broken_word, text)`` gives.

    The pattern opens with a word of any length, so a ``sub`` over the whole
    text tries it at every letter, and a build reads each document twice
    (its date, then the rest). A match always holds a line's closing hyphen,
    and can only start where the run of ASCII letters before that hyphen
    starts (the pattern's ``\\b`` fails inside the run): the pattern is tried
    there alone.

    >>> _mend_broken_words("traf-\\nficked to Cam-\\nbodia, the cross-\\nborder, 2-\\nday, é-\\nx")
    'trafficked to Cambodia, the cross-border, 2-\\nday, é-\\nx'
    """
    pieces, done = [], 0
    hyphen = text.find("-\n")
    while hyphen >= 0:
        start = hyphen
        while start > done and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        # (the pattern's \b looks at the character before ``start``, as it would in a sub over the whole text)
        match = _BROKEN_WORD.match(text, start) if start < hyphen else None
        if match is None:
            hyphen = text.find("-\n", hyphen + 1)
            continue
        pieces += [text[done:start], _mend_broken_word(match)]
        done = match.end()
        hyphen = text.find("-\n", done)
    pieces.append(text[done:])
    return "".join(pieces)


def _mend_broken_word(match: re.Match) -> str:
    """One word again ("trafficked"), or a compound on one line ("cross-border", "anti-trafficking").

    >>> _BROKEN_WORD.sub(_mend_broken_word, "are traf-\\nficked to Cam-\\nbodia across the cross-\\nborder")
    'are trafficked to Cambodia across the cross-border'
    """
    left, right = match.group(1), match.group(2)
    joined = left + right
    # A syllable break leaves halves that are no words; a compound's halves are words of their own.
    if _dictionary_word(joined) or not (_dictionary_word(left) and _dictionary_word(right)):
        return joined
    return f"{left}-{right}"


@lru_cache(maxsize=8192)
def _dictionary_word(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


# --- HTML -------------------------------------------------------------------

_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def _is_html(path: Path, data: bytes) -> bool:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return True
    if suffix in TEXT_SUFFIXES:
        return False
    # A saved page without an .html name (page.php, index.aspx, no suffix).
    return bool(_HTML_START.match(data[:1024]))


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    # Browsers read pages labelled Latin-1 as Windows-1252 (WHATWG encoding).
    name = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


class _PageText(HTMLParser):
    """Collect a page's visible text, with line breaks where blocks end."""

    _BLOCKS = frozenset({
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "tfoot", "thead", "tr", "ul",
    })
    # Navigation and footers are page furniture, never the page's text.
    _HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "nav", "footer"})
    _AUTHORS = frozenset({"author", "dc.creator", "dcterms.creator", "article:author", "byl", "citation_author", "sailthru.author"})
    _SITES = frozenset({"og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "citation_publisher", "publisher"})
    _DATES = frozenset({
        "date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publication_date", "citation_publication_date", "citation_date", "sailthru.date",
    })

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.dates: list[str] = []
        self.authors: list[str] = []
        self.sites: list[str] = []
        self._hidden = 0
        self._pre = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif self._hidden:
            return
        elif tag == "title":
            self._in_title = not self.title
        elif tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("name") or values.get("property") or values.get("itemprop") or "").lower()
            content = " ".join(values.get("content", "").split())
            if content and key in self._DATES:
                self.dates.append(content)
            elif content and key in self._AUTHORS and not content.startswith("http"):
                self.authors.append(content)
            elif content and key in self._SITES:
                self.sites.append(content)
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            # A list item reads like a cable's "-- " item: its own unit.
            self.parts.append("\n• ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in self._BLOCKS:
            self._pre += tag == "pre"
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCKS:
            self._pre = max(0, self._pre - (tag == "pre"))
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        # <br/>, <meta/>: no end tag to balance.
        if tag not in self._HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            # Outside <pre>, HTML whitespace (source line breaks included)
            # is one space.
            self.parts.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, blocks on their own lines.

    Scripts and styles are dropped, entities unescaped, paragraphs and
    headings separated by blank lines, list items put on lines of their own
    starting with ``• ``.

    >>> html_to_text("<p>Work in Lang Son &amp; Cao Bang.</p><script>x()</script><ul><li>IOM</li></ul>")
    'Work in Lang Son & Cao Bang.\\n\\n• IOM\\n'
    """
    return _page_text(markup)[0]


def _page_text(markup: str) -> tuple[str, dict]:
    parser = _PageText()
    parser.feed(markup)
    parser.close()
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    info: dict = {}
    title = " ".join("".join(parser.title).split())
    if title:
        info["title"] = title
    for value in parser.dates:
        date = parse_date(value)
        if date:
            info["date"] = date
            break
    if parser.sites:
        info["site"] = parser.sites[0]
    if parser.authors or parser.sites:
        info["author"] = (parser.authors or parser.sites)[0]
    return (text + "\n" if text.strip() else ""), info


# --- cable headers ----------------------------------------------------------


@lru_cache(maxsize=1)
def fips_countries() -> dict[str, str]:
    """FIPS 10-4 country codes (as in cable TAGS) to ISO 3166-1 alpha-3.

    Read from ``fips_countries.csv`` in :func:`progmap.settings.geodata_dir`,
    or the bundled table when a replacement folder lacks it.

    >>> fips_countries()["VM"], fips_countries()["BM"], fips_countries()["UK"]
    ('VNM', 'MMR', 'GBR')
    """
    for folder in (settings.geodata_dir(), settings.bundled_geodata_dir()):
        table = folder / "fips_countries.csv"
        if table.exists():
            with open(table, encoding="utf-8", newline="") as handle:
                return {row["fips"].strip().upper(): row["iso3"].strip().upper() for row in csv.DictReader(handle)}
    return {}


# Classification lines are one line: [ \t], never \s, between their words.
_LEVEL = (
    r"(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|(?:TOP[ \t]+)?SECRET|LIMITED[ \t]+OFFICIAL[ \t]+USE"
    r"|C[ \t]O[ \t]N[ \t]F[ \t]I[ \t]D[ \t]E[ \t]N[ \t]T[ \t]I[ \t]A[ \t]L|S[ \t]E[ \t]C[ \t]R[ \t]E[ \t]T"
    r"|U[ \t]N[ \t]C[ \t]L[ \t]A[ \t]S)\b"
)
_HANDLING = r"(?:E[ \t]?F[ \t]?T[ \t]?O|NOFORN|NODIS|EXDIS|LIMDIS|SIPDIS|STADIS|ROGER|SENSITIVE|SBU|FOUO|NOCONTRACT)\b"
_SECTION_AND_POST = (
    r"(?:(?:[ \t]+|[ \t]*//?[ \t]*)" + _HANDLING + r")*"
    r"(?:[ \t]+SECTION[ \t]+(?P<section>\d+[ \t]+OF[ \t]+\d+))?"
    r"(?:[ \t]+(?P<post>[A-Z][A-Z.'/-]*(?:[ \t][A-Z][A-Z.'/-]*){0,4}?)[ \t]+(?P<number>\d{2,7})\b"
    r"(?:[ \t]+\d+[ \t]+OF[ \t]+\d+)?(?:[ \t]+\d{6}Z)?)"
)
# "UNCLAS SECTION 01 OF 03 HANOI 002323", "CONFIDENTIAL BANGKOK 001234",
# "C O N F I D E N T I A L SECTION 02 OF 04 RANGOON 000567",
# "UNCLAS HANOI 02323 01 OF 03 120304Z" (older page headers); a whole line.
_CLASSIFICATION_LINE = re.compile(rf"(?P<level>{_LEVEL}){_SECTION_AND_POST}?")
# The same naming a post and number, at a line's start or glued after a
# scraper's preface ("...is not available.UNCLAS SECTION 01 OF 03 HANOI").
# (A match opens with a blank or a level's first letter: the lookahead turns the engine away from the
# other offsets of a text's head before it tries the line start and the lookbehind.)
_CLASSIFICATION_REF = re.compile(rf"(?=[ \tUCSTL])(?:^[ \t]*|(?<=[.!?\"”)]))(?P<level>{_LEVEL}){_SECTION_AND_POST}", re.MULTILINE)

# A section's classification line in a cable whose line breaks were stripped.
_FLAT_SECTION = re.compile(rf"(?<=[.!?\"”)][ \t])(?P<level>{_LEVEL}){_SECTION_AND_POST}")

# Lines that are header wherever they stand: multi-section cables repeat
# them at the top of each section.
_ANYWHERE_FIELDS = [
    ("handling", re.compile(rf"{_HANDLING}(?:(?:\s+|\s*//?\s*){_HANDLING})*")),
    ("handling", re.compile(
        r"(?i)(?:sensitive\s+but\s+unclassified|please\s+protect\s+accordingly"
        r"|not\s+for\s+(?:internet|public)\s+distribution)\b.*"
    )),
    ("eo", re.compile(r"(?:E\.?\s?O\.?|EO)\s?\d{5}\s*:.*")),  # not "E.O. 13627 requires..."
    ("tags", re.compile(r"TAGS?\s*:.*")),
    ("subject", re.compile(r"(?i:SUBJ(?:ECT)?)\s*:.*")),
    ("refs", re.compile(r"REF(?:S|TELS?|ERENCES?)?\s*:.*")),
    ("classified_by", re.compile(r"(?i:classified\s+by|derived\s+from|decl(?:assify)?(?:\s+on)?|reasons?)\s*:.*")),
    ("page", re.compile(r"PAGE\s+\d{2,3}\s+[A-Z][A-Z ]*\d+[^a-z]*")),
    # "CHIANG MAI 00000060  001.2 OF 002": later cables' page headers.
    ("page", re.compile(r"[A-Z][A-Z .'-]*\s\d{5,8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}")),
]
# Lines that are header only inside a header block (the top of a cable or
# of a section): telegram routing, all in capitals.
_DTG = re.compile(r"(?:[ORPZ]{1,2})\s+(\d{2})(\d{4})Z\s+([A-Z]{3})\s+(\d{2,4})\b[^a-z]*")
_BLOCK_FIELDS = [
    ("dtg", _DTG),
    ("routing", re.compile(
        r"(?:FM|FROM|TO|INFO|CC|BT|NNNN|ZEN|DE\s+RUE\w*|ACTION|PASS(?:\s+TO)?|AMEMBASSY|AMCONSUL|USMISSION|SECSTATE"
        r"|SECDEF|USDAO|USLO|USINT|USUN|USEU|USNATO|CDR|CJCS|NSC|JOINT\s+STAFF|RUE[A-Z]{2,}\w*|RHE\w+|RHMF\w+)\b[^a-z]*"
    )),
    ("distribution", re.compile(r"(?:[A-Z][A-Z/&.-]*\s+){1,3}FOR\s+[A-Z/][^a-z]*")),
    ("date", re.compile(r"(?i:date|dated|cable\s+date|date\s+of\s+cable|created)\s*:\s*\S.*")),
]
_FROM_POST = re.compile(r"(?:FM|FROM)\s+(AMEMBASSY|AMCONSUL|USMISSION|USUN|SECSTATE|AIT)\b\s*([A-Z][A-Z .'/-]*?)?(?=\s+(?:TO|INFO|BT)\b|\s*$)")
# Header lines that wrap onto the next line (a long subject, a list of
# references or addressees).
_WRAPPING = {"subject", "refs", "tags", "routing", "distribution", "classified_by", "eo"}
_CABLE_MARK = re.compile(
    r"^[ \t]*(?:TAGS?\s*:|(?:E\.?\s?O\.?|EO)\s?\d{5}\s*:|SIPDIS\b|(?:FM|FROM)\s+(?:AMEMBASSY|AMCONSUL|USMISSION|SECSTATE)\b"
    r"|[ORPZ]{1,2}[ \t]+\d{6}Z[ \t]+[A-Z]{3}[ \t]+\d{2,4}\b|PAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z ]*[ \t]\d{3,})",
    re.MULTILINE,
)
# Where a header block may start: a line opening like a header line.
_HEADER_START = re.compile(
    rf"^[ \t]*(?:{_LEVEL}|{_HANDLING}|(?i:sensitive\s+but|please\s+protect|not\s+for\s+(?:internet|public)|classified\s+by)"
    r"|(?:E\.?\s?O\.?|EO)\s?\d{5}\s*:|TAGS?\s*:|(?i:subj(?:ect)?\s*:)|REF(?:S|TELS?|ERENCES?)?\s*:|PAGE\s+\d{2,3}\s"
    r"|[ORPZ]{1,2}\s+\d{6}Z\s|(?:FM|FROM)\s+[A-Z])",
    re.MULTILINE,
)
#: A header line longer than this is no header line: line breaks were
#: stripped, and reading it whole would take the body for header.
MAX_HEADER_LINE = 400
#: How far into a header without line breaks its first paragraph may start.
MAX_FLAT_HEADER = 3000
# A header that leaves less than this share of a text (of more than
# _MIN_SWALLOW_CHECK characters) has swallowed the body.
_MIN_NARRATIVE_SHARE = 0.1
_MIN_SWALLOW_CHECK = 3000
# Where the body starts in a header without line breaks, and the labels
# that open its fields.
_FLAT_BODY = re.compile(
    r"¶[ \t]*\d|(?<!\S)\d{1,2}\.[ \t]+\([A-Z/]{1,8}\)|(?<!\S)(?:BEGIN[ \t]+)?SUMMARY\b|(?<!\S)Summary[:.]"
)
_FLAT_LABEL = re.compile(
    rf"(?<!\S)(?:{_LEVEL}|(?:FM|FROM)\s+(?:AMEMBASSY|AMCONSUL|USMISSION|SECSTATE)\b|TAGS?\s*:|SUBJ(?:ECT)?\s*:|REF(?:S|TELS?|ERENCES?)?\s*:|(?:E\.?\s?O\.?|EO)\s?\d{{5}}\s*:|{_HANDLING}"
    r"|(?i:classified\s+by)\s*:|(?:[A-Z][A-Z/&.-]*\s+){1,3}FOR\s+[A-Z/])"
)
_PARAGRAPH_START = re.compile(r"(?:¶|\d{1,2}\.\s+(?:\(|[A-Z])|\([A-Z/]{1,8}\)\s|(?:BEGIN\s+)?SUMMARY\b|Summary\b)")
_LOWER = re.compile(r"[a-z]")
_SIGNATURE = re.compile(r"[A-Z][A-Z'-]+(?:\s[A-Z][A-Z'-]+){0,2}")
_GLUED_SIGNATURE = re.compile(r"(?<=[.!?\"”)])[ \t]+([A-Z][A-Z'-]{3,})[ \t]*\Z")
_NOT_SIGNATURES = frozenset({
    "END", "SUMMARY", "COMMENT", "NOTE", "TEXT", "BT", "NNNN", "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL",
    "SECRET", "SIPDIS", "NOFORN", "SENSITIVE", "GVN", "USG", "RTG", "PRC", "UN", "NGO", "NGOS", "IOM",
    "ILO", "UNICEF",
})
_REF_ITEM = re.compile(r"(?:\b\d{2}\s+)?\b([A-Z]{2,}(?:\s[A-Z]{2,}){0,4})\s+(\d{1,7})\b")


def parse_header(text: str, name: str = "<text>") -> tuple[dict, list[tuple[int, int]]]:
    """Split a document's metadata (a cable's header, a page's title and date lines) from its narrative.

    See :func:`read_metadata`, of which this returns the metadata and the
    narrative.
    """
    metadata, narrative, _ = read_metadata(text, name)
    return metadata, narrative


def _parse_cable(text: str, name: str = "<text>") -> tuple[dict, list, list]:
    """Read a cable's header: its fields, the spans of its lines, the spans of its subject.

    A text is read as a cable when, near its start, a classification line
    names a post and number (``UNCLAS SECTION 01 OF 03 HANOI 002323``) or a
    line only cables have stands (``TAGS:``, ``E.O. 12958``, ``SIPDIS``,
    ``FM AMEMBASSY``). The header block runs from the first header line to
    the first narrative line; sections further down repeat their header
    lines, and the sender's name closes the text: all of them are left out
    of the narrative.

    Parameters
    ----------
    text : str
        A normalized text (:func:`normalize_text`).
    name : str, optional
        The document, as warnings name it.

    Returns
    -------
    metadata : dict
        See :attr:`Document.metadata`; empty for texts that are not cables.
    holes : list of (start, end)
        The header lines.
    headings : list of (start, end)
        The first subject line(s), whose places count as places mentioned.
    """
    head = text[:5000]
    reference = _CLASSIFICATION_REF.search(head)
    first = None
    if reference or _CABLE_MARK.search(head):
        first = next((m for m in _HEADER_START.finditer(head) if _field_kind(_line_at(text, m.start()), block=True)), None)
    if not reference and not first:
        return {}, [], []
    reader = _HeaderReader(text, name)
    start = min(m.start() for m in (first, reference) if m)
    line_start = text.rfind("\n", 0, start) + 1
    if reference and start == reference.start() and text[line_start:start].strip():
        # Glued to a preface: the preface stays narrative, the rest of the
        # line is header.
        line_start = reader.glued(start)
    position = reader.block(line_start)
    # Multi-section cables repeat the classification line and header.
    for match in _HEADER_START.finditer(text, position):
        if match.start() >= position and _field_kind(_line_at(text, match.start()), block=False):
            position = reader.block(match.start())
    # In a cable whose line breaks were stripped, sections start mid-line.
    for match in _FLAT_SECTION.finditer(text, position):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() >= position and _line_end(text, match.start()) - line_start > MAX_HEADER_LINE:
            position = reader.glued(match.start())
    reader.signature()
    covered = sum(b - a for a, b in _merge_spans(reader.holes))
    if len(text) > _MIN_SWALLOW_CHECK and len(text) - covered < _MIN_NARRATIVE_SHARE * len(text):
        log.warning("%s: a header of %d characters would leave almost no text; read as text, not header", name, covered)
        return {}, [], []
    return reader.metadata, reader.holes, reader.headings


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _line_at(text: str, offset: int) -> str:
    """The line (stripped) from ``offset`` to its end.

    A line too long to be a header line (its line breaks were stripped) is
    cut where the next header field or the body starts.
    """
    end = _line_end(text, offset)
    if end - offset > MAX_HEADER_LINE:
        stop = min(end, offset + MAX_FLAT_HEADER)
        cuts = [m.start() for m in (_FLAT_LABEL.search(text, offset + 1, stop), _FLAT_BODY.search(text, offset, stop)) if m]
        end = min(cuts, default=end)
    return text[offset:end].strip()


# --- the metadata channel -----------------------------------------------------
#
# What a document says about itself (where it comes from, when, who wrote
# it, its title) and a web page's furniture are metadata, never evidence:
# they fall outside the narrative, so no place, organization, programme or
# route is read from them. Title and subject lines are "headings": their
# places still count as places the document mentions.

#: Labels of the "Label: value" lines that open a document (a scraper's
#: SOURCE and DATE lines, a page's byline, an e-mail's header), and the
#: metadata key each fills. Folded to lower case, spaces single.
PREAMBLE_LABELS = {
    "source": "source", "url": "url", "link": "url", "original url": "url", "archived": "url",
    "date": "date", "dated": "date", "published": "date", "posted": "date", "updated": "date",
    "last updated": "date", "created": "date", "issued": "date", "sent": "date", "released": "date",
    "date published": "date", "publication date": "date",
    "author": "author", "authors": "author", "by": "author", "written by": "author", "posted by": "author",
    "publisher": "author", "from": "author", "organization": "author", "organisation": "author",
    "title": "title", "headline": "title", "subject": "subject", "re": "subject",
    "to": None, "cc": None, "category": None, "categories": None, "filed under": None, "keywords": None,
    "tags": None, "language": None, "copyright": None, "cite as": None, "disclaimer": None, "country": None,
    "topics": None, "topic": None, "document type": None, "type": None, "format": None, "pages": None,
}
_PREAMBLE_FIELD = re.compile(
    r"[ \t]*(?P<label>" + "|".join(sorted((re.escape(k).replace("\\ ", "[ \t]+") for k in PREAMBLE_LABELS), key=len, reverse=True))
    + r")[ \t]*:[ \t]*(?P<value>\S[^\n]*)?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"[ \t]*(?:(?:Posted|Written|Published|Reported)[ \t]+by|By|BY)[ \t]+(?P<value>[A-Z][^\n.!?]{1,80})[ \t]*")
#: A line that is only a date, perhaps after a place: "Addis Ababa, 14 March 2023", "March 3, 2021".
_DATE_LINE_CHARS = 60
_DATE_LINE_WORDS = re.compile(r"[^\W\d_]+")

#: Whole lines that are a web page's furniture (share buttons, cookie
#: notes, navigation, "back to top"), wherever they stand.
CHROME_LINES = [
    # share and print buttons, alone or in a row
    r"(?:(?:share(?:[ \t]+(?:this|on|via))?(?:[ \t]+(?:article|page|story|post))?|tweet|print(?:[ \t]+this[ \t]+page)?|e-?mail"
    r"|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|copy[ \t]+link|bookmark)[ \t]*[|,/·•:]?[ \t]*){1,8}",
    r"(?:accept|reject|allow)(?:[ \t]+all)?[ \t]+cookies[^\n]{0,80}",
    # navigation
    r"skip[ \t]+to[ \t]+(?:main[ \t]+)?(?:content|navigation)|(?:back|return)[ \t]+to[ \t]+top|toggle[ \t]+navigation|main[ \t]+menu|menu"
    r"|search(?:[ \t]+this[ \t]+site)?|sign[ \t]+in|log[ \t]+in|subscribe(?:[ \t]+to[ \t]+[^\n]{1,40})?|read[ \t]+more|related[ \t]+(?:articles|stories|posts|content|news)"
    r"|(?:previous|next)[ \t]+(?:article|story|post)[^\n]{0,80}|download[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:report|pdf|document)[^\n]{0,80}",
    # breadcrumbs ("Home > News > Asia")
    r"home[ \t]*(?:[>›»/|][ \t]*[^\n>›»/|]{1,40}){1,6}",
    # "Follow us on Twitter @TRF_Stories"
    r"follow[ \t]+us(?:[ \t]+on[ \t]+[^\n]{1,60})?",
]
#: Headings of a block of links to other pages ("Read more:", "Related
#: stories"): the heading and the lines under it, to the next blank line.
RELATED_HEADINGS = [
    r"read[ \t]+more", r"related(?:[ \t]+(?:articles|stories|posts|content|news|links|coverage))?", r"see[ \t]+also",
    r"more[ \t]+(?:on[ \t]+this[ \t]+(?:story|topic)|stories|news)", r"you[ \t]+(?:may|might)[ \t]+also[ \t]+(?:like|be[ \t]+interested[ \t]+in)",
    # a newsletter's contents ("In this issue:"): the stories are told below, under their own headings
    r"in[ \t]+this[ \t]+(?:issue|edition|newsletter)", r"(?:table[ \t]+of[ \t]+)?contents",
]
#: Furniture lines found from a word or mark inside them: cookie notes,
#: menus ("About | Work | Contact").
CHROME_CUED = [
    ("cookie", r"[^\n]{0,200}?\b(?:(?:we|this[ \t]+(?:web[ \t]*)?site|site)[ \t]+uses?[ \t]+cookies|cookie[ \t]+(?:policy|settings|preferences|notice|consent))\b[^\n]{0,300}"),
    ("|", r"[^\n|•]{1,30}(?:[ \t]+[|•][ \t]+[^\n|•]{1,30}){3,}"),
]
# A chrome pattern never spans lines: [ \t] only, and [^\n] where it runs on.
# Each opens with a line feed, so the engine jumps from line to line.
_CHROME = re.compile(r"\n[ \t]*(?:" + "|".join(CHROME_LINES) + r")[ \t]*(?=\n)", re.IGNORECASE)
_RELATED = re.compile(r"\n[ \t]*(?:" + "|".join(RELATED_HEADINGS) + r")[ \t]*:?[ \t]*(?=\n)(?:\n[ \t]*\S[^\n]*)*", re.IGNORECASE)
_CHROME_CUED = [(re.compile(re.escape(cue), re.IGNORECASE), re.compile(rf"[ \t]*(?:{line})[ \t]*", re.IGNORECASE)) for cue, line in CHROME_CUED]


def _chrome_spans(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that are page furniture (see :data:`CHROME_LINES`)."""
    padded = f"\n{text}\n"
    spans = {(m.start(), m.end() - 1) for m in _CHROME.finditer(padded)}
    spans |= {(m.start(), min(m.end() - 1, len(text))) for m in _RELATED.finditer(padded)}
    for cue, line in _CHROME_CUED:
        for hit in cue.finditer(text):
            start = text.rfind("\n", 0, hit.start()) + 1
            end = _line_end(text, hit.start())
            if end - start <= 2 * MAX_HEADER_LINE and line.fullmatch(text, start, end) and not (cue.pattern == "\\|" and _table_line(text, start, end)):
                spans.add((start, end))
    return sorted(span for span in spans if span[1] > span[0])


def _table_line(text: str, start: int, end: int) -> bool:
    """Whether the bar-separated line ``text[start:end]`` is a table's row, not a menu: the line
    before or after it has as many bars ("Project | Implementer | Location" over its rows)."""
    bars = text.count("|", start, end)
    before_end = start - 1
    before = text[text.rfind("\n", 0, max(0, before_end)) + 1 : before_end] if start > 0 else ""
    after_end = _line_end(text, end + 1) if end < len(text) else end
    after = text[end + 1 : after_end] if end < len(text) else ""
    return any(line.count("|") == bars for line in (before, after) if line.strip())


# How far the preamble (SOURCE/DATE lines, a title) may run.
_PREAMBLE_LINES = 12
_MAX_TITLE = 200
# "US Embassy Phnom Penh press release ...", "American Institute in Taiwan
# cable ...": the writer named in a SOURCE line's description.
_SOURCE_AUTHOR = re.compile(
    r"\(\s*(?P<author>[A-Z][^,()\"“]*?)(?=\s+(?:cable|telegram|press[ \t]+release|news[ \t]+release|web[ \t]+page|page|report|statement|"
    r"article|fact[ \t]+sheet|remarks)\b|\s*[,(\"“])"
)
_POST_NAME = re.compile(r"\b(?:Embassy|Consulate(?:[ \t]+General)?|Mission|Institute[ \t]+in)[ \t]+(?:in[ \t]+|to[ \t]+(?:the[ \t]+)?)?(?P<post>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})")
_CABLE_ID = re.compile(r"\b\d{2}(?P<post>[A-Z]{4,})\d{1,5}\b")
_TITLE_END = frozenset(".!?;,:")


@dataclass
class _Channel:
    """What the metadata channel found: fields, the spans it takes, the headings among them."""

    metadata: dict = field(default_factory=dict)
    holes: list = field(default_factory=list)
    headings: list = field(default_factory=list)


def read_metadata(text: str, name: str = "<text>", page: dict | None = None) -> tuple[dict, list, list]:
    """Split what a document says about itself from what it reports.

    The metadata channel: a cable's header (classification, routing, TAGS,
    SUBJECT, REF lines, the signature), the ``Label: value`` lines that open
    a document (``SOURCE:``, ``DATE:``, ``Published:``, a byline), its title
    line (``Cablegate: ...``, ``US Embassy Vientiane cable: ...``) and a web
    page's furniture (share buttons, cookie notes, navigation) become
    :attr:`Document.metadata` and fall outside the narrative.

    Parameters
    ----------
    text : str
        A normalized text (:func:`normalize_text`).
    name : str, optional
        The document, as warnings name it.
    page : dict, optional
        What an HTML page's head said (``title``, ``date``, ``author``).

    Returns
    -------
    metadata : dict
        See :attr:`Document.metadata`.
    narrative : list of (start, end)
        The text outside the metadata: the only spans evidence is read from.
    headings : list of (start, end)
        Title and subject lines: metadata whose places still count as
        places the document mentions.

    Examples
    --------
    >>> text = "SOURCE: https://example.org/a (US Embassy Hanoi cable)\\nDATE: 2004-04-26\\n\\nShelters in Hue.\\n"
    >>> metadata, narrative, _ = read_metadata(text)
    >>> metadata["date"], metadata["author"], metadata["post_country"], text[slice(*narrative[0])]
    ('2004-04-26', 'US Embassy Hanoi', 'VNM', '\\n\\nShelters in Hue.\\n')
    """
    found = _Channel()
    position = _preamble(text, found)
    cable, holes, headings = _parse_cable(text, name)
    found.holes += holes
    found.headings += headings
    for key, value in cable.items():
        found.metadata[key] = value  # the header outranks a scraper's lines
    chrome = _chrome_spans(text)
    position = _title_line(text, position, found, [*holes, *chrome])
    _preamble(text, found, position)  # a byline or date line under the title
    found.holes += chrome
    for key, value in (page or {}).items():
        found.metadata.setdefault(key, value)
    _derived_fields(found.metadata)
    narrative = _complement(text, found.holes) if text.strip() else []
    return found.metadata, narrative, _merge_spans(found.headings)


def _preamble(text: str, found: _Channel, position: int = 0) -> int:
    """Read the ``Label: value`` lines and byline that open a text; return where they stop."""
    lines = 0
    while position < len(text) and lines < _PREAMBLE_LINES:
        end = _line_end(text, position)
        line = text[position:end]
        if not line.strip():
            position = end + 1
            continue
        lines += 1
        field_line = _PREAMBLE_FIELD.fullmatch(line)
        byline = None if field_line else _BYLINE.fullmatch(line)
        dated = None if field_line or byline else _date_line(line)
        if not (field_line or byline or dated) or end - position > 2 * MAX_HEADER_LINE:
            break
        if field_line:
            label = " ".join(field_line.group("label").lower().split())
            key, value = PREAMBLE_LABELS[label], (field_line.group("value") or "").strip()
        elif byline:
            key, value = "author", byline.group("value").strip()
        else:
            key, value = "date", line
        if key == "date":
            value = parse_date(value)
        if key == "title" or key == "subject":
            found.headings.append((position, end))
        if key and value:
            found.metadata.setdefault(key, value)
        found.holes.append((position, end))
        position = end + 1
    return position


def _date_line(line: str) -> str | None:
    """The date of a line that holds only a date, perhaps after a place ("Addis Ababa, 14 March 2023").

    Every word of such a line is capitalized (a place, a month, a weekday);
    a sentence that names a date ("On 14 March 2023 police raided ...") is
    no date line.

    >>> _date_line("Addis Ababa, 14 March 2023"), _date_line("On 14 March 2023 police raided a bar.")
    ('2023-03-14', None)
    """
    line = line.strip()
    if len(line) > _DATE_LINE_CHARS or not all(word[0].isupper() for word in _DATE_LINE_WORDS.findall(line)):
        return None
    return parse_date(line)


def _title_line(text: str, position: int, found: _Channel, taken: list) -> int:
    """Take the first line after the preamble as the title when it reads like one.

    A title is a line on its own (a blank line, or the end, after it) of at
    most :data:`_MAX_TITLE` characters that does not end like a sentence:
    ``Cablegate: Protection of Trafficking Victims in Vietnam``. Lines that
    ``taken`` spans cover (page furniture) are passed over; a header line
    is no title. Returns where to read on: after the title, or ``position``.
    """
    given = position
    starts = {start: end for start, end in taken}
    while position < len(text):
        while position < len(text) and text[position].isspace():
            position += 1
        if position not in starts:
            break
        position = starts[position] + 1
    end = _line_end(text, position)
    if position >= len(text) or any(a < end and position < b for a, b in taken):
        return given
    line = text[position:end].strip()
    if _field_kind(line, block=True) or _HEADER_START.match(text, position) or _PARAGRAPH_MARK.match(line):
        return given
    after = text[end : end + 2]
    if (
        not line or len(line) > _MAX_TITLE or line[-1] in _TITLE_END or line.endswith("--")
        or not (after in ("", "\n") or after.startswith("\n\n") or _PREAMBLE_FIELD.match(text, end + 1) or _opens_header(text, end + 1)
                or _date_line(_line_at(text, end + 1)))
        or not (line[0].isupper() or line[0].isdigit())
    ):
        return given
    if "title" not in found.metadata:
        found.metadata["title"] = line
    found.holes.append((position, end))
    found.headings.append((position, end))
    return end + 1


def _opens_header(text: str, position: int) -> bool:
    """Whether a cable header line (routing, classification) starts at ``position``."""
    line = _line_at(text, position)
    return bool(line) and (_field_kind(line, block=True) is not None or line.startswith("VZCZC"))


def _derived_fields(metadata: dict) -> None:
    """Fill ``author``, ``post_country``, ``tags_countries`` and ``subject_country`` from what was read."""
    posts = post_table()
    post = None
    if "from_post" in metadata:
        office, place = metadata.pop("from_post")
        post = place or None
        if office == "SECSTATE":
            metadata.setdefault("author", "Department of State")
        elif place:
            kind = {"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "USMISSION": "Mission", "USUN": "Mission", "AIT": "AIT"}[office]
            metadata.setdefault("author", f"{kind} {place.title()}")
    source = metadata.get("source", "")
    described = _SOURCE_AUTHOR.search(source)
    if described and "author" not in metadata:
        metadata["author"] = " ".join(described.group("author").split())
    named = _POST_NAME.search(metadata.get("author", "")) or _POST_NAME.search(source)
    candidates = [post]
    if named:
        candidates.append(named.group("post"))
    letterhead = _MISSION_IN.search(metadata.get("title", "") or "")
    if letterhead and post is None:
        candidates.append(letterhead.group(1))  # "Embassy of the Netherlands in Addis Ababa": a post in Addis Ababa
        title = metadata["title"]
        if not _LOWER.search(title):  # a letterhead in capitals: "Embassy of the Kingdom of the Netherlands in Addis Ababa"
            title = " ".join(w.lower() if k and w.lower() in ("of", "the", "in", "to", "and") else w.capitalize()
                             for k, w in enumerate(title.split()))
        metadata.setdefault("author", title)
    cable_id = _CABLE_ID.search(source)
    if cable_id:
        candidates.append(cable_id.group("post"))
    if metadata.get("reference"):
        candidates.append(metadata["reference"].rsplit(" ", 1)[0])
    from progmap.actors.vocabulary import country_of

    for candidate in filter(None, candidates):
        row = posts.get(_post_key(candidate))
        code = country_of(candidate.strip())
        if code and not row:
            # "the American Institute in Taiwan", "the US Mission to ASEAN".
            metadata.setdefault("post_country", code)
            break
        if row:
            metadata.setdefault("post_country", row[0])
            if "author" not in metadata:
                metadata["author"] = _POST_KINDS[row[1]].format(candidate.title())
            break
    if "tag_countries" in metadata:
        metadata["tags_countries"] = metadata["tag_countries"]
    country = subject_country(metadata)
    if country:
        metadata["subject_country"] = country


_POST_KINDS = {
    "embassy": "Embassy {}", "consulate": "Consulate {}", "mission": "Mission {}",
    "institute": "American Institute in Taiwan", "department": "Department of State",
}


def _post_key(name: str) -> str:
    """A post's name as the table keys it: upper case ASCII, single spaces."""
    from progmap.text import fold_name

    return " ".join(fold_name(name).upper().replace("-", " ").split())


@lru_cache(maxsize=1)
def post_table() -> dict[str, tuple[str, str]]:
    """Diplomatic posts (as cables name them) to ``(ISO alpha-3, kind)``.

    Read from ``posts.csv`` in :func:`progmap.settings.geodata_dir` (or the
    bundled table): capitals from Natural Earth's populated places, and the
    consulates and historic spellings (``RANGOON``, ``WASHDC``) cables use.

    >>> post_table()["HANOI"], post_table()["HO CHI MINH CITY"], post_table()["RANGOON"][0]
    (('VNM', 'embassy'), ('VNM', 'consulate'), 'MMR')
    """
    for folder in (settings.geodata_dir(), settings.bundled_geodata_dir()):
        table = folder / "posts.csv"
        if table.exists():
            with open(table, encoding="utf-8", newline="") as handle:
                return {_post_key(row["post"]): (row["iso3"].strip().upper(), row["kind"].strip()) for row in csv.DictReader(handle)}
    return {}


def subject_country(metadata: dict) -> str | None:
    """The country a document is about, from its metadata alone, or None.

    Votes: a country leading the subject or title (``BURMA: ...``) 3, any
    other country it names 2, each TAGS country 1, the post's country 1.
    The country with the most votes wins; a tie gives None. Statements in
    the text ("X is a source country") are for the reader of the text to
    weigh, not here.

    >>> subject_country({"subject": "BURMA: TIP COOPERATION WITH CHINA", "tags_countries": ["MMR", "CHN"]})
    'MMR'
    >>> subject_country({"tags_countries": ["THA", "MMR"]}) is None
    True
    >>> subject_country({"title": "Police rescue 17 girls bound for Mali"}) is None
    True
    >>> subject_country({"title": "Pakistani brides sold to China"})
    'PAK'
    """
    from progmap.actors.vocabulary import country_of, country_words

    votes: dict[str, int] = {}
    for line in (metadata.get("subject"), metadata.get("title")):
        if not line:
            continue
        # (a mixed line's upper-case words too: "GUYANA (Tier 2)"; short ones are acronyms, "US Embassy")
        readable = line.title() if not _LOWER.search(line) else _UPPER_WORD.sub(lambda word: word.group().title(), line)
        lead = readable.split(":", 1)[0] if ":" in readable else None
        lead_code = country_of(lead.strip()) if lead else None
        for end, code in title_countries(readable):
            if not _WRITER_AFTER.match(readable, end):
                votes[code] = votes.get(code, 0) + 2
        if lead_code:
            votes[lead_code] = votes.get(lead_code, 0) + 1
    for code in metadata.get("tags_countries") or metadata.get("tag_countries") or []:
        votes[code] = votes.get(code, 0) + 1
    if metadata.get("post_country"):
        votes[metadata["post_country"]] = votes.get(metadata["post_country"], 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    winners = [code for code, count in votes.items() if count == best]
    return winners[0] if len(winners) == 1 else None


#: A word of four or more capitals, in a title that also has lower-case words ("GUYANA (Tier 2)").
_UPPER_WORD = re.compile(r"\b[A-Z][A-Z'-]{3,}\b")


def title_countries(line: str) -> list[tuple[int, str]]:
    """Countries a title or subject line names as what it is about: (end, ISO alpha-3 code).

    A country it names as where people go ("17 girls bound for Mali", "brides
    sold to China") is left out: a headline's destination is no subject.

    >>> [code for _, code in title_countries("Pakistani brides sold to China")]
    ['PAK']
    """
    from progmap.actors.vocabulary import country_words

    return [(end, code) for start, end, _, code in country_words(line) if not _GOAL_BEFORE.search(line, max(0, start - 16), start)
            and not _MISSION_OF_BEFORE.search(line, max(0, start - 60), start) and not _FORCES_AFTER.match(line, end)]


# "Clubs near US military bases": a country's forces abroad, not what the story is about.
_FORCES_AFTER = re.compile(r"[ \t]+(?:military|army|navy|naval|forces|troops|soldiers|servicemen|bases?)\b", re.IGNORECASE)


# "bound for Mali", "sold to China": a destination named in a headline.
# ("for" alone is no goal: "TIP REPORT FOR LAOS" is about Laos.)
_GOAL_BEFORE = re.compile(r"\b(?:to|into|towards|(?:bound|headed|destined)[ \t]+for)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# "Embassy of the Kingdom of the Netherlands in Addis Ababa": the sending country is the writer's, not the subject.
_MISSION_OF_BEFORE = re.compile(
    r"\b(?:Embassy|Consulate(?:[ \t-]+General)?|(?:Permanent[ \t]+)?Mission|High[ \t]+Commission|Delegation)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:(?:Kingdom|Republic|Federal[ \t]+Republic|State|Grand[ \t]+Duchy)[ \t]+of[ \t]+(?:the[ \t]+)?)?$",
    re.IGNORECASE,
)
# ... and the city after "in" is where the post is: "... of the Netherlands in Addis Ababa".
_MISSION_IN = re.compile(
    r"\b(?:Embassy|Consulate(?:[ \t-]+General)?|(?:Permanent[ \t]+)?Mission|High[ \t]+Commission|Delegation)[ \t]+of[ \t]+[^\n]{2,60}?[ \t]+(?:in|to)[ \t]+"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*$",
    re.IGNORECASE,
)
# "US Embassy ...", "U.S. Department of State ...": the writer's country, not the subject.
_WRITER_AFTER = re.compile(
    r"\.?[ \t]+(?:Embassy|Consulate|Mission|Department|Government|Agency|Institute|Ambassador|Secretary|State[ \t]+Department)\b",
    re.IGNORECASE,
)


def _merge_spans(spans) -> list[tuple[int, int]]:
    """Sorted spans with overlapping and touching ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _field_kind(line: str, block: bool) -> str | None:
    """The kind of header line ``line`` (stripped) is, or None.

    Parameters
    ----------
    block : bool
        Inside a header block, where routing and distribution lines count too.
    """
    if not line:
        return None
    match = _CLASSIFICATION_LINE.fullmatch(line)
    if match:
        return "classification"
    for kind, pattern in _ANYWHERE_FIELDS:
        if pattern.fullmatch(line):
            return kind
    if block:
        for kind, pattern in _BLOCK_FIELDS:
            if pattern.fullmatch(line):
                return kind
    return None


class _HeaderReader:
    """Collect a cable's header fields and the spans its header lines take."""

    def __init__(self, text: str, name: str = "<text>"):
        self.text = text
        self.name = name
        self.metadata: dict = {}
        self.holes: list[tuple[int, int]] = []
        self.headings: list[tuple[int, int]] = []
        self._refs_text: list[str] = []
        self._seen: set[str] = set()
        self._recording: set[str] = set()  # fields read where they first appear

    def block(self, position: int) -> int:
        """Read header lines from the line at ``position``; return where narrative resumes."""
        text = self.text
        last = None  # kind of the header line just above, with no blank line between
        while position < len(text):
            end = _line_end(text, position)
            line = text[position:end].strip()
            if not line:
                last = None
                position = end + 1
                continue
            if len(line) > MAX_HEADER_LINE:
                return self.flattened(position, end)
            kind = _field_kind(line, block=True)
            if kind is not None:
                self.read(kind, line)
            elif last and self._continues(last, line):
                kind = last
                self.read(kind, line, continued=True)
            else:
                return position
            self.holes.append((position, end))
            if kind == "subject" and "subject" in self._recording:
                self.headings.append((position, end))
            last = kind
            position = end + 1
        return len(text)

    def glued(self, start: int) -> int:
        """Read a classification line glued to a preface at ``start``; return the next line's start."""
        end = _line_end(self.text, start)
        if end - start > MAX_HEADER_LINE or _FLAT_BODY.search(self.text, start, end):
            return self.flattened(start, end)
        self.read("classification", self.text[start:end].strip())
        self.holes.append((start, end))
        return end + 1

    def flattened(self, start: int, end: int) -> int:
        """Read a header "line" too long to be one: a header whose line breaks were stripped.

        It is header up to the first paragraph mark (``¶1.``, ``1. (U)``,
        ``SUMMARY``) within :data:`MAX_FLAT_HEADER` characters, its fields
        told apart by their labels; without such a mark it is no header at
        all (it would swallow the body), and a warning says so. Returns
        where to look for header lines again.
        """
        text = self.text
        body = _FLAT_BODY.search(text, start, min(end, start + MAX_FLAT_HEADER))
        if not body:
            log.warning(
                "%s: a header line of %d characters (line breaks stripped?) is read as text, not header",
                self.name, end - start,
            )
            return end
        cuts = [m.start() for m in _FLAT_LABEL.finditer(text, start, body.start())]
        for a, b in zip([start, *cuts], [*cuts, body.start()]):
            piece = text[a:b].strip()
            if piece:
                self.read(_field_kind(piece, block=True) or "flat", piece)
        self.holes.append((start, body.start()))
        return body.start()

    def _continues(self, kind: str, line: str) -> bool:
        """Whether ``line`` carries on a header line of ``kind`` (a wrapped subject...)."""
        if kind not in _WRAPPING or _PARAGRAPH_START.match(line):
            return False
        if not _LOWER.search(line):
            return True
        # A mixed-case subject or reference list wraps in mixed case too.
        if kind == "subject":
            return bool(_LOWER.search(self.metadata.get("subject", "")))
        if kind == "refs":
            return bool(_LOWER.search(" ".join(self._refs_text)))
        return kind == "classified_by" and bool(re.match(r"(?i)(?:for\s+)?reasons?\b|1\.[45]\b|\([a-h]\)", line))

    def read(self, kind: str, line: str, continued: bool = False) -> None:
        """Put what a header line says into the metadata."""
        metadata = self.metadata
        if not continued:
            # Sections repeat the header: the first one says it.
            if kind in self._seen:
                self._recording.discard(kind)
            else:
                self._recording.add(kind)
            self._seen.add(kind)
        if kind not in self._recording and kind != "classification":
            return
        labelled = not continued and ":" in line and kind in ("tags", "subject", "refs", "date")
        value = line.split(":", 1)[1].strip() if labelled else line
        if kind == "classification":
            match = _CLASSIFICATION_LINE.match(line)
            if match:
                level = " ".join(match.group("level").split())
                level = level.replace(" ", "") if re.fullmatch(r"(?:\w )+\w", level) else level
                metadata.setdefault("classification", "UNCLASSIFIED" if level in ("UNCLAS", "UNCLASSIFIED") else level)
                if match.group("number") and "reference" not in metadata:
                    metadata["reference"] = f"{' '.join(match.group('post').split())} {match.group('number')}"
        elif kind == "tags":
            tokens = [t.strip(".") for t in re.split(r"[\s,;]+", value) if t.strip(".")]
            metadata["tags"] = metadata.get("tags", []) + tokens
            table = fips_countries()
            countries = [table[t.upper()] for t in metadata["tags"] if len(t) == 2 and t.upper() in table]
            metadata["tag_countries"] = list(dict.fromkeys(countries))
        elif kind == "subject":
            metadata["subject"] = " ".join(f"{metadata.get('subject', '')} {value}".split())
        elif kind == "refs":
            self._refs_text.append(value)
            found = [f"{post} {number}" for post, number in _REF_ITEM.findall(value)]
            # "REF: HANOI 527 AND HANOI 3000": a joining word is no post.
            found = [re.sub(r"^(?:AND|ALSO|AS|SEE)\s", "", ref) for ref in found]
            metadata["refs"] = list(dict.fromkeys(metadata.get("refs", []) + (found or [value])))
        elif kind == "page":
            # "PAGE 02 HANOI 02323 01 OF 03 120304Z": older cables' page headers.
            match = re.match(r"PAGE\s+\d+\s+([A-Z][A-Z ]*?)\s+(\d{3,7})\b", line)
            if match:
                metadata.setdefault("reference", f"{match.group(1)} {match.group(2)}")
        elif kind == "routing":
            # "FM AMEMBASSY BANGKOK": the post that wrote the cable.
            match = _FROM_POST.match(line)
            if match:
                metadata.setdefault("from_post", (match.group(1), " ".join(match.group(2).split())))
        elif kind == "dtg":
            match = _DTG.fullmatch(line)
            date = _dtg_date(*match.groups()) if match else None
            if date:
                metadata.setdefault("date", date)
        elif kind == "date":
            date = parse_date(value)
            if date:
                metadata.setdefault("date", date)

    def signature(self) -> None:
        """Cut the sender's name (``BURGHARDT``) and closing marks from the end."""
        text = self.text
        covered = {start for start, _ in self.holes}
        end = len(text)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line or start in covered:
                end = start - 1
                continue
            if len(line) > MAX_HEADER_LINE:
                return
            if _field_kind(line, block=True) in ("classification", "handling", "routing"):
                self.holes.append((start, end))
                end = start - 1
                continue
            if _SIGNATURE.fullmatch(line) and not set(line.split()) & _NOT_SIGNATURES:
                self.metadata["signature"] = line
                self.holes.append((start, end))
                return
            glued = _GLUED_SIGNATURE.search(text, start, end)
            if glued and glued.group(1) not in _NOT_SIGNATURES:
                self.metadata["signature"] = glued.group(1)
                self.holes.append((glued.start(1), end))
            return


def _complement(text: str, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` outside ``holes`` holding more than whitespace."""
    spans, cursor = [], 0
    for start, end in sorted(holes):
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return [(a, b) for a, b in spans if not text[a:b].isspace()]


# --- dates ------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate([
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
], 1)}
_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"
]


def _dtg_date(day: str, _time: str, month: str, year: str) -> str | None:
    """ISO date of a date-time group (``120304Z SEP 03``)."""
    number = int(year)
    if len(year) == 2:
        # Cables run from the 1960s to the 2010s.
        number += 1900 if number >= 60 else 2000
    return _iso(number, _MONTHS.get(month.upper()[:3]), int(day))


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if not month or not 1 <= month <= 12 or not 1000 <= year <= 2999:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_DATE_FORMS = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"), ("d", "b", "y")),
    (re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), ("b", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{1,2})\b(?!-)"), ("y", "m")),
    (re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"), ("b", "y")),
]


def parse_date(value: str) -> str | None:
    """An explicit date as ISO 8601 (``2003-09-12``, or ``2003-09`` for a month).

    A bare year is no date here: too many texts name years.

    >>> parse_date("12 September 2003"), parse_date("Sep. 12, 2003"), parse_date("2003-09-12T08:51:00Z")
    ('2003-09-12', '2003-09-12', '2003-09-12')
    >>> parse_date("2003") is None
    True
    """
    for pattern, order in _DATE_FORMS:
        for match in pattern.finditer(value):
            parts = dict(zip(order, match.groups()))
            if "b" in parts:
                name = parts["b"].lower()
                if not any(month.startswith(name) for month in _MONTH_NAMES):
                    continue
                month = _MONTHS[name[:3].upper()]
            else:
                month = int(parts["m"])
            date = _iso(int(parts["y"]), month, int(parts["d"]) if "d" in parts else None)
            if date:
                return date
    return None


# --- finding files ----------------------------------------------------------


def find_documents(paths) -> tuple[list[Path], list[SkippedDocument]]:
    """The files that files, folders and glob patterns name.

    Folders are walked following links to other folders, but never into a
    loop (a link back to a folder being walked is left with a one-line
    warning), and never into a progmap output folder (one holding
    :data:`progmap.schema.OUTPUT_MARKER`), whatever the pattern.

    Parameters
    ----------
    paths : str, path-like, or iterable of them
        Files (read whatever their extension), folders (searched
        recursively for :data:`DOCUMENT_SUFFIXES`, hidden files and folders
        left out) and glob patterns (``docs/*.txt``, ``reports/**/*.htm``).

    Returns
    -------
    files : list of pathlib.Path
        In the order given; a folder's and a pattern's files sorted by path.
        A file named twice is listed once.
    skipped : list of SkippedDocument
        Patterns matching nothing, folders holding no documents, output
        folders named outright. A missing file is listed in ``files``:
        reading it says so.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    skipped: list[SkippedDocument] = []
    for item in paths:
        name = os.path.expanduser(os.fsdecode(item))
        shown = printable_path(name)
        if glob.has_magic(name) and not os.path.exists(name):
            root, pattern = _pattern_root(name)
            if _is_output_folder(root):
                skipped.append(SkippedDocument(shown, f"{printable_path(root)}: a progmap output folder, not read"))
                continue
            matched = _glob(root, pattern)
            if not matched:
                skipped.append(SkippedDocument(shown, f"{shown}: no file matches this pattern"))
            for path in matched:
                files += _folder_files(path) if path.is_dir() else [path]
        elif os.path.isdir(name):
            if _is_output_folder(name):
                skipped.append(SkippedDocument(shown, f"{shown}: a progmap output folder, not read"))
                continue
            found = _folder_files(Path(name))
            if not found:
                skipped.append(SkippedDocument(shown, f"{shown}: folder holds no documents ({', '.join(DOCUMENT_SUFFIXES)})"))
            files += found
        elif _is_output_folder(os.path.dirname(name) or "."):
            skipped.append(SkippedDocument(shown, f"{shown}: in a progmap output folder, not read"))
        else:
            files.append(Path(name))
    unique = {}
    for path in files:
        unique.setdefault(os.path.realpath(path), path)
    return list(unique.values()), skipped


def printable_path(path) -> str:
    """A path as text that any output can hold.

    File names are bytes: on Linux a name that is not valid UTF-8 comes
    back as a string holding lone surrogates, which no UTF-8 message, CSV
    or JSON line can hold. Such bytes, and control characters (a line feed
    in a name would split a one-line message), are shown as ``\\xNN``.

    >>> printable_path(os.fsdecode(b"caf\\xe9.txt")), printable_path("a\\nb.txt")
    ('caf\\\\xe9.txt', 'a\\\\x0ab.txt')
    """
    text = os.fsdecode(os.fspath(path))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape" if _only_escapes(text) else "backslashreplace")
        text = text.decode("utf-8", "backslashreplace")
    return _NAME_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text) if _NAME_CONTROL.search(text) else text


# Control characters, line ends and tabs included: none belongs in a one-line message.
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f]")


def _only_escapes(text: str) -> bool:
    """Whether every lone surrogate in ``text`` stands for an undecodable byte."""
    return not re.search("[\ud800-\udc7f\udd00-\udfff]", text)


def _is_output_folder(folder) -> bool:
    """Whether a folder is a progmap build's output (it holds the marker file)."""
    return os.path.isfile(os.path.join(folder, OUTPUT_MARKER))


def _pattern_root(pattern: str) -> tuple[str, list[str]]:
    """Split a glob pattern into the folder before its first wildcard and the parts after it."""
    parts = pattern.split(os.sep)
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    root = os.sep.join(parts[:first]) or ("." if not pattern.startswith(os.sep) else os.sep)
    if pattern.startswith(os.sep) and first == 1:
        root = os.sep
    return root, [part for part in parts[first:] if part]


def _glob(root: str, pattern: list[str]) -> list[Path]:
    """Files and folders under ``root`` whose relative path matches ``pattern`` (glob rules, ``**`` recursive)."""
    depth = None if "**" in pattern else len(pattern)
    matched = [
        Path(root, *parts) for parts, _ in _walk(Path(root), depth, folders=True)
        if _matches(parts, tuple(pattern))
    ]
    return sorted(matched, key=os.fspath)


def _matches(names: tuple, pattern: tuple) -> bool:
    """Whether path parts match glob parts; ``*`` and ``?`` match no hidden name, ``**`` any number of parts."""
    if not pattern:
        return not names
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_matches(names[i:], rest) for i in range(len(names) + 1) if not any(n.startswith(".") for n in names[:i]))
    if not names or (names[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(names[0], head) and _matches(names[1:], rest)


def _walk(root: Path, depth: int | None = None, folders: bool = False):
    """Relative paths under ``root``, as ``(parts, is_folder)``, following folder links but no loops.

    Hidden folders and progmap output folders are not entered. Each folder
    is entered once, however many links lead to it; a link back to a folder
    being walked (a loop) is logged in one line.

    Parameters
    ----------
    root : pathlib.Path
    depth : int, optional
        How many levels of names to list (1: the root's own entries).
    folders : bool
        Also list folders.
    """
    try:
        seen = {_folder_key(root)}
    except OSError:
        return
    # A stack of (folder parts, keys of the folders above and at it).
    stack = [((), (_folder_key(root),))]
    while stack:
        parts, above = stack.pop()
        folder = Path(root, *parts)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            log.warning("%s: folder cannot be read (%s), skipped", printable_path(folder), exc.strerror or exc)
            continue
        if parts and any(e.name == OUTPUT_MARKER for e in entries):
            log.info("%s: a progmap output folder, not read", printable_path(folder))
            continue
        below = []
        for entry in entries:
            path = (*parts, entry.name)
            try:
                is_folder = entry.is_dir()
            except OSError:
                continue
            if not is_folder:
                yield path, False
                continue
            if entry.name.startswith("."):
                continue
            if folders:
                yield path, True
            if depth is not None and len(path) >= depth:
                continue
            try:
                key = _folder_key(Path(entry.path))
            except OSError:
                continue
            if key in above:
                log.warning("%s: link loops back to a folder above it, not followed", printable_path(entry.path))
            elif key not in seen:
                seen.add(key)
                below.append((path, (*above, key)))
        stack.extend(reversed(below))


def _folder_key(folder) -> tuple[int, int]:
    """What a folder is, whatever path or link leads to it."""
    info = os.stat(folder)
    return info.st_dev, info.st_ino


def _folder_files(folder: Path) -> list[Path]:
    if _is_output_folder(folder):
        return []
    found = [
        Path(folder, *parts) for parts, _ in _walk(folder)
        if not parts[-1].startswith((".", "~$")) and os.path.splitext(parts[-1])[1].lower() in DOCUMENT_SUFFIXES
    ]
    # Sorted by path parts, not by the order the file system lists them:
    # the same folder gives the same documents in the same order anywhere.
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def iter_documents(paths) -> tuple[list[Document], list[SkippedDocument]]:
    """Read every document that files, folders and globs name.

    A path that cannot be read is skipped and reported, never fatal, so one
    bad file does not stop a build.

    Parameters
    ----------
    paths : str, path-like, or iterable of them
        See :func:`find_documents`.

    Returns
    -------
    documents : list of Document
        In a stable order. Ids are file names; a name met again in another
        folder gets its folder prefixed (``b/report.txt``), so the first
        keeps its plain name and ids do not depend on what else is read later.
    skipped : list of SkippedDocument
        ``(path, reason)`` pairs; reasons are one-line messages naming the file.

    Examples
    --------
    >>> documents, skipped = iter_documents(["cables/", "reports/*.html"])  # doctest: +SKIP
    >>> for path, reason in skipped:  # doctest: +SKIP
    ...     print("skipped", reason)
    """
    files, skipped = find_documents(paths)
    documents = []
    for path, doc_id in zip(files, _unique_ids(files)):
        try:
            documents.append(read_document(path, doc_id))
        except DocumentError as exc:
            skipped.append(SkippedDocument(printable_path(path), str(exc)))
    return documents, skipped


def _unique_ids(files: list[Path]) -> list[str]:
    """File names, with enough parent folders prefixed to tell repeats apart."""
    taken: set[str] = set()
    ids = []
    for path in files:
        parts = [printable_path(part) for part in Path(os.path.abspath(path)).parts]
        doc_id = parts[-1]
        depth = 1
        while doc_id in taken and depth < len(parts) - 1:
            depth += 1
            doc_id = "/".join(parts[-depth:])
        number = 2
        base = doc_id
        while doc_id in taken:
            stem, dot, suffix = base.rpartition(".")
            doc_id = f"{stem}-{number}.{suffix}" if dot else f"{base}-{number}"
            number += 1
        taken.add(doc_id)
        ids.append(doc_id)
    return ids


# --- sentences --------------------------------------------------------------

# Abbreviations whose period ends no sentence ("Mr. Nam", "Decree No. 5",
# "U.S. officials"). Python's look-behinds are fixed-width, so one per length.
_ABBREVIATIONS = [
    "Mr", "Ms", "Dr", "St", "Sr", "Jr", "No", "Nr", "Lt", "Co", "Mt", "Ft", "vs", "pp", "Rd", "Mrs", "Gov",
    "Sen", "Rep", "Amb", "Col", "Maj", "Sgt", "Gen", "Ave", "Inc", "Ltd", "Nos", "Vol", "Art", "Sec", "Fig",
    "Ref", "Hon", "Rev", "Cpl", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Prof", "Dept", "Govt", "Sept", "Corp", "Capt", "para", "Supt", "Bros", "Assn", "approx", "Messrs",
    "TP", "TX",  # Vietnamese thành phố, thị xã: "TP. HCM", "TX. Sa Pa"
]


def _guards() -> str:
    lengths: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        lengths.setdefault(len(word), []).append(word)
    # Single letters: initials ("J. Smith") and the ends of U.S., e.g., i.e.; not a word's last letter
    # after an apostrophe ("Neiafu, Vava'u. The centre")
    guards = [r"(?<!(?<![’'])\b[A-Za-z]\.)"]
    guards += [rf"(?<!\b(?i:{'|'.join(words)})\.)" for _, words in sorted(lengths.items())]
    return "".join(guards)


# A sentence ends at . ! ? (and closing quotes or brackets) before a space
# and something that can open a sentence: not a lower-case letter, not
# punctuation that carries a sentence on. The pattern opens with a character
# class so the regex engine jumps from stop to stop.
_STOP = re.compile(
    rf"[.!?…。！？](?:(?<=[。！？])(\s*)|[.!?…]*{_guards()}[\"'”’»)\]]*(\s+)(?=[^\sa-zß-öø-ÿ,;:)\]}}.\-–—]))"
)

#: A sentence end with a footnote number glued to it, as text taken from a PDF has ("... sectors.12 Women and"):
#: a word, its full stop, one to three digits, then the next sentence's capital.
#: (The mark comes first and the lookbehind checks the character before it: a pattern that opens with a
#: lookbehind is tried at every offset of the text, one that opens with a class only at its characters.)
_FOOTNOTE_STOP = re.compile(r"[.!?](?<=[A-Za-z)\]\"'”’][.!?])\d{1,3}(\s+)(?=[A-Z“\"])")

_CLASS_MARK = r"\((?:U|C|S|TS|SBU|LOU|[SCU]//?NF|U//?FOUO|SBU//?NF)\)"
_BULLET = r"(?:--+|[-–•▪◦‣●*])(?=[ \t])"
_PARA_SIGN = r"¶[ \t]*\d{0,3}[.:]?"
_PAREN_MARK = rf"(?:\((?:[a-zA-Z]|\d{{1,2}}|[ivxIVX]{{2,4}})\)|{_CLASS_MARK})(?=[ \t])"
_NUMBER_MARK = r"(?:\d{1,2}|[A-Za-z])[.)](?=[ \t]+[(A-Z¶\"“])"
_LINE_MARK = rf"(?:{_BULLET}|{_PARA_SIGN}|{_PAREN_MARK}|{_NUMBER_MARK})[ \t]*(?:{_CLASS_MARK}[ \t]*)?"

# Breaks no sentence crosses; the marks after them (bullets, "¶3. (U)",
# "(a)") belong to no sentence. Every branch opens with a line feed or a
# pilcrow, so the engine only stops there; the spaces before a line feed
# are trimmed from the sentence afterwards.
_HARD = re.compile(
    rf"""
    \n (?:
        [ \t]*[-=_~*]{{3,}}[ \t]*(?=\n|\Z)                                  # an underline
      | (?:[ \t]*\n)+\s*(?:{_LINE_MARK}\s*)?                                # a blank line, and a mark after it
      | [ \t]*(?:{_BULLET}|{_PARA_SIGN}|{_PAREN_MARK})[ \t]*(?:{_CLASS_MARK}[ \t]*)?   # a line opening with a mark
      | [ \t]*(?P<number>{_NUMBER_MARK})[ \t]*(?:{_CLASS_MARK}[ \t]*)?      # "3." opening a line (checked below)
    )
    | {_PARA_SIGN}[ \t]*(?:{_CLASS_MARK}[ \t]*)?                            # ¶ marks anywhere (flattened cables)
    """,
    re.VERBOSE,
)
# "3. (U)" anywhere after a space: a paragraph of a flattened cable.
_CLASS_PARAGRAPH = re.compile(rf"[0-9][0-9]?\.[ \t]+{_CLASS_MARK}[ \t]*")  # a class first: fast scan
_PARAGRAPH_MARK = re.compile(rf"(?:{_LINE_MARK})")
_TEXT_START = re.compile(rf"\s*(?:{_LINE_MARK})?\s*")
_PARAGRAPH_BEFORE = frozenset('.:;!?"”)')
_LONE_MARK = re.compile(r"(?:\d{1,3}|[A-Za-z])[.):]?|[-–•▪*¶]+|\(\w{1,4}\)")


def sentence_spans(text: str) -> np.ndarray:
    """Start and end of each sentence, as an ``(n, 2)`` integer array.

    Sentences end at ``.``, ``!`` or ``?`` before a capital, digit or quote
    (not after ``Mr.``, ``No.``, ``U.S.``, ``e.g.`` and other
    abbreviations), at blank lines, and before list items (``--``, ``•``,
    ``(a)``) and cable paragraph marks (``¶3.``, ``3. (U)``), which belong
    to no sentence. Spans hold no leading or trailing whitespace.

    Two regular-expression scans and NumPy, no loop over characters: the
    spans of 50 MB of text take seconds. Results are cached for the last
    few texts; the array returned is read-only.

    Parameters
    ----------
    text : str

    Returns
    -------
    numpy.ndarray
        ``int64``, shape ``(n, 2)``, sorted; ``text[start:end]`` is a sentence.

    Examples
    --------
    >>> text = "Mr. Nam met U.S. officials. They agreed.\\n-- IOM: a shelter in Hue."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Mr. Nam met U.S. officials.', 'They agreed.', 'IOM: a shelter in Hue.']
    """
    return _sentence_spans(text)


@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> np.ndarray:
    # Each break is a stretch of text between two sentences (whitespace,
    # marks); sentences are the gaps left by the union of all breaks.
    hard = [
        m.span() for m in _HARD.finditer(text)
        # A line opening with "15." is a paragraph only after a full stop
        # or a colon: "...rose to\n15. Officials" is one sentence.
        if not m.group("number") or text[max(0, m.start() - 12) : m.start()].rstrip()[-1:] in _PARAGRAPH_BEFORE
    ]
    hard += [m.span() for m in _CLASS_PARAGRAPH.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()]
    hard.append(_TEXT_START.match(text).span())
    hard.append((len(text), len(text)))
    stops = np.fromiter((x for m in _STOP.finditer(text) for x in m.span(m.lastindex)), dtype=np.int64)
    if any(ch.isdigit() for ch in text):
        footnoted = np.fromiter((x for m in _FOOTNOTE_STOP.finditer(text) for x in m.span(1)), dtype=np.int64)
        stops = np.concatenate([stops, footnoted])
    breaks = np.concatenate([np.asarray(hard, dtype=np.int64), stops.reshape(-1, 2)])
    breaks = breaks[np.argsort(breaks[:, 0], kind="stable")]
    reach = np.maximum.accumulate(breaks[:, 1])
    starts = np.concatenate([[0], reach[:-1]])
    ends = breaks[:, 0]
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    # Breaks end before a line feed (it may open the next break: a bullet)
    # and open at one: trim the white space left at sentences' ends.
    for i in [i for i, (s, e) in enumerate(zip(starts.tolist(), ends.tolist())) if text[s].isspace() or text[e - 1].isspace()]:
        piece = text[starts[i] : ends[i]]
        stripped = piece.lstrip()
        starts[i] += len(piece) - len(stripped)
        ends[i] = starts[i] + len(stripped.rstrip())
    keep = ends > starts
    # A mark left alone ("1." after a header line) is no sentence.
    for i in np.flatnonzero(keep & (ends - starts <= 4)).tolist():
        keep[i] = not _LONE_MARK.fullmatch(text, starts[i], ends[i])
    spans = np.column_stack([starts[keep], ends[keep]])
    spans.flags.writeable = False
    return spans


def clip_spans(text: str, spans, narrative) -> np.ndarray:
    """Cut spans (sentences, list items) to the narrative.

    A span wholly inside the narrative is kept as it is, one wholly outside
    dropped, and one crossing a header line cut into its narrative parts,
    trimmed of whitespace.

    Parameters
    ----------
    text : str
    spans : (n, 2) array-like
        Sorted by start, not overlapping.
    narrative : list of (start, end)
        Sorted, not overlapping, as :attr:`Document.narrative`.

    Returns
    -------
    numpy.ndarray
        ``int64``, shape ``(m, 2)``.

    Examples
    --------
    >>> text = "Read this.UNCLAS HANOI 000123"
    >>> clip_spans(text, [[0, len(text)]], [(0, 10)]).tolist()
    [[0, 10]]
    """
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    bounds = np.asarray(list(narrative), dtype=np.int64).reshape(-1, 2)
    if not len(spans) or not len(bounds):
        return np.empty((0, 2), dtype=np.int64)
    # Narrative spans overlapping each span: rows first..last of bounds.
    first = np.searchsorted(bounds[:, 1], spans[:, 0], side="right")
    last = np.searchsorted(bounds[:, 0], spans[:, 1], side="left") - 1
    counts = np.maximum(last - first + 1, 0)
    which = np.repeat(np.arange(len(spans)), counts)
    rows = np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    starts = np.maximum(spans[which, 0], bounds[rows, 0])
    ends = np.minimum(spans[which, 1], bounds[rows, 1])
    cut = np.flatnonzero((starts != spans[which, 0]) | (ends != spans[which, 1]))
    # Only cut spans can start or end in whitespace, or be a mark left
    # alone; they are few.
    for i in cut.tolist():
        piece = text[starts[i] : ends[i]]
        stripped = piece.lstrip()
        starts[i] += len(piece) - len(stripped)
        ends[i] -= len(stripped) - len(stripped.rstrip())
        if _LONE_MARK.fullmatch(stripped.strip()):
            ends[i] = starts[i]
    keep = ends > starts
    return np.column_stack([starts[keep], ends[keep]])


def sentence_at(spans, offsets) -> np.ndarray:
    """Which sentence holds each offset.

    Parameters
    ----------
    spans : (n, 2) array-like
        From :func:`sentence_spans`.
    offsets : int or array-like of int

    Returns
    -------
    numpy.ndarray of int
        Row of ``spans`` per offset. An offset between two sentences
        (whitespace, a list mark) gets the sentence before it, one before
        the first sentence the first; -1 only when there are no sentences.

    Examples
    --------
    >>> text = "Victims went to China. Others went to Laos."
    >>> sentence_at(sentence_spans(text), [text.index("China"), text.index("Laos")])
    array([0, 1])
    """
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    offsets = np.asarray(offsets, dtype=np.int64)
    if not len(spans):
        return np.full(offsets.shape, -1, dtype=np.int64)
    return np.maximum(np.searchsorted(spans[:, 0], offsets, side="right") - 1, 0)


def sentence_text(source, start: int, end: int) -> str:
    """Text between two offsets with its whitespace collapsed, as shown to users.

    Parameters
    ----------
    source : Document or str
    start, end : int

    >>> sentence_text("Women from the Mekong\\n   Delta go to Taiwan.", 0, 44)
    'Women from the Mekong Delta go to Taiwan.'
    """
    text = source.text if isinstance(source, Document) else source
    return " ".join(text[start:end].split())


def sentences_for(text, starts, ends=None, narrative=None) -> list[str]:
    """The sentence around each offset, whitespace collapsed.

    Parameters
    ----------
    text : str or Document
        A Document's sentences are cut to its :attr:`~Document.place_spans`
        (the narrative, and title and subject lines).
    starts : array-like of int
        Offsets (mention starts).
    ends : array-like of int, optional
        Mention ends; a mention running past its sentence's end takes the
        sentences it runs into as well.
    narrative : list of (start, end), optional
        Spans to cut the sentences to (a header line glued to a sentence is
        then no part of it).

    Returns
    -------
    list of str
        One per offset; a sentence shared by many offsets is built once.

    Examples
    --------
    >>> text = "Victims went to China. Others went to Laos."
    >>> sentences_for(text, [16, 38])
    ['Victims went to China.', 'Others went to Laos.']
    """
    if isinstance(text, Document):
        # Place mentions are quoted from the narrative and the headings.
        spans, text = text.place_sentences, text.text
    else:
        spans = sentence_spans(text) if narrative is None else clip_spans(text, sentence_spans(text), narrative)
    starts = np.asarray(starts, dtype=np.int64)
    if not len(spans):
        return ["" for _ in range(len(starts))]
    first = sentence_at(spans, starts)
    last = first if ends is None else np.maximum(sentence_at(spans, np.asarray(ends, dtype=np.int64) - 1), first)
    built: dict[tuple[int, int], str] = {}
    out = []
    for pair in zip(first.tolist(), last.tolist()):
        if pair not in built:
            built[pair] = " ".join(text[spans[pair[0], 0] : spans[pair[1], 1]].split())
        out.append(built[pair])
    return out


# A list item: "-- IOM: ...", "- ...", "• ..." at a line's start.
_ITEM = re.compile(r"(?m)^[ \t]*(?:--?|[–•▪◦‣●*])[ \t]+(?=\S)")
# An item ends at a blank line or where the next item or paragraph opens.
_ITEM_END = re.compile(rf"[ \t]*\n(?:[ \t]*\n|[ \t]*(?:{_BULLET}|{_PARA_SIGN}|{_PAREN_MARK}|\d{{1,2}}\.[ \t]))")


def text_units(text: str, spans=None) -> list[tuple[int, int, bool]]:
    """Split a text into list items and sentences: ``(start, end, is_item)``.

    A list item (``-- IOM runs a shelter in Hue. It also...``) is one unit
    from after its bullet to the next blank line, item or paragraph, however
    many sentences it has; elsewhere each sentence is a unit.

    Parameters
    ----------
    text : str
    spans : list of (start, end), optional
        Narrative spans; units are cut to them (see :func:`clip_spans`).

    Returns
    -------
    list of (int, int, bool)
        Sorted by start.

    Examples
    --------
    >>> text = "Projects:\\n-- IOM works in Hue. It trains police.\\n\\nEnd."
    >>> [(text[a:b], item) for a, b, item in text_units(text)]
    [('Projects:', False), ('IOM works in Hue. It trains police.', True), ('End.', False)]
    """
    item_starts = [m.end() for m in _ITEM.finditer(text)]
    items = []
    for i, start in enumerate(item_starts):
        stop = item_starts[i + 1] if i + 1 < len(item_starts) else len(text)
        found = _ITEM_END.search(text, start, stop)
        end = found.start() if found else stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            items.append((start, end))
    sentences = sentence_spans(text)
    if items:
        bounds = np.asarray(items, dtype=np.int64)
        at = np.searchsorted(bounds[:, 0], sentences[:, 0], side="right") - 1
        inside = (at >= 0) & (sentences[:, 0] < bounds[np.maximum(at, 0), 1])
        sentences = sentences[~inside]
    items = np.asarray(items, dtype=np.int64).reshape(-1, 2)
    if spans is not None:
        sentences = clip_spans(text, sentences, spans)
        items = clip_spans(text, items, spans)
    units = [(a, b, False) for a, b in sentences.tolist()] + [(a, b, True) for a, b in items.tolist()]
    return sorted(units)


# --- pages ------------------------------------------------------------------


def add_pages(items, documents) -> "pd.DataFrame":
    """Give items read from paged documents (PDFs) their page.

    The one call the pipeline makes for programmes and routes: it adds a
    ``page`` column (the page of the item's ``start``, a nullable integer,
    empty for documents without pages) and ends the ``evidence`` of such
    items with a page note, ``" (p. 3)"`` or ``" (pp. 3-4)"`` when the
    evidence runs onto the next page.

    Parameters
    ----------
    items : pandas.DataFrame
        With ``doc``, ``start``, ``end`` and ``evidence`` columns
        (:data:`progmap.schema.PROGRAMME_COLUMNS`, ``ROUTE_COLUMNS``).
    documents : iterable of Document

    Returns
    -------
    pandas.DataFrame
        A copy with the ``page`` column; the frame itself when it is empty.

    Examples
    --------
    >>> import pandas as pd
    >>> doc = Document("r.pdf", Path("r.pdf"), "Women go to China.\\nMen go to Laos.", pages=(0, 19))
    >>> items = pd.DataFrame({"doc": ["r.pdf"], "start": [19], "end": [34], "evidence": ["Men go to Laos."]})
    >>> add_pages(items, [doc])[["page", "evidence"]].values.tolist()
    [[2, 'Men go to Laos. (p. 2)']]
    """
    import pandas as pd

    if not len(items):
        return items.assign(page=pd.Series(dtype="Int64")) if "page" not in items else items
    paged = {doc.doc_id: doc for doc in documents if doc.pages}
    out = items.copy()
    first = np.zeros(len(out), dtype=np.int64)
    last = np.zeros(len(out), dtype=np.int64)
    docs = out["doc"].to_numpy()
    for doc_id in set(docs) & set(paged):
        rows = np.flatnonzero(docs == doc_id)
        starts = out["start"].to_numpy()[rows]
        ends = out["end"].to_numpy()[rows]
        first[rows] = paged[doc_id].page_at(starts)
        last[rows] = paged[doc_id].page_at(np.maximum(ends - 1, starts))
    out["page"] = pd.array(np.where(first > 0, first, 0), dtype="Int64")
    out.loc[first == 0, "page"] = pd.NA
    has = first > 0
    if has.any():
        notes = np.where(last > first, [f" (pp. {a}-{b})" for a, b in zip(first, last)], [f" (p. {a})" for a in first])
        out.loc[has, "evidence"] = out.loc[has, "evidence"].astype(str) + notes[has]
    return out

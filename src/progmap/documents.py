"""Read documents: files in, decoded text and cable metadata out.

Every downstream offset is an offset into :attr:`Document.text`, the file's
text decoded and NFC-normalized. Cable headers (``TAGS:``, ``SUBJECT:``,
``REF:``, routing lines) are metadata: they are parsed into
:attr:`Document.metadata` and left out of :attr:`Document.narrative`, the
spans later stages read for mentions.
"""

from __future__ import annotations

import codecs
import csv
import glob
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import numpy as np

from progmap import settings
from progmap.errors import DocumentError

#: File types read when a folder is given.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Cable header lines: classification and routing, E.O., TAGS, SUBJECT, REF...
_HEADER_LINE = re.compile(
    r"""^\s*(?:
        (?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|C\ O\ N\ F\ I\ D\ E\ N\ T\ I\ A\ L|LIMITED\ OFFICIAL\ USE)\b.*
      | SIPDIS\s*
      | SENSITIVE\b.*
      | (?:STATE|DEPT)\ FOR\b.*
      | (?:E\.\ ?O\.|EO)\ ?\d{5}.*
      | TAGS:.*
      | SUBJECT:.*
      | SUBJ:.*
      | REF(?:S|ERENCE)?:.*
      | (?:FM|FROM)\ AMEMBASSY\b.*
      | (?:TO|INFO)\ [A-Z]+.*
      | [RPOZ]\ \d{6}Z\ [A-Z]{3}\ \d{2}.*
      | (?:DE|RUEHC|RUEH)[A-Z]{2,}.*
      | CLASSIFIED\ BY:?.*
      | (?:DECL|DERIVED\ FROM):.*
    )$""",
    re.VERBOSE,
)
_REFERENCE = re.compile(r"\b([A-Z][A-Z ]{2,30}?)\s+(\d{3,6})\b")
_CLASSIFICATION = re.compile(
    r"\b(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+E\s*F\s*T\s*O)?"
    r"(?:\s+SECTION\s+\d+\s+OF\s+\d+)?\s+([A-Z][A-Z ]{2,30}?)\s+(\d{3,6})\b"
)
_CABLE_MARK = re.compile(r"^\s*(?:TAGS:|SUBJECT:|E\.\s?O\.\s?\d{5}|SIPDIS)", re.MULTILINE)
_CABLE_DATE = re.compile(r"^\s*[RPOZ]\s(\d{2})(\d{4})Z\s([A-Z]{3})\s(\d{2})\b", re.MULTILINE)
_SIGNATURE = re.compile(r"\n\s*([A-Z]{3,})\s*\Z")


@dataclass(frozen=True)
class Document:
    """One document's text and what its header says.

    Attributes
    ----------
    doc_id : str
        The file name; made unique within a corpus.
    path : pathlib.Path
    text : str
        Decoded, NFC-normalized text; offsets index into it.
    metadata : dict
        For cables: ``reference``, ``subject``, ``tags``, ``tag_countries``
        (ISO alpha-3 from the FIPS codes of the TAGS line), ``refs``, ``date``.
    narrative : list of (start, end)
        Spans of the text that are narrative, header lines left out.
    """

    doc_id: str
    path: Path
    text: str
    metadata: dict = field(default_factory=dict)
    narrative: list = field(default_factory=list)

    def in_narrative(self, offset: int) -> bool:
        """Whether a character offset falls in the narrative."""
        return any(start <= offset < end for start, end in self.narrative)


def read_document(path: os.PathLike, doc_id: str | None = None) -> Document:
    """Read one file as a :class:`Document`.

    Parameters
    ----------
    path : path-like
        A text, Markdown or HTML file.
    doc_id : str, optional
        Id to give it; its file name by default.

    Raises
    ------
    DocumentError
        One line naming the file and the problem: missing, a folder, empty,
        binary, or not decodable as text.
    """
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a document")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror})") from None
    text = decode_text(data, path)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(f"{path}: empty document")
    metadata, narrative = parse_header(text)
    return Document(doc_id or path.name, path, text, metadata, narrative)


def decode_text(data: bytes, path: os.PathLike) -> str:
    """Decode a file's bytes: BOM, then UTF-8, then Windows-1252.

    Raises
    ------
    DocumentError
        For empty or binary data.
    """
    if not data.strip():
        raise DocumentError(f"{path}: empty document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise DocumentError(f"{path}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy Windows files; cp1252 decodes nearly any byte, so check
        # that what comes out reads as text.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(f"{path}: not UTF-8 or Windows-1252 text") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise DocumentError(f"{path}: binary file, not text")
    return text


class _TextExtractor(HTMLParser):
    """Collect an HTML page's visible text, with breaks at block elements."""

    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol"}
    _SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, paragraphs on their own lines."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text).strip() + "\n"


@lru_cache(maxsize=1)
def fips_countries() -> dict[str, str]:
    """FIPS 10-4 country codes (cable TAGS) to ISO 3166-1 alpha-3."""
    with open(settings.geodata_dir() / "fips_countries.csv", encoding="utf-8", newline="") as handle:
        return {row["fips"]: row["iso3"] for row in csv.DictReader(handle)}


def parse_header(text: str) -> tuple[dict, list[tuple[int, int]]]:
    """Split a cable's header from its narrative.

    Returns
    -------
    metadata : dict
        Empty for documents that are not cables.
    narrative : list of (start, end)
        The whole text for documents that are not cables.
    """
    classification = _CLASSIFICATION.search(text[:4000])
    if not _CABLE_MARK.search(text) and not classification:
        return {}, [(0, len(text))]
    metadata: dict = {}
    holes: list[tuple[int, int]] = []
    if classification:
        # Scraped cables often glue the classification line to a preface.
        metadata["reference"] = f"{classification.group(1).strip()} {classification.group(2)}"
        holes.append((classification.start(), classification.end()))
    header_zone = len(text) // 2 + 2000
    for line in re.finditer(r"[^\n]*(?:\n|$)", text):
        if not line.group() or line.start() > header_zone:
            break
        content = line.group().strip()
        if content and _HEADER_LINE.match(content):
            _read_header_line(content, metadata)
            holes.append((line.start(), line.end()))
    signature = _SIGNATURE.search(text)
    if signature:
        metadata["signature"] = signature.group(1)
        holes.append((signature.start(1), len(text)))
    date = _CABLE_DATE.search(text)
    if date:
        day, _, month, year = date.groups()
        metadata["date"] = f"{day} {month} {year}"
    spans, cursor = [], 0
    for start, end in sorted(holes):
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return metadata, [(a, b) for a, b in spans if text[a:b].strip()]


def _read_header_line(line: str, metadata: dict) -> None:
    upper = line.upper()
    if upper.startswith("TAGS:"):
        tags = line.split(":", 1)[1].replace(",", " ").split()
        metadata["tags"] = tags
        table = fips_countries()
        metadata["tag_countries"] = [table[t] for t in tags if len(t) == 2 and t in table]
    elif upper.startswith(("SUBJECT:", "SUBJ:")):
        metadata["subject"] = " ".join(line.split(":", 1)[1].split())
    elif upper.startswith("REF"):
        metadata["refs"] = " ".join(line.split(":", 1)[1].split())
    elif "reference" not in metadata and upper.startswith(("UNCLAS", "CONFIDENTIAL", "SECRET", "LIMITED", "C O N")):
        found = _REFERENCE.findall(line.split("OF", 1)[-1] if " OF " in line else line)
        if found:
            post, number = found[-1]
            metadata["reference"] = f"{post.strip()} {number}"


def iter_documents(paths) -> tuple[list[Document], list[tuple[str, str]]]:
    """Read every document that files, folders and globs name.

    A document that cannot be read is skipped and reported, never fatal, so
    one bad file does not stop a build.

    Parameters
    ----------
    paths : iterable of str or path-like

    Returns
    -------
    documents : list of Document
        In a stable order, ids unique.
    skipped : list of (path, reason)
        Reasons are one-line messages naming the file.
    """
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for item in paths:
        item = str(item)
        if glob.has_magic(item):
            matched = sorted(Path(p) for p in glob.glob(item, recursive=True))
            if not matched:
                skipped.append((item, f"{item}: no file matches this pattern"))
            files += [p for p in matched if p.is_file()]
        elif Path(item).is_dir():
            found = sorted(
                p for p in Path(item).rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(item).parts)
            )
            if not found:
                skipped.append((item, f"{item}: folder holds no documents ({', '.join(TEXT_SUFFIXES)})"))
            files += found
        else:
            files.append(Path(item))
    documents, seen = [], {}
    for path in dict.fromkeys(files):  # drop repeats, keep order
        doc_id = path.name
        if doc_id in seen:
            seen[doc_id] += 1
            doc_id = f"{path.parent.name}/{path.name}" if f"{path.parent.name}/{path.name}" not in seen else f"{path.stem}-{seen[path.name]}{path.suffix}"
        seen.setdefault(doc_id, 1)
        try:
            documents.append(read_document(path, doc_id))
        except DocumentError as exc:
            skipped.append((str(path), str(exc)))
    return documents, skipped


# List items: "-- IOM: ...", "- ...", "• ..."; a line of dashes is an underline.
_ITEM = re.compile(r"(?m)^[ \t]*(?:--?|[•▪*])[ \t]+(?=\S)")
_ITEM_END = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(
    r"""(?:
        (?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bSt)(?<!\bMrs)(?<!\be\.g)(?<!\bi\.e)(?<!\bU\.S)
        [.!?]["”’)]*\s+(?=["“(]?[A-Z0-9¶])   # end of sentence before a capital
      | \n[ \t]*\n\s*                        # blank line
      | \n(?=\s*(?:--|[-*•]\s|¶|\(?[A-Z0-9]\)\s|\d+\.\s))  # list item or paragraph mark
    )""",
    re.VERBOSE,
)


def sentence_spans(text: str) -> np.ndarray:
    """Start and end of each sentence, as an (n, 2) integer array.

    Sentences end at ., ! or ? before a capital (not after Mr., U.S. and
    other abbreviations), at blank lines, and before list items (``--``,
    bullets, ``(A)``) and cable paragraph marks (``¶3.``).
    """
    starts = [0]
    ends = []
    for match in _SENTENCE_END.finditer(text):
        ends.append(match.start() + (1 if text[match.start()] in ".!?" else 0))
        starts.append(match.end())
    ends.append(len(text))
    return np.column_stack([np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)])


def sentences_for(text: str, starts, ends=None) -> list[str]:
    """The sentence around each offset, whitespace collapsed.

    Parameters
    ----------
    text : str
    starts : array-like of int
        Offsets (mention starts).
    ends : array-like of int, optional
        Mention ends; a mention running past its sentence's end extends it.
    """
    spans = sentence_spans(text)
    starts = np.asarray(starts, dtype=np.int64)
    index = np.clip(np.searchsorted(spans[:, 0], starts, side="right") - 1, 0, len(spans) - 1)
    out = []
    for i, number in enumerate(index):
        start, end = spans[number]
        if ends is not None:
            end = max(end, int(np.asarray(ends)[i]))
        out.append(" ".join(text[start:end].split()))
    return out


def text_units(text: str, spans=None) -> list[tuple[int, int, bool]]:
    """Split a text into list items and sentences: (start, end, is_item).

    Parameters
    ----------
    spans : list of (start, end), optional
        Narrative spans; units outside them are dropped.
    """
    units = []
    items = []
    starts = [m.start() for m in _ITEM.finditer(text)]
    for i, start in enumerate(starts):
        end_blank = _ITEM_END.search(text, start)
        end = min(end_blank.start() if end_blank else len(text), starts[i + 1] if i + 1 < len(starts) else len(text))
        items.append((start, end))
    for start, end in sentence_spans(text).tolist():
        if any(a <= start < b for a, b in items):
            continue
        units.append((start, end, False))
    units += [(a, b, True) for a, b in items]
    if spans is not None:
        units = [u for u in units if any(a <= u[0] < b for a, b in spans)]
    return sorted(units)

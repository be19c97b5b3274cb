"""Read PDF and Word documents as page texts, with their libraries imported lazily.

:func:`progmap.sources.documents.read_document` calls these for ``.pdf`` and
``.docx`` files; everything after (headers, narrative, sentences) is the same
as for text. The libraries (``pypdfium2``, ``python-docx``) are imported only
when such a file is read, so a corpus of text files never pays for them.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from progmap.errors import DocumentError

# A paragraph break: a vertical gap this many times the page's usual line pitch.
_PARAGRAPH_GAP = 1.5
# Lines at the top and bottom of pages checked for running headers and footers.
_EDGE_LINES = 2
# A line standing alone that is only a page number: "3", "Page 3", "3 of 10", "- 3 -".
_PAGE_NUMBER = re.compile(r"(?i)[-–\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–\s]*")
_LINE_HYPHEN = re.compile(r"(?<=\w)-\n(?=\w)")


def read_pdf(data: bytes, shown: str) -> tuple[list[str], dict]:
    """The text of each page of a PDF, and what its document information says.

    Lines are read in order with pdfium; a vertical gap wider than usual
    between two lines is a paragraph break (a blank line); words hyphenated
    at line ends are joined; lines repeated at the top or bottom of most
    pages (running headers and footers) and lone page numbers are dropped.

    Parameters
    ----------
    data : bytes
    shown : str
        The file, as messages name it.

    Returns
    -------
    pages : list of str
    info : dict
        ``title``, ``author`` and ``date`` from the PDF's metadata, when set.

    Raises
    ------
    progmap.errors.DocumentError
        For an encrypted or corrupt file.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(f"{shown}: encrypted PDF (it needs a password)") from None
        raise DocumentError(f"{shown}: not a readable PDF ({exc})") from None
    try:
        pages = [_page_lines(pdf[number]) for number in range(len(pdf))]
        info = _pdf_info(pdf)
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"{shown}: not a readable PDF ({exc})") from None
    finally:
        pdf.close()
    pages = _drop_running_lines(pages)
    return [_join_lines(lines) for lines in pages], info


def _page_lines(page) -> list[str]:
    """A page's lines in reading order, with ``""`` where a paragraph breaks."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # pdfium's own line reading: one line per \r\n; it marks a word it
        # joined across a line end with U+FFFE.
        lines, tops = [], []
        for match in re.finditer(r"[^\r\n]+", text):
            lines.append(match.group())
            tops.append(textpage.get_charbox(match.start())[3] if match.start() < textpage.count_chars() else 0.0)
    finally:
        textpage.close()
    # A line pdfium joined across hyphens spans several printed lines.
    spans = [line.count("\ufffe") + 1 for line in lines]
    steps = [(a - b) / n for a, b, n in zip(tops, tops[1:], spans) if a - b > 0]
    out = lines[:1]
    if steps:
        pitch = sorted(steps)[len(steps) // 2]
        for line, above, top, n in zip(lines[1:], tops, tops[1:], spans):
            if above - top - n * pitch > (_PARAGRAPH_GAP - 1) * pitch:
                out.append("")
            out.append(line)
    else:
        out = lines
    # pdfium joins every word hyphenated at a line end, marking the joint:
    # undo it, so that _join_lines decides which hyphens to keep.
    return "\n".join(out).replace("\ufffe", "-\n").split("\n") if out else []


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers and footers, and lone page numbers at pages' edges.

    A line is running when, with its digits ignored, it stands among the
    first or last lines of at least half the pages (and of two at least).
    """
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.lower().split()))

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))

    seen = Counter()
    for lines in pages:
        seen.update({key(lines[i]) for i in edges(lines)})
    running = {k for k, n in seen.items() if n >= 2 and n * 2 >= len(pages)}
    out = []
    for lines in pages:
        drop = {i for i in edges(lines) if key(lines[i]) in running or _PAGE_NUMBER.fullmatch(lines[i])}
        kept = [line for i, line in enumerate(lines) if i not in drop]
        while kept and not kept[0].strip():
            kept.pop(0)
        out.append(kept)
    return out


def _join_lines(lines: list[str]) -> str:
    """One page's text: lines joined, words broken by a hyphen at a line end made whole."""
    text = "\n".join(line.rstrip() for line in lines)
    # "traf-\nficking" is one word; "Hanoi-\nbased" keeps its hyphen.
    return _LINE_HYPHEN.sub(lambda m: "" if _lower_halves(text, m.start(), m.end()) else "-", text)


def _lower_halves(text: str, start: int, end: int) -> bool:
    before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
    return bool(before) and before.group().islower() and text[end : end + 1].islower()


def _pdf_info(pdf) -> dict:
    from progmap.sources.documents import parse_date

    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a broken info dictionary is no reason to lose the text
        return {}
    info = {}
    if meta.get("Title", "").strip():
        info["title"] = " ".join(meta["Title"].split())
    if meta.get("Author", "").strip():
        info["author"] = " ".join(meta["Author"].split())
    raw = meta.get("CreationDate", "")
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", raw)
    date = parse_date(f"{match.group(1)}-{match.group(2)}-{match.group(3)}") if match else None
    if date:
        info["date"] = date
    return info


def read_docx(data: bytes, shown: str) -> tuple[list[str], dict]:
    """The text of a Word document (one "page"), and its core properties.

    Paragraphs are separated by blank lines (a line break inside a
    paragraph stays a line break); list paragraphs become ``• `` items;
    table rows become lines of tab-separated cells. Page headers and
    footers are not read.

    Raises
    ------
    progmap.errors.DocumentError
        For a zip archive that is not a Word document, or a corrupt one.
    """
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise DocumentError(f"{shown}: not a readable Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml or zip errors in a damaged file
        raise DocumentError(f"{shown}: not a readable Word document ({type(exc).__name__})") from None
    blocks = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = ["\t".join(" ".join(cell.text.split()) for cell in row.cells) for row in block.rows]
            blocks.append("\n".join(rows))
            continue
        text = block.text
        style = (block.style.name if block.style is not None else "") or ""
        if text.strip() and style.lower().startswith("list"):
            text = "• " + text.lstrip()
        blocks.append(text)
    info = {}
    core = document.core_properties
    if (core.title or "").strip():
        info["title"] = " ".join(core.title.split())
    if (core.author or "").strip():
        info["author"] = " ".join(core.author.split())
    return ["\n\n".join(blocks)], info


def html_main_text(markup: str) -> str | None:
    """A page's main text, without its menus, sidebars, comments and footer; None when none is found.

    Uses trafilatura (which finds the article among a page's blocks far
    better than reading every visible element: "Related stories" lists,
    comment threads and footers name places too). Each block becomes a
    paragraph of its own; list items keep their ``- `` bullet. Short pages
    (trafilatura wants a few hundred characters) give None, and the caller
    falls back to :func:`progmap.sources.documents.html_to_text`.
    """
    import trafilatura

    try:
        text = trafilatura.extract(
            markup, include_comments=False, include_tables=True, include_links=False,
            favor_recall=True, deduplicate=False, output_format="txt",
        )
    except Exception:  # a page trafilatura cannot parse is read the other way
        return None
    if not text or not text.strip():
        return None
    # One block a line: make each a paragraph, as blank lines separate them in text files.
    return re.sub(r"\n(?![ \t]*[-•])", "\n\n", text.strip()) + "\n"


def markdown_text(text: str) -> str:
    """A Markdown file's text without its markup: headings, paragraphs and list items as lines.

    Uses markdown-it-py's CommonMark parser (with tables). Each heading and
    paragraph becomes a paragraph of its own, so a first-level heading
    over a blank line reads as the document's title; list items keep a
    ``- `` bullet (``1. `` when numbered) and follow each other line by
    line; a table row is its cells joined by `` | ``; emphasis marks, link
    targets and image addresses go, their words stay. Raw HTML is dropped.

    >>> markdown_text("# Shelters in **Hue**\\n\\n- [IOM](https://iom.int) runs one\\n- CWD runs another\\n")
    'Shelters in Hue\\n\\n- IOM runs one\\n- CWD runs another\\n'
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[str] = []
    bullets: list[str] = []  # the bullet of each open list, innermost last ("" for a numbered one)
    numbers: list[int] = []
    cells: list[str] = []
    item_open = False
    previous = ""
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            bullets.append("- ")
            numbers.append(0)
        elif kind == "ordered_list_open":
            bullets.append("")
            numbers.append(int(token.attrs.get("start", 1) or 1) - 1)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            bullets.pop()
            numbers.pop()
        elif kind == "list_item_open":
            item_open = True
        elif kind == "tr_close":
            blocks.append(" | ".join(cells))
            cells = []
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif kind == "inline":
            line = _inline_text(token.children or [])
            if previous in ("th_open", "td_open"):
                cells.append(line)
            elif item_open and bullets:
                numbers[-1] += 1
                blocks.append("  " * (len(bullets) - 1) + (bullets[-1] or f"{numbers[-1]}. ") + line)
                item_open = False
            elif line:
                blocks.append(line)
        previous = kind
    out: list[str] = []
    for block in blocks:
        if out and _LIST_LINE.match(block) and _LIST_LINE.match(out[-1].rsplit("\n", 1)[-1]):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out) + "\n"


_LIST_LINE = re.compile(r"[ \t]*(?:- |\d+\. )")


def _inline_text(children) -> str:
    """The words of an inline token: text, code and line breaks, without emphasis marks or link targets."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts).strip()

"""Corpora of any size for the build benchmarks, recombined from real documents.

Paragraphs of the bundled example documents and of the development corpus
(``../shared/corpus/dev/corpus``) are drawn at random (seeded, so the same
call gives the same corpus) into documents of ordinary size, 2 to 8 KB, half
of them under a cable or page header taken from a real document. Nothing of
the corpus is committed: it is made at run time.

Examples
--------
>>> count = write_corpus(Path("/tmp/c10"), 10.0)      # doctest: +SKIP
>>> write_big_file(Path("/tmp/big.txt"), 16.0)         # doctest: +SKIP
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE.parent / "examples", HERE.parent.parent / "shared" / "corpus" / "dev" / "corpus"]
#: A paragraph ends at a blank line or before a numbered cable paragraph ("2. (SBU) ...").
_BREAK = re.compile(r"\n\s*\n|\n(?=\d{1,2}\.\s+\()")
#: Long paragraphs are cut after a sentence once they pass this many characters.
_LONGEST = 900
_SENTENCE_END = re.compile(r"((?<=[.!?])\s+(?=[A-Z]))")


def _paragraphs(text: str) -> list[str]:
    out = []
    for block in _BREAK.split(text):
        block = block.strip("\n")
        if not block.strip():
            continue
        # Cut after a sentence, keeping the text's own line breaks (a header stays lines).
        piece = ""
        parts = _SENTENCE_END.split(block)
        for sentence, gap in zip(parts[::2], [*parts[1::2], ""]):
            piece += sentence
            if len(piece) >= _LONGEST:
                out.append(piece)
                piece = ""
            elif piece:
                piece += gap
        if piece.strip():
            out.append(piece.rstrip())
    return out


def source_paragraphs() -> tuple[list[str], list[str]]:
    """Headers (each source document's first paragraph) and body paragraphs of the sources."""
    headers, body = [], []
    files = sorted(p for folder in SOURCES if folder.is_dir() for p in folder.rglob("*.txt"))
    if not files:
        raise SystemExit(f"no source documents in {', '.join(map(str, SOURCES))}")
    for path in files:
        found = _paragraphs(path.read_text(encoding="utf-8"))
        headers.append(found[0])
        body.extend(found[1:])
    return headers, body


def documents(megabytes: float, seed: int = 11):
    """Yield document texts totalling about ``megabytes`` (10**6 bytes each)."""
    rng = random.Random(seed)
    headers, body = source_paragraphs()
    left = int(megabytes * 1e6)
    while left > 0:
        size = rng.randint(2000, 8000)
        parts = [rng.choice(headers)] if rng.random() < 0.5 else []
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(body))
        text = "\n\n".join(parts) + "\n"
        left -= len(text.encode("utf-8"))
        yield text


def write_corpus(folder: Path, megabytes: float, seed: int = 11, first: int = 0) -> int:
    """Write documents of about ``megabytes`` into ``folder``; return their count.

    ``first`` numbers the files from there, so a later call can add new
    documents beside earlier ones (with another ``seed``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, text in enumerate(documents(megabytes, seed), 1):
        (folder / f"doc{first + count - 1:06d}.txt").write_text(text, encoding="utf-8")
    return count


def write_big_file(path: Path, megabytes: float, seed: int = 11) -> None:
    """One file of about ``megabytes``: the documents of :func:`documents` one after another."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for text in documents(megabytes, seed):
            handle.write(text + "\n")

"""The per-document cache: each document's result, kept for the next build.

An entry is keyed by the document's content hash, its id, the extraction
options and the :class:`~progmap.engine.state.SharedState` fingerprint
(progmap's code and version, the gazetteer and the tables). It is a plain
file: one header line (format version, key, and a BLAKE2 digest of what
follows), then the result as :func:`progmap.engine.work.encode` makes it (its JSON, and
the bytes of its pieces of the outputs).
Entries are written to a temporary file and renamed, so a reader never sees
half of one; an entry whose header or digest does not match is ignored and
recomputed, never trusted. Nothing in it is executed or unpickled.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

#: Bump when the entry format or the result layout changes.
FORMAT = 3
_MAGIC = b"progmap-result"


def content_hash(data: bytes) -> str:
    """The hash that names a document's bytes."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


class ResultCache:
    """Per-document results in a folder, one file each.

    Parameters
    ----------
    folder : path-like
        Created when the first entry is written.
    fingerprint : str
        Of the state that computes results (see :class:`~progmap.engine.state.SharedState`).
    options : str
        The extraction options as text (:meth:`~progmap.engine.state.ExtractOptions.key`).
    read : bool, optional
        False: store results but read none (a full build).

    Examples
    --------
    >>> cache = ResultCache(folder, state.fingerprint, options.key())   # doctest: +SKIP
    >>> key = cache.key("report.txt", content_hash(data))              # doctest: +SKIP
    >>> cache.get(key) or cache.put(key, compute())                    # doctest: +SKIP
    """

    def __init__(self, folder: os.PathLike, fingerprint: str, options: str, read: bool = True):
        self.folder = Path(folder)
        self._root = os.fspath(self.folder)
        self.read = read
        self._salt = f"{FORMAT}\0{fingerprint}\0{options}\0".encode("utf-8")

    def key(self, doc_id: str, digest: str) -> str:
        """The entry name of a document (its id and content hash) under this state and these options."""
        return hashlib.blake2b(self._salt + f"{doc_id}\0{digest}".encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()

    def _path(self, key: str) -> Path:
        return Path(self._file(key))

    def _file(self, key: str) -> str:
        # Text, not a Path: a rebuild looks up two entries per document, and pathlib's parsing cost more than the reads.
        return os.path.join(self._root, key[:2], f"{key}.json")

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (always False when not reading); :meth:`get` checks it."""
        return self.read and os.path.isfile(self._file(key))

    def get(self, key: str) -> bytes | None:
        """The result stored under ``key``; None when missing, unreadable or corrupt."""
        if not self.read:
            return None
        try:
            with open(self._file(key), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        header, newline, payload = data.partition(b"\n")
        expected = b" ".join((_MAGIC, str(FORMAT).encode(), key.encode(), _digest(payload)))
        return payload if newline and header == expected else None

    def put(self, key: str, payload: bytes) -> None:
        """Store a result; a failure to write (a full disk, a read-only folder) only loses the entry."""
        path = self._path(key)
        header = b" ".join((_MAGIC, str(FORMAT).encode(), key.encode(), _digest(payload)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(header + b"\n" + payload)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=16).hexdigest().encode()

"""Cache files that check themselves.

Every file progmap derives and keeps (a converted boundary layer, the
gazetteer's tables) is written under a temporary name, with its SHA-256 in
a file beside it (``NAME.sha256``), and moved into place whole. Reading it
checks the digest first: an entry that was truncated, tampered with or half
written is reported in one line, removed, and rebuilt by the caller, never
used.

Examples
--------
>>> layer = read_verified(path, gpd.read_parquet)            # doctest: +SKIP
>>> if layer is None:                                         # doctest: +SKIP
...     layer = convert(raw)
...     write_verified(path, layer.to_parquet)
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from progmap.sources._downloader import sha256_of

log = logging.getLogger(__name__)
T = TypeVar("T")


def digest_path(path: Path) -> Path:
    """Where the SHA-256 of a cache entry is kept."""
    return path.with_name(path.name + ".sha256")


def write_verified(path: os.PathLike, write: Callable[[Path], object]) -> None:
    """Write a cache entry and its digest, each under a name of its own first.

    Parameters
    ----------
    path : path-like
        The entry.
    write : callable
        Writes the entry to the path it is given (``frame.to_parquet``).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Names of their own, so that builds sharing a cold cache never clash.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        fd, digest_tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".sha256.part", dir=path.parent)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(sha256_of(tmp) + "\n")
        os.replace(digest_tmp, digest_path(path))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def entry_state(path: os.PathLike) -> str:
    """``ok``, ``corrupt`` (not its digest), ``unverified`` (no digest: an older progmap's) or ``missing``."""
    path = Path(path)
    if not path.exists():
        return "missing"
    try:
        expected = digest_path(path).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return "unverified"
    except (OSError, UnicodeDecodeError):
        return "corrupt"
    return "ok" if sha256_of(path) == expected else "corrupt"


def read_verified(path: os.PathLike, read: Callable[[Path], T], label: str | None = None) -> T | None:
    """Read a cache entry if it is whole; None when it is missing or cannot be trusted.

    An entry whose digest is missing or different, or that the reader
    fails on, is logged in one line and removed, so the caller rebuilds it.
    """
    path = Path(path)
    state = entry_state(path)
    if state == "missing":
        return None
    reasons = {"corrupt": "its checksum does not match", "unverified": "it has no checksum, as older versions wrote it"}
    reason = reasons.get(state)
    if reason is None:
        try:
            return read(path)
        except Exception as exc:  # pyarrow and GDAL raise many kinds for a damaged file
            reason = f"it cannot be read ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
    log.warning("progmap: cached %s cannot be trusted (%s); rebuilding it: %s", label or path.name, reason, path)
    discard(path)
    return None


def discard(path: os.PathLike) -> None:
    """Remove a cache entry and its digest."""
    path = Path(path)
    path.unlink(missing_ok=True)
    digest_path(path).unlink(missing_ok=True)

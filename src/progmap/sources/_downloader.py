"""Fetch public files into the cache: from a mirror folder or their URL.

Every file is checked against the SHA-256 in the manifest before it enters
the cache, and is written under a temporary name first, so an interrupted or
corrupt download never leaves a file the next run would trust. A cached
file is checked again each time it is used; one that no longer matches is
fetched anew, with a one-line notice. A download stops with one line when
it takes longer than its deadline or grows past its size cap (both from the
manifest, with defaults), so a server that drips bytes cannot hold a build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tqdm.auto import tqdm

from progmap.errors import BoundaryError

log = logging.getLogger(__name__)
_CHUNK = 1 << 20
#: Largest download when the manifest gives no ``size``.
DEFAULT_MAX_BYTES = 512 * 2**20
#: Seconds a whole download may take when the manifest gives no ``deadline``.
DEFAULT_DEADLINE = 600.0
#: Seconds one read may wait for the server (less when the deadline is nearer).
_READ_TIMEOUT = 60.0


def sha256_of(path: os.PathLike) -> str:
    """Return the hex SHA-256 digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fetch(
    url: str,
    filename: str,
    sha256: str,
    dest_dir: Path,
    mirror: Path | None = None,
    max_bytes: int | None = None,
    deadline: float | None = None,
) -> Path:
    """Place a verified copy of a public file in ``dest_dir`` and return its path.

    Parameters
    ----------
    url : str
        Where the file lives: ``http(s)://``, ``file://`` or a local path.
    filename : str
        The file's name in the cache and in a mirror folder.
    sha256 : str
        Expected hex digest; a file that does not match is rejected.
    dest_dir : pathlib.Path
        Cache folder for raw files.
    mirror : pathlib.Path, optional
        A folder holding a copy of the file; when given, the URL is not used.
    max_bytes : int, optional
        Largest size accepted (the manifest's ``size``); :data:`DEFAULT_MAX_BYTES` if None.
    deadline : float, optional
        Seconds the whole download may take; :data:`DEFAULT_DEADLINE` if None.

    Returns
    -------
    pathlib.Path
        The cached file, verified now.
    """
    target = dest_dir / filename
    expected = sha256.lower()
    if target.exists():
        if sha256_of(target) == expected:
            return target
        log.warning("progmap: cached %s does not match its SHA-256; fetching it again", target)
        target.unlink(missing_ok=True)
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{filename}.", suffix=".part", dir=dest_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if mirror is not None:
                origin = _copy_from_mirror(mirror, filename, out, max_bytes)
            else:
                _download(url, out, filename, max_bytes, deadline or DEFAULT_DEADLINE)
                origin = url
        actual = sha256_of(tmp)
        if actual != expected:
            raise BoundaryError(
                f"{origin}: SHA-256 {actual} does not match the manifest's {sha256}; file rejected"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _copy_from_mirror(mirror: Path, filename: str, out, max_bytes: int) -> str:
    source = mirror / filename
    if not source.is_file():
        raise BoundaryError(f"{source}: not in the mirror folder {mirror}")
    if source.stat().st_size > max_bytes:
        raise BoundaryError(f"{source}: larger than the {max_bytes} bytes the manifest allows; file rejected")
    with open(source, "rb") as src:
        shutil.copyfileobj(src, out, _CHUNK)
    return str(source)


def _download(url: str, out, label: str, max_bytes: int, deadline: float) -> None:
    """Stream ``url`` into the open binary file ``out`` within ``deadline`` seconds and ``max_bytes``."""
    if "://" not in url:
        url = Path(url).resolve().as_uri()
    started = time.monotonic()
    hint = "set PROGMAP_MIRROR or --mirror to a folder of copies"
    try:
        with urllib.request.urlopen(url, timeout=min(_READ_TIMEOUT, deadline)) as response:
            total = int(response.headers.get("Content-Length") or 0) or None
            if total and total > max_bytes:
                raise BoundaryError(f"{url}: {total} bytes is more than the {max_bytes} the manifest allows; download refused")
            received = 0
            with tqdm(total=total, unit="B", unit_scale=True, desc=label, leave=False) as bar:
                while True:
                    # read1 returns what one read from the socket gave, so a
                    # server dripping bytes cannot keep a read waiting past the deadline.
                    chunk = response.read1(_CHUNK)
                    if time.monotonic() - started > deadline:
                        raise BoundaryError(f"{url}: download took more than its deadline of {deadline:g} s; {hint}")
                    if not chunk:
                        break
                    received += len(chunk)
                    if received > max_bytes:
                        raise BoundaryError(f"{url}: more than the {max_bytes} bytes the manifest allows; download stopped")
                    out.write(chunk)
                    bar.update(len(chunk))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BoundaryError(f"{url}: download failed ({reason}); {hint}") from None

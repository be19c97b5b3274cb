"""Fetch public files into the cache: from a mirror folder or their URL.

Every file is checked against the SHA-256 in the manifest before it enters
the cache, and is written under a temporary name first, so an interrupted or
corrupt download never leaves a file the next run would trust.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from tqdm.auto import tqdm

from progmap.errors import BoundaryError

_CHUNK = 1 << 20


def sha256_of(path: os.PathLike) -> str:
    """Return the hex SHA-256 digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fetch(url: str, filename: str, sha256: str, dest_dir: Path, mirror: Path | None = None) -> Path:
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

    Returns
    -------
    pathlib.Path
        The cached file, already verified.
    """
    target = dest_dir / filename
    if target.exists():
        return target
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{filename}.", suffix=".part", dir=dest_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if mirror is not None:
                source = mirror / filename
                if not source.is_file():
                    raise BoundaryError(f"{source}: not in the mirror folder {mirror}")
                with open(source, "rb") as src:
                    shutil.copyfileobj(src, out, _CHUNK)
                origin = str(source)
            else:
                _download(url, out, filename)
                origin = url
        actual = sha256_of(tmp)
        if actual != sha256.lower():
            raise BoundaryError(
                f"{origin}: SHA-256 {actual} does not match the manifest's {sha256}; file rejected"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _download(url: str, out, label: str) -> None:
    """Stream ``url`` into the open binary file ``out`` with a progress bar."""
    if "://" not in url:
        url = Path(url).resolve().as_uri()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            total = int(response.headers.get("Content-Length") or 0) or None
            with tqdm(total=total, unit="B", unit_scale=True, desc=label, leave=False) as bar:
                for chunk in iter(lambda: response.read(_CHUNK), b""):
                    out.write(chunk)
                    bar.update(len(chunk))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BoundaryError(
            f"{url}: download failed ({reason}); set PROGMAP_MIRROR or --mirror to a folder of copies"
        ) from None

"""Where progmap looks for its tables, its mirror and its cache.

Values come from the environment so scripts and CI can steer them:

``PROGMAP_MIRROR``
    A folder holding copies of the public boundary files; when set, progmap
    reads from it instead of downloading.
``PROGMAP_CACHE``
    Where downloaded files and converted layers are kept.
``PROGMAP_GEODATA``
    A folder of manifest and alias tables replacing the bundled ones.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent


def geodata_dir() -> Path:
    """Return the folder holding the manifest, alias and region tables.

    Returns
    -------
    pathlib.Path
        ``$PROGMAP_GEODATA`` if set; the tables bundled in the wheel when
        installed; otherwise the repository's ``geodata/`` (editable install).
    """
    override = os.environ.get("PROGMAP_GEODATA")
    if override:
        return Path(override)
    return bundled_geodata_dir()


def bundled_geodata_dir() -> Path:
    """Return the tables that ship with progmap, whatever ``$PROGMAP_GEODATA`` says.

    Returns
    -------
    pathlib.Path
        The copy inside the wheel when installed; otherwise the
        repository's ``geodata/`` (an editable install).
    """
    bundled = _PACKAGE_DIR / "geodata"
    if (bundled / "sources.toml").exists():
        return bundled
    return _PACKAGE_DIR.parents[1] / "geodata"


def mirror_dir(override: str | os.PathLike | None = None) -> Path | None:
    """Return the mirror folder to read boundary files from, if any.

    Parameters
    ----------
    override : path-like, optional
        A folder given on the command line; wins over ``$PROGMAP_MIRROR``.
    """
    value = override or os.environ.get("PROGMAP_MIRROR")
    return Path(value).expanduser().resolve() if value else None


def cache_dir() -> Path:
    """Return the cache folder, creating it if needed.

    ``$PROGMAP_CACHE`` if set; ``geodata/cache`` beside the tables when that
    folder is writable (a repository checkout); else the user cache folder.
    """
    override = os.environ.get("PROGMAP_CACHE")
    if override:
        path = Path(override)
    else:
        tables = geodata_dir()
        path = tables / "cache"
        if not os.access(tables, os.W_OK):
            path = Path(platformdirs.user_cache_dir("progmap"))
    path.mkdir(parents=True, exist_ok=True)
    return path

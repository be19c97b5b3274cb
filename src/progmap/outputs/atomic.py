"""Output folders that change in one step: readers see the old set or the new one.

A build writes its outputs into a hidden folder beside the output folder,
``.NAME.<id>``, and then switches the output path to it in one step: the
output path is a symbolic link to the current set, and the switch replaces
the link with ``os.replace``, which POSIX makes atomic. A reader that opens
``NAME/map.html`` during a build gets the whole old set or the whole new
set, never a mix, even if the build is killed at any point.

Around that:

- a lock file, ``.NAME.lock``, stops two builds writing the same output;
  the second fails at once with one line;
- the build removes the leftovers of killed builds (temporary sets and
  links holding :data:`progmap.schema.OUTPUT_MARKER`) before it writes;
- files a user put in the output folder are carried into each new set;
- an output path that is a user's link, say onto another disk, is followed,
  and the sets are made beside the folder it points to, so the switch never
  crosses file systems;
- a write that fails (a full disk, a read-only folder) is reported naming
  the output file or folder, never the temporary one;
- an output folder that is a plain folder (from older progmap versions) is
  swapped for the link atomically on Linux (``renameat2`` with
  ``RENAME_EXCHANGE``) and with two renames elsewhere.

Examples
--------
>>> with atomic_output_dir("outputs/vietnam") as tmp:       # doctest: +SKIP
...     (tmp / "map.html").write_text(page)
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from progmap import stopping
from progmap.errors import ProgmapError
from progmap.schema import OUTPUT_MARKER

try:
    import fcntl
except ImportError:  # Windows: no lock, builds there must not overlap
    fcntl = None

#: Most links followed from the output path to the folder it names.
_MAX_LINKS = 40
#: Names older progmap versions wrote, by which a leftover temporary
#: folder without a marker is still known as progmap's.
_KNOWN_OUTPUTS = re.compile(r".*\.(geojson|csv|html|gpkg|qgz|qgs|yaml|png|pdf)|lib")


def _set_pattern(name: str) -> re.Pattern:
    """Names progmap gives an output's sets (``.NAME.<id>``), links (``.link``) and set-asides.

    ``<id>`` is :func:`tempfile.mkdtemp`'s eight characters, so a user's
    ``.NAME.backup`` or ``.NAME.old`` is never taken for one.
    """
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}(\.link|_previous)?")


def _is_own_link(path: Path) -> bool:
    """Whether ``path`` is a link progmap made to one of the output's sets."""
    return path.is_symlink() and _set_pattern(path.name).fullmatch(os.readlink(path)) is not None


def output_location(out_dir: os.PathLike) -> Path:
    """The path whose link is switched: ``out_dir`` with a user's links followed.

    A link the user made (``outputs -> /mnt/big/outputs``) is followed, so
    the sets live beside the folder it names, on that disk; progmap's own
    link to a set is the end of the way.
    """
    path = Path(os.path.abspath(out_dir))
    for _ in range(_MAX_LINKS):
        if not path.is_symlink() or _is_own_link(path):
            return path
        path = Path(os.path.abspath(path.parent / os.readlink(path)))
    raise ProgmapError(f"{out_dir}: too many links on the way to the output folder")


def current_set(location: Path) -> Path | None:
    """The folder holding the outputs now: a set, a plain folder, or None."""
    if _is_own_link(location):
        target = location.parent / os.readlink(location)
        return target if target.is_dir() else None  # a set removed by hand: nothing to keep
    if location.is_dir() and not location.is_symlink():
        return location
    return None


@contextlib.contextmanager
def _lock(location: Path):
    """Hold ``.NAME.lock`` beside the output, or fail at once with one line."""
    path = location.parent / f".{location.name}.lock"
    try:
        handle = open(path, "a")
    except OSError as exc:
        raise ProgmapError(f"{location.parent}: cannot write the output folder {location.name} here ({exc.strerror})") from None
    with handle:
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ProgmapError(
                    f"{location}: another progmap build is writing this output folder (lock {path.name}); try again when it ends"
                ) from None
        yield


def _is_leftover(path: Path) -> bool:
    """A set or link of a killed build: progmap's marker, empty, or only progmap's outputs."""
    if path.is_symlink():
        return path.name.endswith(".link")
    if not path.is_dir():
        return False
    names = [p.name for p in path.iterdir()]
    return OUTPUT_MARKER in names or all(_KNOWN_OUTPUTS.fullmatch(n) for n in names)


def remove_leftovers(location: Path) -> list[Path]:
    """Remove the temporary sets and links that killed builds left beside ``location``.

    Call it holding the lock. The current set and anything that does not
    look like progmap's (a user's ``.NAME.backup`` with other files) stay.

    Returns
    -------
    list of pathlib.Path
        What was removed.
    """
    keep = current_set(location)
    pattern = _set_pattern(location.name)
    removed = []
    for path in sorted(location.parent.iterdir()):
        if pattern.fullmatch(path.name) and path != keep and _is_leftover(path):
            if path.is_symlink() or not path.is_dir():
                path.unlink()
            else:
                shutil.rmtree(path)
            removed.append(path)
    return removed


def _written_by_progmap(folder: Path) -> set[str]:
    """Names the build that made ``folder`` wrote, from its marker."""
    try:
        return set(json.loads((folder / OUTPUT_MARKER).read_text(encoding="utf-8"))["outputs"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)  # no copy: the same file in both sets
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _carry_user_files(previous: Path | None, new: Path) -> None:
    """Hard-link into the new set what the user put in the previous one."""
    if previous is None:
        return
    skip = _written_by_progmap(previous) | {p.name for p in new.iterdir()} | {OUTPUT_MARKER}
    for item in previous.iterdir():
        if item.name in skip:
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, new / item.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(item, new / item.name)


def _write_marker(folder: Path, outputs: list[str]) -> None:
    text = json.dumps({"about": "A progmap output set: progmap never reads it as documents.", "outputs": sorted(outputs)}, indent=1)
    (folder / OUTPUT_MARKER).write_text(text + "\n", encoding="utf-8")


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    if code == errno.EXDEV:
        raise ProgmapError(f"{b}: the output folder is a mount point; name a folder inside it")
    raise OSError(code, os.strerror(code), str(b))


def _switch(new: Path, location: Path) -> Path | None:
    """Point ``location`` at the set ``new`` in one step; return what to delete after."""
    previous = current_set(location)
    link = new.with_name(new.name + ".link")
    os.symlink(new.name, link)
    if previous is None or _is_own_link(location):
        os.replace(link, location)  # atomic: the old link or nothing, then the new link
        return previous
    # A plain folder from an older progmap: swap it for the link.
    if _exchange(link, location):
        return link  # the old folder now has the link's name
    aside = new.with_name(new.name + "_previous")
    os.rename(location, aside)
    os.replace(link, location)
    return aside


def _remove(path: Path | None) -> None:
    if path is None:
        return
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


#: How libraries that do not raise OSError (SQLite, GDAL) say the disk is full.
_FULL_DISK_TEXTS = ("No space left on device", "disk is full", "Disk quota exceeded")


#: Free space under which a failed write is taken for a full disk: GDAL,
#: for one, reports a full disk as a failed SQLite rollback.
_NEARLY_FULL = 256 * 2**10


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def _newest_file(folder: Path) -> Path | None:
    """The file written last in ``folder``: the one a failed write was writing."""
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != OUTPUT_MARKER]
    return max(files, key=lambda p: p.stat().st_mtime_ns, default=None)


def _write_error(exc: Exception, tmp: Path, location: Path) -> ProgmapError | None:
    """A failed write, told about the output file it was for, never the temporary one.

    Returns None for errors that are not failed writes into ``tmp``: they
    go on as they are.
    """
    named = str(getattr(exc, "filename", None) or "")
    text = str(exc)
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or any(t in text for t in _FULL_DISK_TEXTS) or _disk_full(tmp)
    if str(tmp) in named:
        where, reason = named.replace(str(tmp), str(location)), getattr(exc, "strerror", None) or text
    elif full:
        newest = _newest_file(tmp)
        where = location / newest.relative_to(tmp) if newest else location
        reason = os.strerror(errno.ENOSPC) + (f" ({text.splitlines()[0]})" if text and os.strerror(errno.ENOSPC) not in text else "")
    elif str(tmp) in text:
        where, reason = location, text
    else:
        return None
    reason = reason.splitlines()[0].replace(str(tmp), str(location)) if reason else type(exc).__name__
    return ProgmapError(f"{where}: {reason}")


def _new_set(location: Path) -> Path:
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{location.name}.", dir=location.parent))
        _write_marker(tmp, [])
    except OSError as exc:
        raise ProgmapError(f"{location.parent}: cannot write the output folder {location.name} here ({exc.strerror})") from None
    return tmp


@contextlib.contextmanager
def atomic_output_dir(out_dir: os.PathLike):
    """Yield a temporary folder that becomes ``out_dir``'s contents in one step on success.

    Parameters
    ----------
    out_dir : path-like
        The output folder; made if missing. After the first build it is a
        link to the current set (see the module docstring).

    Yields
    ------
    pathlib.Path
        The folder to write into; it already holds :data:`~progmap.schema.OUTPUT_MARKER`.

    Raises
    ------
    ProgmapError
        If ``out_dir`` is a file, another build holds its lock, or a write
        fails (naming the output file or folder, not the temporary one).
    """
    location = output_location(out_dir)
    if location.exists() and not location.is_dir():
        raise ProgmapError(f"{out_dir}: output path exists and is not a folder")
    try:
        location.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProgmapError(f"{exc.filename or location.parent}: cannot make the output folder's parent ({exc.strerror})") from None
    with _lock(location):
        remove_leftovers(location)
        tmp = None
        try:
            tmp = _new_set(location)
            yield tmp
            outputs = [p.name for p in tmp.iterdir() if p.name != OUTPUT_MARKER]
            _carry_user_files(current_set(location), tmp)
            _write_marker(tmp, outputs)
            stopping.check()  # a signal whose exception some C code dropped still stops the switch
            old = _switch(tmp, location)
        except BaseException as exc:
            # Told before the temporary set goes: the telling looks at it.
            told = tmp is not None and isinstance(exc, Exception) and not isinstance(exc, ProgmapError)
            error = _write_error(exc, tmp, location) if told else None
            # Holding the lock, every set but the current one is ours to remove,
            # even one a signal left between its making and its naming here.
            remove_leftovers(location)
            if error is not None:
                raise error from None
            raise
        _remove(old)

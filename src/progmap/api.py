"""progmap from Python: :func:`build` a map, or :func:`extract` the frames.

The functions a notebook calls, re-exported as ``progmap.build`` and
``progmap.extract``. They take the same inputs as the ``progmap`` command
(a project file, or documents with a few settings) and return what the
pipeline made: GeoDataFrames and the paths it wrote.

Examples
--------
>>> import progmap
>>> result = progmap.build("examples/vietnam/project.toml")                    # doctest: +SKIP
>>> result.layers["programmes"].plot()                                          # doctest: +SKIP
>>> result = progmap.build(["docs/"], out="outputs/docs", country="VNM", title="Programmes")  # doctest: +SKIP
>>> found = progmap.extract("docs/", country="VNM")                             # doctest: +SKIP
>>> found.routes.head()                                                         # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Union

from progmap.errors import ProgmapError
from progmap.pipeline import BuildResult, Extraction
from progmap.project import Project, check_country, read_project

#: A path as the API takes it: text or any path-like.
PathLike = Union[str, "os.PathLike[str]"]


def _as_list(paths: PathLike | Iterable[PathLike]) -> list[str]:
    """One path, or many, as a list of text paths."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def _project(
    source: PathLike | Iterable[PathLike] | Project,
    out: PathLike | None,
    country: str | None,
    title: str | None,
    offline: bool | None,
    pdf: bool | None,
    mirror: PathLike | None,
) -> Project:
    """The project a :func:`build` call describes; arguments given override the file."""
    if isinstance(source, Project):
        project = source
    elif isinstance(source, (str, os.PathLike)) and os.fspath(source).endswith(".toml"):
        project = read_project(source)
    else:
        if out is None:
            raise ProgmapError("build: out= (the output folder) is required when documents are given directly")
        project = Project(corpus=_as_list(source), output=Path(out), title=title or "progmap")
    if out is not None:
        project.output = Path(out)
    if country is not None:
        project.country = check_country(country, "country=")
    if title is not None:
        project.title = title
    if offline is not None:
        project.map.offline = offline
    if pdf is not None:
        project.map.pdf = pdf
    if mirror is not None:
        project.mirror = Path(mirror)
    return project


def build(
    source: PathLike | Iterable[PathLike] | Project,
    out: PathLike | None = None,
    *,
    country: str | None = None,
    title: str | None = None,
    offline: bool | None = None,
    pdf: bool | None = None,
    mirror: PathLike | None = None,
) -> BuildResult:
    """Build a project's maps and layers, as ``progmap build`` does.

    Parameters
    ----------
    source : path-like, list of path-like, or Project
        A project file (``.toml``), or the documents: files, folders and
        glob patterns; or a :class:`~progmap.project.Project`.
    out : path-like, optional
        The output folder; required when documents are given directly.
        Overrides the project file's ``output``.
    country : str, optional
        ISO 3166-1 alpha-3 context country ("VNM").
    title : str, optional
        The title of the map, the figure and the QGIS project.
    offline : bool, optional
        A web map that needs no tile server.
    pdf : bool, optional
        Also write ``map.pdf`` beside ``map.png``.
    mirror : path-like, optional
        A folder of boundary files to read instead of downloading
        (else ``$PROGMAP_MIRROR``).

    Returns
    -------
    BuildResult
        ``.layers`` (name to GeoDataFrame), ``.paths`` (file name to path),
        ``.counts``, ``.documents``, ``.skipped`` and ``.summary()``.

    Raises
    ------
    ProgmapError
        A user mistake (a missing file, a bad project file, no readable
        document), with a one-line message.

    Examples
    --------
    >>> result = build("examples/vietnam/project.toml")               # doctest: +SKIP
    >>> result.layers["routes"][["origin_name", "destination_name"]]   # doctest: +SKIP
    """
    from progmap.pipeline import build as run

    return run(_project(source, out, country, title, offline, pdf, mirror))


def extract(paths: PathLike | Iterable[PathLike], country: str | None = None, mirror: PathLike | None = None) -> Extraction:
    """Read documents and return what they say, as frames; nothing is written.

    Parameters
    ----------
    paths : path-like or list of path-like
        Files, folders or glob patterns.
    country : str, optional
        ISO 3166-1 alpha-3 context country of every document.
    mirror : path-like, optional
        A folder of boundary files (else ``$PROGMAP_MIRROR``).

    Returns
    -------
    Extraction
        ``.mentions``, ``.unresolved``, ``.organizations``, ``.programmes``,
        ``.routes`` (pandas DataFrames), ``.documents`` and ``.skipped``.

    Examples
    --------
    >>> found = extract("docs/", country="VNM")          # doctest: +SKIP
    >>> found.mentions.groupby("name").size()            # doctest: +SKIP
    """
    from progmap.pipeline import extract as run

    return run(_as_list(paths), country=check_country(country, "country="), mirror=mirror)

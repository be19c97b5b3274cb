"""Project files: what to read, about which country, and where to write.

A project is a TOML file; relative paths in it are relative to the file::

    [project]
    title = "Anti-trafficking programmes in Vietnam"
    corpus = ["documents/*.txt", "reports/"]
    country = "VNM"            # context country, optional
    output = "../../outputs/vietnam"

    [map]
    offline = false            # true: no tile server, Natural Earth basemap
    tiles = "OpenStreetMap"
    pdf = false                # also write map.pdf beside map.png

    [boundaries]
    mirror = "/data/natural-earth"   # optional; PROGMAP_MIRROR also works
    manifest = "my_sources.toml"     # optional extra sources
    admin1_vintage = "latest"        # "latest", "source" or a year such as "2025"

    [engine]
    workers = 2                      # optional: worker processes (default: one per CPU)
    scheduler = "tcp://host:8786"    # optional: a dask.distributed scheduler
    cache = ".progmap-cache"         # optional: per-document extraction cache

    [records]
    curated = ["curated.yaml"]       # analyst corrections, applied last
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import tomllib

from progmap.errors import ProjectError


@dataclass
class MapOptions:
    """How the web map looks."""

    offline: bool = False
    tiles: str = "OpenStreetMap"
    title: str = "progmap"
    pdf: bool = False


@dataclass
class EngineOptions:
    """Where and how the per-document work runs."""

    workers: int | None = None
    scheduler: str | None = None
    cache: Path | None = None


@dataclass
class Project:
    """Everything one build needs. See the module docstring for the file."""

    corpus: list[str]
    output: Path
    title: str = "progmap"
    country: str | None = None
    map: MapOptions = field(default_factory=MapOptions)
    mirror: Path | None = None
    manifests: list[Path] = field(default_factory=list)
    curated: list[Path] = field(default_factory=list)
    path: Path | None = None
    admin1_vintage: str = "latest"
    engine: EngineOptions = field(default_factory=EngineOptions)


def check_country(code: str | None, where: str) -> str | None:
    """Return a valid ISO alpha-3 code, upper-cased, or raise ProjectError."""
    if not code:
        return None
    record = pycountry.countries.get(alpha_3=str(code).upper())
    if record is None:
        raise ProjectError(f"{where}: '{code}' is not an ISO 3166-1 alpha-3 country code")
    return record.alpha_3


def read_project(path: os.PathLike) -> Project:
    """Read a project file.

    Parameters
    ----------
    path : path-like
        The TOML project file.

    Raises
    ------
    ProjectError
        With the file's name and what is wrong in it.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProjectError(f"{path}: project file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProjectError(f"{path}: not a valid TOML project file ({exc})") from None
    base = path.resolve().parent
    section = data.get("project", {})
    corpus = section.get("corpus")
    if isinstance(corpus, str):
        corpus = [corpus]
    if not corpus or not all(isinstance(c, str) for c in corpus):
        raise ProjectError(f"{path}: [project] corpus must list the documents' paths or globs")
    map_section = data.get("map", {})
    bounds = data.get("boundaries", {})
    records = data.get("records", {})
    engine = data.get("engine", {})
    title = str(section.get("title", path.stem))
    curated = records.get("curated", [])
    if isinstance(curated, str):
        curated = [curated]
    return Project(
        corpus=[str(base / c) if not os.path.isabs(c) else c for c in corpus],
        output=(base / section.get("output", "outputs")).resolve(),
        title=title,
        country=check_country(section.get("country"), str(path)),
        map=MapOptions(
            offline=bool(map_section.get("offline", False)),
            tiles=str(map_section.get("tiles", "OpenStreetMap")),
            title=title,
            pdf=bool(map_section.get("pdf", False)),
        ),
        mirror=base / bounds["mirror"] if bounds.get("mirror") else None,
        manifests=[base / m for m in ([bounds["manifest"]] if isinstance(bounds.get("manifest"), str) else bounds.get("manifest", []))],
        curated=[base / c for c in curated],
        path=path,
        admin1_vintage=str(bounds.get("admin1_vintage", "latest")),
        engine=EngineOptions(
            workers=engine.get("workers"),
            scheduler=engine.get("scheduler"),
            cache=base / engine["cache"] if engine.get("cache") else None,
        ),
    )

"""Project files: what to read, about which country, and where to write.

A project is a TOML file; relative paths in it are relative to the file::

    [project]
    title = "Anti-trafficking programmes in Vietnam"
    corpus = ["documents/*.txt", "reports/"]
    country = "VNM"            # context country, optional
    output = "../../outputs/vietnam"

    [map]
    offline = false            # true: no tile server, Natural Earth basemap
    tiles = "OpenStreetMap"    # a folium/xyzservices name, or an https://.../{z}/{x}/{y}.png template
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

The file is checked before anything runs (:func:`read_project`): unknown
sections and keys (with the nearest known one), wrong types (``offline =
"no"``), unknown country codes (with the code a name means), unknown tile
names, an empty ``output``, and an output folder that the corpus would read
or that holds the corpus or the project are each refused with one line.
``~`` is expanded in every path.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import pycountry
import tomllib
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from progmap.errors import ProjectError
from progmap.validation import describe_error, did_you_mean, first_error, near_matches, shown


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


# --- the file's schema -----------------------------------------------------------------


def _listed(value):
    """One path may be written without brackets: ``curated = "fix.yaml"``."""
    return [value] if isinstance(value, str) else value


Text = Annotated[str, Field(min_length=1)]
Texts = Annotated[list[Text], BeforeValidator(_listed)]


class _Section(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class _ProjectSection(_Section):
    title: str | None = None
    corpus: Texts = []
    country: str | None = None
    output: Text = "outputs"


class _MapSection(_Section):
    offline: bool = False
    tiles: Text = "OpenStreetMap"
    pdf: bool = False


class _BoundariesSection(_Section):
    mirror: Text | None = None
    manifest: Texts = []
    admin1_vintage: str | int = "latest"


class _EngineSection(_Section):
    workers: Annotated[int, Field(gt=0)] | None = None
    scheduler: Text | None = None
    cache: Text | None = None


class _RecordsSection(_Section):
    curated: Texts = []


class _ProjectFile(_Section):
    project: _ProjectSection = _ProjectSection()
    map: _MapSection = _MapSection()
    boundaries: _BoundariesSection = _BoundariesSection()
    engine: _EngineSection = _EngineSection()
    records: _RecordsSection = _RecordsSection()


def _file_error(path: Path, exc: ValidationError, data: dict) -> ProjectError:
    """One line for the first mistake: ``file: [section] what is wrong``."""
    error = first_error(exc)
    loc = [part for part in error["loc"] if not (isinstance(part, str) and part.startswith(("list[", "function-")))]
    sections = _ProjectFile.model_fields
    if len(loc) == 1 and error["type"] == "extra_forbidden":
        if isinstance(data.get(loc[0]), dict):
            return ProjectError(f"{path}: unknown section [{loc[0]}]{did_you_mean(loc[0], sections, form='[{}]')}")
        return ProjectError(f"{path}: '{loc[0]}' must be inside a section such as [project]")
    if len(loc) == 1:
        return ProjectError(f"{path}: [{loc[0]}] must be a section of keys and values, not {shown(error.get('input'))}")
    section, key = str(loc[0]), loc[1]
    fields = sections[section].annotation.model_fields if section in sections else {}
    what = describe_error({**error, "loc": (key,)}, fields)
    if len(loc) > 2 and isinstance(loc[2], int) and error["type"] != "extra_forbidden":
        what = f"{key}: item {loc[2] + 1}: {describe_error({**error, 'loc': ('it',)}).removeprefix('it ')}"
    return ProjectError(f"{path}: [{section}] {what}")


# --- values ---------------------------------------------------------------------------

#: Characters XML 1.0 cannot hold at all and that no title needs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: A tile URL template: http(s), no spaces, quotes or markup, braces only
#: around placeholder names such as {z}, {x}, {y}, {s} or {r}.
_TILE_URL = re.compile(r"https?://[^\s\"'<>{}]+(?:\{[a-z0-9_]+\}[^\s\"'<>{}]*)*")


def check_country(code: str | None, where: str) -> str | None:
    """Return a valid ISO alpha-3 code, upper-cased, or raise ProjectError.

    A name, an alpha-2 code or a misspelling gets the code it most likely
    means: ``'Vietnam' is not an ISO 3166-1 alpha-3 country code (did you
    mean VNM, Viet Nam?)``.
    """
    if not code:
        return None
    record = pycountry.countries.get(alpha_3=str(code).upper())
    if record is None:
        raise ProjectError(f"{where}: '{code}' is not an ISO 3166-1 alpha-3 country code{_country_hint(str(code))}")
    return record.alpha_3


def _country_hint(text: str) -> str:
    """`` (did you mean VNM, Viet Nam?)`` for the country a text most likely names."""
    try:
        record = pycountry.countries.lookup(text)
    except LookupError:
        try:
            record = pycountry.countries.search_fuzzy(text)[0]
        except LookupError:
            names = {c.name: c for c in pycountry.countries}
            near = near_matches(text, names, limit=1, cutoff=75)
            record = names[near[0]] if near else None
    return f" (did you mean {record.alpha_3}, {record.name}?)" if record else ""


def check_title(title: str, where: str) -> str:
    """A title without control characters, which XML (the QGIS project) cannot hold."""
    if _CONTROL.search(title):
        raise ProjectError(f"{where}: the title holds a control character ({shown(title)})")
    return title


def check_tiles(tiles: str, where: str) -> None:
    """Refuse tile names folium does not know and URL templates that are not plain URLs."""
    import xyzservices

    if tiles.lower() == "openstreetmap":
        return
    if "://" in tiles:
        if not _TILE_URL.fullmatch(tiles) or "{z}" not in tiles:
            raise ProjectError(f"{where}: [map] tiles must be an http(s) URL template such as https://tile.example.org/{{z}}/{{x}}/{{y}}.png")
        return
    try:
        xyzservices.providers.query_name(tiles)
    except ValueError:
        names = list(xyzservices.providers.flatten())
        raise ProjectError(f"{where}: [map] tiles: unknown tile name '{tiles}'{did_you_mean(tiles, names)}; or give an https:// URL template") from None


def check_vintage(value, where: str) -> str:
    """An admin-1 vintage as text: ``latest``, ``source`` or a four-digit year."""
    text = str(value)
    if text in ("latest", "source") or re.fullmatch(r"\d{4}", text):
        return text
    raise ProjectError(f"{where} must be 'latest', 'source' or a year such as 2025, not {shown(value)}")


def _path(base: Path, value: str) -> Path:
    """A path from the file: ``~`` expanded, relative to the project's folder."""
    return base / os.path.expanduser(value)


# --- the output folder ----------------------------------------------------------------


def _pattern_reaches(pattern: str, folder: Path) -> bool:
    """Whether a corpus entry could read ``folder`` or a file in it.

    ``folder`` is resolved. A plain path reaches the folders under it. A
    glob reaches ``folder`` when its components match the folder's down to
    where the pattern stops (matched folders are read whole) or down to the
    folder itself (the rest of the pattern may match files inside it).
    """
    parts = Path(pattern).parts
    magic = next((i for i, part in enumerate(parts) if glob.has_magic(part)), None)
    prefix = Path(os.path.realpath(Path(*parts[:magic]) if magic != 0 else "."))
    if magic is None or not _inside(folder, prefix):
        return magic is None and _inside(folder, prefix)  # a plain path reads the folders under it
    return _components_reach(parts[magic:], folder.relative_to(prefix).parts)


def _components_reach(pattern: tuple[str, ...], target: tuple[str, ...]) -> bool:
    """Glob components against path components; ``**`` takes any number of them."""
    states = {(0, 0)}
    seen = set()
    while states:
        i, j = states.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == len(pattern) or j == len(target):
            return True
        if pattern[i] == "**":
            states |= {(i + 1, j), (i, j + 1)}
        elif fnmatch.fnmatchcase(target[j], pattern[i]):
            states.add((i + 1, j + 1))
    return False


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies under it (both already resolved)."""
    return path == folder or folder in path.parents


def check_output(project: Project, where: str) -> None:
    """Refuse an output folder that the build would read, or whose switch would replace inputs.

    The output folder is replaced whole by each build, and must never be
    read as documents: it may not be (or lie in) a corpus folder, nor be
    matched by a corpus glob, nor hold the project file, a corpus path, a
    curated file or a manifest.

    Raises
    ------
    ProjectError
        Naming the output folder and what it collides with.
    """
    output = Path(os.path.realpath(os.path.expanduser(str(project.output))))
    if output == Path(output.anchor) or output == Path(os.path.realpath(Path.home())):
        raise ProjectError(f"{where}: the output folder {output} would replace a whole disk or home folder; name a folder of its own")
    for entry in project.corpus:
        entry = os.path.expanduser(str(entry))
        if _pattern_reaches(entry, output):
            raise ProjectError(f"{where}: the output folder {output} is inside the corpus ({entry}); the next build would read its own outputs")
    inputs = [*project.corpus, *project.curated, *project.manifests] + ([project.path] if project.path else [])
    for entry in inputs:
        entry = os.path.expanduser(str(entry))
        fixed = Path(entry).parts[: next((i for i, p in enumerate(Path(entry).parts) if glob.has_magic(p)), None)]
        if fixed and _inside(Path(os.path.realpath(Path(*fixed))), output):
            raise ProjectError(f"{where}: the output folder {output} holds {entry}, which each build would replace; name a folder of its own")


def check_project(project: Project) -> None:
    """The checks a project made in code needs too: its title and its output folder.

    :func:`read_project` does them for project files; builds call this for
    projects from the command line and the Python API.
    """
    where = str(project.path or "build")
    check_title(project.title, where)
    check_output(project, where)


# --- reading ---------------------------------------------------------------------------


def read_project(path: os.PathLike) -> Project:
    """Read and check a project file.

    Parameters
    ----------
    path : path-like
        The TOML project file.

    Raises
    ------
    ProjectError
        With the file's name and the first thing wrong in it, on one line.
    """
    path = Path(os.path.expanduser(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProjectError(f"{path}: project file not found") from None
    except IsADirectoryError:
        raise ProjectError(f"{path}: is a folder, not a project file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProjectError(f"{path}: not a valid TOML project file ({exc})") from None
    try:
        checked = _ProjectFile.model_validate(data)
    except ValidationError as exc:
        raise _file_error(path, exc, data) from None
    section, bounds, engine, map_section = checked.project, checked.boundaries, checked.engine, checked.map
    if not section.corpus:
        raise ProjectError(f"{path}: [project] corpus must list the documents' paths or globs")
    base = path.resolve().parent
    title = check_title(section.title if section.title is not None else path.stem, f"{path}: [project]")
    check_tiles(map_section.tiles, str(path))
    mirror = _path(base, bounds.mirror) if bounds.mirror else None
    if mirror is not None and not mirror.is_dir():
        raise ProjectError(f"{path}: [boundaries] mirror: {mirror} is not a folder")
    project = Project(
        corpus=[str(_path(base, c)) for c in section.corpus],
        output=_path(base, section.output).resolve(),
        title=title,
        country=check_country(section.country, f"{path}: [project] country"),
        map=MapOptions(offline=map_section.offline, tiles=map_section.tiles, title=title, pdf=map_section.pdf),
        mirror=mirror,
        manifests=[_path(base, m) for m in bounds.manifest],
        curated=[_path(base, c) for c in checked.records.curated],
        path=path,
        admin1_vintage=check_vintage(bounds.admin1_vintage, f"{path}: [boundaries] admin1_vintage"),
        engine=EngineOptions(
            workers=engine.workers,
            scheduler=engine.scheduler,
            cache=_path(base, engine.cache) if engine.cache else None,
        ),
    )
    check_output(project, str(path))
    return project

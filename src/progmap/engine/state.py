"""What every unit of work reads and none changes: the matcher, the tables, their fingerprint.

A :class:`SharedState` is made once per build (and once per Dask worker)
from the gazetteer's names; workers forked from the parent see it as it is.
Its :attr:`~SharedState.fingerprint` says which code and which tables made
a result, so a cached result is used only by a build that would compute the
same one.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from progmap import __version__, settings
from progmap.actors.organizations import OrgGazetteer, load_org_gazetteer
from progmap.places.gazetteer import Gazetteer
from progmap.places.mentions import PlaceMatcher

_PACKAGE = Path(__file__).resolve().parents[1]
#: The parts of progmap a document's result depends on: not the outputs (but
#: the writers of the pieces of them a result holds, see
#: progmap.outputs.fragments), nor the engine's gathering, scheduling and
#: progress, so that editing those keeps the cache.
_EXTRACTION_CODE = (
    "__init__.py", "errors.py", "schema.py", "settings.py", "text.py", "records.py",
    "engine/work.py", "engine/state.py", "engine/cache.py", "actors", "places", "sources",
    "outputs/fragments.py", "outputs/writers.py", "outputs/geojson.py", "outputs/yaml_text.py",
)


@dataclass(frozen=True)
class ExtractOptions:
    """The project settings a document's extraction depends on.

    Attributes
    ----------
    country : str or None
        Context country of every document (ISO alpha-3); inferred per document when None.
    places_only : bool
        Find places (and the organization names cut out of the text first), no
        programmes or routes: what ``progmap extract`` prints.
    admin1_vintage : str
        How undated documents are read (see :mod:`progmap.places.vintage`).
    """

    country: str | None = None
    places_only: bool = False
    admin1_vintage: str = "latest"

    def key(self) -> str:
        """The options as text, for cache keys."""
        return ";".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """progmap's version and a digest of its reading code, so an edited checkout never reads stale results.

    The code's folders count with their data tables (``actors/lexicon/*.csv``:
    the language layer's rules are data).
    """
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    paths = [p for part in _EXTRACTION_CODE for p in ([_PACKAGE / part] if part.endswith(".py") else _code_files(_PACKAGE / part))]
    for path in sorted(paths):
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _code_files(folder: Path) -> list[Path]:
    return [*folder.rglob("*.py"), *folder.rglob("*.csv")]


def tables_digest(gazetteer: Gazetteer) -> str:
    """A digest of what resolution reads of the gazetteer (places, names, the
    admin-1 lineage and the boundary file's vintage) and of the tables in ``geodata/``."""
    digest = hashlib.blake2b(gazetteer.source_vintage.encode(), digest_size=16)
    lineage = gazetteer.lineage if gazetteer.lineage is not None else pd.DataFrame()
    for frame in (gazetteer.places.drop(columns="geometry", errors="ignore"), gazetteer.names, lineage):
        digest.update(",".join(map(str, frame.columns)).encode())
        digest.update(pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy().tobytes())
    folder = settings.geodata_dir()
    for table in sorted(folder.glob("*.csv")):
        digest.update(table.name.encode())
        digest.update(table.read_bytes())
    return digest.hexdigest()


class SharedState:
    """The read-only state of the units of work.

    Parameters
    ----------
    gazetteer : Gazetteer
        Only its ``places`` and ``names`` are read (no shapes).
    fingerprint : str, optional
        Computed from the gazetteer, the tables and the code when not given.

    The place matcher (:attr:`matcher`) and the known organizations
    (:attr:`organizations`, ``geodata/organizations.csv``) are built on first use.

    Attributes
    ----------
    gazetteer : Gazetteer
    fingerprint : str
    """

    def __init__(self, gazetteer: Gazetteer, fingerprint: str | None = None):
        self.gazetteer = gazetteer
        self.fingerprint = fingerprint or f"{code_digest()}-{tables_digest(gazetteer)}"

    @functools.cached_property
    def matcher(self) -> PlaceMatcher:
        """Built on first use: a rebuild that finds every result cached needs none."""
        return PlaceMatcher(self.gazetteer)

    @functools.cached_property
    def organizations(self) -> OrgGazetteer:
        return load_org_gazetteer()

    def prepare(self) -> SharedState:
        """Build everything now (before forking workers, so they share it)."""
        self.matcher, self.organizations  # noqa: B018 - touching builds them
        return self

    @staticmethod
    def portable(gazetteer: Gazetteer) -> Gazetteer:
        """The gazetteer without its shapes (its lineage and vintage kept): all a worker on another machine needs."""
        return dataclasses.replace(gazetteer, shapes=gazetteer.shapes.iloc[0:0])

"""progmap: turn texts about anti-trafficking work into maps.

From Python::

    import progmap
    result = progmap.build("project.toml")          # or progmap.build(["docs/"], out="out", country="VNM")
    result.layers["programmes"]                     # GeoDataFrames
    found = progmap.extract("docs/", country="VNM") # frames, nothing written

The pipeline runs in stages, one module each:

1. :mod:`progmap.sources.documents` reads files into :class:`~progmap.sources.documents.Document`.
2. :mod:`progmap.places.mentions` finds place names with the gazetteer of
   :mod:`progmap.places.gazetteer` (built from :mod:`progmap.sources.boundaries`).
3. :mod:`progmap.places.resolve` picks one place for each mention.
4. :mod:`progmap.actors.organizations`, :mod:`progmap.actors.programmes` and
   :mod:`progmap.actors.routes` read who does what where, and who is moved where;
   :mod:`progmap.records` applies an analyst's curated corrections.
5. :mod:`progmap.outputs.layers` joins it all to geometry; :mod:`progmap.outputs.writers`,
   :mod:`progmap.outputs.tables`, :mod:`progmap.outputs.webmap`, :mod:`progmap.outputs.qgis`
   and :mod:`progmap.outputs.figure` write the outputs.

:func:`progmap.build` runs them all (:mod:`progmap.api`); the ``progmap``
command and ``python -m progmap`` wrap it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from progmap.errors import ProgmapError

#: The version, kept here alone: pyproject.toml and ``progmap --version`` read it.
__version__ = "0.2.0"

#: Names served from :mod:`progmap.api` and friends on first use, so that
#: ``progmap --help`` does not wait for geopandas to load.
_LAZY = {
    "build": "progmap.api",
    "extract": "progmap.api",
    "BuildResult": "progmap.pipeline",
    "Extraction": "progmap.pipeline",
    "Project": "progmap.project",
    "read_project": "progmap.project",
}

if TYPE_CHECKING:
    from progmap.api import build, extract
    from progmap.pipeline import BuildResult, Extraction
    from progmap.project import Project, read_project

__all__ = ["BuildResult", "Extraction", "ProgmapError", "Project", "__version__", "build", "extract", "read_project"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'progmap' has no attribute {name!r}")

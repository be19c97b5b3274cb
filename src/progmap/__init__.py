"""progmap: turn texts about anti-trafficking work into maps.

The pipeline runs in stages, one module each:

1. :mod:`progmap.sources.documents` reads files into :class:`~progmap.sources.documents.Document`.
2. :mod:`progmap.places.mentions` finds place names with the gazetteer of
   :mod:`progmap.places.gazetteer` (built from :mod:`progmap.sources.boundaries`).
3. :mod:`progmap.places.resolve` picks one place for each mention.
4. :mod:`progmap.actors.organizations`, :mod:`progmap.actors.programmes` and
   :mod:`progmap.actors.routes` read who does what where, and who is moved where;
   :mod:`progmap.records` applies an analyst's curated corrections.
5. :mod:`progmap.outputs.layers` joins it all to geometry; :mod:`progmap.outputs.writers`,
   :mod:`progmap.outputs.tables`, :mod:`progmap.outputs.webmap` and :mod:`progmap.outputs.qgis`
   write the outputs.

:func:`progmap.pipeline.build` runs them all; the ``progmap`` command wraps it.
"""

from progmap.errors import ProgmapError

__version__ = "0.1.0"
__all__ = ["ProgmapError", "__version__"]

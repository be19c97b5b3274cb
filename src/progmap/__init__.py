"""progmap: turn texts about anti-trafficking work into maps.

The pipeline runs in stages, one module each:

1. :mod:`progmap.documents` reads files into :class:`~progmap.documents.Document`.
2. :mod:`progmap.mentions` finds place names with the gazetteer of
   :mod:`progmap.gazetteer` (built from :mod:`progmap.boundaries`).
3. :mod:`progmap.resolve` picks one place for each mention.
4. :mod:`progmap.organizations`, :mod:`progmap.programmes` and
   :mod:`progmap.routes` read who does what where, and who is moved where;
   :mod:`progmap.records` applies an analyst's curated corrections.
5. :mod:`progmap.layers` joins it all to geometry; :mod:`progmap.writers`,
   :mod:`progmap.tables`, :mod:`progmap.webmap` and :mod:`progmap.qgis`
   write the outputs.

:func:`progmap.pipeline.build` runs them all; the ``progmap`` command wraps it.
"""

from progmap.errors import ProgmapError

__version__ = "0.1.0"
__all__ = ["ProgmapError", "__version__"]

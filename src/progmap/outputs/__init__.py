"""Outputs: layers joined to geometry, and the files written from them.

:mod:`~progmap.outputs.layers` joins places, programmes, organizations and
routes to geometry; :mod:`~progmap.outputs.writers` writes GeoJSON, the
GeoPackage and CSV; :mod:`~progmap.outputs.tables` the 3W and routes
tables; :mod:`~progmap.outputs.webmap` the web map and
:mod:`~progmap.outputs.qgis` the QGIS styles and project.
"""

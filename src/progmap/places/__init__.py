"""Places: the gazetteer, names found in text, and the place each one means.

:mod:`~progmap.places.gazetteer` builds the names of countries, admin-1
units, cities and regions from the boundary layers and the tables in
``geodata/``; :mod:`~progmap.places.mentions` finds them in text;
:mod:`~progmap.places.resolve` picks one place per mention from its
context; :mod:`~progmap.places.geocode` ranks the places a name may mean.
"""

"""Actors: who does what where, and who is moved where.

:mod:`~progmap.actors.organizations` finds organizations,
:mod:`~progmap.actors.programmes` the programmes they run and
:mod:`~progmap.actors.routes` the routes along which people are
trafficked; :mod:`~progmap.actors.vocabulary` holds the word tables they
share.
"""

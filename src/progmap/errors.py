"""Errors that mean the user gave progmap something it cannot use.

The command line prints these as one line and exits non-zero; anything else
is a bug and keeps its traceback.
"""


class ProgmapError(Exception):
    """A user-facing error: bad input, a missing file, a failed download."""


class DocumentError(ProgmapError):
    """A document cannot be read as text (empty, binary, undecodable, missing)."""


class BoundaryError(ProgmapError):
    """A boundary file cannot be fetched, verified or read."""


class ProjectError(ProgmapError):
    """A project or records file is malformed."""

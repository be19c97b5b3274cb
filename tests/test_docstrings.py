"""The examples in the package's docstrings run as they are written."""

import doctest
import importlib
import pkgutil

import pytest

import progmap

#: Every module of the package; ``__main__`` runs the command when imported.
MODULES = sorted(m.name for m in pkgutil.walk_packages(progmap.__path__, "progmap.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run_as_written(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed (printed above)"

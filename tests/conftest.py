"""Shared fixtures: the mirror of public boundary files and the seed corpus.

Tests read boundary files from ``../shared/geodata`` (or ``$PROGMAP_MIRROR``)
and the seed documents from ``../shared/corpus``; the repository holds no
copy of either.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# The browser fixtures, shared by the web map tests (see tests/browser.py).
from browser import browser, page, serve  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"

os.environ.setdefault("PROGMAP_MIRROR", str(SHARED / "geodata"))


def pytest_report_header(config):
    return f"progmap mirror: {os.environ['PROGMAP_MIRROR']}"


@pytest.fixture(scope="session")
def mirror() -> Path:
    path = Path(os.environ["PROGMAP_MIRROR"])
    if not (path / "SOURCES.md").exists():
        pytest.skip(f"no boundary mirror at {path}")
    return path


@pytest.fixture(scope="session")
def gazetteer(mirror):
    from progmap.places.gazetteer import load_gazetteer

    return load_gazetteer(mirror)


@pytest.fixture(scope="session")
def matcher(gazetteer):
    from progmap.places.mentions import PlaceMatcher

    return PlaceMatcher(gazetteer)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_expected(seeds_dir) -> dict:
    return json.loads((seeds_dir.parent / "seeds.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, seeds_dir, mirror):
    """The seed documents built once with default settings and Vietnam as context."""
    out = tmp_path_factory.mktemp("seed-build")
    from progmap.cli import main

    assert main(["-q", "build", str(seeds_dir), "--out", str(out), "--country", "VNM"]) == 0
    return out


@pytest.fixture(scope="session")
def example_build(tmp_path_factory, mirror) -> Path:
    """The bundled example project (examples/vietnam) built once, from Python."""
    import progmap

    out = tmp_path_factory.mktemp("example-build")
    progmap.build(REPO / "examples" / "vietnam" / "project.toml", out=out)
    return out

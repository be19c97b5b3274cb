"""The web map page: layers for people, escaped text, small, deterministic, offline."""

import re

import pytest

from progmap.cli import main
from progmap.webmap import ASSETS, LAYER_NAMES

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, mirror):
    """A build whose document quotes a script tag and a JavaScript template breakout."""
    folder = tmp_path_factory.mktemp("hostile")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(
        f"The IOM project works in An Giang province {HOSTILE} and `${{alert(2)}}` in Ho Chi Minh City.\n"
        f"Women from Lang Son are trafficked to China for marriage {HOSTILE}.\n",
        encoding="utf-8",
    )
    assert main(["-q", "build", str(docs), "--out", str(folder / "out"), "--country", "VNM"]) == 0
    return folder / "out"


def test_layers_are_named_for_people(seed_build):
    page = (seed_build / "map.html").read_text(encoding="utf-8")
    for name in ("admin1", "routes", "organizations", "places"):
        assert LAYER_NAMES[name] in page
    assert "Trafficking routes" in page and "progmap-legend" in page


def test_document_text_is_escaped_everywhere(hostile_build):
    page = (hostile_build / "map.html").read_text(encoding="utf-8")
    assert HOSTILE not in page
    assert "alert(1)" in page, "the quote is still shown, as text"
    # Document text reaches scripts only inside JSON strings, never in a template literal.
    assert "$(`" not in page and "bindPopup(`" not in page and "bindTooltip(`" not in page


def test_seed_map_is_small(seed_build):
    assert (seed_build / "map.html").stat().st_size < 3_000_000


def test_offline_map_needs_no_network(tmp_path, seeds_dir, mirror):
    assert main(["-q", "build", str(seeds_dir), "--out", str(tmp_path), "--country", "VNM", "--offline"]) == 0
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.findall(r'<script src="http', page) and not re.findall(r'<link rel="stylesheet" href="http', page)
    assert "tile.openstreetmap.org" not in page
    assert "L.map(" in page and "Basemap" not in page.split("L.control.layers")[-1][:2000]
    assert (tmp_path / "map.html").stat().st_size < 3_000_000


def test_every_cdn_asset_is_bundled():
    from importlib import resources

    folder = resources.files("progmap") / "assets"
    for name in ASSETS.values():
        assert (folder / name).is_file(), name

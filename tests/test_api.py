"""progmap from Python, as a notebook uses it: build, extract, the module command."""

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

import progmap

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vietnam"


def test_build_a_project_file_returns_its_layers_and_paths(example_build):
    # example_build (conftest) is progmap.build(EXAMPLE / "project.toml", out=...);
    # the same call again rebuilds it from the boundary cache.
    result = progmap.build(EXAMPLE / "project.toml", out=example_build)
    assert isinstance(result, progmap.BuildResult)
    for name in ("programmes", "routes", "organizations", "places", "admin1_summary", "countries"):
        layer = result.layers[name]
        assert isinstance(layer, gpd.GeoDataFrame) and layer.crs.to_epsg() == 4326, name
        assert result.counts[name] == len(layer), name
    assert len(result.layers["programmes"]) and len(result.layers["routes"])
    assert "VNM" in set(result.layers["countries"]["code"]), "the project's country is drawn"
    assert result.paths["map.html"] == example_build / "map.html" and result.paths["progmap.qgz"].exists()
    assert result.paths["map.png"].stat().st_size > 10_000
    assert result.documents == 2 and f"programmes: {len(result.layers['programmes'])}" in result.summary()
    assert "GeoDataFrame" not in repr(result), "a notebook shows a short summary, not every row"


def test_build_documents_directly_with_a_title_that_reaches_the_map(tmp_path, mirror):
    out = tmp_path / "out"
    result = progmap.build([str(EXAMPLE / "documents")], out=out, country="vnm", title="Programmes <seen> from Python", pdf=True)
    assert result.output == out and result.documents == 2
    assert result.paths["map.pdf"].read_bytes().startswith(b"%PDF"), "[map] pdf = true, from Python"
    page = (out / "map.html").read_text(encoding="utf-8")
    assert "Programmes &lt;seen&gt; from Python" in page


def test_build_documents_without_an_output_folder_is_a_user_mistake(tmp_path):
    with pytest.raises(progmap.ProgmapError, match="out"):
        progmap.build([str(EXAMPLE / "documents")])


def test_extract_returns_the_frames(mirror):
    found = progmap.extract(EXAMPLE / "documents", country="VNM")
    for frame in (found.mentions, found.organizations, found.programmes, found.routes, found.unresolved):
        assert isinstance(frame, pd.DataFrame)
    assert {"VN-02", "CHN"} <= set(found.mentions["code"])
    assert len(found.programmes) and len(found.routes) and len(found.documents) == 2


def test_python_dash_m_progmap_is_the_command():
    shown = subprocess.run([sys.executable, "-m", "progmap", "--help"], capture_output=True, text=True, check=False)
    assert shown.returncode == 0 and "build" in shown.stdout and "usage: progmap" in shown.stdout
    version = subprocess.run([sys.executable, "-m", "progmap", "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.strip() == f"progmap {progmap.__version__}"


def test_the_version_is_kept_in_one_place():
    assert progmap.__version__ == importlib.metadata.version("progmap") == "0.2.0"


def test_the_package_says_it_is_typed():
    assert (Path(progmap.__file__).parent / "py.typed").is_file()

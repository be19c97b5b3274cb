"""The boundary store: verified fetches, readable layers, a cache that is reused."""

import hashlib
import json

import pytest

from progmap.errors import BoundaryError
from progmap.sources import boundaries


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache, so a test sees the first load."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("PROGMAP_CACHE", str(cache))
    return cache


def test_manifest_describes_every_public_file():
    sources = boundaries.read_manifest()
    assert {"admin0", "admin1", "places", "regions", "basemap"} <= set(sources)
    for source in sources.values():
        assert source.url.startswith("https://")
        assert len(source.sha256) == 64
        assert source.licence and source.attribution
        assert "code" in source.fields or "name" in source.fields


def test_admin1_loads_from_mirror_then_from_cache(mirror, fresh_cache):
    first = boundaries.load_layer("admin1", mirror)
    assert len(first) == 4855
    assert first.crs.to_epsg() == 4326
    assert first.geometry.is_valid.all()
    vietnam = first[first["country"] == "VNM"]
    assert len(vietnam) == 63 and "VN-39" in set(vietnam["code"])
    cached = list((fresh_cache / "layers").glob("admin1-*.parquet"))
    assert len(cached) == 1
    second = boundaries.load_layer("admin1", mirror)
    assert second.equals(first)


def test_7z_layers_are_extracted_and_renamed(mirror, fresh_cache):
    places = boundaries.load_layer("places", mirror)
    assert {"name", "country", "population", "geonameid"} <= set(places.columns)
    countries = boundaries.load_layer("admin0", mirror)
    # Natural Earth's -99 codes are filled from the fallback fields.
    assert {"FRA", "NOR", "VNM"} <= set(countries["code"])


def _fake_mirror(tmp_path, name, content: bytes):
    folder = tmp_path / "mirror"
    folder.mkdir()
    (folder / name).write_bytes(content)
    return folder


def test_checksum_mismatch_is_rejected_and_leaves_nothing(tmp_path, fresh_cache):
    source = boundaries.read_manifest()["basemap"]
    fake = _fake_mirror(tmp_path, source.file, b'{"type": "FeatureCollection", "features": []}')
    with pytest.raises(BoundaryError, match="SHA-256"):
        boundaries.load_layer("basemap", fake)
    assert not list((fresh_cache / "raw").glob("*")), "a rejected file must not stay in the cache"


def test_missing_mirror_file_is_a_clear_error(tmp_path, fresh_cache):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BoundaryError, match="not in the mirror"):
        boundaries.load_layer("basemap", empty)


def test_download_from_local_url(tmp_path, fresh_cache, monkeypatch):
    monkeypatch.delenv("PROGMAP_MIRROR", raising=False)
    data = json.dumps(
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"PCODE": "VN01", "ADM1_EN": "Lai Chau"},
         "geometry": {"type": "Polygon", "coordinates": [[[102, 22], [103, 22], [103, 23], [102, 22]]]}}]}
    ).encode()
    (tmp_path / "cod.geojson").write_bytes(data)
    manifest = tmp_path / "my_sources.toml"
    manifest.write_text(
        f'[sources.vnm_cod]\nurl = "cod.geojson"\nfile = "cod.geojson"\nsha256 = "{hashlib.sha256(data).hexdigest()}"\n'
        '[sources.vnm_cod.fields]\ncode = "PCODE"\nname = "ADM1_EN"\n',
        encoding="utf-8",
    )
    layer = boundaries.load_layer("vnm_cod", sources=boundaries.read_manifest([manifest]))
    assert list(layer["code"]) == ["VN01"] and layer.crs.to_epsg() == 4326


def test_status_reports_checksums(mirror, fresh_cache):
    boundaries.load_layer("basemap", mirror)
    status = boundaries.layer_status(mirror).set_index("name")
    assert status.at["basemap", "checksum"] == "ok"
    assert status.at["admin1", "checksum"] == "not fetched"

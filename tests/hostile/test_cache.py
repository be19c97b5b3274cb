"""A boundary cache that is damaged, tampered with, or fed by a hostile server.

Cached files are checked each time they are used: a truncated or altered
GeoParquet copy, or a raw file that no longer matches the manifest, is
rebuilt from the mirror with a one-line notice, and reported by
``progmap boundaries status`` until then. When nothing can rebuild it, the
command says so in one line. Downloads end at their deadline and size cap.
"""

from __future__ import annotations

import hashlib
import http.server
import logging
import subprocess
import sys
import threading
import time

import pytest
from hostile.files import assert_one_line_error, run_cli

from progmap.errors import BoundaryError
from progmap.sources import boundaries


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PROGMAP_CACHE", str(folder))
    return folder


def cached_layer(cache, name):
    (path,) = (cache / "layers").glob(f"{name}-*.parquet")
    return path


def test_a_truncated_layer_is_rebuilt_with_a_notice(mirror, cache, caplog):
    first = boundaries.load_layer("basemap", mirror)
    path = cached_layer(cache, "basemap")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert boundaries.layer_status(mirror).set_index("name").at["basemap", "layer_checksum"] == "corrupt"
    with caplog.at_level(logging.WARNING):
        again = boundaries.load_layer("basemap", mirror)
    assert again.equals(first)
    notices = [r.getMessage() for r in caplog.records if "cannot be trusted" in r.getMessage()]
    assert len(notices) == 1 and "basemap" in notices[0] and "\n" not in notices[0]
    assert boundaries.layer_status(mirror).set_index("name").at["basemap", "layer_checksum"] == "ok"


def test_a_tampered_layer_never_reaches_a_build(mirror, cache):
    first = boundaries.load_layer("basemap", mirror)
    path = cached_layer(cache, "basemap")
    forged = first.copy()
    forged.loc[forged["code"] == "VNM", "name"] = "Forged Land"
    forged.to_parquet(path)  # a valid GeoParquet file, but not the one progmap wrote
    assert "Forged Land" not in set(boundaries.load_layer("basemap", mirror)["name"])


def test_a_tampered_raw_file_is_fetched_again(mirror, cache, caplog):
    boundaries.load_layer("basemap", mirror)
    source = boundaries.read_manifest()["basemap"]
    raw = cache / "raw" / source.file
    raw.write_bytes(raw.read_bytes().replace(b"Vietnam", b"Forgedia"))
    cached_layer(cache, "basemap").unlink()  # so the raw file is used again
    assert boundaries.layer_status(mirror).set_index("name").at["basemap", "checksum"] == "corrupt"
    with caplog.at_level(logging.WARNING):
        layer = boundaries.load_layer("basemap", mirror)
    assert "Vietnam" in set(layer["name"]) and "Forgedia" not in set(layer["name"])
    assert any("does not match its SHA-256" in r.getMessage() for r in caplog.records)


def test_7z_members_are_not_kept_to_be_trusted_later(mirror, cache):
    boundaries.load_layer("admin0", mirror)
    assert sorted(p.name for p in (cache / "raw").iterdir()) == ["ne_50m_admin_0_countries.7z"]


def test_status_reports_corrupt_entries_on_the_command_line(mirror, cache):
    boundaries.load_layer("basemap", mirror)
    path = cached_layer(cache, "basemap")
    path.write_bytes(b"PAR1 not really")
    result = run_cli("boundaries", "status", "--mirror", mirror)
    assert result.returncode == 0
    line = next(line for line in result.stdout.splitlines() if line.split()[0] == "basemap")
    assert "corrupt" in line


def test_a_corrupt_layer_that_cannot_be_rebuilt_is_one_line(mirror, cache, tmp_path):
    boundaries.load_layer("basemap", mirror)
    path = cached_layer(cache, "basemap")
    path.write_bytes(path.read_bytes()[:100])
    (cache / "raw" / boundaries.read_manifest()["basemap"].file).unlink()
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    result = run_cli("boundaries", "fetch", "--mirror", empty)
    assert_one_line_error(result, "not in the mirror folder")


def manifest_for(tmp_path, name: str, data: bytes, url: str, extra: str = "") -> dict:
    manifest = tmp_path / "sources.toml"
    manifest.write_text(
        f'[sources.hostile]\nurl = "{url}"\nfile = "{name}"\nsha256 = "{hashlib.sha256(data).hexdigest()}"\n{extra}'
        '[sources.hostile.fields]\nname = "NAME"\n',
        encoding="utf-8",
    )
    return boundaries.read_manifest([manifest])


def test_a_corrupt_7z_payload_is_one_line(tmp_path, cache, monkeypatch):
    monkeypatch.delenv("PROGMAP_MIRROR", raising=False)
    data = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 4  # a 7z signature, then noise
    (tmp_path / "hostile.7z").write_bytes(data)
    sources = manifest_for(tmp_path, "hostile.7z", data, "hostile.7z")
    with pytest.raises(BoundaryError, match="not a readable 7z archive") as caught:
        boundaries.load_layer("hostile", sources=sources)
    assert "hostile.7z" in str(caught.value) and "\n" not in str(caught.value)


# --- hostile servers ----------------------------------------------------------------


class Dripping(http.server.BaseHTTPRequestHandler):
    """Sends one byte every 0.2 s for as long as the client listens."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def log_message(self, *args):
        pass


class Flooding(Dripping):
    """Sends far more than the manifest allows, with no Content-Length."""

    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"x" * 65536)
        except OSError:
            pass


@pytest.fixture
def server():
    servers = []

    def start(handler):
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/layer.geojson"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def test_a_dripping_server_meets_the_deadline(tmp_path, cache, monkeypatch, server):
    monkeypatch.delenv("PROGMAP_MIRROR", raising=False)
    sources = manifest_for(tmp_path, "layer.geojson", b"{}", server(Dripping), extra="deadline = 1.5\n")
    started = time.monotonic()
    with pytest.raises(BoundaryError, match="deadline of 1.5 s") as caught:
        boundaries.load_layer("hostile", sources=sources)
    assert time.monotonic() - started < 5
    assert "\n" not in str(caught.value)
    assert not list((cache / "raw").iterdir()), "no partial download is kept"


def test_a_download_past_its_size_is_stopped(tmp_path, cache, monkeypatch, server):
    monkeypatch.delenv("PROGMAP_MIRROR", raising=False)
    sources = manifest_for(tmp_path, "layer.geojson", b"{}", server(Flooding), extra="size = 100000\n")
    with pytest.raises(BoundaryError, match="more than the 100000 bytes"):
        boundaries.load_layer("hostile", sources=sources)
    assert not list((cache / "raw").iterdir())


def test_a_declared_size_past_the_cap_is_refused_before_reading(tmp_path, cache, monkeypatch, server):
    monkeypatch.delenv("PROGMAP_MIRROR", raising=False)
    sources = manifest_for(tmp_path, "layer.geojson", b"{}", server(Dripping), extra="size = 1000\n")
    started = time.monotonic()
    with pytest.raises(BoundaryError, match="1000000 bytes is more than the 1000"):
        boundaries.load_layer("hostile", sources=sources)
    assert time.monotonic() - started < 2


def test_bad_manifest_limits_are_named(tmp_path):
    with pytest.raises(BoundaryError, match="'hostile': size must be a positive number"):
        manifest_for(tmp_path, "layer.geojson", b"{}", "layer.geojson", extra='size = "big"\n')


def test_builds_sharing_a_cold_cache_both_succeed(mirror, cache):
    code = "import sys; from progmap.sources import boundaries; boundaries.load_layer('admin1', sys.argv[1]); print('ok')"
    runs = [subprocess.Popen([sys.executable, "-c", code, str(mirror)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    for run in runs:
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0 and stdout.strip() == "ok", stderr
    assert boundaries.layer_status(mirror).set_index("name").at["admin1", "layer_checksum"] == "ok"

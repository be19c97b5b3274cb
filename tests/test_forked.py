"""Outputs written by two processes at once: the same files, and a failure on either side fails the whole build."""

import os
from pathlib import Path

import pytest
from conftest import SHARED

from progmap.cli import main
from progmap.engine.progress import Progress
from progmap.errors import ProgmapError
from progmap.outputs import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")

DEV = SHARED / "corpus" / "dev" / "corpus"


@pytest.fixture(scope="module")
def dev_corpus():
    if not DEV.is_dir():
        pytest.skip(f"no development corpus at {DEV}")
    return DEV


def _write(path: Path, text: str, progress: Progress, stage: str):
    def work():
        with progress.stage(stage):
            path.write_text(text, encoding="utf-8")

    return work


def test_both_sides_run_and_the_child_s_stage_times_join_the_parent_s(tmp_path):
    progress = Progress(show=False)
    run = forked.run_beside(
        _write(tmp_path / "child.txt", "from the child", progress, "child stage"),
        _write(tmp_path / "parent.txt", "from here", progress, "parent stage"),
        progress,
    )
    assert run is None
    assert (tmp_path / "child.txt").read_text(encoding="utf-8") == "from the child"
    assert (tmp_path / "parent.txt").read_text(encoding="utf-8") == "from here"
    assert {"child stage", "parent stage"} <= set(progress.times)


def test_the_child_runs_in_another_process(tmp_path):
    def child():
        (tmp_path / "pid").write_text(str(os.getpid()), encoding="ascii")

    forked.run_beside(child, lambda: None)
    assert int((tmp_path / "pid").read_text(encoding="ascii")) != os.getpid()


def test_an_exception_in_the_child_is_raised_here_as_it_was():
    def child():
        raise OSError(28, "No space left on device", "/tmp/out/progmap.gpkg")

    with pytest.raises(OSError) as caught:
        forked.run_beside(child, lambda: None)
    assert caught.value.errno == 28 and caught.value.filename == "/tmp/out/progmap.gpkg"


def test_an_exception_that_does_not_pickle_comes_back_as_its_text():
    class Odd(Exception):
        def __init__(self, a, b):
            super().__init__(f"odd {a} {b}")

    def child():
        raise Odd(1, 2)

    with pytest.raises(ProgmapError, match="odd 1 2"):
        forked.run_beside(child, lambda: None)


def test_a_child_that_dies_without_a_word_fails_the_run():
    with pytest.raises(ProgmapError, match="ended without finishing"):
        forked.run_beside(lambda: os._exit(9), lambda: None)


def test_a_failure_here_ends_the_child(tmp_path):
    def child():
        import time

        time.sleep(30)
        (tmp_path / "late").write_text("too late", encoding="ascii")

    def here():
        raise ValueError("here failed")

    with pytest.raises(ValueError, match="here failed"):
        forked.run_beside(child, here)
    assert not (tmp_path / "late").exists()


def test_without_fork_both_run_here_in_order():
    order = []
    forked.run_beside(lambda: order.append(("beside", os.getpid())), lambda: order.append(("here", os.getpid())), fork=False)
    assert order == [("beside", os.getpid()), ("here", os.getpid())]


def _outputs(folder: Path) -> dict:
    # The GeoPackage holds write times; every other output is compared byte for byte.
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".gpkg"}


def test_forked_writers_write_the_bytes_one_process_does(dev_corpus, tmp_path):
    assert main(["-q", "build", str(dev_corpus), "--out", str(tmp_path / "two"), "--workers", "2"]) == 0
    assert main(["-q", "build", str(dev_corpus), "--out", str(tmp_path / "one"), "--workers", "1"]) == 0
    two, one = _outputs(tmp_path / "two"), _outputs(tmp_path / "one")
    assert set(two) == set(one) and {"map.png", "map.html", "progmap.qgz", "routes.geojson"} <= set(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert (tmp_path / "two" / "progmap.gpkg").stat().st_size > 0


@pytest.mark.parametrize("side", ["child", "parent"])
def test_a_failed_writer_leaves_the_previous_outputs_and_no_half_written_set(dev_corpus, tmp_path, monkeypatch, capsys, side):
    out = tmp_path / "out"
    assert main(["-q", "build", str(dev_corpus), "--out", str(out), "--workers", "2"]) == 0
    before = _outputs(out)

    def fail(*args, **kwargs):
        raise ProgmapError("map.png: cannot draw the figure")

    if side == "child":
        monkeypatch.setattr("progmap.outputs.figure.write_figure", fail)
    else:
        monkeypatch.setattr("progmap.outputs.webmap.save_map", fail)
    capsys.readouterr()
    assert main(["-q", "build", str(dev_corpus), "--out", str(out), "--workers", "2"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == "progmap: error: map.png: cannot draw the figure"
    assert _outputs(out) == before
    # Only the output link, its current set and the lock are left beside it.
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".out.") and not p.name.endswith(".lock")]) == 1


def test_a_stage_timed_on_both_sides_adds_up_once(tmp_path):
    progress = Progress(show=False)
    progress.times["tables"] = (1.0, 1.0)  # timed here before the fork
    forked.run_beside(_write(tmp_path / "a", "a", progress, "tables"), lambda: None, progress)
    wall, cpu = progress.times["tables"]
    assert 1.0 <= wall < 1.5 and 1.0 <= cpu < 1.5

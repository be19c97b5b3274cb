"""Outputs written by two processes at once: the same files, and a failure on either side fails the whole build."""

import gc
import os
import time
from pathlib import Path

import pytest
from conftest import SHARED

from progmap import pipeline
from progmap.cli import main
from progmap.engine.progress import Progress
from progmap.errors import ProgmapError
from progmap.outputs import forked, tasks

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")

DEV = SHARED / "corpus" / "dev" / "corpus"


@pytest.fixture(scope="module")
def dev_corpus():
    if not DEV.is_dir():
        pytest.skip(f"no development corpus at {DEV}")
    return DEV


def _in_child(parent: int, action):
    """A task that does ``action`` only in the forked child, and takes a while here (so the child takes some)."""

    def task():
        if os.getpid() != parent:
            action()
        else:
            time.sleep(0.2)

    return task


def _slow(log: Path, name: str, seconds: float = 0.2):
    def task():
        time.sleep(seconds)
        with open(log, "a", encoding="ascii") as out:
            out.write(f"{name} {os.getpid()}\n")

    return task


def _log(log: Path) -> list[tuple[str, int]]:
    return [(name, int(pid)) for name, pid in (line.split() for line in log.read_text(encoding="ascii").splitlines())]


def test_every_task_runs_once_and_both_processes_take_some(tmp_path):
    log = tmp_path / "log"
    work = [(f"stage {i % 2}", _slow(log, f"task{i}")) for i in range(8)]
    progress = Progress(show=False)
    assert forked.run_shared(work, progress) is None
    done = _log(log)
    assert sorted(name for name, _ in done) == sorted(f"task{i}" for i in range(8))
    assert os.getpid() in {pid for _, pid in done} and len({pid for _, pid in done}) == 2
    # The child's stage times join this process's.
    assert {"stage 0", "stage 1"} <= set(progress.times)
    assert sum(wall for wall, _ in progress.times.values()) >= 8 * 0.2


def test_a_stage_timed_on_both_sides_adds_up_once(tmp_path):
    progress = Progress(show=False)
    progress.times["tables"] = (1.0, 1.0)  # timed here before the fork
    forked.run_shared([("tables", _slow(tmp_path / "log", "a", 0.01)), ("tables", _slow(tmp_path / "log", "b", 0.01))], progress)
    wall, cpu = progress.times["tables"]
    assert 1.0 <= wall < 1.5 and 1.0 <= cpu < 1.5


def test_an_exception_in_the_child_is_raised_here_as_it_was():
    def fail():
        raise OSError(28, "No space left on device", "/tmp/out/progmap.gpkg")

    work = [(name, _in_child(os.getpid(), fail)) for name in "abc"]
    with pytest.raises(OSError) as caught:
        forked.run_shared(work)
    assert caught.value.errno == 28 and caught.value.filename == "/tmp/out/progmap.gpkg"


def test_an_exception_that_does_not_pickle_comes_back_as_its_text():
    class Odd(Exception):
        def __init__(self, a, b):
            super().__init__(f"odd {a} {b}")

    def fail():
        raise Odd(1, 2)

    with pytest.raises(ProgmapError, match="odd 1 2"):
        forked.run_shared([("a", _in_child(os.getpid(), fail)), ("b", _in_child(os.getpid(), fail))])


def test_a_child_that_dies_without_a_word_fails_the_run():
    die = _in_child(os.getpid(), lambda: os._exit(9))
    with pytest.raises(ProgmapError, match="ended without finishing"):
        forked.run_shared([("a", die), ("b", die), ("c", die)])


def test_a_failure_here_ends_the_child_and_leaves_the_rest_undone(tmp_path):
    log = tmp_path / "log"
    parent = os.getpid()

    def fail_here():
        if os.getpid() == parent:
            raise ValueError("here failed")
        _slow(log, "late", 30)()

    with pytest.raises(ValueError, match="here failed"):
        forked.run_shared([("a", fail_here), ("b", fail_here), *[("c", _slow(log, f"more{i}")) for i in range(5)]])
    assert not log.exists() or "late" not in log.read_text(encoding="ascii")


def test_without_fork_every_task_runs_here_in_order(tmp_path):
    log = tmp_path / "log"
    forked.run_shared([(str(i), _slow(log, f"task{i}", 0)) for i in range(4)], fork=False)
    assert _log(log) == [(f"task{i}", os.getpid()) for i in range(4)]


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

    parent, original = os.getpid(), tasks.output_tasks

    def failing_tasks(written):
        # Every output the chosen side takes fails; the other side's are written.
        def failing(task):
            def run():
                if (os.getpid() != parent) == (side == "child"):
                    raise ProgmapError("map.png: cannot draw the figure")
                task()

            return run

        return [(name, failing(task)) for name, task in original(written)]

    monkeypatch.setattr(tasks, "output_tasks", failing_tasks)
    capsys.readouterr()
    assert main(["-q", "build", str(dev_corpus), "--out", str(out), "--workers", "2"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == "progmap: error: map.png: cannot draw the figure"
    assert _outputs(out) == before
    # Only the output link, its current set and the lock are left beside it.
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".out.") and not p.name.endswith(".lock")]) == 1



def test_a_stage_timed_again_is_announced_once(capsys):
    progress = Progress(show=True)
    for _ in range(3):
        with progress.stage("geojson"):
            pass
    assert capsys.readouterr().err.count("progmap: geojson...") == 1


def test_without_room_for_a_copy_every_task_runs_here(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "room_for_a_copy", lambda: False)
    log = tmp_path / "log"
    forked.run_shared([(str(i), _slow(log, f"task{i}", 0)) for i in range(3)])
    assert _log(log) == [(f"task{i}", os.getpid()) for i in range(3)]


def test_room_for_a_copy_reads_this_machine():
    assert forked.room_for_a_copy() in (True, False)


def test_the_collector_is_off_while_the_outputs_are_written_and_on_after(tmp_path):
    assert gc.isenabled()
    log = tmp_path / "log"

    def record():
        with open(log, "a", encoding="ascii") as out:
            out.write(f"{os.getpid()} {gc.isenabled()}\n")
        time.sleep(0.1)

    forked.run_shared([(str(i), record) for i in range(4)])
    assert gc.isenabled()
    assert {line.split()[1] for line in log.read_text(encoding="ascii").splitlines()} == {"False"}


def test_the_layers_are_made_with_the_collector_off(dev_corpus, tmp_path, monkeypatch):
    original, seen = pipeline._layers, []

    def layers(*args):
        seen.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(pipeline, "_layers", layers)
    assert main(["-q", "build", str(dev_corpus), "--out", str(tmp_path / "out")]) == 0
    assert seen == [False] and gc.isenabled()


def test_a_stop_while_waiting_for_the_child_ends_it(tmp_path):
    log, parent = tmp_path / "log", os.getpid()

    def task():
        if os.getpid() == parent:
            time.sleep(0.05)
            return
        time.sleep(1.0)
        _slow(log, "late", 0)()

    def interrupt(*args):
        raise KeyboardInterrupt

    import signal

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.4)  # while this process waits for the child
    try:
        with pytest.raises(KeyboardInterrupt):
            forked.run_shared([(name, task) for name in "abcd"])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    time.sleep(1.5)
    assert not log.exists()

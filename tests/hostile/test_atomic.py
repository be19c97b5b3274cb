"""Builds that are killed, overlap, fill the disk or meet odd output folders.

Readers of the output folder must see a whole set of outputs, old or new,
whatever happens to the build writing it; leftovers of killed builds go
with the next build; two builds never write the same folder at once.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile.files import CABLE, assert_one_line_error, old_outputs, run_cli, snapshot, write_corpus

from progmap.errors import ProgmapError
from progmap.outputs import atomic
from progmap.outputs.writers import atomic_output_dir
from progmap.schema import OUTPUT_MARKER

NAMES = ["map.html", "routes.geojson", "3w.csv", "records.yaml"]


def write_set(out: Path, generation: int) -> None:
    """One build's worth of outputs, each saying which build wrote it."""
    with atomic_output_dir(out) as tmp:
        for name in NAMES:
            (tmp / name).write_text(f"generation {generation}\n", encoding="utf-8")
        (tmp / "lib").mkdir()
        (tmp / "lib" / "leaflet.js").write_text(f"generation {generation}\n", encoding="utf-8")


def generations(out: Path) -> set[str]:
    """The generations the files readers see come from (one, for a whole set)."""
    files = snapshot(out)
    assert set(files) >= {*NAMES, "lib/leaflet.js", OUTPUT_MARKER}, sorted(files)
    return {text.decode() for name, text in files.items() if name != OUTPUT_MARKER}


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def test_outputs_appear_as_a_link_to_a_whole_set(tmp_path):
    write_set(tmp_path / "out", 1)
    write_set(tmp_path / "out", 2)
    assert generations(tmp_path / "out") == {"generation 2\n"}
    assert (tmp_path / "out").is_symlink()
    current = os.readlink(tmp_path / "out")
    assert siblings(tmp_path / "out") == sorted([current, ".out.lock"]), "the older set is gone"


def test_an_output_folder_from_older_versions_becomes_a_link(tmp_path):
    kept = old_outputs(tmp_path / "out")
    (tmp_path / "out" / "notes.txt").write_text("mine", encoding="utf-8")
    write_set(tmp_path / "out", 1)
    assert (tmp_path / "out").is_symlink()
    assert (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8") == "mine", "a user's file is carried over"
    assert (tmp_path / "out" / "map.html").read_text(encoding="utf-8") == "generation 1\n" != kept["map.html"].decode()


def test_files_the_user_adds_survive_and_files_a_build_stopped_writing_go(tmp_path):
    out = tmp_path / "out"
    write_set(out, 1)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with atomic_output_dir(out) as tmp:
        (tmp / "map.html").write_text("only the map", encoding="utf-8")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not (out / "routes.geojson").exists(), "an output of the older build is not carried as the user's"


def test_leftovers_of_killed_builds_are_removed_by_the_next_one(tmp_path):
    write_set(tmp_path / "out", 1)
    killed = tmp_path / ".out.k1ll3d_x"
    killed.mkdir()
    (killed / OUTPUT_MARKER).write_text("{}", encoding="utf-8")
    (killed / "map.html").write_text("half", encoding="utf-8")
    older = tmp_path / ".out.abcd1234"  # a temporary folder of progmap before markers
    older.mkdir()
    (older / "routes.geojson").write_text("{", encoding="utf-8")
    os.symlink(killed.name, tmp_path / ".out.k1ll3d_x.link")
    mine = tmp_path / ".out.backup"
    mine.mkdir()
    (mine / "thesis.docx").write_text("the user's", encoding="utf-8")
    shutil.copytree(tmp_path / "out", tmp_path / ".out.old")  # a user's copy of a whole set, marker and all
    os.symlink("out", tmp_path / ".out.latest")
    write_set(tmp_path / "out", 2)
    assert siblings(tmp_path / "out") == sorted([".out.backup", ".out.latest", ".out.lock", ".out.old", os.readlink(tmp_path / "out")])


def test_a_second_build_of_the_same_output_is_refused(tmp_path):
    out = tmp_path / "out"
    write_set(out, 1)
    with atomic_output_dir(out) as tmp:
        (tmp / "map.html").write_text("first build", encoding="utf-8")
        with pytest.raises(ProgmapError, match="another progmap build is writing"):
            write_set(out, 2)
    assert (out / "map.html").read_text(encoding="utf-8") == "first build"


def test_a_failed_build_changes_nothing(tmp_path):
    out = tmp_path / "out"
    write_set(out, 1)
    before = snapshot(out)
    with pytest.raises(RuntimeError), atomic_output_dir(out) as tmp:
        (tmp / "map.html").write_text("half", encoding="utf-8")
        raise RuntimeError("boom")
    assert snapshot(out) == before
    assert siblings(out) == sorted([".out.lock", os.readlink(out)])


def test_an_output_link_onto_another_file_system_works(tmp_path):
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system at /dev/shm")
    target = Path(os.path.realpath(other)) / f"progmap-test-{os.getpid()}-{random.randrange(10**9)}"
    try:
        target.mkdir()
        os.symlink(target / "out", tmp_path / "out")
        write_set(tmp_path / "out", 1)
        write_set(tmp_path / "out", 2)
        assert generations(tmp_path / "out") == {"generation 2\n"}
        assert os.readlink(tmp_path / "out") == str(target / "out"), "the user's link stays"
        assert (target / "out").is_symlink() and (target / ".out.lock").exists()
    finally:
        shutil.rmtree(target, ignore_errors=True)


# --- kills ------------------------------------------------------------------------


def slow_builds_forever(out: Path, generation: int) -> None:
    """In a child process: build generation after generation, each step of the switch slowed down."""
    for name in ("replace", "rename", "symlink", "link", "unlink", "rmdir"):
        original = getattr(os, name)

        def slowed(*args, _original=original, **kwargs):
            time.sleep(0.002)
            return _original(*args, **kwargs)

        setattr(os, name, slowed)
    while True:
        write_set(out, generation)
        generation += 1


def test_a_build_killed_at_any_point_leaves_a_whole_set(tmp_path):
    out = tmp_path / "out"
    write_set(out, 0)
    rng = random.Random(7)
    switched = 0
    for kill in range(1, 41):
        before = generations(out)
        child = os.fork()
        if child == 0:  # pragma: no cover - the child never returns
            try:
                slow_builds_forever(out, 1000 * kill)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        found = generations(out)
        assert len(found) == 1, f"a mix of sets: {found}"
        switched += found != before
    assert switched >= 5, "the kills should land after switches too, not only before the first"
    write_set(out, 999)  # the next build cleans up after all of them
    assert generations(out) == {"generation 999\n"}
    assert siblings(out) == sorted([".out.lock", os.readlink(out)])


# --- signals, disks, locks through the command line ----------------------------------------


def _wait_stopped(pid: int, timeout: float = 30) -> None:
    """Wait until a process is stopped (state T in /proc) or gone."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return
        if state in ("T", "t", "Z", "X"):
            return
        time.sleep(0.001)


def _stop_while_writing(command: list[str], folder: Path, out: Path, signum: int) -> subprocess.Popen | None:
    """Start a build, freeze it once it writes a new set, and send it ``signum``.

    A small build writes for about a second; a signal sent "soon" after the
    new set appears may land after the build ended, so the build is frozen
    (SIGSTOP) first and signalled only if its set is still unfinished.
    Returns None when the build finished before it was frozen.
    """
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(".out.") and p.is_dir() for p in folder.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline, "the build never began writing"
        time.sleep(0.005)
    process.send_signal(signal.SIGSTOP)
    _wait_stopped(process.pid)  # SIGSTOP takes effect when the process next runs, not when sent
    if out.is_symlink() or process.poll() is not None:  # it switched to the new set already
        process.send_signal(signal.SIGCONT)
        process.communicate(timeout=60)
        return None
    process.send_signal(signum)
    process.send_signal(signal.SIGCONT)
    return process


def test_sigterm_and_sighup_clean_up_like_sigint(tmp_path, mirror):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    out = tmp_path / "out"
    kept = old_outputs(out)
    command = [sys.executable, "-m", "progmap.cli", "-q", "build", str(tmp_path / "docs"), "--out", str(out)]
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        for _attempt in range(5):
            process = _stop_while_writing(command, tmp_path, out, signum)
            if process is not None:
                break
            shutil.rmtree(os.path.realpath(out))  # the finished build's set and link; the old outputs go back
            out.unlink()
            kept = old_outputs(out)
        else:
            pytest.fail("every build finished before it could be stopped")
        stderr = process.communicate(timeout=60)[1]
        assert process.returncode == 128 + signum, (signum, process.returncode, stderr)
        assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == [".out.lock"], "temporary set left"
        assert snapshot(out) == kept


def test_a_second_build_gets_one_line_and_status_2(tmp_path, mirror):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    out = tmp_path / "out"
    write_set(out, 1)
    before = snapshot(out)
    with atomic.contextlib.ExitStack() as stack:
        stack.enter_context(atomic._lock(atomic.output_location(out)))
        result = run_cli("-q", "build", tmp_path / "docs", "--out", out)
    assert_one_line_error(result, str(out), "another progmap build is writing this output folder")
    assert snapshot(out) == before


@pytest.fixture
def small_disk(tmp_path):
    """A 600 KiB file system of its own (a tmpfs mount; root only)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_names_the_output_file_not_a_temporary_one(tmp_path, small_disk, mirror):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    out = small_disk / "out"
    kept = old_outputs(out)
    result = run_cli("-q", "build", tmp_path / "docs", "--out", out)
    message = assert_one_line_error(result, str(out), "No space left on device")
    assert "/.out." not in message, message
    assert snapshot(out) == kept
    assert [p.name for p in small_disk.iterdir() if p.name.startswith(".out.")] == [".out.lock"]


def test_a_read_only_output_folder_is_named(tmp_path, small_disk, mirror):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    out = small_disk / "out"
    kept = old_outputs(out)
    (small_disk / ".out.lock").touch()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = run_cli("-q", "build", tmp_path / "docs", "--out", out)
    message = assert_one_line_error(result, "Read-only file system")
    assert str(small_disk) in message and "/.out." not in message
    assert snapshot(out) == kept


def test_a_set_removed_by_hand_is_replaced(tmp_path):
    write_set(tmp_path / "out", 1)
    shutil.rmtree(tmp_path / os.readlink(tmp_path / "out"))
    write_set(tmp_path / "out", 2)
    assert generations(tmp_path / "out") == {"generation 2\n"}

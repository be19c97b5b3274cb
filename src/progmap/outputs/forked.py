"""Write independent outputs in two processes at once, each taking the next one not yet taken.

The outputs a build writes from its layers (the GeoPackage, each layer's
GeoJSON, the web map, the figure, the 3W and routes tables) read the same
frames and nothing else, each in one process. On a machine with two CPUs,
:func:`run_shared` forks a child with the layers already made, and the
child and this process each take the next output of a list until none is
left: longest first, so the two end at about the same time, whatever the
corpus's size and whatever else the machine runs. The child reads the
parent's frames as they are (copy on write, nothing pickled) and writes
its files into the same temporary folder.

A failure on either side fails the whole: the child's exception is sent
back and raised here (so the build's temporary folder is removed and no
half-written set of outputs is ever switched in), and a failure here ends
the child. Where fork is not available, or asked not to, every output is
written here, in the list's order. The child's stage timings join the
parent's (see :mod:`progmap.engine.progress`).

Examples
--------
>>> run_shared([("geopackage", write_gpkg), ("web map", write_page)], progress)   # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence

from progmap.engine.progress import Progress
from progmap.errors import ProgmapError

#: Seconds a child that was told to stop gets before it is killed.
_STOP_WAIT = 5.0

#: An output to write: the stage it is timed under, and a function of no argument that writes it.
Task = tuple[str, Callable[[], None]]


def can_fork() -> bool:
    """Whether this platform forks (not Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def room_for_a_copy() -> bool:
    """Whether the machine's available memory could hold a second copy of this process.

    A forked child shares this process's pages until either writes to
    them, and both do (reference counts, new objects in freed memory): on
    25 and 50 MB corpora the build's memory grew by a fifth to a quarter.
    Where memory is short, the outputs are written here alone. Linux's ``MemAvailable`` and this process's resident size; True
    where they cannot be read.
    """
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            available = next(int(line.split()[1]) * 1024 for line in handle if line.startswith("MemAvailable:"))
        with open("/proc/self/statm", encoding="ascii") as handle:
            resident = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, StopIteration, ValueError, IndexError):
        return True
    return available > resident


def run_shared(tasks: Sequence[Task], progress: Progress | None = None, fork: bool = True) -> None:
    """Run every task once, in this process and a forked child, each taking the next task left.

    Parameters
    ----------
    tasks : sequence of (str, callable)
        Stage name and a function of no argument. What a function returns
        is dropped: it must leave its work in files. The longest first.
    progress : Progress, optional
        Each task is timed as its stage; the child's times are added to this one's.
    fork : bool, optional
        False, a platform without fork, or too little memory for a second
        copy of this process (:func:`room_for_a_copy`): every task here, in order.

    Raises
    ------
    BaseException
        What a task raised: this side's first, else the child's (sent back
        pickled; a :class:`~progmap.errors.ProgmapError` with its text when
        it cannot be); a :class:`~progmap.errors.ProgmapError` when the
        child ended without a word (killed, out of memory).
    """
    progress = progress if progress is not None else Progress(show=False)
    if not (fork and can_fork() and len(tasks) > 1 and room_for_a_copy()):
        for name, task in tasks:
            with progress.stage(name):
                task()
        return
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)  # the next task's number, shared: each side takes it under the lock
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(tasks, taken, send, progress), daemon=True)
    child.start()
    send.close()
    try:
        with _collector_paused():
            _take(tasks, taken, progress)
        outcome = _outcome(receive, child)
    except BaseException:
        # A failure here, or a signal while waiting: the child writes no more
        # into a set that is about to be removed.
        _stop(child, taken, len(tasks))
        raise
    finally:
        receive.close()
    if "error" in outcome:
        raise outcome["error"]
    for name, (wall, cpu) in outcome["times"].items():
        before = progress.times.get(name, (0.0, 0.0))
        progress.times[name] = (before[0] + wall, before[1] + cpu)


@contextlib.contextmanager
def _collector_paused():
    """Python's cyclic collector off for the block, on again (if it was) after.

    The writers make millions of short-lived objects, and the collector's
    passes over them took 7 to 9% of each process's time writing the
    outputs of a 25 MB corpus; the few cycles they make (a figure, the web
    page's element tree) are freed by the first pass after the block.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _take(tasks: Sequence[Task], taken, progress: Progress) -> None:
    """Run the next task not yet taken, until none is left."""
    while True:
        with taken.get_lock():
            number = taken.value
            taken.value = number + 1
        if number >= len(tasks):
            return
        name, task = tasks[number]
        with progress.stage(name):
            task()


def _child(tasks: Sequence[Task], taken, send, progress: Progress) -> None:
    """The child's body: take tasks, then send back the stage times it added, or its exception."""
    # What the parent made (the frames both sides read) stays out of the
    # child's collector walks, which would copy their pages; freezing is
    # a list move, not a walk. The child ends when its tasks do: no walk
    # at all is needed to free what they leave (see _collector_paused).
    gc.freeze()
    gc.disable()
    before = dict(progress.times)
    try:
        _take(tasks, taken, progress)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        with taken.get_lock():
            taken.value = len(tasks)  # the parent takes no more: the build has failed
        send.send_bytes(_pickled_error(exc))
        raise SystemExit(1) from None
    send.send_bytes(pickle.dumps({"times": _added_times(before, progress.times)}))


def _added_times(before: dict, after: dict) -> dict:
    """Per stage, the (wall, CPU) seconds ``after`` adds to ``before`` (stages the child timed, or timed again)."""
    added = {}
    for name, (wall, cpu) in after.items():
        was = before.get(name, (0.0, 0.0))
        if (wall, cpu) != was:
            added[name] = (wall - was[0], cpu - was[1])
    return added


def _pickled_error(exc: BaseException) -> bytes:
    """An exception as bytes the parent can raise: itself when it pickles and unpickles, else its text."""
    try:
        data = pickle.dumps({"error": exc})
        pickle.loads(data)
        return data
    except Exception:  # noqa: BLE001 - any exception that does not travel is told by its text
        return pickle.dumps({"error": ProgmapError(str(exc) or type(exc).__name__)})


def _outcome(receive, child) -> dict:
    """What the child sent, once it ended; an error when it sent nothing."""
    try:
        data = receive.recv_bytes()
    except (EOFError, OSError):
        data = None
    child.join()
    if data is None:
        return {"error": ProgmapError(f"an output writer process ended without finishing (exit status {child.exitcode})")}
    return pickle.loads(data)


def _stop(child, taken, count: int) -> None:
    """End a child whose work is no longer wanted: no more tasks, asked to stop, then killed."""
    with taken.get_lock():
        taken.value = count
    if child.is_alive():
        child.terminate()
        child.join(_STOP_WAIT)
        if child.is_alive():
            child.kill()

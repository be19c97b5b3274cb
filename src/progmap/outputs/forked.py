"""Write two groups of outputs at once: one in this process, one in a forked one.

The outputs a build writes from its layers (GeoJSON, the GeoPackage, the
figure, the web map) read the same frames and nothing else, each in one
process. On a machine with two CPUs, :func:`run_beside` writes one group
in a child forked with the layers already made, while this process writes
the other: the child reads the parent's frames as they are (copy on write,
nothing pickled) and writes its files into the same temporary folder.

A failure on either side fails the whole: the child's exception is sent
back and raised here (so the build's temporary folder is removed and no
half-written set of outputs is ever switched in), and a failure here ends
the child. Where fork is not available, or asked not to, both groups run
here, one after the other. The child's stage timings join the parent's
(see :mod:`progmap.engine.progress`).

Examples
--------
>>> run_beside(lambda: write_geopackage(...), lambda: save_map(...), progress)   # doctest: +SKIP
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from collections.abc import Callable

from progmap.engine.progress import Progress
from progmap.errors import ProgmapError

#: Seconds a child that was told to stop gets before it is killed.
_STOP_WAIT = 5.0


def can_fork() -> bool:
    """Whether this platform forks (not Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def run_beside(beside: Callable[[], None], here: Callable[[], None], progress: Progress | None = None, fork: bool = True) -> None:
    """Run ``beside`` in a forked child while ``here`` runs in this process; return when both are done.

    Parameters
    ----------
    beside : callable
        Called with no argument in the child. What it returns is dropped:
        it must leave its work in files.
    here : callable
        Called with no argument in this process.
    progress : Progress, optional
        Stages timed by ``beside`` (in the child's copy of it) are added to this one.
    fork : bool, optional
        False, or a platform without fork: ``beside`` then ``here``, both here.

    Raises
    ------
    BaseException
        What either side raised: this side's first, else the child's (sent
        back pickled; a :class:`~progmap.errors.ProgmapError` with its text
        when it cannot be); a :class:`~progmap.errors.ProgmapError` when the
        child ended without a word (killed, out of memory).
    """
    if not (fork and can_fork()):
        beside()
        here()
        return
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_child, args=(beside, send, progress), daemon=True)
    child.start()
    send.close()
    try:
        here()
    except BaseException:
        _stop(child)
        raise
    finally:
        outcome = _outcome(receive, child)
        receive.close()
    if "error" in outcome:
        raise outcome["error"]
    if progress is not None:
        for name, (wall, cpu) in outcome["times"].items():
            before = progress.times.get(name, (0.0, 0.0))
            progress.times[name] = (before[0] + wall, before[1] + cpu)


def _child(work: Callable[[], None], send, progress: Progress | None) -> None:
    """The child's body: run ``work``, send back its stage times or its exception."""
    # What the parent made (the frames both sides read) stays out of the
    # child's collector walks, which would copy their pages; freezing is
    # a list move, not a walk.
    gc.freeze()
    before = dict(progress.times) if progress is not None else {}
    try:
        work()
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        send.send_bytes(_pickled_error(exc))
        raise SystemExit(1) from None
    send.send_bytes(pickle.dumps({"times": _added_times(before, progress.times if progress is not None else {})}))


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


def _stop(child) -> None:
    """End a child whose results are no longer wanted: asked first, then killed."""
    if child.is_alive():
        child.terminate()
        child.join(_STOP_WAIT)
        if child.is_alive():
            child.kill()

"""Run the unit of work over batches of documents: in this process or in forked workers.

Workers are forked after the :class:`~progmap.engine.state.SharedState` is
made, so they share the matcher and the tables with the parent and nothing
but the batches' bytes and the results' JSON crosses between processes. A
few batches are in flight at a time, so the corpus is never all in memory,
and results come back in the order the batches were given.
"""

from __future__ import annotations

import collections
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator

from progmap.engine.state import ExtractOptions, SharedState
from progmap.engine.work import TASKS

#: What forked workers read: set before the fork, so the state is never pickled.
_SHARED: dict = {}


#: The garbage collector's thresholds in a worker. A worker's objects die young, by reference
#: counting, but a document's reading holds a few thousand at a time: with the first generation
#: collected every 700 allocations (Python's default) the collector walked them about 900 times
#: per 6 MB of documents, about 2% of a worker's CPU; every 50,000, it runs about once.
WORKER_GC_THRESHOLDS = (50_000, 10, 10)


def worker_started() -> None:
    """What a forked worker does first: sets :data:`WORKER_GC_THRESHOLDS`."""
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _run(task: str, batch):
    return TASKS[task](batch, _SHARED["state"], _SHARED["options"])


#: An invented news item that has each stage build what it builds on first use (lexicon
#: tables, patterns, automata, lemminflect's tables): read once in the parent before the
#: fork, so that workers share them instead of each building its own.
WARM_UP = (
    "HANOI, 3 March 2021 - The International Organization for Migration (IOM) and the Ministry of Labour "
    "launched a two-year project, funded by the European Union with USD 2.5 million, to support victims of "
    "trafficking in Lao Cai province. Police said that 14 Vietnamese women, mostly from Nghe An, had been "
    "recruited by brokers and trafficked to China, where they were sold as brides in Guangxi. The women were "
    "rescued in Yunnan and returned to Vietnam.\n"
)


def warm_up(state: SharedState, options: ExtractOptions) -> bytes:
    """Read :data:`WARM_UP` as a worker would (its result, encoded, is returned and otherwise unused).

    Every stage builds its tables, patterns and automata on first use, about
    a quarter of a CPU second in all: done here, before forking, they are
    built once and shared, not once per worker. What a document's reading
    keeps between documents is memos of what it read, so results do not change.
    """
    return TASKS["extract"]([("warm-up", "warm-up.txt", WARM_UP.encode(), "")], state, options)[0]


def default_workers() -> int:
    """One worker per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def sent_ahead(batches: Iterable[list], window: int, submit) -> Iterator:
    """Each batch's handle from ``submit`` (None for an empty batch), in the order of the batches,
    with up to ``window`` batches with work submitted ahead of the one yielded.

    Empty batches (every document cached) do not count: the workers compute
    later work while the caller consumes them.

    >>> list(sent_ahead([[1], [], [2]], 1, lambda batch: batch[0] * 10))
    [10, None, 20]
    """
    pending: collections.deque = collections.deque()
    computing = 0
    source = iter(batches)
    while True:
        while computing < window:
            batch = next(source, None)
            if batch is None:
                break
            pending.append(submit(batch) if batch else None)
            computing += bool(batch)
        if not pending:
            return
        handle = pending.popleft()
        computing -= handle is not None
        yield handle


class LocalRunner:
    """Extract batches here (``workers = 1``) or in forked worker processes.

    Parameters
    ----------
    state : SharedState
    options : ExtractOptions
    workers : int
        Worker processes; 1 runs every batch in this process. Where fork is
        not available (Windows), batches run here whatever is asked.

    Examples
    --------
    >>> with LocalRunner(state, options, workers=2) as runner:   # doctest: +SKIP
    ...     for results in runner.map(batches):
    ...         ...
    """

    def __init__(self, state: SharedState, options: ExtractOptions, workers: int = 1):
        self.state, self.options = state, options
        forkable = "fork" in multiprocessing.get_all_start_methods()
        self.workers = workers if forkable else 1
        self._pool = None
        self._light = False

    def __enter__(self) -> LocalRunner:
        return self

    @property
    def in_process(self) -> bool:
        """Whether documents are read in this process (no workers)."""
        return self.workers <= 1

    def _start(self, light: bool = False) -> None:
        """Fork the workers: on the first batch with work, so a build that finds
        every result cached forks none and builds no matcher.

        ``light``: the work is a few documents among many cached ones (a
        rebuild). One worker is forked at once and builds the matcher and
        the tables itself, while this process reads the cached results,
        instead of this process building them first (about 0.8 CPU s
        before it reads any) so that workers share them.
        """
        _SHARED.update(state=self.state, options=self.options)
        if not light:
            self.state.prepare()
            warm_up(self.state, self.options)
        # Objects alive now (the gazetteer, the matcher) leave the garbage
        # collector's reach, so its passes neither walk them again nor,
        # in the workers, copy their pages.
        gc.freeze()
        self._light = light
        self._pool = multiprocessing.get_context("fork").Pool(1 if light else self.workers, initializer=worker_started)

    def _stop(self, failed: bool = False) -> None:
        if self._pool is not None:
            self._pool.terminate() if failed else self._pool.close()
            self._pool.join()
            self._pool = None
            gc.unfreeze()

    def __exit__(self, *exc) -> None:
        self._stop(failed=exc[0] is not None)
        _SHARED.clear()

    def map(self, batches: Iterable[list], task: str = "extract", light: Callable[[], bool] | None = None) -> Iterator[list[bytes]]:
        """Each batch's results, in the order of the batches; empty batches cost nothing.

        ``task`` names the unit of work (see :data:`progmap.engine.work.TASKS`).
        With workers, batches are taken from ``batches`` until
        ``2 * workers`` are being computed, however many empty ones (all
        documents cached) come between: the workers compute a rebuild's
        new documents while this process reads the cached ones before them.
        ``light``, asked when the first batch with work is sent, says
        whether the work is a few documents among many cached (see
        :meth:`_start`); workers started lightly are ended and started
        again in full for a later pass that is not light.
        """
        if self.workers <= 1:
            for batch in batches:
                yield TASKS[task](batch, self.state, self.options) if batch else []
            return
        lightly = {}  # asked once per pass, at its first batch with work

        def submit(batch):
            if "light" not in lightly:
                lightly["light"] = None if light is None else bool(light())
            return self._submit(task, batch, lightly["light"])

        for handle in sent_ahead(batches, 2 * self.workers, submit):
            yield [] if handle is None else handle.get()

    def _submit(self, task: str, batch: list, light: bool | None = None):
        """Send a batch to the workers; ``light`` as :meth:`_start`'s (None: whatever workers run, else in full)."""
        if self._pool is not None and self._light and light is False:
            self._stop()  # a pass that is not light follows a light one, whose results are all in
        if self._pool is None:
            self._start(bool(light))
        return self._pool.apply_async(_run, (task, batch))

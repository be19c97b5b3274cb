"""Run the unit of work on a ``dask.distributed`` cluster: futures over document batches.

The gazetteer's places and names (no shapes) and the extraction options go
to every worker once (scattered, broadcast); each worker builds its
:class:`~progmap.engine.state.SharedState` from them on its first batch and
keeps it. A worker whose progmap code or tables differ from this process's
would compute other results, so it refuses the work (its fingerprint would
not match) rather than make a build that differs from a local one.

Workers receive each document's bytes, so they need not see the corpus's
file system; they need progmap installed (``pip install 'progmap[dask]'``),
the same version as the machine that starts the build.

Examples
--------
>>> with DaskRunner("tcp://scheduler:8786", state, options) as runner:   # doctest: +SKIP
...     for results in runner.map(batches):
...         ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from progmap.engine.pool import sent_ahead
from progmap.engine.state import ExtractOptions, SharedState
from progmap.engine.work import TASKS
from progmap.errors import ProgmapError

#: Per worker process: fingerprint -> SharedState, built on a worker's first batch.
_WORKER_STATES: dict[str, SharedState] = {}


def _worker_state(fingerprint: str, gazetteer) -> SharedState:
    state = _WORKER_STATES.get(fingerprint)
    if state is None:
        state = SharedState(gazetteer)
        if state.fingerprint != fingerprint:
            raise ProgmapError(
                "a Dask worker runs another progmap version or other tables than this build: "
                "install the same progmap on the workers"
            )
        _WORKER_STATES.clear()
        _WORKER_STATES[fingerprint] = state
    return state


def run_remote_batch(shared: tuple, task: str, batch: list) -> list[bytes]:
    """What a worker runs: a unit of work (:data:`~progmap.engine.work.TASKS`) with the scattered state."""
    fingerprint, gazetteer, options = shared
    return TASKS[task](batch, _worker_state(fingerprint, gazetteer), options)


class DaskRunner:
    """Extract batches on a Dask cluster, a few batches per worker in flight.

    Parameters
    ----------
    scheduler : str
        The scheduler's address (``tcp://host:8786``).
    state : SharedState
        This process's state: its fingerprint and gazetteer go to the workers.
    options : ExtractOptions
    """

    def __init__(self, scheduler: str, state: SharedState, options: ExtractOptions):
        self.scheduler, self.state, self.options = scheduler, state, options
        self._client = None
        self._shared = None

    #: Documents are read on the cluster's workers, never in this process.
    in_process = False

    def __enter__(self) -> DaskRunner:
        try:
            from distributed import Client
        except ImportError:
            raise ProgmapError(f"scheduler {self.scheduler}: Dask is not installed (pip install 'progmap[dask]')") from None
        try:
            # The connect timeout is Dask's (distributed.comm.timeouts.connect).
            self._client = Client(self.scheduler, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ProgmapError(f"scheduler {self.scheduler}: cannot connect ({exc})") from None
        payload = (self.state.fingerprint, SharedState.portable(self.state.gazetteer), self.options)
        self._shared = self._client.scatter(payload, broadcast=True, hash=False)
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def workers(self) -> int:
        return max(1, len(self._client.scheduler_info().get("workers", {}))) if self._client is not None else 1

    def map(self, batches: Iterable[list], task: str = "extract", light=None) -> Iterator[list[bytes]]:
        """Each batch's results, in the order of the batches (see :meth:`progmap.engine.pool.LocalRunner.map`;
        ``light`` is not asked: the cluster's workers hold their state already)."""
        for future in sent_ahead(batches, 2 * self.workers + 1, lambda batch: self._submit(task, batch)):
            yield [] if future is None else future.result()

    def _submit(self, task: str, batch: list):
        return self._client.submit(run_remote_batch, self._shared, task, batch, pure=False)


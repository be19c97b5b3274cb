"""What a build tells while it runs: the stage it is in, a bar over documents, the time of each stage.

Shown on stderr, and only on a terminal (a cron job's log stays clean);
``quiet`` silences it. The timings are kept whatever is shown, for
``progmap -v`` and the benchmarks.

Examples
--------
>>> progress = Progress(show=True)                       # doctest: +SKIP
>>> with progress.stage("documents"):                    # doctest: +SKIP
...     bar = progress.bar(len(files), "reading documents")
...     bar(10)
>>> print(progress.summary())                            # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import sys
import time


class Progress:
    """Stage timings, and what the user sees of them.

    Parameters
    ----------
    show : bool, optional
        Show stages and a bar; by default only when stderr is a terminal.
    """

    def __init__(self, show: bool | None = None):
        self.show = sys.stderr.isatty() if show is None else show
        #: Stage name to (wall seconds, CPU seconds of this process). Stages
        #: timed in a forked writer are added (see progmap.outputs.forked):
        #: those overlap, and their shares of the build's time add up to more than 100%.
        self.times: dict[str, tuple[float, float]] = {}
        self._bars: list = []
        self._span: list[float] = []

    @contextlib.contextmanager
    def stage(self, name: str):
        """Time a stage (``with progress.stage("layers"): ...``); times of a name add up, and its name is shown once."""
        if self.show and name not in self.times:
            print(f"progmap: {name}...", file=sys.stderr, flush=True)
        wall, cpu = time.perf_counter(), time.process_time()
        self._span = [self._span[0] if self._span else wall, wall]
        try:
            yield
        finally:
            self._span[1] = time.perf_counter()
            for bar in self._bars:
                bar.close()
            self._bars.clear()
            before = self.times.get(name, (0.0, 0.0))
            self.times[name] = (before[0] + time.perf_counter() - wall, before[1] + time.process_time() - cpu)

    def bar(self, total: int, label: str):
        """A function that advances a bar of ``total`` documents by its argument (a no-op when hidden)."""
        if not self.show:
            return lambda count: None
        from tqdm import tqdm

        bar = tqdm(total=total, desc=label, unit="doc", file=sys.stderr, leave=False, smoothing=0.1)
        self._bars.append(bar)
        return bar.update

    def summary(self) -> str:
        """One line per stage: wall and CPU seconds, and the share of the build's wall time."""
        total = (self._span[1] - self._span[0]) if self._span else 0.0
        lines = [
            f"progmap: {name:<12} {wall:7.2f} s ({100 * wall / (total or 1.0):3.0f}%), CPU here {cpu:7.2f} s"
            for name, (wall, cpu) in self.times.items()
        ]
        return "\n".join(lines)

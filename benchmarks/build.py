"""Benchmark: the whole build (``progmap build``) on growing corpora, for cron-job sizing.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/build.py [--mb 1.5] [--steps 3]

Writes synthetic cable-like documents (those of ``benchmarks/extraction.py``)
to a temporary folder, builds corpora of ``mb``, ``2 * mb`` ... ``steps * mb``
megabytes in fresh processes, and prints each build's wall time, throughput
and peak memory, with the time ratio to the first: a ratio well above the
size ratio means some stage scales worse than linearly. Figures, not
pass/fail.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_corpus(folder: Path, megabytes: float) -> int:
    """Write synthetic documents totalling ``megabytes`` into ``folder``; return their count."""
    sys.path.insert(0, str(HERE))
    from extraction import synthetic_corpus

    docs = synthetic_corpus(int(megabytes * 1e6), seed=11)
    folder.mkdir(parents=True)
    for number, text in enumerate(docs):
        (folder / f"doc{number:05d}.txt").write_text(text, encoding="utf-8")
    return len(docs)


def timed_build(corpus: Path, out: Path) -> tuple[float, float]:
    """Wall seconds of ``progmap build`` in a new process, and the peak resident memory (MB) of
    the largest build so far (the corpora grow, so it is this one's)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "progmap.cli", "-q", "build", str(corpus), "--out", str(out)], check=True)
    elapsed = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return elapsed, peak


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.5, help="size of the smallest corpus in MB (default 1.5)")
    parser.add_argument("--steps", type=int, default=3, help="corpora of 1, 2 ... steps times that size (default 3)")
    args = parser.parse_args(argv)
    if not os.environ.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        os.environ["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")
    with tempfile.TemporaryDirectory() as tmp:
        first = None
        for step in range(1, args.steps + 1):
            corpus = Path(tmp) / f"corpus{step}"
            count = write_corpus(corpus, args.mb * step)
            elapsed, peak = timed_build(corpus, Path(tmp) / f"out{step}")
            first = first or elapsed
            print(
                f"{args.mb * step:5.1f} MB, {count:5d} documents: {elapsed:6.1f} s, {args.mb * step / elapsed:5.2f} MB/s, "
                f"peak {peak:6.0f} MB; time ratio to the first {elapsed / first:4.1f} (size ratio {step})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

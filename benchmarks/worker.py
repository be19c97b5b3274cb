"""Benchmark: where a build's worker spends its CPU time, step by step, per MB of corpus.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/worker.py [--mb 5] [--profile out.prof]

Makes a corpus as ``benchmarks/build.py`` does (``benchmarks/corpus.py``:
documents of 2 to 8 KB recombined from ``examples/`` and the development
corpus) and runs the unit of work of a build over it in this process, as a
worker runs it: the dates pass (:func:`progmap.engine.work.document_dates`)
and then :func:`progmap.engine.work.extract_batch`, in the batches
:mod:`progmap.engine.stream` makes. Each step the unit of work calls
(reading a document, organizations, places, programmes, routes, the
sentences quoted, the pieces of the outputs, encoding) is timed in CPU
seconds of this process, its own time only (the steps it calls are timed
apart), so that a shared machine's load counts little. Prints CPU seconds
per MB and each step's share; ``--profile`` also writes a cProfile of the
extraction pass (profiling roughly doubles the time). Figures, not
pass/fail.

The actor stages' own benchmark (``benchmarks/actors.py``) reads another
corpus (cable-like text made from the gazetteer's names, mostly filler):
on the recombined documents of a build the actor stages cost more per MB.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

#: What the unit of work calls, by the name progmap.engine.work knows it, and the step it counts in.
STEPS = {
    "read_organizations": "organizations (finding)",
    "localize_organization_columns": "organizations (localizing)",
    "read_programmes": "programmes",
    "read_routes": "routes",
    "resolve_texts": "places (matching and resolution)",
    "_sentence_rows": "quoted sentences (the sentence split)",
    "document_pieces": "pieces of the outputs (CSV, YAML)",
    "encode": "encoding results (JSON)",
    "decode": "encoding results (JSON)",
    "finish_document": "ids and pages",
    "spans_without": "other",
    "_outside_names": "other",
    "_state_bodies": "other",
    "_name_spans": "other",
}


class Steps:
    """CPU seconds per step, each call's own time: nested timed calls are subtracted from the caller's."""

    def __init__(self):
        self.seconds: collections.Counter = collections.Counter()
        self._inner: list[float] = []

    def wrap(self, step: str, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            start = time.process_time()
            self._inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                inner = self._inner.pop()
                self.seconds[step] += spent - inner
                if self._inner:
                    self._inner[-1] += spent
        return timed


def batches(files: list[Path], undated: str = "") -> list[list[tuple]]:
    """The files in the batches a build sends its workers (see :mod:`progmap.engine.stream`)."""
    from progmap.engine.stream import BATCH_BYTES, BATCH_DOCUMENTS

    out, batch, size = [], [], 0
    for path in files:
        data = path.read_bytes()
        batch.append((path.name, str(path), data, undated))
        size += len(data)
        if size >= BATCH_BYTES or len(batch) >= BATCH_DOCUMENTS:
            out.append(batch)
            batch, size = [], 0
    if batch:
        out.append(batch)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--corpus", help="a folder of documents to read instead of a generated corpus")
    parser.add_argument("--profile", help="write a cProfile of the extraction pass to this file")
    args = parser.parse_args(argv)
    if not os.environ.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        os.environ["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")
    logging.disable(logging.WARNING)  # header warnings of recombined documents

    from progmap.engine import work
    from progmap.engine.pool import warm_up, worker_started
    from progmap.engine.state import ExtractOptions, SharedState
    from progmap.places.gazetteer import load_gazetteer
    from progmap.sources import documents

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.corpus) if args.corpus else Path(scratch) / "corpus"
        if not args.corpus:
            write_corpus(folder, args.mb)
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        state = SharedState(load_gazetteer(), fingerprint="benchmark").prepare()
        options = ExtractOptions()
        steps = Steps()
        for name, step in STEPS.items():
            setattr(work, name, steps.wrap(step, getattr(work, name)))
        documents.read_document = steps.wrap("reading documents (decoding, headers)", documents.read_document)
        # Tables, patterns and automata load once, outside the timing, as a worker has them: the parent
        # reads the warm-up text and freezes what it holds before forking (see progmap.engine.pool), so
        # that a worker's garbage collector never walks the gazetteer or the tables.
        warm_up(state, options)
        gc.freeze()
        worker_started()
        steps.seconds.clear()

        start = time.process_time()
        own = [work.decode(r)["date"] for batch in batches(files) for r in work.document_dates(batch, state, options)]
        dates = time.process_time() - start
        dating = dict(steps.seconds)
        steps.seconds.clear()
        latest = max((day for day in own if day), default="")

        work_batches = batches(files, latest)
        profile = None
        if args.profile:
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        start = time.process_time()
        for batch in work_batches:
            work.extract_batch(batch, state, options)
        extraction = time.process_time() - start
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)

    total = dates + extraction
    print(f"corpus: {len(files)} documents, {megabytes:.1f} MB; one process, CPU seconds")
    print(f"dates pass: {dates:6.2f} s ({dates / megabytes:.3f} s/MB), of it reading documents {dating.get('reading documents (decoding, headers)', 0.0):.2f} s")
    print(f"extraction: {extraction:6.2f} s ({extraction / megabytes:.3f} s/MB)")
    rest = extraction - sum(steps.seconds.values())
    rows = sorted(steps.seconds.items(), key=lambda item: -item[1]) + [("the unit of work itself", rest)]
    for step, seconds in rows:
        print(f"  {step:40s} {seconds:7.2f} s  {seconds / megabytes:6.3f} s/MB  {100 * seconds / extraction:5.1f}%")
    actors = sum(seconds for step, seconds in steps.seconds.items() if step.startswith(("organizations", "programmes", "routes")))
    print(f"actor stage: {actors / megabytes:.3f} s/MB ({100 * actors / extraction:.0f}% of the extraction); "
          f"everything else, the dates pass included: {(total - actors) / megabytes:.3f} s/MB")
    print(f"whole unit of work: {total / megabytes:.3f} CPU s/MB, {megabytes / total:.2f} MB/s per process")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

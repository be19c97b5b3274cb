"""Benchmark: the actor stages' throughput, per stage, in one process.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/actors.py [--mb 10]

Reads the extraction benchmark's corpus (cable-like documents built from
the gazetteer's names, plus the seeds; see ``benchmarks/extraction.py``),
finds and resolves its places first (not timed), then times each actor
stage as ``progmap build``'s worker calls it, one document at a time in one
process, on plain columns (no pandas frame per document):
organizations (``read_organizations`` and ``localize_organization_columns``),
programmes (``read_programmes``) and routes (``read_routes``). Prints MB/s
per stage and for organizations and programmes together, best of
``--repeat`` runs, from the process's CPU time (a shared machine's load
does not count). Figures, not pass/fail: compare runs yourself.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _documents(megabytes: float):
    from extraction import synthetic_corpus

    from progmap.sources.documents import Document

    texts = synthetic_corpus(int(megabytes * 1e6))
    return [Document.from_text(text, f"{i:05d}.txt") for i, text in enumerate(texts)]


def _timed(function, *args):
    # CPU time of this process: on a shared machine wall time measures the neighbours too.
    start = time.process_time()
    result = function(*args)
    return time.process_time() - start, result


def run(docs) -> dict[str, float]:
    """Seconds per stage over all documents."""
    from progmap.actors.frames import columns
    from progmap.actors.organizations import localize_organization_columns, read_organizations
    from progmap.actors.programmes import read_programmes
    from progmap.actors.routes import read_routes
    from progmap.engine.work import PLACE_COLUMNS
    from progmap.pipeline import find_places
    from progmap.places.gazetteer import load_gazetteer
    from progmap.places.mentions import PlaceMatcher

    seconds = {"organizations": 0.0, "programmes": 0.0, "routes": 0.0}
    found = []
    for doc in docs:
        elapsed, (mentions, orgs) = _timed(
            lambda d=doc: read_organizations(d.doc_id, d.text, spans=d.narrative, metadata=d.metadata)
        )
        seconds["organizations"] += elapsed
        found.append((mentions, orgs))
    holes = [list(zip(mentions["start"], mentions["end"])) for mentions, _ in found]
    places = find_places(docs, PlaceMatcher(load_gazetteer()), excludes=holes)
    for doc, (mentions, orgs), (place_frame, _, context) in zip(docs, found, places):
        # A build's worker has its places as plain columns already (untimed here).
        place_mentions = columns(place_frame, PLACE_COLUMNS)
        elapsed, (mentions, orgs) = _timed(
            lambda d=doc, m=mentions, o=orgs, p=place_mentions, c=context: localize_organization_columns(d.text, m, o, c, place_mentions=p)
        )
        seconds["organizations"] += elapsed
        elapsed, _ = _timed(
            lambda d=doc, m=mentions, o=orgs, p=place_mentions, c=context: read_programmes(
                d.doc_id, d.text, p, m, o, c, d.narrative, metadata=d.metadata
            )
        )
        seconds["programmes"] += elapsed
        elapsed, _ = _timed(
            lambda d=doc, p=place_mentions, c=context: read_routes(d.doc_id, d.text, p, c, d.narrative, metadata=d.metadata)
        )
        seconds["routes"] += elapsed
    return seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest of each stage counts (default 3)")
    args = parser.parse_args(argv)
    if not os.environ.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        os.environ["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")

    docs = _documents(args.mb)
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {megabytes:.1f} MB; one process, best of {args.repeat} runs per stage")
    # Tables, patterns and automata load once, outside the timing: every
    # stage's, since the cue scanners of all three share one automaton,
    # made again whenever a scanner joins it.
    run(docs[:2])
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for stage, seconds in run(docs).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    for stage, seconds in best.items():
        print(f"{stage:>14}: {megabytes / seconds:6.2f} MB/s")
    together = best["organizations"] + best["programmes"]
    print(f"organizations and programmes together: {megabytes / together:6.2f} MB/s")
    # The actor stage of a build's worker: all three, one after the other.
    print(f"the actor stage (all three): {megabytes / (together + best['routes']):6.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

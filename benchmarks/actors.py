"""Benchmark: the actor stages' throughput, per stage, in one process.

Usage::

    PROGMAP_MIRROR=../shared/geodata python benchmarks/actors.py [--mb 10]

Reads the extraction benchmark's corpus (cable-like documents built from
the gazetteer's names, plus the seeds; see ``benchmarks/extraction.py``),
or the ``.txt`` files of ``--corpus DIR``,
and times each actor stage as ``progmap build``'s worker calls it: in
batches of about 1 MB (``--batch-mb``), a batch's organizations first, then
its places (found and resolved, not timed), then each document's programmes
and routes, one document at a time in one process, on plain columns (no
pandas frame per document):
organizations (``read_organizations`` and ``localize_organization_columns``),
programmes (``read_programmes``) and routes (``read_routes``). Prints MB/s
per stage and for organizations and programmes together, best of
``--repeat`` runs, from the process's CPU time (a shared machine's load
does not count). Figures, not pass/fail: compare runs yourself.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _documents(megabytes: float, folder: str | None = None):
    """The synthetic corpus, or the first ``megabytes`` of the ``.txt`` files of ``folder``."""
    from progmap.sources.documents import Document

    if folder is None:
        from extraction import synthetic_corpus

        texts = synthetic_corpus(int(megabytes * 1e6))
        return [Document.from_text(text, f"{i:05d}.txt") for i, text in enumerate(texts)]
    logging.disable(logging.WARNING)  # header warnings of recombined documents
    docs, size = [], 0
    for path in sorted(Path(folder).rglob("*.txt")):
        if size >= megabytes * 1e6:
            break
        text = path.read_text(encoding="utf-8")
        docs.append(Document.from_text(text, path.name))
        size += len(text.encode("utf-8"))
    return docs


def _timed(function, *args):
    # CPU time of this process: on a shared machine wall time measures the neighbours too.
    start = time.process_time()
    result = function(*args)
    return time.process_time() - start, result


def batches(docs, batch_bytes: int) -> list[list]:
    """Documents in batches of about ``batch_bytes`` (all in one when 0), as a build sends them to its workers."""
    if batch_bytes <= 0:
        return [list(docs)]
    out, size = [[]], 0
    for doc in docs:
        if size >= batch_bytes:
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text.encode("utf-8"))
    return out


def run(docs, batch_bytes: int = 0) -> dict[str, float]:
    """Seconds per stage over all documents, read batch by batch."""
    seconds = {"organizations": 0.0, "programmes": 0.0, "routes": 0.0}
    for batch in batches(docs, batch_bytes):
        for stage, spent in _run_batch(batch).items():
            seconds[stage] += spent
    return seconds


def _run_batch(docs) -> dict[str, float]:
    """Seconds per stage over one batch, in the order of a build's worker
    (``progmap.engine.work.extract_batch``): the batch's organizations, then
    its places (untimed), then each document's programmes and routes."""
    from progmap.actors.frames import columns
    from progmap.actors.organizations import localize_organization_columns, read_organizations
    from progmap.actors.programmes import read_programmes
    from progmap.actors.routes import read_routes
    from progmap.engine.work import PLACE_COLUMNS
    from progmap.pipeline import find_places
    from progmap.places.gazetteer import load_gazetteer
    from progmap.places.mentions import PlaceMatcher
    from progmap.sources.documents import sentence_spans

    seconds = {"organizations": 0.0, "programmes": 0.0, "routes": 0.0}
    found = []
    for doc in docs:
        elapsed, (mentions, orgs) = _timed(
            lambda d=doc: read_organizations(d.doc_id, d.text, spans=d.narrative, metadata=d.metadata)
        )
        seconds["organizations"] += elapsed
        found.append((mentions, orgs))
    holes = [list(zip(mentions["start"], mentions["end"])) for mentions, _ in found]
    places = find_places(docs, _matcher(PlaceMatcher, load_gazetteer), excludes=holes)
    for doc, (mentions, orgs), (place_frame, _, context) in zip(docs, found, places):
        # A build's worker has its places as plain columns already (untimed here).
        place_mentions = columns(place_frame, PLACE_COLUMNS)
        # ... and has just quoted the document's place mentions from its
        # sentences, which the programme stage reads again (kept for the last
        # few texts; see progmap.sources.documents.sentence_spans).
        sentence_spans(doc.text)
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


_MATCHER: list = []


def _matcher(make, gazetteer):
    """One place matcher per process, as a build's worker keeps it."""
    if not _MATCHER:
        _MATCHER.append(make(gazetteer()))
    return _MATCHER[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest of each stage counts (default 3)")
    parser.add_argument(
        "--batch-mb", type=float, default=1.0,
        help="batch size in MB, as a build's workers read (default 1, progmap.engine.stream.BATCH_BYTES); 0: the whole corpus stage by stage",
    )
    parser.add_argument(
        "--corpus", metavar="DIR",
        help="read the .txt files of DIR instead (e.g. a corpus of benchmarks/corpus.py, whose documents cost more per MB)",
    )
    args = parser.parse_args(argv)
    if not os.environ.get("PROGMAP_MIRROR") and (HERE.parent.parent / "shared" / "geodata").is_dir():
        os.environ["PROGMAP_MIRROR"] = str(HERE.parent.parent / "shared" / "geodata")

    docs = _documents(args.mb, args.corpus)
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
    batch = f"in batches of {args.batch_mb:g} MB" if args.batch_mb > 0 else "all in one batch"
    print(f"corpus: {len(docs)} documents, {megabytes:.1f} MB, {batch}; one process, best of {args.repeat} runs per stage")
    # Tables, patterns and automata load once, outside the timing: every
    # stage's, since the cue scanners of all three share one automaton,
    # made again whenever a scanner joins it; and lemminflect's tables,
    # which load on a word's first look-up (a third of a second: more than
    # two documents look up).
    run(docs[:20])
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for stage, seconds in run(docs, int(args.batch_mb * 1e6)).items():
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

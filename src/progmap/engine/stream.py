"""Stream a corpus through the unit of work, a batch at a time, with the cache.

The parent reads each file's bytes (to hash them), takes the results it has
cached and sends the rest, in batches of about :data:`BATCH_BYTES`, to the
runner. Results come back decoded and in corpus order, whether cached or
computed, so what follows never depends on where they came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from progmap.engine.cache import ResultCache, content_hash
from progmap.engine.work import decode, encode
from progmap.errors import DocumentError
from progmap.sources import documents

#: A batch holds about this many bytes of documents...
BATCH_BYTES = 1_000_000
#: ...and at most this many documents (the resolver's arrays grow with them).
BATCH_DOCUMENTS = 250


@dataclass
class StreamCounts:
    """How many documents came from the cache and how many were computed."""

    cached: int = 0
    computed: int = 0


def _read(path: Path, doc_id: str) -> tuple[bytes | None, dict | None]:
    try:
        return documents.read_bytes(path), None
    except DocumentError as exc:
        return None, {"doc": doc_id, "path": str(path), "skipped": str(exc)}


def document_results(
    files: list[Path],
    ids: list[str],
    runner,
    cache: ResultCache | None = None,
    counts: StreamCounts | None = None,
    advance: Callable[[int], None] | None = None,
    *,
    task: str = "extract",
    undated: Callable[[int], str] | None = None,
    keyed: Callable[[int], str] | None = None,
    digests: dict[int, str] | None = None,
) -> Iterator[dict]:
    """Each document's decoded result, in corpus order.

    Parameters
    ----------
    files, ids : list
        The documents' paths and ids, in corpus order.
    runner : LocalRunner or DaskRunner
        Maps a unit of work (:data:`~progmap.engine.work.TASKS`) over batches.
    cache : ResultCache, optional
        Results are read from and written to it.
    task : str, optional
        The unit of work: ``extract`` (the default) or ``dates``.
    undated : callable, optional
        Document number to the date it is read at if it states none ('' by default).
    keyed : callable, optional
        Document number to more text for its cache key (what else its result depends on).
    digests : dict, optional
        Document number to content hash, shared by the passes of one build:
        filled by the first, so that the next reads only the files whose
        results it does not find cached.
    counts : StreamCounts, optional
        Filled in as documents go by.
    advance : callable, optional
        Called with the number of documents each time some are done (a progress bar).
    """
    counts = counts if counts is not None else StreamCounts()
    # Per batch, in order: each document's cached result (or None) and the
    # items the runner must compute; batches run ahead of what is consumed.
    plans: list = []

    def batches():
        plan, items, size = [], [], 0
        for number, (path, doc_id) in enumerate(zip(files, ids)):
            extra = keyed(number) if keyed is not None else ""
            # A file hashed by an earlier pass is read again only if its result is not cached.
            known = digests.get(number) if digests is not None and cache is not None else None
            key = cache.key(doc_id, f"{known}{extra}") if known is not None else None
            hit = cache.get(key) if key is not None else None
            if hit is not None:
                plan.append((key, hit))
            else:
                data, failure = _read(path, doc_id)
                if failure is not None:
                    plan.append((None, encode(failure)))
                else:
                    digest = content_hash(data)
                    if digests is not None:
                        digests[number] = digest
                    if digest != known:  # not looked up yet, or changed since the earlier pass
                        key = cache.key(doc_id, f"{digest}{extra}") if cache is not None else None
                        hit = cache.get(key) if cache is not None else None
                    plan.append((key, hit))
                    if hit is None:
                        items.append((doc_id, str(path), data, undated(number) if undated is not None else ""))
                        size += len(data)
            if size >= BATCH_BYTES or len(items) >= BATCH_DOCUMENTS or len(plan) >= 4 * BATCH_DOCUMENTS:
                plans.append(plan)
                yield items
                plan, items, size = [], [], 0
        if plan:
            plans.append(plan)
            yield items

    for computed in runner.map(batches(), task):
        plan = plans.pop(0)
        fresh = iter(computed)
        for key, payload in plan:
            if payload is None:
                payload = next(fresh)
                counts.computed += 1
                if cache is not None:
                    cache.put(key, payload)
            elif key is not None:
                counts.cached += 1
            yield decode(payload)
        if advance is not None:
            advance(len(plan))

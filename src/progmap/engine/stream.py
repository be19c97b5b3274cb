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
#: When the first batch with documents to compute comes after this share of the
#: corpus, and at most :data:`LIGHT_NEW` of the documents before it are to compute,
#: the work is light: a rebuild's few new documents, which one worker computes
#: while this process reads the cached ones (see :meth:`progmap.engine.pool.LocalRunner.map`).
LIGHT_SHARE = 0.9
#: Beyond about 3% of new documents, one worker ends after this process has read
#: the cached ones (2.7 CPU s per MB to compute against about 0.1 to read a cached MB).
LIGHT_NEW = 0.03


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
    # Per batch, in order: each document's plan, and the items the runner
    # must compute. A runner with workers takes batches ahead of what is
    # consumed (see LocalRunner.map), so a plan holds no cached result, only
    # its key: cached results are read as they are consumed.
    plans: list = []
    # Documents planned and found cached so far: the workers start lightly when
    # the first with work comes after most of the corpus, nearly all cached.
    planned = {"all": 0, "cached": 0}

    def light() -> bool:
        return planned["all"] >= LIGHT_SHARE * len(files) and planned["all"] - planned["cached"] <= LIGHT_NEW * planned["all"]

    def item(number: int, path: Path, doc_id: str, data: bytes) -> tuple:
        return (doc_id, str(path), data, undated(number) if undated is not None else "")

    def batches():
        plan, items, size = [], [], 0
        for number, (path, doc_id) in enumerate(zip(files, ids)):
            extra = keyed(number) if keyed is not None else ""
            # A file hashed by an earlier pass is read again only if its result is not cached.
            known = digests.get(number) if digests is not None and cache is not None else None
            key = cache.key(doc_id, f"{known}{extra}") if known is not None else None
            if key is not None and cache.has(key):
                plan.append(_Plan(number, key, cached=True))
            else:
                data, failure = _read(path, doc_id)
                if failure is not None:
                    plan.append(_Plan(number, None, encode(failure)))
                else:
                    digest = content_hash(data)
                    if digests is not None:
                        digests[number] = digest
                    if digest != known:  # not looked up yet, or changed since the earlier pass
                        key = cache.key(doc_id, f"{digest}{extra}") if cache is not None else None
                    cached = key is not None and digest != known and cache.has(key)
                    plan.append(_Plan(number, key, cached=cached))
                    if not cached:
                        items.append(item(number, path, doc_id, data))
                        size += len(data)
            planned["all"] += 1
            planned["cached"] += plan[-1].cached or plan[-1].payload is not None
            if size >= BATCH_BYTES or len(items) >= BATCH_DOCUMENTS or len(plan) >= 4 * BATCH_DOCUMENTS:
                plans.append(plan)
                yield items
                plan, items, size = [], [], 0
        if plan:
            plans.append(plan)
            yield items

    for computed in runner.map(batches(), task, light=light):
        plan = plans.pop(0)
        fresh = iter(computed)
        for step in plan:
            payload = step.payload
            if step.cached:
                payload = cache.get(step.key)
                if payload is None:  # gone or corrupt since it was found: computed again, here and now
                    payload = _compute_again(step, files, ids, runner, task, item)
                    cache.put(step.key, payload)
                    counts.computed += 1
                else:
                    counts.cached += 1
            elif payload is None:
                payload = next(fresh)
                counts.computed += 1
                if cache is not None:
                    cache.put(step.key, payload)
            yield decode(payload)
        if advance is not None:
            advance(len(plan))


@dataclass
class _Plan:
    """What becomes of one document: its result is cached under ``key``, computed, or ``payload`` (a failure to read)."""

    number: int
    key: str | None
    payload: bytes | None = None
    cached: bool = False


def _compute_again(step: _Plan, files: list[Path], ids: list[str], runner, task: str, item: Callable) -> bytes:
    """The result of a document whose cached entry was lost between planning and reading it."""
    path, doc_id = files[step.number], ids[step.number]
    data, failure = _read(path, doc_id)
    if failure is not None:
        return encode(failure)
    return next(iter(runner.map([[item(step.number, path, doc_id, data)]], task)))[0]

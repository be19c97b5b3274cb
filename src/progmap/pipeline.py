"""The whole job: documents in, layers and maps out.

:func:`extract` runs the reading stages over a corpus and returns frames;
:func:`build` runs a project end to end and writes its outputs atomically.

The reading stages run per document, in batches, in worker processes (or on
a Dask cluster) through :mod:`progmap.engine`; this process only gathers
their results, merges organizations across documents, and writes.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from progmap import records
from progmap.engine.cache import ResultCache
from progmap.engine.gather import Gatherer, collector_paused, results_frozen
from progmap.engine.pool import LocalRunner, default_workers
from progmap.engine.progress import Progress
from progmap.engine.state import ExtractOptions, SharedState
from progmap.engine.stream import StreamCounts, document_results
from progmap.text import spans_without
from progmap.errors import ProgmapError
from progmap.outputs import forked, layers, tasks, writers
from progmap.outputs.counts import layer_counts
from progmap.places import vintage
from progmap.places.gazetteer import Gazetteer, load_gazetteer
from progmap.places.mentions import PlaceMatcher
from progmap.places.resolve import mention_frames, resolve_texts
from progmap.project import EngineOptions, Project, check_project
from progmap.settings import cache_dir
from progmap.sources import documents

log = logging.getLogger(__name__)

#: Below this many bytes of documents, worker processes cost more than they save.
PARALLEL_MIN_BYTES = 2_000_000


@dataclass
class Extraction:
    """What the reading stages found in a corpus.

    ``documents`` holds :class:`~progmap.engine.gather.DocumentInfo`
    records (id, path, metadata, context), not texts: a corpus is streamed,
    never held in memory.
    """

    documents: list
    skipped: list
    mentions: pd.DataFrame
    unresolved: pd.DataFrame
    org_mentions: pd.DataFrame
    organizations: pd.DataFrame
    programmes: pd.DataFrame
    routes: pd.DataFrame
    contexts: dict = field(default_factory=dict)
    #: Documents read from the cache and computed.
    counts: StreamCounts = field(default_factory=StreamCounts)
    #: Per kind, the documents' pieces of its output file (see :mod:`progmap.outputs.fragments`), when asked for.
    pieces: dict = field(default_factory=dict)

    def without_rows(self) -> Extraction:
        """The same extraction without its rows (empty frames, no pieces): its documents, skipped files and counts only."""
        empty = pd.DataFrame()
        return dataclasses.replace(
            self, mentions=empty, unresolved=empty, org_mentions=empty, organizations=empty, programmes=empty, routes=empty, pieces={}
        )


def _spans_without(spans: list[tuple[int, int]], holes) -> list[tuple[int, int]]:
    """Cut organization names (a frame with ``start`` and ``end``, or pairs) out of the narrative spans."""
    if isinstance(holes, pd.DataFrame):
        holes = zip(holes["start"].tolist(), holes["end"].tolist())
    return spans_without(spans, holes)


def find_places(docs: list, matcher: PlaceMatcher, country: str | None = None, excludes: list | None = None, dates: list | None = None) -> list[tuple]:
    """Find and resolve the places of many documents held in memory.

    Parameters
    ----------
    docs : list of progmap.sources.documents.Document
        The documents; only their narrative spans are read.
    matcher : PlaceMatcher
        From :class:`~progmap.places.mentions.PlaceMatcher`.
    country : str, optional
        Context country of every document; inferred per document when None.
    excludes : list of pandas.DataFrame, optional
        Per document, spans (``start``, ``end``) to skip, such as organization names.
    dates : list of str, optional
        Per document, the date it is read at (see
        :func:`progmap.places.vintage.reading_dates`); None: the boundary file's map.

    Returns
    -------
    list of (mentions, unresolved, context)
        Per document: two frames and the context country used.
    """
    # Places count in the narrative and in title and subject lines.
    spans = [list(doc.place_spans) for doc in docs]
    if excludes is not None:
        spans = [_spans_without(own, holes) if holes is not None and len(holes) else own for own, holes in zip(spans, excludes)]
    found = resolve_texts([doc.text for doc in docs], matcher, spans, [country] * len(docs), dates=dates)
    out = []
    for doc, (resolved, unresolved, context) in zip(docs, found):
        frames = mention_frames(doc.doc_id, resolved, unresolved, lambda starts, ends, doc=doc: documents.sentences_for(doc, starts, ends))
        out.append((*frames, context))
    return out


def _runner(state: SharedState, options: ExtractOptions, engine: EngineOptions, corpus_bytes: int):
    """Where the unit of work runs: a Dask cluster when a scheduler is named, else here or in forked workers."""
    if engine.scheduler:
        from progmap.engine.cluster import DaskRunner

        return DaskRunner(engine.scheduler, state, options)
    workers = engine.workers
    if workers is None:
        workers = default_workers() if corpus_bytes >= PARALLEL_MIN_BYTES else 1
    return LocalRunner(state, options, max(1, int(workers)))


def _corpus_bytes(files: list[Path]) -> int:
    total = 0
    for path in files:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass
    return total


def extract(
    paths,
    gazetteer: Gazetteer | None = None,
    country: str | None = None,
    mirror=None,
    admin1_vintage: str = "latest",
    *,
    engine: EngineOptions | None = None,
    places_only: bool = False,
    cache: os.PathLike | bool | None = None,
    fresh: bool = False,
    progress: Progress | None = None,
    pieces: bool = False,
    freeze: bool = False,
    org_mentions: bool = True,
) -> Extraction:
    """Run the reading stages over documents.

    Parameters
    ----------
    paths : list of str or path-like
        Files, folders or glob patterns.
    gazetteer : Gazetteer, optional
        Loaded once by the caller to reuse; loaded here otherwise.
    country : str, optional
        ISO alpha-3 context country for every document.
    mirror : path-like, optional
        Mirror folder for boundary files.
    admin1_vintage : str
        How undated documents are read (see :func:`progmap.places.vintage.reading_dates`).
    engine : EngineOptions, optional
        Worker processes or a Dask scheduler (see :class:`progmap.project.EngineOptions`).
    places_only : bool, optional
        Only places (what ``progmap extract`` prints): no organizations,
        programmes or routes are read; their frames are empty.
    cache : path-like or bool, optional
        A folder of per-document results to reuse and fill; True for the
        default one (see :func:`default_cache`); none by default.
    fresh : bool, optional
        Compute every document again and store the results, reading none from the cache.
    progress : Progress, optional
        Shows a bar over documents.
    pieces : bool, optional
        Keep the documents' pieces of ``mentions.csv``, ``unresolved.csv``
        and ``records.yaml`` (see :mod:`progmap.outputs.fragments`), as a
        build writes them.
    freeze : bool, optional
        Leave what is gathered out of the garbage collector's walks
        (:func:`gc.freeze`), inside :func:`~progmap.engine.gather.results_frozen`, which thaws it.
    org_mentions : bool, optional
        Gather each organization mention; False leaves the frame empty (a
        build writes organizations, not their mentions).
    """
    vintage.check_setting(admin1_vintage)
    engine = engine or EngineOptions()
    progress = progress or Progress(show=False)
    files, skipped = documents.find_documents(paths)
    # Ids depend on the whole list of files (a repeated name gets its folder).
    ids = documents._unique_ids(files)
    gazetteer = gazetteer or load_gazetteer(mirror)
    state = SharedState(gazetteer)
    options = ExtractOptions(country=country, places_only=places_only, admin1_vintage=admin1_vintage)
    if cache is True:
        cache = default_cache()
    store = ResultCache(cache, state.fingerprint, options.key(), read=not fresh) if cache else None
    kinds = () if places_only else ("organizations", "programmes", "routes")
    gatherer = Gatherer(kinds=("org_mentions", *kinds) if org_mentions else kinds, pieces=pieces)
    counts = StreamCounts()
    digests: dict[int, str] = {}  # the documents' content hashes, from the first pass to the next
    runner = _runner(state, options, engine, _corpus_bytes(files))
    # The frames are made while the collector is still paused; the runner
    # ends first, since ending forked workers thaws what they froze.
    with collector_paused(not runner.in_process, freeze=freeze):
        with runner:
            undated, keyed = _reading_dates(files, ids, runner, cache, state, admin1_vintage, progress, digests)
            advance = progress.bar(len(files), "reading documents")
            for result in document_results(files, ids, runner, store, counts, advance, undated=undated, keyed=keyed, digests=digests):
                gatherer.add(result)
        found = Extraction(
            documents=gatherer.documents,
            skipped=[*skipped, *gatherer.skipped],
            mentions=gatherer.frame("mentions"),
            unresolved=gatherer.frame("unresolved"),
            org_mentions=gatherer.frame("org_mentions"),
            organizations=gatherer.organizations(),
            programmes=gatherer.frame("programmes"),
            routes=gatherer.frame("routes"),
            contexts={doc.doc_id: doc.context for doc in gatherer.documents},
            counts=counts,
            pieces=gatherer.pieces(),
        )
    return found


def _reading_dates(files, ids, runner, cache, state: SharedState, setting: str, progress: Progress, digests: dict | None = None):
    """Per document, the date it is read at if it states none, and what its cache key adds.

    Under ``latest`` an undated document is read at the newest date any
    document states: a first pass finds each document's own date (cached
    by content, so a rebuild reads only new documents twice), and a
    document's result is keyed by the date it is read at, so a newer
    document invalidates only the undated ones. Other settings fix the date
    of undated documents, and the options' key holds it. ``digests`` gets
    each document's content hash, for the pass that follows.
    """
    if setting != "latest":
        fixed = vintage.reading_dates([None], setting)[0]
        return (lambda number: fixed), None
    store = ResultCache(cache, state.fingerprint, "dates") if cache else None
    advance = progress.bar(len(files), "dating documents")
    results = document_results(files, ids, runner, store, advance=advance, task="dates", digests=digests)
    own = [result.get("date", "") for result in results]
    latest = max((day for day in own if day), default="")
    return (lambda number: latest), (lambda number: f";read={own[number] or latest}")


def default_cache() -> Path:
    """The per-document cache beside the boundary cache."""
    return cache_dir() / "documents"


def extract_mentions(
    paths, country: str | None = None, mirror=None, admin1_vintage: str = "latest", engine: EngineOptions | None = None
) -> tuple[pd.DataFrame, list]:
    """Place mentions only, as ``progmap extract`` prints them.

    The same reading as a build (organization names are cut out of the
    narrative first), so both report the same mentions; organizations are
    not localized and no programme or route is read.

    Returns
    -------
    mentions : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`.
    skipped : list of (path, reason)
    """
    found = extract(paths, country=country, mirror=mirror, admin1_vintage=admin1_vintage, engine=engine, places_only=True)
    return found.mentions, found.skipped


@dataclass
class BuildResult:
    """What a build made: its layers, the files it wrote, and counts.

    Attributes
    ----------
    output : Path
        The output folder.
    documents : int
        Documents read.
    skipped : list of (path, reason)
        Documents not read.
    counts : dict of str to int
        Features per layer, and unresolved names.
    layers : dict of str to geopandas.GeoDataFrame
        The map layers, as written to GeoJSON and the GeoPackage.
    paths : dict of str to Path
        File name to path of every file written.
    sources : StreamCounts
        Documents read from the per-document cache and computed.
    """

    output: Path
    documents: int
    skipped: list
    counts: dict
    layers: dict = field(default_factory=dict, repr=False)
    paths: dict = field(default_factory=dict, repr=False)
    #: Documents read from the cache and computed.
    sources: StreamCounts = field(default_factory=StreamCounts)

    def summary(self) -> str:
        """The command's closing lines: what was read, written and skipped."""
        cached = f" ({self.sources.cached} from the cache)" if self.sources.cached else ""
        lines = [f"progmap: read {self.documents} document(s){cached}, wrote {self.output}"]
        # Per-record layers hold a feature per record and place: the distinct
        # records are the numbers the web map shows (progmap.outputs.counts).
        distinct = layer_counts(self.layers) if self.layers else {}
        lines += [
            f"  {name}: {count}" if distinct.get(name, count) == count else f"  {name}: {count} features ({distinct[name]} {name})"
            for name, count in self.counts.items()
        ]
        lines += [f"  skipped {reason}" for _, reason in self.skipped]
        return "\n".join(lines)


def _layers(found: Extraction, final: dict, project: Project, gazetteer: Gazetteer) -> tuple[dict, dict, Gazetteer]:
    """The map layers of a build, the documents' own dates, and the gazetteer of the map drawn.

    A function of its own so that the frames moved onto the display map
    (copies of the corpus's mentions, programmes and routes) are let go
    before the outputs are written.
    """
    # The document's own date (a cable's date-time group, a page's date line).
    dates = {doc.doc_id: doc.metadata.get("date") for doc in found.documents}
    # Admin-1 units drawn on the map the project asks for (places.vintage).
    display = vintage.display_vintage(project.admin1_vintage, dates.values(), gazetteer.vintages)
    shown = vintage.display_gazetteer(gazetteer, display)
    mentions, programmes, routes = vintage.for_display(found.mentions, final["programmes"], final["routes"], display, shown)
    # The project's country is drawn even where no text names it ("Vietnam"
    # is seldom written in texts about Vietnam's provinces).
    focal = {project.country} if project.country else set(found.contexts.values())
    out_layers = layers.place_layers(mentions, shown, focal=focal)
    out_layers["programmes"] = layers.programme_layer(programmes, final["organizations"], shown)
    # Organizations with no place of their own sit in the country their document is about.
    doc_countries = {doc.doc_id: doc.metadata.get("subject_country") or found.contexts.get(doc.doc_id) or "" for doc in found.documents}
    out_layers["organizations"] = layers.organization_layer(final["organizations"], programmes, shown, doc_countries)
    out_layers["routes"] = layers.route_layer(routes, shown)
    for name in ("programmes", "routes"):
        out_layers[name]["doc_date"] = out_layers[name]["doc"].map(dates).astype(object)
    out_layers["places"]["doc_dates"] = layers.documents_dates(out_layers["places"]["docs"], dates)
    out_layers.update(
        layers.summary_layers(out_layers["programmes"], out_layers["organizations"], out_layers["routes"], mentions, shown)
    )
    out_layers["programmes_summary"] = layers.programme_summary_layer(out_layers["programmes"], shown)
    out_layers["routes_summary"] = layers.route_summary_layer(out_layers["routes"])
    out_layers = vintage.finish_layers(out_layers, shown)
    return out_layers, dates, shown


def _writers_forked(engine: EngineOptions) -> bool:
    """Whether the outputs are written by two processes (see :mod:`progmap.outputs.forked`).

    Not when the project asks for one process (``workers = 1``) or the
    machine has one CPU.
    """
    workers = engine.workers if engine.workers is not None else default_workers()
    return int(workers) > 1


def build(project: Project, *, full: bool = False, progress: Progress | None = None) -> BuildResult:
    """Run a project end to end and write its outputs.

    Outputs are written to a temporary folder beside the output folder and
    moved into place only when all of them are complete, so an error never
    leaves a half-written set. Each document's extraction is cached
    (``[engine] cache``, else beside the boundary cache): a rebuild reads
    only new and changed documents, and writes the same bytes a full build
    would.

    Parameters
    ----------
    project : Project
        From :func:`progmap.project.read_project` or built by hand.
    full : bool, optional
        Ignore the cache: read every document again (and refill the cache).
    progress : Progress, optional
        Shows the stages and times them (see :mod:`progmap.engine.progress`).

    Returns
    -------
    BuildResult
    """
    progress = progress or Progress(show=False)
    with results_frozen():
        return _build(project, full, progress)


def _build(project: Project, full: bool, progress: Progress) -> BuildResult:
    """:func:`build`'s stages, with the gathered results frozen (see :func:`~progmap.engine.gather.results_frozen`)."""
    from progmap.sources.boundaries import load_layer, read_manifest

    check_project(project)  # a project made in code gets the file's checks
    curated = [records.read_curated(p) for p in project.curated]  # a mistake there stops the build at once
    with progress.stage("boundaries"):
        sources = read_manifest(project.manifests)
        gazetteer = load_gazetteer(project.mirror, sources)
    with progress.stage("documents"):
        found = extract(
            project.corpus, gazetteer, project.country, project.mirror, project.admin1_vintage,
            engine=project.engine, cache=project.engine.cache or default_cache(), fresh=full, progress=progress, pieces=True,
            freeze=True, org_mentions=False,
        )
    if not found.documents:
        reasons = "; ".join(reason for _, reason in found.skipped) or "no documents matched"
        raise ProgmapError(f"{project.path or 'build'}: no readable documents ({reasons})")
    with progress.stage("records"):
        for path, document in zip(project.curated, curated):
            records.check_place_codes(path, document, gazetteer.places.index)
        extracted = {"organizations": found.organizations, "programmes": found.programmes, "routes": found.routes}
        final = records.apply_curated(extracted, curated)

    with progress.stage("layers"), collector_paused(freeze=True):
        # The layers live to the build's end: frozen as they are made, so
        # the collector neither walks them again and again while they are
        # built (a sixth of this stage) nor, later, in the writing processes.
        out_layers, dates, shown = _layers(found, final, project, gazetteer)
        basemap = load_layer("basemap", project.mirror, sources)

    measure = "programmes" if len(out_layers["programmes"]) else "mentions"
    with writers.atomic_output_dir(project.output) as tmp:
        with progress.stage("tables"):
            # These are the documents' rows in corpus order: written from
            # the pieces each document's result brought (cached with it).
            writers.write_csv(found.mentions, tmp / "mentions.csv", rows=found.pieces.get("mentions"))
            writers.write_csv(found.unresolved, tmp / "unresolved.csv", rows=found.pieces.get("unresolved"))
            writers.write_csv(pd.DataFrame(found.skipped, columns=["path", "reason"]), tmp / "skipped.csv")
            records.write_records(extracted, tmp / "records.yaml", pieces=found.pieces)
            for spool in found.pieces.values():
                spool.close()
        # The outputs left are written from the layers alone: the corpus's
        # rows, the largest thing a build holds, are let go before them.
        unresolved = len(found.unresolved)
        written = tasks.FromLayers(
            out_layers, basemap, final["organizations"], shown, list(dates.values()), measure, project, tmp
        )
        found, extracted, final = found.without_rows(), None, None
        # This process and a forked one write them at once (progmap.outputs.forked).
        forked.run_shared(tasks.output_tasks(written), progress, fork=_writers_forked(project.engine))
    counts = {name: len(layer) for name, layer in out_layers.items()}
    counts["unresolved"] = unresolved
    paths = {p.name: p for p in sorted(Path(project.output).iterdir()) if p.is_file()}
    return BuildResult(
        project.output, len(found.documents), found.skipped, counts, layers=out_layers, paths=paths, sources=found.counts
    )

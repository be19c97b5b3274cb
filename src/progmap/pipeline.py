"""The whole job: documents in, layers and maps out.

:func:`extract` runs the reading stages over a corpus and returns frames;
:func:`build` runs a project end to end and writes its outputs atomically.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from progmap import records
from progmap.actors.organizations import find_organizations, localize_organizations, merge_organizations
from progmap.actors.programmes import find_programmes
from progmap.actors.routes import find_routes
from progmap.errors import ProgmapError
from progmap.outputs import layers, tables, writers
from progmap.outputs.counts import layer_counts
from progmap.places import vintage
from progmap.places.gazetteer import Gazetteer, load_gazetteer
from progmap.places.mentions import PlaceMatcher
from progmap.places.resolve import mention_frames, resolve_texts
from progmap.project import Project, check_project
from progmap.schema import (
    MENTION_COLUMNS,
    ORG_MENTION_COLUMNS,
    ORGANIZATION_COLUMNS,
    PROGRAMME_COLUMNS,
    ROUTE_COLUMNS,
    UNRESOLVED_COLUMNS,
)
from progmap.sources import documents

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """What the reading stages found in a corpus."""

    documents: list
    skipped: list
    mentions: pd.DataFrame
    unresolved: pd.DataFrame
    org_mentions: pd.DataFrame
    organizations: pd.DataFrame
    programmes: pd.DataFrame
    routes: pd.DataFrame
    contexts: dict = field(default_factory=dict)


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def _spans_without(spans: list[tuple[int, int]], holes: pd.DataFrame) -> list[tuple[int, int]]:
    """Cut organization names out of the narrative spans.

    A place inside an organization's name ("Save the Children UK", "Oxfam
    Quebec") is part of the name, not a place the text talks about.
    """
    cuts = sorted(zip(holes["start"], holes["end"])) if len(holes) else []
    out = []
    for start, end in spans:
        cursor = start
        for hole_start, hole_end in cuts:
            if hole_end <= cursor or hole_start >= end:
                continue
            if hole_start > cursor:
                out.append((cursor, int(hole_start)))
            cursor = max(cursor, int(hole_end))
        if cursor < end:
            out.append((cursor, end))
    return out


def find_places(docs: list, matcher: PlaceMatcher, country: str | None = None, excludes: list | None = None, dates: list | None = None) -> list[tuple]:
    """Find and resolve the places of many documents.

    Names are matched and resolved a batch of documents at a time, in one
    worker process per CPU for large corpora (see
    :func:`progmap.places.resolve.resolve_texts`).

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


def extract(paths, gazetteer: Gazetteer | None = None, country: str | None = None, mirror=None, admin1_vintage: str = "latest") -> Extraction:
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
    """
    vintage.check_setting(admin1_vintage)
    docs, skipped = documents.iter_documents(paths)
    gazetteer = gazetteer or load_gazetteer(mirror)
    matcher = PlaceMatcher(gazetteer)
    parts = {k: [] for k in ("mentions", "unresolved", "org_mentions", "organizations", "programmes", "routes")}
    contexts = {}
    # Organizations first: a place inside an organization's name is not read.
    # Organizations are read in the narrative only (no SOURCE, title or routing line is evidence);
    # a title or subject line may name a known organization (see find_organizations).
    found_orgs = [find_organizations(doc.doc_id, doc.text, country=country, spans=doc.narrative, metadata=doc.metadata) for doc in docs]
    dates = vintage.reading_dates([doc.metadata.get("date") for doc in docs], admin1_vintage)
    places = find_places(docs, matcher, country, excludes=[org_mentions for org_mentions, _ in found_orgs], dates=dates)
    for doc, (org_mentions, organizations), (mentions, unresolved, context) in zip(docs, found_orgs, places):
        # Generic bodies ("Ministry of Justice") belong to the country the
        # places settled on, which organization finding could only guess.
        org_mentions, organizations = localize_organizations(doc.text, org_mentions, organizations, context, place_mentions=mentions)
        contexts[doc.doc_id] = context
        parts["mentions"].append(mentions)
        parts["unresolved"].append(unresolved)
        parts["org_mentions"].append(org_mentions)
        parts["organizations"].append(organizations)
        # Ids from content, so curated corrections follow items when a document changes.
        parts["programmes"].append(
            records.assign_ids(
                "programmes", find_programmes(doc.doc_id, doc.text, mentions, org_mentions, organizations, context, doc.narrative, metadata=doc.metadata)
            )
        )
        parts["routes"].append(records.assign_ids("routes", find_routes(doc.doc_id, doc.text, mentions, context, doc.narrative)))
    organizations = (
        merge_organizations(parts["organizations"], programmes=parts["programmes"]) if parts["organizations"] else pd.DataFrame(columns=ORGANIZATION_COLUMNS)
    )
    # Items read from a PDF carry their page (a column and a note in the evidence).
    programmes = documents.add_pages(_concat(parts["programmes"], PROGRAMME_COLUMNS), docs)
    routes = documents.add_pages(_concat(parts["routes"], ROUTE_COLUMNS), docs)
    return Extraction(
        documents=docs,
        skipped=skipped,
        mentions=_concat(parts["mentions"], MENTION_COLUMNS),
        unresolved=_concat(parts["unresolved"], UNRESOLVED_COLUMNS),
        org_mentions=_concat(parts["org_mentions"], ORG_MENTION_COLUMNS),
        organizations=organizations,
        programmes=programmes,
        routes=routes,
        contexts=contexts,
    )


def extract_mentions(paths, country: str | None = None, mirror=None, admin1_vintage: str = "latest") -> tuple[pd.DataFrame, list]:
    """Place mentions only, as ``progmap extract`` prints them.

    The same reading as a build (organization names are cut out of the
    narrative first), so both report the same mentions.

    Returns
    -------
    mentions : pandas.DataFrame
        :data:`progmap.schema.MENTION_COLUMNS`.
    skipped : list of (path, reason)
    """
    found = extract(paths, country=country, mirror=mirror, admin1_vintage=admin1_vintage)
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
    """

    output: Path
    documents: int
    skipped: list
    counts: dict
    layers: dict = field(default_factory=dict, repr=False)
    paths: dict = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        """The command's closing lines: what was read, written and skipped."""
        lines = [f"progmap: read {self.documents} document(s), wrote {self.output}"]
        # Per-record layers hold a feature per record and place: the distinct
        # records are the numbers the web map shows (progmap.outputs.counts).
        distinct = layer_counts(self.layers) if self.layers else {}
        lines += [
            f"  {name}: {count}" if distinct.get(name, count) == count else f"  {name}: {count} features ({distinct[name]} {name})"
            for name, count in self.counts.items()
        ]
        lines += [f"  skipped {reason}" for _, reason in self.skipped]
        return "\n".join(lines)


def build(project: Project) -> BuildResult:
    """Run a project end to end and write its outputs.

    Outputs are written to a temporary folder beside the output folder and
    moved into place only when all of them are complete, so an error never
    leaves a half-written set.

    Parameters
    ----------
    project : Project
        From :func:`progmap.project.read_project` or built by hand.

    Returns
    -------
    BuildResult
    """
    from progmap.outputs import figure, qgis, webmap
    from progmap.sources.boundaries import load_layer, read_manifest

    check_project(project)  # a project made in code gets the file's checks
    curated = [records.read_curated(p) for p in project.curated]  # a mistake there stops the build at once
    sources = read_manifest(project.manifests)
    gazetteer = load_gazetteer(project.mirror, sources)
    found = extract(project.corpus, gazetteer, project.country, project.mirror, project.admin1_vintage)
    if not found.documents:
        reasons = "; ".join(reason for _, reason in found.skipped) or "no documents matched"
        raise ProgmapError(f"{project.path or 'build'}: no readable documents ({reasons})")
    for path, document in zip(project.curated, curated):
        records.check_place_codes(path, document, gazetteer.places.index)
    extracted = {"organizations": found.organizations, "programmes": found.programmes, "routes": found.routes}
    final = records.apply_curated(extracted, curated)

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
    out_layers = vintage.finish_layers(out_layers, shown)
    basemap = load_layer("basemap", project.mirror, sources)

    measure = "programmes" if len(out_layers["programmes"]) else "mentions"
    with writers.atomic_output_dir(project.output) as tmp:
        writers.write_csv(found.mentions, tmp / "mentions.csv")
        writers.write_csv(found.unresolved, tmp / "unresolved.csv")
        writers.write_csv(pd.DataFrame(found.skipped, columns=["path", "reason"]), tmp / "skipped.csv")
        for name, layer in out_layers.items():
            writers.write_geojson(layer, tmp / f"{name}.geojson")
        # The GeoPackage also holds the Natural Earth base, for QGIS.
        gpkg_layers = {**out_layers, "basemap": basemap}
        writers.write_geopackage(gpkg_layers, tmp / "progmap.gpkg", styles=qgis.layer_styles(gpkg_layers, measure))
        qgis.write_qgis_project(tmp / "progmap.gpkg", list(gpkg_layers), tmp / "progmap.qgz", project.title, measure, documents=list(dates.values()))
        records.write_records(extracted, tmp / "records.yaml")
        writers.write_csv(tables.three_w_table(out_layers["programmes"], final["organizations"], shown), tmp / "3w.csv", hxl=tables.HXL_3W)
        writers.write_csv(tables.routes_table(out_layers["routes"], shown), tmp / "routes.csv", hxl=tables.HXL_ROUTES)
        figure.write_figure(out_layers, tmp / "map.png", project.title, basemap, qgis.sources_note(list(dates.values()), printed=False), project.map.pdf, measure)
        # The project's title is the map's, however the project was made.
        page = webmap.build_map(out_layers, project.title, project.map, basemap=basemap)
        webmap.save_map(page, tmp / "map.html", inline_assets=project.map.offline)
    counts = {name: len(layer) for name, layer in out_layers.items()}
    counts["unresolved"] = len(found.unresolved)
    paths = {p.name: p for p in sorted(Path(project.output).iterdir()) if p.is_file()}
    return BuildResult(project.output, len(found.documents), found.skipped, counts, layers=out_layers, paths=paths)


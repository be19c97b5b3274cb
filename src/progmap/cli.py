"""The ``progmap`` command: a thin wrapper over the Python API.

User mistakes (a missing file, a bad project, a failed download) print one
line on stderr and exit with status 2; nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from progmap import __version__
from progmap.errors import ProgmapError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="progmap", description="Map the places, programmes and routes that texts about anti-trafficking work describe.")
    parser.add_argument("--version", action="version", version=f"progmap {__version__}")
    parser.add_argument("--mirror", help="folder of boundary files to read instead of downloading (else $PROGMAP_MIRROR)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    sub = parser.add_subparsers(dest="command", required=True)
    # --mirror is accepted after the command too; SUPPRESS keeps the global value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--mirror", default=argparse.SUPPRESS, help="folder of boundary files to read instead of downloading")

    build = sub.add_parser("build", parents=[common], help="run the whole pipeline for a project file, or for documents given directly")
    build.add_argument("inputs", nargs="+", help="a project .toml file, or documents, folders and globs")
    build.add_argument("--out", help="output folder (required when documents are given directly)")
    build.add_argument("--country", help="ISO alpha-3 context country, e.g. VNM")
    build.add_argument("--offline", action="store_true", help="a map that needs no tile server")
    build.add_argument("--title", help="map title")
    build.add_argument("--admin1-vintage", help="admin-1 map to draw: latest (default: the newest the documents' dates reach), source (the boundary file's) or a year such as 2025")

    extract = sub.add_parser("extract", parents=[common], help="print the place mentions found in documents")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--json", action="store_true", help="one JSON object per line per mention (the default is a table)")
    extract.add_argument("--country", help="ISO alpha-3 context country")
    extract.add_argument("--admin1-vintage", default="latest", help="how undated documents are read: latest (default), source or a year such as 2025")

    geocode = sub.add_parser("geocode", parents=[common], help="rank the places a name may mean")
    geocode.add_argument("name")
    geocode.add_argument("--country", help="ISO alpha-3 country to favour")
    geocode.add_argument("--limit", type=int, default=10)
    geocode.add_argument("--date", help="read the name as a document of this ISO date would (admin-1 units in time), e.g. 2026-01-01")
    geocode.add_argument("--json", action="store_true")

    bounds = sub.add_parser("boundaries", parents=[common], help="the boundary store")
    bounds.add_argument("action", choices=["status", "fetch"], help="status: what is cached and from where; fetch: download or copy and cache every layer")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.INFO, format="%(message)s")
    logging.getLogger("pyogrio").setLevel(logging.WARNING)  # one "Created N records" per layer otherwise
    try:
        return _COMMANDS[args.command](args)
    except ProgmapError as exc:
        print(f"progmap: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # an unwritable output folder, a full disk...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"progmap: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("progmap: interrupted", file=sys.stderr)
        return 130


def _build(args) -> int:
    from progmap.pipeline import build
    from progmap.project import MapOptions, Project, check_country, read_project

    if len(args.inputs) == 1 and args.inputs[0].endswith(".toml"):
        project = read_project(args.inputs[0])
        if args.out:
            project.output = Path(args.out)
        if args.country:
            project.country = check_country(args.country, "--country")
        if args.offline:
            project.map.offline = True
        if args.admin1_vintage:
            project.admin1_vintage = args.admin1_vintage
    else:
        if not args.out:
            raise ProgmapError("build: --out DIR is required when documents are given directly")
        title = args.title or "progmap"
        project = Project(
            corpus=args.inputs,
            output=Path(args.out),
            title=title,
            country=check_country(args.country, "--country"),
            map=MapOptions(offline=args.offline, title=title),
            admin1_vintage=args.admin1_vintage or "latest",
        )
    if args.mirror:
        project.mirror = Path(args.mirror)
    result = build(project)
    if not args.quiet:
        print(result.summary())
    return 0 if result.documents else 1


def _extract(args) -> int:
    from progmap.pipeline import extract_mentions
    from progmap.project import check_country

    mentions, skipped = extract_mentions(args.files, check_country(args.country, "--country"), args.mirror, args.admin1_vintage)
    for path, reason in skipped:
        print(f"progmap: skipped {reason}", file=sys.stderr)
    if args.json:
        for record in mentions.to_dict("records"):
            print(json.dumps({k: (v.item() if hasattr(v, "item") else v) for k, v in record.items()}, ensure_ascii=False))
    else:
        print(mentions.drop(columns=["sentence"]).to_string(index=False) if len(mentions) else "no place mentions found")
    return 0 if not skipped or len(mentions) else 1


def _geocode(args) -> int:
    from progmap.places.gazetteer import load_gazetteer
    from progmap.places.geocode import geocode
    from progmap.project import check_country

    ranked = geocode(args.name, load_gazetteer(args.mirror), check_country(args.country, "--country"), args.limit, date=args.date)
    if args.json:
        for record in ranked.to_dict("records"):
            print(json.dumps(record, ensure_ascii=False))
    elif ranked.empty:
        print(f"no place found for '{args.name}'")
    else:
        print(ranked.to_string(index=False))
    return 0 if len(ranked) else 1


def _boundaries(args) -> int:
    from progmap.sources import boundaries

    if args.action == "fetch":
        for name in boundaries.read_manifest():
            layer = boundaries.load_layer(name, args.mirror)
            print(f"{name}: {len(layer)} features")
    status = boundaries.layer_status(args.mirror)
    print(status.to_string(index=False))
    return 0


_COMMANDS = {"build": _build, "extract": _extract, "geocode": _geocode, "boundaries": _boundaries}


if __name__ == "__main__":
    sys.exit(main())

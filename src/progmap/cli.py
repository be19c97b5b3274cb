"""The ``progmap`` command: a thin wrapper over the Python API.

User mistakes (a missing file, a bad project, a failed download, a bad
option) print one line on stderr and exit with status 2; nothing
half-written is left behind. SIGTERM and SIGHUP, which cron, ``timeout``
and systemd send, stop a build as Ctrl-C does: temporary files are removed
and the status is 128 plus the signal's number. Output piped into a command
that stops reading (``progmap extract ... | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import glob
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from progmap import __version__
from progmap.errors import ProgmapError
from progmap.stopping import Stopped, clear, request


#: Signals that stop a build, Ctrl-C's among them (SIGHUP is not on Windows). Ctrl-C is
#: handled here too, not left to Python's KeyboardInterrupt, so that a stop lost inside C
#: code is still remembered (see progmap.stopping).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _stop_on(signals=STOP_SIGNALS) -> None:
    """Turn the signals into :class:`Stopped` in this process (worker processes just end)."""
    main_pid = os.getpid()

    def stop(signum, _frame):
        if os.getpid() != main_pid:  # a forked worker: end as the signal would
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        request(signum)  # raises Stopped, and remembers it in case C code drops the exception

    for signum in signals:
        signal.signal(signum, stop)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes on one line, like every other mistake."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog.split()[0]} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text!r}")
    return value


def _vintage(text: str) -> str:
    from progmap.errors import ProjectError
    from progmap.project import check_vintage

    try:
        return check_vintage(text, "it")
    except ProjectError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("it ")) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="progmap", description="Map the places, programmes and routes that texts about anti-trafficking work describe.")
    parser.add_argument("--version", action="version", version=f"progmap {__version__}")
    parser.add_argument("--mirror", help="folder of boundary files to read instead of downloading (else $PROGMAP_MIRROR)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors (no progress)")
    parser.add_argument("-v", "--verbose", action="store_true", help="end with the time of each stage")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    # --mirror is accepted after the command too; SUPPRESS keeps the global value.
    common = _Parser(add_help=False)
    common.add_argument("--mirror", default=argparse.SUPPRESS, help="folder of boundary files to read instead of downloading")

    build = sub.add_parser("build", parents=[common], help="run the whole pipeline for a project file, or for documents given directly")
    build.add_argument("inputs", nargs="+", help="a project .toml file, or documents, folders and globs")
    build.add_argument("--out", help="output folder (required when documents are given directly)")
    build.add_argument("--country", help="ISO alpha-3 context country, e.g. VNM")
    build.add_argument("--offline", action="store_true", help="a map that needs no tile server")
    build.add_argument("--title", help="map title")
    build.add_argument("--full", action="store_true", help="read every document again, ignoring the per-document cache")
    build.add_argument("--workers", type=int, help="worker processes (default: one per CPU for large corpora)")
    build.add_argument("--scheduler", help="a dask.distributed scheduler to send the work to, e.g. tcp://host:8786")
    build.add_argument("--admin1-vintage", type=_vintage, help="admin-1 map to draw: latest (default: the newest the documents' dates reach), source (the boundary file's) or a year such as 2025")

    extract = sub.add_parser("extract", parents=[common], help="print the place mentions found in documents")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--json", action="store_true", help="one JSON object per line per mention (the default is a table)")
    extract.add_argument("--country", help="ISO alpha-3 context country")
    extract.add_argument("--admin1-vintage", type=_vintage, default="latest", help="how undated documents are read: latest (default), source or a year such as 2025")

    geocode = sub.add_parser("geocode", parents=[common], help="rank the places a name may mean")
    geocode.add_argument("name")
    geocode.add_argument("--country", help="ISO alpha-3 country to favour")
    geocode.add_argument("--limit", type=_positive, default=10, help="most candidates to print (default 10)")
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
    # Signal handlers belong to the main thread (a test may run us elsewhere).
    previous = {s: signal.getsignal(s) for s in STOP_SIGNALS} if threading.current_thread() is threading.main_thread() else {}
    if previous:
        clear()
        _stop_on()
    try:
        return _COMMANDS[args.command](args)
    except ProgmapError as exc:
        print(f"progmap: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as exc:  # an unreadable input, a full disk...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"progmap: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("progmap: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
    except Stopped as stop:
        print(f"progmap: stopped by {signal.Signals(stop.signum).name}", file=sys.stderr)
        return 128 + stop.signum
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _closed_pipe() -> int:
    """The reader of our output went away (``| head``): stop quietly, as ``cat`` does."""
    # Python would complain once more when it flushes stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 128 + getattr(signal, "SIGPIPE", 13)


def _build(args) -> int:
    from progmap.engine.progress import Progress
    from progmap.pipeline import build
    from progmap.project import MapOptions, Project, check_country, check_output, check_title, read_project

    if len(args.inputs) == 1 and args.inputs[0].endswith(".toml"):
        project = read_project(args.inputs[0])
        if args.out:
            project.output = Path(args.out).expanduser()
        if args.country:
            project.country = check_country(args.country, "--country")
        if args.offline:
            project.map.offline = True
        if args.admin1_vintage:
            project.admin1_vintage = args.admin1_vintage
        if args.title:
            project.title = project.map.title = check_title(args.title, "--title")
    else:
        if not args.out:
            raise ProgmapError("build: --out DIR is required when documents are given directly")
        title = check_title(args.title or "progmap", "--title")
        project = Project(
            corpus=args.inputs,
            output=Path(args.out).expanduser(),
            title=title,
            country=check_country(args.country, "--country"),
            map=MapOptions(offline=args.offline, title=title),
            admin1_vintage=args.admin1_vintage or "latest",
        )
    if args.mirror:
        project.mirror = Path(args.mirror)
    check_output(project, str(project.path or "--out"))
    if args.workers is not None:
        project.engine.workers = args.workers
    if args.scheduler:
        project.engine.scheduler = args.scheduler
    progress = Progress(show=False if args.quiet else None)
    result = build(project, full=args.full, progress=progress)
    if not args.quiet:
        print(result.summary())
    if args.verbose:
        print(progress.summary(), file=sys.stderr)
    return 0 if result.documents else 1


def _extract(args) -> int:
    from progmap.pipeline import extract_mentions
    from progmap.project import check_country

    country = check_country(args.country, "--country")
    for name in args.files:
        if not glob.has_magic(name) and not os.path.exists(name):
            raise ProgmapError(f"{name}: no such file")
    mentions, skipped = extract_mentions(args.files, country, args.mirror, args.admin1_vintage)
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
    if ranked.empty:
        print(f"progmap: no place matched '{args.name}'", file=sys.stderr)
    elif args.json:
        for record in ranked.to_dict("records"):
            print(json.dumps(record, ensure_ascii=False))
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

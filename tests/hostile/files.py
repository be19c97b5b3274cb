"""Helpers of the hostile suite: documents, projects and old outputs made by the tests.

Nothing here is copied from ``../shared``: each test writes the files it
attacks progmap with, so the suite says exactly what it tries.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Text that means something to XML, YAML, CSV and Jinja.
XML_TITLE = 'Routes <b>&amp;</b> "quoted" \'single\' ]]> <!ENTITY x SYSTEM "file:///etc/passwd"> &x;'
YAML_EVIDENCE = "!!python/object/apply:os.system ['touch EXECUTED'] &a *a --- ... key: value # not a comment"
#: An invented cable: one programme (IOM in Lao Cai) and one route (Thanh Hoa to China).
CABLE = (
    "The International Organization for Migration (IOM) runs a shelter project in Lao Cai province.\n\n"
    "Women from Thanh Hoa province were trafficked to China for forced marriage.\n"
)


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    """Write documents ``{file name: text}`` into ``folder/docs``; return the folder."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def write_project(folder: Path, body: str, name: str = "project.toml") -> Path:
    """Write a project file holding ``body``; return its path."""
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def old_outputs(out: Path) -> dict[str, bytes]:
    """Fill ``out`` with an earlier build's files; return them, to compare later."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "map.html").write_text("<p>the old map</p>", encoding="utf-8")
    (out / "routes.csv").write_text("route_id\nold-1\n", encoding="utf-8")
    return snapshot(out)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` (through links), by relative path."""
    out = Path(os.path.realpath(out))
    if not out.is_dir():
        return {}
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def run_cli(*args, cwd=None, env=None, **kwargs) -> subprocess.CompletedProcess:
    """Run ``progmap`` in a fresh process, as a user or cron would."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "progmap.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=environment, **kwargs)


def run_main(*args, capsys) -> subprocess.CompletedProcess:
    """Run ``progmap`` in this process (no start-up cost); the result reads like :func:`run_cli`'s."""
    from progmap.cli import main

    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, status, captured.out, captured.err)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str, status: int = 2) -> str:
    """The command failed with ``status`` and one line on stderr holding every fragment."""
    message = result.stderr.strip()
    assert result.returncode == status, (result.returncode, message)
    assert "Traceback" not in message, message
    assert len(message.splitlines()) == 1, message
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    return message

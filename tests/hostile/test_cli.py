"""The command line under user mistakes: one line naming the file, status 2, old outputs kept.

Each case is something a user or a cron job really does: a misspelt key, a
string where a boolean goes, an output folder inside the corpus, a typo in
a file name, a negative limit, a pipe into ``head``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hostile.files import CABLE, assert_one_line_error, old_outputs, run_cli, run_main, snapshot, write_corpus, write_project

CORPUS = 'corpus = ["docs/"]\noutput = "out"\n'


@pytest.mark.parametrize(
    "body, message",
    [
        (f"[project]\n{CORPUS}[map]\nofline = true\n", "[map] unknown key 'ofline' (did you mean 'offline'?)"),
        (f"[project]\n{CORPUS}[record]\ncurated = ['c.yaml']\n", "unknown section [record] (did you mean [records]?)"),
        (f"[project]\n{CORPUS}[map]\noffline = \"no\"\n", "[map] offline must be true or false, not 'no'"),
        (f"[project]\n{CORPUS}[map]\ntiles = \"Watercolour\"\n", "unknown tile name 'Watercolour'"),
        (f"[project]\n{CORPUS}[records]\ncurated = 5\n", "[records] curated must be a list, not 5"),
        (f"[project]\n{CORPUS}[boundaries]\nmirror = 5\n", "[boundaries] mirror must be text, not 5"),
        (f"[project]\n{CORPUS}country = \"Vietnam\"\n", "did you mean VNM, Viet Nam?"),
        ('[project]\ncorpus = 5\noutput = "out"\n', "[project] corpus must be a list, not 5"),
        ('[project]\ncorpus = ["docs/"]\noutput = ["out"]\n', "[project] output must be text"),
        ('[project]\ncorpus = ["docs/"]\noutput = ""\n', "[project] output must not be empty"),
        ('[project]\ncorpus = ["docs/**/*"]\noutput = "docs/out"\n', "is inside the corpus"),
        ('[project]\ncorpus = ["docs/"]\noutput = "."\n', "which each build would replace"),
    ],
)
def test_project_file_mistakes(tmp_path, body, message, capsys):
    write_corpus(tmp_path, {"cable.txt": CABLE})
    out = tmp_path / "out"
    kept = old_outputs(out)
    result = run_main("-q", "build", write_project(tmp_path, body), capsys=capsys)
    assert_one_line_error(result, "project.toml", message)
    assert snapshot(out) == kept
    assert snapshot(tmp_path / "docs" / "out") == {}


def test_output_given_inside_the_corpus_on_the_command_line(tmp_path):
    docs = write_corpus(tmp_path, {"cable.txt": CABLE})
    result = run_cli("-q", "build", docs, "--out", docs / "maps")
    assert_one_line_error(result, "--out", "is inside the corpus")
    assert not (docs / "maps").exists()


def test_extract_on_a_missing_file(tmp_path):
    assert_one_line_error(run_cli("extract", "missing.txt", cwd=tmp_path), "missing.txt: no such file")


@pytest.mark.parametrize("args, message", [
    (["geocode", "Hanoi", "--limit", "-5"], "--limit: must be a positive whole number, not '-5'"),
    (["geocode", "Hanoi", "--limit", "0"], "--limit: must be a positive whole number"),
    (["build", "--bogus", "x.toml"], "unrecognized arguments: --bogus"),
    (["boundaries", "delete"], "invalid choice: 'delete'"),
    (["extract", "x.txt", "--admin1-vintage", "newest"], "--admin1-vintage: must be 'latest', 'source' or a year"),
])
def test_usage_mistakes_get_one_line(args, message):
    assert_one_line_error(run_cli(*args), message)


def test_a_name_matching_no_place(mirror):
    result = run_cli("geocode", "Xyzzyville")
    assert_one_line_error(result, "no place matched 'Xyzzyville'", status=1)
    assert result.stdout == ""


def test_a_closed_pipe_ends_quietly(tmp_path, mirror):
    docs = write_corpus(tmp_path, {"long.txt": "Women from Lao Cai were sold in China. " * 3000})
    extract = subprocess.Popen([sys.executable, "-m", "progmap.cli", "extract", str(docs / "long.txt"), "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.run(["head", "-n", "2"], stdin=extract.stdout, capture_output=True)
    extract.stdout.close()
    stderr = extract.communicate(timeout=120)[1].decode()
    assert len(head.stdout.splitlines()) == 2
    assert stderr == "", stderr
    assert extract.returncode in (0, 141)

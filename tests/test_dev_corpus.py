"""Accuracy floors on the development corpus, so a regression fails CI.

``../shared/corpus/dev`` holds 22 real public-domain texts with hand-made
gold, scored by ``../shared/tools/score.py`` (the v2 rules). The corpus is
for measuring only: no rule may name one of its phrases. The floors sit a
little under the figures the code reaches; raise them as it improves.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json

import pytest
from conftest import SHARED

from progmap.cli import main

DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score.py"

#: figure -> lowest accepted value.
FLOORS = {
    "organizations recall": 0.95,
    "organizations precision": 0.88,
    "programmes recall lenient": 0.78,
    "programmes recall strict": 0.70,
    "programmes precision lenient": 0.90,
    "routes recall": 0.88,
    "routes pair precision": 0.92,
    "routes purposes overlap": 0.90,
    "countries F1": 0.98,
    "admin1 F1": 0.98,
}


def _fraction(a, b) -> float:
    return a / b if b else 1.0


@pytest.fixture(scope="module")
def scorer():
    if not (DEV / "gold").is_dir() or not SCORER.exists():
        pytest.skip(f"no development corpus or scorer under {SHARED}")
    spec = importlib.util.spec_from_file_location("progmap_dev_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(scorer, tmp_path_factory, mirror):
    out = tmp_path_factory.mktemp("dev-build")
    assert main(["-q", "build", str(DEV / "corpus"), "--out", str(out / "build")]) == 0
    lines = io.StringIO()
    with contextlib.redirect_stdout(lines):
        assert main(["extract", *map(str, sorted((DEV / "corpus").glob("*.txt"))), "--json"]) == 0
    (out / "mentions.jsonl").write_text(lines.getvalue(), encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        c = scorer.score_actors_v2(str(out / "build"), str(DEV / "gold"))
        places, _ = scorer.score_places(str(out / "mentions.jsonl"), str(DEV / "gold"))
    f1 = {kind: scorer.prf(*counts)[2] for kind, counts in places.items()}
    return {
        "organizations recall": _fraction(c["org_r_tp"], c["org_r_n"]),
        "organizations precision": _fraction(c["org_p_tp"], c["org_p_n"]),
        "programmes recall lenient": _fraction(c["prog_rl_tp"], c["prog_r_n"]),
        "programmes recall strict": _fraction(c["prog_rs_tp"], c["prog_r_n"]),
        "programmes precision lenient": _fraction(c["prog_pl_tp"], c["prog_p_n"]),
        "routes recall": _fraction(c["route_r_tp"], c["route_r_n"]),
        "routes pair precision": _fraction(c["route_p_tp"], c["route_p_n"]),
        "routes purposes overlap": _fraction(c["purp_overlap"], c["purp_n"]),
        "countries F1": f1["countries"],
        "admin1 F1": f1["admin1"],
    }


@pytest.mark.parametrize("figure", FLOORS)
def test_dev_corpus_figure_stays_above_its_floor(figures, figure):
    assert figures[figure] >= FLOORS[figure], json.dumps(figures, indent=1)

"""Formula injection: text from documents reaches spreadsheets as text.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
read as a formula by Excel, LibreOffice and Google Sheets (OWASP "CSV
Injection"); every CSV progmap writes prefixes such cells with an apostrophe.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from progmap.outputs.writers import write_csv

FORMULAS = ['=HYPERLINK("http://evil.example/","x")', "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_formula_cell_is_written_as_text(tmp_path, formula):
    write_csv(pd.DataFrame({"evidence": [formula], "orgs": [[formula, "IOM"]]}), tmp_path / "t.csv")
    rows = read_rows(tmp_path / "t.csv")
    assert rows[1][0] == "'" + formula
    assert rows[1][1] == "'" + formula + "; IOM"


def test_numbers_and_plain_text_are_unchanged(tmp_path):
    write_csv(pd.DataFrame({"volume": [-5], "name": ["Lao Cai"], "note": ["a - b = c"]}), tmp_path / "t.csv")
    assert read_rows(tmp_path / "t.csv")[1] == ["-5", "Lao Cai", "a - b = c"]


def test_no_output_table_starts_a_cell_with_a_formula(hostile_outputs):
    out, status = hostile_outputs
    assert status == 0
    seen = 0
    for name in ("mentions.csv", "3w.csv", "routes.csv", "unresolved.csv", "skipped.csv"):
        for row in read_rows(out / name)[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
                seen += cell.startswith("'=cmd")
    assert seen, "the hostile file name reached a table, neutralized"

"""Project files: paths relative to the file, checked values, clear errors."""

import pytest

from progmap.errors import ProjectError
from progmap.project import read_project


def test_paths_are_relative_to_the_project_file(tmp_path):
    path = tmp_path / "p" / "project.toml"
    path.parent.mkdir()
    path.write_text(
        '[project]\ncorpus = ["docs/*.txt"]\ncountry = "vnm"\noutput = "out"\n[map]\noffline = true\n'
        '[records]\ncurated = "fix.yaml"\n',
        encoding="utf-8",
    )
    project = read_project(path)
    assert project.corpus == [str(path.parent / "docs/*.txt")]
    assert project.output == path.parent / "out"
    assert project.country == "VNM"
    assert project.map.offline is True
    assert project.curated == [path.parent / "fix.yaml"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[project\n", "not a valid TOML"),
        ("[project]\noutput = 'x'\n", "corpus must list"),
        ("[project]\ncorpus = ['a']\ncountry = 'Vietnam'\n", "not an ISO 3166-1 alpha-3"),
    ],
)
def test_bad_project_files_name_the_file_and_the_problem(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match=message) as caught:
        read_project(path)
    assert "bad.toml" in str(caught.value)


def test_missing_project_file(tmp_path):
    with pytest.raises(ProjectError, match="not found"):
        read_project(tmp_path / "nope.toml")

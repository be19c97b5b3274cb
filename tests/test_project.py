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


def write(tmp_path, text, name="project.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path, text):
    with pytest.raises(ProjectError) as caught:
        read_project(write(tmp_path, text))
    message = str(caught.value)
    assert "project.toml" in message and "\n" not in message
    return message


GOOD = '[project]\ncorpus = ["docs/"]\noutput = "out"\n'


@pytest.mark.parametrize(
    "extra, message",
    [
        ("[map]\nofline = true\n", "[map] unknown key 'ofline' (did you mean 'offline'?)"),
        ("[record]\ncurated = ['c.yaml']\n", "unknown section [record] (did you mean [records]?)"),
        ("[map]\noffline = 'no'\n", "[map] offline must be true or false, not 'no'"),
        ("[map]\npdf = 1\n", "[map] pdf must be true or false, not 1"),
        ("[map]\ntiles = 'OpenStreetMapp'\n", "unknown tile name 'OpenStreetMapp'"),
        ("[map]\ntiles = 'https://t.example.org/{{z}}/{x}/{y}.png'\n", "URL template"),
        ("[map]\ntiles = 'https://t.example.org/\"><script>/{z}'\n", "URL template"),
        ("[map]\nattribution = 'x'\n", "[map] unknown key 'attribution'"),
        ("[records]\ncurated = 5\n", "[records] curated must be a list, not 5"),
        ("[boundaries]\nmirror = 5\n", "[boundaries] mirror must be text, not 5"),
        ("[boundaries]\nadmin1_vintage = 'new'\n", "admin1_vintage must be 'latest', 'source' or a year"),
        ("[engine]\nworkers = 0\n", "[engine] workers must be more than 0, not 0"),
        ("[engine]\nworkers = '2'\n", "[engine] workers must be a whole number, not '2'"),
        ("[engine]\ncolour = 'red'\n", "[engine] unknown key 'colour'"),
    ],
)
def test_mistakes_in_the_file_get_one_line(tmp_path, extra, message):
    assert message in error_of(tmp_path, GOOD + extra)


def test_a_key_outside_any_section_is_named(tmp_path):
    assert "'title' must be inside a section such as [project]" in error_of(tmp_path, "title = 'x'\n" + GOOD)


@pytest.mark.parametrize(
    "project, message",
    [
        ('[project]\ncorpus = 5\n', "[project] corpus must be a list, not 5"),
        ('[project]\ncorpus = ["docs/"]\noutput = ["x"]\n', "[project] output must be text"),
        ('[project]\ncorpus = ["docs/"]\noutput = ""\n', "[project] output must not be empty"),
        ('[project]\ncorpus = ["docs/"]\ncountry = "Vietnam"\n', "did you mean VNM, Viet Nam?"),
        ('[project]\ncorpus = ["docs/"]\ncountry = "Cambodja"\n', "did you mean KHM"),
        ('[project]\ncorpus = ["docs/"]\ntitle = "a\\u0001b"\n', "control character"),
    ],
)
def test_mistakes_in_the_project_section_get_one_line(tmp_path, project, message):
    assert message in error_of(tmp_path, project)


def test_a_good_file_keeps_every_setting(tmp_path):
    (tmp_path / "mirror").mkdir()
    project = read_project(write(tmp_path, GOOD + (
        "[map]\ntiles = 'CartoDB positron'\npdf = true\n[boundaries]\nmirror = 'mirror'\nadmin1_vintage = 2025\n"
        "[engine]\nworkers = 2\nscheduler = 'tcp://h:8786'\ncache = 'cache'\n")))
    assert project.map.tiles == "CartoDB positron" and project.map.pdf is True
    assert project.admin1_vintage == "2025" and project.mirror == tmp_path / "mirror"
    assert project.engine.workers == 2 and project.engine.cache == tmp_path / "cache"


def test_a_url_template_is_accepted(tmp_path):
    project = read_project(write(tmp_path, GOOD + "[map]\ntiles = 'https://t.example.org/{z}/{x}/{y}.png'\n"))
    assert project.map.tiles == "https://t.example.org/{z}/{x}/{y}.png"


def test_home_is_expanded_in_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    project = read_project(write(tmp_path, '[project]\ncorpus = ["~/docs/*.txt"]\noutput = "~/maps/out"\n'))
    assert project.output == tmp_path / "home" / "maps" / "out"
    assert project.corpus == [str(tmp_path / "home" / "docs" / "*.txt")]


def test_a_missing_mirror_folder_is_named(tmp_path):
    assert "mirror: " in error_of(tmp_path, GOOD + "[boundaries]\nmirror = 'nowhere'\n")


@pytest.mark.parametrize(
    "corpus, output",
    [
        ('["docs/"]', "docs/out"),
        ('["docs/"]', "docs"),
        ('["docs/**/*"]', "docs/a/b/out"),
        ('["docs/*"]', "docs/out"),
        ('["*/"]', "out"),
        ('["docs/*.txt"]', "docs"),
    ],
)
def test_an_output_folder_the_corpus_would_read_is_refused(tmp_path, corpus, output):
    message = error_of(tmp_path, f'[project]\ncorpus = {corpus}\noutput = "{output}"\n')
    assert "inside the corpus" in message


@pytest.mark.parametrize("output", [".", "..", "~", "/"])
def test_an_output_folder_holding_the_inputs_is_refused(tmp_path, output, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    message = error_of(tmp_path, f'[project]\ncorpus = ["docs/*.txt"]\noutput = "{output}"\n')
    assert "output folder" in message


@pytest.mark.parametrize("corpus, output", [('["docs/*.txt"]', "docs/out"), ('["docs/**/*.txt"]', "out"), ('["a/*/b/*.txt"]', "a/x/c")])
def test_an_output_folder_beside_the_corpus_is_fine(tmp_path, corpus, output):
    assert read_project(write(tmp_path, f'[project]\ncorpus = {corpus}\noutput = "{output}"\n')).output == tmp_path / output

"""Document text is data: template syntax in documents, file names and the
project file is shown as written and never executed.

The corpus is written here, by the test: a cable whose quotes hold Jinja
expressions (one of which would create a marker file if it ever ran), wiki
citation braces, a comment opener, a script tag, and an HTML page whose
braces are entity-encoded. The project's title and tile name hold template
syntax too.
"""

from __future__ import annotations

import json

import pytest
from browser import browser_only, open_map

from progmap.cli import main

SEVEN = "{{ 7*7 }}"


def _payload(marker) -> str:
    """A Jinja expression that creates ``marker`` if it is ever rendered."""
    return '{{ lipsum.__globals__.os.system("touch ' + str(marker) + '") }}'


def hostile_corpus(folder, marker):
    """Write documents whose text, names and project are hostile; return the project file."""
    docs = folder / "docs"
    docs.mkdir()
    (docs / f"{SEVEN} cable.txt").write_text(
        "The IOM project works in Quang Ninh province and quotes " + SEVEN + " as a figure.\n\n"
        "Women from Thanh Hoa were trafficked to China for forced marriage, " + _payload(marker) + ".\n\n"
        "A wiki citation {{cite web|url=x}} and a comment opener {# never closed, "
        "and {% for x in range(3) %} loop, and <script>alert(1)</script> in Hanoi.\n",
        encoding="utf-8",
    )
    (docs / "page.html").write_text(
        "<html><head><title>Shelters</title></head><body><p>Blue Dragon runs a shelter in Lao Cai "
        "province &#123;&#123; 6*6 &#125;&#125; and &#x7b;% raw %&#x7d;.</p></body></html>",
        encoding="utf-8",
    )
    project = folder / "project.toml"
    project.write_text(
        "[project]\n"
        f"title = {json.dumps('Map ' + SEVEN + ' <b>bold</b> ' + _payload(marker))}\n"
        'corpus = ["docs/"]\n'
        'country = "VNM"\n'
        'output = "out"\n'
        "[map]\n"
        f"tiles = {json.dumps('OpenStreetMap')}\n",
        encoding="utf-8",
    )
    return project


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, mirror):
    folder = tmp_path_factory.mktemp("hostile-templates")
    marker = folder / "EXECUTED"
    project = hostile_corpus(folder, marker)
    status = main(["-q", "build", str(project)])
    return folder, marker, status


def test_a_hostile_corpus_builds(hostile_build):
    folder, marker, status = hostile_build
    assert status == 0
    assert (folder / "out" / "map.html").exists()


def test_template_code_in_documents_never_runs(hostile_build):
    folder, marker, _ = hostile_build
    assert not marker.exists()


def test_template_text_reaches_the_page_as_written(hostile_build):
    folder, _, _ = hostile_build
    page = (folder / "out" / "map.html").read_text(encoding="utf-8")
    assert SEVEN in page  # in a quote, in the file name, in the title
    assert "{{cite web|url=x}}" in page
    assert "{# never closed" in page
    assert "{{ 6*6 }}" in page  # the HTML page's entities, decoded, still inert
    assert "<script>alert(1)</script>" not in page
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert SEVEN in title and "<b>" not in title


def test_template_text_in_other_outputs_is_kept(hostile_build):
    folder, _, _ = hostile_build
    out = folder / "out"
    assert SEVEN in (out / "mentions.csv").read_text(encoding="utf-8")
    assert SEVEN in (out / "places.geojson").read_text(encoding="utf-8")


@browser_only
def test_the_browser_shows_template_text_literally(hostile_build, serve, page):
    folder, marker, _ = hostile_build
    open_map(page, serve(folder / "out"))
    # Every popup bound on the map, as text.
    texts = page.evaluate(
        """() => {
            const map = window[document.querySelector('.folium-map').id];
            const out = [];
            map.eachLayer(layer => {
                const popup = layer.getPopup && layer.getPopup();
                if (popup) {
                    const div = document.createElement('div');
                    div.innerHTML = popup.getContent();
                    out.push(div.textContent);
                }
            });
            return out;
        }"""
    )
    joined = "\n".join(texts)
    assert SEVEN in joined
    assert "{{ 49 }}" not in joined and " 49 as a figure" not in joined
    assert page.dialogs == []
    assert not marker.exists()
    assert SEVEN in page.locator("#progmap-legend h1").inner_text()

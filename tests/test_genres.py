"""Invented documents of other genres and regions, read end to end.

The dev corpus is US Government texts about South-East Asia; these three
texts (written for this test, in ``tests/genres/``) check that the reading
of organizations and programmes does not lean on that genre: an NGO's
annual-report page from Nepal, a UN press release on West Africa and a
Central American news story.
"""

from pathlib import Path

import pytest

from progmap.pipeline import extract

GENRES = Path(__file__).parent / "genres"


@pytest.fixture(scope="module")
def read(gazetteer):
    found = {}

    def run(name):
        if name not in found:
            found[name] = extract([GENRES / name], gazetteer)
        return found[name]

    return run


def names(found):
    return set(found.organizations["name"])


def programme_of(found, org_id):
    rows = [row for row in found.programmes.itertuples(index=False) if row.organizations and row.organizations[0] == org_id]
    assert rows, found.programmes[["name", "organizations"]].values.tolist()
    return rows[0]


def test_an_ngo_page_from_nepal(read):
    found = read("nepal_ngo_annual_report.txt")
    assert {"Sunrise Nepal Foundation (SNF)", "Anti-Human Trafficking Bureau (AHTB)", "Rural Women's Network",
            "Women's Legal Aid Forum", "Swiss Agency for Development and Cooperation"} <= names(found)
    snf = programme_of(found, "org:sunrise-nepal-foundation")
    # "We" and "our" on the page are the organization its title names.
    assert {"org:rural-women-s-network", "org:women-s-legal-aid-forum"} <= set(snf.partners)
    assert {"nor-embassy", "sdc"} <= set(snf.funders)
    assert {"NP-BA", "city:1282898"} <= set(snf.places)
    # Where girls were bound for and recruited to work is no operating area.
    assert not {"IND", "MYS"} & set(snf.places)


def test_a_un_press_release_on_west_africa(read):
    found = read("west_africa_un_press_release.txt")
    assert {"Economic Community of West African States (ECOWAS)", "Enfance Sans Frontieres"} <= names(found)
    project = programme_of(found, "unodc")
    assert "ecowas" in project.organizations and project.funders == ["eu"]
    assert "city:2253354" not in project.places, "the dateline is where the release was issued, not worked in"
    planned = programme_of(found, "gin-government")
    assert planned.status == "planned" and planned.places == ["GN-KA"]


def test_a_central_american_news_story(read):
    found = read("central_america_news_story.txt")
    assert {"Casa Esperanza", "National Civil Police"} <= names(found)
    svet = next(row for row in found.programmes.itertuples(index=False) if "SVET" in row.evidence)
    assert svet.places == ["city:3598132"]
    hotline = programme_of(found, "org:casa-esperanza")
    assert hotline.funders == ["unicef"] and "GT-HU" in hotline.places
    assert "HND" not in hotline.places, "where girls were trafficked from is no operating area"

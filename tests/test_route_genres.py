"""Routes read from invented documents of other genres and regions, end to end.

The route rules were written against Asian cables and TIP narratives; these
texts (a news story, an NGO page, a TIP paragraph on Central America) check
that the reading generalizes. Places are found by the real gazetteer, so
pairs are compared by the countries of their ends.
"""

import pytest

from progmap.pipeline import extract

NEWS = """Italy: Nigerian women lured with promises of salon jobs
By a staff reporter

LAGOS, 14 March -- Police in Edo State say a trafficking ring lured dozens of young women from Benin City with \
promises of jobs in hair salons in Europe. The women were driven north to Libya, where they were held in so-called \
connection houses for months. Survivors said they were later shipped across the Mediterranean to Italy and forced \
into street prostitution in Turin and Naples to repay debts of up to 30,000 euros.

Nigeria's anti-trafficking agency said it had repatriated 120 women from Libya since January.
"""

NGO_PAGE = """Our work at the border

Every year thousands of Nepali girls are trafficked across the open border to India, where many end up in brothels \
in Mumbai and Kolkata. Others are recruited as domestic workers for jobs in Kuwait, Qatar and Saudi Arabia, often \
transiting New Delhi on the way.

Our transit home in Kathmandu has received 300 survivors since 2015.
"""

TIP_PARAGRAPH = """Women and children from El Salvador, Honduras, and Nicaragua are exploited in sex trafficking in \
Guatemala City and along the border with Mexico. Guatemalan women, girls, and boys are exploited in sex trafficking \
in Mexico, the United States, and Belize. Guatemalan men and boys are subjected to forced labor in agriculture in \
Mexico, and some transit Mexico en route to the United States, where they are forced to work in restaurants.
"""


@pytest.fixture(scope="module")
def routes(tmp_path_factory, gazetteer):
    folder = tmp_path_factory.mktemp("genres")
    for name, text in (("news.txt", NEWS), ("ngo.txt", NGO_PAGE), ("tip.txt", TIP_PARAGRAPH)):
        (folder / name).write_text(text, encoding="utf-8")
    found = extract([folder], gazetteer)
    countries = gazetteer.places["country"]
    frame = found.routes.copy()
    frame["from"] = frame["origin_code"].map(lambda code: countries.get(code) or code)
    frame["to"] = frame["destination_code"].map(lambda code: countries.get(code) or code)
    return frame


def country_pairs(routes, doc, direction="trafficking"):
    rows = routes[(routes["doc"] == doc) & (routes["direction"] == direction)]
    return set(zip(rows["from"], rows["to"]))


def test_a_news_story_from_nigeria_to_italy(routes):
    assert country_pairs(routes, "news.txt") == {("NGA", "LBY"), ("NGA", "ITA")}
    # "Nigeria's agency repatriated 120 women from Libya": a return, in trafficking direction.
    assert country_pairs(routes, "news.txt", "return") == {("NGA", "LBY")}
    italy = routes[(routes["doc"] == "news.txt") & (routes["to"] == "ITA")]
    assert set(italy["purposes"].map(tuple)) == {("sexual exploitation",)}


def test_an_ngo_page_on_nepal_to_india_and_the_gulf(routes):
    assert country_pairs(routes, "ngo.txt") == {("NPL", "IND"), ("NPL", "KWT"), ("NPL", "QAT"), ("NPL", "SAU")}
    gulf = routes[(routes["doc"] == "ngo.txt") & (routes["to"] == "QAT")].iloc[0]
    assert gulf.purposes == ["labour"] and len(gulf.via) == 1  # through New Delhi


def test_a_central_american_tip_paragraph(routes):
    assert country_pairs(routes, "tip.txt") == {
        ("SLV", "GTM"), ("HND", "GTM"), ("NIC", "GTM"), ("GTM", "MEX"), ("GTM", "USA"), ("GTM", "BLZ"),
    }
    to_usa = routes[(routes["doc"] == "tip.txt") & (routes["to"] == "USA")].iloc[0]
    assert "MEX" in to_usa.via

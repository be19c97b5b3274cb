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

# A wire story: one sentence per paragraph, so "the victims" and "they" point back across paragraphs.
WIRE = """Police free 20 Ethiopian women held in Sudan

KHARTOUM, 2 May -- Sudanese police said on Sunday they had freed 20 Ethiopian women who were trafficked to farms \
in Gedaref and forced to work without pay.

They were moved by truck through Eritrea before they reached Sudan, a police officer said.

The Ethiopian embassy said it would repatriate the victims to Addis Ababa.
"""

# A prosecutor's press release: the recruiting place is the origin, "Houston, Texas" one destination.
PRESS_RELEASE = """Man sentenced for trafficking Guatemalan girls

A Houston man was sentenced to 15 years in prison. According to court documents, he recruited the girls in \
Quetzaltenango and arranged their travel through Mexico to Houston, Texas, where he forced them to work in bars.
"""

# A results report: the state body that identified the victims says whose nationals they are.
REPORT = """Labour migration from Central Asia in 2024

Labour inspectors regularly find migrant workers whose documents were confiscated by employers. In 2024 the \
Interior Ministry of Uzbekistan identified 412 victims of trafficking, of whom 244 had been exploited in Russia \
and 97 in Kazakhstan.
"""


@pytest.fixture(scope="module")
def routes(tmp_path_factory, gazetteer):
    folder = tmp_path_factory.mktemp("genres")
    for name, text in (("news.txt", NEWS), ("ngo.txt", NGO_PAGE), ("tip.txt", TIP_PARAGRAPH), ("wire.txt", WIRE), ("press.txt", PRESS_RELEASE),
                       ("report.txt", REPORT)):
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


def test_a_wire_story_points_back_across_one_sentence_paragraphs(routes):
    assert ("ETH", "SDN") in country_pairs(routes, "wire.txt")
    # "They were moved ... through Eritrea before they reached Sudan": the freed women, by way of Eritrea.
    moved = routes[(routes["doc"] == "wire.txt") & (routes["destination_code"] == "SDN")]
    assert "ERI" in moved["via"].iloc[0]
    # "repatriate the victims to Addis Ababa": the women of the first paragraph go home.
    assert country_pairs(routes, "wire.txt", "return") == {("ETH", "SDN")}


def test_a_press_release_reads_the_recruiting_place_as_origin(routes):
    rows = routes[routes["doc"] == "press.txt"]
    # "he recruited the girls in Quetzaltenango and arranged their travel ... to Houston, Texas"
    assert set(zip(rows["from"], rows["to"])) == {("GTM", "USA")}
    assert rows["origin_code"].str.startswith("city:").all()  # the city, not Guatemala
    # Texas only says where Houston is: one destination, not two.
    assert len(rows) == 1 and rows["destination_code"].iloc[0].startswith("city:")
    assert "MEX" in rows["via"].iloc[0]


def test_a_state_body_identifying_victims_exploited_abroad_speaks_of_its_nationals(routes):
    assert country_pairs(routes, "report.txt") == {("UZB", "RUS"), ("UZB", "KAZ")}
    assert routes[routes["doc"] == "report.txt"]["origin_inferred"].all()  # the text implies it, not states it


def test_a_cable_in_capitals_names_its_victims_nationality():
    from progmap.actors.routes import find_routes
    from hand_mentions import mentions

    text = "1. SUMMARY: BANGLADESHI WOMEN AND CHILDREN ARE TRAFFICKED TO INDIA FOR PROSTITUTION."
    routes = find_routes("doc.txt", text, mentions(text, {"INDIA": "IND"}))
    assert list(zip(routes["origin_code"], routes["destination_code"], routes["origin_inferred"])) == [("BGD", "IND", False)]


def test_a_regional_overview_reads_detected_victims_and_no_america_in_central_america():
    from progmap.actors.vocabulary import country_words
    from progmap.sources.documents import subject_country

    # "Central America" is a region: its "America" is not the United States, in a title or a text.
    assert country_words("Regional overview: Central America and the Caribbean") == []
    assert subject_country({"title": "Regional overview: Central America and the Caribbean"}) is None
    from progmap.actors.routes import find_routes
    from hand_mentions import mentions

    text = "Victims from Honduras and Guatemala were detected in Mexico."
    routes = find_routes("doc.txt", text, mentions(text, {"Honduras": "HND", "Guatemala": "GTM", "Mexico": "MEX"}))
    assert set(zip(routes["origin_code"], routes["destination_code"])) == {("HND", "MEX"), ("GTM", "MEX")}

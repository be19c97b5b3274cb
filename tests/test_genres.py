"""Invented documents of other genres and regions, read end to end.

The dev corpus is US Government texts about South-East Asia; these texts
(written for this test, in ``tests/genres/``) check that the reading of
organizations, programmes and routes does not lean on that genre: an NGO's
annual-report page from Nepal, a UN press release on West Africa, a Central
American news story, an IOM-style report on the Sahel, court summaries from
Kenya and Germany, an NGO project page on Moldova and Albania, a Mexican
government press release, an ILO project brief on South Asia, a Pacific
news story, a UNODC-style country profile of Yemen and a West African news
story on cocoa farms. Route ends are compared by country, so that a finer
reading of a place by the place stage keeps them true.
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


@pytest.fixture(scope="module")
def country_of(gazetteer):
    countries = gazetteer.places["country"]
    return lambda code: countries.get(code) or code


def pairs(found, country_of, direction="trafficking"):
    rows = found.routes[found.routes["direction"] == direction]
    return set(zip(rows["origin_code"].map(country_of), rows["destination_code"].map(country_of)))


def route(found, country_of, origin, destination):
    """The first route between two countries."""
    for row in found.routes.itertuples(index=False):
        if (country_of(row.origin_code), country_of(row.destination_code)) == (origin, destination):
            return row
    raise AssertionError(f"no route {origin} -> {destination}: {sorted(pairs(found, country_of))}")


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


def test_a_sahel_report_on_the_central_mediterranean_route(read, country_of):
    found = read("sahel_iom_report.txt")
    italy = route(found, country_of, "NGA", "ITA")
    assert italy.purposes == ["sexual exploitation"] and "LBY" in {country_of(code) for code in italy.via}
    # "from Kano to Agadez, and from there across the desert to Sabha. Some of the women are later sold on to Algeria."
    assert {("NGA", "LBY"), ("NGA", "DZA")} <= pairs(found, country_of)
    assert {"GIN", "SEN"} <= {origin for origin, _ in pairs(found, country_of, "return")}
    assert {"National Agency for the Prohibition of Trafficking in Persons (NAPTIP)", "IOM"} <= names(found)
    iom = programme_of(found, "iom")
    assert iom.funders == ["eu"] and {"NG-ED", "NG-DE"} <= set(iom.places)
    assert not {"GIN", "SEN"} & set(iom.places), "where the returned migrants went is no operating area"


def test_a_court_summary_from_kenya(read, country_of):
    found = read("east_africa_court_summary.txt")
    riyadh = route(found, country_of, "KEN", "SAU")
    assert riyadh.purposes == ["labour"] and "ETH" in {country_of(code) for code in riyadh.via}
    assert ("UGA", "OMN") in pairs(found, country_of)
    assert "Haki Africa" in names(found) and not any(name.lower() == "the court" for name in names(found))


def test_an_ngo_project_page_on_moldova_and_albania(read, country_of):
    found = read("balkans_ngo_project_page.txt")
    assert {"La Strada Moldova", "Different and Equal", "Ministry of Labour (Moldova)"} <= names(found)
    hotline = programme_of(found, "la-strada-moldova")
    # "Since 2019 the project, funded by the Austrian Development Agency": the hotline and shelter just described.
    assert hotline.funders == ["ada"] and "mda-mol" in hotline.partners and "AUT" not in hotline.places
    partner = programme_of(found, "different-and-equal")
    assert partner.funders == ["sdc"] and "AL-03" in partner.places
    assert not {"SRB", "MKD"} & set(partner.places), "'we' is not the organization the page calls 'our partner'"
    assert {("ALB", "GRC"), ("ALB", "ITA"), ("ALB", "GBR")} <= pairs(found, country_of)


def test_a_mexican_government_press_release(read, country_of):
    found = read("mexico_government_press_release.txt")
    assert route(found, country_of, "GTM", "MEX").purposes == ["sexual exploitation"]
    assert route(found, country_of, "SLV", "MEX").purposes == ["sexual exploitation"]
    assert route(found, country_of, "HND", "USA").purposes == ["labour"]
    alianza = programme_of(found, "casa-alianza")
    assert alianza.places and {country_of(code) for code in alianza.places} == {"HND"}
    shelter = programme_of(found, "mex-inm")
    assert shelter.status == "planned" and shelter.funders == ["unicef"]


def test_an_ilo_project_brief_on_south_asia(read, country_of):
    found = read("south_asia_ilo_report.txt")
    assert route(found, country_of, "BGD", "QAT").purposes == ["labour"]
    assert {("BGD", "SAU"), ("BGD", "IND"), ("BGD", "MYS")} <= pairs(found, country_of)
    # "Indian police rescued 45 Bangladeshi girls from brothels in Kolkata and handed them over to the Border Guard Bangladesh"
    assert ("BGD", "IND") in pairs(found, country_of, "return")
    assert ("BGD", "BGD") not in pairs(found, country_of)
    assert route(found, country_of, "PAK", "region:gulf-states").purposes == ["labour"]
    project = programme_of(found, "npl-mol")
    assert "ilo" in project.organizations and project.funders == ["gbr-government"]


def test_a_pacific_news_story_on_fishing_crews(read, country_of):
    found = read("pacific_news_fishing.txt")
    assert route(found, country_of, "IDN", "FJI").purposes == ["labour"]  # "in Fijian waters"
    assert ("PHL", "FJI") in pairs(found, country_of)
    # "In Papua New Guinea, police said women from Malaysia and China were trafficked into logging camps"
    assert route(found, country_of, "MYS", "PNG").purposes == ["sexual exploitation"]
    assert ("CHN", "PNG") in pairs(found, country_of)
    assert any(row.via == ["SGP"] for row in found.routes.itertuples(index=False))  # "flown to Fiji via Singapore"
    # "38 of the fishermen were rescued in Suva": the fishermen named before, not people of Fiji.
    assert ("FJI", "FJI") not in pairs(found, country_of)
    # "According to IOM, 38 of the fishermen were rescued in Suva": IOM tells, it runs nothing here.
    assert not any(row.organizations[:1] == ["iom"] for row in found.programmes.itertuples(index=False))
    project = programme_of(found, "pifs")
    assert "iom" in project.organizations and set(project.places) == {"FJI", "WSM", "TON", "SLB"}


def test_a_country_profile_of_yemen(read, country_of):
    found = read("gulf_unodc_report.txt")
    saudi = route(found, country_of, "ETH", "SAU")
    assert [country_of(code) for code in saudi.via] == ["DJI", "YEM"]
    assert route(found, country_of, "YEM", "SAU").purposes == ["begging"]
    # "Victims from Sri Lanka and Nepal have been identified in Jordan and Lebanon"
    assert {("LKA", "JOR"), ("LKA", "LBN"), ("NPL", "JOR"), ("NPL", "LBN")} <= pairs(found, country_of)
    assert programme_of(found, "ilo").funders == ["nld-government"]


def test_a_court_summary_from_germany(read, country_of):
    found = read("europe_court_case_summary.txt")
    for origin in ("MDA", "ROU"):
        germany = route(found, country_of, origin, "DEU")
        assert germany.purposes == ["labour"] and [country_of(code) for code in germany.via] == ["HUN", "AUT"]
    assert {"Hope for Justice", "Europol"} <= names(found)


def test_a_west_african_news_story_on_cocoa_farms(read, country_of):
    found = read("west_africa_news_cocoa.txt")
    assert route(found, country_of, "BFA", "GHA").purposes == ["labour"]
    centre = programme_of(found, "org:ivorian-ministry-of-solidarity")
    assert {"unicef", "ici"} <= set(centre.partners)
    assert centre.name.endswith("transit centre"), "the Initiative in a partner's name is no programme noun"


def test_a_government_press_release_on_referrals(read, country_of):
    found = read("uk_government_press_release.txt")
    # "identified 1,450 potential victims from Albania, Vietnam and Eritrea in the United Kingdom"
    assert {("ALB", "GBR"), ("VNM", "GBR"), ("ERI", "GBR")} <= pairs(found, country_of)
    ilo = programme_of(found, "ilo")
    # "With funding from Norway and Sweden, the ILO runs ...": the list ends at its "and".
    assert ilo.funders == ["nor-government", "swe-government"] and set(ilo.places) == {"BGD", "NPL"}


def test_an_ilo_project_page_on_ethiopia(read, country_of):
    found = read("east_africa_ilo_project_page.txt")
    ilo = programme_of(found, "ilo")
    # "the ILO works with the Ministry ... to reduce forced labour in Oromia and Amhara"
    assert ilo.partners == ["eth-mol"] and ilo.funders == ["us-dol"] and set(ilo.places) == {"ET-OR", "ET-AM"}
    # "Ethiopia opened its first shelter ... in Addis Ababa": a country acting is its government.
    assert programme_of(found, "eth-government").places == ["ET-AA"]
    assert {("ETH", "LBN"), ("ETH", "SAU")} <= pairs(found, country_of)
    beirut = route(found, country_of, "ETH", "LBN")
    assert beirut.purposes == ["labour"]
    # "recruited in Jimma by unlicensed brokers and sent to Beirut": where the recruiting was is the source.
    assert any(code.startswith("city:") for code in found.routes["origin_code"])


def test_a_news_story_from_the_kenyan_coast(read, country_of):
    found = read("east_africa_news_coast.txt")
    # "Police rescued 12 Ugandan girls from a house in Mombasa ... will be returned to Uganda"
    assert pairs(found, country_of) == {("UGA", "KEN")}
    # Tourists who travel, a delegation that visits: no one is moved.
    assert not any(code.startswith("region:") for code in found.routes["origin_code"])
    assert "National Council for Children's Services" in names(found)


def test_an_ngo_annual_report_from_kenya(read, country_of):
    found = read("kenya_ngo_annual_report.txt")
    # "Hope Rising Kenya is a Nairobi-based NGO": the page's organization, and so "we".
    centre = programme_of(found, "org:hope-rising-kenya")
    assert centre.funders == ["terre-des-hommes"] and {"KE-14", "KE-19"} <= set(centre.places)
    # "two rescue centres in Kilifi and Kwale" is a service, not where victims were found;
    # "Others were brought from Tanzania and Uganda": to the country the report is about.
    assert pairs(found, country_of) == {("KEN", "KEN"), ("TZA", "KEN"), ("UGA", "KEN")}
    assert not found.routes["origin_inferred"].any()

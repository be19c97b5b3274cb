"""Organizations, programmes and routes read from small invented texts."""

import pytest

from progmap.actors.organizations import find_organizations, merge_organizations
from progmap.pipeline import extract


@pytest.fixture
def read(tmp_path, gazetteer):
    """Extract from one text, as a build does."""

    def run(text, country=None):
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        return extract([path], gazetteer, country=country)

    return run


def names(found):
    return dict(zip(found.organizations["org_id"], found.organizations["name"]))


def test_known_organizations_merge_spellings_acronyms_and_possessives():
    text = "UNODC's new project and the United Nations Office on Drugs and Crime agree; UNODC will report."
    mentions, orgs = find_organizations("d", text)
    assert set(mentions["org_id"]) == {"unodc"} and len(orgs) == 1


def test_acronyms_defined_in_the_text():
    text = "The Centre for Migrant Advocacy (CMA) met officials. Later, CMA opened an office."
    mentions, orgs = find_organizations("d", text)
    org = orgs.iloc[0]
    assert "CMA" in org["aliases"] and (mentions["org_id"] == org["org_id"]).sum() >= 2


def test_acronyms_spelled_by_initials_elsewhere():
    text = "Pathways Against Slavery trains teachers. Since 2019 PAS has trained 300 of them."
    mentions, orgs = find_organizations("d", text)
    assert len(orgs) == 1 and "PAS" in orgs.iloc[0]["aliases"]


def test_titles_and_generic_words_are_not_organizations():
    text = "Deputy Prime Minister (DPM) Nguyen met International Organization actors."
    _, orgs = find_organizations("d", text)
    assert orgs.empty


def test_merging_across_documents_keeps_one_record():
    a = find_organizations("a.txt", "IOM works here.")[1]
    b = find_organizations("b.txt", "The International Organization for Migration works there.")[1]
    merged = merge_organizations([a, b])
    assert len(merged) == 1 and merged.iloc[0]["docs"] == ["a.txt", "b.txt"]


def test_list_item_programme_with_funder_and_places(read):
    found = read(
        "Projects include:\n\n-- World Vision: with funding from USAID, World Vision runs a shelter in "
        "Can Tho and trains police in Soc Trang province.\n",
        country="VNM",
    )
    programme = found.programmes.iloc[0]
    assert programme["organizations"] == ["world-vision"] and programme["funders"] == ["usaid"]
    assert set(programme["places"]) == {"VN-CT", "VN-52"}
    assert {"victim protection", "capacity building"} <= set(programme["activities"])


def test_each_organization_group_gets_the_places_after_it(read):
    found = read(
        "Two NGOs work in the south: Hagar International, which runs a shelter in Ho Chi Minh City, "
        "and World Vision, with a project in the province of Can Tho.",
        country="VNM",
    )
    by_org = {p.organizations[0]: set(p.places) for p in found.programmes.itertuples()}
    assert "VN-SG" in by_org["hagar"] and "VN-CT" not in by_org["hagar"]
    assert "VN-CT" in by_org["world-vision"]


def test_bases_and_flows_are_not_operating_areas(read):
    found = read(
        "-- The UN Inter-Agency Project in Bangkok administers a project in Laos and helps victims who "
        "return to Cambodia.\n",
        country="VNM",
    )
    places = set(found.programmes.iloc[0]["places"])
    assert "LAO" in places and "KHM" not in places and not any(p.startswith("city:") for p in places)


def test_routes_from_nationality_groups_with_purposes(read):
    found = read("Burmese and Lao migrants are trafficked into Thailand's fishing industry and to brothels.")
    routes = {(r.origin_code, r.destination_code): r for r in found.routes.itertuples()}
    assert set(routes) == {("MMR", "THA"), ("LAO", "THA")}
    assert {"labour", "sexual exploitation"} <= set(routes[("MMR", "THA")].purposes)


def test_return_flows_keep_the_trafficking_direction(read):
    found = read("Over 300 Vietnamese women were repatriated from Malaysia and Singapore last year.")
    routes = found.routes.set_index("destination_code")
    assert set(routes.index) == {"MYS", "SGP"}
    assert set(routes["origin_code"]) == {"VNM"} and set(routes["direction"]) == {"return"}


def test_a_repatriation_country_is_never_an_origin(read):
    found = read("Survivors were repatriated from Thailand, and men were rescued from fishing boats in Indonesia.")
    assert not (found.routes["origin_code"] == "THA").any()


def test_rescues_give_internal_routes(read):
    found = read("Police rescued children of Lao Cai province working in garment workshops in Hanoi.", country="VNM")
    route = found.routes.iloc[0]
    assert (route["origin_code"], route["destination_code"]) == ("VN-02", "VN-HN")
    assert "labour" in route["purposes"]


def test_volumes_and_victims(read):
    found = read("Each year about 2,000 women from An Giang go to Cambodia for sex work.", country="VNM")
    route = found.routes.iloc[0]
    assert route["origin_code"] == "VN-44" and route["destination_code"] == "KHM"
    assert route["victims"] == ["women"] and "2,000" in route["volume"]


def test_no_route_without_a_stated_origin(read):
    found = read("Victims were trafficked to China.", country="VNM")
    assert found.routes.empty


def test_the_foundation_refers_to_the_organization_named_before(read):
    found = read(
        "The Pacific Links Foundation runs a shelter in An Giang province. In 2015, with support from the "
        "US Department of State, the foundation expanded its prevention programme to Dong Thap.",
        country="VNM",
    )
    programme = found.programmes.iloc[0]
    assert programme["organizations"] == ["pacific-links"]
    assert {"VN-44", "VN-45"} <= set(programme["places"]) and programme["funders"] == ["us-state-department"]


def test_an_organization_with_only_a_base_works_from_it(read):
    found = read("Blue Dragon Children's Foundation, based in Hanoi, rescues girls trafficked to China.", country="VNM")
    assert found.programmes.iloc[0]["places"] == ["VN-HN"]
    assert found.routes.empty, "a base is not where victims come from"


def test_origins_after_the_destination(read):
    found = read("Girls are trafficked to China from Lao Cai, Ha Giang and Dien Bien provinces.", country="VNM")
    assert set(zip(found.routes["origin_code"], found.routes["destination_code"])) == {
        ("VN-02", "CHN"), ("VN-03", "CHN"), ("VN-71", "CHN")
    }


def test_long_names_defined_with_an_acronym():
    text = "The Research Centre for Gender, Family and Environment in Development (CGFED) studied brides. CGFED found more."
    mentions, orgs = find_organizations("d", text)
    assert len(orgs) == 1
    assert orgs.iloc[0]["name"] == "Research Centre for Gender, Family and Environment in Development (CGFED)"
    assert (mentions["text"] == "CGFED").sum() >= 1


@pytest.mark.parametrize(
    "text, country, owned",
    [
        pytest.param(
            # One place each in Uganda, Qatar and Oman: the alphabet would pick Oman; the Ugandan words say whose ministry it is.
            "KAMPALA, 3 March - Ugandan recruiters send workers to Doha and Muscat. The Ugandan Police and the "
            "Ministry of Gender, Labour and Social Development will check Ugandan agencies.\n",
            "UGA", True, id="places-tie",
        ),
        pytest.param(
            # The contact line's one place does not outweigh the statement's own words.
            "Joint statement\n\nThe Nepal Domestic Workers Union and Nepali returnees ask the Ministry of Labour, Employment "
            "and Social Security to refund the fees paid by Nepali women.\n\nContact: Migrant Desk, Doha\n",
            "NPL", True, id="contact-line",
        ),
        pytest.param(
            # A donor's words ("U.S.") do not take a regional text's bodies.
            "BANGKOK -- The U.S. Agency for International Development (USAID) and the U.S. Embassy announced a project "
            "with the Ministry of Social Development in Laos and Cambodia, funded by the U.S. Government and the U.S. Congress.\n",
            "USA", False, id="donor-words",
        ),
    ],
)
def test_a_generic_ministry_belongs_to_the_country_its_text_speaks_of(read, text, country, owned):
    found = read(text)
    homes = dict(zip(found.organizations["name"], found.organizations["country"]))
    assert any(home == country and "Ministry" in name for name, home in homes.items()) is owned, homes

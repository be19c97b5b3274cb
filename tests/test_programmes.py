"""Programmes: who does what where, read from small invented texts.

Organizations come from :func:`find_organizations`; place mentions are
built by hand (as the resolver would give them), so no boundary data is needed.
"""

import pandas as pd
import pytest
from hand_mentions import mentions

from progmap.actors.organizations import find_organizations
from progmap.actors.programmes import find_programmes
from progmap.schema import EVIDENCE_SEPARATOR, PROGRAMME_COLUMNS


def programmes_of(text: str, names: dict, country: str = "VNM") -> pd.DataFrame:
    org_mentions, organizations = find_organizations("doc.txt", text, country=country)
    return find_programmes("doc.txt", text, mentions(text, names), org_mentions, organizations, country)


def by_lead(programmes: pd.DataFrame) -> dict:
    return {p.organizations[0]: p for p in programmes.itertuples(index=False)}


def test_a_list_item_with_its_funder_places_and_activities():
    text = (
        "Projects include:\n\n-- World Vision: with funding from USAID, World Vision runs a shelter in Can Tho "
        "and trains police in Soc Trang province.\n"
    )
    programmes = programmes_of(text, {"Can Tho": "VN-CT", "Soc Trang": "VN-52"})
    assert list(programmes.columns) == PROGRAMME_COLUMNS
    programme = programmes.iloc[0]
    assert programme.organizations == ["world-vision"] and programme.funders == ["usaid"]
    assert programme.places == ["VN-CT", "VN-52"]
    assert {"victim protection", "capacity building", "law enforcement"} <= set(programme.activities)
    assert programme.programme_id == "prog-doc-1" and programme.source == "extracted"
    assert programme.evidence.startswith("World Vision: with funding from USAID")


def test_every_group_of_implementers_gets_the_places_after_it():
    text = (
        "Oxfam Quebec, Save the Children UK, and Save the Children Sweden are carrying out a project in the "
        "northeast (Bac Giang and Lang Son provinces), and World Vision, with a project in the province of Can Tho."
    )
    names = {"the northeast": "region:vn-northeast", "Bac Giang": "VN-54", "Lang Son": "VN-09", "Can Tho": "VN-CT"}
    found = by_lead(programmes_of(text, names))
    assert found["oxfam-quebec"].organizations == ["oxfam-quebec", "save-the-children-uk", "save-the-children-sweden"]
    assert found["oxfam-quebec"].places == ["region:vn-northeast", "VN-54", "VN-09"]
    assert found["world-vision"].places == ["VN-CT"]


def test_partners_stay_partners_and_people_s_employers_do_not_implement():
    text = (
        "The Asia Foundation works with the Women's Union to train women in An Giang. "
        "The Vice Chairman of the People's Committee said girls work in karaoke bars in Kien Giang."
    )
    programmes = programmes_of(text, {"An Giang": "VN-44", "Kien Giang": "VN-47"})
    assert [p for p in programmes["organizations"]] == [["asia-foundation", "vnm-womens-union"]]
    assert programmes.iloc[0].partners == ["vnm-womens-union"]
    assert programmes.iloc[0].places == ["VN-44"]


def test_bases_flows_and_a_regional_project():
    text = (
        "-- The UN Inter-Agency Project in Bangkok administers a USD 3 million project against trafficking in the "
        "Mekong Sub-region, including Vietnam, and helps victims who return to Cambodia. The UNIAP is currently on "
        "hiatus in Vietnam, pending approval of project FS/VIE/03/R21.\n"
    )
    names = {"Bangkok": ("city:bangkok", "city", "THA"), "Mekong Sub-region": "region:gms", "Vietnam": "VNM", "Cambodia": "KHM"}
    programme = programmes_of(text, names).iloc[0]
    assert programme.organizations == ["uniap"] and programme.places == ["region:gms", "VNM"]
    assert programme.budget == "USD 3 million" and programme.identifiers == ["FS/VIE/03/R21"]
    assert programme.status == "on hiatus" and programme["name"] == "UN Inter-Agency Project"


def test_a_base_stands_in_when_nothing_else_is_named():
    text = "Blue Dragon Children's Foundation, based in Hanoi, rescues girls trafficked to China."
    programme = programmes_of(text, {"Hanoi": "VN-HN", "China": "CHN"}).iloc[0]
    assert programme.places == ["VN-HN"]


def test_return_home_points_to_where_the_children_come_from():
    text = (
        "(Mostly children of Dien Bien province rescued in factories at HCMC by the police and with AAT support.) "
        "After a time in the AAT center, AAT chose Blue Dragon Foundation among NGOs based in the north to follow "
        "children after their return home."
    )
    names = {"Dien Bien": "VN-71", "HCMC": "VN-SG", "the north": "region:vn-north"}
    found = by_lead(programmes_of(text, names))
    assert "VN-71" in found["blue-dragon"].places and "VN-SG" not in found["blue-dragon"].places
    assert "vnm-police" not in found, "the police is named as the rescuer's helper, not as running a programme"


def test_where_people_return_from_is_no_area_of_the_programme_that_returns_them():
    text = "The Sahel Migrant Network helped 800 stranded migrants return home from Libya and runs a shelter in Agadez."
    found = by_lead(programmes_of(text, {"Libya": "LBY", "Agadez": ("NE-1", "admin1", "NER")}, country="NER"))
    (programme,) = found.values()
    assert programme.places == ["NE-1"]


def test_a_witness_who_says_which_body_they_direct_is_its_we():
    text = (
        "Ms. OKAFOR. I direct the Lagos Survivors Network. We run a shelter in Ikeja, funded by the Ford Foundation.\n"
        "Mr. BELL. We fund shelters in Ibadan."
    )
    found = programmes_of(text, {"Ikeja": ("NG-LA", "admin1", "NGA"), "Ibadan": ("NG-OY", "admin1", "NGA")}, country="NGA")
    rows = {tuple(p.organizations): p for p in found.itertuples(index=False)}
    shelter = rows[("org:lagos-survivors-network",)]
    assert shelter.places == ["NG-LA"] and len(shelter.funders) == 1
    # The next witness's "we" is not the network.
    assert all("NG-OY" not in p.places for p in rows.values())


def test_an_evaluations_advice_is_a_recommended_programme_apart_from_the_work_done():
    text = (
        "The Lanka Migrant Project of the ILO trained 300 returnee women in Kandy. "
        "The ILO should extend the project to Jaffna, where recruitment of women for the Gulf has grown."
    )
    names = {"Kandy": ("LK-21", "admin1", "LKA"), "Jaffna": ("LK-41", "admin1", "LKA"), "the Gulf": ("region:gulf-states", "region", "")}
    found = {p.status: p for p in programmes_of(text, names, country="LKA").itertuples(index=False)}
    assert found[""].places == ["LK-21"]
    assert found["recommended"].places == ["LK-41"]


def test_a_clause_opening_on_a_year_still_has_its_subject():
    text = "In 2019 the Lantern Trust sheltered 118 victims in Chisinau. During March 2021 the Lantern Trust trained police in Balti."
    found = programmes_of(text, {"Chisinau": ("MD-CU", "admin1", "MDA"), "Balti": ("MD-BA", "admin1", "MDA")}, country="MDA")
    (programme,) = found.itertuples(index=False)
    assert programme.organizations == ["org:lantern-trust"] and programme.places == ["MD-CU", "MD-BA"]


def test_where_the_people_a_programme_helps_were_taken_is_no_area_of_it():
    text = "The Lantern Trust assists girls who were taken to bars in Tecun Uman, and runs a shelter in Coban."
    names = {"Tecun Uman": ("city:tecun-uman", "city", "GTM"), "Coban": ("GT-AV", "admin1", "GTM")}
    (programme,) = programmes_of(text, names, country="GTM").itertuples(index=False)
    assert programme.places == ["GT-AV"]


def test_an_annual_reports_we_is_the_body_its_about_us_describes():
    text = (
        "In 2021, we:\n- provided shelter to 214 survivors at our centres in Siem Reap;\n"
        "- opened a new drop-in centre in Poipet.\n\n"
        "About us\nLantern Cambodia is a coalition of Christian organisations. Our office is in Phnom Penh."
    )
    names = {"Siem Reap": ("KH-17", "admin1", "KHM"), "Poipet": ("city:poipet", "city", "KHM"), "Phnom Penh": ("KH-12", "admin1", "KHM")}
    (programme,) = programmes_of(text, names, country="KHM").itertuples(index=False)
    assert programme.organizations == ["org:lantern-cambodia"] and programme.places[:2] == ["KH-17", "city:poipet"]


def test_a_foreign_city_first_in_a_list_after_its_implementer_is_an_area_not_a_base():
    text = "The Tanzania Project, implemented by Winrock International in Dar es Salaam, Mwanza and Zanzibar, trains inspectors."
    names = {"Dar es Salaam": ("city:dar", "city", "TZA"), "Mwanza": ("TZ-18", "admin1", "TZA"), "Zanzibar": ("city:znz", "city", "TZA")}
    (programme,) = programmes_of(text, names, country="KEN").itertuples(index=False)
    assert programme.places == ["city:dar", "TZ-18", "city:znz"]


def test_the_foundation_refers_back_and_statements_merge():
    text = (
        "The Pacific Links Foundation runs the Open Doors project in An Giang province. In 2015, with support "
        "from the US Department of State, the foundation expanded its prevention programme to Dong Thap. "
        "Pacific Links also works throughout Vietnam."
    )
    programmes = programmes_of(text, {"An Giang": "VN-44", "Dong Thap": "VN-45", "Vietnam": "VNM"})
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations == ["pacific-links"] and programme.funders == ["us-state-department"]
    # Vietnam goes: provinces of it are named.
    assert programme.places == ["VN-44", "VN-45"]
    assert programme["name"] == "Open Doors project"
    assert programme.evidence.count(EVIDENCE_SEPARATOR) == 2


def test_funders_in_their_many_forms():
    text = (
        "-- A USG-funded UNODC project works in Hanoi.\n\n"
        "-- With DFID funding, Hagar runs a shelter in Hue.\n\n"
        "-- IOM, funded by the EU, works in Lao Cai.\n"
    )
    found = by_lead(programmes_of(text, {"Hanoi": "VN-HN", "Hue": "VN-26", "Lao Cai": "VN-02"}))
    assert found["unodc"].funders == ["usa-government"]
    assert found["hagar"].funders == ["dfid"]
    assert found["iom"].funders == ["eu"]


def test_media_authorities_acts_and_bare_mentions_are_no_programmes():
    text = (
        "Tuoi Tre reported a shelter in Hanoi. UNICEF estimates that thousands of children in An Giang are at risk. "
        "IOM opened an office. The Thai authorities repatriated 120 girls through Nong Khai."
    )
    assert programmes_of(text, {"Hanoi": "VN-HN", "An Giang": "VN-44", "Nong Khai": "TH-43"}).empty


def test_every_programme_quotes_the_names_it_uses():
    text = (
        "-- the ILO: The ILO's project is part of a subregional project. It is located in Quang Ninh and Thanh Hoa "
        "provinces and in Ho Chi Minh City. ILO focuses on awareness raising and capacity building in MOLISA.\n"
    )
    names = {"Quang Ninh": "VN-13", "Thanh Hoa": "VN-21", "Ho Chi Minh City": "VN-SG"}
    programme = programmes_of(text, names).iloc[0]
    assert programme.organizations == ["ilo"] and programme.places == ["VN-13", "VN-21", "VN-SG"]
    for written in ["ILO", *names]:
        assert written in programme.evidence
    assert programme.activities == ["awareness raising", "capacity building"]


def test_ids_are_deterministic():
    text = "Hagar runs a shelter in Hue. Chab Dai works in Phnom Penh."
    names = {"Hue": "VN-26", "Phnom Penh": "KH-12"}
    first, second = programmes_of(text, names), programmes_of(text, names)
    assert first.equals(second) and list(first["programme_id"]) == ["prog-doc-1", "prog-doc-2"]


def test_no_places_no_programme():
    programmes = programmes_of("UNICEF runs a national programme.", {}, country="")
    assert programmes.empty and list(programmes.columns) == PROGRAMME_COLUMNS


def test_a_programme_with_no_place_named_sits_in_the_country_the_text_is_about_flagged():
    programme = programmes_of("UNICEF runs a national programme.", {}, country="NPL").iloc[0]
    assert programme.places == ["NPL"] and programme.place_inferred


def test_an_acronym_in_brackets_stays_in_its_group_of_implementers():
    text = (
        "UNICEF and the Ministry of Labour, Invalids and Social Affairs (MOLISA) run a child protection "
        "programme in Kien Giang and Ca Mau provinces."
    )
    programmes = programmes_of(text, {"Kien Giang": "VN-47", "Ca Mau": "VN-59"})
    assert len(programmes) == 1
    assert programmes.iloc[0].organizations == ["unicef", "vnm-molisa"]
    assert programmes.iloc[0].places == ["VN-47", "VN-59"]


def test_a_spokesman_and_a_wish_are_no_programme():
    text = "A spokesman for the Pacific Links Foundation said the case showed the need for more shelters in Lao Cai."
    assert programmes_of(text, {"Lao Cai": "VN-02"}).empty
    running = programmes_of("The Pacific Links Foundation runs two shelters in Lao Cai.", {"Lao Cai": "VN-02"})
    assert running.iloc[0].organizations == ["pacific-links"] and running.iloc[0].places == ["VN-02"]


def test_a_mass_organization_runs_what_it_names():
    found = programmes_of("The Women's Union runs peace houses in Hanoi and anti-trafficking clubs in Lao Cai.",
                          {"Hanoi": "VN-HN", "Lao Cai": "VN-02"})
    assert found.iloc[0].organizations == ["vnm-womens-union"] and found.iloc[0].places == ["VN-HN", "VN-02"]
    # An authority's act is no programme.
    assert programmes_of("The police arrested three brokers in Lao Cai.", {"Lao Cai": "VN-02"}).empty


def test_our_shelter_on_an_organizations_own_page_is_its_own():
    text = (
        "Hagar International has worked in Vietnam since 2009. Our shelter in Hanoi cares for women who survived "
        "trafficking, most of whom were trafficked to China from the northern border provinces of Lao Cai and Lai Chau."
    )
    found = programmes_of(text, {"Vietnam": "VNM", "Hanoi": "VN-HN", "China": "CHN", "Lao Cai": "VN-02", "Lai Chau": "VN-01"})
    assert found.iloc[0].organizations == ["hagar"]
    # Where the victims came from and went is no operating area.
    assert found.iloc[0].places == ["VN-HN"]


def test_a_partner_named_with_its_acronym_stays_a_partner():
    text = (
        "IOM also works with the Department of Labour, Invalids and Social Affairs (DOLISA) in Ha Tinh to raise "
        "awareness among migrant workers bound for Japan and the Republic of Korea."
    )
    found = programmes_of(text, {"Ha Tinh": "VN-23", "Japan": "JPN", "Republic of Korea": "KOR"})
    assert found.iloc[0].organizations == ["iom", "vnm-dolisa"] and found.iloc[0].partners == ["vnm-dolisa"]
    assert found.iloc[0].places == ["VN-23"], "where migrants are bound for is no operating area"


def test_a_donor_country_is_no_operating_area():
    text = "Projects:\n\n-- Sweden (Sida) funds Save the Children, which works with street children in Ho Chi Minh City.\n"
    found = programmes_of(text, {"Sweden": "SWE", "Ho Chi Minh City": "VN-SG"})
    assert found.iloc[0].places == ["VN-SG"]
    assert found.iloc[0].organizations == ["save-the-children"] and found.iloc[0].funders == ["sida"]


def test_we_on_a_page_is_the_organization_its_title_names():
    text = (
        "About us | Mekong Hope Network\n\n"
        "Our partners in southern Vietnam include the Women's Union of An Giang and the Border Guards of Kien Giang. "
        "In northern Vietnam we work with Blue Dragon Children's Foundation and the Lao Cai Department of Labour.\n"
    )
    names = {"southern Vietnam": "region:vn-south", "An Giang": "VN-44", "Kien Giang": "VN-47",
             "northern Vietnam": "region:vn-north"}  # "Lao Cai" in the department's name is cut by the pipeline
    found = programmes_of(text, names)
    assert found[["organizations", "places"]].values.tolist() == [
        [["org:mekong-hope-network", "blue-dragon", "org:lao-cai-department-of-labour"], ["region:vn-north"]]
    ]
    assert found.iloc[0].partners == ["blue-dragon", "org:lao-cai-department-of-labour"]


# --- the frame's roles, one sentence each (issue 8) ------------------------------------------


def one(text, names, country="VNM"):
    programmes = programmes_of(text, names, country)
    assert len(programmes) == 1, programmes[["name", "organizations", "places"]].values.tolist()
    return programmes.iloc[0]


def test_an_apposition_does_not_split_the_agent_from_its_verb_and_the_funder_is_no_implementer():
    found = one("The Hope Foundation, using EU grant money, held a training course in Nghe An.", {"Nghe An": "VN-40"})
    assert found.organizations == ["org:hope-foundation"] and found.funders == ["eu"] and found.places == ["VN-40"]


def test_partners_in_conjunction_with_stay_on_the_record():
    text = "The Bright Path Trust, in conjunction with the provincial Youth Union and UNICEF, trains girls in Lao Cai."
    found = one(text, {"Lao Cai": "VN-02"})
    assert found.organizations[0] == "org:bright-path-trust"
    assert set(found.partners) == {"vnm-youth-union", "unicef"} and set(found.partners) <= set(found.organizations)


def test_the_agent_of_a_passive_verb_is_after_by():
    found = one("A hotline in Pokhara is run by the Sunrise Haven Network.", {"Pokhara": ("city:pokhara", "city", "NPL")}, "NPL")
    assert found.organizations == ["org:sunrise-haven-network"] and found.places == ["city:pokhara"]


@pytest.mark.parametrize(
    "text, funder",
    [
        ("A DFAT-funded project of Hagar works in Hue.", "dfat"),
        ("With funding from UNICEF, Hagar runs a shelter in Hue.", "unicef"),
        ("Hagar runs a shelter in Hue at UNICEF expense.", "unicef"),
        ("UNICEF funds Hagar, which runs a shelter in Hue.", "unicef"),
    ],
)
def test_funders(text, funder):
    found = one(text, {"Hue": "VN-26"})
    assert found.organizations == ["hagar"] and found.funders == [funder]


def test_awarded_to_names_who_runs_it():
    text = "USAID awarded a two-year counter-trafficking project in Battambang to Winrock International."
    found = one(text, {"Battambang": "KH-2"}, "KHM")
    assert found.organizations == ["winrock"] and found.funders == ["usaid"] and found.places == ["KH-2"]


def test_may_and_plans_to_make_a_programme_planned():
    assert one("IOM plans to open a shelter in Lao Cai.", {"Lao Cai": "VN-02"}).status == "planned"
    assert one("Hagar may expand its hotline to Hue.", {"Hue": "VN-26"}).status == "planned"


def test_a_new_work_that_will_start_later_is_planned():
    text = "Hagar runs shelters in Hanoi. A new outreach project in Lao Cai was approved this month and will start in October."
    found = programmes_of(text, {"Hanoi": "VN-HN", "Lao Cai": "VN-02"})
    assert [p.status for p in found.itertuples(index=False) if p.places == ["VN-02"]] == ["planned"]


def test_a_tables_bare_active_and_approved_values_are_statuses():
    text = (
        "| Grantee | Project | Province | Status |\n|---|---|---|---|\n"
        "| Hagar International | Shelter programme for girls | Lao Cai | Active |\n"
        "| Pacific Links Foundation | Outreach programme for returnees | An Giang | Approved – not yet started |\n"
    )
    found = programmes_of(text, {"Lao Cai": "VN-02", "An Giang": "VN-44"})
    assert {p.places[0]: p.status for p in found.itertuples(index=False)} == {"VN-02": "ongoing", "VN-44": "planned"}


def test_recommendations_and_negations_are_no_programmes():
    names = {"Lao Cai": "VN-02"}
    assert programmes_of("The report recommended that IOM open a shelter in Lao Cai.", names).empty
    assert programmes_of("The Women's Union declined to assist victims in Lao Cai.", names).empty


def test_reported_speech_binds_we_and_they_to_the_speaker():
    text = "IOM told us that they run two shelters in Lao Cai."
    assert one(text, {"Lao Cai": "VN-02"}).organizations == ["iom"]


def test_the_ngo_and_the_project_refer_back():
    text = (
        "Sunrise Haven Trust trains teachers in Pokhara. The NGO also runs a hotline in Dhangadhi. "
        "The hotline is open at night."
    )
    names = {"Pokhara": ("city:pokhara", "city", "NPL"), "Dhangadhi": ("city:dhangadhi", "city", "NPL")}
    found = one(text, names, "NPL")
    assert found.organizations == ["org:sunrise-haven-trust"] and found.places == ["city:pokhara", "city:dhangadhi"]


def test_this_shelter_takes_the_places_of_the_shelter_named_before():
    text = (
        "The Ambassador opened a new halfway house at the port of Cebu. This halfway house, the third built under a "
        "partnership between Hagar and the Ports Authority, will shelter forty girls."
    )
    found = one(text, {"Cebu": ("city:cebu", "city", "PHL")}, "PHL")
    assert found.organizations[0] == "hagar" and found.places == ["city:cebu"]


def test_movement_ends_and_the_reporters_trip_are_no_operating_areas():
    text = "Poloff traveled to Pursat to meet Hagar, which runs a shelter in Kampot for girls trafficked to Thailand."
    found = one(text, {"Pursat": "KH-15", "Kampot": "KH-7", "Thailand": "THA"}, "KHM")
    assert found.places == ["KH-7"]


def test_an_owner_a_possessive_and_a_relative_clause_name_the_agent():
    names = {"Hue": "VN-26"}
    assert one("The Hagar shelter in Hue took in ten girls this year.", names).organizations == ["hagar"]
    assert one("Hagar staff showed us a campaign the NGO is carrying out in Hue.", names).organizations == ["hagar"]


def test_a_local_body_works_where_its_name_says():
    text = "Prevention programmes are implemented by the Yunnan Provincial Women's Federation."
    places = {"Yunnan": ("CN-YN", "admin1", "CHN")}
    found = one(text, places, "CHN")
    assert found.places == ["CN-YN"]


def test_a_government_works_in_its_country_and_both_countries_can_act():
    text = "The Government of Laos (GOL) began public awareness campaigns against trafficking."
    assert one(text, {}, "LAO").places == ["LAO"]
    text = "Thailand and Cambodia signed an MOU in 2003. Both countries are raising awareness through a border campaign."
    found = one(text, {"Thailand": "THA", "Cambodia": "KHM"}, "KHM")
    assert set(found.places) == {"THA", "KHM"}


def test_we_in_a_quotation_is_the_speaker():
    text = '"We opened a hotline in Hue last year," said the director of the Sunrise Haven Trust.'
    assert one(text, {"Hue": "VN-26"}).organizations == ["org:sunrise-haven-trust"]


def test_safe_houses_protect_victims():
    programmes = programmes_of("The Salvation Army runs two safe houses for survivors in Chiang Mai.", {"Chiang Mai": "TH-50"}, "THA")
    assert "victim protection" in programmes.iloc[0].activities


def test_the_government_of_a_text_that_names_none_is_its_countrys():
    text = "Ghana is a source country. The government operated two shelters for child victims in Accra."
    programme = programmes_of(text, {"Ghana": "GHA", "Accra": ("GH-AA", "admin1", "GHA")}, country="GHA").iloc[0]
    assert programme.organizations == ["gha-government"] and programme.places == ["GH-AA"]
    # Named before, the government is that body, under its own name.
    text = "The Royal Thai Government (RTG) is making efforts. The government operated two shelters in Bangkok."
    org_mentions, _ = find_organizations("doc.txt", text, country="THA")
    assert list(org_mentions["text"]) == ["Royal Thai Government", "RTG"]


def test_an_investigation_of_one_case_is_no_programme():
    text = "Police and the FBI investigated the case with assistance from IOM in Bangkok."
    assert programmes_of(text, {"Bangkok": "TH-10"}, country="THA").empty
    text = "IOM, with assistance from the police, runs a shelter in Bangkok."
    assert not programmes_of(text, {"Bangkok": "TH-10"}, country="THA").empty


def test_would_after_a_verb_of_saying_is_a_plan_not_a_condition():
    text = "The minister said the Women's Union would open two shelters in Lao Cai."
    programme = programmes_of(text, {"Lao Cai": "VN-02"}).iloc[0]
    assert programme.status == "planned" and programme.places == ["VN-02"]
    assert programmes_of("If funds allowed, the Women's Union would open two shelters in Lao Cai.", {"Lao Cai": "VN-02"}).empty


def test_a_name_after_by_opening_a_relative_clause_is_its_agent():
    text = "The women were flown home by IOM, which runs a reintegration programme in Lao Cai."
    programme = programmes_of(text, {"Lao Cai": "VN-02"}).iloc[0]
    assert programme.organizations == ["iom"] and programme.places == ["VN-02"]


def test_a_state_body_funding_services_at_home_works_in_its_country():
    text = "Moldova is a source country. The Ministry of Health, Labor and Social Protection funded eight regional shelters."
    programmes = programmes_of(text, {"Moldova": "MDA"}, country="MDA")
    assert [(p.places, p.place_inferred) for p in programmes.itertuples()] == [(["MDA"], True)]


def test_one_case_investigated_with_police_help_is_no_programme():
    text = "The case was investigated by Homeland Security Investigations with assistance from the Houston Police Department."
    assert programmes_of(text, {"Houston": ("city:4699066", "city", "USA")}, country="USA").empty


def test_a_resource_centre_opened_by_a_ministry_is_a_programme():
    text = "The Ministry of Labour, with support from the ILO, opened a migrant resource centre in Tashkent."
    programmes = programmes_of(text, {"Tashkent": ("UZ-TK", "admin1", "UZB")}, country="UZB")
    assert [p.places for p in programmes.itertuples()] == [["UZ-TK"]]
    assert "ilo" in programmes.iloc[0]["organizations"] + programmes.iloc[0]["funders"]


def test_a_title_case_dateline_is_no_place_of_work():
    text = "Brussels, 3 May 2021 - The European Union today launched a programme against trafficking in Niger and Mali."
    programmes = programmes_of(text, {"Brussels": ("city:2800866", "city", "BEL"), "Niger": "NER", "Mali": "MLI"}, country="NER")
    assert [sorted(p.places) for p in programmes.itertuples()] == [["MLI", "NER"]]


def test_the_shelter_points_back_at_a_safe_house():
    text = (
        "A Kenyan charity, Awareness Against Human Trafficking (HAART), has opened a safe house in Mombasa. "
        "The shelter, supported by the US Embassy, will host up to 20 women."
    )
    programmes = programmes_of(text, {"Mombasa": ("KE-28", "admin1", "KEN")}, country="KEN")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme["organizations"][0] == "org:awareness-against-human-trafficking"
    assert programme["places"] == ["KE-28"]


def test_a_development_centre_a_ministry_opens_is_a_programme():
    text = "The Ministry of Social Development and Human Security opened a new protection and occupational development centre in Songkhla."
    programmes = programmes_of(text, {"Songkhla": ("TH-90", "admin1", "THA")}, country="THA")
    assert [p.places for p in programmes.itertuples()] == [["TH-90"]]


def test_a_project_sheets_labelled_lines_are_one_programme():
    text = (
        "Project sheet: Safe Migration for Women\n\n"
        "Implementing partner: World Vision\n"
        "Donor: Department for International Development (DFID)\n"
        "Locations: Shan State and Kachin State\n\n"
        "The project raises awareness of safe migration among young women.\n"
    )
    org_mentions, organizations = find_organizations("doc.txt", text, country="MMR")
    programmes = find_programmes(
        "doc.txt", text, mentions(text, {"Shan": ("MM-17", "admin1", "MMR"), "Kachin": ("MM-11", "admin1", "MMR")}),
        org_mentions, organizations, "MMR", metadata={"title": "Project sheet: Safe Migration for Women"},
    )
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme["name"] == "Safe Migration for Women"
    assert programme["organizations"] == ["world-vision"] and programme["funders"] == ["dfid"]
    assert sorted(programme["places"]) == ["MM-11", "MM-17"]
    assert "awareness raising" in programme["activities"]


def test_labels_without_a_place_are_no_project():
    text = "Contact\nPartner: World Vision\nEmail: info@example.org\n"
    org_mentions, organizations = find_organizations("doc.txt", text, country="MMR")
    assert find_programmes("doc.txt", text, mentions(text, {}), org_mentions, organizations, "MMR").empty


def test_an_authority_training_officials_runs_a_programme_without_naming_one():
    text = "The Anti-Human Trafficking Unit trained 120 police officers in Tamale."
    programmes = programmes_of(text, {"Tamale": ("city:2294877", "city", "GHA")}, country="GHA")
    assert [p.places for p in programmes.itertuples()] == [["city:2294877"]]
    # Other acts of an authority stay no programme.
    assert programmes_of("The police arrested two traffickers in Tamale.", {"Tamale": ("city:2294877", "city", "GHA")}, country="GHA").empty


def test_its_staff_act_for_the_body_named_before():
    text = "According to World Vision, its staff trained 50 teachers in Tamale."
    programmes = programmes_of(text, {"Tamale": ("city:2294877", "city", "GHA")}, country="GHA")
    assert [p.organizations for p in programmes.itertuples()] == [["world-vision"]]


def test_a_grant_lists_lines_are_programmes_of_their_recipients():
    text = (
        "The Freedom Fund awarded the following grants in Ethiopia:\n"
        "- Agar Ethiopia: USD 80,000 for community conversations on unsafe migration in Amhara.\n"
        "- Total: USD 80,000.\n"
    )
    programmes = programmes_of(text, {"Ethiopia": "ETH", "Amhara": ("ET-AM", "admin1", "ETH")}, country="ETH")
    grant = programmes[programmes["organizations"].map(lambda o: o == ["org:agar-ethiopia"])].iloc[0]
    assert grant["places"] == ["ET-AM"] and grant["funders"] == ["freedom-fund"] and grant["budget"] == "USD 80,000"


def test_listening_centres_support_groups_and_legal_clinics_are_programmes():
    text = (
        "Hope Kenya runs exit support groups in Kisumu. The Mercy Foundation opened a listening centre in Malindi. "
        "Haki Initiative holds legal aid clinics in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Malindi": ("city:malindi", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = programmes_of(text, names, country="KEN")
    assert sorted(p for places in found.places for p in places) == ["city:kisumu", "city:malindi", "city:nakuru"]


def test_with_help_from_names_a_partner_not_a_funder():
    text = "The Hope Foundation opened a shelter in Mombasa with help from the Coast Women's Network."
    found = programmes_of(text, {"Mombasa": ("city:mombasa", "city", "KEN")}, country="KEN")
    programme = found.iloc[0]
    assert programme.organizations == ["org:hope-foundation", "org:coast-women-s-network"]
    assert programme.partners == ["org:coast-women-s-network"] and programme.funders == []


def test_an_unnamed_we_runs_what_a_funder_pays_for():
    text = "Annual update\n\nWith a grant from the Oak Foundation, we opened a drop-in centre in Balti.\n"
    programme = programmes_of(text, {"Balti": ("city:balti", "city", "MDA")}, country="MDA").iloc[0]
    assert programme.organizations == [] and programme.funders == ["oak-foundation"]
    assert programme.places == ["city:balti"]


MOLDOVAN_TOWNS = {"Chisinau": ("city:chisinau", "city", "MDA"), "Cahul": ("city:cahul", "city", "MDA"), "Balti": ("city:balti", "city", "MDA")}


def runners_by_place(programmes: pd.DataFrame) -> dict:
    """place code -> the organizations of the programme there."""
    return {place: list(orgs) for places, orgs in zip(programmes.places, programmes.organizations) for place in places}


def test_after_several_bodies_work_an_unnamed_we_is_none_of_them():
    text = (
        "Partners' update\n\nThe Hope Foundation runs a hotline in Chisinau. The Open Door Association trains "
        "teachers in Cahul.\n\nThis year we opened a drop-in centre in Balti."
    )
    runners = runners_by_place(programmes_of(text, MOLDOVAN_TOWNS, country="MDA"))
    assert runners["city:chisinau"] == ["org:hope-foundation"] and runners["city:cahul"] == ["org:open-door-association"]
    assert runners.get("city:balti", []) == []


def test_a_named_foundation_is_no_anaphor_for_the_last_body():
    text = (
        "News from our partners\n\nThe Hope Foundation runs a hotline in Chisinau. The Open Door Association trains "
        "teachers in Cahul.\n\nWith a grant from the Mercy Foundation, we opened a drop-in centre in Balti."
    )
    assert runners_by_place(programmes_of(text, MOLDOVAN_TOWNS, country="MDA"))["city:balti"] == []


def test_a_grant_tables_rows_are_their_grantees_programmes_paid_by_the_body_the_text_names():
    text = (
        "Our 2024 grants\n\nThe Lake Victoria Trust awarded the following grants.\n\n"
        "Grantee | Country | Project | Amount (USD)\n\n"
        "Hope Kenya | Kenya | Pre-departure training in Kisumu | 40,000\n\n"
        "Safe Journeys Uganda | Uganda | Legal aid clinics in Jinja | 25,000\n"
    )
    names = {"Kenya": "KEN", "Uganda": "UGA", "Kisumu": ("city:kisumu", "city", "KEN"), "Jinja": ("city:jinja", "city", "UGA")}
    found = programmes_of(text, names, country="KEN")
    by_place = {p: row for row in found.itertuples() for p in row.places}
    assert by_place["city:kisumu"].organizations == ["org:hope-kenya"]
    assert by_place["city:jinja"].organizations == ["org:safe-journeys-uganda"]
    assert all(row.funders == ["org:lake-victoria-trust"] for row in found.itertuples())


def test_a_fronted_funders_list_that_runs_into_the_subject_is_cut_at_its_comma():
    text = (
        "Update\n\nWith funding from the Mercy Foundation, the Amani Network and the Open Door Association launched "
        "a campaign in Kisumu.\n\nWith funding from the Mercy Foundation, the Lake Trust and the Hope Fund, "
        "the Baraka Centre runs a shelter in Nakuru.\n"
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = {p[0]: row for row in programmes_of(text, names, country="KEN").itertuples() for p in [row.places]}
    assert found["city:kisumu"].organizations == ["org:amani-network", "org:open-door-association"]
    assert found["city:kisumu"].funders == ["org:mercy-foundation"]
    # A comma before the subject: the whole list pays.
    assert found["city:nakuru"].organizations == ["org:baraka-centre"]
    assert found["city:nakuru"].funders == ["org:mercy-foundation", "org:lake-trust", "org:hope-fund"]


def test_a_project_sheets_labelled_lines_make_one_programme_not_a_second_from_the_donor_line():
    text = (
        "PROJECT SHEET\n\nProject title: Safe Work in Tea Estates\nProject code: KEN/21/07\nDonor: Mercy Foundation\n"
        "Implementing agency: Amani Network\nLocations: Kericho and Nandi\n\nThe estates employ 9,000 workers.\n"
    )
    names = {"Kericho": ("KE-12", "admin1", "KEN"), "Nandi": ("KE-32", "admin1", "KEN")}
    found = programmes_of(text, names, country="KEN")
    assert len(found) == 1
    assert found.iloc[0].organizations == ["org:amani-network"] and found.iloc[0].funders == ["org:mercy-foundation"]


def test_a_runner_named_after_a_funded_programme_runs_it_and_the_funders_stay_funders():
    text = (
        "Update\n\nThe Safe Roads programme, funded by the Mercy Foundation, enters its second phase in Kisumu. "
        "It is implemented by the Amani Network together with the Baraka Centre.\n"
    )
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "org:baraka-centre"]
    assert programme.funders == ["org:mercy-foundation"] and programme.places == ["city:kisumu"]


def test_the_body_an_x_supported_phrase_names_runs_the_work_and_x_pays():
    text = "Update\n\nIn Kenya, the IOM-supported Amani Centre for Migrants (ACM) in Kisumu will open a shelter in April.\n"
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN"), "Kenya": "KEN"}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-centre-for-migrants"] and programme.partners == []
    assert programme.funders == ["iom"] and programme.status == "planned"


def test_a_pages_unnamed_we_runs_its_own_work_one_programme_per_statement():
    text = (
        "Annual report 2025\n\nThe Hope Foundation runs a hotline in Nairobi. The Amani Network trains police in Kisumu.\n\n"
        "We began a prevention programme in schools in Nakuru. Next year we plan to open a second shelter in Eldoret.\n"
    )
    names = {"Nairobi": ("city:nairobi", "city", "KEN"), "Kisumu": ("city:kisumu", "city", "KEN"),
             "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    found = {p.places[0]: p for p in programmes_of(text, names, country="KEN").itertuples(index=False)}
    assert found["city:nakuru"].organizations == [] and found["city:nakuru"].status == ""
    assert found["city:eldoret"].organizations == [] and found["city:eldoret"].status == "planned"


def test_a_sentence_of_thanks_is_no_programme_but_thanks_to_a_grant_still_is():
    text = (
        "We thank the Red Lantern Foundation and the UNDP Programme Office in Suva for their cooperation. "
        "Thanks to a grant from UNICEF, the Red Lantern Foundation opened a shelter in Lautoka."
    )
    programmes = programmes_of(text, {"Suva": ("city:suva", "city", "FJI"), "Lautoka": ("city:lautoka", "city", "FJI")}, country="FJI")
    assert list(programmes["places"]) == [["city:lautoka"]]
    assert programmes.iloc[0].funders == ["unicef"]


def test_this_work_funded_by_a_donor_is_the_work_just_told_not_the_donors_own_programme():
    text = (
        "The Steppe Legal Clinic trains prosecutors in Karaganda. This work is funded by the Government of Japan.\n\n"
        "A helpline was set up last year. This was made possible by funding from the Government of Norway."
    )
    programmes = programmes_of(text, {"Karaganda": ("KZ-KAR", "admin1", "KAZ")}, country="KAZ")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations == ["org:steppe-legal-clinic"] and programme.funders == ["jpn-government"]
    assert programme.places == ["KZ-KAR"]


def test_the_organisation_after_a_fronted_funder_is_the_runner_named_before_not_the_funder():
    text = (
        "The Ndovu Children's Trust trains teachers in Mombasa. "
        "With support from Oxfam, the organisation also runs a hotline in Kilifi."
    )
    programmes = programmes_of(text, {"Mombasa": "KE-28", "Kilifi": "KE-14"}, country="KEN")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations == ["org:ndovu-children-s-trust"] and programme.funders == ["oxfam"]
    assert programme.places == ["KE-28", "KE-14"]


def test_a_programme_funded_first_and_run_by_a_body_named_next_is_one_programme_of_that_body():
    text = (
        "The Freedom Fund and the Oak Foundation have funded a programme in Sindh. "
        "The programme is run by the Indus Labour Rights Forum and reaches kilns in Hyderabad."
    )
    names = {"Sindh": ("PK-SD", "admin1", "PAK"), "Hyderabad": ("city:hyderabad", "city", "PAK")}
    programmes = programmes_of(text, names, country="PAK")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations == ["org:indus-labour-rights-forum"]
    assert programme.funders == ["freedom-fund", "oak-foundation"]
    assert programme.places == ["PK-SD", "city:hyderabad"]


def test_the_ministry_points_back_at_the_ministry_named_before():
    text = (
        "The Ministry of Social Protection presented its annual report in Accra.\n\n"
        "In March, the Ministry launched a radio campaign on child labour in Volta region."
    )
    names = {"Accra": ("city:accra", "city", "GHA"), "Volta": ("GH-TV", "admin1", "GHA")}
    programmes = programmes_of(text, names, country="GHA")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme["name"].startswith("Ministry of Social Protection") and programme.places == ["GH-TV"]


def test_the_ministry_s_own_fund_is_no_anaphor_for_the_ministry():
    text = (
        "The Ministry of Labour met donors in Bishkek.\n\n"
        "A hotline in Osh is paid for with a grant from the Ministry's Safe Migration Fund."
    )
    names = {"Bishkek": ("city:bishkek", "city", "KGZ"), "Osh": ("KG-O", "admin1", "KGZ")}
    programme = programmes_of(text, names, country="KGZ").iloc[0]
    assert programme.organizations == ["org:safe-migration-fund"] and programme.places == ["KG-O"]


def test_encouraging_a_body_to_open_a_shelter_is_no_programme():
    text = "We encourage the Ministry of Labour to open a shelter for returned migrants in Osh."
    assert programmes_of(text, {"Osh": ("KG-O", "admin1", "KGZ")}, country="KGZ").empty


def test_a_programme_funded_by_one_body_and_delivered_by_another():
    text = "The Department for International Development funds a programme in Lao Cai, delivered by the Hmong Youth Network."
    programme = programmes_of(text, {"Lao Cai": "VN-02"}).iloc[0]
    assert programme.organizations == ["org:hmong-youth-network"] and programme.funders == ["dfid"]


def test_a_route_towards_a_country_is_no_place_of_the_work():
    text = "The Sahel Aid Association runs a reception point in Agadez, on the main route north towards Libya."
    names = {"Agadez": ("NE-1", "admin1", "NER"), "Libya": "LBY"}
    assert programmes_of(text, names, country="NER").iloc[0].places == ["NE-1"]


def test_a_national_body_with_no_place_of_its_own_works_in_the_country_its_name_opens_with():
    text = "Seafarers from the outer islands find work abroad. In Funafuti, the Tuvalu Maritime Academy delivers a pre-departure course."
    programme = programmes_of(text, {}, country="KIR").iloc[0]
    assert programme.places == ["TUV"] and programme.place_inferred


def test_a_runners_new_works_of_other_kinds_in_other_places_are_programmes_of_their_own():
    text = (
        "The Ministry of Social Protection opened a shelter for adult victims in Accra. "
        "In March, the Ministry launched a radio campaign in Volta region. The campaign reached 40 villages in Volta. "
        "The Ministry also opened a second shelter in Tamale."
    )
    names = {"Accra": ("city:accra", "city", "GHA"), "Volta": ("GH-TV", "admin1", "GHA"), "Tamale": ("city:tamale", "city", "GHA")}
    programmes = programmes_of(text, names, country="GHA")
    assert [(p.name.split()[-1], p.places) for p in programmes.itertuples()] == [
        ("shelter", ["city:accra", "city:tamale"]),
        ("campaign", ["GH-TV"]),
    ]


def test_survivors_access_to_shelters_is_not_the_last_named_bodys_shelter():
    text = (
        "The project was run by the Karnali Women's Forum with funding from the Swiss Agency for Development and "
        "Cooperation. It improved survivors' legal aid and their access to shelters in Surkhet."
    )
    (programme,) = programmes_of(text, {"Surkhet": ("city:surkhet", "city", "NPL")}, country="NPL").itertuples(index=False)
    assert programme.organizations == ["org:karnali-women-s-forum"] and programme.funders == ["sdc"]
    assert programme.places == ["city:surkhet"]


def test_an_evaluation_that_found_something_runs_nothing():
    text = (
        "The project was run by the Karnali Women's Forum with funding from the Swiss Agency for Development and "
        "Cooperation.\n\nThe evaluation found that the project's paralegal network in Surkhet was its most effective component."
    )
    (programme,) = programmes_of(text, {"Surkhet": ("city:surkhet", "city", "NPL")}, country="NPL").itertuples(index=False)
    assert programme.organizations == ["org:karnali-women-s-forum"] and programme.places == ["city:surkhet"]


def test_a_sentence_listing_partners_adds_them_to_the_work_just_told():
    text = (
        "UNICEF launched a programme on child labour in Malawi. The programme is funded by the Government of Norway. "
        "Partners include the Chisomo Children's Club and the Ministry of Gender of Malawi."
    )
    programme = programmes_of(text, {"Malawi": "MWI"}, country="MWI").iloc[0]
    assert programme.organizations[0] == "unicef" and programme.funders == ["nor-government"]
    assert "org:chisomo-children-s-club" in programme.partners and len(programme.partners) == 2


def test_a_programme_that_protects_workers_from_forced_labour_in_two_countries_works_in_both():
    text = "UN Women launched a programme to protect women migrant workers from trafficking and forced labour in Nepal and Bangladesh."
    programme = programmes_of(text, {"Nepal": "NPL", "Bangladesh": "BGD"}, country="NPL").iloc[0]
    assert programme.places == ["NPL", "BGD"]


def test_our_shelter_on_a_page_that_names_no_one_is_the_unnamed_authors_work():
    text = "Dear friends,\n\nOur shelter in Tapachula welcomed 38 girls this summer, most of them from Honduras.\n"
    names = {"Tapachula": ("city:tapachula", "city", "MEX"), "Honduras": "HND"}
    (programme,) = programmes_of(text, names, country="MEX").itertuples(index=False)
    assert programme.organizations == [] and programme.places == ["city:tapachula"]


def test_a_grant_to_a_body_makes_it_the_runner_and_the_giver_the_funder():
    text = (
        "The Finnish Ministry for Foreign Affairs today announced a grant of EUR 2 million to the Sahel Women's "
        "Network for a programme against child marriage in Niger."
    )
    programme = programmes_of(text, {"Niger": "NER"}, country="NER").iloc[0]
    assert programme.organizations == ["org:sahel-women-s-network"]
    assert programme.funders == ["org:finnish-ministry-for-foreign-affairs"]
    assert programme.places == ["NER"]


def test_a_programme_office_is_no_programmes_name():
    text = "The OSCE Programme Office in Bishkek held a training course for 30 judges in Osh."
    programme = programmes_of(text, {"Bishkek": ("city:bishkek", "city", "KGZ"), "Osh": ("KG-O", "admin1", "KGZ")}, country="KGZ").iloc[0]
    assert programme["name"] != "Programme Office" and programme.organizations[0] == "osce"


def test_a_ministry_that_runs_a_named_centre_runs_a_programme_and_a_second_centre_is_its_too():
    text = (
        "The Ministry of Family and Solidarity runs the Ginddi Centre in Dakar. "
        "A second centre was opened in Kolda in 2023 with funding from the European Union."
    )
    names = {"Dakar": ("SN-DK", "admin1", "SEN"), "Kolda": ("SN-KD", "admin1", "SEN")}
    (programme,) = programmes_of(text, names, country="SEN").itertuples(index=False)
    assert programme.organizations == ["org:ministry-of-family-and-solidarity"] and programme.funders == ["eu"]
    assert programme.places == ["SN-DK", "SN-KD"]


def test_a_page_that_opens_on_where_its_body_works_still_tells_its_works_apart():
    text = (
        "The Mekong Futures Foundation works in two countries.\n\n"
        "In Laos, the foundation runs a shelter in Savannakhet.\n\n"
        "In Cambodia, the foundation launched a radio campaign in Battambang."
    )
    names = {"Savannakhet": "LA-SV", "Battambang": "KH-2"}
    programmes = programmes_of(text, names, country="LAO")
    assert [p.places for p in programmes.itertuples()] == [["LA-SV"], ["KH-2"]]


def test_a_directory_line_run_by_a_state_body_is_its_programme():
    text = "Shelters\n- Haven for Girls, Tegucigalpa. Run by the Ministry of Social Development. Girls under 18.\n"
    names = {"Tegucigalpa": ("city:tegucigalpa", "city", "HND")}
    (programme,) = programmes_of(text, names, country="HND").itertuples(index=False)
    assert programme.places == ["city:tegucigalpa"] and programme.organizations[0].endswith("ministry-of-social-development")


def test_where_false_job_offers_lure_people_is_no_place_of_the_work():
    text = "The Amani Girls Trust visited 40 schools in Kiambu to warn pupils about false job offers in Qatar."
    programme = programmes_of(text, {"Kiambu": "KE-13", "Qatar": "QAT"}, country="KEN").iloc[0]
    assert programme.places == ["KE-13"]


def test_a_paragraph_that_opens_on_the_service_being_funded_funds_the_work_told_before_it():
    text = (
        "The Salvation Army operates safe houses in Auckland.\n\n"
        "The service is funded by the Ministry of Business, Innovation and Employment."
    )
    (programme,) = programmes_of(text, {"Auckland": ("NZ-AUK", "admin1", "NZL")}, country="NZL").itertuples(index=False)
    assert programme.organizations == ["salvation-army"] and len(programme.funders) == 1 and programme.places == ["NZ-AUK"]


def test_a_table_of_projects_makes_a_programme_of_each_row_with_its_runner_funder_and_place():
    text = (
        "Projects in 2024\n\n"
        "| Project | Implementer | Donor | Location |\n"
        "|---|---|---|---|\n"
        "| Safe Return | Different and Equal | European Union | Tirana |\n"
        "| Open Gate | Hope Street Foundation | UNICEF | Durres |\n"
    )
    names = {"Tirana": ("city:tirana", "city", "ALB"), "Durres": ("city:durres", "city", "ALB")}
    programmes = programmes_of(text, names, country="ALB")
    assert [(p.name, p.organizations, p.funders, p.places) for p in programmes.itertuples()] == [
        ("Safe Return", ["different-and-equal"], ["eu"], ["city:tirana"]),
        ("Open Gate", ["org:hope-street-foundation"], ["unicef"], ["city:durres"]),
    ]


def test_our_programmes_are_funded_by_gives_every_work_of_the_body_its_funders():
    text = (
        "The Mekong Futures Foundation runs a shelter in Savannakhet.\n\n"
        "In Cambodia, the foundation launched a radio campaign in Battambang.\n\n"
        "Our programmes are funded by Humanity United."
    )
    programmes = programmes_of(text, {"Savannakhet": "LA-SV", "Battambang": "KH-2"}, country="LAO")
    assert [(p.places, p.funders) for p in programmes.itertuples()] == [
        (["LA-SV"], ["humanity-united"]),
        (["KH-2"], ["humanity-united"]),
    ]


def test_with_the_ngo_x_makes_x_a_partner_of_the_work():
    text = "The Secretariat against Trafficking runs a shelter in Quetzaltenango with the NGO Camino Seguro."
    programme = programmes_of(text, {"Quetzaltenango": ("GT-QZ", "admin1", "GTM")}, country="GTM").iloc[0]
    assert programme.partners == ["org:camino-seguro"] and programme.places == ["GT-QZ"]


def test_new_work_opened_by_no_one_named_is_a_programme_with_no_runner_until_one_is_named():
    names = {"Kolda": ("SN-KD", "admin1", "SEN")}
    (alone,) = programmes_of("A shelter for trafficked women was opened in Kolda in 2023.", names, country="SEN").itertuples(index=False)
    assert alone.organizations == [] and alone.places == ["SN-KD"] and alone.name == "shelter"
    text = "A shelter for trafficked women was opened in Kolda in 2023. The shelter is run by the Casamance Women's Network."
    (named,) = programmes_of(text, names, country="SEN").itertuples(index=False)
    assert named.organizations == ["org:casamance-women-s-network"] and named.places == ["SN-KD"]
    assert programmes_of("Victims were referred to a shelter in Kolda.", names, country="SEN").empty


def test_a_programme_noun_after_a_list_points_back_at_the_work_told_outside_it():
    # "The programme" after the grantees' list is the fund's programme, not the last grantee's.
    text = (
        "The Amani Foundation's regional programme supports local organizations in Kenya and Uganda.\n\n"
        "- Hope Kenya runs a shelter in Nairobi and a case-management programme for returnees.\n"
        "- Tumaini Trust works with children in Mombasa.\n\n"
        "The programme also funds the Ministry of Labour to pilot a referral pathway in Busia.\n"
    )
    names = {"Kenya": "KEN", "Uganda": "UGA", "Nairobi": "KE-30", "Mombasa": "KE-28", "Busia": "KE-04"}
    programmes = programmes_of(text, names, country="KEN")
    busia = [p for p in programmes.itertuples() if "KE-04" in p.places]
    assert len(busia) == 1 and busia[0].organizations[0] == "org:amani-foundation"
    assert "KE-04" not in [place for p in programmes.itertuples() if "org:hope-kenya" in p.organizations for place in p.places]


def test_a_labour_mobility_scheme_is_work_its_department_runs():
    text = "The Department of Employment and Workplace Relations runs the Pacific Labour Mobility (PLM) scheme for workers from Fiji."
    programmes = programmes_of(text, {"Fiji": "FJI"}, country="AUS")
    assert [p for p in programmes["organizations"]] == [["org:department-of-employment-and-workplace-relations"]]


def test_the_bureau_points_back_at_the_bureau_named_before():
    text = (
        "Two NGOs agreed with the Nepal Police's Anti-Human Trafficking Bureau to share data on missing girls. "
        "The bureau will launch a 24-hour hotline in 2024, with funding from UN Women."
    )
    programmes = programmes_of(text, {}, country="NPL")
    assert programmes.iloc[0].organizations == ["org:anti-human-trafficking-bureau"]
    assert programmes.iloc[0].funders == ["unwomen"] and programmes.iloc[0].status == "planned"


def test_the_owner_of_a_funded_project_runs_it_and_the_hyphen_names_who_pays():
    text = "The Hope Foundation's USAID-funded shelter in Cebu opened in May."
    programme = programmes_of(text, {"Cebu": ("PH-CEB", "admin1", "PHL")}, country="PHL").iloc[0]
    assert programme.organizations == ["org:hope-foundation"] and programme.funders == ["usaid"]


def test_a_country_that_pays_is_a_funder_and_no_place_of_the_work():
    text = "A Canada-funded initiative of UNODC will train prosecutors in San Salvador."
    names = {"Canada": "CAN", "San Salvador": ("SV-SS", "admin1", "SLV")}
    programme = programmes_of(text, names, country="SLV").iloc[0]
    assert programme.funders == ["can-government"] and programme.places == ["SV-SS"]


def test_the_task_force_points_back_at_the_task_force_named_before():
    text = (
        "The girls were handed over to the Edo State Task Force Against Human Trafficking (ETAHT), which runs a "
        "shelter in Benin City. The task force works with the Committee for the Support of the Dignity of Women "
        "(COSUDOW), a Catholic NGO, to train returnees."
    )
    programmes = programmes_of(text, {"Benin City": ("city:2347283", "city", "NGA")}, country="NGA")
    assert all(p[0] == "org:edo-state-task-force-against-human-trafficking" for p in programmes["organizations"])


def test_its_work_is_funded_by_gives_the_last_named_bodys_work_its_funders():
    text = (
        "Boys rest at a shelter in Kasoa run by Challenging Heights, a Ghanaian NGO.\n\n"
        "Challenging Heights' shelter has taken in 2,000 children. Its work is funded by Free the Slaves."
    )
    programmes = programmes_of(text, {"Kasoa": ("city:2299349", "city", "GHA")}, country="GHA")
    assert len(programmes) == 1
    assert programmes.iloc[0].organizations == ["challenging-heights"] and programmes.iloc[0].funders == ["free-the-slaves"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan International will reach adolescent girls in San Pedro Sula with life-skills training.",
        "The second project, led by Plan International with the Tumaini Association, will reach girls in San Pedro Sula with training.",
    ],
)
def test_will_right_after_the_subject_or_its_apposition_makes_the_work_planned(text):
    programme = programmes_of(text, {"San Pedro Sula": ("city:3601782", "city", "HND")}, country="HND").iloc[0]
    assert programme.status == "planned"


def test_the_future_of_work_told_before_is_no_plan():
    text = (
        "Plan International opened a shelter in San Pedro Sula in March. "
        "The shelter, funded by the EU, will house up to 60 girls."
    )
    programme = programmes_of(text, {"San Pedro Sula": ("city:3601782", "city", "HND")}, country="HND").iloc[0]
    assert programme.status != "planned"


def test_where_people_were_offered_jobs_is_no_place_of_the_work():
    text = "The Tumaini Centre, which runs a hotline, said most callers were women from Shymkent offered jobs as waitresses in Dubai."
    names = {"Shymkent": ("KZ-SHY", "admin1", "KAZ"), "Dubai": ("city:292223", "city", "ARE")}
    programme = programmes_of(text, names, country="KAZ").iloc[0]
    assert "city:292223" not in programme.places


def test_a_state_word_before_another_noun_is_no_state_of_the_work():
    text = "The Tumaini Centre, which runs a hotline in Almaty, said most new callers were young women."
    programme = programmes_of(text, {"Almaty": ("city:1526384", "city", "KAZ")}, country="KAZ").iloc[0]
    assert programme.status == ""
    text = "The Tumaini Centre opened a new hotline in Almaty."
    programme = programmes_of(text, {"Almaty": ("city:1526384", "city", "KAZ")}, country="KAZ").iloc[0]
    assert programme.status == "new"


def test_a_sheets_partner_lines_name_partners_and_its_donor_value_ends_before_the_amount():
    text = (
        "Project factsheet\n\n"
        "Implementing organization: Amani Network\n"
        "Local partners: Baraka Centre for Girls (BCG), Kisumu; Tumaini Trust\n"
        "Funding: Danish Agency for Development Cooperation (DADC), EUR 900,000\n"
        "Locations: Kisumu and Nandi\n"
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nandi": ("KE-32", "admin1", "KEN")}
    org_mentions, organizations = find_organizations("doc.txt", text, country="KEN")
    assert "Danish Agency for Development Cooperation (DADC)" in set(organizations["name"])
    programme = find_programmes("doc.txt", text, mentions(text, names), org_mentions, organizations, "KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "org:baraka-centre-for-girls", "org:tumaini-trust"]
    assert programme.partners == ["org:baraka-centre-for-girls", "org:tumaini-trust"]
    assert programme.funders == ["org:danish-agency-for-development-cooperation"]


def test_a_sheets_executing_agency_runs_the_project_and_its_financing_line_pays():
    text = (
        "PROJECT FACT SHEET\n\nExecuting agency: Tumaini Trust\n"
        "Financing: Mercy Foundation, USD 400,000\nTarget areas: Kisumu and Nandi counties\n"
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nandi": ("KE-32", "admin1", "KEN")}
    programme = programmes_of(text, names, country="KEN").iloc[0]
    assert programme.organizations == ["org:tumaini-trust"] and programme.funders == ["org:mercy-foundation"]
    assert programme.places == ["KE-17", "KE-32"]


def test_a_sheets_commissioning_ministry_pays_and_its_lead_executing_agency_takes_part():
    text = (
        "Safe Work in Tea Estates\n\nCommissioned by: Danish Ministry of Foreign Affairs\n"
        "Lead executing agency: Ministry of Labour\nImplementing organization: Amani Network\nLocations: Kericho\n"
    )
    programme = programmes_of(text, {"Kericho": ("KE-12", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations[0] == "org:amani-network" and programme.funders == ["dnk-mofa"]
    assert len(programme.partners) == 1 and programme.places == ["KE-12"]


def test_a_plain_partners_line_names_partners_when_another_line_names_the_runner():
    text = "Implementing partner: Amani Network\nPartners: Tumaini Trust\nDonor: Mercy Foundation\nLocations: Nandi\n"
    programme = programmes_of(text, {"Nandi": ("KE-32", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "org:tumaini-trust"] and programme.partners == ["org:tumaini-trust"]


def test_a_sheet_naming_runners_and_funders_but_no_place_is_a_programme_of_the_documents_country():
    text = (
        "JOINT PROGRAMME\n\nParticipating UN Organizations: IOM, UNICEF\n"
        "National partners: Kenya's Department of Children's Services\nFunded by: the European Union\n\n"
        "1. Results\nMigrants were assisted.\n"
    )
    programme = programmes_of(text, {}, country="KEN").iloc[0]
    assert programme.organizations[:2] == ["iom", "unicef"] and programme.funders == ["eu"]
    assert programme.places == ["KEN"] and programme.place_inferred


def test_a_donor_line_alone_makes_no_runner():
    text = (
        "Duration: 2022-2024\nDonor: Swiss Agency for Development and Cooperation (SDC)\nPartners: Ministry of Labour; "
        "Centre for Assistance to Victims of Trafficking (CAVT); UNHCR Kenya\n\nMigrants were assisted.\n"
    )
    programmes = programmes_of(text, {}, country="KEN")
    assert not any(p and p[0] == "sdc" for p in programmes["organizations"])


def test_a_grant_list_with_dashes_under_headings_is_paid_by_the_page_that_says_our():
    text = (
        "The Oak Foundation\n2024 Grants\n\n"
        "The following grants were approved under our programmes in Kenya and Uganda.\n\n"
        "Kenya (coast)\n"
        "- Tumaini Kenya, Mombasa - $80,000 over two years for survivor support\n"
        "- Amani Network - $40,000, awareness work in schools in Kilifi\n"
    )
    names = {"Mombasa": ("KE-28", "admin1", "KEN"), "Kilifi": ("KE-14", "admin1", "KEN"), "Kenya": "KEN", "Uganda": "UGA"}
    found = by_lead(programmes_of(text, names, country="KEN"))
    assert found["org:tumaini-kenya"].places == ["KE-28"] and found["org:tumaini-kenya"].funders == ["oak-foundation"]
    assert found["org:amani-network"].places == ["KE-14"] and found["org:amani-network"].funders == ["oak-foundation"]


@pytest.mark.parametrize("verb", ["plans to open", "funds a new"])
def test_the_foundation_before_a_verb_that_is_also_a_noun_points_back_at_the_foundation(verb):
    text = f"Hope Foundation was founded in 1990 by teachers. The foundation {verb} shelter in Kisumu."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:hope-foundation"] and programme.places == ["city:kisumu"]


def test_work_planned_elsewhere_is_a_programme_apart_from_the_work_done():
    text = (
        "Hope Foundation runs a drop-in centre in Kisumu. "
        "Next year Hope Foundation will open a second house in Nakuru, together with the Tumaini Trust."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    assert [(p.places, p.status) for p in programmes.itertuples()] == [(["city:kisumu"], ""), (["city:nakuru"], "planned")]
    assert programmes.iloc[1].partners == ["org:tumaini-trust"]


def test_a_project_tables_partner_and_budget_columns_give_partners_and_no_grant():
    text = (
        "Table 3. Projects reviewed\n\n"
        "Project | Implementer | Partner | Location | Budget (NOK)\n"
        "Safe homes for girls in the coastal towns | Amani Network | Tumaini Trust | Kisumu | 4,000,000\n"
    )
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "org:tumaini-trust"] and programme.partners == ["org:tumaini-trust"]
    assert programme.places == ["city:kisumu"] and programme["name"] == "Safe homes for girls in the coastal towns"


def test_a_classifier_before_a_conjunct_keeps_it_in_the_group():
    text = "IOM and the NGO Centro de Apoyo Social y Agrario (CEASA) ran community prevention sessions in San Pedro de Macoris."
    programme = programmes_of(text, {"San Pedro de Macoris": ("DO-23", "admin1", "DOM")}, country="DOM").iloc[0]
    assert programme.organizations == ["iom", "org:centro-de-apoyo-social-y-agrario"]


def test_a_consortium_member_is_a_partner():
    text = "Terre des hommes Albania, in consortium with the Vatra Psycho-Social Centre, runs a shelter in Vlora."
    programme = programmes_of(text, {"Vlora": ("AL-12", "admin1", "ALB")}, country="ALB").iloc[0]
    assert programme.organizations == ["terre-des-hommes-albania", "org:vatra-psycho-social-centre"]
    assert programme.partners == ["org:vatra-psycho-social-centre"]


def test_her_organisation_is_the_body_of_the_person_the_clause_names():
    text = (
        "Mary Okafor, executive director of the Tumaini Trust, said her organisation had been running "
        "awareness workshops for hotel workers in Kilifi with support from the Mercy Foundation."
    )
    programme = programmes_of(text, {"Kilifi": ("KE-14", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:tumaini-trust"] and programme.funders == ["org:mercy-foundation"]


@pytest.mark.parametrize(
    "text, runners, funders",
    [
        ("The court commended the Tumaini Trust and the Amani Network, which provided psychosocial support in Kilifi.",
         ["org:amani-network"], []),
        ("Our allies: UNICEF, the Ministry of Health, and the Oak Foundation, which funds our work in Kilifi.",
         [], ["oak-foundation"]),
    ],
)
def test_a_relative_clause_after_a_list_is_its_last_conjuncts(text, runners, funders):
    programme = programmes_of(text, {"Kilifi": ("KE-14", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == runners and programme.funders == funders


def test_a_sheets_co_implementers_are_partners():
    text = "Implementing agency: Amani Network\nCo-implementers: Tumaini Trust; Baraka Centre for Girls\nLocations: Nandi\n"
    programme = programmes_of(text, {"Nandi": ("KE-32", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.partners == ["org:tumaini-trust", "org:baraka-centre-for-girls"]


def test_a_grant_table_under_a_title_naming_a_body_is_paid_by_that_body():
    text = (
        "The Oak Foundation\nGrants awarded in 2022\n\n"
        "Grantee partner | Country | Focus | Grant (USD)\n"
        "Tumaini Kenya | Kenya | Street-connected children, Kilifi | 25,000\n"
    )
    programme = programmes_of(text, {"Kilifi": ("KE-14", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:tumaini-kenya"] and programme.funders == ["oak-foundation"]


def test_a_grant_line_may_open_with_the():
    text = (
        "The Oak Foundation awarded the following grants:\n"
        "- The Kenyan Foundation Against Child Labour (KEFACL), Kilifi: EUR 380,000 for outreach in Kilifi.\n"
    )
    programme = programmes_of(text, {"Kilifi": ("KE-14", "admin1", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:kenyan-foundation-against-child-labour"] and programme.funders == ["oak-foundation"]


def test_a_programme_noun_after_and_is_no_work_of_the_body_before_it():
    text = (
        "In 2022 the Ministry of Human Services assisted 71 victims.\n\n"
        "The Ministry operates a shelter in Georgetown with the Women Miners Organisation and Help and Shelter."
    )
    programme = programmes_of(text, {"Georgetown": ("city:gt", "city", "GUY")}, country="GUY").iloc[0]
    assert programme.organizations[0] == "org:ministry-of-human-services"


def test_a_second_shelter_planned_elsewhere_leaves_the_first_one_done():
    text = "The Amani Network operates a shelter in Kisumu. A second shelter, in Nakuru, will be opened in 2025 with funding from the Oak Foundation."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    assert [(p.places, p.status) for p in programmes.itertuples()] == [(["city:kisumu"], ""), (["city:nakuru"], "planned")]


def test_a_project_tables_provinces_and_status_columns():
    text = (
        "Project | Implementing partner | Donor | Provinces | Status\n"
        "Safe Roads | Amani Network | Oak Foundation | Kisumu, Nandi | completed\n"
        "Safe Homes | Tumaini Trust | Oak Foundation | Kilifi | planned\n"
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nandi": ("KE-32", "admin1", "KEN"), "Kilifi": ("KE-14", "admin1", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    assert [(p.organizations, p.places, p.status) for p in programmes.itertuples()] == [
        (["org:amani-network"], ["KE-17", "KE-32"], "completed"),
        (["org:tumaini-trust"], ["KE-14"], "planned"),
    ]


def test_work_done_on_behalf_of_a_donor_is_paid_by_it():
    text = "The Safe Roads programme is implemented by the Amani Network on behalf of the Oak Foundation in Kisumu."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network"] and programme.funders == ["oak-foundation"]


def test_bodies_that_refer_victims_to_a_shelter_named_before_are_its_partners():
    text = (
        "The Amani Network has opened a shelter for women survivors of trafficking in Kisumu. "
        "The Kenya Police Service and the Tumaini Trust refer victims to the shelter."
    )
    programmes = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN")
    assert len(programmes) == 1
    assert programmes.iloc[0].organizations[0] == "org:amani-network"
    assert set(programmes.iloc[0].partners) == {"org:kenya-police-service", "org:tumaini-trust"}


def test_a_programme_noun_inside_a_bodys_name_is_no_programme():
    text = "Partnerships\n- We are members of the Ethical Trading Initiative (ETI) and Stronger Together.\n"
    assert len(programmes_of(text, {}, country="GBR")) == 0


def test_bodies_with_the_runner_a_role_names_are_partners():
    text = (
        "The project, implemented by the Amani Network with the Tumaini Trust and the Ugandan foundation Baraka Centre, "
        "provides hotlines in Kisumu."
    )
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations[0] == "org:amani-network"
    assert programme.partners == ["org:tumaini-trust", "org:baraka-centre"]


def test_partners_fronted_with_with_are_partners_of_we():
    text = "About us: the Amani Network is a Kenyan NGO.\n\n- With the Tumaini Trust, we repatriated 118 girls to Kisumu and opened a shelter there.\n"
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "org:tumaini-trust"] and programme.partners == ["org:tumaini-trust"]


def test_centres_in_lower_case_are_work_and_where_migrants_seek_work_is_no_place_of_it():
    text = (
        "Change Kenya runs two centres in Kisumu. The centre gives women seeking domestic work in Kuwait advice on safe migration."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Kuwait": "KWT"}
    programme = programmes_of(text, names, country="KEN").iloc[0]
    assert programme.organizations == ["org:change-kenya"] and programme.places == ["city:kisumu"]


def test_a_grant_line_naming_no_place_works_where_its_heading_says():
    text = (
        "The Oak Foundation awarded the following grants in 2023:\n\n"
        "Kenya coast (Kilifi and Kwale)\n"
        "- Tumaini Trust - $60,000 (legal aid to survivors)\n"
    )
    names = {"Kilifi": ("KE-14", "admin1", "KEN"), "Kwale": ("KE-19", "admin1", "KEN")}
    programme = programmes_of(text, names, country="KEN").iloc[0]
    assert programme.organizations == ["org:tumaini-trust"] and programme.places == ["KE-14", "KE-19"]
    assert programme.funders == ["oak-foundation"]


def test_it_done_by_a_body_names_the_runner_of_the_work_just_told_without_one():
    text = (
        "A regional training on victim identification took place in Almaty in May, bringing together 45 judges. "
        "It was organized by the Anti-Slavery Office jointly with the International Organization for Migration."
    )
    programme = programmes_of(text, {"Almaty": ("city:1526384", "city", "KAZ")}, country="TJK").iloc[0]
    assert programme.organizations == ["org:anti-slavery-office", "iom"] and programme.partners == ["iom"]
    assert programme.places == ["city:1526384"] and programme["name"].endswith("training")


def test_who_may_use_a_service_does_not_make_it_planned():
    text = "The Ministry of Labour opened a hotline for migrant workers in Cebu in May. Victims and their families may contact the Ministry's hotline at any hour."
    programme = programmes_of(text, {"Cebu": ("PH-CEB", "admin1", "PHL")}, country="PHL").iloc[0]
    assert programme.status == ""
    text = "The Ministry of Labour may open a hotline for migrant workers in Cebu."
    assert programmes_of(text, {"Cebu": ("PH-CEB", "admin1", "PHL")}, country="PHL").iloc[0].status == "planned"


def test_a_funder_pays_through_the_body_that_runs_the_work():
    text = "The Department of Labor also funds, through UNICEF, a child labour project in Malawi and Uganda."
    programme = programmes_of(text, {"Malawi": "MWI", "Uganda": "UGA"}, country="USA").iloc[0]
    assert programme.organizations == ["unicef"] and programme.funders == ["us-dol"]


def test_a_state_word_inside_a_place_name_says_nothing_of_the_work():
    text = "With the Embassy in New Delhi, the Legal Aid Society brought home 37 girls and runs a shelter in Pune."
    programme = programmes_of(text, {"New Delhi": ("city:1", "city", "IND"), "Pune": ("city:2", "city", "IND")}, country="IND").iloc[0]
    assert programme.status == ""


def test_partners_fronted_with_with_may_say_where_they_sit():
    text = "With the Human Rights Commission and the Embassy of Nepal in New Delhi, the Legal Aid Society runs a shelter in Pune."
    programme = programmes_of(text, {"New Delhi": ("city:1", "city", "IND"), "Pune": ("city:2", "city", "IND")}, country="NPL").iloc[0]
    assert programme.partners == ["org:human-rights-commission", "npl-embassy"]


def test_a_funders_whole_name_leaves_no_place_of_the_work():
    text = "The Legal Aid Society runs a shelter in Khujand. It is funded by the Government of Germany and the United States Department of State."
    programme = programmes_of(text, {"Khujand": ("city:1", "city", "TJK"), "United States": "USA"}, country="TJK").iloc[0]
    assert programme.funders == ["deu-government", "us-state-department"] and programme.places == ["city:1"]


def test_convened_by_names_the_runner_and_run_with_its_partners():
    text = (
        "Officials met in Nadi for a regional consultation on trafficking, convened by the Pacific Islands Forum Secretariat "
        "with IOM, and supported by the Government of New Zealand. "
        "Most cases came from the Red Cross programme in Suva, run with the Counter-Trafficking Secretariat."
    )
    found = by_lead(programmes_of(text, {"Nadi": ("city:1", "city", "FJI"), "Suva": ("city:2", "city", "FJI")}, country="FJI"))
    assert found["pifs"].partners == ["iom"] and found["pifs"].funders == ["nzl-government"]
    assert found["fji-red-cross"].partners == ["org:counter-trafficking-secretariat"]


def test_a_government_paying_through_its_own_agency_pays_with_it():
    text = "The Government of Canada is also funding, through Global Affairs Canada, the Safe Harbour program in Cambodia and Laos."
    programme = programmes_of(text, {"Cambodia": "KHM", "Laos": "LAO"}, country="CAN").iloc[0]
    assert programme.funders == ["can-government", "cida"]


def test_a_country_named_as_the_nationality_of_people_helped_is_no_place_of_the_work():
    text = "The Seafarers' Centre in Songkhla, run by the Catholic Church, provides legal aid to Myanmar and Cambodian fishers."
    programme = programmes_of(text, {"Songkhla": ("TH-90", "admin1", "THA"), "Myanmar": "MMR"}, country="THA").iloc[0]
    assert programme.places == ["TH-90"]


def test_a_table_of_remediation_partners_by_country():
    text = (
        "Findings\n| Country | Sites audited | Indicators found | Remediation partner |\n"
        "| Bangladesh | 52 | 6 | Awaj Foundation |\n| Turkey | 40 | 4 | Support to Life |\n"
    )
    found = by_lead(programmes_of(text, {"Bangladesh": "BGD", "Turkey": "TUR"}, country="GBR"))
    assert found["org:awaj-foundation"].places == ["BGD"] and found["support-to-life"].places == ["TUR"]


def test_our_partner_named_with_a_modifier_is_the_subject_not_the_object():
    text = (
        "| Country | Sites | Remediation partner |\n| Vietnam | 25 | Hanoi Labour Centre |\n\n"
        "Our remediation partner Worker Voice Foundation, working with the Textile Labour Union, reimbursed fees "
        "to 212 workers and set up worker committees in Tiruppur."
    )
    found = by_lead(programmes_of(text, {"Tiruppur": ("city:2", "city", "IND"), "Vietnam": "VNM"}, country="GBR"))
    assert found["org:worker-voice-foundation"].partners == ["org:textile-labour-union"]


def test_a_role_said_again_after_and_past_an_aside_goes_on():
    text = "The Legal Aid Society runs a shelter in Khujand, funded by UNICEF and, since 2022, by the Government of Germany."
    programme = programmes_of(text, {"Khujand": ("city:1", "city", "TJK")}, country="TJK").iloc[0]
    assert programme.funders == ["unicef", "deu-government"]


def test_a_consulate_general_named_by_its_city_is_the_countrys_and_runs_work():
    text = "The Consulate General in Jeddah runs a 24-hour helpline for domestic workers in Saudi Arabia."
    programme = programmes_of(text, {"Jeddah": ("city:1", "city", "SAU"), "Saudi Arabia": "SAU"}, country="LKA").iloc[0]
    assert programme.organizations == ["lka-consulate"]


def test_a_country_in_brackets_after_a_grantee_is_where_it_is_from_when_the_line_says_where_it_works():
    text = (
        "The Trust made these grants in 2023:\n\n* Free the Slaves (USA) - GBP 250,000 for its programme in Ghana.\n"
        "* Kav LaOved (Israel) - GBP 120,000 for legal aid to caregivers.\n"
    )
    found = by_lead(programmes_of(text, {"USA": "USA", "Ghana": "GHA", "Israel": "ISR"}, country="GBR"))
    assert found["free-the-slaves"].places == ["GHA"] and found["org:kav-laoved"].places == ["ISR"]


def test_a_grantee_with_its_country_and_region_in_brackets():
    text = "The Trust made these grants in 2023:\n\n* Sakhi Sahayog (India, Odisha) - GBP 75,000 to run watch groups in Ganjam district.\n"
    names = {"India": "IND", "Odisha": ("IN-OR", "admin1", "IND"), "Ganjam": ("city:1", "city", "IND")}
    programme = programmes_of(text, names, country="GBR").iloc[0]
    assert programme.organizations == ["org:sakhi-sahayog"] and "city:1" in programme.places


def test_the_county_is_the_county_government_named_before():
    text = (
        "The County Government of Kilifi marks the day.\n\n"
        "The County has opened a recovery centre in Malindi, operated jointly with the NGO Watamu Hope and funded by UNICEF."
    )
    programme = programmes_of(text, {"Malindi": ("city:1", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations[0] == "org:county-government-of-kilifi" and programme.funders == ["unicef"]


def test_a_body_the_work_is_run_with_is_a_partner():
    text = "Casa Alianza runs a hotline with the Secretariat against Sexual Violence (SVET) in Guatemala."
    programme = programmes_of(text, {"Guatemala": "GTM"}, country="GTM").iloc[0]
    assert programme.organizations[0] == "casa-alianza" and programme.partners == ["org:secretariat-against-sexual-violence"]


def test_bodies_listed_with_their_towns_in_brackets_run_the_work_together():
    text = "The project supports shelters run by the NGOs Atina (Belgrade) and Different and Equal (Tirana)."
    names = {"Belgrade": ("city:1", "city", "SRB"), "Tirana": ("city:2", "city", "ALB")}
    programme = programmes_of(text, names, country="SRB").iloc[0]
    assert programme.organizations == ["org:atina", "different-and-equal"] and programme.places == ["city:1", "city:2"]


def test_work_done_with_more_of_it_planned_is_no_plan():
    text = "IOM runs a protection desk in Erbil. IOM and the Red Crescent plan to open two drop-in centres in Erbil in 2025."
    programme = programmes_of(text, {"Erbil": ("city:1", "city", "IRQ")}, country="IRQ").iloc[0]
    assert programme.status == ""
    text = "IOM plans to open a protection desk in Erbil. IOM will also train judges in Erbil."
    assert programmes_of(text, {"Erbil": ("city:1", "city", "IRQ")}, country="IRQ").iloc[0].status == "planned"


def test_the_government_body_in_apposition_is_no_government():
    text = (
        "The Organization for Technical Intern Training (OTIT), the government body that oversees the programme, "
        "said it received 1,910 complaints. Most came through its multilingual hotline in Tokyo."
    )
    programme = programmes_of(text, {"Tokyo": ("city:1", "city", "JPN")}, country="JPN").iloc[0]
    assert programme.organizations == ["org:organization-for-technical-intern-training"]


def test_where_the_people_helped_come_from_is_no_place_of_the_work_past_a_compass_word():
    text = "The Fair Work Union runs advice centres in Berlin for workers from Central and Eastern Europe."
    names = {"Berlin": ("city:1", "city", "DEU"), "Eastern Europe": ("region:eastern-europe", "region", "")}
    programme = programmes_of(text, names, country="DEU").iloc[0]
    assert programme.places == ["city:1"]


def test_a_grantees_sheet_names_its_implementing_partners_and_the_page_that_gives():
    text = (
        "Bureau of International Labor Affairs (ILAB)\n\nProject: Safe Catch\n\nGrantee: Solidarity Center\n"
        "Implementing partners: Friends of the Nation; Fishers Union of Ghana\nCountries: Ghana\nFunding: USD 5,000,000\n"
    )
    programme = programmes_of(text, {"Ghana": "GHA"}, country="GHA").iloc[0]
    assert programme.organizations[0] == "solidarity-center" and programme.funders == ["us-dol"]
    assert programme.partners == ["org:friends-of-the-nation", "org:fishers-union-of-ghana"]


def test_partners_in_an_aside_between_the_verb_and_its_object():
    text = (
        "The Department of Migrant Workers is also conducting, with UNICEF and the Blas F. Ople Policy Center, "
        "pre-employment seminars in Iloilo for applicants."
    )
    programme = programmes_of(text, {"Iloilo": ("PH-ILI", "admin1", "PHL")}, country="PHL").iloc[0]
    assert programme.organizations[0] == "phl-dmw" and programme.partners == ["unicef", "ople-center"]


def test_the_organization_is_not_the_network_it_is_part_of():
    text = (
        "Casa Alianza Guatemala, part of the Covenant House network, said it had found 34 children. "
        "The organization runs a hotline with the Secretariat against Sexual Violence (SVET)."
    )
    programme = programmes_of(text, {}, country="GTM").iloc[0]
    assert programme.organizations[0] == "casa-alianza"


def test_a_centre_for_the_victims_is_work_for_all_of_them_not_help_in_one_case():
    text = "Prerana also ran the victims' night care centre in Kamathipura until 2018."
    programme = programmes_of(text, {"Kamathipura": ("city:2", "city", "IND")}, country="IND").iloc[0]
    assert programme.organizations == ["org:prerana"] and programme.places == ["city:2"]


def test_a_courts_order_to_pay_is_no_funding_of_the_work_told_before():
    text = (
        "Prerana also ran the victims' night care centre in Kamathipura until 2018. "
        "We direct the State Legal Services Authority to pay interim compensation to each victim."
    )
    programme = programmes_of(text, {"Kamathipura": ("city:2", "city", "IND")}, country="IND").iloc[0]
    assert programme.funders == []


def test_a_body_named_after_in_inside_a_programmes_name_does_not_own_it():
    text = "The ILO Safe Migration in ASEAN programme trains recruiters in Bangkok."
    programme = programmes_of(text, {"Bangkok": ("city:1", "city", "THA")}, country="THA").iloc[0]
    assert programme.organizations == ["ilo"]


def test_a_relative_clause_after_a_national_branchs_name_is_its_work():
    text = "The NGO Hagar Cambodia, which runs a shelter in Phnom Penh, welcomed the agreement."
    programme = programmes_of(text, {"Phnom Penh": ("KH-12", "admin1", "KHM")}, country="KHM").iloc[0]
    assert programme.organizations == ["hagar"] and programme.places == ["KH-12"]


def test_a_list_of_records_with_the_same_labels_is_one_programme_a_record():
    text = (
        "Hope Fund - grants database export\n\nRecord 1\nGrantee: Amani Network\nCountry: Kenya\n"
        "Project title: Safe return to Mombasa\nStatus: Closed\n\nRecord 2\nGrantee: Tumaini Trust\n"
        "Country: Uganda\nCo-funder: Mercy Foundation\nProject title: A hotline in Gulu\n"
    )
    names = {"Kenya": "KEN", "Mombasa": ("KE-28", "admin1", "KEN"), "Uganda": "UGA", "Gulu": ("city:2", "city", "UGA")}
    programmes = by_lead(programmes_of(text, names, country="KEN"))
    assert set(programmes) == {"org:amani-network", "org:tumaini-trust"}  # (the list's title is no work of the fund)
    assert programmes["org:amani-network"].organizations == ["org:amani-network"]
    assert "UGA" not in programmes["org:amani-network"].places and "KEN" not in programmes["org:tumaini-trust"].places
    assert programmes["org:tumaini-trust"].funders == ["org:hope-fund", "org:mercy-foundation"]
    assert programmes["org:amani-network"].status == "completed"


def test_a_consortium_sheet_with_its_members_under_their_labels_and_the_fund_it_is_paid_from():
    text = (
        "PROJECT FACTSHEET\nSAFE ROAD\n\nProgramme: Danube Regional Fund (DRF)\nGrant Agreement No. 12345\n\nCoordinator:\n"
        "  Fundación Amanecer (Spain)\nPartners:\n  Associazione Stella Polare (Italy)\nAssociated partners:\n"
        "  Policía Local de Murcia (Spain)\nLocations: Murcia, Foggia\n"
    )
    names = {"Murcia": ("ES-MU", "admin1", "ESP"), "Foggia": ("city:2", "city", "ITA"), "Spain": "ESP", "Italy": "ITA"}
    programmes = programmes_of(text, names, country="ESP")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations[0] == "org:fundacion-amanecer" and "org:associazione-stella-polare" in programme.partners
    assert programme.funders == ["org:danube-regional-fund"] and programme.places == ["ES-MU", "city:2"]


def test_a_partner_in_apposition_after_the_subject_and_a_heading_over_it():
    text = (
        "About the project\nAmani Kenya, in partnership with the Ministry of Labour and with funding from the "
        "Mercy Foundation, implements the project \"Safe Homes\", which runs a shelter in Mombasa."
    )
    programme = programmes_of(text, {"Mombasa": ("city:2", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations[0] == "org:amani-kenya" and programme.partners == ["ken-mol"]
    assert programme.funders == ["org:mercy-foundation"]


def test_a_known_runner_under_a_heading_keeps_its_partner_a_partner():
    text = "About the project\nWorld Vision, together with the Ministry of Labour, runs a shelter in Mombasa."
    programme = programmes_of(text, {"Mombasa": ("city:2", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["world-vision", "ken-mol"] and programme.partners == ["ken-mol"]


def test_an_implementation_matrix_whose_cells_carry_their_labels_is_one_programme_a_row():
    text = (
        "Pillar 2: Protection\n"
        "Activity 2.1 | Open a shelter in Kisumu | Lead: Ministry of Labour | Support: Amani Network | Status: Ongoing\n"
        "Activity 2.2 | Train labour inspectors in Nakuru | Lead: Ministry of Labour | Status: Not started\n"
        "Activity 2.3 | Train magistrates | Lead: Judiciary | Support: UNODC | Status: Completed\n"
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    rows = {p.places[0]: p for p in programmes.itertuples(index=False)}
    assert len(programmes) == 3 and set(rows) == {"KE-17", "KE-31", "KEN"}
    assert rows["KE-17"].organizations == ["ken-mol", "org:amani-network"] and rows["KE-17"].partners == ["org:amani-network"]
    assert rows["KE-17"].status == "ongoing" and rows["KE-31"].status == "planned"
    assert rows["KEN"].organizations == ["unodc"] and rows["KEN"].status == "completed"


def test_a_transcripts_speaker_label_names_the_body_its_we_is():
    text = (
        "The Chair (Mr. John Doe (Leeds North, Lab.)): We continue our study.\n\n"
        "Ms. Jane Roe (Executive Director, Hope House Trust): Thank you. We run a shelter in Bradford for young women.\n\n"
        "Mr. Tom Gale (Bury North, Con.): We plan to fund a hotline in Leeds next year.\n"
    )
    programmes = programmes_of(text, {"Bradford": ("city:1", "city", "GBR"), "Leeds": ("city:2", "city", "GBR")}, country="GBR")
    shelters = [p for p in programmes.itertuples() if "city:1" in p.places]
    assert [p.organizations for p in shelters] == [["org:hope-house-trust"]] and shelters[0].places == ["city:1"]
    assert all("city:2" not in p.places for p in programmes.itertuples() if "org:hope-house-trust" in p.organizations)


def test_countries_and_their_agencies_in_a_list_of_funders_pay_and_are_no_places():
    text = "Hope Niger runs a shelter in Agadez, funded by the European Union, Italy, Germany (GFFO) and the United States (PRM)."
    names = {"Agadez": ("NE-1", "admin1", "NER"), "Italy": "ITA", "Germany": "DEU", "United States": "USA"}
    programme = by_lead(programmes_of(text, names, country="NER"))["org:hope-niger"]
    assert programme.funders == ["eu", "ita-government", "deu-gffo", "us-prm"] and programme.places == ["NE-1"]


def test_a_next_phase_told_with_its_places_and_then_by_its_runner_is_one_programme():
    text = (
        "The Ministry informs the public that the second phase of the programme for street children will begin "
        "in June in the regions of Kisumu and Nakuru.\n\nThe second phase will be implemented by the Child Welfare "
        "Directorate in collaboration with the Amani Network."
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programme = by_lead(programmes_of(text, names, country="KEN"))["org:child-welfare-directorate"]
    assert programme.places == ["KE-17", "KE-31"] and programme.partners == ["org:amani-network"]


def test_a_runner_named_two_mentions_after_work_told_with_none_runs_it():
    text = (
        "The second phase of the programme for street children will begin in June in the regions of Kisumu and Nakuru.\n\n"
        "During the first phase, 1,580 children were removed from the streets and placed in transit centres.\n\n"
        "The second phase will be implemented by the Child Welfare Directorate in collaboration with the Amani Network."
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations[0] == "org:child-welfare-directorate" and programme.places == ["KE-17", "KE-31"]


def test_a_place_of_help_operated_by_a_body_named_after_it_is_that_bodys_programme():
    text = (
        "The Commission notes in particular:\n1. The Migrant Workers Protection Centre operated by the "
        "Labour Market Regulatory Authority (LMRA) in Sitra, which provided shelter to 286 workers in 2025;\n"
    )
    org_mentions, organizations = find_organizations("doc.txt", text, country="BHR")
    assert list(organizations["org_id"]) == ["bhr-lmra"]
    programme = programmes_of(text, {"Sitra": ("city:1", "city", "BHR")}, country="BHR").iloc[0]
    assert programme.organizations == ["bhr-lmra"] and programme.places == ["city:1"]


def test_a_table_of_actions_with_partners_and_status_but_no_column_of_places():
    text = (
        "What we did this year\n"
        "| Action | Partner | Status |\n"
        "| Fee repayment to 900 workers | Fairway Ltd (independent verifier) | Completed |\n"
        "| Ethical recruitment pilot in Nepal | Safer Roads Nepal | Ongoing |\n"
        "| Training of supervisors | International Labour Organization (ILO) | Planned FY2026 |\n"
    )
    programmes = programmes_of(text, {"Nepal": "NPL"}, country="MYS")
    rows = {p.organizations[0]: p for p in programmes.itertuples(index=False)}
    assert set(rows) == {"org:fairway-ltd", "org:safer-roads-nepal", "ilo"}
    assert rows["org:safer-roads-nepal"].places == ["NPL"] and rows["org:safer-roads-nepal"].status == "ongoing"
    assert rows["org:fairway-ltd"].status == "completed" and rows["ilo"].status == "planned" and rows["ilo"].places == ["MYS"]


def test_a_list_item_naming_the_work_and_only_its_funder_is_the_pages_bodys_work():
    text = (
        "CASA ESPERANZA - Newsletter No. 4\n\nDear friends,\n\nOur shelter in Quito received 38 women this year.\n\n"
        "What we did this year\n- Safe housing for 49 residents\n- Bakery workshop and sewing cooperative, with support from Caritas Ecuador\n"
    )
    programmes = programmes_of(text, {"Quito": ("city:1", "city", "ECU")}, country="ECU")
    assert all(p.organizations != ["caritas"] for p in programmes.itertuples())
    assert by_lead(programmes)["org:casa-esperanza"].funders == ["caritas"]


def test_partners_working_together_with_a_body_named_before_them_do_not_run_its_work():
    text = (
        "The arrests follow an operation by the Anti-Trafficking Unit of the Kenya Police Service, working together "
        "with the Directorate of Immigration and Interpol, in Mombasa."
    )
    programmes = programmes_of(text, {"Mombasa": ("city:1", "city", "KEN")}, country="KEN")
    assert all(p.organizations and p.organizations[0] not in p.partners for p in programmes.itertuples())


def test_a_sheets_title_over_its_labelled_lines_makes_no_programme_of_its_own():
    text = (
        "Joint Programme \"Safe Roads\" (Together against Trafficking) – Annual Progress Report 2024\n"
        "Participating UN Organizations: IOM (convening agency), UN Women\n"
        "National counterparts: Ministry of Justice; National Police of Kenya (NPK)\n"
        "Funding source: UN Peacebuilding Fund (PBF), USD 2.5 million\n"
        "Geographic coverage: Kisumu, Nakuru\n"
    )
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programmes = programmes_of(text, names, country="KEN")
    assert len(programmes) == 1 and programmes.iloc[0].organizations[0] == "iom" and programmes.iloc[0].funders == ["un-pbf"]


def test_a_secretariat_a_body_works_from_is_no_area_of_its_work():
    text = (
        "Participants agreed to set up a network of focal points in Kenya, coordinated by the Pacific Migration Forum "
        "(PMF) from its Secretariat in Auckland."
    )
    programmes = programmes_of(text, {"Kenya": "KEN", "Auckland": ("city:1", "city", "NZL")}, country="KEN")
    assert all("city:1" not in p.places for p in programmes.itertuples())


def test_a_where_we_work_page_of_partner_lines_with_what_each_does_and_where():
    text = (
        "Where we work\n\nNepal\nPartner: Sahara Nepal. Reintegration of women returning from India, in Sindhupalchok.\n\n"
        "Kenya\nPartners: Amani Network; Tumaini Trust. A shelter for returnees from Saudi Arabia in Mombasa.\n"
    )
    names = {"India": "IND", "Sindhupalchok": ("NP-BA", "admin1", "NPL"), "Saudi Arabia": "SAU", "Mombasa": ("city:1", "city", "KEN")}
    org_mentions, organizations = find_organizations("doc.txt", text, country="KEN")
    assert set(organizations["org_id"]) == {"org:sahara-nepal", "org:amani-network", "org:tumaini-trust"}
    programmes = by_lead(programmes_of(text, names, country="KEN"))
    assert programmes["org:sahara-nepal"].places == ["NP-BA"] and programmes["org:sahara-nepal"].organizations == ["org:sahara-nepal"]
    assert programmes["org:amani-network"].places == ["city:1"] and programmes["org:amani-network"].organizations == ["org:amani-network", "org:tumaini-trust"]


def test_a_hyphenated_one_word_body_runs_work_and_a_mobile_clinic_is_work():
    text = "Pro-apuverkko runs a shelter in Tampere. The Kotipolku Association runs a mobile clinic for survivors in Oulu."
    names = {"Tampere": ("city:1", "city", "FIN"), "Oulu": ("city:2", "city", "FIN")}
    programmes = by_lead(programmes_of(text, names, country="FIN"))
    assert programmes["org:pro-apuverkko"].places == ["city:1"] and programmes["org:kotipolku-association"].places == ["city:2"]


def test_a_fronted_partner_before_we_with_no_comma_is_a_partner_of_the_pages_body():
    text = "Amani Network - Annual Report 2024\n\nWith Médecins du Monde Belgique we ran a mobile clinic in Mombasa."
    programme = programmes_of(text, {"Mombasa": ("city:1", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:amani-network", "medecins-du-monde"] and programme.partners == ["medecins-du-monde"]


def test_a_report_whose_first_line_is_a_head_first_name_is_that_bodys_and_its_we():
    text = (
        "Fundación Nuevo Horizonte\nANNUAL REPORT 2024 (English summary)\nAsunción, Paraguay\n\n"
        "With the support of our allies, we reached 3,200 children in Encarnación and opened a second centre.\n"
    )
    programme = programmes_of(text, {"Encarnación": ("city:1", "city", "PRY")}, country="PRY").iloc[0]
    assert programme.organizations == ["org:fundacion-nuevo-horizonte"] and programme.places == ["city:1"]


def test_a_funder_named_by_its_handle_in_a_post_pays():
    text = "Jan 30\nWith @USAID support, Tumaini Kwetu runs a free hotline and a shelter in Mombasa. #EndTrafficking"
    programme = programmes_of(text, {"Mombasa": ("city:1", "city", "KEN")}, country="KEN").iloc[0]
    assert programme.organizations == ["org:tumaini-kwetu"] and programme.funders == ["usaid"]


def test_state_funded_work_is_paid_by_the_government_of_the_texts_country():
    text = "A state-funded shelter for male victims was opened in Gyumri in 2025."
    programme = programmes_of(text, {"Gyumri": ("city:1", "city", "ARM")}, country="ARM").iloc[0]
    assert programme.funders == ["arm-government"] and programme.places == ["city:1"]


def test_the_eus_home_affairs_funds_are_known_funders():
    text = "The Commission started the project Together, financed by the Asylum, Migration and Integration Fund of the European Union, in Burgas."
    programme = programmes_of(text, {"Burgas": ("city:1", "city", "BGR")}, country="BGR").iloc[0]
    assert programme.funders[0] == "eu-amif"


def test_the_title_block_of_a_list_of_grants_is_no_work_of_the_fund():
    text = (
        "European Commission\nInternal Security Fund - Police (ISF-P)\nCall 2022: selected projects\n\n"
        "The following projects were selected for funding:\n\n"
        "- Caritas Austria, Vienna: EUR 450,000 for a network of shelters in Austria and Slovakia.\n"
    )
    names = {"Vienna": ("city:1", "city", "AUT"), "Austria": "AUT", "Slovakia": "SVK"}
    programmes = programmes_of(text, names, country="AUT")
    assert [p.organizations for p in programmes.itertuples()] == [["caritas"]]


def test_who_produced_a_series_with_support_from_a_funder_runs_it():
    text = "The radio series on safe migration in Lao Cai is produced by Mekong Voices Media with support from the Asia Foundation."
    programme = one(text, {"Lao Cai": "VN-02"})
    assert programme.organizations == ["org:mekong-voices-media"] and programme.funders == ["asia-foundation"]


def test_work_built_with_a_funders_support_for_a_body_is_that_bodys():
    text = "The shelter in Lao Cai was built with the support of Save the Children for the Provincial Women's Union."
    programme = one(text, {"Lao Cai": "VN-02"})
    assert programme.funders == ["save-the-children"] and programme.organizations and "save-the-children" not in programme.organizations


def test_a_numbered_section_heading_is_no_part_of_the_sentence_under_it():
    text = (
        "Minutes of the referral meeting\n\n"
        "3. Housing of victims\n"
        "Caritas Latvia informed that it had housed 20 women under the programme for the housing of victims of trafficking.\n"
    )
    programmes = programmes_of(text, {"Latvia": ("LVA", "country", "LVA")}, country="LVA")
    assert [p.organizations for p in programmes.itertuples(index=False)] == [["caritas"]]
    text = text.replace("3. Housing", "Part II. Housing")
    programmes = programmes_of(text, {"Latvia": ("LVA", "country", "LVA")}, country="LVA")
    assert [p.organizations for p in programmes.itertuples(index=False)] == [["caritas"]]


def test_a_fiscal_year_opening_the_clause_leaves_its_subject_the_giver():
    text = "In FY2025 USAID awarded $3 million in grants to 9 groups, including $90,000 to Safe Haven for Women for a residential program in Lao Cai."
    programme = one(text, {"Lao Cai": "VN-02"})
    assert programme.organizations == ["org:safe-haven-for-women"] and programme.funders == ["usaid"]


def test_a_tracker_with_one_record_a_line_gives_a_programme_a_record():
    text = (
        "Project tracker\n\n"
        "Project: Return support in Lao Cai. Implementer: Hagar International. Status: Active.\n"
        "Project: Outreach programme in An Giang. Implementer: Blue Dragon. Status: Approved – not yet started.\n"
    )
    found = {p.organizations[0]: p for p in programmes_of(text, {"Lao Cai": "VN-02", "An Giang": "VN-44"}).itertuples(index=False)}
    assert (found["hagar"].places, found["hagar"].status) == (["VN-02"], "ongoing")
    assert (found["blue-dragon"].places, found["blue-dragon"].status) == (["VN-44"], "planned")


def test_a_verb_in_a_bodys_bracketed_other_name_is_no_verb_of_the_clause():
    text = "Lao Cai Women's Network (Hope and Help) said it would open a shelter in Lao Cai."
    assert one(text, {"Lao Cai": "VN-02"}).status == "planned"


@pytest.mark.parametrize(
    "sentence, noun",
    [
        ("The Lotus Trust runs a 24-hour crisis line for survivors in Hue.", "crisis line"),
        ("The Lotus Trust runs two aftercare homes in Hue.", "aftercare home"),
        ("The Lotus Trust has run a refuge for women in Hue since 2011.", "refuge"),
        ("The Lotus Trust will open a listening point in Hue in January.", "listening point"),
    ],
)
def test_places_and_lines_of_help_under_other_names_are_programmes(sentence, noun):
    programmes = programmes_of(sentence, {"Hue": "VN-26"})
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["org:lotus-trust"], ["VN-26"])]
    assert programmes.iloc[0]["name"].endswith(noun)


def test_a_sheet_with_a_one_word_implementer_and_donor_countries_is_their_programme():
    text = "Project: Safe Work at Home\nDonors: Norway\nImplementing NGO: Tamaris\nLocation: Osh\n"
    programme = programmes_of(text, {"Osh": ("city:osh", "city", "KGZ")}, "KGZ").iloc[0]
    assert programme.organizations == ["org:tamaris"] and programme.funders == ["nor-government"]


def test_new_work_opened_with_no_runner_takes_the_one_it_is_said_to_be_run_by_next():
    text = "A new hotline was launched in Hue last year. It is operated by the Lotus Network."
    programmes = programmes_of(text, {"Hue": "VN-26"})
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["org:lotus-network"], ["VN-26"])]


def test_support_given_to_victims_is_the_giver_s_programme():
    programmes = programmes_of("Hope Haven provided support to 27 trafficked women in Hue.", {"Hue": "VN-26"})
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["org:hope-haven"], ["VN-26"])]


def test_a_body_named_back_that_funds_work_another_delivers_is_its_funder():
    text = "The Lotus Trust met us in Hue. The Trust also funds the hotline, delivered by Hopewell in 41 communes."
    programmes = programmes_of(text, {"Hue": "VN-26"})
    assert [(p.organizations, p.funders) for p in programmes.itertuples()] == [(["org:hopewell"], ["org:lotus-trust"])]


def test_a_role_phrase_with_an_adverb_inside_names_the_runner_and_the_funder():
    text = "A new hotline in Hue is operated locally by Hope Street Vietnam and funded jointly by the Lotus Trust."
    programmes = programmes_of(text, {"Hue": "VN-26"})
    assert [(p.organizations, p.funders) for p in programmes.itertuples()] == [(["org:hope-street-vietnam"], ["org:lotus-trust"])]


def test_a_municipality_in_lower_case_runs_what_it_opens():
    text = "The municipality of Fortaleza will open a reference centre for trafficked persons in 2026."
    programmes = programmes_of(text, {"Fortaleza": ("city:fortaleza", "city", "BRA")}, "BRA")
    assert [(p.organizations, p.places, p.status) for p in programmes.itertuples()] == [
        (["org:municipality-of-fortaleza"], ["city:fortaleza"], "planned")]


def test_work_its_owner_names_stays_the_owner_s_whoever_the_support_is_for():
    text = (
        "The Lotus Trust runs a counselling service for women in Hue. Its helpline was built with the support "
        "of Oxfam for the Ministry of Labour."
    )
    programmes = programmes_of(text, {"Hue": "VN-26"})
    assert [(p.organizations, p.funders) for p in programmes.itertuples()] == [(["org:lotus-trust"], ["oxfam"])]


def test_the_kind_a_name_was_given_points_back_at_it():
    text = (
        "This quarter our association Nafoore Jeunesse visited 22 schools in Thiès. UNICEF visited too. "
        "The association will open a listening point in Touba in January, funded by the Principality of Monaco."
    )
    names = {"Thiès": ("city:thies", "city", "SEN"), "Touba": ("city:touba", "city", "SEN")}
    found = {p.name: p for p in programmes_of(text, names, "SEN").itertuples()}
    point = found["Nafoore Jeunesse listening point"]
    assert point.organizations == ["org:nafoore-jeunesse"] and point.funders == ["mco-government"] and point.status == "planned"


def test_a_compensation_fund_a_body_shall_set_up_is_its_planned_programme():
    text = "The National Employment Board shall, within 90 days, set up a Victim Compensation Fund for migrant workers in Hue."
    programmes = programmes_of(text, {"Hue": "VN-26"})
    assert [(p.organizations, p.places, p.status) for p in programmes.itertuples()] == [
        (["org:national-employment-board"], ["VN-26"], "planned")]


@pytest.mark.parametrize(
    "later",
    [
        "Over time, the project will expand to include Tanzania and Rwanda.",
        "Phase II (2025-2028) will extend the project to Tanzania and Rwanda.",
        "Winrock plans to scale up the work in Tanzania and Rwanda.",
        "The project's planned roll-out to Tanzania and Rwanda awaits funding.",
    ],
)
def test_places_the_work_is_to_grow_into_are_planned_places_not_its_area(later):
    text = f"Winrock International runs the Safe Work project in Kenya and Uganda. {later}"
    names = {"Kenya": "KEN", "Uganda": "UGA", "Tanzania": "TZA", "Rwanda": "RWA"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["KEN", "UGA"]
    assert programme.places_planned == ["TZA", "RWA"]


def test_a_past_expansion_is_work_done_there():
    text = "Winrock International runs the Safe Work project in Kenya. In 2021 the project was extended to Uganda."
    programme = programmes_of(text, {"Kenya": "KEN", "Uganda": "UGA"}, "KEN").iloc[0]
    assert programme.places == ["KEN", "UGA"] and programme.places_planned == []


def test_work_said_only_to_grow_somewhere_sits_at_its_runners_country_or_is_planned_there():
    text = "The Tumaini Trust will extend its helpline to Mombasa and Kisumu."
    names = {"Mombasa": ("city:mombasa", "city", "KEN"), "Kisumu": ("city:kisumu", "city", "KEN")}
    at_home = programmes_of(text, names, "KEN").iloc[0]
    assert at_home.places == ["KEN"] and at_home.place_inferred and at_home.places_planned == ["city:mombasa", "city:kisumu"]
    nowhere_else = programmes_of(text, names, "").iloc[0]
    assert nowhere_else.places == ["city:mombasa", "city:kisumu"] and nowhere_else.status == "planned" and not nowhere_else.place_inferred


def test_a_campaign_told_by_its_name_and_places_takes_the_runner_named_after_it():
    text = (
        "This term, the Stop Online Exploitation campaign visited 23 high schools across Cebu province. "
        "The campaign is led by the Bidlisiw Foundation."
    )
    programme = programmes_of(text, {"Cebu": ("PH-CEB", "admin1", "PHL")}, "PHL").iloc[0]
    assert programme.organizations == ["org:bidlisiw-foundation"] and programme.places == ["PH-CEB"]


def test_a_country_that_ends_a_funders_name_is_no_place_of_the_work():
    # The organization stage may know the body by a shorter mention than its name ("Terre des Hommes").
    from progmap.schema import ORG_MENTION_COLUMNS, ORGANIZATION_COLUMNS

    text = "The Bidlisiw Foundation runs a campaign in Cebu, funded by Terre des Hommes Germany."
    funder_at = text.index("Terre")
    org_mentions = pd.DataFrame(
        [("doc.txt", 4, 23, "Bidlisiw Foundation", "bidlisiw"), ("doc.txt", funder_at, funder_at + 16, "Terre des Hommes", "tdh-germany")],
        columns=ORG_MENTION_COLUMNS,
    )
    organizations = pd.DataFrame(
        [("bidlisiw", "Bidlisiw Foundation", [], "ngo", "PHL", ["doc.txt"]), ("tdh-germany", "Terre des Hommes Germany", [], "ngo", "DEU", ["doc.txt"])],
        columns=ORGANIZATION_COLUMNS,
    )
    places = mentions(text, {"Cebu": ("PH-CEB", "admin1", "PHL"), "Germany": "DEU"})
    programme = find_programmes("doc.txt", text, places, org_mentions, organizations, "PHL").iloc[0]
    assert programme.funders == ["tdh-germany"] and programme.places == ["PH-CEB"]


def test_bullets_and_the_project_under_a_sheet_are_the_sheets_work():
    text = (
        "SAFE ROADS PROJECT (Kenya, 2023-2025)\n"
        "Implementing organization: Hope Trust\n"
        "Donor: European Union\n\n"
        "Key activities:\n"
        "- Trained 600 prospective migrants in Nakuru on safe migration.\n"
        "- Set up two migrant welfare centres in Kisumu and Eldoret.\n\n"
        "The project worked in partnership with the National Employment Authority.\n"
    )
    names = {"Kenya": "KEN", "Nakuru": ("city:nakuru", "city", "KEN"), "Kisumu": ("city:kisumu", "city", "KEN"),
             "Eldoret": ("city:eldoret", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations[0] == "org:hope-trust" and programme.funders == ["eu"]
    assert programme.places == ["city:nakuru", "city:kisumu", "city:eldoret"]
    assert len(programme.partners) == 1 and "employment" in programme.partners[0]


def test_the_end_of_a_movement_told_from_somewhere_to_somewhere_is_no_place_of_the_work():
    text = (
        "Hope Trust runs migration info points in Nakuru. "
        "The project also addressed the trafficking of girls from the coast of the country to Oman and Qatar."
    )
    names = {"Nakuru": ("city:nakuru", "city", "KEN"), "Oman": "OMN", "Qatar": "QAT"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:nakuru"]


def test_the_consortium_a_lead_leads_is_its_lead_and_brings_its_members_together():
    text = (
        "Led by Hope Trust, the consortium brings together the Tumaini Foundation and runs safe houses in Kenya. "
        "HAART Kenya runs a hotline in Nairobi. "
        "In 2026 the consortium will expand its work to Uganda and Rwanda."
    )
    names = {"Kenya": "KEN", "Nairobi": ("city:nairobi", "city", "KEN"), "Uganda": "UGA", "Rwanda": "RWA"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust", "org:tumaini-foundation"] and programme.partners == ["org:tumaini-foundation"]
    assert programme.places == ["KEN"] and programme.places_planned == ["UGA", "RWA"]


def test_a_grant_signed_by_a_donor_and_its_implementer_is_the_implementers_work_the_donor_pays():
    text = (
        "JICA and the Hope Trust sign grant agreement for migrant protection in Kenya\n\n"
        "JICA and the Hope Trust today signed a USD 2 million grant agreement for a three-year project. "
        "The project will be implemented by the Hope Trust in Kisumu and Nakuru."
    )
    names = {"Kenya": "KEN", "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert len(programmes) == 1
    programme = programmes.iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["jica"]
    assert programme.places == ["city:kisumu", "city:nakuru"] and programme.budget == "USD 2 million"


def test_the_programme_under_a_sheet_of_its_participants_is_theirs_and_its_payer_only_pays():
    text = (
        "Joint Programme Fact Sheet: Safe Migration in Kenya\n\n"
        "Participating UN organizations: ILO and UNICEF\n"
        "Duration: 2023-2026\n\n"
        "The joint programme, funded by the Government of Norway, helps migrant workers in Kisumu and Nakuru.\n"
    )
    names = {"Kenya": "KEN", "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["ilo", "unicef"] and programme.funders == ["nor-government"]
    assert programme.places == ["city:kisumu", "city:nakuru"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Victims can also call the national helpline, operated by the Social Insurance Board.", True),
        ("The NGOs called for more shelters run by the Social Insurance Board.", False),
    ],
)
def test_who_calls_a_helpline_uses_it_and_who_calls_for_shelters_wants_them(text, found):
    assert (len(programmes_of(text, {}, "EST")) == 1) is found


def test_work_told_in_the_passive_by_no_one_goes_on_with_the_work_just_told():
    text = (
        "The Hope Trust launched a project for labour inspectors in Kenya in 2025.\n\n"
        "Over six months, 150 inspectors were trained in Kisumu and Nakuru by the end of the year."
    )
    names = {"Kenya": "KEN", "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["city:kisumu", "city:nakuru"]


def test_who_only_pays_for_the_networks_work_is_not_what_the_network_means():
    text = (
        "With support from the Tumaini Foundation, the network holds monthly meetings in Kisumu. "
        "In 2025 the network, together with the Hope Trust, trained 80 volunteers in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    paid = programmes[programmes.funders.map(lambda f: "org:tumaini-foundation" in f)].iloc[0]
    assert "org:hope-trust" not in paid.organizations and paid.places == ["city:kisumu"]


def test_the_second_shelter_is_one_more_not_the_first_one_told():
    text = (
        "The shelter in Kisumu, which opened in 2019, is run by the Hope Trust. "
        "The second shelter, in Nakuru, is supported by UNICEF."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:hope-trust"].places == ["city:kisumu"] and found["org:hope-trust"].funders == []


def test_an_authority_setting_up_a_new_office_somewhere_is_work_there():
    text = "The Kenya Police Service will set up a child protection office in Kisumu and Nakuru."
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["KE-17", "KE-31"] and programme.status == "planned"


def test_an_authority_setting_up_checkpoints_is_an_act_and_an_office_in_a_city_is_a_base():
    text = "The Kenya Police Service set up checkpoints in Kisumu. The Hope Trust, with offices in Nakuru, runs a shelter in Kisumu."
    names = {"Kisumu": ("KE-17", "admin1", "KEN"), "Nakuru": ("KE-31", "admin1", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [p.places for p in programmes.itertuples()] == [["KE-17"]] and programmes.iloc[0].organizations == ["org:hope-trust"]


@pytest.mark.parametrize(
    ("first", "again"),
    [("a memorandum of understanding on trafficking", "The MOU"), ("a national helpline", "The hotline")],
)
def test_work_named_again_by_another_noun_for_it_is_the_same_work(first, again):
    text = f"The Ministry of Labour of Kenya and the Hope Trust signed {first} in Nairobi. {again} was signed with the support of UNICEF."
    programmes = programmes_of(text, {"Nairobi": ("city:nairobi", "city", "KEN")}, "KEN")
    assert len(programmes) == 1 and programmes.iloc[0].funders == ["unicef"]


def test_a_time_between_a_role_verb_and_its_by_keeps_the_runner_and_the_supporter_pays():
    text = (
        "The Safe Roads project was implemented from 2021 to 2024 by the Hope Trust, with support from the "
        "Government of Norway. The project worked in Kisumu and Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Norway": "NOR"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["nor-government"]
    assert programme.places == ["city:kisumu", "city:nakuru"]


def test_money_awarded_to_a_body_named_with_its_kind_makes_that_body_the_runner():
    text = "The Tumaini Foundation awarded USD 50,000 to the Kenyan NGO Hope Trust to run a shelter for women in Kisumu."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["org:tumaini-foundation"]


def test_the_organisation_after_work_it_runs_with_support_is_the_runner_not_the_supporter():
    text = (
        "The Hope Trust, with support from the Tumaini Fund, runs a helpline in Kisumu. "
        "The organisation also operates a reintegration programme in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert all(p.organizations[0] == "org:hope-trust" for p in programmes.itertuples())
    assert sorted(place for p in programmes.itertuples() for place in p.places) == ["city:kisumu", "city:nakuru"]


def test_items_under_a_line_that_names_their_subject_are_its_work_still_to_come():
    text = (
        "Under the National Plan of Action, the Hope Trust will:\n"
        "- Operate the shelter for trafficked children in Kisumu.\n"
        "- Train 300 social workers in Eldoret, together with IOM.\n"
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust", "iom"] and programme.partners == ["iom"]
    assert programme.places == ["city:kisumu", "city:eldoret"] and programme.status == "planned"


def test_it_opening_a_paragraph_after_a_statement_is_its_runner_and_its_plan_elsewhere_is_planned():
    text = (
        "A helpline was launched by the Hope Trust in Kisumu. The helpline is funded by UNICEF.\n\n"
        "It also operates a drop-in centre in Nakuru. The centre plans to open a second office in Eldoret next year."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    found = programmes_of(text, names, "KEN")
    centre = found[found.places.map(lambda p: "city:nakuru" in p)].iloc[0]
    assert centre.organizations == ["org:hope-trust"] and centre.places == ["city:nakuru"] and centre.places_planned == ["city:eldoret"]


def test_new_work_in_the_passive_or_work_done_by_someone_unnamed_is_not_the_work_just_told():
    text = (
        "The Hope Trust runs a shelter in Kisumu.\n\n"
        "Meanwhile, a task force was established in Nakuru by the county council, "
        "and 40 officers were trained in Eldoret by the county police."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [p.places for p in programmes.itertuples() if p.organizations == ["org:hope-trust"]] == [["city:kisumu"]]


def test_the_programme_started_by_a_body_is_its_work_across_paragraphs():
    text = (
        "The Safe Home programme was started in 2018 by the Hope Trust with a grant from UNICEF.\n\n"
        "In its first years, the programme focused on Kisumu and Nakuru.\n\n"
        "Since 2023 the programme has also worked in Eldoret."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["unicef"]
    assert programme.places == ["city:kisumu", "city:nakuru", "city:eldoret"]


def test_the_programme_opening_the_next_paragraph_is_the_work_that_ended_the_last():
    text = "The Hope Trust runs a shelter in Kisumu.\n\nThe programme also supports survivors in Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["city:kisumu", "city:nakuru"]


def test_the_reporters_trip_to_visit_funded_projects_tells_no_work_and_no_place():
    text = (
        "Poloff traveled to Luang Namtha and Oudomxay to visit USG-funded projects. "
        "In Oudomxay, the Lao Women's Union operates a counseling center."
    )
    names = {"Luang Namtha": ("LA-LM", "admin1", "LAO"), "Oudomxay": ("LA-OU", "admin1", "LAO")}
    programmes = programmes_of(text, names, "LAO")
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["lao-womens-union"], ["LA-OU"])]


def test_committees_formed_in_the_passive_are_more_places_of_the_work_just_told():
    text = "The Hope Trust runs a child protection project in Kisumu. Village committees were formed in Nakuru and Eldoret."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["city:kisumu", "city:nakuru", "city:eldoret"]


def test_forms_of_exploitation_are_no_work_run():
    text = "The Hope Trust runs a shelter in Kisumu.\n\nThe Hope Trust described new forms of exploitation in Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    assert [p.places for p in programmes_of(text, names, "KEN").itertuples()] == [["city:kisumu"]]


def test_a_second_grant_is_paid_by_the_giver_of_the_first():
    text = (
        "The Freedom Fund awarded a grant to the Hope Trust for a shelter in Kisumu. "
        "A second grant went to the Kenyan NGO Haki Trust, which runs legal aid clinics in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:haki-trust"].funders == ["freedom-fund"] and found["org:haki-trust"].places == ["city:nakuru"]


def test_both_grantees_go_on_with_the_work_each_runs():
    text = (
        "The Oak Foundation awarded a grant to the Hope Trust for a project in Kisumu. "
        "Another grant went to the Haki Trust, which runs a shelter in Nakuru.\n\n"
        "Both grantees will expand their work to Eldoret in 2026."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert set(found) == {"org:hope-trust", "org:haki-trust"}
    assert found["org:haki-trust"].places == ["city:nakuru"] and found["org:haki-trust"].funders == ["oak-foundation"]
    assert all(p.places_planned == ["city:eldoret"] for p in found.values())


def test_the_three_organisations_each_grow_the_work_they_run():
    text = (
        "The Hope Trust runs a shelter in Kisumu. The Haki Trust runs legal aid clinics in Nakuru. "
        "The Mercy Trust trains teachers in Eldoret.\n\n"
        "The three organisations will extend their work to Mombasa in 2026."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"),
             "Eldoret": ("city:eldoret", "city", "KEN"), "Mombasa": ("city:mombasa", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert set(found) == {"org:hope-trust", "org:haki-trust", "org:mercy-trust"}
    assert all(p.places_planned == ["city:mombasa"] and len(p.places) == 1 for p in found.values())


def test_both_programmes_after_a_time_reach_the_two_works_last_told():
    text = (
        "The Hope Trust runs a shelter in Kisumu. The Mercy Trust trains teachers in Eldoret, "
        "and the Haki Trust runs legal aid clinics in Nakuru. In 2026 both programmes will be scaled up to Mombasa."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"),
             "Eldoret": ("city:eldoret", "city", "KEN"), "Mombasa": ("city:mombasa", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert [lead for lead, p in found.items() if p.places_planned == ["city:mombasa"]] == ["org:mercy-trust", "org:haki-trust"]


def test_two_bodies_that_will_both_extend_their_work_each_grow_their_own():
    text = (
        "UNICEF runs child protection committees in Kisumu, and IOM runs a migrant centre in Nakuru. "
        "Next year UNICEF and IOM will both extend their work to Mombasa."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Mombasa": ("city:mombasa", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert set(found) == {"unicef", "iom"} and found["iom"].organizations == ["iom"]
    assert found["iom"].places_planned == ["city:mombasa"] and found["unicef"].places_planned == ["city:mombasa"]


def test_works_a_payer_counts_are_each_paid_by_it_and_its_count_is_no_work():
    text = (
        "The Oak Foundation funds three projects in Kenya. The first, run by the Hope Trust, shelters girls in Kisumu. "
        "The second, delivered by the Haki Trust, offers legal aid in Nakuru. The third is a helpline of the Mercy Trust in Eldoret."
    )
    names = {"Kenya": "KEN", "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"),
             "Eldoret": ("city:eldoret", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert set(found) == {"org:hope-trust", "org:haki-trust", "org:mercy-trust"}
    assert all(p.funders == ["oak-foundation"] and len(p.places) == 1 for p in found.values())


def test_work_a_speaker_says_would_be_set_up_is_planned_not_done():
    text = "The Hope Trust runs a shelter in Kisumu. Its director said a second shelter would be set up in Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = programmes_of(text, names, "KEN")
    assert [(p.places, p.status) for p in found.itertuples()] == [(["city:kisumu"], ""), (["city:nakuru"], "planned")]
    # (a programme noun may stand in the speaker's words before the saying)
    text = "The Hope Trust runs a shelter in Kisumu. The project's coordinator said a second shelter would be set up in Nakuru."
    assert [(p.places, p.places_planned) for p in programmes_of(text, names, "KEN").itertuples()] == [(["city:kisumu"], ["city:nakuru"])]
    # (but what a speaker says runs is no plan, whatever is said to come after it)
    text = "The Hope Trust told the Committee that the Ministry runs shelters in Kisumu, and that more would be built later."
    assert programmes_of(text, names, "KEN").iloc[0].status == ""


def test_a_capital_dateline_a_colon_ends_is_no_place_of_the_work():
    text = "NAKURU, 3 March: A shelter run by the Hope Trust opened on Monday in Kisumu."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "NAKURU": ("city:nakuru", "city", "KEN")}
    assert programmes_of(text, names, "KEN").iloc[0].places == ["city:kisumu"]


def test_a_country_a_compass_word_makes_a_part_of_stays_beside_the_places_inside_it():
    names = {"Kenya": "KEN", "Marsabit": ("KE-25", "admin1", "KEN"), "Isiolo": ("KE-09", "admin1", "KEN")}
    text = "In northern Kenya, the Hope Trust runs shelters in Marsabit and Isiolo."
    assert programmes_of(text, names, "KEN").iloc[0].places == ["KEN", "KE-25", "KE-09"]
    # (but a possessive names a place inside it: the country is no more than where that place is)
    text = "The Hope Trust runs a shelter in Marsabit, northern Kenya's largest county, and in Isiolo."
    assert programmes_of(text, names, "KEN").iloc[0].places == ["KE-25", "KE-09"]


def test_work_that_will_continue_is_done_there_already():
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    text = "The Hope Trust will continue to run its shelter in Nakuru."
    assert programmes_of(text, names, "KEN").iloc[0].status == ""
    # (nor is it growth into a place it does not work in yet)
    text = "The Hope Trust runs a shelter in Kisumu. It will continue to extend support to survivors in Nakuru."
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:kisumu", "city:nakuru"] and programme.places_planned == []


def test_a_place_of_safety_is_a_place_of_help_an_authority_runs():
    text = "The Ministry of Social Development will construct a second place of safety in Nakuru."
    names = {"Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:nakuru"] and programme.status == "planned"


def test_a_new_subject_with_its_own_verb_after_a_comma_and_opens_its_own_clause():
    text = (
        "The National Police Service is to post officers at the border crossings of Busia and Malaba, "
        "and the Hope Trust will train 200 teachers in Kisumu and Nakuru."
    )
    names = {"Busia": ("city:busia", "city", "KEN"), "Malaba": ("city:malaba", "city", "KEN"),
             "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:hope-trust"].places == ["city:kisumu", "city:nakuru"]
    assert "ken-police" not in found or "city:kisumu" not in found["ken-police"].places


def test_reception_points_and_service_posts_are_places_of_help_an_authority_runs():
    names = {"Busia": ("city:busia", "city", "KEN"), "Malaba": ("city:malaba", "city", "KEN")}
    for text in ("The Immigration Service runs reception points in Busia and Malaba.",
                 "The Immigration Service will set up migrant service posts in Busia and Malaba."):
        assert programmes_of(text, names, "KEN").iloc[0].places == ["city:busia", "city:malaba"]


def test_a_numbered_grant_list_is_paid_by_its_giver_and_a_line_may_plan_growth():
    text = (
        "The Oak Foundation awarded the following grants:\n\n"
        "1. Hope Trust (Kisumu) - USD 35,000 for a shelter for girls.\n"
        "2. Haki Trust - USD 20,000 for a campaign in Nakuru. The organisation plans to replicate it in Eldoret next year.\n"
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:hope-trust"].funders == ["oak-foundation"] and found["org:hope-trust"].places == ["city:kisumu"]
    haki = found["org:haki-trust"]
    assert haki.funders == ["oak-foundation"] and haki.places == ["city:nakuru"] and haki.places_planned == ["city:eldoret"]


def test_runners_a_role_names_in_turn_each_run_the_work_in_the_places_after_them():
    text = (
        "The project was implemented by the Hope Trust in Kisumu and Busia and by the Kenyan NGO Haki Trust in Nakuru, "
        "and financed by the Oak Foundation."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Busia": ("city:busia", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:hope-trust"].places == ["city:kisumu", "city:busia"] and found["org:haki-trust"].places == ["city:nakuru"]
    assert all(p.funders == ["oak-foundation"] and len(p.organizations) == 1 for p in found.values())


def test_a_branchs_country_after_its_network_name_is_no_place_of_the_work():
    text = "The project, implemented by ECPAT Sweden with the Kenyan NGO Haki Trust, supports children in Kisumu."
    names = {"Sweden": "SWE", "Kisumu": ("city:kisumu", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["ecpat", "org:haki-trust"] and programme.partners == ["org:haki-trust"]
    assert programme.places == ["city:kisumu"]
    # (a branch at home, in a text about its country, works there)
    text = "Led by ECPAT Kenya, the network runs a national helpline for children."
    assert programmes_of(text, {"Kenya": "KEN"}, "KEN").iloc[0].places == ["KEN"]


def test_a_new_subject_after_its_kind_opens_its_own_clause():
    text = "UNICEF pays for counsellors at the shelter in Kisumu, and the Kenyan NGO Haki Trust runs mobile clinics in Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    haki = by_lead(programmes_of(text, names, "KEN"))["org:haki-trust"]
    assert haki.funders == [] and haki.places == ["city:nakuru"]


def test_a_new_work_whose_runner_a_reduced_relative_names_and_that_will_start_is_planned():
    text = "A community awareness campaign run by the Hope Trust will cover Kisumu and Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    assert programmes_of(text, names, "KEN").iloc[0].status == "planned"


def test_the_subject_of_a_relative_clause_runs_the_work_its_verb_tells():
    text = "The agreement builds on a pilot that the Hope Trust has run in Kisumu since 2022 with funding from the Oak Foundation."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["oak-foundation"]


def test_the_plan_of_work_just_launched_is_where_it_works():
    text = (
        "The Hope Trust today launched the second phase of its programme in Kenya and Uganda. "
        "In Uganda, the Hope Trust will support the Ministry of Labour to train inspectors in Gulu."
    )
    names = {"Kenya": "KEN", "Uganda": "UGA", "Gulu": ("city:gulu", "city", "UGA")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert "city:gulu" in programme.places and programme.places_planned == []


def test_who_gives_technical_support_is_a_partner_not_a_funder():
    text = "The National Police Service trains border officers in Busia, with technical support from IOM."
    programme = programmes_of(text, {"Busia": ("city:busia", "city", "KEN")}, "KEN").iloc[0]
    assert programme.partners == ["iom"] and programme.funders == []


def test_a_place_that_ends_a_payers_name_is_no_place_of_the_work():
    text = "The Hope Trust runs a shelter in Kisumu with funding from the European Union Emergency Trust Fund for Africa."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Africa": ("region:africa", "region", "")}
    assert programmes_of(text, names, "KEN").iloc[0].places == ["city:kisumu"]


def test_where_people_walk_to_or_were_forced_to_work_is_no_place_of_the_work():
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Uganda": "UGA", "Nakuru": ("city:nakuru", "city", "KEN")}
    for text in ("The Hope Trust runs a centre in Kisumu for young men walking towards Uganda.",
                 "The Hope Trust supports 40 women in Kisumu, some of whom were forced to work in flower farms in Nakuru."):
        assert programmes_of(text, names, "KEN").iloc[0].places == ["city:kisumu"]


def test_a_payers_plan_is_where_the_work_it_pays_for_is_to_grow():
    text = (
        "The Oak Foundation awarded a grant to the Hope Trust for a shelter in Kisumu. "
        "\"We plan to replicate the model in Nakuru next year,\" said the Oak Foundation's director."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = programmes_of(text, names, "KEN")
    assert [(p.organizations, p.funders, p.places, p.places_planned) for p in found.itertuples()] == [
        (["org:hope-trust"], ["oak-foundation"], ["city:kisumu"], ["city:nakuru"])]


def test_a_plan_told_before_the_work_done_is_where_that_work_is_to_grow():
    text = (
        "At the opening, the director of the Hope Trust said a third shelter would be set up in Nakuru next year. "
        "She said the first shelter, in Kisumu, had housed 45 survivors since 2020."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:kisumu"] and programme.places_planned == ["city:nakuru"]


def test_where_the_people_helped_plan_to_work_is_no_place_of_the_work():
    text = "The Hope Trust runs a migrant resource centre in Kisumu. The centre will advise people planning to work in Qatar."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN"), "Qatar": "QAT"}, "KEN").iloc[0]
    assert programme.places == ["city:kisumu"] and programme.places_planned == []


def test_runners_named_in_turn_for_work_a_payer_announced_are_each_paid_by_it_and_still_to_start():
    text = (
        "The Oak Foundation will fund a new programme for victims of trafficking in Kenya. "
        "The programme will be implemented by the Hope Trust in Kisumu and by the Haki Trust in Nakuru."
    )
    names = {"Kenya": "KEN", "Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert set(found) == {"org:hope-trust", "org:haki-trust"}
    assert all(p.funders == ["oak-foundation"] and p.status == "planned" for p in found.values())


def test_work_that_will_be_implemented_by_a_runner_is_still_to_start():
    text = "The Hope Trust runs a shelter in Kisumu. The programme will be implemented by the Haki Trust in Nakuru."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    assert by_lead(programmes_of(text, names, "KEN"))["org:haki-trust"].status == "planned"


def test_who_reunites_children_with_their_families_runs_the_work_and_who_it_works_with_is_its_partner():
    text = "Working with the NGO Haki Trust, UNICEF also reunited 212 children with their families in Kisumu."
    programme = programmes_of(text, {"Kisumu": ("city:kisumu", "city", "KEN")}, "KEN").iloc[0]
    assert programme.organizations == ["unicef", "org:haki-trust"] and programme.partners == ["org:haki-trust"]


def test_the_citys_social_workers_are_the_city_body_and_a_fronted_partner_stays_a_partner():
    text = (
        "The Hope Trust runs a shelter in Kisumu with a grant from Nakuru City Council.\n\n"
        "In cooperation with the National Police Service, the city's social workers provide outreach in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:nakuru-city-council"].partners == ["ken-police"] and found["org:nakuru-city-council"].places == ["city:nakuru"]
    assert "ken-police" not in found


def test_the_line_points_back_at_the_hotline_told_before():
    text = (
        "The Hope Trust launched a hotline for victims of trafficking in Kisumu. "
        "The line will be extended to Nakuru next year."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:kisumu"] and programme.places_planned == ["city:nakuru"]


def test_a_line_that_is_no_hotline_tells_no_work():
    text = "The Hope Trust runs a shelter in Kisumu. The line of buses from Nakuru is long."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    assert [(p.places, p.places_planned) for p in programmes_of(text, names, "KEN").itertuples()] == [(["city:kisumu"], [])]


def test_both_centres_financed_by_a_body_are_the_centres_just_told():
    text = "The Hope Trust runs two care centres, in Kisumu and Nakuru. Both centres are financed by the Oak Foundation."
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [(p.organizations, p.funders) for p in programmes.itertuples()] == [(["org:hope-trust"], ["oak-foundation"])]


def test_the_building_renovated_with_a_bodys_money_is_the_shelter_just_told():
    text = (
        "The Hope Trust opened a shelter for women in Kisumu. "
        "The building was renovated with money from the Oak Foundation and a grant from UNICEF in Nairobi."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nairobi": ("city:nairobi", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [(p.organizations, p.funders, p.places) for p in programmes.itertuples()] == [
        (["org:hope-trust"], ["oak-foundation", "unicef"], ["city:kisumu"])]


def test_a_we_no_one_is_named_for_extends_the_helpline_it_runs_with_a_partner():
    text = (
        "Sustainability report 2024\n\n"
        "Since 2022 we have partnered with the Hope Trust to operate a helpline for workers in Kisumu.\n\n"
        "The Oak Foundation runs a shelter in Eldoret.\n\n"
        "In 2025 we will extend the helpline to Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN"), "Eldoret": ("city:eldoret", "city", "KEN")}
    found = by_lead(programmes_of(text, names, "KEN"))
    assert found["org:hope-trust"].places_planned == ["city:nakuru"] and found["oak-foundation"].places_planned == []


def test_the_runner_named_after_work_told_with_a_partner_only_runs_it():
    text = (
        "Together with the Oak Foundation, we funded a remediation project for workers in Kisumu. "
        "The project was implemented by the Kenyan NGO Hope Trust."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["org:hope-trust", "oak-foundation"], ["city:kisumu"])]


def test_the_foundation_opening_a_paragraph_is_not_the_funder_that_ended_the_last():
    text = (
        "The Hope Foundation runs a care centre in Kisumu, financed by the Kenya Red Cross Society.\n\n"
        "With support from UNICEF, the foundation trained 420 hotel workers in Nakuru."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [p.organizations for p in programmes.itertuples()] == [["org:hope-foundation"]]
    assert programmes.iloc[0].places == ["city:kisumu", "city:nakuru"]


def test_this_training_is_the_training_the_verb_just_told():
    text = (
        "The National Police Service trained 240 officers in Kisumu last year with support from IOM. "
        "This training will be extended to Nakuru in 2025."
    )
    names = {"Kisumu": ("city:kisumu", "city", "KEN"), "Nakuru": ("city:nakuru", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["city:kisumu"] and programme.places_planned == ["city:nakuru"]


def test_money_that_goes_to_a_body_to_run_work_makes_it_the_runner():
    text = "Of this amount, KES 40 million will go to the Hope Trust to operate the shelter for adult victims in Kisumu."
    names = {"Kisumu": ("city:kisumu", "city", "KEN")}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["city:kisumu"]


def test_a_label_line_of_plans_gives_one_more_of_a_kind_to_its_runner():
    text = (
        "The Hope Trust runs two resource centres for migrants in Kisumu and Nandi.\n\n"
        "Planned for Q4: a third resource centre in Nakuru.\n"
    )
    names = {"Kisumu": "KE-17", "Nandi": "KE-32", "Nakuru": ("city:nakuru", "city", "KEN")}
    programmes = programmes_of(text, names, "KEN")
    assert [(p.organizations, p.places, p.status) for p in programmes.itertuples()] == [
        (["org:hope-trust"], ["KE-17", "KE-32"], ""), (["org:hope-trust"], ["city:nakuru"], "planned")]


@pytest.mark.parametrize("where", [
    "held for ransom in Libya",  # where people were held
    "forced to work in the gold mines of northern Libya",  # the workplace they were forced to work in
])
def test_where_people_were_held_or_forced_to_work_is_no_place_of_the_work_that_helps_them(where):
    text = (
        "The Hope Trust runs a reintegration project for returnees in Kisumu. "
        f"Many of the returnees were {where} before they were assisted to come home."
    )
    programme = programmes_of(text, {"Libya": "LBY", "Kisumu": "KE-17"}, "KEN").iloc[0]
    assert programme.places == ["KE-17"]


def test_a_helpline_operated_from_a_city_works_there():
    text = "The Hope Trust operates a helpline from Nairobi for Kenyan domestic workers abroad."
    programme = programmes_of(text, {"Nairobi": "KE-30"}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["KE-30"]


def test_police_deploying_officers_to_border_posts_work_there():
    text = "The National Police Service will deploy 80 more officers to the border posts of Busia and Malaba to stop the trafficking of girls into Uganda."
    names = {"Busia": "KE-04", "Malaba": ("city:malaba", "city", "KEN"), "Uganda": "UGA"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["KE-04", "city:malaba"] and programme.status == "planned"


def test_its_partners_are_the_partners_of_the_work_just_told():
    text = (
        "The Safe Steps project is funded by the European Union and coordinated by the Hope Trust in Kisumu. "
        "Its partners are the Amani Network and the Tumaini Centre."
    )
    programme = programmes_of(text, {"Kisumu": "KE-17"}, "KEN").iloc[0]
    assert programme.organizations[0] == "org:hope-trust" and programme.partners == ["org:amani-network", "org:tumaini-centre"]


def test_a_body_that_is_a_partner_of_the_project_works_with_its_runner():
    text = (
        "The Hope Trust runs three resource centres for migrants in Kisumu, Nandi and Busia. "
        "The Ministry of Labour is a partner of the project and refers returnees to the centres."
    )
    programmes = programmes_of(text, {"Kisumu": "KE-17", "Nandi": "KE-32", "Busia": "KE-04"}, "KEN")
    assert [(p.organizations, p.partners) for p in programmes.itertuples()] == [(["org:hope-trust", "ken-mol"], ["ken-mol"])]


def test_it_is_the_named_helpline_the_sentence_before_opens_on():
    text = (
        "The Amani Helpline is a free line for victims of trafficking. It is operated by the Hope Trust from its "
        "call centre in Mombasa.\n\nThe helpline is supported by the Tumaini Foundation."
    )
    programmes = programmes_of(text, {"Mombasa": "KE-28"}, "KEN")
    assert [(p.organizations, p.funders, p.places) for p in programmes.itertuples()] == [
        (["org:hope-trust"], ["org:tumaini-foundation"], ["KE-28"])]


def test_the_city_a_funder_sits_in_is_no_place_of_the_work():
    text = "The Hope Trust runs a shelter in Mombasa. The shelter is funded by the Embassy of Sweden in Nairobi."
    names = {"Mombasa": "KE-28", "Nairobi": ("city:nairobi", "city", "KEN"), "Sweden": "SWE"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.places == ["KE-28"] and programme.funders == ["swe-embassy"]


def test_a_funders_by_said_again_past_the_city_the_first_sits_in():
    text = "The Hope Trust runs a shelter in Mombasa, supported by the Embassy of Sweden in Nairobi and by the Tumaini Foundation."
    names = {"Mombasa": "KE-28", "Nairobi": ("city:nairobi", "city", "KEN"), "Sweden": "SWE"}
    programme = programmes_of(text, names, "KEN").iloc[0]
    assert programme.funders == ["swe-embassy", "org:tumaini-foundation"]


def test_bodies_after_a_comma_and_with_past_the_lead_are_its_partners():
    text = "The project is run in Kisumu by a consortium led by the Hope Trust, with the Amani Network and the Kenyan NGO Tumaini."
    programme = programmes_of(text, {"Kisumu": "KE-17"}, "KEN").iloc[0]
    assert programme.organizations[0] == "org:hope-trust" and programme.partners == ["org:amani-network", "org:tumaini"]


def test_the_consortium_is_the_one_a_lead_was_named_for():
    text = (
        "The programme is delivered by a consortium led by the Hope Trust.\n\n"
        "The consortium operates information points in Kisumu and Busia."
    )
    programmes = programmes_of(text, {"Kisumu": "KE-17", "Busia": "KE-04"}, "KEN")
    assert [(p.organizations, p.places) for p in programmes.itertuples()] == [(["org:hope-trust"], ["KE-17", "KE-04"])]


def test_a_donors_activity_implemented_by_another_body_is_paid_by_the_donor():
    text = "USAID's Safe Passage activity, implemented by the Hope Trust, protects migrants in transit through Busia."
    programme = programmes_of(text, {"Busia": "KE-04"}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.funders == ["usaid"]


def test_where_girls_are_recruited_for_domestic_work_is_no_place_of_the_work():
    text = "The Hope Trust runs a project in Kisumu for girls recruited from rural villages for domestic work in Nairobi and Mombasa."
    programme = programmes_of(text, {"Kisumu": "KE-17", "Nairobi": "KE-30", "Mombasa": "KE-28"}, "KEN").iloc[0]
    assert programme.places == ["KE-17"]


def test_the_norway_grants_pay_and_name_no_place():
    text = "The Hope Association runs a crisis centre in Varna, funded by the Norway Grants."
    programme = programmes_of(text, {"Varna": ("BG-03", "admin1", "BGR"), "Norway": "NOR"}, "BGR").iloc[0]
    assert programme.funders == ["eea-norway-grants"] and programme.places == ["BG-03"]


def test_the_eligible_activities_of_a_call_are_no_work_yet():
    text = (
        "Eligible activities include village child protection committees and the tracing of missing children "
        "in cooperation with the Kenya Railways Police in Kisumu."
    )
    assert programmes_of(text, {"Kisumu": "KE-17"}, "KEN").empty


def test_runners_named_again_past_their_own_towns_keep_their_own_places():
    text = "Our remediation programme is implemented by the Hope Trust in Kisumu and by the Amani Network in Busia."
    found = by_lead(programmes_of(text, {"Kisumu": "KE-17", "Busia": "KE-04"}, "KEN"))
    assert found["org:hope-trust"].places == ["KE-17"] and found["org:amani-network"].places == ["KE-04"]


def test_one_more_of_a_noun_is_run_by_whoever_ran_that_noun_not_the_last_place_of_help():
    text = (
        "The Hope Trust runs two consultation points, in Kisumu and Busia. Its partner, the Amani Network, runs a "
        "safe house in Nakuru.\n\nPlanned for Q4: a third consultation point in Nandi."
    )
    names = {"Kisumu": "KE-17", "Busia": "KE-04", "Nakuru": "KE-31", "Nandi": "KE-32"}
    planned = [p for p in programmes_of(text, names, "KEN").itertuples() if p.status == "planned"]
    assert [(p.organizations, p.places) for p in planned] == [(["org:hope-trust"], ["KE-32"])]


def test_the_in_of_drop_in_is_no_preposition_before_the_runner():
    text = "A drop-in centre the Hope Trust runs in Mombasa is open every day."
    programme = programmes_of(text, {"Mombasa": "KE-28"}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["KE-28"]


def test_a_count_of_centres_is_no_case_of_counted_victims():
    text = "The evaluation found that the two counselling centres the Hope Trust runs in Mombasa are well used."
    programme = programmes_of(text, {"Mombasa": "KE-28"}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["KE-28"]


def test_who_officers_receive_training_from_runs_the_training():
    text = "The new officers will receive training from the Hope Trust in Kisumu before they take up their posts."
    programme = programmes_of(text, {"Kisumu": "KE-17"}, "KEN").iloc[0]
    assert programme.organizations == ["org:hope-trust"] and programme.places == ["KE-17"] and programme.status == "planned"


def test_an_activity_and_the_labelled_lines_under_it_are_one_planned_programme():
    text = (
        "Activity matrix\n\n"
        "Activity 2.1 - The Hope Trust will establish two rescue centres in Mombasa and Kisumu.\n"
        "Lead agency: Hope Trust\nPartners: UNICEF, Amani Network\nTimeline: 2025-2026\n\n"
        "Activity 2.2 - The Tumaini Centre will train 200 teachers in Nakuru.\n"
        "Lead agency: Tumaini Centre\nPartners: Ministry of Education\nTimeline: 2026\n"
    )
    names = {"Mombasa": "KE-28", "Kisumu": "KE-17", "Nakuru": "KE-31"}
    programmes = programmes_of(text, names, "KEN")
    assert [(p.organizations[0], p.places, p.status) for p in programmes.itertuples()] == [
        ("org:hope-trust", ["KE-28", "KE-17"], "planned"), ("org:tumaini-centre", ["KE-31"], "planned")]
    assert programmes.iloc[0].partners == ["unicef", "org:amani-network"]


def test_a_sheet_that_names_only_who_pays_is_the_work_of_the_first_runner_under_it():
    text = (
        "Safe Work in Tea Estates\n\nCommissioned by: Danish Ministry of Foreign Affairs\nCountry: Kenya\n"
        "Lead executing agency: Ministry of Labour\nTerm: 2023 to 2026\n\n"
        "The Hope Trust works with the Ministry of Labour to train labour inspectors in Kericho."
    )
    programmes = programmes_of(text, {"Kericho": ("KE-12", "admin1", "KEN"), "Kenya": "KEN"}, "KEN")
    assert [(p.organizations[0], p.funders, p.places) for p in programmes.itertuples()] == [("org:hope-trust", ["dnk-mofa"], ["KE-12"])]


def test_a_count_of_shelters_no_runner_is_named_for_makes_no_work_of_the_last_runner():
    text = (
        "The second shelter, in Mombasa, is operated by the local sisters and supported by UNICEF. "
        "In 2024 the three shelters housed 212 girls."
    )
    programme = programmes_of(text, {"Mombasa": "KE-28"}, "KEN").iloc[0]
    assert programme.organizations == ["unicef"] and programme.funders == ["unicef"]


def test_a_known_body_named_for_a_country_the_text_does_not_speak_of_does_not_work_there():
    text = "Implementing partners: Danish Refugee Council, BRAC\nFunded by: ECHO\n\nRefugees at risk of trafficking are identified and supported."
    programme = programmes_of(text, {}, "BGD").iloc[0]
    assert programme.organizations[0] == "drc" and "DNK" not in programme.places

"""The discourse register: what a document named recently, and its subject country."""

from progmap.actors.discourse import People, Referent, Register, Subject, subject_from_metadata


def place(code, kind, start, country=None):
    return Referent(code, kind, country or (code if kind == "country" else code[:2]), start, start + 5, f"sentence naming {code}")


def test_the_province_is_the_last_admin1_unit_named_before():
    register = Register([place("VN-03", "admin1", 0, "VNM"), place("CHN", "country", 20), place("VN-02", "admin1", 40, "VNM")])
    assert [p.code for p in register.resolve("admin1", 30)] == ["VN-03"]
    assert [p.code for p in register.resolve("admin1", 60)] == ["VN-02"]
    assert register.resolve("admin1", 0) == []


def test_the_region_is_a_region_named_shortly_before_rather_than_a_province():
    # "The Kurdistan Region of Iraq hosts workers in Erbil and Duhok. ... Many enter the region through Erbil"
    register = Register([place("region:iq-kurdistan", "region", 0, "IRQ"), place("IQ-AR", "admin1", 100, "IRQ"),
                         place("IQ-DA", "admin1", 120, "IRQ")])
    assert [p.code for p in register.resolve("region", 250)] == ["region:iq-kurdistan"]
    # (a region named long before gives way to the province named last)
    assert [p.code for p in register.resolve("region", 1000)] == ["IQ-DA"]


def test_both_countries_are_the_last_two_distinct_countries():
    register = Register([place("LAO", "country", 0), place("KHM", "country", 10), place("KHM", "country", 20), place("VN-44", "admin1", 30, "VNM")])
    assert [p.code for p in register.resolve("countries", 50)] == ["LAO", "KHM"]
    assert register.resolve("countries", 5) == []


def test_these_districts_are_the_places_last_named_together():
    # "teams in Bogra, Sylhet and Sunamganj (Bangladesh) ... men from these districts"
    register = Register([place("BD-05", "admin1", 0, "BGD"), place("BD-60", "admin1", 100, "BGD"),
                         place("city:sunamganj", "city", 115, "BGD"), place("BGD", "country", 125)])
    assert [p.code for p in register.resolve("places", 200)] == ["BD-60", "city:sunamganj"]
    assert register.resolve("places", 0) == []


def test_the_country_is_the_subject_country_when_there_is_one():
    register = Register([place("THA", "country", 0)], Subject("LAO"))
    assert [p.code for p in register.resolve("country", 10)] == ["LAO"]
    assert [p.code for p in Register([place("THA", "country", 0)]).resolve("country", 10)] == ["THA"]


def test_people_reach_back_within_their_paragraph_only():
    register = Register([])
    register.note(People(10, 0, [("VN-02", "VNM")], ["girls"]))
    assert register.people(0, 50).homes == [("VN-02", "VNM")]
    assert register.people(1, 50) is None
    assert register.people(0, 5) is None


def test_a_statement_beats_metadata_and_adds_roles():
    register = Register([], subject_from_metadata({"subject_country": "THA"}))
    register.state("LAO", {"source"}, "Laos is a source country.")
    register.state("LAO", {"transit"}, "Laos is also a transit country.")
    register.state("THA", {"destination"}, "Thailand is a destination country.")
    assert register.subject == Subject("LAO", frozenset({"source", "transit"}), "Laos is a source country.", False)


def test_a_country_stated_only_as_a_destination_is_no_default_origin():
    assert not Subject("THA", frozenset({"destination"}), "", False).can_be_origin
    assert Subject("LAO", frozenset({"source", "destination"}), "", False).can_be_origin
    assert Subject("LAO").can_be_origin


def test_the_metadata_subject_in_order_of_trust():
    assert subject_from_metadata({"subject_country": "KHM", "subject": "NEPAL 2006 TIP REPORT"}).code == "KHM"
    assert subject_from_metadata({"subject": "EIGHTH ANNUAL TIP REPORT FOR LAOS"}).code == "LAO"
    assert subject_from_metadata({"subject": "BURMA: COOPERATION WITH CHINA AND THAILAND"}) is None
    assert subject_from_metadata(None) is None


def test_tags_alone_never_make_a_subject():
    # A cable tags the countries it touches, often the destination alone.
    assert subject_from_metadata({"tag_countries": ["MYS"]}) is None
    assert subject_from_metadata({"tags_countries": ["NPL", "IND"], "post_country": "NPL"}).code == "NPL"
    assert subject_from_metadata({"tags_countries": ["MYS"], "post_country": "VNM"}) is None


def test_a_headline_destination_is_no_subject():
    # News headlines name where people were going; a report's title says what it is about.
    assert subject_from_metadata({"title": "Police rescue 17 girls bound for Mali"}) is None
    assert subject_from_metadata({"title": "Pakistani brides sold to China"}).code == "PAK"
    assert subject_from_metadata({"subject": "EIGHTH ANNUAL TIP REPORT FOR LAOS"}).code == "LAO"


def test_a_title_naming_a_country_s_forces_abroad_gives_no_subject():
    assert subject_from_metadata({"title": "Foreign entertainers trapped in clubs near US military bases"}) is None
    assert subject_from_metadata({"title": "US embassy funds shelter"}).code == "USA"

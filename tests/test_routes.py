"""Routes: who is moved where, for what, read from small invented texts.

Place mentions are built by hand (as the resolver would give them), so the
tests read only the route rules and need no boundary data.
"""

import pandas as pd
import pytest
from hand_mentions import mentions

from progmap.actors.routes import find_routes
from progmap.schema import MENTION_COLUMNS, ROUTE_COLUMNS


def routes_of(text: str, names: dict, **kwargs) -> pd.DataFrame:
    return find_routes("doc.txt", text, mentions(text, names), **kwargs)


def pairs(routes: pd.DataFrame) -> set:
    return set(zip(routes["origin_code"], routes["destination_code"]))


def by_pair(routes: pd.DataFrame) -> dict:
    return {(r.origin_code, r.destination_code): r for r in routes.itertuples(index=False)}


def test_trafficked_to_x_for_y():
    routes = routes_of("Girls from Lao Cai are trafficked to China for marriage and labor.", {"Lao Cai": "VN-02", "China": "CHN"})
    assert list(routes.columns) == ROUTE_COLUMNS
    route = routes.iloc[0]
    assert (route.origin_code, route.destination_code, route.direction) == ("VN-02", "CHN", "trafficking")
    assert route.purposes == ["marriage", "labour"] and route.victims == ["girls"]
    assert route.source == "extracted" and route.route_id == "route-doc-1"


def test_a_place_framing_the_people_is_their_origin():
    text = (
        "The problem divides along geographic lines, with victims in the north mostly trafficked to the PRC for "
        "marriage and adoption. In the south, most victims are trafficked to Cambodia to work in the sex industry."
    )
    routes = routes_of(text, {"the north": "region:vn-north", "PRC": "CHN", "the south": "region:vn-south", "Cambodia": "KHM"})
    found = by_pair(routes)
    assert set(found) == {("region:vn-north", "CHN"), ("region:vn-south", "KHM")}
    assert found[("region:vn-north", "CHN")].purposes == ["marriage", "adoption"]
    assert found[("region:vn-south", "KHM")].purposes == ["sexual exploitation"]


def test_each_clause_has_its_own_route_and_a_continuation_takes_the_origin_before():
    text = (
        "Most victims are trafficked to Cambodia, though about 900 per month of women from the Delta go to Taiwan "
        "for arranged marriages. It is not known how many of the women who go to Taiwan (or to a lesser extent, "
        "Korea) are trafficked."
    )
    routes = routes_of(text, {"Cambodia": "KHM", "the Delta": "region:vn-mekong-delta", "Taiwan": "TWN", "Korea": "KOR"})
    found = by_pair(routes)
    assert set(found) == {("region:vn-mekong-delta", "TWN"), ("region:vn-mekong-delta", "KOR")}
    assert found[("region:vn-mekong-delta", "TWN")].volume == "about 900 per month"
    assert found[("region:vn-mekong-delta", "KOR")].purposes == ["marriage"]
    # the quote of a continued route holds the sentence naming its origin
    assert "the Delta" in found[("region:vn-mekong-delta", "KOR")].evidence


def test_listed_origins_and_origins_after_the_destination():
    routes = routes_of(
        "Girls are sold to China from Lao Cai, Ha Giang and Dien Bien provinces.",
        {"China": "CHN", "Lao Cai": "VN-02", "Ha Giang": "VN-03", "Dien Bien": "VN-71"},
    )
    assert pairs(routes) == {("VN-02", "CHN"), ("VN-03", "CHN"), ("VN-71", "CHN")}


def test_nationality_groups_are_origins_but_bodies_are_not():
    text = (
        "Burmese and Lao migrants are trafficked into Thailand's fishing industry. "
        "The Lao police took two girls to Vientiane."
    )
    routes = routes_of(text, {"Thailand": "THA", "Vientiane": "LA-VT"})
    assert pairs(routes) == {("MMR", "THA"), ("LAO", "THA")}
    assert by_pair(routes)[("MMR", "THA")].purposes == ["labour"]


def test_the_people_moved_not_their_buyers_nor_where_police_work():
    text = "Police in Guangxi rescued 30 Vietnamese women who had been sold as brides to Chinese men in Guangdong and Fujian."
    routes = routes_of(text, {"Guangxi": "CN-GX", "Guangdong": "CN-GD", "Fujian": "CN-FJ"})
    assert pairs(routes) == {("VNM", "CN-GD"), ("VNM", "CN-FJ")}
    assert set(routes["victims"].map(tuple)) == {("women",)} and set(routes["purposes"].map(tuple)) == {("marriage",)}


def test_from_a_country_to_a_list_of_countries():
    text = "Women and children are trafficked from Vietnam to Cambodia, China and Thailand for sexual exploitation."
    routes = routes_of(text, {"Vietnam": "VNM", "Cambodia": "KHM", "China": "CHN", "Thailand": "THA"})
    assert pairs(routes) == {("VNM", "KHM"), ("VNM", "CHN"), ("VNM", "THA")}
    assert set(routes["victims"].map(tuple)) == {("women", "children")}


def test_a_tip_report_paragraph():
    text = (
        "Vietnam is a source country for men, women, and children subjected to sex trafficking. Vietnamese women "
        "are subjected to sex trafficking abroad; many are sold to brothel operators on the borders of China and "
        "Laos, and elsewhere in Asia, including Thailand and Malaysia. Vietnamese boys are forced to work on "
        "cannabis farms in the United Kingdom. Within the country, Vietnamese children are subjected to forced "
        "labor in Hanoi."
    )
    names = {"Vietnam": "VNM", "China": "CHN", "Laos": "LAO", "Thailand": "THA", "Malaysia": "MYS",
             "United Kingdom": "GBR", "Hanoi": "VN-HN"}
    routes = routes_of(text, names)
    found = by_pair(routes)
    # "Within the country ... in Hanoi": an internal route, from the country to the place inside it.
    assert set(found) == {("VNM", c) for c in ("CHN", "LAO", "THA", "MYS", "GBR", "VN-HN")}
    assert found[("VNM", "THA")].purposes == ["sexual exploitation"] and found[("VNM", "THA")].victims == ["women"]
    assert found[("VNM", "GBR")].purposes == ["labour"] and found[("VNM", "GBR")].victims == ["boys"]


def test_a_destination_country_and_where_its_victims_come_from():
    text = "Thailand is a destination country for men and women from Burma and Cambodia subjected to forced labor."
    routes = routes_of(text, {"Thailand": "THA", "Burma": "MMR", "Cambodia": "KHM"})
    assert pairs(routes) == {("MMR", "THA"), ("KHM", "THA")}


def test_return_flows_keep_the_trafficking_direction():
    text = (
        "AAT has worked with over 5,500 Vietnamese victims repatriated mostly from Malaysia, but also from "
        "Thailand, Singapore and Europe."
    )
    routes = routes_of(text, {"Malaysia": "MYS", "Thailand": "THA", "Singapore": "SGP", "Europe": "region:europe"})
    assert pairs(routes) == {("VNM", d) for d in ("MYS", "THA", "SGP", "region:europe")}
    assert set(routes["direction"]) == {"return"}
    assert all("Vietnamese" in e for e in routes["evidence"])


def test_a_return_from_a_city_to_home():
    # The return's "to" place is the victims' home as the text names it: more precise than their nationality.
    text = "Thai authorities repatriated 120 Lao girls from Bangkok to Vientiane, where the Lao Women's Union received them."
    routes = routes_of(text, {"Bangkok": ("city:bangkok", "city", "THA"), "Vientiane": "LA-VT"})
    route = routes.iloc[0]
    assert (route.origin_code, route.destination_code, route.direction) == ("LA-VT", "city:bangkok", "return")
    assert route.victims == ["girls"]


def test_rescued_and_brought_home_is_a_return_from_where_they_were():
    routes = routes_of(
        "In 2017 the foundation rescued 45 girls in Henan province and brought them home to Vietnam.",
        {"Henan": "CN-HA", "Vietnam": "VNM"},
    )
    route = routes.iloc[0]
    assert (route.origin_code, route.destination_code, route.direction) == ("VNM", "CN-HA", "return")


def test_a_repatriation_country_is_never_an_origin():
    routes = routes_of(
        "Survivors were repatriated from Thailand, and 45 returnees from Cambodia reached An Giang.",
        {"Thailand": "THA", "Cambodia": "KHM", "An Giang": "VN-44"},
    )
    assert not routes["origin_code"].isin(["THA", "KHM"]).any()
    # Returnees who reach home are a return flow, kept in trafficking direction.
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("VN-44", "KHM", "return")}


def test_internal_routes_from_rescues():
    routes = routes_of(
        "(Mostly children of Dien Bien province rescued in factories at HCMC by the police.)",
        {"Dien Bien": "VN-71", "HCMC": "VN-SG"},
    )
    route = routes.iloc[0]
    assert (route.origin_code, route.destination_code) == ("VN-71", "VN-SG")
    assert route.purposes == ["labour"] and route.victims == ["children"]


def test_purposes_may_come_from_the_next_sentence():
    routes = routes_of("Girls from Ha Giang are taken to China. They are sold as brides.", {"Ha Giang": "VN-03", "China": "CHN"})
    route = routes.iloc[0]
    assert route.purposes == ["marriage"]
    assert "They are sold as brides." in route.evidence


def test_a_destination_inside_a_region_of_the_same_country_is_kept_specific():
    routes = routes_of(
        "Girls from Nghe An are lured to China and sold as brides in Guangxi.",
        {"Nghe An": "VN-22", "China": "CHN", "Guangxi": "CN-GX"},
    )
    assert pairs(routes) == {("VN-22", "CN-GX")}


@pytest.mark.parametrize(
    "text",
    [
        "Victims were trafficked to China.",  # no origin stated
        "Many Vietnamese migrate legally to Malaysia for work.",  # moving, not trafficked
        "Women from An Giang go to Taiwan for arranged marriages.",  # marriage migration, unless the sentence says more
        "The Lao police arrested 12 traffickers in Bokeo.",
        "Blue Dragon, based in Hanoi, rescues girls trafficked to China.",  # a base is no origin
    ],
)
def test_no_route_without_a_stated_origin_and_destination(text):
    names = {"China": "CHN", "Malaysia": "MYS", "Hanoi": "VN-HN", "Bokeo": "LA-BK"}
    assert routes_of(text, names).empty


def test_going_somewhere_for_an_exploitative_purpose_is_a_route():
    routes = routes_of("Women from An Giang go to Cambodia for sex work.", {"An Giang": "VN-44", "Cambodia": "KHM"})
    assert routes[["origin_code", "destination_code", "purposes"]].values.tolist() == [["VN-44", "KHM", ["sexual exploitation"]]]


def test_one_route_per_origin_and_destination_merging_statements():
    text = (
        "Women from An Giang are trafficked to Cambodia for sex work.\n\n"
        "Each year about 300 girls from An Giang are sold to Cambodia as brides. Cambodian brothels buy girls from An Giang."
    )
    routes = routes_of(text, {"An Giang": "VN-44", "Cambodia": "KHM"})
    assert len(routes) == 1
    route = routes.iloc[0]
    assert route.purposes == ["sexual exploitation", "marriage"] and route.victims == ["women", "girls"]
    assert route.volume == "about 300" and route.evidence.count("An Giang") >= 2
    assert route.start == 0


def test_ids_are_deterministic_and_every_quote_names_both_ends():
    text = "Cambodian men are trafficked to Thailand and Malaysia to work on fishing boats."
    first = routes_of(text, {"Thailand": "THA", "Malaysia": "MYS"})
    second = routes_of(text, {"Thailand": "THA", "Malaysia": "MYS"})
    assert first.equals(second)
    assert list(first["route_id"]) == ["route-doc-1", "route-doc-2"]
    for route in first.itertuples():
        assert "Cambodian" in route.evidence and ("Thailand" in route.evidence and "Malaysia" in route.evidence)


def test_empty_input():
    assert list(find_routes("d", "No places.", pd.DataFrame(columns=MENTION_COLUMNS)).columns) == ROUTE_COLUMNS


def test_a_sentence_going_on_about_the_same_people_completes_the_route():
    # Destination first, origins in the next sentence; then the reverse.
    text = (
        "Last year the shelter received 80 girls trafficked to China. Most came from ethnic minority villages in "
        "Ha Giang and Lao Cai. Some were sold as brides in Henan.\n\n"
        "Many young men come from poor districts of Nghe An. They are later forced to work on fishing boats in Thailand."
    )
    names = {"China": "CHN", "Ha Giang": "VN-03", "Lao Cai": "VN-02", "Henan": ("CN-HA", "admin1", "CHN"),
             "Nghe An": "VN-22", "Thailand": "THA"}
    found = by_pair(routes_of(text, names))
    assert set(found) == {
        ("VN-03", "CHN"), ("VN-02", "CHN"), ("VN-03", "CN-HA"), ("VN-02", "CN-HA"), ("VN-22", "THA"),
    }
    # Each route quotes the sentences that name its two ends.
    assert "Ha Giang" in found[("VN-03", "CHN")].evidence and "China" in found[("VN-03", "CHN")].evidence
    assert found[("VN-02", "CN-HA")].purposes == ["marriage"]
    assert "Nghe An" in found[("VN-22", "THA")].evidence and found[("VN-22", "THA")].purposes == ["labour"]


def test_sentences_about_other_people_do_not_lend_their_places():
    for after in ("Officials from Lao Cai attended the ceremony.", "Most officials from Lao Cai attended the ceremony."):
        text = "Police rescued 12 women trafficked to China. " + after
        assert routes_of(text, {"China": "CHN", "Lao Cai": "VN-02"}).empty, after


def test_a_place_opening_the_sentence_frames_the_people_someone_reports_on():
    text = "In the Mekong Delta, partners reported that young women were recruited for marriage to Taiwan."
    assert pairs(routes_of(text, {"the Mekong Delta": "region:vn-mekong-delta", "Taiwan": "TWN"})) == {
        ("region:vn-mekong-delta", "TWN")
    }
    # A place inside the saying clause is where the speaker is: an origin only when nothing else gives one, inferred.
    routes = routes_of("Police in Hanoi said women were trafficked to China.", {"Hanoi": "VN-HN", "China": "CHN"})
    assert routes[["origin_code", "destination_code", "origin_inferred"]].values.tolist() == [["VN-HN", "CHN", True]]


def test_the_next_sentence_about_the_same_people_gives_the_purpose_even_when_it_names_a_place():
    text = (
        "Border guards stopped 17 women about to be taken across the border to China. The victims came from Son La. "
        "They had been promised jobs in Guangxi but were to be sold as wives."
    )
    routes = routes_of(text, {"China": "CHN", "Son La": "VN-05", "Guangxi": ("CN-GX", "admin1", "CHN")})
    route = by_pair(routes)[("VN-05", "CHN")]
    assert route.purposes == ["marriage"] and "sold as wives" in route.evidence


def test_a_list_goes_on_past_the_kind_word_of_each_place():
    text = "Women from Shan State and Kachin State are trafficked to Yunnan province and Guangxi for forced marriage."
    names = {"Shan": ("MM-17", "admin1", "MMR"), "Kachin": ("MM-11", "admin1", "MMR"),
             "Yunnan": ("CN-YN", "admin1", "CHN"), "Guangxi": ("CN-GX", "admin1", "CHN")}
    assert pairs(routes_of(text, names)) == {("MM-17", "CN-YN"), ("MM-11", "CN-YN"), ("MM-17", "CN-GX"), ("MM-11", "CN-GX")}


def test_returns_to_home_villages_name_where_the_victims_come_from():
    text = "Many survivors return from China to villages in the Central Highlands."
    routes = routes_of(text, {"China": "CHN", "the Central Highlands": "region:vn-central-highlands"})
    assert routes[["origin_code", "destination_code", "direction"]].values.tolist() == [
        ["region:vn-central-highlands", "CHN", "return"]
    ]
    # Without a return, villages abroad are where people are taken.
    assert pairs(routes_of("Girls from Ha Giang are trafficked to villages in Henan.",
                           {"Ha Giang": "VN-03", "Henan": ("CN-HA", "admin1", "CHN")})) == {("VN-03", "CN-HA")}


def test_foreigners_held_where_they_are_exploited():
    text = "Many Burmese migrants in Samut Sakhon and Songkhla are subjected to forced labor in seafood processing."
    names = {"Samut Sakhon": ("TH-74", "admin1", "THA"), "Songkhla": ("TH-90", "admin1", "THA")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("MMR", "TH-74"), ("MMR", "TH-90")} and routes.iloc[0].purposes == ["labour"]
    # Where they merely live is no destination.
    assert routes_of("Burmese migrants in Samut Sakhon send money home.", names).empty


def test_origins_after_a_general_phrase():
    text = "Victims from neighboring countries, particularly Burma, Cambodia and Laos, are trafficked to Thailand."
    assert pairs(routes_of(text, {"Burma": "MMR", "Cambodia": "KHM", "Laos": "LAO", "Thailand": "THA"})) == {
        ("MMR", "THA"), ("KHM", "THA"), ("LAO", "THA")
    }


def test_each_list_of_destinations_keeps_its_own_purpose():
    names = {"Cambodia": "KHM", "China": "CHN", "Taiwan": "TWN"}
    after = "Vietnamese women are trafficked to Cambodia for sexual exploitation, and to China and Taiwan for marriage."
    before = "Vietnamese women are trafficked for sexual exploitation to Cambodia, and for marriage to China and Taiwan."
    for text in (after, before):
        found = by_pair(routes_of(text, names))
        assert found[("VNM", "KHM")].purposes == ["sexual exploitation"], text
        assert found[("VNM", "CHN")].purposes == ["marriage"] and found[("VNM", "TWN")].purposes == ["marriage"], text
    # One purpose for the lot stays with all of them.
    found = by_pair(routes_of("Vietnamese women are trafficked to Cambodia and to China for marriage.", names))
    assert found[("VNM", "KHM")].purposes == found[("VNM", "CHN")].purposes == ["marriage"]


def test_a_workplace_named_by_nationality_is_a_destination():
    text = "Lao men are trafficked for labor on Thai fishing boats. Lao men enjoy Thai food."
    routes = routes_of(text, {})
    assert routes[["origin_code", "destination_code", "purposes"]].values.tolist() == [["LAO", "THA", ["labour"]]]
    assert "Thai fishing boats" in routes.iloc[0].evidence


# --- the movement frame: one test per role ------------------------------------------------


def test_a_nominalization_is_a_frame_of_its_own():
    text = "The report describes the trafficking of Lao and Cambodian girls to Sabah, Malaysia."
    routes = routes_of(text, {"Sabah": ("MY-12", "admin1", "MYS"), "Malaysia": "MYS"})
    assert pairs(routes) == {("LAO", "MY-12"), ("KHM", "MY-12")}
    assert set(routes["victims"].map(tuple)) == {("girls",)}


def test_a_nominalization_names_no_destination_with_in():
    # "trafficking in Asia" is where the problem is, not where anyone is taken.
    text = "Nepali officials discussed the trafficking of women in Asia and Europe."
    assert routes_of(text, {"Asia": "region:asia", "Europe": "region:europe"}).empty


def test_a_transit_chain_gives_the_end_to_end_route_through_its_legs():
    text = "Vietnamese women are trafficked to Laos and then on to third countries such as Thailand and Malaysia."
    routes = routes_of(text, {"Laos": "LAO", "Thailand": "THA", "Malaysia": "MYS"})
    assert pairs(routes) == {("VNM", "THA"), ("VNM", "MYS")}
    assert set(routes["via"].map(tuple)) == {("LAO",)}


def test_a_transit_verb_and_en_route_to():
    text = "Many Burmese men transiting Thailand en route to Indonesia are forced to work on fishing vessels."
    routes = routes_of(text, {"Thailand": "THA", "Indonesia": "IDN"})
    assert routes[["origin_code", "destination_code", "via", "purposes"]].values.tolist() == [["MMR", "IDN", ["THA"], ["labour"]]]


def test_via_and_through_are_paths():
    text = "Nepali women are smuggled through India and via Dubai to Oman."
    routes = routes_of(text, {"India": "IND", "Dubai": ("AE-DU", "admin1", "ARE"), "Oman": "OMN"})
    assert routes[["origin_code", "destination_code", "via"]].values.tolist() == [["NPL", "OMN", ["IND", "AE-DU"]]]


def test_a_transit_leg_without_a_named_end_stays_the_destination():
    text = "Vietnamese women are trafficked to Laos and then on to third countries."
    assert pairs(routes_of(text, {"Laos": "LAO"})) == {("VNM", "LAO")}


def test_a_long_list_of_destinations_after_what_people_are_exploited_in():
    text = "Ukrainian men are exploited in fishing, construction, farming and domestic work, mainly in Angola, Russia and Qatar."
    routes = routes_of(text, {"Angola": "AGO", "Russia": "RUS", "Qatar": "QAT"})
    assert pairs(routes) == {("UKR", "AGO"), ("UKR", "RUS"), ("UKR", "QAT")}
    assert set(routes["purposes"].map(tuple)) == {("labour",)}


def test_a_parenthetical_does_not_end_a_list_of_destinations():
    text = "Romanian women are trafficked to Germany and Poland (often in nail salons), western Europe, the Middle East."
    names = {"Germany": "DEU", "Poland": "POL", "western Europe": "region:western-europe", "the Middle East": "region:middle-east"}
    routes = routes_of(text, names)
    assert pairs(routes) == {("ROU", "DEU"), ("ROU", "POL"), ("ROU", "region:western-europe"), ("ROU", "region:middle-east")}


def test_enter_takes_its_object_as_the_destination_and_the_crossing_as_a_path():
    text = "Karen women from Burma enter Thailand at the Mae Sot crossing."
    routes = routes_of(text, {"Burma": "MMR", "Thailand": "THA", "Mae Sot": ("city:mae-sot", "city", "THA")})
    assert routes[["origin_code", "destination_code", "via"]].values.tolist() == [["MMR", "THA", ["city:mae-sot"]]]


def test_end_up_in_and_located_in_are_destinations():
    assert pairs(routes_of("Many girls from Ha Giang end up in brothels in Yunnan.",
                           {"Ha Giang": "VN-03", "Yunnan": ("CN-YN", "admin1", "CHN")})) == {("VN-03", "CN-YN")}
    assert pairs(routes_of("Police located 14 Cambodian victims in Songkhla.",
                           {"Songkhla": ("TH-90", "admin1", "THA")})) == {("KHM", "TH-90")}


def test_a_girl_living_somewhere_comes_from_there():
    text = "A broker took Mai, a twelve-year-old girl living in the mountains of Laos, to a garment workshop in Bangkok."
    routes = routes_of(text, {"Laos": "LAO", "Bangkok": ("TH-10", "admin1", "THA")})
    assert routes[["origin_code", "destination_code", "purposes"]].values.tolist() == [["LAO", "TH-10", ["labour"]]]


def test_a_place_in_a_relative_clause_about_something_else_is_no_destination():
    text = "A shelter for Vietnamese trafficked victims, which was discussed in Chinese newspapers, does not exist in Guangxi."
    assert routes_of(text, {"Guangxi": ("CN-GX", "admin1", "CHN")}).empty


def test_an_infinitive_is_no_destination():
    text = "Police met to highlight the Cambodia-Thailand cross-border trafficking of children."
    assert routes_of(text, {"Cambodia": "KHM", "Thailand": "THA"}).empty


def test_to_and_from_has_no_direction():
    text = "The port is a passageway for migrants, some of them trafficked, to and from the Philippines and Malaysia."
    assert routes_of(text, {"Philippines": "PHL", "Malaysia": "MYS"}).empty


# --- return flows -------------------------------------------------------------------------------


def test_authorities_returning_people_home_are_where_they_come_back_from():
    routes = routes_of("Thai authorities returned 80 women to Savannakhet.", {"Savannakhet": ("LA-SV", "admin1", "LAO")})
    assert routes[["origin_code", "destination_code", "direction"]].values.tolist() == [["LA-SV", "THA", "return"]]


def test_a_country_deporting_people_is_where_they_come_back_from():
    routes = routes_of("Malaysia deported 300 Indonesian workers last year.", {"Malaysia": "MYS"})
    assert routes[["origin_code", "destination_code", "direction"]].values.tolist() == [["IDN", "MYS", "return"]]


def test_a_repatriation_after_the_route_it_undoes_is_a_return_of_its_own():
    text = "Police found 57 Burmese migrants smuggled into Ranong. Officials assisted with the repatriation of the migrants."
    routes = routes_of(text, {"Ranong": ("TH-85", "admin1", "THA")})
    assert pairs(routes) == {("MMR", "TH-85")} and list(routes["direction"]) == ["trafficking", "return"]


def test_a_return_home_and_the_place_she_was_lured_to():
    text = "After returning home to Cambodia, the woman accused a broker of luring her into a brothel in Malaysia."
    routes = routes_of(text, {"Cambodia": "KHM", "Malaysia": "MYS"})
    assert pairs(routes) == {("KHM", "MYS")}


# --- discourse across sentences -----------------------------------------------------------------


def test_the_province_points_back_at_the_last_province_named():
    text = "Ha Giang lies on the border. Girls from the province are trafficked to Yunnan."
    routes = routes_of(text, {"Ha Giang": "VN-03", "Yunnan": ("CN-YN", "admin1", "CHN")})
    assert pairs(routes) == {("VN-03", "CN-YN")}


def test_its_inhabitants_are_the_people_of_the_last_place_named():
    text = "Thanh Hoa is among the poorest provinces. Many of its inhabitants are trafficked to Laos."
    assert pairs(routes_of(text, {"Thanh Hoa": "VN-38", "Laos": "LAO"})) == {("VN-38", "LAO")}


def test_both_countries_are_the_last_two_countries_named():
    text = "Laos and Cambodia signed an agreement. Girls from both countries are trafficked to Thailand."
    assert pairs(routes_of(text, {"Laos": "LAO", "Cambodia": "KHM", "Thailand": "THA"})) == {("LAO", "THA"), ("KHM", "THA")}


def test_these_women_are_the_women_named_before():
    text = "A broker recruited twelve women from Lao Cai. These women were later sold to brothels in Malaysia."
    routes = routes_of(text, {"Lao Cai": "VN-02", "Malaysia": "MYS"})
    assert pairs(routes) == {("VN-02", "MYS")}
    assert "Lao Cai" in routes.iloc[0].evidence and not routes.iloc[0].origin_inferred


def test_reported_speech_gives_the_speakers_place_only_when_nothing_else_does():
    names = {"Nghe An": "VN-22", "Thanh Hoa": "VN-38", "China": "CHN"}
    inferred = routes_of("Officials in Nghe An told us that 30 women were trafficked to China.", names)
    assert inferred[["origin_code", "destination_code", "origin_inferred"]].values.tolist() == [["VN-22", "CHN", True]]
    stated = routes_of("Officials in Nghe An told us that 30 women from Thanh Hoa were trafficked to China.", names)
    assert stated[["origin_code", "destination_code", "origin_inferred"]].values.tolist() == [["VN-38", "CHN", False]]


# --- the subject country -------------------------------------------------------------------------


def test_an_implicit_origin_defaults_to_the_subject_country_of_the_metadata():
    routes = routes_of("Women are trafficked to Thailand for domestic work.", {"Thailand": "THA"}, metadata={"subject_country": "LAO"})
    assert routes[["origin_code", "destination_code", "origin_inferred"]].values.tolist() == [["LAO", "THA", True]]


def test_the_subject_country_of_a_statement_is_quoted_not_inferred():
    text = "Laos is a source country for trafficked persons. Women are trafficked to Thailand."
    routes = routes_of(text, {"Laos": "LAO", "Thailand": "THA"})
    assert routes[["origin_code", "destination_code", "origin_inferred"]].values.tolist() == [["LAO", "THA", False]]
    assert "Laos is a source country" in routes.iloc[0].evidence


def test_a_destination_country_is_no_default_origin():
    text = "Thailand is a destination country for trafficked persons. Women are trafficked to Bangkok."
    assert routes_of(text, {"Thailand": "THA", "Bangkok": ("TH-10", "admin1", "THA")}).empty


def test_internal_trafficking_stays_in_the_subject_country():
    text = "Cambodia is a source and destination country. Within Cambodia, children are trafficked for forced begging."
    routes = routes_of(text, {"Cambodia": "KHM"})
    assert routes[["origin_code", "destination_code", "purposes"]].values.tolist() == [["KHM", "KHM", ["begging"]]]
    text = "Cambodia is a source country. Women and girls are trafficked internally for sexual exploitation."
    assert pairs(routes_of(text, {"Cambodia": "KHM"})) == {("KHM", "KHM")}


def test_a_source_country_both_at_home_and_abroad():
    text = "Burma is a source country for women subjected to sex trafficking, both in Burma and abroad."
    assert pairs(routes_of(text, {"Burma": "MMR"})) == {("MMR", "MMR")}


def test_regional_nationality_words_give_regions_as_origins():
    text = "Australia is a destination country for Chinese and Southeast Asian women trafficked for prostitution."
    routes = routes_of(text, {"Australia": "AUS"})
    assert pairs(routes) == {("CHN", "AUS"), ("region:south-eastern-asia", "AUS")}


def test_what_people_are_forced_to_do_there_places_the_exploitation():
    routes = by_pair(routes_of("Children from Romania are forced to beg in Spain.", {"Romania": "ROU", "Spain": "ESP"}))
    assert routes[("ROU", "ESP")].purposes == ["begging"]
    routes = by_pair(routes_of("Men from Benin are forced to work in quarries in Nigeria.", {"Benin": "BEN", "Nigeria": "NGA"}))
    assert routes[("BEN", "NGA")].purposes == ["labour"]
    assert routes_of("Officials from Benin agreed to meet in Nigeria.", {"Benin": "BEN", "Nigeria": "NGA"}).empty


def test_a_workplace_named_by_nationality_after_to_is_the_destination():
    routes = by_pair(routes_of("Burmese men are trafficked to Thai fishing boats.", {}))
    assert routes[("MMR", "THA")].purposes == ["labour"]


def test_the_work_people_are_moved_for_places_its_destination():
    text = "The recruitment of Nepali workers for jobs in Malaysia and Qatar often involves debt bondage."
    assert pairs(routes_of(text, {"Malaysia": "MYS", "Qatar": "QAT"})) == {("NPL", "MYS"), ("NPL", "QAT")}
    text = "Ethiopian women seeking domestic work in Lebanon are often exploited by their employers."
    assert by_pair(routes_of(text, {"Lebanon": "LBN"}))[("ETH", "LBN")].purposes == ["labour"]
    # A lure's promise is no destination; seeking work with no word of exploitation is no route.
    assert routes_of("Agents lured women from Benin City with promises of jobs in Europe.", {"Benin City": ("city:2347283", "city", "NGA"), "Europe": "region:europe"}).empty
    assert routes_of("Many Ethiopians seek work in Lebanon.", {"Lebanon": "LBN"}).empty


def test_an_origin_left_implicit_is_where_the_writers_are_based():
    text = "We are an NGO based in Chisinau. The women we assist were trafficked to Russia for sexual exploitation."
    route = by_pair(routes_of(text, {"Chisinau": ("city:618426", "city", "MDA"), "Russia": "RUS"}))[("MDA", "RUS")]
    assert route.origin_inferred
    # No route from the writers' country to itself.
    text = "We are a charity based in London. The women we support were trafficked to the UK for sexual exploitation."
    assert routes_of(text, {"London": ("city:2643743", "city", "GBR"), "UK": "GBR"}).empty


def test_people_with_a_home_of_their_own_after_and_open_a_clause_of_their_own():
    text = "Children from Benin are trafficked to Nigeria to work in quarries, and girls from Togo are taken to Gabon for domestic servitude."
    names = {"Benin": "BEN", "Nigeria": "NGA", "Togo": "TGO", "Gabon": "GAB"}
    assert pairs(routes_of(text, names)) == {("BEN", "NGA"), ("TGO", "GAB")}
    # "and some transit X" goes on with the same people.
    text = "Guatemalan men are subjected to forced labor in Mexico, and some transit Mexico en route to the United States."
    assert ("GTM", "USA") in pairs(routes_of(text, {"Mexico": "MEX", "United States": "USA"}))


def test_victims_found_by_a_countrys_authorities_were_found_in_that_country():
    text = "Thai authorities identified 230 victims from Myanmar and Laos who were exploited on fishing vessels."
    assert pairs(routes_of(text, {"Myanmar": "MMR", "Laos": "LAO"})) == {("MMR", "THA"), ("LAO", "THA")}
    assert routes_of("Cambodian police rescued 40 Cambodian women from a brothel.", {}).empty


def test_authorities_in_a_country_act_there():
    text = "Authorities in Thailand identified 230 victims from Myanmar on fishing vessels."
    assert pairs(routes_of(text, {"Thailand": "THA", "Myanmar": "MMR"})) == {("MMR", "THA")}


def test_the_country_of_a_named_origin_is_no_origin_of_its_own():
    text = "Girls from Lao Cai, Vietnam, are trafficked to China."
    assert pairs(routes_of(text, {"Lao Cai": "VN-02", "Vietnam": "VNM", "China": "CHN"})) == {("VN-02", "CHN")}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Girls from An Giang are sold as brides to Chinese men.", {"An Giang": "VN-44"}, {("VN-44", "CHN")}),
        ("Brokers recruit women from Kampong Cham for marriage to Korean men.", {"Kampong Cham": "KH-3"}, {("KH-3", "KOR")}),
        # "men from X": where the buyers are is where the move ends, not where the girls come from.
        ("Syrian girls are married off to men from Saudi Arabia.", {"Saudi Arabia": "SAU"}, {("SYR", "SAU")}),
        # A named destination wins over the buyers' nationality.
        ("Girls from Lao Cai are sold to Chinese men in Malaysia.", {"Lao Cai": "VN-02", "Malaysia": "MYS"}, {("VN-02", "MYS")}),
    ],
)
def test_buyers_nationality_ends_a_move_that_names_no_place(text, names, expected):
    assert pairs(routes_of(text, names)) == expected


def test_the_country_after_a_nationality_is_theirs_when_no_subject_is_known():
    text = (
        "The project works in Ghana, Togo and Benin. Ghanaian children are trafficked within the country "
        "for forced labor in fishing on Lake Volta."
    )
    routes = routes_of(text, {"Ghana": "GHA", "Togo": "TGO", "Benin": "BEN"})
    assert ("GHA", "BEN") not in pairs(routes)


def test_victims_identified_with_homes_abroad_were_found_in_the_reports_country():
    text = (
        "Austria is a destination country. The identified victims were women trafficked for sexual exploitation, "
        "mainly from Romania and Nigeria."
    )
    routes = routes_of(text, {"Austria": "AUT", "Romania": "ROU", "Nigeria": "NGA"})
    assert pairs(routes) == {("ROU", "AUT"), ("NGA", "AUT")}


def test_offenders_abroad_are_where_the_abusers_are_not_a_destination():
    text = "Filipino children are sexually exploited online by offenders in the United States and Australia."
    assert routes_of(text, {"United States": "USA", "Australia": "AUS"}).empty


def test_within_the_country_including_named_cities():
    text = "Kenyan women are exploited in sex trafficking within the country, including in Nairobi and Mombasa."
    routes = routes_of(text, {"Nairobi": "KE-30", "Mombasa": "KE-28"})
    assert pairs(routes) == {("KEN", "KE-30"), ("KEN", "KE-28")}


def test_a_capitalized_cue_inside_a_programme_name_moves_no_one():
    text = (
        "Bangladesh is a source country. Winrock is implementing the Counter Trafficking-in-Persons program "
        "in Dhaka and Khulna divisions."
    )
    assert routes_of(text, {"Bangladesh": "BGD", "Dhaka": "BD-13", "Khulna": "BD-27"}).empty


def test_victims_intercepted_at_home_have_no_route_from_home():
    text = "Bangladesh is a source country. An NGO works with border guards to intercept victims at border points in Jessore."
    assert routes_of(text, {"Bangladesh": "BGD", "Jessore": "BD-22"}).empty


def test_a_later_frame_of_the_clause_can_say_where_the_people_come_from():
    routes = routes_of("Victims were found in Poland after being recruited in Ukraine.", {"Poland": "POL", "Ukraine": "UKR"})
    assert pairs(routes) == {("UKR", "POL")}


def test_a_hedged_home_after_the_people_a_rescue_names():
    text = "Police rescued 20 women, mostly from Nepal, from a brothel in Kolkata."
    routes = routes_of(text, {"Nepal": "NPL", "Kolkata": ("city:1275004", "city", "IND")})
    assert pairs(routes) == {("NPL", "city:1275004")}


def test_county_lines_drug_selling_is_a_purpose():
    text = "Girls from Hanoi are trafficked to Cambodia to sell drugs for county lines gangs."
    routes = routes_of(text, {"Hanoi": "VN-HN", "Cambodia": "KHM"})
    assert routes.iloc[0]["purposes"] == ["other"]


def test_a_promise_kept_by_then_exploiting_them_there_is_a_destination():
    names = {"Mindanao": ("region:ne-mindanao", "region", "PHL"), "Manila": ("city:1701668", "city", "PHL")}
    text = "Traffickers recruit women from Mindanao with false job offers in Manila, then exploit them in commercial sex."
    assert pairs(routes_of(text, names)) == {("region:ne-mindanao", "city:1701668")}
    # A promise alone is no destination.
    assert routes_of("Traffickers recruit women from Mindanao with false job offers in Manila.", names).empty


def test_recruited_in_home_villages_of_a_province_begins_there():
    text = "The men had been recruited in their home villages in Prey Veng by brokers and were sold to boat captains in Samut Sakhon."
    routes = routes_of(text, {"Prey Veng": ("KH-14", "admin1", "KHM"), "Samut Sakhon": ("TH-74", "admin1", "THA")})
    assert pairs(routes) == {("KH-14", "TH-74")}


def test_a_border_crossing_is_on_the_way_not_the_end():
    text = "Brokers recruited the boys in Kandal. They were taken across the border at Poipet and sold to a fishing boat in Songkhla."
    routes = routes_of(text, {"Kandal": ("KH-8", "admin1", "KHM"), "Poipet": ("city:poipet", "city", "KHM"),
                              "Songkhla": ("TH-90", "admin1", "THA")})
    assert pairs(routes) == {("KH-8", "TH-90")}
    assert list(routes["via"]) == [["city:poipet"]]


def test_authorities_finding_foreign_fishers_found_them_in_their_own_country():
    text = "Indonesian authorities found 600 foreign fishers, mostly from Myanmar and Laos, on a remote island."
    routes = routes_of(text, {"Myanmar": "MMR", "Laos": "LAO"})
    assert pairs(routes) == {("MMR", "IDN"), ("LAO", "IDN")}


def test_a_list_of_origins_runs_on_past_a_states_unit_word_and_an_area_noun():
    text = "It examines the smuggling of refugees from Rakhine State and the camps of southern Bangladesh to Malaysia."
    routes = routes_of(text, {"Rakhine": ("MM-16", "admin1", "MMR"), "Bangladesh": "BGD", "Malaysia": "MYS"})
    assert pairs(routes) == {("MM-16", "MYS"), ("BGD", "MYS")}


def test_victims_after_for_are_people_in_general_not_the_children_just_named():
    text = "Girls from Cahul are forced to beg in Chisinau. Traffickers use the region as a transit point for victims sent to Russia."
    routes = routes_of(text, {"Cahul": ("MD-CA", "admin1", "MDA"), "Chisinau": ("MD-CU", "admin1", "MDA"), "Russia": "RUS"})
    assert ("MD-CA", "RUS") not in pairs(routes)
    text = "Girls from Cahul are forced to beg in Chisinau. Victims are also sent to Russia."
    routes = routes_of(text, {"Cahul": ("MD-CA", "admin1", "MDA"), "Chisinau": ("MD-CU", "admin1", "MDA"), "Russia": "RUS"})
    assert ("MD-CA", "RUS") in pairs(routes)


def test_a_journey_told_in_legs_ends_at_its_last_leg_and_starts_at_home():
    text = ("The Eritrean victims travelled by air to Khartoum, overland through Libya to Italy, "
            "and were hidden in lorries from Calais to Kent.")
    names = {"Khartoum": ("city:khartoum", "city", "SDN"), "Libya": "LBY", "Italy": "ITA",
             "Calais": ("city:calais", "city", "FRA"), "Kent": ("GB-KEN", "admin1", "GBR")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("ERI", "GB-KEN")}
    assert set(routes["via"].iloc[0]) == {"city:khartoum", "LBY", "ITA", "city:calais"}


def test_a_movement_after_a_sentence_on_exploitation_is_that_trafficking():
    names = {"Vietnam": "VNM", "the United Kingdom": "GBR"}
    text = ("They were convicted of arranging travel with a view to exploitation. "
            "They organised the movement of 30 Vietnamese nationals from Vietnam to the United Kingdom.")
    assert pairs(routes_of(text, names)) == {("VNM", "GBR")}
    text = "They were convicted of fraud.\n\nThey organised the movement of 30 Vietnamese nationals from Vietnam to the United Kingdom."
    assert routes_of(text, names).empty


def test_victims_identified_with_a_share_from_a_country_came_from_there():
    text = "In 2021 Colombian authorities identified 127 victims, 68 of them from Venezuela."
    assert pairs(routes_of(text, {"Venezuela": "VEN"})) == {("VEN", "COL")}


def test_people_named_crossing_a_border_are_who_they_is_later():
    text = ("Our teams met 4,200 Venezuelan women who had crossed the border into Colombia. "
            "They were forced into sex work in Cucuta to pay the debt.")
    routes = routes_of(text, {"Colombia": "COL", "Cucuta": ("city:cucuta", "city", "COL")})
    assert ("VEN", "city:cucuta") in pairs(routes)


def test_a_shelter_victims_are_placed_in_is_no_end_of_their_trafficking_but_where_they_return_from():
    text = ("Police rescued 40 Bangladeshi men forced to work on a plantation in Johor. The victims have been placed at "
            "a government shelter in Johor Bahru while the Bangladesh High Commission arranges their return home.")
    names = {"Johor": ("MY-01", "admin1", "MYS"), "Johor Bahru": ("city:jb", "city", "MYS")}  # (a place in a name is no mention)
    routes = routes_of(text, names)
    found = set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert ("BGD", "MY-01", "trafficking") in found and ("BGD", "city:jb", "trafficking") not in found
    assert ("BGD", "city:jb", "return") in found


def test_a_news_datelines_country_is_the_country_of_the_story():
    text = "KUALA LUMPUR: Officers said 40 men from Nepal had been brought into the country and forced to work."
    routes = routes_of(text, {"KUALA LUMPUR": ("city:kl", "city", "MYS"), "Nepal": "NPL"})
    assert pairs(routes) == {("NPL", "MYS")}


def test_a_movement_noun_that_only_modifies_another_moves_no_one():
    text = "Nepali workers paid recruitment fees of 1,500 dollars to agencies in Kathmandu before they left."
    assert routes_of(text, {"Kathmandu": ("city:kathmandu", "city", "NPL")}).empty


def test_a_border_crossing_ends_the_move_when_the_text_names_no_other_end():
    text = "Traffickers recruit them in Caracas, then transport them across the border at Cucuta."
    routes = routes_of(text, {"Caracas": ("city:caracas", "city", "VEN"), "Cucuta": ("city:cucuta", "city", "COL")})
    assert pairs(routes) == {("city:caracas", "city:cucuta")}


def test_a_possessive_pronoun_owns_its_noun_and_is_no_theme():
    text = "Grace was trafficked from Lagos to Libya. Her lawyer said the case would go to court in Abuja."
    routes = routes_of(text, {"Lagos": ("NG-LA", "admin1", "NGA"), "Libya": "LBY", "Abuja": ("city:abuja", "city", "NGA")})
    assert pairs(routes) == {("NG-LA", "LBY")}


def test_children_removed_from_a_city_and_returned_home_return_from_that_city():
    text = ("The ministry removed 1,200 children from the streets of Dakar. Most were returned to their families in Kolda; "
            "110 boys from Guinea-Bissau were repatriated.")
    names = {"Dakar": ("SN-DK", "admin1", "SEN"), "Kolda": ("SN-KD", "admin1", "SEN"), "Guinea-Bissau": "GNB"}
    routes = routes_of(text, names, metadata={"subject_country": "SEN"})
    found = set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert found == {("SN-KD", "SN-DK", "return"), ("GNB", "SEN", "return")}


def test_a_share_of_people_is_who_a_frame_moves():
    text = "Many boys come from rural Senegal, but a large share are brought from Mali by teachers."
    assert pairs(routes_of(text, {"Senegal": "SEN", "Mali": "MLI"}, metadata={"subject_country": "SEN"})) == {("MLI", "SEN")}


def test_where_people_named_returning_had_been_recruited_starts_both_their_routes():
    text = ("86 victims received assistance after returning from Russia and Turkey. "
            "Most had been recruited by acquaintances in Osh.")
    routes = routes_of(text, {"Russia": "RUS", "Turkey": "TUR", "Osh": ("KG-O", "admin1", "KGZ")})
    found = set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert found == {("KG-O", "RUS", "return"), ("KG-O", "TUR", "return"),
                     ("KG-O", "RUS", "trafficking"), ("KG-O", "TUR", "trafficking")}


def test_girls_rescued_from_brothels_and_trafficked_from_a_country_went_where_they_were_rescued_from():
    text = ("In West Bengal, the NGO Sanlaap runs a shelter in Kolkata for girls rescued from brothels in Pune, "
            "many of them trafficked from Bangladesh across the border at Hakimpur.")
    names = {"West Bengal": ("IN-WB", "admin1", "IND"), "Kolkata": ("city:kolkata", "city", "IND"),
             "Pune": ("city:pune", "city", "IND"), "Bangladesh": "BGD"}
    assert pairs(routes_of(text, names)) == {("BGD", "city:pune")}


def test_a_return_starts_at_the_one_other_place_its_clause_names():
    text = "Girls from Ranchi were sold in Delhi. The state office in Delhi arranged for their return to Ranchi."
    names = {"Ranchi": ("city:ranchi", "city", "IND"), "Delhi": ("IN-DL", "admin1", "IND")}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("city:ranchi", "IN-DL", "trafficking"), ("city:ranchi", "IN-DL", "return")}


def test_a_verb_whose_object_is_a_thing_moves_no_one():
    text = ("A grand jury in Georgia returned an indictment charging ten defendants with recruiting Mexican workers. "
            "Prosecutors brought charges against a recruiter of Guatemalan workers in Texas.")
    names = {"Georgia": ("US-GA", "admin1", "USA"), "Texas": ("US-TX", "admin1", "USA")}
    assert routes_of(text, names, metadata={"subject_country": "USA"}).empty


def test_people_brought_home_are_a_return_to_the_country_that_brings_them():
    text = "Indonesia brought 554 of its citizens home from Myawaddy."
    names = {"Indonesia": "IDN", "Myawaddy": ("city:myawaddy", "city", "MMR")}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("IDN", "city:myawaddy", "return")}


def test_home_before_a_noun_is_no_return():
    text = "The men had been recruited in their home villages in Prey Veng by brokers and trafficked to Thailand."
    names = {"Prey Veng": ("KH-14", "admin1", "KHM"), "Thailand": "THA"}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("KH-14", "THA", "trafficking")}


def test_where_children_were_rescued_from_ends_the_route_a_later_clause_starts():
    text = ("Police rescued 137 children from cocoa plantations around Soubre; most came from Burkina Faso and Togo. "
            "Police in Abidjan rescued 20 girls from bars. They were later returned home.")
    names = {"Soubre": ("city:soubre", "city", "CIV"), "Burkina Faso": "BFA", "Togo": "TGO", "Abidjan": ("city:abidjan", "city", "CIV")}
    routes = routes_of(text, names, metadata={"subject_country": "CIV"})
    assert pairs(routes) == {("BFA", "city:soubre"), ("TGO", "city:soubre")}
    assert set(routes["purposes"].map(tuple)) == {("labour",)}


def test_people_brought_back_or_flown_to_their_countries_of_origin_are_returns():
    text = ("Police brought 212 Sri Lankan women back from Oman. The agency flew 900 migrants from Libya to their "
            "countries of origin, most of them to Nigeria and Mali. Others were trafficked to the Maldives.")
    names = {"Sri Lanka": "LKA", "Oman": "OMN", "Libya": "LBY", "Nigeria": "NGA", "Mali": "MLI", "Maldives": "MDV"}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("LKA", "OMN", "return"), ("NGA", "LBY", "return"), ("MLI", "LBY", "return"), ("NGA", "MDV", "trafficking"),
        ("MLI", "MDV", "trafficking")}


def test_people_returned_to_detention_are_held_not_home():
    text = ("Women from Nigeria were forced into prostitution in Tripoli. The coast guard intercepted 17,000 people "
            "at sea and returned them to detention centres in Libya.")
    names = {"Nigeria": "NGA", "Tripoli": ("city:tripoli", "city", "LBY"), "Libya": "LBY"}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("NGA", "city:tripoli", "trafficking")}


def test_recruited_in_towns_such_as_x_starts_the_route_there():
    text = ("Young Albanian men were recruited in towns such as Kukes and Shkoder with offers of work and then forced "
            "to tend cannabis farms in the Midlands.")
    names = {"Kukes": ("AL-07", "admin1", "ALB"), "Shkoder": ("AL-10", "admin1", "ALB"), "the Midlands": ("region:gb-midlands", "region", "GBR")}
    assert pairs(routes_of(text, names)) == {("AL-07", "region:gb-midlands"), ("AL-10", "region:gb-midlands")}


def test_a_plural_nationality_is_people_whatever_follows_it():
    text = "Since 2023, the UK has returned more than 5,000 Albanians under a bilateral agreement."
    routes = routes_of(text, {"UK": "GBR"})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("ALB", "GBR", "return")}


def test_people_of_different_homes_each_go_to_the_places_named_after_them():
    text = ("Workers were rescued, including Bolivians in garment workshops in Sao Paulo and Paraguayans on farms in "
            "Mato Grosso do Sul. Vietnamese girls are trafficked to China and Cambodian girls to Thailand.")
    names = {"Sao Paulo": ("BR-SP", "admin1", "BRA"), "Mato Grosso do Sul": ("BR-MS", "admin1", "BRA"),
             "China": "CHN", "Thailand": "THA"}
    assert pairs(routes_of(text, names)) == {("BOL", "BR-SP"), ("PRY", "BR-MS"), ("VNM", "CHN"), ("KHM", "THA")}


def test_women_freed_in_a_place_were_exploited_there():
    text = "Sudanese police said they had freed 20 Ethiopian women in Gedaref."
    assert pairs(routes_of(text, {"Gedaref": ("SD-GD", "admin1", "SDN")})) == {("ETH", "SD-GD")}


def test_a_fact_sheets_route_lines_are_routes_of_its_country():
    text = ("COUNTRY FACT SHEET: NEPAL\n\nMain countries of destination: India, Qatar, Kuwait\n"
            "Countries of origin: Bangladesh\nPartners: none\n")
    names = {"NEPAL": "NPL", "India": "IND", "Qatar": "QAT", "Kuwait": "KWT", "Bangladesh": "BGD"}
    routes = routes_of(text, names, metadata={"subject_country": "NPL"})
    assert pairs(routes) == {("NPL", "IND"), ("NPL", "QAT"), ("NPL", "KWT"), ("BGD", "NPL")}
    assert routes["evidence"].iloc[0] == "Main countries of destination: India, Qatar, Kuwait"
    text = "Country fact sheet: Kyrgyzstan\n\n- Main destinations of victims: Turkey, Qatar\n"
    routes = routes_of(text, {"Kyrgyzstan": "KGZ", "Turkey": "TUR", "Qatar": "QAT"}, metadata={"subject_country": "KGZ"})
    assert pairs(routes) == {("KGZ", "TUR"), ("KGZ", "QAT")}  # a bulleted line, a label naming the victims


def test_flying_or_driving_oneself_is_no_trafficking_but_being_flown_or_driven_is():
    text = ("Chinese nationals who had flown to Ecuador crossed into Panama. The women were flown from Islamabad to "
            "Beijing and forced into prostitution. Traffickers drove the girls from Kano to Agadez.")
    names = {"Ecuador": "ECU", "Panama": "PAN", "Islamabad": ("city:islamabad", "city", "PAK"),
             "Beijing": ("city:beijing", "city", "CHN"), "Kano": ("NG-KN", "admin1", "NGA"), "Agadez": ("city:agadez", "city", "NER")}
    assert pairs(routes_of(text, names)) == {("city:islamabad", "city:beijing"), ("NG-KN", "city:agadez")}


def test_verbs_sharing_a_clause_share_an_origin_only_for_the_same_people():
    text = ("Thousands of people crossed the jungle from Colombia into Panama to be exploited, along with Indian "
            "nationals who had been trafficked to Ecuador.")
    names = {"Colombia": "COL", "Panama": "PAN", "Ecuador": "ECU"}
    assert ("COL", "ECU") not in pairs(routes_of(text, names))


def test_a_share_of_people_named_before_has_their_home():
    text = ("The department said that 45 overseas Filipino workers (OFWs), most of them household service workers, "
            "were repatriated from Beirut.")
    routes = routes_of(text, {"Beirut": ("LB-BA", "admin1", "LBN")})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("PHL", "LB-BA", "return")}


def test_no_return_from_inside_the_home_country():
    text = "The delegation from Hanoi returned to Vietnam on Friday. Children rescued in Hanoi were returned home to Dien Bien."
    names = {"Hanoi": ("VN-HN", "admin1", "VNM"), "Vietnam": "VNM", "Dien Bien": ("VN-71", "admin1", "VNM")}
    routes = routes_of(text, names)
    returns = routes[routes["direction"] == "return"]
    assert set(zip(returns["origin_code"], returns["destination_code"])) == {("VN-71", "VN-HN")}


def test_people_lured_to_jobs_somewhere_and_then_exploited_end_up_there_but_captors_houses_are_no_care():
    text = ("Women from Honduras are lured with offers of work in restaurants in Cancun and then forced into "
            "prostitution. Men from Guatemala are held in safe houses in Tamaulipas until their relatives pay.")
    names = {"Honduras": "HND", "Cancun": ("city:cancun", "city", "MEX"), "Guatemala": "GTM",
             "Tamaulipas": ("MX-TAM", "admin1", "MEX")}
    assert pairs(routes_of(text, names)) == {("HND", "city:cancun"), ("GTM", "MX-TAM")}


def test_most_of_them_after_people_just_named_are_those_people():
    text = ("Chinese workers at mining sites are vulnerable to forced labour. In 2023 Mongolian police identified "
            "30 victims, most of them exploited in Erenhot.")
    routes = routes_of(text, {"Erenhot": ("city:erenhot", "city", "CHN")})
    assert pairs(routes) == {("MNG", "city:erenhot")}


def test_peoples_named_by_ethnicity_are_who_a_frame_moves():
    text = ("Fighters abducted more than 6,000 Yazidis from Iraq's Nineveh governorate. Women and girls were taken "
            "to Mosul and then transported across the border to Raqqa, where they were sold as sex slaves.")
    names = {"Iraq": "IRQ", "Nineveh": ("IQ-NI", "admin1", "IRQ"), "Mosul": ("city:mosul", "city", "IRQ"),
             "Raqqa": ("city:raqqa", "city", "SYR")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("IQ-NI", "city:raqqa")} and list(routes["via"]) == [["city:mosul"]]


def test_a_neighbourhood_of_a_city_is_where_people_were_found():
    text = ("Inspectors found 40 Bolivian workers living and working in a clandestine textile workshop in the Flores "
            "neighbourhood of Buenos Aires.")
    assert pairs(routes_of(text, {"Buenos Aires": ("AR-C", "admin1", "ARG")})) == {("BOL", "AR-C")}


def test_workers_repatriated_most_of_them_from_x_come_back_from_x():
    text = "In 2023, Indian missions in the Gulf repatriated 1,200 distressed workers, most of them from Kuwait and Saudi Arabia."
    names = {"the Gulf": ("region:gulf-states", "region", ""), "Kuwait": "KWT", "Saudi Arabia": "SAU"}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("IND", "KWT", "return"), ("IND", "SAU", "return")}


def test_where_most_came_from_narrows_a_nationality_to_its_provinces():
    text = "In 2019, 39 Vietnamese nationals were found dead in a lorry container in Essex; most came from Nghe An and Ha Tinh."
    names = {"Essex": ("GB-ESS", "admin1", "GBR"), "Nghe An": ("VN-22", "admin1", "VNM"), "Ha Tinh": ("VN-23", "admin1", "VNM")}
    assert pairs(routes_of(text, names)) == {("VN-22", "GB-ESS"), ("VN-23", "GB-ESS")}


def test_people_from_abroad_exploited_in_a_report_on_a_country_are_exploited_there():
    text = "Workers from China, India and Bangladesh are exploited in forced labor in the construction and agriculture sectors."
    names = {"China": "CHN", "India": "IND", "Bangladesh": "BGD"}
    routes = routes_of(text, names, metadata={"subject_country": "FJI"})
    assert pairs(routes) == {("CHN", "FJI"), ("IND", "FJI"), ("BGD", "FJI")}
    assert all(purposes == ["labour"] for purposes in routes["purposes"])
    assert routes_of(text, names).empty  # with no country to be about, nothing says where


def test_recruited_in_places_the_gazetteer_lacks_and_one_it_has_is_where_it_began():
    text = ("Inspectors found Bolivian workers in a workshop in Buenos Aires. The workers had been recruited in El Alto "
            "and La Paz and were brought by bus across the border at Villazon.")
    names = {"Buenos Aires": ("AR-C", "admin1", "ARG"), "La Paz": ("city:lapaz", "city", "BOL"),
             "Villazon": ("city:villazon", "city", "BOL")}
    # La Paz is where it began, not an end; Villazon, a crossing on their own side, is where they left.
    assert pairs(routes_of(text, names)) == {("BOL", "AR-C"), ("city:lapaz", "AR-C")}


def test_a_new_preposition_after_a_hedged_list_opens_the_list_of_destinations():
    text = "Countries in the subregion also detected victims from South America, mostly Brazil and Paraguay, in Spain and Portugal."
    names = {"South America": ("region:south-america", "region", ""), "Brazil": "BRA", "Paraguay": "PRY", "Spain": "ESP", "Portugal": "PRT"}
    assert pairs(routes_of(text, names)) == {(a, b) for a in ("region:south-america", "BRA", "PRY") for b in ("ESP", "PRT")}


def test_money_sent_back_is_no_return():
    text = "The women were forced into prostitution in Queens. Proceeds were wired back to relatives in Tlaxcala."
    names = {"Queens": ("city:queens", "city", "USA"), "Tlaxcala": ("MX-TLA", "admin1", "MEX")}
    assert "return" not in set(routes_of(text, names, metadata={"subject_country": "USA"})["direction"])


def test_where_people_are_taken_across_is_on_the_way():
    text = "Nepali girls are taken across at Birgunj and sold to brothels in Mumbai."
    names = {"Birgunj": ("city:birgunj", "city", "NPL"), "Mumbai": ("city:mumbai", "city", "IND")}
    assert pairs(routes_of(text, names)) == {("NPL", "city:mumbai")}
    text = "The defendants smuggled the women across the border near Nogales and took them to Queens, New York."
    names = {"Nogales": ("city:nogales", "city", "MEX"), "Queens": ("city:queens", "city", "USA"), "New York": ("US-NY", "admin1", "USA")}
    assert ("MEX", "city:nogales") not in pairs(routes_of(text, names, metadata={"subject_country": "MEX"}))


def test_a_journey_counts_when_the_next_sentence_tells_how_the_same_people_were_exploited():
    text = ("Most of the women I see come from Amhara and Oromia. They went to Saudi Arabia through Djibouti and Yemen. "
            "Some were held by smugglers in Yemen until their families paid.")
    names = {"Amhara": ("ET-AM", "admin1", "ETH"), "Oromia": ("ET-OR", "admin1", "ETH"), "Saudi Arabia": "SAU",
             "Djibouti": "DJI", "Yemen": "YEM"}
    assert {("ET-AM", "SAU"), ("ET-OR", "SAU")} <= pairs(routes_of(text, names))
    # A next sentence about other people says nothing of this journey.
    text = ("In 2023 more than 500,000 people crossed the jungle from Colombia into Panama on their way north. "
            "Women and girls reported sexual violence by armed groups.")
    assert routes_of(text, {"Colombia": "COL", "Panama": "PAN"}).empty


def test_a_phrase_opening_the_clause_sets_its_scene():
    text = ("Along the artisanal gold mines of Kenieba in western Mali, Nigerian women and girls are exploited in sex "
            "trafficking. Most were recruited in Edo and Delta states. In 2023 the Nigerian embassy in Bamako "
            "repatriated 40 of them to Lagos.")
    names = {"Mali": "MLI", "Edo": ("NG-ED", "admin1", "NGA"), "Delta": ("NG-DE", "admin1", "NGA"),
             "Bamako": ("city:bamako", "city", "MLI"), "Lagos": ("NG-LA", "admin1", "NGA")}
    routes = routes_of(text, names)
    found = set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert {("NGA", "MLI", "trafficking"), ("NG-ED", "MLI", "trafficking"), ("NG-DE", "MLI", "trafficking")} <= found
    # The embassy's city is where the return starts.
    assert ("NG-LA", "city:bamako", "return") in found


def test_people_given_as_examples_stand_for_the_people_named_before_them():
    text = "Haitian migrants, including children, are forced to work in agriculture and street vending in Santo Domingo."
    names = {"Santo Domingo": ("DO-32", "admin1", "DOM")}
    assert pairs(routes_of(text, names, metadata={"subject_country": "DOM"})) == {("HTI", "DO-32")}


def test_where_people_arrive_and_more_of_their_homes_told_after_most():
    text = ("Human Rights Watch interviewed 99 women. Most came from the Philippines and Sri Lanka; a smaller number came "
            "from Nepal. Recruiters charged them fees and confiscated their passports on arrival in Dubai.")
    names = {"Philippines": "PHL", "Sri Lanka": "LKA", "Nepal": "NPL", "Dubai": ("city:dubai", "city", "ARE")}
    assert pairs(routes_of(text, names)) == {("PHL", "city:dubai"), ("LKA", "city:dubai"), ("NPL", "city:dubai")}


def test_a_share_opening_a_joined_clause_is_a_share_of_the_people_named_before():
    text = "Syrian refugee children work in agriculture in the Bekaa Valley, and some are exploited in street begging in Beirut."
    names = {"Bekaa": ("LB-BI", "admin1", "LBN"), "Beirut": ("LB-BA", "admin1", "LBN")}
    assert pairs(routes_of(text, names)) == {("SYR", "LB-BA")}


def test_a_migration_told_before_is_where_the_same_people_are_exploited():
    text = ("Sri Lankan women migrate in large numbers to work as housemaids in Kuwait and Qatar. "
            "Some are subjected to confinement and non-payment of wages by employers.")
    assert pairs(routes_of(text, {"Kuwait": "KWT", "Qatar": "QAT"})) == {("LKA", "KWT"), ("LKA", "QAT")}
    # Told alone, the migration is no route.
    assert routes_of(text.split(". ")[0] + ".", {"Kuwait": "KWT", "Qatar": "QAT"}).empty


def test_housemaids_and_other_workers_named_by_their_work_are_people():
    text = "In 2023 the ministry repatriated 1,200 housemaids from Kuwait and Saudi Arabia."
    routes = routes_of(text, {"Kuwait": "KWT", "Saudi Arabia": "SAU"}, metadata={"subject_country": "LKA"})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("LKA", "KWT", "return"), ("LKA", "SAU", "return")}


def test_the_work_a_movement_noun_is_for_places_its_end():
    text = "This article examines the recruitment of Nepali migrant workers for the construction sector in Qatar."
    assert pairs(routes_of(text, {"Qatar": "QAT"})) == {("NPL", "QAT")}
    text = "The trafficking of Nigerian women for sexual exploitation in Europe is rising."
    assert pairs(routes_of(text, {"Europe": ("region:europe", "region", "")})) == {("NGA", "region:europe")}


def test_people_of_a_region_are_not_people_of_its_last_word():
    text = "Every year tens of thousands of Central Americans enter Mexico through Tapachula, on their way to the United States."
    names = {"Mexico": "MEX", "Tapachula": ("city:tapachula", "city", "MEX"), "United States": "USA"}
    origins = set(routes_of(text, names)["origin_code"])
    assert "USA" not in origins and origins <= {"region:central-america"}


def test_a_share_of_things_moves_no_one():
    text = ("North Korean workers are forced to work in logging camps in Russia, and most of their wages are sent to "
            "Pyongyang.")
    names = {"Russia": "RUS", "Pyongyang": ("city:pyongyang", "city", "PRK")}
    assert pairs(routes_of(text, names)) == {("PRK", "RUS")}


def test_flows_told_side_by_side_keep_their_own_ends():
    text = "Girls are trafficked from Nepal to India, and from Bangladesh to Pakistan."
    names = {"Nepal": "NPL", "India": "IND", "Bangladesh": "BGD", "Pakistan": "PAK"}
    assert pairs(routes_of(text, names)) == {("NPL", "IND"), ("BGD", "PAK")}
    # A flow noun is what goes.
    text = "Cross-border flows of victims mostly go from Nepal and Bangladesh to India, and from Afghanistan to Pakistan."
    names["Afghanistan"] = "AFG"
    assert pairs(routes_of(text, names)) == {("NPL", "IND"), ("BGD", "IND"), ("AFG", "PAK")}
    # A later source in a country reached before starts the next leg of one journey.
    text = "Women were trafficked from Laos to Thailand, and from Bangkok to Malaysia."
    names = {"Laos": "LAO", "Thailand": "THA", "Bangkok": ("TH-10", "admin1", "THA"), "Malaysia": "MYS"}
    assert pairs(routes_of(text, names)) == {("LAO", "MYS")}


def test_recruited_in_the_departments_of_a_list_is_where_it_began():
    text = "Victims are recruited in the departments of Caaguazu and Itapua and taken by bus to Buenos Aires."
    names = {"Caaguazu": ("PY-5", "admin1", "PRY"), "Itapua": ("PY-7", "admin1", "PRY"), "Buenos Aires": ("city:ba", "city", "ARG")}
    assert pairs(routes_of(text, names)) == {("PY-5", "city:ba"), ("PY-7", "city:ba")}


def test_a_state_that_deports_people_home_is_where_they_come_back_from():
    text = "Some of those released crossed into Israel; others were deported by Egypt to Eritrea."
    routes = routes_of(text, {"Israel": "ISR", "Egypt": "EGY", "Eritrea": "ERI"})
    assert ("ERI", "EGY", "return") in set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert ("ERI", "ISR", "return") not in set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))


def test_a_journey_that_goes_on_from_there_or_before_a_later_leg_ends_at_its_last_stop():
    text = ("Vietnamese teenagers are driven through Poland to Germany. From there they are moved to France, where "
            "they wait near Calais before being hidden in lorries bound for the United Kingdom. On arrival many are forced "
            "to work in nail bars.")
    names = {"Poland": "POL", "Germany": "DEU", "France": "FRA", "Calais": ("city:calais", "city", "FRA"), "United Kingdom": "GBR"}
    routes = routes_of(text, names)
    assert pairs(routes) == {("VNM", "GBR")}
    assert {"POL", "DEU", "FRA"} <= set(routes.iloc[0]["via"])
    # A town people were taken to, then moved on from by another verb, is a stop on their way.
    text = "Women and girls were taken to Mosul and then transported across the border to Raqqa."
    names = {"Mosul": ("city:mosul", "city", "IRQ"), "Raqqa": ("city:raqqa", "city", "SYR")}
    assert set(routes_of(text, names, metadata={"subject_country": "IRQ"})["destination_code"]) == {"city:raqqa"}
    text = "Police rescued 43 Myanmar nationals who had been smuggled from Myawaddy to Mae Sot and driven to Samut Sakhon."
    names = {"Myawaddy": ("city:myawaddy", "city", "MMR"), "Mae Sot": ("city:mae-sot", "city", "THA"),
             "Samut Sakhon": ("TH-74", "admin1", "THA")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:myawaddy", "TH-74")} and list(routes["via"]) == [["city:mae-sot"]]
    # A country is no town passed through: "trafficked to Malaysia and sold to brothels in Kuala Lumpur" says where in it.
    text = "Cambodian women are trafficked to Malaysia and sold to brothels in Kuala Lumpur."
    names = {"Malaysia": "MYS", "Kuala Lumpur": ("city:kl", "city", "MYS")}
    assert "MYS" not in routes_of(text, names)["via"].sum()


def test_a_list_of_nationality_words_before_their_noun_names_every_home():
    text = "In 2015 Indonesian authorities found more than 500 Burmese, Cambodian and Lao fishers stranded on Benjina island."
    names = {"Benjina": ("city:benjina", "city", "IDN")}
    assert pairs(routes_of(text, names)) == {("MMR", "city:benjina"), ("KHM", "city:benjina"), ("LAO", "city:benjina")}


def test_people_returned_to_a_text_whose_other_places_lie_in_one_country_came_home_to_it():
    text = ("The Ambassador travelled to An Giang province to visit a shelter. Officials told the Ambassador that 45 women "
            "had returned from Cambodia in 2022.")
    names = {"An Giang": ("VN-44", "admin1", "VNM"), "Cambodia": "KHM"}
    routes = routes_of(text, names)
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("VNM", "KHM", "return")}
    assert routes["origin_inferred"].tolist() == [True]


def test_to_before_an_ing_word_is_a_goal_not_an_infinitive():
    text = "Girls from Loreto are taken by river boat to mining towns in Madre de Dios."
    names = {"Loreto": ("PE-LOR", "admin1", "PER"), "Madre de Dios": ("PE-MDD", "admin1", "PER")}
    assert pairs(routes_of(text, names)) == {("PE-LOR", "PE-MDD")}


def test_workers_recruited_for_farms_abroad_go_there_and_places_at_home_beside_are_no_ends():
    text = ("Seasonal workers recruited for farms in the United Kingdom have reported debts owed to recruiters in "
            "Tashkent, and some have been made to work unpaid hours on fruit farms in Kent.")
    names = {"United Kingdom": "GBR", "Tashkent": ("UZ-TK", "admin1", "UZB"), "Kent": ("GB-KEN", "admin1", "GBR")}
    routes = routes_of(text, names, metadata={"subject_country": "UZB"})
    assert set(routes["origin_code"]) == {"UZB"} and "UZ-TK" not in set(routes["destination_code"])


def test_a_share_of_them_from_countries_after_a_rescue_says_their_homes():
    text = ("Authorities freed more than 2,000 foreigners from scam centres near Myawaddy last month, most of them from "
            "China and Kenya. Charter flights took 600 of them from Mae Sot to Nanjing on Thursday.")
    names = {"Myawaddy": ("city:myawaddy", "city", "MMR"), "China": "CHN", "Kenya": "KEN",
             "Mae Sot": ("city:maesot", "city", "THA"), "Nanjing": ("city:nanjing", "city", "CHN")}
    routes = routes_of(text, names)
    found = set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))
    assert {("CHN", "city:myawaddy", "trafficking"), ("KEN", "city:myawaddy", "trafficking")} <= found
    # Taken from abroad to their own country: a return.
    assert ("city:nanjing", "city:maesot", "return") in found


def test_a_place_in_the_country_that_holds_it_keeps_one_role():
    text = "Girls trafficked from Cox's Bazar in Bangladesh and from Rakhine State in Myanmar are sold in Malaysia."
    names = {"Cox's Bazar": ("BD-11", "admin1", "BGD"), "Bangladesh": "BGD", "Rakhine": ("MM-16", "admin1", "MMR"),
             "Myanmar": "MMR", "Malaysia": "MYS"}
    assert pairs(routes_of(text, names)) == {("BD-11", "MYS"), ("MM-16", "MYS")}


def test_a_return_home_from_an_unsaid_place_comes_from_the_documents_one_other_country():
    text = ("Last year 4,600 Albanian nationals were brought to the UK in small boats and put to work in cannabis farms. "
            "The Minister replied that 800 Albanians had been returned to Tirana since December.")
    names = {"UK": "GBR", "Tirana": ("city:tirana", "city", "ALB")}
    routes = routes_of(text, names)
    assert ("city:tirana", "GBR", "return") in set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))


def test_people_intercepted_at_home_are_not_returned_home():
    text = ("Immigration officers intercepted 19 Filipinos at the international airport in Pampanga who were "
            "about to board a flight to Bangkok.")
    routes = routes_of(text, {"Pampanga": ("PH-PAM", "admin1", "PHL"), "Bangkok": ("city:bangkok", "city", "THA")})
    assert "return" not in set(routes["direction"])  # they had not left yet
    assert "PH-PAM" not in set(routes["origin_code"]) | set(routes["destination_code"])


def test_the_same_preposition_again_after_a_parenthesis_says_the_same_of_its_place():
    text = ("Most crew came from Indonesia and the Philippines, recruited by manning agencies in Central Java "
            "(Tegal and Pemalang) and in Cebu, and flown to Fiji.")
    names = {"Indonesia": "IDN", "Philippines": "PHL", "Central Java": ("ID-JT", "admin1", "IDN"),
             "Tegal": ("city:tegal", "city", "IDN"), "Cebu": ("city:cebu", "city", "PHL"), "Fiji": "FJI"}
    routes = routes_of(text, names)
    assert "city:cebu" not in set(routes["destination_code"])  # where recruiting was, not where the crew went
    assert set(routes["destination_code"]) == {"FJI"}


def test_a_later_verb_starting_inside_an_earlier_end_is_the_next_leg():
    text = ("Nepali women are trafficked to India. Some women were first held in hotels in Delhi. "
            "Others were taken overland to Bangladesh and flown from Dhaka.")
    names = {"India": "IND", "Delhi": ("city:delhi", "city", "IND"), "Bangladesh": "BGD",
             "Dhaka": ("city:dhaka", "city", "BGD")}
    routes = routes_of(text, names)
    assert ("NPL", "BGD") in pairs(routes)  # Dhaka starts the flight, not the journey to Bangladesh
    assert not any(origin == "city:dhaka" for origin, _ in pairs(routes))


def test_a_start_after_an_end_it_lies_in_is_on_the_way():
    routes = routes_of("Lao women are taken to Bangkok and from Bangkok flown to Bahrain.",
                       {"Bangkok": ("city:bangkok", "city", "THA"), "Bahrain": "BHR"})
    assert pairs(routes) == {("LAO", "BHR")}


def test_people_returned_home_come_back_from_where_their_move_out_ended():
    text = ("Inspectors rescued 207 workers from vineyards in Bento Goncalves. Most of the workers had been recruited "
            "in Bahia by an outsourcing firm; on arrival they were housed in overcrowded lodgings and beaten when they "
            "asked to leave. The workers were returned to Salvador and other towns in Bahia.")
    names = {"Bahia": ("BR-BA", "admin1", "BRA"), "Bento Goncalves": ("city:bento", "city", "BRA"),
             "Salvador": ("city:salvador", "city", "BRA")}
    returns = routes_of(text, names).query("direction == 'return'")
    assert ("BR-BA", "city:bento") in pairs(returns)


def test_the_victims_returned_home_come_back_from_where_they_were_taken():
    text = ("Albanian boys were smuggled into the UK through Belgium and France. The gang recruited them in villages "
            "in northern Albania. Two of the victims have since been returned to Albania with the help of a charity.")
    routes = routes_of(text, {"UK": "GBR", "Belgium": "BEL", "France": "FRA", "Albania": "ALB"})
    assert ("ALB", "GBR", "return") in set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))


def test_a_place_before_an_agent_noun_is_the_agent_s_place_not_a_stop():
    text = "The Albanian boys had been smuggled into the UK through Belgium and France, Birmingham crown court heard."
    names = {"UK": "GBR", "Belgium": "BEL", "France": "FRA", "Birmingham": ("GB-BIR", "admin1", "GBR")}
    routes = routes_of(text, names)
    assert list(routes["via"]) == [["BEL", "FRA"]]


def test_recruiting_in_villages_in_part_of_a_country_is_where_it_began():
    text = "Albanian boys were smuggled into the UK. The gang recruited them in villages in northern Albania."
    assert pairs(routes_of(text, {"UK": "GBR", "Albania": "ALB"})) == {("ALB", "GBR")}


def test_a_dateline_city_is_no_destination_of_foreigners_found_in_the_story():
    text = ("LYON, France – An operation across West Africa freed 430 victims. Boys from Togo were found "
            "digging pits in illegal gold mines.")
    routes = routes_of(text, {"LYON": ("city:lyon", "city", "FRA"), "France": "FRA", "Togo": "TGO"})
    assert "FRA" not in set(routes["destination_code"])  # where the story was filed


def test_a_where_clause_happens_in_the_place_before_it():
    text = ("In Ghana, officers raided illegal gold mining sites in the Ashanti region, where boys from Togo "
            "were found digging pits.")
    routes = routes_of(text, {"Ghana": "GHA", "Ashanti": ("GH-AH", "admin1", "GHA"), "Togo": "TGO"})
    assert pairs(routes) == {("TGO", "GH-AH")}


def test_children_freed_from_a_country_in_the_scene_s_country_come_from_it():
    text = "In Côte d'Ivoire, police freed 89 children from Burkina Faso and Mali who had been working on cocoa farms."
    routes = routes_of(text, {"Côte d'Ivoire": "CIV", "Burkina Faso": "BFA", "Mali": "MLI"})
    assert pairs(routes) == {("BFA", "CIV"), ("MLI", "CIV")}


def test_a_place_after_a_verb_of_saying_belongs_to_what_was_said():
    text = ("Tajik workers recruited for seasonal farm work in Kent reported debts to intermediaries in Dushanbe. "
            "Nepali women are trafficked, officials said, to India.")
    names = {"Kent": ("GB-KEN", "admin1", "GBR"), "Dushanbe": ("city:dushanbe", "city", "TJK"), "India": "IND"}
    assert pairs(routes_of(text, names)) == {("TJK", "GB-KEN"), ("NPL", "IND")}


def test_what_people_are_taken_across_on_the_way_to_an_end_is_a_transit():
    text = "Nigerian women are driven to Agadez in Niger, and then across the Sahara to Sabha in southern Libya."
    names = {"Agadez": ("city:agadez", "city", "NER"), "Niger": "NER", "Sahara": ("region:ne-sahara", "region", ""),
             "Sabha": ("LY-SB", "admin1", "LBY"), "Libya": "LBY"}
    routes = routes_of(text, names)
    assert "region:ne-sahara" not in set(routes["destination_code"])
    assert ("NGA", "LY-SB") in pairs(routes)


def test_people_named_before_crossed_on_their_way_to_where_they_were_sold():
    text = ("Police rescued 23 women from Myanmar who had been sold as brides to men in Henan. "
            "The women, most of them from Kachin State, had been brought across the border at Ruili by brokers.")
    names = {"Myanmar": "MMR", "Henan": ("CN-HA", "admin1", "CHN"), "Kachin": ("MM-11", "admin1", "MMR"),
             "Ruili": ("city:ruili", "city", "CHN")}
    routes = routes_of(text, names)
    assert ("MM-11", "CN-HA") in pairs(routes)
    assert "city:ruili" not in set(routes["destination_code"])


def test_recruiting_people_named_as_the_object_happens_where_the_verb_says():
    text = "Police arrested two Myanmar nationals who recruited the women in Myitkyina and Lashio."
    routes = routes_of(text, {"Myitkyina": ("city:myitkyina", "city", "MMR"), "Lashio": ("city:lashio", "city", "MMR")})
    assert "city:myitkyina" not in set(routes["destination_code"])


def test_people_lured_with_promises_of_work_go_where_the_work_was_promised():
    text = ("Many young Bangladeshi men have been lured by brokers with promises of jobs in Malaysia and the Middle "
            "East, only to find themselves in debt bondage.")
    routes = routes_of(text, {"Malaysia": "MYS", "Middle East": "region:middle-east"})
    assert pairs(routes) == {("BGD", "MYS"), ("BGD", "region:middle-east")}


def test_a_recruiter_s_promise_alone_is_no_destination():
    text = ("The men had been recruited in Prey Veng by brokers who promised factory jobs in Bangkok. "
            "Instead they were sold to boat captains in Samut Sakhon.")
    names = {"Prey Veng": ("KH-14", "admin1", "KHM"), "Bangkok": ("city:bangkok", "city", "THA"),
             "Samut Sakhon": ("TH-74", "admin1", "THA")}
    assert "city:bangkok" not in set(routes_of(text, names)["destination_code"])


def test_men_from_these_districts_come_from_the_districts_named_last():
    text = ("Our teams in Sylhet and Sunamganj reached 4,200 families. Many young men from these districts have "
            "been trafficked to Malaysia.")
    names = {"Sylhet": ("BD-60", "admin1", "BGD"), "Sunamganj": ("city:sunamganj", "city", "BGD"), "Malaysia": "MYS"}
    assert pairs(routes_of(text, names)) == {("BD-60", "MYS"), ("city:sunamganj", "MYS")}


def test_people_stranded_abroad_come_back_from_there():
    text = ("Bangladeshi men were trafficked to Malaysia. We helped 14 men who had been stranded in Libya after "
            "being promised jobs in Italy return to Sylhet.")
    names = {"Malaysia": "MYS", "Libya": "LBY", "Italy": "ITA", "Sylhet": ("BD-60", "admin1", "BGD")}
    returns = routes_of(text, names).query("direction == 'return'")
    assert pairs(returns) == {("BD-60", "LBY")}


def test_a_return_wished_for_or_a_marriage_as_a_state_moves_no_one():
    text = ("Moroccan women are recruited to pick strawberries in Huelva. The women, mostly from Kenitra and Larache, "
            "must be married with children under 14 to ensure they return.")
    names = {"Huelva": ("ES-H", "admin1", "ESP"), "Kenitra": ("MA-KEN", "admin1", "MAR"), "Larache": ("MA-LAR", "admin1", "MAR")}
    routes = routes_of(text, names)
    assert set(routes["direction"]) == {"trafficking"} and not any("marriage" in p for p in routes["purposes"])
    assert pairs(routes_of("Lao girls are married off to men in Henan.", {"Henan": ("CN-HA", "admin1", "CHN")})) == {("LAO", "CN-HA")}


def test_a_state_sending_its_citizens_abroad_sends_them_from_home_to_where_abroad_is():
    text = ("The government of North Korea sends tens of thousands of its citizens to work abroad, mainly in Russia "
            "and China, in conditions of forced labour.")
    routes = routes_of(text, {"North Korea": "PRK", "Russia": "RUS", "China": "CHN"})
    assert pairs(routes) == {("PRK", "RUS"), ("PRK", "CHN")}


def test_people_who_fled_somewhere_and_are_sold_there_were_trafficked_there():
    text = "North Korean women who flee into China's Jilin and Liaoning provinces are often sold as brides to farmers."
    names = {"China": "CHN", "Jilin": ("CN-JL", "admin1", "CHN"), "Liaoning": ("CN-LN", "admin1", "CHN")}
    assert pairs(routes_of(text, names)) == {("PRK", "CN-JL"), ("PRK", "CN-LN")}
    assert routes_of("Rohingya families fled to Bangladesh in 2017.", {"Bangladesh": "BGD"}).empty  # fleeing alone


def test_people_moved_between_places_are_taken_to_each_of_them():
    text = "Girls from Oklahoma are moved between motels in Little Rock, Memphis and Nashville."
    names = {"Oklahoma": ("US-OK", "admin1", "USA"), "Little Rock": ("city:little-rock", "city", "USA"),
             "Memphis": ("city:memphis", "city", "USA"), "Nashville": ("city:nashville", "city", "USA")}
    assert pairs(routes_of(text, names)) == {("US-OK", "city:little-rock"), ("US-OK", "city:memphis"), ("US-OK", "city:nashville")}
    # "move" of one's own stays a migration: no trafficking is said
    assert routes_of("Many Ukrainians have moved on to Germany.", {"Germany": "DEU"}).empty


def test_refugees_taken_to_reception_centres_are_cared_for_not_trafficked():
    text = "Refugees from Ukraine arrived at Przemysl and were taken by bus to reception centres in Krakow and Warsaw."
    names = {"Ukraine": "UKR", "Krakow": ("city:krakow", "city", "POL"), "Warsaw": ("city:warsaw", "city", "POL")}
    assert routes_of(text, names).empty


def test_from_the_place_people_were_last_taken_to_the_journey_goes_on():
    text = ("Eritrean refugees are taken across the desert to Kufra. From Kufra they are taken to warehouses in "
            "Bani Walid and held for ransom.")
    names = {"Kufra": ("city:kufra", "city", "LBY"), "Bani Walid": ("city:bani-walid", "city", "LBY")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("ERI", "city:bani-walid")}
    assert list(routes["via"]) == [["city:kufra"]]


def test_a_clause_opening_in_a_place_says_where_its_people_were_exploited():
    text = "Nigerian women were flown to Istanbul and taken to Cyprus. In Limassol they were forced into prostitution."
    names = {"Istanbul": ("city:istanbul", "city", "TUR"), "Cyprus": "CYP", "Limassol": ("CY-02", "admin1", "CYP")}
    assert ("NGA", "CY-02") in pairs(routes_of(text, names))


def test_a_journey_starts_in_the_city_people_were_recruited_in_not_the_one_they_were_flown_from():
    text = ("The applicant, a Nigerian national, was recruited in Benin City by a woman. She was flown from Lagos to "
            "Istanbul.")
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Lagos": ("city:lagos", "city", "NGA"),
             "Istanbul": ("city:istanbul", "city", "TUR")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:benin-city", "city:istanbul")} and list(routes["via"]) == [["city:lagos"]]


def test_a_people_word_inside_an_agency_s_name_is_no_people():
    text = ("Romanian women were trafficked to the UK. Eight victims have been supported, and four returned to Romania "
            "with help from the Romanian National Agency against Trafficking in Persons.")
    routes = routes_of(text, {"UK": "GBR", "Romania": "ROU"})
    assert ("ROU", "GBR", "return") in set(zip(routes["origin_code"], routes["destination_code"], routes["direction"]))


def test_victims_who_want_to_return_are_not_returned():
    text = "Vietnamese girls are trafficked to China. IOM assists trafficking victims who want to return to Vietnam."
    routes = routes_of(text, {"China": "CHN", "Vietnam": "VNM"})
    assert set(routes["direction"]) == {"trafficking"}


def test_a_table_of_victims_by_citizenship_lists_where_they_come_from():
    text = ("Victims identified in Spain, by citizenship\n\nCitizenship | Victims\nRomania | 112\nColombia | 87\n\n"
            "Nationality: Nigerian\n")
    names = {"Spain": "ESP", "Romania": "ROU", "Colombia": "COL"}
    routes = routes_of(text, names, metadata={"subject_country": "ESP"})
    assert pairs(routes) == {("ROU", "ESP"), ("COL", "ESP")}  # ("Nationality:" on a line is a person's, no route)
    assert "Romania | 112" in set(routes["evidence"])


def test_a_survivor_s_own_account_starts_where_she_was_born():
    text = ("I was born in a village near Pokhara. The agent took me to Kathmandu and then to Delhi. "
            "From Delhi I was flown to Kuwait and sold to a family as a housemaid.")
    names = {"Pokhara": ("city:pokhara", "city", "NPL"), "Kathmandu": ("city:kathmandu", "city", "NPL"),
             "Delhi": ("city:delhi", "city", "IND"), "Kuwait": "KWT"}
    routes = routes_of(text, names)
    assert ("city:pokhara", "KWT") in pairs(routes)
    assert "city:delhi" in by_pair(routes)[("city:pokhara", "KWT")].via


def test_we_and_us_with_no_home_stated_are_the_writers_not_victims():
    text = "Staff of the shelter took us to a village in Chiang Rai to observe a campaign against trafficking."
    assert routes_of(text, {"Chiang Rai": ("TH-57", "admin1", "THA")}, metadata={"subject_country": "THA"}).empty


def test_people_whose_nationality_is_given_start_at_home_not_where_they_were_flown_from():
    text = "Nepali women were flown from Delhi to Kuwait and sold as housemaids."
    routes = routes_of(text, {"Delhi": ("city:delhi", "city", "IND"), "Kuwait": "KWT"})
    assert pairs(routes) == {("NPL", "KWT")}
    assert list(routes["via"]) == [["city:delhi"]]


def test_people_named_before_who_reach_a_country_from_a_neighbour_started_at_home():
    text = ("Vietnamese nationals were exploited in cannabis cultivation. Many had travelled from Vietnam through "
            "Russia and reached the UK from northern France in small boats.")
    routes = routes_of(text, {"Vietnam": "VNM", "Russia": "RUS", "UK": "GBR", "France": "FRA"})
    assert pairs(routes) == {("VNM", "GBR")}
    assert set(routes["via"].iloc[0]) == {"RUS", "FRA"}
    # a region's people are no home to set against the countries they left from
    text = "West Africans from Nigeria and Mali usually crossed Niger before reaching Sabha, where they were held for ransom."
    names = {"Nigeria": "NGA", "Mali": "MLI", "Niger": "NER", "Sabha": ("city:sabha", "city", "LBY")}
    assert {origin for origin, _ in pairs(routes_of(text, names))} <= {"NGA", "MLI"}


def test_children_exploited_within_the_country_are_not_the_foreign_women_named_before():
    text = ("Traffickers exploit women from Uzbekistan and Kyrgyzstan in Baku. Within the country, children are "
            "exploited in forced begging, and some are exploited in agriculture in Ganja.")
    names = {"Uzbekistan": "UZB", "Kyrgyzstan": "KGZ", "Baku": ("city:baku", "city", "AZE"), "Ganja": ("city:ganja", "city", "AZE")}
    routes = routes_of(text, names, metadata={"subject_country": "AZE"})
    # (the move within the country and the one to Ganja, in the same sentence, make one route to Ganja)
    assert pairs(routes) == {("UZB", "city:baku"), ("KGZ", "city:baku"), ("AZE", "city:ganja")}


def test_a_plain_plural_naming_other_people_than_those_before_has_a_home_of_its_own():
    text = ("Young men from Khatlon travel to Moscow to work on construction sites, where employers confiscate their "
            "passports. Women who migrate alone have been forced into prostitution in Dubai.")
    names = {"Khatlon": ("TJ-KT", "admin1", "TJK"), "Moscow": ("city:moscow", "city", "RUS"), "Dubai": ("city:dubai", "city", "ARE")}
    routes = routes_of(text, names, metadata={"subject_country": "TJK"})
    assert ("TJK", "city:dubai") in pairs(routes) and ("TJ-KT", "city:dubai") not in pairs(routes)


def test_the_children_are_the_children_named_before_not_the_women_who_travel_with_them():
    text = ("Each year children from Zinder are taken to Algeria to beg. Women from the same villages travel with "
            "them to Tamanrasset. From there the children are sent on to Algiers and Oran.")
    names = {"Zinder": ("NE-7", "admin1", "NER"), "Algeria": "DZA", "Tamanrasset": ("DZ-11", "admin1", "DZA"),
             "Algiers": ("city:algiers", "city", "DZA"), "Oran": ("DZ-31", "admin1", "DZA")}
    routes = routes_of(text, names)
    assert {("NE-7", "city:algiers"), ("NE-7", "DZ-31")} <= pairs(routes)


def test_some_people_trafficked_abroad_lend_no_purposes_to_those_trafficked_at_home():
    text = ("Women and girls are trafficked internally for commercial exploitation. Men who migrate outside of Cambodia "
            "for work are sometimes subjected to forced labor, and some women and girls are trafficked abroad for "
            "prostitution or domestic work.")
    routes = routes_of(text, {"Cambodia": "KHM"}, metadata={"subject_country": "KHM"})
    assert by_pair(routes)[("KHM", "KHM")].purposes == []


def test_victims_identified_by_officials_in_a_place_were_found_in_the_officials_country():
    text = ("Venezuelan women are trafficked to Trinidad and Tobago. Officials in Trinidad also identified Cuban "
            "medical workers in forced labour in construction.")
    names = {"Trinidad and Tobago": "TTO", "Trinidad": ("region:ne-trinidad", "region", "TTO")}
    routes = routes_of(text, names, metadata={"subject_country": "VEN"})
    assert ("CUB", "TTO") in pairs(routes) and ("CUB", "VEN") not in pairs(routes)


def test_a_crossing_people_only_attempted_is_no_end():
    text = ("Moroccan women who reached Sarajevo were exploited in prostitution in Tuzla before attempting to cross "
            "into Croatia.")
    names = {"Sarajevo": ("city:sarajevo", "city", "BIH"), "Tuzla": ("city:tuzla", "city", "BIH"), "Croatia": "HRV"}
    routes = routes_of(text, names)
    assert ("MAR", "city:tuzla") in pairs(routes) and "HRV" not in set(routes["destination_code"])


def test_a_province_after_a_list_ending_in_an_unknown_town_says_where_the_list_lies():
    text = ("Crew are recruited by manning agencies in Tegal and Pemalang in Central Java and flown to Singapore to "
            "join vessels where they are beaten and unpaid.")
    names = {"Tegal": ("city:tegal", "city", "IDN"), "Central Java": ("ID-JT", "admin1", "IDN"), "Singapore": "SGP"}
    assert pairs(routes_of(text, names)) == {("city:tegal", "SGP")}


def test_a_job_promised_somewhere_is_not_where_recruiting_began():
    text = ("The citizens, most of them from West Java, had been recruited through social media with offers of jobs "
            "as customer service staff in Thailand. After arriving in Bangkok they were taken across the border at "
            "Poipet and sold to scam companies.")
    names = {"West Java": ("ID-JB", "admin1", "IDN"), "Thailand": "THA", "Bangkok": ("city:bangkok", "city", "THA"),
             "Poipet": ("city:poipet", "city", "KHM")}
    routes = routes_of(text, names)
    # arriving in a town, then taken across a border: the town is a stop, the crossing the end
    assert pairs(routes) == {("ID-JB", "city:poipet")} and list(routes["via"]) == [["city:bangkok"]]


def test_people_locked_inside_houses_in_towns_were_held_there_not_moved_inside_them():
    text = ("Kenyan women were flown to Riyadh. Once there, many described being locked inside houses in Dammam and "
            "Taif, and going months without pay.")
    names = {"Riyadh": ("city:riyadh", "city", "SAU"), "Dammam": ("city:dammam", "city", "SAU"), "Taif": ("city:taif", "city", "SAU")}
    routes = routes_of(text, names)
    assert "city:riyadh" not in set(routes["origin_code"])
    assert {("KEN", "city:dammam"), ("KEN", "city:taif")} <= pairs(routes)


def test_a_province_reached_across_a_border_is_passed_through_on_the_way_on():
    text = ("Lao girls cross the Mekong by boat from Pakse to Mukdahan and are taken to karaoke bars in Khon Kaen, "
            "where some are forced into prostitution.")
    names = {"Pakse": ("city:pakse", "city", "LAO"), "Mukdahan": ("TH-49", "admin1", "THA"), "Khon Kaen": ("city:khon-kaen", "city", "THA")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:pakse", "city:khon-kaen")} and list(routes["via"]) == [["TH-49"]]


def test_a_relative_clause_on_the_people_found_says_where_they_were():
    text = "Labour inspectors found 40 Bangladeshi women who had not been paid for five months at a factory in Irbid."
    assert pairs(routes_of(text, {"Irbid": ("JO-IR", "admin1", "JOR")})) == {("BGD", "JO-IR")}
    # a move in the relative clause is no place they were found in
    text = "Police rescued 20 Nepali women who had been recruited in Kathmandu."
    assert "city:kathmandu" not in set(routes_of(text, {"Kathmandu": ("city:kathmandu", "city", "NPL")})["destination_code"])


def test_the_last_of_a_list_of_purposes_after_exploiting_leaves_the_places_to_the_verb():
    text = "Malagasy women are exploited in domestic servitude and sex trafficking in Lebanon, Kuwait and China."
    routes = routes_of(text, {"Lebanon": "LBN", "Kuwait": "KWT", "China": "CHN"})
    assert pairs(routes) == {("MDG", "LBN"), ("MDG", "KWT"), ("MDG", "CHN")}
    assert set(routes["purposes"].iloc[0]) == {"labour", "sexual exploitation"}
    # after another verb the list's last noun keeps the place after it
    text = ("Migrants from Africa transiting Guatemala en route to the United States are vulnerable to sex trafficking "
            "and forced labor, including in Tecun Uman.")
    names = {"Africa": "region:africa", "Guatemala": "GTM", "United States": "USA", "Tecun Uman": ("city:tecun-uman", "city", "GTM")}
    assert ("region:africa", "city:tecun-uman") in pairs(routes_of(text, names))


def test_a_country_s_name_before_people_is_their_nationality():
    text = ("Children from Kosovo and Albania are forced to beg in Pristina. Traffickers exploit Kosovo citizens in "
            "forced labor and sex trafficking in Germany and Switzerland.")
    names = {"Kosovo": "KOS", "Albania": "ALB", "Pristina": ("city:pristina", "city", "KOS"), "Germany": "DEU", "Switzerland": "CHE"}
    routes = routes_of(text, names)
    assert {("KOS", "DEU"), ("KOS", "CHE")} <= pairs(routes) and ("ALB", "DEU") not in pairs(routes)


def test_some_people_of_a_nationality_are_those_people_not_the_ones_before():
    text = ("Children from Indonesia are exploited on plantations in Sabah. Traffickers exploit some Malaysian "
            "citizens in forced labor in online scam operations in Cambodia and Laos.")
    names = {"Indonesia": "IDN", "Sabah": ("MY-12", "admin1", "MYS"), "Cambodia": "KHM", "Laos": "LAO"}
    routes = routes_of(text, names)
    assert {("MYS", "KHM"), ("MYS", "LAO")} <= pairs(routes) and ("IDN", "KHM") not in pairs(routes)


def test_workers_said_to_come_from_abroad_then_exploited_were_exploited_where_the_report_is_about():
    text = ("The UAE is a destination country for men and women subjected to forced labor. Migrant workers come "
            "primarily from India, Nepal and Kenya. Some of these workers face forced labor in construction.")
    names = {"UAE": "ARE", "India": "IND", "Nepal": "NPL", "Kenya": "KEN"}
    assert {("IND", "ARE"), ("NPL", "ARE"), ("KEN", "ARE")} <= pairs(routes_of(text, names))
    # people told to have gone somewhere were exploited there, not where the report is
    text = ("Cambodian police arrested a woman for trafficking a Vietnamese woman to Malaysia. The victim was placed "
            "in a brothel.")
    assert ("VNM", "KHM") not in pairs(routes_of(text, {"Malaysia": "MYS"}, metadata={"subject_country": "KHM"}))


def test_a_promise_of_jobs_in_places_where_people_are_then_exploited_is_where_they_went():
    text = ("Traffickers recruit Cameroonian women with false promises of jobs as domestic workers or nurses in Kuwait, "
            "Lebanon and Qatar, where some are subjected to forced labor.")
    routes = routes_of(text, {"Kuwait": "KWT", "Lebanon": "LBN", "Qatar": "QAT"})
    assert pairs(routes) == {("CMR", "KWT"), ("CMR", "LBN"), ("CMR", "QAT")}


def test_people_recruited_as_workers_in_a_country_start_there():
    text = ("Some women recruited as domestic workers in Uganda and Kenya are brought to the UAE and later transferred "
            "to Oman and Saudi Arabia.")
    names = {"Uganda": "UGA", "Kenya": "KEN", "UAE": "ARE", "Oman": "OMN", "Saudi Arabia": "SAU"}
    routes = routes_of(text, names)
    assert {origin for origin, _ in pairs(routes)} == {"UGA", "KEN"}
    assert {"OMN", "SAU"} <= set(routes["destination_code"])


def test_from_where_goes_on_from_the_place_just_reached():
    text = ("Traffickers transport the women by road from Benin City to Kano, then across the Sahara to Libya, from "
            "where they are sent by boat to Italy.")
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Kano": ("NG-KN", "admin1", "NGA"), "Sahara": "region:ne-sahara",
             "Libya": "LBY", "Italy": "ITA"}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:benin-city", "ITA")} and "LBY" in routes["via"].iloc[0]


def test_people_rescued_from_a_town_who_were_being_taken_on_come_from_it():
    text = "NAPTIP rescued 12 women from Benin City who were being taken to Libya through Niger."
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Libya": "LBY", "Niger": "NER"}
    assert pairs(routes_of(text, names)) == {("city:benin-city", "LBY")}
    # rescued from a site in a town, trafficked from elsewhere: the town is where they were
    text = "Police rescued 20 women from a hotel in Chiang Mai who had been trafficked from Laos."
    assert pairs(routes_of(text, {"Chiang Mai": ("TH-50", "admin1", "THA"), "Laos": "LAO"})) == {("LAO", "TH-50")}


def test_towns_people_are_handed_over_in_before_being_sold_on_are_stops():
    text = ("Bangladeshi girls are trafficked across the border into India. Brokers take them across the river and "
            "hand them to agents in Bongaon and Kolkata, who sell them to brothels in Mumbai and Pune.")
    names = {"India": "IND", "Bongaon": ("city:bongaon", "city", "IND"), "Kolkata": ("city:kolkata", "city", "IND"),
             "Mumbai": ("city:mumbai", "city", "IND"), "Pune": ("city:pune", "city", "IND")}
    ends = {destination for _, destination in pairs(routes_of(text, names))}
    assert {"city:mumbai", "city:pune"} <= ends and not {"city:bongaon", "city:kolkata"} & ends


def test_a_district_of_a_country_s_province_is_one_place():
    text = ("Fighters abducted Yazidis from the Sinjar district of Iraq's Nineveh governorate. Women were taken across "
            "the border to Raqqa, where they were sold.")
    names = {"Sinjar": ("city:sinjar", "city", "IRQ"), "Iraq": "IRQ", "Nineveh": ("IQ-NI", "admin1", "IRQ"),
             "Raqqa": ("city:raqqa", "city", "SYR")}
    assert pairs(routes_of(text, names)) == {("city:sinjar", "city:raqqa")}


def test_a_share_set_off_after_people_is_of_those_people_and_a_named_people_is_a_group_of_its_own():
    text = ("Traffickers exploit women from Southeast Asia and China in sex trafficking in Kuala Lumpur. Rohingya "
            "refugees, many of whom arrived by boat through Thailand, are vulnerable to forced labor on farms in Kedah. "
            "Children from Indonesia, some born in Sabah to undocumented parents, are exploited on plantations in Sabah.")
    names = {"Southeast Asia": "region:south-eastern-asia", "China": "CHN", "Kuala Lumpur": ("MY-14", "admin1", "MYS"),
             "Thailand": "THA", "Kedah": ("MY-02", "admin1", "MYS"), "Indonesia": "IDN", "Sabah": ("MY-12", "admin1", "MYS")}
    found = pairs(routes_of(text, names))
    assert ("CHN", "MY-02") not in found and ("IDN", "MY-02") not in found  # the Rohingya's home is not stated
    assert ("IDN", "MY-12") in found and ("MY-12", "MY-12") not in found  # no route from a province to itself


def test_the_homes_of_people_travelling_with_the_narrator_are_not_where_she_left_from():
    text = ("I was born in a village near Pokhara. The agent took me to Kathmandu. From Delhi I was flown to Kuwait "
            "with three other girls from Dhangadhi.")
    names = {"Pokhara": ("city:pokhara", "city", "NPL"), "Kathmandu": ("city:kathmandu", "city", "NPL"),
             "Delhi": ("city:delhi", "city", "IND"), "Kuwait": "KWT", "Dhangadhi": ("city:dhangadhi", "city", "NPL")}
    found = pairs(routes_of(text, names))
    assert ("city:pokhara", "KWT") in found and ("city:delhi", "KWT") not in found


def test_a_verb_after_a_list_of_homes_opens_the_clause_it_does_not_carry_the_list_on():
    text = ("Migrant workers from Uzbekistan and Kyrgyzstan, as well as from Ukraine, work in Russia, and some "
            "experience forced labor in construction, particularly in Moscow.")
    names = {"Uzbekistan": "UZB", "Kyrgyzstan": "KGZ", "Ukraine": "UKR", "Russia": "RUS", "Moscow": ("city:moscow", "city", "RUS")}
    found = pairs(routes_of(text, names))
    assert ("UZB", "city:moscow") in found and not any(origin == "RUS" for origin, _ in found)
    # more places after the comma do carry it on
    text = "Girls are trafficked to Thailand and China, as well as other countries in Asia."
    names = {"Thailand": "THA", "China": "CHN", "Asia": "region:asia"}
    assert "region:asia" in set(routes_of(text, names, metadata={"subject_country": "VNM"})["destination_code"])


def test_places_hedged_after_an_area_noun_are_where_the_people_come_from():
    text = ("Girls from impoverished rural areas, especially in Amhara and Oromia, are exploited in domestic servitude "
            "in Addis Ababa.")
    names = {"Amhara": ("ET-AM", "admin1", "ETH"), "Oromia": ("ET-OR", "admin1", "ETH"), "Addis Ababa": ("ET-AA", "admin1", "ETH")}
    assert pairs(routes_of(text, names)) == {("ET-AM", "ET-AA"), ("ET-OR", "ET-AA")}


def test_recruited_through_agencies_in_a_city_began_there():
    text = ("Traffickers recruit young women for domestic work in Kuwait and Oman through agencies in Harare and "
            "Bulawayo; some are held in servitude after their passports are confiscated.")
    names = {"Kuwait": "KWT", "Oman": "OMN", "Harare": ("city:harare", "city", "ZWE"), "Bulawayo": ("city:bulawayo", "city", "ZWE")}
    routes = routes_of(text, names, metadata={"subject_country": "ZWE"})
    assert {("city:harare", "KWT"), ("city:bulawayo", "OMN")} <= pairs(routes)
    assert not any("city:harare" in via for via in routes["via"])


def test_a_home_told_beside_people_before_the_verb_starts_their_route():
    # where the people named before were sent home to is not where these left from
    text = ("The Bureau said on Monday that 80 women who fled abusive employers in Oman and Kuwait were living in embassy "
            "safe houses awaiting repatriation to Colombo. Many of the women, from tea estates in Badulla and Kandy, were sent to the Gulf by "
            "unlicensed agents.")
    names = {"Oman": "OMN", "Kuwait": "KWT", "Colombo": ("LK-11", "admin1", "LKA"), "Badulla": ("LK-81", "admin1", "LKA"),
             "Kandy": ("LK-21", "admin1", "LKA"), "the Gulf": "region:gulf-states"}
    trafficking = routes_of(text, names).query("direction == 'trafficking'")
    assert pairs(trafficking) == {("LK-81", "region:gulf-states"), ("LK-21", "region:gulf-states")}


def test_people_said_to_be_mostly_from_a_place_come_from_it():
    text = "The women were mostly from Sindhuli and Dolakha. The agents flew them to Colombo."
    names = {"Sindhuli": ("city:sindhuli", "city", "NPL"), "Dolakha": ("city:dolakha", "city", "NPL"),
             "Colombo": ("city:colombo", "city", "LKA")}
    assert pairs(routes_of(text, names)) == {("city:sindhuli", "city:colombo"), ("city:dolakha", "city:colombo")}
    # a form of "be" with no home after it says nothing of where anyone is from
    text = "NAPTIP rescued 12 women from Benin City who were being taken to Libya through Niger."
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Libya": "LBY", "Niger": "NER"}
    assert pairs(routes_of(text, names)) == {("city:benin-city", "LBY")}


def test_a_home_in_apposition_in_a_clause_that_moves_no_one_is_kept_for_the_next():
    text = ("The women, aged between 19 and 34 and mostly from Sindhuli and Dolakha districts, had been promised jobs "
            "as cleaners. The agents planned to fly them to Colombo and then on to Muscat.")
    names = {"Sindhuli": ("city:sindhuli", "city", "NPL"), "Dolakha": ("city:dolakha", "city", "NPL"),
             "Colombo": ("city:colombo", "city", "LKA"), "Muscat": ("city:muscat", "city", "OMN")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:sindhuli", "city:muscat"), ("city:dolakha", "city:muscat")}
    assert routes["via"].iloc[0] == ["city:colombo"]
    # and a statement about them still waiting for an origin starts there
    text = ("Police intercepted 14 women who were being sent to Kuwait. The women, mostly from Sindhuli, had been "
            "promised jobs as cleaners.")
    assert pairs(routes_of(text, {**names, "Kuwait": "KWT"})) == {("city:sindhuli", "KWT")}


def test_people_named_by_nationality_in_a_sentence_that_moves_no_one_are_pointed_back_at():
    text = ("Researchers interviewed 35 Burmese women in 2021. Brokers had sold them to farmers in rural Yunnan and "
            "Sichuan.")
    names = {"Yunnan": ("CN-YN", "admin1", "CHN"), "Sichuan": ("CN-SC", "admin1", "CHN")}
    assert pairs(routes_of(text, names)) == {("MMR", "CN-YN"), ("MMR", "CN-SC")}


def test_work_people_hoped_for_is_no_end_of_their_move():
    text = ("Burmese women crossed into China with the help of brokers, believing they would find work in restaurants "
            "in Kunming.")
    names = {"China": "CHN", "Kunming": ("city:kunming", "city", "CHN")}
    assert pairs(routes_of(text, names)) == {("MMR", "CHN")}


def test_people_passed_along_and_on_from_there_are_moved_through_the_places_before():
    text = ("Burmese women were passed through a network of safe houses to Kunming and across the border into Laos, "
            "and from there to Thailand.")
    names = {"Kunming": ("city:kunming", "city", "CHN"), "Laos": "LAO", "Thailand": "THA"}
    routes = routes_of(text, names)
    assert pairs(routes) == {("MMR", "THA")} and routes["via"].iloc[0] == ["city:kunming", "LAO"]


def test_people_from_the_states_of_a_country_come_from_those_states():
    # "states" before "of" is the area noun, not the verb of saying
    text = "Farm workers from the southern states of Oaxaca and Guerrero are recruited to work on farms in Sonora."
    names = {"Oaxaca": ("MX-OAX", "admin1", "MEX"), "Guerrero": ("MX-GRO", "admin1", "MEX"), "Sonora": ("MX-SON", "admin1", "MEX")}
    assert pairs(routes_of(text, names)) == {("MX-OAX", "MX-SON"), ("MX-GRO", "MX-SON")}


def test_a_place_of_the_people_a_victim_is_made_to_cheat_is_no_end():
    text = "Kenyan workers were forced to defraud people in the United States and Europe through investment scams."
    assert pairs(routes_of(text, {"the United States": "USA", "Europe": "region:europe"})) == set()
    text = "Kenyan workers were trafficked to scam compounds in Myawaddy and forced to call people in Europe."
    names = {"Myawaddy": ("city:myawaddy", "city", "MMR"), "Europe": "region:europe"}
    assert pairs(routes_of(text, names)) == {("KEN", "city:myawaddy")}


def test_recruits_at_the_start_of_their_phrase_are_the_people_recruited():
    text = ("Madams recruit young Nigerian women. Recruits travel by road from Benin City to Kano and on to Agadez, "
            "where they are handed to drivers.")
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Kano": ("NG-KN", "admin1", "NGA"), "Agadez": ("NE-1", "admin1", "NER")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:benin-city", "NE-1")} and routes["via"].iloc[0] == ["NG-KN"]
    # the verb stays a verb
    assert pairs(routes_of("The agency recruits women from Nepal to Kuwait.", {"Nepal": "NPL", "Kuwait": "KWT"})) == {("NPL", "KWT")}


def test_foreigners_recruited_as_workers_in_a_place_abroad_were_recruited_to_work_there():
    names = {"Honiara": ("city:honiara", "city", "SLB")}
    for text in ("Chinese women recruited for work as restaurant staff in Honiara have been forced into prostitution.",
                 "Chinese women recruited as waitresses in Honiara have been forced into prostitution."):
        assert pairs(routes_of(text, names)) == {("CHN", "city:honiara")}


def test_people_moving_by_themselves_keep_the_regions_they_left_and_a_hoped_for_end_is_none():
    text = ("More than 90,000 migrants, most of them young Ethiopians from the Oromia and Amhara regions, crossed the "
            "Red Sea to Yemen last year. Most hope to reach Saudi Arabia. On arrival in Yemen they are often held in "
            "compounds in Shabwah and tortured.")
    names = {"Oromia": ("ET-OR", "admin1", "ETH"), "Amhara": ("ET-AM", "admin1", "ETH"), "Yemen": "YEM", "Saudi Arabia": "SAU",
             "Shabwah": ("YE-SH", "admin1", "YEM")}
    assert pairs(routes_of(text, names)) == {("ET-OR", "YE-SH"), ("ET-AM", "YE-SH")}


def test_coordinated_people_of_other_homes_are_one_theme_and_an_aside_about_them_is_no_theme():
    metadata = {"subject_country": "DOM"}
    text = "Haitian nationals and Dominicans of Haitian descent are vulnerable to forced labor in agriculture."
    assert ("HTI", "DOM") in pairs(routes_of(text, {}, metadata=metadata))
    text = "Haitian nationals, many without documents, are vulnerable to forced labor on sugarcane plantations."
    assert pairs(routes_of(text, {}, metadata=metadata)) == {("HTI", "DOM")}


def test_people_a_copula_gives_a_nationality_are_of_it_and_the_scene_of_their_exploitation_is_no_origin():
    text = ("Most of the women who came to our centre this week are Nigerian. In Athens, many are pushed into street "
            "prostitution in apartments in Piraeus.")
    names = {"Athens": ("city:athens", "city", "GRC"), "Piraeus": ("city:piraeus", "city", "GRC")}
    assert pairs(routes_of(text, names)) == {("NGA", "city:piraeus")}
    text = "The victims were mostly Eritrean. Smugglers sold them to traffickers in Sinai."
    assert pairs(routes_of(text, {"Sinai": "region:eg-sinai"})) == {("ERI", "region:eg-sinai")}


def test_people_of_several_homes_each_flown_home_make_no_route_and_a_return_takes_no_later_clause_end():
    text = ("The men were kept for years on the island of Benjina. Most were later repatriated to Myanmar; Cambodian "
            "and Lao men were flown to Phnom Penh and Vientiane.")
    names = {"Benjina": ("city:benjina", "city", "IDN"), "Myanmar": "MMR", "Phnom Penh": ("city:phnom-penh", "city", "KHM"),
             "Vientiane": ("city:vientiane", "city", "LAO")}
    routes = routes_of(text, names)
    assert not {("KHM", "city:vientiane"), ("LAO", "city:phnom-penh"), ("KHM", "city:phnom-penh")} & pairs(routes)
    assert not {("MMR", "city:phnom-penh"), ("MMR", "city:vientiane")} & pairs(routes)


def test_people_kept_somewhere_were_held_there():
    text = "Burmese men were kept for years on the island of Benjina and in Ambon."
    names = {"Benjina": ("city:benjina", "city", "IDN"), "Ambon": ("city:ambon", "city", "IDN")}
    assert pairs(routes_of(text, names)) == {("MMR", "city:benjina"), ("MMR", "city:ambon")}


def test_a_finding_is_not_people_found():
    text = ("Our survey of 1,000 workers found that Nepali workers paid an average of USD 1,100 in recruitment fees to "
            "agents in Kathmandu.")
    assert pairs(routes_of(text, {"Kathmandu": ("city:kathmandu", "city", "NPL")})) == set()
    text = "Police found that Nepali girls had been sold to brothels in Mumbai."
    assert pairs(routes_of(text, {"Mumbai": ("city:mumbai", "city", "IND")})) == {("NPL", "city:mumbai")}


def test_where_people_went_stays_known_after_their_homes_are_told():
    text = ("Dozens of Kenyan women who went to work as housemaids in Saudi Arabia have returned home. Many of the women "
            "are from Kilifi and Kwale. Unregistered agents recruit them with promises of good pay and fly them out of "
            "Nairobi, sometimes through Entebbe.")
    names = {"Saudi Arabia": "SAU", "Kilifi": ("KE-14", "admin1", "KEN"), "Kwale": ("KE-19", "admin1", "KEN"),
             "Nairobi": ("KE-30", "admin1", "KEN"), "Entebbe": ("city:entebbe", "city", "UGA")}
    trafficking = by_pair(routes_of(text, names).query("direction == 'trafficking'"))
    assert {("KE-14", "SAU"), ("KE-19", "SAU")} <= set(trafficking)
    assert trafficking[("KE-14", "SAU")].via == ["KE-30", "city:entebbe"]


def test_a_journey_started_at_home_starts_where_the_same_people_were_recruited():
    text = ("Most of the women who came to us are Nigerian. Several said that they had been recruited in Benin City and "
            "had travelled through Niger before reaching Istanbul by plane from Tripoli.")
    names = {"Benin City": ("city:benin-city", "city", "NGA"), "Niger": "NER", "Istanbul": ("city:istanbul", "city", "TUR"),
             "Tripoli": ("city:tripoli", "city", "LBY")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:benin-city", "city:istanbul")}


def test_a_place_in_a_part_of_a_country_only_says_where_the_place_before_lies():
    text = "Eritreans were kidnapped from camps near Kassala in eastern Sudan and sold to traffickers in Egypt."
    names = {"Kassala": ("SD-KA", "admin1", "SDN"), "Sudan": "SDN", "Egypt": "EGY"}
    assert pairs(routes_of(text, names)) == {("ERI", "EGY")}


def test_forces_after_a_nationality_are_agents_not_a_verb():
    text = "Eritreans were detained by Egyptian forces in northern Sinai and deported to Eritrea."
    routes = routes_of(text, {"Sinai": "region:eg-sinai", "Eritrea": "ERI"})
    assert pairs(routes) == {("ERI", "EGY")} and set(routes["direction"]) == {"return"}


def test_a_stay_after_which_people_were_moved_is_on_their_way():
    text = "Ethiopian women work in Lebanon. Some had been brought to Lebanon from Sudan after first working in Khartoum."
    names = {"Lebanon": "LBN", "Sudan": "SDN", "Khartoum": ("city:khartoum", "city", "SDN")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("ETH", "LBN")} and "city:khartoum" in routes[("ETH", "LBN")].via


def test_people_intercepted_being_taken_on_come_from_the_place_after_them():
    text = "Police in Lao Cai intercepted 6 girls from Ha Giang being taken to China for marriage."
    names = {"Lao Cai": ("VN-02", "admin1", "VNM"), "Ha Giang": ("VN-03", "admin1", "VNM"), "China": "CHN"}
    assert pairs(routes_of(text, names)) == {("VN-03", "CHN")}


def test_a_return_home_comes_back_from_where_people_of_the_same_home_were_taken():
    text = ("Our teams rescued 412 children from garment units in Delhi and Jaipur. Most of the children had been "
            "trafficked from Bihar and West Bengal, and a few from Nepal. 96 children from Bihar were escorted back to "
            "Patna by train.")
    names = {"Delhi": ("IN-DL", "admin1", "IND"), "Jaipur": ("city:jaipur", "city", "IND"), "Bihar": ("IN-BR", "admin1", "IND"),
             "West Bengal": ("IN-WB", "admin1", "IND"), "Nepal": "NPL", "Patna": ("city:patna", "city", "IND")}
    returns = routes_of(text, names).query("direction == 'return'")
    assert pairs(returns) == {("city:patna", "IN-DL"), ("city:patna", "city:jaipur")}


def test_a_scene_abroad_is_no_origin_of_people_named_before_with_a_home():
    text = ("Afghan boys are smuggled into Iran through Nimroz province. In Iran, boys work in construction, and some are "
            "recruited to fight in Syria.")
    names = {"Iran": "IRN", "Nimroz": ("AF-NIM", "admin1", "AFG"), "Syria": "SYR"}
    assert ("IRN", "SYR") not in pairs(routes_of(text, names))


def test_people_held_where_a_journey_ended_were_taken_there():
    text = ("Thousands of Bangladeshis travelled by boat from Teknaf to southern Thailand, where they were held in jungle "
            "camps until their families paid.")
    names = {"Teknaf": ("city:teknaf", "city", "BGD"), "Thailand": "THA"}
    assert pairs(routes_of(text, names)) == {("city:teknaf", "THA")}
    # but a place people were sent home to is no end of their trafficking
    text = "North Korean women were sold in China. Police repatriated some to North Korea, where they were held in camps."
    assert ("PRK", "PRK") not in pairs(routes_of(text, {"China": "CHN", "North Korea": "PRK"}))


def test_the_city_is_a_city_named_shortly_before_not_a_state_after_it():
    text = "In Atlanta, agents found two girls from Tennessee who had been brought to the city by a man they met online."
    names = {"Atlanta": ("city:atlanta", "city", "USA"), "Tennessee": ("US-TN", "admin1", "USA")}
    assert pairs(routes_of(text, names)) == {("US-TN", "city:atlanta")}


def test_victims_of_trafficking_in_a_place_were_trafficked_there():
    text = "Many Lao victims of sex trafficking in Thailand are from the southern provinces of Champasak and Salavan."
    names = {"Thailand": "THA", "Champasak": ("LA-CH", "admin1", "LAO"), "Salavan": ("LA-SL", "admin1", "LAO")}
    assert pairs(routes_of(text, names)) == {("LA-CH", "THA"), ("LA-SL", "THA")}
    text = "Thai nationals have been identified as victims of forced labor and sex trafficking in Israel and Sweden."
    assert pairs(routes_of(text, {"Israel": "ISR", "Sweden": "SWE"})) == {("THA", "ISR"), ("THA", "SWE")}


def test_people_from_occupied_areas_of_provinces_come_from_those_provinces():
    text = "Authorities transferred Ukrainian children from occupied areas of Donetsk and Kherson to Crimea."
    names = {"Donetsk": ("UA-14", "admin1", "UKR"), "Kherson": ("UA-65", "admin1", "UKR"), "Crimea": ("UA-43", "admin1", "UKR")}
    assert pairs(routes_of(text, names)) == {("UA-14", "UA-43"), ("UA-65", "UA-43")}


def test_what_people_are_forced_to_do_somewhere_says_where_they_are():
    text = "A gang brought Albanian men to the UK in small boats and forced them to tend cannabis in Kent and Essex."
    names = {"the UK": "GBR", "Kent": ("GB-KEN", "admin1", "GBR"), "Essex": ("GB-ESS", "admin1", "GBR")}
    assert {("ALB", "GB-KEN"), ("ALB", "GB-ESS")} <= pairs(routes_of(text, names))


def test_foreign_victims_recruited_in_their_home_countries_do_not_come_from_where_they_work():
    text = ("252 presumed victims were identified in Ireland. The main countries of origin were Romania and Brazil, "
            "while 43 were Irish nationals. Most foreign victims of labour exploitation had been recruited in their "
            "home countries for work in restaurants in Dublin and Cavan.")
    names = {"Ireland": "IRL", "Dublin": ("IE-D", "admin1", "IRL"), "Cavan": ("IE-CN", "admin1", "IRL"), "Romania": "ROU",
             "Brazil": "BRA"}
    assert not {("IRL", "IE-D"), ("IRL", "IE-CN")} & pairs(routes_of(text, names))


def test_people_found_at_a_checkpoint_were_stopped_on_the_way_to_where_they_were_being_taken():
    text = ("NAPTIP intercepted 15 children who were being taken from Kano to Lagos. The children, mostly from Jigawa, "
            "were found on a bus at a checkpoint in Kaduna.")
    names = {"Kano": ("NG-KN", "admin1", "NGA"), "Lagos": ("NG-LA", "admin1", "NGA"), "Jigawa": ("NG-JI", "admin1", "NGA"),
             "Kaduna": ("NG-KD", "admin1", "NGA")}
    routes = by_pair(routes_of(text, names))
    assert ("NG-JI", "NG-KD") not in routes and routes[("NG-JI", "NG-LA")].via == ["NG-KD"]


def test_a_city_a_later_verb_leaves_from_is_on_the_way_from_where_the_shared_subject_began():
    text = ("The women, mainly from Prey Veng province, were recruited with promises of factory work and flown from "
            "Phnom Penh to Shanghai.")
    names = {"Prey Veng": ("KH-14", "admin1", "KHM"), "Phnom Penh": ("KH-12", "admin1", "KHM"),
             "Shanghai": ("city:shanghai", "city", "CHN")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("KH-14", "city:shanghai")} and routes[("KH-14", "city:shanghai")].via == ["KH-12"]


def test_a_denied_move_is_no_move():
    text = "Indonesian fishers spent two years at sea without reaching port, as vessels carried their catch to Kaohsiung."
    assert pairs(routes_of(text, {"Kaohsiung": ("city:kaohsiung", "city", "TWN")})) == set()
    text = "Indonesian women were not only trafficked to Malaysia but also to Brunei."
    assert pairs(routes_of(text, {"Malaysia": "MYS", "Brunei": "BRN"})) == {("IDN", "MYS"), ("IDN", "BRN")}


def test_people_bussed_and_ferried_before_being_taken_on_pass_through_those_places():
    text = "Moroccan women are bussed to Tangier and ferried to Algeciras before being taken to farms in Huelva."
    names = {"Tangier": ("city:tangier", "city", "MAR"), "Algeciras": ("city:algeciras", "city", "ESP"),
             "Huelva": ("ES-H", "admin1", "ESP")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("MAR", "ES-H")} and routes[("MAR", "ES-H")].via == ["city:tangier", "city:algeciras"]


def test_sons_sent_to_work_are_people_moved():
    text = ("Many Syrian refugees live in Gaziantep. Families who cannot pay rent send their sons to harvest hazelnuts "
            "in Ordu and Giresun.")
    names = {"Gaziantep": ("TR-27", "admin1", "TUR"), "Ordu": ("TR-52", "admin1", "TUR"), "Giresun": ("TR-28", "admin1", "TUR")}
    assert pairs(routes_of(text, names)) == {("SYR", "TR-52"), ("SYR", "TR-28")}


def test_where_a_road_leads_in_an_aside_is_no_end():
    text = ("Zambian girls are recruited for domestic work in Lusaka, and some are exploited in prostitution in "
            "Livingstone and Chirundu, along the trucking routes to Zimbabwe.")
    names = {"Lusaka": ("ZM-09", "admin1", "ZMB"), "Livingstone": ("city:livingstone", "city", "ZMB"),
             "Chirundu": ("city:chirundu", "city", "ZMB"), "Zimbabwe": "ZWE"}
    assert not any(end == "ZWE" for _, end in pairs(routes_of(text, names)))
    assert pairs(routes_of("Girls from Nepal are trafficked along the route to India.", {"Nepal": "NPL", "India": "IND"})) == {("NPL", "IND")}


def test_people_identified_somewhere_who_originated_elsewhere_came_from_there():
    text = "Foreign victims identified in Poland in 2022 originated from Ukraine, Belarus and Vietnam."
    names = {"Poland": "POL", "Ukraine": "UKR", "Belarus": "BLR", "Vietnam": "VNM"}
    assert pairs(routes_of(text, names)) == {("UKR", "POL"), ("BLR", "POL"), ("VNM", "POL")}


def test_a_place_named_as_a_transit_is_on_the_way():
    for text in ("Traffickers increasingly use Mali as a transit point for Nigerian women destined for Europe.",
                 "Nigerian women are trafficked to Europe, with Niger serving as a key transit country."):
        routes = routes_of(text, {"Mali": "MLI", "Niger": "NER", "Europe": "region:europe"})
        assert pairs(routes) == {("NGA", "region:europe")} and len(routes["via"].iloc[0]) == 1


def test_people_with_their_home_before_a_participle_are_its_people():
    text = "Internal trafficking is prevalent, with girls from rural Odisha and Jharkhand exploited in domestic work in Delhi."
    names = {"Odisha": ("IN-OR", "admin1", "IND"), "Jharkhand": ("IN-JH", "admin1", "IND"), "Delhi": ("IN-DL", "admin1", "IND")}
    assert pairs(routes_of(text, names)) == {("IN-OR", "IN-DL"), ("IN-JH", "IN-DL")}


def test_a_city_then_another_city_of_the_same_country_is_a_stop_then_the_end():
    text = "Victims are recruited in Ho Chi Minh City and transported by bus to Phnom Penh, then to Siem Reap."
    names = {"Ho Chi Minh City": ("city:hcmc", "city", "VNM"), "Phnom Penh": ("KH-12", "admin1", "KHM"),
             "Siem Reap": ("KH-17", "admin1", "KHM")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("city:hcmc", "KH-17")} and routes[("city:hcmc", "KH-17")].via == ["KH-12"]


def test_shares_of_victims_identified_and_the_nationalities_victims_include_are_their_homes():
    text = "Officials identified 35 victims in 2022, including 20 from Ukraine and 9 from Vietnam."
    routes = routes_of(text, {"Ukraine": "UKR", "Vietnam": "VNM"}, metadata={"subject_country": "POL"})
    assert pairs(routes) == {("UKR", "POL"), ("VNM", "POL")}
    text = "Victims of forced labor identified in Brazil included Bolivians, Paraguayans and Haitians."
    assert pairs(routes_of(text, {"Brazil": "BRA"})) == {("BOL", "BRA"), ("PRY", "BRA"), ("HTI", "BRA")}


def test_people_who_escaped_from_a_place_were_held_there():
    text = "Two Nepali girls escaped from a brothel in Pune."
    assert pairs(routes_of(text, {"Pune": ("city:pune", "city", "IND")})) == {("NPL", "city:pune")}
    text = "Syrian refugees escaped from the war in Syria."
    assert pairs(routes_of(text, {"Syria": "SYR"})) == set()


def test_people_sent_abroad_by_agents_a_text_places_left_from_the_agents_country():
    text = "A court in Dhaka sentenced two men for sending 40 women to Dubai, where they were forced into prostitution."
    routes = routes_of(text, {"Dhaka": ("city:dhaka", "city", "BGD"), "Dubai": ("city:dubai", "city", "ARE")})
    assert pairs(routes) == {("BGD", "city:dubai")} and routes["origin_inferred"].all()
    # an end in the agents' own country says nothing of where people came from
    text = "Police in Thailand rescued women trafficked to Bangkok."
    assert pairs(routes_of(text, {"Thailand": "THA", "Bangkok": ("TH-10", "admin1", "THA")})) == set()


def test_they_in_what_people_said_are_the_people_who_said_it():
    text = "Eleven Tongan workers said they were moved from a farm near Mildura to a meat works in Tasmania."
    names = {"Mildura": ("city:mildura", "city", "AUS"), "Tasmania": ("AU-TAS", "admin1", "AUS")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("TON", "AU-TAS")} and routes[("TON", "AU-TAS")].via == ["city:mildura"]
    text = "Vietnamese interns told us that they had been moved from Kumamoto to Hokkaido."
    names = {"Kumamoto": ("JP-43", "admin1", "JPN"), "Hokkaido": ("JP-01", "admin1", "JPN")}
    assert pairs(routes_of(text, names)) == {("VNM", "JP-01")}


def test_a_home_beside_the_people_starts_their_move_and_a_place_abroad_they_left_is_on_the_way():
    text = "Interns from Myanmar and Indonesia were moved from farms in Kumamoto to fish-processing plants in Hokkaido."
    names = {"Myanmar": "MMR", "Indonesia": "IDN", "Kumamoto": ("JP-43", "admin1", "JPN"), "Hokkaido": ("JP-01", "admin1", "JPN")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("MMR", "JP-01"), ("IDN", "JP-01")}
    assert all(route.via == ["JP-43"] for route in routes.values())


def test_people_of_a_known_home_exploited_after_a_leg_from_abroad_started_at_home():
    text = ("Victims fly from Manila to Bangkok. From Bangkok they are smuggled into Myanmar, where they are forced to "
            "run online fraud schemes.")
    names = {"Manila": ("city:manila", "city", "PHL"), "Bangkok": ("city:bangkok", "city", "THA"), "Myanmar": "MMR"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("city:manila", "MMR")} and routes[("city:manila", "MMR")].via == ["city:bangkok"]
    text = "Venezuelan women are recruited in Ipiales and exploited in bars in Quito."
    names = {"Ipiales": ("city:ipiales", "city", "COL"), "Quito": ("city:quito", "city", "ECU")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("VEN", "city:quito")} and routes[("VEN", "city:quito")].via == ["city:ipiales"]


def test_people_returned_home_came_back_from_where_a_title_case_dateline_stands():
    text = ("Johannesburg, 9 May 2026 - Police rescued 32 boys in a raid; 28 were returned to Mozambique. Women from "
            "Zimbabwe are also brought to Pretoria, where they are forced into sex work.")
    names = {"Johannesburg": ("city:johannesburg", "city", "ZAF"), "Mozambique": "MOZ", "Zimbabwe": "ZWE",
             "Pretoria": ("city:pretoria", "city", "ZAF")}
    returns = routes_of(text, names).query("direction == 'return'")
    assert pairs(returns) == {("MOZ", "ZAF")}


def test_girls_may_point_back_at_young_women_named_before_when_no_girls_were():
    text = ("We interviewed 64 young women who had returned to Burundi from Oman. Most of them came from Ngozi and "
            "Kirundo. They had been recruited by agents. The agents took the girls by road to Nairobi, where they waited "
            "for visas. From there they were flown to Muscat.")
    names = {"Burundi": "BDI", "Oman": "OMN", "Ngozi": ("BI-NG", "admin1", "BDI"), "Kirundo": ("BI-KI", "admin1", "BDI"),
             "Nairobi": ("city:nairobi", "city", "KEN"), "Muscat": ("city:muscat", "city", "OMN")}
    trafficking = routes_of(text, names).query("direction == 'trafficking'")
    assert pairs(trafficking) == {("BI-NG", "city:muscat"), ("BI-KI", "city:muscat")}
    # people named as such are still preferred: the children, not the women beside them
    text = ("Children from Kandal are sent to Bangkok. Women from Takeo travel with them. The children are then sent "
            "on to Pattaya.")
    names = {"Kandal": ("KH-8", "admin1", "KHM"), "Takeo": ("KH-21", "admin1", "KHM"), "Bangkok": ("TH-10", "admin1", "THA"),
             "Pattaya": ("city:pattaya", "city", "THA")}
    assert ("KH-8", "city:pattaya") in pairs(routes_of(text, names))
    assert ("KH-21", "city:pattaya") not in pairs(routes_of(text, names))


def test_people_alongside_the_clauses_own_share_its_route():
    text = "212 Bolivian nationals were rescued in raids in Buenos Aires, alongside 38 Paraguayans and 11 Peruvians."
    names = {"Buenos Aires": ("AR-B", "admin1", "ARG")}
    assert pairs(routes_of(text, names)) == {("BOL", "AR-B"), ("PRY", "AR-B"), ("PER", "AR-B")}


def test_the_province_of_a_named_place_is_that_place_not_the_last_province_named():
    text = ("Some were moved to workshops in Cordoba. Later 212 Bolivian nationals were rescued in raids in the province "
            "of Buenos Aires.")
    names = {"Cordoba": ("AR-X", "admin1", "ARG"), "Buenos Aires": ("AR-B", "admin1", "ARG")}
    assert pairs(routes_of(text, names)) == {("BOL", "AR-B")}


def test_a_word_of_moving_before_a_word_of_cost_or_trade_names_a_thing():
    text = ("The scheme brings workers from Vanuatu to farms in Australia. Most are placed in Queensland. Workers we "
            "interviewed from Tanna said their employer in Bundaberg had deducted accommodation and transport costs "
            "that left them with little pay.")
    names = {"Vanuatu": "VUT", "Australia": "AUS", "Queensland": ("AU-QLD", "admin1", "AUS"),
             "Tanna": ("region:tanna", "region", "VUT"), "Bundaberg": ("city:bundaberg", "city", "AUS")}
    assert pairs(routes_of(text, names)) == {("VUT", "AUS"), ("VUT", "AU-QLD")}
    text = "Women from Tanna were transported to Bundaberg."
    assert pairs(routes_of(text, names)) == {("region:tanna", "city:bundaberg")}


def test_people_rescued_where_a_story_stands_come_from_where_the_next_sentence_says():
    text = ("Dubai, 3 March 2026 - Police have rescued 12 women who were forced into prostitution by a gang. The women, "
            "from Uganda and Kenya, arrived on visit visas.")
    names = {"Dubai": ("city:dubai", "city", "ARE"), "Uganda": "UGA", "Kenya": "KEN"}
    assert pairs(routes_of(text, names)) == {("UGA", "ARE"), ("KEN", "ARE")}
    # agents named with their place say where the people were found
    text = "Police in Sabah rescued 30 women last week. The women, from Indonesia, arrived by boat."
    names = {"Sabah": ("MY-12", "admin1", "MYS"), "Indonesia": "IDN"}
    assert pairs(routes_of(text, names)) == {("IDN", "MY-12")}
    # (where they were trafficked to is where they were found, not where the police are)
    text = ("Police in Assam have rescued 14 girls who had been trafficked to Haryana. They were lured with offers of "
            "jobs and taken by train from Guwahati.")
    names = {"Assam": ("IN-AS", "admin1", "IND"), "Haryana": ("IN-HR", "admin1", "IND"),
             "Guwahati": ("city:guwahati", "city", "IND")}
    assert pairs(routes_of(text, names)) == {("city:guwahati", "IN-HR")}


def test_a_clause_of_other_people_or_other_agents_after_a_comma_and_is_read_apart():
    text = ("Victims from Colombia were detected in Panama, and some Asian victims, mostly from China, were detected in "
            "Costa Rica.")
    names = {"Colombia": "COL", "Panama": "PAN", "China": "CHN", "Costa Rica": "CRI"}
    assert pairs(routes_of(text, names)) == {("COL", "PAN"), ("CHN", "CRI")}
    text = ("Police in Kazakhstan identified 12 Uzbek citizens in forced labour in Almaty, and officers in Peru rescued "
            "40 Venezuelan women in Madre de Dios.")
    names = {"Kazakhstan": "KAZ", "Almaty": ("city:almaty", "city", "KAZ"), "Peru": "PER",
             "Madre de Dios": ("PE-MDD", "admin1", "PER")}
    assert pairs(routes_of(text, names)) == {("UZB", "city:almaty"), ("VEN", "PE-MDD")}


def test_people_kidnapped_or_seized_in_a_raid_start_where_they_were_seized():
    names = {"Zamfara": ("NG-ZA", "admin1", "NGA"), "Niger": "NER"}
    assert pairs(routes_of("Gunmen kidnapped 30 women in Zamfara and took them to Niger.", names)) == {("NG-ZA", "NER")}
    text = ("Fighters attacked Sinjar, abducting 6,000 women and children. The captives were taken to Mosul. Many women "
            "and girls were later transported to Raqqa.")
    names = {"Sinjar": ("city:sinjar", "city", "IRQ"), "Mosul": ("city:mosul", "city", "IRQ"),
             "Raqqa": ("city:raqqa", "city", "SYR")}
    assert pairs(routes_of(text, names)) == {("city:sinjar", "city:mosul"), ("city:sinjar", "city:raqqa")}


def test_a_place_that_says_where_a_returns_home_lies_is_not_where_people_came_back_from():
    text = "About 3,500 survivors returned to the camps around Duhok in the Kurdistan Region."
    names = {"Duhok": ("IQ-DA", "admin1", "IRQ"), "the Kurdistan Region": ("region:kurdistan", "region", "IRQ")}
    assert pairs(routes_of(text, names)) == set()


def test_the_home_a_narrator_states_starts_their_journey_and_a_job_they_were_told_of_is_no_end():
    text = ("A man came to our home in Sindhupalchok and told my mother he could find me a job in a carpet factory in "
            "Kathmandu. Another man took me across the border at Birgunj. We travelled by train until we reached Mumbai. "
            "There I was sold to a brothel.")
    names = {"Sindhupalchok": ("city:sindhupalchok", "city", "NPL"), "Kathmandu": ("city:kathmandu", "city", "NPL"),
             "Birgunj": ("city:birgunj", "city", "NPL"), "Mumbai": ("city:mumbai", "city", "IND")}
    assert pairs(routes_of(text, names)) == {("city:sindhupalchok", "city:mumbai")}


def test_most_often_is_a_degree_and_people_referred_for_exploitation_in_a_place_were_held_there():
    names = {"Kent": ("GB-KEN", "admin1", "GBR")}
    text = "Albanian nationals were most often referred for labour exploitation in Kent."
    assert pairs(routes_of(text, names)) == {("ALB", "GB-KEN")}
    text = "Albanian nationals were most often exploited in Kent."
    assert pairs(routes_of(text, names)) == {("ALB", "GB-KEN")}
    # the name of a problem, with no people held for it, is no end
    assert pairs(routes_of("The project funds research on labour exploitation in Kent.", names)) == set()


def test_a_journey_told_in_a_paragraph_about_victims_is_read_and_reaching_a_place_ends_it():
    text = ("Police identified 14 possible victims. Nine were Romanian women. Two were from Nigeria. The Nigerian women "
            "said they had travelled through Libya and Italy before reaching the Netherlands.")
    names = {"Nigeria": "NGA", "Libya": "LBY", "Italy": "ITA", "the Netherlands": "NLD"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("NGA", "NLD")} and routes[("NGA", "NLD")].via == ["LBY", "ITA"]
    # travelling alone, in a paragraph that speaks of no exploitation, is no route
    text = "Two students were from Nigeria. The Nigerian students said they had travelled through Libya to Italy."
    assert pairs(routes_of(text, names)) == set()


def test_people_a_clause_names_at_its_end_are_the_last_named_for_the_next_sentence():
    text = ("Infants were abducted in Guangdong and sold to families in Fujian. Most foreign women were from Vietnam and "
            "Laos and had crossed the border with brokers who promised them jobs. Instead they were sold to men in "
            "Anhui.")
    names = {"Guangdong": ("CN-GD", "admin1", "CHN"), "Fujian": ("CN-FJ", "admin1", "CHN"), "Vietnam": "VNM",
             "Laos": "LAO", "Anhui": ("CN-AH", "admin1", "CHN")}
    assert pairs(routes_of(text, names)) == {("CN-GD", "CN-FJ"), ("VNM", "CN-AH"), ("LAO", "CN-AH")}


def test_a_title_country_no_place_of_the_text_lies_in_is_no_subject_and_a_threatened_return_is_none():
    text = "Onion farms in Georgia hired them. Workers who complained were sold to other employers in Mississippi and Kentucky."
    names = {"Georgia": ("US-GA", "admin1", "USA"), "Mississippi": ("US-MS", "admin1", "USA"),
             "Kentucky": ("US-KY", "admin1", "USA")}
    routes = routes_of(text, names, metadata={"title": "Forced labor on Georgia farms", "subject_country": "GEO"})
    assert pairs(routes) == set()
    text = "Workers from Mexico were exploited in Texas. Those who complained were threatened with deportation to Mexico."
    names = {"Mexico": "MEX", "Texas": ("US-TX", "admin1", "USA")}
    assert pairs(routes_of(text, names).query("direction == 'return'")) == set()


def test_an_embassy_brings_home_its_own_nationals_not_those_of_the_country_it_sits_in():
    text = ("The Kyrgyz embassy in Moscow helped 143 citizens return home, and the embassy assisted 61 victims returning "
            "from the UAE and Turkey.")
    names = {"Moscow": ("city:moscow", "city", "RUS"), "the UAE": "ARE", "Turkey": "TUR"}
    returns = routes_of(text, names).query("direction == 'return'")
    assert {origin for origin, _ in pairs(returns)} == {"KGZ"}
    assert {("KGZ", "ARE"), ("KGZ", "TUR")} <= pairs(returns)


def test_people_said_to_work_somewhere_and_later_said_to_be_victims_were_exploited_there():
    text = ("More than 600,000 Kyrgyz citizens work in Russia, most of them in Moscow. Most travel by train through "
            "Kazakhstan. Rights groups say a growing number are victims of forced labour on construction sites.")
    names = {"Russia": "RUS", "Moscow": ("city:moscow", "city", "RUS"), "Kazakhstan": "KAZ"}
    assert pairs(routes_of(text, names)) == {("KGZ", "city:moscow")}
    # (people with a home of their own said to be the victims keep it: the Romanian women, not "the victims")
    text = "Nine of the victims were Romanian women who had been brought to the Netherlands by their boyfriends."
    assert pairs(routes_of(text, {"the Netherlands": "NLD"})) == {("ROU", "NLD")}


def test_a_nationality_before_a_verb_of_telling_stands_for_people():
    names = {"Sabha": ("LY-SB", "admin1", "LBY")}
    text = "Nigerians, Gambians and Senegalese described being kidnapped near Sabha."
    assert pairs(routes_of(text, names)) == {("NGA", "LY-SB"), ("GMB", "LY-SB"), ("SEN", "LY-SB")}
    # (but a nationality before a noun that is also a verb's form qualifies the noun)
    text = "Since 2018, 130,000 Venezuelans have been relocated to other Brazilian states. Most were flown to Curitiba."
    names = {"Curitiba": ("city:curitiba", "city", "BRA")}
    assert ("BRA", "city:curitiba") not in pairs(routes_of(text, names))


def test_within_the_country_and_in_other_countries_are_two_lists_of_ends():
    text = ("Traffickers exploit Honduran women in sex trafficking within the country and in other countries in the "
            "region, particularly Mexico, Guatemala and the United States.")
    names = {"Mexico": "MEX", "Guatemala": "GTM", "the United States": "USA"}
    assert pairs(routes_of(text, names, metadata={"subject_country": "HND"})) == {
        ("HND", "HND"), ("HND", "MEX"), ("HND", "GTM"), ("HND", "USA")}


def test_begging_is_exploitation_where_it_happens_and_forced_begging_is_a_purpose():
    names = {"Pattaya": ("city:pattaya", "city", "THA"), "Honduras": "HND", "Nicaragua": "NIC"}
    assert pairs(routes_of("The sixth is a Cambodian boy who had been begging in Pattaya.", names)) == {("KHM", "city:pattaya")}
    text = "Traffickers exploit children from Nicaragua in forced begging in Honduras."
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("NIC", "HND")} and routes[("NIC", "HND")].purposes == ["begging"]


def test_others_going_another_way_after_a_comma_and_keep_their_own_path():
    text = ("Most of the victims came from Nghe An. Some flew to Russia and then travelled overland through Ukraine and "
            "Poland, and others flew directly to France.")
    names = {"Nghe An": ("VN-22", "admin1", "VNM"), "Russia": "RUS", "Ukraine": "UKR", "Poland": "POL", "France": "FRA"}
    routes = by_pair(routes_of(text, names))
    assert routes[("VN-22", "FRA")].via == []


def test_people_who_came_to_a_country_from_their_home_start_there():
    text = ("A young woman came to Japan from Nghe An province in 2023. She was sent to a garment factory in Gifu, where "
            "she was exploited.")
    names = {"Japan": "JPN", "Nghe An": ("VN-22", "admin1", "VNM"), "Gifu": ("JP-21", "admin1", "JPN")}
    assert pairs(routes_of(text, names)) == {("VN-22", "JP-21")}


def test_people_counted_as_a_range_are_the_subject_not_governed_by_to():
    text = "An estimated 14,000 to 17,000 men from Ethiopia travel irregularly to South Africa and are exploited there."
    assert pairs(routes_of(text, {"Ethiopia": "ETH", "South Africa": "ZAF"})) == {("ETH", "ZAF")}


def test_a_name_told_with_an_age_is_a_person_whose_story_the_text_tells():
    text = ("Nguyen, 24, came to Japan from Nghe An province in 2023. She was sent to a garment factory in Gifu, where "
            "she was exploited.")
    names = {"Japan": "JPN", "Nghe An": ("VN-22", "admin1", "VNM"), "Gifu": ("JP-21", "admin1", "JPN")}
    assert pairs(routes_of(text, names)) == {("VN-22", "JP-21")}


def test_people_moved_from_the_countryside_to_a_city_move_inside_its_country():
    names = {"Dhaka": ("BD-13", "admin1", "BGD")}
    text = "Girls as young as 12 are brought from the countryside to Dhaka's brothels."
    routes = routes_of(text, names)
    assert pairs(routes) == {("BGD", "BD-13")} and not routes["origin_inferred"].any()


def test_foreigners_living_or_working_somewhere_are_held_there():
    text = "Filipino workers living in Kuwait are exploited."
    assert pairs(routes_of(text, {"Kuwait": "KWT"})) == {("PHL", "KWT")}
    text = "More than 600,000 Kyrgyz citizens work as builders in Russia. A growing number are victims of forced labour."
    assert pairs(routes_of(text, {"Russia": "RUS"})) == {("KGZ", "RUS")}
    # (people of the country they live in start there: "Cambodians living in Battambang are trafficked to Thailand")
    text = "Cambodians living in Battambang are trafficked to Thailand."
    assert pairs(routes_of(text, {"Battambang": ("KH-2", "admin1", "KHM"), "Thailand": "THA"})) == {("KH-2", "THA")}


def test_people_recruited_by_someone_and_travelling_on_are_the_ones_who_go():
    # The agent of the passive before ("by acquaintances") is not who travels.
    text = "Mongolian women were recruited by acquaintances and travelled by train to Erenhot and then on to Beijing, " \
           "where they were forced into prostitution."
    names = {"Erenhot": ("city:1", "city", "CHN"), "Beijing": ("CN-BJ", "admin1", "CHN")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("MNG", "CN-BJ")} and by_pair(routes)[("MNG", "CN-BJ")].via == ["city:1"]


def test_from_where_goes_on_from_a_place_of_its_own_sentence_not_an_earlier_journey():
    text = ("Mongolian women continue to be trafficked to Macau and South Korea for sexual exploitation.\n\n"
            "Most victims were young women. Brokers took them by train to the border, from where they flew to Macau.")
    names = {"Macau": "MAC", "South Korea": "KOR"}
    assert {("MNG", "MAC"), ("MNG", "KOR")} <= pairs(routes_of(text, names))


def test_the_object_of_a_relative_clause_is_not_the_subject_of_the_main_verb():
    # "South Korean men" are whom the women married; the women are the ones exploited.
    text = "Mongolian women who married South Korean men through brokers have been exploited in Seoul."
    assert pairs(routes_of(text, {"Seoul": ("KR-11", "admin1", "KOR")})) == {("MNG", "KR-11")}


def test_where_people_stay_ends_where_their_homes_are_told():
    text = ("Some 25,000 Thai nationals work in Israel under a bilateral agreement, most of them men from the provinces "
            "of Udon Thani and Khon Kaen. Many described forced labour.")
    names = {"Israel": "ISR", "Udon Thani": ("TH-41", "admin1", "THA"), "Khon Kaen": ("TH-40", "admin1", "THA")}
    assert {destination for _, destination in pairs(routes_of(text, names))} == {"ISR"}


def test_respondents_of_a_study_are_people_who_move():
    text = "Uzbek respondents said they were taken to farms in Jalal-Abad, where they were forced to work."
    assert pairs(routes_of(text, {"Jalal-Abad": ("KG-J", "admin1", "KGZ")})) == {("UZB", "KG-J")}


def test_the_exploitation_of_foreign_people_in_a_place_is_exploitation_there():
    text = "This article examines labour exploitation of Uzbek seasonal migrants on cotton farms in southern Kazakhstan."
    assert pairs(routes_of(text, {"Kazakhstan": "KAZ"})) == {("UZB", "KAZ")}
    # (no foreign people, no destination: where the problem is)
    assert routes_of("The exploitation of workers in Qatar is well documented.", {"Qatar": "QAT"}).empty


def test_people_known_to_be_trafficked_travel_on_in_words_of_their_own_going():
    text = ("Ugandan women were trafficked to Saudi Arabia, officials said.\n\n"
            "They flew out of Entebbe, some through Nairobi, and were handed over to families in Riyadh.")
    names = {"Saudi Arabia": "SAU", "Entebbe": ("city:2", "city", "UGA"),
             "Nairobi": ("city:3", "city", "KEN"), "Riyadh": ("city:4", "city", "SAU")}
    routes = routes_of(text, names)
    assert "city:4" in {destination for _, destination in pairs(routes)}


def test_a_plea_to_bring_people_home_is_no_return():
    text = "Ugandan women trafficked to Oman want the government to bring them home."
    routes = routes_of(text, {"Oman": "OMN"})
    assert set(routes["direction"]) == {"trafficking"}
    text = "Nepali women trafficked to Oman pleaded with officials to send them home."
    routes = routes_of(text, {"Oman": "OMN"})
    assert set(routes["direction"]) == {"trafficking"}
    text = "Relatives urged the government to repatriate the 30 Nepali women trafficked to Oman."
    assert set(routes_of(text, {"Oman": "OMN"})["direction"]) == {"trafficking"}


def test_the_people_of_another_verb_are_not_brought_home_by_a_noun():
    # "recruitment" does not bring "them" home: "bring" does, and it is only wanted
    text = ("Ugandan women who travelled to Saudi Arabia for domestic work say they are being held in forced labour by "
            "recruitment agents without pay, and want the government to bring them home.")
    routes = routes_of(text, {"Saudi Arabia": "SAU"})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {("UGA", "SAU", "trafficking")}


def test_they_again_after_a_report_of_speech_are_still_the_speakers():
    text = ("The region's workers come from Bangladesh, Ethiopia and Ghana. Twenty-two Ghanaian women said they had been "
            "told in Accra that they would work in Dubai, and were taken instead from Dubai to Erbil.")
    names = {"Bangladesh": "BGD", "Ethiopia": "ETH", "Ghana": "GHA", "Accra": ("city:1", "city", "GHA"),
             "Dubai": ("city:2", "city", "ARE"), "Erbil": ("IQ-AR", "admin1", "IRQ")}
    assert pairs(routes_of(text, names)) == {("GHA", "IQ-AR")}


def test_people_with_homes_told_leave_their_country_from_a_city_on_their_way():
    text = ("Ugandan women from Masaka and Jinja were trafficked to Saudi Arabia, officials said. "
            "They flew out of Entebbe, some through Nairobi, and were handed over to families in Riyadh.")
    names = {"Masaka": ("city:1", "city", "UGA"), "Jinja": ("city:2", "city", "UGA"), "Saudi Arabia": "SAU",
             "Entebbe": ("city:3", "city", "UGA"), "Nairobi": ("city:4", "city", "KEN"), "Riyadh": ("city:5", "city", "SAU")}
    routes = by_pair(routes_of(text, names))
    assert {("city:1", "city:5"), ("city:2", "city:5")} <= set(routes)
    assert routes[("city:1", "city:5")].via == ["city:3", "city:4"]


def test_where_after_places_is_their_end_for_people_named_with_their_homes():
    text = "Many boys work on cocoa farms in Soubre, where some children from Burkina Faso are taken by relatives."
    names = {"Soubre": ("city:1", "city", "CIV"), "Burkina Faso": "BFA"}
    assert pairs(routes_of(text, names)) == {("BFA", "city:1")}
    # (where they were recruited is where they started, no end)
    text = "Agents work in Lagos, where young women are recruited."
    assert routes_of(text, {"Lagos": ("city:2", "city", "NGA")}).empty


def test_a_recruiter_by_whom_people_were_recruited_sits_where_it_began():
    text = "Nigerian women trafficked to Russia had been recruited by a madam in Edo State."
    routes = routes_of(text, {"Russia": "RUS", "Edo State": ("NG-ED", "admin1", "NGA")})
    assert pairs(routes) == {("NG-ED", "RUS")}


def test_recruitment_of_workers_for_a_country_goes_there():
    text = "Madagascar has lifted a ban on the recruitment of Malagasy domestic workers for Saudi Arabia and Kuwait."
    assert pairs(routes_of(text, {"Madagascar": "MDG", "Saudi Arabia": "SAU", "Kuwait": "KWT"})) == {("MDG", "SAU"), ("MDG", "KWT")}


def test_places_after_a_colon_name_the_homes_before_it():
    text = ("212 Vietnamese children were found in cannabis factories. Almost all came from three provinces in "
            "north-central Vietnam: Nghe An, Ha Tinh and Quang Binh. They were trafficked to Birmingham.")
    names = {"Vietnam": "VNM", "Nghe An": ("VN-22", "admin1", "VNM"), "Ha Tinh": ("VN-23", "admin1", "VNM"),
             "Quang Binh": ("VN-24", "admin1", "VNM"), "Birmingham": ("city:1", "city", "GBR")}
    assert pairs(routes_of(text, names)) == {("VN-22", "city:1"), ("VN-23", "city:1"), ("VN-24", "city:1")}


def test_a_word_for_people_before_a_noun_of_papers_names_no_people():
    # "student" in "student visas" is no subject of "driven": they are the children named before
    text = ("Children from Nghe An were trafficked to Europe. They flew from Hanoi to Moscow on tourist or student visas "
            "and were then driven to Poland.")
    names = {"Nghe An": ("VN-22", "admin1", "VNM"), "Europe": ("region:europe", "region", ""),
             "Hanoi": ("VN-HN", "admin1", "VNM"), "Moscow": ("city:2", "city", "RUS"), "Poland": "POL"}
    routes = by_pair(routes_of(text, names))
    assert ("VN-22", "POL") in routes and routes[("VN-22", "POL")].via[:2] == ["VN-HN", "city:2"]


def test_a_table_of_flows_gives_a_route_a_row_with_its_purpose():
    text = ("Country of origin | Country of exploitation | Victims | Main form of exploitation\n"
            "Nepal | India | 312 | sexual exploitation\n"
            "Myanmar | Thailand | 98 | forced labour\n")
    routes = by_pair(routes_of(text, {"Nepal": "NPL", "India": "IND", "Myanmar": "MMR", "Thailand": "THA"}))
    assert set(routes) == {("NPL", "IND"), ("MMR", "THA")}
    assert routes[("NPL", "IND")].purposes == ["sexual exploitation"] and routes[("MMR", "THA")].purposes == ["labour"]


def test_a_fact_sheet_label_may_say_whose_routes_in_a_few_more_words():
    text = ("Trafficking flows at a glance\n"
            "- Origin of foreign victims: Ethiopia, Somalia\n"
            "- Destinations for Kenyan victims abroad: Saudi Arabia, Qatar\n")
    names = {"Ethiopia": "ETH", "Somalia": "SOM", "Saudi Arabia": "SAU", "Qatar": "QAT"}
    routes = routes_of(text, names, metadata={"subject_country": "KEN"})
    assert pairs(routes) == {("ETH", "KEN"), ("SOM", "KEN"), ("KEN", "SAU"), ("KEN", "QAT")}


def test_her_before_a_preposition_is_the_person_moved_not_a_possessive():
    text = "Nepali girls are trafficked to India. An Indian agent took her by bus to Delhi."
    names = {"India": "IND", "Delhi": ("IN-DL", "admin1", "IND")}
    assert ("NPL", "IN-DL") in pairs(routes_of(text, names))


def test_how_to_identify_is_a_skill_taught_not_people_found():
    text = ("Officials in Chiang Mai learned how to identify victims of trafficking among migrant workers from Myanmar "
            "and Cambodia.")
    names = {"Chiang Mai": ("city:1", "city", "THA"), "Myanmar": "MMR", "Cambodia": "KHM"}
    assert routes_of(text, names).empty


def test_people_lured_or_deceived_by_someone_somewhere_start_there():
    text = "Girls are lured by agents in Kathmandu and trafficked to India."
    assert pairs(routes_of(text, {"Kathmandu": ("city:1", "city", "NPL"), "India": "IND"})) == {("city:1", "IND")}
    text = "Chinese men were deceived by crimps in Guangdong and shipped to Cuba."
    assert pairs(routes_of(text, {"Guangdong": ("CN-GD", "admin1", "CHN"), "Cuba": "CUB"})) == {("CN-GD", "CUB")}
    # (a promise of work somewhere is no start: "lured by promises of work in India")
    text = "Nepali girls are lured by false promises of jobs in India."
    assert pairs(routes_of(text, {"India": "IND"})) == {("NPL", "IND")}


def test_a_verb_of_carrying_after_by_is_the_means_not_a_frame_of_its_own():
    text = "The men were taken by bus to Kathmandu and then across the border at Birgunj to Chennai."
    names = {"Kathmandu": ("city:1", "city", "NPL"), "Birgunj": ("city:2", "city", "NPL"), "Chennai": ("city:3", "city", "IND")}
    routes = by_pair(routes_of(text, names, metadata={"subject_country": "NPL"}))
    assert set(routes) == {("NPL", "city:3")} and routes[("NPL", "city:3")].via == ["city:1", "city:2"]


def test_a_pronoun_owning_a_noun_of_moving_names_no_people():
    text = "Women from Kavre were trafficked to India. Brokers have since moved their recruitment to Sindhupalchok."
    names = {"Kavre": ("NP-KV", "admin1", "NPL"), "India": "IND", "Sindhupalchok": ("NP-SP", "admin1", "NPL")}
    assert pairs(routes_of(text, names)) == {("NP-KV", "IND")}


def test_a_share_of_things_is_no_people():
    text = "Clients came from Australia and China for surrogacy, and some surrogacy clinics moved on to Laos."
    assert routes_of(text, {"Australia": "AUS", "China": "CHN", "Laos": "LAO"}).empty


def test_victims_registered_somewhere_were_found_there():
    text = "Nigerian victims, almost all of them women, were registered mainly in Italy and Spain."
    assert pairs(routes_of(text, {"Italy": "ITA", "Spain": "ESP"})) == {("NGA", "ITA"), ("NGA", "ESP")}


def test_a_share_of_people_with_a_nationality_gives_them_a_home():
    text = ("Shelters assisted 73 victims of trafficking in 2022, 48 of them Nicaraguan women and girls, officials said.\n\n"
            "Most had been forced into sex work in bars in Panama.")
    assert pairs(routes_of(text, {"Panama": "PAN"})) == {("NIC", "PAN")}


def test_a_promised_job_somewhere_is_not_the_home_of_the_people_promised_it():
    text = "Traffickers offered them work as domestic workers in San Jose, and then forced them into commercial sex in Jaco."
    names = {"San Jose": ("CR-SJ", "admin1", "CRI"), "Jaco": ("city:1", "city", "CRI")}
    assert "CR-SJ" not in {origin for origin, _ in pairs(routes_of(text, names, metadata={"subject_country": "CRI"}))}


def test_a_region_qualifying_a_province_gives_way_to_it():
    text = "Costa Rican men from the Caribbean province of Limon have been exploited in forced labour in Panama."
    names = {"Caribbean": ("region:caribbean", "region", ""), "Limon": ("CR-L", "admin1", "CRI"), "Panama": "PAN"}
    assert pairs(routes_of(text, names)) == {("CR-L", "PAN")}


def test_others_with_a_home_of_their_own_are_other_people():
    text = "Women from Karaganda were trafficked to Turkey. Others came from Khovd in Mongolia and were trafficked to Macau."
    names = {"Karaganda": ("city:1", "city", "KAZ"), "Turkey": "TUR", "Khovd": ("city:2", "city", "MNG"),
             "Mongolia": "MNG", "Macau": "MAC"}
    assert pairs(routes_of(text, names)) == {("city:1", "TUR"), ("city:2", "MAC")}
    # (others of the same people keep their homes: "Many enter through Erbil, while others are brought from Turkey")
    text = "Bangladeshi women work in Erbil. Many enter through Erbil airport, while others are trafficked from Turkey to Duhok."
    names = {"Erbil": ("IQ-AR", "admin1", "IRQ"), "Turkey": "TUR", "Duhok": ("IQ-DA", "admin1", "IRQ")}
    assert ("BGD", "IQ-DA") in pairs(routes_of(text, names))


def test_trafficking_in_goods_moves_no_people():
    text = "Drug trafficking networks based in Morocco move cocaine from Colombia to France."
    assert routes_of(text, {"Morocco": "MAR", "Colombia": "COL", "France": "FRA"}).empty
    text = ("Wildlife trafficking syndicates collect pangolin scales from Cameroon and Gabon and move them by road to "
            "Lagos, from where they are smuggled by sea to Asia.")
    names = {"Cameroon": "CMR", "Gabon": "GAB", "Lagos": ("city:1", "city", "NGA"), "Asia": ("region:asia", "region", "")}
    assert routes_of(text, names).empty
    # (networks moving people still move them)
    assert pairs(routes_of("Smuggling networks move Eritreans from Sudan to Libya.", {"Sudan": "SDN", "Libya": "LBY"})) == {("ERI", "LBY")}


def test_and_on_through_a_country_makes_the_goal_before_it_a_stop_on_the_way():
    text = "Vietnamese children were driven through Belarus to Poland, and on through Germany to France."
    routes = by_pair(routes_of(text, {"Belarus": "BLR", "Poland": "POL", "Germany": "DEU", "France": "FRA"}))
    assert set(routes) == {("VNM", "FRA")} and set(routes[("VNM", "FRA")].via) == {"BLR", "POL", "DEU"}


def test_the_same_peoples_own_going_on_from_a_town_is_a_later_leg():
    text = ("Vietnamese children were trafficked to Europe. They flew to Budapest with forged documents and crossed "
            "into Austria by road.")
    names = {"Europe": ("region:europe", "region", ""), "Budapest": ("city:1", "city", "HUN"), "Austria": "AUT"}
    routes = by_pair(routes_of(text, names))
    assert ("VNM", "city:1") not in routes and routes[("VNM", "AUT")].via == ["city:1"]


def test_a_participle_going_on_to_a_place_is_a_verb_not_a_purpose_noun():
    text = "Forty-one Sri Lankan women who had been trafficked to Oman on visit visas returned to Colombo on Sunday."
    routes = routes_of(text, {"Oman": "OMN", "Colombo": ("LK-11", "admin1", "LKA")})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("LKA", "OMN", "trafficking"), ("LK-11", "OMN", "return")}


def test_homes_told_in_apposition_are_not_a_city_left_from():
    text = ("Forty-one Sri Lankan women who had been trafficked to Oman returned to Colombo on Sunday. The women, most of "
            "them from Kurunegala and Batticaloa, were flown from Colombo to Dubai and then taken by road to Muscat.")
    names = {"Oman": "OMN", "Colombo": ("LK-11", "admin1", "LKA"), "Kurunegala": ("LK-61", "admin1", "LKA"),
             "Batticaloa": ("LK-51", "admin1", "LKA"), "Dubai": ("city:1", "city", "ARE"), "Muscat": ("city:2", "city", "OMN")}
    origins = {origin for origin, destination in pairs(routes_of(text, names)) if destination == "city:2"}
    assert {"LK-61", "LK-51"} <= origins


def test_domestic_workers_work_in_a_household_not_inside_the_country():
    text = ("HARARE - More than 200 Zimbabwean women who answered adverts for jobs in Kuwait have ended up as unpaid "
            "domestic workers, a committee heard.")
    names = {"HARARE": ("ZW-HA", "admin1", "ZWE"), "Kuwait": "KWT"}
    assert ("ZWE", "ZWE") not in pairs(routes_of(text, names))
    # ("domestic victims" are inside it)
    text = "Traffickers exploit domestic victims in forced labour in Arusha."
    assert pairs(routes_of(text, {"Arusha": ("TZ-01", "admin1", "TZA")}, metadata={"subject_country": "TZA"})) == {("TZA", "TZ-01")}


def test_the_object_of_a_verb_is_not_who_travels_on():
    # "intermediaries" are paid; "they" fly
    text = ("Indian workers are exploited on farms in Latina. They typically pay intermediaries in Punjab up to "
            "15,000 euros, fly from Delhi to Rome, and are forced to work.")
    names = {"Latina": ("IT-LT", "admin1", "ITA"), "Punjab": ("IN-PB", "admin1", "IND"), "Delhi": ("city:1", "city", "IND"),
             "Rome": ("city:2", "city", "ITA")}
    assert ("city:1", "city:2") in pairs(routes_of(text, names))


def test_a_message_sent_somewhere_moves_no_people():
    text = ("Two Ukrainian women were trafficked to Berlin. One of the women sent a message to her sister in Lviv.")
    names = {"Berlin": ("city:1", "city", "DEU"), "Lviv": ("city:2", "city", "UKR")}
    assert pairs(routes_of(text, names)) == {("UKR", "city:1")}


def test_failing_to_reach_a_place_is_no_end():
    text = "Most migrants had been stranded in Agadez after failing to reach Libya, and some were exploited there."
    names = {"Agadez": ("NE-1", "admin1", "NER"), "Libya": "LBY"}
    assert "LBY" not in {destination for _, destination in pairs(routes_of(text, names, metadata={"subject_country": "NER"}))}


def test_a_returns_homes_may_follow_the_words_for_them():
    text = ("IOM assisted the voluntary return of 6,842 migrants from Niger to their countries of origin, mainly Mali "
            "(1,912), Guinea (1,604) and Senegal (788).")
    routes = routes_of(text, {"Niger": "NER", "Mali": "MLI", "Guinea": "GIN", "Senegal": "SEN"})
    assert set(zip(routes["origin_code"], routes["destination_code"], routes["direction"])) == {
        ("MLI", "NER", "return"), ("GIN", "NER", "return"), ("SEN", "NER", "return")}


def test_people_exploited_where_a_journey_from_a_home_city_ends_start_at_their_homes():
    text = ("Most of the victims, from Telangana and Bihar, had been lured by agents. They flew from Hyderabad to Bangkok "
            "and were driven across the border at Poipet to compounds in Sihanoukville, where they were forced to "
            "defraud people.")
    names = {"Telangana": ("IN-TG", "admin1", "IND"), "Bihar": ("IN-BR", "admin1", "IND"),
             "Hyderabad": ("city:1", "city", "IND"), "Bangkok": ("city:2", "city", "THA"),
             "Poipet": ("city:3", "city", "KHM"), "Sihanoukville": ("KH-18", "admin1", "KHM")}
    assert {origin for origin, _ in pairs(routes_of(text, names))} == {"IN-TG", "IN-BR"}


def test_a_share_of_counted_cases_is_no_people():
    text = ("Botswana is a transit country for Ethiopians travelling south. Flows from Malawi to South Africa account for "
            "a third of detected cases.")
    names = {"Botswana": "BWA", "Malawi": "MWI", "South Africa": "ZAF"}
    assert ("MWI", "ZAF") in pairs(routes_of(text, names)) and ("ETH", "ZAF") not in pairs(routes_of(text, names))


def test_migrant_workers_are_not_from_the_country_they_work_in():
    text = ("Migrant workers employed by a security firm at a World Cup hotel in Doha were subjected to forced labour and "
            "other abuses, Amnesty International said in a report on Thursday.")
    assert routes_of(text, {"Doha": ("city:1", "city", "QAT")}, metadata={"subject_country": "QAT"}).empty


def test_a_sentence_opening_on_what_came_next_goes_on_with_the_same_journey():
    text = "Vietnamese children were trafficked to France. Eventually, they were smuggled in lorries to Birmingham."
    routes = by_pair(routes_of(text, {"France": "FRA", "Birmingham": ("city:1", "city", "GBR")}))
    assert set(routes) == {("VNM", "city:1")} and routes[("VNM", "city:1")].via == ["FRA"]


def test_a_verb_after_and_shares_the_passive_of_the_verb_before():
    text = ("Vietnamese women from An Giang were sold to brothels. A smaller number had been taken first to Koh Kong "
            "and later moved to Phnom Penh.")
    names = {"An Giang": ("VN-44", "admin1", "VNM"), "Koh Kong": ("city:1", "city", "KHM"), "Phnom Penh": ("city:2", "city", "KHM")}
    routes = by_pair(routes_of(text, names))
    assert ("VN-44", "city:2") in routes and routes[("VN-44", "city:2")].via == ["city:1"]


def test_homes_in_apposition_start_a_flight_from_a_city_of_their_country():
    text = ("Uzbek women are lured to the UAE and forced into prostitution. The women, most of them from Samarkand and "
            "Fergana regions, usually fly from Tashkent to Dubai.")
    names = {"UAE": "ARE", "Samarkand": ("UZ-SA", "admin1", "UZB"), "Fergana": ("UZ-FA", "admin1", "UZB"),
             "Tashkent": ("UZ-TK", "admin1", "UZB"), "Dubai": ("city:1", "city", "ARE")}
    routes = by_pair(routes_of(text, names))
    assert {o for o, d in routes if d == "city:1"} == {"UZ-SA", "UZ-FA"} and routes[("UZ-SA", "city:1")].via == ["UZ-TK"]


def test_a_journey_goes_on_when_the_next_sentence_says_then():
    text = ("Moldovan women were trafficked to Turkey. The women travelled by minibus to Odesa and from there flew to "
            "Istanbul. They were then taken to Antalya.")
    names = {"Turkey": "TUR", "Odesa": ("city:1", "city", "UKR"), "Istanbul": ("city:2", "city", "TUR"),
             "Antalya": ("city:3", "city", "TUR")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("MDA", "city:3")} and routes[("MDA", "city:3")].via == ["city:1", "city:2"]


def test_a_sentence_opening_on_then_goes_on_with_the_narrators_journey():
    text = ("I was born in Battambang province. A trafficker drove me and two other girls across the border to "
            "Aranyaprathet. We stayed two days in a house. Then we were taken to Pattaya.")
    names = {"Battambang": ("KH-2", "admin1", "KHM"), "Aranyaprathet": ("city:1", "city", "THA"),
             "Pattaya": ("city:2", "city", "THA")}
    routes = by_pair(routes_of(text, names))
    assert ("KH-2", "city:2") in routes and routes[("KH-2", "city:2")].via == ["city:1"]
    assert ("KH-2", "city:1") not in routes


def test_the_country_of_a_routes_end_is_not_on_its_way():
    text = ("Honduran children are trafficked for begging. The children entered Mexico on rafts from Tecun Uman to "
            "Ciudad Hidalgo.")
    names = {"Mexico": "MEX", "Tecun Uman": ("city:1", "city", "GTM"), "Ciudad Hidalgo": ("city:2", "city", "MEX")}
    routes = by_pair(routes_of(text, names))
    assert routes[("HND", "city:2")].via == ["city:1"]


def test_a_country_crossed_is_on_the_way():
    text = ("Honduran children are trafficked to Mexico for begging. The children crossed Guatemala by bus and entered "
            "Mexico at Ciudad Hidalgo.")
    names = {"Mexico": "MEX", "Guatemala": "GTM", "Ciudad Hidalgo": ("city:1", "city", "MEX")}
    routes = by_pair(routes_of(text, names))
    assert "GTM" in routes[("HND", "MEX")].via and ("HND", "GTM") not in routes


def test_a_later_clause_of_the_same_people_goes_on_from_the_sentence_before():
    text = ("Rohingya girls from Cox's Bazar are sold as brides in Malaysia. Brokers take them to Teknaf. The boats stop "
            "off Thailand, and the women are then driven across the border into Malaysia.")
    names = {"Cox's Bazar": ("BD-11", "admin1", "BGD"), "Malaysia": "MYS", "Teknaf": ("city:1", "city", "BGD"),
             "Thailand": "THA"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("BD-11", "MYS")} and routes[("BD-11", "MYS")].via == ["city:1"]


def test_a_path_told_after_a_later_list_of_goals_is_on_the_way_to_that_list_only():
    names = {"Malaysia": "MYS", "Germany": "DEU", "Moscow": ("city:1", "city", "RUS")}
    routes = by_pair(routes_of("Vietnamese women are trafficked to Malaysia, and increasingly to Germany via Moscow.", names))
    assert routes[("VNM", "DEU")].via == ["city:1"] and routes[("VNM", "MYS")].via == []
    routes = by_pair(routes_of("Vietnamese women are trafficked to Malaysia and Germany via Moscow.", names))
    assert routes[("VNM", "MYS")].via == ["city:1"]


def test_a_path_a_later_verb_tells_with_its_own_goal_is_not_on_the_way_of_the_verb_before():
    text = ("Nepali girls are trafficked to India, particularly to Mumbai and Kolkata, where they are exploited in "
            "brothels, and increasingly to the Gulf states via New Delhi.")
    names = {"India": "IND", "Mumbai": ("city:1", "city", "IND"), "Kolkata": ("city:2", "city", "IND"),
             "Gulf states": ("region:gulf", "region", ""), "New Delhi": ("city:3", "city", "IND")}
    routes = by_pair(routes_of(text, names))
    assert routes[("NPL", "city:1")].via == [] and routes[("NPL", "region:gulf")].via == ["city:3"]


def test_a_later_sentence_of_the_paragraph_that_says_wages_were_withheld_makes_their_journey_a_route():
    text = ("Most of the fishers came from Central Java. They flew from Jakarta to Busan to join their vessels. "
            "They spent two years at sea. Several said their wages were withheld.")
    names = {"Central Java": ("ID-JT", "admin1", "IDN"), "Jakarta": ("ID-JK", "admin1", "IDN"),
             "Busan": ("city:1", "city", "KOR")}
    assert ("ID-JT", "city:1") in pairs(routes_of(text, names))


def test_people_forced_back_across_the_border_are_returned():
    names = {"Lunda Norte": ("AO-LNO", "admin1", "AGO"), "Kasai": ("CD-KS", "admin1", "COD")}
    text = "Angolan police forced 300,000 Congolese migrants in Lunda Norte back across the border into Kasai."
    routes = routes_of(text, names)
    assert ("CD-KS", "AO-LNO", "return") in set(zip(routes.origin_code, routes.destination_code, routes.direction))


def test_people_who_come_from_abroad_in_a_report_on_a_country_come_to_it():
    text = ("Traffickers exploit women from Asia and Africa in domestic servitude in Lebanon. Many domestic workers come "
            "from Ethiopia, Kenya and Sri Lanka.")
    names = {"Asia": ("region:asia", "region", ""), "Africa": ("region:africa", "region", ""), "Lebanon": "LBN",
             "Ethiopia": "ETH", "Kenya": "KEN", "Sri Lanka": "LKA"}
    found = pairs(routes_of(text, names, metadata={"subject_country": "LBN"}))
    assert {("ETH", "LBN"), ("KEN", "LBN"), ("LKA", "LBN")} <= found
    # (nor from the country itself: "Most victims come from Akkar" names where in it)
    text = "Traffickers exploit Lebanese children in forced labour. Most victims come from Akkar."
    assert routes_of(text, {"Akkar": ("LB-AK", "admin1", "LBN")}, metadata={"subject_country": "LBN"}).empty


def test_people_taken_through_a_country_are_not_its_people_named_before():
    text = ("Kyrgyz children are exploited in forced labour on farms. Traffickers in Uzbekistan and Tajikistan transport "
            "some victims through the Kyrgyz Republic to Kazakhstan and Russia.")
    names = {"Uzbekistan": "UZB", "Tajikistan": "TJK", "Kyrgyz Republic": "KGZ", "Kazakhstan": "KAZ", "Russia": "RUS"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("UZB", "KAZ"), ("UZB", "RUS"), ("TJK", "KAZ"), ("TJK", "RUS")}
    assert routes[("UZB", "KAZ")].via == ["KGZ"]


def test_a_title_that_speaks_of_smuggling_makes_the_journeys_of_its_story_routes():
    text = ("Detectives believe the group arranged for young men from Nghe An to travel overland through Russia and "
            "Germany to northern France, before hiding them in lorries crossing from Calais to Dover.")
    names = {"Nghe An": ("VN-22", "admin1", "VNM"), "Russia": "RUS", "Germany": "DEU", "France": "FRA",
             "Calais": ("city:1", "city", "FRA"), "Dover": ("city:2", "city", "GBR")}
    assert routes_of(text, names).empty
    title = {"title": "Police smash gang smuggling Vietnamese nationals into UK cannabis farms"}
    routes = by_pair(routes_of(text, names, metadata=title))
    assert routes[("VN-22", "city:2")].via == ["RUS", "DEU", "FRA", "city:1"]
    # (a title about something else licenses nothing)
    assert routes_of(text, names, metadata={"title": "Police open a new station in Kent"}).empty


def test_a_sentence_opening_on_arrival_goes_on_with_the_journey_before():
    text = ("Young men from Nghe An were smuggled through France and hidden in lorries crossing from Calais to Dover. "
            "On arrival they were driven to houses in Enfield.")
    names = {"Nghe An": ("VN-22", "admin1", "VNM"), "France": "FRA", "Calais": ("city:1", "city", "FRA"),
             "Dover": ("city:2", "city", "GBR"), "Enfield": ("GB-ENF", "admin1", "GBR")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("VN-22", "GB-ENF")} and "city:2" in routes[("VN-22", "GB-ENF")].via


def test_boats_out_of_a_port_are_where_people_worked_not_where_they_came_from():
    text = "Twenty-two Cambodian men said they had been forced to work without pay on fishing boats out of Songkhla and Pattani."
    names = {"Songkhla": ("city:1", "city", "THA"), "Pattani": ("city:2", "city", "THA")}
    assert pairs(routes_of(text, names)) == {("KHM", "city:1"), ("KHM", "city:2")}


def test_people_returned_from_a_place_of_their_own_country_are_from_it():
    names = {"Savannakhet": ("LA-SV", "admin1", "LAO"), "Champasak": ("LA-CH", "admin1", "LAO")}
    routes = routes_of("Thai authorities returned 124 Lao girls from Savannakhet and Champasak provinces.", names)
    assert set(zip(routes.origin_code, routes.destination_code, routes.direction)) == {
        ("LA-SV", "THA", "return"), ("LA-CH", "THA", "return")}


def test_victims_identified_in_the_reports_country_wait_for_where_they_came_from():
    text = ("The number of presumed victims identified in Ireland rose to 68. Most of them were women trafficked for "
            "sexual exploitation, primarily from Romania and Nigeria.")
    names = {"Ireland": "IRL", "Romania": "ROU", "Nigeria": "NGA"}
    found = pairs(routes_of(text, names, metadata={"subject_country": "IRL"}))
    assert {("ROU", "IRL"), ("NGA", "IRL")} <= found


def test_people_brought_across_the_border_in_a_province_crossed_there_on_their_way():
    text = ("Most of the women came from Myanmar and had been sold to men in Henan. Many had been brought across the "
            "border in Yunnan by gangs who promised them factory jobs.")
    names = {"Myanmar": "MMR", "Henan": ("CN-HA", "admin1", "CHN"), "Yunnan": ("CN-YN", "admin1", "CHN")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("MMR", "CN-HA")} and routes[("MMR", "CN-HA")].via == ["CN-YN"]


def test_they_are_the_people_their_own_clause_just_named():
    text = ("Boko Haram abducted women and girls from Borno and took them to camps in Niger.\n\n"
            "In Iraq, 2,700 Yazidi women and children remain missing years after they were abducted by ISIL from "
            "Sinjar. Some are believed to be held in a camp in Syria.")
    names = {"Borno": ("NG-BO", "admin1", "NGA"), "Niger": "NER", "Iraq": "IRQ", "Sinjar": ("city:1", "city", "IRQ"),
             "Syria": "SYR"}
    assert pairs(routes_of(text, names)) == {("NG-BO", "NER"), ("city:1", "SYR")}


def test_a_state_after_a_town_the_map_lacks_near_a_border_is_where_people_crossed():
    text = ("Traffickers recruited the women in Tlaxcala and smuggled them into the United States across the border "
            "near Sasabe, Arizona, and drove them to Atlanta.")
    names = {"Tlaxcala": ("MX-TLA", "admin1", "MEX"), "United States": "USA", "Arizona": ("US-AZ", "admin1", "USA"),
             "Atlanta": ("city:1", "city", "USA")}
    routes = by_pair(routes_of(text, names))
    assert ("MX-TLA", "US-AZ") not in routes and routes[("MX-TLA", "city:1")].via == ["US-AZ"]


def test_a_place_of_the_speakers_is_not_the_home_of_people_with_a_nationality_of_their_own():
    text = ("Child protection workers in Santo Domingo say hundreds of Haitian children are brought across the border "
            "each year to beg in the streets of Santiago.")
    names = {"Santo Domingo": ("city:1", "city", "DOM"), "Santiago": ("city:2", "city", "DOM")}
    assert pairs(routes_of(text, names)) == {("HTI", "city:2")}


def test_people_who_crossed_on_from_where_they_flew_did_not_end_there():
    text = ("Most come from Kukes in Albania and are exploited in the UK. Until recently they flew to Brussels or Paris "
            "on their own passports and crossed the Channel in lorries.")
    names = {"Kukes": ("AL-07", "admin1", "ALB"), "Albania": "ALB", "the UK": "GBR",
             "Brussels": ("city:1", "city", "BEL"), "Paris": ("city:2", "city", "FRA")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("AL-07", "GBR")} and routes[("AL-07", "GBR")].via == ["city:1", "city:2"]


def test_people_from_districts_the_map_lacks_of_a_state_come_from_the_state():
    text = ("Forty-two workers, including 11 children, from Bolangir and Nuapada districts of Odisha were rescued from "
            "a brick kiln near Sangareddy in Telangana on Saturday.")
    names = {"Odisha": ("IN-OR", "admin1", "IND"), "Telangana": ("IN-TG", "admin1", "IND")}
    assert pairs(routes_of(text, names)) == {("IN-OR", "IN-TG")}


def test_some_of_the_people_moved_on_later_went_through_where_all_were_taken():
    text = ("Armed gangs abducted 40 Eritrean refugees near Kassala and took them to houses in Khartoum.\n\n"
            "Some of the refugees were later moved across the border to Egypt and sold to smugglers in the Sinai.")
    names = {"Kassala": ("SD-KA", "admin1", "SDN"), "Khartoum": ("SD-KH", "admin1", "SDN"), "Egypt": "EGY",
             "the Sinai": ("region:sinai", "region", "EGY")}
    routes = by_pair(routes_of(text, names))
    assert ("ERI", "SD-KH") in routes and "SD-KH" in routes[("ERI", "region:sinai")].via


def test_people_brought_back_from_abroad_are_returned():
    text = "Chinese police brought back 300 Chinese nationals from scam compounds in Myanmar."
    routes = routes_of(text, {"Myanmar": "MMR"})
    assert set(zip(routes.origin_code, routes.destination_code, routes.direction)) == {("CHN", "MMR", "return")}


def test_goals_after_an_onward_goal_are_more_ends():
    text = "Girls from Moroto are brought to Kampala to beg. Some are taken on to Nairobi and to towns in South Sudan."
    names = {"Moroto": ("UG-1", "admin1", "UGA"), "Kampala": ("UG-2", "admin1", "UGA"),
             "Nairobi": ("city:1", "city", "KEN"), "South Sudan": "SSD"}
    routes = by_pair(routes_of(text, names))
    assert ("UG-1", "SSD") in routes and "SSD" not in routes[("UG-1", "city:1")].via


def test_senders_towns_inside_one_country_are_where_people_left_from():
    text = ("Local governments in Kashgar and Hotan have sent thousands of workers to factories in Anhui province. "
            "The workers are not free to leave.")
    names = {"Kashgar": ("city:1", "city", "CHN"), "Hotan": ("city:2", "city", "CHN"), "Anhui": ("CN-AH", "admin1", "CHN")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("city:1", "CN-AH"), ("city:2", "CN-AH")} and routes[("city:1", "CN-AH")].origin_inferred


def test_people_said_to_be_from_places_in_the_predicate_are_pointed_back_at():
    text = ("Most were boys aged four to ten from Rahim Yar Khan district in Pakistan's Punjab province, from Bangladesh, "
            "and from Sudan. They were trafficked to camel farms in Qatar.")
    names = {"Rahim Yar Khan": ("city:1", "city", "PAK"), "Pakistan": "PAK", "Punjab": ("PK-PB", "admin1", "PAK"),
             "Bangladesh": "BGD", "Sudan": "SDN", "Qatar": "QAT"}
    assert pairs(routes_of(text, names)) == {("city:1", "QAT"), ("BGD", "QAT"), ("SDN", "QAT")}


def test_a_place_after_the_agent_of_a_workplace_locates_the_workplace():
    text = "Several of the women were later moved to parlors operated by co-conspirators in Houston. They were forced into prostitution."
    names = {"Houston": ("city:1", "city", "USA")}
    routes = routes_of("Korean women were trafficked to New York. " + text, {**names, "New York": ("city:2", "city", "USA")})
    assert ("KOR", "city:1") in pairs(routes)


def test_a_state_after_a_town_only_names_the_towns_state():
    text = "Girls from Fujian were trafficked to Houston, Texas, and Atlanta, Georgia."
    names = {"Fujian": ("CN-FJ", "admin1", "CHN"), "Houston": ("city:1", "city", "USA"), "Texas": ("US-TX", "admin1", "USA"),
             "Atlanta": ("city:2", "city", "USA"), "Georgia": ("US-GA", "admin1", "USA")}
    assert pairs(routes_of(text, names)) == {("CN-FJ", "city:1"), ("CN-FJ", "city:2")}


def test_people_exploited_on_arrival_are_exploited_where_their_journey_ended():
    text = ("The defendants recruited women in Fujian Province, China, and arranged their travel to New York. "
            "On arrival the women were forced to perform commercial sex acts.")
    names = {"Fujian": ("CN-FJ", "admin1", "CHN"), "China": "CHN", "New York": ("US-NY", "admin1", "USA")}
    routes = routes_of(text, names, metadata={"title": "Indictment", "subject": "United States"})
    assert pairs(routes) == {("CN-FJ", "US-NY")}


def test_goals_after_from_there_are_a_later_leg():
    text = ("Young Gambians travel by bus through Senegal and Mali to Niamey and Agadez, and from there are packed onto "
            "trucks to southern Libya. Many are victims of trafficking.")
    names = {"Senegal": "SEN", "Mali": "MLI", "Niamey": ("city:1", "city", "NER"), "Agadez": ("city:2", "city", "NER"),
             "Libya": "LBY"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("GMB", "LBY")} and {"city:1", "city:2", "SEN", "MLI"} <= set(routes[("GMB", "LBY")].via)


def test_people_who_leave_the_villages_of_a_region_leave_from_it():
    text = "Every year thousands of girls leave the villages of Sindhupalchok and are trafficked to India."
    names = {"Sindhupalchok": ("NP-1", "admin1", "NPL"), "India": "IND"}
    assert pairs(routes_of(text, names)) == {("NP-1", "IND")}


def test_workers_named_by_their_trade_are_the_people_moved():
    text = "Labour inspectors found 15 Bolivian seamstresses working 16-hour days in a garment workshop in Campinas."
    assert pairs(routes_of(text, {"Campinas": ("city:1", "city", "BRA")})) == {("BOL", "city:1")}


def test_trades_after_jobs_as_name_the_work_promised_not_people():
    # ("dancers" is a trade people are moved in: "dancers from Manila were trafficked to ...")
    text = ("The women said they had been recruited by agents in Kathmandu who promised them jobs as singers and dancers "
            "in Dubai. Instead, they were flown from Kathmandu to Nairobi and forced to dance in bars.")
    names = {"Kathmandu": ("city:1", "city", "NPL"), "Dubai": ("city:2", "city", "ARE"), "Nairobi": ("city:3", "city", "KEN")}
    assert pairs(routes_of(text, names)) == {("city:1", "city:3")}


def test_a_province_holding_the_town_people_were_recruited_in_is_not_on_their_way():
    text = ("The defendants brought 30 women from Benin City to Moscow, where they were taken by train to St Petersburg. "
            "There the women were held in flats and forced to see clients.\n\n"
            "Some of the women had been recruited by a madam in Edo State.")
    names = {"Benin City": ("city:1", "city", "NGA"), "Moscow": ("city:2", "city", "RUS"),
             "St Petersburg": ("city:3", "city", "RUS"), "Edo": ("NG-ED", "admin1", "NGA")}
    routes = routes_of(text, names)
    assert all("NG-ED" not in via for via in routes.via)


def test_victims_said_later_to_come_from_a_region_s_provinces_start_the_journeys_told_before():
    text = ("Most victims were trafficked to China for forced marriage.\n\n"
            "Victims came mainly from the northern mountainous provinces of Ha Giang and Lao Cai.")
    names = {"China": "CHN", "northern mountainous provinces": ("region:vn-north", "region", "VNM"),
             "Ha Giang": ("VN-03", "admin1", "VNM"), "Lao Cai": ("VN-02", "admin1", "VNM")}
    assert pairs(routes_of(text, names)) == {("VN-03", "CHN"), ("VN-02", "CHN")}


def test_these_counties_point_back_at_the_counties_named_together():
    text = ("Prosecutors searched 14 houses in Bacau and Iasi counties. The group recruited young women from poor families "
            "in these counties and took them to Germany, where they were sexually exploited in apartments in Berlin.")
    names = {"Bacau": ("RO-BC", "admin1", "ROU"), "Iasi": ("RO-IS", "admin1", "ROU"), "Germany": "DEU",
             "Berlin": ("city:1", "city", "DEU")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("RO-BC", "city:1"), ("RO-IS", "city:1")}
    assert routes[("RO-BC", "city:1")].purposes == ["sexual exploitation"]


def test_a_country_naming_its_forces_is_no_place_of_the_frame():
    text = ("Filipino women who came to South Korea on entertainer visas are being forced into prostitution in clubs "
            "near US military bases, a migrant rights group said.")
    names = {"South Korea": "KOR", "US": "USA"}
    assert pairs(routes_of(text, names)) == {("PHL", "KOR")}


def test_people_hired_somewhere_start_there():
    text = "The women were hired by promoters in Manila as singers and flown to Seoul, where they were forced into prostitution."
    names = {"Manila": ("city:1", "city", "PHL"), "Seoul": ("city:2", "city", "KOR")}
    assert pairs(routes_of(text, names)) == {("city:1", "city:2")}


def test_a_goal_reached_by_another_means_is_the_next_leg():
    text = "An agent took the girls across the border to Raxaul and by train to Kolkata, where they were sold to a brothel."
    names = {"Raxaul": ("city:1", "city", "IND"), "Kolkata": ("city:2", "city", "IND")}
    routes = by_pair(routes_of("Girls from Nepal were trafficked to India. " + text, {**names, "Nepal": "NPL", "India": "IND"}))
    assert ("NPL", "city:2") in routes and ("NPL", "city:1") not in routes


def test_where_some_are_taken_on_from_stays_an_end_of_the_others():
    text = ("Venezuelan women are recruited by traffickers. Many are exploited in bars in Quito and Machala, "
            "and some are taken on to Peru.")
    names = {"Quito": ("city:1", "city", "ECU"), "Machala": ("city:2", "city", "ECU"), "Peru": "PER"}
    assert pairs(routes_of(text, names)) == {("VEN", "city:1"), ("VEN", "city:2"), ("VEN", "PER")}


def test_victims_a_shelter_received_came_to_where_the_shelter_is():
    text = "This month our shelter in Ubon Ratchathani received eleven girls from Laos who had been sold to karaoke bars."
    names = {"Ubon Ratchathani": ("city:1", "city", "THA"), "Laos": "LAO"}
    assert pairs(routes_of(text, names)) == {("LAO", "city:1")}


def test_people_made_to_do_something_somewhere_are_exploited_there():
    text = "Girls from Laos were trafficked across the Mekong. They were made to work in karaoke bars in Sisaket."
    names = {"Laos": "LAO", "Sisaket": ("city:1", "city", "THA")}
    assert pairs(routes_of(text, names)) == {("LAO", "city:1")}


def test_what_returnees_had_done_before_is_their_journey_out():
    text = ("Most returnees are young people from the Amhara region who had crossed into Yemen by boat from Djibouti. "
            "Many were held for ransom by smugglers.")
    names = {"Amhara": ("ET-AM", "admin1", "ETH"), "Yemen": "YEM", "Djibouti": "DJI"}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("ET-AM", "YEM")} and routes[("ET-AM", "YEM")].direction == "trafficking"
    assert routes[("ET-AM", "YEM")].via == ["DJI"]


def test_a_share_of_people_from_a_place_is_their_home():
    text = ("This year our shelter in Tapachula received 214 women, most of them from Honduras, but also a growing "
            "number from Haiti. Many had been forced to work in bars in Tenosique.")
    names = {"Tapachula": ("city:1", "city", "MEX"), "Honduras": "HND", "Haiti": "HTI", "Tenosique": ("city:2", "city", "MEX")}
    found = pairs(routes_of(text, names))
    assert ("HTI", "city:2") in found and not any(end in ("HTI", "HND") for _, end in found)


def test_what_returnees_received_somewhere_is_no_movement():
    text = ("IOM helped 87 victims return home from Iraq: 52 to Bangladesh and 19 to Ethiopia. "
            "Returnees received reintegration support in Dhaka and Addis Ababa.")
    names = {"Iraq": "IRQ", "Bangladesh": "BGD", "Ethiopia": "ETH", "Dhaka": ("city:1", "city", "BGD"),
             "Addis Ababa": ("city:2", "city", "ETH")}
    assert all(direction == "return" for direction in routes_of(text, names).direction)


def test_the_work_a_lure_promised_is_no_purpose():
    text = ("The women were recruited in Prey Veng with promises of factory work and flown to Shanghai, "
            "where they were sold as brides.")
    routes = routes_of(text, {"Prey Veng": ("KH-14", "admin1", "KHM"), "Shanghai": ("CN-SH", "admin1", "CHN")})
    assert list(routes.purposes) == [["marriage"]]


def test_a_home_said_of_the_one_a_story_is_about_starts_her_journey():
    text = ("She was 19 when a neighbour from her village near Cahul offered her a job in a hotel. She flew to Istanbul "
            "and was driven to a flat in Antalya, where she was forced to see clients.")
    names = {"Cahul": ("MD-CA", "admin1", "MDA"), "Istanbul": ("city:1", "city", "TUR"), "Antalya": ("city:2", "city", "TUR")}
    routes = by_pair(routes_of(text, names))
    assert set(routes) == {("MD-CA", "city:2")} and routes[("MD-CA", "city:2")].via == ["city:1"]
    assert routes[("MD-CA", "city:2")].purposes == ["sexual exploitation"]


def test_people_from_places_in_a_sentence_that_moves_no_one_are_pointed_back_at():
    text = ("Young men from Sylhet and Madaripur pay brokers up to 700,000 taka. They are flown from Dhaka to Dubai and "
            "finally to Benghazi, where many are forced to work without pay.")
    names = {"Sylhet": ("BD-1", "admin1", "BGD"), "Madaripur": ("BD-2", "admin1", "BGD"), "Dhaka": ("city:1", "city", "BGD"),
             "Dubai": ("city:2", "city", "ARE"), "Benghazi": ("city:3", "city", "LBY")}
    assert pairs(routes_of(text, names)) == {("BD-1", "city:3"), ("BD-2", "city:3")}


def test_workers_met_somewhere_with_their_homes_are_exploited_where_they_work():
    text = ("During my visit I met migrant workers from South Asia, particularly India and Nepal, who work in construction "
            "in Manama. Many told me that their passports had been confiscated on arrival.")
    names = {"South Asia": ("region:s-asia", "region", ""), "India": "IND", "Nepal": "NPL", "Manama": ("city:1", "city", "BHR")}
    assert pairs(routes_of(text, names)) == {("IND", "city:1"), ("NPL", "city:1")}


def test_people_a_preposition_governs_give_no_home_to_the_people_after():
    text = ("Child marriage among Syrian refugees in Jordan\n\n"
            "Amman - Among Syrian refugees in Jordan, the share of girls married before 18 has more than doubled. Girls in "
            "the Zaatari camp and in the cities of Mafraq and Irbid are often married to older Jordanian men or to men from "
            "the Gulf, who sometimes take them to Saudi Arabia and the UAE.\n\n"
            "Aid workers describe brokers who arrange short summer marriages with men from the Gulf, after which the girls "
            "are abandoned. Some girls have been taken to Amman and forced into prostitution after such marriages.\n")
    names = {"Jordan": "JOR", "Zaatari": ("city:1", "city", "JOR"), "Mafraq": ("JO-MA", "admin1", "JOR"),
             "Irbid": ("JO-IR", "admin1", "JOR"), "Saudi Arabia": "SAU", "the UAE": "ARE",
             "the Gulf": ("region:gulf", "region", ""), "Amman": ("JO-AM", "admin1", "JOR")}
    found = pairs(routes_of(text, names))
    assert ("JO-IR", "JO-AM") in found and ("region:gulf", "JO-AM") not in found


def test_foreign_workers_in_a_country_evacuated_home_return_from_it():
    text = "MOLISA reported that 1,200 Vietnamese workers in Libya were evacuated to Hanoi via Tunisia."
    names = {"Libya": "LBY", "Hanoi": ("city:1", "city", "VNM"), "Tunisia": "TUN"}
    routes = routes_of(text, names)
    assert set(zip(routes.origin_code, routes.destination_code, routes.direction)) == {("city:1", "LBY", "return")}


def test_people_who_arrive_home_are_returning():
    text = "Eleven Cambodian men who had been held on a fishing vessel in Indonesia arrived home in Phnom Penh on Tuesday."
    names = {"Indonesia": "IDN", "Phnom Penh": ("city:1", "city", "KHM")}
    routes = routes_of(text, names)
    assert ("city:1", "IDN", "return") in set(zip(routes.origin_code, routes.destination_code, routes.direction))
    assert ("city:1", "IDN", "trafficking") not in set(zip(routes.origin_code, routes.destination_code, routes.direction))


def test_people_brought_home_with_help_are_returning():
    text = "Twelve Kenyan women stranded in Oman were brought home with the help of the embassy."
    routes = routes_of(text, {"Oman": "OMN"})
    assert set(zip(routes.origin_code, routes.destination_code, routes.direction)) == {("KEN", "OMN", "return")}


def test_a_return_people_only_tried_is_no_return():
    text = "Trafficked to a bar in Izmir, the Moldovan woman escaped twice and tried to return to Chisinau."
    names = {"Izmir": ("TR-35", "admin1", "TUR"), "Chisinau": ("city:1", "city", "MDA")}
    routes = routes_of(text, names)
    assert "return" not in set(routes.direction)


def test_a_nationality_word_before_a_noun_of_territory_names_the_country():
    routes = routes_of("Smugglers took the Afghan boys to the Iranian border.", {})
    assert pairs(routes) == {("AFG", "IRN")}
    # (near a border is either side of it; a border's guards are no place)
    assert pairs(routes_of("Afghan boys were held in a camp near the Iranian border.", {})) == set()
    assert pairs(routes_of("Afghan boys were trafficked by Iranian border guards.", {})) == set()


def test_people_who_walk_somewhere_go_there():
    text = "Ten Eritrean women were trafficked by smugglers. They walked from Tesseney to Kassala."
    names = {"Tesseney": ("city:1", "city", "ERI"), "Kassala": ("SD-KA", "admin1", "SDN")}
    assert pairs(routes_of(text, names)) == {("city:1", "SD-KA")}


def test_what_returnees_had_done_with_two_verbs_is_their_journey_out():
    text = "Most returnees are young women from Sylhet who had been trafficked to Dubai and travelled to Muscat."
    names = {"Sylhet": ("BD-G", "admin1", "BGD"), "Dubai": ("AE-DU", "admin1", "ARE"), "Muscat": ("OM-MA", "admin1", "OMN")}
    routes = routes_of(text, names)
    assert "return" not in set(routes.direction) and ("BD-G", "OM-MA") in pairs(routes)


def test_a_later_verb_shares_the_home_told_with_the_people_not_the_first_verbs_start():
    text = "Most victims are Eritreans from Gash-Barka who were smuggled into Sudan from Tesseney and taken to Khartoum."
    names = {"Gash-Barka": ("ER-GB", "admin1", "ERI"), "Sudan": "SDN", "Tesseney": ("city:1", "city", "ERI"),
             "Khartoum": ("SD-KH", "admin1", "SDN")}
    found = pairs(routes_of(text, names))
    assert ("ER-GB", "SD-KH") in found and ("city:1", "SD-KH") not in found


def test_a_goal_where_a_move_goes_on_is_on_the_way():
    text = "The trafficked boys were taken from Kano to Agadez, where smugglers put them on trucks to Libya."
    names = {"Kano": ("NG-KN", "admin1", "NGA"), "Agadez": ("NE-1", "admin1", "NER"), "Libya": "LBY"}
    routes = routes_of(text, names)
    assert pairs(routes) == {("NG-KN", "LBY")} and list(routes.via.iloc[0]) == ["NE-1"]
    # (a where clause that says what happens there, then another end of the same move, keeps both ends)
    text = "The trafficked boys were taken from Kano to Agadez, where they were forced to work, and to Libya."
    assert pairs(routes_of(text, names)) == {("NG-KN", "NE-1"), ("NG-KN", "LBY")}


def test_a_participle_set_off_by_a_comma_is_said_of_its_clauses_people():
    text = "Boys from Mali and Burkina Faso work on cocoa farms in the Soubre region, usually brought by relatives."
    names = {"Mali": "MLI", "Burkina Faso": "BFA", "Soubre": ("CI-SO", "admin1", "CIV")}
    assert pairs(routes_of(text, names)) == {("MLI", "CI-SO"), ("BFA", "CI-SO")}


def test_a_passive_conjoined_before_an_exploitation_shares_its_scene():
    text = "The Kenyan women were lodged in a crowded hostel in Riyadh and made to work eighteen-hour days."
    assert pairs(routes_of(text, {"Riyadh": ("SA-01", "admin1", "SAU")})) == {("KEN", "SA-01")}


def test_a_threat_to_have_people_deported_is_no_return():
    text = "Nepali workers in Doha said their employer threatened to have them deported to Kathmandu."
    routes = routes_of(text, {"Doha": ("QA-DA", "admin1", "QAT"), "Kathmandu": ("NP-KA", "admin1", "NPL")})
    assert "return" not in set(routes.direction)


def test_a_subject_told_with_its_home_and_a_second_subject_share_the_verb():
    text = "Girls from the hill districts of Nepal, and increasingly Bangladeshi girls, are sold to brothels in Mumbai."
    assert pairs(routes_of(text, {"Nepal": "NPL", "Mumbai": ("IN-MH", "admin1", "IND")})) == {("NPL", "IN-MH"), ("BGD", "IN-MH")}


def test_a_return_a_need_is_for_is_no_return():
    text = "Police in Mumbai rescued twelve Nepali girls. We need 5,000 dollars to pay for their journey back to Nepal."
    routes = routes_of(text, {"Mumbai": ("IN-MH", "admin1", "IND"), "Nepal": "NPL"})
    assert "return" not in set(routes.direction)


def test_a_home_told_past_an_age_and_near_a_place_is_the_persons_home():
    text = ("Ion, 19, from a small village near Cahul, answered an advert for farm work. He travelled to Italy by bus "
            "and was made to work without pay.")
    names = {"Cahul": ("MD-CA", "admin1", "MDA"), "Italy": "ITA"}
    assert pairs(routes_of(text, names)) == {("MD-CA", "ITA")}


def test_people_someone_is_housed_with_are_company_not_the_people_moved():
    text = ("Bangladeshi men were flown to Kuala Lumpur. In Johor they were housed with Indonesian workers and made to "
            "work on palm oil estates.")
    names = {"Kuala Lumpur": ("MY-14", "admin1", "MYS"), "Johor": ("MY-01", "admin1", "MYS")}
    assert pairs(routes_of(text, names)) == {("BGD", "MY-14"), ("BGD", "MY-01")}


def test_where_those_who_take_people_in_are_is_where_they_end():
    text = "Girls from Kasserine were placed as maids with wealthy families in Tunis."
    names = {"Kasserine": ("TN-42", "admin1", "TUN"), "Tunis": ("TN-11", "admin1", "TUN")}
    assert pairs(routes_of(text, names)) == {("TN-42", "TN-11")}
    # (not where those who move them are)
    text = "Girls from Kasserine were trafficked by agents in Sfax."
    assert ("TN-42", "TN-61") not in pairs(routes_of(text, {**names, "Sfax": ("TN-61", "admin1", "TUN")}))


def test_where_a_clause_opens_is_where_people_from_elsewhere_were_found():
    text = "At two factories in Johor inspectors found 45 workers from Nepal and Myanmar in forced labour."
    names = {"Johor": ("MY-01", "admin1", "MYS"), "Nepal": "NPL", "Myanmar": "MMR"}
    assert pairs(routes_of(text, names)) == {("NPL", "MY-01"), ("MMR", "MY-01")}


def test_a_home_said_of_the_next_verbs_subject_is_not_a_start_of_the_journey_before():
    text = ("The shelter took in 30 women who had been recruited in Sylhet for jobs in Dubai and 12 boys from Khulna "
            "trafficked to Kolkata.")
    names = {"Sylhet": ("BD-G", "admin1", "BGD"), "Dubai": ("city:1", "city", "ARE"), "Khulna": ("BD-D", "admin1", "BGD"),
             "Kolkata": ("city:2", "city", "IND")}
    assert pairs(routes_of(text, names)) == {("BD-G", "city:1"), ("BD-D", "city:2")}


def test_a_finding_that_opens_a_clause_leaves_its_places_to_the_clause():
    text = ("Auditors found that 20 workers from Nepal had been charged fees in Kathmandu and had their passports held "
            "by a supervisor in Doha.")
    names = {"Nepal": "NPL", "Kathmandu": ("city:1", "city", "NPL"), "Doha": ("city:2", "city", "QAT")}
    assert ("NPL", "city:2") in pairs(routes_of(text, names))


def test_the_place_of_relatives_who_pay_is_no_destination():
    text = "Smugglers held the Eritrean migrants in warehouses in Sinai until relatives in Sweden paid ransoms."
    found = pairs(routes_of(text, {"Sinai": ("EG-JS", "admin1", "EGY"), "Sweden": "SWE"}))
    assert ("ERI", "EG-JS") in found and ("ERI", "SWE") not in found


def test_recruitment_shifted_elsewhere_moves_no_one():
    text = "Agents have shifted recruitment of women from Kampala to border towns such as Malaba."
    names = {"Kampala": ("city:1", "city", "UGA"), "Malaba": ("city:2", "city", "UGA")}
    assert routes_of(text, names).empty


def test_the_place_of_someone_who_reports_is_not_on_the_route():
    text = "We also heard from a lawyer in Beirut who says that Ethiopian women are brought to Lebanon as domestic workers."
    routes = routes_of(text, {"Beirut": ("city:1", "city", "LBN"), "Lebanon": "LBN"})
    assert pairs(routes) == {("ETH", "LBN")}
    assert list(routes.iloc[0].via) == []


def test_a_landmark_near_the_workplace_is_no_purpose():
    text = "Colombian women were taken to Iquique and forced into prostitution in bars near the mines."
    routes = routes_of(text, {"Iquique": ("city:1", "city", "CHL")})
    assert list(routes.iloc[0].purposes) == ["sexual exploitation"]


def test_people_past_their_participle_of_origin_are_the_relative_clause_subject():
    text = ("What steps is the Ministry taking to protect fishermen recruited from Myanmar and Cambodia who were found "
            "working on boats in Songkhla?")
    names = {"Myanmar": "MMR", "Cambodia": "KHM", "Songkhla": ("TH-90", "admin1", "THA")}
    assert pairs(routes_of(text, names)) == {("MMR", "TH-90"), ("KHM", "TH-90")}


def test_returnees_reunited_with_their_families_are_home_where_the_families_are():
    text = "Thirty women were repatriated from Amman and reunited with their families in Kandy."
    routes = routes_of(text, {"Amman": ("JO-AM", "admin1", "JOR"), "Kandy": ("city:1", "city", "LKA")})
    assert set(zip(routes.origin_code, routes.destination_code, routes.direction)) == {("city:1", "JO-AM", "return")}



def test_a_home_the_predicate_gives_is_the_start_whoever_most_points_back_at():
    text = ("Workers from Myanmar had their passports held by a contractor in Mae Sot.\n\n"
            "Police identified 21 victims. Most were women from Laos and Cambodia brought to Bangkok and forced into "
            "prostitution.")
    names = {"Myanmar": "MMR", "Mae Sot": ("city:1", "city", "THA"), "Laos": "LAO", "Cambodia": "KHM",
             "Bangkok": ("city:2", "city", "THA")}
    found = pairs(routes_of(text, names))
    assert {("LAO", "city:2"), ("KHM", "city:2")} <= found and ("MMR", "city:2") not in found


def test_a_reporter_who_follows_someone_is_not_the_one_who_leaves():
    text = ("Our reporter follows Lan, 19, who left Hanoi in 2020 after a woman from her village promised her a job. "
            "She was later sold to a karaoke bar in Phnom Penh.")
    names = {"Hanoi": ("VN-HN", "admin1", "VNM"), "Phnom Penh": ("city:1", "city", "KHM")}
    assert pairs(routes_of(text, names)) == {("VN-HN", "city:1")}


def test_a_finding_with_no_verb_of_moving_after_it_still_moves_no_one():
    text = ("Most construction workers come from Nepal and India. Our survey found that Nepali workers paid fees to "
            "agents in Kathmandu. Some said they had been promised jobs in Dubai but were sent to Doha instead.")
    names = {"Nepal": "NPL", "India": "IND", "Kathmandu": ("city:1", "city", "NPL"), "Dubai": ("city:2", "city", "ARE"),
             "Doha": ("city:3", "city", "QAT")}
    assert pairs(routes_of(text, names)) == {("NPL", "city:3"), ("IND", "city:3")}


def test_a_care_word_of_the_place_left_is_not_the_goals():
    text = "In April she was moved from a reception centre in Calabria to Milan and forced into street prostitution."
    names = {"Calabria": ("IT-78", "admin1", "ITA"), "Milan": ("city:1", "city", "ITA")}
    assert pairs(routes_of(text, names)) == {("IT-78", "city:1")}


def test_a_later_legs_start_is_no_origin_of_the_journey_told_before():
    text = ("May 2018: she travels by road to Agadez with four other girls.\n"
            "January 2019: she crosses to Lampedusa by boat.\n"
            "April 2019: she is moved from a reception centre in Calabria to Milan and forced into street prostitution.\n")
    names = {"Agadez": ("NE-1", "admin1", "NER"), "Lampedusa": ("city:1", "city", "ITA"), "Calabria": ("IT-78", "admin1", "ITA"),
             "Milan": ("city:2", "city", "ITA")}
    found = pairs(routes_of(text, names))
    assert ("IT-78", "NE-1") not in found and ("IT-78", "city:1") not in found


def test_where_people_taken_went_on_to_is_part_of_their_taking():
    text = ("I am from Svay Rieng. A broker took me and five other men across the border at Poipet, and then we went by "
            "van to Songkhla.")
    names = {"Svay Rieng": ("KH-20", "admin1", "KHM"), "Poipet": ("city:1", "city", "KHM"), "Songkhla": ("TH-90", "admin1", "THA")}
    assert pairs(routes_of(text, names)) == {("KH-20", "TH-90")}


def test_the_way_home_of_a_return_is_not_on_the_way_out():
    text = ("I am from Svay Rieng. A broker took me and five other men across the border at Poipet, and then we went by "
            "van to Songkhla. When the navy stopped the boat in Ambon, they took us off and later we were sent home "
            "through Jakarta.")
    names = {"Svay Rieng": ("KH-20", "admin1", "KHM"), "Poipet": ("city:1", "city", "KHM"), "Songkhla": ("TH-90", "admin1", "THA"),
             "Ambon": ("city:2", "city", "IDN"), "Jakarta": ("city:3", "city", "IDN")}
    routes = routes_of(text, names)
    out = routes[routes.direction == "trafficking"]
    assert "city:3" not in [code for via in out.via for code in via]


def test_a_place_named_by_its_trade_is_no_purpose():
    text = "Women from Delta State are trafficked to Mali for sexual exploitation in mining towns."
    routes = routes_of(text, {"Delta State": ("NG-DE", "admin1", "NGA"), "Mali": "MLI"})
    assert list(routes.iloc[0].purposes) == ["sexual exploitation"]


def test_car_washes_and_fighting_are_purposes():
    washes = routes_of("Romanian men were trafficked to England and forced to work in car washes.", {"England": "GBR"})
    assert list(washes.iloc[0].purposes) == ["labour"]
    fight = routes_of("Nepali men were recruited to fight for Russia and flown to Moscow.", {"Moscow": ("city:1", "city", "RUS")})
    assert list(fight.iloc[0].purposes) == ["other"]


def test_where_foreign_workers_are_now_is_not_their_home():
    text = ("Indonesian domestic workers in the KSA, most of them recruited in West Java, were deployed to Riyadh by "
            "their agencies.")
    names = {"KSA": "SAU", "West Java": ("ID-JB", "admin1", "IDN"), "Riyadh": ("city:1", "city", "SAU")}
    assert pairs(routes_of(text, names)) == {("ID-JB", "city:1")}


def test_people_restored_to_their_parents_are_not_taken_there():
    text = ("Other girls in the brothel were from Bangladesh and Nepal. She was rescued in a raid, sent to a shelter home "
            "in Pune, and thereafter restored to her parents in West Bengal.")
    names = {"Bangladesh": "BGD", "Nepal": "NPL", "Pune": ("city:1", "city", "IND"), "West Bengal": ("IN-WB", "admin1", "IND")}
    found = routes_of(text, names)
    assert not found[found.direction == "trafficking"].destination_code.isin(["IN-WB"]).any()


def test_a_place_named_by_its_trade_gives_the_purpose_when_nothing_else_does():
    text = "Boys from Togo are trafficked to fishing villages around Yeji."
    routes = routes_of(text, {"Togo": "TGO", "Yeji": ("city:1", "city", "GHA")})
    assert list(routes.iloc[0].purposes) == ["labour"]


def test_a_crossing_point_named_by_its_place_is_on_the_way():
    text = "Two women from Lviv were driven from the Dorohusk crossing to a flat in Lodz and forced into prostitution."
    names = {"Lviv": ("city:1", "city", "UKR"), "Dorohusk": ("city:2", "city", "POL"), "Lodz": ("city:3", "city", "POL")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("city:1", "city:3")}
    assert list(routes.iloc[0].via) == ["city:2"]


def test_a_boat_going_back_to_port_is_no_ones_return():
    text = "Twelve men from Mon State had worked for ten months without landing before the boat returned to Pattani."
    routes = routes_of(text, {"Mon State": ("MM-15", "admin1", "MMR"), "Pattani": ("TH-94", "admin1", "THA")})
    assert "return" not in set(routes.direction)


def test_places_of_recruiting_coordinated_after_it_are_both_where_it_began():
    text = "Ukrainian women were recruited at the Dorohusk crossing and in Chelm for jobs that turned out to be exploitative."
    names = {"Dorohusk": ("city:1", "city", "POL"), "Chelm": ("city:2", "city", "POL"), "Berlin": ("city:3", "city", "DEU")}
    found = pairs(routes_of(text, names))
    assert ("city:1", "city:2") not in found and not {dest for _, dest in found} & {"city:1", "city:2"}


def test_sewing_in_clandestine_workshops_is_labour_though_inspectors_are_named():
    text = ("Labour inspectors found Bolivian men and women sewing for 16 hours a day in clandestine workshops in "
            "Buenos Aires. Most had been recruited in El Alto.")
    routes = routes_of(text, {"Buenos Aires": ("AR-B", "admin1", "ARG"), "El Alto": ("city:1", "city", "BOL")})
    assert not routes.empty and all(list(p) == ["labour"] for p in routes.purposes)


def test_a_new_preposition_after_a_list_opened_by_another_opens_a_list_of_its_own():
    text = ("Traffickers exploit Tunisian children, particularly girls from the northwest governorates of Jendouba and "
            "Kasserine, in domestic servitude in Tunis and Sousse.")
    names = {"Jendouba": ("TN-32", "admin1", "TUN"), "Kasserine": ("TN-42", "admin1", "TUN"), "Tunis": ("TN-11", "admin1", "TUN"),
             "Sousse": ("TN-51", "admin1", "TUN")}
    assert pairs(routes_of(text, names)) == {(o, d) for o in ("TN-32", "TN-42") for d in ("TN-11", "TN-51")}


def test_the_side_fought_against_is_no_destination_and_fighting_is_a_purpose():
    text = "Traffickers recruited Nepali men for jobs in Belarus and then forced them to fight in the war against Ukraine."
    routes = routes_of(text, {"Belarus": "BLR", "Ukraine": "UKR"})
    assert pairs(routes) == {("NPL", "BLR")}
    assert "other" in list(routes.iloc[0].purposes)


def test_places_along_a_route_are_where_people_are_exploited():
    text = ("Women from Malawi are exploited in sex trafficking in Lusaka and along the truck routes to the Chirundu "
            "border post.")
    names = {"Malawi": "MWI", "Lusaka": ("ZM-09", "admin1", "ZMB"), "Chirundu": ("city:1", "city", "ZMB")}
    routes = routes_of(text, names)
    assert pairs(routes) == {("MWI", "ZM-09"), ("MWI", "city:1")}
    assert all(list(via) == [] for via in routes.via)


def test_where_a_firm_is_registered_is_no_destination():
    text = ("Inspectors found 90 workers from Bangladesh who were posted by subcontractors registered in Portugal and "
            "forced to work 60 hours a week at a site in Ghent.")
    names = {"Bangladesh": "BGD", "Portugal": "PRT", "Ghent": ("BE-VOV", "admin1", "BEL")}
    assert pairs(routes_of(text, names)) == {("BGD", "BE-VOV")}


def test_a_pronoun_after_a_colon_stands_for_the_people_named_before_it():
    text = ("Most of the workers came from Nepal: they had been recruited in Birgunj and brought to Doha by bus, where "
            "they were forced to work.")
    names = {"Nepal": "NPL", "Birgunj": ("city:1", "city", "NPL"), "Doha": ("city:2", "city", "QAT")}
    assert {dest for _, dest in pairs(routes_of(text, names))} == {"city:2"}


def test_debts_deducted_from_wages_speak_of_exploitation():
    text = "Women from Moldova went to Istanbul for jobs in hotels, where agencies deducted debts from their wages."
    assert pairs(routes_of(text, {"Moldova": "MDA", "Istanbul": ("city:1", "city", "TUR")})) == {("MDA", "city:1")}


def test_buyers_who_travel_to_the_victims_move_no_one():
    text = ("In the summer, brokers arrange paid marriages between girls from poor villages and older men who travel to "
            "Morocco from Qatar and Bahrain; some of the girls are later sold.")
    assert routes_of(text, {"Morocco": "MAR", "Qatar": "QAT", "Bahrain": "BHR"}).empty


def test_where_someone_was_approached_is_where_the_recruiting_began():
    text = "She was approached in Elbasan by a neighbour and taken to Milan, where she was forced into prostitution."
    names = {"Elbasan": ("AL-03", "admin1", "ALB"), "Milan": ("city:1", "city", "ITA")}
    assert pairs(routes_of(text, names)) == {("AL-03", "city:1")}


def test_a_place_pointed_back_at_people_are_brought_to_sets_the_scene_of_their_exploitation():
    text = "Two boys were recruited in Vlore by a cousin. In Lyon, they were sold to a gang of thieves."
    names = {"Vlore": ("AL-12", "admin1", "ALB"), "Lyon": ("city:1", "city", "FRA")}
    assert pairs(routes_of(text, names)) == {("AL-12", "city:1")}


def test_a_place_opening_a_clause_with_no_comma_before_its_subject_sets_the_scene():
    text = "A girl was recruited in Korca by a woman; in Thessaloniki her papers were taken and she was sold to a bar owner."
    names = {"Korca": ("AL-06", "admin1", "ALB"), "Thessaloniki": ("city:1", "city", "GRC")}
    assert pairs(routes_of(text, names)) == {("AL-06", "city:1")}


def test_people_who_paid_for_jobs_abroad_and_were_sold_on_arrival_went_there():
    text = ("Twelve men from Rautahat paid an agent in Birgunj for farm jobs in Qatar. On arrival, they were sold to "
            "another sponsor.")
    names = {"Rautahat": ("city:1", "city", "NPL"), "Birgunj": ("city:2", "city", "NPL"), "Qatar": "QAT"}
    assert pairs(routes_of(text, names)) == {("city:1", "QAT")}


def test_people_of_a_nationality_who_paid_for_jobs_abroad_were_held_there():
    text = ("The embassy assisted 40 Pakistani men who had paid brokers in Lahore for jobs in Oman. Many were held by "
            "their sponsors without pay.")
    names = {"Lahore": ("city:1", "city", "PAK"), "Oman": "OMN"}
    assert pairs(routes_of(text, names)) == {("PAK", "OMN")}



def test_relatives_who_were_recruited_are_people_moved():
    text = "Her two Nepali relatives who had been recruited by the same agent were sold to a family in Dammam."
    assert pairs(routes_of(text, {"Dammam": ("city:1", "city", "SAU")})) == {("NPL", "city:1")}


def test_work_without_pay_is_exploitation_where_it_is_done():
    text = "Two women from Kandy who had been recruited by an agency were still working without pay in Dammam."
    names = {"Kandy": ("LK-21", "admin1", "LKA"), "Dammam": ("city:1", "city", "SAU")}
    assert pairs(routes_of(text, names)) == {("LK-21", "city:1")}


def test_a_return_of_people_of_a_country_comes_back_from_where_the_text_last_took_its_people():
    text = ("Amina, a nurse from Mombasa, was taken by car to Mawlamyine, where she was forced to work in a scam "
            "compound. In May, 30 Kenyans were freed and repatriated to Nairobi through Doha.")
    names = {"Mombasa": ("city:1", "city", "KEN"), "Mawlamyine": ("city:2", "city", "MMR"),
             "Nairobi": ("city:3", "city", "KEN"), "Doha": ("city:5", "city", "QAT")}
    found = routes_of(text, names)
    assert set(zip(found.origin_code, found.destination_code, found.direction)) >= {("city:3", "MMR", "return")}


def test_an_armed_group_taking_at_least_some_people_is_no_firm_said_where_it_is():
    text = "Gangs abducted at least 30 Eritrean refugees near Kassala and took them to houses in Khartoum."
    names = {"Kassala": ("SD-KA", "admin1", "SDN"), "Khartoum": ("SD-KH", "admin1", "SDN")}
    assert ("ERI", "SD-KH") in pairs(routes_of(text, names))


def test_those_who_hold_people_are_where_they_are_held():
    text = "Ethiopian women from Oromia were held for ransom by smugglers in Yemen."
    assert pairs(routes_of(text, {"Oromia": ("ET-OR", "admin1", "ETH"), "Yemen": "YEM"})) == {("ET-OR", "YEM")}


def test_people_placed_in_someones_care_are_not_trafficked_there():
    text = ("Police found 12 boys from Bijeljina forced to beg in Banja Luka. The boys have been placed in the care of "
            "the social welfare centre in Doboj.")
    names = {"Bijeljina": ("city:1", "city", "BIH"), "Banja Luka": ("city:2", "city", "BIH"), "Doboj": ("city:3", "city", "BIH")}
    assert pairs(routes_of(text, names)) == {("city:1", "city:2")}


def test_people_of_a_nationality_told_from_a_town_come_from_that_town():
    text = ("Twenty Salvadoran women from Santa Ana and Sonsonate told monitors that they had been promised work in "
            "Monterrey. Instead they were taken to bars in Tapachula and forced into prostitution.")
    names = {"Santa Ana": ("city:1", "city", "SLV"), "Sonsonate": ("city:2", "city", "SLV"), "Monterrey": ("city:3", "city", "MEX"),
             "Tapachula": ("city:4", "city", "MEX")}
    assert pairs(routes_of(text, names)) == {("city:1", "city:4"), ("city:2", "city:4")}


def test_a_person_named_with_an_age_inside_a_sentence_is_the_one_moved():
    text = "The film follows Hoa, 17, who left Ha Giang with a cousin and was sold as a bride in Guangxi."
    names = {"Ha Giang": ("VN-03", "admin1", "VNM"), "Guangxi": ("CN-GX", "admin1", "CHN")}
    assert pairs(routes_of(text, names)) == {("VN-03", "CN-GX")}


def test_families_who_migrate_to_work_held_in_debt_are_the_people_who_go():
    text = "Every year families from Chuquisaca migrate to the cane fields of Tarija, where they are held in debt bondage."
    names = {"Chuquisaca": ("BO-H", "admin1", "BOL"), "Tarija": ("BO-T", "admin1", "BOL")}
    assert pairs(routes_of(text, names)) == {("BO-H", "BO-T")}


def test_people_exploited_after_a_journey_of_legs_are_exploited_where_the_last_leg_ended():
    text = ("I am from Kano. Men with guns took us to a compound near Sabha. Later a driver took me to Tripoli. I was "
            "forced to work for a family there for a year. In 2021 I was deported to Kano.")
    names = {"Kano": ("NG-KN", "admin1", "NGA"), "Sabha": ("city:1", "city", "LBY"), "Tripoli": ("city:2", "city", "LBY")}
    found = routes_of(text, names)
    assert set(found[found.direction == "return"].destination_code) == {"city:2"}


def test_without_pay_after_a_verb_of_exploiting_says_how_not_where_again():
    text = ("Police rescued 19 Nepali women who were forced to dance in bars in Kisumu and Eldoret without pay. The "
            "women said they had been recruited by agents in Pokhara and flown to Kisumu via Doha.")
    names = {"Kisumu": ("city:1", "city", "KEN"), "Eldoret": ("city:2", "city", "KEN"), "Pokhara": ("city:3", "city", "NPL"),
             "Doha": ("city:4", "city", "QAT")}
    assert {("city:3", "city:1"), ("city:3", "city:2")} <= pairs(routes_of(text, names))


def test_but_with_no_subject_of_its_own_goes_on_with_the_same_people():
    text = "Women from Ghana were promised jobs in Abidjan, but were taken by road through Togo and Benin to Nigeria."
    names = {"Ghana": "GHA", "Abidjan": ("city:1", "city", "CIV"), "Togo": "TGO", "Benin": "BEN", "Nigeria": "NGA"}
    route = by_pair(routes_of(text, names))[("GHA", "NGA")]
    assert list(route.via) == ["TGO", "BEN"]


def test_taken_to_their_own_provinces_is_a_return():
    text = ("Sixty Indonesian fishermen were exploited on boats off Somalia. After their rescue the men were given "
            "transport to their home villages in Central Java.")
    names = {"Somalia": "SOM", "Central Java": ("ID-JT", "admin1", "IDN")}
    routes = by_pair(routes_of(text, names))
    assert routes[("ID-JT", "SOM")].direction == "return"
    assert all(r.direction == "return" for key, r in routes.items() if key[1] == "ID-JT" or key[0] == "ID-JT")


def test_people_taken_abroad_who_arrive_in_their_own_country_come_home():
    text = ("Police in Gabon rescued 14 girls from Benin who had been trafficked to Libreville. "
            "The girls arrived at the airport in Cotonou on Friday.")
    names = {"Gabon": "GAB", "Benin": "BEN", "Libreville": ("city:1", "city", "GAB"), "Cotonou": ("city:2", "city", "BEN")}
    routes = routes_of(text, names)
    assert ("BEN", "city:2") not in pairs(routes)
    assert set(routes[routes.direction == "return"].destination_code) <= {"city:1", "GAB"}
    assert not routes[routes.direction == "return"].empty


def test_camps_named_by_their_trade_are_no_purpose_beside_another():
    text = "Girls from Nigeria were forced into prostitution in gold mining camps in Mali."
    routes = routes_of(text, {"Nigeria": "NGA", "Mali": "MLI"})
    assert [list(p) for p in routes.purposes] == [["sexual exploitation"]]


def test_young_men_may_stand_for_the_victims_named_just_before():
    text = ("Most victims come from Quang Binh province. Young men are exploited on cannabis farms in the north of "
            "England.")
    names = {"Quang Binh": ("VN-24", "admin1", "VNM"), "England": "GBR"}
    assert pairs(routes_of(text, names)) == {("VN-24", "GBR")}


def test_where_a_return_took_people_is_no_home_beside_where_they_were_recruited():
    text = ("Two hundred fishermen from Myanmar who had been held on Ambon in Maluku returned to Yangon this week. "
            "Most of the men had been recruited in Mon State by brokers who took them across the border at "
            "Myawaddy to Thailand.")
    names = {"Myanmar": "MMR", "Ambon": ("city:1", "city", "IDN"), "Maluku": ("ID-MA", "admin1", "IDN"),
             "Yangon": ("MM-06", "admin1", "MMR"), "Mon State": ("MM-15", "admin1", "MMR"),
             "Myawaddy": ("city:2", "city", "MMR"), "Thailand": "THA"}
    routes = routes_of(text, names)
    taken = routes[routes.destination_code == "THA"]
    assert set(taken.origin_code) == {"MM-15"}
    assert all("MM-15" not in list(via) for via in taken.via)


def test_a_second_from_after_rescued_people_says_where_they_were_rescued_from():
    text = "Police rescued nine girls from Honduras from bars in Tapachula."
    names = {"Honduras": "HND", "Tapachula": ("city:1", "city", "MEX")}
    assert pairs(routes_of(text, names)) == {("HND", "city:1")}


def test_the_place_of_people_in_a_rescuing_body_s_name_is_not_the_home_of_those_rescued():
    text = "Officers of the Unit for Migrants in Chiapas rescued nine girls from Honduras from bars in Tapachula."
    names = {"Chiapas": ("MX-CHP", "admin1", "MEX"), "Honduras": "HND", "Tapachula": ("city:1", "city", "MEX")}
    assert pairs(routes_of(text, names)) == {("HND", "city:1")}


def test_fishermen_held_abroad_were_held_for_their_labour():
    text = "Fishermen from Myanmar were held for years on the island of Ambon in Indonesia."
    routes = routes_of(text, {"Myanmar": "MMR", "Ambon": ("city:1", "city", "IDN"), "Indonesia": "IDN"})
    assert not routes.empty and all(list(p) == ["labour"] for p in routes.purposes)


def test_people_recruited_through_agencies_are_the_ones_who_arrive():
    text = ("Guatemalan farmworkers recruited in Huehuetenango through private agencies in Guatemala City arrived "
            "in Montreal to work on vegetable farms.")
    names = {"Huehuetenango": ("GT-HU", "admin1", "GTM"), "Guatemala City": ("city:1", "city", "GTM"),
             "Montreal": ("city:2", "city", "CAN")}
    assert pairs(routes_of(text, names)) == {("GT-HU", "city:2")}


def test_a_threat_of_deportation_is_no_return():
    text = ("Recruiters take young men from Mozambique across the border to work on farms in Limpopo. Many cross "
            "without documents, and farm owners use the threat of deportation to keep them working.")
    routes = routes_of(text, {"Mozambique": "MOZ", "Limpopo": ("ZA-LP", "admin1", "ZAF")})
    assert set(routes.direction) == {"trafficking"}


def test_made_to_defraud_people_abroad_is_an_other_purpose():
    text = ("Kenyan men were taken to compounds in Myawaddy, where they were made to defraud people in Europe "
            "through fake investment schemes.")
    routes = routes_of(text, {"Myawaddy": ("city:1", "city", "MMR"), "Europe": ("region:europe", "region", "")})
    assert pairs(routes) == {("KEN", "city:1")}
    assert list(routes.iloc[0].purposes) == ["other"]


def test_people_going_on_by_themselves_after_their_case_make_no_new_route():
    text = ("Vietnamese workers were exploited on a building site near Zrenjanin in Serbia. About 170 of the workers "
            "were flown back to Vietnam; others moved on to construction jobs in Hungary.")
    names = {"Zrenjanin": ("city:1", "city", "SRB"), "Serbia": "SRB", "Vietnam": "VNM", "Hungary": "HUN"}
    routes = routes_of(text, names)
    assert "HUN" not in set(routes.destination_code)
    assert ("VNM", "city:1") in pairs(routes[routes.direction == "trafficking"])


def test_people_leaving_from_where_a_journey_just_ended_go_on_with_it():
    text = ("Smugglers drove young men from Sohag across the desert into Libya, where they were held in warehouses "
            "near Tobruk until relatives paid ransoms.\n\nFrom Tobruk, fishing boats carrying up to 500 people left "
            "for Italy. Several of the men said they were forced to work on farms before they were allowed to board.")
    names = {"Sohag": ("EG-SHG", "admin1", "EGY"), "Libya": "LBY", "Tobruk": ("city:1", "city", "LBY"), "Italy": "ITA"}
    routes = by_pair(routes_of(text, names))
    assert ("city:1", "ITA") not in routes
    assert "city:1" in list(routes[("EG-SHG", "ITA")].via)


def test_people_from_where_a_journey_ended_are_people_of_their_own():
    text = "Women from Laos are trafficked to Chiang Rai. Children from Chiang Rai are trafficked to Bangkok."
    names = {"Laos": "LAO", "Chiang Rai": ("TH-57", "admin1", "THA"), "Bangkok": ("TH-10", "admin1", "THA")}
    assert pairs(routes_of(text, names)) == {("LAO", "TH-57"), ("TH-57", "TH-10")}


def test_those_who_point_back_at_the_people_named_before():
    text = "Young men from Sohag were smuggled into Libya. Those who reached Calabria were registered by the police."
    names = {"Sohag": ("EG-SHG", "admin1", "EGY"), "Libya": "LBY", "Calabria": ("IT-78", "admin1", "ITA")}
    assert ("EG-SHG", "IT-78") in pairs(routes_of(text, names))


def test_a_clause_s_opening_place_is_not_where_people_taken_on_from_it_are_exploited():
    text = ("Two girls from Santa Ana set out for the United States. In Guatemala, a man took them to a house in "
            "Ciudad Hidalgo, and from there they were driven to bars, where they were forced to serve clients.")
    names = {"Santa Ana": ("city:1", "city", "SLV"), "United States": "USA", "Guatemala": "GTM",
             "Ciudad Hidalgo": ("city:2", "city", "MEX")}
    routes = routes_of(text, names)
    assert ("city:1", "city:2") in pairs(routes)
    assert "GTM" not in set(routes.destination_code)

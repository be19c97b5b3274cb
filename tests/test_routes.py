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
    assert set(found) == {("VNM", c) for c in ("CHN", "LAO", "THA", "MYS", "GBR")}
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
    text = "Thai authorities repatriated 120 Lao girls from Bangkok to Vientiane, where the Lao Women's Union received them."
    routes = routes_of(text, {"Bangkok": ("city:bangkok", "city", "THA"), "Vientiane": "LA-VT"})
    route = routes.iloc[0]
    assert (route.origin_code, route.destination_code, route.direction) == ("LAO", "city:bangkok", "return")
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
    assert routes.empty


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
        "Police in Hanoi said women were trafficked to China.",  # where police speak is no origin
        "Vietnamese children are subjected to forced labor in Hanoi.",  # Hanoi lies in Vietnam: no line to draw
        "The Lao police arrested 12 traffickers in Bokeo.",
        "Blue Dragon, based in Hanoi, rescues girls trafficked to China.",  # a base is no origin
    ],
)
def test_no_route_without_a_stated_origin_and_destination(text):
    names = {"China": "CHN", "Malaysia": "MYS", "Hanoi": "VN-HN", "Bokeo": "LA-BK"}
    assert routes_of(text, names).empty


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
    # A place inside the saying clause is where the speaker is, not where the people come from.
    assert routes_of("Police in Hanoi said women were trafficked to China.", {"Hanoi": "VN-HN", "China": "CHN"}).empty


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

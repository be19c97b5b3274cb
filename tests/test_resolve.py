"""Resolution by context: the document's country, the other places, the kind of name."""

import pandas as pd

from progmap.places.resolve import resolve_mentions


def resolve(matcher, text, country=None):
    mentions, unresolved, context = resolve_mentions("doc", matcher.find(text), matcher, None, country)
    return mentions.set_index("text"), unresolved, context


def test_city_provinces_are_provinces_at_home_and_cities_abroad(matcher):
    mentions, _, _ = resolve(matcher, "Officials in Hanoi met colleagues from Bangkok and Beijing.", "VNM")
    assert mentions.at["Hanoi", "code"] == "VN-HN"
    assert mentions.at["Bangkok", "kind"] == "city" and mentions.at["Bangkok", "country"] == "THA"
    assert mentions.at["Beijing", "kind"] == "city" and mentions.at["Beijing", "country"] == "CHN"


def test_the_us_capital_is_not_the_state(matcher):
    mentions, _, _ = resolve(matcher, "We await Washington's response.", "VNM")
    assert mentions.at["Washington", "kind"] == "city"


def test_plain_language_regions_need_their_context_country(matcher):
    text = "Victims in the north are trafficked to China; in the south, to Cambodia."
    mentions, _, context = resolve(matcher, "In Vietnam, " + text + " Vietnam is a source country.")
    assert context == "VNM"
    assert mentions.at["the north", "code"] == "region:vn-north"
    assert mentions.at["the south", "code"] == "region:vn-south"
    elsewhere, unresolved, _ = resolve(matcher, "Rain fell in the north of England.", "GBR")
    assert "the north" not in elsewhere.index


def test_context_country_is_inferred_from_the_document(matcher):
    _, _, context = resolve(matcher, "Cambodia and Thailand signed; Cambodia will host the next meeting.")
    assert context == "KHM"


def test_ambiguous_foreign_names_go_to_the_report(matcher):
    mentions, unresolved, _ = resolve(matcher, "A team travelled to Central and back.", "VNM")
    assert "Central" not in mentions.index


def test_small_foreign_towns_without_support_are_not_guessed(matcher):
    hits = matcher.find("Mr. Blanchard met Mr. Clinton in Hanoi.")
    mentions, unresolved, _ = resolve_mentions("doc", hits, matcher, None, "VNM")
    assert set(mentions["country"]) <= {"VNM"}
    assert isinstance(unresolved, pd.DataFrame)


def test_a_small_town_abroad_that_names_its_province_is_read_as_the_province(matcher):
    mentions, _, _ = resolve(matcher, "Nigerian women from Edo State are driven through Kano to Agadez and Sabha.", "NGA")
    assert mentions.loc["Agadez", "code"] == "NE-1" and mentions.loc["Sabha", "code"] == "LY-SB"
    # a town that names no province still needs its country in the text
    _, unresolved, _ = resolve(matcher, "Migrants walk from Dire Dawa to Bosaso.", "ETH")
    assert "Bosaso" in set(unresolved["text"])


def test_short_foreign_province_names_need_their_country(matcher):
    mentions, unresolved, _ = resolve(matcher, "Delta officials met in Hanoi.", "VNM")
    assert "Delta" not in mentions.index
    mentions, _, _ = resolve(matcher, "Girls were sold in Yunnan.", "VNM")
    assert mentions.at["Yunnan", "code"] == "CN-YN"


def test_a_batch_resolves_each_document_as_if_alone(gazetteer, seeds_dir):
    # Context and support are per document: in a batch, "Hue" is still the
    # province only where the text is Vietnamese, and a name vouching for
    # Georgia in one document does not help another.
    from progmap.places.mentions import PlaceMatcher
    from progmap.places.resolve import resolve_batch, resolve_matches

    texts = [
        "In Vietnam, women from Hue and the north were sold in Lang Son and Guangxi.",
        "Georgia and Tbilisi signed; Atlanta, Georgia hosted the talks.",
        "Hue met officials in Washington and Georgia.",
        "Delta officials met in Hanoi.",
        "",
        *[path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))],
    ]
    contexts = [None, None, "USA", "VNM", None] + [None] * (len(texts) - 5)
    alone_matcher, batch_matcher = PlaceMatcher(gazetteer), PlaceMatcher(gazetteer)
    alone = [resolve_matches(m, alone_matcher, c) for m, c in zip(alone_matcher.find_matches_many(texts), contexts)]
    batch = resolve_batch(batch_matcher.find_matches_many(texts), batch_matcher, contexts)
    assert batch == alone
    assert alone[0][2] == "VNM" and alone[2][2] == "USA"
    assert {row[4] for row in alone[0][0]} >= {"VN-26", "region:vn-north", "VN-09", "CN-GX"}


def test_vietnamese_names_of_cities_regions_and_neighbours(matcher):
    mentions, _, _ = resolve(
        matcher, "Survivors from TP. HCM and the Đồng bằng sông Cửu Long returned from Trung Quốc and Campuchia.", "VNM"
    )
    assert mentions["code"].tolist() == ["VN-SG", "region:vn-mekong-delta", "CHN", "KHM"]


def test_common_english_spellings_of_lao_and_burmese_provinces(matcher):
    mentions, _, _ = resolve(
        matcher, "Girls from Luang Namtha, Oudomxay and Sayaboury, and from Rangoon and Karen State, met in Vientiane.", "LAO"
    )
    assert mentions.loc[["Luang Namtha", "Oudomxay", "Sayaboury", "Vientiane"], "code"].tolist() == ["LA-LM", "LA-OU", "LA-XA", "LA-VT"]
    assert mentions.at["Rangoon", "code"] == "MM-06" or mentions.at["Rangoon", "country"] == "MMR"
    assert mentions.at["Karen State", "code"] == "MM-13"


def test_regions_named_with_the_article_and_compass_words(matcher):
    text = (
        "Victims come from the North West, the south-central coast, the Highlands and the northern part of the "
        "country, not from the north-western provinces of Laos."
    )
    mentions, _, _ = resolve(matcher, text, "VNM")
    assert mentions["code"].tolist()[:4] == [
        "region:vn-northwest", "region:vn-south-central-coast", "region:vn-central-highlands", "region:vn-north"
    ]
    # Lower case "the highlands" is a landscape, not the region.
    assert resolve(matcher, "Rain fell on the highlands.", "VNM")[0].empty


def test_worker_processes_give_what_one_process_gives(gazetteer, seeds_dir):
    from progmap.places.mentions import PlaceMatcher
    from progmap.places.resolve import resolve_texts

    seeds = [path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))]
    texts = [*seeds, "Girls from Lao Cai were sold in Henan.", "", "Hue met officials in Washington and Georgia."] * 3
    spans = [[(0, len(text) // 2)] if i % 4 == 1 else None for i, text in enumerate(texts)]
    contexts = [None, "VNM", "USA", None, "VNM"] * 3
    one = resolve_texts(texts, PlaceMatcher(gazetteer), spans, contexts, processes=1)
    two = resolve_texts(texts, PlaceMatcher(gazetteer), spans, contexts, processes=2)
    assert two == one and len(one) == len(texts)
    assert any(resolved for resolved, _, _ in one)


def test_a_country_name_is_the_country_though_another_country_has_a_unit_so_named(matcher):
    # Nigeria has a Niger State; naming Nigeria does not make "Niger" it.
    mentions, _, _ = resolve(matcher, "Recruiters drove the women from Nigeria through Niger to Libya.", "ITA")
    assert mentions.at["Niger", "code"] == "NER"
    mentions, _, _ = resolve(matcher, "Officials of Nigeria met counterparts from Niger.", "ITA")
    assert mentions.at["Niger", "code"] == "NER"


def test_a_country_name_is_the_country_not_its_capital_district(matcher):
    mentions, _, _ = resolve(matcher, "Migrants cross Djibouti on foot. Djibouti hosts a transit centre.")
    assert mentions.loc["Djibouti", "code"].tolist() == ["DJI", "DJI"]
    mentions, _, _ = resolve(matcher, "Guatemala is a source country; children from Guatemala beg in Guatemala City.")
    assert set(mentions.loc["Guatemala", "code"]) == {"GTM"}
    assert mentions.at["Guatemala City", "kind"] == "city"


def test_a_kind_word_makes_a_country_name_the_unit(matcher):
    mentions, _, _ = resolve(matcher, "Girls from Niger State and Kano State were found in Lagos.")
    assert mentions.at["Niger", "code"] == "NG-NI"
    mentions, _, _ = resolve(matcher, "Police in the State of Mexico freed nine women.", "MEX")
    assert mentions.at["Mexico", "code"] == "MX-MEX"


def test_a_country_name_in_a_text_about_the_units_country_is_the_unit(matcher):
    text = "A federal court in Georgia sentenced the recruiter; victims were held in Savannah and Alabama."
    mentions, _, _ = resolve(matcher, text, "USA")
    assert mentions.at["Georgia", "code"] == "US-GA"


def test_neighbours_in_a_list_or_path_say_whether_a_name_is_the_country(matcher):
    mentions, _, _ = resolve(matcher, "A court in Atlanta tried the case. Georgia and Armenia signed a protocol.", "USA")
    assert mentions.at["Georgia", "code"] == "GEO"
    mentions, _, _ = resolve(matcher, "The men were arrested in Atlanta, Georgia.", "VNM")
    assert mentions.at["Georgia", "code"] == "US-GA"
    mentions, _, _ = resolve(matcher, "The shelter in Tbilisi, Georgia opened in May.", "USA")
    assert mentions.at["Georgia", "code"] == "GEO"
    mentions, _, _ = resolve(matcher, "Girls from Kano, Niger and Kwara were rescued in Abuja.", "NGA")
    assert mentions.at["Niger", "code"] == "NG-NI"
    mentions, _, _ = resolve(matcher, "Girls from Kano and Benue were driven through Niger to Libya.", "NGA")
    assert mentions.at["Niger", "code"] == "NER"


def test_a_kind_word_abroad_makes_a_city_province_the_province(matcher):
    mentions, _, _ = resolve(matcher, "Migrants were held in Chiang Mai Province, Thailand, and later in Chiang Mai.", "MMR")
    assert mentions.loc["Chiang Mai", "kind"].tolist() == ["admin1", "city"]
    mentions, _, _ = resolve(matcher, "Nigeria: girls were found in Kano State and in Lagos.", "GHA")
    assert mentions.at["Kano", "code"] == "NG-KN"
    assert mentions.at["Lagos", "kind"] == "city"


def test_provinces_named_like_ordinary_words_need_their_country(matcher):
    text = "Rivers and lakes flooded. Antique dealers and Highland villages were hit. Plateau farmers fled."
    mentions, unresolved, context = resolve(matcher, text)
    assert mentions.empty and context == ""
    mentions, _, _ = resolve(matcher, "In Nigeria, girls from Rivers and Plateau were rescued.")
    assert set(mentions["code"]) == {"NGA", "NG-RI", "NG-PL"}
    mentions, _, _ = resolve(matcher, "Boys work on boats in the Volta Region.", "GHA")
    assert mentions.at["Volta", "code"] == "GH-TV"


def test_a_name_of_several_countries_is_read_in_the_country_of_its_list_neighbours(matcher):
    mentions, _, _ = resolve(matcher, "Bonded labour persists in Punjab and Sindh.", "GBR")
    assert mentions.at["Punjab", "code"] == "PK-PB"
    mentions, _, _ = resolve(matcher, "Girls were held in Amritsar, Punjab.", "GBR")
    assert mentions.at["Punjab", "code"] == "IN-PB"


def test_a_plural_kind_word_makes_every_name_of_its_list_a_province(matcher):
    mentions, _, _ = resolve(matcher, "Families fled Idlib and Aleppo governorates.", "SYR")
    assert set(mentions["kind"]) == {"admin1"}


def test_a_capital_named_like_the_region_around_it_is_the_capitals_unit(matcher):
    # Natural Earth names both Tashkent city (UZ-TK) and Tashkent Region (UZ-TO) "Toshkent".
    mentions, _, _ = resolve(matcher, "The ministry opened a migrant resource centre in Tashkent, Uzbekistan.", "UZB")
    assert mentions.at["Tashkent", "code"] == "UZ-TK"


def test_a_nationality_word_supports_its_country_as_its_name_would(matcher):
    # Three countries have a La Paz, and Villazón is a small town: "Bolivian" says which.
    text = "Inspectors in Buenos Aires found 40 Bolivian workers recruited in La Paz and brought across the border at Villazón."
    mentions, _, _ = resolve(matcher, text, "ARG")
    assert mentions.at["La Paz", "country"] == "BOL"
    assert mentions.at["Villazón", "country"] == "BOL"
    without, unresolved, _ = resolve(matcher, text.replace("Bolivian ", ""), "ARG")
    assert "La Paz" not in without.index and "Villazón" not in without.index


def test_a_nationality_word_in_a_place_name_or_an_organization_supports_nothing(matcher):
    # "Indian Ocean" is a sea, and a name outside the spans read (an NGO's) says nothing.
    found = matcher.find("Boats crossed the Indian Ocean.")
    assert found.attrs["nationalities"] == ()
    text = "The Bolivian Migrants Fund works in La Paz."
    assert matcher.find(text).attrs["nationalities"] == ("BOL",)
    assert matcher.find(text, [(24, len(text))]).attrs["nationalities"] == ()


def test_balkan_as_a_word_is_the_region_and_with_its_kind_word_the_turkmen_province(matcher):
    mentions, _, _ = resolve(matcher, "Children travel along the Balkan route to Austria.")
    assert mentions.at["Balkan", "code"] == "region:balkans"
    mentions, _, _ = resolve(matcher, "Police in Balkan Province arrested two men.", "TKM")
    assert mentions.at["Balkan", "code"] == "TM-B"

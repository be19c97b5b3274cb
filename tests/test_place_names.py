"""Names of other regions: regional groupings, other spellings, water, people."""

from progmap.places.resolve import resolve_mentions


def places(matcher, text, country=None):
    mentions, _, _ = resolve_mentions("doc", matcher.find(text), matcher, None, country)
    return dict(zip(mentions["text"], mentions["code"]))


def test_regional_groupings_are_regions(matcher):
    found = places(matcher, "Migrants leave the Horn of Africa for the Gulf; others cross the Sahel from sub-Saharan Africa.")
    assert found["the Horn"] == "region:horn-of-africa" and found["the Gulf"] == "region:gulf-states"
    assert found["sub-Saharan Africa"] == "region:sub-saharan-africa" and found["Sahel"].startswith("region:")
    found = places(matcher, "Abductions in the Lake Chad Basin and Darfur; Transnistria and the Sinai.")
    assert set(found.values()) == {"region:lake-chad-basin", "region:sd-darfur", "region:md-transnistria", "region:eg-sinai"}
    found = places(matcher, "Children from the Northern Triangle and the Western Balkans; workers in the GCC states and North Africa.")
    assert found == {"Northern Triangle": "region:northern-triangle", "Western Balkans": "region:western-balkans",
                     "GCC states": "region:gulf-states", "North Africa": "region:northern-africa"}


def test_countries_are_found_under_their_other_names(matcher):
    found = places(matcher, "Women from Bosnia, eSwatini, the DR Congo, Türkiye, Czechia and Cote d'Ivoire.")
    assert set(found.values()) == {"BIH", "SWZ", "COD", "TUR", "CZE", "CIV"}
    assert places(matcher, "Boys from the Democratic Republic of Congo and the Republic of Congo.") == {
        "Democratic Republic of Congo": "COD", "Republic of Congo": "COG"}


def test_names_of_water_are_not_the_places_in_them(matcher):
    text = "Boats crossed the Gulf of Guinea and the Gulf of Aden; boys fish on Lake Volta and the Congo River, and along the River Niger."
    assert places(matcher, text, "GHA") == {}
    assert places(matcher, "Workers in the Gulf and the Persian Gulf.") == {"the Gulf": "region:gulf-states", "Persian Gulf": "region:persian-gulf"}
    # a water word shared by two names: "the Tumen or Yalu River"
    assert places(matcher, "Women crossed the Tumen or Yalu River into China, or went to Kunming or Dali.") == {
        "China": "CHN", "Kunming": "city:1804651", "Dali": "city:1814093"}


def test_a_country_named_as_a_given_name_before_a_surname_is_a_person(matcher):
    found = places(matcher, "said Chad Okafor, a volunteer from Chad. Jordan Hassan argued for victims held in Jordan.")
    assert list(found.values()) == ["TCD", "JOR"]
    assert places(matcher, "Chad Basin states and Kenya Police met.") == {"Chad": "TCD", "Kenya": "KEN"}


def test_a_grouping_named_as_a_list_of_countries_is_the_countries(matcher):
    assert places(matcher, "Australia and New Zealand fund the training.") == {"Australia": "AUS", "New Zealand": "NZL"}


def test_units_are_found_as_english_texts_spell_them(matcher):
    found = places(matcher, "Victims from Anbar and Najaf; camps in North Kivu and South Kivu; a villa in Al Rayyan, Qatar.", "IRQ")
    assert found == {"Anbar": "IQ-AN", "Najaf": "IQ-NA", "North Kivu": "CD-NK", "South Kivu": "CD-SK",
                     "Al Rayyan": "QA-RA", "Qatar": "QAT"}


def test_border_towns_of_other_regions_are_places(matcher):
    found = places(matcher, "Girls from Nepal were stopped at Raxaul, India, and at Kakarvitta; migrants from Libya landed on Lampedusa, Italy.")
    assert found["Raxaul"] == "city:IN-raxaul" and found["Kakarvitta"] == "city:NP-kakarvitta"
    assert found["Lampedusa"] == "city:IT-lampedusa"


def test_balkan_and_saharan_crossings_and_scam_towns_are_places(matcher):
    assert places(matcher, "Migrants in Bosnia camp in Bihać and Velika Kladuša.")["Bihać"] == "city:BA-bihac"
    assert places(matcher, "They crossed into Hungary at Röszke.")["Röszke"] == "city:HU-roszke"
    assert places(matcher, "Algeria expels migrants to Assamaka in Niger.")["Assamaka"] == "city:NE-assamaka"
    found = places(matcher, "Victims were freed from compounds in Shwe Kokko and Laukkaing in Myanmar.")
    assert found["Shwe Kokko"] == "city:MM-shwe-kokko" and found["Laukkaing"] == "city:MM-laukkaing"


def test_a_name_across_a_border_is_the_country_not_a_unit_of_the_same_name(matcher):
    text = "Police in Kano said the girls had been taken across the border into Niger."
    assert places(matcher, text, "NGA")["Niger"] == "NER"
    assert places(matcher, "Farmers in Niger State and Kwara grow yams.", "NGA")["Niger"] == "NG-NI"


def test_the_chaco_in_a_paraguayan_text_is_western_paraguay(matcher):
    assert places(matcher, "Paraguayan boys are exploited on cattle ranches in the Chaco.", "PRY")["the Chaco"] == "region:py-chaco"
    assert places(matcher, "Children work on farms in Chaco and Formosa provinces of Argentina.")["Chaco"] == "AR-H"


def test_a_name_written_with_its_accent_is_no_common_english_word(matcher):
    assert places(matcher, "Agents bring the workers to Malé on tourist visas.")["Malé"] == "MV-MLE"
    assert "Male" not in places(matcher, "Male victims were found in the Maldives.")


def test_the_districts_of_nepal_that_reports_name_are_places_in_their_zones(matcher):
    found = places(matcher, "Most of the girls came from Sindhupalchok and Nuwakot districts of Nepal.")
    assert found["Sindhupalchok"] == "city:NP-sindhupalchok" and found["Nuwakot"] == "city:NP-nuwakot"
    found = places(matcher, "Returned migrants were interviewed in Nepal's Dhanusha, Siraha and Mahottari districts.")
    assert [found[name] for name in ("Dhanusha", "Siraha", "Mahottari")] == ["city:NP-dhanusha", "city:NP-siraha", "city:NP-mahottari"]


def test_units_named_by_a_common_word_are_found_with_their_kind_word(matcher):
    found = places(matcher, "In Zambia, girls from Central Province and Northern Province work in Lusaka.")
    assert found["Central Province"] == "ZM-02" and found["Northern Province"] == "ZM-05"
    assert "Central" not in places(matcher, "Central banks in Zambia met.")


def test_a_coordination_names_the_region_it_elides(matcher):
    found = places(matcher, "Victims from Western and Southern Europe, North and South Kivu, Central and South America.")
    assert found == {"Western": "region:western-europe", "Southern Europe": "region:southern-europe",
                     "North": "CD-NK", "South Kivu": "CD-SK", "Central": "region:central-america", "South America": "region:south-america"}
    assert places(matcher, "We do not work in Guinea or Guinea-Bissau.") == {"Guinea": "GIN", "Guinea-Bissau": "GNB"}


def test_a_vietnamese_plain_language_name_leaves_other_countries_their_units(matcher):
    found = places(matcher, "In Cameroon, fighting in the North-West and South-West regions displaced girls.")
    assert found["the North-West"] == "CM-NW" and found["South-West"] == "CM-SW"
    assert places(matcher, "Women from St. Lucia, Antigua and St Kitts.") == {"St. Lucia": "LCA", "Antigua": "ATG", "St Kitts": "KNA"}


def test_a_country_whose_name_is_also_a_unit_abroad_still_vouches_for_its_towns(matcher):
    # "Niger" also names a Nigerian state; read as the country, it supports Niger's own towns.
    found = places(matcher, "Migrants from Niger reach Agadez before crossing to Libya.")
    assert found["Niger"] == "NER" and "Agadez" in found
    # Alone, the small town is not guessed; the name is read as the region it names (Niger's Agadez Region).
    assert places(matcher, "Migrants reach Agadez before crossing to Libya.").get("Agadez") == "NE-1"


def test_short_province_names_that_are_no_english_word_are_provinces(matcher):
    found = places(matcher, "Women from East Nusa Tenggara work on plantations in Sabah; others were sold in Anhui.")
    assert found == {"East Nusa Tenggara": "ID-NT", "Sabah": "MY-12", "Anhui": "CN-AH"}


def test_indonesian_provinces_as_english_texts_name_them(matcher):
    found = places(matcher, "Workers were recruited in Central Java, East Java and West Kalimantan.")
    assert found == {"Central Java": "ID-JT", "East Java": "ID-JI", "West Kalimantan": "ID-KB"}


def test_more_place_names_that_are_given_names_name_people_before_a_surname(matcher):
    assert places(matcher, "Nancy Okafor and Milan Petrovic of the NGO spoke to Rosario Gutierrez.") == {}
    assert places(matcher, "Victims were taken from Nancy to Milan.") == {"Nancy": "city:2990999", "Milan": places(matcher, "in Milan")["Milan"]}


def test_a_big_city_vouches_for_the_small_towns_of_its_country(matcher):
    found = places(matcher, "Girls are taken through Guatemala City and Tecún Umán to Tapachula.")
    assert found["Tecún Umán"] == "city:GT-tecun-uman"


def test_macau_reads_like_macao_and_hong_kong(matcher):
    assert places(matcher, "Women were trafficked to Macau and Hong Kong.") == {"Macau": "MAC", "Hong Kong": "HKG"}
    assert places(matcher, "Men from PNG work in Australia.")["PNG"] == "PNG"


def test_units_renamed_since_the_boundary_file_are_found_under_their_new_names(matcher):
    assert places(matcher, "Girls from Odisha and Uttarakhand are trafficked to Delhi.") == {
        "Odisha": "IN-OR", "Uttarakhand": "IN-UT", "Delhi": "IN-DL"}


def test_a_plural_kind_word_completes_each_listed_unit(matcher):
    # "Central" alone is an ordinary word; "the Central and Volta regions" names two regions of Ghana.
    found = places(matcher, "Boys from the Central and Volta regions fish on the lake.", "GHA")
    assert found == {"Central": "GH-CP", "Volta": "GH-TV"}
    found = places(matcher, "Girls from Central, Western and Volta regions work as porters.", "GHA")
    assert found == {"Central": "GH-CP", "Western": "GH-WP", "Volta": "GH-TV"}
    assert places(matcher, "Central and Volta were mentioned.", "GHA") == {"Volta": "GH-TV"}


def test_units_natural_earth_names_in_another_language_are_found_in_english(matcher):
    found = places(matcher, "Families fled Nineveh and Salah al-Din; others went to Bavaria, Lower Saxony and Inner Mongolia.")
    assert found == {"Nineveh": "IQ-NI", "Salah al-Din": "IQ-SD", "Bavaria": "DE-BY", "Lower Saxony": "DE-NI",
                     "Inner Mongolia": "CN-NM"}
    found = places(matcher, "In Haiti, children from the West Department and the Artibonite work in Port-au-Prince.")
    assert found["West Department"] == "HT-OU"
    found = places(matcher, "In Haiti, children from the West and Northeast departments work in Port-au-Prince.")
    assert found["West"] == "HT-OU" and found["Northeast"] == "HT-NE"
    assert places(matcher, "Refugee camps in Gambela and Benishangul-Gumuz.") == {"Gambela": "ET-GA", "Benishangul-Gumuz": "ET-BE"}


def test_regions_of_countries_whose_units_are_provinces_are_regions(matcher, gazetteer):
    # Natural Earth draws Italy's provinces and Spain's and France's departments;
    # "Sicily" is the set of Sicilian provinces, in Italy.
    found = places(matcher, "Women were exploited in Sicily, Lombardy, Catalonia and Brittany.")
    assert found == {"Sicily": "region:it-sicily", "Lombardy": "region:it-lombardy",
                     "Catalonia": "region:es-catalonia", "Brittany": "region:fr-brittany"}
    assert "IT-PA" in gazetteer.places.loc["region:it-sicily", "members"].split()


def test_a_nationality_word_is_the_province_of_its_name_only_with_a_kind_word(matcher):
    assert places(matcher, "Somali and Ethiopian migrants travel through Djibouti.") == {"Djibouti": "DJI"}
    assert places(matcher, "Drought in Ethiopia's Somali Region displaced families.")["Somali"] == "ET-SO"


def test_the_visayas_are_a_region_of_the_philippines(matcher):
    assert places(matcher, "Children in Mindanao and the Visayas.")["the Visayas"] == "region:ph-visayas"


def test_northern_ireland_is_not_ireland(matcher):
    assert places(matcher, "Police in Northern Ireland found children in cannabis farms.") == {"Northern Ireland": "GBR"}


def test_the_palestinian_territories_under_their_english_names(matcher):
    found = places(matcher, "Victims from Aleppo, Gaza and the West Bank were found in Lebanon.")
    assert found["West Bank"] == "PSE" and found["Gaza"] == "PS-GZA"


def test_the_west_bank_is_no_bank():
    from progmap.actors.organizations import find_organizations

    _, orgs = find_organizations("d.txt", "The World Bank funds clinics in the West Bank.")
    assert list(orgs["name"]) == ["World Bank"]


def test_towns_and_spellings_of_migration_reporting_are_places(matcher):
    found = places(matcher, "Returnees reached Mekelle, Ethiopia; boats left Sabratha, Libya; fishers were found on Benjina, Indonesia.")
    assert found["Mekelle"] == "city:331180" and found["Sabratha"] == "city:LY-sabratha"
    assert found["Benjina"] == "city:ID-benjina"
    found = places(matcher, "Cambodians work on boats out of Mahachai and in factories in Chonburi and Korat, Thailand.")
    assert (found["Mahachai"], found["Chonburi"], found["Korat"]) == ("TH-74", "TH-20", "TH-30")


def test_a_name_that_runs_on_into_a_longer_unknown_name_is_not_that_place(matcher):
    found = places(matcher, "Workers were found near Kota Tinggi in Johor; the Ho Chi Minh City Women's Union and the Phnom Penh Anti-TIP unit helped.")
    assert "Kota" not in found and found["Johor"].startswith("MY-")
    assert "Ho Chi Minh City" in found and "Phnom Penh" in found


def test_a_name_that_cannot_lie_in_the_place_it_is_of_is_part_of_that_place(matcher):
    found = places(matcher, "A grand jury in the Southern District of New York indicted him. "
                            "In Zambia, girls from the Eastern Province of Zambia are taken to Lusaka.")
    assert "Southern District" not in found and "New York" in found  # not Botswana's Southern District
    assert found["Eastern Province"].startswith("ZM-")  # a province of the country it is "of"


def test_the_midlands_is_englands_in_an_english_text_and_zimbabwes_in_a_zimbabwean_one(matcher):
    english = places(matcher, "They were forced to tend cannabis farms in the Midlands and the north of England.")
    assert english["the Midlands"] == "region:gb-midlands"
    zimbabwean = places(matcher, "In Zimbabwe, girls from Gweru in the Midlands are taken to Harare.")
    assert zimbabwean["the Midlands"] == "ZW-MI"


def test_admin1_units_are_named_on_maps_as_english_texts_name_them(gazetteer):
    names = gazetteer.places["name"]
    assert names["LK-11"] == "Colombo District" and names["LK-51"] == "Batticaloa"  # not the Sinhala 'Kŏḷamba'
    assert names["PK-IS"] == "Islamabad Capital Territory" and names["PK-KP"] == "Khyber Pakhtunkhwa"  # not 'F.C.T.', 'K.P.'
    assert names["IQ-NI"] == "Nineveh" and names["SY-DY"] == "Deir ez-Zor"  # not 'Nīnawá', 'Dayr az Zawr'


def test_a_place_in_a_country_or_unit_says_which_the_name_means(matcher):
    found = places(matcher, "Women from Edo are taken through Kano and Agadez in Niger to Libya. "
                            "Others work on farms in Georgia in the United States.")
    assert found["Niger"] == "NER"  # Agadez is in the country, not in Nigeria's Niger State
    assert found["Georgia"] == "US-GA"  # inside the United States


def test_a_place_said_to_lie_where_the_gazetteers_cannot_is_a_local_place(matcher):
    text = ("42 victims rescued in La Pampa\n\nPolice raided camps in the mining area of La Pampa, in the Madre de Dios "
            "region. Others came from Nghe An, in Vietnam.")
    found = places(matcher, text)
    assert "La Pampa" not in found  # not Argentina's province, in the title either
    assert found["Madre de Dios"] == "PE-MDD" and found["Nghe An"] == "VN-22"


def test_philippine_administrative_regions_are_regions_of_their_provinces(matcher, gazetteer):
    found = places(matcher, "Women from Central Luzon and Eastern Visayas were recruited in BARMM and CALABARZON.")
    assert found == {"Central Luzon": "region:ph-central-luzon", "Eastern Visayas": "region:ph-eastern-visayas",
                     "BARMM": "region:ph-barmm", "CALABARZON": "region:ph-calabarzon"}


def test_a_countrys_name_in_a_currency_is_money_not_a_place(matcher):
    found = places(matcher, "Fees of 1,500 US dollars were paid to agencies in Kathmandu; Singapore dollars were found in Malaysia.")
    assert set(found) == {"Kathmandu", "Malaysia"}


def test_dover_is_a_port_not_a_common_word(matcher):
    # the Channel crossings' port of arrival; a US Dover in a US context
    assert places(matcher, "They crossed from Calais and were collected in Dover, in Kent.", "GBR")["Dover"] == "city:2651048"


def test_usual_english_spellings_of_mongolian_kazakh_and_malagasy_units(matcher):
    found = places(matcher, "Women from Darkhan-Uul, Orkhon and Khentii in Mongolia, and from Mangystau in Kazakhstan.")
    assert (found["Darkhan-Uul"], found["Orkhon"], found["Khentii"], found["Mangystau"]) == ("MN-037", "MN-035", "MN-039", "KZ-MAN")
    # Madagascar's regions lie inside the six provinces Natural Earth draws
    found = places(matcher, "They left the regions of Androy and Atsimo-Andrefana in southern Madagascar.")
    assert (found["Androy"], found["Atsimo-Andrefana"]) == ("MG-U", "MG-U")


def test_guyana_numbers_its_regions(matcher):
    found = places(matcher, "Miners in Region Seven and Region 8 of Guyana.", country="GUY")
    assert (found["Region Seven"], found["Region 8"]) == ("GY-CU", "GY-PT")


def test_towns_of_newer_probes_are_places(matcher):
    found = places(matcher, "Victims were held in flats in Elche and Orihuela, Spain, and lorries left for Folkestone, England.")
    assert {found["Elche"], found["Orihuela"], found["Folkestone"]} <= {"city:ES-elche", "city:ES-orihuela", "city:GB-folkestone"}
    found = places(matcher, "Migrants crossed from Muse, Myanmar, and were held at Haradh, Yemen, and in Wang Kelian, Malaysia.")
    assert found["Muse"].startswith("city:") and found["Haradh"].startswith("city:") and found["Wang Kelian"].startswith("city:")


def test_co_official_names_of_spanish_provinces_and_portugals_south(matcher):
    found = places(matcher, "Portuguese men were exploited on farms in Huelva and Lleida provinces, in Girona and in Vizcaya, Spain.")
    assert (found["Lleida"], found["Girona"], found["Vizcaya"]) == ("ES-L", "ES-GI", "ES-BI")
    found = places(matcher, "Workers from Nepal picked berries in the Alentejo and the Algarve, in southern Portugal.")
    assert (found["Alentejo"], found["Algarve"]) == ("region:pt-alentejo", "PT-08")

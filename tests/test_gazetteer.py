"""The gazetteer: names for every place, corrected by ISO 3166-2, and regions."""

import shapely

from progmap.places.geocode import geocode


def names_of(gazetteer, code):
    return set(gazetteer.names.loc[gazetteer.names["code"] == code, "key"])


def test_every_vietnamese_province_has_a_name_without_diacritics(gazetteer):
    vietnam = gazetteer.places[(gazetteer.places["kind"] == "admin1") & (gazetteer.places["country"] == "VNM")]
    assert len(vietnam) == 63
    assert {"lang son", "dien bien", "ho chi minh city", "hanoi", "ha noi"} <= set(gazetteer.names["key"])


def test_iso_names_correct_natural_earth(gazetteer):
    # Natural Earth names VN-39 "Dong Nam Bo" (a region); ISO 3166-2 says Dong Nai.
    assert "dong nai" in names_of(gazetteer, "VN-39")
    assert "dong nam bo" not in names_of(gazetteer, "VN-39")
    assert gazetteer.places.at["VN-39", "name"] == "Đồng Nai"
    assert "bac kan" in names_of(gazetteer, "VN-53")
    assert "hung yen" in names_of(gazetteer, "VN-66")
    assert "quang nam" in names_of(gazetteer, "VN-27")


def test_maps_name_units_as_english_texts_write_them(gazetteer):
    names = gazetteer.places["name"]
    # Native diacritics stay; transliteration marks and ISO's inverted names go.
    assert names["VN-27"] == "Quảng Nam" and names["TR-63"] == "Şanlıurfa"
    assert names["IN-JH"] == "Jharkhand" and names["AF-KAB"] == "Kabul" and names["IR-23"] == "Tehran"
    assert names["GB-EDH"] == "Edinburgh" and names["RU-TA"] == "Tatarstan"
    assert names["GB-NMD"] == "Newry, Mourne and Down"  # a list, not an inverted name
    assert names["KR-11"] == "Seoul" and names["KR-26"] == "Busan"  # not "Seoul-teukbyeolsi"
    # Present names, not Soviet ones or Ukrainian adjectives ("Kharkivska", "Leninabad")
    assert names["UA-63"] == "Kharkiv" and names["UA-51"] == "Odesa" and names["UA-32"] == "Kyiv Oblast"
    assert names["TJ-SU"] == "Sughd" and names["TM-D"] == "Dashoguz" and names["AM-ER"] == "Yerevan"
    # Natural Earth's abbreviations for small maps are spelled out; French compass words are English
    assert names["COD"] == "Democratic Republic of the Congo" and names["DOM"] == "Dominican Republic"
    assert names["SLB"] == "Solomon Islands" and names["CD-NK"] == "North Kivu"
    assert names["city:1298824"] == "Yangon" and names["city:2034937"] == "Shenyang"  # not "Rangoon", "Shenyeng"
    assert names["CN-NM"] == "Inner Mongolia" and names["RU-MOS"] == "Moscow Oblast" and names["EG-SIN"] == "North Sinai"
    # states by the short names English texts use, not their official long forms
    assert names["MX-VER"] == "Veracruz" and names["MX-MIC"] == "Michoacán" and names["RU-SA"] == "Sakha Republic"


def test_english_metropolitan_counties_are_regions_of_their_boroughs(gazetteer):
    members = gazetteer.places["members"]
    assert set(members["region:gb-south-yorkshire"].split()) == {"GB-SHF", "GB-ROT", "GB-BNS", "GB-DNC"}
    assert len(members["region:gb-greater-london"].split()) == 33
    # Natural Earth names St Helens "Merseyside"; the name is the county's.
    assert "merseyside" in names_of(gazetteer, "region:gb-merseyside")
    assert "merseyside" not in names_of(gazetteer, "GB-SHN") and gazetteer.places.at["GB-SHN", "name"] == "St Helens"


def test_aliases_cover_short_and_historic_names(gazetteer):
    assert "prc" in names_of(gazetteer, "CHN")
    assert {"hcmc", "saigon"} <= names_of(gazetteer, "VN-SG")
    assert "burma" in names_of(gazetteer, "MMR")
    assert "emirates" in names_of(gazetteer, "ARE")


def test_vietnam_s_regions_are_named_in_english_on_the_map(gazetteer):
    names = gazetteer.places["name"]
    assert names["region:vn-mekong-delta"] == "Mekong River Delta" and names["region:vn-northeast"] == "Northeast Vietnam"


def test_regions_are_dissolved_from_their_members(gazetteer):
    shapes = gazetteer.shapes
    delta = shapes.at["region:vn-mekong-delta", "geometry"]
    an_giang = shapes.at["VN-44", "geometry"]
    assert delta.contains(shapely.point_on_surface(an_giang))
    north = shapes.at["region:vn-north", "geometry"]
    assert north.intersects(shapes.at["VN-09", "geometry"])
    assert not north.intersects(shapely.point_on_surface(an_giang))
    gms = shapes.at["region:gms", "geometry"]
    assert gms.contains(shapes.at["CN-YN", "anchor"]) and not gms.contains(shapes.at["CN-BJ", "anchor"])


def test_a_physical_region_one_country_holds_is_in_that_country(gazetteer):
    places = gazetteer.places
    assert places.at["region:ne-trinidad", "country"] == "TTO"  # "officials in Trinidad"
    assert places.at["region:ne-mindanao", "country"] == "PHL"
    assert places.at["region:ne-nile-delta", "country"] == "EGY"  # its land, though drawn into the sea
    assert places.at["region:ne-niger-delta", "country"] == "NGA"
    assert places.at["region:ne-sahara", "country"] == ""  # many countries share it
    assert places.at["region:ne-borneo", "country"] == ""


def test_continents_and_un_subregions_come_from_country_attributes(gazetteer):
    europe = gazetteer.places.loc["region:europe"]
    assert europe["kind"] == "region" and "GBR" in europe["members"].split()
    assert "region:south-eastern-asia" in gazetteer.places.index


def test_every_place_has_an_anchor_inside_it(gazetteer):
    shapes = gazetteer.shapes.loc[["VNM", "VN-SG", "VN-13", "region:vn-north", "IDN"]]
    for geometry, anchor in zip(shapes.geometry, shapes["anchor"]):
        assert geometry.buffer(1e-9).contains(anchor)


def test_file_names_that_are_other_names_stay_as_aliases(gazetteer):
    # Natural Earth's usual English names are kept where they name nothing else.
    assert "prague" in names_of(gazetteer, "CZ-10")
    assert "guangxi" in names_of(gazetteer, "CN-GX") and gazetteer.places.at["CN-GX", "name"] == "Guangxi"
    assert "beijing" in names_of(gazetteer, "CN-BJ")


def test_border_towns_of_the_towns_table_lie_in_their_own_country(gazetteer):
    import csv

    from progmap import settings
    from progmap.text import fold_name

    with open(settings.geodata_dir() / "towns.csv", encoding="utf-8") as handle:
        towns = list(csv.DictReader(handle))
    places = gazetteer.places
    for town in towns:
        code = f"city:{town['iso_a2']}-" + fold_name(town["name"]).replace(" ", "-")  # "Kéniéba": city:ML-kenieba
        place = places.loc[code]
        assert place["kind"] == "city" and place["country"] == town["country"], code
        assert places.at[place["admin1"], "country"] == town["country"], f"{code} falls in {place['admin1']}"


def test_border_towns_are_found_by_their_names(matcher):
    from progmap.places.resolve import resolve_matches

    # Small foreign towns need their country named in the document.
    text = "Girls were taken from Mong Cai to Dongxing in China, and from Poipet in Cambodia to Pattaya, Thailand."
    resolved, unresolved, _ = resolve_matches(matcher.find_matches(text), matcher, "VNM")
    towns = [row[4] for row in resolved if row[3] == "city"]
    assert towns == ["city:VN-mong-cai", "city:CN-dongxing", "city:KH-poipet", "city:TH-pattaya"]
    _, unresolved, _ = resolve_matches(matcher.find_matches("Girls were taken to Dongxing."), matcher, "VNM")
    assert [row[2] for row in unresolved] == ["Dongxing"]
    # camps and crossings of conflict and refugee texts
    text = ("Syrian refugees in Jordan live in the Zaatari camp. After the fall of Baghuz in Syria, Boko Haram's "
            "abduction of girls from Chibok in Nigeria was recalled; children leave Haiti at Ouanaminthe.")
    resolved, _, _ = resolve_matches(matcher.find_matches(text), matcher, "")
    towns = [row[4] for row in resolved if row[3] == "city"]
    assert towns == ["city:JO-zaatari", "city:SY-baghuz", "city:NG-chibok", "city:HT-ouanaminthe"]


def test_a_unit_the_boundary_file_draws_inside_a_neighbour_is_split_off(gazetteer):
    # The admin-1 file draws Minas Gerais inside Mato Grosso do Sul; splits.csv mends it.
    assert geocode("Minas Gerais", gazetteer, limit=1).iloc[0]["code"] == "BR-MG"
    places = gazetteer.places
    by_name = dict(zip(places["name"], places["admin1"]))
    assert by_name["Belo Horizonte"] == "BR-MG" and by_name["Campo Grande"] == "BR-MS"
    areas = gazetteer.shapes.loc[["BR-MG", "BR-MS"]].to_crs("EPSG:5880").area / 1e6
    assert 520_000 < areas["BR-MG"] < 650_000 and 320_000 < areas["BR-MS"] < 400_000  # km², as the states are


def test_a_code_the_boundary_file_gives_the_wrong_polygon_is_put_right(gazetteer):
    # Natural Earth's RU-MOS polygon is the city of Moscow and its RU-MOW the oblast: recodes.csv swaps them.
    areas = gazetteer.shapes.loc[["RU-MOS", "RU-MOW"]].to_crs("EPSG:3576").area / 1e6
    assert 40_000 < areas["RU-MOS"] < 50_000 and areas["RU-MOW"] < 3_000  # km²: the oblast, the city
    by_name = dict(zip(gazetteer.places["name"], gazetteer.places["admin1"]))
    assert by_name["Moscow"] == "RU-MOW"


def test_provinces_newer_than_the_boundary_file_are_split_off_their_old_unit(gazetteer):
    # Indonesia split Papua and West Papua in 2022; Natural Earth draws the old two.
    for name, code in [("South Papua", "ID-PS"), ("Central Papua", "ID-PT"), ("Highland Papua", "ID-PE"), ("Southwest Papua", "ID-PD")]:
        assert geocode(name, gazetteer, limit=1).iloc[0]["code"] == code
    towns = {name: unit for name, unit in zip(gazetteer.places["name"], gazetteer.places["admin1"]) if name in ("Merauke", "Jayapura", "Sorong", "Manokwari")}
    assert towns == {"Merauke": "ID-PS", "Jayapura": "ID-PA", "Sorong": "ID-PD", "Manokwari": "ID-PB"}

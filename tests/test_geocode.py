"""``progmap geocode``: checking a name by hand."""

import pytest

from progmap.places.geocode import geocode


@pytest.mark.parametrize(
    "name, code",
    [("Dong Nai", "VN-39"), ("Bac Kan", "VN-53"), ("Hung Yen", "VN-66"), ("Quang Nam", "VN-27"), ("Saigon", "VN-SG")],
)
def test_vietnamese_provinces_come_first(gazetteer, name, code):
    assert geocode(name, gazetteer, country="VNM").iloc[0]["code"] == code


def test_misspelled_names_still_rank(gazetteer):
    ranked = geocode("Quangninh", gazetteer, country="VNM")
    assert ranked.iloc[0]["code"] == "VN-13"
    assert ranked["score"].is_monotonic_decreasing


def test_unknown_name_gives_no_candidates(gazetteer):
    assert geocode("Xqzvw", gazetteer).empty


def test_a_date_shows_the_unit_of_that_map(gazetteer):
    merged = geocode("Tây Ninh", gazetteer, country="VNM", date="2026-01-01").iloc[0]
    assert (merged["code"], merged["vintage"], merged["members"]) == ("VN-37", "2025", ["VN-37", "VN-41"])
    old = geocode("Tây Ninh", gazetteer, country="VNM").iloc[0]
    assert (old["code"], old["vintage"], old["members"]) == ("VN-37", "natural-earth", ["VN-37"])
    gone = geocode("former Kien Giang", gazetteer, country="VNM", date="2026-01-01").iloc[0]
    assert (gone["code"], gone["vintage"], gone["successor"]) == ("VN-47", "natural-earth", "VN-44")


@pytest.mark.parametrize("name", ["Xyzzyville", "Qwertyburg"])
def test_a_name_like_no_place_gets_no_fuzzy_candidates(gazetteer, name):
    assert geocode(name, gazetteer).empty


def test_near_misspellings_still_find_their_place(gazetteer):
    assert geocode("Lao Cay", gazetteer, country="VNM").iloc[0]["code"] == "VN-02"
    assert geocode("Kuala Lumpor", gazetteer).iloc[0]["name"] == "Kuala Lumpur"

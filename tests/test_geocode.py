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

"""Folding text for matching, and scanning it for whole-word names."""

import numpy as np
import pytest

from progmap.text import NameScanner, fold_name, fold_text, matches_opening


def found(scanner, text):
    starts, stops, keys = scanner.scan(fold_text(text))
    return [(text[a:b], key) for a, b, key in zip(starts, stops, keys)]


def test_folding_lowercases_strips_diacritics_and_keeps_one_space_between_words():
    assert fold_text("Lạng Sơn,  HÀ NỘI\n\t- Đà Nẵng.").folded == " lang son ha noi da nang "


@pytest.mark.parametrize(
    "text",
    [
        "Projects in Lạng Sơn ... and   Quảng Ninh!",
        "  leading and trailing separators  ",
        "ASCII only, with -- runs of punctuation.",
        "中国 and Việt Nam, 東京",
        "x",
        "",
    ],
)
def test_every_folded_letter_maps_back_to_the_same_letter(text):
    folded = fold_text(text)
    letters = [i for i, char in enumerate(folded.folded) if char != " "]
    original = folded.to_original(letters)
    for position, offset in zip(letters, original.tolist()):
        assert fold_name(text[offset]) == folded.folded[position]


def test_documents_joined_by_nul_stay_apart():
    scanner = NameScanner(["ha noi"])
    assert found(scanner, "Ha \x00 Noi") == []
    assert found(scanner, "Ha Noi \x00 Ha  Noi") == [("Ha Noi", "ha noi"), ("Ha  Noi", "ha noi")]


def test_the_longest_name_wins_and_parts_of_words_do_not_match():
    scanner = NameScanner(["ho", "ho chi minh city", "lao", "lao cai"])
    text = "Ho Chi Minh City, Laos, Lao Cai and Hochiminh"
    assert found(scanner, text) == [("Ho Chi Minh City", "ho chi minh city"), ("Lao Cai", "lao cai")]


def test_names_side_by_side_are_both_found():
    scanner = NameScanner(["laos", "thailand", "viet nam"])
    assert [key for _, key in found(scanner, "Laos Thailand Viet Nam")] == ["laos", "thailand", "viet nam"]


def test_names_broken_across_lines_are_one_match():
    scanner = NameScanner(["ba ria vung tau"])
    assert found(scanner, "in Ba Ria -\n   Vung Tau province") == [("Ba Ria -\n   Vung Tau", "ba ria vung tau")]


def test_shared_scanners_each_find_their_own_names_in_one_pass():
    text = "Ho Chi Minh City and Lao Cai, not Laos"
    cities = NameScanner(["ho chi minh city", "lao cai"], shared=True)
    fold = fold_text(text)
    assert found(cities, text) == [("Ho Chi Minh City", "ho chi minh city"), ("Lao Cai", "lao cai")]
    # A scanner that joins later, with keys the first one's overlap, gets its own
    # leftmost-longest matches, as a private scanner would.
    parts = NameScanner(["ho", "chi minh", "lao", "laos"], shared=True)
    private = NameScanner(["ho", "chi minh", "lao", "laos"])
    assert parts.scan(fold) == private.scan(fold)
    assert found(parts, text) == [("Ho", "ho"), ("Chi Minh", "chi minh"), ("Lao", "lao"), ("Laos", "laos")]


def test_an_empty_scanner_finds_nothing():
    assert NameScanner([]).scan(fold_text("Ha Noi")) == ([], [], [])
    first, _, keys = NameScanner(["x"]).scan_folded(" ")
    assert keys == [] and isinstance(first, np.ndarray)


def test_overlapping_matches_are_settled_like_a_left_to_right_reading():
    from progmap.text import _leftmost_longest

    rng = np.random.default_rng(3)
    for _ in range(200):
        first = np.sort(rng.integers(0, 60, size=rng.integers(1, 30)))
        last = first + rng.integers(0, 12, size=len(first))
        order = np.lexsort((-(last - first), first))
        first, last = first[order], last[order]
        expected, reach = [], -1
        for a, b in zip(first.tolist(), last.tolist()):
            expected.append(a > reach)
            reach = b if a > reach else reach
        assert _leftmost_longest(first, last).tolist() == expected


def test_matches_found_from_their_openings_are_those_finditer_finds():
    import re

    # "Head of the Head " is one match: the second "Head" opens none of its own.
    pattern = re.compile(r"\b(?:Head|Director)(?: of(?: the)?(?: Head)?)? ")
    text = "Head of the Head of Director aHead of Director of Head "
    expected = [m.group() for m in pattern.finditer(text)]
    assert [m.group() for m in matches_opening(pattern, text, ["Head", "Director"])] == expected
    assert expected == ["Head of the Head ", "Director ", "Director of Head "]

"""The language layer: lexicon tables, cue sentences, tokens and coordinated lists."""

import pytest

from progmap.actors.language import (
    CueScanner,
    coordinated_groups,
    cue_sentences,
    inflections,
    is_list_glue,
    lexicon,
    tokenize,
)


def spans_of(text, *names):
    """The spans of names in a text, each searched after the previous one."""
    spans, position = [], 0
    for name in names:
        start = text.index(name, position)
        spans.append((start, start + len(name)))
        position = start + len(name)
    return spans


# --- lexicons -------------------------------------------------------------------


def test_a_verb_lemma_gives_every_inflected_form():
    assert set(inflections("smuggle", "VERB")) == {"smuggle", "smuggled", "smuggles", "smuggling"}


def test_a_phrase_is_inflected_on_its_head():
    assert "plans of action" in inflections("plan of action", "NOUN")


def test_a_fixed_phrase_is_kept_as_written():
    assert inflections("as well as", "") == ("as well as",)


def test_an_unknown_lexicon_is_an_error():
    with pytest.raises(ValueError, match="unknown lexicon"):
        lexicon("no-such-table")


def test_cues_are_found_in_any_inflection_and_case():
    text = "TRAFFICKED girls; she traffics; smuggling rings; repatriated women."
    lemmas = [cue.lemma for _, _, cue in CueScanner(["movement"]).find(text)]
    assert lemmas == ["traffic", "traffic", "smuggle", "repatriate"]


def test_a_cue_keeps_its_role_from_the_table():
    [(_, _, cue)] = CueScanner(["movement"]).find("They were repatriated.")
    assert (cue.lexicon, cue.role) == ("movement", "return")


def test_cues_are_whole_words():
    assert CueScanner(["movement"]).find("Trafficability and resellers") == []


def test_only_sentences_holding_cues_are_read():
    text = "The office opened. Girls were sold in Lao Cai. It rained."
    sentences = [(0, 18), (19, 46), (47, 56)]
    found = list(cue_sentences(sentences, CueScanner(["movement"]).find(text)))
    assert [(start, end) for start, end, _ in found] == [(19, 46)]


# --- tokens ---------------------------------------------------------------------


def test_tokens_keep_their_offsets():
    text = "Women from Thanh Hoa."
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_hyphenated_modifiers_and_abbreviations_are_one_token():
    words = [t.text for t in tokenize("the U.S.-funded, Hanoi-based and Europe-bound P.R.C. groups")]
    assert words == ["the", "U.S.-funded", ",", "Hanoi-based", "and", "Europe-bound", "P.R.C.", "groups"]


def test_numbers_with_separators_are_one_token():
    assert [t.text for t in tokenize("$20,000 for 1.5 years")] == ["$", "20,000", "for", "1.5", "years"]


# --- coordinated lists ------------------------------------------------------------------


def test_a_plain_list_is_one_group():
    text = "to Thailand, Malaysia, and the Philippines"
    assert coordinated_groups(text, spans_of(text, "Thailand", "Malaysia", "Philippines")) == [[0, 1, 2]]


def test_hedges_stay_inside_a_list():
    text = "exploited in fishing and farming, mainly in Angola, Russia and Qatar"
    assert coordinated_groups(text, spans_of(text, "Angola", "Russia", "Qatar")) == [[0, 1, 2]]


def test_a_hedge_holding_a_preposition_stays_inside_a_list():
    text = "women from Southeast Asia, China and, to a lesser extent, Africa"
    assert coordinated_groups(text, spans_of(text, "Southeast Asia", "China", "Africa")) == [[0, 1, 2]]


def test_a_parenthetical_does_not_end_a_list():
    text = "in Germany and Poland (often in nail salons), western Europe, the Middle East"
    spans = spans_of(text, "Germany", "Poland", "Europe", "Middle East")
    assert coordinated_groups(text, spans) == [[0, 1, 2, 3]]


def test_kind_words_stay_inside_a_list():
    text = "in Quang Ninh and Thanh Hoa provinces and in Ho Chi Minh City"
    assert coordinated_groups(text, spans_of(text, "Quang Ninh", "Thanh Hoa", "Ho Chi Minh City")) == [[0, 1, 2]]


def test_from_and_to_are_two_ends_not_a_list():
    text = "moved from Laos to Thailand"
    assert coordinated_groups(text, spans_of(text, "Laos", "Thailand")) == [[0], [1]]


def test_a_sentence_end_breaks_a_list():
    assert not is_list_glue(". And ")


def test_a_long_parenthetical_breaks_a_list():
    assert not is_list_glue(" (a province where, the report says, many brokers have recruited girls for years), ")


def test_other_words_break_a_list():
    text = "to Laos and then on to third countries such as Thailand"
    assert coordinated_groups(text, spans_of(text, "Laos", "Thailand")) == [[0], [1]]


# --- proper names -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def reader():
    from progmap.actors.language import NameReader

    return NameReader(["institution", "not_org"])


def name_of(reader, text, word):
    name = reader.name_at(text, text.index(word))
    return None if name is None else text[name.start : name.end]


@pytest.mark.parametrize(
    "text, word, name",
    [
        ("The Mekong Network to End Child Labour runs a hotline.", "Network", "Mekong Network to End Child Labour"),
        ("The State Commission against Trafficking in Persons met.", "Commission", "State Commission against Trafficking in Persons"),
        ("the Centre For Girls In\nDifficult Situations opened", "Centre", "Centre For Girls In\nDifficult Situations"),
        ("its Department of Labour, Migration and Social Welfare (DLMSW)", "Welfare", "Department of Labour, Migration and Social Welfare"),
        ("the Anti-Slavery and Child Protection Department (ASCPD)", "Department", "Anti-Slavery and Child Protection Department"),
        ("A Programme for Daughters and\n\nCommunities (PDC) began", "Communities", "Programme for Daughters and\n\nCommunities"),
        ("the Ministry for the Advancement of Women, Youth and the Family (MAWYF)", "Ministry", "Ministry for the Advancement of Women, Youth and the Family"),
        ("the shelter run by Fundación Puente a Casa, which", "Puente", "Fundación Puente a Casa"),
        ("with the Centre for Human Trafficking Victims' Protection in Belgrade", "Centre", "Centre for Human Trafficking Victims' Protection"),
    ],
)
def test_a_name_runs_over_its_linkers(reader, text, word, name):
    assert name_of(reader, text, word) == name


@pytest.mark.parametrize(
    "text, word, name",
    [
        ("the Ministry of Health and Village Help International trained nurses", "International", "Village Help International"),
        ("UNICEF and the Ministry of Labour met", "Ministry", "Ministry of Labour"),
        ("the Hope Centre on April 23", "Centre", "Hope Centre"),
        ("the Hope Centre in Pokhara", "Centre", "Hope Centre"),
        ("Since 2010 Hope Foundation has worked", "Foundation", "Hope Foundation"),
        ("Officers of the Kathmandu Anti-Trafficking Unit arrested", "Unit", "Kathmandu Anti-Trafficking Unit"),
        ("Prosecution\nThe Government prosecutes", "Government", "Government"),
        ("with the Ministry of Trade, Industry and Tourism, and Plan International", "Ministry", "Ministry of Trade, Industry and Tourism"),
        ("Hope House gave Tumaini a Grant", "Tumaini", "Tumaini"),
        ("Mercy Fund for Children\nGrants awarded in 2022", "Mercy", "Mercy Fund for Children"),
        ("with the Project Office for the State of Qatar and Impactt Limited to audit", "Project", "Project Office for the State of Qatar"),
        ("Ministry of Women, Children and Senior Citizens\n\nNational Report on Trafficking", "Ministry", "Ministry of Women, Children and Senior Citizens"),
        ("Directorate of Information and Public Relations\nGovernment of Jharkhand\n", "Directorate", "Directorate of Information and Public Relations"),
        ("Directorate of Information and Public Relations\nGovernment of Jharkhand\n", "Government", "Government of Jharkhand"),
    ],
)
def test_a_name_stops_where_another_begins(reader, text, word, name):
    assert name_of(reader, text, word) == name


def test_the_head_is_the_end_of_the_first_part(reader):
    text = "the Vietnam Consulate General and the Office to Monitor and Combat Trafficking"
    heads = [reader.name_at(text, text.index(word)).head_text for word in ("Consulate", "Office")]
    assert heads == ["Consulate General", "Office"]


@pytest.mark.parametrize(
    "text, word, lone",
    [
        ("The report says the Embassy met them.", "Embassy", True),
        ("Police said so.", "Police", True),
        ("They met the US Embassy in May.", "Embassy", False),
        ("the Ministry of the Interior met", "Ministry", False),
        ("a shelter of the Police, and the Ministry", "Police", True),
        ("the Ambassador met NGO and government officials", "NGO", True),
        ("It said so. An NGO shelter opened.", "NGO", True),
        ("the Casa de los Niños opened", "Casa", False),
        ("Prosecution\nThe Government prosecutes", "Government", False),  # "The" is a name word: read the name
    ],
)
def test_a_lone_word_is_told_from_its_neighbours(reader, text, word, lone):
    start = text.index(word)
    assert reader.lone_word(text, start, start + len(word)) is lone
    if lone:
        assert name_of(reader, text, word) == word


def test_hyphenated_roles_are_no_part_of_a_name(reader):
    assert name_of(reader, "the Pokhara-based Hope Centre", "Hope") == "Hope Centre"


def test_a_compound_noun_is_inflected_on_its_last_word():
    assert inflections("halfway house", "NOUN") == ("halfway house", "halfway houses")

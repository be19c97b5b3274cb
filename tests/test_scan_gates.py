"""Whole-text scans gated by a literal search find what the patterns find.

A pattern that opens with a word boundary or a lookahead is tried at every
position of the text it is searched in. The actor stages try some of them
only where their words or marks are written (see ``_names_in_parens``,
``_both_countries``, ``_says_we``, ``_signal_in`` and ``metadata_lines``):
each test here checks a gated scan against the plain scan on texts written
to reach the gates' edges.
"""

import re

import pytest

from progmap.actors import organizations, programmes, routes

TEXTS = [
    "",
    "(",
    "A (B)",
    "IOM (International Organization for Migration) met UNICEF.",
    "The NGO AFESIP (Action for Women in Distressing Circumstances) and ILO  \n (International Labour Organization).",
    "ABCDEFGHIJK (Too Long Acronym) and ABCDEFGHIJ (Ten Letters Only) and X (One Letter).",
    "x-MSWD (Ministry of Social Welfare) aMSWD (Not One) 1MSWD (Digits First) MSWD(No Space Between)",
    "(MSWD (Nested (Brackets)) and the VFF ( Visayan Forum Foundation ) ;",
    "CWCC\t\t(Cambodian Women's Crisis Center) A&B (Arts and Business) C3PO (Droid Of The Year)",
    "We run shelters. Our partners help us. WE SHOUT. Users use us, thus we were busy. Ours is ours.",
    "Both countries agreed; the two governments met; both sides, The  two nations, the two.",
    "SOURCE: a cable\nDATE: 2024-01-01\n  TO: them\nJAKARTA (Reuters) - text\nLAGOS, Nigeria (AP) -- more\nA line: (with) marks\n",
    "Girls were TRAFFICKED and sold; victims of debt bondage. Brides, brothels, a bride. Selling smuggled goods.",
    "Nothing here moves anyone, nor is any of it about work abroad at all.",
    "Ünïcode (Ünïcode Name) ĀBC (Alpha Beta Center) — tráfico y explotación; Kelvin \u212aidnap and \u017fold.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_in_parens(text):
    assert [m.span() for m in organizations._names_in_parens(text)] == [
        m.span() for m in organizations._NAME_IN_PARENS.finditer(text)
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_both_countries(text):
    assert [m.span() for m in organizations._both_countries(text)] == [
        m.span() for m in organizations._BOTH_COUNTRIES.finditer(text)
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_says_we(text):
    assert programmes._says_we(text) == bool(programmes._WE.search(text))


@pytest.mark.parametrize("text", TEXTS)
def test_signal_in(text):
    for start in range(0, len(text) + 1, 7):
        for end in (start, start + 12, start + 40, len(text)):
            assert routes._signal_in(text, start, end) == bool(routes._SIGNAL.search(text, start, end)), (start, end)


def test_signal_letters_cover_every_alternative():
    # Each alternative of _SIGNAL holds one of the letters the gate looks for.
    body = routes._SIGNAL.pattern
    body = body[body.index("(?:") + 3 : body.rindex(")")]
    for alternative in body.split("|"):
        literal = re.sub(r"\\b|s\?", "", alternative).lower()
        assert any(letters in literal for letters in routes._SIGNAL_LETTERS), alternative


@pytest.mark.parametrize("text", TEXTS)
def test_metadata_lines(text):
    holes = [m.span() for m in organizations._KEY_LINE.finditer(text)]
    holes += [m.span() for m in organizations._WIRE_DATELINE.finditer(text)]
    assert organizations.metadata_lines(text) == sorted(holes)


WINDOWS = [
    "Hope Street, a coalition of ",
    "Hope Rising Kenya is a Nairobi-based ",
    "Winrock International (WI), a U.S.-based development ",
    "Winrock International , the ",
    "in Cairo, the  Egyptian ",
    "it was\tan old ",
    "no article here at all ",
    "Visayan Forum, a very long list of many words ",
    "X,\nthe one\n",
    "",
]


@pytest.mark.parametrize("window", WINDOWS + TEXTS)
def test_apposition_tail_gates_apposition(window):
    # _classified_names searches _APPOSITION_BEFORE only where _APPOSITION_TAIL matches: never one without the other.
    if organizations._APPOSITION_BEFORE.search(window):
        assert organizations._APPOSITION_TAIL.search(window)


SENTENCES = [
    "The shelter does not exist; no such project was ever run, and the hotline never opened.",
    "The SHELTER DID   NOT EXIST.",
    "Thanks to the Ministry, we would open a shelter if funds were found.",
    "The ministry recommended that the government propose a programme.",
    "IOM runs a shelter in Hue.",
    "Ünïcode: the shelter does not exist.",
]


@pytest.mark.parametrize("sentence", SENTENCES + TEXTS)
def test_gated_programme_patterns(sentence):
    from progmap.text import gated_search

    patterns = [(programmes._DOES_NOT_EXIST, programmes._DOES_NOT_EXIST_WORDS)]
    patterns += [(programmes._modality()[0][role], programmes._modal_words(role)) for role in ("irrealis", "thanks")]
    for pattern, words in patterns:
        for start, end in [(0, len(sentence)), (4, len(sentence) - 3), (0, 0), (5, 2)]:
            found, plain = gated_search(pattern, words, sentence, start, end), pattern.search(sentence, start, end)
            assert (found and found.span()) == (plain and plain.span())


def test_modal_words_open_every_form():
    from progmap.actors.language import inflections, lexicon

    for role in ("irrealis", "thanks"):
        words = programmes._modal_words(role)
        assert words
        for row in lexicon("modality"):
            if row["role"] == role:
                for form in inflections(row["lemma"], row["pos"]):
                    assert any(word in form.lower() for word in words)


def test_sheet_readings_are_fresh_lists():
    from progmap.actors.sheets import grant_lines, sheet_fields

    text = "Donor: DFID\nGrants:\n- Agar Ethiopia: USD 80,000 for work in Amhara.\n"
    first = sheet_fields(text)
    first.append("changed")
    assert sheet_fields(text) == first[:-1]
    lines = grant_lines(text)
    lines.clear()
    assert len(grant_lines(text)) == 1


def test_opens_noun_looks_only_at_nouns_in_reach():
    # _refer_back's "its [modifiers] noun" test, read with a bisect: the same as looking at every noun.
    text = "Its new Commonwealth Action Plan and our counselling centre, their shelter; its staff and the project."
    starts = sorted({text.find(word) for word in ("Plan", "centre", "shelter", "staff", "project", "new", "Its")})
    for at in range(len(text)):
        for touching in (True, False):
            plain = any(
                (0 <= s - at <= 40 if touching else 0 < s - at <= 40) and programmes._MODIFIERS_ONLY.fullmatch(text[at:s]) for s in starts
            )
            assert programmes._opens_noun(text, starts, at, touching) == plain, (at, touching)


#: Windows before a name, as the organization stage searches them: lists, "which" clauses, line ends.
WINDOWS = [
    "", "IOM, ", "IOM and the ", "IOM &\n", "IOM,\n\n", "IOM, the\t\n", "the ", "Save the Children and", "IOM runs ",
    "World Vision in Hue, which ", "World Vision, which also ", "whichever, ", "The ILO, which\n", "La Strada Ukraine & ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_conjunct_gate(window):
    for start in range(len(window) + 1):
        plain = organizations._CONJUNCT_BEFORE.search(window, start, len(window))
        assert organizations._conjunct_ends(window, start, len(window)) or plain is None


@pytest.mark.parametrize("text", TEXTS + WINDOWS + [
    "Slaves No More, founded by Sr. Eugenia Bonetti, runs a shelter. Casa Nazaret,\testablished in 2004, helps.",
    "It was founded by nuns. The project, which was set up in 2010, created jobs and started in May.",
])
def test_founded_gate(text):
    if organizations._FOUNDED_TAIL.search(text) is None:
        assert organizations._FOUNDED_AFTER.search(text) is None


@pytest.mark.parametrize("text", [
    "", ".12 Women", "sectors.12 Women and", "sectors.1234 Women", "sectors. 12 Women", "(ILO).3 The", "“Quote.”7 Next",
    'said".45  “Next', "sectors!9\nWomen", "x?1 a", "a.1 A.2 B", "Laos.12 \tViet Nam.3\nThai",
])
def test_footnote_stop_opens_with_its_mark(text):
    plain = re.compile(r"(?<=[A-Za-z)\]\"'”’])[.!?]\d{1,3}(\s+)(?=[A-Z“\"])")
    from progmap.sources import documents

    assert [m.span(1) for m in documents._FOOTNOTE_STOP.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


#: The token pattern as it was written before it opened with a lookahead of no white space.
_PLAIN_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?:-\w+)*"
    r"|(?<=[a-z] )[A-Z]\.(?=[ \t][A-Z][a-z]+[ \t][A-Z])"
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"
    r"|\w+(?:['’]\w+)*(?:[-–/]\w+(?:['’]\w+)*)*(?:(?<=s)['’](?!\w))?"
    r"|[^\w\s]"
)


@pytest.mark.parametrize("text", TEXTS + [
    "U.S. and U.S.-funded P.R.C. A.B", "Blas F. Ople Policy Center", "the F. Ople Center", "a F. Ople X", " F. Ople Policy",
    "20,000 1.5 30-year-old", "Hanoi-based women's and/or Workers' and bosses’", "\u00a0x\u2003y\t\n_a é-b",
])
def test_token_pattern_reads_as_before(text):
    from progmap.actors import language

    for start in range(len(text) + 1):
        assert [m.span() for m in language._TOKEN.finditer(text, start)] == [m.span() for m in _PLAIN_TOKEN.finditer(text, start)]
        assert bool(language._TOKEN.match(text, start)) == bool(_PLAIN_TOKEN.match(text, start))


@pytest.mark.parametrize("text", TEXTS + [
    "UNCLAS SECTION 01 OF 03 HANOI 002323", "  CONFIDENTIAL BANGKOK 001234\n", "text. SECRET  RANGOON 000123 rest",
    "x\tLIMITED OFFICIAL USE GENEVA 01234", "\"UNCLAS\" said. TOP SECRET LONDON 12", "lowercase unclas hanoi 002323",
])
def test_classification_line_lookahead(text):
    from progmap.sources import documents

    prefix = "(?=[ \\tUCSTL])"
    assert documents._CLASSIFICATION_REF.pattern.startswith(prefix)
    plain = re.compile(documents._CLASSIFICATION_REF.pattern[len(prefix):], documents._CLASSIFICATION_REF.flags)
    assert [m.span() for m in documents._CLASSIFICATION_REF.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", ["", "a\r\nb", "a\rb", "\r\r\n\n\r", "a\x0bb\x0cc\x85d\u2028e\u2029f", "\r\u2028\n", "plain\ntext"])
def test_line_breaks_as_before(text):
    from progmap.sources import documents

    plain = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
    assert documents._LINE_BREAKS.sub("\n", text) == plain.sub("\n", text)


@pytest.mark.parametrize("text", TEXTS + [
    "A USD 2.5 million grant", "$300,000", "2.5 million  dollars and EUR 40", "No sum here.", "٣ dollars", "usd 5 and 7 euros",
    "ILO/VIE/12/01/USA and INL-TIP-2020", "AB-CD", "UN/12/AB", "a-b/c", "NO-DASH-HERE",
])
def test_budgets_and_identifiers_as_the_plain_scans(text):
    for start in (0, len(text) // 2):
        assert programmes._budgets(text, start, len(text)) == list(dict.fromkeys(
            " ".join(m.group().split()) for m in programmes._BUDGET.finditer(text, start, len(text))))
        assert programmes._identifiers(text, start, len(text)) == list(dict.fromkeys(programmes._IDENTIFIER.findall(text, start, len(text))))


#: Texts at the edges of the whole-text scans of company names, role suffixes and state funders.
COMPANY_TEXTS = TEXTS + [
    "Workers of PT Sinar Jaya Abadi and PT. Maju were paid late; CV Template is no name.",
    "RUEHC/DEPT OF LABOR\nSTATE DEPT GRANTEE\nxPT Maju, -PT Maju, /CV Jaya, .M/s Global, (PT Maju) and M/s. Global Jobs Link",
    "PT Sinar at the text's start, and M/S Lanka Euro\tCareers at a tab.",
    "Siam Ocean Foods Co., Ltd. and Lanka Euro Careers (Pvt) Ltd hired them; Harbourside Foods plc did not.",
    "the Li Ka Shing Foundation-supported clinic, a Hope Trust-funded shelter, an IOM-led project, Hanoi-based staff",
    "a state-funded shelter, government-financed legal aid, State-sponsored care, the statement-funded and a state funded one",
    "Foundation -supported, Foundation-supportedly, Trust–funded",
]


@pytest.mark.parametrize("text", COMPANY_TEXTS)
def test_legal_form_gates(text):
    # _company_names scans for companies only in a text its gates let through: never a text with one.
    if organizations._prefixed_companies().search(text):
        assert organizations._prefixed_form_in(text)
    if organizations._legal_forms().search(text):
        assert organizations._legal_form_words()[1].search(text)


def test_prefixed_form_gate_skips_letters_before_the_form():
    assert not organizations._prefixed_form_in("RUEHC/DEPT OF LABOR, STATE DEPT GRANTEE, SEPT 2009")
    assert organizations._prefixed_form_in("RUEHC/DEPT OF LABOR, and PT Sinar Jaya")
    assert organizations._prefixed_form_in("PT Sinar Jaya")


@pytest.mark.parametrize("text", COMPANY_TEXTS)
def test_suffix_gate(text):
    # _suffixed_names reads a text only where a hyphen and a role's suffix are written.
    if organizations._suffixed_name().search(text):
        assert organizations._suffix_after_hyphen().search(text)


def test_suffix_gate_skips_texts_without_a_suffix():
    assert organizations._suffix_after_hyphen().search("a Hope Trust-funded shelter")
    assert not organizations._suffix_after_hyphen().search("Hope Trust-supportedly, a Hanoi-based NGO, a funded project")


@pytest.mark.parametrize("text", COMPANY_TEXTS)
def test_state_funded_gate(text):
    if organizations._STATE_BEFORE_SUFFIX.search(text):
        assert "tate-" in text or "overnment-" in text


@pytest.mark.parametrize("text", COMPANY_TEXTS)
def test_acronym_and_country_opens_with_its_capital(text):
    plain = re.compile(r"(?<![\w/.(-])([A-Z][A-Z0-9&]{2,9})[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w’'-]|[ \t]+[A-Z])")
    assert [m.span() + m.groups() for m in organizations._ACRONYM_AND_COUNTRY.finditer(text)] == [
        m.span() + m.groups() for m in plain.finditer(text)
    ]


#: Clauses at the edges of the role phrases with an adverb or a time inside ("delivered nationally by").
BY_CLAUSES = [
    "The program is delivered nationally by the Red Cross and funded jointly by Norway.",
    "It was implemented from 2021 to 2024 by Caritas, run since 2015 by IOM and managed in 2019–20 by UNDP.",
    "It was implemented from 2021 to 2024  by Caritas; funded mostly\tby Norway; run by ILO; nearby IOM.",
    "Delivered NATIONALLY BY the Red Cross, funded jointly bypassing Norway, implemented in 2021 by.",
]


@pytest.mark.parametrize("clause", BY_CLAUSES + TEXTS)
def test_adverbed_role_endings(clause):
    # adverbed_roles scans a clause for a pattern only where the pattern's ending is written.
    from progmap.actors import language

    for pattern, ending in ((language._ADVERBED_BY, language._ADVERB_BY), (language._TIMED_BY, language._YEAR_BY)):
        for start, end in [(0, len(clause)), (10, len(clause) - 4), (0, 30)]:
            if pattern.search(clause, start, end):
                assert ending.search(clause, start, end)


def test_adverbed_roles_read_only_clauses_with_an_ending():
    from progmap.actors.language import adverbed_roles

    assert adverbed_roles("It was run by IOM and funded by Norway.", times=True) == []
    assert adverbed_roles("It was funded jointly by Norway and run since 2015 by IOM.", times=True) == [(7, 24, "funder"), (36, 53, "agent")]


@pytest.mark.parametrize("stretch", [
    "lured with false promises of well-paid jobs as waitresses in Dubai, near the port",
    "told that she would work in a restaurant; girls from FISHING communities close to the lake",
    "taken to Hue", "OFFERED them good work", "Ünïcode ſ offered them jobs near the ſea", "",
])
def test_gated_sub(stretch):
    for pattern, words in ((routes._LURE, routes._LURE_WORDS), (routes._LANDMARK, routes._LANDMARK_WORDS),
                           (routes._TRADE_PLACES, routes._TRADE_WORDS)):
        assert routes._gated_sub(pattern, words, stretch) == pattern.sub(" ", stretch)

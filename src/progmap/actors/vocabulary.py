"""Controlled vocabularies and the phrases that signal them.

Activities (what a programme does), purposes (what victims are moved for),
victims (who is moved), nationality words and country names. Each
vocabulary maps a term to regular-expression triggers matched
case-insensitively on whole words; extend them here, not in the extraction
code.

Examples
--------
>>> terms_in("leaflets, microcredit loans and a shelter", "activities")
['awareness raising', 'economic empowerment', 'victim protection']
>>> terms_in("girls sold to brothels and as brides", "purposes")
['marriage', 'sexual exploitation']
>>> country_of("Cambodian"), country_of("Viet Nam"), country_of("Lao PDR")
('KHM', 'VNM', 'LAO')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from progmap.text import FoldedText, NameScanner, fold_name, fold_text

#: What programmes do (the "what" of a 3W table), in display order.
ACTIVITIES: dict[str, list[str]] = {
    "awareness raising": [
        r"awareness", r"leaflets?", r"brochures?", r"posters?", r"campaigns?", r"advocacy", r"outreach",
        r"information dissemination", r"disseminat\w+ information", r"media (?:campaigns?|outreach)",
        r"communication (?:campaigns?|activities|materials)", r"IEC materials?", r"radio (?:programmes?|programs?|spots?|shows?)",
        r"public education", r"community education",
    ],
    "prevention": [r"prevention", r"prevent(?:ing)? (?:human )?trafficking", r"preventive", r"safe migration", r"at-risk"],
    "economic empowerment": [
        r"micro-?credit", r"micro-?finance", r"micro-?loans?", r"loans?", r"income[- ]generat\w+", r"livelihoods?",
        r"economic (?:development|empowerment|opportunit\w+)", r"(?:small |own )?businesses", r"vocational", r"job placements?",
        r"savings(?: groups)?", r"scholarships?", r"apprenticeships?",
    ],
    "capacity building": [
        r"capacity[- ]building", r"build(?:ing)? (?:the )?capacity", r"training", r"trained", r"trains?", r"workshops?",
        r"technical assistance", r"institutional (?:capacity|strengthening|development)", r"study tours?",
    ],
    "legal reform": [
        r"legal reform", r"law reform", r"legislation", r"legislative", r"(?:new|draft|anti-?trafficking) laws?",
        r"draft(?:ing|ed)? (?:a |the )?(?:new )?laws?", r"laws? (?:on|against)", r"decrees?", r"legal (?:framework|system|corridor)",
        r"protocols?", r"accession", r"ratif\w+",
    ],
    "law enforcement": [
        r"law[- ]enforcement", r"investigat\w*", r"prosecut\w*", r"police", r"border control", r"rescue[sd]?", r"rescuing",
        r"raids?", r"criminal justice", r"arrests?",
    ],
    "victim protection": [
        r"shelters?", r"protection", r"victim (?:support|assistance|services|care|identification)", r"counsell?ing",
        r"direct assistance", r"legal (?:aid|assistance|counsel\w*)", r"assistance to (?:trafficking |trafficked )?(?:victims|survivors)",
        r"(?:assist|help)(?:s|ed|ing)? (?:the )?(?:trafficking |trafficked )?(?:victims|survivors|VoT)", r"support(?:s|ing)? (?:of |for )?(?:the )?(?:victims|survivors|VoT)",
        r"hotlines?", r"helplines?", r"after-?care", r"psycho-?social", r"medical (?:care|assistance)",
        r"(?:transit|drop-in|reception|crisis) cent(?:re|er)s?",
    ],
    "repatriation and reintegration": [
        r"repatriat\w*", r"reintegrat\w*", r"returnees", r"return(?:ed|ing)? (?:victims|home|survivors)",
        r"follow(?:-| )?up", r"follow(?:s|ing)? (?:the )?(?:children|victims|girls|women)", r"family (?:tracing|reunification)",
        r"reunif\w+",
    ],
    "research and data": [
        r"research", r"data", r"surveys?", r"statistics", r"assessments?", r"study", r"studies", r"database", r"baseline",
        r"mapping",
    ],
    "coordination": [
        r"coordinat\w*", r"cooperation", r"cooperative mechanism", r"networks?", r"task forces?", r"working groups?",
        r"inter-?agency", r"memorand(?:um|a) of understanding", r"MOUs?", r"referral (?:mechanisms?|systems?|networks?)",
    ],
}

#: Why victims are moved (route purposes).
PURPOSES: dict[str, list[str]] = {
    "marriage": [r"marriages?", r"brides?", r"married", r"wives", r"husbands", r"matchmak\w+"],
    "labour": [
        r"labou?r", r"factor(?:y|ies)", r"(?:garment|sewing|textile) workshops?", r"construction", r"fishing", r"fisheries",
        r"domestic (?:work\w*|servitude|helpers?|service)", r"maids?", r"plantations?", r"sweatshops?", r"mines?", r"mining",
        r"farms?", r"agricultur\w+", r"(?<!sex )workers?", r"servitude", r"garments?", r"debt bondage", r"brick kilns?",
        r"nail (?:salons?|bars?)", r"cannabis", r"seafood", r"manufactur\w+", r"restaurants?",
    ],
    "sexual exploitation": [
        r"sex(?:ual)?(?: industry| work| workers?| trade| exploitation| trafficking| tourism)?", r"prostitut\w*", r"brothels?",
        r"karaoke", r"massage parlou?rs?", r"commercial sex", r"entertainment (?:venues?|establishments?)", r"cybersex",
    ],
    "adoption": [r"adoptions?", r"adopted"],
    "begging": [r"begging", r"beggars?", r"street selling", r"street vend\w*", r"sell(?:ing)? (?:flowers|lottery tickets)"],
    "other": [
        r"organ (?:removal|trade|trafficking|harvesting)", r"drug (?:trafficking|mules?|couriers?)", r"surrogacy",
        r"scam (?:centres?|centers?|compounds?|operations?)", r"online scams?", r"forced criminality",
    ],
}

#: Who is moved.
VICTIMS: dict[str, list[str]] = {
    # "Women's Union", "Children's Foundation" name bodies, not people moved.
    "women": [r"women(?![’']s)", r"woman", r"brides?", r"wives", r"female (?:workers|migrants|victims|adults)"],
    "girls": [r"girls?", r"daughters"],
    "children": [r"child(?:ren)?(?![’']s)", r"minors?", r"juveniles?", r"teenagers?", r"adolescents?"],
    "infants": [r"infants?", r"newborns?", r"babies", r"baby"],
    "boys": [r"boys?"],
    "men": [r"men", r"fishermen", r"male (?:workers|migrants|victims|adults)"],
}

#: Nationality words, singular and plural, for "Vietnamese victims" (an
#: origin), "Cambodians were trafficked" and "the Malaysian police".
DEMONYMS: dict[str, str] = {
    "Vietnamese": "VNM", "Cambodian": "KHM", "Cambodians": "KHM", "Khmer": "KHM", "Lao": "LAO", "Laotian": "LAO",
    "Laotians": "LAO", "Burmese": "MMR", "Myanmar": "MMR", "Thai": "THA", "Thais": "THA", "Chinese": "CHN",
    "Malaysian": "MYS", "Malaysians": "MYS", "Indonesian": "IDN", "Indonesians": "IDN", "Filipino": "PHL",
    "Filipinos": "PHL", "Filipina": "PHL", "Filipinas": "PHL", "Korean": "KOR", "Koreans": "KOR", "Japanese": "JPN",
    "Taiwanese": "TWN", "Singaporean": "SGP", "Singaporeans": "SGP", "Nepali": "NPL", "Nepalis": "NPL", "Nepalese": "NPL",
    "Bangladeshi": "BGD", "Bangladeshis": "BGD", "Indian": "IND", "Indians": "IND", "Pakistani": "PAK", "Pakistanis": "PAK",
    "Sri Lankan": "LKA", "Sri Lankans": "LKA", "Mongolian": "MNG", "Mongolians": "MNG", "Uzbek": "UZB", "Uzbeks": "UZB",
    "Russian": "RUS", "Russians": "RUS", "Ukrainian": "UKR", "Ukrainians": "UKR", "Moldovan": "MDA", "Moldovans": "MDA",
    "Romanian": "ROU", "Romanians": "ROU", "Bulgarian": "BGR", "Bulgarians": "BGR", "Albanian": "ALB", "Albanians": "ALB",
    "Nigerian": "NGA", "Nigerians": "NGA", "Ghanaian": "GHA", "Ghanaians": "GHA", "Ethiopian": "ETH", "Ethiopians": "ETH",
    "Kenyan": "KEN", "Kenyans": "KEN", "Ugandan": "UGA", "Ugandans": "UGA", "Mexican": "MEX", "Mexicans": "MEX",
    "Guatemalan": "GTM", "Guatemalans": "GTM", "Honduran": "HND", "Hondurans": "HND", "Salvadoran": "SLV",
    "Salvadorans": "SLV", "Venezuelan": "VEN", "Venezuelans": "VEN", "Colombian": "COL", "Colombians": "COL",
    "Brazilian": "BRA", "Brazilians": "BRA", "British": "GBR", "American": "USA", "Americans": "USA", "Australian": "AUS",
    "Australians": "AUS", "Canadian": "CAN", "Canadians": "CAN", "French": "FRA", "German": "DEU", "Germans": "DEU",
    "Dutch": "NLD", "Italian": "ITA", "Italians": "ITA", "Spanish": "ESP", "Polish": "POL", "Swedish": "SWE",
    "Norwegian": "NOR", "Danish": "DNK", "Swiss": "CHE", "Irish": "IRL", "Emirati": "ARE", "Emiratis": "ARE",
    "Saudi": "SAU", "Saudis": "SAU", "North Korean": "PRK", "North Koreans": "PRK", "South Korean": "KOR",
    "South Koreans": "KOR", "Hong Kong": "HKG",
}

#: Country names as texts write them, first the display name; ISO alpha-3 keys.
#: For qualifiers of organization names ("Vietnam's Ministry of Justice",
#: "Save the Children Denmark"), not for finding places (the gazetteer does that).
COUNTRY_NAMES: dict[str, list[str]] = {
    "VNM": ["Vietnam", "Viet Nam", "Socialist Republic of Vietnam", "SRV"],
    "KHM": ["Cambodia", "Kingdom of Cambodia", "Kampuchea"],
    "LAO": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "THA": ["Thailand", "Kingdom of Thailand"],
    "CHN": ["China", "PRC", "People's Republic of China", "Mainland China"],
    "MYS": ["Malaysia"], "MMR": ["Myanmar", "Burma"], "IDN": ["Indonesia"], "PHL": ["Philippines", "the Philippines"],
    "SGP": ["Singapore"], "TWN": ["Taiwan"], "KOR": ["Korea", "South Korea", "Republic of Korea", "ROK"],
    "PRK": ["North Korea", "DPRK"], "JPN": ["Japan"], "HKG": ["Hong Kong"], "MAC": ["Macau", "Macao"],
    "USA": ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "GB"], "AUS": ["Australia"], "CAN": ["Canada"],
    "NZL": ["New Zealand"], "SWE": ["Sweden"], "NOR": ["Norway"], "DNK": ["Denmark"], "FIN": ["Finland"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"], "DEU": ["Germany"], "FRA": ["France"], "CHE": ["Switzerland"],
    "BEL": ["Belgium"], "IRL": ["Ireland"], "ITA": ["Italy"], "ESP": ["Spain"], "LUX": ["Luxembourg"], "AUT": ["Austria"],
    "IND": ["India"], "NPL": ["Nepal"], "BGD": ["Bangladesh"], "LKA": ["Sri Lanka"], "PAK": ["Pakistan"],
    "RUS": ["Russia", "Russian Federation"], "ARE": ["United Arab Emirates", "UAE", "Emirates"], "SAU": ["Saudi Arabia"],
    "QAT": ["Qatar"], "MNG": ["Mongolia"], "BRN": ["Brunei"], "TLS": ["Timor-Leste", "East Timor"],
}


@cache
def _table(vocabulary: str) -> dict[str, list[str]]:
    try:
        return {"activities": ACTIVITIES, "purposes": PURPOSES, "victims": VICTIMS}[vocabulary]
    except KeyError:
        raise ValueError(f"unknown vocabulary {vocabulary!r}: activities, purposes or victims") from None


@cache
def trigger_pattern(vocabulary: str, term: str) -> re.Pattern:
    """One compiled pattern for a term's triggers (whole words, any case)."""
    return re.compile(r"\b(?:" + "|".join(_table(vocabulary)[term]) + r")\b", re.IGNORECASE)


@cache
def _any_trigger(vocabulary: str) -> re.Pattern:
    """All triggers of a vocabulary in one pattern, each term a named group."""
    groups = [f"(?P<t{i}>" + "|".join(triggers) + ")" for i, triggers in enumerate(_table(vocabulary).values())]
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)


def terms_in(text: str, vocabulary: str) -> list[str]:
    """The terms of a vocabulary that ``text`` triggers, in vocabulary order.

    One scan of the text whatever the vocabulary's size.

    Parameters
    ----------
    text : str
    vocabulary : {"activities", "purposes", "victims"}

    Examples
    --------
    >>> terms_in("trafficked for marriage, labor and adoption", "purposes")
    ['marriage', 'labour', 'adoption']
    """
    terms = list(_table(vocabulary))
    hit: set[int] = set()
    pattern = _any_trigger(vocabulary)
    position = 0
    # Overlapping triggers of different terms ("sex workers": sexual
    # exploitation, not labour) resolve to the first that matches; a scan
    # per term would count both, so look for each term's first hit.
    while True:
        found = pattern.search(text, position)
        if not found:
            break
        hit.add(int(found.lastgroup[1:]))
        position = found.end()
    return [terms[i] for i in sorted(hit)]


# "Lao Cai", "Thai Binh" and "Thai Nguyen" are Vietnamese provinces, not nationalities.
_NOT_DEMONYM_AFTER = r"(?![ \t]+(?:Cai|Binh|Nguyen|Chau)\b)"


@lru_cache(maxsize=1)
def demonym_pattern() -> re.Pattern:
    """Nationality words, longest first; group 1 is the word as written."""
    names = sorted(DEMONYMS, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b" + _NOT_DEMONYM_AFTER)


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    table = {name: code for name, code in DEMONYMS.items()}
    for code, names in COUNTRY_NAMES.items():
        for name in names:
            table.setdefault(name, code)
    return table


@lru_cache(maxsize=1)
def country_word_pattern() -> re.Pattern:
    """Country names and nationality words; group 1 is the word as written."""
    names = sorted(_country_lookup(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w])" + _NOT_DEMONYM_AFTER)


def country_of(word: str) -> str | None:
    """The ISO alpha-3 code a country name or nationality word stands for.

    >>> country_of("Burmese"), country_of("Kingdom of Thailand"), country_of("Atlantis")
    ('MMR', 'THA', None)
    """
    return _country_lookup().get(" ".join(word.split()))


def country_name(code: str) -> str:
    """The display name of a country code ('' when unknown)."""
    names = COUNTRY_NAMES.get(code)
    return names[0] if names else ""


@lru_cache(maxsize=1)
def _country_scanner() -> tuple[NameScanner, dict[str, list[tuple[str, str]]]]:
    names: dict[str, list[tuple[str, str]]] = {}
    for name, code in _country_lookup().items():
        names.setdefault(fold_name(name), []).append((name, code))
    return NameScanner(names), names


def country_words(text: str, folded: FoldedText | None = None) -> list[tuple[int, int, str, str]]:
    """Country names and nationality words in a text: (start, end, written, code).

    One automaton pass over the folded text; a name counts only as written
    in its own case ("US", not "us"), and "Lao Cai" or "Thai Binh" (Vietnamese
    provinces) are no nationality.

    >>> [(w, c) for _, _, w, c in country_words("Cambodian and Lao girls, not Lao Cai ones, went to the US.")]
    [('Cambodian', 'KHM'), ('Lao', 'LAO'), ('US', 'USA')]
    """
    scanner, names = _country_scanner()
    folded = folded or fold_text(text)
    out = []
    not_after = re.compile(_NOT_DEMONYM_AFTER)
    for start, stop, key in zip(*scanner.scan(folded)):
        written = text[start:stop]
        for name, code in names[key]:
            if written.replace(".", "") == name.replace(".", "") or (" " in name and written[:1].isupper() and fold_name(written) == key):
                if not_after.match(text, stop):
                    out.append((start, stop, written, code))
                break
    return out

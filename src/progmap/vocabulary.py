"""Controlled vocabularies and the phrases that signal them.

Activities (what a programme does), purposes (what victims are moved for),
victims (who is moved), and nationality adjectives. Each vocabulary maps a
term to regular-expression triggers matched case-insensitively on whole
words; extend them here, not in the extraction code.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: What programmes do (3W "what").
ACTIVITIES: dict[str, list[str]] = {
    "awareness raising": [r"awareness", r"leaflets?", r"campaigns?", r"advocacy", r"information dissemination", r"media (?:campaign|outreach)", r"communication"],
    "prevention": [r"prevention", r"prevent(?:ing)? trafficking", r"preventive", r"safe migration"],
    "economic empowerment": [r"micro-?credit", r"micro-?finance", r"loans?", r"small grants?", r"income generation", r"livelihoods?",
                             r"economic development", r"businesses", r"vocational", r"job placement", r"savings"],
    "capacity building": [r"capacity[- ]building", r"training", r"trains?", r"workshops?", r"technical assistance", r"institutional"],
    "legal reform": [r"legal reform", r"legislation", r"laws?", r"decree", r"legal framework", r"protocols?", r"accession", r"legal system"],
    "law enforcement": [r"law[- ]enforcement", r"investigat\w*", r"prosecut\w*", r"police", r"border control", r"rescue[sd]?"],
    "victim protection": [r"shelters?", r"protection", r"victim (?:support|assistance|services)", r"counsell?ing", r"direct assistance",
                          r"assistance to (?:trafficking )?victims", r"support(?:ing)? (?:of )?(?:victims|VoT)", r"hotline", r"care"],
    "repatriation and reintegration": [r"repatriat\w*", r"reintegrat\w*", r"returnees", r"return(?:ed)? (?:victims|home)", r"rescue and repatriation", r"follow (?:up )?children"],
    "research and data": [r"research", r"data", r"surveys?", r"statistics", r"assessments?", r"study", r"studies", r"database"],
    "coordination": [r"coordinat\w*", r"cooperation", r"cooperative mechanism", r"networks?", r"task force", r"working group", r"inter-?agency"],
}

#: Why victims are moved (route purposes).
PURPOSES: dict[str, list[str]] = {
    "marriage": [r"marriages?", r"brides?", r"married", r"wives", r"husbands"],
    "labour": [r"labou?r", r"factor(?:y|ies)", r"workshops?", r"construction", r"fishing", r"domestic work\w*", r"plantations?",
               r"sweatshops?", r"mines?", r"farms?", r"workers?", r"servitude", r"garment"],
    "sexual exploitation": [r"sex(?:ual)?(?: industry| work| trade| exploitation)?", r"prostitut\w*", r"brothels?", r"karaoke", r"massage parlou?rs?", r"commercial sex"],
    "adoption": [r"adoptions?", r"adopted"],
    "begging": [r"begging", r"beggars?", r"street selling", r"street vend\w*"],
    "other": [r"organ (?:removal|trade|trafficking)", r"drug (?:trafficking|mules?|couriers?)", r"surrogacy", r"scam (?:centres?|centers?|compounds?)"],
}

#: Who is moved.
VICTIMS: dict[str, list[str]] = {
    "women": [r"women", r"woman", r"brides?", r"wives"],
    "girls": [r"girls?", r"daughters"],
    "children": [r"child(?:ren)?", r"minors?", r"juveniles?", r"teenagers?"],
    "infants": [r"infants?", r"newborns?", r"babies", r"baby"],
    "boys": [r"boys?"],
    "men": [r"\bmen\b", r"fishermen", r"male workers"],
}

#: Nationality adjectives, for "Vietnamese victims" (origin) and "Malaysian court".
DEMONYMS: dict[str, str] = {
    "Vietnamese": "VNM", "Cambodian": "KHM", "Khmer": "KHM", "Lao": "LAO", "Laotian": "LAO", "Burmese": "MMR",
    "Myanmar": "MMR", "Thai": "THA", "Chinese": "CHN", "Malaysian": "MYS", "Indonesian": "IDN", "Filipino": "PHL",
    "Filipina": "PHL", "Korean": "KOR", "Japanese": "JPN", "Taiwanese": "TWN", "Singaporean": "SGP", "Nepali": "NPL",
    "Nepalese": "NPL", "Bangladeshi": "BGD", "Indian": "IND", "Pakistani": "PAK", "Sri Lankan": "LKA", "Mongolian": "MNG",
    "Uzbek": "UZB", "Russian": "RUS", "Ukrainian": "UKR", "Moldovan": "MDA", "Romanian": "ROU", "Bulgarian": "BGR",
    "Albanian": "ALB", "Nigerian": "NGA", "Ghanaian": "GHA", "Ethiopian": "ETH", "Kenyan": "KEN", "Ugandan": "UGA",
    "Mexican": "MEX", "Guatemalan": "GTM", "Honduran": "HND", "Salvadoran": "SLV", "Venezuelan": "VEN", "Colombian": "COL",
    "Brazilian": "BRA", "British": "GBR", "American": "USA", "Australian": "AUS", "Canadian": "CAN", "French": "FRA",
    "German": "DEU", "Dutch": "NLD", "Italian": "ITA", "Spanish": "ESP", "Polish": "POL", "Emirati": "ARE", "Saudi": "SAU",
}


@lru_cache(maxsize=None)
def trigger_pattern(vocabulary: str, term: str) -> re.Pattern:
    """One compiled pattern for a term's triggers."""
    table = {"activities": ACTIVITIES, "purposes": PURPOSES, "victims": VICTIMS}[vocabulary]
    return re.compile(r"\b(?:" + "|".join(table[term]) + r")\b", re.IGNORECASE)


def terms_in(text: str, vocabulary: str) -> list[str]:
    """The terms of a vocabulary that ``text`` triggers, in vocabulary order.

    >>> terms_in("trafficked for marriage, labor and adoption", "purposes")
    ['marriage', 'labour', 'adoption']
    """
    table = {"activities": ACTIVITIES, "purposes": PURPOSES, "victims": VICTIMS}[vocabulary]
    return [term for term in table if trigger_pattern(vocabulary, term).search(text)]


@lru_cache(maxsize=1)
def demonym_pattern() -> re.Pattern:
    names = sorted(DEMONYMS, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")

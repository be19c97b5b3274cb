"""Find programmes: who does what where, read as a frame with roles.

A programme statement is a sentence or a list item holding a cue of the
programme frame (the ``programme`` lexicon: verbs such as run, operate,
implement, hold, launch, establish, fund, support, provide, train,
assist; nouns such as project, shelter, hotline, campaign, plan of action,
MOU, counselling centre, training), and only those are read. The frame's
roles:

- **agent**: who runs it. The subject of a programme verb ("IOM runs a
  shelter"), skipping what stands between commas ("The Hope Foundation,
  using EU grant money, held a training course"); the object of "run by",
  "implemented by", "staffed by"...; the owner of a programme noun ("UNODC's
  project", "the IOM rehabilitation program", "a Thai government shelter",
  "a campaign the Center is carrying out"); for "awarded ... to Y", Y. A
  list item ("-- IOM: ...") is its opening organization's.
- **partners**: organizations after "in conjunction with", "together with",
  "works with", "a partnership between"..., and organizations a programme
  verb acts on ("support the Ministry of Justice"). They stay on the record:
  listed after the agents in ``organizations`` and again in ``partners``.
- **funders**: "funded by X", "X-funded", "with funding from X", "using X
  grant money", "X funding", the subject of fund, finance or award. The
  funder is not the implementer.
- **places**: the places of the statement, less those that are no operating
  area: a movement's end ("trafficked to China", "return to Vietnam",
  "bound for Japan"), the reporting officer's trip ("Poloff traveled to
  Battambang"), a base ("based in Bangkok", "the UN Inter-Agency Project in
  Bangkok": used only when nothing else is named), a dateline, a donor
  country ("Sweden funds ..."), a place inside the name of a law or an
  event. A place before a programme noun is its place ("its Chiang Mai
  shelter"). A country goes when a place inside it is named too. Where
  the work is to grow ("will expand to include Laos", "plans to open a
  second office in Eua" after work done) is a planned place,
  ``places_planned``, not part of its area.

Reported speech binds "we" and "they" to the speaker ("IOM told us they
run ..."). A discourse register per document resolves "the project",
"this halfway house", "the NGO", "the Center", "the Government", "its" and
"we" to what was named recently (on a page, "we" and a list item with no
subject are the page's organization); a programme noun that refers back
adds its statement's roles and places to the programme named before
("The program will initially focus on ..."). With no place of its own a
statement takes its programme's earlier places, then its agent's: the
place its name holds ("the Yunnan Provincial Women's Federation"), or the
country of a government or national body ("the Government of Laos").

"may", "will", "plans to", "agreed to" give ``status = planned``; a
negated verb ("declined to assist") or a programme that "does not exist"
gives no statement.

What: activities of :data:`progmap.actors.vocabulary.ACTIVITIES` in the
statement, a budget ("USD 3 million", "$1.2m"), identifiers
("FS/VIE/03/R21") and a status.

A document's statements with the same agents are one programme whose
evidence quotes every statement used, so every name a programme uses is in
its evidence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from progmap.actors.frames import columns as plain_columns
from progmap.actors.frames import empty_columns, frame, length
from progmap.actors.language import Cue, CueScanner, NameReader, adverbed_roles, full_stop_at, inflections, lexicon, name_reader
from progmap.actors.organizations import evidence_spans, whole_government
from progmap.actors.sheets import PLAIN_PARTNERS, Field as _Field, grant_lines, labelled_rows, project_table_rows, sheet_fields
from progmap.actors.vocabulary import country_of, country_word_pattern, terms_in
from progmap.schema import EVIDENCE_SEPARATOR, PROGRAMME_COLUMNS, item_id
from progmap.sources.documents import text_units
from progmap.text import fold_name, fold_text, gated_search

# --- lexicons ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cues() -> CueScanner:
    """Every cue the frame reads, in one automaton pass."""
    return CueScanner(["programme", "roles", "speech"])


@lru_cache(maxsize=1)
def _names() -> NameReader:
    return name_reader(("institution", "not_org"))  # the organization stage's reader, and the names it read


@lru_cache(maxsize=1)
def _reporters() -> frozenset[str]:
    return frozenset(fold_name(f) for row in lexicon("reporter") if row["role"] == "reporter" for f in inflections(row["lemma"], row["pos"]))


@lru_cache(maxsize=1)
def _trip_pattern() -> re.Pattern:
    """A reporter's trip before a place: "Poloff traveled to", "took us to", "a trip to"."""
    verbs = sorted({f for row in lexicon("reporter") if row["role"] == "trip" for f in inflections(row["lemma"], row["pos"])}, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b(?:\s+(?:us|them|me|him|her|officers?|staff))?"
        r"(?:\s+(?:to|in|at|into|through))?\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}(?:regions?|provinces?|areas?|districts?|villages?|towns?)\s+(?:of|in)\s+)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _place_cues() -> CueScanner:
    """The words before a place that say what it is to a programme, and the reporter's words."""
    return CueScanner(["place_roles", "reporter"])


# What may stand between a place-role word and the place it governs ("trafficked [women] to", "based in").
_GAPS = {
    # ("taken to bars in X", "sold into brothels in X": the place of the end the verb names)
    "flow": re.compile(
        r"(?:\s+(?:\d[\d,.]*|[\w’'-]+)){0,4}?\s+(?:to|into|from|toward|towards|for|through|via|across)\s+(?:the\s+)?"
        r"|(?:\s+(?:\d[\d,.]*|[\w’'-]+)){0,4}?\s+(?:to|into)\s+(?:a\s+|an\s+|the\s+)?[a-z][\w’'-]*\s+(?:[a-z][\w’'-]*\s+)?(?:in|at)\s+(?:the\s+)?"
        # ("the trafficking of girls from the south of the island to X": a movement's from-to, past its people)
        r"|(?:\s+[\w’'-]+){0,3}?\s+from\s+(?:[\w’'-]+\s+){1,5}?(?:to|into)\s+(?:the\s+)?"
        r"|\s+(?:the\s+)?",
        re.IGNORECASE,
    ),
    "from": re.compile(
        r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:provinces?|districts?|regions?|areas?|villages?|communities|communes?|countries)\s+(?:of|in|like|such\s+as)\s+)?",
        re.IGNORECASE,
    ),
    "base": re.compile(r"\s+(?:the\s+)?", re.IGNORECASE),
    # ("workers from Central and Eastern Europe": a compass word and "and" before the region named)
    "origin": re.compile(r"\s+(?:the\s+)?(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)(?:ern)?\s+and\s+)?", re.IGNORECASE),
    "back": re.compile(r"(?:\s+(?:\d[\d,.]*|[\w’'-]+)){0,4}?\s+from\s+(?:the\s+)?", re.IGNORECASE),
    # ("forced to work in the gold mines of northern Niger": the place of the workplace named)
    "exploit": re.compile(
        r"(?:\s+[\w’'-]+){0,3}?\s+(?:in|at)\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){1,3}?of\s+(?:the\s+)?)?"
        r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?",
        re.IGNORECASE,
    ),
    "trip": re.compile(
        r"(?:\s+(?:us|them|me|him|her|officers?|staff))?(?:\s+(?:to|in|at|into|through))?\s+(?:the\s+)?"
        r"(?:(?:[\w’'-]+\s+){0,2}(?:regions?|provinces?|areas?|districts?|villages?|towns?)\s+(?:of|in)\s+)?",
        re.IGNORECASE,
    ),
}


@lru_cache(maxsize=1)
def _place_role_patterns() -> dict[str, re.Pattern]:
    """For each role of the place_roles table, a pattern of text ending right before a place."""
    forms: dict[str, set[str]] = {}
    for row in lexicon("place_roles"):
        forms.setdefault(row["role"], set()).update(inflections(row["lemma"], row["pos"]))
    alternation = {role: "|".join(map(re.escape, sorted(words, key=len, reverse=True))) for role, words in forms.items()}
    return {
        # a movement verb, up to three words, then to/into/from/for: "trafficked to", "return home to"
        "flow": re.compile(
            rf"\b(?:{alternation['flow']})\b(?:\s+(?:\d[\d,.]*|[\w’'-]+)){{0,4}}?\s+(?:to|into|from|toward|towards|for|through|via|across)\s+(?:the\s+)?$"
            rf"|\b(?:{alternation['flow']})\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        # "from Malaysia", "from the northern border provinces of Lao Cai"
        "from": re.compile(
            rf"\b(?:{alternation['from']})\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:provinces?|districts?|regions?|areas?|villages?|communities|communes?|countries)\s+(?:of|in|like|such\s+as)\s+)?$",
            re.IGNORECASE,
        ),
        "base": re.compile(rf"\b(?:{alternation['base']})\s+(?:the\s+)?$", re.IGNORECASE),
        # "recruited for work in Malaysia", "sold in Thailand"
        # (not "trafficking and forced labour in Nepal": a kind of crime, the work's aim, no event)
        "exploit": re.compile(
            rf"\b(?:{alternation['exploit']})\b(?!\s+(?:labou?r|marriages?|begging|prostitution)\s+(?:in|at)\b)(?:\s+[\w’'-]+){{0,3}}?\s+(?:in|at)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "origin": re.compile(rf"\b(?:{alternation['origin']}|from)\s+(?:the\s+)?$", re.IGNORECASE),
    }


# --- small patterns ---------------------------------------------------------------

# A body said to be a kind of body: "Chab Dai is a coalition of", "Hope Street is a Nairobi-based NGO".
_SELF_DESCRIPTION = re.compile(
    r"(?:[ \t]+[A-Z][\w’'-]*)?(?:[ \t]*\([A-Z]+\))?[ \t]+(?:is|has\s+been)[ \t]+(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?"
    r"(?:coalition|organi[sz]ation|NGO|network|charity|foundation|alliance|association|non-?profit|movement|group|trust)\b",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _says_we(text: str) -> bool:
    """``_WE.search(text)``: tried only where one of its words is written (a search from every
    position of the text costs more than the reading it gates)."""
    for word in ("We", "we", "Our", "our", "Us", "us"):
        at = text.find(word)
        while at >= 0:
            if _WE.match(text, at):
                return True
            at = text.find(word, at + 1)
    return False
# After a place, a list of places going on: ", Mwanza and", " and Busia".
_LIST_GOES_ON = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)[A-Z]")

# Words between a place and the programme noun it modifies: no coordinator ("Libya and runs a shelter"), no
# preposition ("Oudomxay to visit USG-funded projects": the place is the trip's, the projects another phrase's).
_MODIFIERS_BETWEEN = re.compile(r"(?:[\s’'-]+|(?!(?:and|or|but|to|in|at|of|for|from|with|by|on|into)\b)\w+)*", re.IGNORECASE)

# A harm a programme fights, and where: "to reduce forced labour in X", "combating child labour in X".
_COMBATED = re.compile(
    r"(?:\b(?:reduc|combat|prevent|end|eliminat|address|fight|tackl|eradicat|counter|stop|curb)\w*\s+(?:\w+\s+){0,2}?"
    r"|\b(?:protect\w*\s+(?:[\w-]+\s+){0,4}?from|against)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:forced|child|bonded)\s+labou?r\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Between a subject and its verb: "IOM also works with", "UNICEF has partnered with".
_SUBJECT_GAP = re.compile(r"\s+(?:(?:\w+ly|also|now|still|has|have|had|will)\s+)*")
# "According to IOM, 120 fishermen were rescued": a source of what is told, not who did it.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
# "I direct the X Coalition", "I am the director of X", "we at X": the organization a speaker's "we" is.
_SELF_INTRODUCTION = re.compile(
    r"\b(?:I\s+(?:direct|lead|head|run|chair|manage|represent|founded|co-founded|coordinate|work\s+(?:for|at|with))"
    r"|I\s+am\s+(?:the\s+)?(?:(?:executive|programme|program|country|regional|national)\s+)?"
    r"(?:director|head|founder|co-founder|president|chair|chairwoman|chairman|coordinator|manager|CEO)\s+(?:of|at)"
    r"|I\s+am\s+with|[Ww]e\s+at)\s+(?:the\s+)?$"
)
# A new speaker's turn in a transcript ("Mr. GARCIA. Thank you ..."): the last speaker's "we" ends there.
_SPEAKER_TURN = re.compile(
    r"^[ \t]*(?:(?:(?:Mr|Ms|Mrs|Dr|Senator|Chairman|Chairwoman|Representative)\.?[ \t]+)?[A-Z][A-Z'-]+[.:][ \t]"
    # "Ms. Jane Roe (Hope House): ", "The Chair (Mr. John Doe (Leeds, Lab.)): "
    r"|(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|The[ \t]+Chair(?:man|woman|person)?)"
    r"[ \t]*(?:\((?:[^()\n]|\([^()\n]*\)){1,160}\))?[ \t]*:[ \t])",
    re.MULTILINE,
)
#: A speaker label's opening before a body named in its brackets, and its closing after:
#: "Ms. Jane Roe (Executive Director, " ... "): ".
_LABEL_BEFORE = re.compile(r"^[ \t]*(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*\([^()\n]{0,80}$", re.MULTILINE)
_LABEL_AFTER = re.compile(r"[^()\n]{0,40}\)[ \t]*:[ \t]")
_OUR_PARTNER = re.compile(r"\b[Oo]ur\s+(?:local\s+|long-standing\s+|implementing\s+)?partners?\s+(?:organi[sz]ations?\s+|NGOs?\s+)?(?:the\s+)?$")
# After a movement's end, a later "to X" in the same clause is another end of it.
_FLOW_GOES_ON = re.compile(r"[^.;:()]{0,60}?\b(?:to|into)\s+(?:the\s+)?")

# A clause opening on a time before its subject ("In 2019 the Centre sheltered ..."): no preposition governs the subject.
_TIME_OPENING = re.compile(
    r"\s*(?:in|during|since|by|until|from|throughout)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:(?:FY|fiscal\s+year|financial\s+year|Q[1-4])?\s?\d{4}(?:[/–-]\d{2,4})?|FY\s?\d{2}|the\s+\d{4}s|the\s+(?:past|last|first)\s+(?:year|month|quarter|decade))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    # (not the "in" of "drop-in", the "on" of "add-on": a modifier's word)
    r"(?<![\w-])(?:with|by|to|for|from|of|between|among|amongst|including|through|at|on|via|alongside|against|about|into|toward|towards|"
    r"like|than|under|over|without|within|across|as|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'/.-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "Vice Chairman of the Dong Thap People's Committee": the person's employer, not a doer.
_AFFILIATION_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:Executive\s+|Deputy\s+|Vice\s+|Country\s+|Regional\s+|Program\s+|Programme\s+)?(?:Director|Chairman|Chairwoman|Chair|"
    r"Head|Minister|Representative|Official|Officer|Spokes(?:man|woman|person)|President|Secretary|Coordinator|Manager|Chief|"
    r"Colonel|General|Mayor|Governor|staff|officials?|officers?|representatives?|members?|workers?)\b"
)
_FUNDED_AFTER = re.compile(r"^(?:-|\s)(?:funded|financed|sponsored)\b|^-(?:supported|backed)\b|^\s+(?:funding|grants?|grant money|money|financing)\b", re.IGNORECASE)
# "with AAT support", "using EU assistance": a supporter, who pays or helps
_SUPPORT_AFTER = re.compile(r"^\s+(?:support|assistance|backing)\b", re.IGNORECASE)
_SUPPORT_BEFORE = re.compile(r"\b(?:with|using|through|receive[sd]?|receiving|from)\s+(?:the\s+)?@?$", re.IGNORECASE)  # ("With @USAID support")
_AGENT_AFTER = re.compile(r"^-(?:led|run|operated|managed)\b", re.IGNORECASE)
_EXPENSE = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
_EXPENSE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:expense|cost)\b", re.IGNORECASE)
_GROUP_GLUE = re.compile(
    r"^[ \t]*(?:\([A-Z][\w .’'-]{0,60}\))?[\s,()]*(?:(?:and|or|&|as well as)\s+)?(?:the\s+)?(?:(?:local\s+|international\s+)?(?:NGOs?|charity|foundation)\s+)?$|^[’']s\s+$",
    re.IGNORECASE,
)  # ("IOM and the NGO Centro de Formación": a classifier before a conjunct; "Atina (Belgrade), Open Gate (Skopje)": their towns)
_NEGATED = re.compile(
    r"(?=[ndrfu])\b(?:not|never|no\s+longer|declined\s+to|refused\s+to|failed\s+to|unable\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
# Patterns searched in every sentence open with a lookahead of their first
# letters ("(?=[dn])"): a leading \b hides them from the regex engine's
# prefix scan. The same matches, about twice as fast.
_DOES_NOT_EXIST = re.compile(r"(?=[dn])(?:\b(?:does|do|did)\s+not\s+exist\b|\bno\s+such\b|\bnever\s+(?:opened|existed)\b)", re.IGNORECASE)
#: Words every match of _DOES_NOT_EXIST holds (see progmap.text.gated_search).
_DOES_NOT_EXIST_WORDS = ("exist", "such", "never")
# "the need for more shelters", "a lack of projects": what is wanted, not what runs.
_WANTED = re.compile(
    r"(?=[nlsacdift])\b(?:(?:need|needs|needed|lack|lacks|lacking|shortage|absence|demand|demands|insufficient|few|no|"
    r"negotiations?|negotiating|talks|draft|drafting)"
    r"\s+(?:(?:of|for)\s+)?"
    # (a call is for what is wanted: "calls for more shelters"; "victims call the helpline" use it)
    r"|(?:call|calls|called)\s+for\s+)(?:(?:more|new|additional|any|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Between a verb and its direct object: "support the Ministry of Justice", "trains local Women's Union staff"
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|local|provincial|national|district)\s+){0,2}", re.IGNORECASE)
#: A determiner and one or two modifiers before a noun: "our remediation ", "its local implementing ".
_MODIFIED_BEFORE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}$")
_DETERMINER_BEFORE = re.compile(r"(?=[toihay])\b(?:the|our|its|their|his|her|a|an|this|these|those|your)\s+$", re.IGNORECASE)
_PEOPLE_OF = re.compile(
    r"\b(?:(?:members?|officers?|officials?|staff|volunteers?|workers?|representatives?)(?:\s+and\s+|\s*,\s*)?)+\s+(?:of|from)\s+", re.IGNORECASE
)
_VERBAL_PARTNER = re.compile(r"(?:works?|worked|working|cooperat\w+|collaborat\w+|partner\w*|joins?|joined)\b", re.IGNORECASE)
# A verb of working before a partner phrase: "working " of "working together with".
_VERBAL_BEFORE = re.compile(r"\b(?:works?|worked|working)\s+$", re.IGNORECASE)
# Between a body and a participle in apposition after it: ", " of "the Unit, working together with".
_APPOSED_GAP = re.compile(r"\s*,\s*")
# The people of one case: "the six victims", "the remaining four women", "all six", "57 Burmese citizens"
_CASE = re.compile(
    r"(?=[tTAa])\b(?:(?:the|these|those)\s+(?:remaining\s+|other\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    r"[Aa]ll\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"\bthe\s+(?:victim|baby|girl|boy|woman|suspects?|defendants?)\b|\bthe\s+victims\b(?!\s+(?:of|who|in)\b|['’])|"
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:criminal\s+)?(?:case|investigation|prosecution|raid)\b)"
)
_ACRONYM_PARENS = re.compile(r"\(\s*[A-Z]{2,6}s?\s*\)")
_NOUN_DEFINITION = re.compile(r"\b([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,4})\s*\(\s*([A-Z]{2,6})s?\s*\)")
# Words between a subject and a verb that is not its own: "have input into how local projects are run"
#: A relative clause opening right after a name: "IOM, which", "(IOM), who".
_RELATIVE_AFTER = re.compile(r"\)?[ \t]*,[ \t]*(?:which|who)\b")
#: A relative clause after a name, past its country ("Hagar Cambodia, which runs"): the name's verb follows.
_RELATIVE_GAP = re.compile(r"\s*(?:[A-Z][\w’'-]*\s*)?,?\s*(?:which|who|that)\b")
_SUBORDINATE = re.compile(r"\b(?:how|whether|why|what|where|when|if|that|which|who)\b", re.IGNORECASE)
#: A first-person subject: "we", "We also".
_WE_SUBJECT = re.compile(r"\b[Ww]e\b")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# A quotation in the clause: its "we" is the speaker's, and the speaker need not run what it names.
_SPEAKER_QUOTES = re.compile(r"[\"“”]")
_NOUN_BEFORE = re.compile(r"(?=[toiamnp])\b(?:the|our|its|their|a|an|this|member|news|press|annual)\s+$", re.IGNORECASE)
# (past the new subject's kind: ", and the German organisation Wadi runs ...")
_NEW_SUBJECT = re.compile(
    r"[,;]\s*(?:and|while|whereas|but)\s+(?:the\s+)?(?-i:[A-Z][\w-]*\s+(?:NGO|organi[sz]ation|charity|foundation|association|group)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"(?=[;,w])(?:;|,\s*(?:while|whereas|although|though|but)\b|\bwhile\b)", re.IGNORECASE)
# "BANGKOK -- Today ...", "DAKAR, 12 March 2024 -- ...": a dateline
# "BANGKOK --", "Brussels, 3 May 2021 - ", "BAMAKO, March 3 (Reuters) - ": where a story was filed
_DATELINE_AFTER = re.compile(r"^(?:,[^\n,]{1,30}){0,2}\s*(?:\([^)\n]{1,20}\)\s*)?(?:--|—|–|-\s)")
#: A compass word before a country, making it a part of the country: "northern ", "the south-east of ".
_COMPASS_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western|central"
    r"|the\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|centre|center)\s+of)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
#: After a modal, a verb that goes on with work done: " continue to", " also continue".
_CONTINUES = re.compile(r"(?:\s+(?:also|still|\w+ly))?\s+(?:continue|keep)\b", re.IGNORECASE)
#: Between a subject and its verb: a bracket, modals, adverbs ("(DOI) will ", " is to ", " also ").
_OWN_VERB_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?\s+(?:(?:\w+ly|also|will|shall|would|has|have|is[ \t]+to|are[ \t]+to|plans[ \t]+to|intends[ \t]+to)\s+)*"
)
#: A role's "by" said again before another runner, past the places of the one before: " and by the Georgian NGO ".
_BY_AGAIN_BEFORE = re.compile(
    r"(?:,|\band)[ \t]+(?:also[ \t]+)?by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?:(?:NGOs?|foundation|charity|organi[sz]ation|association)[ \t]+)?$"
)
#: After a branch's country: a lower-case word, a comma or a stop ("ECPAT France with", "Caritas Armenia, ").
_BRANCH_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|[ \t][a-z])")
#: A clause's opening on an indefinite noun phrase, up to its head: "A community awareness ", "An ".
_INDEFINITE_OPENING = re.compile(r"\s*(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}")
#: Between a subject's head and its verb: a bracket, an apposition, or a reduced relative naming who
#: runs or pays ("run by the Red Cross ", ", funded by X, ").
_REDUCED_PREDICATE = re.compile(
    r"(?:\s*\([^()]{0,80}\))?(?:\s*,[^.;]{1,240},|\s+(?:\w+ed|run|led|set\s+up|built|paid\s+for)\s+(?:jointly\s+)?by\s+[^,.;()]{1,100}?)?\s+"
)
#: A relative pronoun right before a subject: "a pilot that ", "the shelter which ".
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:that|which|whom)\s+(?:the\s+)?$")
#: The head of a payer's name before "for" or "of" a place: "Trust Fund for ", "Development Bank of the ".
_PAYERS_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*[ \t]+(?:Fund|Facility|Bank|Trust|Foundation)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$")
#: A future passive right before a runner's phrase: "will be implemented (by)", "is to be run (by)", "shall be jointly managed (by)".
_FUTURE_PASSIVE = re.compile(r"\b(?:will|shall|is[ \t]+to|are[ \t]+to)[ \t]+be[ \t]+(?:(?:\w+ly|also|then)[ \t]+)?$", re.IGNORECASE)
#: A dateline in capitals that a colon ends, as many papers write it: "LAHORE: ", "NAIROBI, March 3: ".
_DATELINE_COLON = re.compile(r"(?:,[^\n,:]{1,30}){0,2}:[ \t]")
_RELEASED_IN = re.compile(r"\b(?:released|issued|dated|datelined)\s+(?:in|at)\s+$", re.IGNORECASE)
_DONOR_AFTER = re.compile(
    r"[\s)]*(?:\([^)]{1,40}\)\s*)?(?:also\s+)?(?:funds|funded|finances|financed|sponsors|sponsored|donates|donated|"
    r"provides\s+(?:the\s+)?funding|provided\s+(?:the\s+)?funding|contributes|contributed)\b",
    re.IGNORECASE,
)
_ACTING_AFTER = re.compile(r"(?:[’']s)?\s+(?:Government|government|Governments|governments|authorities|Authorities|officials)\b")
#: A person's body: "her organisation", "his NGO".
_PERSONS_BODY = re.compile(r"(?=[hH])\b(?:his|her)\s+(?:own\s+)?(?:organi[sz]ation|NGO|charity|foundation|group|agency|team)\b", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"(?=[oti])\b(our|its|their)\s", re.IGNORECASE)
_HOME = re.compile(r"(?=[rbth])\b(?:return(?:ed|ing)?\s+home|back\s+home|their\s+homes?|home\s+(?:provinces?|communities|villages?))\b", re.IGNORECASE)
_BUDGET = re.compile(
    r"(?=[$€£¥uegacvsnj\d])(?:(?:USD|US\$|\$|EUR|€|£|GBP|AUD|A\$|CAD|VND|SEK|NOK|JPY|¥)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?"
    r"|\b\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:dollars|USD|euros?|EUR|pounds|GBP|AUD)\b)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"(?=[A-Z])(?:\b[A-Z]{2,}(?:[/-][A-Z0-9]{2,}){2,}\b|\b[A-Z]{2,}/\d{2,}/[A-Z0-9/]+\b)")
_DIGIT = re.compile(r"\d")


def _budgets(text: str, start: int, end: int) -> list[str]:
    """The sums ``text[start:end]`` states (:data:`_BUDGET`: "USD 2.5 million"), each once, in order.

    Every sum holds a digit, and most statements hold none: they are not scanned.

    >>> _budgets("A USD 2.5 million grant, then $300,000 and 2.5 million  dollars.", 0, 64)
    ['USD 2.5 million', '$300,000', '2.5 million dollars']
    >>> _budgets("No sum here.", 0, 12)
    []
    """
    if _DIGIT.search(text, start, end) is None:
        return []
    return list(dict.fromkeys(" ".join(m.group().split()) for m in _BUDGET.finditer(text, start, end)))


def _identifiers(text: str, start: int, end: int) -> list[str]:
    """The project codes ``text[start:end]`` names (:data:`_IDENTIFIER`: "ILO/VIE/12/01/USA"), each once, in order.

    Every code holds a slash or a hyphen: a statement without either is not scanned.

    >>> _identifiers("Project ILO/VIE/12/01/USA and INL-TIP-2020, not UN or ILO.", 0, 59)
    ['ILO/VIE/12/01/USA', 'INL-TIP-2020']
    """
    if text.find("/", start, end) < 0 and text.find("-", start, end) < 0:
        return []
    return list(dict.fromkeys(_IDENTIFIER.findall(text, start, end)))


@lru_cache(maxsize=1)
def _modality() -> tuple[dict[str, re.Pattern], dict[str, str]]:
    """The modality table's patterns by role, and the status each state word gives.

    Roles: ``irrealis`` (work asked for or supposed: no programme),
    ``thanks`` (people thanked for their help: no programme),
    ``recommended`` and ``planned`` (read just before a programme's verb or
    noun) and ``state`` (a word anywhere in the sentence); see
    ``lexicon/modality.csv``.
    """
    forms: dict[str, set[str]] = {}
    states: dict[str, str] = {}
    for row in lexicon("modality"):
        for form in inflections(row["lemma"], row["pos"]):
            forms.setdefault(row["role"], set()).add(form.lower())
            if row["role"] in ("state", "cell"):
                states[form.lower()] = row["status"]  # (a cell's words are looked up in a value, never searched for)

    def alternatives(role: str) -> str:
        # Longest first, so that a match is the whole phrase ("under way", not "under").
        ordered = sorted(forms.get(role, ()), key=lambda form: (-len(form), form))
        return "|".join(r"\s+".join(map(re.escape, form.split())) for form in ordered)

    def opening(role: str) -> str:
        # A first-letter lookahead, as the module's hand-written patterns have (see test_pattern_prefixes).
        return "(?=[" + "".join(sorted({form[0] for form in forms.get(role, ())})) + "])"

    patterns = {
        "irrealis": re.compile(rf"{opening('irrealis')}\b(?:{alternatives('irrealis')})\b", re.IGNORECASE),
        "thanks": re.compile(rf"{opening('thanks')}\b(?:{alternatives('thanks')})\b", re.IGNORECASE),
        "recommended": re.compile(rf"\b(?:{alternatives('recommended')})\s+(?!be\b)", re.IGNORECASE),
        "planned": re.compile(rf"\b(?:{alternatives('planned')})\b", re.IGNORECASE),
        "state": re.compile(rf"{opening('state')}\b({alternatives('state')})\b", re.IGNORECASE),
    }
    return patterns, states


@lru_cache(maxsize=None)
def _modal_words(role: str) -> tuple[str, ...]:
    """The first words of a modality role's forms, one of which each match of its pattern holds
    (see progmap.text.gated_search)."""
    words = {form.lower().split()[0] for row in lexicon("modality") if row["role"] == role for form in inflections(row["lemma"], row["pos"])}
    return tuple(sorted(words)) if all(word.isascii() for word in words) else ()


def _opens_noun(text: str, noun_starts: list[int], at: int, touching: bool) -> bool:
    """Whether a programme noun starts at most 40 characters after ``at`` (or right at it, when
    ``touching``) with only modifiers between: "its [Commonwealth Action] Plan". ``noun_starts``
    sorted; only the nouns in reach are looked at."""
    low = bisect.bisect_left(noun_starts, at) if touching else bisect.bisect_right(noun_starts, at)
    high = bisect.bisect_right(noun_starts, at + 40)
    return any(_MODIFIERS_ONLY.fullmatch(text[at:n_start]) for n_start in noun_starts[low:high])


#: A programme's stage after a possessive: "its second phase".
_PHASE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}phases?\b", re.IGNORECASE)
#: A labelled line of a fact sheet: a short capitalized label and a colon ("Project code: ...").
_LABEL_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?[A-Z][\w &/'’()-]{0,40}:[ \t]+\S")
#: A capitalized word after a capitalized cue: the pair is a title's words ("Grant Agreement").
_TITLE_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
#: What follows a programme noun that labels its line: a colon, maybe after a word ("Project title:").
_LABEL_NOUN = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*:")
#: A short heading line over a sentence: a whole line of up to five words and no stop, then a line that
#: opens with a capital; its last word is none that goes on (_GOES_ON: "of", "and", "the").
_HEADING_LINE = re.compile(r"[ \t]*([A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4})[ \t]*\n[ \t]*(?=[A-Z])")
#: A section's number before its heading, on the heading's line: "2. ", "3.1 ", "IV. ", "Section 5. ".
_SECTION_NUMBER = re.compile(
    r"[ \t]*(?:(?:Section|Part|Chapter|Annex)[ \t]+(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]+"
)
_GOES_ON = frozenset({"of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with", "from", "its", "their", "his", "her"})
#: A bracket opening between a country and its agency's letters: "Germany (GFFO)".
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
#: Between two bodies of a list, a country before the next one's bracket: ", Germany (" of "Italy, Germany (GFFO)".
_COUNTRY_BEFORE_BRACKET = re.compile(r"[ \t]*\)?[ \t]*,?[ \t]*(?:(?:and|or|&)[ \t]+)?(?:the[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]*\([ \t]*")
#: A sentence's stop in a line: a full stop, question or exclamation mark at its end or before a space.
_STOP_IN_LINE = re.compile(r"[.!?](?:\s|$)")
#: The stop after a name in a sheet's value, before what the body does: ". " of "Rights Jessore. Repatriation ...".
_NAME_STOP = re.compile(r"\.[ \t]+(?=[A-Z])")
#: A first-person subject right after a fronted partner, maybe after the rest of its name: " Belgique we ".
_WE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+(?:we|our)\b")
#: A record's heading in a list of labelled records: a word or two and a number ("Record 2", "Grant no. 14").
_RECORD_HEADING = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+\.?)?[ \t]+(?:#[ \t]?)?\d{1,4}[ \t]*")
#: Between a list's end and its verb: "and the Asia Foundation launched", "and IOM jointly run".
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|have\s+|has\s+|will\s+)?")
#: A comma alone between two items of a list: "Norway, Maiti Nepal".
_COMMA_ONLY = re.compile(r"\s*,\s*(?:the\s+)?")
# Words that refer back to an organization or a programme named before.
_ANAPHOR = re.compile(
    r"(?=[toiw])\b(?:(?P<determiner>the|this|that|these|our|its|their)\s+"
    # a word before the noun, unless the noun is a verb there: "the foundation plans to open", "the NGO funds a shelter"
    r"(?:[\w-]+\s+(?!(?:plan|fund|campaign|partner|group|trust|house|shelter|service)s\s+(?:to|a|an|the|its|their|our|new|two|three)\b))?"
    r"(?P<noun>foundation|organi[sz]ation|NGO|agency|charity|network|alliance|coalition|"
    r"union|group|partner|center|centre|government|grantee|project|programme|program|campaign|initiative|shelter|hotline|"
    r"halfway\s+house|house|component|plan|BLO|office|ministry|department|secretariat|commission|committee|council|"
    r"association|institute|federation|society|trust|fund|authority|unit|service|clinic|movement|bureau|directorate|"
    r"mission|embassy|consulate|task\s+force|taskforce|county|municipality|consortium|partnership)s?"
    r"|(?P<pronoun>we|our|its|it|they|their))\b",
    re.IGNORECASE,
)
#: A title line's article: "The Freedom Fund".
_LEADING_THE_LINE = re.compile(r"^\s*(?:The|the)?\s*")
#: Between a subject and the programme noun it sends people to: "refer victims to the ", "have referred 37 women to this ".
_REFERS_TO = re.compile(
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t,]+(?:\w+[ \t]+){0,2}?(?:refer|refers|referred|referring|send|sends|sent)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?to[ \t]+(?:the|this|that|its|their)[ \t]+"
    # ("The Ministry of Labour is a partner of the project": it works with the project's runner)
    r"|(?:[ \t]*\([^()\n]{1,60}\))?,?[ \t]+(?:is|was|are|were|has[ \t]+been|have[ \t]+been|will[ \t]+be)[ \t]+(?:also[ \t]+)?"
    r"(?:an?|the|one[ \t]+of[ \t]+the)[ \t]+(?:[\w-]+[ \t]+)?partners?[ \t]+(?:of|in|to|on)[ \t]+(?:the|this|that|its|their)[ \t]+"
)
#: Between a runner a role names and the body that works beside it: "implemented by ICMPD with ".
_WITH_BETWEEN = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]+[A-Z][\w’'-]*)?[ \t]*,?[ \t]+with[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?:(?:NGOs?|foundation|charity|organi[sz]ation)[ \t]+)?")
#: The glue to the next body of a list, past its kind: " and the Polish foundation ".
_AND_KIND_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:and|&)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?:(?:NGOs?|foundation|charity|organi[sz]ation)[ \t]+)?")
#: A clause opening on its partners: "With ", "- With Rights Jessore and the Indian NGO ".
_WITH_OPENING = re.compile(r"\s*(?:[-*•][ \t]*)?With[ \t]+[^,.;:\n]{0,60}?")
_COMMA_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}){0,2}[ \t]*,[ \t]+(?:we|our|the[ \t]+[A-Z]|[A-Z])")  # (", in New Delhi": where the partner sits)
#: Programme nouns that head names as often: in capitals they are a name's ("escorted them to the Center"),
#: in lower case the work ("runs two centres in Banke").
_NAME_HEAD_NOUNS = frozenset({"centre", "center"})
#: A list item's line: "- ", "* ", "• ", "1. ".
_ITEM_LINE = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
#: A page speaking for itself: "our grants", "we awarded".
_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur|[Ww]e)\b")
#: Words of a line that opens a grant list: "The Freedom Fund awarded the following grants:".
_GRANT_WORDS = re.compile(r"\b(?:grants?|grantees?|awarded|awards|funded|funding)\b", re.IGNORECASE)
#: A body's people after "its", "our", "their": "its staff", "our social workers", "their volunteers".
_MEMBERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:staff|team|teams|volunteers|workers|officers|experts|trainers|lawyers|counsell?ors|field\s+officers)\b",
    re.IGNORECASE,
)
#: Words between a possessive and the programme noun it owns: modifiers ("our counselling centre"),
#: not a noun with a preposition after it ("their access to shelters" is the survivors' access).
_MODIFIERS_ONLY = re.compile(r"(?:\s*(?!(?:to|of|for|in|at|on|by|with|from|into|and|or)\b)[\w’'-]+)*\s*", re.IGNORECASE)
#: A sentence that lists partners: "Partners include ...", "Its implementing partners are ...", "Partners:".
_PARTNERS_LISTED = re.compile(
    r"\s*(?:(?:the|its|our|their|other|key|local|main|implementing)\s+)*partners?\s+(?:include[sd]?|are|were|will\s+be)\b|\s*partners?\s*:",
    re.IGNORECASE,
)
_OUR = re.compile(r"\b[Oo]ur\s+")
#: Between "a grant" and its grantee: "a grant of NOK 18 million to the", "a grant to".
_GRANTEE_GAP = re.compile(
    r"(?:\s+of\s+[^,;:()]{1,40}?)?\s+(?:(?:went|goes|go|will\s+go|(?:is|was|are|were|will\s+be)\s+(?:given|made|allocated|granted|transferred|disbursed))\s+)?"
    r"to\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)?(?:NGOs?|foundation|charity|organi[sz]ation|association)\s+)?"  # ("went to the Benin NGO ESAM")
)
#: A place of help's proper name after a verb: "the Ginddi Centre", "Casa Esperanza Shelter" (group 2 its head).
_FACILITY_NAME = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){1,4})([A-Z][a-z]+)\b")
#: One more of a kind told before: "a second centre", "another shelter", "a further two hotlines".
_ANOTHER_BEFORE = re.compile(r"\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|further|additional)|another)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ANOTHER_NOUN = re.compile(r"\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|further|additional)|another)\s+([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)
#: An agent's phrase of running a place or a service: "Run by", "operated by".
_RUN_BY = re.compile(r"(?:run|operated|managed|administered|staffed)\s+by\b", re.IGNORECASE)
#: A clause about all of a body's work: "Our programmes are ...", "All three projects", "These activities".
_ALL_WORKS = re.compile(
    r"\s*(?:(?:all|both)\s+(?:(?:of\s+)?(?:our|its|their|these|the|three|two|four)\s+)*|(?:our|its|their|these)\s+)"
    r"(?:[\w-]+\s+)?(?:programmes|programs|projects|activities|services|shelters|works?)\b",
    re.IGNORECASE,
)
#: Verbs that open new work: "was opened", "launched", "set up".
_OPENING_VERBS = frozenset({"open", "launch", "establish", "set up", "start", "begin", "build", "inaugurate", "create", "found"})
#: A verb's "that" clause: "found that", "established that" report a finding.
_THAT_AFTER = re.compile(r"\s+that\b")
#: A clause that opens by pointing back at work just told: "This work is funded by ...", "This was made possible by ...".
#: A clause that opens on a body's own work: "Its work is funded by ...", "Their activities are ...".
_OWNED_WORK = re.compile(r"\s*(?:its|their)\s+(?:[\w-]+\s+)?(?:work|activities|activity|efforts?|services?)\b", re.IGNORECASE)
#: A clause opening on new work, its subject: "The second project", "The third, a ... initiative", "A new shelter"
#: (not "The shelter, funded by X, will house 60 women": work told before, whose future is no plan).
_SUBJECT_NOUN = re.compile(
    r"\s*(?:The|A|An)\s+(?:first|second|third|fourth|fifth|sixth|new|next|last|final)\b(?:\s+[\w-]+){0,2}?(?=\s*(?:,|\(|\s(?:will|would|is|are|shall)\b))"
)
#: Where a subject's predicate starts: past an apposition between commas or brackets.
_PREDICATE = re.compile(r"(?:\s*\([^()]{0,80}\))?(?:\s*,[^.;]{1,240},)?\s+")
#: Between a funder and the body its support is for: " for the " ("the support of X for the Ministry"),
#: maybe past the funder's country or seat ("the Embassy of Switzerland for the Ministry") and before
#: the body's level or place ("for the Provincial Women's Union").
#: A possessive pronoun before a programme noun, past two modifiers: "Its helpline", "their new shelter".
_OWNED_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
_FOR_BODY_BETWEEN = re.compile(r"(?:[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})?[ \t]+for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,2}")
#: A start still to come: a future modal right before a verb of starting ("will start in October",
#: "is due to open", "is to be launched"); a "new" work of such a sentence is planned.
_FUTURE_START = re.compile(
    r"\b(?:will|shall|is\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to|are\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+(?:only\s+|not\s+)?"
    r"(?:start|begin|commence|open|launch|be\s+(?:launched|opened|started))\b",
    re.IGNORECASE,
)
#: A word after a state word that makes the state word qualify it ("new callers"), unless
#: it opens a phrase of time or place ("launched in 2019", "completed last year").
_ATTRIBUTIVE_NEXT = re.compile(
    r"[ \t]+(?!(?:in|on|at|by|for|since|from|with|and|or|to|until|last|this|after|before|earlier|recently|under|as|"
    r"during|early|late|successfully|already|now|so|yet|but|because|when|while|following|through)\b)[a-z][\w-]*"
)
_WORK_BEFORE = re.compile(
    r"\s*(?:(?:this|these|that|those|such|the|all|its|their)\s+(?:[\w-]+\s+)?(?:work|activities|activity|efforts?|components?|services?|courses?|trainings?"
    r"|buildings?|premises|facilit(?:y|ies))\b"  # ("The building was renovated with money from X": the place of help just told)
    r"|(?:this|these|it)\s+(?:is|are|was|were|has|have|had|will)\b)",
    re.IGNORECASE,
)
#: Verbs that are a programme by themselves, whoever does them: "the unit trained 120 police officers in Tamale",
#: "the police will deploy officers to the border posts of Busia and Malaba".
_SERVICE_VERBS = frozenset({"train", "teach", "educate", "deploy"})
#: The possessive after an owner's name: "USAID's ".
_OWNER_GLUE = re.compile(r"[’']s?[ \t]")
#: The glue of an owner and what it owns: "Winrock International's USAID-funded ...".
_POSSESSIVE_GLUE = re.compile(r"[’']s?[ \t]+$")
_PROGRAMME_NOUNS = {"project", "programme", "program", "campaign", "initiative", "component", "phase", "plan", "activity"}
_SUBJECTLESS = re.compile(  # "Supported a new database", "- trained 300 police officers", "- Set up three centres"
    r"^(?:[A-Za-z][a-z]+(?:ed|s)\b|(?:[Ss]et|[Bb]uilt|[Hh]eld|[Rr]an|[Ll]ed|[Bb]egan|[Tt]aught|[Gg]ave|[Mm]ade|[Ss]ent|[Bb]rought|[Uu]ndertook|[Tt]ook)\b)"
)
_NOUN = re.compile(r"(?=[pcsiht])\b(project|programme|program|campaign|component|shelter|initiative|centre|center|plan|hotline|training|halfway house)s?\b", re.IGNORECASE)
# A programme's own name: "the Open Doors project", "the Counter Trafficking in Persons (CTIP) project".
_PROPER_NAME = re.compile(
    r"(?=[A-Z(])\b((?:[A-Z][\w'’&-]*|\([A-Z]{2,}\))(?:\s+(?:(?:of|in|for|and|against|on|the|to|&)\s+)?(?:[A-Z][\w'’&-]*|\([A-Z][\w ]*[A-Z]\)))*)"
    r"\s+(project|programme|program|campaign|initiative)\b"
)
_NAMED_PROJECT = re.compile(r"(?=[PCOI])\b(Project|Programme|Program|Campaign|Operation|Initiative)\s+((?:[A-Z][\w'’&-]*\s*){1,5})")
# Short patterns of hot loops, compiled once.
_BRACKETED_END = re.compile(r"\s*\([^)]*\)$")  # "Ministry of Justice (Vietnam)"


@lru_cache(maxsize=8192)
def _bare_fold(name: str) -> str:
    """A name folded without the brackets that end it, kept for recent names: every document's
    reader matches each of its organizations' names against its title line."""
    return fold_name(_BRACKETED_END.sub("", name))
_TO_BEFORE = re.compile(r"\bto\s+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_REFERRING_BEFORE = re.compile(r"\b(?:the|this|that|these|such|both)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # ("Both centres are financed by X")
_BASED_AFTER = re.compile(r"\.?-based\b")
#: A clause's subject made of the people a service is for: "Victims and their families ", "Anyone ", "Migrant workers in distress ".
_USERS_SUBJECT = re.compile(
    r"\s*(?:(?:[Aa]ll|[Aa]ny|[Tt]he|[Tt]hose|[Oo]verseas|[Mm]igrant|[Ff]oreign|[Dd]omestic|[Pp]otential|[Pp]resumed|[Ff]ilipino|[Nn]epali)\s+)*"
    r"(?:[Aa]nyone|[Yy]ou|[Pp]eople|[Pp]ublic|[Vv]ictims|[Ss]urvivors|[Ff]amilies|[Cc]allers|[Aa]pplicants|[Tt]ravell?ers|[Ww]orkers|[Mm]igrants|"
    r"[Nn]ationals|[Cc]itizens|[Pp]arents|[Cc]hildren|[Ww]omen|[Jj]ob[ \t]+seekers|[Rr]eturnees)"
    r"(?:\s+(?:and|or)\s+(?:their|the)\s+\w+|\s+in\s+(?:distress|need))?\s+"
)
#: People a country's name stands before as their nationality: " and Cambodian fishers", " migrant workers".
_PEOPLE_AFTER = re.compile(
    r"(?:[ \t]*(?:,|and|or)[ \t]+[A-Z][\w-]+)*[ \t]+(?:(?:migrant|domestic|women|child|female|male|foreign|undocumented)[ \t]+)?"
    r"(?:workers|fishers|fishermen|migrants|women|girls|boys|children|nationals|citizens|victims|survivors|refugees|returnees|crew|"
    r"crewmen|seafarers|labou?rers|students|families)\b"
)
#: Between a body and the city it sits in: " in ", " in the ".
_SEAT_BETWEEN = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
#: A role phrase's "by" said again after "and", past an aside: " and, since 2022, by the ".
#: (or, for payers, past the city the first one sits in: " in Nairobi and by the ")
_ROLE_AGAIN = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?P<seat>[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?[ \t]*,?[ \t]+(?:and|as[ \t]+well[ \t]+as)[ \t]*(?:,[^,.;:\n]{1,30},)?[ \t]*(?:also[ \t]+)?by[ \t]+(?:the[ \t]+)?")
#: What a body is part of, in an aside: "part of the ", "a member of ".
_MEMBER_OF_BEFORE = re.compile(r"\b(?:part|members?|affiliates?|branch)[ \t]+of[ \t]+(?:the[ \t]+)?$")
#: The opening of an aside naming partners: ", with the ", ", together with ".
_WITH_ASIDE_BEFORE = re.compile(r",[ \t]+(?:together[ \t]+|jointly[ \t]+)?with[ \t]+(?:the[ \t]+)?$")
_ASIDE_END = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*,[ \t]+[a-z]")
#: Between a programme noun and a body that works on it: " with the ", " in Beirut with ".
_WITH_AFTER_NOUN = re.compile(r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?[ \t]+(?:together[ \t]+)?with[ \t]+(?:the[ \t]+)?")
#: A noun after "government" that makes it a modifier: "the government body", "a government agency".
_KIND_OF_BODY_AFTER = re.compile(r"[ \t]+(?:body|bodies|agency|agencies|institution|institutions|entity|entities|organi[sz]ation|regulator)\b")
#: Between a programme noun and the place its service is run from: " from ", " from the ".
_FROM_BETWEEN = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?")
#: Sheet labels of the one body that leads a project, and of those that carry it out with it.
_GRANTEE_LABELS = frozenset({"grantee", "grantees", "recipient"})
_LEAD_LABELS = _GRANTEE_LABELS | {"lead organization", "lead organisation", "lead agency", "coordinator", "project coordinator", "lead",
                                   "lead institution", "lead ministry",
                                   "lead partner", "lead applicant", "commissioning organization", "commissioning organisation"}
_IMPLEMENTING_LABELS = frozenset({"implementing partner", "implementing partners", "partner", "partners"})
#: A clause that opens by saying who did the work just named: "It was organized by", "This was run by".
#: A sentence's opening up to a programme noun that is its subject: "The ", "The Ubuntu ".
_NAMED_WORK_OPENING = re.compile(r"\s*(?:[Tt]he[ \t]+|[Oo]ur[ \t]+|[Ii]ts[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,4}")
#: A copula after a sentence's subject: " is", " was".
_COPULA_AFTER = re.compile(r"[ \t]+(?:is|was|has[ \t]+been)\b")
_IT_DONE_BY = re.compile(r"\s*(?:It|This)[ \t]+(?:was|is|will[ \t]+be|has[ \t]+been)[ \t]+(?:\w+[ \t]+)?\w+ed[ \t]+(?:jointly[ \t]+)?by\b")
#: A word before an expansion noun that makes it still to come: "a planned roll-out", "future expansion".
_FUTURE_BEFORE = re.compile(r"\b(?:future|planned|proposed|possible|potential|next|upcoming|further)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: The auxiliary of a passive right before its verb: "were trained", "has been set up", "was also opened".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:(?:also|then|later|successfully|jointly|\w+ly)\s+)?$", re.IGNORECASE)
#: An ordinal after "the" before a noun: "the second ", "the newest ": one more of a kind, not the one told.
_ORDINAL_BEFORE = re.compile(r"\b[Tt]he\s+(second|third|fourth|fifth|sixth|newest|latest|other)\s+(?:[\w-]+\s+)?$")
#: A new place of service right after a verb of opening: " a Child and Gender Protection Unit office", " two new desks"
#: ("the police will set up an office in Leribe" is work; "set up checkpoints", "created a team" are its acts).
_NEW_OBJECT = re.compile(r"\s+(?:a|an|two|three|four|five|new|its\s+first)\s+(?:[\w’'-]+\s+){0,6}?(?:office|desk|centre|center|point)s?\b", re.IGNORECASE)
#: A verb of opening and the new thing before a place: "set up a Child Protection Unit office in ".
_OPENED_BEFORE = re.compile(
    r"\b(?:set(?:s|ting)?\s+up|open(?:s|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?)"
    r"\s+(?:a|an|two|three|four|five|new|its\s+first)\s+(?:[\w’'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the body money goes to: " to the ", " to the Timorese NGO ", " through the local organization ".
_TO_GRANTEE = re.compile(
    r"\b(?:to|through)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:(?:local|national|international)\s+)?"
    r"(?:(?:NGO|organi[sz]ation|charity|foundation|association|group)s?\s+)?$"
)
#: After a list's subject, the rest of the line over the list: " will:", " has:", " plans to:", " commits to:".
_INTRO_SUBJECT = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:will|shall|is[ \t]+to|are[ \t]+to|has|have|plans[ \t]+to|intends[ \t]+to|commits[ \t]+to|undertakes[ \t]+to)"
    r"(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]*$"
)
#: An agent phrase after a passive verb: "... in Lira by the district council".
_BY_SOMEONE = re.compile(
    r"\bby\s+(?:(?:the|a|an|its|their)\s+)?+(?!(?:end|time|middle|start|beginning|close|year|month|date|then|now|\d)[\w-]*\b)[\w’'-]+",
    re.IGNORECASE,
)  # (not a time: "by the end of the year", "by 2025")
#: Nouns of a body made of bodies, which no one of their names holds: "the consortium" a lead leads.
_BODY_NOUNS_FOR_AGENTS = frozenset({"consortium", "coalition", "network", "alliance", "partnership"})
#: A new body of that kind and the role that names its lead: "a consortium led by ", "an alliance coordinated by ".
_BODY_LED_BY = re.compile(r"\b(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?(consortium|coalition|network|alliance|partnership)[ \t]+(?:led|coordinated|headed|chaired)[ \t]+by\b", re.IGNORECASE)
#: A programme noun's own name before it: "the Stop Online Exploitation ", "The Safe Home ".
_NAME_BEFORE_NOUN = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w’'-]*[ \t]+){1,5}$")
#: An amount of money that goes to someone, who runs what it pays for: "GH¢ 4 million will go to the Secretariat to
#: operate ...", "EUR 500,000 was allocated to X" (group 1 the amount; the rest is read by _GRANTEE_GAP).
_MONEY_GOES = re.compile(
    r"(\d[\d,.]*\s*(?:million|billion|thousand|m|bn)|(?:USD|US\$|\$|EUR|€|£)\s?\d[\d,.]*)"
    r"(?=\s+(?:will\s+go|went|goes|(?:is|was|are|were|will\s+be)\s+(?:allocated|given|granted|transferred|disbursed))\s+to\b)",
    re.IGNORECASE,
)
#: A verb's form that "of" follows is a noun: "forms of exploitation", "the work of".
_NOUN_OF_AFTER = re.compile(r"\s+of\b")
#: A definite word before a noun that only points back ("the line", "this line").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)
#: A city's or a town's people at work: "the city's social workers" are the city body's (group 1 the noun).
_PLACE_BODY_OWNS = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(city|town)[’']s\b")
#: A plural that points back at the last bodies named as runners, or at their works, with how many:
#: "Both grantees", "the two organisations", "The three members", "both programmes", "All four partners".
_BOTH_RUNNERS = re.compile(
    r"\s*(?:(?:[Bb]oth|[Aa]ll)(?:\s+(?:of\s+)?(?:the|these|our|its|their))?(?:\s+(?P<all>two|three|four|five))?"
    r"|(?:[Tt]he|[Tt]hese|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?P<count>two|three|four|five))\s+(?:[\w-]+\s+)?"
    r"(?:grantees|organi[sz]ations|NGOs|partners|charities|groups|recipients|members|agencies|programmes|programs|projects|initiatives)\b"
)
#: "Both " right before a coordinated subject: "Both UNICEF and IOM will ...".
_BOTH_BEFORE = re.compile(r"\b[Bb]oth\s+$")
#: A future in reported speech: "said ... would", "announced ... will".
_TOLD_FUTURE = re.compile(r"(?=[wisa])\b(?:would|will|shall|is\s+to|are\s+to)\b")
#: An ordinal standing for one of the works counted before: "The first, ", "The second is ", "the third will ".
_ORDINAL_ALONE = re.compile(r"\s*[Tt]he\s+(?:first|second|third|fourth|fifth|latter|other)\s*(?:,|\s+(?:is|was|are|will|has|also)\b)")
#: A count of works: "two programmes", "three projects".
_COUNT_WORD = re.compile(r"\b(?:two|three|four|five|2|3|4|5)\s+(?:[\w-]+\s+)?(?:programmes|programs|projects|initiatives|grants|activities)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: After a coordinated subject, a word that gives the verb to each of its bodies: "X and Y will both extend", "each run".
_EACH_AFTER = re.compile(r"(?:\s+(?:will|would|shall|can|have|has|are|were|also|now))*\s+(?:both|each)\b")
# "a newly built shelter", "the second phase of the programme"
_NEW_BEFORE = re.compile(r"\b(?:a|an|another|new|the\s+(?:second|third|fourth|fifth|next|new))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


class _Row:
    """A place mention, light to copy."""

    __slots__ = ("code", "country", "end", "kind", "start")

    def __init__(self, start, end, code, kind, country):
        self.start, self.end, self.code, self.kind = int(start), int(end), code, kind
        self.country = country if isinstance(country, str) else ""


class _Org:
    """An organization mention of the document: offsets, id, and what the frame needs of it."""

    __slots__ = ("end", "org_id", "start")

    def __init__(self, start, end, org_id):
        self.start, self.end, self.org_id = int(start), int(end), org_id


# --- the reader ----------------------------------------------------------------------


def find_programmes(
    doc_id: str,
    text: str,
    place_mentions: pd.DataFrame,
    org_mentions: pd.DataFrame,
    organizations: pd.DataFrame,
    context_country: str | None = None,
    spans=None,
    *,
    metadata: dict | None = None,
) -> pd.DataFrame:
    """Find the programmes a document describes.

    Parameters
    ----------
    doc_id : str
    text : str
        The document text; offsets index into it.
    place_mentions : pandas.DataFrame
        Resolved places (:data:`progmap.schema.MENTION_COLUMNS`).
    org_mentions : pandas.DataFrame
        Organization mentions (:data:`progmap.schema.ORG_MENTION_COLUMNS`).
    organizations : pandas.DataFrame
        The document's organizations (:data:`progmap.schema.ORGANIZATION_COLUMNS`),
        for names, types and countries.
    context_country : str, optional
        The document's context country: a foreign city right after an
        organization is its base.
    spans : list of (start, end), optional
        Narrative spans to read.
    metadata : dict, optional
        The document's metadata; ``subject_country`` (or ``country``) is
        the country a page is about, and the organization its ``title`` or
        ``author`` names is the page's own ("we").

    Returns
    -------
    pandas.DataFrame
        :data:`progmap.schema.PROGRAMME_COLUMNS`, ``source = "extracted"``,
        one row per set of agents in the document, in order of first
        statement; ids from :func:`progmap.schema.item_id`.

    Examples
    --------
    >>> import pandas as pd
    >>> from progmap.actors.organizations import find_organizations
    >>> text = "-- IOM: with USAID funding, IOM runs a shelter in Hue."
    >>> places = pd.DataFrame({"start": [50], "end": [53], "code": ["VN-26"], "kind": ["admin1"], "country": ["VNM"]})
    >>> mentions, orgs = find_organizations("d.txt", text)
    >>> found = find_programmes("d.txt", text, places, mentions, orgs, "VNM")
    >>> found[["organizations", "funders", "places", "activities"]].values.tolist()
    [[['iom'], ['usaid'], ['VN-26'], ['victim protection']]]
    """
    found = read_programmes(doc_id, text, place_mentions, org_mentions, organizations, context_country, spans, metadata=metadata)
    return frame(found, PROGRAMME_COLUMNS)


def read_programmes(
    doc_id: str,
    text: str,
    place_mentions,
    org_mentions,
    organizations,
    context_country: str | None = None,
    spans=None,
    *,
    metadata: dict | None = None,
) -> dict[str, list]:
    """:func:`find_programmes` as plain columns (column name -> list of values).

    What a build's worker calls: the mentions and organizations may be
    frames or plain columns (see :func:`progmap.actors.organizations.read_organizations`),
    and no frame is made.
    """
    if not length(org_mentions) and not length(place_mentions):
        return empty_columns(PROGRAMME_COLUMNS)
    places = plain_columns(place_mentions, ["start", "end", "code", "kind", "country"])
    mentions = plain_columns(org_mentions, ["start", "end", "org_id"])
    orgs = plain_columns(organizations, ["org_id", "name", "org_type", "country"])
    reader = _DocumentReader(doc_id, text, places, mentions, orgs, context_country or "", spans, metadata or {})
    return reader.read()


class _DocumentReader:
    """The programme frame over one document, with its discourse register."""

    def __init__(self, doc_id, text, place_mentions, org_mentions, organizations, context, spans, metadata):
        self.doc_id, self.text, self.context, self.spans, self.metadata = doc_id, text, context, spans, metadata
        self.subject = metadata.get("subject_country") or metadata.get("country") or context
        ids = organizations["org_id"]
        self.names = dict(zip(ids, organizations["name"]))
        self.types = dict(zip(ids, organizations["org_type"]))
        self.homes = {k: (v if isinstance(v, str) else "") for k, v in zip(ids, organizations["country"])}
        rows = sorted(zip(org_mentions["start"], org_mentions["end"], org_mentions["org_id"]))
        self.orgs = self._join_bracketed([_Org(s, e, o) for s, e, o in rows])
        self.org_starts = [o.start for o in self.orgs]
        columns = [place_mentions[c] for c in ("start", "end", "code", "kind", "country")]
        self.places = sorted((_Row(*row) for row in zip(*columns)), key=lambda p: p.start)
        self.place_starts = [p.start for p in self.places]
        self.statements: list[dict] = []
        # the discourse register
        self.last_agents: tuple = ()
        self.last_end = -1
        self.last_noun: dict[str, dict] = {}  # programme noun -> the statement (or noun mention) it refers to
        self.last_noun_told: dict[str, dict] = {}  # programme noun -> the last statement outside a list's items
        self.page_org = self._page_org()
        # a body noun -> the agents of the statement that used it last ("Led by X, the consortium brings together
        # ... The consortium will expand ..."): what the noun stands for where no body's name holds it
        self.noun_agents: dict[str, list[str]] = {}
        # Speakers who say which organization they are, by where they say it ("I direct X").
        self.introduced = [(o.end, o.org_id) for o in self.orgs if _SELF_INTRODUCTION.search(text, max(0, o.start - 60), o.start)
                           # a transcript's speaker label: "Ms. Jane Roe (Director, Hope House): We run ..."
                           or _LABEL_BEFORE.search(text, max(0, o.start - 120), o.start) and _LABEL_AFTER.match(text, o.end)]
        # "our partner Different and Equal": an organization "we" works with, never "we" itself
        self.our_partners = {o.org_id for o in self.orgs if _OUR_PARTNER.search(text, max(0, o.start - 24), o.start)}
        self._place_hits: list | None = None  # place-role and reporter words, found once when first needed

    # -- setup --------------------------------------------------------------------

    def _join_bracketed(self, orgs: list[_Org]) -> list[_Org]:
        """One mention for a name and its acronym in brackets: "the Department of Labour (DOLISA)"."""
        out: list[_Org] = []
        for org in orgs:
            if out and out[-1].org_id == org.org_id and re.fullmatch(r"\s*\(\s*", self.text[out[-1].end : org.start]):
                close = org.end + 1 if self.text[org.end : org.end + 1] == ")" else org.end
                out[-1] = _Org(out[-1].start, close, org.org_id)
            else:
                out.append(org)
        return out

    def _page_org(self) -> str | None:
        """The organization a page's title line or metadata names ("About us | Mekong Hope Network")."""
        # A cable's author is the post that writes it: its "we" are reporting officers, not an actor.
        cable = any(key in self.metadata for key in ("reference", "classification", "tags"))
        for key in ("title",) if cable else ("author", "title"):
            value = self.metadata.get(key)
            if isinstance(value, str) and value:
                folded = fold_name(value)
                for org_id, name in self.names.items():
                    if _bare_fold(name) in folded:
                        return org_id
        title_end = self.text.find("\n")
        if title_end > 0:
            found = next((o.org_id for o in self.orgs if o.end <= title_end), None)
            if found is not None:
                return found
        # "About us: Chab Dai Cambodia is a coalition of ...": a page that says what it is, and says "we".
        if _says_we(self.text):
            return next((o.org_id for o in self.orgs if _SELF_DESCRIPTION.match(self.text, o.end)), None)
        return None

    def _units(self) -> list[tuple[int, int, bool]]:
        """Sentences and list items of the narrative; a sentence cut by a blank line is joined again."""
        spans = evidence_spans(self.text, self.spans)
        units = text_units(self.text, spans)
        out: list[list] = []
        for start, end, is_item in units:
            numbered = not is_item and not _line_start(self.text, start) \
                and _SECTION_NUMBER.fullmatch(self.text, self.text.rfind("\n", 0, start) + 1, start) is not None
            heading = _HEADING_LINE.match(self.text, start, end) if not is_item and "\n" in self.text[start:end] and (
                _line_start(self.text, start) or numbered) else None
            if heading is not None and heading.end() < end and heading.group(1).split()[-1].lower() not in _GOES_ON:
                # "About the project\nCaritas Egypt, in partnership with ...": a heading glued to the
                # sentence under it is no part of it; a numbered one ("2. Assistance to victims") is a
                # section's title, no statement at all
                if not numbered:
                    out.append([start, heading.end(1), False])
                start = heading.end()
            if out and not out[-1][2] and not is_item and self.text[start : start + 1].islower() \
                    and self.text[out[-1][1] - 1 : out[-1][1]] not in ".!?:;\"”" and start - out[-1][1] < 12:
                out[-1][1] = end
                continue
            out.append([start, end, is_item])
        return [tuple(unit) for unit in out]

    # -- reading -----------------------------------------------------------------

    def read(self) -> dict[str, list]:
        text = self.text
        hits = sorted(_cues().find(text, fold_text(text)) + self._defined_nouns(), key=lambda h: (h[0], -h[1]))
        hit_starts = [h[0] for h in hits]
        fields = sheet_fields(text)
        roles = {f.role for f in fields}
        # A sheet that says who and where makes its own programme (_read_sheet); its lines
        # are no sentences, whether or not they say where ("Donor: SDC" makes SDC no runner).
        fields = fields if roles & {"agent", "partner", "funder"} else []
        table_rows = sorted(row.start for row in project_table_rows(text) + labelled_rows(text)) if "|" in text else []
        # the title of a list of grants ("Hope Fund - grants database export") names the giver, not a work of its own ...
        # (the title's block of lines, up to the first blank line: "European Commission / Internal Security Fund /
        # Call ...: selected projects")
        granting = any(f.label in _GRANTEE_LABELS for f in fields) or bool(grant_lines(text))
        opening = _BLANK_LINE.search(text, len(text) - len(text.lstrip())) if granting else None
        title_end = (opening.start() if opening else text.find("\n", len(text) - len(text.lstrip()))) if granting else -1
        # A sheet over the text names the work its sentences go on about ("Implementing organization: BRAC"
        # ... "- Trained 1,200 migrants in Jessore", "The project worked with BMET"): read first, it is what
        # they point back at
        self._read_sheet()
        for start, end, is_item in self._units():
            if granting and start < title_end:
                continue
            if fields and self._labelled(start, end, fields):
                continue  # a project sheet's lines: read as fields by _read_sheet, not as a sentence
            if table_rows and self._tabled(start, end, table_rows):
                continue  # a project table's rows: read by their columns (_read_tables)
            cues = hits[bisect.bisect_left(hit_starts, start) : bisect.bisect_left(hit_starts, end)]
            # Only a programme word or a role phrase opens the frame; a verb of saying alone does not.
            if any(cue.lexicon != "speech" for _, _, cue in cues):
                self._read_unit(start, end, is_item, cues)
        self._read_grants()
        self._read_tables()
        self._read_labelled_rows()
        return self._merge()

    def _read_labelled_rows(self) -> None:
        """The rows of an implementation matrix whose cells carry their labels ("Activity 2.1 | Shelter in
        Mangochi | Lead: Ministry of Gender | Support: MNAT | Status: Achieved") as programmes, one a row:
        the lead runs it, the supporters are partners, the unlabelled cells say what and where."""
        if "|" not in self.text:
            return
        text = self.text
        for row in labelled_rows(text):
            cells = lambda role: [(a, b) for r, a, b in row.cells if r == role]  # noqa: E731
            inside = lambda role: [o.org_id for a, b in cells(role) for o in self.orgs if a <= o.start and o.end <= b]  # noqa: E731
            agents, funders = inside("agent"), inside("funder")
            partners = [p for p in dict.fromkeys(inside("partner")) if p not in agents]
            if not agents:
                # "Lead: Judiciary | Support: UNODC": a lead named by no body's name leaves the work to its supporters
                agents, partners = partners, []
            if not agents:
                continue
            listed = [p for a, b in cells("text") for p in self.places if a <= p.start and p.end <= b]
            rows = self._places(listed, row.start, row.end, [], [], row.start)[0] if listed else []
            described = max(cells("text"), key=lambda cell: cell[1] - cell[0], default=None)
            name = " ".join(text[described[0] : described[1]].split()) if described else ""
            statement = self._listed_statement(agents, funders, rows, row.start, row.end, name, "project", name, False)
            statement["partners"] = partners
            statement["evidence"] = " ".join(text[row.start : row.end].replace("|", " ").split())
            statement["row"] = True
            for a, b in cells("status"):
                statement["status"] = _status_of(text[a:b]) or statement["status"]
            self._add(statement, [])

    def _tabled(self, start: int, end: int, table_rows: list[int]) -> bool:
        """Whether a unit is only lines of a table and holds a row of a project table."""
        lines = [line for line in self.text[start:end].split("\n") if line.strip()]
        i = bisect.bisect_left(table_rows, start)
        # a heading over the rows ("Pillar 2: Protection") is no sentence either
        return bool(lines) and all("|" in line or (_LABEL_LINE.match(line) or _HEADING_LINE.match(line + "\nX")) and len(line.split()) <= 6
                                   for line in lines) \
            and any("|" in line for line in lines) and i < len(table_rows) and table_rows[i] < end

    def _labelled(self, start: int, end: int, fields) -> bool:
        """Whether a unit is only labelled lines ("Donor: European Union", "Project code: PAK/22/03")
        and holds one of the sheet's fields."""
        lines = [line for line in self.text[start:end].split("\n") if line.strip()]
        labelled = [line for line in lines if _LABEL_LINE.match(line)]
        # a record's heading among them ("Record 2", "Grant 14") is no sentence either
        # (nor is the sheet's title over them, a line with no stop: "Joint Programme \"Safe Roads\" – Annual Report 2024")
        headings = all(_LABEL_LINE.match(line) or _RECORD_HEADING.fullmatch(line) or not _STOP_IN_LINE.search(line) for line in lines)
        return bool(labelled) and headings and any(start <= f.start < end for f in fields)

    def _listed_statement(self, agents, funders, rows, start, end, description, noun, name, donor_only) -> dict:
        """A programme statement read from labelled lines, not a sentence (see :meth:`_read_sheet`)."""
        text = self.text
        return {
            "agents": list(dict.fromkeys(agents)), "partners": [], "funders": list(dict.fromkeys(funders)), "rows": rows,
            "activities": terms_in(description, "activities"),
            "budget": _budgets(text, start, end),
            "identifiers": [], "status": "", "start": start, "end": end, "evidence": " ".join(text[start:end].split()),
            "noun": noun, "proper": name, "antecedent": None, "donor_only": donor_only,
        }

    def _read_grants(self) -> None:
        """A grant list's lines ("- Agar Ethiopia: USD 80,000 for ... in Amhara") as programmes of their
        recipients, funded by the body the list's opening line names ("X awarded the following grants:")."""
        lines = grant_lines(self.text)
        if not lines:
            return
        text = self.text
        intro_end = text.rfind("\n", 0, lines[0].label_start) + 1
        # A table's header row and blank lines stand between its rows and the line that says who gives.
        while intro_end > 0 and (not text[text.rfind("\n", 0, intro_end - 1) + 1 : intro_end].strip()
                                 or "|" in text[text.rfind("\n", 0, intro_end - 1) + 1 : intro_end]):
            intro_end = text.rfind("\n", 0, intro_end - 1) + 1
        intro_start = text.rfind("\n", 0, max(0, intro_end - 1)) + 1
        # A heading or two may stand between the list and the line that says who gives
        # ("The following grants were approved ...\n\nEthiopia hotspot (Amhara)\n- Agar Ethiopia - $180,000").
        back, looked = intro_start, 0
        while not _GRANT_WORDS.search(text, back, lines[0].label_start) and back > 0 and looked < 4:
            back = text.rfind("\n", 0, max(0, back - 1)) + 1
            looked += bool(text[back : text.find("\n", back)].strip())
        if _GRANT_WORDS.search(text, back, lines[0].label_start):
            intro_start = back if not _GRANT_WORDS.search(text, intro_start, lines[0].label_start) else intro_start
        intro = text[intro_start : lines[0].label_start]
        funders = [o.org_id for o in self.orgs if intro_start <= o.start < lines[0].label_start] if _GRANT_WORDS.search(intro) else []
        if not funders and _GRANT_WORDS.search(intro):
            # "our grants", "we awarded", or a page titled by the body that gives ("Global Fund for
            # Children\nGrants awarded in 2022"): the body the page's first line names
            first_line = text[: max(text.find("\n", len(text) - len(text.lstrip())), 0)]
            named = [o for o in self.orgs if o.end <= len(first_line)]
            whole = len(named) == 1 and not _LEADING_THE_LINE.sub("", first_line[: named[0].start]).strip() and not first_line[named[0].end :].strip()
            if len({o.org_id for o in named}) == 1 and (_FIRST_PERSON.search(intro) or whole):
                funders = [named[0].org_id]
        for line in lines:
            agents = [o.org_id for o in self.orgs if o.start == line.label_start]
            line_start = text.rfind("\n", 0, line.label_start) + 1
            # where the work is: after the amount, or the recipient's city before it ("Hope Kenya, Mombasa - $40,000")
            named_end = max((o.end for o in self.orgs if o.start == line.label_start), default=line.label_end)
            listed = [p for p in self.places if named_end <= p.start and p.end <= line.end]
            rows = self._places(listed, line.label_end, line.end, [], [], line_start)[0] if listed else []
            if any(r.start >= line.label_end for r in rows):
                # "Free the Slaves (USA) - ... in the Democratic Republic of Congo": the bracket says where the
                # recipient is from, the purpose where it works
                rows = [r for r in rows if r.start >= line.label_end or text[max(0, r.start - 1) : r.start] != "("]
            if agents and not listed:
                rows = self._heading_places(line_start, text.find("\n", intro_start) + 1)
            if not agents or not rows:
                continue  # ("girls returning from the Middle East": a place the work is not done in)
            funded = [f for f in funders if f not in agents]
            statement = self._listed_statement(agents, funded, rows, line.label_start, line.end, text[line.label_end : line.end], "grant", "", False)
            # "... a campaign in Peten. The organisation plans to replicate it in Izabal next year.": where it is to grow
            expansion = self._expansion_at(line.label_end, line.end) if rows else None
            if expansion is not None:
                statement["rows"] = [r for r in rows if r.start < expansion]
                statement["planned_rows"] = [r for r in rows if r.start >= expansion]
            self._add(statement, [])

    def _heading_places(self, line_start: int, list_start: int) -> list:
        """The places of the heading a grant list's line stands under ("Nepal hotspot (Sindhupalchok
        and Makwanpur)" over "- Legal Aid and Consultancy Center (LACC) - $60,000 (legal aid ...)"):
        the nearest line above it, inside the list, that is no item."""
        text = self.text
        position = line_start
        while position > list_start:
            above = max(text.rfind("\n", 0, position - 1) + 1, list_start)
            line = text[above : position - 1]
            if line.strip() and not _ITEM_LINE.match(line):
                if len(line) > 120 or re.search(r"[.;]\s*$", line):
                    return []  # a sentence, not a heading
                return [p for p in self.places if above <= p.start and p.end <= position - 1]
            position = above
        return []

    def _read_tables(self) -> None:
        """A table of projects or places of help ("Project | Implementer | Donor | Location") as
        programmes, one a row: its runner, funders and places from the columns the header names
        (the ``table_columns`` lexicon). A grant table's rows are read by :meth:`_read_grants`."""
        if "|" not in self.text:
            return
        text = self.text
        granted = {line.label_start for line in grant_lines(text)}
        for row in project_table_rows(text):
            if any(row.start <= g < row.end and any(o.start == g for o in self.orgs) for g in granted):
                continue  # a grant row paying the body its first cell names (_read_grants); "Project | ... | Budget" is read here
            cells = lambda role: [(a, b) for r, a, b in row.cells if r == role]  # noqa: E731
            agents = [o.org_id for a, b in cells("agent") for o in self.orgs if a <= o.start and o.end <= b]
            partners = [o.org_id for a, b in cells("partner") for o in self.orgs if a <= o.start and o.end <= b and o.org_id not in agents]
            funders = [o.org_id for a, b in cells("funder") for o in self.orgs if a <= o.start and o.end <= b]
            places = [p for a, b in cells("places") for p in self.places if a <= p.start and p.end <= b]
            named = [p for a, b in cells("name") for p in self.places if a <= p.start and p.end <= b]
            if not places and named:
                # "Ethical recruitment pilot in Nepal and Bangladesh": where the work its name tells is done
                places = self._places(named, row.start, row.end, [], [], row.start)[0]
            if not (agents or funders) or not (places or cells("name") and not cells("places")):
                continue  # a row says who and where (or, with no column of places, what)
            name = next((" ".join(text[a:b].split()) for a, b in cells("name")), "")
            statement = self._listed_statement(agents or funders, funders, places, row.start, row.end, text[row.start : row.end],
                                               "project", name, not agents)
            statement["partners"] = list(dict.fromkeys(partners))
            statement["status"] = next((_status_of(text[a:b]) for a, b in cells("status")), "")  # "ongoing", "Completed (2024)"
            statement["evidence"] = " ".join(text[row.start : row.end].replace("|", " ").split())
            self._add(statement, [])

    def _read_sheet(self) -> None:
        """A project sheet's labelled lines ("Implementing partner: ...", "Locations: ...") as one programme;
        a list of records that repeat a runner's label ("Record 1 / Grantee: X / Country: ...", then "Record 2
        / Grantee: Y ...") as one programme a record."""
        fields = sheet_fields(self.text)
        if not fields:
            return
        blocks, seen = [[]], set()
        line_of = {id(f): self.text.rfind("\n", 0, f.start) for f in fields}
        per_line = Counter(line_of[id(f)] for f in fields if not f.under)
        for field in fields:
            label = field.label.removesuffix("s")  # ("Partner: X" and then "Partners: Y; Z": the same label)
            if per_line[line_of[id(field)]] > 1 and blocks[-1] and line_of[id(blocks[-1][-1])] != line_of[id(field)] \
                    and any(f.role == "agent" for f in blocks[-1]):
                # "Project: X. Implementer: Y. Status: Active." a line: a record on each line
                blocks.append([])
                seen = set()
            elif field.role == "agent" and label in seen and not field.under and any(f.role == "agent" for f in blocks[-1]):
                # the label of the record's runner again: the next record
                blocks.append([])
                seen = set()
            blocks[-1].append(field)
            seen.add(label)
        for block in blocks:
            self._read_sheet_block(block, len(blocks) == 1)

    def _read_sheet_block(self, fields: list, whole: bool) -> None:
        """One record of a project sheet's labelled lines as a programme (``whole``: the only one, which
        the document's title may name)."""
        text = self.text
        by_role: dict[str, list] = {"agent": [], "partner": [], "funder": [], "places": [], "name": [], "status": []}
        for field in fields:
            by_role[field.role].append(field)
        if any(f.label not in PLAIN_PARTNERS for f in by_role["agent"]):
            # "Implementing organization: X ... Partners: Y": the plain partners line names partners
            by_role["partner"] += [f for f in by_role["agent"] if f.label in PLAIN_PARTNERS]
            by_role["agent"] = [f for f in by_role["agent"] if f.label not in PLAIN_PARTNERS]
        if any(f.label in _LEAD_LABELS for f in by_role["agent"]):
            # "Grantee: Solidarity Center ... Implementing partners: X; Y": who the grantee works with
            by_role["partner"] += [f for f in by_role["agent"] if f.label in _IMPLEMENTING_LABELS]
            by_role["agent"] = [f for f in by_role["agent"] if f.label not in _IMPLEMENTING_LABELS]
        agents = [o.org_id for f in by_role["agent"] for o in self.orgs if f.start <= o.start and o.end <= f.end]
        partners = [o.org_id for f in by_role["partner"] for o in self.orgs if f.start <= o.start and o.end <= f.end]
        partners = [p for p in dict.fromkeys(partners) if p not in agents]
        funders = [o.org_id for f in by_role["funder"] for o in self.orgs if f.start <= o.start and o.end <= f.end]
        for f in list(by_role["name"]):
            opening = [o for o in self.orgs if o.start == f.start and o.end <= f.end]
            if opening and self.types.get(opening[0].org_id) == "donor":
                # "Programme: Internal Security Fund – Police (ISF-P)": the fund the work is paid from
                funders += [opening[0].org_id]
                by_role["name"].remove(f)
        if (not funders or any(f.label.startswith("co-") for f in by_role["funder"])) \
                and any(f.label in _GRANTEE_LABELS for f in by_role["agent"]) and self.page_org not in (None, *agents, *funders):
            # a grantee's sheet on a page of the body that gives ("ILAB ... Grantee: X"), which a
            # "Co-funder:" line joins
            funders = [self.page_org, *funders]
        rows = [p for f in by_role["places"] for p in self.places if f.start <= p.start and p.end <= f.end]
        described = []
        for f in by_role["agent"] + by_role["partner"]:
            # "Partner: Shakti Samuha. Prevention and reintegration ... in Sindhupalchok and Makwanpur.": after the
            # name's stop, what the partner does, and where
            stop = _NAME_STOP.search(text, f.start, f.end)
            if stop is not None:
                described.append(_Field("name", stop.end(), f.end))
        for f in by_role["name"] + described:
            # "Project title: Reintegration hubs in Edo and Delta States": where the work is (not "for women
            # migrating to Kuwait")
            titled = [p for p in self.places if f.start <= p.start and p.end <= f.end]
            if titled:
                line_start = text.rfind("\n", 0, f.start) + 1
                rows += [p for p in self._places(titled, f.start, f.end, [], [], line_start)[0] if p not in rows]
        named = any(f.label not in PLAIN_PARTNERS for f in by_role["agent"]) and agents
        if not (agents or funders) or not (rows or (named and (funders or partners))):
            # a sheet says who and where; labels alone ("Country: Nepal" in a header) are no project;
            # where it names no place, it names who runs it and who pays or takes part (the place is
            # then the document's)
            if whole and named:
                # but "Participating UN organizations: ILO, UN Women" over "The joint programme, funded by X,
                # helps ...": who runs the programme the text goes on about
                told = self._listed_statement(agents, funders, [], fields[0].start, fields[-1].end, "", "project", "", False)
                told["partners"] = partners
                self.last_noun.setdefault("programme", told)
            return
        start, end = fields[0].start, fields[-1].end
        line_start = text.rfind("\n", 0, start) + 1
        body = text[end : end + 2000]
        name = next((" ".join(text[f.start : f.end].split()) for f in by_role["name"]), "") or (_sheet_title(self.metadata.get("title")) if whole else "")
        statement = self._listed_statement(agents or funders, funders, rows, line_start, end, body, "project", name, not agents)
        statement["partners"] = partners
        statement["sheet"] = True  # (told by labelled lines, which may name no place: see _separate_work)
        for f in by_role["status"]:
            statement["status"] = _status_of(text[f.start : f.end]) or statement["status"]  # "Status: Closed"
        self._add(statement, [])
        if whole and agents:
            self.last_noun.setdefault("programme", statement)  # "the project" of the text under the sheet

    def _defined_nouns(self) -> list:
        """Acronyms the text defines for programme nouns: "bilateral liaison offices (BLOs)" makes "a BLO" one."""
        out = []
        text = self.text
        uses: dict[str, list[tuple[int, int]]] = {}
        for acronym in _ACRONYM_PARENS.finditer(text):
            # A definition's noun ends right before the bracket: most brackets ("1. (SBU)") have none.
            before = text[max(0, acronym.start() - 80) : acronym.start()].rstrip()
            if not before or not ("a" <= before[-1] <= "z" or before[-1] == "-"):
                continue
            match = _NOUN_DEFINITION.search(text, max(0, acronym.start() - 80), acronym.end())
            if match is None or match.end() != acronym.end():
                continue
            words = match.group(1).split()
            entry = None
            for size in (3, 2, 1):
                found = [c for c in _cues().cues_of(" ".join(words[-size:])) if c.lexicon == "programme" and c.role in ("noun", "facility")]
                if len(words) >= size and found:
                    entry = found[0]
                    break
            if entry is None:
                continue
            acronym_text = match.group(2)
            # A long document defines the same letters many times: find their uses once.
            if acronym_text not in uses:
                uses[acronym_text] = [use.span() for use in re.finditer(rf"\b{re.escape(acronym_text)}s?\b", text)]
            defined_at = match.start(2)
            out.extend((use_start, use_end, entry) for use_start, use_end in uses[acronym_text] if use_start != defined_at)
        return out

    def _in(self, items: list, starts: list, start: int, end: int) -> list:
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _read_unit(self, start: int, end: int, is_item: bool, cues: list) -> None:
        text = self.text
        orgs = [o for o in self._in(self.orgs, self.org_starts, start, end) if self.types.get(o.org_id) != "media"]
        places = self._in(self.places, self.place_starts, start, end)
        if not orgs and not places and not is_item and not _ANAPHOR.search(text, start, end):
            return  # no clause of it names anyone or anywhere, or points back (see _statement)
        if gated_search(_DOES_NOT_EXIST, _DOES_NOT_EXIST_WORDS, text, start, end):
            return
        if is_item and orgs and orgs[0].start - start < 60 and not re.search(r"[.;]", text[start : orgs[0].start]):
            # "-- IOM: ...", "-- the ILO: The ILO's project ...": one statement, the
            # opening organization's when the item names no other agent
            self._statement(start, end, start, end, orgs, places, cues, is_item=True, item_lead=True)
            return
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
        # "X runs a shelter in A, and World Vision, with a project in B": after a
        # predicate, a new subject opens a clause
        breaks += [
            g[0].start for g in self._groups(orgs) if _NEW_SUBJECT.search(text, max(start, g[0].start - 40), g[0].start)
            and (any(start <= c[0] < g[0].start and _cues().cues_of(text[c[0] : c[1]])[0].lexicon == "programme" for c in cues)
                 # "X is to deploy officers to A, and the Department of Immigration will train officers in B": a
                 # subject before, and the new one's own programme verb right after it
                 or orgs[0].start < g[0].start and self._verb_right_after(g[-1].end, cues))
        ]
        breaks = [start] + sorted(set(breaks)) + [end]
        # A programme word inside an organization's name ("the International Cocoa Initiative") is the name's.
        cues = [c for c in cues if not any(o.start <= c[0] and c[1] <= o.end for o in orgs)]
        for clause_start, clause_end in zip(breaks, breaks[1:]):
            clause_cues = [c for c in cues if clause_start <= c[0] < clause_end]
            if not clause_cues:
                continue
            clause_orgs = [o for o in orgs if clause_start <= o.start < clause_end]
            clause_places = [p for p in places if clause_start <= p.start < clause_end]
            self._statement(start, end, clause_start, clause_end, clause_orgs, clause_places, clause_cues, is_item=is_item)

    def _verb_right_after(self, position: int, cues) -> bool:
        """Whether a programme verb of running or paying follows ``position`` past only a modal or an
        adverb: " will train", " is to open", " also funds"."""
        gap = _OWN_VERB_GAP.match(self.text, position)
        return gap is not None and any(c[0] == gap.end() and any(e.lexicon == "programme" and e.role in ("run", "fund", "award", "plan")
                                             for e in _cues().cues_of(self.text[c[0] : c[1]])) for c in cues)

    # -- one clause ---------------------------------------------------------------

    def _in_gloss(self, orgs, start: int, c_start: int, c_end: int) -> bool:
        """Whether a word lies in brackets right after a body's name (the body's other name or its gloss)."""
        text = self.text
        opening = text.rfind("(", start, c_start)
        if opening < 0 or text.find(")", opening, c_start) >= 0 or text.find(")", c_end, c_end + 80) < 0:
            return False
        name_end = len(text[:opening].rstrip(" \t"))
        return any(o.end == name_end for o in orgs)

    def _statement(self, unit_start, unit_end, start, end, orgs, places, cues, is_item=False, item_lead=False) -> None:
        text = self.text
        if not orgs and not places and not is_item and not _ANAPHOR.search(text, start, end):
            return  # nobody to run it and nowhere to run it: nothing to read
        verbs, nouns, phrases, controls = [], [], [], []
        grants = []  # ends of "a grant" nouns, whose "to Y" names who runs the work
        listed = _PARTNERS_LISTED.match(text, start)  # "Partners include X", "Its partners are X"
        for c_start, c_end, cue in cues:
            form = text[c_start:c_end]
            entries = _cues().cues_of(form) or [cue]  # a noun the text defined ("BLO") is known by its hit
            roles = {(e.lexicon, e.role) for e in entries}
            if ("programme", "refer") in roles:
                # "The line is open 24 hours": the hotline told before, if one was
                kind = _same_as().get(next(e.lemma for e in entries if e.role == "refer"), "")
                if kind in self.last_noun and _DEFINITE_BEFORE.search(text, max(start, c_start - 6), c_start):
                    nouns.append((c_start, c_end, Cue("programme", kind, "NOUN", "noun")))
                continue
            if ("programme", "funding") in roles and ("programme", "award") in roles and (
                    _DETERMINER_BEFORE.search(text, max(start, c_start - 8), c_start) or _ANOTHER_BEFORE.search(text, max(start, c_start - 30), c_start)):
                grants.append(c_end)  # ("a grant to X", "a second grant went to X")
            if ("roles", "agent") in roles or ("roles", "partner") in roles or ("roles", "funder") in roles:
                phrases.append((c_start, c_end, next(e.role for e in entries if e.lexicon == "roles")))
            elif any(lex == "programme" and role in ("noun", "facility") for lex, role in roles) and not (
                # "plans to", "training" as a verb form is read as a verb when an object follows
                any(lex == "programme" and role in ("run", "fund", "award", "receive", "plan") for lex, role in roles)
                and re.match(r"\s+(?:to\b|the\b|[a-z]+\s+(?:to|the)\b)", text[c_end : c_end + 12])
            ):
                if _LABEL_NOUN.match(text, c_end) and _line_start(text, c_start):
                    continue  # "Programme: Internal Security Fund", "Project title: ...": a sheet's label, not the work
                if not _WANTED.search(text, max(start, c_start - 40), c_start) and text[c_start - 1 : c_start] != "(" \
                        and not any(o.start <= c_start and c_end <= o.end for o in orgs) \
                        and not (form[:1].isupper() and form.lower().rstrip("s") in _NAME_HEAD_NOUNS):  # ("the Ethical Trading Initiative": a name's word)
                    nouns.append((c_start, c_end, next(e for e in entries if e.lexicon == "programme" and e.role in ("noun", "facility"))))
            elif any(lex == "programme" for lex, _ in roles):
                entry = next(e for e in entries if e.lexicon == "programme")
                if (_DETERMINER_BEFORE.search(text, max(start, c_start - 8), c_start) or
                        (form.lower() in ("partner", "partners") and _MODIFIED_BEFORE.search(text, max(start, c_start - 40), c_start)) or
                        (form.lower().endswith("ing") and re.search(r"\b(?:with|of|for|by|from|in|on|and)\s+$", text[max(start, c_start - 6) : c_start]))) \
                        and entry.role != "noun" and not (entry.lemma == "partner" and listed is not None and c_start < listed.end()):
                    continue  # "our partners", "with funding": a noun, not the frame's verb (but "Its partners are X")
                if entry.role == "control":
                    controls.append(c_start)
                    continue
                if entry.role in ("fund", "award") and form[:1].isupper() and _TITLE_WORD_AFTER.match(text, c_end):
                    continue  # "Grant Agreement No. 1011", "Fund Manager: ...": a title's noun, not the verb
                if form[:1].isupper() and self._in_gloss(orgs, start, c_start, c_end):
                    continue  # "Anti-Trafficking Centre Armenia (Hope and Help) said ...": a word of the body's other name

                if _THAT_AFTER.match(text, c_end):
                    continue  # "the evaluation found that ...", "established that": a finding, not work run
                if _NOUN_OF_AFTER.match(text, c_end):
                    continue  # "forms of exploitation": a noun, not the frame's verb
                if not _NEGATED.search(text, max(start, c_start - 30), c_start):
                    verbs.append((c_start, c_end, entry))
                elif entry.role in ("run", "fund", "award", "plan"):
                    return  # "ERO declined to assist": no programme
            elif any(lex == "speech" for lex, _ in roles):
                if form[:1].isupper() and not _sentence_start(text, c_start) or _NOUN_BEFORE.search(text, max(start, c_start - 10), c_start):
                    continue  # "member states", "the report": nouns
                verbs.append((c_start, c_end, next(e for e in entries if e.lexicon == "speech")))
        grants += [m.end() for m in _MONEY_GOES.finditer(text, start, end)]
        phrases.extend(adverbed_roles(text, start, end, times=True))  # "delivered nationally by X", "implemented from 2021 to 2024 by X"
        if not nouns:
            # "The Ministry of Family runs the Ginddi Centre in Dakar": a place of help named as its object
            nouns = [noun for v in verbs if v[2].lexicon == "programme" and v[2].role == "run"
                     for noun in [self._facility_named_after(v[1])] if noun is not None][:1]
        it_told = None
        if not nouns and _IT_DONE_BY.match(text, start):
            # "A regional training took place in Almaty. It was organized by X": the work named just before
            it_told = next((told for told in self.last_noun.values() if told.get("pending") and 0 <= start - told["end"] < 400
                            and not _BLANK_LINE.search(text, told["end"], start)), None)
            last = self.statements[-1] if self.statements else None
            if it_told is None and last is not None and last.get("unnamed") and last.get("noun_entry") \
                    and 0 <= start - last["end"] < 400 and not _BLANK_LINE.search(text, last["end"], start):
                it_told = last  # "A hotline was launched in Hue. It is operated by X": the new work's runner, named after it
            nouns = [it_told["noun_entry"]] if it_told is not None else self._work_named_before(start)
        elif nouns and _IT_DONE_BY.match(text, start):
            # "The Ubuntu Helpline is a toll-free line. It is operated by X from its call centre in Durban": "It" is
            # the work the sentence before opens on, whatever other nouns this one names
            nouns = self._work_named_before(start) + nouns
        if not verbs and not nouns and not phrases:
            return
        anchor = min([v[0] for v in verbs if v[2].lexicon == "programme"] + [n[0] for n in nouns] + [p[0] for p in phrases], default=end)
        irrealis = gated_search(_modality()[0]["irrealis"], _modal_words("irrealis"), text, start, anchor)
        reported_future = irrealis is not None and irrealis.group().lower() == "would" and any(
            v[2].lexicon == "speech" and v[0] < irrealis.start() for v in verbs
        )  # "the minister said the Secretariat would open two shelters": planned
        if not reported_future:
            # "its director said a second shelter would be set up in X": the future told, past the work's noun
            # (the modal before the first programme verb after the saying: not "told the Committee that the
            # Government runs seven shelters ..., and that two more would be built": what runs is no plan)
            # (a programme noun may stand in the speaker's name before it: "the task force's rapporteur said ...")
            cue_starts = [v[0] for v in verbs if v[2].lexicon == "programme"] + [n[0] for n in nouns]
            said = next((v[1] for v in verbs if v[2].lexicon == "speech" and any(c > v[1] for c in cue_starts)), None)
            done = min((v[0] for v in verbs if v[2].lexicon == "programme" and said is not None and v[0] >= said), default=end)
            reported_future = said is not None and _TOLD_FUTURE.search(text, said, done) is not None
        if irrealis is not None and not reported_future:
            return  # "recommended that the government propose a program", "if the GVN established": nothing runs yet
        if gated_search(_modality()[0]["thanks"], _modal_words("thanks"), text, start, anchor):
            return  # "We thank the Ministry and the OSCE Programme Office for their cooperation": thanks, not work
        programme_verbs = [v for v in verbs if v[2].lexicon == "programme"]
        if not programme_verbs and not nouns and not phrases:
            return  # speech alone
        groups = self._groups(orgs)
        agents, partners, funders = [], [], []
        marked: set[int] = set()
        if listed is not None:
            # "Partners include Pourakhi Nepal and BOMSA.": partners of the work just told
            previous = self._work_just_told(start)
            if previous is None or not groups:
                return
            agents = list(previous["agents"])
            partners = [o.org_id for group in groups for o in group]
            marked.update(id(group) for group in groups)
        # role phrases: "implemented by X", "in conjunction with X", "funded by X"
        lead_phrase = min((p[0] for p in phrases if p[2] == "agent"), default=None)
        for p_start, p_end, role in phrases:
            group = self._group_after(groups, p_end, end)
            if group is None:
                continue
            if not text[start:p_start].strip():
                group = self._fronted_phrase_group(groups, group, verbs)
            marked.add(id(group))
            target = {"agent": agents, "partner": partners, "funder": funders}[role]
            target.extend(o.org_id for o in group)
            # "funded by the EU and, since 2022, by the Government of the Netherlands": the role goes on
            again = next((g for g in groups if g[0].start > group[-1].end), None)
            said_again = _ROLE_AGAIN.fullmatch(text, group[-1].end, again[0].start) if again is not None and id(again) not in marked else None
            # (but "implemented by X in Soubre and by Y in Duekoue": each runner with its own places, read below)
            if said_again is not None and (role == "funder" or said_again.group("seat") is None):
                marked.add(id(again))
                target.extend(o.org_id for o in again)
        # "implemented by X in A and B and by Y in C": a runner a role names again past its own places,
        # each with the places after it
        runner_spans: dict[str, tuple[int, int]] = {}
        for p_start, p_end, role in phrases:
            first = self._group_after(groups, p_end, end) if role == "agent" else None
            if first is None:
                continue
            chain = [first]
            while True:
                later = next((g for g in groups if g[0].start > chain[-1][-1].end and id(g) not in marked
                              and _BY_AGAIN_BEFORE.search(text, max(chain[-1][-1].end, g[0].start - 40), g[0].start)
                              and not re.search(r"[.;:]", text[chain[-1][-1].end : g[0].start])), None)
                if later is None:
                    break
                chain.append(later)
            if len(chain) > 1:
                for k, group in enumerate(chain):
                    marked.add(id(group))
                    ids = [o.org_id for o in group]
                    agents.extend(i for i in ids if i not in agents)
                    for org_id in ids:
                        runner_spans[org_id] = (group[0].start if k else start, chain[k + 1][0].start if k + 1 < len(chain) else end)
                break
        # "set up with the support of the Swiss Embassy for the Ministry of Social Affairs", "with funding
        # from USAID for IOM": the body the support goes to runs the work, its giver pays
        for p_start, p_end, role in phrases:
            payer = self._group_after(groups, p_end, end) if role == "funder" else None
            served = None if payer is None else next((g for g in groups if g[0].start > payer[-1].end and id(g) not in marked), None)
            if served is not None and _FOR_BODY_BETWEEN.fullmatch(text, payer[-1].end, served[0].start) \
                    and not any(_OWNED_BEFORE.search(text, max(start, n_start - 30), n_start) for n_start, _n_end, _e in nouns if n_start < p_start):
                # (but "Its helpline was built with the support of X for the municipality": the work's owner runs it)
                agents.extend(o.org_id for o in served)
                marked.add(id(served))
        # "implemented by ICMPD with La Strada Ukraine": who works beside the runner a role names
        for p_start, p_end, role in phrases:
            runner = self._group_after(groups, p_end, end) if role == "agent" else None
            if runner is None:
                continue
            beside = next((g for g in groups if g[0].start > runner[-1].end and id(g) not in marked
                           and _WITH_BETWEEN.fullmatch(text, runner[-1].end, g[0].start)), None)
            while beside is not None:
                partners.extend(o.org_id for o in beside)
                marked.add(id(beside))
                # "... with La Strada Ukraine and the Polish foundation La Strada Poland"
                beside = next((g for g in groups if g[0].start > beside[-1].end and id(g) not in marked
                               and _AND_KIND_BETWEEN.fullmatch(text, beside[-1].end, g[0].start)), None)
        # "With Rights Jessore and the Indian NGO Sanlaap, we repatriated ...": partners fronted
        fronted = next((g for g in groups if id(g) not in marked), None) if groups else None
        if fronted is not None and _WITH_OPENING.fullmatch(text, start, fronted[0].start) \
                and (_COMMA_AFTER.match(text, fronted[-1].end) or _WE_AFTER.match(text, fronted[-1].end)):  # ("With MdM Belgique we ran ...")
            partners.extend(o.org_id for o in fronted)
            marked.add(id(fronted))
        # "The ILO works with the Ministry of Labour": who works with a partner runs the work
        for p_start, _p_end, role in phrases:
            verbal = _VERBAL_BEFORE.search(text, max(start, p_start - 12), p_start)  # "working together with"
            p_start = verbal.start() if verbal else p_start
            if role != "partner" or not _VERBAL_PARTNER.match(text, p_start):
                continue
            before = next((g for g in reversed(groups) if g[-1].end <= p_start), None)
            # (also in apposition: "an operation by the Anti-Trafficking Unit, working together with ...")
            if before is not None and id(before) not in marked and (_SUBJECT_GAP.fullmatch(text, before[-1].end, p_start)
                                                                    or _APPOSED_GAP.fullmatch(text, before[-1].end, p_start)):
                agents.extend(o.org_id for o in before)
                marked.add(id(before))
        # "USG-funded", "DOS funding", "using EU grant money", "at GOI expense", "UN-led"
        for group in groups:
            last = group[-1]
            after = text[last.end : last.end + 20]
            if _FUNDED_AFTER.match(after) or (_EXPENSE.search(text, max(start, group[0].start - 8), group[0].start) and _EXPENSE_AFTER.match(after)) \
                    or (_SUPPORT_AFTER.match(after) and _SUPPORT_BEFORE.search(text, max(start, group[0].start - 16), group[0].start)):
                # "Winrock International's USAID-funded project": the owner before the possessive runs it
                owned = max((k for k in range(1, len(group)) if _POSSESSIVE_GLUE.search(text, group[k - 1].start, group[k].start)), default=0)
                agents.extend(o.org_id for o in group[:owned])
                funders.extend(o.org_id for o in group[owned:])
                marked.add(id(group))
            elif _AGENT_AFTER.match(after):
                agents.extend(o.org_id for o in group)
                marked.add(id(group))
        # "is entirely USG funded": the verb belongs to its funder, it is no predicate
        funded = {g[-1].end for g in groups if id(g) in marked}
        # (nor is the "-supported" of "the UNICEF-supported Centro ...", whatever the verb's role elsewhere)
        verbs = [v for v in verbs if not (
            (v[2].role == "fund" and any(re.fullmatch(r"[\s-]?", text[e : v[0]]) for e in funded if e <= v[0]))
            or any(text[e : v[0]] == "-" for e in funded if e <= v[0])
        )]
        programme_verbs = [v for v in verbs if v[2].lexicon == "programme"]
        subject, speaker = self._subject(groups, marked, verbs, nouns, controls, start, end)
        first_verb = next((v for v in verbs if v[2].lexicon == "programme"), None)
        if subject is None and item_lead:
            subject = next((g for g in groups if id(g) not in marked), None)
        if subject is not None:
            marked.add(id(subject))
            role = first_verb[2].role if first_verb is not None and first_verb[0] > subject[-1].start else "run"
            ids = [o.org_id for o in subject]
            if role in ("fund", "award"):
                funders.extend(ids)
                # "X funds Y", "awarded the grant to Y": Y runs it
                for group in groups:
                    if id(group) in marked or group[0].start < first_verb[1]:
                        continue
                    between = text[first_verb[1] : group[0].start]
                    # ("funds, through the ILO, the ACCEL project": who the money goes through does the work)
                    if (role == "fund" and _DIRECT_OBJECT.fullmatch(between)) or _TO_GRANTEE.search(between):
                        if re.search(r"\bthrough\s+(?:the\s+)?$", between) and all(
                            self.types.get(o.org_id) in ("government", "donor") and self.homes.get(o.org_id)
                            and self.homes.get(o.org_id) in {self.homes.get(i) for i in ids} for o in group
                        ):
                            funders.extend(o.org_id for o in group)  # "Australia funds, through its DFAT, ...": its own channel pays
                            marked.add(id(group))
                            continue
                        agents.extend(o.org_id for o in group)
                        marked.add(id(group))
                        break
            elif lead_phrase is not None and lead_phrase > subject[-1].end and _OWNER_GLUE.match(text, subject[-1].end) \
                    and all(self.types.get(i) == "donor" for i in ids):
                # "USAID's Safe Routes activity, implemented by HIAS, ...": a donor's work that another body runs is paid by it
                funders.extend(ids)
            else:
                agents.extend(ids)
            referred = nouns and nouns[0][0] > subject[-1].end and _REFERS_TO.fullmatch(text, subject[-1].end, nouns[0][0])
            told = self._antecedent_noun(start, nouns, is_item) if referred else None
            if told is not None and told.get("agents") and not set(told["agents"]) & set(ids):
                # "The police and the Hawks refer victims to the shelter": they work with the shelter's runner
                agents = [a for a in agents if a not in ids] + list(told["agents"])
                partners.extend(ids)
        # "announced a grant of NOK 18 million to the Forum Secretariat": the grantee runs the work, the giver pays
        grantee = next((g for g in groups if id(g) not in marked and any(
            g_end <= g[0].start and _GRANTEE_GAP.fullmatch(text, g_end, g[0].start) for g_end in grants)), None)
        if grantee is not None:
            marked.add(id(grantee))
            if subject is not None and agents == [o.org_id for o in subject]:
                funders.extend(agents)
                agents = []
            agents.extend(o.org_id for o in grantee)
        if grants and agents and not funders:
            funders.extend(self._payer_before(start, grants))  # "A second grant went to X": the giver of the first
        # owners of programme nouns: "UNODC's project", "the IOM rehabilitation program", "its shelter",
        # "a project of Hagar"
        for n_start, n_end, _entry in nouns:
            owner = self._owner(groups, n_start, start)
            if owner is None or id(owner) in marked:
                owner = next((g for g in groups if g[0].start >= n_end and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[n_end : g[0].start])), None)
            if owner is not None and id(owner) not in marked:
                agents.extend(o.org_id for o in owner)
                marked.add(id(owner))
        # anaphors and pronouns for the agent, and page organizations for subjectless items
        antecedent = None
        each = [] if agents else self._both_runners(start)  # "Both grantees will expand ...": each its own work
        if subject is not None and len(subject) > 1 and agents[: len(subject)] == [o.org_id for o in subject] \
                and (_EACH_AFTER.match(text, subject[-1].end) or _BOTH_BEFORE.search(text, max(start, subject[0].start - 8), subject[0].start)):
            each = [o.org_id for o in subject]  # "UNICEF and IOM will both extend their work to X": each body's own work grows
        if each:
            agents = each
        elif not agents:
            # "With support from X, the organisation runs ...": X pays, and is not what "the organisation" means
            agents, antecedent = self._refer_back(start, end, nouns, verbs, speaker, is_item, taken=set(funders) | set(partners))
        else:
            if nouns:
                antecedent = self._antecedent_noun(start, nouns, is_item)
            if subject is None and lead_phrase is not None:
                # "The Center, funded by X, is staffed by Y": the Center and who staffs it
                named, _ = self._refer_back(start, lead_phrase, [], [], None, False)
                if first_verb is not None and first_verb[0] < lead_phrase and first_verb[2].role in ("fund", "award"):
                    # "The Department also funds the service, delivered by Y": the body "the Department" means pays
                    funders.extend(a for a in named if a not in agents and a not in funders)
                else:
                    agents = named + [a for a in agents if a not in named]
        if antecedent is None and it_told is not None:
            antecedent = it_told
        # "runs a hotline with the Secretariat": who works on the work beside its runner
        for group in groups:
            if id(group) not in marked and (agents or subject is not None) and (any(
                _WITH_AFTER_NOUN.fullmatch(text, n_end, group[0].start) for _n_start, n_end, _entry in nouns
            ) or (  # "is conducting, with the ILO and the Ople Center, seminars in ...": partners in an aside
                _WITH_ASIDE_BEFORE.search(text, max(start, group[0].start - 24), group[0].start) and _ASIDE_END.match(text, group[-1].end)
                and (subject is None or group[0].start > subject[-1].end)
            )) and not self._affiliated(group):
                partners.extend(o.org_id for o in group)
                marked.add(id(group))
        # organizations a programme verb acts on: partners
        objects_of = [v[1] for v in verbs if v[2].lexicon == "programme"] + [_control_end(text, c) for c in controls]
        for group in groups:
            if id(group) not in marked and any(
                v_end <= group[0].start and _DIRECT_OBJECT.fullmatch(text[v_end : group[0].start]) for v_end in objects_of
            ) and not self._affiliated(group):
                partners.extend(o.org_id for o in group)
                marked.add(id(group))
        authored = not agents and not partners and not funders and antecedent is None and self._authored(start, programme_verbs, nouns, places)
        # "A shelter for trafficked women was opened in Kolda in 2023": new work whose runner goes unnamed
        unnamed = not agents and not partners and not funders and antecedent is None and not authored \
            and self._unnamed_work(start, programme_verbs, nouns, places)
        if not agents and not partners and not funders and antecedent is None and not authored and not unnamed:
            # "Planned for 2026: a fourth resource centre in Naryn": one more of a kind told before, by its runner
            agents = self._runner_of_another(start, end, nouns)
            if not agents:
                self._remember_nouns(nouns, places, start, end)
                return
        if not nouns and not programme_verbs and not any(p[2] != "partner" or _VERBAL_PARTNER.match(text, p[0]) for p in phrases):
            return  # "in cooperation with APLE, the police arrested ...": a partner, but no programme
        acting = agents or partners  # "Guatemalan authorities, in coordination with Mexico's INM, repatriated ...": a partner acting
        if not nouns and acting and all(self.types.get(a) in ("government", "court_police") for a in acting) and antecedent is None \
                and not any(v[2].lemma in _SERVICE_VERBS or v[2].lemma in _OPENING_VERBS and _NEW_OBJECT.match(text, v[1]) for v in programme_verbs) \
                and not (is_item and any(_RUN_BY.match(text, p[0]) for p in phrases if p[2] == "agent")):
            # an authority's act ("the unit assisted with the repatriation") is no programme unless one is named
            # (but a directory's "- Haven for Women, Quezon City. Run by the DSWD." names what it runs)
            return
        case = _CASE.search(text, start, end)
        if case and not any(n[2].role == "noun" for n in nouns) and not (orgs and any(0 <= n[0] - case.end() <= 2 for n in nouns)):
            # help to the victims of one case ("provided the six women shelter"; not "the two drop-in centres X runs":
            # a count of places of help whose runner the clause names)
            return
        # "With a grant from X, we opened a centre": a "we" no one is named for is the
        # page's author, who runs the work; X stays its funder only.
        if not agents and not partners:
            # "A second centre was opened in Kolda": by whoever runs the first
            agents = self._runner_of_another(start, end, nouns)
        donor_only = not agents and not partners and bool(funders) and not _FIRST_PERSON.search(text, start, end)
        if donor_only and _WORK_BEFORE.match(text, start):
            # "This work is funded by the State Department", "This was made possible by funding from
            # Canada": the funders of the work just told, not a programme of their own at home
            previous = self._work_just_told(start)
            if previous is None and _OWNED_WORK.match(text, start):
                # "Its work is funded by X": the work of the body last named, told before
                owner = self._recent_org(start, "", taken=set(funders))
                previous = next((st for st in reversed(self.statements) if owner in st["agents"]), None) if owner else None
            if previous is None:
                return
            agents, donor_only, places = list(previous["agents"]), False, []
        if donor_only and is_item and self.page_org is not None and self.page_org not in funders and nouns \
                and nouns[0][0] < min((o.start for o in orgs if o.org_id in funders), default=end):
            # "- Bakery workshop and sewing cooperative, with support from Caritas": a list item that names
            # the work first and only who pays for it, on a page of the body whose work the list tells
            agents, donor_only = [self.page_org], False
        if donor_only:
            agents = list(funders)  # "the shelter is funded by X": X's programme, and X still its funder
        else:
            # "a Canada-funded initiative": the country that pays is no place of the work
            paying = [o for group in groups for o in group if o.org_id in funders and o.org_id not in agents]
            places = [p for p in places if not any(o.start <= p.start and p.end <= o.end for o in paying)]
        statement_places, bases, home = self._places(places, start, end, groups, nouns, unit_start)
        if donor_only and not statement_places and places and self._reporter_in(start, end):
            return  # "Poloff traveled to Luang Namtha to visit USG-funded projects": the reporter's trip, no work told
        # A country's government works in its country ("the Burmese Government ... with the Thai Government")
        for org_id in ([] if donor_only else agents + partners):
            home_country = self.homes.get(org_id, "")
            if whole_government(org_id) and home_country and home_country not in {p.code for p in statement_places}:
                statement_places.append(_Row(-1, -1, home_country, "country", home_country))
        quote_start = unit_start
        if _HOME.search(text, start, end):
            # "follow children after their return home": they come from the places
            # named for them, here or in the sentence before
            if not home:
                home, quote_start = self._home_before(unit_start)
        else:
            home = []
        # "Blue Dragon, based in Hanoi, rescues ...": a base at home is where a local body works from
        rows = statement_places or [b for b in bases if b.kind != "country" and b.country in (self.context, self.subject, "")]
        rows = rows + [p for p in home if p.code not in {r.code for r in rows}]
        # "Over time, the project will expand to include Laos": where the work will grow is no place it works in yet
        expansion = self._expansion_at(start, end) if rows else None
        planned_rows = [r for r in rows if expansion is not None and r.start >= expansion]
        rows = [r for r in rows if expansion is None or r.start < expansion]
        if funders and rows:
            # "funded by the European Union, Italy and Germany (GFFO)": a country that pays, or whose
            # agency in brackets pays, is no place of the work
            # ("supported by the Embassy of the Netherlands in Pretoria": the city a payer sits in)
            paying = [o for o in orgs if o.org_id in funders]
            rows = [r for r in rows if not any(o.start <= r.start < o.end or 0 <= o.start - r.end <= 3 and _BRACKET_OPENS.fullmatch(text, r.end, o.start)
                                                or r.kind == "city" and _SEAT_BETWEEN.fullmatch(text, o.end, r.start) for o in paying)]
        statement = {
            "agents": list(dict.fromkeys(agents)),
            "partners": [p for p in dict.fromkeys(partners) if p not in agents],
            "funders": list(dict.fromkeys(funders)),
            "rows": rows,
            "planned_rows": planned_rows,
            "activities": terms_in(text[unit_start:unit_end], "activities"),
            "budget": _budgets(text, unit_start, unit_end),
            "identifiers": _identifiers(text, unit_start, unit_end),
            "status": self._status(start, end, verbs, nouns, subject[-1].end if subject else None),
            "start": quote_start,
            "end": unit_end,
            "item": is_item,
            "evidence": " ".join(text[quote_start:unit_end].split()),
            "noun": self._noun(nouns),
            "proper": _proper_name(text[unit_start:unit_end], self._known_names()),
            "antecedent": antecedent,
            "kind": _kind(nouns[0][2]) if nouns else "",
            "fresh": self._fresh_noun(start, nouns) if antecedent is None and statement_places else "",
            "donor_only": donor_only,
            "authored": authored,
            "unnamed": unnamed,
            "noun_entry": nouns[0] if unnamed and nouns else None,
            # "Our programmes are funded by X and Y": the funders of every work of the runner
            "all_works": bool(funders) and _ALL_WORKS.match(text, start) is not None,
            "ordinal": _ORDINAL_ALONE.match(text, start) is not None,
        }
        counted = self._counted_before(start) if not donor_only and agents else None
        if counted is not None:
            # "The Home Office funds two programmes in Albania. The first, delivered by X, ...": one of the works
            # its payer counted, paid by it (the payer's count is no work of its own)
            statement["funders"] = list(dict.fromkeys(statement["funders"] + [f for f in counted["funders"] if f not in agents]))
            statement["rows"] = statement["rows"] or list(counted["rows"])
            counted["counted"] = True
        if statement["status"] in ("", "new") and any(
                role == "agent" and _FUTURE_PASSIVE.search(text, max(start, p_start - 30), p_start) for p_start, _p_end, role in phrases):
            statement["status"] = "planned"  # "The programme will be implemented by X": the work itself is still to come
            statement["to_start"] = True  # (the same work, where it will be done: no growth of work told before)
        if reported_future and statement["status"] in ("", "new"):
            statement["status"] = "planned"  # "its director said a second shelter would be set up in X": work to come
        if is_item and not statement["status"] and self._item_intro(unit_start)[1]:
            statement["status"] = "planned"  # "the Ministry will:\n- Open a shelter in Tamale."
        if len(runner_spans) > 1 and not each:
            each = list(runner_spans)
        if len(each) > 1:
            shared: list[str] = []  # the payers of the work told before, which the first runner's statement took up
            for agent in each:  # one statement per runner, to go on with the work each runs
                span = runner_spans.get(agent)
                rows = [r for r in statement["rows"] if span is None or r.start < 0 or span[0] <= r.start < span[1]]
                funded = list(dict.fromkeys(statement["funders"] + [f for f in shared if f != agent]))
                added = dict(statement, agents=[agent], partners=[p for p in statement["partners"] if p != agent], rows=rows, funders=funded)
                self._add(added, nouns)
                shared = shared or list(added["funders"])
            return
        self._add(statement, nouns)

    # -- roles -------------------------------------------------------------------

    def _groups(self, orgs: list[_Org]) -> list[list[_Org]]:
        """Organization mentions joined by commas, brackets and "and" into coordinated groups.

        Commas alone make no list ("With funding from UNICEF, Hagar runs ..."):
        a group joined only by commas is cut at them.
        """
        groups: list[list[_Org]] = []
        for org in orgs:
            glue = self.text[groups[-1][-1].end : org.start] if groups else ""
            country_first = _COUNTRY_BEFORE_BRACKET.fullmatch(glue) if groups else None
            if groups and (_GROUP_GLUE.match(glue) or country_first and country_of(country_first.group(1))):
                # ("the European Union, Italy, Germany (GFFO) and the United States (PRM)": a country, then its agency)
                groups[-1].append(org)
            else:
                groups.append([org])
        groups = [part for group in groups for part in self._cut_after_conjunction(group)]
        out = []
        for group in groups:
            glues = [self.text[a.end : b.start] for a, b in zip(group, group[1:])]
            if len(group) > 1 and not any(re.search(r"\b(?:and|or|as well as)\b|&|[’']s|^\s*\(|^\s*$", g, re.IGNORECASE) for g in glues):
                out.extend([org] for org in group)
            else:
                out.append(group)
        return out

    def _cut_after_conjunction(self, group: list[_Org]) -> list[list[_Org]]:
        """A list ends at its "and": "With funding from Norway and Sweden, the ILO runs ..." is two groups."""
        parts, joined = [[group[0]]], False
        for a, b in zip(group, group[1:]):
            glue = self.text[a.end : b.start]
            if joined and re.fullmatch(r"\s*,\s*(?:the\s+)?", glue):
                parts.append([b])
                joined = False
                continue
            joined = joined or bool(re.search(r"\b(?:and|or)\b|&", glue))
            parts[-1].append(b)
        return parts

    def _fronted_phrase_group(self, groups, group, verbs):
        """The part of a list after a clause-opening role phrase that is the phrase's own.

        "With funding from Norway, Maiti Nepal and the Asia Foundation
        launched a campaign": the list runs on into the clause's subject, so
        a list that a programme verb follows at once is cut at its first
        comma; the rest becomes a group of its own (the subject). With a
        comma before the verb ("With funding from Norway, Sweden and
        Denmark, the ILO runs ...") the whole list is the phrase's.
        """
        text = self.text
        if len(group) < 3 or not any(
            v[2].lexicon == "programme" and _VERB_RIGHT_AFTER.fullmatch(text, group[-1].end, v[0]) for v in verbs
        ):
            return group
        cut = next((k for k in range(1, len(group)) if _COMMA_ONLY.fullmatch(text, group[k - 1].end, group[k].start)), None)
        if cut is None:
            return group
        head, rest = group[:cut], group[cut:]
        groups[groups.index(group) : groups.index(group) + 1] = [head, rest]
        return head

    def _group_after(self, groups, position: int, end: int):
        """The group right after a role phrase (a few words may stand between: "funded by the French NGO AFESIP")."""
        for group in groups:
            if group[0].start >= position:
                gap = self.text[position : group[0].start]
                gap = _PEOPLE_OF.sub(" ", gap)  # "staffed by members and officers of the Women's Union"
                if len(gap) <= 50 and not re.search(r"[.;:]", gap) and len(gap.split()) <= 5:
                    return group
                return None
        return None

    def _affiliated(self, group) -> bool:
        """ "VFF Executive Director Cecilia ...", "officials of the Ministry": a person's employer."""
        text = self.text
        if _AFFILIATION_AFTER.match(text[group[-1].end : group[-1].end + 40]):
            return True
        before = text[max(0, group[0].start - 60) : group[0].start]
        return bool(re.search(
            r"\b(?:Director|Chairman|Chairwoman|Chair|Head|Minister|Representatives?|Officials?|Officers?|Staff|Members?|Spokes(?:man|woman|person)|"
            r"Deputy|Vice|President|Secretary|Coordinator|Manager|Chief|Expert|Advis[eo]r)\s+(?:[\w’'-]+\s+){0,3}?(?:of|from|at|with|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$",
            before, re.IGNORECASE))

    def _subject(self, groups, marked, verbs, nouns, controls, start, end):
        """The clause's subject group, and a speaker ("IOM told us ...").

        The first group before a programme verb; but after a verb of control
        ("AAT chose Blue Dragon ... to follow the children") the group nearest
        before the infinitive.
        """
        text = self.text
        speaker = None
        candidates = []
        for group in groups:
            if id(group) in marked or self._affiliated(group):
                continue
            before = text[start : group[0].start]
            # ("builds on a pilot that Karina has run": the subject of a relative clause, past its pronoun)
            oblique = None if _TIME_OPENING.fullmatch(before) or _RELATIVE_PRONOUN_BEFORE.search(before[-12:]) \
                else _PREPOSITION_BEFORE.search(before[-60:])
            if oblique and not re.search(r"[,:]\s*(?:the\s+)?$", before) and not _infinitive(oblique.group()) \
                    and not _RELATIVE_AFTER.match(text, group[-1].end):
                continue  # but "flown home by IOM, which runs a programme": the relative clause's subject
            if re.match(r"[’']s?\s+(?!\S*[A-Z])", text[group[-1].end : group[-1].end + 6]):
                continue  # a possessor of a common noun: see _owner
            candidates.append(group)
        infinitive = next((v for v in verbs if v[2].lexicon == "programme" and _TO_BEFORE.search(text[max(start, v[0] - 4) : v[0]])), None)
        if infinitive is not None and any(c < infinitive[0] for c in controls):
            before = [g for g in candidates if g[-1].end <= infinitive[0] and any(c < g[0].start for c in controls)]
            if before:
                return before[-1], speaker
        first = next((v[0] for v in verbs), end)
        for group in candidates:
            following = [v for v in verbs if v[0] >= group[-1].end]
            if following:
                gap = text[group[-1].end : following[0][0]]
                if _SUBORDINATE.search(gap) and not _RELATIVE_GAP.match(gap):
                    following = []  # "X have input into how projects are run": the verb is another clause's
            if group[0].start > first and following and not re.search(r"[:;]", text[first : group[0].start]) \
                    and not _RELATIVE_GAP.match(text[group[-1].end : following[0][0]].replace("that", "~")) \
                    and not _RELATIVE_PRONOUN_BEFORE.search(text, max(start, group[0].start - 12), group[0].start):
                break  # after the predicate: an object ("support ASEAN member states as they implement ...")
            if not following:
                if any(n[0] >= group[-1].end and not _SUBORDINATE.search(text[group[-1].end : n[0]]) for n in nouns):
                    return group, speaker  # "World Vision, with a project in Can Tho"
                continue
            verb = following[0]
            if verb[2].lexicon == "speech":
                speaker = speaker or group
                continue
            if len(group) > 1 and group[0].start < first and _RELATIVE_AFTER.match(text, group[-1].end):
                # "The Court commended the CTU and IOM, which provided psychosocial support": the
                # relative clause is the last conjunct's
                return group[-1:], speaker
            return group, speaker
        speaker = speaker or self._speaker(groups, verbs)
        if speaker is not None and (nouns or any(v[2].lexicon == "programme" for v in verbs)) and not _SPEAKER_QUOTES.search(text, start, end) \
                and not _ACCORDING_TO.search(text, max(0, speaker[0].start - 20), speaker[0].start):
            # "USAID announced a new regional program": the speaker runs what it announces,
            # unless another subject is named
            return speaker, speaker
        return None, speaker

    def _speaker(self, groups, verbs):
        """Who speaks in a clause: "the director of Casa Esperanza told us", "... said the director of IOM"."""
        text = self.text
        for v_start, v_end, entry in verbs:
            if entry.lexicon != "speech":
                continue
            for group in groups:
                before = text[group[-1].end : v_start]
                after = text[v_end : group[0].start]
                if group[-1].end <= v_start and len(before) <= 12 and re.fullmatch(r"\s*(?:[’']s\s+\w+\s*)?", before):
                    return group
                if group[0].start >= v_end and len(after) <= 40 and re.fullmatch(
                        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of|from|at|for)\s+(?:the\s+)?|\s+(?:the\s+)?", after):
                    return group
        return None

    def _owner(self, groups, noun_start: int, start: int):
        """The group that owns a programme noun: "UNODC's project", "the IOM rehabilitation program",
        "a Thai government shelter", "a campaign the Center is carrying out" (see _refer_back)."""
        text = self.text
        for group in reversed(groups):
            if group[-1].end > noun_start:
                continue
            between = text[group[-1].end : noun_start]
            # possessive, then up to four modifiers: "UNODC's antitrafficking project", "IOM rehabilitation and recovery program"
            if re.fullmatch(r"(?:[’']s?)?(?:\s+(?:[\w’'-]+|\([A-Z][\w ]*\)))?(?:\s+(?:and\s+)?[\w’'-]+){0,4}\s+", between) \
                    and not re.search(r"\b(?:to|for|from|with|by|in|of|at|on|said|told|is|are|was|were|has|have)\b", between) \
                    and not re.match(r"\s+(?:and|or|&)\s", between):
                # "the ILO TRIANGLE in ASEAN programme": a region body named inside the programme's name is where,
                # the body before it owns the programme
                inside = re.search(r"([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)[ \t]+in[ \t]+$", text[max(start, group[0].start - 40) : group[0].start])
                if inside is not None:
                    owner = next((g for g in reversed(groups) if g[-1].end <= group[0].start - len(inside.group()) + len(inside.group(1))
                                  and re.fullmatch(r"[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+in[ \t]+|[ \t]+in[ \t]+",
                                                   text[g[-1].end : group[0].start])), None)
                    if owner is not None:
                        return owner
                return group  # (not "... with the Guyana Women Miners Organisation and Help and Shelter": another conjunct)
            return None
        return None

    def _refer_back(self, start, end, nouns, verbs, speaker, is_item, taken=frozenset()):
        """Agents of a clause that names none: anaphors, pronouns, speakers, the page's organization.

        ``taken``: organizations the clause gives another role (its funders), which no anaphor of it means.
        """
        text = self.text
        antecedent = self._antecedent_noun(start, nouns, is_item)
        clause = text[start:end]
        first_verb = min((v[0] for v in verbs if v[2].lexicon == "programme"), default=end)
        if antecedent is not None and not antecedent.get("pending") and any(n[0] < first_verb for n in nouns):
            return list(antecedent["agents"]), antecedent  # "The program will focus on ...": the programme named before
        noun_starts = sorted(n[0] for n in nouns)
        person = _PERSONS_BODY.search(clause)
        if person is not None:
            # "Carla Gullotta, executive director of Stand Up for Jamaica, said her organisation had been
            # running workshops": the body of the person the clause names
            employers = [o for o in self._in(self.orgs, self.org_starts, start, start + person.start()) if o.org_id not in taken and self._affiliated([o])]
            if employers:
                return [employers[-1].org_id], antecedent
        for match in _POSSESSIVE_PRONOUN.finditer(clause):
            # "our counselling centre", "Its Commonwealth Action Plan": the owner of the programme noun it opens,
            # unless a subject named before it owns it ("the foundation expanded its programme")
            if _opens_noun(text, noun_starts, start + match.end(), True) and not _PHASE_AFTER.match(text, start + match.end() - 1):
                subject = next((m for m in _ANAPHOR.finditer(clause, 0, match.start()) if m.group("noun")
                                and m.group("noun").lower() not in _PROGRAMME_NOUNS and not self._named_at(start + m.start("noun"))), None)
                if subject is not None:
                    found = self._recent_org(start + subject.start(), subject.group("noun").lower(), taken)
                    if found is not None:
                        return [found], antecedent
                owner = self._possessor(match.group(1).lower(), start + match.start(), speaker)
                if owner:
                    return owner, antecedent
        for match in _PLACE_BODY_OWNS.finditer(clause):
            if start + match.start() < first_verb and _MEMBERS_AFTER.match(text, start + match.end()):
                # "the city's social workers provide outreach": the city body named before ("City of Tallinn")
                found = self._recent_org(start + match.start(), match.group(1).lower(), taken)
                if found is not None:
                    return [found], antecedent
        for match in _ANAPHOR.finditer(clause):
            noun = (match.group("noun") or "").lower()
            pronoun = (match.group("pronoun") or "").lower()
            if noun and self._named_at(start + match.start("noun")):
                continue  # "the Oak Foundation": a name, not "the foundation" pointing back
            if noun.lower() == "government" and _KIND_OF_BODY_AFTER.match(clause, match.end()):
                continue  # "OTIT, the government body that oversees ...": a kind of body, not the government
            if noun and self._owns_body(start + match.end()):
                continue  # "the Department's Women's Issues Fund": the body named is what acts, if anyone
            if noun in _PROGRAMME_NOUNS or noun in ("shelter", "hotline", "halfway house", "house", "blo", "component"):
                determiner = (match.group("determiner") or "").lower()
                if determiner not in ("our", "its", "their"):
                    continue  # a programme, not its runner
                pronoun, noun, owner = determiner, "", True  # "our shelter", "its project": the owner
            else:
                owner = False
            if pronoun in ("we", "our"):
                if speaker is not None:
                    return [o.org_id for o in speaker], antecedent
                introduced = self._introduced_before(start + match.start())
                if introduced == "":
                    continue
                if introduced is not None:
                    return [introduced], antecedent
                if self.page_org is not None:
                    return [self.page_org], antecedent
                if antecedent is not None and (antecedent["agents"] or antecedent["partners"]):
                    # "we will extend the helpline to Johor" on a page that names no "we": the helpline's runners
                    # (or, told with none, the bodies named for it: "we operate a helpline with X")
                    return list(antecedent["agents"] or antecedent["partners"]), antecedent
                ours = self._our_agents()
                if ours:
                    return ours, antecedent
                continue
            if pronoun in ("they", "their") and speaker is not None:
                return [o.org_id for o in speaker], antecedent
            if pronoun in ("it", "they") and start + match.start() > first_verb:
                continue  # "... in returning to their families": not the subject
            if pronoun in ("its", "their", "our") and not owner:
                if start + match.start() < first_verb and _MEMBERS_AFTER.match(text, start + match.end()):
                    # "its staff trained 50 teachers": the body whose people act
                    members_of = self._possessor(pronoun, start + match.start(), speaker)
                    if members_of:
                        return members_of, antecedent
                # "Its Commonwealth Action Plan": a possessive owns the programme noun it opens
                owner = _opens_noun(text, noun_starts, start + match.end(), False) and not _PHASE_AFTER.match(text, start + match.end())
                if not owner:
                    continue  # (nor does "its second phase": the work's own next stage)
            if pronoun in ("it", "they") and not owner:
                # "They are usually kidnapped ...": a pronoun stands for an organization
                # only when one was the subject of a statement just before
                # (or across a paragraph's end, when the statement ended it: "... funded by UNICEF.\n\nIt also operates ...")
                if self.last_agents and self.last_end >= 0 and start - self.last_end < 400 \
                        and (not _BLANK_LINE.search(text, self.last_end, start) or not text[self.last_end : start].strip()):
                    return list(self.last_agents), antecedent
                continue
            if pronoun in ("it", "they", "its", "their") or noun:
                found = self._recent_org(start + match.start(), noun, taken | self._payers_just_told(start, noun))
                if found is not None:
                    return [found], antecedent
                if noun and self.noun_agents.get(noun) and not set(self.noun_agents[noun]) & set(taken):
                    return list(self.noun_agents[noun]), antecedent
        if antecedent is not None:
            return list(antecedent["agents"]), antecedent
        if is_item and _SUBJECTLESS.match(clause.lstrip()):
            # "• Supported a new database ...": the page's or the last agent's
            if self.page_org is not None:
                return [self.page_org], None
            if self.last_agents:
                return list(self.last_agents), None
        if is_item and (_SUBJECTLESS.match(clause.lstrip()) or any(v[0] == start + len(clause) - len(clause.lstrip()) for v in verbs)):
            # "the Ministry will:\n- Operate the shelter in Accra.\n- Open a second shelter in Tamale.": the items' subject
            # is the one the line over the list names
            lead = self._item_intro(start)[0]
            if lead is not None:
                return [lead], None
        if not self._fresh_noun(start, nouns) and self._passive_goes_on(start, end, verbs):
            # "X launched a project ... (new paragraph) Over six months, 150 inspectors were trained in Almaty":
            # work told in the passive, by no one named, goes on with the work just told
            return list(self.last_agents), None
        return [], None

    def _item_intro(self, start: int) -> tuple[str | None, bool]:
        """The subject of the line that opens the list an item is in ("Under the Plan, the Ministry will:"),
        and whether that line says the items are still to come (a modal before its colon)."""
        text = self.text
        at = text.rfind("\n", 0, start)
        while at > 0:
            line_start = text.rfind("\n", 0, at) + 1
            line = text[line_start:at]
            if line.strip() and not _ITEM_LINE.match(line):
                break
            at = line_start - 1
        if at <= 0 or not text[:at].rstrip().endswith(":"):
            return None, False
        intro = _INTRO_SUBJECT.search(text, line_start, at)
        if intro is None:
            return None, False
        subject = next((o for o in reversed(self._in(self.orgs, self.org_starts, line_start, intro.start() + 1)) if o.end == intro.start()), None)
        planned = _modality()[0]["planned"].search(intro.group()) is not None
        return (subject.org_id if subject is not None else None), planned

    def _passive_goes_on(self, start: int, end: int, verbs) -> bool:
        """Whether a clause tells work in the passive with no one named ("150 inspectors were trained in
        Almaty") right after a statement of work (in its paragraph or the next one), and names a place.

        A cable's are left out: what its officers saw done is not the work they reported on before.
        """
        if not self.last_agents or self.last_end < 0 or not 0 <= start - self.last_end < 400 \
                or len(_BLANK_LINE.findall(self.text, self.last_end, start)) > 1:
            return False
        if any(key in self.metadata for key in ("reference", "classification", "tags")):
            return False
        if not self._in(self.places, self.place_starts, start, end):
            return False
        # (not "a task force was established in Lira by the district council": new work, or someone named)
        return any(v[2].lexicon == "programme" and v[2].role == "run" and _PASSIVE_BEFORE.search(self.text, max(start, v[0] - 24), v[0])
                   and not _BY_SOMEONE.search(self.text, v[1], end) for v in verbs)

    def _payer_before(self, start: int, grants: list[int]) -> list[str]:
        """Who gave the grant told just before, for "a second grant", "another grant" that names no giver
        ("X awarded a grant to Y for ... A second grant went to Z": X pays Z's work too)."""
        if not any(_ANOTHER_NOUN.search(self.text, start, g_end) for g_end in grants):
            return []
        last = next((st for st in reversed(self.statements) if st["funders"]), None)
        return list(last["funders"]) if last is not None and self._just_before(last, start) else []

    def _counted_before(self, start: int) -> dict | None:
        """The statement of a payer that counted the works a clause opening on an ordinal goes through ("X
        funds two programmes in A. The first, delivered by Y, ... The second, implemented by Z, ..."), or None.

        The ordinal stands alone, before a comma or a verb ("The first, ", "The second is"); the payer's
        statement told no runner, and ends in this paragraph, past at most the works counted so far.
        """
        if not _ORDINAL_ALONE.match(self.text, start):
            return None
        for statement in reversed(self.statements):
            if not self._just_before(statement, start) and start - statement["end"] >= 0:
                return None
            if statement.get("ordinal"):
                continue  # ("The second, ..." after "The first, ...")
            return statement if statement["donor_only"] and _COUNT_WORD.search(statement["evidence"]) else None
        return None

    def _both_runners(self, start: int) -> list[str]:
        """The runners last told, for a clause opening on a plural that counts them ("Both grantees",
        "the two organisations", "The three members", "both programmes"): as many as it counts, nearest
        first, from the statements of this paragraph and the one before; empty if the clause does not
        open so, or fewer are told. Who only pays ("X funds two programmes") is no runner."""
        time = _TIME_OPENING.match(self.text, start)  # ("In 2025 both programmes will ...")
        match = _BOTH_RUNNERS.match(self.text, time.end() if time else start)
        if match is None:
            return []
        word = match.group("all") or match.group("count")
        count = _COUNTS[word] if word else 2 if match.group(0).lstrip()[:1] in "Bb" else 0
        if not count:
            return []  # "All our partners": no count
        runners: list[str] = []
        for statement in reversed(self.statements):
            if start - statement["end"] < 0 or len(runners) >= count:
                break
            if len(_BLANK_LINE.findall(self.text, statement["end"], start)) > 1 or start - statement["end"] > 1500:
                break  # (no further back than the paragraph before)
            if not statement["donor_only"]:
                runners.extend(a for a in statement["agents"] if a not in runners)
        return runners[:count] if len(runners) >= count else []

    def _payers_just_told(self, position: int, noun: str) -> set[str]:
        """The funders of the work told just before ``position``, which "the organisation" after it does
        not mean ("X, with support from SDC, runs a trust line. The organisation also operates ..."): the
        runner is what the text goes on about. Not a funder whose name holds the noun ("the foundation")."""
        last = self.statements[-1] if self.statements else None
        if not noun or last is None or not last["agents"] or last["donor_only"] \
                or not (self._just_before(last, position) or self._paragraph_after(last, position)):
            return set()  # (a paragraph's first sentence goes on with the work the one before ended on)
        return {f for f in last["funders"] if f not in last["agents"] and f" {fold_name(noun)} " not in f" {fold_name(self.names.get(f, ''))} "}

    def _introduced_before(self, position: int) -> str | None:
        """The organization the current speaker said they are ("I direct X").

        '' when another speaker has taken the turn since: their "we" is
        nobody the text names. None when no speaker introduced themselves.
        """
        i = bisect.bisect_left(self.introduced, (position, "")) - 1
        if i < 0:
            return None
        end, org_id = self.introduced[i]
        return "" if _SPEAKER_TURN.search(self.text, end, position) else org_id

    def _our_agents(self) -> list[str]:
        """Who "we" is on a page that names no organization of its own: the last agents that are not "our partner".

        Only while the page has told of one organization's work: after
        several ("La Strada Poland runs ... La Strada Czech Republic trains
        ..."), a "we" is the page's unnamed author, not the last of them.
        """
        told = {a for statement in self.statements for a in statement["agents"] if a not in self.our_partners}
        if len(told) > 1:
            return []
        if self.last_agents and not set(self.last_agents) & self.our_partners:
            return list(self.last_agents)
        for statement in reversed(self.statements):
            agents = [a for a in statement["agents"] if a not in self.our_partners]
            if agents and not set(statement["agents"]) & self.our_partners:
                return agents
        return []

    def _possessor(self, pronoun: str, position: int, speaker) -> list[str]:
        """Who "our", "its" or "their" stands for before a programme noun."""
        if pronoun == "our":
            if speaker is not None:
                return [o.org_id for o in speaker]
            introduced = self._introduced_before(position)
            if introduced is not None:
                return [introduced] if introduced else []
            if self.page_org is not None:
                return [self.page_org]
            return self._our_agents()
        if speaker is not None and pronoun == "their":
            return [o.org_id for o in speaker]
        found = self._recent_org(position, "")
        return [found] if found else []

    def _named_at(self, position: int) -> bool:
        """Whether an organization's mention covers ``position``."""
        i = bisect.bisect_right(self.org_starts, position) - 1
        return i >= 0 and self.orgs[i].end > position

    def _owns_body(self, position: int) -> bool:
        """Whether a possessive at ``position`` opens an organization's name: "'s Women's Issues Fund"."""
        possessive = re.match(r"[’']s?\s+(?:own\s+)?", self.text[position : position + 12])
        if possessive is None:
            return False
        i = bisect.bisect_left(self.org_starts, position + possessive.end())
        return i < len(self.orgs) and self.orgs[i].start == position + possessive.end()

    def _recent_org(self, position: int, noun: str, taken=frozenset()) -> str | None:
        """The organization last named before ``position`` that a noun can stand for (not one of ``taken``)."""
        i = bisect.bisect_left(self.org_starts, position) - 1
        lookback = 0
        while i >= 0 and lookback < 12:
            org = self.orgs[i]
            org_id = org.org_id
            if org_id in taken:
                i -= 1
                lookback += 1
                continue
            name = self.names.get(org_id, "")
            org_type = self.types.get(org_id, "")
            if _MEMBER_OF_BEFORE.search(self.text, max(0, org.start - 24), org.start):
                i -= 1  # "Casa Alianza, part of the Covenant House network, said ... The organization runs": the body it is part of is not meant
                lookback += 1
                continue
            if noun in ("", "organization", "organisation", "agency", "partner", "grantee", "group") and org_type != "media":
                return org_id
            if noun == "government" and org_type == "government" and (re.search(r"\bGovernment\b", name) or whole_government(org_id)):
                return org_id
            if noun in ("ngo", "charity", "foundation") and org_type == "ngo":
                return org_id
            if noun and f" {fold_name(noun)} " in f" {fold_name(name)} ":
                return org_id  # ("the task force": the Edo State Task Force Against Human Trafficking)
            if noun and re.search(rf"\b{re.escape(noun)}[ \t]+$", self.text[max(0, org.start - 30) : org.start], re.IGNORECASE):
                return org_id  # ("the association": "our association Kanam Solidarité", the kind its name was given)
            i -= 1
            lookback += 1
        return None

    def _antecedent_noun(self, start: int, nouns: list, is_item: bool = False):
        """The statement a definite programme noun refers back to ("the program", "this halfway house").

        A list item's work is not what a noun after the list points back at: "The Fund's
        programme supports ... - X runs a case-management programme ... (the list ends) The
        programme also funds ..." speaks of the programme told outside the list, if any.
        """
        text = self.text
        for n_start, _n_end, entry in nouns:
            if not _REFERRING_BEFORE.search(text[max(0, n_start - 20) : n_start]) or self._one_more(n_start, _n_end):
                continue  # (not "The second shelter, in Puerto Maldonado": one more, not the one told)
            key = _noun_key(entry)
            if key in self.last_noun:
                told = self.last_noun[key]
                if told.get("item") and not is_item and _BLANK_LINE.search(text, told.get("end", n_start), n_start):
                    told = self.last_noun_told.get(key)
                    if told is None:
                        continue
                return told
            if key == "programme" and self.statements and self.statements[-1]["agents"] and (
                    self._just_before(self.statements[-1], n_start) or self._paragraph_after(self.statements[-1], n_start)):
                # "X runs a hotline and a shelter. Since 2019 the project, funded by Y, ...": the work just described
                return self.statements[-1]
            if entry.lemma.endswith("ing") and self.statements and self.statements[-1]["agents"] and (
                    self._just_before(self.statements[-1], n_start) or self._paragraph_after(self.statements[-1], n_start)) \
                    and re.search(rf"\b{re.escape(entry.lemma[:-3])}(?:s|ed|ing)?\b", self.statements[-1]["evidence"], re.IGNORECASE):
                # "X trained 240 officers in Kumasi. This training will be extended to Wa": the work the verb told
                return self.statements[-1]
        return None

    def _paragraph_after(self, statement: dict, position: int) -> bool:
        """Whether ``position`` lies in the first sentence of the paragraph right after the one a statement
        ends ("X runs a shelter in Kisumu.\n\nThe programme also supports survivors in Nakuru")."""
        end = statement["end"]
        gap = _BLANK_LINE.search(self.text, end, position) if 0 <= position - end < 400 else None
        if gap is None or self.text[end : gap.start()].strip() or _BLANK_LINE.search(self.text, gap.end(), position):
            return False  # (the statement ends its paragraph, and the next one opens with the noun's sentence)
        return not re.search(r"[.!?][\s\"”]", self.text[gap.end() : position])

    def _one_more(self, n_start: int, n_end: int) -> bool:
        """Whether an ordinal makes a noun one more of its kind ("The second shelter, in Nakuru"), unless
        the same ordinal and noun were told before ("the second phase will begin ... The second phase will be
        implemented by X")."""
        ordinal = _ORDINAL_BEFORE.search(self.text, max(0, n_start - 20), n_start)
        if ordinal is None:
            return False
        told = re.compile(rf"\b{ordinal.group(1)}\s+(?:[\w-]+\s+)?{re.escape(self.text[n_start:n_end])}", re.IGNORECASE)
        return told.search(self.text, 0, ordinal.start()) is None

    def _just_before(self, statement: dict, position: int) -> bool:
        """Whether a statement ends in the paragraph of ``position``, a few sentences before it."""
        end = statement["end"]
        return 0 <= position - end < 400 and not _BLANK_LINE.search(self.text, end, position)

    def _remember_nouns(self, nouns, places, start, end) -> None:
        """A new programme noun with no runner named yet ("a newly built halfway house"): a later
        "this halfway house" may name one."""
        if not places:
            return
        rows = None  # the clause's places, read once for all its nouns
        for n_start, _n_end, entry in nouns:
            # (or one the clause calls by its own name: "the Stop Online Exploitation campaign visited schools in Cebu")
            if not _NEW_BEFORE.search(self.text[max(start, n_start - 30) : n_start]) \
                    and not _NAME_BEFORE_NOUN.search(self.text, max(start, n_start - 60), n_start):
                continue
            key = _noun_key(entry)
            if rows is None:
                rows, _, _ = self._places(places, start, end, [], [], start)
            self.last_noun[key] = {"agents": [], "rows": list(rows), "pending": True, "noun_entry": (n_start, _n_end, entry), "end": end}

    # -- places ---------------------------------------------------------------------

    def _role_before(self, position: int, start: int) -> set[str]:
        """Roles of the place-role words that govern a place at ``position`` (see ``lexicon/place_roles.csv``)."""
        if self._place_hits is None:
            self._place_hits = _place_cues().find(self.text, fold_text(self.text))
            self._place_ends = [h[1] for h in self._place_hits]
        text = self.text
        roles = set()
        i = bisect.bisect_right(self._place_ends, position) - 1
        while i >= 0 and self._place_hits[i][1] >= max(start, position - 60):
            h_start, h_end, _ = self._place_hits[i]
            for cue in _place_cues().cues_of(text[h_start:h_end]):
                role = "trip" if cue.role == "trip" else cue.role
                if role in _GAPS and role not in roles and _GAPS[role].fullmatch(text, h_end, position):
                    if role != "origin" or position - h_end <= 30:
                        roles.add(role)
                if cue.role == "from" and "origin" not in roles and _GAPS["origin"].fullmatch(text, h_end, position):
                    roles.add("origin")  # "from Dien Bien": where people come from
            i -= 1
        return roles

    def _expansion_at(self, start: int, end: int) -> int | None:
        """Where a clause's places start being the work's planned growth: the end of an expansion word
        ("expand", "extend", "scale up", "roll-out") that a future or a plan governs ("will expand to
        include", "plans to extend its work to", "a planned roll-out"), or None.

        A past expansion ("was extended to Osh in 2021") is work done there, and gives None.
        """
        if self._place_hits is None:
            self._role_before(start, start)
        text = self.text
        i = bisect.bisect_left(self._place_ends, start)
        while i < len(self._place_hits) and self._place_hits[i][0] < end:
            h_start, h_end, _ = self._place_hits[i]
            i += 1
            if not any(c.role == "expansion" for c in _place_cues().cues_of(text[h_start:h_end])):
                continue
            modal = _modality()[0]["planned"].search(text, max(start, h_start - 40), h_start)
            if modal is not None and _CONTINUES.match(text, modal.end()):
                modal = None  # "will continue to extend ...": work done, going on
            if modal is not None and not _CLAUSE_BREAK.search(text, modal.end(), h_start) \
                    and not _USERS_SUBJECT.fullmatch(text, start, modal.start()) or _FUTURE_BEFORE.search(text, max(start, h_start - 24), h_start):
                return h_end
        return None

    def _reporter_in(self, start: int, end: int) -> bool:
        """Whether a reporter ("Poloff", "Emboffs", "we") is named in a clause."""
        if self._place_hits is None:
            self._role_before(start, start)
        i = bisect.bisect_left(self._place_ends, start)
        while i < len(self._place_hits) and self._place_hits[i][0] < end:
            h_start, h_end, _ = self._place_hits[i]
            if any(c.role == "reporter" for c in _place_cues().cues_of(self.text[h_start:h_end])):
                return True
            i += 1
        return False

    def _places(self, places, start, end, groups, nouns, unit_start):
        """(operating places, bases, homes) of a clause."""
        text = self.text
        operating, bases, home = [], [], []
        flow_end = -1
        for row in places:
            if self._ends_a_name(row):
                continue  # "Terre des Hommes Germany": the body's name goes on into the place
            if row.kind == "country" and row.code not in (self.context, self.subject) and self._branch_of(row):
                bases.append(row)  # "implemented by ECPAT France with ...": the branch's country, no place of the work
                # (but "Led by Freedom Fund Kenya, ..." in a text about Kenya: the branch works at home)
                continue
            roles = self._role_before(row.start, start)
            if "exploit" in roles and _COMBATED.search(text, max(start, row.start - 80), row.start):
                roles = roles - {"exploit"}  # "to reduce forced labour in Oromia": where the work is done
            if "origin" in roles and "from" not in roles or "origin" in roles and re.search(r"\bof\s+(?:the\s+)?$", text[max(start, row.start - 8) : row.start]):
                home.append(row)  # "children of Dien Bien province": where the people helped come from
                continue
            if "from" in roles and "back" not in roles and any(_FROM_BETWEEN.fullmatch(text, n_end, row.start) for _, n_end, _ in nouns):
                operating.append(row)  # "operates a helpline from Nairobi": where the service is run, not people's home
                continue
            if "from" in roles and "back" not in roles:
                home.append(row)  # (but "helped migrants return home from Yemen": where they were, not home)
            # "... from Niger to their countries of origin, most of them to Guinea": the movement goes on
            in_flow_list = flow_end >= 0 and (_list_gap(text[flow_end : row.start]) or bool(_FLOW_GOES_ON.fullmatch(text, flow_end, row.start)))
            # "the Lao Cai provincial shelter": the place modifies the noun (but "Libya and runs a shelter" is another clause).
            prenominal = any(
                0 < n_start - row.end <= 25 and _MODIFIERS_BETWEEN.fullmatch(text, row.end, n_start) for n_start, _, _ in nouns
            )
            if ("base" in roles and not _OPENED_BEFORE.search(text, max(start, row.start - 90), row.start)) or _BASED_AFTER.match(text[row.end : row.end + 8]):
                bases.append(row)  # (but "will set up a new office in Mafeteng": the new work's place)
                continue
            if ((text[row.start : row.end].isupper() or _line_start(text, row.start)) and _DATELINE_AFTER.match(text[row.end : row.end + 40])) \
                    or (text[row.start : row.end].isupper() and _line_start(text, row.start) and _DATELINE_COLON.match(text, row.end)) \
                    or _RELEASED_IN.search(text, max(start, row.start - 20), row.start):
                continue  # "BANGKOK -- Today ...", "Released in Phnom Penh"
            if not prenominal and (roles & {"flow", "from", "exploit"} or in_flow_list):
                flow_end = row.end
                continue
            if not prenominal and "trip" in roles and self._reporter_in(start, end):
                flow_end = row.end
                continue  # "Poloff traveled to Battambang": the reporter's trip
            flow_end = -1
            # "the UN Inter-Agency Project in Bangkok": a foreign city right after the organization is where it sits.
            # (Not the first of a list: "implemented by Winrock in Dar es Salaam, Mwanza and Zanzibar".)
            if row.kind == "city" and row.country != self.context and any(
                re.fullmatch(r"\s+(?:in|at)\s+", text[g[-1].end : row.start]) for g in groups
            ) and not _LIST_GOES_ON.match(text, row.end):
                bases.append(row)
                continue
            # "Free the Slaves (USA)": the country a body is from, in brackets after its name
            # (but "shelters run by Atina (Belgrade)" are in Belgrade)
            if row.kind == "country" and any(re.fullmatch(r"[ \t]*\([ \t]*", text[g[-1].end : row.start]) for g in groups) and re.match(r"[ \t]*[),]", text[row.end : row.end + 2]):
                bases.append(row)
                continue
            # "Sweden (Sida) funds ...": a donor country, not a place worked in.
            if row.kind == "country" and _DONOR_AFTER.match(text, row.end):
                continue
            # "Washington's response": a foreign city standing for its government.
            if row.kind == "city" and row.country != self.context and re.match(r"[’']s\b", text[row.end : row.end + 3]):
                continue
            if _PAYERS_NAME_BEFORE.search(text, max(start, row.start - 40), row.start):
                continue  # "the EU Emergency Trust Fund for Africa": the end of a payer's name
            if self._in_event_name(row) or _names().is_head(_token(text, row, last_word=True)):
                continue  # "the U.S. National ... Day"; "the Center" (an organization named before)
            if row.kind == "country" and _ACTING_AFTER.match(text, row.end):
                continue  # "the U.S. Government", "Thai authorities": a country acting, not a place
            if row.kind == "country" and _PEOPLE_AFTER.match(text, row.end):
                continue  # "legal aid to Myanmar and Cambodian fishers": whose people are helped, not where
            operating.append(row)
        return operating, bases, home

    def _ends_a_name(self, row: _Row) -> bool:
        """Whether a place right after an organization's mention is the last word of that body's name
        ("Terre des Hommes Germany", its mention "Terre des Hommes"), not a place of the work."""
        i = bisect.bisect_left(self.org_starts, row.start) - 1
        if i < 0 or not 0 < row.start - self.orgs[i].end <= 1 or not self.text[self.orgs[i].end : row.start].isspace():
            return False
        name = _BRACKETED_END.sub("", self.names.get(self.orgs[i].org_id, ""))
        return fold_name(name).endswith(" " + fold_name(self.text[row.start : row.end]))

    def _branch_of(self, row: _Row) -> bool:
        """Whether a country's name right after an organization's mention names the body's national
        branch ("ECPAT France with ...", "Caritas Armenia ran ..."): a space alone between them, and
        no capital after it that would make it the start of another name."""
        i = bisect.bisect_left(self.org_starts, row.start) - 1
        if i < 0 or not 0 < row.start - self.orgs[i].end <= 1 or not self.text[self.orgs[i].end : row.start].isspace():
            return False
        return _BRANCH_AFTER.match(self.text, row.end) is not None

    def _in_event_name(self, row: _Row) -> bool:
        """A place inside the name of a law, a report or an event ("the U.S. National Human Trafficking Awareness Day")."""
        text = self.text
        if not text[row.start : row.start + 1].isupper() or not re.match(r"[\s’'.-]+[A-Z]", text[row.end : row.end + 4]):
            return False  # a name goes on after the place only with a capital
        if full_stop_at(text, row.end):
            return False  # nor past the end of its sentence (the name read would end at the place)
        name = _names().name_at(text, row.start, window=120)
        if name is None or name.end <= row.end + 1:
            return False
        return any(cue.lexicon == "not_org" and cue.role in ("law", "event", "document") for cue in name.head_cues)

    def _home_before(self, unit_start: int):
        """Places named as the home of the people of the sentence before ("children of Dien Bien province")."""
        text = self.text
        for start, end, _ in reversed(self._unit_list()):
            if end <= unit_start:
                rows = self._in(self.places, self.place_starts, start, end)
                home = [p for p in rows if _place_role_patterns()["origin"].search(text[max(0, p.start - 30) : p.start])]
                return home, (start if home else unit_start)
        return [], unit_start

    def _work_named_before(self, start: int) -> list:
        """The programme noun that opens, as its subject, the sentence right before ``start`` in its
        paragraph ("The Ubuntu Helpline is a toll-free line ... It is operated by X"), as a one-item list
        of nouns; [] if that sentence opens on none."""
        before = next((u for u in reversed(self._unit_list()) if u[1] <= start), None)
        if before is None or _BLANK_LINE.search(self.text, before[1], start):
            return []
        unit = self.text[before[0] : before[1]]
        for n_start, n_end, entry in _cues().find(unit, fold_text(unit)):
            if entry.lexicon == "programme" and entry.role in ("noun", "facility") and _NAMED_WORK_OPENING.fullmatch(unit, 0, n_start) \
                    and _COPULA_AFTER.match(unit, n_end):
                return [(before[0] + n_start, before[0] + n_end, entry)]
        return []

    def _unit_list(self):
        if not hasattr(self, "_units_cache"):
            self._units_cache = self._units()
        return self._units_cache

    # -- what ----------------------------------------------------------------------

    def _status(self, start, end, verbs, nouns, subject_end=None) -> str:
        text = self.text
        if any(v[2].role == "plan" for v in verbs):
            return "planned"  # "plans to open", "intends to"
        anchor = min([v[0] for v in verbs if v[2].lexicon == "programme"] + [n[0] for n in nouns], default=end)
        patterns, states = _modality()
        if patterns["recommended"].search(text, max(start, anchor - 40), anchor):
            return "recommended"  # "UN Women should extend the project to Sylhet"
        modal = patterns["planned"].search(text, max(start, anchor - 40), anchor)
        if modal and _CONTINUES.match(text, modal.end()):
            return ""  # "will continue to run its shelter in X": work done there, going on
        if modal and not _USERS_SUBJECT.fullmatch(text, start, modal.start()):
            return "planned"  # (not "Victims and their families may call the hotline": who may use the work, not its runner's plan)
        # The predicate right after the clause's subject, past an apposition: "Plan International will
        # reach girls with training", "The second project, led by X, will reach ..."
        opening = _SUBJECT_NOUN.match(text, start)
        # "A community awareness campaign run by X will cover ...": new work, its runner named in a reduced relative
        indefinite = nouns[0][1] if nouns and _INDEFINITE_OPENING.fullmatch(text, start, nouns[0][0]) else None
        for after, noun_subject, predicate in ((subject_end, False, _PREDICATE), (opening.end() if opening else None, True, _PREDICATE),
                                               (indefinite, True, _REDUCED_PREDICATE)):
            modal = patterns["planned"].search(text, after, end) if after is not None else None
            if modal is None or not predicate.fullmatch(text, after, modal.start()) or _CONTINUES.match(text, modal.end()):
                continue
            if not noun_subject or any(n[0] < modal.start() for n in nouns):
                return "planned"  # (a clause opening on a noun: the programme noun is it or its apposition)
        for found in patterns["state"].finditer(text, start, end):
            if found.group(1)[:1].isupper() and not _sentence_start(text, found.start()) \
                    or any(p.start <= found.start() < p.end for p in self._in(self.places, self.place_starts, found.start() - 40, found.end())):
                continue  # "New Delhi", "the New Life Center": a name's word
            following = _ATTRIBUTIVE_NEXT.match(text, found.end())
            if following and not any(found.end() <= n[0] <= following.end() + 24 for n in nouns):
                continue  # "most new callers", "completed forms": a state of another noun than the work's
            word = " ".join(found.group(1).lower().split())
            state = states.get(word, word)
            if state == "new" and _FUTURE_START.search(text, start, end):
                return "planned"  # "A new project ... was approved and will start in October": new, but not begun
            return state
        return ""

    @staticmethod
    def _noun(nouns) -> str:
        if not nouns:
            return "programme"
        lemma = nouns[0][2].lemma
        return {"programme": "programme", "program": "programme"}.get(lemma, lemma)

    def _known_names(self) -> set[str]:
        if not hasattr(self, "_known"):
            known = set()
            for name in self.names.values():
                known.add(_bare_fold(name))
                known.add(fold_name(name))
            self._known = {re.sub(r"^the ", "", k) for k in known}
        return self._known

    # -- statements into programmes -----------------------------------------------

    def _add(self, statement: dict, nouns) -> None:
        antecedent = statement.pop("antecedent")
        if antecedent is not None and antecedent.get("pending"):
            # the noun was named before without a runner: its places are this statement's
            statement["rows"] = statement["rows"] + [r for r in antecedent["rows"] if r.code not in {x.code for x in statement["rows"]}]
            antecedent = None
        statement["refers"] = antecedent  # the programme's earlier statement, for _merge
        if antecedent is not None and not antecedent.get("unnamed") and not antecedent["agents"] and (statement["agents"] or statement["partners"]):
            # "... the second phase of the programme will begin in Dakar. During the first phase, 1,580 children
            # were ... The second phase will be implemented by X": a mention with no runner that points back at
            # work told with none: X runs both
            told = antecedent.get("refers")
            if told is not None and told.get("unnamed"):
                antecedent["agents"] = list(statement["agents"])
                antecedent = told
                statement["refers"] = antecedent
        if antecedent is not None and (antecedent.get("unnamed") or not antecedent["agents"] and antecedent["partners"] and not antecedent["donor_only"]) \
                and (statement["agents"] or statement["partners"]):
            # "A new shelter was opened in Kolda. The shelter is run by X": X ran it all along
            # ("Together with Y, we funded a project in Penang. The project was implemented by X": X, with Y beside it)
            antecedent["agents"], antecedent["unnamed"] = list(statement["agents"]), False
            antecedent["partners"] = list(dict.fromkeys(antecedent["partners"] + statement["partners"]))
        if antecedent is not None and antecedent["donor_only"] and statement["agents"] \
                and set(statement["agents"]) < set(antecedent["funders"]) and not statement["donor_only"]:
            # "X and Y signed a grant agreement for a project. The project will be implemented by Y": Y runs
            # what both were told to fund, X pays
            antecedent["agents"], antecedent["donor_only"] = list(statement["agents"]), False
            antecedent["funders"] = [f for f in antecedent["funders"] if f not in statement["agents"]]
            statement["funders"] = list(dict.fromkeys(antecedent["funders"] + statement["funders"]))
        if antecedent is not None and (not statement["agents"] or set(statement["agents"]) <= set(antecedent["agents"])):
            statement["agents"] = list(antecedent["agents"])
        elif antecedent is not None and antecedent["donor_only"] and not set(statement["agents"]) & set(antecedent["funders"]):
            # "X and Y funded a programme in A. The programme is run by Z": Z runs it, X and Y pay
            antecedent["agents"], antecedent["donor_only"] = list(statement["agents"]), False
            statement["funders"] = list(dict.fromkeys(antecedent["funders"] + statement["funders"]))
        self._payers_plan(statement)
        self._name_runner(statement)
        self.statements.append(statement)
        if statement["agents"]:
            self.last_agents = tuple(statement["agents"])
            self.last_end = statement["end"]
        if statement["agents"] and not statement["donor_only"]:  # (who only pays for "the network"'s work is not it)
            for match in _ANAPHOR.finditer(self.text, statement["start"], statement["end"]):
                noun = (match.group("noun") or "").lower()
                if match.group("determiner") in ("the", "The", "this", "This") and noun in _BODY_NOUNS_FOR_AGENTS \
                        and not self._named_at(match.start("noun")):
                    self.noun_agents[noun] = list(statement["agents"])
            for match in _BODY_LED_BY.finditer(self.text, statement["start"], statement["end"]):
                # "delivered by a consortium led by X, with Y and Z": "the consortium" later is X and its partners
                self.noun_agents[match.group(1).lower()] = list(statement["agents"])
        for _n_start, _n_end, entry in nouns:
            key = _noun_key(entry)
            self.last_noun[key] = statement
            if not statement["item"]:
                self.last_noun_told[key] = statement

    def _work_just_told(self, position: int) -> dict | None:
        """The statement with runners that ends just before ``position`` in its paragraph (or in the
        paragraph before, when ``position`` opens its own), which "this work", "this" or "it" at
        ``position`` can point back at."""
        previous = self.statements[-1] if self.statements else None
        if previous is None or not previous["agents"] or previous["end"] > position or position - previous["end"] > 600:
            return None
        breaks = list(_BLANK_LINE.finditer(self.text, previous["end"], position))
        if len(breaks) > 1 or (breaks and self.text[breaks[-1].end() : position].strip()):
            return None  # (a paragraph's first sentence may point back across its break: "The service is funded by X.")
        return previous

    def _facility_named_after(self, position: int):
        """A noun for a place of help whose proper name stands right after ``position``
        ("runs the Ginddi Centre"), as (start, end, entry), or None."""
        named = _FACILITY_NAME.match(self.text, position)
        if named is None or fold_name(named.group(2)) not in _facility_heads():
            return None
        return (named.start(2), named.end(2), Cue("programme", fold_name(named.group(2)), "NOUN", "facility"))

    def _runner_of_another(self, start: int, end: int, nouns) -> list[str]:
        """The runners of the last programme of a noun's kind, when the noun is "a second" or
        "another" of that kind ("A second centre was opened in Kolda"); [] otherwise."""
        kinds = [_kind(entry) for n_start, _n_end, entry in nouns
                 if _ANOTHER_BEFORE.search(self.text, max(start, n_start - 30), n_start)]
        # (a place of help's head alone is no programme noun: "a second centre")
        kinds += ["facility" for m in _ANOTHER_NOUN.finditer(self.text, start, end)
                  if _facility_heads() & {fold_name(m.group(1)), fold_name(m.group(2) or "")}]
        if not kinds:
            return []
        # the runner of the same noun first ("Our two consultation points ... a third consultation point"), else of its kind
        same = [re.compile(rf"\b{re.escape(entry.lemma)}", re.IGNORECASE) for n_start, _n_end, entry in nouns
                if _ANOTHER_BEFORE.search(self.text, max(start, n_start - 30), n_start)]
        # (told with no runner named, the one more has none either)
        earlier = next((s for s in reversed(self.statements) if any(p.search(s["evidence"]) for p in same)), None) \
            or next((s for s in reversed(self.statements) if s.get("kind") == kinds[0] and s["agents"]), None)
        return list(earlier["agents"]) if earlier is not None else []

    def _fresh_noun(self, start: int, nouns) -> str:
        """The kind of programme a clause introduces as new ("opened a shelter", "launched a radio
        campaign"), or '' when its programme nouns are definite, possessed or none."""
        for n_start, _n_end, entry in nouns:
            if _NEW_BEFORE.search(self.text[max(start, n_start - 30) : n_start]):
                return _kind(entry)
        return ""

    def _unnamed_work(self, start: int, programme_verbs, nouns, places) -> bool:
        """Whether a clause that names no one tells of new work opened in a place: "A shelter for
        trafficked women was opened in Kolda", "a new hotline started in Osh last year".

        The programme noun is new (:meth:`_fresh_noun`), a verb of opening it stands in the clause,
        and a place is named. A cable's are left out: its officers visit shelters, they do not
        report unnamed openings as work.
        """
        if not places or not nouns or not self._fresh_noun(start, nouns):
            return False
        if any(key in self.metadata for key in ("reference", "classification", "tags")):
            return False
        return any(v[2].lemma in _OPENING_VERBS for v in programme_verbs)

    def _authored(self, start: int, programme_verbs, nouns, places) -> bool:
        """Whether a clause tells of work done by a page's unnamed author: "We also began a
        prevention programme in schools in Mitchells Plain", "Our shelter in Tapachula welcomed 38 girls".

        Its subject is a "we" no one is named for (see :meth:`_refer_back`), it
        names a programme or a verb of running one, and a place. A cable's
        "we" are its reporting officers, never an actor.
        """
        if not places or not (nouns or any(v[2].role == "run" for v in programme_verbs)):
            return False
        if any(v[2].role in ("fund", "award") for v in programme_verbs):
            return False  # "We fund shelters in Ibadan": who runs them is not said
        if any(key in self.metadata for key in ("reference", "classification", "tags")) or self.introduced:
            return False  # a cable's reporting officers; a transcript's witnesses, whose "we" is theirs
        first = min([v[0] for v in programme_verbs] + [n[0] for n in nouns])
        if _WE_SUBJECT.search(self.text, start, first):
            return True
        # "Our shelter in Tapachula welcomed 38 girls": the author's own facility
        return any(
            our.end() <= n_start and _MODIFIERS_ONLY.fullmatch(self.text, our.end(), n_start)
            for n_start, _n_end, _entry in nouns[:1] for our in _OUR.finditer(self.text, start, n_start)
        )

    def _payers_plan(self, statement: dict) -> None:
        """A plan of a body that only pays for work told before, which names no work of its own: the growth
        of the work it pays for ("X awarded a grant to Y for a programme in A ... 'We hope to take the model to
        B,' said X's chairwoman": B is where Y's programme is to grow, X still its funder)."""
        if statement["status"] != "planned" or len(statement["agents"]) != 1 or statement["funders"] or statement["partners"] \
                or statement.get("fresh") or not (statement["rows"] or statement.get("planned_rows")):
            return
        payer = statement["agents"][0]
        if any(payer in st["agents"] and payer not in st["funders"] for st in self.statements):
            return  # (a body that runs work of its own plans its own)
        paid = next((st for st in reversed(self.statements) if payer in st["funders"] and st["agents"] and payer not in st["agents"]), None)
        if paid is None:
            return
        statement["agents"], statement["funders"] = list(paid["agents"]), [payer]
        statement["planned_rows"] = statement["rows"] + statement.get("planned_rows", [])
        statement["rows"] = []

    def _name_runner(self, statement: dict) -> None:
        """A runner named after a programme only its funders were named for.

        "The BMM programme, funded by the EU, enters its third phase. It is
        implemented by GIZ ...": the first statement's funders stood in for
        its runners, and "It" took them up. The funders go back to being
        funders, of both statements, and GIZ runs both.
        """
        previous = self.statements[-1] if self.statements else None
        if previous is None or not previous["donor_only"] or statement["donor_only"]:
            return
        if previous.get("sheet") and statement["agents"] and not set(statement["agents"]) & set(previous["funders"]):
            # "Commissioned by: BMZ / Lead executing agency: X" over "GIZ works with X ...": a sheet that names who
            # pays and no runner is the work of the first body the page says runs something
            previous["agents"], previous["donor_only"] = list(statement["agents"]), False
            statement["funders"] = list(dict.fromkeys(previous["funders"] + statement["funders"]))
            return
        promoted = [a for a in previous["agents"] if a in previous["funders"]]
        if not promoted or statement["agents"][: len(promoted)] != promoted or len(statement["agents"]) == len(promoted):
            return
        statement["agents"] = statement["agents"][len(promoted) :]
        statement["funders"] = list(dict.fromkeys(previous["funders"] + statement["funders"]))
        previous["agents"], previous["donor_only"] = list(statement["agents"]), False

    def _part_of(self, row: _Row) -> bool:
        """Whether a country's mention is a part of it a compass word names: "northern Benin", "the south-east of Benin"
        (not "northern Benin's largest city": a possessive that names a place inside it)."""
        return row.start > 0 and _COMPASS_BEFORE.search(self.text, max(0, row.start - 24), row.start) is not None \
            and not _POSSESSIVE_AFTER.match(self.text, row.end)

    def _fallback_rows(self, item: dict) -> list:
        """Places for a programme no statement gave one: its agents' own places or countries."""
        rows = []
        for org_id in item["agents"] + item["funders"]:
            locality = self._locality(org_id)
            if locality is not None:
                rows.append(locality)
        if rows:
            return rows
        for org_id in item["agents"]:
            home = self.homes.get(org_id, "")
            if org_id in item["funders"] and home not in (self.subject, self.context):
                continue  # a foreign donor's country is no place it works in (a ministry funds shelters at home)
            org_type = self.types.get(org_id, "")
            # (a body the text names for its country works there; a known one, which may work abroad, only where the
            # text speaks of that country: not the Danish Refugee Council in a text about Bangladesh)
            named_home = self._named_for(org_id) == home and (org_id.startswith("org:") or any(p.country == home for p in self.places))
            if home and (org_type in ("government", "court_police") or home == self.subject or named_home):
                rows.append(_Row(-1, -1, home, "country", home))
        if rows:
            return rows
        # The country the document is about, for a programme whose runners are
        # not from there (a donor's programme at home is no inference to make).
        home_countries = {self.homes.get(o, "") for o in item["agents"] + item["funders"]}
        if self.subject and item["nouns_named"] and self.subject not in home_countries:
            rows.append(_Row(-1, -1, self.subject, "country", self.subject))
        return rows

    def _named_for(self, org_id: str) -> str:
        """The country whose name or nationality word opens an organization's name ("Tuvalu Maritime
        Training Institute", "Samoan Red Cross"): a national body, working at home."""
        opening = country_word_pattern().match(self.names.get(org_id, ""))
        return (country_of(opening.group(1)) or "") if opening else ""

    def _locality(self, org_id: str):
        """The place right before an organization's mention, which its name holds ("Yunnan Provincial Women's Federation")."""
        for org in self.orgs:
            if org.org_id != org_id:
                continue
            i = bisect.bisect_left(self.place_starts, org.start) - 1
            if i >= 0 and re.fullmatch(r"[ \t]*", self.text[self.places[i].end : org.start]) and self.places[i].end <= org.start:
                return self.places[i]
        return None

    @staticmethod
    def _separate_work(programme: dict, item: dict) -> bool:
        """Whether a statement introduces work apart from a runner's programme told before: a new
        programme noun of another kind than the programme's own ("opened a shelter in Accra" ...
        "launched a radio campaign in Volta"), or work planned where the programme is not, in
        places the programme does not hold."""
        codes = {r.code for r in programme["rows"]}
        # (a programme told with no place yet, as a sheet's labelled lines tell it, is nowhere else)
        elsewhere = bool(item["rows"]) and (bool(codes) or not programme.get("sheet")) and not any(r.code in codes for r in item["rows"])
        if item["status"] == "planned" and programme["status"] != "planned" and elsewhere:
            return True  # "X runs a shelter in A ... X plans to open a second house in B": the plan is not the work done
        if not item.get("fresh") or not programme.get("kind") or item["fresh"] == programme["kind"]:
            return False  # (work told by its verb alone, "X trains teachers in A", is no kind to tell apart)
        return elsewhere

    @staticmethod
    def _fold_signatories(merged: dict, order: list) -> None:
        """Fold into a programme the work told as paid for by its runner and its funders together ("KOICA and
        IOM sign grant agreement for migrant protection", then "implemented by IOM", KOICA its funder): one
        work, whose runner was no payer."""
        for key in list(order):
            item = merged[key]
            if not item["donor_only"] or len(item["funders"]) < 2:
                continue
            host = next((merged[k] for k in order if k != key and not merged[k]["donor_only"] and merged[k]["agents"]
                         and set(item["funders"]) & set(merged[k]["agents"])
                         and set(item["funders"]) <= set(merged[k]["funders"]) | set(merged[k]["agents"])), None)
            if host is None:
                continue
            host["rows"] = host["rows"] + item["rows"]
            host["activities"] = list(dict.fromkeys(host["activities"] + item["activities"]))
            host["budget"] = list(dict.fromkeys(host["budget"] + item["budget"]))
            host["proper"] = host["proper"] or item["proper"]
            host["start"], host["end"] = min(host["start"], item["start"]), max(host["end"], item["end"])
            host["quotes"] = [q for q in item["quotes"] if q not in host["quotes"]] + host["quotes"]
            order.remove(key)

    def _merge(self) -> dict[str, list]:
        """One programme per set of agents in a document, as plain columns."""
        merged: dict[tuple, dict] = {}
        order = []
        latest: dict[tuple, tuple] = {}  # a runner's key -> the key of its programme told last
        key_of: dict[int, tuple] = {}  # id(statement) -> the key of its programme
        by_kind: dict[tuple, tuple] = {}  # a runner's key and a kind of programme noun -> the key of its first such programme
        for item in self.statements:
            if item.get("counted"):
                continue  # a payer's count of the works told after it, each of which it pays
            key = tuple(item["agents"][:1]) or tuple(item["partners"][:1]) or tuple(item["funders"][:1]) \
                or (("", item["start"]) if item.get("authored") or item.get("unnamed") else ())  # work of no one named: one per statement
            if not key:
                continue
            # "UN Women should extend the project to Sylhet": advice is no part of the work done.
            key += (item["status"] == "recommended",)
            runner = key
            if item.get("row"):
                key = runner + (item["start"],)  # a matrix's row: a work of its own, whoever leads it
            elif item.get("refers") is not None and id(item["refers"]) in key_of and key_of[id(item["refers"])][: len(runner)] == runner:
                key = key_of[id(item["refers"])]  # "the campaign ...": the programme it points back at
            elif runner in latest and self._separate_work(merged[latest[runner]], item):
                # "the Ministry also launched a radio campaign in Volta": a work of its own, or
                # one more of a kind it told before ("a second shelter in Tamale")
                planned = item["status"] == "planned" and merged[latest[runner]]["status"] != "planned"
                key = by_kind.get(runner + (item["fresh"],), runner + (item["start"],)) if item.get("fresh") and not planned else runner + (item["start"],)
            elif runner in latest:
                key = latest[runner]
            latest[runner] = key_of[id(item)] = key
            by_kind.setdefault(runner + (item.get("kind", ""),), key)
            item["nouns_named"] = item["noun"] != "programme" or bool(re.search(r"\bprogram", item["evidence"], re.IGNORECASE))
            if key not in merged:
                merged[key] = {**item, "quotes": [item["evidence"]], "only_planned": item["status"] == "planned"}
                order.append(key)
                continue
            target = merged[key]
            if not target.get("kind") and item.get("fresh"):
                # "X works in three countries. In Laos, X runs a training centre ...": the first kind told
                target["kind"] = item["fresh"]
                by_kind.setdefault(runner + (item["fresh"],), key)
            for field in ("agents", "partners", "funders", "activities", "identifiers", "budget"):
                target[field] = list(dict.fromkeys(target[field] + item[field]))
            # (but "ICMPD today launched the second phase ... ICMPD will support X to train inspectors in Sfax": the plan
            # of work just launched is where it works)
            # (a programme told with no place yet, as a sheet tells it, takes the plan's places and state as its own)
            placeless = target.get("sheet") and not target["rows"] and not target.get("planned_rows")
            if item["status"] == "planned" and target["status"] not in ("planned", "new") and not target.get("only_planned") \
                    and not item.get("to_start") and not placeless:
                # "It operates a drop-in centre in Neiafu. The centre plans to open a second office in 'Eua": where
                # work done is planned to grow, not where it is
                codes = {r.code for r in target["rows"]}
                target["planned_rows"] = target.get("planned_rows", []) + [r for r in item["rows"] if r.code not in codes]
                target["rows"] = target["rows"] + [r for r in item["rows"] if r.code in codes]
            elif target.get("only_planned") and target["status"] == "planned" and item["status"] != "planned" and item["rows"]:
                # "A third shelter would be set up in Mandeville. The first shelter, in Kingston, has housed 45 survivors":
                # the plan told first is where the work done is to grow
                codes = {r.code for r in item["rows"]}
                target["planned_rows"] = target.get("planned_rows", []) + [r for r in target["rows"] if r.code not in codes]
                target["rows"] = [r for r in target["rows"] if r.code in codes] + item["rows"]
            else:
                target["rows"] = target["rows"] + item["rows"]
            target["planned_rows"] = target.get("planned_rows", []) + item.get("planned_rows", [])
            if target["status"] == "planned" and item["status"] != "planned":
                target["status"] = item["status"]  # work done, and more of it planned: the work is no plan
            elif item["status"] != "planned" or target.get("only_planned", True) or placeless:
                target["status"] = target["status"] or item["status"]
            target["only_planned"] = target.get("only_planned", target["status"] == "planned") and item["status"] == "planned"
            target["donor_only"] = target["donor_only"] and item["donor_only"]
            target["proper"] = target["proper"] or item["proper"]
            target["nouns_named"] = target["nouns_named"] or item["nouns_named"]
            target["start"], target["end"] = min(target["start"], item["start"]), max(target["end"], item["end"])
            if item["evidence"] not in target["quotes"]:
                target["quotes"].append(item["evidence"])
        for item in self.statements:
            if item.get("all_works") and id(item) in key_of:
                runner = key_of[id(item)][:2]
                for key in order:
                    if key[:2] == runner and key != key_of[id(item)]:
                        target = merged[key]
                        target["funders"] = list(dict.fromkeys(target["funders"] + item["funders"]))
                        if item["evidence"] not in target["quotes"]:
                            target["quotes"].append(item["evidence"])
        self._fold_signatories(merged, order)
        rows = []
        for key in order:
            item = merged[key]
            places_rows = item["rows"] or self._fallback_rows(item)
            growth = item.get("planned_rows", [])
            inferred = not item["rows"]
            if not places_rows and growth:
                # "X will extend its hotline to Mombasa", and nothing else: where the work will be is all there is
                places_rows, growth, inferred = growth, [], False
                item["status"] = item["status"] or "planned"
            if not places_rows:
                continue
            # A country goes when a place inside it is named too (but "in northern Benin, in Alibori": a part of it
            # the named places do not cover is where the work is too).
            inner = {p.country for p in places_rows if p.kind != "country" and p.country}
            places = list(dict.fromkeys(p.code for p in places_rows if not (p.kind == "country" and p.code in inner and not self._part_of(p))))
            inner |= {p.country for p in growth if p.kind != "country" and p.country}
            places_planned = [code for code in dict.fromkeys(p.code for p in growth if not (p.kind == "country" and p.code in inner))
                              if code not in places]
            agents = item["agents"] or item["partners"]
            organizations = list(dict.fromkeys(agents + item["partners"]))
            lead = _BRACKETED_END.sub("", self.names.get(agents[0], agents[0])) if agents else "NGO"
            name = item["proper"] or (lead if re.search(r"\b(?:Project|Programme|Program)$", lead) else f"{lead} {item['noun']}")
            if item.get("unnamed") and not agents:
                name = item["proper"] or item["noun"]  # no runner is named: not even "an NGO"
            rows.append(
                {
                    "programme_id": None,
                    "name": name,
                    "organizations": organizations,
                    "partners": [p for p in item["partners"] if p not in item["agents"]],
                    "funders": [f for f in item["funders"] if item["donor_only"] or f not in organizations or not item["agents"] or f not in item["agents"]],
                    "places": places,
                    "activities": item["activities"],
                    "budget": "; ".join(item["budget"]),
                    "identifiers": item["identifiers"],
                    "status": item["status"],
                    "doc": self.doc_id,
                    "start": int(item["start"]),
                    "end": int(item["end"]),
                    "evidence": EVIDENCE_SEPARATOR.join(item["quotes"]),
                    "source": "extracted",
                    "place_inferred": inferred,
                    "places_planned": places_planned,
                }
            )
        rows.sort(key=lambda r: r["start"])
        for number, row in enumerate(rows, 1):
            row["programme_id"] = item_id("prog", self.doc_id, number)
        return {column: [row.get(column) for row in rows] for column in PROGRAMME_COLUMNS}


def _infinitive(phrase: str) -> bool:
    """ "to meet ": an infinitive, not a preposition before a name."""
    from progmap.actors.language import _is_verb

    words = phrase.split()
    return len(words) >= 2 and words[0].lower() == "to" and _is_verb(words[1])


_WORD_AT = re.compile(r"\w+")


def _control_end(text: str, start: int) -> int:
    """Where a control verb that starts at ``start`` ends."""
    match = _WORD_AT.match(text, start)  # not text[start:]: a copy of the rest of a long document
    return match.end() if match else start


def _token(text: str, row: _Row, last_word: bool = False):
    from progmap.actors.language import Token

    written = text[row.start : row.end]
    return Token(written.split()[-1] if last_word and written.split() else written, row.start, row.end)


def _sentence_start(text: str, position: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:;\n]|--)[\s\"“]*$", text[max(0, position - 6) : position]))


def _list_gap(gap: str) -> bool:
    """Between two places of one list ("repatriated from Malaysia, Thailand and Laos")."""
    return bool(re.fullmatch(r"[\s,;()]*(?:(?:and|or|but|also|as well as|to a lesser extent|&)[\s,()]*)*(?:(?:from|to|into)\s+)?(?:the\s+)?", gap, re.IGNORECASE))


def _status_of(value: str) -> str:
    """The status a sheet's or a table's status value gives: its opening state word ("Closed",
    "Completed (March 2024)", "Planned FY2026", "Not started (no funding)", "Active"), or the
    first a part of it gives ("Approved – not yet started"), or ''."""
    states = _modality()[1]
    # The whole value's opening words, then each of its parts' ("Approved – not yet started").
    for part in [value] + re.split(r"\s[–—-]\s|[,;/()]", value)[1:]:
        words = part.lower().split()
        found = next((states[" ".join(words[:n]).strip(",.;:()–-")] for n in (3, 2, 1) if " ".join(words[:n]).strip(",.;:()–-") in states), "")
        if found:
            return found
    return ""


def _sheet_title(title) -> str:
    """A project's name from a sheet's title: "Project sheet: Safe Migration for Women" -> "Safe Migration for Women"."""
    if not isinstance(title, str):
        return ""
    match = re.match(r"\s*(?:project|programme|program|fact)\s+(?:sheet|profile|brief|summary)\s*[:|-]\s*(\S.*)$", title, re.IGNORECASE)
    return match.group(1).strip() if match else ""


def _noun_key(entry) -> str:
    """What a programme noun is, for a later definite noun to point back at: "the project" is any
    programme noun, "the shelter" any facility ("opened a safe house ... The shelter ..."), "the MOU" a
    memorandum of understanding (the programme table's ``same_as``)."""
    if entry.lemma in _PROGRAMME_NOUNS:
        return "programme"
    return "facility" if entry.role == "facility" else _same_as().get(entry.lemma, entry.lemma)


@lru_cache(maxsize=1)
def _same_as() -> dict[str, str]:
    """Programme nouns another noun names the same work by: "helpline" -> "hotline"."""
    return {row["lemma"]: row["same_as"] for row in lexicon("programme") if row.get("same_as")}


def _kind(entry) -> str:
    """What kind of work a programme noun names, to tell a runner's works apart: a place where help
    is given ("shelter", "drop-in centre"), a campaign, a plan, a hotline...; "project" and
    "programme" are one kind."""
    if entry.role == "facility":
        return "facility"
    return "programme" if entry.lemma in ("project", "programme", "program", "activity", "component") else entry.lemma


def _line_start(text: str, position: int) -> bool:
    """Whether only spaces stand between a line's start and ``position``."""
    return not text[text.rfind("\n", 0, position) + 1 : position].strip()


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """Heads of names of places where help is given ("Centre", "Shelter"): the institution table's ``facility`` column."""
    return frozenset(fold_name(row["lemma"]) for row in lexicon("institution") if row.get("facility") == "yes")


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """Head nouns of bodies and of the people in them: "Office", "Unit", "Manager"."""
    return frozenset(fold_name(row["lemma"]) for row in lexicon("institution")) | {"officer", "manager", "coordinator", "director", "staff"}


def _office_of(words: str) -> bool:
    """Whether the words after "Programme" name a body or a post, not the programme:
    "the OSCE Programme Office", "the Project Manager"."""
    last = words.split()[-1] if words.split() else ""
    return fold_name(last) in _institution_heads()


def _proper_name(quote: str, known: set[str]) -> str:
    """A programme's own name in a quote ("Open Doors project", "Project Green Light"), unless it is an organization's."""
    named = _NAMED_PROJECT.search(quote)
    if named and re.sub(r"^the ", "", fold_name(named.group(0))) not in known and not _office_of(named.group(2)):
        return " ".join(named.group(0).split())
    for match in _PROPER_NAME.finditer(quote):
        words = re.sub(r"^(?:(?:Through|With|Under|Via|By|In|As part of)\s+)?(?:The|A|An|This|Its|Their|the)\s+", "", match.group(1))
        words = re.sub(r"^(?:\S+-(?:funded|financed|sponsored|supported|backed|led|run|based)\s+)+", "", words)  # "USG-funded UNODC"
        words = re.sub(r"[’']s$", "", words)
        capitals = [w for w in words.split() if w[:1].isupper()]
        if len(capitals) < 2 or re.sub(r"^the ", "", fold_name(words)) in known:
            continue
        return " ".join(f"{words} {match.group(2)}".split())
    return ""


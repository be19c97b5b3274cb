"""Column names shared by the stages: the contract between them.

Each stage takes and returns plain pandas/geopandas frames with these
columns, so stages can be tested alone and scripts can rely on the names.
List-valued columns hold Python lists in frames; writers turn them into JSON
arrays (GeoJSON) or readable text (GeoPackage, CSV).
"""

import hashlib
import unicodedata

#: One row per place mention found in a document (``progmap extract``).
MENTION_COLUMNS = [
    "doc",  # document id (file name)
    "start",  # character offset of the mention in Document.text
    "end",  # offset one past the mention's last character
    "text",  # the text as written
    "kind",  # country | admin1 | city | region
    "code",  # ISO 3166-1 alpha-3, ISO 3166-2, or a gazetteer id (city:..., region:...)
    "name",  # canonical name
    "country",  # ISO 3166-1 alpha-3 of the place (empty for multi-country regions)
    "sentence",  # the sentence holding the mention
    "score",  # resolution confidence, 0..1
    "vintage",  # the map the place is on: "2025"..., or the boundary file's own label
    "members",  # admin-1 units: the boundary file's units it covers (list; itself if unchanged)
    "successor",  # an admin-1 unit a later map changed: the unit holding it on the newest map
]

#: Mentions that could not be resolved, with suggestions (``unresolved.csv``).
UNRESOLVED_COLUMNS = ["doc", "start", "end", "text", "reason", "suggestions", "sentence"]

#: One row per organization mention.
ORG_MENTION_COLUMNS = ["doc", "start", "end", "text", "org_id"]

#: One row per organization (merged across spellings, acronyms, documents).
ORGANIZATION_COLUMNS = ["org_id", "name", "aliases", "org_type", "country", "docs"]

#: One row per programme.
PROGRAMME_COLUMNS = [
    "programme_id",
    "name",
    "organizations",  # agents, then partners: org_id list
    "funders",  # org_id list
    "places",  # place codes (alpha-3, ISO 3166-2, city:/region: ids)
    "activities",  # controlled vocabulary, see progmap.actors.programmes.ACTIVITIES
    "budget",
    "identifiers",
    "status",  # planned | ongoing | completed | on hiatus | ...
    "doc",
    "start",
    "end",
    "evidence",
    "source",  # extracted | curated
    "partners",  # org_id list: organizations of ``organizations`` named as partners ("in conjunction with")
    "place_inferred",  # True when no statement named a place: the agent's country or the document's
    "places_planned",  # place codes the work is to grow into ("will expand to include Laos"), not in ``places``
]

#: One row per route.
ROUTE_COLUMNS = [
    "route_id",
    "origin_code",
    "destination_code",
    "purposes",  # marriage | labour | sexual exploitation | adoption | begging | other
    "victims",  # women | children | infants | men | girls | boys
    "volume",
    "direction",  # trafficking | return
    "doc",
    "start",
    "end",
    "evidence",
    "source",
    "via",  # transit place codes, in order (the legs run origin, via..., destination)
    "origin_inferred",  # True when the origin is the document's subject country or a speaker's place, not stated
]

#: A file every output folder holds, so that no build reads another's outputs as documents.
OUTPUT_MARKER = ".progmap-output"

#: Between the quotes of statements merged into one item's evidence.
EVIDENCE_SEPARATOR = " […] "


#: Directions of a route: as reported (trafficking) or reported as a return.
DIRECTIONS = ("trafficking", "return")


def _doc_stem(doc_id: str) -> str:
    """A document id as letters, digits and dashes, for ids people read."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in doc_id.rsplit(".", 1)[0])
    return "-".join(part for part in stem.split("-") if part)[:40]


def item_id(prefix: str, doc_id: str, number: int) -> str:
    """A provisional id for the ``number``-th item of a kind in a document.

    Extraction numbers items this way; :func:`progmap.records.assign_ids`
    then replaces the number with a hash of the item's content
    (:func:`content_id`), so that ids do not move when a document does.

    >>> item_id("route", "000_dc972c2fe3abccd7.txt", 2)
    'route-000-dc972c2fe3abccd7-2'
    """
    return f"{prefix}-{_doc_stem(doc_id)}-{number}"


def content_id(prefix: str, doc_id: str, evidence: str, ends=()) -> str:
    """An id made from what an item says, not from where it stands.

    The hash covers the document id, the evidence text (case, how accents are
    encoded and spacing do not count) and the item's ends: a route's
    origin and destination, a programme's organizations and places. Editing
    another part of the document leaves the id as it is; editing the
    item's own sentence or ends gives a new id.

    >>> content_id("route", "cable.txt", "Women from  Lao Cai go to China.", ["VN-02", "CHN"])
    'route-cable-1ec8908e'
    >>> content_id("route", "cable.txt", "women from Lao Cai go to China.", ["VN-02", "CHN"])
    'route-cable-1ec8908e'
    """
    text = " ".join(unicodedata.normalize("NFKC", evidence or "").casefold().split())
    key = "\x1f".join([doc_id, text, *map(str, ends)])
    return f"{prefix}-{_doc_stem(doc_id)}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"

"""Reading documents: encodings, bad files, cable headers, sentences."""

import codecs
from pathlib import Path

import numpy as np
import pytest

from progmap.errors import DocumentError
from progmap.sources.documents import (
    Document,
    SkippedDocument,
    fips_countries,
    html_to_text,
    iter_documents,
    read_document,
    sentence_at,
    sentence_spans,
    subject_country,
    sentence_text,
    sentences_for,
    text_units,
)

# An invented cable in the layout of the State Department's telegrams.
CABLE = """R 120304Z SEP 03
FM AMEMBASSY BANGKOK
TO SECSTATE WASHDC PRIORITY 4567
INFO AMEMBASSY RANGOON
AMEMBASSY VIENTIANE
BT
UNCLAS SECTION 01 OF 02 BANGKOK 004567

SIPDIS

STATE FOR G/TIP, EAP/MLS
E.O. 12958: N/A
TAGS: KCRM PHUM TH BM LA
SUBJECT: CROSS-BORDER TRAFFICKING FROM BURMA: SHELTERS
AND RETURNS

REF: A. BANGKOK 123 B. STATE 45678

1. (U) Summary: Women from Shan State are trafficked to Bangkok. End summary.

2. (U) Officials in Chiang Mai met Mr. Somchai on May 3. He said U.S. support helps.
UNCLAS SECTION 02 OF 02 BANGKOK 004567

SIPDIS

STATE FOR G/TIP, EAP/MLS
E.O. 12958: N/A
TAGS: KCRM PHUM TH BM LA
SUBJECT: CROSS-BORDER TRAFFICKING FROM BURMA: SHELTERS
AND RETURNS

3. (U) A shelter in Mae Sai takes the returnees.
SMITH
"""


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_cable_header_is_metadata(tmp_path):
    doc = read_document(write(tmp_path, "cable.txt", CABLE.encode()))
    assert doc.is_cable
    assert doc.metadata["reference"] == "BANGKOK 004567"
    assert doc.metadata["classification"] == "UNCLASSIFIED"
    assert doc.metadata["tags"] == ["KCRM", "PHUM", "TH", "BM", "LA"]  # read once, not per section
    assert doc.metadata["tag_countries"] == ["THA", "MMR", "LAO"]
    assert doc.metadata["subject"] == "CROSS-BORDER TRAFFICKING FROM BURMA: SHELTERS AND RETURNS"
    assert doc.metadata["refs"] == ["BANGKOK 123", "STATE 45678"]
    assert doc.metadata["date"] == "2003-09-12"  # from the date-time group, not from "May 3"
    assert doc.metadata["signature"] == "SMITH"


def test_cable_header_lines_are_not_narrative(tmp_path):
    doc = read_document(write(tmp_path, "cable.txt", CABLE.encode()))
    text = doc.text
    outside = ["AMEMBASSY RANGOON", "SIPDIS", "STATE FOR", "TAGS:", "SUBJECT:", "AND RETURNS", "REF:", "SMITH"]
    for needle in outside:
        assert not doc.in_narrative(text.index(needle)), needle
    # The second section's header is cut out as well.
    second = text.index("SECTION 02")
    assert not doc.in_narrative([second, text.index("TAGS:", second)]).any()
    for needle in ("Shan State", "Chiang Mai", "Mae Sai"):
        assert doc.in_narrative(text.index(needle)), needle


def test_header_variants_of_other_embassies():
    doc = Document.from_text(
        "Extract of a cable.C O N F I D E N T I A L SECTION 02 OF 04 RANGOON 000567\n\n"
        "SIPDIS\n\nE.O. 12958: DECL: 01/01/2015\nTAGS: PHUM KTIP BM CH\n"
        "SUBJECT: Burma: Brides Sold to China\n\n"
        "Classified By: CDA Jane Doe for reasons 1.4\n(b) and (d).\n\n"
        "1. (C) Women from Kachin State go to Yunnan.\n"
    )
    assert doc.metadata["reference"] == "RANGOON 000567"
    assert doc.metadata["classification"] == "CONFIDENTIAL"
    assert doc.metadata["tag_countries"] == ["MMR", "CHN"]
    assert doc.metadata["subject"] == "Burma: Brides Sold to China"
    assert "date" not in doc.metadata  # a declassification date is not the cable's date
    # A scraper's preface glued to the classification stays narrative.
    assert doc.in_narrative(doc.text.index("Extract"))
    assert not doc.in_narrative(doc.text.index("RANGOON"))
    assert not doc.in_narrative(doc.text.index("(b) and (d)"))
    assert doc.in_narrative(doc.text.index("Kachin"))


def test_seed_cable(seeds_dir):
    doc = read_document(seeds_dir / "000_dc972c2fe3abccd7.txt")
    assert doc.doc_id == "000_dc972c2fe3abccd7.txt"
    assert doc.metadata["reference"] == "HANOI 002323"
    assert {"VNM", "CHN", "TWN", "CAN"} <= set(doc.metadata["tag_countries"])
    assert doc.metadata["subject"] == "TRAFFICKING IN PERSONS IN VIETNAM"
    assert not doc.in_narrative(doc.text.index("TAGS:"))
    assert not doc.in_narrative(doc.text.index("HANOI 002323"))
    assert doc.in_narrative(doc.text.index("¶3."))
    assert doc.metadata["signature"] == "BURGHARDT"


def test_a_web_page_is_narrative_but_for_its_date_line(tmp_path):
    doc = read_document(write(tmp_path, "page.txt", b"Published: 2 March 2018\n\nOur shelter in Hanoi helps girls.\n"))
    assert not doc.is_cable
    assert doc.metadata == {"date": "2018-03-02"}
    assert not doc.in_narrative(0) and doc.in_narrative(doc.text.index("Our"))
    assert doc.narrative[-1][1] == len(doc.text)


def test_html_is_read_as_its_visible_text(tmp_path):
    page = (
        b"<html><head><title>AAT | News</title><meta property='article:published_time' content='2018-05-04T10:00:00Z'>"
        b"<script>var x = 'Hanoi';</script><style>p {color: red}</style></head>"
        b"<body><p>Work in Lang Son &amp;\n   Cao Bang.</p><ul><li>IOM</li><li>UNICEF</li></ul></body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", page))
    assert doc.text == "Work in Lang Son & Cao Bang.\n\n• IOM\n• UNICEF\n"
    assert doc.metadata == {"title": "AAT | News", "date": "2018-05-04"}
    assert html_to_text("<p>a &amp;lt; b</p>") == "a &lt; b\n"  # entities unescaped once


def test_markdown_is_read_without_its_markup(tmp_path):
    page = (
        b"# Safe migration in **Jhapa**\n\n*Posted by Asha Gurung, March 2021*\n\n"
        b"Our team met workers back from [Qatar](https://example.org/qatar).\n\n"
        b"- Help desk in Kathmandu\n- Clinics in *Jhapa*\n\n| district | cases |\n|---|---|\n| Jhapa | 12 |\n"
    )
    doc = read_document(write(tmp_path, "blog.md", page))
    assert doc.text == (
        "Safe migration in Jhapa\n\nPosted by Asha Gurung, March 2021\n\n"
        "Our team met workers back from Qatar.\n\n- Help desk in Kathmandu\n- Clinics in Jhapa\n\ndistrict | cases\n\nJhapa | 12\n"
    )
    assert doc.metadata["title"] == "Safe migration in Jhapa" and doc.metadata["author"] == "Asha Gurung, March 2021"
    assert "https" not in doc.text


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + "Đồng Nai province".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Đồng Nai province".encode("utf-16-be"),
        codecs.BOM_UTF8 + "Đồng Nai province".encode(),
        "Đồng Nai province".encode("utf-32"),
        "Đồng Nai province".encode(),
        "\u0110o\u0302\u0300ng Nai province".encode(),  # decomposed accents
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-sig", "utf-32", "utf-8", "utf-8-nfd"],
)
def test_unicode_encodings_give_the_same_text(tmp_path, data):
    assert read_document(write(tmp_path, "wide.txt", data)).text == "Đồng Nai province"


def test_legacy_windows_files_are_decoded(tmp_path):
    doc = read_document(write(tmp_path, "old.txt", "“Café” in Thanh Hóa –\r\nnaïve.".encode("cp1252")))
    assert doc.text == "“Café” in Thanh Hóa –\nnaïve."


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b"  \n\n\t ", "empty document"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("noise.txt", bytes(range(1, 32)) * 40, "binary file"),
        ("broken.txt", "Hà Nội và Hải Phòng. ".encode() * 4 + b"\xff", r"not valid UTF-8 \(byte 0xff at offset \d+\)"),
        ("chinese.txt", "越南妇女被拐卖到中国。".encode("gbk") * 4, "not UTF-8 or Windows-1252 text"),
        ("script.html", b"<html><script>var a = 1;</script></html>", "empty document"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError, match=message) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_missing_paths_and_folders(tmp_path):
    with pytest.raises(DocumentError, match="nope.txt: no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a folder, not a document"):
        read_document(tmp_path)


def test_folders_skip_bad_files_and_say_why(tmp_path):
    write(tmp_path, "b_good.txt", b"Victims went to China.")
    write(tmp_path, "a_page.htm", b"<p>A shelter in Hue.</p>")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")  # not a document type: not read
    write(tmp_path, ".hidden.txt", b"Ignored.")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "notes.txt", b"Ignored.")
    (tmp_path / "empty_folder").mkdir()
    docs, skipped = iter_documents([tmp_path, tmp_path / "missing.txt", str(tmp_path / "*.nothing"), tmp_path / "empty_folder"])
    assert [d.doc_id for d in docs] == ["a_page.htm", "b_good.txt"]
    assert all(isinstance(s, SkippedDocument) for s in skipped)
    reasons = {path.rsplit("/", 1)[-1]: reason for path, reason in skipped}
    assert reasons["empty.txt"].endswith("empty.txt: empty document")
    assert "image.txt: binary file" in reasons["image.txt"]
    assert reasons["missing.txt"].endswith("missing.txt: no such file")
    assert reasons["*.nothing"].endswith("no file matches this pattern")
    assert "folder holds no documents" in reasons["empty_folder"]


def test_globs_and_repeated_names(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "report.txt", f"Text from {folder}.".encode())
    docs, skipped = iter_documents([str(tmp_path / "*" / "report.txt"), tmp_path / "a" / "report.txt"])
    # The first keeps its name; the repeat is told apart by its folder; a
    # file named twice is read once.
    assert [d.doc_id for d in docs] == ["report.txt", "b/report.txt"]
    assert docs[1].text == "Text from b." and not skipped


def test_sentences_split_on_stops_lists_and_paragraph_marks():
    text = (
        "Mr. Nam met U.S. officials, e.g. Dr. Le, on Sept. 9. Decree No. 5 passed! Why?\n"
        "-- IOM: a shelter in Hue.\n"
        "• UNICEF works in Lao Cai\n\n"
        "Trafficking routes\n------------------\n\n"
        "¶4. (U) Women go to China. 5. (SBU) Men go to Laos."
    )
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == [
        "Mr. Nam met U.S. officials, e.g. Dr. Le, on Sept. 9.",
        "Decree No. 5 passed!",
        "Why?",
        "IOM: a shelter in Hue.",
        "UNICEF works in Lao Cai",
        "Trafficking routes",
        "Women go to China.",
        "Men go to Laos.",
    ]
    # Vietnamese abbreviations: thành phố, thị xã.
    text = "Offices in TP. HCM and TX. Sa Pa opened. They help."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Offices in TP. HCM and TX. Sa Pa opened.", "They help."]
    # A name's last letter after an apostrophe is no initial.
    text = "It runs a centre in Neiafu, Vava'u. The centre plans more. J. Smith agreed."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["It runs a centre in Neiafu, Vava'u.", "The centre plans more.", "J. Smith agreed."]


def test_many_offsets_map_to_their_sentences():
    text = "Victims went to China.  Others went\n   to Laos. Some to St. Petersburg."
    spans = sentence_spans(text)
    offsets = [text.index("China"), text.index("Laos"), text.index("Petersburg"), text.index("  Others")]
    assert sentence_at(spans, offsets).tolist() == [0, 1, 2, 0]  # a gap belongs to the sentence before
    assert sentences_for(text, offsets[:2]) == ["Victims went to China.", "Others went to Laos."]
    assert sentence_text(Document.from_text(text), *spans[1]) == "Others went to Laos."
    # A span running past its sentence takes the next one too.
    assert sentences_for(text, [text.index("China")], [text.index("Others") + 6]) == [
        "Victims went to China. Others went to Laos."
    ]


def test_document_sentences_leave_the_header_out():
    doc = Document.from_text("Note from the scraper.UNCLAS HANOI 000123\nTAGS: KCRM VM\n\n1. (U) Women go to China.\n")
    assert [sentence_text(doc, a, b) for a, b in doc.sentences] == ["Note from the scraper.", "Women go to China."]
    assert doc.sentence_at([doc.text.index("China")]).tolist() == [1]
    assert sentences_for(doc, [0]) == ["Note from the scraper."]


def test_list_items_are_one_unit_each():
    doc = Document.from_text(
        "UNCLAS HANOI 000123\nTAGS: KCRM VM\n\n"
        "1. (U) Projects include:\n\n"
        "-- IOM runs a shelter in Hue. It trains police.\n"
        "-- UNICEF works in Lao Cai.\n\n"
        "2. (U) Comment: more is needed.\n"
    )
    units = [(sentence_text(doc, a, b), item) for a, b, item in text_units(doc.text, doc.narrative)]
    assert units == [
        ("Projects include:", False),
        ("IOM runs a shelter in Hue. It trains police.", True),
        ("UNICEF works in Lao Cai.", True),
        ("Comment: more is needed.", False),
    ]


def test_sentence_spans_are_vectorized_enough():
    text = "Women from An Giang go to Cambodia. Mr. Kim said so.\n\n-- IOM helps.\n" * 20_000
    spans = sentence_spans(text)
    assert spans.shape == (60_000, 2) and spans.dtype == np.int64
    assert (np.diff(spans[:, 0]) > 0).all()


def test_fips_table_maps_cable_country_tags():
    table = fips_countries()
    expected = {
        "VM": "VNM", "CH": "CHN", "TW": "TWN", "CA": "CAN", "BM": "MMR", "CB": "KHM", "LA": "LAO", "TH": "THA",
        "KS": "KOR", "KN": "PRK", "JA": "JPN", "MY": "MYS", "SN": "SGP", "RP": "PHL", "ID": "IDN", "UK": "GBR",
        "US": "USA", "AS": "AUS", "RS": "RUS", "AE": "ARE", "GM": "DEU", "SF": "ZAF", "UG": "UGA", "GH": "GHA",
    }
    assert {code: table[code] for code in expected} == expected
    assert len(table) > 240 and all(len(v) == 3 and v.isupper() for v in table.values())


# --- finding files in untrusted folders -------------------------------------


def test_folder_symlink_loops_end_with_a_warning(tmp_path, caplog):
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    write(tmp_path / "docs" / "deep", "a.txt", b"Women went to China.")
    (tmp_path / "docs" / "deep" / "back").symlink_to(tmp_path / "docs")  # a loop
    (tmp_path / "docs" / "self").symlink_to(".")  # another
    with caplog.at_level("WARNING", logger="progmap.sources.documents"):
        for corpus in ([tmp_path / "docs"], [str(tmp_path / "docs" / "**" / "*.txt")], [str(tmp_path / "**")]):
            docs, skipped = iter_documents(corpus)
            assert [d.doc_id for d in docs] == ["a.txt"] and not skipped, corpus
    loops = [r.getMessage() for r in caplog.records if "loop" in r.getMessage()]
    assert loops and all("\n" not in message for message in loops)


def test_linked_folders_outside_a_loop_are_read(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere", "b.txt", b"Men went to Laos.")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "linked").symlink_to(tmp_path / "elsewhere")
    docs, _ = iter_documents([tmp_path / "docs"])
    assert [d.text for d in docs] == ["Men went to Laos."]


def test_file_names_that_are_not_utf8_are_read_with_printable_ids(tmp_path):
    import json
    import os

    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9 report.txt")
    with open(raw, "wb") as handle:
        handle.write(b"Women went to China.")
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt"), "wb") as handle:
        handle.write(b"")
    docs, skipped = iter_documents([tmp_path])
    assert [d.doc_id for d in docs] == ["caf\\xe9 report.txt"]
    assert docs[0].text == "Women went to China."
    [(path, reason)] = skipped
    assert reason.endswith("bad\\xff.txt: empty document")
    from progmap.sources.documents import printable_path

    assert printable_path("two\nlines.txt") == "two\\x0alines.txt"  # a message stays one line
    # Every name is printable: it encodes as UTF-8 for messages, CSV and JSON.
    for text in (docs[0].doc_id, path, reason):
        text.encode("utf-8")
        json.dumps(text, ensure_ascii=False).encode("utf-8")


def test_output_folders_are_never_read(tmp_path):
    from progmap.schema import OUTPUT_MARKER

    write(tmp_path, "cable.txt", b"Women went to China.")
    for folder in (tmp_path / "out", tmp_path / "sub" / "out"):
        folder.mkdir(parents=True)
        write(folder, OUTPUT_MARKER, b"")
        write(folder, "records.txt", b"Men went to Laos.")
    for corpus in ([tmp_path], [str(tmp_path / "**" / "*.txt")], [str(tmp_path / "*" / "*.txt"), str(tmp_path / "*.txt")]):
        docs, skipped = iter_documents(corpus)
        assert [d.doc_id for d in docs] == ["cable.txt"], corpus
    # Named outright, an output folder is skipped, saying why.
    docs, skipped = iter_documents([tmp_path / "out"])
    assert not docs and "progmap output folder" in skipped[0].reason


# --- headers that fail safe --------------------------------------------------


def test_a_cable_without_line_breaks_keeps_its_body():
    flat = " ".join(CABLE.split())  # as copied from a web page
    doc = Document.from_text(flat, "flat.txt")
    for needle in ("Shan State", "Chiang Mai", "Mae Sai"):
        assert doc.in_narrative(flat.index(needle)), needle
    # The header up to the first paragraph is still read as header.
    assert doc.metadata["reference"] == "BANGKOK 004567"
    assert doc.metadata["tag_countries"] == ["THA", "MMR", "LAO"]
    assert doc.metadata["subject"].startswith("CROSS-BORDER TRAFFICKING FROM BURMA")
    assert not doc.in_narrative([flat.index("TAGS:"), flat.index("SUBJECT:")]).any()


def test_a_header_that_would_swallow_the_body_is_not_a_header(caplog):
    body = "Women from Shan State are trafficked to Bangkok, officials in Chiang Mai said. " * 40
    flat = "UNCLAS BANGKOK 004567 SIPDIS TAGS: KCRM TH SUBJECT: RETURNS " + body
    with caplog.at_level("WARNING", logger="progmap.sources.documents"):
        doc = Document.from_text(flat, "flat.txt")
    assert doc.in_narrative(flat.index("Shan State")) and doc.in_narrative(len(flat) - 5)
    [record] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert record.getMessage().startswith("flat.txt: ") and "\n" not in record.getMessage()


def test_seed_cable_without_line_breaks(seeds_dir):
    text = (seeds_dir / "000_dc972c2fe3abccd7.txt").read_text()
    lined, flat = Document.from_text(text), Document.from_text(" ".join(text.split()))
    assert flat.metadata["reference"] == lined.metadata["reference"]
    assert flat.metadata["subject"] == lined.metadata["subject"]
    narrative = sum(end - start for start, end in flat.narrative)
    assert narrative > 0.9 * len(flat.text)
    assert flat.in_narrative(flat.text.index("Ho Chi Minh City"))


# --- the metadata channel ----------------------------------------------------


def _outside(doc, *needles):
    return [needle for needle in needles if doc.in_narrative(doc.text.index(needle))]


def test_scraper_source_and_title_lines_are_metadata():
    doc = Document.from_text(
        'SOURCE: https://news.example.org/wl/0801 (US Embassy Vientiane cable 08VIENTIANE99, "Workshop in Savannakhet")\n'
        "DATE: 2008-01-17\n\n"
        "US Embassy Vientiane cable: Workshop in Savannakhet\n\n"
        "1. (U) The Lao Women's Union held a workshop in Champasak for village heads.\n"
    )
    assert _outside(doc, "SOURCE", "Workshop in Savannakhet\n", "Champasak") == ["Champasak"]
    metadata = doc.metadata
    assert metadata["date"] == "2008-01-17"
    assert metadata["title"] == "US Embassy Vientiane cable: Workshop in Savannakhet"
    assert metadata["author"] == "US Embassy Vientiane"
    assert metadata["post_country"] == "LAO" and metadata["subject_country"] == "LAO"
    # The title's places still count as places the document mentions.
    title = doc.text.index("US Embassy Vientiane cable:")
    assert [doc.text[a:b] for a, b in doc.headings] == ["US Embassy Vientiane cable: Workshop in Savannakhet"]
    assert any(a <= title < b for a, b in doc.place_spans)


def test_cable_routing_header_gives_author_post_and_subject_country():
    doc = Document.from_text(CABLE)
    assert doc.metadata["author"] == "Embassy Bangkok"
    assert doc.metadata["post_country"] == "THA"
    assert doc.metadata["tags_countries"] == ["THA", "MMR", "LAO"]
    # "FROM BURMA" in the subject outweighs the post and the first tag.
    assert doc.metadata["subject_country"] == "MMR"
    subject = doc.text.index("SUBJECT:")
    assert not doc.in_narrative(subject) and any(a <= subject < b for a, b in doc.place_spans)
    # A repeated section's subject is no second heading.
    second = doc.text.index("SUBJECT:", subject + 1)
    assert not any(a <= second < b for a, b in doc.place_spans)


def test_a_cable_with_only_a_reference_line_names_its_post():
    doc = Document.from_text("UNCLAS HO CHI MINH CITY 000801\nSIPDIS\nTAGS: KTIP VM MY\nSUBJECT: BROKERS CONVICTED\n\n1. (U) Text.\n")
    assert doc.metadata["author"] == "Consulate Ho Chi Minh City"
    assert doc.metadata["post_country"] == "VNM"
    assert doc.metadata["subject_country"] == "VNM"  # the post and the first tag agree


def test_metadata_alone_may_leave_the_subject_country_open():
    doc = Document.from_text("Our shelter in Hanoi helps girls from Lao Cai.\n")
    assert doc.metadata.get("subject_country") is None and doc.metadata.get("author") is None


def test_links_to_other_pages_under_a_read_more_heading_are_not_narrative():
    doc = Document.from_text(
        "Read more about our shelters in Lao Cai.\n\n"
        "Blue Dragon returned 12 girls from China.\n\n"
        "Read more:\nItaly sees surge in Nigerian victims\nSpain arrests ring\n\n"
        "Follow us on Twitter @BlueDragon\n"
    )
    assert _outside(doc, "Read more about", "Blue Dragon", "Italy", "Spain", "Follow us") == ["Read more about", "Blue Dragon"]


def test_a_tables_short_rows_are_narrative_though_a_menu_line_is_not():
    doc = Document.from_text(
        "About | Our work | Donate | Contact\n\n"
        "Table 2. Projects\n\n"
        "Project | Implementer | Partner | Location\n"
        "Safe homes | Amani Network | Tumaini Trust | Kisumu\n"
        "Legal aid | Baraka Centre | Hope Clinic | Nakuru\n"
    )
    assert _outside(doc, "Donate", "Implementer", "Amani Network", "Hope Clinic") == ["Implementer", "Amani Network", "Hope Clinic"]


def test_a_newsletters_contents_are_not_narrative():
    doc = Document.from_text(
        "Hope Network - Quarterly Newsletter\n\n"
        "In this issue:\n* Partners meet in Nong Khai\n* New shelter opens in Siem Reap\n\n"
        "PARTNERS MEET\nOn 12 September, social workers met in Nong Khai.\n"
    )
    assert _outside(doc, "Partners meet in", "New shelter opens", "On 12 September") == ["On 12 September"]


def test_web_page_chrome_is_not_narrative():
    doc = Document.from_text(
        "Skip to main content\n"
        "Home > News > Asia\n"
        "About | Our work | Donate | Contact\n\n"
        "New shelter opens in Lao Cai\n\n"
        "By Jane Doe\n"
        "Published: 4 May 2018\n\n"
        "Blue Dragon opened a shelter in Lao Cai for girls returned from China.\n\n"
        "Share this article\nFacebook | Twitter | Email\n"
        "We use cookies to improve your experience. Accept cookies\n"
        "Back to top\n"
    )
    chrome = ["Skip", "Home >", "Donate", "By Jane", "Published", "Share", "Facebook", "We use", "Back to top"]
    assert _outside(doc, *chrome, "New shelter", "Blue Dragon") == ["Blue Dragon"]
    assert doc.metadata["title"] == "New shelter opens in Lao Cai"
    assert doc.metadata["author"] == "Jane Doe" and doc.metadata["date"] == "2018-05-04"
    assert [sentence_text(doc, a, b) for a, b in doc.sentences] == [
        "Blue Dragon opened a shelter in Lao Cai for girls returned from China."
    ]


def test_a_press_release_title_over_a_place_and_date_line_is_metadata():
    doc = Document.from_text(
        "UNHCR Chad: Safe Shelter for Refugee Women\n"
        "N'Djamena, 2 February 2024\n\n"
        "On 30 January 2024 the agency opened a shelter in Abeche for women from Darfur.\n"
    )
    assert doc.metadata["title"] == "UNHCR Chad: Safe Shelter for Refugee Women"
    assert doc.metadata["date"] == "2024-02-02" and doc.metadata["subject_country"] == "TCD"
    assert _outside(doc, "UNHCR Chad", "N'Djamena", "Abeche") == ["Abeche"]


def test_a_country_in_capitals_in_a_mixed_case_title_is_the_subject():
    # A report's country chapter: "GUYANA (Tier 2)"; short capitals stay acronyms ("US Embassy").
    assert subject_country({"title": "GUYANA (Tier 2)"}) == "GUY"
    assert subject_country({"title": "Country Narratives: MALI"}) == "MLI"
    assert subject_country({"title": "US Embassy Vientiane cable: Workshop in Savannakhet"}) is None


def test_an_ordinary_first_sentence_is_no_title():
    doc = Document.from_text("Women from An Giang go to Cambodia.\n\nThey are sold there.\n")
    assert "title" not in doc.metadata and not doc.headings
    assert doc.narrative == [(0, len(doc.text))]


def test_html_page_meta_gives_author():
    page = (
        b"<html><head><title>Shelter news</title><meta name='author' content='Jane Doe'>"
        b"<meta property='og:site_name' content='Hope Foundation'></head>"
        b"<body><nav><a>Home</a> <a>About</a></nav><p>A shelter in Hue helps girls.</p></body></html>"
    )
    doc = Document.from_text("x")  # a page read from a file:
    del doc
    import tempfile, pathlib

    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder, "page.html")
        path.write_bytes(page)
        doc = read_document(path)
    assert doc.metadata["author"] == "Jane Doe"
    assert doc.metadata["site"] == "Hope Foundation"
    assert "Home" not in sentence_text(doc, *doc.sentences[0])


# --- PDF and Word documents -------------------------------------------------


def _pdf(text: str, running: bool = False, password: str | None = None) -> bytes:
    """A PDF of ``text``, one text line a PDF line, blank lines as gaps; optionally a running header and footer."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            if running:
                self.set_font("Courier", size=7)
                self.cell(0, 4, "TRAFFICKING IN PERSONS: FIELD NOTES", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if running:
                self.set_y(-12)
                self.set_font("Courier", size=7)
                self.cell(0, 4, f"Page {self.page_no()}")

    pdf = Report(orientation="L")
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.add_page()
    pdf.set_font("Courier", size=7)
    for line in text.split("\n"):
        if line.strip():
            pdf.cell(0, 3.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3.5)
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    """A Word document of ``text``: a paragraph per blank-line-separated block, its lines kept as line breaks."""
    import io
    import re

    import docx

    document = docx.Document()
    for block in re.split(r"\n[ \t]*\n", text):
        document.add_paragraph(block.strip("\n"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_pages_hyphens_and_running_lines(tmp_path):
    words = "Lao Cai Ha Giang Cao Bang Lang Son Quang Ninh Nghe An Thanh Hoa Ha Tinh An Giang Dong Thap Tay Ninh".split()
    body = "\n".join(
        f"Paragraph {n}: women from {words[n % 20]} {words[n // 20]} were traf-\nficked to Cambodia, a Hanoi-\nbased NGO said. They were\nsold to brothels in\nPhnom Penh and Siem Reap.\n"
        for n in range(40)
    )
    doc = read_document(write(tmp_path, "report.pdf", _pdf(body, running=True)))
    assert len(doc.pages) >= 2 and doc.pages[0] == 0
    assert "trafficked to Cambodia, a Hanoi-based NGO" in " ".join(doc.text.split())
    assert "FIELD NOTES" not in doc.text and "Page 1" not in doc.text  # running header, footer
    assert "\n\nParagraph 2:" in doc.text  # paragraph breaks are kept
    assert doc.text.startswith("Paragraph 0:")
    last = doc.text.rindex("Paragraph 39")
    assert doc.page_at([0, last]).tolist() == [1, len(doc.pages)]
    assert Document.from_text("No pages.").page_at([0, 3]).tolist() == [0, 0]


def test_items_from_a_pdf_carry_their_page():
    import pandas as pd

    from progmap.sources.documents import add_pages

    pdf = Document("r.pdf", Path("r.pdf"), "Women go to China.\nMen go to Laos.", pages=(0, 19))
    txt = Document.from_text("Girls go to Laos.", "t.txt")
    items = pd.DataFrame({
        "doc": ["r.pdf", "r.pdf", "t.txt"], "start": [0, 0, 0], "end": [18, 30, 17],
        "evidence": ["Women go to China.", "Women go to China. Men go to Laos.", "Girls go to Laos."],
    })
    out = add_pages(items, [pdf, txt])
    assert out["page"].tolist()[:2] == [1, 1] and pd.isna(out["page"].iloc[2])
    assert out["evidence"].tolist() == [
        "Women go to China. (p. 1)", "Women go to China. Men go to Laos. (pp. 1-2)", "Girls go to Laos."
    ]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("locked.pdf", None, "encrypted PDF"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", "not a readable PDF"),
        ("fake.pdf", b"Just text named .pdf", "not a PDF file"),
        ("archive.docx", None, "not a readable Word document"),
        ("junk.docx", bytes(range(256)) * 8, "not a Word document"),
    ],
)
def test_unreadable_pdf_and_word_files_are_skipped_with_a_reason(tmp_path, name, data, message):
    import io
    import zipfile

    if name == "locked.pdf":
        data = _pdf("Women go to China.\n", password="secret")
    elif name == "archive.docx":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("notes.txt", "not a document")
        data = buffer.getvalue()
    write(tmp_path, name, data)
    write(tmp_path, "ok.txt", b"Women go to China.")
    docs, skipped = iter_documents([tmp_path])
    assert [d.doc_id for d in docs] == ["ok.txt"]
    [(path, reason)] = skipped
    assert reason.startswith(f"{tmp_path / name}: ") and message in reason and "\n" not in reason


def _comparable(found):
    """The seed's frames without what depends on the file: ids, offsets, document names, page notes.

    Quotes are compared without white space and hyphens: the text file's
    line breaks fall inside words ("USG- / funded") where a PDF's reader
    joins them.
    """
    import re

    def quote(text):
        return re.sub(r"[\s\-]+", "", re.sub(r" \(pp?\. [\d-]+\)$", "", text))

    places = sorted(zip(found.mentions["code"], map(quote, found.mentions["text"]), map(quote, found.mentions["sentence"])))
    programmes = sorted(
        (row.name, tuple(row.organizations), tuple(row.places), tuple(row.activities), quote(row.evidence))
        for row in found.programmes.itertuples()
    )
    routes = sorted(
        (row.origin_code, row.destination_code, tuple(row.purposes), tuple(row.victims), row.direction, quote(row.evidence))
        for row in found.routes.itertuples()
    )
    return places, programmes, routes


def test_pdf_and_word_versions_of_the_seed_cable_give_the_same_frames(tmp_path, seeds_dir, gazetteer):
    from progmap.pipeline import extract

    text = (seeds_dir / "000_dc972c2fe3abccd7.txt").read_text()
    write(tmp_path, "cable.pdf", _pdf(text, running=True))
    write(tmp_path, "cable.docx", _docx(text))
    (tmp_path / "cable.txt").write_text(text)
    frames = {}
    for name in ("cable.txt", "cable.pdf", "cable.docx"):
        found = extract([tmp_path / name], gazetteer)
        assert not found.skipped, found.skipped
        frames[name] = _comparable(found)
    places, programmes, routes = frames["cable.txt"]
    assert places and programmes and routes
    pages = extract([tmp_path / "cable.pdf"], gazetteer).routes["page"]
    assert pages.notna().all() and pages.min() >= 1
    assert frames["cable.pdf"] == frames["cable.txt"]
    assert frames["cable.docx"] == frames["cable.txt"]


PAGE = """<!DOCTYPE html><html><head><title>New shelter opens in Lao Cai | Hope Foundation</title>
<meta property="article:published_time" content="2019-03-04T08:00:00Z"></head><body>
<div id="cookies">We use cookies to improve your experience. <button>Accept cookies</button></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/work">Our work in Vietnam</a></li><li><a>Donate</a></li></ul>
<main><article><h1>New shelter opens in Lao Cai</h1>
<p>Hope Foundation opened a shelter in Lao Cai for girls returned from China. It offers counselling and legal aid.</p>
<p>Since 2015 the foundation has helped more than 300 women trafficked from Ha Giang and Lai Chau to Yunnan.</p>
<p>The project is funded by the Australian Government and run with the Lao Cai Women's Union.</p>
</article>
<aside><h3>Related stories</h3><ul><li><a>Floods hit Quang Nam</a></li><li><a>A new hotline in Battambang</a></li></ul></aside>
</main>
<div class="comments"><h4>Comments</h4><p>Great work! Greetings from Manila.</p></div>
<footer><p>Hope Foundation, 12 Tran Hung Dao, Hanoi.</p></footer></body></html>"""


def test_html_pages_are_read_as_their_main_text(tmp_path):
    doc = read_document(write(tmp_path, "news.html", PAGE.encode()))
    narrative = " ".join(doc.text[a:b] for a, b in doc.narrative)
    for kept in ("shelter in Lao Cai for girls", "Ha Giang and Lai Chau", "Australian Government"):
        assert kept in narrative, kept
    for furniture in ("Quang Nam", "Battambang", "Manila", "Tran Hung Dao", "cookies", "Donate", "Our work in Vietnam"):
        assert furniture not in narrative, furniture
    assert doc.metadata["date"] == "2019-03-04"
    assert doc.metadata["title"] == "New shelter opens in Lao Cai"  # the headline: a heading, not narrative
    assert len(doc.sentences) == 4  # paragraphs stay apart


def test_pages_the_extractor_finds_nothing_in_are_read_by_the_fallback_parser(tmp_path):
    from progmap.sources.formats import html_main_text

    assert html_main_text("<html><body><script>var a = 'Hanoi';</script></body></html>") is None
    # A page too short for the extractor is read whole, list bullets and all.
    doc = read_document(write(tmp_path, "short.html", b"<ul><li>IOM in Hue</li><li>UNICEF in Lao Cai</li></ul>"))
    assert doc.text == "• IOM in Hue\n• UNICEF in Lao Cai\n"


def test_narrative_text_blanks_metadata_and_keeps_offsets():
    doc = Document.from_text(
        'SOURCE: https://example.org/x (US Embassy Vientiane cable, "Workshop in Savannakhet")\n\n'
        "US Embassy Vientiane cable: Workshop in Savannakhet\n\n"
        "The Lao Women's Union held a workshop in Champasak.\n"
    )
    blanked = doc.narrative_text
    assert len(blanked) == len(doc.text) and blanked.count("\n") == doc.text.count("\n")
    assert "Embassy" not in blanked and "Savannakhet" not in blanked
    start = doc.text.index("The Lao Women's Union")
    assert blanked[start:] == doc.text[start:]


def test_text_taken_from_a_pdf_reads_as_its_words_and_sentences():
    from progmap.sources.documents import normalize_text, sentence_spans

    text = normalize_text("Cambodian men are traf-\nficked to Thai-\nland across the cross-\nborder.12 Women from Prey Veng are "
                          "recruited.13\n")
    assert text.startswith("Cambodian men are trafficked to Thailand across the cross-border.12 Women")
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == ["Cambodian men are trafficked to Thailand across the cross-border.12", "Women from Prey Veng are recruited.13"]
    # a decimal is no footnote mark
    assert len(sentence_spans("The rate rose to 3.12 Percent in May.")) == 1


@pytest.mark.parametrize("text", [
    "are traf-\nficked to Cam-\nbodia across the cross-\nborder",
    "a-\nb-\nc-\nd", "-\nx", "x-\n", "é-\nx and café-\nbar", "2-\nday, A_b-\ncd, AB-\ncd, Ab-\ncD",
    "Thai-\n  land", "ab-\n\tcd-\nef", "some-\nthing", "",
])
def test_broken_words_are_mended_as_the_pattern_over_the_whole_text_would(text):
    from progmap.sources.documents import _BROKEN_WORD, _mend_broken_word, _mend_broken_words

    assert _mend_broken_words(text) == _BROKEN_WORD.sub(_mend_broken_word, text)


def test_a_missions_letterhead_is_its_writer_and_its_city_the_subject():
    doc = Document.from_text(
        "EMBASSY OF THE KINGDOM OF DENMARK IN NAIROBI\n\nCALL FOR PROPOSALS\n\n"
        "The Embassy seeks partners for work with returnees from Saudi Arabia in Kisumu.\n"
    )
    assert doc.metadata["subject_country"] == "KEN" and doc.metadata["post_country"] == "KEN"
    assert doc.metadata["author"] == "Embassy of the Kingdom of Denmark in Nairobi"

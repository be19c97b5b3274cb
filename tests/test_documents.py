"""Reading documents: encodings, bad files, cable headers, sentences."""

import codecs

import pytest

from progmap.documents import iter_documents, read_document, sentence_spans, sentences_for
from progmap.errors import DocumentError

CABLE = """UNCLAS SECTION 01 OF 02 BANGKOK 004567

SIPDIS

E.O. 12958: N/A
TAGS: KCRM PHUM TH BM LA
SUBJECT: CROSS-BORDER TRAFFICKING FROM BURMA

REF: A. BANGKOK 123 B. STATE 45678

1. (U) Summary: Women from Shan State are trafficked to Bangkok. End summary.

2. (U) Officials in Chiang Mai met Mr. Somchai on May 3. He said U.S. support helps.
SMITH
"""


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_cable_header_is_metadata_not_narrative(tmp_path):
    doc = read_document(write(tmp_path, "cable.txt", CABLE.encode()))
    assert doc.metadata["reference"] == "BANGKOK 004567"
    assert doc.metadata["tag_countries"] == ["THA", "MMR", "LAO"]
    assert doc.metadata["subject"] == "CROSS-BORDER TRAFFICKING FROM BURMA"
    assert not doc.in_narrative(doc.text.index("TAGS:"))
    assert not doc.in_narrative(doc.text.index("SUBJECT:"))
    assert doc.in_narrative(doc.text.index("Shan State"))
    assert not doc.in_narrative(doc.text.index("SMITH"))


def test_seed_cable_header(seeds_dir):
    doc = read_document(seeds_dir / "000_dc972c2fe3abccd7.txt")
    assert doc.metadata["reference"] == "HANOI 002323"
    assert {"VNM", "CHN", "TWN", "CAN"} <= set(doc.metadata["tag_countries"])
    assert "TRAFFICKING IN PERSONS" in doc.metadata["subject"]
    assert not doc.in_narrative(doc.text.index("TAGS:"))
    assert doc.in_narrative(doc.text.index("¶3."))


def test_web_pages_are_all_narrative(tmp_path):
    doc = read_document(write(tmp_path, "page.txt", "Our shelter in Hanoi helps girls.\n".encode()))
    assert doc.metadata == {} and doc.narrative == [(0, len(doc.text))]


def test_html_is_read_as_its_visible_text(tmp_path):
    page = b"<html><head><script>var x = 'Hanoi';</script></head><body><p>Work in Lang Son &amp; Cao Bang.</p></body></html>"
    doc = read_document(write(tmp_path, "page.html", page))
    assert "Lang Son & Cao Bang." in doc.text and "var x" not in doc.text


def test_legacy_and_utf16_encodings_are_decoded(tmp_path):
    cp1252 = read_document(write(tmp_path, "old.txt", "“Café” in Hà Nội?".encode("cp1252", errors="replace")))
    assert cp1252.text.startswith("“Café”")
    utf16 = read_document(write(tmp_path, "wide.txt", codecs.BOM_UTF16_LE + "Đồng Nai province".encode("utf-16-le")))
    assert utf16.text == "Đồng Nai province"


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b"  \n\n ", "empty document"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError, match=message) as caught:
        read_document(path)
    assert name in str(caught.value) and "\n" not in str(caught.value)


def test_missing_path(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_folders_skip_bad_files_and_say_why(tmp_path):
    write(tmp_path, "good.txt", b"Victims went to China.")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, ".hidden.txt", b"Ignored.")
    docs, skipped = iter_documents([tmp_path, tmp_path / "missing.txt", str(tmp_path / "*.nothing")])
    assert [d.doc_id for d in docs] == ["good.txt"]
    reasons = " | ".join(reason for _, reason in skipped)
    assert "empty.txt: empty document" in reasons and "missing.txt: no such file" in reasons
    assert "no file matches" in reasons


def test_same_file_names_in_two_folders_get_distinct_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "report.txt", b"Text.")
    docs, _ = iter_documents([tmp_path])
    assert len({d.doc_id for d in docs}) == 2


def test_sentences_split_on_ends_lists_and_paragraph_marks():
    text = "Mr. Nam met U.S. officials. They agreed.\n-- IOM: a shelter in Hue.\n¶4. (U) Next."
    spans = sentence_spans(text)
    sentences = [text[a:b] for a, b in spans]
    assert sentences[0] == "Mr. Nam met U.S. officials."
    assert "-- IOM: a shelter in Hue." in [s.strip() for s in sentences]
    assert sentences_for(text, [text.index("Hue")]) == ["-- IOM: a shelter in Hue."]

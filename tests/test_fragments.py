"""Per-document pieces of the outputs: joined, they are what the frame writers write."""

import pandas as pd
import pytest
from conftest import SHARED

from progmap import records
from progmap.engine import work
from progmap.engine.state import ExtractOptions, SharedState
from progmap.outputs import fragments, writers, yaml_text
from progmap.pipeline import extract

DEV = SHARED / "corpus" / "dev" / "corpus"


@pytest.fixture(scope="module")
def dev_extraction(gazetteer, tmp_path_factory):
    if not DEV.is_dir():
        pytest.skip(f"no development corpus at {DEV}")
    docs = sorted(DEV.glob("*.txt"))
    cache = tmp_path_factory.mktemp("cache")
    return extract(docs, gazetteer, cache=cache, pieces=True)


@pytest.mark.parametrize("kind", ["mentions", "unresolved"])
def test_joined_pieces_are_the_csv_table_the_frame_gives(dev_extraction, tmp_path, kind):
    frame = getattr(dev_extraction, kind)
    assert kind in dev_extraction.pieces
    writers.write_csv(frame, tmp_path / "frame.csv")
    writers.write_csv(frame, tmp_path / "pieces.csv", rows=dev_extraction.pieces[kind])
    assert (tmp_path / "pieces.csv").read_bytes() == (tmp_path / "frame.csv").read_bytes()


def test_joined_pieces_are_the_records_file_the_frames_give(dev_extraction, tmp_path):
    frames = {section: getattr(dev_extraction, section) for section in records.SECTIONS}
    assert {"programmes", "routes"} <= set(dev_extraction.pieces)
    records.write_records(frames, tmp_path / "frames.yaml")
    records.write_records(frames, tmp_path / "pieces.yaml", pieces=dev_extraction.pieces)
    assert (tmp_path / "pieces.yaml").read_bytes() == (tmp_path / "frames.yaml").read_bytes()


def test_records_sections_written_apart_are_the_whole_document():
    # write_records writes each section as a YAML document of its own.
    awkward = ["", "trailing\n", " lead", "a: b", "- x", "null", "...", "x\n...\n", "é" * 120, "word " * 40]
    sections = {"organizations": [], "programmes": [{"id": "p", "v": v, "w": [v, v]} for v in awkward], "routes": [{"id": "r", "volume": None}]}
    whole = yaml_text.dump(sections, width=100)
    assert "".join(yaml_text.dump({name: items}, width=100) for name, items in sections.items()) == whole


def test_a_piece_with_an_integer_in_a_float_column_is_written_as_the_frame_holds_it():
    assert fragments.csv_rows([["d"], [1]], floats=frozenset({1})) == "d,1.0\r\n"
    assert fragments.csv_rows([["d"], [1]]) == "d,1\r\n"


def test_a_frame_whose_integers_pandas_made_floats_does_not_take_pieces():
    # A missing start makes pandas hold every start as a float: 3 is written 3.0.
    frame = pd.DataFrame({"doc": ["a", "b"], "start": [3, None]})
    assert not fragments.frame_agrees("programmes", frame)
    assert fragments.frame_agrees("programmes", pd.DataFrame({"doc": ["a", "b"], "start": [3, 4]}))
    assert fragments.frame_agrees("mentions", pd.DataFrame({"score": [0.5, 1.0]}))


def test_a_document_without_its_piece_leaves_the_frame_to_write_the_file():
    spool = fragments.Spool()
    spool.add("a,1\r\n")
    spool.add(None)
    assert not spool.complete


def test_a_result_s_pieces_travel_as_bytes_after_its_json():
    # A build copies the pieces into its files without decoding them.
    data = work.encode({"doc": "a.txt", "mentions": [[3]]}, {"mentions": "a.txt,3,Hà Nội\r\n", "routes": "- id: r1\n"})
    found = work.decode(data)
    assert found["mentions"] == [[3]]
    assert found["pieces"] == {"mentions": "a.txt,3,Hà Nội\r\n".encode(), "routes": b"- id: r1\n"}
    spool = fragments.Spool()
    spool.add(found["pieces"]["mentions"])
    assert spool.complete and spool.size == len("a.txt,3,Hà Nội\r\n".encode())


def test_a_piece_that_is_no_utf8_is_left_out_and_its_file_is_written_from_the_frame():
    found = work.decode(work.encode({"doc": "a.txt"}, {"mentions": "a,\udce9\r\n", "routes": "- id: r1\n"}))
    assert found["pieces"] == {"routes": b"- id: r1\n"}
    spool = fragments.Spool()
    spool.add(found["pieces"].get("mentions"))
    assert not spool.complete


def test_a_worker_s_result_carries_its_pieces_as_bytes(gazetteer, tmp_path):
    text = b"Police in Hanoi said 14 women had been trafficked to China and sold in Guangxi.\n"
    (data,) = work.extract_batch([("hanoi.txt", str(tmp_path / "hanoi.txt"), text, "")], SharedState(gazetteer), ExtractOptions())
    pieces = work.decode(data)["pieces"]
    assert pieces["mentions"].startswith(b"hanoi.txt,") and b'"pieces"' not in data.partition(b"\n")[0]

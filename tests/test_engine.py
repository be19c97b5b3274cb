"""The engine: the unit of work, worker processes, the per-document cache, incremental builds."""

import gc
import os
import random
import re
import shutil

import pytest
from conftest import SHARED

from progmap.cli import main
from progmap.engine.cache import ResultCache, content_hash
from progmap.engine.gather import collector_paused, results_frozen
from progmap.engine import pool
from progmap.engine.pool import LocalRunner, warm_up
from progmap.engine.state import ExtractOptions, SharedState
from progmap.engine.stream import document_results
from progmap.engine.work import ROW_COLUMNS, decode, encode, extract_batch, spans_without
from progmap.pipeline import extract
from progmap.project import EngineOptions

DEV = SHARED / "corpus" / "dev" / "corpus"
FRAMES = ("mentions", "unresolved", "org_mentions", "organizations", "programmes", "routes")


@pytest.fixture(scope="module")
def dev_docs():
    if not DEV.is_dir():
        pytest.skip(f"no development corpus at {DEV}")
    return sorted(DEV.glob("*.txt"))


@pytest.fixture(scope="module")
def state(gazetteer):
    return SharedState(gazetteer)


def _slow_spans_without(spans, holes):
    """The definition: every span less every hole, cut where a hole starts."""
    out = []
    for start, end in spans:
        cursor = start
        for hole_start, hole_end in sorted(holes):
            if hole_end <= cursor or hole_start >= end:
                continue
            if hole_start > cursor:
                out.append((cursor, hole_start))
            cursor = max(cursor, hole_end)
        if cursor < end:
            out.append((cursor, end))
    return out


def test_spans_without_cuts_holes_out_of_spans():
    assert spans_without([(0, 10), (20, 30)], [(2, 4), (8, 22)]) == [(0, 2), (4, 8), (22, 30)]
    assert spans_without([(0, 10)], []) == [(0, 10)]


def test_spans_without_agrees_with_its_definition_on_random_spans():
    rng = random.Random(3)
    for _ in range(300):
        bounds = sorted(rng.sample(range(200), 8))
        spans = list(zip(bounds[::2], bounds[1::2]))
        holes = [(a, a + rng.randint(0, 40)) for a in (rng.randint(0, 199) for _ in range(rng.randint(0, 6)))]
        assert spans_without(spans, holes) == _slow_spans_without(spans, holes), (spans, holes)


def test_a_document_gives_the_same_result_alone_or_in_a_batch(dev_docs, state):
    items = [(p.name, str(p), p.read_bytes(), "") for p in dev_docs]
    options = ExtractOptions()
    together = extract_batch(items, state, options)
    alone = [extract_batch([item], state, options)[0] for item in items]
    assert together == alone


def test_an_unreadable_document_is_a_skipped_result(state, tmp_path):
    (result,) = extract_batch([("empty.txt", str(tmp_path / "empty.txt"), b"", "")], state, ExtractOptions())
    assert decode(result)["skipped"].endswith("empty document")


def test_a_state_body_names_its_country_and_an_ngo_branch_does_not(state, tmp_path):
    text = b"The Government of Nepal rescued 40 girls. Save the Children UK runs a shelter for them.\n"
    (result,) = extract_batch([("nepal.txt", str(tmp_path / "nepal.txt"), text, "")], state, ExtractOptions(places_only=True))
    mentions = decode(result)["mentions"]
    assert mentions[2] == ["Nepal"]  # the text column: Nepal, not the UK of the NGO's name


def test_a_state_body_named_as_funder_gives_no_place_of_work(state, tmp_path):
    text = b"Cambodia is a source country. With support from the Government of Japan, UNODC trains judges in Phnom Penh.\n"
    (result,) = extract_batch([("japan.txt", str(tmp_path / "japan.txt"), text, "")], state, ExtractOptions())
    found = decode(result)
    assert "Japan" in found["mentions"][2]  # named, so mapped as a place the text names
    places = found["programmes"][ROW_COLUMNS["programmes"].index("places")]
    assert places == [["KH-12"]]  # but UNODC works in Phnom Penh, not in Japan


def test_a_country_named_as_a_donor_is_a_place_the_text_names(state, tmp_path):
    text = b"Laos is a source country. With support from the United States, an NGO trains police in Vientiane.\n"
    (result,) = extract_batch([("usa.txt", str(tmp_path / "usa.txt"), text, "")], state, ExtractOptions())
    found = decode(result)
    assert "United States" in found["mentions"][2]  # read as the US Government, and named all the same
    places = found["programmes"][ROW_COLUMNS["programmes"].index("places")]
    assert all("USA" not in row for row in places)  # the donor's country is no place of the work


def test_a_unit_read_as_the_body_that_acts_is_still_named(state, tmp_path):
    text = b"Nova Scotia opened its first shelter for trafficked women in Halifax in 2021, Canada says.\n"
    (result,) = extract_batch([("ns.txt", str(tmp_path / "ns.txt"), text, "")], state, ExtractOptions(places_only=True))
    assert "Nova Scotia" in decode(result)["mentions"][2]  # the province's government acts, in the province
    # an NGO may bear a one-word unit's name: Fier is a Dutch NGO here, not Albania's Fier
    text = (b"Albania: a small reintegration house in Elbasan for young women returning from Italy. "
            b"Netherlands: Fier, supported by the Congregation of the Good Shepherd, trained staff.\n")
    (result,) = extract_batch([("fier.txt", str(tmp_path / "fier.txt"), text, "")], state, ExtractOptions(places_only=True))
    assert "Fier" not in decode(result)["mentions"][2]


def test_a_place_opening_a_body_s_name_is_no_stop_on_a_route(state, tmp_path):
    text = (b"The Albanian boys had been smuggled into the UK through Belgium and France, "
            b"Birmingham Crown Court heard.\n")
    (result,) = extract_batch([("court.txt", str(tmp_path / "court.txt"), text, "")], state, ExtractOptions())
    found = decode(result)
    assert "Birmingham" in found["mentions"][2]  # named, so mapped
    via = found["routes"][ROW_COLUMNS["routes"].index("via")]
    assert via == [["BEL", "FRA"]]  # but the court's city is no stop of the boys' journey


def test_worker_processes_extract_what_one_process_does(dev_docs, gazetteer):
    one = extract([DEV], gazetteer, engine=EngineOptions(workers=1))
    two = extract([DEV], gazetteer, engine=EngineOptions(workers=2))
    for name in FRAMES:
        assert getattr(one, name).equals(getattr(two, name)), name
    assert one.contexts == two.contexts and [d.doc_id for d in one.documents] == [d.doc_id for d in two.documents]


def test_workers_compute_a_later_batch_while_cached_ones_are_consumed(state, tmp_path):
    # A rebuild's new documents come after batches that are all cached (empty):
    # they are sent to the workers before those are consumed, not after.
    pulled = []

    def batches():
        for number in range(10):
            pulled.append(number)
            yield []
        pulled.append("new")
        yield [("new.txt", str(tmp_path / "new.txt"), b"DATE: 2024-05-01\n\nText.", "")]

    with LocalRunner(state, ExtractOptions(), workers=2) as runner:
        results = runner.map(batches(), task="dates")
        assert next(results) == [] and "new" in pulled
        assert [decode(r)["doc"] for r in list(results)[-1]] == ["new.txt"]


def test_the_warm_up_text_reaches_every_actor_stage(state):
    # What the parent reads before forking must take each stage past its first use, or workers build their own tables.
    result = decode(warm_up(state, ExtractOptions()))
    for kind in ("org_mentions", "organizations", "programmes", "routes", "mentions"):
        assert result[kind][0], kind


def test_workers_are_forked_after_the_parent_warmed_up(state, tmp_path, monkeypatch):
    warmed = []
    monkeypatch.setattr(pool, "warm_up", lambda *args: warmed.append(args))
    with LocalRunner(state, ExtractOptions(), workers=2) as runner:
        assert warmed == []  # nothing is forked, nor warmed, before a batch has work
        list(runner.map([[("a.txt", str(tmp_path / "a.txt"), b"DATE: 2024-05-01\n\nText.", "")]], task="dates"))
    assert len(warmed) == 1


def test_a_light_pass_forks_one_worker_that_builds_its_own_state(gazetteer, state, tmp_path, monkeypatch):
    # A rebuild's few new documents: the parent reads the cached ones meanwhile, and builds no matcher first.
    warmed = []
    monkeypatch.setattr(pool, "warm_up", lambda *args: warmed.append(args))
    fresh = SharedState(gazetteer, fingerprint=state.fingerprint)
    item = ("a.txt", str(tmp_path / "a.txt"), b"Police in Hanoi said 14 women were trafficked to China.\n", "")
    with LocalRunner(fresh, ExtractOptions(), workers=2) as runner:
        found = list(runner.map([[], [item]], light=lambda: True))
        assert runner._pool._processes == 1
        assert warmed == [] and "matcher" not in vars(fresh)
        # A later pass that is not light gets the workers in full.
        list(runner.map([[item]], light=lambda: False))
        assert runner._pool._processes == 2 and len(warmed) == 1
    assert found == [[], extract_batch([item], state, ExtractOptions())]


class _Recording:
    """A runner that notes whether the pass was light when its first batch with work came."""

    in_process = False

    def __init__(self):
        self.light = []

    def map(self, batches, task="extract", light=None):
        for batch in batches:
            if batch and not self.light:
                self.light.append(light())
            yield [encode({"doc": doc_id, "date": ""}) for doc_id, *_ in batch]


@pytest.mark.parametrize("cached, light", [(range(39), True), (range(38), False), (range(1, 40), False), ((), False)])
def test_a_pass_is_light_when_its_first_new_document_comes_after_a_corpus_nearly_all_cached(tmp_path, monkeypatch, cached, light):
    # 1 new document of 40 is light; 2 (5%) are not, nor a new one that comes first.
    from progmap.engine import stream

    monkeypatch.setattr(stream, "BATCH_DOCUMENTS", 2)  # batches of two documents: forty stand for thousands
    files = []
    for number in range(40):
        files.append(tmp_path / f"d{number:02d}.txt")
        files[-1].write_text(f"Text {number}.\n", encoding="utf-8")
    cache = ResultCache(tmp_path / "cache", "fingerprint", "dates")
    for number in cached:
        cache.put(cache.key(files[number].name, content_hash(files[number].read_bytes())), encode({"doc": files[number].name, "date": ""}))
    runner = _Recording()
    list(document_results(files, [p.name for p in files], runner, cache, task="dates"))
    assert runner.light == [light]


def test_workers_collect_garbage_less_often_than_python_by_default(state, tmp_path, monkeypatch):
    monkeypatch.setitem(pool.TASKS, "thresholds", lambda batch, state, options: [gc.get_threshold()])
    with LocalRunner(state, ExtractOptions(), workers=2) as runner:
        found = list(runner.map([[("a.txt", str(tmp_path / "a.txt"), b"Text.", "")]], task="thresholds"))
    assert found == [[pool.WORKER_GC_THRESHOLDS]] and pool.WORKER_GC_THRESHOLDS[0] > gc.get_threshold()[0]


def test_an_extraction_without_organization_mentions_gathers_the_rest_alike(dev_docs, gazetteer, tmp_path):
    # A build writes organizations, not their mentions: it does not gather them.
    every = extract(dev_docs[:3], gazetteer, cache=tmp_path)
    fewer = extract(dev_docs[:3], gazetteer, cache=tmp_path, org_mentions=False)
    assert len(every.org_mentions) and fewer.org_mentions.empty and list(fewer.org_mentions) == list(every.org_mentions)
    for name in FRAMES[:2] + FRAMES[3:]:
        assert getattr(every, name).equals(getattr(fewer, name)), name


def test_places_only_reads_no_programmes_or_routes(dev_docs, gazetteer):
    full = extract([DEV], gazetteer)
    places = extract([DEV], gazetteer, places_only=True)
    assert places.mentions.equals(full.mentions)
    assert places.programmes.empty and places.routes.empty and places.organizations.empty


def test_cache_entries_are_checked_and_a_corrupt_one_is_ignored(tmp_path):
    cache = ResultCache(tmp_path, "fingerprint", "options")
    key = cache.key("a.txt", content_hash(b"text"))
    assert cache.get(key) is None
    cache.put(key, b'{"doc":"a.txt"}')
    assert cache.get(key) == b'{"doc":"a.txt"}'
    path = next(tmp_path.rglob(f"{key}.json"))
    path.write_bytes(path.read_bytes().replace(b"a.txt", b"b.txt"))
    assert cache.get(key) is None
    path.write_bytes(b"\x80\x04garbage")
    assert cache.get(key) is None


def test_cache_keys_depend_on_content_id_state_and_options(tmp_path):
    cache = ResultCache(tmp_path, "fingerprint", "options")
    key = cache.key("a.txt", content_hash(b"text"))
    assert key != cache.key("a.txt", content_hash(b"text!"))
    assert key != cache.key("b.txt", content_hash(b"text"))
    assert key != ResultCache(tmp_path, "other", "options").key("a.txt", content_hash(b"text"))
    assert key != ResultCache(tmp_path, "fingerprint", "other").key("a.txt", content_hash(b"text"))


def test_the_code_digest_covers_the_lexicon_tables(monkeypatch, tmp_path):
    from progmap.engine import state

    package = tmp_path / "progmap"
    (package / "actors" / "lexicon").mkdir(parents=True)
    (package / "actors" / "routes.py").write_text("RULES = 1\n", encoding="utf-8")
    table = package / "actors" / "lexicon" / "movement.csv"
    table.write_text("lemma,pos,role\ntraffic,VERB,\n", encoding="utf-8")
    monkeypatch.setattr(state, "_PACKAGE", package)
    monkeypatch.setattr(state, "_EXTRACTION_CODE", ("actors",))
    digest = state.code_digest.__wrapped__  # (the real one is computed once a process)
    before = digest()
    table.write_text("lemma,pos,role\ntraffic,VERB,\nabduct,VERB,\n", encoding="utf-8")
    assert digest() != before  # a new lexicon row reads documents anew


def _project(tmp_path, corpus, vintage="latest"):
    project = tmp_path / "project.toml"
    project.write_text(
        f'[project]\ncorpus = ["{corpus.as_posix()}"]\noutput = "out"\n[engine]\ncache = "cache"\n'
        f'[boundaries]\nadmin1_vintage = "{vintage}"\n',
        encoding="utf-8",
    )
    return project


def _outputs(folder):
    # The GeoPackage holds write times; every other output is compared byte for byte.
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".gpkg"}


def test_a_rebuild_reads_only_new_documents_and_writes_what_a_full_build_does(dev_docs, tmp_path, capsys):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in dev_docs[:-2]:
        shutil.copy(path, corpus)
    # Undated documents read on the boundary file's map: adding a newer
    # document changes nothing else (see the next test for "latest").
    project = _project(tmp_path, corpus, vintage="source")
    assert main(["build", str(project)]) == 0
    assert "from the cache" not in capsys.readouterr().out
    for path in dev_docs[-2:]:
        shutil.copy(path, corpus)
    (corpus / dev_docs[0].name).unlink()
    assert main(["build", str(project)]) == 0
    assert f"read {len(dev_docs) - 1} document(s) ({len(dev_docs) - 3} from the cache)" in capsys.readouterr().out
    incremental = _outputs(tmp_path / "out")
    assert main(["-q", "build", str(project), "--full"]) == 0
    assert _outputs(tmp_path / "out") == incremental
    assert dev_docs[0].name not in incremental["mentions.csv"].decode()


def test_a_corrupt_cache_entry_is_recomputed(dev_docs, tmp_path, capsys):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in dev_docs[:3]:
        shutil.copy(path, corpus)
    project = _project(tmp_path, corpus)
    assert main(["-q", "build", str(project)]) == 0
    first = _outputs(tmp_path / "out")
    # The largest entry is a document's result (the others are documents' dates).
    entry = max((tmp_path / "cache").rglob("*.json"), key=lambda p: p.stat().st_size)
    entry.write_bytes(entry.read_bytes()[:-40])
    assert main(["build", str(project)]) == 0
    assert "(2 from the cache)" in capsys.readouterr().out
    assert _outputs(tmp_path / "out") == first


def test_a_dask_cluster_builds_what_a_local_build_does(dev_docs, tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in dev_docs[:8]:
        shutil.copy(path, corpus)
    local = tmp_path / "local"
    assert main(["-q", "build", str(corpus), "--out", str(local), "--full"]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = tmp_path / "remote"
        assert main(["-q", "build", str(corpus), "--out", str(remote), "--full", "--scheduler", cluster.scheduler_address]) == 0
    assert _outputs(remote) == _outputs(local)


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("Women from Lang Son go to China.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "progmap.cli", "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
         "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert result.returncode == 2 and "tcp://127.0.0.1:9: cannot connect" in result.stderr and "Traceback" not in result.stderr


def test_verbose_ends_with_stage_times_and_quiet_prints_nothing(dev_docs, tmp_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "progmap.cli"]
    args = ["build", str(dev_docs[0]), "--out", str(tmp_path / "out")]
    verbose = subprocess.run([*command, "-v", *args], capture_output=True, text=True)
    assert verbose.returncode == 0, verbose.stderr
    stages = re.findall(r"(?m)^progmap: (\S.*?)\*?\s+[\d.]+ s \(", verbose.stderr)
    assert stages[:2] == ["boundaries", "documents"] and {"geojson", "web map"} <= set(stages)
    quiet = subprocess.run([*command, "-q", *args], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""


def test_a_newer_document_rereads_only_the_undated_ones(dev_docs, tmp_path, capsys):
    # Undated documents are read at the newest date the corpus states ("latest").
    corpus = tmp_path / "docs"
    corpus.mkdir()
    dated = {p.name[:2]: p for p in dev_docs}
    for key in ("01", "03"):
        shutil.copy(dated[key], corpus)
    (corpus / "undated.txt").write_text("Women from Tay Ninh province were trafficked to Cambodia.\n", encoding="utf-8")
    project = _project(tmp_path, corpus)
    assert main(["-q", "build", str(project)]) == 0
    shutil.copy(dated["22"], corpus)  # dated 2017, after the others
    assert main(["build", str(project)]) == 0
    assert "read 4 document(s) (2 from the cache)" in capsys.readouterr().out
    incremental = _outputs(tmp_path / "out")
    assert main(["-q", "build", str(project), "--full"]) == 0
    assert _outputs(tmp_path / "out") == incremental


def test_a_worker_elsewhere_gets_all_that_resolution_reads(gazetteer):
    portable = SharedState.portable(gazetteer)
    assert portable.shapes.empty
    assert SharedState(portable).fingerprint == SharedState(gazetteer).fingerprint
    assert portable.source_vintage == gazetteer.source_vintage and portable.lineage.equals(gazetteer.lineage)


def test_a_rebuild_after_adding_changing_and_removing_documents_writes_what_a_full_build_does(dev_docs, tmp_path, capsys):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in dev_docs[:5]:
        shutil.copy(path, corpus)
    project = _project(tmp_path, corpus)
    assert main(["-q", "build", str(project)]) == 0
    shutil.copy(dev_docs[5], corpus)  # added
    (corpus / dev_docs[1].name).unlink()  # removed
    changed = corpus / dev_docs[2].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nWomen from Lao Cai province were trafficked to China.\n", encoding="utf-8")
    assert main(["build", str(project)]) == 0
    assert "read 5 document(s) (3 from the cache)" in capsys.readouterr().out
    incremental = _outputs(tmp_path / "out")
    assert main(["-q", "build", str(project), "--full"]) == 0
    assert _outputs(tmp_path / "out") == incremental
    assert "Lao Cai province were trafficked" in incremental["mentions.csv"].decode()


def test_gathered_results_stay_frozen_until_the_build_ends():
    gathered = [[f"row {i}"] for i in range(1000)]
    with results_frozen():
        with collector_paused(freeze=True):
            more = [[i] for i in range(1000)]
        # Alive when the gathering ended: out of the collector's walks...
        assert gc.get_freeze_count() >= len(gathered) + len(more)
    # ...and handed back to it when the build ends.
    assert gc.get_freeze_count() == 0


def test_results_frozen_leaves_an_earlier_freeze_alone():
    gc.freeze()
    try:
        with results_frozen():
            pass
        assert gc.get_freeze_count() > 0, "not ours to thaw"
    finally:
        gc.unfreeze()

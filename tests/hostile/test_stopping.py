"""A signal's stop is remembered, so C code that drops its exception cannot let a build finish."""

from __future__ import annotations

import pytest

from progmap import stopping
from progmap.outputs.atomic import atomic_output_dir


@pytest.fixture
def no_stop():
    stopping.clear()
    yield
    stopping.clear()


def test_a_dropped_stop_still_keeps_the_new_set_from_replacing_the_old(tmp_path, no_stop):
    out = tmp_path / "out"
    with atomic_output_dir(out) as tmp:
        (tmp / "map.html").write_text("old", encoding="utf-8")
    with pytest.raises(stopping.Stopped) as stopped:
        with atomic_output_dir(out) as tmp:
            (tmp / "map.html").write_text("new", encoding="utf-8")
            try:
                stopping.request(15)  # what the SIGTERM handler does ...
            except stopping.Stopped:
                pass  # ... and what a C call that clears errors does to it
    assert stopped.value.signum == 15
    assert (out / "map.html").read_text(encoding="utf-8") == "old"
    sets = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.") and p.is_dir()]
    assert sets == [out.resolve().name], "the stopped build's temporary set is removed"


def test_ctrl_c_is_remembered_too_and_is_still_a_keyboard_interrupt(tmp_path, no_stop):
    import signal

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt) as stopped:
        with atomic_output_dir(out) as tmp:
            (tmp / "map.html").write_text("new", encoding="utf-8")
            try:
                stopping.request(signal.SIGINT)
            except KeyboardInterrupt:
                pass  # dropped, as by C code
    assert isinstance(stopped.value, stopping.Stopped) and stopped.value.signum == signal.SIGINT
    assert not out.exists()

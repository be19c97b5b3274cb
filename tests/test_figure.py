"""The static figure (map.png, map.pdf): the main layers drawn with matplotlib for reports."""

import numpy as np
import pytest
from matplotlib.image import imread
from test_qgis import made_up_basemap
from test_writers import vietnam_layers

from progmap.outputs import figure, webmap


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("figure")
    paths = figure.write_figure(vietnam_layers(), out / "map.png", "Made-up Vietnam", basemap=made_up_basemap(),
                                note="Sources: 3 documents.", pdf=True)
    return out, paths


def colours_of(png) -> set[str]:
    pixels = (imread(png)[:, :, :3] * 255).round().astype(int).reshape(-1, 3)
    return {"#%02x%02x%02x" % tuple(p) for p in np.unique(pixels, axis=0)}


def test_map_png_is_an_a4_landscape_picture_that_is_not_blank(drawn):
    out, paths = drawn
    assert paths == [out / "map.png", out / "map.pdf"]
    image = imread(out / "map.png")
    height, width = image.shape[:2]
    assert width > 1600 and 1.35 < width / height < 1.5, (width, height)
    assert image[:, :, :3].std() > 0.05, "the picture varies"
    assert len(colours_of(out / "map.png")) > 50, "many colours: a map, not a blank page"


def test_the_figure_draws_in_the_web_maps_colours(drawn):
    out, _ = drawn
    colours = colours_of(out / "map.png")
    # Hồ Chí Minh has 12 programmes: the darkest class; a labour route.
    assert webmap.choropleth_class(12).colour in colours
    assert webmap.PURPOSE_COLOURS["labour"] in colours
    assert webmap.PLACE_COLOURS[0] in colours


def test_map_pdf_is_written_on_request(drawn, tmp_path):
    out, _ = drawn
    assert (out / "map.pdf").read_bytes().startswith(b"%PDF")
    assert figure.write_figure(vietnam_layers(), tmp_path / "map.png", "No PDF") == [tmp_path / "map.png"]
    assert not (tmp_path / "map.pdf").exists()


def test_the_same_layers_give_the_same_bytes(drawn, tmp_path):
    out, _ = drawn
    figure.write_figure(vietnam_layers(), tmp_path / "map.png", "Made-up Vietnam", basemap=made_up_basemap(),
                        note="Sources: 3 documents.", pdf=True)
    assert (tmp_path / "map.png").read_bytes() == (out / "map.png").read_bytes()
    assert (tmp_path / "map.pdf").read_bytes() == (out / "map.pdf").read_bytes()


def test_empty_layers_still_draw_a_figure(tmp_path):
    empty = {name: layer.iloc[:0] for name, layer in vietnam_layers().items()}
    (path,) = figure.write_figure(empty, tmp_path / "map.png", "Nothing found", basemap=made_up_basemap())
    assert imread(path).shape[1] > 1600


def test_the_legend_names_what_is_drawn_in_agreeing_words():
    labels = figure.legend_labels(vietnam_layers())
    assert "1 programme" in labels and "10+ programmes" in labels and "1 programmes" not in labels
    assert "labour" in labels and "marriage" in labels and "begging" not in labels, "only the purposes drawn"
    assert {"Places mentioned", "Organizations"} <= set(labels)


def test_an_archive_draws_one_arc_per_pair_in_its_main_purpose():
    layers = vietnam_layers()
    summary = layers["routes_summary"].copy()
    summary["purposes"] = [["marriage"], ["labour", "sexual exploitation"], []]
    summary["purpose_counts"] = [[4], [2, 5], []]
    summary["documents"] = [4, 6, 1]
    layers["routes_summary"] = summary
    lines = figure.route_lines(layers)
    assert list(lines["purpose"]) == ["marriage", "sexual exploitation", "unspecified"]
    assert list(lines["weight"]) == [4.0, 6.0, 1.0]


def test_without_a_summary_the_route_statements_are_drawn():
    layers = vietnam_layers()
    del layers["routes_summary"]
    assert len(figure.route_lines(layers)) == len(layers["routes"])


def test_the_figure_is_rendered_once_when_saved(tmp_path, monkeypatch):
    renders = []
    original = figure.FigureCanvasAgg.draw
    monkeypatch.setattr(figure.FigureCanvasAgg, "draw", lambda canvas, *a, **k: renders.append(1) or original(canvas, *a, **k))
    # geopandas asks the canvas to redraw after each layer it plots; only saving renders.
    figure.write_figure(vietnam_layers(), tmp_path / "map.png", "Vietnam", basemap=made_up_basemap())
    assert len(renders) == 1

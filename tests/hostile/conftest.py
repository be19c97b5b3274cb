"""One build of a corpus whose text, file names and title attack every output format."""

from __future__ import annotations

import json

import pytest
from hostile.files import XML_TITLE, YAML_EVIDENCE, write_corpus, write_project

from progmap.cli import main



@pytest.fixture(scope="session")
def hostile_outputs(tmp_path_factory, mirror):
    """The output folder of a build of hostile documents (exit status checked by the tests)."""
    folder = tmp_path_factory.mktemp("hostile-build")
    write_corpus(
        folder,
        {
            "=cmd cable.txt": (
                "=IOM runs a shelter project in Lao Cai province.\n\n"
                "@Women from Thanh Hoa province were trafficked to China for forced marriage.\n\n"
                "+Blue Dragon works in Hanoi. -Save the Children works in Dien Bien.\n"
            ),
            "yaml & xml.txt": f"Women from Nghe An province were trafficked to Laos, {YAML_EVIDENCE}.\n",
        },
    )
    project = write_project(
        folder,
        f'[project]\ntitle = {json.dumps(XML_TITLE)}\ncorpus = ["docs/"]\ncountry = "VNM"\noutput = "out"\n',
    )
    status = main(["-q", "build", str(project)])
    return folder / "out", status

"""Arbitrary text and arbitrary documents fed to the whole validator: it never raises.

Findings must also be stable: the same files give the same findings in the same order.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml
from hypothesis import event, given
from hypothesis import strategies as st

from iki.check.validate import validate
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import EXAMPLES
from tests.fuzzing import fuzz, fuzz_settings

BASE_POSITION = yaml.safe_load((EXAMPLES / "base/data/positions/staf.yaml").read_text())

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_like = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=10) | st.integers(1000, 9999), inner, max_size=4)
    ),
    max_leaves=25,
)
keys = st.sampled_from(
    [
        "id",
        "jabatan",
        "atasan",
        "kinerja",
        "target",
        "rumus",
        "ekspresi",
        "variabel",
        "mendukung",
        "polaritas",
        "satuan",
        "2025",
        "TW1",
        "min",
        "maks",
        "bobot",
        "abaikan",
    ]
)


@st.composite
def mutated_positions(draw: st.DrawFn) -> Any:
    """The base position with a few keys set to arbitrary values, at any depth."""
    doc = copy.deepcopy(BASE_POSITION)
    for _ in range(draw(st.integers(1, 4))):
        node: Any = doc
        for _ in range(draw(st.integers(0, 3))):
            if isinstance(node, dict) and node:
                node = node[draw(st.sampled_from(sorted(node, key=str)))]
            elif isinstance(node, list) and node:
                node = node[draw(st.integers(0, len(node) - 1))]
        if isinstance(node, dict):
            node[draw(keys)] = draw(json_like)
        elif isinstance(node, list):
            node.append(draw(json_like))
    return doc


def _project(tmp: Path, content: bytes) -> Project:
    (tmp / "data/positions").mkdir(parents=True, exist_ok=True)
    (tmp / "iki.yaml").write_text("organisasi: Dinas Uji\ntahun: 2025\n")
    (tmp / "data/positions/staf.yaml").write_bytes(content)
    return Project(tmp)


def _findings(project: Project) -> list[tuple[str, int, int, str, str]]:
    result = validate(load_workspace(project))
    return [(d.file, d.line, d.column, d.code, d.message) for d in result.sorted()]


@fuzz
@fuzz_settings(150)
@given(content=st.text(max_size=400))
def test_arbitrary_text_never_raises(tmp_path: Path, content: str) -> None:
    project = _project(tmp_path, content.encode("utf-8", "surrogatepass"))
    assert _findings(project) == _findings(project)


@fuzz
@fuzz_settings(150)
@given(doc=json_like)
def test_arbitrary_documents_never_raise(tmp_path: Path, doc: Any) -> None:
    project = _project(tmp_path, yaml.safe_dump(doc, allow_unicode=True).encode())
    first = _findings(project)
    assert first == _findings(project)


@fuzz
@fuzz_settings(150)
@given(doc=mutated_positions())
def test_nearly_valid_positions_never_raise(tmp_path: Path, doc: Any) -> None:
    project = _project(tmp_path, yaml.safe_dump(doc, allow_unicode=True).encode())
    findings = _findings(project)
    assert all(line >= 0 and column >= 0 for _, line, column, _, _ in findings)


@fuzz
@fuzz_settings(60)
@given(doc=mutated_positions())
def test_a_position_that_validates_renders_in_every_report_format(tmp_path: Path, doc: Any) -> None:
    from iki.compute.achievement import Period
    from iki.render.choices import ReportFormat
    from iki.render.reports import Options, gather, render_office, render_position

    project = _project(tmp_path, yaml.safe_dump(doc, allow_unicode=True).encode())
    shutil.copyfile(
        EXAMPLES / "base/data/positions/kepala.yaml", project.positions_dir / "kepala.yaml"
    )
    workspace = load_workspace(project)
    result = validate(workspace)
    if result.errors or workspace.office.position("staf") is None:
        event("invalid: not rendered")
        return
    event("valid: rendered")
    facts = gather(workspace, result, Period(2025, 4))
    for output_format in ReportFormat:
        options = Options(period=Period(2025, 4), output_format=output_format)
        page = render_position(facts, "staf", options)
        assert page and render_position(facts, "staf", options) == page
        assert render_office(facts, options)

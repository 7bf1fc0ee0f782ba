"""The rules read free text from the files: any schema-valid text runs them without raising."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from iki.check.validate import validate
from iki.diagnostics import Severity
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.fuzzing import fuzz, fuzz_settings
from tests.rules.conftest import write_project

# Printable text: control characters are the YAML reader's business (Y codes), not the rules'.
texts = st.text(
    st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=40
) | st.sampled_from(
    ["Tersedianya", "Jumlah dan jumlah", "2 dokumen", "/jumlah", "x 100", "  ", "di", "nya", "%"]
)


@st.composite
def positions(draw: st.DrawFn) -> str:
    rows = []
    for n in range(draw(st.integers(1, 3))):
        row = {
            "id": f"baris-{n}",
            "sasaran": draw(texts),
            "indikator": draw(texts),
            "penjelasan": draw(st.none() | texts),
            "satuan": draw(st.none() | texts),
            "sumber_data": draw(st.none() | texts),
            "abaikan": draw(
                st.dictionaries(st.from_regex(r"[A-Z][0-9]{3}", fullmatch=True), texts, max_size=2)
            ),
        }
        if draw(st.booleans()):
            row["rumus"] = {
                "ekspresi": draw(st.sampled_from(["a / b * 100", "a / b", "(a - b) / b", "a"])),
                "variabel": {
                    "a": {"uraian": draw(texts), "satuan": draw(st.none() | texts)},
                    "b": {"uraian": draw(texts), "satuan": draw(st.none() | texts)},
                },
            }
        rows.append(row)
    return yaml.safe_dump({"id": "staf", "jabatan": "Staf", "kinerja": rows}, allow_unicode=True)


@fuzz
@fuzz_settings(60)
@given(text=positions())
def test_any_text_is_judged_without_raising(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_project(root, text)
        first = validate(load_workspace(Project(root))).sorted()
        assert first == validate(load_workspace(Project(root))).sorted()
    assert [d for d in first if d.severity is Severity.ERROR] == []
    # Every quality finding is located in the file, however odd the text.
    assert all(d.line > 0 for d in first if d.code.startswith("Q")), first

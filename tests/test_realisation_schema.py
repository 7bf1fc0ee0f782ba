"""The realisation schema: well-formed, documented in Indonesian, and the fast path agrees."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iki.check.validate import validate
from iki.load.project import Project
from iki.load.schema import SchemaName, fast_check, schema, validator
from iki.load.workspace import load_workspace_from_files
from tests.conftest import EXAMPLES, REPO
from tests.fuzzing import fuzz, fuzz_settings


def test_is_a_draft_2020_12_schema() -> None:
    document = schema(SchemaName.REALISATION)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document)


def _properties(node: Any, where: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{where}.{name}", sub
        for key, sub in node.items():
            yield from _properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            yield from _properties(sub, f"{where}[{index}]")


def test_every_property_has_an_indonesian_title_and_description() -> None:
    found = list(_properties(schema(SchemaName.REALISATION)))
    assert len(found) >= 12
    for where, prop in found:
        assert prop.get("title") and prop.get("description"), where


def test_the_shipped_files_start_with_the_modeline() -> None:
    files = [
        *(REPO / "examples" / "realisasi").rglob("*.yaml"),
        *(EXAMPLES / "valid" / "realisations").rglob("realisasi/**/*.yaml"),
    ]
    assert len(files) >= 5
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../../schemas/realisasi.schema.json"


numbers = st.integers(-5, 10**12) | st.floats(-1e6, 1e12, allow_nan=False)
anything = st.none() | st.booleans() | numbers | st.text(max_size=5)
entries = st.one_of(
    anything,
    st.dictionaries(
        st.sampled_from(
            ["nilai", "bukti", "catatan", "unsur", "responden", "tepat_waktu", "seluruh", "Bad-key"]
        ),
        anything | st.lists(st.floats(0, 5, allow_nan=False) | st.text(max_size=2), max_size=10),
        max_size=5,
    ),
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "posisi": st.sampled_from(["staf", "kepala", "Staf", 3]),
        "tahun": st.sampled_from([2025, 2025.0, 1800, "2025", True]),
        "realisasi": st.none()
        | st.dictionaries(
            st.sampled_from(["surat-diproses", "layanan-tepat-waktu", "ind", "Ind"]),
            st.none()
            | st.dictionaries(st.sampled_from(["TW1", "TW4", "tw2", "x"]), entries, max_size=3),
            max_size=3,
        ),
        "lain": anything,
    },
)


@fuzz
@fuzz_settings(400)
@given(doc=documents)
def test_fast_check_agrees_with_jsonschema(doc: dict[str, Any]) -> None:
    data = json.loads(json.dumps(doc))
    check = fast_check(SchemaName.REALISATION)
    assert check is not None
    assert check(data) == validator(SchemaName.REALISATION).is_valid(data)


BASE_FILES = [
    (path.relative_to(EXAMPLES / "base").as_posix(), path.read_bytes())
    for path in sorted((EXAMPLES / "base").rglob("*.yaml"))
]


@fuzz
@fuzz_settings(200)
@given(doc=documents)
def test_any_realisation_document_gives_findings_not_exceptions(doc: dict[str, Any]) -> None:
    text = json.dumps(doc)  # JSON is YAML: the document exactly as generated
    files = [*BASE_FILES, ("data/realisasi/2025/staf.yaml", text.encode())]
    project = Project(EXAMPLES / "base")
    first = validate(load_workspace_from_files(project, files))
    again = validate(load_workspace_from_files(project, files))
    assert [d.sort_key() for d in first.sorted()] == [d.sort_key() for d in again.sorted()]
    for d in first.sorted():
        assert d.message and d.hint, d

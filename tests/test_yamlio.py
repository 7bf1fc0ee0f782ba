"""The safe loader: what it accepts, what it reports, and where."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iki.diagnostics import Severity
from iki.load import yamlio
from tests.fuzzing import fuzz, fuzz_settings


def codes(text: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in yamlio.load_text(text).problems]


def test_plain_document_loads_as_json_data() -> None:
    loaded = yamlio.load_text("a: 1\nb: [x, 2.5, null, true]\nc: {d: 2025-01-01}\n")
    assert loaded.ok
    # A date stays text: the data is JSON, and the schema decides what a field may hold.
    assert loaded.data == {"a": 1, "b": ["x", 2.5, None, True], "c": {"d": "2025-01-01"}}


def test_year_keys_become_strings_and_other_int_keys_are_refused() -> None:
    assert yamlio.load_text("t: {2025: 1, 2026: null}\n").data == {"t": {"2025": 1, "2026": None}}
    assert codes("t: {25: 1}\n") == [(1, 5, "Y005")]


def test_year_key_and_quoted_year_key_are_duplicates() -> None:
    assert codes("t:\n  2025: 1\n  '2025': 2\n") == [(3, 3, "Y002")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\na: 2\n", [(2, 1, "Y002")]),
        ("a: &x 1\nb: *x\n", [(1, 4, "Y003"), (2, 4, "Y003")]),
        ("a: !!str 1\n", [(1, 4, "Y004")]),
        ("a: !!python/object/apply:os.system [ls]\n", [(1, 4, "Y004")]),
        ("? [a, b]\n: 1\n", [(1, 3, "Y005")]),
        ("yes: 1\n", [(1, 1, "Y005")]),
        ("null: 1\n", [(1, 1, "Y005")]),
        ("a: .inf\n", [(1, 4, "Y011")]),
        ("a: 1\n---\nb: 2\n", [(2, 1, "Y010")]),
        ("a: [1, 2\n", [(2, 1, "Y001")]),
        ("a:\tb\n\tc: d\n", [(2, 1, "Y001")]),
        ("a: \x07\n", [(1, 4, "Y001")]),
        ("", [(0, 0, "Y009")]),
        ("a: 017\n", [(1, 4, "Y014")]),
        ("a: 1:30\n", [(1, 4, "Y014")]),
        ("a: 1_000\n", [(1, 4, "Y014")]),
        ("a: 1" + "0" * 400 + "\n", [(1, 4, "Y011")]),
        ('t:\n  2025: 10\n  "2025\\n": 99\n', [(3, 3, "Y005")]),
        ("# only a comment\n", [(0, 0, "Y009")]),
    ],
)
def test_problems_are_located(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert codes(text) == expected


def test_a_tagged_value_is_never_constructed() -> None:
    loaded = yamlio.load_text("a: !!python/object/new:os.system [echo pwned]\n")
    assert loaded.data is None
    assert [p.code for p in loaded.problems] == ["Y004"]


@pytest.mark.parametrize("opener", ["[", "{a: "])
def test_deep_flow_nesting_is_a_problem_not_a_crash(opener: str) -> None:
    # libyaml's composer would overflow the C stack on this; the event loader must not.
    text = "a: " + opener * 200_000
    assert [p.code for p in yamlio.load_text(text).problems] == ["Y008"]


def test_deep_block_nesting_is_bounded() -> None:
    text = "".join(" " * n + f"k{n}:\n" for n in range(100)) + " " * 100 + "v\n"
    assert [p.code for p in yamlio.load_text(text).problems] == ["Y008"]


def test_oversized_file() -> None:
    loaded = yamlio.load_bytes(b"a: " + b"x" * yamlio.MAX_BYTES)
    assert [p.code for p in loaded.problems] == ["Y006"]


def test_ordinary_numbers_are_read_as_numbers() -> None:
    loaded = yamlio.load_text("a: 0\nb: 17\nc: -5\nd: 0.5\ne: 95500000000\nf: 2025-01-01\n")
    assert loaded.data == {"a": 0, "b": 17, "c": -5, "d": 0.5, "e": 95500000000, "f": "2025-01-01"}


def test_a_control_character_is_placed_in_characters_not_bytes() -> None:
    loaded = yamlio.load_text("jabatan: Kepala – Dinas\nid: x\x0c\n")
    (problem,) = loaded.problems
    assert (problem.code, problem.line, problem.column) == ("Y001", 2, 6)
    assert "U+000C" in problem.message


def test_bad_utf8_column_counts_characters() -> None:
    loaded = yamlio.load_bytes("a: ééé".encode() + b"\xff\n")
    assert [(p.line, p.column) for p in loaded.problems] == [(1, 7)]


def test_bad_utf8_reports_line_and_column_of_the_byte() -> None:
    loaded = yamlio.load_bytes(b"a: 1\nnama: Jos\xe9\n")
    assert [(p.line, p.column, p.code) for p in loaded.problems] == [(2, 10, "Y007")]


def test_byte_order_mark_and_crlf_are_fine() -> None:
    assert yamlio.load_bytes(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n").data == {"a": 1, "b": 2}


def test_locations_point_at_keys_and_list_items() -> None:
    loaded = yamlio.load_text("id: x\nkinerja:\n  - id: a\n    target: {2025: 5}\n", locate=True)
    where = loaded.locations
    assert (where[("id",)].key_line, where[("id",)].value_column) == (1, 5)
    assert (where[("kinerja", 0, "id")].key_line, where[("kinerja", 0, "id")].key_column) == (3, 5)
    year = where[("kinerja", 0, "target", "2025")]
    assert (year.key_line, year.key_column, year.value_column) == (4, 14, 20)


@fuzz
@fuzz_settings(300)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    loaded = yamlio.load_text(text)
    assert loaded.ok == (not any(p.severity is Severity.ERROR for p in loaded.problems))


@fuzz
@fuzz_settings(200)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    yamlio.load_bytes(raw, locate=True)

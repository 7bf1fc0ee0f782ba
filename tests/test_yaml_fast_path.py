"""The fast reader (`yamlio._read_plain`) gives exactly what the reporting builder gives, and
hands every file with something to report to that builder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from iki.load import yamlio
from tests.conftest import REPO
from tests.fuzzing import DOCUMENTS, fuzz, fuzz_settings

pytestmark = pytest.mark.skipif(yamlio._CParser is None, reason="PyYAML built without libyaml")


def _both(text: str) -> tuple[yamlio.Loaded, yamlio.Loaded]:
    return yamlio.load_text(text), yamlio._load_reporting(text)


def _texts() -> list[Path]:
    roots = [REPO / "data", REPO / "examples", REPO / "tests", REPO / "schemas"]
    return sorted(p for root in roots for p in root.rglob("*.y*ml"))


def test_same_reading_of_every_yaml_file_in_the_repository() -> None:
    compared = 0
    for path in _texts():
        text = path.read_text(encoding="utf-8", errors="replace")
        fast, full = _both(text)
        assert fast == full, path
        compared += 1
    assert compared > 100


AWKWARD = [
    "a: 1\na: 2\n",  # duplicate key
    "a: &x 1\nb: *x\n",  # anchor and alias
    "a: !!str 1\n",  # explicit tag
    "a: !!map {b: 1}\n",
    "--- {a: 1}\n--- {b: 2}\n",  # two documents
    "",  # no document
    "# only a comment\n",
    "? [1, 2]\n: x\n",  # a list as a key
    "? {a: 1}\n: x\n",
    "2025: 1\n'2026': 2\n1999: {TW1: 3}\n",  # years as keys
    "12: 1\n",  # a number that is no year
    "true: 1\n",
    "null: 1\n",
    "target: 250.000\n",  # dotted thousands
    "target: 1.500.000\n",
    "---250.000\n",  # once a crash: two signs before a dotted number
    "\u00a0250.000\n",  # a space YAML keeps, then a dotted number
    "a: Persentase\nb: persentase\nc: Ya\nd: yes\ne: Null\nf: ~\ng: <<\n",
    "target: 017\n",  # YAML 1.1 octal
    "target: .inf\n",
    "target: 99999999999999999999\n",
    'a: "\\e[31mred"\n',  # an escaped control character
    '"a\\nb": 1\n',  # a control character in a key
    "a: \u00a0b\n",  # an invisible character: a warning, the file still loads
    "a: [unclosed\n",
    "a: 'unclosed\n",
    "\t- a\n",
    "plain scalar\n",
    "---\n",
    "- [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
    "a: 2024-01-01\nb: <<\nc: ~\nd: ''\ne: |\n  blok\n",
    "- 1\n- -2.5\n- 0x1F\n- +3\n- 1e3\n- yes\n- 'no'\n",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_same_reading_of_awkward_documents(text: str) -> None:
    fast, full = _both(text)
    assert fast == full


def test_an_ordinary_file_never_reaches_the_reporting_builder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Otherwise the fast path would be silently lost and every file read twice."""
    text = (REPO / "data" / "positions" / "kepala-dinas.yaml").read_text(encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> yamlio.Loaded:
        raise AssertionError("read by the reporting builder")

    monkeypatch.setattr(yamlio, "_load_reporting", refuse)
    assert yamlio.load_text(text).data["id"] == "kepala-dinas"


def test_a_file_with_a_problem_is_reported_where_the_problem_is() -> None:
    loaded = yamlio.load_text("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert [(p.code, p.line, p.column) for p in loaded.problems] == [("Y002", 4, 3)]
    assert loaded.data is None


@fuzz
@fuzz_settings(300)
@given(DOCUMENTS, st.booleans())
def test_same_reading_of_generated_documents(data: object, flow: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    fast, full = _both(text)
    assert fast == full


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        ":",
        " ",
        "\n",
        "  ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&x",
        "*x",
        "!!str",
        "'",
        '"',
        "2025",
        "250.000",
        "#",
        "?",
        "---",
        "\t",
        "\u00a0",
        "\\e",
        "017",
        "~",
        "|",
        ">",
        # Line breaks and marks that YAML or an editor treats specially, directives, years
        # written otherwise, merges, complex keys, numbers the builder questions in context.
        "\r\n",
        "\u2028",
        "\x85",
        "\ufeff",
        "\u200b",
        "...",
        "%YAML 1.1\n",
        "<<: *x",
        "? ",
        "!!binary",
        "'2025'",
        "2025.0",
        "0x7E9",
        "3.210",
        "1.500,5",
        "-250.000",
        "unsur",
        "TW1",
    ]
)


@fuzz
@fuzz_settings(500)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_same_reading_of_arbitrary_text(text: str) -> None:
    fast, full = _both(text)
    assert fast == full

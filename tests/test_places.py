"""The light placing pass finds every key and value where a full read with locations does."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from iki.load import yamlio
from iki.load.places import locations
from tests.conftest import REPO
from tests.fuzzing import DOCUMENTS, fuzz, fuzz_settings


def _texts() -> list[Path]:
    roots = [
        REPO / "data",
        REPO / "examples",
        REPO / "tests" / "examples",
        REPO / "tests" / "fixtures",
    ]
    return sorted(p for root in roots for p in root.rglob("*.yaml"))


def test_same_places_as_a_full_read_on_every_file_in_the_repository() -> None:
    compared = 0
    for path in _texts():
        text = path.read_text(encoding="utf-8", errors="replace")
        loaded = yamlio.load_text(text, locate=True)
        if not loaded.ok:
            continue
        assert locations(text) == loaded.locations, path
        compared += 1
    assert compared > 50


HAND_WRITTEN = [
    "a: 1\nb: [1, 2, {c: 3}]\nd:\n  - e: 4\n    f: [5]\n",
    "2025: 10\n'2026': {TW1: 1}\n",
    "? [1, 2]\n: skipped\nafter: 1\n",
    "? {a: 1}\n: {b: 2}\nafter: [x]\n",
    "x: 1\nx: 2\n",
    "- - - 1\n  - 2\n- {}\n- []\n",
    "plain\n",
    "key: |\n  block\n  text\nnext: >\n  folded\n",
    'a: \'quoted: yes\'\n"b": "c"\n',
]


def test_same_places_on_awkward_shapes() -> None:
    """Where the full read has problems (complex keys, duplicates) its findings are not placed
    this way; the light pass must still not fail on them."""
    compared = 0
    for text in HAND_WRITTEN:
        loaded = yamlio.load_text(text, locate=True)
        placed = locations(text)
        if loaded.ok:
            assert placed == loaded.locations, text
            compared += 1
    assert compared >= 6


def test_unreadable_text_gives_what_it_can() -> None:
    assert locations("a: 1\nb: [unclosed\n") == {
        (): yamlio.Location(1, 1, 1, 1),
        ("a",): yamlio.Location(1, 1, 1, 4),
        ("b",): yamlio.Location(2, 1, 2, 4),
        ("b", 0): yamlio.Location(2, 5, 2, 5),
    }


@fuzz
@fuzz_settings(300)
@given(DOCUMENTS, st.booleans())
def test_same_places_on_generated_documents(data: object, flow: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    loaded = yamlio.load_text(text, locate=True)
    if loaded.ok:
        assert locations(text) == loaded.locations

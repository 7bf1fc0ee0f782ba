"""A stateful property test of `iki record` mixed with hand edits (issue 14).

Any sequence of recordings and hand edits (comment lines, end-of-line comments, blank lines,
a deeper indentation, `---`)
must leave a file that `iki validate` accepts, holding every value recorded (the latest for
each quarter, with every field given for it) and every comment written. `make fuzz` runs it
with many more sequences.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
from hypothesis import settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from iki.check.validate import validate
from iki.edit import record
from iki.load import yamlio
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import make_project
from tests.fuzzing import LONG_RUN, fuzz, fuzz_settings

pytestmark = fuzz

INDICATORS = ("a", "b-dua", "c")
POSITION = "id: fuzz\njabatan: Pengelola\natasan: kepala\ntugas: Mengelola\nfungsi: []\n" + (
    "kinerja:\n"
    + "".join(
        f"  - id: {i}\n    sasaran: S\n    indikator: I {i}\n    satuan: data\n"
        "    target: {2025: 100}\n"
        for i in INDICATORS
    )
)
TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)
NUMBER = st.one_of(
    st.integers(0, 10**12),
    st.floats(0, 1e15, allow_nan=False, allow_infinity=False),
)


class RecordAndHandEdits(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="iki-fuzz-"))
        self.root = make_project(self.folder / "project")
        (self.root / "data" / "positions" / "fuzz.yaml").write_text(POSITION)
        self.workspace = load_workspace(Project(self.root))
        self.file = self.root / "data" / "realisasi" / "2025" / "fuzz.yaml"
        self.expected: dict[tuple[str, str], dict[str, Any]] = {}
        self.comments: list[str] = []
        self.started = self.reindented = False

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(
        indicator=st.sampled_from(INDICATORS),
        quarter=st.sampled_from(("TW1", "TW2", "TW3", "TW4")),
        value=NUMBER,
        evidence=st.none() | TEXT,
        note=st.none() | TEXT,
    )
    def record(
        self, indicator: str, quarter: str, value: float, evidence: str | None, note: str | None
    ) -> None:
        request = record.Request(
            "fuzz", indicator, quarter, 2025, float(value), evidence=evidence, note=note
        )
        record.record(self.workspace, [request])
        entry = self.expected.setdefault((indicator, quarter), {})
        entry["nilai"] = float(value)
        if evidence is not None:
            entry["bukti"] = evidence
        if note is not None:
            entry["catatan"] = note

    @rule(where=st.integers(0, 10**6), indent=st.integers(0, 6))
    def comment_line(self, where: int, indent: int) -> None:
        if not self.file.exists():
            return
        lines = self.file.read_text().split("\n")
        marker = f"catatan-tangan-{len(self.comments)}"
        lines.insert(where % len(lines), " " * indent + "# " + marker)
        self.file.write_text("\n".join(lines))
        self.comments.append(marker)

    @rule(where=st.integers(0, 10**6))
    def end_of_line_comment(self, where: int) -> None:
        if not self.file.exists():
            return
        lines = self.file.read_text().split("\n")
        at = where % len(lines)
        if not lines[at].strip():
            return
        marker = f"ujung-{len(self.comments)}"
        lines[at] += "  # " + marker
        self.file.write_text("\n".join(lines))
        self.comments.append(marker)

    @rule(where=st.integers(0, 10**6))
    def blank_line(self, where: int) -> None:
        if not self.file.exists():
            return
        lines = self.file.read_text().split("\n")
        lines.insert(where % len(lines), "")
        self.file.write_text("\n".join(lines))

    @rule()
    def indent_twice_as_deep(self) -> None:
        # Every line's indentation doubled: the same document, as a 4-space editor writes it.
        if not self.file.exists() or self.reindented:
            return
        self.reindented = True
        lines = self.file.read_text().split("\n")
        deeper = [" " * (len(x) - len(x.lstrip(" "))) + x for x in lines]
        self.file.write_text("\n".join(deeper))

    @rule()
    def document_start_marker(self) -> None:
        if self.file.exists() and not self.started:
            self.file.write_text("---\n" + self.file.read_text())
            self.started = True

    @invariant()
    def valid_and_nothing_lost(self) -> None:
        if not self.file.exists():
            assert not self.expected
            return
        text = self.file.read_text()
        loaded = yamlio.load_text(text)
        assert loaded.ok, loaded.problems
        assert validate(load_workspace(Project(self.root))).errors == 0
        for marker in self.comments:
            assert marker in text
        quarters = loaded.data["realisasi"]
        for (indicator, quarter), fields in self.expected.items():
            entry = quarters[indicator][quarter]
            if not isinstance(entry, dict):
                entry = {"nilai": entry}
            assert entry == fields


TestRecordAndHandEdits = RecordAndHandEdits.TestCase
# Each step writes a file durably (two fsyncs): a tenth of the examples of the other fuzz
# tests, 50 steps each, keeps `make fuzz` to minutes while trying some 35,000 steps.
TestRecordAndHandEdits.settings = settings(
    fuzz_settings(25),
    max_examples=LONG_RUN // 10 if LONG_RUN else 25,
    stateful_step_count=50 if LONG_RUN else 30,
)

"""Q114 decided per group of copies gives exactly the findings of the pairwise rule it replaced.

The pairwise rule (every copy of a text against every other copy) is kept here, word for word
as it was, as the reference: on the shipped office, on every example project, and on small
random offices with chains, cycles, several `mendukung` targets, dangling references and copies
repeated inside one position, both must give the same findings in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from iki.check.rules import unlinked_duplicate
from iki.check.rules.base import each_indicator
from iki.check.rules.unlinked_duplicate import RULE, SHOWN, _supported
from iki.check.rules.wording import words
from iki.diagnostics import Diagnostic
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.messages import say, text
from iki.model import Indicator, Office, Position
from tests.conftest import EXAMPLES, REPO, make_project
from tests.fuzzing import fuzz_settings
from tests.rules.conftest import write_project


def _linked(a: Indicator, b: Indicator, above: Mapping[str, set[str]]) -> bool:
    shares_direct = bool(set(a.supports) & set(b.supports))
    return b.ref in above[a.ref] or a.ref in above[b.ref] or shares_direct


def pairwise(office: Office) -> Iterator[Diagnostic]:
    """The rule as it was before grouping: every copy compared with every other copy."""
    by_text: dict[tuple[str, ...], list[tuple[Position, Indicator]]] = defaultdict(list)
    for position, indicator in each_indicator(office):
        key = tuple(words(indicator.name))
        if key:
            by_text[key].append((position, indicator))
    for copies in by_text.values():
        if len(copies) < 2:
            continue
        above = {indicator.ref: _supported(office, indicator) for _, indicator in copies}
        for position, indicator in copies:
            others = [
                other
                for other_position, other in copies
                if other_position.id != position.id and not _linked(indicator, other, above)
            ]
            if others:
                named = sorted(other.ref for other in others)
                refs = ", ".join(named[:SHOWN])
                if len(named) > SHOWN:
                    refs = text("Q114.more", refs=refs, count=len(named) - SHOWN)
                yield RULE.at(
                    position, indicator, "indikator", say("Q114", id=indicator.id, refs=refs)
                )


def assert_same(office: Office) -> list[Diagnostic]:
    grouped = list(unlinked_duplicate.check(office))
    assert grouped == list(pairwise(office))
    return grouped


def test_the_shipped_office_keeps_its_findings() -> None:
    found = assert_same(load_workspace(Project(REPO)).office)
    # the office's own data has copied rows (README, "Known defects"): the test has teeth
    assert found


def test_every_example_project_keeps_its_findings(tmp_path: Path) -> None:
    projects = sorted(
        p for kind in ("valid", "invalid") for p in (EXAMPLES / kind).iterdir() if p.is_dir()
    )
    folders = [EXAMPLES / "base", *projects]
    for n, folder in enumerate(folders):
        root = make_project(tmp_path / f"p{n}", None if folder.name == "base" else folder)
        assert_same(load_workspace(Project(root)).office)
    report = load_workspace(Project(REPO / "tests" / "fixtures" / "report")).office
    assert_same(report)


def test_a_wide_tree_of_one_standard_text(tmp_path: Path) -> None:
    # 1 head, 3 heads of section, 9 staff, all with the text, each linked to its superior:
    # cousins are not linked (neither supports the other, nor the same row directly).
    docs = ["id: p0\njabatan: Kepala\natasan: null\nkinerja:\n" + ROW.format("null")]
    for n in range(1, 13):
        boss = 0 if n <= 3 else (n - 4) // 3 + 1
        docs.append(
            f"id: p{n}\njabatan: Staf\natasan: p{boss}\nkinerja:\n" + ROW.format(f"p{boss}/r")
        )
    write_project(tmp_path, "---\n".join(docs))
    found = assert_same(load_workspace(Project(tmp_path)).office)
    by_file = {Path(d.file).stem: d.message for d in found}
    assert "p0" not in by_file  # the head is linked to every copy
    assert by_file["p4"].endswith(
        "p10/r, p11/r, p12/r, p2/r, p3/r dan 3 lainnya, tanpa tautan mendukung di antaranya"
    )


ROW = (
    "  - id: r\n    sasaran: Tertibnya arsip\n    indikator: Jumlah arsip yang ditata\n"
    "    mendukung: {}\n"
)

TEXTS = ("Jumlah arsip yang ditata", "jumlah ARSIP yang ditata.", "Jumlah surat", "")


def _template() -> tuple[Office, Position, Indicator]:
    office = load_workspace(Project(REPO)).office
    position = office.positions[0]
    return office, position, position.indicators[0]


TEMPLATE = _template()


@st.composite
def offices(draw: st.DrawFn) -> Office:
    office, position, indicator = TEMPLATE
    count = draw(st.integers(1, 7))
    ids = [f"p{n}" for n in range(count)]
    positions = []
    # a position id may repeat (two files claiming one id): a finding of its own, not a crash
    for pid in draw(st.lists(st.sampled_from(ids), min_size=1, max_size=count + 1)):
        rows = []
        row_ids = draw(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=3))
        for index, row_id in enumerate(row_ids):  # a repeated row id is allowed, as in files
            targets = draw(
                st.lists(
                    st.builds(
                        lambda p, r: f"{p}/{r}",
                        st.sampled_from([*ids, "x"]),
                        st.sampled_from("abcd"),
                    ),
                    max_size=3,
                )
            )
            rows.append(
                replace(
                    indicator,
                    position_id=pid,
                    id=row_id,
                    name=draw(st.sampled_from(TEXTS)),
                    supports=tuple(targets),
                    index=index,
                )
            )
        positions.append(
            replace(position, id=pid, file=f"data/positions/{pid}.yaml", indicators=tuple(rows))
        )
    return Office(office.config, tuple(positions))


@fuzz_settings(300)
@given(offices())
def test_random_offices_keep_their_findings(office: Office) -> None:
    assert_same(office)

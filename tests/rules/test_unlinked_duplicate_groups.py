"""Q114 decided per group of copies gives exactly the findings of the rule asked pair by pair.

The pairwise rule (every copy of a text against every other copy) is written here as plainly as
the rule's documentation says it, as the reference: on the shipped office, on every example
project, and on small random offices with chains, cycles, several `mendukung` targets in one or
several positions, dangling references and copies repeated inside one position, both must give
the same findings in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from iki.check.rules import unlinked_duplicate
from iki.check.rules.base import each_indicator
from iki.check.rules.unlinked_duplicate import RULE, SHOWN
from iki.check.rules.wording import words
from iki.diagnostics import Diagnostic
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.messages import say, text
from iki.model import Indicator, Office, Position
from tests.conftest import EXAMPLES, REPO, make_project
from tests.fuzzing import fuzz_settings
from tests.rules.conftest import write_project


def above(office: Office, indicator: Indicator) -> set[str]:
    """Every ref reached from `indicator` by following `mendukung`, one step at a time."""
    reached: set[str] = set()
    frontier = set(indicator.supports)
    while frontier:
        reached |= frontier
        frontier = {
            ref
            for step in frontier
            if (found := office.indicator(step)) is not None
            for ref in found.supports
        } - reached
    return reached


def finding(office: Office, a: Indicator, b: Indicator) -> bool:
    """Whether two copies of one text in different positions make a finding."""
    if b.ref in above(office, a) or a.ref in above(office, b):
        return False  # one supports the other, directly or through a chain
    if set(a.supports) & set(b.supports):
        return False  # both support the same indicator
    owners_a = {ref.split("/")[0] for ref in a.supports}
    owners_b = {ref.split("/")[0] for ref in b.supports}
    # both anchored, each counted by a superior of its own
    return not (owners_a and owners_b and not owners_a & owners_b)


def pairwise(office: Office) -> Iterator[Diagnostic]:
    """The rule asked of every pair of copies."""
    by_text: dict[tuple[str, ...], list[tuple[Position, Indicator]]] = defaultdict(list)
    for position, indicator in each_indicator(office):
        key = tuple(words(indicator.name))
        if key:
            by_text[key].append((position, indicator))
    for copies in by_text.values():
        for position, indicator in copies:
            named = sorted(
                other.ref
                for other_position, other in copies
                if other_position.id != position.id and finding(office, indicator, other)
            )
            if named:
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


def wide_tree(tmp_path: Path, unanchored: int | None = None) -> Office:
    """1 head, 3 heads of section, 9 staff, all with one text, each supporting its superior's
    copy, but position `unanchored`, which has no `mendukung`."""
    docs = ["id: p0\njabatan: Kepala\natasan: null\nkinerja:\n" + ROW.format("null")]
    for n in range(1, 13):
        boss = 0 if n <= 3 else (n - 4) // 3 + 1
        supports = "null" if n == unanchored else f"p{boss}/r"
        docs.append(f"id: p{n}\njabatan: Staf\natasan: p{boss}\nkinerja:\n" + ROW.format(supports))
    write_project(tmp_path, "---\n".join(docs))
    return load_workspace(Project(tmp_path)).office


def test_a_standard_text_in_every_unit_is_counted_by_each_superior(tmp_path: Path) -> None:
    # Cousins support their own superiors' rows: not linked, but counted by different positions.
    assert assert_same(wide_tree(tmp_path)) == []


def test_one_unanchored_copy_in_a_wide_tree(tmp_path: Path) -> None:
    found = assert_same(wide_tree(tmp_path, unanchored=4))
    by_file = {Path(d.file).stem: d.message for d in found}
    # p4 supports nothing: no one knows whose number it is, beside every other copy
    assert by_file["p4"].endswith(
        "p0/r, p1/r, p10/r, p11/r, p12/r dan 7 lainnya, tanpa tautan mendukung di antaranya"
    )
    # and every other copy is reported beside it, the copy it alone is not linked to
    assert sorted(by_file) == sorted(f"p{n}" for n in range(13))
    assert all(
        by_file[f"p{n}"].endswith(" p4/r, tanpa tautan mendukung di antaranya")
        for n in range(13)
        if n != 4
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


SETS = st.frozensets(st.sampled_from("abcdefghijklm"), max_size=12)


@fuzz_settings(300)
@given(st.lists(SETS, max_size=12), SETS)
def test_counting_the_sets_that_meet_a_set(
    family: list[frozenset[str]], query: frozenset[str]
) -> None:
    # up to 12 elements: sets wider than WIDE are counted whole, the others by their subsets
    meeting = unlinked_duplicate._Meeting(family)
    expected = sum(1 for members in family if members & query)
    assert meeting.count(query) == expected
    assert meeting.count(query) == expected  # and again, from what it remembered

"""The cascade on small trees: the Tree's structure, then each check at its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from iki.check import cascade
from iki.check.cascade import LinkKind
from iki.check.validate import validate
from iki.diagnostics import Diagnostic
from iki.load.project import Project
from iki.load.workspace import Workspace, load_workspace


def row(ind: str, mendukung: str | list[str] | None = None, **more: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ind, "sasaran": f"Sasaran {ind}", "indikator": f"Jumlah {ind}"}
    if mendukung is not None:
        out["mendukung"] = mendukung
    out.update(more)
    return out


def office(tmp_path: Path, *positions: tuple[str, str | None, list[dict[str, Any]]]) -> Workspace:
    """A project of positions given as (id, atasan, rows); each file is plain dumped YAML."""
    (tmp_path / "iki.yaml").write_text("organisasi: Dinas Uji\ntahun: 2025\n")
    folder = tmp_path / "data" / "positions"
    folder.mkdir(parents=True)
    for pid, atasan, rows in positions:
        doc = {"id": pid, "jabatan": pid.title(), "atasan": atasan, "kinerja": rows}
        text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
        (folder / f"{pid}.yaml").write_text(text)
    return load_workspace(Project(tmp_path))


def findings(ws: Workspace) -> list[Diagnostic]:
    return [d for d in validate(ws) if d.code.startswith("C")]


def codes(ws: Workspace) -> list[tuple[str, int, str]]:
    """(file stem, line, code) of every cascade finding."""
    return [(Path(d.file).stem, d.line, d.code) for d in findings(ws)]


KEPALA = ("kepala", None, [row("izin")])


# -- the tree --------------------------------------------------------------------------------


def test_tree_of_one_root(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("kabid", "kepala", [row("izin-bidang", "kepala/izin")]),
        ("kasi", "kabid", [row("izin-seksi", "kabid/izin-bidang")]),
        ("staf", "kasi", [row("berkas", "kasi/izin-seksi")]),
        ("sekretaris", "kepala", [row("laporan", penunjang=True)]),
    )
    tree = cascade.build(ws.office)
    assert tree.root == "kepala"
    assert tree.roots == ("kepala",)
    assert tree.children["kepala"] == ("kabid", "sekretaris")
    assert tree.children["staf"] == ()
    assert tree.depth == {"kepala": 0, "kabid": 1, "sekretaris": 1, "kasi": 2, "staf": 3}
    assert tree.path_to_root("staf") == ("staf", "kasi", "kabid", "kepala")
    assert tree.ancestors("kasi") == ("kabid", "kepala")
    assert tree.preorder() == ("kepala", "kabid", "kasi", "staf", "sekretaris")
    assert tree.unplaced == ()
    assert tree.supporters("kabid/izin-bidang") == ("kasi/izin-seksi",)
    assert [link.target for link in tree.supported("staf/berkas")] == ["kasi/izin-seksi"]
    assert {link.kind for link in tree.links} == {LinkKind.DIRECT}
    assert tree.orphans == () and tree.uncascaded == ()
    assert codes(ws) == []


def test_two_roots_keep_the_larger_tree(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("wakil", None, [row("rapat")]),
        ("kepala", None, [row("izin")]),
        ("staf", "kepala", [row("berkas", "kepala/izin")]),
        ("ajudan", "wakil", [row("agenda", "wakil/rapat")]),
        ("sopir", "ajudan", [row("perjalanan", "ajudan/agenda")]),
    )
    tree = cascade.build(ws.office)
    # wakil heads three positions, kepala two: the larger tree is taken as the office's
    assert tree.root == "wakil"
    assert tree.roots == ("kepala", "wakil")
    assert tree.unplaced == ("kepala", "staf")
    assert codes(ws) == [("kepala", 3, "C001"), ("staf", 3, "C003")]
    c003 = findings(ws)[1]
    assert "berakhir di 'kepala', puncak kedua" in c003.message


def test_a_cycle_is_reported_on_each_member(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("a", "c", [row("x", "c/z")]),
        ("b", "a", [row("y", "a/x")]),
        ("c", "b", [row("z", "b/y")]),
    )
    tree = cascade.build(ws.office)
    assert tree.root is None
    assert tree.cycles == (("a", "c", "b"),)
    assert tree.preorder() == ()
    assert tree.path_to_root("a") == ()
    assert tree.chain("a") == ("a", "c", "b")
    assert codes(ws) == [("a", 3, "C002"), ("b", 3, "C002"), ("c", 3, "C002")]
    assert findings(ws)[0].message == "atasan berputar dalam lingkaran: a → c → b → a"


def test_a_position_under_a_cycle_is_unreachable(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("a", "b", [row("x", "b/y")]),
        ("b", "a", [row("y", "a/x")]),
        ("c", "a", [row("z", "a/x")]),
    )
    assert codes(ws) == [("a", 3, "C002"), ("b", 3, "C002"), ("c", 3, "C003")]
    assert "(c → a → b) masuk ke dalam lingkaran" in findings(ws)[2].message


def test_an_unknown_atasan_is_left_to_r003(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("kasi", "kabid-hilang", [row("x", penunjang=True)]),
        ("staf", "kasi", [row("y", "kasi/x")]),
    )
    assert cascade.build(ws.office).unplaced == ("kasi", "staf")
    assert [d.code for d in validate(ws) if not d.code.startswith("Q")] == ["R003"]


# -- alignment -------------------------------------------------------------------------------


def test_a_link_that_skips_a_level_is_a_warning_naming_the_way(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("kabid", "kepala", [row("izin-bidang", "kepala/izin")]),
        ("staf", "kabid", [row("berkas", "kepala/izin")]),
    )
    tree = cascade.build(ws.office)
    assert [link.kind for link in tree.supported("staf/berkas")] == [LinkKind.SKIP]
    # kepala/izin is carried (by kabid and, irregularly, by staf); kabid/izin-bidang is not
    assert tree.supporters("kepala/izin") == ("kabid/izin-bidang", "staf/berkas")
    assert codes(ws) == [("kabid", 5, "C013"), ("staf", 8, "C012")]
    skip = findings(ws)[1]
    assert skip.severity.value == "warning"
    assert "'staf' melapor kepada 'kabid'" in skip.message
    assert skip.hint.startswith("salurkan melalui kabid: mendukung: kabid/izin-bidang bila sesuai")


def test_a_link_to_a_cousin_is_an_error(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("kabid-a", "kepala", [row("a", "kepala/izin")]),
        ("kabid-b", "kepala", [row("b", "kepala/izin")]),
        ("staf", "kabid-a", [row("berkas", "kabid-b/b")]),
    )
    assert codes(ws) == [("kabid-a", 5, "C013"), ("staf", 8, "C011")]
    cousin = findings(ws)[1]
    assert cousin.severity.value == "error"
    assert "'kabid-b' bukan atasan jabatan ini (di atas 'staf': kabid-a, kepala)" in cousin.message
    # an error link carries nothing, and the row is not reported a second time as an orphan
    assert cascade.build(ws.office).supporters("kabid-b/b") == ()


def test_links_to_itself_or_downward_are_errors(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("kabid", "kepala", [row("a", ["kabid/b", "kepala/izin"]), row("b", "staf/c")]),
        ("staf", "kabid", [row("c", "kabid/a")]),
    )
    assert codes(ws) == [("kabid", 9, "C011"), ("kabid", 11, "C013"), ("kabid", 14, "C011")]
    assert "'kabid' adalah jabatan ini sendiri" in findings(ws)[0].message


def test_an_uncascaded_indicator(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("izin"), row("investasi")]),
        ("staf", "kepala", [row("berkas", "kepala/izin")]),
    )
    assert [i.ref for i in cascade.build(ws.office).uncascaded] == ["kepala/investasi"]
    assert codes(ws) == [("kepala", 8, "C013")]
    assert "belum diturunkan:" in findings(ws)[0].message


def test_staff_indicators_need_no_cascade(tmp_path: Path) -> None:
    ws = office(tmp_path, KEPALA, ("staf", "kepala", [row("berkas", "kepala/izin")]))
    assert cascade.build(ws.office).children["staf"] == ()
    assert codes(ws) == []


def test_penunjang_need_not_be_carried_down(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("izin")]),
        ("sekretaris", "kepala", [row("laporan", penunjang=True), row("sarpras", penunjang=True)]),
        ("kasubag", "sekretaris", [row("gedung", "sekretaris/sarpras")]),
        ("kabid", "kepala", [row("izin-bidang", "kepala/izin")]),
    )
    tree = cascade.build(ws.office)
    assert tree.uncascaded == ()
    assert tree.supporters("sekretaris/sarpras") == ("kasubag/gedung",)
    assert codes(ws) == []


def test_an_orphan_and_a_penunjang(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        (
            "staf",
            "kepala",
            [row("berkas", "kepala/izin"), row("arsip"), row("tagihan", penunjang=True)],
        ),
    )
    tree = cascade.build(ws.office)
    assert [i.ref for i in tree.orphans] == ["staf/arsip"]
    assert codes(ws) == [("staf", 9, "C014")]
    orphan = findings(ws)[0]
    assert orphan.severity.value == "warning"
    assert "(indikator kepala: izin)" in orphan.hint


def test_the_root_indicators_are_never_orphans(tmp_path: Path) -> None:
    ws = office(tmp_path, ("kepala", None, [row("izin"), row("investasi")]))
    assert cascade.build(ws.office).orphans == ()
    assert codes(ws) == []


def test_penunjang_with_mendukung_contradicts_itself(tmp_path: Path) -> None:
    ws = office(
        tmp_path, KEPALA, ("staf", "kepala", [row("berkas", "kepala/izin", penunjang=True)])
    )
    assert codes(ws) == [("staf", 9, "C015")]


def test_a_mistyped_link_is_reported_once(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("izin"), row("investasi")]),
        ("staf", "kepala", [row("berkas", "kepala/investasii")]),
        ("kabid", "kepala", [row("bidang", "kepala/izin")]),
    )
    # kepala/investasi is not carried, but a link meant for kepala is mistyped: R004 comes first
    assert [i.ref for i in cascade.build(ws.office).uncascaded] == ["kepala/investasi"]
    assert [d.code for d in validate(ws) if not d.code.startswith("Q")] == ["R004"]


def test_an_unknown_reference_is_r004_only(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        KEPALA,
        ("staf", "kepala", [row("berkas", ["kepala/izin", "kepala/hilang"])]),
    )
    assert [d.code for d in validate(ws) if not d.code.startswith("Q")] == ["R004"]


# -- target sums -----------------------------------------------------------------------------


def sums_office(tmp_path: Path, total: Any, a: Any, b: Any) -> Workspace:
    return office(
        tmp_path,
        ("kepala", None, [row("izin", target_bawahan="jumlah", target={2025: total})]),
        ("loket", "kepala", [row("izin-loket", "kepala/izin", target={2025: a})]),
        ("daring", "kepala", [row("izin-daring", "kepala/izin", target={2025: b})]),
    )


@pytest.mark.parametrize(
    ("total", "a", "b"),
    [
        (450, 200, 250),
        (450, 200, {"TW1": 50, "TW2": 100, "TW3": 180, "TW4": 250}),
        (0.3, 0.1, 0.2),
        (450, 200, None),  # a side without a number is not compared
        (450, 200, {"min": 200, "maks": 300}),
        (None, 200, 250),
    ],
)
def test_target_sums_that_add_up_or_cannot_be_compared(
    tmp_path: Path, total: Any, a: Any, b: Any
) -> None:
    assert codes(sums_office(tmp_path, total, a, b)) == []


def test_target_sums_that_do_not_add_up(tmp_path: Path) -> None:
    ws = sums_office(tmp_path, 500, 200, {"TW1": 50, "TW4": 250})
    assert codes(ws) == [("kepala", 10, "C021")]
    (found,) = findings(ws)
    assert found.severity.value == "error"
    assert found.message == (
        "target 2025 indikator 'izin' sebesar 500, tetapi jumlah target yang mendukungnya 450"
    )
    assert "daring/izin-daring 250, loket/izin-loket 200" in found.hint


def test_target_sums_count_direct_supporters_only(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("izin", target_bawahan="jumlah", target={2025: 200})]),
        ("kasi", "kepala", [row("izin-seksi", "kepala/izin", target={2025: 200})]),
        ("staf", "kasi", [row("berkas", "kepala/izin", target={2025: 999})]),
    )
    assert codes(ws) == [("kasi", 5, "C013"), ("staf", 8, "C012")]


def test_a_position_that_is_its_own_atasan_is_one_cycle_and_nothing_more(tmp_path: Path) -> None:
    ws = office(tmp_path, KEPALA, ("diri", "diri", [row("kerja", penunjang=True)]))
    assert codes(ws) == [("diri", 3, "C002")]
    assert cascade.build(ws.office).children["diri"] == ()


def test_a_chain_deeper_than_the_bound_is_reported_and_kept_out_of_the_tree(
    tmp_path: Path,
) -> None:
    depth = cascade.MAX_LEVELS + 3
    chain = [("p0", None, [row("i0")])]
    chain += [(f"p{n}", f"p{n - 1}", [row(f"i{n}", f"p{n - 1}/i{n - 1}")]) for n in range(1, depth)]
    ws = office(tmp_path, *chain)
    tree = cascade.build(ws.office)
    assert max(tree.depth.values()) == cascade.MAX_LEVELS
    deepest_placed = f"p{cascade.MAX_LEVELS}"
    assert tree.children[deepest_placed] == ()
    too_deep = sorted(d.file for d in findings(ws) if d.code == "C003")
    assert too_deep == sorted(
        f"data/positions/p{n}.yaml" for n in range(cascade.MAX_LEVELS + 1, depth)
    )
    from tests.conftest import run_iki

    for command in (
        ["tree", "--format", "mermaid"],
        ["report", "--all", "-o", str(tmp_path / "r")],
    ):
        run = run_iki([*command, "--project", str(tmp_path)])
        assert run.code == 1, run  # the data has errors, said cleanly
        assert "Traceback" not in run.stderr

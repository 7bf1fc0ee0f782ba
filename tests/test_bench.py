"""The benchmark's offices are what they claim to be: valid, deterministic, shaped as asked.

A benchmark of invalid files measures the error path; one whose "realistic" office has no
repeated texts measures nothing the issue asked about. These tests build small offices of both
profiles and read them with iki itself. They never time anything.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from bench import distinct, realistic
from bench.realistic import Shape
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import run_iki
from tests.gitrepo import commit_all, git

SMALL = Shape(positions=80, copies=6, depth=4, years=3, bands=7, realised=0.5)


def codes(root: Path) -> Counter[str]:
    run = run_iki(["validate", "--project", str(root), "--format", "json"])
    return Counter(d["code"] for d in json.loads(run.stdout)["diagnostics"])


def test_the_realistic_office_is_valid_and_repeats_its_standard_texts(tmp_path: Path) -> None:
    realistic.write_office(tmp_path, SMALL)
    # No finding at all. Cousins of one kind carry the same text, each supporting a row of its
    # own superior: each unit's copy is counted by its own superior, which Q114 accepts; siblings
    # of one kind support the same row of their common superior, which links them.
    assert not codes(tmp_path)
    office = load_workspace(Project(tmp_path)).office
    assert len(office.positions) == SMALL.positions
    texts = Counter(i.name for i in office.indicators)
    assert max(texts.values()) == SMALL.copies  # the staff of one kind, all with one text
    assert sum(1 for i in office.indicators if i.formula) == SMALL.positions  # 1 row in 4
    assert {r.year for r in office.realisations} == {2025, 2026, 2027}
    assert len(office.realisations) == 3 * round(SMALL.realised * SMALL.positions)
    assert len(office.config.grades) == SMALL.bands
    depth = {p.id: 0 for p in office.positions if p.superior is None}
    for position in office.positions:  # the ids sort level by level only by chance: walk up
        chain, current = 0, position
        while current.superior is not None:
            chain += 1
            found = office.position(current.superior)
            assert found is not None
            current = found
        depth[position.id] = chain
    assert max(depth.values()) == SMALL.depth - 1


@pytest.mark.parametrize(("positions", "depth"), [(1, 1), (10, 10), (1000, 5), (10_000, 16)])
def test_levels_add_up_to_the_positions(positions: int, depth: int) -> None:
    sizes = realistic.level_sizes(positions, depth)
    assert sum(sizes) == positions
    assert len(sizes) == depth
    assert sizes[0] == 1 and min(sizes) >= 1


def test_the_same_shape_writes_the_same_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        realistic.write_office(tmp_path / name, SMALL)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert files
    for path in files:
        assert (tmp_path / "a" / path).read_bytes() == (tmp_path / "b" / path).read_bytes()


def test_the_distinct_office_is_valid(tmp_path: Path) -> None:
    distinct.write_office(tmp_path, 30)
    assert not codes(tmp_path)


def test_a_change_is_read_by_iki_diff_as_renames_and_edits(tmp_path: Path) -> None:
    shape = replace(SMALL, realised=1.0)
    realistic.write_office(tmp_path, shape)
    git(tmp_path, "init", "--quiet")
    commit_all(tmp_path, "kantor")
    changed = realistic.change(shape, 0.3)
    realistic.write_office(tmp_path, changed)
    run = run_iki(["diff", "HEAD", "--project", str(tmp_path), "--format", "json"])
    assert run.code == 0, run
    report = json.loads(run.stdout)
    renamed = {p["old_id"] for p in report["positions"] if p["change"] == "renamed"}
    assert len(renamed) == len(changed.renamed) == 8
    assert all(p["change"] in ("renamed", "changed") for p in report["positions"])
    nodes = realistic.tree(changed)
    edited = {realistic.position_id(nodes[n], changed) for n in changed.changed}
    assert {t["ref"].split("/")[0] for t in report["targets"]} == edited


def test_every_row_of_the_scale_ratios_has_the_headers_cells() -> None:
    """bench/results.md put the profile and the ratio in one cell under a five-column header,
    so on GitHub every value stood under the wrong heading and 'met' was empty."""
    from bench.run import Measure, _scale_part

    found = {
        name: Measure(cpu, cpu, 50.0)
        for name, cpu in [
            ("iki validate", 1.0),
            ("iki report --all", 2.0),
            ("iki diff", 1.5),
            ("bare libyaml load", 1.1),
            ("check-jsonschema", 20.0),
        ]
    }
    lines = _scale_part({"realistic": found, "distinct": found}, 300)
    header = lines.index("| profile | ratio | value | goal | met |")
    table = lines[header : lines.index("", header)]
    assert len(table) == 2 + 2 * 6
    assert {row.count("|") for row in table} == {6}
    assert "| realistic | iki validate / check-jsonschema | 0.050 | ≤ 0.1 | yes |" in table


def test_rendering_a_partial_run_again_leaves_the_results_page_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run with --skip leaves bench/results.md as it is; rendering its measurements again
    with --render-only must too, or a quick trial run replaces the full one."""
    import bench.run

    measure = {"cpu": 1.0, "wall": 1.0, "peak_mib": 50.0}
    names = ("iki validate", "iki report --all", "bare libyaml load", "check-jsonschema")
    found = dict.fromkeys(names, measure)
    raw = tmp_path / "partial.json"
    raw.write_text(
        json.dumps(
            {
                "argv": ["--skip", "sweep", "--raw", str(raw)],
                "positions": 300,
                "sweep_positions": 100,
                "office": {"iki validate": measure, "check-jsonschema": measure},
                "scales": {"realistic": found},
                "sweep": {},
            }
        ),
        encoding="utf-8",
    )
    page = tmp_path / "results.md"
    page.write_text("the full run\n", encoding="utf-8")
    monkeypatch.setattr(bench.run, "DEFAULT_OUTPUT", page)
    monkeypatch.setattr("sys.argv", ["run.py", "--render-only", "--raw", str(raw)])
    bench.run.main()
    assert page.read_text(encoding="utf-8") == "the full run\n"
    assert "a partial run" in capsys.readouterr().out
    written = tmp_path / "written.md"
    monkeypatch.setattr(
        "sys.argv", ["run.py", "--render-only", "--raw", str(raw), "--output", str(written)]
    )
    bench.run.main()
    row = "| realistic | iki validate / check-jsonschema | 1.000 | ≤ 0.1 | NO |"
    assert row in written.read_text(encoding="utf-8")


def test_an_office_without_its_files_is_refused_before_anything_is_measured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--office was first read after the office and both profiles had been measured (a quarter
    of an hour), and a mistyped folder then ended the run in a traceback with nothing kept."""
    import bench.run

    def measured() -> None:
        pytest.fail("measuring started")

    monkeypatch.setattr(bench.run, "compile_bytecode", measured)
    (tmp_path / "data").mkdir()
    for office in (tmp_path / "missing", tmp_path):  # the second lacks iki.yaml
        monkeypatch.setattr("sys.argv", ["run.py", "--office", str(office)])
        with pytest.raises(SystemExit) as raised:
            bench.run.main()
        assert raised.value.code == 2

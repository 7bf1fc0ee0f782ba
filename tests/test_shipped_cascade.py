"""The office's own pohon kinerja: one tree of 21 positions, and every row it leaves open listed.

The expected findings are worked out here from the YAML alone, without `iki.check.cascade`, so that
a mistake in the checks cannot agree with itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO, run_iki

POSITIONS = REPO / "data" / "positions"


def documents() -> dict[str, dict[str, Any]]:
    return {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted(POSITIONS.glob("*.yaml"))
    }


def row_line(position_id: str, row_id: str) -> int:
    lines = (POSITIONS / f"{position_id}.yaml").read_text(encoding="utf-8").split("\n")
    return lines.index(f"  - id: {row_id}") + 1


def supports(row: dict[str, Any]) -> list[str]:
    value = row.get("mendukung")
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def expected_open_rows() -> set[tuple[str, int, str]]:
    docs = documents()
    supported = {ref for doc in docs.values() for row in doc["kinerja"] for ref in supports(row)}
    has_subordinates = {doc["atasan"] for doc in docs.values()}
    out = set()
    for pid, doc in docs.items():
        for row in doc["kinerja"]:
            where = (f"data/positions/{pid}.yaml", row_line(pid, row["id"]))
            if row.get("penunjang"):
                continue
            if doc["atasan"] is not None and not supports(row):
                out.add((*where, "C014"))
            if pid in has_subordinates and f"{pid}/{row['id']}" not in supported:
                out.add((*where, "C013"))
    return out


def test_the_tree_holds_21_positions_under_the_kepala_dinas() -> None:
    run = run_iki(["tree", "--project", str(REPO), "--format", "json"])
    assert run.code == 0, run
    data = json.loads(run.stdout)
    assert data["akar"] == "kepala-dinas"
    assert data["di_luar_pohon"] == []

    def walk(node: dict[str, Any]) -> list[dict[str, Any]]:
        return [node, *(n for child in node["bawahan"] for n in walk(child))]

    nodes = walk(data["pohon"])
    assert len(nodes) == 21
    assert sorted(n["id"] for n in nodes) == sorted(p.stem for p in POSITIONS.glob("*.yaml"))
    assert [n["id"] for n in data["pohon"]["bawahan"]] == [
        "kabid-penanaman-modal",
        "kabid-ptsp",
        "sekretaris",
    ]
    assert max(n["kedalaman"] for n in nodes) == 3
    assert sum(len(n["kinerja"]) for n in nodes) == 73


def test_validate_lists_every_uncascaded_and_orphan_row_at_its_line() -> None:
    run = run_iki(["validate", "--project", str(REPO), "--format", "json"])
    assert run.code == 0, run  # open rows are warnings: the office's decisions
    report = json.loads(run.stdout)
    found = {
        (d["file"], d["line"], d["code"])
        for d in report["diagnostics"]
        if d["code"] in ("C013", "C014")
    }
    expected = expected_open_rows()
    assert expected, "the office has rows to settle; if it has settled them all, rewrite this test"
    assert found == expected
    for d in report["diagnostics"]:
        if d["code"] in ("C013", "C014"):
            row_id = d["message"].split("'")[1]
            lines = (REPO / d["file"]).read_text(encoding="utf-8").split("\n")
            assert lines[d["line"] - 1] == f"  - id: {row_id}", d


def test_no_cascade_errors_on_the_shipped_data() -> None:
    run = run_iki(["validate", "--project", str(REPO), "--format", "json"])
    codes = {d["code"] for d in json.loads(run.stdout)["diagnostics"] if d["code"][0] == "C"}
    assert codes == {"C012", "C013", "C014"}, codes


def test_validate_text_shows_the_open_rows_with_their_lines() -> None:
    run = run_iki(["validate", "--project", str(REPO)])
    assert (
        "data/positions/kasi-perizinan-2.yaml\n"
        "  12:5     peringatan C013  indikator 'sosialisasi-peraturan' jabatan 'kasi-perizinan-2' "
        "belum diturunkan"
    ) in run.stdout
    assert (
        "  24:5     peringatan C014  indikator 'perwako-tenaga-kerja-jamsostek' tidak mendukung"
    ) in run.stdout


def _readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_real_tree() -> None:
    readme = _readme()
    start = readme.index("```console\n$ iki tree\n") + len("```console\n$ iki tree\n")
    end = readme.index("```\n</details>", start)
    assert readme[start:end] == run_iki(["tree", "--project", str(REPO)]).stdout, (
        "update the README's tree from `iki tree`"
    )


def test_readme_lists_the_real_open_rows() -> None:
    table = re.findall(
        r"^\| `([a-z0-9-]+\.yaml):(\d+)` \| (C\d{3}) \| `([a-z0-9-]+)` \|", _readme(), re.MULTILINE
    )
    run = run_iki(["validate", "--project", str(REPO), "--format", "json"])
    real = {
        (Path(d["file"]).name, str(d["line"]), d["code"])
        for d in json.loads(run.stdout)["diagnostics"]
        if d["code"].startswith("C")
    }
    assert {(file, line, code) for file, line, code, _ in table} == real
    for file, line, _, row in table:
        text = (POSITIONS / file).read_text(encoding="utf-8").split("\n")
        start = int(line) - 1
        while not text[start].startswith("  - id: "):  # a C012 sits on the mendukung line
            start -= 1
        assert text[start] == f"  - id: {row}", (file, line)


def test_docs_pohon_kinerja_is_the_real_diagram() -> None:
    committed = (REPO / "docs" / "pohon-kinerja.md").read_text(encoding="utf-8")
    mermaid = run_iki(["tree", "--project", str(REPO), "--format", "mermaid"]).stdout
    assert committed.endswith("```mermaid\n" + mermaid + "```\n"), (
        "docs/pohon-kinerja.md is stale: run `make docs` and commit it"
    )

"""The Renstra (data/renstra.yaml) and the cascade checks above the Kepala Dinas (C031–C035)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from iki.check.validate import validate
from iki.diagnostics import Severity
from iki.load.project import Project
from iki.load.workspace import Workspace, load_workspace
from tests.conftest import REPO, run_iki
from tests.test_cascade import office, row

RENSTRA: dict[str, Any] = {
    "periode": {"awal": 2021, "akhir": 2026},
    "tujuan": [
        {
            "id": "t1",
            "uraian": "Tujuan satu",
            "sasaran": [
                {
                    "id": "s1",
                    "uraian": "Sasaran strategis satu",
                    "iku": [
                        {
                            "id": "izin",
                            "indikator": "Persentase izin tepat waktu",
                            "satuan": "persen",
                            "baseline": {"tahun": 2020, "nilai": 80},
                            "target": {2025: 95, 2026: 97},
                            "target_akhir": 97,
                        },
                        {"id": "ikm", "indikator": "Indeks Kepuasan Masyarakat"},
                    ],
                }
            ],
        }
    ],
}


def with_renstra(tmp_path: Path, ws: Workspace, renstra: dict[str, Any] | str) -> Workspace:
    text = renstra if isinstance(renstra, str) else yaml.safe_dump(renstra, sort_keys=False)
    (tmp_path / "data" / "renstra.yaml").write_text(text, encoding="utf-8")
    return load_workspace(ws.project)


def renstra_codes(ws: Workspace) -> list[tuple[str, int, str, Severity]]:
    return sorted(
        (Path(d.file).name, d.line, d.code, d.severity)
        for d in validate(ws)
        if d.code.startswith("C03") or d.code == "R004"
    )


def test_the_renstra_is_read_into_the_model(tmp_path: Path) -> None:
    ws = with_renstra(tmp_path, office(tmp_path, ("kepala", None, [row("a")])), RENSTRA)
    plan = ws.office.renstra
    assert plan is not None and (plan.start, plan.end) == (2021, 2026)
    iku = plan.indicator("izin")
    assert iku is not None and iku.ref == "renstra/izin"
    assert iku.baseline is not None and (iku.baseline.year, iku.baseline.value) == (2020, 80.0)
    assert iku.targets[2025] == 95.0 and iku.end_target == 97.0
    assert iku.objective == "Sasaran strategis satu"
    assert plan.file == "data/renstra.yaml"


def test_every_iku_carried_and_every_head_row_carrying_is_clean(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("a", "renstra/izin"), row("b", ["renstra/ikm"])]),
        ("kabid", "kepala", [row("x", "kepala/a"), row("y", "kepala/b")]),
    )
    ws = with_renstra(tmp_path, ws, RENSTRA)
    assert renstra_codes(ws) == []


def test_an_iku_nobody_carries_and_a_head_row_carrying_none(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("a", "renstra/izin"), row("b"), row("c", penunjang=True)]),
        ("kabid", "kepala", [row("x", "kepala/a"), row("y", "kepala/b")]),
    )
    ws = with_renstra(tmp_path, ws, RENSTRA)
    found = renstra_codes(ws)
    # C033 at the `id` of the IKU `ikm` in the Renstra; C034 at row `b` (not at penunjang `c`)
    assert found == [
        ("kepala.yaml", 9, "C034", Severity.WARNING),
        ("renstra.yaml", 21, "C033", Severity.WARNING),
    ]
    message = next(d for d in validate(ws) if d.code == "C033").message
    assert "ikm" in message and "kepala" in message


def test_a_mistyped_iku_and_a_link_from_below_the_head(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("a", "renstra/izn"), row("b", "renstra/ikm")]),
        ("kabid", "kepala", [row("x", ["kepala/a", "renstra/ikm"]), row("y", "kepala/b")]),
    )
    ws = with_renstra(tmp_path, ws, RENSTRA)
    found = renstra_codes(ws)
    assert ("kepala.yaml", 8, "C031", Severity.ERROR) in found
    assert ("kabid.yaml", 10, "C032", Severity.WARNING) in found
    assert not [f for f in found if f[2] == "R004"], "a Renstra link is not R004"
    typo = next(d for d in validate(ws) if d.code == "C031")
    assert "renstra/izin" in typo.hint  # the closest IKU is offered
    # izin is carried by nobody now: the mistyped link does not count
    assert ("renstra.yaml", 11, "C033", Severity.WARNING) in found


def test_without_a_renstra_the_head_rows_are_not_findings(tmp_path: Path) -> None:
    ws = office(tmp_path, ("kepala", None, [row("a")]), ("kabid", "kepala", [row("x", "kepala/a")]))
    assert renstra_codes(ws) == []
    (tmp_path / "b").mkdir()
    ws = office(tmp_path / "b", ("kepala", None, [row("a", "renstra/izin")]))
    assert renstra_codes(ws) == [("kepala.yaml", 8, "C031", Severity.ERROR)]
    assert "data/renstra.yaml" in next(d for d in validate(ws) if d.code == "C031").message


def test_a_renstra_that_fails_its_schema_is_not_called_missing(tmp_path: Path) -> None:
    broken = yaml.safe_load(yaml.safe_dump(RENSTRA))
    broken["periode"]["awal"] = "2021"  # a year as text: the file fails its schema
    ws = office(tmp_path, ("kepala", None, [row("a", "renstra/izin")]))
    ws = with_renstra(tmp_path, ws, broken)
    assert ws.office.renstra is None
    link = next(d for d in validate(ws) if d.code == "C031")
    assert "tidak memiliki" not in link.message and "tidak dapat dibaca" in link.message
    assert "data/renstra.yaml" in link.hint


def test_the_renstra_file_itself(tmp_path: Path) -> None:
    broken = yaml.safe_load(yaml.safe_dump(RENSTRA))
    broken["periode"] = {"awal": 2026, "akhir": 2021}
    broken["tujuan"][0]["sasaran"][0]["iku"][1]["id"] = "izin"
    ws = office(tmp_path, ("kepala", None, [row("a", "renstra/izin")]))
    ws = with_renstra(tmp_path, ws, broken)
    found = [(d.line, d.code) for d in validate(ws) if d.code == "C035"]
    # `akhir` of the period (line 3), and the second IKU's `id: izin` (line 19)
    assert found == [(3, "C035"), (19, "C035")]


def test_a_renstra_that_fails_its_schema_is_located(tmp_path: Path) -> None:
    ws = office(tmp_path, ("kepala", None, [row("a")]))
    text = (
        "periode: {awal: 2021, akhir: 2026}\ntujuan:\n  - id: t1\n    uraian: x\n    sasaran: []\n"
    )
    ws = with_renstra(tmp_path, ws, text)
    schema = [d for d in validate(ws) if d.file == "data/renstra.yaml"]
    assert [(d.line, d.code) for d in schema] == [(5, "S005")]
    assert ws.office.renstra is None  # left out of the model, like any invalid file


def test_the_example_project_is_clean_but_for_its_missing_target() -> None:
    run = run_iki(["validate", "--project", str(REPO / "examples" / "kantor-contoh"), "--strict"])
    assert run.code == 1, run
    assert "0 galat, 1 peringatan" in run.stdout and "Q108" in run.stdout
    assert "C03" not in run.stdout


def test_the_shipped_office_has_no_renstra() -> None:
    assert not (REPO / "data" / "renstra.yaml").exists()
    ws = load_workspace(Project(REPO))
    assert ws.office.renstra is None
    assert not [d for d in validate(ws) if d.code.startswith("C03")]


def test_diff_reads_the_renstra_of_both_revisions(tmp_path: Path) -> None:
    import shutil

    from iki.load.snapshot import is_data_file
    from tests.gitrepo import git

    assert is_data_file("data/renstra.yaml") and not is_data_file("renstra.yaml")
    repo = tmp_path / "repo"
    shutil.copytree(REPO / "examples" / "kantor-contoh", repo)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "contoh")
    head = repo / "data" / "positions" / "kepala-dinas.yaml"
    head.write_text(head.read_text().replace("renstra/ikm", "renstra/izin-tepat-waktu"))
    run = run_iki(["diff", "HEAD", "--project", str(repo)])
    assert run.code == 0, run
    assert "kepala-dinas/ikm → renstra/izin-tepat-waktu" in run.stdout
    assert "C033" in run.stdout  # new: nobody carries the IKU ikm any more
    assert "C031" not in run.stdout  # the base revision's Renstra was read too


def test_a_renstra_yml_is_read_and_two_renstra_files_are_an_error(tmp_path: Path) -> None:
    ws = office(tmp_path, ("kepala", None, [row("a", "renstra/izin"), row("b", "renstra/ikm")]))
    text = yaml.safe_dump(RENSTRA, sort_keys=False)
    (tmp_path / "data" / "renstra.yml").write_text(text, encoding="utf-8")
    ws = load_workspace(ws.project)
    assert ws.office.renstra is not None and renstra_codes(ws) == []
    (tmp_path / "data" / "renstra.yaml").write_text(text, encoding="utf-8")
    ws = load_workspace(ws.project)
    assert renstra_codes(ws) == [("renstra.yml", 1, "C035", Severity.ERROR)]


def test_a_renstra_that_is_a_folder_or_a_broken_link_is_reported(tmp_path: Path) -> None:
    ws = office(tmp_path, ("kepala", None, [row("a", "renstra/izin")]))
    (tmp_path / "data" / "renstra.yaml").mkdir()
    (tmp_path / "data" / "renstra.yml").symlink_to(tmp_path / "nowhere.yaml")
    found = [(d.file, d.code) for d in validate(load_workspace(ws.project))]
    assert ("data/renstra.yaml", "Y012") in found
    assert ("data/renstra.yml", "Y012") in found
    link = next(d for d in validate(load_workspace(ws.project)) if d.code == "C031")
    assert "tidak dapat dibaca" in link.message


def test_a_broken_link_among_the_positions_is_reported_and_a_pipe_never_opened(
    tmp_path: Path,
) -> None:
    import os

    ws = office(tmp_path, ("kepala", None, [row("a")]), ("kabid", "kepala", [row("x", "kepala/a")]))
    kabid = tmp_path / "data" / "positions" / "kabid.yaml"
    kabid.unlink()
    kabid.symlink_to(tmp_path / "moved" / "kabid.yaml")  # the data moved, the link stayed
    os.mkfifo(tmp_path / "data" / "renstra.yml")
    listed = [ws.project.relative(p) for p in ws.project.data_files()]
    assert "data/positions/kabid.yaml" in listed
    assert "data/renstra.yml" in listed  # listed, and read without waiting: reported
    found = [(d.file, d.code) for d in validate(load_workspace(ws.project))]
    assert ("data/positions/kabid.yaml", "Y012") in found
    assert ("data/renstra.yml", "Y012") in found


def test_a_position_cannot_take_the_id_renstra(tmp_path: Path) -> None:
    ws = office(
        tmp_path,
        ("kepala", None, [row("a")]),
        ("renstra", "kepala", [row("x", "kepala/a")]),
        ("staf", "renstra", [row("y", "renstra/x")]),  # meant the position: read as an IKU
    )
    found = renstra_codes(ws)
    assert ("renstra.yaml", 1, "C035", Severity.ERROR) in found
    reserved = next(d for d in validate(ws) if d.code == "C035")
    assert "dicadangkan" in reserved.message and reserved.file == "data/positions/renstra.yaml"


def test_a_yearly_target_outside_the_period(tmp_path: Path) -> None:
    typo = yaml.safe_load(yaml.safe_dump(RENSTRA))
    typo["tujuan"][0]["sasaran"][0]["iku"][0]["target"] = {2025: 95, 2062: 97}  # meant 2026
    ws = office(tmp_path, ("kepala", None, [row("a", "renstra/izin"), row("b", "renstra/ikm")]))
    ws = with_renstra(tmp_path, ws, typo)
    (outside,) = [d for d in validate(ws) if d.code == "C035"]
    assert "2062" in outside.message and "2021–2026" in outside.message
    assert outside.file == "data/renstra.yaml" and outside.line == 17

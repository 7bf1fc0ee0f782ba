"""`iki achievement` on the command line: the table, JSON and CSV, periods and errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from iki.render.choices import AchievementFormat
from tests.conftest import EXAMPLES, REPO, make_project, run_iki

REALISATIONS = EXAMPLES / "valid" / "realisations"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_project(tmp_path / "office", REALISATIONS)


@pytest.mark.parametrize("output_format", list(AchievementFormat))
def test_every_format_renders(office: Path, output_format: AchievementFormat) -> None:
    args = ["achievement", "--project", str(office), "--format", output_format.value]
    if output_format is AchievementFormat.XLSX:
        from openpyxl import load_workbook

        out = office / "capaian.xlsx"
        run = run_iki([*args, "-o", str(out)])
        assert run.code == 0, run
        values = [c.value for row in load_workbook(out)["Capaian"].iter_rows() for c in row]
        assert "layanan-tepat-waktu" in values
        return
    run = run_iki(args, env={"COLUMNS": "200"})
    assert run.code == 0, run
    assert "layanan-tepat-waktu" in run.stdout


def test_table_shows_every_indicator_with_its_state(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office)], env={"COLUMNS": "200"})
    assert run.code == 0, run
    out = run.stdout
    assert out.startswith("Capaian kinerja TW2 2025 — Dinas Contoh\n")
    for text in (
        "Kepala Dinas Contoh (kepala)",
        "layanan-tepat-waktu",
        "96,4 %",
        "84,17 indeks (B)",
        "mutu pelayanan Baik",
        "3–5 hari",
        "dihitung (TW1–TW2)",
        "Capaian jabatan: 60,0 % (Rendah), 1 dari 1 indikator berdata",
        "Capaian kantor: cakupan 3 dari 4 indikator Kepala Dinas (75,0 %): 98,0 %, tanpa predikat",
        "Rata-rata jabatan 79,0 % (Tinggi), 2 dari 2 jabatan berdata",
    ):
        assert text in out, text


def test_table_names_the_states_of_missing_data(office: Path) -> None:
    run = run_iki(
        ["achievement", "--project", str(office), "--period", "TW1", "--position", "kepala"],
        env={"COLUMNS": "120"},
    )
    assert run.code == 0, run
    assert "belum ada realisasi" in run.stdout  # the IKM survey came in TW2
    assert "Capaian jabatan:" in run.stdout
    assert "Capaian kantor" not in run.stdout  # one position: its line says it all
    assert "staf" not in run.stdout


def test_table_shows_text_from_the_files_as_written(office: Path) -> None:
    staf = office / "data" / "positions" / "staf.yaml"
    staf.write_text(
        staf.read_text().replace(
            "indikator: Jumlah surat yang diproses", "indikator: '[bold red]Jumlah[/] surat'"
        )
    )
    run = run_iki(["achievement", "--project", str(office)], env={"COLUMNS": "120"})
    assert "[bold red]Jumlah[/] surat" in run.stdout


def test_json_is_deterministic_and_complete(office: Path) -> None:
    first = run_iki(["achievement", "--project", str(office), "--format", "json"])
    second = run_iki(["achievement", "--project", str(office), "--format", "json"])
    assert first.code == 0, first
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert (data["version"], data["tahun"], data["periode"]) == (1, 2025, "TW2")
    summary = data["ringkasan"]
    # The office: the Kepala Dinas's four indicators, three with a capaian (growth waits for TW4).
    assert (summary["dasar"], summary["indikator_berdata"], summary["indikator"]) == (
        "kepala",
        3,
        4,
    )
    assert (summary["cakupan"], summary["cakupan_minimum"], summary["predikat"]) == (75, 100, None)
    assert summary["rata_rata_jabatan"]["indikator_berdata"] == 4
    kepala = data["positions"][0]
    assert kepala["id"] == "kepala"
    rows = {row["id"]: row for row in kepala["kinerja"]}
    assert rows["lama-izin"]["target"] == {"min": 3.0, "maks": 5.0}
    assert rows["lama-izin"]["dibandingkan_dengan"] == 5.0
    assert rows["ikm"]["ikm"]["kategori"] == "B"
    assert rows["layanan-tepat-waktu"]["variabel"] == {"seluruh": 98.0, "tepat_waktu": 85.0}
    # 42 billion in half a year against 40 billion in the whole of last year is not growth.
    assert rows["pertumbuhan-investasi"]["realisasi"] is None
    assert rows["pertumbuhan-investasi"]["keadaan"] == "tidak-terdefinisi"
    assert "TW4" in rows["pertumbuhan-investasi"]["keterangan"]


def test_csv_has_one_row_per_indicator(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--format", "csv", "--period", "TW1"])
    assert run.code == 0, run
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["posisi"], r["indikator"]) for r in rows] == [
        ("kepala", "layanan-tepat-waktu"),
        ("kepala", "pertumbuhan-investasi"),
        ("kepala", "lama-izin"),
        ("kepala", "ikm"),
        ("staf", "surat-diproses"),
    ]
    staf = rows[-1]
    assert (staf["periode"], staf["target"], staf["realisasi"], staf["capaian"]) == (
        "TW1",
        "100",
        "120",
        "120",
    )
    assert rows[3]["keadaan"] == "belum-ada-realisasi"
    assert rows[3]["capaian"] == ""


def test_default_period_is_the_latest_quarter_with_data(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--format", "json"])
    assert json.loads(run.stdout)["periode"] == "TW2"
    shutil.rmtree(office / "data" / "realisasi")
    run = run_iki(["achievement", "--project", str(office), "--format", "json"])
    assert json.loads(run.stdout)["periode"] == "TW4"


def test_other_year(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--year", "2026", "--format", "csv"])
    assert run.code == 0, run
    assert {r["keadaan"] for r in csv.DictReader(io.StringIO(run.stdout))} == {"belum-ada-target"}


def test_realisations_from_another_folder(office: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "contoh"
    (elsewhere / "2025").mkdir(parents=True)
    (elsewhere / "2025" / "staf.yaml").write_text(
        "posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses:\n    TW3: 330\n"
    )
    run = run_iki(
        ["achievement", "--project", str(office), "--realisasi", str(elsewhere), "--format", "csv"]
    )
    assert run.code == 0, run
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    # Only the other folder is read: kepala's data/realisasi file is not.
    assert {r["periode"] for r in rows} == {"TW3"}
    assert [r["realisasi"] for r in rows] == ["", "", "", "", "330"]


def test_unknown_position_is_a_usage_error(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--position", "kepla"])
    assert run.code == 2
    assert "maksud Anda 'kepala'?" in run.stderr


def test_missing_realisations_folder_is_a_usage_error(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--realisasi", str(office / "nope")])
    assert run.code == 2
    assert "folder tidak ditemukan" in run.stderr


def test_data_errors_exit_1_after_the_report(office: Path) -> None:
    staf = office / "data" / "realisasi" / "2025" / "staf.yml"
    staf.write_text(staf.read_text().replace("TW1: 120", "TW1: -120"))
    run = run_iki(["achievement", "--project", str(office), "--format", "json"])
    assert run.code == 1
    assert json.loads(run.stdout)["periode"] == "TW2"
    assert "1 galat dalam data" in run.stderr


def test_shipped_examples_validate_and_show_achievement() -> None:
    examples = REPO / "examples" / "realisasi"
    run = run_iki(["validate", "--project", str(REPO), "--realisasi", str(examples)])
    assert run.code == 0, run
    assert " 0 galat" in run.stdout  # the quality rules' warnings on the office's rows remain
    run = run_iki(
        ["achievement", "--project", str(REPO), "--realisasi", str(examples), "--format", "json"]
    )
    assert run.code == 0, run
    data = json.loads(run.stdout)
    # The office's own Kepala Dinas has no targets yet: no office capaian, the positions' mean
    # only.
    assert data["ringkasan"]["indikator_berdata"] == 0
    assert data["ringkasan"]["rata_rata_jabatan"]["indikator_berdata"] > 0
    states = {row["keadaan"] for p in data["positions"] for row in p["kinerja"]}
    assert {"dihitung", "belum-ada-target", "belum-ada-realisasi"} <= states


def test_tree_shows_capaian_to_the_same_point_as_its_targets(office: Path) -> None:
    year = run_iki(["tree", "--project", str(office), "--format", "json"])
    assert year.code == 0, year
    kepala = json.loads(year.stdout)["pohon"]
    rows = {row["id"]: row for row in kepala["kinerja"]}
    # The whole year: 120 letters of a TW4 target of 400 (the table at TW1 says 120 %).
    (staf,) = kepala["bawahan"]
    assert staf["kinerja"][0]["capaian"] == "30,0 % Sangat Rendah"
    assert rows["ikm"]["capaian"] == "102,6 % Sangat Tinggi"
    quarter = run_iki(["tree", "--project", str(office), "--format", "json", "--period", "TW1"])
    (staf,) = json.loads(quarter.stdout)["pohon"]["bawahan"]
    assert staf["kinerja"][0]["capaian"] == "120,0 % Sangat Tinggi"
    assert staf["capaian"] == "120,0 % Sangat Tinggi"

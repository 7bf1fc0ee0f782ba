"""The command line: exit codes, formats, path filtering, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iki.diagnostics import Diagnostic, Result, Severity
from iki.render import github
from iki.render.choices import ValidateFormat
from iki.render.formats import FORMATTERS
from tests.conftest import run_iki


def _break(project: Path, old: str, new: str, file: str = "data/positions/staf.yaml") -> None:
    path = project / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_every_format_has_a_formatter() -> None:
    assert set(FORMATTERS) == set(ValidateFormat)


def test_clean_project_exits_0(project: Path) -> None:
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 0, run
    assert run.stdout == "3 berkas diperiksa: tidak ada masalah\n"


def test_text_output_groups_by_file_with_hint_and_summary(project: Path) -> None:
    _break(project, "    indikator: Jumlah", "    indikatr: Jumlah")
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    lines = run.stdout.splitlines()
    assert lines[0] == "data/positions/staf.yaml"
    assert "8:5" in lines[1] and "S002" in lines[1]
    assert "maksud Anda 'indikator'?" in run.stdout
    assert lines[-1] == "3 berkas diperiksa: 2 galat, 0 peringatan"


def test_github_format_is_chosen_in_actions(project: Path) -> None:
    _break(project, "atasan: kepala", "atasan: kepla")
    run = run_iki(["validate", "--project", str(project)], env={"GITHUB_ACTIONS": "true"})
    assert run.code == 1
    assert run.stdout.startswith(
        "::error file=data/positions/staf.yaml,line=4,col=1,title=R003::"
        "isian atasan: atasan 'kepla' bukan jabatan pada kantor ini — maksud Anda 'kepala'?"
    )


def test_warnings_pass_unless_strict(project: Path) -> None:
    _break(
        project,
        "        seluruh: {uraian: Seluruh layanan, satuan: layanan}\n",
        "        seluruh: {uraian: Seluruh layanan, satuan: layanan}\n"
        "        lain: {uraian: Tidak dipakai}\n",
        "data/positions/kepala.yaml",
    )
    relaxed = run_iki(["validate", "--project", str(project)])
    assert relaxed.code == 0, relaxed
    assert "F003" in relaxed.stdout
    strict = run_iki(["validate", "--project", str(project), "--strict"])
    assert strict.code == 1


def test_paths_limit_the_report_but_not_the_checks(project: Path) -> None:
    _break(project, "atasan: kepala", "atasan: kepla")
    kepala = project / "data/positions/kepala.yaml"
    only_kepala = run_iki(["validate", "--project", str(project), str(kepala)])
    assert only_kepala.code == 0, only_kepala
    assert only_kepala.stdout.endswith("tidak ada masalah\n")
    staf = project / "data/positions/staf.yaml"
    only_staf = run_iki(["validate", "--project", str(project), str(staf)])
    assert only_staf.code == 1
    assert "R003" in only_staf.stdout


def test_missing_path_is_a_usage_error(project: Path) -> None:
    run = run_iki(["validate", "--project", str(project), str(project / "nope.yaml")])
    assert run.code == 2
    assert "berkas atau folder itu tidak ada" in run.stderr


def test_no_project_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = run_iki(["validate"])
    assert run.code == 2
    assert "tidak ada iki.yaml" in run.stderr


def test_project_is_found_from_a_subfolder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project / "data" / "positions")
    run = run_iki(["validate"])
    assert run.code == 0, run


def test_unknown_format_is_a_usage_error(project: Path) -> None:
    assert run_iki(["validate", "--project", str(project), "--format", "xml"]).code == 2


def test_json_output_is_stable_and_documented_shape(project: Path) -> None:
    _break(project, "atasan: kepala", "atasan: kepla")
    first = run_iki(["validate", "--project", str(project), "--format", "json"])
    second = run_iki(["validate", "--project", str(project), "--format", "json"])
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["version"] == 1
    assert data["summary"] == {"files": 3, "errors": 1, "warnings": 0}
    assert set(data["diagnostics"][0]) == {
        "file",
        "line",
        "column",
        "path",
        "place",
        "code",
        "severity",
        "message",
        "hint",
        "args",
    }
    assert data["diagnostics"][0]["path"] == "$.atasan"
    assert data["diagnostics"][0]["place"] == "isian atasan"
    assert data["diagnostics"][0]["args"] == {"id": "kepla"}


def test_github_escaping() -> None:
    d = Diagnostic("a,b:c.yaml", 3, 4, "S001", Severity.WARNING, "50% done\nnext", "x")
    assert github.command(d) == (
        "::warning file=a%2Cb%3Ac.yaml,line=3,col=4,title=S001::50%25 done%0Anext — x"
    )


def test_result_exit_codes() -> None:
    warning = Diagnostic("f", 1, 1, "F003", Severity.WARNING, "m")
    error = Diagnostic("f", 1, 1, "S001", Severity.ERROR, "m")
    assert Result([warning]).exit_code() == 0
    assert Result([warning]).exit_code(strict=True) == 1
    assert Result([error]).exit_code() == 1


def test_export_holds_every_field_with_defaults(project: Path) -> None:
    run = run_iki(["export", "--project", str(project)])
    assert run.code == 0, run
    data = json.loads(run.stdout)
    assert [p["id"] for p in data["positions"]] == ["kepala", "staf"]
    staf = data["positions"][1]
    assert staf["atasan"] == "kepala"
    indicator = staf["kinerja"][0]
    assert indicator["ref"] == "staf/surat-diproses"
    assert indicator["polaritas"] == "positif"
    assert indicator["agregasi"] == "jumlah"
    assert indicator["target"] == {
        "2025": {"jenis": "kumulatif", "TW1": 100, "TW2": 200, "TW3": 300, "TW4": 400}
    }
    kepala = data["positions"][0]["kinerja"][0]
    assert kepala["agregasi"] == "terakhir"  # a percentage, without agregasi in its file
    assert data["positions"][0]["bawahan"] == ["staf"]


def test_export_with_errors_exits_1_and_says_so(project: Path) -> None:
    _break(project, "jabatan: Pengadministrasi Umum", "jabatan: 5")
    run = run_iki(["export", "--project", str(project)])
    assert run.code == 1
    assert [p["id"] for p in json.loads(run.stdout)["positions"]] == ["kepala"]
    assert "ditinggalkan" in run.stderr


def test_version() -> None:
    run = run_iki(["--version"])
    assert run.code == 0
    assert run.stdout.startswith("iki ")


def test_a_project_under_a_folder_named_realisasi_is_read_normally(tmp_path: Path) -> None:
    from tests.conftest import make_project

    root = make_project(tmp_path / "realisasi" / "kantor")
    run = run_iki(["validate", "--project", str(root)])
    assert run.code == 0, run


@pytest.mark.parametrize("given", [".", "data", "data/positions", "data/positions/2025"])
@pytest.mark.parametrize("command", ["validate", "achievement", "record"])
def test_a_realisations_folder_over_the_position_files_is_a_usage_error(
    project: Path, given: str, command: str
) -> None:
    """--realisasi on (or inside) the position files read each of them twice, as a position
    and as a realisation: 'no positions', every position file reported as a bad realisation,
    twice the files counted, and `record` writing realisations among the positions."""
    (project / given).mkdir(parents=True, exist_ok=True)
    args = {
        "validate": ["validate"],
        "achievement": ["achievement"],
        "record": ["record", "staf", "surat-diproses", "TW1", "5"],
    }[command]
    before = sorted(p for p in project.rglob("*") if p.is_file())
    run = run_iki([*args, "--project", str(project), "--realisasi", str(project / given)])
    assert run.code == 2, run
    assert "--realisasi" in run.stderr and "data/positions/" in run.stderr
    assert sorted(p for p in project.rglob("*") if p.is_file()) == before


def test_naming_the_project_folder_reads_no_more_than_the_data(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of a position outside data/ (a fixture, a backup) must not join the office.
    (project / "backup" / "positions").mkdir(parents=True)
    (project / "backup" / "positions" / "staf.yaml").write_text(
        (project / "data/positions/staf.yaml").read_text()
    )
    monkeypatch.chdir(project)
    assert run_iki(["validate", "."]).stdout == run_iki(["validate"]).stdout


def test_the_same_file_named_two_ways_is_read_once(project: Path) -> None:
    roundabout = project / "data" / ".." / "data" / "positions" / "staf.yaml"
    run = run_iki(["validate", "--project", str(project), str(roundabout), str(project / "data")])
    assert run.code == 0, run
    assert "R002" not in run.stdout


def test_a_pipe_is_a_usage_error_not_a_hang(project: Path) -> None:
    import os

    pipe = project / "data" / "positions" / "pipe.yaml"
    os.mkfifo(pipe)
    run = run_iki(["validate", "--project", str(project), str(pipe)])
    assert run.code == 2
    assert "bukan berkas biasa" in run.stderr


def _iki_process(project: Path, args: list[str], stdout: object) -> tuple[int, str]:
    """A real process: a closed or full standard output cannot be staged in CliRunner."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "iki", *args, "--project", str(project)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    return run.returncode, run.stderr


@pytest.mark.parametrize("args", [["export"], ["achievement"], ["achievement", "--format", "xlsx"]])
def test_a_full_or_broken_standard_output_is_a_message_not_a_traceback(
    project: Path, args: list[str]
) -> None:
    import os

    with Path("/dev/full").open("w") as full:
        code, stderr = _iki_process(project, args, full)
    assert code == 1 and "Traceback" not in stderr, stderr
    assert "keluaran tidak dapat ditulis" in stderr
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before iki writes a byte (`iki … | head -0`)
    try:
        code, stderr = _iki_process(project, args, write_end)
    finally:
        os.close(write_end)
    assert code == 1 and stderr == "", stderr


@pytest.mark.parametrize("args", [["achievement"], ["tree"], ["report", "--position", "kepala"]])
def test_a_closed_standard_output_is_a_message_not_a_traceback(
    project: Path, args: list[str]
) -> None:
    import os
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "iki", *args, "--project", str(project)],
        preexec_fn=lambda: os.close(1),  # `iki … >&-`: Python starts with no sys.stdout
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "keluaran standar tertutup" in run.stderr

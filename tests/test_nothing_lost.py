"""Issue 14, outside `iki record`: bounds, letter cases and an invalid iki.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iki.check.validate import validate
from iki.load import yamlio
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import REPO, run_iki

FIXTURE = REPO / "tests" / "fixtures" / "import" / "dishub-clean.txt"


def _codes(project: Path) -> list[tuple[str, str]]:
    return [(d.file, d.code) for d in validate(load_workspace(Project(project)))]


def test_y006_states_the_real_size(project: Path) -> None:
    big = project / "data" / "positions" / "besar.yaml"
    size = yamlio.MAX_BYTES + 12_345
    big.write_bytes(b"#" * size)
    found = [d for d in validate(load_workspace(Project(project))) if d.code == "Y006"]
    assert len(found) == 1
    assert f"{size:,} bita".replace(",", ".") in found[0].message


@pytest.mark.parametrize("suffix", [".YAML", ".Yml", ".yML"])
def test_a_data_file_in_any_letter_case_is_read(project: Path, suffix: str) -> None:
    staf = project / "data" / "positions" / "staf.yaml"
    staf.rename(staf.with_suffix(suffix))
    loaded = load_workspace(Project(project))
    assert loaded.office.position("staf") is not None
    assert f"data/positions/staf{suffix}" in loaded.sources


def test_the_diff_reads_upper_case_files_too() -> None:
    from iki.load.snapshot import is_data_file

    assert is_data_file("data/positions/staf.YAML")
    assert is_data_file("data/realisasi/2025/staf.Yml")
    assert not is_data_file("data/positions/staf.txt")


@pytest.mark.parametrize(
    "command",
    [
        ["record", "staf", "surat-diproses", "TW1", "5"],
        ["achievement"],
        ["report", "--position", "staf"],
        ["tree"],
        ["export"],
    ],
)
def test_an_invalid_iki_yaml_stops_every_command_that_needs_it(
    project: Path, command: list[str]
) -> None:
    (project / "iki.yaml").write_text("organisasi: Dinas Contoh\ntahun: 20255\n")
    run = run_iki([*command, "--project", str(project)])
    assert run.code == 1, run
    assert "iki.yaml tidak sah" in run.stderr
    assert "iki.yaml:2:" in run.stderr  # the finding, at its line
    assert not (project / "data" / "realisasi").exists()


def test_validate_still_reports_an_invalid_iki_yaml(project: Path) -> None:
    (project / "iki.yaml").write_text("organisasi: Dinas Contoh\ntahun: 20255\n")
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    assert "iki.yaml" in run.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["tree", "--year", "0"],
        ["tree", "--year", "99999"],
        [
            "import",
            str(REPO / "tests" / "fixtures" / "import" / "dishub-clean.txt"),
            "--year",
            "-1",
        ],
        ["achievement", "--year", "3000"],
    ],
)
def test_every_year_is_range_checked(project: Path, command: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    extra = ["-o", str(out)] if command[0] == "import" else []
    run = run_iki([*command, *extra, "--project", str(project)])
    assert run.code == 2, run
    assert "1900<=x<=2999" in run.stderr.replace(" ", "")
    assert not out.exists()


def test_ids_are_capped_so_that_every_file_name_fits(project: Path) -> None:
    long_id = "a" * 101
    position = project / "data" / "positions" / f"{long_id}.yaml"
    position.write_text(
        f"id: {long_id}\njabatan: Staf\natasan: kepala\ntugas: T\nfungsi: []\nkinerja: []\n"
    )
    assert (f"data/positions/{long_id}.yaml", "S005") in _codes(project)
    ok_id = "a" * 100
    position.rename(position.with_name(f"{ok_id}.yaml"))
    position.with_name(f"{ok_id}.yaml").write_text(
        f"id: {ok_id}\njabatan: Staf\natasan: kepala\ntugas: T\nfungsi: []\n"
        "kinerja:\n  - id: x\n    sasaran: S\n    indikator: I\n    satuan: s\n"
        "    target: {2025: 1}\n"
    )
    run = run_iki(["record", ok_id, "x", "TW1", "1", "--project", str(project)])
    assert run.code == 0, run  # the longest id still leaves room for the temporary file's name


def test_skala_predikat_is_bounded(project: Path) -> None:
    bands = [{"min": 100 - n, "predikat": f"P{n}"} for n in range(21)]
    (project / "iki.yaml").write_text(
        "organisasi: Dinas Contoh\ntahun: 2025\nskala_predikat: " + json.dumps(bands) + "\n"
    )
    found = [d for d in validate(load_workspace(Project(project))) if d.file == "iki.yaml"]
    assert [(d.code, d.message) for d in found] == [
        ("S005", "skala_predikat terlalu panjang: 21 butir, paling banyak 20")
    ]
    (project / "iki.yaml").write_text(
        "organisasi: Dinas Contoh\ntahun: 2025\nskala_predikat: " + json.dumps(bands[:20]) + "\n"
    )
    assert not [c for c in _codes(project) if c[0] == "iki.yaml"]


def test_a_link_to_a_pipe_in_a_data_files_place_is_reported_not_waited_on(
    project: Path, tmp_path: Path
) -> None:
    import os

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    (project / "data" / "positions" / "pipa.yaml").symlink_to(pipe)
    found = [(d.file, d.code) for d in validate(load_workspace(Project(project)))]
    assert ("data/positions/pipa.yaml", "Y012") in found


def test_the_renstra_in_any_letter_case_is_read(project: Path) -> None:
    from iki.load.snapshot import is_data_file

    (project / "data" / "RENSTRA.YML").write_text(
        "periode: {awal: 2021, akhir: 2026}\ntujuan: []\n"
    )
    loaded = load_workspace(Project(project))
    assert "data/RENSTRA.YML" in loaded.sources
    assert loaded.sources["data/RENSTRA.YML"].kind is not None
    assert is_data_file("data/Renstra.Yaml")


def test_a_pipe_named_like_a_data_file_is_reported_not_skipped(project: Path) -> None:
    import os

    os.mkfifo(project / "data" / "positions" / "pipa.yaml")
    found = [(d.file, d.code) for d in validate(load_workspace(Project(project)))]
    assert ("data/positions/pipa.yaml", "Y012") in found

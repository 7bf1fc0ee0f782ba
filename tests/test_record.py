"""`iki record`: checked before writing, written atomically, comments and order kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iki.check.validate import validate
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import run_iki

EXISTING = """\
# yaml-language-server: $schema=../../../schemas/realisasi.schema.json
posisi: staf
tahun: 2025

# Diisi oleh pengadministrasi umum setiap akhir triwulan.
realisasi:
  surat-diproses:
    TW1: 120    # agenda surat masuk dan keluar
    TW3: {nilai: 90, bukti: 'Buku agenda 2025'}
"""


def _file(project: Path, position: str = "staf") -> Path:
    return project / "data" / "realisasi" / "2025" / f"{position}.yaml"


def _valid(project: Path) -> bool:
    return validate(load_workspace(Project(project))).errors == 0


def test_creates_the_file_with_its_modeline(project: Path) -> None:
    run = run_iki(["record", "staf", "surat-diproses", "TW1", "120", "--project", str(project)])
    assert run.code == 0, run
    assert _file(project).read_text() == (
        "# yaml-language-server: $schema=../../../schemas/realisasi.schema.json\n"
        "posisi: staf\n"
        "tahun: 2025\n"
        "realisasi:\n"
        "  surat-diproses:\n"
        "    TW1: 120\n"
    )
    assert "TW1 staf/surat-diproses dicatat di" in run.stdout
    assert "(berkas baru)" in run.stdout
    # 120 of a cumulative TW1 target of 100.
    assert "capaian s.d. TW1 2025: 120,0 % (Sangat Tinggi)" in run.stdout
    assert _valid(project)


def test_keeps_comments_and_order_and_inserts_in_quarter_order(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    run = run_iki(
        [
            "record",
            *("staf", "surat-diproses", "TW2", "95"),
            *("--bukti", "Buku agenda: April–Juni", "--catatan", "cuti bersama"),
            *("--project", str(project)),
        ]
    )
    assert run.code == 0, run
    assert _file(project).read_text() == EXISTING.replace(
        "    TW3:",
        "    TW2: {nilai: 95, bukti: 'Buku agenda: April–Juni', catatan: cuti bersama}\n    TW3:",
    )
    assert _valid(project)


def test_replaces_a_quarter_and_says_what_it_was(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    run = run_iki(["record", "staf", "surat-diproses", "TW3", "91", "--project", str(project)])
    assert run.code == 0, run
    assert "menggantikan: {nilai: 90, bukti: Buku agenda 2025}" in run.stdout
    # The value is replaced; the evidence already recorded stays with it.
    assert "    TW3: {nilai: 91, bukti: 'Buku agenda 2025'}\n" in _file(project).read_text()
    assert "# agenda surat masuk dan keluar" in _file(project).read_text()


def test_formula_variables(project: Path) -> None:
    run = run_iki(
        [
            "record",
            *("kepala", "layanan-tepat-waktu", "TW2"),
            *("--var", "seluruh=50", "--var", "tepat_waktu=45", "--project", str(project)),
        ]
    )
    assert run.code == 0, run
    # Variables in the order the rumus declares them; 45 of 50 against a target of 90 %.
    assert "    TW2: {tepat_waktu: 45, seluruh: 50}\n" in _file(project, "kepala").read_text()
    assert "capaian s.d. TW2 2025: 100,0 % (Sangat Tinggi)" in run.stdout


def test_keeps_crlf_line_ends_and_a_byte_order_mark(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_bytes(b"\xef\xbb\xbf" + EXISTING.replace("\n", "\r\n").encode())
    run = run_iki(["record", "staf", "surat-diproses", "TW4", "80", "--project", str(project)])
    assert run.code == 0, run
    raw = _file(project).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf# yaml-language-server")
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert b"    TW4: 80\r\n" in raw


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["staf", "surat-diproses", "TW1", "--", "-5"], "A007"),
        (["staf", "surat-diproses", "TW1", "12", "--var", "x=3"], "A005"),
        (["kepala", "layanan-tepat-waktu", "TW1", "40"], "A008"),
        (["kepala", "layanan-tepat-waktu", "TW1", "--var", "tepat_waktu=4"], "A006"),
        (["staf", "surat-diproses", "TW1", "--unsur", "3 3 3 3 3 3 3 3 3"], "A008"),
        (["staf", "surat-diproses", "TW1", "1,500"], "bisa dibaca 1.5 (koma desimal) atau 1500"),
        (["staf", "surat-diproses", "TW1", "85%"], "tulis angkanya saja (85) dan satuan persen"),
        (["staf", "surat-diproses", "TW1", "24 surat"], "satuannya ditulis di satuan"),
        (["staf", "surat-diproses", "TW1", "1,500,000"], "memakai koma sebagai pemisah ribuan"),
        (["staf", "surat-keluar", "TW1", "12"], "tidak memiliki indikator 'surat-keluar'"),
        (["sekretaris", "surat-diproses", "TW1", "12"], "tidak ada jabatan 'sekretaris'"),
        (["../../etc/passwd", "surat-diproses", "TW1", "12"], "bukan id jabatan"),
        (["staf", "surat-diproses", "TW1"], "tidak ada yang dicatat"),
    ],
)
def test_refuses_what_would_make_the_file_invalid(
    project: Path, args: list[str], message: str
) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    run = run_iki(["record", "--project", str(project), *args])
    assert run.code == 1, run
    assert message in run.stderr
    assert _file(project).read_text() == EXISTING
    assert not _file(project, "kepala").exists()
    assert sorted(p.name for p in _file(project).parent.iterdir()) == ["staf.yaml"]


def test_refuses_to_edit_a_file_that_is_already_invalid(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    broken = EXISTING.replace("TW1: 120", "TW1: -120")
    _file(project).write_text(broken)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "A007  baris 8:" in run.stderr
    assert _file(project).read_text() == broken


def test_refuses_a_file_yaml_cannot_read(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text("posisi: staf\nposisi: staf\n")
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "Y002" in run.stderr


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_interrupted_write_leaves_the_previous_file_intact(
    project: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, interrupted)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "95", "--project", str(project)])
    monkeypatch.undo()
    assert run.code == 1, run
    assert "tidak dapat ditulis" in run.stderr and "No space left on device" in run.stderr
    assert _file(project).read_text() == EXISTING
    assert _valid(project)
    # No temporary file is left behind beside it.
    assert sorted(p.name for p in _file(project).parent.iterdir()) == ["staf.yaml"]


def test_interrupted_by_the_user_leaves_the_previous_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "95", "--project", str(project)])
    monkeypatch.undo()
    assert run.code == 130, run  # interrupted, as a shell reports Ctrl-C
    assert _file(project).read_text() == EXISTING
    assert sorted(p.name for p in _file(project).parent.iterdir()) == ["staf.yaml"]


def test_keeps_the_file_permissions(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    _file(project).chmod(0o640)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "95", "--project", str(project)])
    assert run.code == 0, run
    assert _file(project).stat().st_mode & 0o777 == 0o640


def test_ikm_elements(project: Path) -> None:
    position = project / "data" / "positions" / "kepala.yaml"
    position.write_text(
        position.read_text()
        + "  - id: ikm\n"
        + "    sasaran: Meningkatnya kepuasan masyarakat\n"
        + "    indikator: Indeks Kepuasan Masyarakat\n"
        + "    satuan: indeks\n"
        + "    agregasi: terakhir\n"
        + "    ikm: true\n"
        + "    target: {2025: 85}\n"
    )
    run = run_iki(
        [
            "record",
            *("kepala", "ikm", "TW2"),
            *("--unsur", "3.2 3.4 3.1 4 3.3 3.5 3.6 3.2 3.0", "--responden", "150"),
            *("--project", str(project)),
        ]
    )
    assert run.code == 0, run
    assert (
        "    TW2: {unsur: [3.2, 3.4, 3.1, 4, 3.3, 3.5, 3.6, 3.2, 3], responden: 150}\n"
        in _file(project, "kepala").read_text()
    )
    assert "realisasi s.d. TW2 2025: 84,17 indeks (B)" in run.stdout
    assert _valid(project)


def test_a_new_file_gets_the_usual_permissions(project: Path) -> None:
    previous = os.umask(0o022)
    try:
        run = run_iki(["record", "staf", "surat-diproses", "TW1", "9", "--project", str(project)])
    finally:
        os.umask(previous)
    assert run.code == 0, run
    # Not mkstemp's owner-only 0600: the file is shared through git like any other.
    assert _file(project).stat().st_mode & 0o777 == 0o644


def test_correcting_a_value_keeps_its_evidence_unless_new_is_given(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    args = ["record", "staf", "surat-diproses", "TW3", "95", "--project", str(project)]
    assert run_iki(args).code == 0
    assert "TW3: {nilai: 95, bukti: 'Buku agenda 2025'}" in _file(project).read_text()
    assert run_iki([*args, "--bukti", "Buku agenda revisi"]).code == 0
    assert "TW3: {nilai: 95, bukti: Buku agenda revisi}" in _file(project).read_text()
    assert _valid(project)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("1.500", "1500"), ("12,5", "12.5"), ("1.500,25", "1500.25"), ("250.000", "250000")],
)
def test_reads_numbers_as_iki_prints_them(project: Path, typed: str, stored: str) -> None:
    """What iki prints (250.000, 12,5) is what an officer types back: never 1.5 for 1.500."""
    run = run_iki(["record", "staf", "surat-diproses", "TW1", typed, "--project", str(project)])
    assert run.code == 0, run
    assert f"    TW1: {stored}\n" in _file(project).read_text()
    assert _valid(project)


def test_reads_variables_and_element_means_the_same_way(project: Path) -> None:
    run = run_iki(
        [
            *("record", "kepala", "layanan-tepat-waktu", "TW1"),
            *("--var", "tepat_waktu=1.200", "--var", "seluruh=1.500"),
            *("--project", str(project)),
        ]
    )
    assert run.code == 0, run
    text = _file(project, "kepala").read_text()
    assert "tepat_waktu: 1200" in text
    assert "seluruh: 1500" in text


def test_a_quarter_follows_the_same_rule_as_in_a_realisation_file(project: Path) -> None:
    """`tw1` is A004 in a file; on the command line it is refused the same way, with the hint."""
    run = run_iki(["record", "staf", "surat-diproses", "tw1", "12", "--project", str(project)])
    assert run.code == 2
    assert "'tw1' bukan triwulan; maksud Anda 'TW1'?" in run.stderr
    assert not _file(project).exists()


def test_an_unknown_position_or_indicator_gets_a_suggestion(project: Path) -> None:
    run = run_iki(["record", "stat", "surat-diproses", "TW1", "12", "--project", str(project)])
    assert run.code == 1
    assert "tidak ada jabatan 'stat'; maksud Anda 'staf'?" in run.stderr
    run = run_iki(["record", "staf", "surat-diprosess", "TW1", "12", "--project", str(project)])
    assert run.code == 1
    assert "maksud Anda 'surat-diproses'?" in run.stderr


def test_kendala_and_upaya_are_recorded_and_kept_on_correction(project: Path) -> None:
    args = ["record", "staf", "surat-diproses", "TW2", "80", "--project", str(project)]
    run = run_iki([*args, "--kendala", "Aplikasi: gangguan", "--upaya", "Dicatat manual"])
    assert run.code == 0, run
    text = _file(project).read_text()
    assert "TW2: {nilai: 80, kendala: 'Aplikasi: gangguan', upaya: Dicatat manual}" in text
    assert run_iki([*args[:4], "85", *args[5:]]).code == 0  # a corrected value keeps them
    text = _file(project).read_text()
    assert "TW2: {nilai: 85, kendala: 'Aplikasi: gangguan', upaya: Dicatat manual}" in text
    entry = load_workspace(Project(project)).office.realisations[0].indicators[0].entry("TW2")
    assert entry is not None
    assert (entry.obstacles, entry.actions) == ("Aplikasi: gangguan", "Dicatat manual")
    assert _valid(project)

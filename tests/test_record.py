"""`iki record`: checked before writing, written atomically, comments and order kept."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

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
        '    TW2: {nilai: 95, bukti: "Buku agenda: April–Juni", catatan: "cuti bersama"}\n    TW3:',
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
        (
            ["staf", "surat-diproses", "TW1", "1 500"],
            "iki: nilai: '1 500' memisahkan ribuan dengan spasi; tulis 1500 atau 1.500",
        ),
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
    assert "tidak dapat ditulis: ruang disk penuh" in run.stderr
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
    assert 'TW3: {nilai: 95, bukti: "Buku agenda revisi"}' in _file(project).read_text()
    assert _valid(project)


# --- Nothing lost (issue 14): only the recorded value changes, and unsafe files are refused.

FOUR_SPACES = """\
---
posisi: staf
tahun: 2025
realisasi:
    surat-diproses:
        TW1: 120   # agenda
        TW2: null
"""


def test_changes_only_the_recorded_value(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(FOUR_SPACES)
    run = run_iki(["record", "staf", "surat-diproses", "TW3", "7", "--project", str(project)])
    assert run.code == 0, run
    assert _file(project).read_text() == FOUR_SPACES + "        TW3: 7\n"
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 0, run
    expected = FOUR_SPACES.replace("TW2: null", "TW2: 5") + "        TW3: 7\n"
    assert _file(project).read_text() == expected
    assert _valid(project)


@pytest.mark.parametrize(("option", "text"), [("--catatan", "10:30"), ("--bukti", "no")])
def test_text_is_quoted_so_it_reads_back_as_text(project: Path, option: str, text: str) -> None:
    run = run_iki(
        ["record", "staf", "surat-diproses", "TW1", "3", option, text, "--project", str(project)]
    )
    assert run.code == 0, run
    realisation = load_workspace(Project(project)).office.realisations[0]
    entry = realisation.indicator("surat-diproses")
    assert entry is not None
    data = __import__("yaml").safe_load(_file(project).read_text())
    assert data["realisasi"]["surat-diproses"]["TW1"][option[2:]] == text
    assert _valid(project)


def test_rerecording_an_ikm_quarter_keeps_its_respondents(project: Path) -> None:
    test_ikm_elements(project)
    run = run_iki(
        [
            "record",
            *("kepala", "ikm", "TW2", "--unsur", "3 3 3 3 3 3 3 3 3"),
            *("--project", str(project)),
        ]
    )
    assert run.code == 0, run
    assert (
        "    TW2: {unsur: [3, 3, 3, 3, 3, 3, 3, 3, 3], responden: 150}\n"
        in _file(project, "kepala").read_text()
    )


def test_refuses_a_read_only_file_even_for_root(project: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    _file(project).chmod(0o444)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "hanya-baca" in run.stderr
    assert _file(project).read_text() == EXISTING


def test_writes_through_a_symlink_and_keeps_the_link(project: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "staf.yaml"
    real.parent.mkdir()
    real.write_text(EXISTING)
    _file(project).parent.mkdir(parents=True)
    _file(project).symlink_to(real)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 0, run
    assert _file(project).is_symlink()
    assert "    TW2: 5\n" in real.read_text()
    assert sorted(p.name for p in real.parent.iterdir()) == ["staf.yaml"]


def test_refuses_a_dangling_symlink(project: Path, tmp_path: Path) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).symlink_to(tmp_path / "missing.yaml")
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "tidak ada" in run.stderr
    assert not (tmp_path / "missing.yaml").exists()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_refuses_what_is_not_a_regular_file_without_hanging(project: Path, kind: str) -> None:
    _file(project).parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(_file(project))
    else:
        _file(project).mkdir()
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "bukan berkas biasa" in run.stderr


def test_finds_a_yml_file_in_any_letter_case(project: Path) -> None:
    upper = _file(project).with_suffix(".YML")
    upper.parent.mkdir(parents=True)
    upper.write_text(EXISTING)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 0, run
    assert sorted(p.name for p in upper.parent.iterdir()) == ["staf.YML"]
    assert "    TW2: 5\n" in upper.read_text()


def test_a_held_lock_is_waited_for_then_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from iki.edit import atomic

    folder = _file(project).parent
    folder.mkdir(parents=True)
    handle = os.open(folder, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    monkeypatch.setattr(atomic, "LOCK_TIMEOUT", 0.2)
    try:
        run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    finally:
        os.close(handle)
    assert run.code == 1, run
    assert "sedang ditulis oleh proses lain" in run.stderr
    assert not _file(project).exists()


def test_write_refuses_a_file_changed_since_prepare(project: Path) -> None:
    from iki.edit import record

    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    workspace = load_workspace(Project(project))
    prepared = record.prepare(workspace, record.Request("staf", "surat-diproses", "TW2", 2025, 5.0))
    _file(project).write_text(EXISTING + "# diubah tangan\n")
    with pytest.raises(record.RecordError, match="berubah sejak dibaca"):
        record.write(prepared)
    assert _file(project).read_text().endswith("# diubah tangan\n")


def test_several_values_in_one_write(project: Path) -> None:
    from iki.edit import record

    workspace = load_workspace(Project(project))
    done = record.record(
        workspace,
        [record.Request("staf", "surat-diproses", f"TW{n}", 2025, float(n)) for n in (2, 1)],
    )
    assert [p.previous for p in done] == [None, None]
    assert "  surat-diproses:\n    TW1: 1\n    TW2: 2\n" in _file(project).read_text()
    assert [str(p.achievement.period.name) for p in done] == ["TW2", "TW1"]


def test_a_file_too_large_to_read_is_refused_with_its_real_size(project: Path) -> None:
    from iki.load import yamlio

    _file(project).parent.mkdir(parents=True)
    size = yamlio.MAX_BYTES + 4321
    _file(project).write_bytes(EXISTING.encode() + b"#" * (size - len(EXISTING.encode())))
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert f"Y006  ukuran berkas {size:,} bita".replace(",", ".") in run.stderr


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
    assert 'TW2: {nilai: 80, kendala: "Aplikasi: gangguan", upaya: "Dicatat manual"}' in text
    assert run_iki([*args[:4], "85", *args[5:]]).code == 0  # a corrected value keeps them
    text = _file(project).read_text()
    assert 'TW2: {nilai: 85, kendala: "Aplikasi: gangguan", upaya: "Dicatat manual"}' in text
    entry = load_workspace(Project(project)).office.realisations[0].indicators[0].entry("TW2")
    assert entry is not None
    assert (entry.obstacles, entry.actions) == ("Aplikasi: gangguan", "Dicatat manual")
    assert _valid(project)


def test_a_lock_held_on_the_file_itself_is_waited_for_too(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from iki.edit import atomic

    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    with _file(project).open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        monkeypatch.setattr(atomic, "LOCK_TIMEOUT", 0.2)
        run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "sedang ditulis oleh proses lain" in run.stderr
    assert _file(project).read_text() == EXISTING


@pytest.mark.parametrize("position_id", ["no", "on", "123", "0x1f"])
def test_a_new_file_for_an_id_yaml_would_misread_is_quoted(project: Path, position_id: str) -> None:
    staf = project / "data" / "positions" / "staf.yaml"
    other = staf.with_name(f"{position_id}.yaml")
    other.write_text(staf.read_text().replace("id: staf", f'id: "{position_id}"'))
    run = run_iki(["record", position_id, "surat-diproses", "TW1", "5", "--project", str(project)])
    assert run.code == 0, run
    assert f'posisi: "{position_id}"\n' in _file(project, position_id).read_text()
    assert _valid(project)


def test_several_files_are_all_written_or_none(project: Path) -> None:
    from iki.edit import record

    workspace = load_workspace(Project(project))
    good = record.Request("staf", "surat-diproses", "TW1", 2025, 5.0)
    bad = record.Request("kepala", "layanan-tepat-waktu", "TW1", 2025, 40.0)  # A008
    with pytest.raises(record.RecordError):
        record.record(workspace, [good, bad])
    assert not _file(project).exists() and not _file(project, "kepala").exists()
    other = record.Request(
        "kepala", "layanan-tepat-waktu", "TW1", 2025, variables={"seluruh": 4, "tepat_waktu": 3}
    )
    done = record.record(workspace, [good, other])
    assert [p.name for p in done] == [
        "data/realisasi/2025/staf.yaml",
        "data/realisasi/2025/kepala.yaml",
    ]
    assert _valid(project)


def test_refuses_a_hard_linked_file_whose_other_name_would_keep_the_old_value(
    project: Path, tmp_path: Path
) -> None:
    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    other = tmp_path / "copy-elsewhere.yaml"
    os.link(_file(project), other)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "tautan keras" in run.stderr
    assert _file(project).read_text() == other.read_text() == EXISTING
    assert _file(project).samefile(other)


def test_a_file_saved_by_an_editor_while_checking_is_not_overwritten(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iki.edit import record

    _file(project).parent.mkdir(parents=True)
    _file(project).write_text(EXISTING)
    edited = EXISTING + "# disimpan dari editor saat iki memeriksa\n"
    check = record._check

    def editor_saves_meanwhile(*args: Any, **kwargs: Any) -> Any:
        result = check(*args, **kwargs)
        replacement = _file(project).with_name("editor.tmp")
        replacement.write_text(edited)
        replacement.replace(_file(project))  # editors save by rename, taking no lock
        return result

    monkeypatch.setattr(record, "_check", editor_saves_meanwhile)
    run = run_iki(["record", "staf", "surat-diproses", "TW2", "5", "--project", str(project)])
    assert run.code == 1, run
    assert "berubah sejak dibaca" in run.stderr
    assert _file(project).read_text() == edited


def test_text_that_is_not_utf8_on_the_command_line_is_refused_without_a_traceback(
    project: Path,
) -> None:
    # A terminal in another encoding: the byte 0xff reaches Python as a lone surrogate.
    args = ["record", "staf", "surat-diproses", "TW1", "3", "--catatan", "ab\udcffcd"]
    run = run_iki([*args, "--project", str(project)])
    assert run.code == 1, run
    assert "--catatan berisi bita yang bukan UTF-8" in run.stderr
    assert not _file(project).exists()


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
